"""Boilerplate rules in the admin: vetted patterns, preview before saving, hit counts, learned suggestions."""
import uuid

import pytest

from ingest import services
from ingest.models import BoilerplateRule

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/ingest/boilerplaterule/"


def _receive(source, body: str):
    return services.delivery_receive(
        source=source, webhook_id=f"msg_{uuid.uuid4().hex}", body=body.encode(), content_type="text/plain; charset=utf-8",
        headers={}, enqueue=False,
    ).delivery


def _form(source, pattern, is_regex=False, **extra):
    data = {"source": source.pk if source else "", "pattern": pattern, "note": "", "active": "on", **extra}
    if is_regex:
        data["is_regex"] = "on"
    return data


def test_preview_shows_what_would_be_removed_and_saves_nothing(admin_client, wire_source):
    hit = _receive(wire_source, "Storm hits coast\n\nThe storm hit the coast on Monday.\nSponsored by Acme Tools\n")
    _receive(wire_source, "Vote delayed\n\nThe count was delayed by a day.\n")
    response = admin_client.post(f"{CHANGELIST}add/", _form(wire_source, "sponsored by acme tools", _preview="Preview"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Preview only: nothing was saved" in html
    assert 'id="preview-hits"' in html and "<mark>Sponsored by Acme Tools</mark>" in html
    assert f"/admin/ingest/delivery/{hit.pk}/change/" in html
    assert "1 line in 1 delivery would be removed" in html
    assert 'value="sponsored by acme tools"' in html  # the editor's input is kept for saving
    assert not BoilerplateRule.objects.exists()


def test_preview_of_a_rule_for_all_sources_and_of_a_change(admin_client, wire_source):
    _receive(wire_source, "Storm hits coast\n\nThe storm hit the coast on Monday.\nSponsored by Acme Tools\n")
    rule = BoilerplateRule.objects.create(source=wire_source, pattern="Sponsored by Acme")
    response = admin_client.post(
        f"{CHANGELIST}{rule.pk}/change/", _form(None, r"sponsored by \w+ tools", is_regex=True, _preview="Preview"),
    )
    html = response.content.decode()
    assert "on all sources" in html and "<mark>Sponsored by Acme Tools</mark>" in html
    rule.refresh_from_db()
    assert rule.pattern == "Sponsored by Acme" and not rule.is_regex  # unchanged until saved


def test_unsafe_regex_is_refused_on_save_and_on_preview(admin_client, wire_source):
    response = admin_client.post(f"{CHANGELIST}add/", _form(wire_source, r"(\w+\s?)+$", is_regex=True))
    assert response.status_code == 200
    assert "backtrack" in response.content.decode()
    assert not BoilerplateRule.objects.exists()
    response = admin_client.post(f"{CHANGELIST}add/", _form(wire_source, r"(unclosed", is_regex=True, _preview="Preview"))
    assert "Not a valid regular expression" in response.content.decode()
    assert not BoilerplateRule.objects.exists()


def test_saved_rule_cleans_new_deliveries_and_counts_hits(admin_client, wire_source):
    response = admin_client.post(f"{CHANGELIST}add/", _form(wire_source, "Sponsored by Acme Tools"))
    assert response.status_code == 302
    rule = BoilerplateRule.objects.get()
    delivery = _receive(wire_source, "Storm hits coast\n\nThe storm hit the coast on Monday.\nSponsored by Acme Tools\n")
    services.delivery_process(delivery.pk)
    rule.refresh_from_db()
    assert rule.hit_count == 1
    html = admin_client.get(CHANGELIST).content.decode()
    assert "Sponsored by Acme Tools" in html and '<td class="field-hit_count">1</td>' in html


FOOTER = "The Daily Ledger is published by Ledger Media Group, 12 Main St., Springfield."


def _learnable_deliveries(source):
    for n, (headline, lead) in enumerate([
        ("Council passes budget", "The council passed a budget on Monday."),
        ("School board picks chief", "The board chose a new superintendent."),
        ("Storm knocks out power", "About 4,000 homes lost power overnight."),
        ("Mill to close in spring", "The paper mill will close in April."),
    ]):
        _receive(source, f"{headline}\n\nSPRINGFIELD (AP) — {lead} Story {n}.\n{FOOTER}\n")


@pytest.fixture
def learn_queued(monkeypatch):
    """Learning tasks the button hands to the broker (recorded here; tests/integration runs a real worker)."""
    from ingest.tasks import learn_boilerplate

    sent = []
    monkeypatch.setattr(learn_boilerplate, "apply_async", lambda *args, **kwargs: sent.append(kwargs))
    return sent


def test_learn_button_creates_suggestions_an_editor_confirms(admin_client, wire_source, learn_queued):
    _learnable_deliveries(wire_source)
    assert admin_client.get(f"{CHANGELIST}learn/").status_code == 405  # learning is a POST
    response = admin_client.post(f"{CHANGELIST}learn/")
    assert response.status_code == 302 and "suggested__exact=1" in response["Location"]
    # Issue 11.3: the request only enqueues; the worker's task does the learning.
    assert len(learn_queued) == 1 and not BoilerplateRule.objects.exists()
    services.boilerplate_learn_all()
    rule = BoilerplateRule.objects.get()
    assert rule.pattern == FOOTER and rule.suggested and not rule.active
    listing = admin_client.get(CHANGELIST).content.decode()
    assert 'id="pending-suggestions"' in listing and "1 learned suggestion" in listing
    response = admin_client.post(CHANGELIST, {"action": "confirm_suggestions", "_selected_action": [rule.pk]})
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.active and not rule.suggested and rule.note.startswith("Confirmed")


def test_dismiss_action_keeps_a_suggestion_from_coming_back(admin_client, wire_source, learn_queued):
    _learnable_deliveries(wire_source)
    (rule,) = services.source_learn_boilerplate(source=wire_source)
    admin_client.post(CHANGELIST, {"action": "dismiss_suggestions", "_selected_action": [rule.pk]})
    rule.refresh_from_db()
    assert not rule.active and not rule.suggested
    admin_client.post(f"{CHANGELIST}learn/")
    services.boilerplate_learn_all()
    assert BoilerplateRule.objects.count() == 1


def test_learn_needs_permission(client, wire_source, django_user_model, learn_queued):
    user = django_user_model.objects.create_user("viewer", password="pw", is_staff=True)
    client.force_login(user)
    response = client.post(f"{CHANGELIST}learn/")
    assert response.status_code in (302, 403)
    assert not BoilerplateRule.objects.exists() and learn_queued == []


def test_preview_is_a_note_not_an_error(admin_client, wire_source):
    _receive(wire_source, "Storm hits coast\n\nThe storm hit the coast on Monday.\nSponsored by Acme Tools\n")
    html = admin_client.post(f"{CHANGELIST}add/", _form(wire_source, "sponsored by acme tools", _preview="Preview")).content.decode()
    assert 'id="preview-note"' in html and "Please correct" not in html and 'class="errornote"' not in html
    assert "<title>Error:" not in html
    # A pattern that cannot be used is still an error, shown as one.
    broken = admin_client.post(f"{CHANGELIST}add/", _form(wire_source, r"(unclosed", is_regex=True, _preview="Preview"))
    assert "Please correct" in broken.content.decode()


def test_rules_page_lists_the_shipped_library(admin_client):
    html = admin_client.get(CHANGELIST).content.decode()
    assert 'id="shipped-library"' in html
    for category in ("comment-prompt", "newsletter-nag", "redistribution-notice", "photo-credit"):
        assert f"<code>{category}</code>" in html, category
