"""Arc XP stories in ANS: fields, copy elements in order, the platform's embeds as recorded furniture."""
import json

import pytest

from ingest.items import HEADING, LIST, PARAGRAPH
from ingest.parse import ParseError, arc, detect_format
from ingest.pipeline import run

from .formats import fixture

COLUMN = fixture("arc-column.json")


def test_an_ans_story_is_detected_as_arc_whatever_json_type_it_is_sent_with():
    assert detect_format(COLUMN, "application/json") == "arc"
    assert detect_format(COLUMN, "text/plain") == "arc"
    assert detect_format(b'{"headline": "Not ANS", "body_html": "<p>x</p>"}', "application/json") == "ninjs"


@pytest.mark.parametrize("field,expected", [
    ("headline", "Harbour tolls are the wrong fight"),  # headlines.basic, not the web title with the site suffix
    ("summary", "The ferry's real cost is the timetable, not the toll"),  # the deck, over the SEO description
    ("byline", "Ana Lopez and Ole Jansen"),
    ("publisher", "The Harbour Ledger"),
    ("credit", ""),
    ("guid", "QX7ARCFIXTURE01"),
    ("language", "en"),
    ("keywords", ["ferries", "tolls"]),
])
def test_ans_fields(field, expected):
    assert getattr(arc.parse(COLUMN)[0], field) == expected


def test_copy_elements_in_order_and_embeds_as_furniture():
    blocks = arc.parse(COLUMN)[0].blocks
    assert [(b.kind, b.text or b.items, b.furniture) for b in blocks] == [
        (PARAGRAPH, "The last ferry leaves at 9.40pm, and that is the problem.", ""),
        (HEADING, "WHAT THE FIGURES SAY", ""),
        (LIST, ["4,100 daily crossings", "a 12% rise since 2024"], ""),
        (PARAGRAPH, "Also Read | Why the bridge is late again", arc.FURNITURE),
        (PARAGRAPH, "We would use a later boat every night.", ""),
        (PARAGRAPH, "A commuter", ""),
        (PARAGRAPH, "Get the Opinion newsletter\nColumns every Sunday.\nSign up", arc.FURNITURE),
        (PARAGRAPH, "Sailing Riders", ""),
        (PARAGRAPH, "9.40pm 310", ""),
        (PARAGRAPH, "An earlier version gave the wrong sailing time.", ""),
    ]


def test_the_pipeline_records_the_embeds_as_removals_and_keeps_the_copy():
    draft = run(COLUMN, "application/json")[0]
    assert [r["text"] for r in draft.removed] == [
        "Also Read | Why the bridge is late again", "Get the Opinion newsletter\nColumns every Sunday.\nSign up"]
    assert "Also Read" not in draft.body_text and "The last ferry leaves" in draft.body_text
    assert draft.authors == ["Ana Lopez", "Ole Jansen"]


def test_a_wire_distributor_is_the_credit_not_the_publisher():
    story = json.loads(COLUMN)
    story["source"] = {}
    story["distributor"] = {"name": "Reuters", "category": "wires"}
    item = arc.parse(json.dumps(story).encode())[0]
    assert (item.credit, item.publisher) == ("Reuters", "")


@pytest.mark.parametrize("body,message", [
    (b'{"headlines": {"basic": ""}, "content_elements": []}', "neither a headline nor any copy"),
    (b'{"headlines": "x", "content_elements": []}', "expected a story object"),
    (b'{"headlines": {"basic": "x"}, "content_elements": [', "not valid JSON"),
])
def test_a_broken_ans_story_says_what_is_wrong(body, message):
    with pytest.raises(ParseError, match=message):
        arc.parse(body)
