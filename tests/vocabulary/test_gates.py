"""Gated searches: a signal's search run with only the alternatives a line's literals leave open finds what the whole
pattern finds, on every corpus line and on made-up ones, and case folding is `re`'s own on every code point."""
from __future__ import annotations

import re
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.vocabulary import signals, words
from ingest.vocabulary.gates import DIGIT, SearchGate, fold, fold_literal

from ..clean.test_cases import BLIND_CASES, CORPUS_CASES

GATED = {
    "relative time": (signals._RELATIVE_TIME, signals._RELATIVE_TIME_GATE),
    "count": (signals._COUNT, signals._COUNT_GATE),
    "chrome join": (signals._CHROME_JOIN, signals._CHROME_JOIN_GATE),
    "link": (signals._URL, signals._URL_GATE),
    "contact": (signals._CONTACT, signals._CONTACT_GATE),
    "rights notice": (signals._RIGHTS_NOTICE, signals._RIGHTS_NOTICE_GATE),
    "update notice": (signals._UPDATE_NOTICE, signals._UPDATE_NOTICE_GATE),
    "related opening": (signals._RELATED_OPENING, signals._RELATED_OPENING_GATE),
    "mail speaking of itself": (signals.MAIL_DISCLAIMER_SELF, signals.MAIL_DISCLAIMER_SELF_GATE),
}


def test_alternatives_sharing_an_opening_the_parser_took_out_are_still_gated_one_by_one():
    # r"\bthis (?:e-?mail|...)\b|\bce (?:message|...)\b|...": parsed as \b(?:this ...|ce ...), read from the source
    gate = signals.MAIL_DISCLAIMER_SELF_GATE
    assert len(gate.branches) == len(gate.clauses) == 20 and gate.gated
    assert gate.pattern_for(signals._GATES.atoms("The police said since then, once a week")) is None  # "ce " alone
    assert gate.search("Ce message est confidentiel").group(0) == "Ce message"
    assert gate.search("FYRIRVARI: Þessi tölvupóstur er trúnaðarmál").group(0) == "Þessi tölvupóstur"
    assert gate.search("Vui lòng không trả lời email này.").group(0) == "email này"  # the noun before its "this"


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in matches]


def _same(pattern: re.Pattern, gate: SearchGate, line: str) -> None:
    assert _spans(gate.finditer(line)) == _spans(pattern.finditer(line)), (pattern.pattern[:60], line)
    assert bool(gate.search(line)) == bool(pattern.search(line)), (pattern.pattern[:60], line)
    assert bool(gate.search(line, fold(line))) == bool(pattern.search(line))
    # As a line's signals read it: every gate's atoms found at once (GateSet), each gate reading what it needs.
    in_signals = any(gate is known for _, known in GATED.values())
    atoms = signals._GATES.atoms(line) if in_signals else gate.atoms(line)
    assert _spans(gate.finditer_holding(line, atoms)) == _spans(pattern.finditer(line))


def test_fold_is_how_a_case_insensitive_re_pattern_compares_characters_on_every_code_point():
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and c != 0x130)
    folded = fold(everything)
    assert folded is not None and len(folded) == len(everything)  # one character for one
    by_fold: dict[str, set[str]] = defaultdict(set)
    for original, seen in zip(everything, folded):
        by_fold[seen].add(original)
    # Every character of every gated pattern's literals, the Latin and Greek alphabets and a few odd ones.
    chars = {c for gate in (g for _, g in GATED.values()) for clauses in gate.clauses for clause in clauses
             for atom in clause if atom != DIGIT for c in atom}
    chars |= set("abcdefghijklmnopqrstuvwxyzαβγδεζηθικλμνξοπρστυφχψωσςµſıкω") | {"\u0345", "\u1fbe", "\u212a"}
    assert len(chars) > 60
    for char in sorted(chars):
        matched = set(re.findall(re.escape(char), everything, re.IGNORECASE))
        assert matched == by_fold[fold_literal(char)], char


def test_a_line_with_a_dotted_capital_i_is_searched_with_the_whole_pattern():
    assert fold("İzinsiz çoğaltılamaz") is None
    pattern, gate = GATED["rights notice"]
    assert bool(gate.search("İZİNSİZ kopyalanamaz")) == bool(pattern.search("İZİNSİZ kopyalanamaz"))


def test_the_gates_derive_what_each_alternative_needs():
    _, relative = GATED["relative time"]
    assert len(relative.branches) == len(relative.clauses) > 10  # split into its alternatives
    assert (frozenset({DIGIT}), frozenset({"ago"})) in relative.clauses
    assert all(gate._gated for _, gate in GATED.values())
    # An alternative that may match any line leaves the pattern ungated: it is always run whole.
    assert not SearchGate(re.compile(r"copyright|\w+", re.IGNORECASE))._gated
    assert not SearchGate(re.compile(r"(?<=\s)[A-Z][a-z]+"))._gated


def _corpus_lines() -> list[str]:
    lines = []
    for input_path, _ in CORPUS_CASES + BLIND_CASES:
        if input_path.suffix == ".txt":
            lines += [line.strip() for line in input_path.read_text(errors="replace").splitlines() if line.strip()]
    return lines


@pytest.mark.parametrize("name", sorted(GATED))
def test_on_every_corpus_line_a_gated_search_finds_what_the_whole_pattern_finds(name):
    pattern, gate = GATED[name]
    lines = _corpus_lines()
    assert len(lines) > 3000
    found = 0
    for line in lines:
        for variant in (line, line.upper()):
            _same(pattern, gate, variant)
        found += bool(pattern.search(line))
    assert found > 0  # the comparison covers lines that match, not only lines that do not


@pytest.mark.parametrize("line", [
    "harborfan22 · 2 hours ago", "vor 3 Stunden", "HACE 5 MINUTOS", "il y a 3 heures", "2 timmar sedan", "5 saat önce",
    "πριν από 2 ώρες", "ΠΡΙΝ 2 ΩΡΕΣ", "saa 2 zilizopita", "2 oras na ang nakalipas", "Maria K. 3h", "just now · Reply",
    "Yesterday at 4:15", "ALL RIGHTS RESERVED", "© 2025 Gazette", "ΧΩΡΊΣ ΆΔΕΙΑ", "χωρίς άδεια", "Tüm hakları saklıdır",
    "TÜM HAKLARI SAKLIDIR", "ſyndication", "This is a developing story.", "ARTIKELN UPPDATERAS", "Ενημερώνεται",
    "Comments (14)", "Σχόλια (4)", "14 replies", "(3)", "Reply · Report", "Share | Email | Print",
    "Media contact: +1 (555) 010-2030", "visit www.example.com", "https://apnews.com", "write to me@example.org",
    "The council approved the harbor budget on Tuesday.", "Chicago, 12 years ago", "١٢ hours ago", "3h",
])
def test_made_up_lines_of_every_shape(line):
    for pattern, gate in GATED.values():
        for variant in (line, line.upper(), line.lower(), line.title()):
            _same(pattern, gate, variant)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["2", "12", "٣", " ", "hours", "ago", "min", "h", "vor", "hace", "il y a", "copyright",
                                 "©", "ſ", "ı", "İ", "K", "σ", "ς", "Σ", "·", "|", "(", ")", "replies", "www.", ".com",
                                 "http://", "@", "contact:", "+1", "-", "reproduc", "sedan", "geleden", "x", "άδεια",
                                 "χωρίς", "developing story", "Just now", "AGO"]), max_size=12))
def test_on_made_up_lines_a_gated_search_never_differs(parts):
    line = "".join(parts)
    for pattern, gate in GATED.values():
        _same(pattern, gate, line)


def test_a_zero_group_holds_only_when_every_signal_of_it_is_zero():
    """The model's bound takes a group's signals as 0 when the group's test holds: on every corpus line, they are."""
    held = dict.fromkeys(signals.ZERO_GROUPS, 0)
    for line in _corpus_lines() + ["Advertisement", "Subscribe to our newsletter", "© 2025 Gazette · 2 hours ago"]:
        for variant in (line, line.upper()):
            read = signals._Line(variant[:1000])
            for group, (test, members, _) in signals.ZERO_GROUPS.items():
                if test(read):
                    held[group] += 1
                    assert all(signals._SIGNALS[name](signals._Line(variant[:1000])) == 0 for name in members), (group, variant)
    assert all(count > 100 for count in held.values())  # each group's test holds on many lines
    assert signals.ZERO_GROUPS["no atoms"][1]  # the gated signals are all in it


@pytest.mark.parametrize("suffix", ["", ".", '."', "!)", "?”’", "…]", ")", ".x", " .", ".\n"])
def test_a_sentence_end_is_read_at_the_end_as_the_pattern_finds_it(suffix):
    for line in _corpus_lines()[:2000] + ["", "'", "...", "Go!", "“Yes.”"]:
        text = (line + suffix).strip()
        assert signals._ends_sentence(text) == bool(signals._SENTENCE_END.search(text)), text


def test_a_gate_compiles_a_bounded_number_of_patterns_and_then_runs_the_whole_one():
    words = [f"{chr(ord('a') + n)}zq{n}" for n in range(12)]  # no prefix in common: the parser keeps 12 alternatives
    pattern = re.compile("|".join(rf"{word}\b" for word in words), re.IGNORECASE)
    gate = SearchGate(pattern)
    assert len(gate.branches) == 12 and gate.gated
    lines = [" ".join(word for n, word in enumerate(words) if mask >> n & 1) for mask in range(1, 400)]
    for line in lines:
        _same(pattern, gate, line)
    assert len(gate._by_open) <= 64 and gate.pattern_for(gate.atoms(lines[-1])) in (gate.pattern, *gate._by_open.values())


def test_one_open_alternative_runs_its_own_pattern_and_a_long_alternation_runs_the_whole_one():
    """Each alternative alone is compiled with the gate; a line opening several whose sources are long together runs the
    whole pattern instead of compiling them anew. The matches are the pattern's either way."""
    from ingest.vocabulary import gates

    long_words = [f"lq{n:04d}x" for n in range(200)]  # one alternative longer than a subset compiled while reading
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(long_words) + r")|zzq\d|yyq", re.IGNORECASE)
    gate = SearchGate(pattern)
    assert len(gate.branches) == 3 and gate.gated and len(gate._alone) == 3
    assert len(gate.branches[0]) > gates._MAX_SUBSET_SOURCE
    for line in ["x lq0007x y", "yyq", "zzq1 and yyq", "LQ0199X, zzq7", "lq0100x yyq zzq3", "nothing here", "zzq"]:
        _same(pattern, gate, line)
    assert gate.pattern_for(gate.atoms("x lq0007x y")) is gate._alone[0]
    assert gate.pattern_for(gate.atoms("lq0100x yyq")) is gate.pattern  # long together: not compiled again
    assert gate.pattern_for(gate.atoms("zzq1 yyq")).pattern == "zzq\\d|yyq"  # short together: compiled, once


def test_a_lines_words_are_read_alike_whether_it_is_ascii_or_not():
    # The ASCII reading's character sets are _WORD's on every lower-cased ASCII character.
    for code in range(128):
        char = chr(code).lower()
        assert bool(re.fullmatch(r"[a-z]", char)) == bool(re.fullmatch(r"[^\W\d_]", char)), code
        assert bool(re.fullmatch(r"[a-z0-9_'-]", char)) == bool(re.fullmatch(r"[\w'’-]", char)), code
    for line in _corpus_lines() + ["Don't STOP-the-press’s 2nd_edition", "É a ÚLTIMA"]:
        read = signals._Line(line)
        assert read.words == signals.words_of(line.strip())
        assert read.raw_words == signals._WORD.findall(line.strip())


_RELATIVE_TIME_AS_FIRST_WRITTEN = words.RELATIVE_TIME.replace(
    r"(?-i:\d(?<!\w\d)\d?\s?(?:h|hr|min|d|w)\b)", r"(?-i:\b\d{1,2}\s?(?:h|hr|min|d|w)\b)").replace(
    r"|\bhá \d+ \w+|\bha \d+ \w+", r"|\bh[áa] \d+ \w+")


def test_the_relative_time_pattern_finds_what_it_found_as_first_written():
    """RELATIVE_TIME's "3h" opens with its digit (`\\d(?<!\\w\\d)\\d?` for `\\b\\d{1,2}`) and "há"/"ha" are two alternatives:
    the same matches, on every corpus line and on made-up lines."""
    assert _RELATIVE_TIME_AS_FIRST_WRITTEN != words.RELATIVE_TIME
    before = re.compile(_RELATIVE_TIME_AS_FIRST_WRITTEN, re.IGNORECASE)
    now = re.compile(words.RELATIVE_TIME, re.IGNORECASE)
    made_up = ["5h", "a5h", "_5h", "é5h", "٣h", "(5h)", "5h/", "5hr", "05 min", "555h", "x 3d ago", "1w.", "há 3 dias",
               "HÁ 2 horas", "ha 2 ore", "Aha 2 x", "5 h", "12 min ago", "3 jam lalu"]
    for line in _corpus_lines() + made_up:
        assert _spans(now.finditer(line)) == _spans(before.finditer(line)), line


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789 hHáÁaAdwmirn_x-/.é٣", max_size=30))
def test_the_relative_time_pattern_finds_what_it_found_as_first_written_in_made_up_text(text):
    before = re.compile(_RELATIVE_TIME_AS_FIRST_WRITTEN, re.IGNORECASE)
    now = re.compile(words.RELATIVE_TIME, re.IGNORECASE)
    assert _spans(now.finditer(text)) == _spans(before.finditer(text))
