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
