"""Flagged lines settled by an editor: Keep dismisses the flag (recorded in history), Remove takes the line
out like the cleaner's removals (attributed, restorable), both under the story's optimistic lock."""
from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from ingest import services
from ingest.models import Story
from ingest.services.workflow import StaleStoryError
from tests.admin.conftest import make_story_from_sample

pytestmark = pytest.mark.django_db

FLAGGED_STORY = """Harbor bridge reopens after repairs
By Ana Lopez

PORTLAND, Maine (AP) — The harbor bridge reopened Tuesday after six weeks of repairs, city officials said.

Harbor notes

Readers can comment on the repair plan until March 1, the city said.

- Bring a photo ID
- Download the ReadyPortland app
- Park on Fore Street

Traffic was light on the first morning, and commuters said the detour had added 20 minutes each way.
"""
SHORT_LINE, LIST_ITEM = "Harbor notes", "Download the ReadyPortland app"


@pytest.fixture
def story(wire_source) -> Story:
    story = make_story_from_sample(wire_source, FLAGGED_STORY.encode(), webhook_id="msg_flagged")
    assert [flag["text"] for flag in story.flagged] == [SHORT_LINE, LIST_ITEM]
    return story


@pytest.fixture
def alice(django_user_model):
    return django_user_model.objects.create_user("alice", password="x", is_staff=True)


def _index(story: Story, text: str) -> int:
    return next(i for i, flag in enumerate(story.flagged) if flag["text"] == text)


def _last_history(story: Story):
    return story.history.order_by("-history_date", "-history_id").first()


@pytest.mark.parametrize("line", [SHORT_LINE, LIST_ITEM], ids=["paragraph", "list item"])
def test_remove_takes_the_line_out_records_it_and_restore_puts_it_back(story, alice, line):
    wire_html, wire_text, lock = story.body_html, story.body_text, story.lock_version
    services.story_remove_flagged_line(
        story=story, index=_index(story, line), text=line, user=alice, seen_lock_version=lock,
    )
    story.refresh_from_db()
    assert line not in story.body_html and line not in story.body_text
    assert line not in [flag["text"] for flag in story.flagged] and story.flag_count == 1
    [removal] = [piece for piece in story.removed if piece["text"] == line]
    assert removal["rule"] == "editor:alice" and removal["block"] is not None and removal["reason"]
    assert story.has_removed_boilerplate and story.edited_by_editor and story.lock_version == lock + 1
    record = _last_history(story)
    assert record.history_user == alice and record.history_change_reason == f"removed flagged line: {line}"

    services.story_restore_removal(story=story, index=story.removed.index(removal), user=alice)
    story.refresh_from_db()
    assert story.body_html == wire_html and story.body_text == wire_text  # back where the wire had it


def test_keep_dismisses_the_flag_and_records_who_kept_it(story, alice):
    body, lock = story.body_html, story.lock_version
    services.story_keep_flagged_line(story=story, index=_index(story, LIST_ITEM), text=LIST_ITEM, user=alice,
                                     seen_lock_version=lock)
    story.refresh_from_db()
    assert [flag["text"] for flag in story.flagged] == [SHORT_LINE] and story.flag_count == 1
    assert story.body_html == body and not story.edited_by_editor
    assert story.lock_version == lock  # the copy did not change: another editor's open form still saves
    record = _last_history(story)
    assert record.history_user == alice and record.history_change_reason == f"kept flagged line: {LIST_ITEM}"


REFUSALS = [
    # (what, which settle, index, text, lock offset, error code)
    ("someone saved since the page opened", "remove", 0, SHORT_LINE, -1, "stale"),
    ("someone saved since: keep is refused too", "keep", 0, SHORT_LINE, -1, "stale"),
    ("the flags moved: index names another line", "remove", 0, LIST_ITEM, 0, "moved"),
    ("no such flag", "keep", 7, None, 0, "gone"),
    ("a negative index", "remove", -1, None, 0, "gone"),
]


@pytest.mark.parametrize("what,settle,index,text,offset,code", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_refusals_change_nothing(story, alice, what, settle, index, text, offset, code):
    before = (story.body_html, list(story.flagged), list(story.removed), story.lock_version)
    if offset:
        services.story_transition(story=story, to=Story.Status.APPROVED)  # another editor's save
        story.refresh_from_db()
        before = (story.body_html, list(story.flagged), list(story.removed), story.lock_version)
    action = services.story_remove_flagged_line if settle == "remove" else services.story_keep_flagged_line
    with pytest.raises(ValidationError) as raised:
        action(story=story, index=index, text=text, user=alice, seen_lock_version=story.lock_version + offset)
    assert raised.value.code == code or (code == "stale" and isinstance(raised.value, StaleStoryError)), what
    story.refresh_from_db()
    assert (story.body_html, story.flagged, story.removed, story.lock_version) == before


def test_a_note_about_the_item_can_be_kept_but_not_removed(story, alice):
    story.flagged = [*story.flagged, {"text": "", "reason": "wire note: no id-string", "block": None, "item": None}]
    story.save()
    with pytest.raises(ValidationError) as raised:
        services.story_remove_flagged_line(story=story, index=2, user=alice)
    assert raised.value.code == "no-line"
    services.story_keep_flagged_line(story=story, index=2, user=alice)
    story.refresh_from_db()
    assert len(story.flagged) == 2 and _last_history(story).history_change_reason == "kept flagged line: wire note: no id-string"


def test_a_line_edited_out_of_the_body_is_refused_and_can_still_be_kept(story, alice):
    story.body_html = story.body_html.replace(f"<p>{SHORT_LINE}</p>", "")
    services.story_save_edits(story=story, seen_lock_version=story.lock_version, fields=["body_html"], user=alice)
    story.refresh_from_db()
    with pytest.raises(ValidationError) as raised:
        services.story_remove_flagged_line(story=story, index=_index(story, SHORT_LINE), user=alice)
    assert raised.value.code == "not-in-body"
    services.story_keep_flagged_line(story=story, index=_index(story, SHORT_LINE), user=alice)


def test_a_removed_heading_comes_back_a_heading_with_its_link(story, alice):
    story.body_html = story.body_html.replace(
        f"<p>{SHORT_LINE}</p>", f'<h2>{SHORT_LINE} <a href="https://example.com/notes">here</a></h2>'
    )
    services.story_save_edits(story=story, seen_lock_version=story.lock_version, fields=["body_html"], user=alice)
    story.refresh_from_db()
    edited = story.body_html
    heading = next(block for block in story.blocks if block["kind"] == "heading")
    story.flagged = [{"text": heading["text"], "reason": "short", "block": heading["origin"], "item": None}]
    story.save()
    services.story_remove_flagged_line(story=story, index=0, user=alice)
    story.refresh_from_db()
    assert "<h2>" not in story.body_html
    services.story_restore_removal(story=story, index=len(story.removed) - 1, user=alice)
    story.refresh_from_db()
    assert story.body_html == edited and 'href="https://example.com/notes"' in story.body_html


def test_a_hand_edited_body_loses_the_line_from_its_html(story, alice):
    """A body whose HTML is not its blocks' rendering keeps the editor's HTML, less the line's element."""
    Story.objects.filter(pk=story.pk).update(body_html=story.body_html + "\n<p><em>Editor's own note.</em></p>")
    story.refresh_from_db()
    services.story_remove_flagged_line(story=story, index=_index(story, LIST_ITEM), user=alice)
    story.refresh_from_db()
    assert LIST_ITEM not in story.body_html and "<em>Editor's own note.</em>" in story.body_html
    assert "<li>Bring a photo ID</li><li>Park on Fore Street</li>" in story.body_html
