"""Format detection: specific media types are trusted, generic ones are only hints, the body decides."""
import pytest

from ingest.parse import parse
from ingest.parse.detect import detect, root_element
from ingest.parse.errors import ParseError

from .formats import fixture

CASES = [
    # (body, content type, format)
    (fixture("ninjs-1.json"), "application/json", "ninjs"),
    (fixture("ninjs-1.json"), "application/vnd.iptc.ninjs+json; charset=utf-8", "ninjs"),
    (fixture("ninjs-1.json"), "text/plain", "ninjs"),
    (b"\xef\xbb\xbf[{\"uri\": \"a\"}]", "", "ninjs"),
    (fixture("nitf-3.xml"), "application/xml", "nitf"),
    (fixture("nitf-3.xml"), "text/plain", "nitf"),
    (fixture("nitf-3.xml"), "application/nitf+xml", "nitf"),
    (fixture("nitf-cp1252.xml"), "text/xml", "nitf"),
    (fixture("g2-newsitem.xml"), "application/xml", "newsmlg2"),
    (fixture("g2-package.xml"), "application/octet-stream", "newsmlg2"),
    (fixture("g2-package.xml"), "application/vnd.iptc.g2.newsmessage+xml", "newsmlg2"),
    (fixture("newsml12-nitf.xml"), "application/xml", "newsml12"),  # <NewsML> after a DOCTYPE
    (fixture("newsml12-xhtml-latin1.xml"), "text/plain", "newsml12"),
    (b"<NewsItem><Identification/></NewsItem>", "application/xml", "newsml12"),  # NewsML 1.2's item, capitalised
    (b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"/>', "application/xml", "newsmlg2"),
    (fixture("rss2.xml"), "text/xml", "rss"),
    (fixture("atom.xml"), "application/xml", "rss"),
    (fixture("atom.xml"), "application/atom+xml", "rss"),
    (fixture("anpa-1312.anpa"), "text/plain", "anpa"),
    (fixture("anpa-1312.anpa"), "application/octet-stream", "anpa"),
    (fixture("iptc7901.7901"), "", "anpa"),
    (fixture("nitf-3.xml"), "text/x-anpa", "anpa"),  # a specific media type is trusted (and fails loudly if wrong)
    ('\ufeff<?xml version="1.0" encoding="UTF-16"?><nitf/>'.encode("utf-16-le"), "application/xml", "nitf"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "application/xml", "html"),
    (b"<div><p>Fragment</p></div>", "", "html"),
    (b"<p>Fragment</p>", "text/html", "html"),
    (b"<catalog><book/></catalog>", "application/xml", "xml"),
    (b"Just a headline\n\nAnd copy.", "text/plain", "text"),
    (b"[UPDATE 2] Markets fall\n\nLONDON (Reuters) - Copy.", "text/plain", "text"),
    (b"{Corrected} Markets fall\n\nCopy.", "", "text"),
    (b"<<BREAKING>> Markets fall\n\nCopy.", "text/plain", "text"),
    (b'{"uri": "u", "headline": "broken', "text/plain", "ninjs"),  # JSON-shaped: the ninjs parser reports where it breaks
    (b'[{"uri": "a"}]', "application/octet-stream", "ninjs"),
    (b"Just a headline\n\nAnd copy.", "", "text"),
    # A WordPress REST API post: title and content are objects with "rendered" (ninjs has strings there).
    (fixture("wordpress-post-embed.json"), "application/json", "wordpress"),
    (fixture("wordpress-posts-list.json"), "application/json; charset=utf-8", "wordpress"),  # the list endpoint
    (fixture("wordpress-yoast-head.json"), "text/plain", "wordpress"),
    (fixture("wordpress-post-embed.json"), "application/octet-stream", "wordpress"),
    (fixture("wordpress-broken.json"), "application/json", "wordpress"),  # cut off: its opening still shows the shape
    (fixture("wordpress-post-embed.json"), "application/vnd.iptc.ninjs+json", "ninjs"),  # a specific type is trusted
    (b'{"uri": "u", "headline": "H", "body_html": "<p>rendered</p>", "title": "T"}', "application/json", "ninjs"),
    (b'{"uri": "u", "headline": {"rendered": "H"}, "body_html": "<p>x</p>"}', "application/json", "ninjs"),
]


@pytest.mark.parametrize(("raw", "content_type", "expected"), CASES)
def test_detect(raw, content_type, expected):
    assert detect(raw, content_type) == expected


@pytest.mark.parametrize(
    ("head", "root"),
    [
        ('<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE nitf SYSTEM "nitf.dtd">\n<nitf>', "nitf"),
        ("<!DOCTYPE x [<!ENTITY a 'b'>]><g2:newsItem xmlns:g2='x'>", "newsitem"),
        ("<?xml version='1.0'?><rdf:RDF>", "rdf"),
        ("no markup", ""),
    ],
)
def test_root_element(head, root):
    assert root_element(head) == root


def test_unknown_xml_fails_naming_its_root():
    with pytest.raises(ParseError) as caught:
        parse(b"<?xml version='1.0'?><catalog><book/></catalog>", "application/xml")
    assert "root element <catalog> is not NITF, NewsML-G2, NewsML 1.2, RSS/Atom or HTML" in caught.value.message


def test_pinned_format_wins_over_detection():
    with pytest.raises(ParseError) as caught:
        parse(fixture("nitf-3.xml"), "application/xml", pinned_format="ninjs")
    assert "not valid JSON" in caught.value.message


@pytest.mark.parametrize(
    ("name", "fmt", "count"),
    [
        ("ninjs-1.json", "ninjs", 1), ("nitf-3.xml", "nitf", 1), ("g2-package.xml", "newsmlg2", 2),
        ("anpa-1312.anpa", "anpa", 1), ("rss2.xml", "rss", 2), ("atom.xml", "rss", 1),
        ("newsml12-nitf.xml", "newsml12", 1), ("newsml12-xhtml-latin1.xml", "newsml12", 2),
        ("wordpress-post-embed.json", "wordpress", 1), ("wordpress-posts-list.json", "wordpress", 2),
    ],
)
def test_registry_routes_each_format(name, fmt, count):
    detected, items = parse(fixture(name), "application/octet-stream")
    assert detected == fmt and len(items) == count and all(item.format == fmt for item in items)


def test_a_deeply_nested_body_fails_as_a_parse_error_not_a_crash():
    raw = (
        b'<nitf><head><docdata><doc-id id-string="x"/></docdata></head><body><body.content>'
        + b"<div>" * 5000 + b"<p>deep</p>" + b"</div>" * 5000 + b"</body.content></body></nitf>"
    )
    with pytest.raises(ParseError) as caught:
        parse(raw, "application/nitf+xml")
    assert caught.value.message == "NITF: the document is nested too deeply to be a news item"


def test_newsml12_can_be_pinned():
    from ingest.parse import FORMAT_CHOICES

    assert "newsml12" in FORMAT_CHOICES
    detected, items = parse(fixture("newsml12-nitf.xml"), "application/octet-stream", pinned_format="newsml12")
    assert detected == "newsml12" and items[0].format == "newsml12"


def test_wordpress_can_be_pinned_and_the_json_label_no_longer_sends_it_to_ninjs():
    """Before the WordPress reader, a post sent as application/json failed as ninjs ("'title' must be a string")."""
    from ingest.parse import FORMAT_CHOICES

    assert "wordpress" in FORMAT_CHOICES
    detected, items = parse(fixture("wordpress-post-embed.json"), "application/json")
    assert detected == "wordpress" and items[0].headline.startswith("Harbor ferry returns")
    detected, items = parse(fixture("wordpress-yoast-head.json"), "", pinned_format="wordpress")
    assert detected == "wordpress" and items[0].publisher == "Valley Beacon"
