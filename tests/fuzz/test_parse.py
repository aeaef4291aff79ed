"""Every registered parser, fuzzed: whatever the bytes, a list of items or a ParseError, nothing else."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.items import ParsedItem
from ingest.parse import PARSERS, ParseError, parse

from .conftest import FUZZ
from .strategies import document_for

CONTENT_TYPES = ["", "text/plain", "text/plain; charset=iso-8859-1", "text/plain; charset=bogus", "application/json",
                 "application/nitf+xml", "application/vnd.iptc.g2.newsitem+xml", "application/rss+xml", "text/html",
                 "application/xml", "application/octet-stream", "text/x-anpa", "message/rfc822"]


@pytest.mark.parametrize("fmt", sorted(PARSERS))
def test_parser_raises_only_parse_error(fmt):
    parser = PARSERS[fmt]

    @FUZZ
    @given(raw=document_for(fmt), content_type=st.sampled_from(CONTENT_TYPES))
    def check(raw, content_type):
        try:
            items = parser(raw, content_type)
        except ParseError:
            return
        assert isinstance(items, list)
        assert all(isinstance(item, ParsedItem) for item in items)

    check()


@FUZZ
@given(data=st.data(), content_type=st.sampled_from(CONTENT_TYPES), pinned=st.sampled_from(["auto", *sorted(PARSERS)]))
def test_parse_dispatch_raises_only_parse_error(data, content_type, pinned):
    raw = data.draw(document_for(data.draw(st.sampled_from(sorted(PARSERS)))))
    try:
        fmt, items = parse(raw, content_type, pinned)
    except ParseError:
        return
    assert fmt in PARSERS and items


@pytest.mark.parametrize(
    "raw, content_type",
    [
        (b"[" * 100_000 + b"]" * 100_000, "application/json"),
        (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "application/json"),
        (b"<nitf>" + b"<p>" * 50_000 + b"</p>" * 50_000 + b"</nitf>", "application/nitf+xml"),
        (b"<rss><channel><item><description>" + b"<b>" * 50_000 + b"x</description></item></channel></rss>",
         "application/rss+xml"),
    ],
    ids=["json-arrays", "json-objects", "nitf-elements", "rss-markup"],
)
def test_deep_nesting_is_a_parse_error_not_a_crash(raw, content_type):
    """Nesting deeper than Python's recursion limit is the documented ParseError, not RecursionError."""
    try:
        parse(raw, content_type)
    except ParseError:
        pass
