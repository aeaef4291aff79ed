"""ninjs 1.x, 2.x and 3.x: every field the issue names, from fixtures written to the IPTC schemas."""
import json
from datetime import datetime, timedelta, timezone

import jsonschema
import pytest

from ingest.items import HEADING, LIST
from ingest.parse import ninjs
from tests.conftest import NINJS_SCHEMAS as SPECS

from .formats import assert_parse_error, block_texts, fixture, only

UTC = timezone.utc
CET = timezone(timedelta(hours=1))

CASES = [
    # (fixture, field, expected)
    ("ninjs-1.json", "guid", "urn:example:wire:2024:0105-flood"),
    ("ninjs-1.json", "version", 1),
    ("ninjs-1.json", "headline", "Floods cut off villages in northern Malaysia"),
    ("ninjs-1.json", "byline", "By ANNA LIM, Associated Press"),
    ("ninjs-1.json", "dateline", "KUALA LUMPUR"),
    ("ninjs-1.json", "summary", "Rescuers used boats to reach hundreds of families after days of monsoon rain."),
    ("ninjs-1.json", "urgency", 3),
    ("ninjs-1.json", "pubstatus", "usable"),
    ("ninjs-1.json", "language", "en"),
    ("ninjs-1.json", "versioncreated", datetime(2024, 1, 5, 9, 30, tzinfo=UTC)),
    ("ninjs-1.json", "firstcreated", datetime(2024, 1, 5, 9, 15, tzinfo=UTC)),
    ("ninjs-1.json", "embargoed", datetime(2024, 1, 5, 12, 0, tzinfo=UTC)),
    ("ninjs-2.json", "guid", "urn:example:wire:2024:0106-budget"),
    ("ninjs-2.json", "version", 4),
    ("ninjs-2.json", "headline", "Bundestag passes budget after all-night session"),
    ("ninjs-2.json", "subheadline", "Opposition vows to challenge spending cap in court"),
    ("ninjs-2.json", "byline", "Max Müller and Jürgen Weiß, dpa"),
    ("ninjs-2.json", "dateline", "BERLIN"),
    ("ninjs-2.json", "summary", "The vote ends weeks of coalition wrangling."),
    ("ninjs-2.json", "urgency", 2),
    ("ninjs-2.json", "language", "de"),
    ("ninjs-2.json", "credit", "Deutsche Presse-Agentur"),
    ("ninjs-2.json", "embargoed", datetime(2024, 1, 6, 10, 0, tzinfo=CET)),
    ("ninjs-2.json", "versioncreated", datetime(2024, 1, 6, 8, 45, tzinfo=CET)),
    ("ninjs-3.json", "guid", "urn:example:wire:2024:0107-quake"),
    ("ninjs-3.json", "version", 2),
    ("ninjs-3.json", "headline", "Strong earthquake shakes western Japan"),
    ("ninjs-3.json", "byline", "By Kenji Sato, Reuters"),
    ("ninjs-3.json", "pubstatus", "withheld"),
    ("ninjs-3.json", "urgency", 1),
    ("ninjs-3.json", "embargoed", datetime(2024, 1, 7, 4, 0, tzinfo=UTC)),
    ("ninjs-3.json", "versioncreated", datetime(2024, 1, 7, 3, 40, tzinfo=UTC)),
    ("ninjs-3.json", "firstcreated", datetime(2024, 1, 7, 3, 10, tzinfo=UTC)),
    ("ninjs-3.json", "summary", "No tsunami warning was issued."),
]


@pytest.mark.parametrize(("name", "field", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_fixture_fields(name, field, expected):
    item = only(ninjs.parse(fixture(name), "application/json"))
    assert getattr(item, field) == expected


@pytest.mark.parametrize(
    ("name", "schema"),
    [("ninjs-1.json", "ninjs-schema_1.6.json"), ("ninjs-2.json", "ninjs-schema_2.2.json"), ("ninjs-3.json", "ninjs-schema_3.1.json")],
)
def test_fixtures_are_valid_against_the_iptc_schema(name, schema):
    """The fixtures are real ninjs, not what the parser happens to like."""
    document = json.loads(fixture(name))
    jsonschema.validate(document, json.loads((SPECS / schema).read_text()))


def test_body_html_keeps_paragraphs_headings_lists_and_links():
    item = only(ninjs.parse(fixture("ninjs-1.json"), "application/json"))
    kinds = [block.kind for block in item.blocks]
    assert kinds == ["paragraph", "paragraph", HEADING, LIST]
    assert item.blocks[0].text.startswith("KUALA LUMPUR, Malaysia (AP) — Floodwaters")
    assert '<a href="https://example.org/shelters">relief centres</a>' in item.blocks[1].html
    assert item.blocks[3].items == ["Kelantan: 8,200 evacuated", "Terengganu: 4,100 evacuated"]


def test_subjects_keep_code_scheme_and_name():
    item = only(ninjs.parse(fixture("ninjs-1.json"), "application/json"))
    assert item.subjects[0] == {"name": "flood", "code": "06005001", "scheme": "http://cv.iptc.org/newscodes/subjectcode/"}
    assert item.extra["slugline"] == "Malaysia-Floods"


def test_bodies_prefer_html_rendition_over_plain_text():
    item = only(ninjs.parse(fixture("ninjs-2.json"), "application/json"))
    assert block_texts(item) == ["BERLIN (dpa) - The Bundestag passed the budget early on Saturday.", "The vote was 384 to 301."]
    assert "<strong>384 to 301</strong>" in item.blocks[1].html


def _one(obj: dict):
    return only(ninjs.parse(json.dumps(obj).encode(), "application/json"))


VARIANTS = [
    ({"uri": "u", "headline": "H", "body_text": "First para.\n\nSecond para."}, "blocks", ["First para.", "Second para."]),
    ({"uri": "u", "headline": "H", "body_text": "Line one.\nLine two."}, "blocks", ["Line one.", "Line two."]),
    ({"uri": "u", "headlines": [{"value": "Only headline"}]}, "headline", "Only headline"),
    ({"uri": "u", "headline": "H", "bylines": [{"byline": "By Ann Lee", "role": "author"}]}, "byline", "By Ann Lee"),
    ({"uri": "u", "headline": "H", "bylines": [{"by": "Ann Lee", "title": "AP"}, {"by": "Bo Chan"}]}, "byline", "Ann Lee and Bo Chan"),
    ({"uri": "u", "headline": "H", "bodies": [{"value": "<p>Marked <em>up</em></p>"}]}, "blocks", ["Marked up"]),
    ({"uri": "u", "headline": "H", "description_html": "<p>Teaser <b>bold</b></p>"}, "summary", "Teaser bold"),
    ({"uri": "u", "headline": "H", "pubstatus": "canceled"}, "pubstatus", "canceled"),
    ({"uri": "u", "headline": "H", "version": "7"}, "version", 7),
    ({"uri": "u", "headline": "H", "version": "draft"}, "version", 1),
    ({"uri": "u", "headline": "H", "urgency": 12}, "urgency", None),
    ({"uri": "u", "headline": "H", "urgency": 1e999}, "urgency", None),  # JSON's Infinity: off the scale, no crash
    ({"uri": "u", "headline": "H", "urgency": 10 ** 400}, "urgency", None),
    ({"guid": "g-1", "headline": "H"}, "guid", "g-1"),
    ({"uri": "u", "headline": "H", "people": [{"name": "Ann Lee", "rel": "author"}, {"name": "Quoted Person", "rel": "about"}]}, "byline", "Ann Lee"),
    ({"uri": "u", "headline": "H", "by": "By Bo Chan", "people": [{"name": "Ann Lee", "rel": "author"}]}, "byline", "By Bo Chan"),
    # two authors named one each, joined as the copy's language signs them
    ({"uri": "u", "headline": "H", "language": "pt-BR", "people": [{"name": "Ana Lima", "rel": "author"},
                                                                   {"name": "Rui Sá", "rel": "author"}]}, "byline", "Ana Lima e Rui Sá"),
    ({"uri": "u", "headline": "H", "people": [{"name": "Ann Lee", "rel": "author"}, {"name": "Bo Chan", "rel": "author"}]},
     "byline", "Ann Lee and Bo Chan"),
    ({"uri": "u", "headline": "H", "keywords": ["budget", {"value": "Bundestag"}]}, "keywords", ["budget", "Bundestag"]),
    ({"uri": "u", "headline": "H", "ednote": "Eds: CORRECTS spelling of minister's name"}, "correction", True),
    ({"uri": "u", "headline": "H", "ednote": "Eds: Moves on general news"}, "correction", False),
    ({"uri": "u", "headline": "H", "usageterms": ["Editorial use only.", "No archive."]}, "usageterms", "Editorial use only. No archive."),
    ({"uri": "u", "headline": "H", "ednote": ["Eds: CORRECTS date"]}, "correction", True),
]


@pytest.mark.parametrize(("obj", "field", "expected"), VARIANTS)
def test_variants_across_versions(obj, field, expected):
    item = _one(obj)
    if field == "blocks":
        assert block_texts(item) == expected
    elif field == "correction":
        assert bool(item.extra.get("correction")) is expected
    elif field == "usageterms":
        assert item.extra["usageterms"] == expected
    else:
        assert getattr(item, field) == expected


def test_an_array_of_objects_gives_one_item_each():
    body = json.dumps([{"uri": "a", "headline": "A"}, {"uri": "b", "headline": "B"}]).encode()
    assert [item.guid for item in ninjs.parse(body, "application/json")] == ["a", "b"]


def test_no_uri_falls_back_to_a_stable_content_id():
    body = json.dumps({"headline": "No id", "body_text": "Copy."}).encode()
    first, again = only(ninjs.parse(body)), only(ninjs.parse(body))
    assert first.guid.startswith("urn:sha256:") and first.guid == again.guid


@pytest.mark.parametrize(
    ("raw", "message", "where"),
    [
        (fixture("ninjs-broken.json"), "not valid JSON", "line 7, column 1"),
        (b"", "empty", "byte 0"),
        (b'"just a string"', "expected an object", "the top level"),
        (b'{"uri": "u", "headline": ["not", "a", "string"]}', "'headline' must be a string", "field 'headline'"),
        (b'{"uri": "u", "headlines": "flat"}', "'headlines' must be an array", "field 'headlines'"),
        (b'{"uri": "u", "urgency": "high"}', "urgency must be a number", "field 'urgency'"),
        (b'[{"uri": "a", "headline": "A"}, 5]', "expected an object", "item 1"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply", "the top level"),
        (b'{"uri": "u", "type": "text"}', "neither a headline nor a body", "uri 'u'"),
        (b'{"uri": "p", "type": "picture", "headline": "A photo"}', "only picture/video/audio/graphic items", "the top level"),
    ],
)
def test_broken_ninjs_says_what_and_where(raw, message, where):
    assert_parse_error(ninjs.parse, raw, "application/json", message, where)


def test_windows_1252_declared_charset_is_honoured():
    body = '{"uri": "u", "headline": "Caf\u00e9 \u201cquotes\u201d"}'.encode("cp1252")
    assert only(ninjs.parse(body, "application/json; charset=windows-1252")).headline == "Café “quotes”"


def test_media_objects_beside_text_are_skipped():
    body = json.dumps([{"uri": "p", "type": "picture", "headline": "Photo"}, {"uri": "t", "type": "text", "headline": "Story"}]).encode()
    assert [item.guid for item in ninjs.parse(body)] == ["t"]


def test_a_captioned_picture_sent_alone_is_the_copy():
    """A photo agency's caption feed: the picture alone, its caption the body. Beside a story it stays an illustration."""
    picture = {"uri": "p", "type": "picture", "headline": "Quilts go on show", "by": "Marie-Ève Tremblay-Ross",
               "bodies": [{"role": "caption", "contenttype": "text/html",
                           "value": "<p>Quilter Beatrice Nakamura-Lowe adjusts a piece on Sunday.</p>"}]}
    item = only(ninjs.parse(json.dumps(picture).encode()))
    assert (item.headline, item.blocks[0].text) == ("Quilts go on show", "Quilter Beatrice Nakamura-Lowe adjusts a piece on Sunday.")
    beside = json.dumps([picture, {"uri": "t", "type": "text", "headline": "Story"}]).encode()
    assert [i.guid for i in ninjs.parse(beside)] == ["t"]


def test_a_kill_notice_needs_no_headline_or_body():
    item = _one({"uri": "u", "pubstatus": "canceled"})
    assert item.pubstatus == "canceled" and item.guid == "u"


@pytest.mark.parametrize(
    "wrapped",
    [
        {"total": 2, "limit": 20, "item": [{"uri": "a", "headline": "A"}, {"uri": "b", "headline": "B"}]},
        {"items": [{"uri": "a", "headline": "A"}, {"uri": "b", "headline": "B"}]},
        {"data": {"items": [{"item": {"uri": "a", "headline": "A"}}, {"item": {"uri": "b", "headline": "B"}}]}},
    ],
)
def test_feed_page_wrappers_are_unwrapped(wrapped):
    assert [item.guid for item in ninjs.parse(json.dumps(wrapped).encode())] == ["a", "b"]


# --- ninjs 1.x body_xhtml / body_html without block elements (issue 13) ----------------------------


def test_body_xhtml_fixture_with_only_line_breaks():
    item = only(ninjs.parse(fixture("ninjs-1-body-xhtml.json"), "application/json"))
    assert block_texts(item) == [
        "PORTSMOUTH, England (EXW) — The harbour reopened on Thursday after a week-long closure.",
        "Ferries to France resumed at noon.",
        "Freight traffic follows on Friday.",
    ]
    assert item.blocks[1].html == "Ferries to France resumed at <b>noon</b>."


@pytest.mark.parametrize("key", ["body_xhtml", "body_html"])
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Bare text, one paragraph.", ["Bare text, one paragraph."]),
        ("One.<br/>Two.<br><br>Three.", ["One.", "Two.", "Three."]),
        ("<html><head><title>Not copy</title></head><body>Inline <i>a</i>.<br/>b.</body></html>", ["Inline a.", "b."]),
        ("<div>First.</div><div>Second.</div>", ["First.", "Second."]),
        ("<p>Block one<br/>still one</p><p>Two</p>", ["Block one still one", "Two"]),  # block markup: <br> is inside a paragraph
    ],
)
def test_body_markup_without_block_elements(key, body, expected):
    item = only(ninjs.parse(json.dumps({"uri": "u", "headline": "H", key: body}).encode()))
    assert block_texts(item) == expected
