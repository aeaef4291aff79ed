"""Story writes from the wire: upsert a normalized draft (versions, updates,
corrections, holds and kills), and accept a newer wire version an editor put aside.

Decisions where the wire and the desk meet:
- A version counts as newer when its number is higher, or, with the same
  number, when the wire's versioncreated moved on (RSS/Atom and some ninjs
  feeds never bump the number). Same or older: a resend, nothing changes.
- An editor's edit is never overwritten: the newer wire version is kept in
  `pending_update` until someone accepts it. So is a newer version of a
  *published* story, unless its source allows automatic updates
  (`WireSource.auto_update_published`): nothing goes live unreviewed by default.
- A kill (canceled/withdrawn) kills the story at once, whatever its state:
  the copy may not run. The killed copy stays for the record.
- A hold (withheld) or a correction takes an approved or published story
  back to draft: the editor must look before it runs (again).
- Each notice is kept in `wire_notice` so the admin can say why.
- A later take of an ANPA/IPTC 7901 story is appended to the story its
  earlier takes made, while that story is still the wire's copy.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, replace
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from ingest.items import Block, StoryDraft
from ingest.models import Story, WireSource
from ingest.normalize import render_html, render_text
from ingest.parse.status import CANCELED, WITHHELD

from . import rows
from .workflow import stamp_editor

# Draft fields copied onto the Story as they are.
_COPIED = (
    "format", "version", "headline", "original_headline", "headline_labels", "subheadline", "byline", "byline_raw",
    "authors", "dateline", "dateline_raw", "credit", "publisher", "edition", "summary", "body_html", "body_text",
    "blocks", "language", "urgency", "keywords", "subjects", "pubstatus", "removed", "flagged",
)
_DATETIME_FIELDS = ("embargoed_until", "wire_created_at", "wire_updated_at")

KILL = "kill"
HOLD = "withheld"
CORRECTION = "correction"
RELEASE = "released"
_BACK_TO_DRAFT = (Story.Status.APPROVED, Story.Status.PUBLISHED)


def story_fields_from_draft(draft: StoryDraft) -> dict:
    fields = {name: getattr(draft, name) for name in _COPIED}
    fields.update(
        embargoed_until=draft.embargoed,
        wire_created_at=draft.firstcreated,
        wire_updated_at=draft.versioncreated,
        slug=str(draft.extra.get("slugline") or ""),  # the desk's short name for the story, shown in the queue
    )
    return _fit_to_columns(fields)


def _fit_to_columns(fields: dict) -> dict:
    """A pathological wire field longer than its column is cut (and flagged) rather than failing the delivery.

    PostgreSQL refuses an over-long varchar where SQLite would store it, so
    without this the same wire item would fail on one database only. The raw
    delivery keeps the whole text.
    """
    flagged = list(fields.get("flagged") or [])
    for name, value in fields.items():
        limit = getattr(Story._meta.get_field(name), "max_length", None) if isinstance(value, str) else None
        if limit and len(value) > limit:
            cut = value[: limit - 1].rsplit(" ", 1)[0] or value[: limit - 1]
            fields[name] = cut + "…"
            flagged.append({"text": value[:200], "rule": f"truncated:{name}", "reason": f"{len(value)} characters, column holds {limit}"})
    fields["flagged"] = flagged
    return fields


def _is_kill(draft: StoryDraft) -> bool:
    return draft.pubstatus in (CANCELED, "cancelled", "withdrawn", "kill", "killed")


def _notice_kind(draft: StoryDraft) -> str | None:
    if _is_kill(draft):
        return KILL
    if draft.pubstatus == WITHHELD:
        return HOLD
    if draft.extra.get("correction"):
        return CORRECTION
    return None


def _notice(kind: str, draft: StoryDraft) -> dict:
    return {
        "kind": kind,
        "version": draft.version,
        "pubstatus": draft.pubstatus,
        "note": draft.extra.get("ednote", ""),
        "received_at": timezone.now().isoformat(),
    }


def _is_newer(draft: StoryDraft, version: int, versioncreated: datetime | None) -> bool:
    if draft.version != version:
        return draft.version > version
    return bool(draft.versioncreated and versioncreated and draft.versioncreated > versioncreated)


def _pending_baseline(story: Story) -> tuple[int, datetime | None]:
    pending = story.pending_update or {}
    fields = pending.get("fields", {})
    return pending.get("version", 0), _as_datetime(fields.get("wire_updated_at"))


def storable_guid(guid: str) -> str:
    """Feed guids can be whole URLs longer than the column: keep a readable head and make it unique with a hash."""
    limit = Story._meta.get_field("guid").max_length
    if len(guid) <= limit:
        return guid
    return f"{guid[: limit - 50]}#sha256:{hashlib.sha256(guid.encode()).hexdigest()[:40]}"


def _new_story_fields(source: WireSource, draft: StoryDraft, fields: dict, kind: str | None) -> dict:
    return dict(
        source=source, guid=draft.guid, **fields,
        status=Story.Status.KILLED if kind == KILL else Story.Status.DRAFT,
        wire_notice=_notice(kind, draft) if kind else None,
    )


def new_story_from_draft(*, source: WireSource, draft: StoryDraft) -> Story | None:
    """The (unsaved) Story `story_upsert_from_draft` creates for a draft whose guid is new; None for a later take, which
    may join the story its first take started (only the upsert decides that)."""
    if draft.extra.get("take_of") and draft.extra.get("take", 1) >= 2:
        return None
    draft = replace(draft, guid=storable_guid(draft.guid))
    return Story(**_new_story_fields(source, draft, story_fields_from_draft(draft), _notice_kind(draft)))


def story_upsert_from_draft(*, source: WireSource, draft: StoryDraft) -> tuple[Story, bool]:
    """Create or update the Story for (source, guid). Returns (story, changed). See the module's decisions."""
    draft = replace(draft, guid=storable_guid(draft.guid))
    joined = _join_take(source, draft)
    if joined is not None:
        return joined
    fields = story_fields_from_draft(draft)
    kind = _notice_kind(draft)
    new = _new_story_fields(source, draft, fields, kind)
    if rows.available():
        # INSERT ... ON CONFLICT DO NOTHING: no SAVEPOINT and RELEASE around it (two round trips a story).
        story = Story(**new)
        if rows.insert_new(story):
            return story, True
        # Another worker created it first (the INSERT waited for its commit), or this guid is known: the update path.
    else:
        try:
            with transaction.atomic():
                return Story.objects.create(**new), True
        except IntegrityError:
            pass  # another worker created it first, or this guid is known: the update path

    story = Story.objects.select_for_update().get(source=source, guid=draft.guid)
    if not _is_newer(draft, story.version, story.wire_updated_at):
        return story, False
    if story.pending_update and not _is_newer(draft, *_pending_baseline(story)):
        return story, False

    if kind == KILL:
        story.status = Story.Status.KILLED
        story.pubstatus = draft.pubstatus
        story.version = draft.version
        story.wire_updated_at = draft.versioncreated or story.wire_updated_at
        story.wire_notice = _notice(kind, draft)
        story.lock_version += 1
        story.save()
        return story, True

    if kind in (HOLD, CORRECTION) and story.status in _BACK_TO_DRAFT:
        story.status = Story.Status.DRAFT
    if kind:
        story.wire_notice = _notice(kind, draft)
    elif story.wire_notice and story.wire_notice.get("kind") == HOLD:
        story.wire_notice = _notice(RELEASE, draft)  # the wire lifted its hold

    if story.edited_by_editor or story.status == Story.Status.KILLED or _needs_review(source, story):
        story.pending_update = {"version": draft.version, "fields": _jsonable(fields)}
        # Only these columns: an editor's form open meanwhile must still save (no lock bump for a side note).
        story.save(update_fields=["pending_update", "status", "wire_notice", "updated_at"])
        return story, True
    for name, value in fields.items():
        setattr(story, name, value)
    story.pending_update = None
    story.lock_version += 1
    story.save()
    return story, True


def _needs_review(source: WireSource, story: Story) -> bool:
    """A newer version of a story readers already see waits for an editor, unless the source is trusted to update."""
    return story.status == Story.Status.PUBLISHED and not source.auto_update_published


def _join_take(source: WireSource, draft: StoryDraft) -> tuple[Story, bool] | None:
    """A later take (ANPA "2ndTake", IPTC 7901 "take 2") continues the story its first take started.

    Its copy is appended to that story when the story is still the wire's
    (not edited, not killed) and this take follows the last one joined;
    otherwise (None) the take is stored as a story of its own, nothing lost.
    """
    base_guid, take = draft.extra.get("take_of"), draft.extra.get("take", 1)
    if not base_guid or take < 2:
        return None
    story = Story.objects.select_for_update().filter(source=source, guid=storable_guid(base_guid)).first()
    if story is None or story.edited_by_editor or story.status == Story.Status.KILLED or _needs_review(source, story):
        return None
    takes = {block.get("take", 1) for block in story.blocks}
    if take in takes:
        return story, False  # this take was joined already: a resend
    if take - 1 not in takes:
        return None
    offset = 1 + max([b.get("origin", -1) for b in story.blocks] + [r.get("block", -1) for r in story.removed] + [-1])
    story.blocks = story.blocks + [{**block, "origin": block.get("origin", 0) + offset, "take": take} for block in draft.blocks]
    story.removed = story.removed + [{**piece, "block": piece.get("block", 0) + offset} for piece in draft.removed]
    blocks = [Block.from_dict(data) for data in story.blocks]
    story.body_html, story.body_text = render_html(blocks), render_text(blocks)
    story.wire_updated_at = draft.versioncreated or story.wire_updated_at
    story.lock_version += 1
    story.save()
    return story, True


@transaction.atomic
def story_accept_pending_update(*, story: Story, user=None) -> Story:
    """Replace the story's copy with the newer wire version an editor put aside.

    The story is the wire's copy again, so later versions apply directly
    (edited_by_editor goes back to False). Status is left as it is: holds,
    corrections and kills already changed it when the version arrived.
    """
    story = Story.objects.select_for_update().get(pk=story.pk)
    pending = story.pending_update
    if not pending:
        raise ValidationError("this story has no newer wire version waiting")
    for name, value in pending.get("fields", {}).items():
        if name in _DATETIME_FIELDS:
            value = _as_datetime(value)
        setattr(story, name, value)
    story.version = pending.get("version", story.version)
    story.pending_update = None
    story.edited_by_editor = False
    stamp_editor(story, user)
    story.save()
    return story


# A field an editor reviews in a wire update, and the columns that go with it when it is taken.
PENDING_FIELD_COLUMNS = {
    "headline": ("headline", "original_headline", "headline_labels"),
    "subheadline": ("subheadline",),
    "byline": ("byline", "byline_raw"),
    "authors": ("authors",),
    "dateline": ("dateline", "dateline_raw"),
    "credit": ("credit",),
    "publisher": ("publisher",),
    "edition": ("edition",),
    "summary": ("summary",),
    # The body's forms and what was cleaned out of it travel together, so Restore keeps working.
    "body_text": ("body_html", "body_text", "blocks", "removed", "flagged"),
    "keywords": ("keywords",),
    "urgency": ("urgency",),
    "language": ("language",),
}


@transaction.atomic
def story_accept_pending_fields(*, story: Story, fields: list[str], user=None) -> Story:
    """Take only some fields of the waiting wire version (say its new headline), keep the editor's copy of the rest.

    The version is settled either way: the story takes its number, and the rest of the wire's copy is let go,
    as with "keep my version". The story stays an editor's story (later versions wait again).
    """
    unknown = [name for name in fields if name not in PENDING_FIELD_COLUMNS]
    if unknown or not fields:
        raise ValidationError(f"choose fields of the wire version to take ({', '.join(PENDING_FIELD_COLUMNS)})")
    story = Story.objects.select_for_update().get(pk=story.pk)
    pending = story.pending_update
    if not pending:
        raise ValidationError("this story has no newer wire version waiting")
    incoming = pending.get("fields", {})
    for name in fields:
        for column in PENDING_FIELD_COLUMNS[name]:
            if column in incoming:
                setattr(story, column, incoming[column])
    story.version = pending.get("version", story.version)
    story.wire_updated_at = _as_datetime(incoming.get("wire_updated_at")) or story.wire_updated_at
    story.pending_update = None
    stamp_editor(story, user)
    story.save()
    return story


@transaction.atomic
def story_dismiss_pending_update(*, story: Story, user=None) -> Story:
    """Keep the editor's copy and mark the waiting wire version as seen.

    The story takes the version's number (not its copy), so a resend of the
    same version is not offered again; a later version still is.
    """
    story = Story.objects.select_for_update().get(pk=story.pk)
    pending = story.pending_update
    if not pending:
        raise ValidationError("this story has no newer wire version waiting")
    story.version = pending.get("version", story.version)
    story.wire_updated_at = _as_datetime(pending.get("fields", {}).get("wire_updated_at")) or story.wire_updated_at
    story.pending_update = None
    stamp_editor(story, user)
    story.save()
    return story


def _as_datetime(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _jsonable(fields: dict) -> dict:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in fields.items()}


def draft_as_json(draft: StoryDraft) -> dict:
    """A draft as the JSON `ingest_file --json` prints."""
    return _jsonable(asdict(draft))
