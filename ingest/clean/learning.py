"""Learn a source's own boilerplate: whole lines that recur verbatim across many of its recent stories.

A footer or a nag the library does not know yet repeats word for word under
stories about different things. Story text does not: a standing dateline
("WASHINGTON (AP) —") or a standard sentence sits *inside* a paragraph whose
other words differ, so the paragraph as a whole never recurs. Lines are
therefore compared whole (after the cleaner's own normalization), counted
once per distinct story (a resent or updated version of the same story is
not evidence), and a few kinds of line that legitimately repeat are never
suggested: datelines, bylines and lines without words.

With strong evidence (many distinct stories, a large share of the source's
traffic) and no story signal in the line (no reported speech, no quotation,
not a narrative sentence about people), the service makes the rule active at
once: the source's own furniture goes from its next story on, each removal
recorded as "learned" and restorable, and editors can dismiss it. Weaker
evidence stays a suggestion an editor confirms.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ingest.vocabulary import parse_dateline
from ingest.vocabulary.signals import line_signals

from .engine import normalize_line

_BYLINE = re.compile(r"^\s*(by|from)\s+\S", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class StoryLines:
    """One story's body lines (paragraphs, headings, list titles and items) as the cleaner kept them."""

    key: str  # what makes two deliveries the same story: guid, else headline
    lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Suggestion:
    line: str  # the line as it was most often sent
    stories: int  # distinct stories it appeared in
    of: int  # distinct stories looked at


def _is_story_furniture(line: str) -> bool:
    """Lines that repeat in real copy without being boilerplate."""
    if not _WORD.search(line):
        return True
    if _BYLINE.match(line) and len(line.split()) <= 12:
        return True
    return parse_dateline(line.rstrip() + " x") is not None  # a dateline alone, or a paragraph it opens


def recurring_lines(stories: list[StoryLines], *, min_stories: int = 3, min_share: float = 0.3) -> list[Suggestion]:
    """Lines found in at least max(min_stories, min_share of the stories) distinct stories."""
    by_story: dict[str, set[str]] = defaultdict(set)
    spelled: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for story in stories:
        for line in story.lines:
            normalized = normalize_line(line)
            if not normalized or _is_story_furniture(line):
                continue
            by_story[story.key].add(normalized)
            spelled[normalized][" ".join(line.split())] += 1
    total = len(by_story)
    if total == 0:
        return []
    needed = max(min_stories, math.ceil(min_share * total))
    counts: dict[str, int] = defaultdict(int)
    for lines in by_story.values():
        for normalized in lines:
            counts[normalized] += 1
    suggestions = [
        Suggestion(line=max(spelled[normalized].items(), key=lambda kv: kv[1])[0], stories=count, of=total)
        for normalized, count in counts.items()
        if count >= needed
    ]
    return sorted(suggestions, key=lambda s: (-s.stories, s.line))


def carries_story_signal(line: str) -> bool:
    """Whether a recurring line reads like copy: it reports or quotes someone, or narrates in the third person.

    A standard sentence a desk repeats ("The company did not respond to a request for comment.") is copy;
    a platform's footer ("Thanks for reading the Ledger Line! Share it with a neighbor.") is not.
    """
    signals = line_signals(line)
    if signals["reported_speech"] or signals["quotation"]:
        return True
    speaks_to_reader = signals["second_person"] or signals["outlet_voice"] or signals["imperative_opening"]
    return bool(signals["third_person"] and not speaks_to_reader)


def strong_evidence(suggestion: Suggestion, *, min_stories: int, min_share: float) -> bool:
    """Enough distinct stories, and a large enough share of them, to remove the line without asking first."""
    return suggestion.stories >= min_stories and suggestion.stories >= min_share * suggestion.of and not carries_story_signal(
        suggestion.line
    )
