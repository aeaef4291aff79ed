"""A line's work done once for all its readers gives what each reader found by itself: the gate atoms found on the
line with its whitespace collapsed (read by its signals and by the rights-notice label), and the model's bound
walking a plan worked out once."""
from __future__ import annotations

import math

import pytest

from ingest.clean import labels
from ingest.clean.scoring import _BOUND_MARGIN, POSITION_NAMES, shipped_model
from ingest.vocabulary import signals
from ingest.vocabulary import gates

from .test_gates import GATED, _corpus_lines


def _paragraphs() -> list[str]:
    """Corpus lines, alone and as a plain-text wire wraps them (several lines of a paragraph joined by line breaks),
    with odd whitespace: runs of spaces, tabs, no-break and ideographic spaces."""
    lines = _corpus_lines()
    wrapped = ["\n".join(lines[i:i + 3]) for i in range(0, len(lines), 3)]
    odd = [line.replace(" ", "  ", 2).replace(" ", "\t", 1).replace(" ", "\xa0", 1).replace(" ", "\u3000", 1)
           for line in lines[::5]]
    return lines + wrapped + odd + ["  © 2025\nGazette  ", "All\nrights reserved", "2\nhours ago", "vor 3\xa0Stunden"]


def test_no_gate_literal_holds_whitespace_but_single_spaces():
    assert signals._COLLAPSING_KEEPS_ATOMS


def test_the_atoms_of_a_collapsed_line_hold_every_atom_of_the_line_and_its_searches_find_the_same():
    for text in _paragraphs():
        line = signals._Line(text)
        own = signals._GATES.atoms(line.stripped)
        if own is not None and line.atoms is not None:
            assert own <= line.atoms, text
        for name, (pattern, gate) in GATED.items():
            assert bool(line.search(gate)) == bool(pattern.search(line.stripped)), (name, text)
        assert [m.span() for m in line.relative_times] == [m.span() for m in signals._RELATIVE_TIME.finditer(line.stripped)]


def test_the_rights_notice_wording_reads_the_atoms_found_for_the_line_once(monkeypatch):
    text = "Copyright 2025 The Harbour Times. All rights reserved.\nRedistribution is prohibited."
    calls = []
    walk = gates._Many.found  # an Aho-Corasick pass over a line
    monkeypatch.setattr(gates._Many, "found", lambda self, folded: calls.append(folded) or walk(self, folded))
    signals._atoms_of.cache_clear()
    signals._collapsed.cache_clear()
    signals._signals_of.cache_clear()
    labels.label_rule(text, at_story_end=True)
    signals.line_signals(text)["rights_notice"]
    assert len(calls) == 1  # one Aho-Corasick pass for the label and the line's signals, on the collapsed line
    stems = {m.group(0).casefold() for m in signals._RIGHTS_NOTICE.finditer(signals.collapsed(text))}
    assert signals.rights_notice_wording(signals.collapsed(text)) == (len(stems), bool(stems & signals._FORBIDDING))


def _reference_falls_short(values: signals.LineSignals, plan, z: float, slack: float, target: float) -> bool:
    """The bound as it was first written: a set of the signals counted so far, kept for every line."""
    if z + slack < target:
        return True
    done: set[str] = set()
    for name, weight, members in plan:
        if members is None:
            if name in done:
                continue
            z += weight * values[name]
            if weight > 0:
                slack -= weight
            done.add(name)
        else:
            if not signals.ZERO_GROUPS[name][0](values._line):
                continue
            for member, member_weight in members:
                if member in done:
                    continue
                z += member_weight * 0.0
                if member_weight > 0:
                    slack -= member_weight
                done.add(member)
        if z + slack < target:
            return True
    return False


@pytest.mark.parametrize("position", [(0.0, 0.0, 0.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)])
def test_the_bound_walking_its_plan_decides_every_corpus_line_as_the_reference_walk(position):
    model = shipped_model()
    plan, slack = model._bound_plan
    features = dict(zip(POSITION_NAMES, position))
    z = model.bias + sum(model.weights.get(name, 0.0) * value for name, value in features.items())
    reached = 0
    for threshold in (model.flag, model.remove):
        target = math.log(threshold / (1 - threshold)) - _BOUND_MARGIN
        for text in _paragraphs()[::2]:
            walked = signals.LineSignals(text[:1000]).falls_short(plan, z, slack, target)
            assert walked == _reference_falls_short(signals.LineSignals(text[:1000]), plan, z, slack, target), text
            assert model.may_reach(signals.LineSignals(text[:1000]), features, threshold) is not walked
            if not walked:
                reached += 1
                continue
            # Short of the threshold: the line's probability, from every signal, is below it.
            assert model.probability({**signals.LineSignals(text[:1000]), **features}) < threshold, text
    assert reached > 50  # the lines that may reach a threshold are compared too


def test_only_a_line_the_signals_read_whole_is_remembered_collapsed():
    signals._collapsed.cache_clear()
    long_line = "word  " * 400  # 2,400 characters
    assert signals.collapsed(long_line) == " ".join(long_line.split())
    assert signals._collapsed.cache_info().currsize == 0
    assert signals.collapsed("a \n b") == "a b" and signals._collapsed.cache_info().currsize == 1


def test_a_labels_search_with_the_lines_atoms_finds_what_the_vocabularys_pattern_finds():
    from ingest.vocabulary.words import MAIL_DISCLAIMER_SELF, UPDATE_NOTICE

    lines = _paragraphs() + ["This e-mail is confidential.", "We're following this story and will add details.",
                             "Esta noticia está en desarrollo", "CE MESSAGE est confidentiel", "İZİN VERİLMEZ this email"]
    for gate, pattern in ((signals.MAIL_DISCLAIMER_SELF_GATE, MAIL_DISCLAIMER_SELF), (signals.UPDATE_NOTICE_GATE, UPDATE_NOTICE)):
        assert gate.pattern is pattern
        found = 0
        for text in lines:
            line = signals.collapsed(text)
            expected = pattern.search(line)
            got = signals.search_line(gate, line)
            assert (got and got.span()) == (expected and expected.span()), text
            found += bool(expected)
        assert found > 0


def test_a_gate_remembers_its_pattern_by_the_atoms_it_needs_not_by_other_gates_atoms():
    gate = signals._RIGHTS_NOTICE_GATE
    others = sorted(signals._GATES.literals - gate.literals)[:20]
    assert len(others) == 20
    gate._by_atoms.clear()
    own = frozenset({"copyright"}) & gate.literals
    assert own
    pattern = gate.pattern_for(own)
    for other in others:
        assert gate.pattern_for(own | {other}) is pattern
    assert len(gate._by_atoms) == 1  # one key for all those lines
    assert gate.pattern_for(frozenset(others)) is None  # none of its atoms: nothing to run
