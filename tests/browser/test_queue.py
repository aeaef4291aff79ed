"""The wire queue's own flows in a real browser (Debian's Chromium): the "N new stories" bar appearing while
the queue is open and keeping its filters (an urgent text wire then on top, highlighted, with its badge),
saved desk views, reject asking a reason (single and bulk), kill undone by an administrator within the
window (and never offered to a plain editor), and the queue on a 390 px phone. Numbered screenshots of each
flow go to test-artifacts/<test name>/."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from ingest import services
from ingest.admin.display import URGENCY_BADGES
from ingest.models import DeskView, Story
from tests.admin.conftest import make_editor, make_story_from_sample

from .conftest import log_in, walk_reason_step

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BODY = "The council said the work would go on through the winter. " * 20
URGENT_TEXT_WIRE = (
    b"URGENT: Parliament dissolved after no-confidence vote\n\nBy Jane Doe, Reuters\n\n"
    b"LONDON (Reuters) - Parliament was dissolved on Tuesday after the government lost a no-confidence vote "
    b"by three votes, setting up an election within weeks.\n\nThe prime minister said she would ask the king to set a date.\n"
)
ROUTINE_TEXT_WIRE = (
    b"Library opening hours extended for exams\n\nBy John Roe\n\n"
    b"OXFORD - The city library will open until midnight during the exam weeks, the council said on Tuesday.\n"
)


@pytest.fixture
def queue(wire_source):
    """A morning's queue: routine copy with long headlines and slugs, one older urgent story."""
    now = timezone.now()
    stories = Story.objects.bulk_create(
        Story(source=wire_source, guid=f"routine-{i}", headline=f"Council approves budget for district {i} after a long "
              "night of debate over school funding, road repairs and the new tram line", slug=f"BUDGET-DISTRICT-{i}-ROUNDUP",
              format="nitf", language="en", urgency=5, word_count=400 + i, body_text=BODY)
        for i in range(12)
    )
    for minutes, story in enumerate(reversed(stories), start=5):
        Story.objects.filter(pk=story.pk).update(created_at=now - timedelta(minutes=minutes * 3))
    urgent = Story.objects.create(source=wire_source, guid="older-urgent", headline="Storm warning for the coast",
                                  slug="STORM", urgency=3, format="text", language="en", body_text=BODY)
    Story.objects.filter(pk=urgent.pk).update(created_at=now - timedelta(minutes=2))
    return {"routine": stories, "urgent": urgent}


def ingest(source, body: bytes, webhook_id: str) -> Story:
    """As a worker does it: the delivery stored, then processed (in-process here)."""
    return make_story_from_sample(source, body, webhook_id=webhook_id)


def test_new_stories_bar_appears_and_keeps_the_filters(new_page, shots, queue, wire_source, settings):
    settings.INGEST = {**settings.INGEST, "QUEUE_POLL_SECONDS": 1}
    make_editor("desk", "desk-pass-123")
    page = new_page()
    log_in(page, "desk", "desk-pass-123")
    page.goto("/admin/ingest/story/?urgency=urgent&status__exact=draft")
    page.wait_for_selector("#result_list")
    assert page.locator("#result_list tbody tr").count() == 1
    assert page.locator("#new-stories").is_hidden()
    shots(page, "queue-open")

    # Two wires arrive while the queue is open; only the urgent one matches its filters.
    story = ingest(wire_source, URGENT_TEXT_WIRE, "msg-urgent")
    ingest(wire_source, ROUTINE_TEXT_WIRE, "msg-routine")
    assert story.format == "text" and story.urgency is not None and story.urgency <= 3
    page.wait_for_selector("#new-stories:not([hidden])", timeout=10_000)
    assert page.locator("#new-stories").inner_text().strip() == "1 new story — show"
    assert page.title().startswith("(1) ")
    shots(page, "new-stories-bar")

    page.click("#new-stories-show")
    page.wait_for_function("!document.title.startsWith('(')")
    page.wait_for_selector("#result_list")
    assert "urgency=urgent" in page.url and "status__exact=draft" in page.url  # the filters kept
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 2
    top = rows.nth(0)
    assert "Parliament dissolved after no-confidence vote" in top.inner_text()  # the urgent text wire, on top
    label = URGENCY_BADGES[story.urgency][0]
    assert top.locator(".badge").inner_text() == label
    background = top.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # highlighted
    assert "inset" in top.locator("td").first.evaluate("el => getComputedStyle(el).boxShadow")
    assert "Library opening hours" not in page.locator("#result_list").inner_text()
    assert page.locator("#new-stories").is_hidden()
    shots(page, "urgent-text-wire-on-top")


def test_an_editor_saves_a_view_opens_it_and_removes_it(new_page, shots, queue):
    editor = make_editor("desk", "desk-pass-123")
    page = new_page()
    log_in(page, "desk", "desk-pass-123")
    page.goto("/admin/ingest/story/")
    page.click("nav.desk-views a:text-is('Flash & urgent')")
    page.wait_for_url("**urgency=urgent**")
    page.fill("#searchbar", "storm")
    page.press("#searchbar", "Enter")
    page.wait_for_url("**q=storm**")
    shots(page, "filtered")
    page.fill("#save-view input[name=name]", "Storms")
    page.click("#save-view button")
    page.wait_for_selector(".messagelist .success")
    assert DeskView.objects.get(user=editor).query == "q=storm&urgency=urgent"
    shots(page, "view-saved")

    page.click("nav.desk-views a:text-is('Everything')")
    page.wait_for_selector("#result_list")
    assert page.locator("#result_list tbody tr").count() == 13
    page.click("#my-views a:text-is('Storms')")
    page.wait_for_selector("#result_list")
    assert "q=storm" in page.url and "urgency=urgent" in page.url
    assert page.locator("#result_list tbody tr").count() == 1
    assert page.locator("#my-views .my-view.current").count() == 1
    shots(page, "view-opened")

    page.click("#my-views .my-view button[aria-label='Remove the view Storms']")
    page.wait_for_selector(".messagelist .success")
    assert not DeskView.objects.exists()
    assert "q=storm" in page.url  # still the same queue, the view gone
    shots(page, "view-removed")


def test_reject_asks_for_a_reason_single_and_bulk(new_page, shots, queue, wire_source, sample_bytes):
    make_editor("desk", "desk-pass-123")
    story = make_story_from_sample(wire_source, sample_bytes)
    page = new_page()
    log_in(page, "desk", "desk-pass-123")
    page.goto(f"/admin/ingest/story/{story.pk}/change/")
    page.click("#workflow button[name=_transition][value='rejected']")
    doomed = queue["routine"][:2]
    walk_reason_step(page, shots, "reject", story=story, single_reason="Duplicate of the Reuters take",
                     doomed=doomed, bulk_reason="Covered by the district roundup", query="budget")
    assert Story.objects.get(pk=story.pk).status == "rejected"
    rejected = Story.objects.filter(pk__in=[s.pk for s in doomed])
    assert {s.status for s in rejected} == {"rejected"}
    assert {s.history.latest().history_change_reason for s in rejected} == {"Covered by the district roundup"}
    shots(page, "bulk-rejected")


def test_kill_then_an_administrator_restores_it_and_the_feed_serves_it(browser, new_page, shots, wire_source, sample_bytes,
                                                                       django_user_model, live_server):
    editor = make_editor("desk", "desk-pass-123")
    django_user_model.objects.create_superuser("chief", "chief@example.com", "chief-pass-123")
    story = make_story_from_sample(wire_source, sample_bytes)
    services.story_transition(story=story, to="published", user=editor)
    reader = browser.new_context(base_url=live_server.url)
    try:
        assert reader.request.get(f"/api/stories/{story.pk}/").status == 200

        page = new_page()
        log_in(page, "desk", "desk-pass-123")
        page.goto(f"/admin/ingest/story/{story.pk}/change/")
        page.click("#kill-link")
        page.wait_for_selector("#kill-form")
        page.fill("#id_reason", "Legal: names a witness under protection")
        page.click("#kill-confirm")
        page.wait_for_selector(".messagelist .success")
        assert reader.request.get(f"/api/stories/{story.pk}/").status == 410
        record = page.locator("#kill-record").inner_text()
        assert "Killed by desk" in record and "Legal: names a witness under protection" in record
        assert page.locator("#unkill-link").count() == 0 and "Only an administrator can restore it" in record
        shots(page, "killed-editor-cannot-restore")
        refused = page.goto(f"/admin/ingest/story/{story.pk}/unkill/")
        assert refused.status == 403
        shots(page, "editor-refused")

        chief = new_page()
        log_in(chief, "chief", "chief-pass-123")
        chief.goto(f"/admin/ingest/story/{story.pk}/change/")
        assert "You can restore it (back to published)" in chief.locator("#kill-record").inner_text()
        shots(chief, "admin-sees-restore")
        chief.click("#unkill-link")
        chief.wait_for_selector("#unkill-form")
        assert "Killed by desk" in chief.locator(".kill-record").inner_text()
        shots(chief, "restore-asks")
        chief.fill("#id_reason", "Cleared by the lawyers")
        chief.click("#unkill-confirm")
        chief.wait_for_selector(".messagelist .success")
        assert chief.locator("#story-status").text_content() == "published"
        history = chief.locator("#recent-history").inner_text()
        assert "Kill undone: Cleared by the lawyers" in history and "Legal: names a witness under protection" in history
        shots(chief, "restored")

        detail = reader.request.get(f"/api/stories/{story.pk}/")
        assert detail.status == 200 and json.loads(detail.text())["status"] == "published"
        listing = json.loads(reader.request.get("/api/stories/").text())
        assert listing["results"][0]["id"] == story.pk  # served again, on top
    finally:
        reader.close()


PHONE = {"width": 390, "height": 844}


def test_the_queue_on_a_390_px_phone(browser, live_server, shots, queue, wire_source):
    make_editor("desk", "desk-pass-123")
    ingest(wire_source, URGENT_TEXT_WIRE, "msg-urgent")
    context = browser.new_context(base_url=live_server.url, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        log_in(page, "desk", "desk-pass-123")
        page.goto("/admin/ingest/story/")
        page.wait_for_selector("#result_list")
        shots.count += 1
        page.screenshot(path=str(shots.folder / f"{shots.count:02d}-queue-390x844-viewport.png"))  # what the phone shows
        shots(page, "queue-390-full-page")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # no sideways scrolling
        assert page.evaluate("document.body.scrollWidth") <= PHONE["width"]

        rows = page.locator("#result_list tbody tr")
        assert rows.count() == 14
        for i in range(4):
            row = rows.nth(i)
            for cell in (".field-headline_cell a", ".field-status_chip .status-chip", ".field-age time", ".action-checkbox input"):
                box = row.locator(cell).bounding_box()
                assert box and box["width"] > 0 and 0 <= box["x"] and box["x"] + box["width"] <= PHONE["width"], (i, cell, box)
        top = rows.nth(0)
        assert top.locator(".badge").is_visible() and "Parliament dissolved" in top.inner_text()
        assert rows.nth(1).locator(".badge-urgent").is_visible()
        assert rows.nth(3).locator(".field-slug_cell").is_hidden()  # detail waits for a wider screen

        # The row's actions: tick it, pick an action, Go; and open it by its headline.
        rows.nth(2).locator(".action-checkbox input").check()
        select, go = page.locator("select[name=action]"), page.locator("button[name=index]")
        for control in (select, go):
            box = control.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] and box["height"] >= 24
        select.select_option("approve")
        go.click()
        page.wait_for_selector(".messagelist .success")
        assert "1 story approved" in page.locator(".messagelist").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        shots(page, "approved-from-the-phone")
        page.locator("#result_list tbody tr").nth(0).locator(".field-headline_cell a").click()
        page.wait_for_selector("#workflow")
        shots(page, "story-opened")
    finally:
        context.close()
