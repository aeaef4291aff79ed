"""The editorial workflow: draft -> approved -> published, rejected, killed; and editors' saves.

Every editor write bumps `Story.lock_version`. A form carries the version it
was opened at; saving it when the row has moved on is refused (optimistic
locking), so two editors never silently overwrite each other.
"""
from __future__ import annotations

import difflib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ingest.items import Block
from ingest.models import Story
from ingest.normalize import render_html, render_text, sanitize
from ingest.parse.markup import blocks_from_html

TRANSITIONS: dict[str, set[str]] = {
    Story.Status.DRAFT: {Story.Status.APPROVED, Story.Status.PUBLISHED, Story.Status.REJECTED, Story.Status.KILLED},
    Story.Status.APPROVED: {Story.Status.PUBLISHED, Story.Status.DRAFT, Story.Status.REJECTED, Story.Status.KILLED},
    Story.Status.PUBLISHED: {Story.Status.KILLED, Story.Status.DRAFT},
    Story.Status.REJECTED: {Story.Status.DRAFT},
    Story.Status.KILLED: set(),
}

# The order buttons appear in on the story page.
_BUTTON_ORDER = (Story.Status.APPROVED, Story.Status.PUBLISHED, Story.Status.DRAFT, Story.Status.REJECTED, Story.Status.KILLED)


class StaleStoryError(ValidationError):
    """The story changed after the editor's form was opened."""


def next_statuses(status: str) -> list[str]:
    """Where a story in `status` may go, in button order."""
    allowed = TRANSITIONS.get(status, set())
    return [to for to in _BUTTON_ORDER if to in allowed]


def stamp_editor(story: Story, user=None) -> None:
    """An editor's change: bump the lock version (open forms go stale) and name who made it in history."""
    story.lock_version += 1
    if user is not None:
        story.edited_by = user
        story._history_user = user


# django-simple-history's change-reason column holds 100 characters.
REASON_MAX_LENGTH = 100


@transaction.atomic
def story_transition(*, story: Story, to: str, user=None, reason: str = "") -> Story:
    """Move a story along the workflow; `reason` (a kill's or a rejection's) is kept in its history."""
    if to == story.status:
        return story
    if to not in TRANSITIONS.get(story.status, set()):
        raise ValidationError(f"a {story.status} story cannot become {to}")
    story.status = to
    if to == Story.Status.PUBLISHED and story.published_at is None:
        # The feed is ordered by published_at: an embargoed story must surface on top when the
        # embargo lifts, not at the place it would have had when the editor pressed Publish.
        story.published_at = max(filter(None, (timezone.now(), story.embargoed_until)))
    story.lock_version += 1
    if user is not None:
        story._history_user = user
    if reason:
        story._change_reason = reason.strip()[:REASON_MAX_LENGTH]
    story.save()
    return story


@transaction.atomic
def story_check_fresh(*, story: Story, seen_lock_version: int) -> None:
    """Refuse when the row moved on since the editor opened it; locks the row until the transaction ends.

    Call it inside the transaction that saves, so nobody can slip in between.
    """
    current = Story.objects.select_for_update().filter(pk=story.pk).values_list("lock_version", flat=True).first()
    if current is None:
        raise StaleStoryError("This story no longer exists.")
    if current != seen_lock_version:
        raise StaleStoryError(_stale_message(story.pk), code="stale")


def _stale_message(story_id: int) -> str:
    last = Story.history.filter(id=story_id).select_related("history_user").order_by("-history_date", "-history_id").first()
    who = ""
    if last is not None:
        name = last.history_user.get_username() if last.history_user else "the wire"
        who = f" by {name} at {timezone.localtime(last.history_date):%H:%M:%S}"
    return (
        f"Not saved: this story was changed{who} after you opened it. "
        "Your edits would overwrite theirs. Reload the page to see the current version, then make your changes again."
    )


@transaction.atomic
def story_save_edits(*, story: Story, seen_lock_version: int, fields: list[str] | None = None, user=None) -> Story:
    """Save an editor's changes (already set on `story`) if nobody saved in between.

    `fields` names what the editor changed; only those columns are written, so a
    wire update recorded meanwhile (pending_update) is never overwritten.
    """
    story_check_fresh(story=story, seen_lock_version=seen_lock_version)
    if fields is not None and "body_html" in fields:
        _rebuild_body_from_edit(story)
        fields = [*fields, "blocks", "body_text"]
    story.lock_version = seen_lock_version + 1
    story.edited_by_editor = True
    if user is not None:
        story.edited_by = user
        story._history_user = user
    bookkeeping = ["lock_version", "edited_by_editor", "edited_by", "updated_at"]
    story.save(update_fields=None if fields is None else [*dict.fromkeys([*fields, *bookkeeping])])
    return story


def canonical_body_html(html: str) -> str:
    """The body as it would be stored: sanitized, read into blocks and rendered again.

    Two bodies with the same canonical form are the same copy; the rich-text editor re-serializes the
    HTML it was given (no line breaks between blocks, its own attribute order), which is no edit.
    """
    return render_html(blocks_from_html(sanitize(html or "")))


def _rebuild_body_from_edit(story: Story) -> None:
    """An editor's HTML becomes blocks again: sanitized like wire copy, plain text kept in step for the feed,
    and each block keeps the wire position (`origin`) of the block it came from, so "restore" still puts a
    removed piece back in the right place after the edit."""
    old = [Block.from_dict(data) for data in story.blocks]
    new = blocks_from_html(sanitize(story.body_html))  # sanitized first: a <script>'s text is no copy
    carry_origins(old, new)
    story.blocks = [block.__dict__ for block in new]
    story.body_html = render_html(new)
    story.body_text = render_text(new)


def _block_key(block: Block) -> tuple:
    return (block.kind, " ".join(block.text.split()), tuple(" ".join(i.split()) for i in block.items))


def carry_origins(old: list[Block], new: list[Block]) -> None:
    """Give each new block the origin of the old block it matches or replaces; an inserted block
    takes its predecessor's, so restore positions (first block whose origin is past the piece) hold."""
    matcher = difflib.SequenceMatcher(a=[_block_key(b) for b in old], b=[_block_key(b) for b in new], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        for offset, j in enumerate(range(j1, j2)):
            if op in ("equal", "replace") and i1 + offset < i2:
                new[j].origin = old[i1 + offset].origin
            else:
                new[j].origin = new[j - 1].origin if j > 0 else (old[0].origin if old else -1)
