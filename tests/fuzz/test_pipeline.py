"""The whole pure pipeline, fuzzed from bytes: drafts with safe HTML, or a ParseError."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.parse import PARSERS, ParseError
from ingest.pipeline import run

from .conftest import FUZZ
from .safety import html_problems
from .strategies import document_for
from .test_parse import CONTENT_TYPES


@FUZZ
@given(data=st.data(), content_type=st.sampled_from(CONTENT_TYPES))
def test_pipeline_yields_safe_drafts_or_parse_error(data, content_type):
    raw = data.draw(document_for(data.draw(st.sampled_from(sorted(PARSERS)))))
    try:
        drafts = run(raw, content_type)
    except ParseError:
        return
    for draft in drafts:
        assert html_problems(draft.body_html) == [], draft.body_html
        assert isinstance(draft.headline, str) and isinstance(draft.guid, str)
