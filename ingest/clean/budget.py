"""A time budget per editor regex per story, on top of the engine's bound per line.

A per-line timeout alone is not a bound: a pattern that takes just under it on every line
(`t(?:[^!]|[^!])+!` at 0.04 s a line) still costs 120 s on a 3,000-paragraph story. So each
compiled editor rule carries a budget: the time all its matches in one story may take together.
Once spent, the rule is not tried on the rest of that story's lines (they are kept, never removed
by a rule that did not finish) and the story is flagged with why, naming the rule. The delivery
service counts such overruns per rule and turns off one that keeps overrunning
(`ingest.services.deliveries`), telling editors on the rules list.
"""
from __future__ import annotations

import time

STORY_BUDGET_SECONDS = 0.25
OVERRUN_REASON = "time budget"


class StoryBudget:
    """Mutable state shared by one compiled rule across the lines of the story being cleaned."""

    def __init__(self, seconds: float = STORY_BUDGET_SECONDS):
        self.seconds = seconds
        self.spent = 0.0
        self.skipped = 0

    @property
    def exhausted(self) -> bool:
        return self.spent >= self.seconds

    def fullmatch(self, pattern, line: str, per_line: float):
        """The match, bounded by the per-line timeout and what is left of the story's budget; False once spent.

        Raises TimeoutError like `regex` does when this line ran out of time.
        """
        if self.exhausted:
            self.skipped += 1
            return False
        left = self.seconds - self.spent
        started = time.perf_counter()
        try:
            return pattern.fullmatch(line, timeout=max(0.001, min(per_line, left)))
        except TimeoutError:
            if left <= per_line:  # stopped at what was left of the story's budget: it is spent, whatever our clock
                self.spent = max(self.spent, self.seconds)  # says (regex reads time its own way, a hair apart)
            raise
        finally:
            self.spent += time.perf_counter() - started

    def settle(self, rule_name: str) -> dict | None:
        """The story's flag when the budget ran out (None otherwise); the budget starts afresh for the next story."""
        flag = None
        if self.exhausted:
            flag = {
                "text": f"({rule_name})",
                "rule": rule_name,
                "reason": f"{rule_name} used up its {OVERRUN_REASON} of {self.seconds:g} s on this story and was not "
                          f"tried on {self.skipped} more line(s); they were kept",
                "block": None, "item": None, "overrun": True,
            }
        self.spent, self.skipped = 0.0, 0
        return flag


def overrun_rule_ids(flagged: list[dict]) -> list[int]:
    """Editor rules (by pk) that ran out of their budget on a story, from its flags."""
    ids = []
    for flag in flagged:
        name = flag.get("rule", "") if isinstance(flag, dict) and flag.get("overrun") else ""
        prefix, _, number = name.partition(":")
        if prefix in ("rule", "learned") and number.isdigit():
            ids.append(int(number))
    return ids
