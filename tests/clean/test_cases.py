"""Every case, every scored field: the corpus must pass each one; the blind rounds are held to their ledger.

The corpus (tests/corpus/) is what the rules were fitted on: every case must
give every expected field, keep every boilerplate line out of the body and
remove no story text. A pooled figure would let a lost line hide.

The blind rounds (tests/blind/round-N/) are kept exactly as their writers
wrote them. What the product still gets wrong on each is written down in
tests/blind/ledger.json; this test fails when a case gets worse than the
ledger says (a regression) and also when it gets better (update the ledger,
so the README's figures stay true).
"""
import json
from pathlib import Path

import pytest

from ingest.clean.evaluation import corpus_case_files, evaluate_case

TESTS = Path(__file__).resolve().parent.parent
CORPUS = TESTS / "corpus"
BLIND = TESTS / "blind"
LEDGER = json.loads((BLIND / "ledger.json").read_text())


def _case_ids(pairs):
    return [inp.name for inp, _ in pairs]


CORPUS_CASES = corpus_case_files(CORPUS)
BLIND_CASES = [pair for folder in sorted(BLIND.glob("round-*")) for pair in corpus_case_files(folder)]


@pytest.mark.parametrize("input_path,expected_path", CORPUS_CASES, ids=_case_ids(CORPUS_CASES))
def test_corpus_case(input_path, expected_path):
    result = evaluate_case(input_path, expected_path)
    assert not result.error
    assert result.mismatches == []


def failures_of(input_path, expected_path) -> list[str]:
    result = evaluate_case(input_path, expected_path)
    return sorted({m.split(":", 1)[0] for m in result.mismatches} | ({"error"} if result.error else set()))


@pytest.mark.parametrize("input_path,expected_path", BLIND_CASES, ids=_case_ids(BLIND_CASES))
def test_blind_case_matches_its_ledger(input_path, expected_path):
    key = f"{input_path.parent.name}/{input_path.name}"
    assert failures_of(input_path, expected_path) == LEDGER[key], (
        "the case changed against tests/blind/ledger.json: regenerate it with "
        "`.venv/bin/python scripts/blind_ledger.py` and update the README's figures"
    )


def test_the_blind_rounds_are_kept_as_written():
    """Forty-plus blind cases in two or more rounds, each with its expected answer."""
    assert len(BLIND_CASES) >= 40 and len(list(BLIND.glob("round-*"))) >= 2
