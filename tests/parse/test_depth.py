"""Issue 11.5: from about 256 levels lxml stopped reading and dropped the copy after the deep element, silently."""
from __future__ import annotations

import json

import pytest

from ingest.parse import ParseError, parse
from ingest.parse.depth import refuse_too_deep

AFTER = "The copy after the deep element must never vanish."


def nested(levels: int, tag: str = "div") -> str:
    return f"<{tag}>" * levels + "<p>Deep sentence.</p>" + f"</{tag}>" * levels + f"<p>{AFTER}</p>"


def bodies(levels: int) -> dict[str, tuple[bytes, str]]:
    fragment = nested(levels)
    return {
        "html page": (f"<html><head><title>Headline</title></head><body><h1>Headline</h1>{fragment}</body></html>".encode(),
                      "text/html"),
        "html fragment": (f"<h1>Headline</h1>{fragment}".encode(), "text/html"),
        "ninjs body_html": (json.dumps({"uri": "n1", "headline": "Headline", "body_html": fragment}).encode(),
                            "application/json"),
        "nitf": (("<nitf><head><title>Headline</title><docdata><doc-id id-string=\"d1\"/></docdata></head><body><body.head><hedline><hl1>Headline</hl1></hedline>"
                  f"</body.head><body.content>{nested(levels, 'block')}</body.content></body></nitf>").encode(),
                 "application/xml"),
    }


@pytest.mark.parametrize("kind", ["html page", "html fragment", "ninjs body_html", "nitf"])
def test_too_deep_markup_fails_with_a_record_instead_of_losing_copy(kind):
    raw, content_type = bodies(300)[kind]
    try:
        _, items = parse(raw, content_type)
    except ParseError as exc:
        assert "levels deep" in str(exc) and "would be lost" in str(exc)
    else:  # read whole or not at all: never a story missing the copy after the deep element
        text = "\n".join(block.text for item in items for block in item.blocks)
        assert AFTER in text, f"{kind}: the copy after the deep element was dropped"


@pytest.mark.parametrize("kind", ["html page", "html fragment", "ninjs body_html", "nitf"])
def test_ordinary_nesting_is_read_whole(kind):
    raw, content_type = bodies(40)[kind]
    _, items = parse(raw, content_type)
    assert AFTER in "\n".join(block.text for item in items for block in item.blocks)


def test_the_check_is_cheap_for_markup_with_few_tags():
    refuse_too_deep("<p>" * 10 + "text", "body")  # nothing raised, nothing parsed
    with pytest.raises(ParseError):
        refuse_too_deep(nested(300), "body")


def test_a_page_is_read_as_the_extractor_itself_reads_it():
    """`checked_page_tree` repeats trafilatura's loader with a parser of its own (for the depth check): the tree the
    extractor is handed must be the one it would have made of the text, on every page the repository holds."""
    import gzip
    from pathlib import Path

    from lxml import etree
    from trafilatura.utils import load_html

    from ingest.parse.depth import checked_page_tree
    from ingest.parse.encoding import decode, strip_control

    root = Path(__file__).resolve().parents[2]
    pages = [path.read_bytes() for path in sorted((root / "tests" / "corpus").glob("*.html"))]
    pages += [gzip.decompress(path.read_bytes()) for path in sorted((root / "eval" / "aeb-dev" / "html").glob("*.html.gz"))]
    pages += [b"<html/>\n<body><p>A self-closing html tag the loader repairs.</p></body>", b"no markup at all"]
    assert len(pages) > 100
    for raw in pages:
        text = strip_control(decode(raw, "text/html")).strip()
        ours, theirs = checked_page_tree(text, "HTML"), load_html(text)
        assert (ours is None) == (theirs is None)
        if ours is not None:
            assert etree.tostring(ours) == etree.tostring(theirs)
            # lxml.html's element classes (FormElement, InputElement...) picked without its Python lookup
            assert [type(e) for e in ours.iter()] == [type(e) for e in theirs.iter()]


def test_a_too_deep_page_is_refused_by_the_page_reader():
    page = f"<html><body>{nested(300)}</body></html>"
    with pytest.raises(ParseError, match="levels deep"):
        from ingest.parse.depth import checked_page_tree

        checked_page_tree(page, "HTML")


def test_the_loaders_repair_is_trafilaturas_on_odd_pages_and_every_code_point():
    """`depth._repaired` skips trafilatura's pass of INVALID_XML_CHARS over a page that holds none of them: the result
    must be `repair_faulty_html`'s (doctype with a slash, self-closing <html/>, each of those characters)."""
    from trafilatura import utils

    from ingest.parse.depth import _repaired

    assert utils.INVALID_XML_CHARS.pattern == r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"  # what _repaired looks for
    pages = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"/>\n<html><body>x</body></html>', "<html/>\n<body>x</body>",
             "<!doctype html>\n<html lang='en' />\n<p>a</p>", "no newline <!DOCTYPE x/>", "<html>\ufffe</html>",
             "<!DOCTYPE html>\n<html>\n<head/>\n<body/>\n<html a='b'/>"]
    pages += [f"<html><body>a{chr(code)}b</body></html>" for code in [*range(0, 0x800), 0xd800, 0xfffe, 0xffff, 0x10ffff]]
    for page in pages:
        assert _repaired(page, page[:50].lower()) == utils.repair_faulty_html(page, page[:50].lower())
