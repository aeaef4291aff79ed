"""Static check of an editor's regular expression for catastrophic backtracking, on its parse tree.

A textual look for "(x+)+" misses the same shape written another way: `((a)+)+$`, `(a{1,})+$`, or an
alternation whose branches can start the same way under a repetition, `t(?:[^!]|[^!])+!` (each
character can be taken by either branch: 2^n ways to fail). Walking the tree Python's own regex parser
builds catches every spelling of the two shapes that explode exponentially:

- a repetition inside a repetition (both unbounded, or bounded high), and
- alternatives that can begin with the same character, under an unbounded repetition.

Possessive repeats and atomic groups never backtrack, so they are left alone. A pattern this parser
cannot read (syntax only the `regex` module knows) returns None: the caller falls back to its
textual check and timed probes, and run time is bounded per story anyway (`ingest.clean.budget`).
"""
from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    try:
        from re import _constants as C  # noqa: N812
        from re import _parser as sre_parse
    except ImportError:  # Python < 3.11
        import sre_constants as C  # noqa: N812
        import sre_parse

# A bounded repeat this high behaves like an unbounded one for backtracking.
_HIGH = 32
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
_NO_BACKTRACK = tuple(op for op in (getattr(C, "POSSESSIVE_REPEAT", None), getattr(C, "ATOMIC_GROUP", None)) if op)
# Characters the first-character comparison is made over: ASCII, and a few from other scripts.
_ALPHABET = tuple(chr(i) for i in range(32, 127)) + tuple("\t\n\u00a0éßçñøжщ中文’“”—…€")
_CATEGORIES = {
    C.CATEGORY_DIGIT: re.compile(r"\d"), C.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    C.CATEGORY_SPACE: re.compile(r"\s"), C.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    C.CATEGORY_WORD: re.compile(r"\w"), C.CATEGORY_NOT_WORD: re.compile(r"\W"),
}

NESTED = "nested"
OVERLAP = "overlap"


def backtracking_risks(pattern: str) -> set[str] | None:
    """{"nested", "overlap"} found in the pattern (empty when safe), or None when it cannot be parsed here."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = sre_parse.parse(pattern, re.IGNORECASE)
    except (re.error, RecursionError, OverflowError, ValueError, TypeError):
        return None
    found: set[str] = set()
    _walk(list(tree), repeated=False, found=found)
    return found


def _is_loose(lo: int, hi: int) -> bool:
    return hi == C.MAXREPEAT or hi > _HIGH


def _walk(items, *, repeated: bool, found: set[str]) -> None:
    for op, av in items:
        if op in _NO_BACKTRACK:
            continue
        if op in _REPEATS:
            lo, hi, sub = av
            loose = _is_loose(lo, hi)
            if loose and repeated:
                found.add(NESTED)
            if loose and _has_overlapping_branches(list(sub)):
                found.add(OVERLAP)
            _walk(list(sub), repeated=repeated or loose, found=found)
        elif op is C.SUBPATTERN:
            _walk(list(av[-1]), repeated=repeated, found=found)
        elif op is C.BRANCH:
            for alternative in av[1]:
                _walk(list(alternative), repeated=repeated, found=found)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _walk(list(av[1]), repeated=False, found=found)
        elif op is C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _walk(list(branch), repeated=repeated, found=found)


def _has_overlapping_branches(items) -> bool:
    """An alternation (directly, or in groups, in this repeated body) whose branches can start alike."""
    for op, av in items:
        if op is C.SUBPATTERN and _has_overlapping_branches(list(av[-1])):
            return True
        if op is C.BRANCH:
            # The parser factors a shared prefix out ("[^!]|[^!]" -> "[^!](?:|)"), so two branches that
            # can both match nothing are the same overlap seen after that rewrite.
            firsts = [_first(list(alternative)) for alternative in av[1]]
            for i, (one, one_empty) in enumerate(firsts):
                if any(one & other or one_empty and other_empty for other, other_empty in firsts[i + 1:]):
                    return True
    return False


def _first(items) -> tuple[set[str], bool]:
    """The characters a sequence can begin with, and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_one(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_one(op, av) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return _cased(chr(av)), False
    if op is C.NOT_LITERAL:
        return set(_ALPHABET) - _cased(chr(av)), False
    if op is C.ANY:
        return set(_ALPHABET), False
    if op is C.IN:
        return {c for c in _ALPHABET if any(_in_set(av, v) for v in _cased(c))}, False
    if op is C.SUBPATTERN:
        return _first(list(av[-1]))
    if op is C.BRANCH:
        chars, nullable = set(), False
        for alternative in av[1]:
            some, empty = _first(list(alternative))
            chars |= some
            nullable = nullable or empty
        return chars, nullable
    if op in _REPEATS or op in _NO_BACKTRACK:
        sub = av[2] if op in _REPEATS or len(av) == 3 else av
        chars, nullable = _first(list(sub))
        return chars, nullable or (op in _REPEATS and av[0] == 0)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True
    return set(_ALPHABET), True  # back-references and the rest: assume anything


def _cased(c: str) -> set[str]:
    return {c, c.lower(), c.upper()} - {""}


def _in_set(items, c: str) -> bool:
    negate = False
    hit = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or c == chr(av)
        elif op is C.RANGE:
            hit = hit or av[0] <= ord(c) <= av[1]
        elif op is C.CATEGORY:
            pattern = _CATEGORIES.get(av)
            hit = hit or (pattern is None or bool(pattern.match(c)))
    return hit != negate
