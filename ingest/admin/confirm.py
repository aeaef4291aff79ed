"""The steps that ask for a reason and a confirmation before they act: kill, reject, and undoing a kill.

Rules as data: each step says what its page asks and warns, and the one form (forms.ReasonForm) and
the two templates (one story, several stories) serve them all, so the three pages cannot drift apart.
"""
from __future__ import annotations

from dataclasses import dataclass

from ingest.models import Story
from ingest.services import REASON_MAX_LENGTH
from ingest.services.kills import UNDO_PREFIX


@dataclass(frozen=True)
class ReasonStep:
    verb: str  # "kill": the action's name, the page's element ids (#kill-form, #kill-confirm)
    label: str  # in the breadcrumbs
    to: str  # the status the story goes to (an undo goes back to what it was)
    title_one: str
    title_many: str  # with {count} and {stories}
    warning_one: str
    warning_many: str
    confirm_one: str
    confirm_many: str  # with {count} and {stories}
    cancel_one: str
    help_text: str
    danger: bool  # the red confirmation button
    max_length: int = REASON_MAX_LENGTH


KILL = ReasonStep(
    verb="kill", label="Kill", to=Story.Status.KILLED,
    title_one="Kill this story?", title_many="Kill {count} {stories}?",
    warning_one="It leaves the feed at once and must not run. Only an administrator can restore it, and only shortly after.",
    warning_many="These stories leave the feed at once and must not run. Only an administrator can restore them, "
                 "and only shortly after:",
    confirm_one="Yes, kill this story", confirm_many="Yes, kill {count} {stories}",
    cancel_one="No, back to the story",
    help_text="Why it must not run (legal, wrong story, wire kill…). Kept in the story's history.",
    danger=True,
)

REJECT = ReasonStep(
    verb="reject", label="Reject", to=Story.Status.REJECTED,
    title_one="Reject this story?", title_many="Reject {count} {stories}?",
    warning_one="It will not run. An editor can send it back to draft later.",
    warning_many="These stories will not run. An editor can send them back to draft later:",
    confirm_one="Yes, reject this story", confirm_many="Yes, reject {count} {stories}",
    cancel_one="No, back to the story",
    help_text="Why it will not run (duplicate, off-topic, not for us…). Kept in the story's history.",
    danger=False,
)

UNKILL = ReasonStep(
    verb="unkill", label="Restore", to="",
    title_one="Restore this killed story?", title_many="",
    warning_one="It goes back to what it was before the kill; a published story is served by the feed again, on top.",
    warning_many="",
    confirm_one="Yes, restore this story", confirm_many="",
    cancel_one="No, leave it killed",
    help_text="Why the kill was wrong. Kept in the story's history beside the kill.",
    danger=False,
    max_length=REASON_MAX_LENGTH - len(UNDO_PREFIX),
)

STEPS = {step.verb: step for step in (KILL, REJECT, UNKILL)}


def plural(count: int) -> str:
    return "story" if count == 1 else "stories"
