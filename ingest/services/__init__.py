"""Writes: every change to deliveries, stories and sources goes through here."""
from .deliveries import (
    DeliveryOutcome,
    delivery_enqueue,
    delivery_mark_failed,
    delivery_process,
    delivery_receive,
    delivery_reprocess,
    deliveries_sweep,
)
from .sources import source_create_or_update, source_rotate_secret
from .cleaning import (
    boilerplate_learn_all,
    boilerplate_learn_enqueue,
    rule_confirm_suggestion,
    rule_dismiss_suggestion,
    rule_preview,
    source_learn_boilerplate,
    story_restore_removal,
)
from .stories import (
    story_accept_pending_fields,
    story_accept_pending_update,
    story_dismiss_pending_update,
    story_upsert_from_draft,
)
from .editors import EDITOR_PERMISSIONS, editors_group_ensure
from .desk import desk_view_delete, desk_view_save
from .flagged_lines import story_keep_flagged_line, story_remove_flagged_line
from .kills import KillUndoRefused, kill_undo_refusal, story_unkill
from .workflow import REASON_MAX_LENGTH, StaleStoryError, canonical_body_html, next_statuses, story_check_fresh, story_save_edits, story_transition

__all__ = [
    "DeliveryOutcome",
    "deliveries_sweep",
    "delivery_enqueue",
    "delivery_mark_failed",
    "delivery_process",
    "delivery_receive",
    "delivery_reprocess",
    "source_create_or_update",
    "source_rotate_secret",
    "rule_preview",
    "boilerplate_learn_all",
    "boilerplate_learn_enqueue",
    "rule_confirm_suggestion",
    "rule_dismiss_suggestion",
    "source_learn_boilerplate",
    "story_restore_removal",
    "story_keep_flagged_line",
    "story_remove_flagged_line",
    "story_transition",
    "REASON_MAX_LENGTH",
    "StaleStoryError",
    "next_statuses",
    "story_check_fresh",
    "canonical_body_html",
    "story_save_edits",
    "EDITOR_PERMISSIONS",
    "editors_group_ensure",
    "story_upsert_from_draft",
    "story_accept_pending_fields",
    "story_accept_pending_update",
    "story_dismiss_pending_update",
    "desk_view_delete",
    "desk_view_save",
    "KillUndoRefused",
    "kill_undo_refusal",
    "story_unkill",
]
