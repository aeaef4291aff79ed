"""RSS 2.0, Atom and RSS 1.0 entries: one item each, with the fields the issue names."""
from datetime import datetime, timedelta, timezone

import pytest

from ingest.items import HEADING, LIST
from ingest.parse import rss

from .formats import assert_parse_error, block_texts, fixture

UTC = timezone.utc

RSS_CASES = [
    (0, "guid", "https://courier.example.com/?p=48211"),
    (0, "headline", "City council approves new bike lanes"),
    (0, "byline", "Maria Gonzalez and Tom Baker"),
    (0, "summary", "The plan adds 14 miles of protected lanes by 2026."),
    (0, "publisher", "Valley Courier"),
    (0, "language", "en-us"),
    (0, "keywords", ["Local", "Transportation"]),
    (0, "firstcreated", datetime(2024, 1, 12, 15, 4, tzinfo=UTC)),
    (1, "guid", "https://courier.example.com/2024/01/11/library-hours/"),
    (1, "byline", "Priya Patel"),  # "news@courier.example.com (Priya Patel)"
    (1, "versioncreated", datetime(2024, 1, 11, 9, 0, tzinfo=timezone(timedelta(hours=-5)))),
    # Only a description: it is the body, and the summary too since it is one sentence.
    (1, "summary", "The main branch will open on Sundays from noon to 5 p.m. starting Feb. 4."),
]


@pytest.mark.parametrize(("index", "field", "expected"), RSS_CASES, ids=[f"{c[0]}:{c[1]}" for c in RSS_CASES])
def test_rss_fields(index, field, expected):
    items = rss.parse(fixture("rss2.xml"), "application/rss+xml")
    assert len(items) == 2
    assert getattr(items[index], field) == expected


def test_content_encoded_is_the_body_and_media_is_not():
    first, second = rss.parse(fixture("rss2.xml"), "application/rss+xml")
    assert [b.kind for b in first.blocks] == ["paragraph", "paragraph", HEADING, LIST]
    assert '<a href="https://courier.example.com/main-street">Main Street</a>' in first.blocks[1].html
    assert "Bike lane" not in " ".join(block_texts(first))
    assert block_texts(second) == ["The main branch will open on Sundays from noon to 5 p.m. starting Feb. 4."]


ATOM_CASES = [
    ("guid", "tag:science.example.org,2024:comet-nishimura"),
    ("headline", "Comet Nishimura visible this week"),
    ("byline", "Ada Byron"),
    ("summary", "Look low in the east before dawn."),
    ("publisher", "Example Science Desk"),
    ("language", "en"),
    ("keywords", ["Astronomy"]),
    ("firstcreated", datetime(2024, 1, 13, 10, 0, tzinfo=UTC)),
    ("versioncreated", datetime(2024, 1, 13, 18, 30, 2, tzinfo=UTC)),
]


@pytest.mark.parametrize(("field", "expected"), ATOM_CASES, ids=[c[0] for c in ATOM_CASES])
def test_atom_fields(field, expected):
    (item,) = rss.parse(fixture("atom.xml"), "application/atom+xml")
    assert getattr(item, field) == expected


ATOM = '<entry xmlns="http://www.w3.org/2005/Atom"><id>e1</id><title>T</title>{}</entry>'


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <b>bold</b></p><p>Two</p></div></content>', ["One bold", "Two"]),
        ('<content type="text">Plain one.\n\nPlain two.</content>', ["Plain one.", "Plain two."]),
        ("<summary>Only a summary.</summary>", ["Only a summary."]),
    ],
)
def test_atom_content_types(inner, expected):
    (item,) = rss.parse(ATOM.format(inner).encode(), "application/atom+xml")
    assert block_texts(item) == expected


def test_rss_1_rdf_items():
    raw = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
        b' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>Old Feed</title></channel>'
        b'<item rdf:about="https://x.org/1"><title>RDF item</title><link>https://x.org/1</link>'
        b"<description>Copy.</description><dc:creator>Ann Lee</dc:creator><dc:date>2024-01-02T03:04:05Z</dc:date></item></rdf:RDF>"
    )
    (item,) = rss.parse(raw, "application/rdf+xml")
    assert (item.guid, item.headline, item.byline, item.publisher) == ("https://x.org/1", "RDF item", "Ann Lee", "Old Feed")
    assert item.firstcreated == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_windows_1252_feed():
    raw = '<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>F</title><item><guid>g</guid><title>\u201cQuoted\u201d caf\u00e9</title></item></channel></rss>'
    (item,) = rss.parse(raw.encode("cp1252"), "application/rss+xml")
    assert item.headline == "“Quoted” café"


@pytest.mark.parametrize(
    ("raw", "message", "where"),
    [
        (fixture("rss-broken.xml"), "not well-formed XML: not well-formed (invalid token)", "line 6, column 35"),
        (b"<rss/>", "<rss> has no <channel>", "rss"),
        (b"<rss><channel><title>Empty</title></channel></rss>", "holds no item or entry", "rss"),
        (b"<rss><channel><item><link/></item></channel></rss>", "neither a title nor any content", "rss/channel/item[1]"),
        (b"<html/>", "expected <rss>, <feed>, <entry> or <rdf:RDF>, found <html>", "line 1"),
    ],
)
def test_broken_feeds_say_what_and_where(raw, message, where):
    assert_parse_error(rss.parse, raw, "application/rss+xml", message, where)
