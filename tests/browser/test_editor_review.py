"""End to end in a real browser: an editor finds a draft, restores a removed line, publishes it,
and the feed serves it; and a second editor's stale save is refused."""
from __future__ import annotations

import pytest

from ingest.models import Story
from tests.admin.conftest import make_editor, make_story_from_sample

from .conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COMMENT_PROMPT = "You must Register or Login to post a comment."


@pytest.fixture
def newsroom(wire_source, sample_bytes):
    """The sample draft among others the filters must leave out."""
    story = make_story_from_sample(wire_source, sample_bytes)
    Story.objects.create(source=wire_source, guid="other-draft", headline="Lavrov speaks to reporters", body_text="No boilerplate.")
    Story.objects.create(source=wire_source, guid="published", headline="Lavrov earlier story", status="published",
                         removed=[{"text": "Advertisement", "rule": "library:ad", "block": 0, "item": None}])
    return story


def test_editor_finds_restores_publishes_and_feed_serves(new_page, shots, newsroom):
    make_editor("desk", "desk-pass-123")
    page = new_page()
    log_in(page, "desk", "desk-pass-123")
    shots(page, "logged-in")

    page.click("a[href='/admin/ingest/story/']")
    page.fill("#searchbar", "Lavrov")
    page.press("#searchbar", "Enter")
    page.wait_for_url("**q=Lavrov**")
    assert page.locator("#result_list tbody tr").count() == 3
    page.click("details[data-filter-title='status'] a:text-is('Draft')")
    page.wait_for_url("**status__exact=draft**")
    page.click("details[data-filter-title='had boilerplate removed'] a:text-is('Yes')")
    page.wait_for_url("**boilerplate_removed=yes**")
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1 and "q=Lavrov" in page.url  # search and both filters combined
    shots(page, "found-by-search-and-filters")
    rows.first.locator("th a").click()

    page.wait_for_selector("#raw-delivery mark.removed-piece")
    assert COMMENT_PROMPT in page.locator("#raw-delivery mark.removed-piece").first.inner_text()
    assert COMMENT_PROMPT not in page.locator("#cleaned-story").inner_text()
    shots(page, "story-page")

    page.click("#removed-boilerplate button.restore-button")
    page.wait_for_selector(".messagelist .success")
    assert "Restored" in page.locator(".messagelist").inner_text()
    assert COMMENT_PROMPT in page.locator("#cleaned-story").inner_text()
    assert page.locator("#removed-boilerplate button.restore-button").count() == 0
    shots(page, "restored")

    page.click("#workflow button[name=_transition][value='published']")
    page.wait_for_selector(".messagelist .success")
    assert page.locator("#story-status").text_content() == "published"
    shots(page, "published")

    feed = page.request.get("/api/stories/", headers={"Accept": "application/json"})
    assert feed.ok
    items = feed.json()["results"]
    assert [item["headline"] for item in items if item["id"] == newsroom.pk] == [newsroom.headline]
    assert COMMENT_PROMPT in next(item for item in items if item["id"] == newsroom.pk)["body_text"]
    page.goto("/api/stories/")
    assert newsroom.headline in page.content()
    shots(page, "feed")

    story = Story.objects.get(pk=newsroom.pk)
    assert story.status == "published" and story.published_at is not None
    assert list(story.history.order_by("-history_date").values_list("history_user__username", flat=True)[:2]) == ["desk", "desk"]


def test_second_editors_stale_save_is_refused(new_page, shots, newsroom):
    make_editor("alice", "alice-pass-123")
    make_editor("bob", "bob-pass-123")
    alice, bob = new_page(), new_page()
    url = f"/admin/ingest/story/{newsroom.pk}/change/"
    for page, name in ((alice, "alice"), (bob, "bob")):
        log_in(page, name, f"{name}-pass-123")
        page.goto(url)
        page.wait_for_selector("#id_headline")

    alice.fill("#id_headline", "Alice's headline")
    alice.locator("input[name=_continue]").first.click()
    alice.wait_for_selector(".messagelist .success")
    shots(alice, "alice-saved")

    bob.fill("#id_headline", "Bob's headline")
    bob.locator("input[name=_continue]").first.click()
    bob.wait_for_selector(".errornote")
    refusal = bob.locator(".errorlist.nonfield").inner_text()
    assert "changed by alice" in refusal and "Reload the page" in refusal
    assert bob.locator("#id_headline").input_value() == "Bob's headline"  # his edit is still there to copy
    shots(bob, "bob-refused")
    assert Story.objects.get(pk=newsroom.pk).headline == "Alice's headline"

    # After a reload Bob sees Alice's version and can save on top of it.
    bob.goto(url)
    assert bob.locator("#id_headline").input_value() == "Alice's headline"
    bob.fill("#id_headline", "Bob's headline, after reading Alice's")
    bob.locator("input[name=_continue]").first.click()
    bob.wait_for_selector(".messagelist .success")
    assert Story.objects.get(pk=newsroom.pk).headline == "Bob's headline, after reading Alice's"
