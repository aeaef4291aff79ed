"""The editors' desk in a real browser (Debian's Chromium): a queue that fits 1366x768 with urgent stories
standing out, publish-and-next with the queue's filters kept, kills that ask first, and failed deliveries
counted where editors look and reprocessed from their page. Screenshots go to test-artifacts/."""
from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from ingest import services
from ingest.models import Delivery, Story
from tests.admin.conftest import make_editor, make_story_from_sample

from .conftest import log_in, walk_reason_step

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESK_WIDTH, DESK_HEIGHT = 1366, 768
BODY = "The minister said the talks would go on. " * 30


@pytest.fixture
def busy_desk(wire_source, sample_bytes):
    """65 stories as a morning's wire brings them: the real sample, routine copy, one flash and one urgent."""
    now = timezone.now()
    routine = Story.objects.bulk_create(
        Story(source=wire_source, guid=f"routine-{i}", headline=f"Council approves budget for district {i} after a long "
              "night of debate over school funding and road repairs", slug=f"BUDGET-DISTRICT-{i}", format="nitf",
              language="en", urgency=5 if i % 3 else None, word_count=300 + i, body_text=BODY)
        for i in range(62)
    )
    for minutes, story in enumerate(reversed(routine), start=3):
        Story.objects.filter(pk=story.pk).update(created_at=now - timedelta(minutes=minutes * 4))
    sample = make_story_from_sample(wire_source, sample_bytes)
    Story.objects.filter(pk=sample.pk).update(created_at=now - timedelta(minutes=2))
    urgent = Story.objects.create(source=wire_source, guid="urgent", headline="Minister resigns over leaked memo",
                                  slug="MINISTER-RESIGNS", urgency=3, format="text", language="en", body_text=BODY,
                                  flagged=[{"text": "Read more", "reason": "short line"}])
    Story.objects.filter(pk=urgent.pk).update(created_at=now - timedelta(minutes=1))
    flash = Story.objects.create(source=wire_source, guid="flash", headline="Earthquake of magnitude 7.1 strikes off the coast",
                                 slug="QUAKE", urgency=1, format="text", language="en", body_text=BODY)
    return {"flash": flash, "urgent": urgent, "sample": sample, "routine": routine}


def test_queue_fits_1366_with_urgent_stories_on_top_and_highlighted(browser, live_server, shots, busy_desk):
    make_editor("desk", "desk-pass-123")
    context = browser.new_context(base_url=live_server.url, viewport={"width": DESK_WIDTH, "height": DESK_HEIGHT})
    try:
        page = context.new_page()
        log_in(page, "desk", "desk-pass-123")
        assert "Newsroom desk" in page.locator("#site-name").inner_text()
        page.goto("/admin/ingest/story/")
        page.wait_for_selector("#result_list")
        path = shots.folder / "queue-1366x768.png"
        page.screenshot(path=str(path))  # the viewport only: what an editor sees without scrolling

        assert page.title() == "Wire queue | Newsroom desk"
        assert page.evaluate("document.documentElement.scrollWidth") <= DESK_WIDTH  # no horizontal scrolling
        rows = page.locator("#result_list tbody tr")
        visible = page.evaluate(
            f"""[...document.querySelectorAll('#result_list tbody tr')]
                .filter(row => row.getBoundingClientRect().bottom <= {DESK_HEIGHT}).length"""
        )
        assert visible >= 12, f"only {visible} stories fit on a 1366x768 screen"
        heights = {round(rows.nth(i).bounding_box()["height"]) for i in range(5)}
        assert max(heights) <= 32, heights  # one line a story, headlines end in "…" instead of wrapping

        top = rows.nth(0)
        assert top.locator(".badge-flash").inner_text() == "FLASH"
        assert busy_desk["flash"].headline in top.inner_text()
        second = rows.nth(1)
        assert second.locator(".badge-urgent").inner_text() == "URGENT"
        assert second.locator(".signal-flagged").count() == 1
        background = "el => getComputedStyle(el).backgroundColor"
        plain = rows.nth(5).evaluate(background)
        assert top.evaluate(background) != plain and second.evaluate(background) != plain
        assert "just now" in top.locator(".field-age").inner_text()
        assert "min ago" in rows.nth(3).locator(".field-age").inner_text()
        assert page.locator("#result_list img[src*='icon-no']").count() == 0  # no red crosses
    finally:
        context.close()


def test_publish_and_next_keeps_the_queue_filters(new_page, shots, busy_desk):
    make_editor("desk", "desk-pass-123")
    page = new_page()
    log_in(page, "desk", "desk-pass-123")
    page.goto("/admin/ingest/story/")
    page.click("nav.desk-views a:text-is('Flash & urgent')")
    page.wait_for_url("**urgency=urgent**")
    assert page.locator("#result_list tbody tr").count() == 2
    page.locator("#result_list tbody tr").first.locator("th a").click()
    page.wait_for_selector("#workflow")
    shots(page, "flash-story")
    heights = page.eval_on_selector_all("#workflow .workflow-button", "els => els.map(el => el.getBoundingClientRect().height)")
    assert heights and min(heights) >= 40, heights

    page.click("#workflow button[name=_transition_next][value='published']")
    page.wait_for_selector(".messagelist .success")
    assert f"/{busy_desk['urgent'].pk}/change/" in page.url and "urgency%3Durgent" in page.url
    assert "is now published" in page.locator(".messagelist").inner_text()
    assert Story.objects.get(pk=busy_desk["flash"].pk).status == "published"
    shots(page, "next-story")

    page.click("#back-to-queue")
    page.wait_for_selector("#result_list")
    assert "urgency=urgent" in page.url
    assert page.locator("#result_list tbody tr").count() == 2  # the same queue, the published flash still listed
    shots(page, "back-in-the-queue")


def test_kill_asks_for_a_reason_single_and_bulk(new_page, shots, busy_desk):
    make_editor("desk", "desk-pass-123")
    page = new_page()
    log_in(page, "desk", "desk-pass-123")
    story = busy_desk["sample"]
    page.goto(f"/admin/ingest/story/{story.pk}/change/")
    kill, publish = page.locator("#kill-link"), page.locator("#workflow button[name=_transition][value='published']")
    assert kill.bounding_box()["x"] - (publish.bounding_box()["x"] + publish.bounding_box()["width"]) > 100  # well apart
    assert kill.evaluate("el => getComputedStyle(el).backgroundColor") != publish.evaluate("el => getComputedStyle(el).backgroundColor")
    kill.click()
    doomed = busy_desk["routine"][:2]
    walk_reason_step(page, shots, "kill", story=story, single_reason="Legal: names a witness under protection",
                     doomed=doomed, bulk_reason="Duplicates of the district roundup", query="budget")
    assert Story.objects.get(pk=story.pk).status == "killed"
    assert set(Story.objects.filter(pk__in=[s.pk for s in doomed]).values_list("status", flat=True)) == {"killed"}


def test_failed_delivery_is_counted_on_the_index_and_reprocessed_from_its_page(new_page, shots, wire_source):
    make_editor("desk", "desk-pass-123")
    body = b'{"headline": "Storm", "body_text": "Rain."\n, }'
    delivery = services.delivery_receive(source=wire_source, webhook_id="msg_bad_json", body=body,
                                         content_type="application/json", headers={}, enqueue=False).delivery
    assert services.delivery_process(delivery.pk).status == Delivery.Status.FAILED
    page = new_page()
    log_in(page, "desk", "desk-pass-123")
    page.goto("/admin/")
    assert page.locator("#delivery-alerts").inner_text().startswith("1 failed delivery")
    shots(page, "index-counts-the-failure")
    page.click("#delivery-alerts a.alert-failed")
    page.wait_for_selector("#result_list")
    page.locator("#result_list tbody tr").first.locator("th a").click()
    page.wait_for_selector("#delivery-error")
    assert page.locator("#error-line").count() == 1 and page.locator("#error-line .error-column").count() == 1
    shots(page, "failed-delivery")
    page.click("#reprocess-button")
    page.wait_for_selector(".messagelist .success")
    assert "queued again" in page.locator(".messagelist").inner_text()
    assert Delivery.objects.get(pk=delivery.pk).status in (Delivery.Status.RECEIVED, Delivery.Status.QUEUED)


def test_keyboard_moves_through_the_queue_and_publishes(new_page, shots, busy_desk):
    make_editor("desk", "desk-pass-123")
    page = new_page()
    log_in(page, "desk", "desk-pass-123")
    page.goto("/admin/ingest/story/?urgency=urgent")
    page.wait_for_selector("#result_list")
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.locator("#result_list tbody tr.desk-cursor").count() == 1
    assert busy_desk["flash"].headline in page.locator("#result_list tbody tr.desk-cursor").inner_text()
    page.keyboard.press("o")
    page.wait_for_selector("#workflow")
    # the shortcuts are bound when the story page's deferred desk.js has run (DOMContentLoaded): the element can be
    # there before it, and a key pressed then is lost (seen once in a clean-clone run under load)
    page.wait_for_load_state("domcontentloaded")
    assert f"/{busy_desk['flash'].pk}/change/" in page.url
    page.keyboard.press("e")
    assert page.evaluate("document.activeElement.id") == "id_headline"
    page.keyboard.press("p")  # typed into the headline: no shortcut
    assert Story.objects.get(pk=busy_desk["flash"].pk).status == "draft"
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("p")
    page.wait_for_selector(".messagelist .success")
    assert f"/{busy_desk['urgent'].pk}/change/" in page.url
    assert Story.objects.get(pk=busy_desk["flash"].pk).status == "published"
    story = Story.objects.get(pk=busy_desk["flash"].pk)
    # The "p" typed in the field was an edit, saved with the publish.
    assert len(story.headline) == len(busy_desk["flash"].headline) + 1 and story.headline.count("p") == busy_desk["flash"].headline.count("p") + 1
    shots(page, "published-by-keyboard")


def test_update_is_taken_field_by_field(new_page, shots, busy_desk):
    make_editor("desk", "desk-pass-123")
    story = busy_desk["sample"]
    Story.objects.filter(pk=story.pk).update(edited_by_editor=True, pending_update={
        "version": 2, "fields": {"headline": "Rubio and Lavrov meet in Kuala Lumpur", "byline": "By Another Writer"},
    })
    page = new_page()
    log_in(page, "desk", "desk-pass-123")
    page.goto(f"/admin/ingest/story/{story.pk}/change/")
    page.wait_for_selector("#pending-update")
    assert [t.strip() for t in page.locator("#pending-update tbody th").all_inner_texts()] == ["Headline", "Byline"]  # in words
    headline_row = page.locator("#pending-update tr.diff-headline td")
    assert headline_row.nth(0).locator("ins").count() == 0 and headline_row.nth(1).locator("ins").count() >= 1
    shots(page, "update-waiting")
    page.check("#pending-update input[value='headline']")
    page.click("#accept-fields")
    page.wait_for_selector(".messagelist .success")
    assert "taken for Headline" in page.locator(".messagelist").inner_text()
    story.refresh_from_db()
    assert story.headline == "Rubio and Lavrov meet in Kuala Lumpur" and story.byline != "By Another Writer"
    assert story.pending_update is None
    shots(page, "headline-taken")
