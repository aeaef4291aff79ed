"""In a real browser: an editor previews a rule against recent deliveries, saves it, and confirms a learned one
(learned by a real worker: the button only enqueues the task)."""
from __future__ import annotations

import uuid

import pytest

from ingest import services
from ingest.models import BoilerplateRule

from tests.conftest import wait_for

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOOTER = "The Daily Ledger is published by Ledger Media Group, 12 Main St., Springfield."


def _receive(source, body: str):
    services.delivery_receive(
        source=source, webhook_id=f"msg_{uuid.uuid4().hex}", body=body.encode(), content_type="text/plain; charset=utf-8",
        headers={}, enqueue=False,
    )


def test_editor_previews_saves_and_confirms_rules(new_page, shots, wire_source, django_user_model, celery_worker_process):
    django_user_model.objects.create_superuser("chief", "chief@example.com", "chief-pass-123")
    for n, headline in enumerate(["Council passes budget", "Board picks chief", "Storm cuts power", "Mill to close"]):
        _receive(wire_source, f"{headline}\n\nSPRINGFIELD (AP) — Story {n} is about {headline.lower()}.\nSponsored by Acme Tools\n{FOOTER}\n")
    page = new_page()
    log_in(page, "chief", "chief-pass-123")

    page.goto("/admin/ingest/boilerplaterule/add/")
    page.select_option("#id_source", str(wire_source.pk))
    page.fill("#id_pattern", r"sponsored by \w+ tools")
    page.check("#id_is_regex")
    page.click("#preview-button")
    page.wait_for_selector("#rule-preview")
    assert page.locator("#preview-hits mark").count() == 4
    assert "4 lines in 4 deliveries would be removed" in page.locator("#preview-summary").inner_text()
    assert not BoilerplateRule.objects.exists()
    shots(page, "previewed")

    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    rule = BoilerplateRule.objects.get()
    assert rule.is_regex and rule.active and not rule.suggested

    page.click("#learn-button")
    page.wait_for_selector(".messagelist .success")  # learning was handed to the worker (issue 11.3)
    learned = wait_for(lambda: BoilerplateRule.objects.filter(suggested=True).first(), timeout=60)
    page.reload()
    page.wait_for_selector("#result_list")
    assert learned.pattern == FOOTER and not learned.active
    shots(page, "learned")
    page.check(f"#result_list input[value='{learned.pk}']")
    page.select_option("select[name=action]", "confirm_suggestions")
    page.click("button[name=index]")
    page.wait_for_selector(".messagelist .success")
    learned.refresh_from_db()
    assert learned.active and not learned.suggested
