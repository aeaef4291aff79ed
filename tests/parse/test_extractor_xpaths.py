"""trafilatura's XPath expressions, evaluated faster by the product, select what trafilatura's own select."""
from __future__ import annotations

import gzip
from copy import copy
from pathlib import Path

import pytest
from lxml.etree import XPath

from ingest.parse import extractor_xpaths
from ingest.parse.depth import checked_page_tree
from ingest.parse.encoding import decode, strip_control

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("path, expected", [
    # an absent attribute hands the pattern "": guarded where the pattern finds nothing in ""
    (".//*[re:test(@class, 'nav|menu')]", ".//*[((@class) and re:test(@class, 'nav|menu'))]"),
    (".//*[re:test(@id|@class, '^shar')]", ".//*[((@id|@class) and re:test(@id|@class, '^shar'))]"),
    # a pattern that matches "" is true for an absent attribute: left as it is
    (".//*[re:test(@class, 'x?')]", ".//*[re:test(@class, 'x?')]"),
    (".//*[re:test(@class, '^$')]", ".//*[re:test(@class, '^$')]"),
    # not an attribute: left as it is
    (".//*[re:test(normalize-space(.), 'by')]", ".//*[re:test(normalize-space(.), 'by')]"),
])
def test_an_attribute_test_is_guarded_only_where_an_absent_attribute_gives_false(path, expected):
    assert extractor_xpaths.guarded(path) == expected


def _pages() -> list[bytes]:
    pages = [path.read_bytes() for path in sorted(ROOT.glob("tests/**/*.html"))]
    pages += [gzip.decompress(path.read_bytes()) for path in sorted((ROOT / "eval").glob("**/*.html.gz"))]
    assert len(pages) > 200
    return pages


def _selected(expression, tree) -> list:
    found = expression(tree)
    return [str(entry) if isinstance(entry, str) else entry for entry in found] if isinstance(found, list) else [found]


def test_every_list_selects_the_same_on_every_page_raw_and_as_the_extractor_converts_it():
    """Each of trafilatura's XPath lists, on each page as read and as trafilatura's cleaning and tag conversion leave
    it (where its prunes run): the same elements (the same objects), in the same order."""
    from trafilatura import core, xpaths

    from ingest.parse import html

    faster = extractor_xpaths._faster_lists()
    original = {name: getattr(xpaths, name) for name in faster}
    assert {"OVERALL_DISCARD_XPATH", "BODY_XPATH", "AUTHOR_XPATHS", "TAGS_XPATHS"} <= set(original)
    html._extracted_body(checked_page_tree("<html><body><p>x</p></body></html>", "HTML"))  # makes html._EXTRACTOR
    compared = 0
    for raw in _pages():
        tree = checked_page_tree(strip_control(decode(raw, "text/html")).strip(), "HTML")
        if tree is None:
            continue
        converted, _ = core._prepare_tree(copy(tree), html._EXTRACTOR, None)
        for name, expressions in original.items():
            for expression, fast in zip(expressions, faster[name], strict=True):
                for document in (tree, converted):
                    assert _selected(fast, document) == _selected(expression, document), (name, expression.path)
                    compared += 1
    assert compared > 10_000


def test_the_functions_run_trafilaturas_code_with_the_faster_lists_and_leave_trafilatura_as_it_is():
    from trafilatura import core, external, main_extractor, metadata, xpaths

    assert extractor_xpaths.trafilatura_sequence.__code__ is core.trafilatura_sequence.__code__
    assert extractor_xpaths.extract_author.__code__ is metadata.extract_author.__code__
    sequence = extractor_xpaths.trafilatura_sequence.__globals__
    assert sequence["compare_extraction"].__globals__["OVERALL_DISCARD_XPATH"] is not external.OVERALL_DISCARD_XPATH
    assert sequence["extract_content"].__globals__["_extract"].__globals__["BODY_XPATH"] is not main_extractor.BODY_XPATH
    assert extractor_xpaths.extract_catstags.__globals__["TAGS_XPATHS"] is not metadata.TAGS_XPATHS
    # trafilatura's own modules keep their own lists
    assert main_extractor.OVERALL_DISCARD_XPATH is xpaths.OVERALL_DISCARD_XPATH
    assert all(type(entry) is XPath for entry in xpaths.OVERALL_DISCARD_XPATH)


def test_the_sequence_hands_compare_its_own_tree_only_where_trafilatura_reads_it_no_more():
    """`_extract_and_compare_owning` skips trafilatura's copy of the raw tree in precision mode because, in
    trafilatura 2.3.1's `trafilatura_sequence`, nothing reads that tree after the comparison for that focus: pinned
    by the two functions' source, so a new trafilatura is looked at again before the copy is skipped."""
    import hashlib
    import inspect

    from trafilatura import core

    sources = {function.__name__: hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]
               for function in (core._extract_and_compare, core.trafilatura_sequence)}
    assert sources == {"_extract_and_compare": "f7d056c2118222e8", "trafilatura_sequence": "f03dc4d2946dacbd"}
    sequence = extractor_xpaths.trafilatura_sequence.__globals__
    assert sequence["_extract_and_compare"] is not core._extract_and_compare
    assert sequence["_recall_retry"].__globals__ is sequence  # the recall retry (focus "recall") copies, as trafilatura


@pytest.mark.parametrize("path, expected", [
    ("//div[@class='tags']//a[@href]", "/descendant::div[@class='tags']/descendant::a[@href]"),
    (".//*[self::div][@id='x']|//author", "./descendant::*[self::div][@id='x']|/descendant::author"),
    # a literal is left as it is
    (".//a[contains(@href, 'http://x//y')]", "./descendant::a[contains(@href, 'http://x//y')]"),
    # a predicate that counts: `//x[1]` is each parent's first x, not the first of all; the expression is left whole
    (".//*[self::article][@class='post'][1]", ".//*[self::article][@class='post'][1]"),
    ("(.//div[@id='a'])[1]", "(.//div[@id='a'])[1]"),
    (".//p[position() < 3]", ".//p[position() < 3]"),
])
def test_descendant_steps_only_where_no_predicate_counts(path, expected):
    assert extractor_xpaths.descendant_steps(path) == expected
