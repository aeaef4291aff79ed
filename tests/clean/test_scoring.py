"""The boilerplate model: removes what it is sure of, flags what it doubts, never removes quoted or reported lines."""
import json
from dataclasses import replace

from ingest.clean.engine import SHIPPED, clean
from ingest.clean.scoring import FEATURE_NAMES, MODEL_PATH, shipped_model
from ingest.items import Block, ParsedItem

STORY = [
    "PORTLAND, Maine — The city council approved a $12 million harbor budget on Tuesday after a four-hour debate.",
    "Council member Ray Stone said the plan would fix the north pier and dredge the channel before the summer season.",
]


def _clean(*tail: str, model=None):
    item = ParsedItem(format="text", blocks=[Block(text=t) for t in [*STORY, *tail]])
    return clean(item, SHIPPED, model=model)


def test_the_shipped_model_weighs_every_feature_and_has_ordered_thresholds():
    data = json.loads(MODEL_PATH.read_text())
    assert set(data["weights"]) == set(FEATURE_NAMES)
    model = shipped_model()
    assert 0 < model.flag < model.remove <= 1


def test_a_prompt_no_rule_names_is_removed_by_score_and_recorded():
    """The mechanism, at a removal threshold of 0.9 (the shipped one is set by the fit, see test below). A prompt no
    rule names: "Ladda ner vår app ..." is a channel prompt by the label rules now (labels._is_channel_prompt)."""
    prompt = "Missa inget nära dig: slå på pushnotiser i vår app."
    cleaned = _clean(prompt, model=replace(shipped_model(), remove=0.9))
    assert [b.text for b in cleaned.item.blocks] == STORY
    assert cleaned.removed[0].text == prompt and cleaned.removed[0].rule.startswith("scored:")


def test_at_the_shipped_threshold_an_unseen_prompt_is_at_least_flagged():
    prompt = "Ladda ner vår app och få pushnotiser när det händer något nära dig."
    cleaned = _clean(prompt)
    assert any(r.text == prompt for r in cleaned.removed) or any(f["text"] == prompt for f in cleaned.flagged)


def test_a_quoted_or_reported_prompt_is_never_removed_by_score():
    quoted = "“Sign up for our alerts and follow us on Facebook,” the sheriff told residents on Monday."
    cleaned = _clean(quoted)
    assert quoted in [b.text for b in cleaned.item.blocks]


def test_a_doubtful_line_is_kept_and_flagged():
    doubtful = "This is a developing story. Check back for updates."
    cleaned = _clean(doubtful)
    kept = [b.text for b in cleaned.item.blocks]
    assert doubtful in kept or any(r.text == doubtful for r in cleaned.removed)
    if doubtful in kept:
        assert any(f["text"] == doubtful and "scored" in f["reason"] for f in cleaned.flagged)


def test_without_the_shipped_library_no_model_runs():
    line = "Want more stories like this? Join our free morning briefing and get them in your inbox."
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in [*STORY, line]]), rules=())
    assert line in [b.text for b in cleaned.item.blocks]
