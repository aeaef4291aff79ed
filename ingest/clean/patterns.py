"""Vet an editor's rule before it is saved: it must compile, and must not backtrack catastrophically.

Two checks, because neither alone is enough: a static look at the parse tree
for the shapes that explode (`ingest.clean.redos`: a repetition inside a
repetition however spelled, `(a+)+`, `((a)+)+`, `(a{1,})+`, and alternatives
that can match the same text under a repetition, `(?:[^!]|[^!])+`), and a timed
run against strings built to trigger backtracking. At run time the engine also
bounds each match per line and each rule per story (`ingest.clean.budget`), so a
pattern that slips through can only miss lines, never stall a worker.
"""
from __future__ import annotations

import re

import regex

from .engine import normalize_line
from .redos import NESTED, OVERLAP, backtracking_risks

PROBE_TIMEOUT = 0.2
# A group holding an unbounded quantifier, itself repeated: (x+)+, (\w+\s?)*, (a|b+){2,} ...
_NESTED_QUANTIFIER = re.compile(r"\((?:\?:)?(?:[^()\\]|\\.)*?(?<!\\)[+*](?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,)")
_PROBES = ("a" * 40 + "!", "aaaa " * 30 + "!", "ab" * 40 + "!", " " * 60 + "x", "1" * 50 + "x", "a-" * 40 + "!",
           "a" * 40, "t" + "a" * 40, "1" * 50)


def check_pattern(pattern: str, *, is_regex: bool) -> list[str]:
    """Problems that stop a rule being saved; empty when it is safe."""
    if not pattern.strip():
        return ["The pattern is empty."]
    if not is_regex:
        if not normalize_line(pattern):
            return ["The phrase has no words once punctuation is ignored."]
        return []
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE | regex.V0)
    except regex.error as exc:
        return [f"Not a valid regular expression: {exc}."]
    problems = []
    risks = backtracking_risks(pattern)
    if risks is None:  # syntax only `regex` reads: the textual look, then the probes
        risks = {NESTED} if _NESTED_QUANTIFIER.search(pattern) else set()
    if OVERLAP in risks:
        problems.append(
            "The pattern repeats a choice whose alternatives can match the same text (like (?:[^!]|[^!])+), "
            "which can backtrack catastrophically; merge the alternatives into one character class or wording."
        )
    if NESTED in risks:
        problems.append(
            "The pattern nests quantifiers (like (a+)+), which can backtrack catastrophically; "
            "rewrite it without the outer repetition."
        )
    for probe in _PROBES:
        try:
            compiled.fullmatch(probe, timeout=PROBE_TIMEOUT)
        except TimeoutError:
            problems.append("The pattern takes too long on some lines (catastrophic backtracking); simplify it.")
            break
    if compiled.fullmatch(""):
        problems.append("The pattern matches an empty line; it would match nothing useful.")
    return problems
