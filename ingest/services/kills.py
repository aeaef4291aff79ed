"""Undoing a kill: an administrator may put a story an editor killed back where it was, for a short while.

A kill is final for editors (the workflow has no way out of `killed`). A wrong kill, though, is a
desk's nightmare too: the right story gone from the feed. So for INGEST["KILL_UNDO_SECONDS"] after
an *editor's* kill, an administrator (a superuser, or a user given `ingest.unkill_story`) may restore
it, with a reason. A kill the wire sent (a kill notice: the story must not run) is never restored
here. Everything is read from and written to the story's history: who killed, why, when; who
restored, why, when.

A story that was published goes back into the feed as a republication: the same id, `published_at`
the moment of the restore (so it is on top of the feed, where readers walking the pages look for new
copy, as a lifted embargo does) and `updated_at` moved on (so `updated_since` syncs and the list's
ETag and Last-Modified pick it up). Its detail answers 200 again instead of 410 Gone.
"""
from __future__ import annotations

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from ingest import selectors
from ingest.models import Story

from .workflow import REASON_MAX_LENGTH

UNDO_PREFIX = "Kill undone: "


class KillUndoRefused(ValidationError):
    """The kill cannot be undone (not killed, killed by the wire, or too late); `code` says which."""


def kill_undo_refusal(story: Story, user, *, now: datetime | None = None) -> tuple[str, str] | None:
    """Why `user` may not undo `story`'s kill now, as (code, message); None when they may.

    `forbidden` is about the user (the admin answers 403); the others about the story (409).
    """
    if not selectors.user_may_unkill(user):
        return "forbidden", "Only an administrator may restore a killed story."
    record = selectors.story_kill_record(story)
    if record is None:
        return "not_killed", "This story is not killed."
    if not record.by_editor:
        return "by_wire", "The wire killed this story: it must not run, and it cannot be restored here."
    if record.status_before is None:
        return "by_wire", "This story arrived killed: there is nothing to restore it to."
    if not record.undo_open(now):
        return "window_closed", (
            f"The kill can only be undone until {timezone.localtime(record.undo_until):%Y-%m-%d %H:%M %Z}; "
            "that time has passed."
        )
    return None


@transaction.atomic
def story_unkill(*, story: Story, user, reason: str, now: datetime | None = None) -> Story:
    """Put a story an editor killed back to the status it had, with `reason` in its history."""
    story = Story.objects.select_for_update().get(pk=story.pk)  # two admins restoring at once: one wins
    refusal = kill_undo_refusal(story, user, now=now)
    if refusal is not None:
        code, message = refusal
        if code == "forbidden":
            raise PermissionDenied(message)
        raise KillUndoRefused(message, code=code)
    record = selectors.story_kill_record(story)
    now = now or timezone.now()
    story.status = record.status_before
    if story.status == Story.Status.PUBLISHED:
        story.published_at = max(filter(None, (now, story.embargoed_until)))
    story.lock_version += 1
    story._history_user = user
    story._change_reason = f"{UNDO_PREFIX}{reason.strip()}"[:REASON_MAX_LENGTH]
    story.save()
    return story
