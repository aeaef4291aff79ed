"""Flagged lines: an editor settles each doubtful line the cleaner kept in the copy.

*Keep* says the line is copy: its flag goes, and the decision is kept in the
story's history (who, when, which line). *Remove* takes the line out of the
body and records it beside the cleaner's own removals (same shape: text,
block position, list item), attributed to the editor (`editor:<username>`),
so *Restore* puts it back where it was, like any removal.

Both are editor writes and honour the optimistic lock the way other edits do:
given the lock version the editor's page holds, they are refused when the
story moved on, and the flag must still read as the editor saw it.
"""
from __future__ import annotations

from dataclasses import asdict

from django.core.exceptions import ValidationError
from django.db import transaction

from ingest.items import HEADING, LIST, Block
from ingest.models import Story
from ingest.normalize import render_html, render_text

from .workflow import REASON_MAX_LENGTH, stamp_editor, story_check_fresh

EDITOR_RULE = "editor"


def _same(a: str, b: str) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def _locked_story(story: Story, seen_lock_version: int | None) -> Story:
    if seen_lock_version is not None:
        story_check_fresh(story=story, seen_lock_version=seen_lock_version)
    return Story.objects.select_for_update().get(pk=story.pk)


def _flag_at(story: Story, index: int, text: str | None) -> dict:
    flagged = story.flagged or []
    if not 0 <= index < len(flagged) or not isinstance(flagged[index], dict):
        raise ValidationError("that flagged line is no longer there; reload the story", code="gone")
    flag = flagged[index]
    if text is not None and not _same(flag.get("text", ""), text):
        raise ValidationError("the flagged lines changed since the page was opened; reload the story", code="moved")
    return flag


def _without_flag(flagged: list, flag: dict) -> list:
    """The flags, less this one and any other flag on the same line (a line flagged twice is settled once)."""
    line = (flag.get("text", ""), flag.get("block"), flag.get("item"))
    return [f for f in flagged if not (isinstance(f, dict) and (f.get("text", ""), f.get("block"), f.get("item")) == line)]


def _reason(verb: str, text: str) -> str:
    return f"{verb} flagged line: {' '.join(text.split())}"[:REASON_MAX_LENGTH]


def _username(user) -> str:
    return user.get_username() if user is not None else "editor"


@transaction.atomic
def story_keep_flagged_line(*, story: Story, index: int, user=None, seen_lock_version: int | None = None,
                            text: str | None = None) -> Story:
    """The line is copy: dismiss its flag; the story's history records who kept which line.

    The copy does not change, so the lock version does not move either: another editor's open form still
    saves (as with a wire update put aside), and the story stays the wire's copy for later versions.
    """
    story = _locked_story(story, seen_lock_version)
    flag = _flag_at(story, index, text)
    story.flagged = _without_flag(story.flagged, flag)
    if user is not None:
        story._history_user = user
    story._change_reason = _reason("kept", flag.get("text") or flag.get("reason", ""))
    story.save(update_fields=["flagged", "updated_at"])
    return story


@transaction.atomic
def story_remove_flagged_line(*, story: Story, index: int, user=None, seen_lock_version: int | None = None,
                              text: str | None = None) -> Story:
    """Take the flagged line out of the body, recorded like the cleaner's removals and restorable like them.

    Refused (ValidationError) when the flag names no line of the body (a note about the item, a field cut to
    its column) or the line is no longer in the body (edited out): Keep dismisses such a flag.
    """
    story = _locked_story(story, seen_lock_version)
    flag = _flag_at(story, index, text)
    line, origin, item = flag.get("text", ""), flag.get("block"), flag.get("item")
    if not line or origin is None:
        raise ValidationError("this flag is a note about the item, not a line of the body: keep it to dismiss it", code="no-line")
    blocks = [Block.from_dict(data) for data in story.blocks]
    in_step = story.body_html.strip() == render_html(blocks).strip()
    taken, removal = _take_out(blocks, line, origin, item)
    removal["rule"] = f"{EDITOR_RULE}:{_username(user)}"
    removal["reason"] = flag.get("reason", "")
    story.body_html = render_html(blocks) if in_step else _cut_from_edited_html(story.body_html, taken)
    story.blocks = [asdict(block) for block in blocks]
    story.body_text = render_text(blocks)
    story.removed = [*(story.removed or []), removal]
    story.flagged = _without_flag(story.flagged, flag)
    story.edited_by_editor = True
    stamp_editor(story, user)
    story._change_reason = _reason("removed", line)
    story.save()
    return story


def _take_out(blocks: list[Block], line: str, origin: int, item: int | None) -> tuple[str, dict]:
    """Remove the line from `blocks` in place; (its HTML as rendered, the removal to record)."""
    if item is not None:
        # A list item: the list the wire had it in, else any list holding the line (the editor moved it).
        lists = [b for b in blocks if b.kind == LIST and any(_same(entry, line) for entry in b.items)]
        block = next((b for b in lists if b.origin == origin), lists[0] if lists else None)
        if block is not None:
            at = next(i for i, entry in enumerate(block.items) if _same(entry, line))
            rendered = render_html([Block(kind=LIST, items=[block.items[at]], ordered=block.ordered)])
            del block.items[at]
            if not block.items and not block.text:
                blocks.remove(block)
            return rendered, {"text": line, "block": block.origin, "item": item}
    candidates = [b for b in blocks if b.kind != LIST and _same(b.text, line)]
    block = next((b for b in candidates if b.origin == origin), candidates[0] if candidates else None)
    if block is None:
        raise ValidationError("that line is no longer in the body (edited out?): keep it to dismiss its flag", code="not-in-body")
    rendered = render_html([block])
    blocks.remove(block)
    removal = {"text": block.text, "block": block.origin, "item": None}
    if block.kind == HEADING:
        removal.update(kind=HEADING, level=block.level)
    if block.html:
        removal["html"] = block.html  # its links and emphasis come back with it on Restore
    return rendered, removal


def _cut_from_edited_html(body_html: str, rendered: str) -> str:
    """A body whose HTML is not its blocks' rendering (edited by hand): take out the line's element as rendered."""
    element = rendered.strip()
    if element.startswith(("<ul>", "<ol>")):
        element = element[4:-5]  # the <li>, not the list around it
    if element not in body_html:
        raise ValidationError("the body was edited by hand around this line: take it out in the body editor", code="hand-edited")
    return body_html.replace(element, "", 1).replace("<ul></ul>", "").replace("<ol></ol>", "").strip()
