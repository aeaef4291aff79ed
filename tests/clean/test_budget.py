"""Issue 11.4: an editor regex is bounded per story, not only per line, and says so when it runs out."""
from __future__ import annotations

import regex

from ingest.clean import SHIPPED, clean, compile_rule
from ingest.clean.budget import StoryBudget, overrun_rule_ids
from ingest.items import PARAGRAPH, Block, ParsedItem

SLOW = r"t(?:[^!]|[^!])+!"  # refused by the admin's check; here as if saved around it


def story(paragraphs: int) -> ParsedItem:
    # Each line costs the slow rule ~2^16 steps: well under the per-line timeout, so only a story budget stops it.
    # (Numbered from 1: a word and a bare 0 is an interface's counter to the shipped library, "Amaswi 0".)
    return ParsedItem(format="text", guid="g", headline="Long story", blocks=[
        Block(kind=PARAGRAPH, text=f"t{'a' * 16} {i}") for i in range(1, paragraphs + 1)
    ])


def test_a_rule_that_stays_under_the_line_timeout_is_still_stopped_by_the_story_budget():
    rule = compile_rule("rule:7", SLOW, rule_id=7, story_budget=0.05)
    tried = []
    real = rule.pattern

    class Counting:
        def fullmatch(self, line, timeout=None):
            tried.append(line)
            return real.fullmatch(line, timeout=timeout)

    object.__setattr__(rule, "pattern", Counting())
    cleaned = clean(story(3000), SHIPPED + (rule,))
    assert len(cleaned.item.blocks) == 3000  # every line kept: nothing removed by a rule that did not finish
    assert len(tried) < 3000
    flags = [f for f in cleaned.flagged if f.get("overrun")]
    assert len(flags) == 1 and "rule:7 used up its time budget" in flags[0]["reason"]
    assert overrun_rule_ids(cleaned.flagged) == [7]


def test_the_budget_starts_afresh_for_each_story():
    rule = compile_rule("rule:7", SLOW, rule_id=7, story_budget=0.05)
    clean(story(3000), (rule,))
    assert rule.budget.spent == 0 and rule.budget.skipped == 0
    assert rule.matches("tab!")  # tried again on the next story
    quick = clean(ParsedItem(format="text", guid="h", headline="Short", blocks=[Block(kind=PARAGRAPH, text="tab")]), (rule,))
    assert not [f for f in quick.flagged if f.get("overrun")]


def test_a_fast_rule_never_runs_out():
    # A budget far above what 3,000 plain matches cost even on a loaded machine: the point is that none runs out.
    rule = compile_rule("rule:8", r"advertisement", rule_id=8, story_budget=2.0)
    cleaned = clean(story(3000), (rule,))
    assert not [f for f in cleaned.flagged if f.get("overrun")]


def test_budget_bounds_a_single_match_by_what_is_left():
    budget = StoryBudget(0.02)
    pattern = regex.compile(SLOW)
    try:
        budget.fullmatch(pattern, "t" + "a" * 40, per_line=10.0)
    except TimeoutError:
        pass
    assert budget.exhausted and budget.spent < 1.0
    assert budget.fullmatch(pattern, "tab!", per_line=10.0) is False and budget.skipped == 1
