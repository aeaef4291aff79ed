"""What the story page shows beside the form: raw vs cleaned, removals, originals, wire update, history."""
from __future__ import annotations

import nh3
from django.utils import timezone

from ingest.models import Delivery, Story
from ingest.services import next_statuses

from .compare import mark_removed, pending_update_diff
from .display import urgency_badge

# Raw bodies larger than this are cut for display; the delivery page shows the whole body.
RAW_DISPLAY_LIMIT = 200_000

ACTION_LABELS = {
    Story.Status.APPROVED: "Approve",
    Story.Status.PUBLISHED: "Publish",
    Story.Status.DRAFT: "Back to draft",
    Story.Status.REJECTED: "Reject",
    Story.Status.KILLED: "Kill",
}


def story_review_context(story: Story) -> dict:
    deliveries = Delivery.objects.filter(story=story).order_by("-received_at", "-id")
    latest = deliveries.first()
    pieces = list(story.removed or [])
    raw_html, found = mark_removed(latest.body_text[:RAW_DISPLAY_LIMIT], [p.get("text", "") for p in pieces]) if latest else ("", [False] * len(pieces))
    pending = story.pending_update or None
    return {
        "delivery": latest,
        "delivery_count": deliveries.count() if latest else 0,
        "raw_html": raw_html,
        "raw_truncated": bool(latest and latest.size > RAW_DISPLAY_LIMIT),
        "cleaned_html": nh3.clean(story.body_html or ""),
        "removed": [
            {"index": i, "text": p.get("text", ""), "rule": p.get("rule", ""), "in_raw": found[i]}
            for i, p in enumerate(pieces)
        ],
        "originals": [
            ("Headline", story.headline, story.original_headline),
            ("Byline", story.byline, story.byline_raw),
            ("Dateline", story.dateline, story.dateline_raw),
        ],
        "pending_version": pending.get("version") if pending else None,
        "pending_diff": pending_update_diff(_current_fields(story), pending.get("fields", {})) if pending else [],
        "wire_notice": wire_notice_message(story),
        "urgency_badge": urgency_badge(story.urgency),
        "embargoed_until": story.embargoed_until if story.embargoed_until and story.embargoed_until > timezone.now() else None,
        # Kill is never among these: it has its own confirmation page, away from Publish.
        "workflow": [(to, ACTION_LABELS[to]) for to in next_statuses(story.status) if to != Story.Status.KILLED],
        "with_next": [to for to in next_statuses(story.status) if to in (Story.Status.APPROVED, Story.Status.PUBLISHED)],
        "can_kill": Story.Status.KILLED in next_statuses(story.status),
        "flagged": flagged_lines(story),
        "history": story_recent_history(story),
    }


def flagged_lines(story: Story) -> list[dict]:
    """The doubtful lines as the page lists them; `index` is the flag's place in `Story.flagged` (what the
    Keep and Remove buttons send), `removable` whether it names a line of the body (not a note about the item)."""
    return [
        {
            "index": index, "text": flag.get("text", ""), "rule": flag.get("rule", ""), "reason": flag.get("reason", ""),
            "removable": bool(flag.get("text")) and flag.get("block") is not None,
        }
        for index, flag in enumerate(story.flagged or []) if isinstance(flag, dict)
    ]


_NOTICE_TEXT = {
    "kill": "The wire KILLED this story (version {version}): it must not run. It was taken out of the feed.",
    "withheld": "The wire put this story ON HOLD (version {version}): do not publish until it is released.",
    "correction": "The wire sent a CORRECTION (version {version}): check the copy before it runs again.",
    "released": "The wire RELEASED its hold (version {version}).",
}


def wire_notice_message(story: Story) -> dict | None:
    """The wire's latest correction, hold or kill notice as the editor should read it."""
    notice = story.wire_notice or None
    if not notice:
        return None
    template = _NOTICE_TEXT.get(notice.get("kind", ""), "The wire sent a {kind} notice (version {version}).")
    return {
        "kind": notice.get("kind", ""),
        "message": template.format(kind=notice.get("kind", ""), version=notice.get("version", "?")),
        "note": notice.get("note", ""),
        "pubstatus": notice.get("pubstatus", ""),
    }


_HISTORY_TYPES = {"+": "created", "~": "changed", "-": "deleted"}
# History names changed fields in words: "Body" for body_html, as the form labels it.
_FIELD_NAMES = {"body_html": "body", "pending_update": "newer wire version", "wire_notice": "wire notice"}


def story_recent_history(story: Story, limit: int = 10) -> list[dict]:
    """Who did what and when, newest first, with the fields each save changed."""
    records = list(story.history.select_related("history_user").order_by("-history_date", "-history_id")[: limit + 1])
    rows = []
    for record, previous in zip(records[:limit], records[1:] + [None]):
        changed = []
        if previous is not None:
            changed = [c.field for c in record.diff_against(previous, excluded_fields=["updated_at", "lock_version"]).changes]
        rows.append({
            "when": record.history_date,
            "who": record.history_user.get_username() if record.history_user else "wire",
            "what": _HISTORY_TYPES.get(record.history_type, record.history_type),
            "status": record.status,
            "changed": [_FIELD_NAMES.get(name, name.replace("_", " ")) for name in changed],
            "reason": record.history_change_reason or "",
        })
    return rows


def _current_fields(story: Story) -> dict:
    return {field.attname: getattr(story, field.attname) for field in Story._meta.concrete_fields}
