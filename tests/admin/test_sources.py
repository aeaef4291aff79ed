"""Sources in the admin: create, deactivate, rotate the secret (shown once), house style, rules with preview."""
import re

import pytest

from ingest.models import BoilerplateRule, WireSource
from ingest.webhooks.signature import SECRET_PREFIX

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/ingest/wiresource/"


def secrets_on(html: str) -> list[str]:
    return re.findall(r'<code class="new-secret">([^<]+)</code>', html)


def test_create_shows_the_new_secret_once(admin_client):
    response = admin_client.post(f"{CHANGELIST}add/", {
        "slug": "partner", "name": "Partner wire", "active": "on", "format": "auto", "headline_case": "sentence",
        "rules-TOTAL_FORMS": "0", "rules-INITIAL_FORMS": "0",
    })
    assert response.status_code == 200, response.content[:2000]
    source = WireSource.objects.get(slug="partner")
    assert secrets_on(response.content.decode()) == [source.signing_secret]
    assert source.signing_secret.startswith(SECRET_PREFIX) and source.headline_case == "sentence"
    assert "no-store" in response["Cache-Control"]
    # Never in full afterwards: not on the change page, not in the list.
    for url in (f"{CHANGELIST}{source.pk}/change/", CHANGELIST):
        html = admin_client.get(url).content.decode()
        assert source.signing_secret not in html
        assert source.signing_secret[len(SECRET_PREFIX):][:4] in html  # a hint to tell secrets apart


def test_rotate_keeps_the_old_secret_for_the_grace_period(admin_client, wire_source):
    from ingest import selectors

    old = wire_source.signing_secret
    url = f"{CHANGELIST}{wire_source.pk}/rotate-secret/"
    assert admin_client.get(url).status_code == 200  # a confirmation page; GET changes nothing
    assert WireSource.objects.get(pk=wire_source.pk).signing_secret == old
    response = admin_client.post(url)
    source = WireSource.objects.get(pk=wire_source.pk)
    assert source.signing_secret != old and secrets_on(response.content.decode()) == [source.signing_secret]
    assert selectors.live_secrets(source) == [source.signing_secret, old]
    assert source.signing_secret not in admin_client.get(f"{CHANGELIST}{source.pk}/change/").content.decode()


def test_rotate_action_on_many_sources(admin_client, wire_source):
    other = WireSource.objects.create(slug="other", name="Other", signing_secret="whsec_b2xk")
    response = admin_client.post(CHANGELIST, {"action": "rotate_secret", "_selected_action": [wire_source.pk, other.pk]})
    shown = secrets_on(response.content.decode())
    assert sorted(shown) == sorted(WireSource.objects.values_list("signing_secret", flat=True))
    assert WireSource.objects.get(pk=other.pk).previous_signing_secret == "whsec_b2xk"


def test_deactivate_makes_the_webhook_answer_404(admin_client, wire_source, post_signed):
    admin_client.post(CHANGELIST, {"action": "deactivate", "_selected_action": [wire_source.pk]})
    assert WireSource.objects.get(pk=wire_source.pk).active is False
    response = post_signed("wire", b"Headline\n\nBody.")
    assert response.status_code == 404 and "detail" in response.json()


def test_house_style_and_format_are_editable_slug_is_not(admin_client, wire_source):
    page = admin_client.get(f"{CHANGELIST}{wire_source.pk}/change/").content.decode()
    assert 'name="slug"' not in page and 'name="headline_case"' in page and 'name="format"' in page
    response = admin_client.post(f"{CHANGELIST}{wire_source.pk}/change/", {
        "name": "Renamed", "active": "on", "format": "text", "headline_case": "title",
        "rules-TOTAL_FORMS": "1", "rules-INITIAL_FORMS": "0",
        "rules-0-pattern": "Sign up for our newsletter", "rules-0-active": "on", "rules-0-note": "",
    })
    assert response.status_code == 302
    source = WireSource.objects.get(pk=wire_source.pk)
    assert (source.name, source.format, source.headline_case) == ("Renamed", "text", "title")
    assert source.signing_secret == wire_source.signing_secret  # saving the form never touches the secret
    assert BoilerplateRule.objects.get(source=source).pattern == "Sign up for our newsletter"


def test_rule_preview_lists_the_lines_a_rule_would_remove(admin_client, wire_source, sample_story):
    rule = BoilerplateRule.objects.create(source=wire_source, pattern="Quick Look: Rubio-Lavrov Diplomacy")
    page = admin_client.get(f"{CHANGELIST}{wire_source.pk}/change/").content.decode()
    assert "rule-preview/?pattern=Quick+Look" in page
    preview = admin_client.get(f"{CHANGELIST}{wire_source.pk}/rule-preview/", {"pattern": rule.pattern}).content.decode()
    assert "1 line would be removed" in preview and "<mark>Quick Look: Rubio-Lavrov Diplomacy</mark>" in preview
    nothing = admin_client.get(f"{CHANGELIST}{wire_source.pk}/rule-preview/", {"pattern": "not in any delivery"})
    assert "0 lines would be removed" in nothing.content.decode()


def test_rule_preview_explains_a_broken_regex(admin_client, wire_source):
    response = admin_client.get(f"{CHANGELIST}{wire_source.pk}/rule-preview/", {"pattern": "([unclosed", "is_regex": "1"})
    html = response.content.decode()
    assert response.status_code == 200 and "That pattern cannot be used" in html and "regular expression" in html


def test_editors_cannot_manage_sources_or_secrets(editor_client, wire_source):
    assert editor_client.get(f"{CHANGELIST}add/").status_code == 403
    assert editor_client.post(f"{CHANGELIST}{wire_source.pk}/rotate-secret/").status_code == 403
    assert editor_client.get(f"{CHANGELIST}{wire_source.pk}/rotate-secret/").status_code == 403
    editor_client.post(CHANGELIST, {"action": "deactivate", "_selected_action": [wire_source.pk]})
    source = WireSource.objects.get(pk=wire_source.pk)
    assert source.active and source.signing_secret == wire_source.signing_secret
    page = editor_client.get(f"{CHANGELIST}{wire_source.pk}/change/")
    assert page.status_code == 200 and wire_source.signing_secret.encode() not in page.content
    assert b"Rotate signing secret" not in page.content


def test_inline_rules_are_vetted_like_on_the_rules_page(admin_client, wire_source):
    response = admin_client.post(f"{CHANGELIST}{wire_source.pk}/change/", {
        "name": wire_source.name, "active": "on", "format": "auto", "headline_case": "preserve",
        "rules-TOTAL_FORMS": "1", "rules-INITIAL_FORMS": "0",
        "rules-0-pattern": "(a+)+$", "rules-0-is_regex": "on", "rules-0-active": "on", "rules-0-note": "",
    })
    assert response.status_code == 200  # the form again, with the problem
    assert not BoilerplateRule.objects.filter(source=wire_source).exists()


# --- issue 11.9: a non-numeric id in the source's own URLs is a 404, not a 500 ----------------------------


@pytest.mark.parametrize("suffix", ["rotate-secret/", "rule-preview/?pattern=x"])
@pytest.mark.parametrize("object_id", ["abc", "1abc", "%C2%B2", "9" * 40])
def test_a_non_numeric_source_id_is_not_found(admin_client, wire_source, object_id, suffix):
    response = admin_client.get(f"{CHANGELIST}{object_id}/{suffix}")
    assert response.status_code in (302, 404), response.status_code
    assert response.status_code != 500


# --- the shipped library's categories, switched off per source -------------------------------

NAG = "Sign up for our daily newsletter"
SWITCH_STORY = (
    "Harbor bridge reopens\n\nThe harbor bridge reopened on Tuesday after six weeks of repairs, city officials said.\n\n"
    f"{NAG}\n\nTraffic was light on the first morning, and commuters said the detour had added twenty minutes.\n"
)


def _source_form(source: WireSource, **extra) -> dict:
    return {
        "name": source.name, "active": "on", "format": source.format, "headline_case": source.headline_case,
        "rules-TOTAL_FORMS": "0", "rules-INITIAL_FORMS": "0", **extra,
    }


def _story_from(source: WireSource, webhook_id: str, headline: str = "Harbor bridge reopens"):
    from tests.admin.conftest import make_story_from_sample

    return make_story_from_sample(source, SWITCH_STORY.replace("Harbor bridge reopens", headline).encode(), webhook_id=webhook_id)


def test_source_page_switches_library_categories_off_and_the_cleaner_follows(admin_client, wire_source):
    from ingest import selectors

    other = WireSource.objects.create(slug="other", name="Other", signing_secret="whsec_b2xk")
    page = admin_client.get(f"{CHANGELIST}{wire_source.pk}/change/").content.decode()
    assert 'name="disabled_categories" value="newsletter-nag"' in page and "Shipped boilerplate library" in page

    response = admin_client.post(
        f"{CHANGELIST}{wire_source.pk}/change/",
        _source_form(wire_source, disabled_categories=["photo-credit", "newsletter-nag"]),
    )
    assert response.status_code == 302, response.content[:3000]
    wire_source.refresh_from_db()
    assert wire_source.disabled_categories == ["newsletter-nag", "photo-credit"]  # the library's order
    assert selectors.pipeline_options(wire_source).disabled_categories == {"newsletter-nag", "photo-credit"}
    assert selectors.pipeline_options(other).disabled_categories == frozenset()

    kept = _story_from(wire_source, "msg_switch_1")
    lost = _story_from(other, "msg_switch_2")
    assert NAG in kept.body_text and NAG not in [piece["text"] for piece in kept.removed]
    assert NAG not in lost.body_text and [piece["rule"] for piece in lost.removed if piece["text"] == NAG] == ["library:newsletter-nag"]

    # Unticking all of them turns the library back on for the source's next item.
    admin_client.post(f"{CHANGELIST}{wire_source.pk}/change/", _source_form(wire_source))
    wire_source.refresh_from_db()
    assert wire_source.disabled_categories == []
    assert NAG not in _story_from(wire_source, "msg_switch_3", "Ferry resumes service").body_text


def test_an_unknown_category_is_refused_with_a_form_error(admin_client, wire_source):
    response = admin_client.post(
        f"{CHANGELIST}{wire_source.pk}/change/", _source_form(wire_source, disabled_categories=["no-such-thing"]),
    )
    assert response.status_code == 200 and "no-such-thing is not one of the available choices" in response.content.decode()
    wire_source.refresh_from_db()
    assert wire_source.disabled_categories == []


def test_a_stored_name_the_library_no_longer_has_switches_nothing_off(wire_source):
    from ingest import selectors

    wire_source.disabled_categories = ["retired-category", "advertisement"]
    wire_source.save()
    assert selectors.pipeline_options(wire_source).disabled_categories == {"advertisement"}


def test_rules_page_shows_which_sources_have_a_category_off(admin_client, wire_source):
    WireSource.objects.create(slug="other", name="Other", signing_secret="whsec_b2xk", disabled_categories=["photo-credit"])
    wire_source.disabled_categories = ["photo-credit", "advertisement"]
    wire_source.save()
    html = admin_client.get("/admin/ingest/boilerplaterule/").content.decode()
    photo = re.search(r'<li id="library-photo-credit">(.*?)</li>', html, re.S).group(1)
    advert = re.search(r'<li id="library-advertisement">(.*?)</li>', html, re.S).group(1)
    newsletter = re.search(r'<li id="library-newsletter-nag">(.*?)</li>', html, re.S).group(1)
    assert re.findall(r">(\w+)</a>", photo) == ["other", "wire"]
    assert re.findall(r">(\w+)</a>", advert) == ["wire"]
    assert "off for" not in newsletter


def test_editors_see_the_switch_but_cannot_change_a_source(client, wire_source):
    from tests.admin.conftest import make_editor

    client.force_login(make_editor())
    assert client.get(f"{CHANGELIST}{wire_source.pk}/change/").status_code == 200
    response = client.post(f"{CHANGELIST}{wire_source.pk}/change/", _source_form(wire_source, disabled_categories=["advertisement"]))
    assert response.status_code == 403
    wire_source.refresh_from_db()
    assert wire_source.disabled_categories == []
