"""The rules' prefilter: what it derives from a pattern is what every match needs, so it never hides a match."""
from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean import SHIPPED, compile_rule, normalize_line
from ingest.clean.prefilter import (
    CASE_FOLD_SPECIALS, DIGIT, NON_ASCII, NOTHING_KNOWN, LiteralIndex, alternatives, for_rules, pattern_requirements,
    requirement,
)

from .test_cases import BLIND_CASES, CORPUS_CASES


WORD = "abcdefghijklmnopqrstuvwxyz0123456789_"


@pytest.mark.parametrize("pattern,clauses,first,bounds", [
    ("advertisement|sponsored", [{"advertisement", "sponsored"}], "as", (9, 13)),
    ("(read|see) more( here)?", [{"read more", "see more"}], "rs", (8, 14)),
    (r"[^\n]{0,250}\bnewsletters?\b[^\n]{0,120}", [{"newsletter"}], None, (10, 381)),
    (r"follow us on \w+", [{"follow us on "}], "f", (14, float("inf"))),
    (r"\d+ comments", [{" comments"}], {*"0123456789", NON_ASCII}, (10, float("inf"))),
    (r"(?![^\n]*\bsaid\b)subscribe today", [{"subscribe today"}], "s", (15, 15)),
    (r"[\w.+-]+@[\w-]+(\.[\w-]+)+", [{"@"}], {*WORD, ".", "+", "-", NON_ASCII}, (5, float("inf"))),  # "@" is rare enough
    (r"ad|ads", [], "a", (2, 3)),  # two letters are in every line: nothing worth looking for
    (r"©[^\n]{1,300}", [{"©"}], "©", (2, 301)),  # an uncased character matches only itself
    (r"publicité", [{"publicit"}], "p", (9, 9)),  # a cased one beyond ASCII may fold otherwise: the run stops before it
])
def test_what_a_pattern_requires(pattern, clauses, first, bounds):
    found = requirement(pattern)
    assert [set(c) for c in found.clauses] == clauses
    assert found.first_chars == (None if first is None else frozenset(first))
    assert (found.min_len, found.max_len) == bounds


@pytest.mark.parametrize("pattern,prefixes", [
    ("(share|tweet|email)((\\s*[|/]\\s*|\\s)(share|tweet|email))*", {"share", "tweet", "email"}),
    ("((mon|tue)[a-z]*,? )?(jan|feb)[a-z]* \\d+", {"mon", "tue", "jan", "feb"}),  # optional: it, or what follows
    ("((mon|tue)[a-z]*,? )?\\d{1,2} (jan|feb)", {"mon", "tue", DIGIT}),
    ("(read|see) more: \\w+", {"read more: ", "see more: "}),
    ("[^\\n]{0,250}newsletter", None),
    ("(?:the )?\\w+ said", None),
])
def test_how_every_match_begins(pattern, prefixes):
    assert requirement(pattern).prefixes == (None if prefixes is None else frozenset(prefixes))


def test_each_top_level_alternative_has_its_own_requirement():
    found = alternatives(r"(?![^\n]*\bsaid\b)advertisement|[\w ]{1,40} via getty images|(photo|image) \d+ of \d+")
    assert [sorted(map(sorted, r.clauses)) for r in found] == [[["advertisement"]], [[" via getty images"]], [[" of "], ["image ", "photo "]]]
    assert [r.prefixes for r in found] == [frozenset({"advertisement"}), None, frozenset({"photo ", "image "})]
    assert alternatives("a(b|c)") == (requirement("a(b|c)"),)  # not split below the top level


@pytest.mark.parametrize("pattern", [
    r"(?:sponsored){e<=1}",  # fuzzy matching in `regex`, literal braces in `re`
    r"[[:alpha:]]+ news",  # a POSIX class in `regex`
    r"[^[:alpha:]]x",
    r"\p{L}+ newsletter",  # only `regex` reads \p
    r"(?|(a)|(b)) newsletter",  # branch reset
])
def test_an_editor_regex_read_otherwise_by_the_regex_module_requires_nothing(pattern):
    assert requirement(pattern, regex_module=True) == NOTHING_KNOWN


def test_the_case_fold_specials_are_every_character_matching_an_ascii_letter_it_does_not_lower_case_to():
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    found = set()
    for pattern in (re.compile("[a-z]", re.IGNORECASE), regex.compile("[a-z]", regex.IGNORECASE | regex.V0)):
        found |= {c for c in pattern.findall(everything) if not c.isascii()}
    assert found == CASE_FOLD_SPECIALS


def _first_in_turn(line: str, rules) -> object:
    return next((rule for rule in rules if rule.matches(line)), None)


def _corpus_lines() -> list[str]:
    lines = []
    for input_path, _ in CORPUS_CASES + BLIND_CASES:
        if input_path.suffix == ".txt":
            lines += [normalize_line(line) for line in input_path.read_text(errors="replace").splitlines()]
    return [line for line in lines if line]


EDITOR_RULES = (
    compile_rule("rule:1", "Quick Look", is_regex=False, rule_id=1),
    compile_rule("rule:2", r"(?:the )?(?:minister|president) said\b.{0,200}", rule_id=2),
    compile_rule("rule:3", r"[\w ]{0,40}\bweather\b.*", rule_id=3),
    compile_rule("rule:4", r"\d+ \w+( \w+)?", rule_id=4),
)


def test_on_every_corpus_line_the_first_candidate_that_matches_is_the_first_rule_that_matches():
    rules = SHIPPED + EDITOR_RULES
    index = for_rules(rules)
    lines = _corpus_lines()
    assert len(lines) > 3000
    matched = 0
    for line in lines:
        expected = _first_in_turn(line, rules)
        found = next((rules[p] for p in index.candidates(line) if rules[p].matches(line)), None)
        assert found is expected, line
        matched += expected is not None
    assert matched > 100  # the comparison covers lines that match, not only lines that do not


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["share", "ſubscribe", "ıs", "news", "letter", "sign up", " ", "@", "©", "2", "é", "(ap photo/", "x", ")",
                                 "advertisement", "comments", "for", "the", "our", "app", "read more", "K", "-", "."]), max_size=12))
def test_on_made_up_lines_the_prefilter_never_hides_a_match(parts):
    line = normalize_line("".join(parts))
    if not line:
        return
    rules = SHIPPED + EDITOR_RULES
    found = next((rules[p] for p in for_rules(rules).candidates(line) if rules[p].matches(line)), None)
    assert found is _first_in_turn(line, rules)


def test_a_line_with_a_case_fold_special_is_tried_on_every_rule_of_its_length():
    index = LiteralIndex([(requirement("subscribe"),), (requirement("advertisement"),)])
    assert index.candidates("ſubscribe") == [0]  # "ſ" matches "s" when case is ignored: no literal can be trusted
    assert index.candidates("subscribe") == [0] and index.candidates("the mayor said") == []


def test_a_rule_tuple_compiled_again_reuses_the_prefilter_built_for_the_same_patterns():
    first = SHIPPED + (compile_rule("rule:1", r"sponsored by \w+", rule_id=1),)
    regex.purge()  # the next delivery's compile gives a new pattern object with the same source
    again = SHIPPED + (compile_rule("rule:1", r"sponsored by \w+", rule_id=1),)
    assert first[-1].pattern is not again[-1].pattern
    assert for_rules(first) is for_rules(again) is for_rules(list(again))
    assert for_rules(SHIPPED + (compile_rule("rule:2", r"paid for by \w+", rule_id=2),)) is not for_rules(first)


# --- patterns made up with a line each matches: the prefilter must admit the line ---------------------------

_WORDS = st.sampled_from(["share", "news", "letter", "sign up", "the", "ad", "app", "©", "(ap", "é", "ſ", "x", "12", "2025", "@"])


@st.composite
def _pattern_and_match(draw, depth: int = 0):
    """(a regular expression, a string it matches whole), built together from a small grammar."""
    kind = draw(st.sampled_from(["word", "word", "class", "digits", "any", "optional", "branch", "sequence", "repeat",
                                 "lookahead", "category"] if depth < 3 else ["word", "class", "digits", "category"]))
    if kind == "word":
        word = draw(_WORDS)
        return re.escape(word), word
    if kind == "class":
        chars = draw(st.lists(st.sampled_from(list("aesx1 -é©")), min_size=1, max_size=4, unique=True))
        return "[" + "".join(re.escape(c) for c in chars) + "]", draw(st.sampled_from(chars))
    if kind == "digits":
        return r"\d{1,3}", draw(st.sampled_from(["7", "42", "٣", "100"]))  # an Arabic-Indic digit is \d too
    if kind == "category":
        return draw(st.sampled_from([(r"\w+", "word"), (r"\s", " "), (r"\W", "!"), (r"\w", "é")]))
    if kind == "any":
        return r"[^\n]{0,20}", draw(st.sampled_from(["", "the mayor", "ſay ", "K"]))
    if kind == "optional":
        pattern, example = draw(_pattern_and_match(depth + 1))
        return f"(?:{pattern})?", draw(st.sampled_from([example, ""]))
    if kind == "branch":
        options = draw(st.lists(_pattern_and_match(depth + 1), min_size=2, max_size=3))
        return "(?:" + "|".join(p for p, _ in options) + ")", draw(st.sampled_from(options))[1]
    if kind == "repeat":
        pattern, example = draw(_pattern_and_match(depth + 1))
        times = draw(st.integers(1, 3))
        return f"(?:{pattern}){{1,3}}", example * times
    if kind == "lookahead":
        pattern, example = draw(_pattern_and_match(depth + 1))
        return f"(?!zzz){pattern}", example
    parts = draw(st.lists(_pattern_and_match(depth + 1), min_size=2, max_size=4))
    return "".join(p for p, _ in parts), "".join(e for _, e in parts)


@settings(max_examples=400, deadline=None)
@given(st.lists(_pattern_and_match(), min_size=1, max_size=4), st.data())
def test_a_line_a_rule_matches_is_always_among_its_candidates(made, data):
    """Whatever the pattern, compiled by `re` (shipped) or `regex` (an editor's), the line it matches gets through."""
    engine = data.draw(st.sampled_from(["re", "regex"]))
    compiled = [re.compile(p, re.IGNORECASE) if engine == "re" else regex.compile(p, regex.IGNORECASE | regex.V0)
                for p, _ in made]
    index = LiteralIndex([pattern_requirements(c) for c in compiled])
    for position, (pattern, (_, example)) in enumerate(zip(compiled, made)):
        line = data.draw(st.sampled_from([example, example.lower(), example.upper()]))
        if line and pattern.fullmatch(line) and line == line.lower():  # the cleaner matches non-empty lower-case lines
            candidates, may_begin = index.scan(line)
            assert position in candidates and may_begin, (pattern.pattern, line)
