"""Boilerplate as a scored decision: a small linear model over general signals, for lines no rule names.

The shipped library removes what is certain; the next platform words its
nags differently, so a line the library does not know is weighed by what it
looks like (ingest/vocabulary/signals.py) and where it sits in the item:
above the story, after its last paragraph, or alone between paragraphs.

The weights are fitted offline by `scripts/fit_boilerplate_model.py` on the
repository's case folders and shipped in `boilerplate_model.json`; the
script measures the model only on rounds it was not fitted on (leave one
round out). Two thresholds turn the probability into a decision: at or
above `remove` the line is removed (recorded, restorable, rule "scored"),
at or above `flag` it is kept and flagged for the editor. Reported speech
and quotations are never removed by score: a story that quotes a prompt
keeps it.
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from ingest.items import PARAGRAPH, Block
from ingest.vocabulary.signals import SIGNAL_COSTS, SIGNAL_NAMES, ZERO_GROUPS, line_signals

MODEL_PATH = Path(__file__).with_name("boilerplate_model.json")
POSITION_NAMES = ("before_story", "after_story", "lone_between_paragraphs")
FEATURE_NAMES = SIGNAL_NAMES + POSITION_NAMES


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    remove: float
    flag: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    @functools.cached_property
    def _position_weights(self) -> tuple[float, ...]:
        return tuple(self.weights.get(name, 0.0) for name in POSITION_NAMES)

    @functools.cached_property
    def _bound_plan(self) -> tuple[tuple[tuple[str, float, tuple | None], ...], float]:
        """(the steps reading the weighted signals, those that tell most about the bound for their cost first; the
        sum of the positive weights).

        A signal moves the bound by its weight: a positive one takes its weight off what the unread can add, a
        negative one may lower the line's score (less surely: most lines do not have it, so it counts a third). A
        group (signals.ZERO_GROUPS) takes off its members' positive weights at once when its test holds.
        """
        weighted = {name: self.weights[name] for name in SIGNAL_NAMES if self.weights.get(name)}
        steps = [(n, w, None, (w if w > 0 else -w / 3) / SIGNAL_COSTS.get(n, 1.0)) for n, w in weighted.items()]
        for group, (_, members, cost) in ZERO_GROUPS.items():
            pairs = tuple((m, weighted[m]) for m in members if m in weighted)
            if pairs:
                steps.append((group, 0.0, pairs, sum(w for _, w in pairs if w > 0) / cost))
        steps.sort(key=lambda step: -step[3])
        return tuple(step[:3] for step in steps), sum(w for w in weighted.values() if w > 0)

    def may_reach(self, signals, position: dict[str, float], threshold: float) -> bool:
        """Whether the line's probability can be `threshold` or more, reading only the signals it takes to tell.

        Every signal lies in [0, 1], so one not yet read can add at most its weight when positive: once
        what has been read leaves the line short of the threshold whatever the rest say (a long paragraph
        of reported speech), the remaining scans are not run. An answer of True says nothing more: the
        caller computes the probability itself, as before. Which signals are read first changes only the cost.
        """
        if threshold <= 0.0:
            return True
        if threshold >= 1.0:
            return False
        target = math.log(threshold / (1 - threshold)) - _BOUND_MARGIN
        plan, slack = self._bound_plan
        if type(position) is dict and tuple(position) == POSITION_NAMES:  # position_features' own, summed in its order
            before, after, lone = self._position_weights
            z = self.bias + (before * position["before_story"] + after * position["after_story"]
                             + lone * position["lone_between_paragraphs"])
        else:
            z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in position.items())
        if hasattr(signals, "falls_short"):
            return not signals.falls_short(plan, z, slack, target)
        for name, weight, members in plan:
            if members is None:  # a reader without group tests reads every signal itself
                z += weight * signals[name]
                if weight > 0:
                    slack -= weight
                if z + slack < target:
                    return False
        return True


# Rounding between this bound and `probability` must never decide a line: the bound stops only when clearly short.
_BOUND_MARGIN = 1e-6


@functools.lru_cache(maxsize=1)
def shipped_model() -> Model:
    data = json.loads(MODEL_PATH.read_text())
    return Model(weights=data["weights"], bias=data["bias"], remove=data["thresholds"]["remove"], flag=data["thresholds"]["flag"])


def _is_story_paragraph(block: Block) -> bool:
    """A paragraph that reads as narrative copy: long enough, ended, and not addressed to the reader."""
    return block.kind == PARAGRAPH and _reads_as_story(block.text)


@functools.lru_cache(maxsize=4096)
def _reads_as_story(text: str) -> bool:
    """Asked of each paragraph by the story's span, the thread check and its neighbours' positions: worked out once."""
    signals = line_signals(text)
    return signals["long_line"] >= 15 / 60 and not signals["short_unended"] and not signals["second_person"]


def story_flags(blocks: list[Block]) -> list[bool]:
    """Whether each block is a narrative paragraph: the cleaner works them out once per item, for the story's span
    and every line's neighbours (`story_span(blocks, flags)`, `position_features(..., flags)`)."""
    return [_is_story_paragraph(block) for block in blocks]


def story_span(blocks: list[Block], flags: list[bool] | None = None) -> tuple[int, int]:
    """Indexes of the first and last narrative paragraphs (-1, -1 when there is none); `flags` are
    `story_flags(blocks)` when the caller has them."""
    if flags is None:
        flags = story_flags(blocks)
    story = [i for i, flag in enumerate(flags) if flag]
    return (story[0], story[-1]) if story else (-1, -1)


def position_features(blocks: list[Block], index: int, span: tuple[int, int],
                      flags: list[bool] | None = None) -> dict[str, float]:
    """Where the line stands: above the story, after it, or alone between two of its paragraphs. `flags` are
    `story_flags(blocks)` when the caller has them (else each neighbour is asked)."""
    first, last = span
    if flags is None:
        lone = (
            0 < index < len(blocks) - 1 and first < index < last
            and _is_story_paragraph(blocks[index - 1]) and _is_story_paragraph(blocks[index + 1])
            and not _is_story_paragraph(blocks[index])
        )
    else:
        lone = 0 < index < len(blocks) - 1 and first < index < last and flags[index - 1] and flags[index + 1] \
            and not flags[index]
    return {
        "before_story": float(first >= 0 and index < first),
        "after_story": float(last >= 0 and index > last),
        "lone_between_paragraphs": float(lone),
    }


def features(text: str, blocks: list[Block], index: int, span: tuple[int, int]) -> dict[str, float]:
    return {**line_signals(text), **position_features(blocks, index, span)}


def never_by_score(features_: dict[str, float]) -> bool:
    """Lines a score may flag but never remove: reported speech and quotation are copy's marks."""
    return bool(features_["reported_speech"] or features_["quotation"])


def strongest_signals(features_: dict[str, float], model: Model, count: int = 3) -> list[str]:
    """The signals that pushed this line furthest toward boilerplate, for the editor's record."""
    pushes = sorted(((model.weights.get(n, 0.0) * v, n) for n, v in features_.items() if v), reverse=True)
    return [name for push, name in pushes[:count] if push > 0]
