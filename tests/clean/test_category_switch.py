"""A source's switched-off library categories: the clean step skips them, and only for that source's items.

The cleaner is handed the categories as plain names (no models): a line only a switched-off category would
remove stays in the copy, unscored and unflagged; the other categories and every other source work as before.
"""
import pytest

from ingest.clean import LIBRARY_CATEGORIES, SHIPPED, clean
from ingest.items import LIST, Block, ParsedItem
from ingest.pipeline import PipelineOptions, run

STORY = "The harbor bridge reopened on Tuesday after six weeks of repairs, city officials said in a statement."
LATER = "Traffic was light on the first morning, and commuters said the detour had added twenty minutes each way."


def _item(*lines: str) -> ParsedItem:
    return ParsedItem(format="text", headline="Harbor bridge reopens", blocks=[Block(text=line) for line in lines])


def _body(cleaned) -> list[str]:
    return [block.text for block in cleaned.item.blocks]


CASES = [
    # (what, line, category that removes it, categories switched off, kept?)
    ("nothing off: the newsletter nag goes", "Sign up for our daily newsletter", "newsletter-nag", set(), False),
    ("its category off: it stays", "Sign up for our daily newsletter", "newsletter-nag", {"newsletter-nag"}, True),
    ("another category off: it still goes", "Sign up for our daily newsletter", "newsletter-nag", {"photo-credit"}, False),
    ("photo credit off: the credit stays", "(AP Photo/Evan Vucci)", "photo-credit", {"photo-credit"}, True),
    ("photo credit off, the ad still goes", "Advertisement", "advertisement", {"photo-credit"}, False),
    ("advertisement off: the ad label stays, not scored away", "Advertisement", "advertisement", {"advertisement"}, True),
    ("several off at once", "Share this article", "share-prompt", {"share-prompt", "advertisement"}, True),
    ("an unknown name switches nothing off", "Share this article", "share-prompt", {"no-such-category"}, False),
    # The library's first categories off: every later rule moves up the list, and still matches its lines.
    ("first categories off, a later one still goes", "Advertisement", "advertisement", {"comment-prompt", "login-prompt"}, False),
    ("first categories off, a later nag still goes", "Share this article", "share-prompt", {"comment-prompt", "newsletter-nag"}, False),
    # Two nags run together: kept when either sentence's category is off (the line is then not all boilerplate).
    ("chained nags, one category off", "Subscribe now. Share this article", "subscription-nag", {"share-prompt"}, True),
]


@pytest.mark.parametrize("what,line,category,off,kept", CASES, ids=[case[0] for case in CASES])
def test_clean_skips_switched_off_categories(what, line, category, off, kept):
    assert category in LIBRARY_CATEGORIES
    cleaned = clean(_item(STORY, line, LATER), SHIPPED, disabled_categories=frozenset(off))
    assert (line in _body(cleaned)) is kept, what
    removed = {removal.text: removal.rule for removal in cleaned.removed}
    if kept:
        assert line not in removed
        assert line not in [flag["text"] for flag in cleaned.flagged]  # the editor said it is copy: no flag either
    else:
        assert removed[line].startswith("library:")
    assert _body(cleaned)[0] == STORY and _body(cleaned)[-1] == LATER


def test_a_switched_off_section_opener_keeps_its_list_of_links_too():
    related = Block(kind=LIST, text="Related stories", items=["Bridge closed for repairs", "City council approves budget"])
    item = ParsedItem(format="text", headline="Harbor bridge reopens", blocks=[Block(text=STORY), related, Block(text=LATER)])
    on = clean(item, SHIPPED)
    off = clean(item, SHIPPED, disabled_categories=frozenset({"related-links"}))
    assert [b.kind for b in on.item.blocks] == ["paragraph", "paragraph"]
    assert off.item.blocks[1].items == related.items and off.removed == []


def test_a_subheadline_slot_nag_stays_when_its_category_is_off():
    item = _item(STORY, LATER)
    item.subheadline = "Share | Email | Print"
    assert clean(item, SHIPPED).item.subheadline == ""
    assert clean(item, SHIPPED, disabled_categories=frozenset({"share-prompt"})).item.subheadline == "Share | Email | Print"


def test_the_pipeline_passes_the_sources_switch_to_the_clean_step():
    body = f"Harbor bridge reopens\n\n{STORY}\n\nSign up for our daily newsletter\n\n{LATER}\n".encode()
    [default] = run(body, "text/plain", PipelineOptions(pinned_format="text"))
    [switched] = run(body, "text/plain", PipelineOptions(pinned_format="text", disabled_categories=frozenset({"newsletter-nag"})))
    assert "Sign up for our daily newsletter" not in default.body_text
    assert "Sign up for our daily newsletter" in switched.body_text


def test_the_cleaner_imports_no_models():
    """The switch comes in as plain data: the clean step must stay free of Django."""
    import ast
    from pathlib import Path

    import ingest.clean.engine as engine

    tree = ast.parse(Path(engine.__file__).read_text())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module} | {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }
    assert not any(name.startswith(("django", "ingest.models")) for name in imported), imported
