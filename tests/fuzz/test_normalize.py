"""The normalizers, fuzzed: none raises on any input, and no body leaves them unsanitized."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.items import CleanedItem, ParsedItem
from ingest.normalize import HouseStyle, normalize, render_html, sanitize
from ingest.vocabulary import agency_name
from ingest.normalize.byline import parse_byline
from ingest.vocabulary import parse_dateline
from ingest.normalize.headline import CASE_CHOICES, normalize_headline

from .conftest import FUZZ
from .safety import html_problems
from .strategies import NASTY, nasty_text, short_text
from .test_clean import blocks

CASES = [value for value, _ in CASE_CHOICES]
hostile_html = st.lists(
    st.one_of(
        nasty_text,
        st.sampled_from(NASTY),
        st.sampled_from([
            '<a href=" JaVaScRiPt:alert(1)">x</a>', "<a href='java&#x09;script:alert(1)'>x</a>", "<svg onload=alert(1)>",
            '<p style="x" onclick="y">t</p>', "<iframe src=//evil>", "<math><mi xlink:href=javascript:1>", "<scr<script>ipt>",
            '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>', "<img/src/onerror=alert(1)>", "<body onload=x>",
            "<!--<script>-->", "<style>*{}</style>", '<form action="javascript:1"><input></form>', "<base href=//evil>",
        ]),
    ),
    max_size=10,
).map("".join)


@FUZZ
@given(raw=nasty_text, case=st.sampled_from(CASES))
def test_normalize_headline(raw, case):
    headline = normalize_headline(raw, case)
    assert isinstance(headline.text, str) and isinstance(headline.labels, list)


@FUZZ
@given(raw=nasty_text)
def test_parse_byline(raw):
    byline = parse_byline(raw)
    assert isinstance(byline.text, str) and all(isinstance(a, str) for a in byline.authors)


@FUZZ
@given(raw=nasty_text)
def test_parse_dateline_and_agency(raw):
    dateline = parse_dateline(raw)
    assert dateline is None or isinstance(dateline.place, str)
    assert agency_name(raw) is None or isinstance(agency_name(raw), str)


@FUZZ
@given(html=hostile_html)
def test_sanitize_leaves_no_script_handler_or_javascript_link(html):
    assert html_problems(sanitize(html)) == []


@FUZZ
@given(body=blocks)
def test_render_html_is_always_safe(body):
    assert html_problems(render_html(body)) == []


@FUZZ
@given(
    item=st.builds(ParsedItem, format=st.just("text"), guid=short_text, headline=nasty_text, subheadline=short_text,
                   byline=nasty_text, dateline=short_text, credit=short_text, publisher=short_text, summary=short_text,
                   blocks=blocks),
    case=st.sampled_from(CASES),
)
def test_normalize_whole_item(item, case):
    draft = normalize(CleanedItem(item=item), HouseStyle(headline_case=case))
    assert html_problems(draft.body_html) == []
    assert isinstance(draft.body_text, str)


@pytest.mark.parametrize("payload", ['<a href="javascript:alert(1)">x</a>', "<script>alert(1)</script>", '<p onclick="x">t</p>'])
def test_safety_check_itself_catches_unsanitized_html(payload):
    """The checker is not vacuous: raw hostile HTML is reported."""
    assert html_problems(payload)
