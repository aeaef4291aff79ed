"""The pure pipeline gives exactly the output recorded in tests/fixtures/pipeline_snapshot.json.xz, case by case.

The fixture holds every draft field, removal and flag of every corpus, blind-round,
development-set and sample input, with the shipped library and with editor rules
(see tests/pipeline_snapshot.py). A change meant to alter output (the vocabulary, a rule,
the model's weights) refreshes it with `.venv/bin/python scripts/snapshot_pipeline.py --write`;
a change of mechanics only (a faster cleaner) must leave it as it is.
"""
import copy

from tests import pipeline_snapshot


def test_the_pipeline_gives_the_recorded_output_on_every_case():
    expected = pipeline_snapshot.load()
    assert set(expected) == set(pipeline_snapshot.RULE_SETS)
    assert len(expected["shipped"]) >= 500  # the corpus, four blind rounds, the development set's pages and bodies
    problems = pipeline_snapshot.differences(expected, pipeline_snapshot.compute())
    assert problems == [], "the pipeline's output changed:\n" + "\n".join(problems)


def test_a_difference_names_the_rule_set_the_case_the_item_and_the_field():
    before = {"shipped": {"tests/corpus/a.txt": [{"headline": "A", "removed": []}], "tests/corpus/b.txt": [{"headline": "B"}]}}
    after = copy.deepcopy(before)
    after["shipped"]["tests/corpus/a.txt"][0]["removed"] = [{"rule": "library:ad", "text": "Ad", "block": 2, "item": None}]
    del after["shipped"]["tests/corpus/b.txt"]
    problems = pipeline_snapshot.differences(before, after)
    assert problems[0].startswith("shipped tests/corpus/a.txt item 0 removed: expected [], got [{\"rule\": \"library:ad\"")
    assert problems[1] == "shipped tests/corpus/b.txt: missing now"
    assert pipeline_snapshot.differences(before, copy.deepcopy(before)) == []
