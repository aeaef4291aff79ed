"""Any body, however mangled, either parses or raises ParseError with a message: never another exception.

The task records a ParseError's message on the failed Delivery; any other
exception type would mean a parser bug reported as a crash.
"""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.parse import anpa, arc, mail, newsmlg2, ninjs, nitf, rss, wordpress
from ingest.parse.errors import ParseError

from .formats import fixture

PARSERS = {
    "ninjs": (ninjs.parse, "ninjs-2.json"),
    "nitf": (nitf.parse, "nitf-3.xml"),
    "newsmlg2": (newsmlg2.parse, "g2-package.xml"),
    "anpa": (anpa.parse, "anpa-1312-1stld.anpa"),
    "rss": (rss.parse, "rss2.xml"),
    "wordpress": (wordpress.parse, "wordpress-post-embed.json"),
    "arc": (arc.parse, "arc-column.json"),
    "mail": (mail.parse, "mail-multipart.eml"),
}
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse_or_parse_error(parser, raw: bytes) -> None:
    try:
        items = parser(raw, "")
    except ParseError as exc:
        assert exc.message
        return
    assert items, "a parser returning nothing must raise ParseError instead"


@pytest.mark.parametrize("name", sorted(PARSERS))
@FAST
@given(data=st.data())
def test_truncated_or_corrupted_fixtures(name, data):
    parser, fixture_name = PARSERS[name]
    raw = fixture(fixture_name)
    cut = data.draw(st.integers(min_value=0, max_value=len(raw)))
    noise = data.draw(st.binary(max_size=8))
    at = data.draw(st.integers(min_value=0, max_value=cut))
    _parse_or_parse_error(parser, raw[:at] + noise + raw[at:cut])


@pytest.mark.parametrize("name", sorted(PARSERS))
@FAST
@given(raw=st.binary(max_size=300))
def test_random_bytes(name, raw):
    _parse_or_parse_error(PARSERS[name][0], raw)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
NINJS_KEYS = ["uri", "headline", "headlines", "byline", "bylines", "by", "body_html", "bodies", "urgency", "version",
              "pubstatus", "subject", "subjects", "descriptions", "located", "versioncreated", "keywords", "altids"]


@FAST
@given(obj=st.dictionaries(st.sampled_from(NINJS_KEYS), json_values, max_size=8))
def test_ninjs_with_wrongly_typed_fields(obj):
    _parse_or_parse_error(ninjs.parse, json.dumps(obj).encode())


WORDPRESS_KEYS = ["id", "guid", "link", "title", "content", "excerpt", "date_gmt", "modified", "status", "type",
                  "coauthors", "authors", "_embedded", "yoast_head_json", "yoast_head"]


@FAST
@given(obj=st.dictionaries(st.sampled_from(WORDPRESS_KEYS), json_values, max_size=8))
def test_wordpress_with_wrongly_typed_fields(obj):
    obj.setdefault("title", {"rendered": "T"})
    _parse_or_parse_error(wordpress.parse, json.dumps(obj).encode())
