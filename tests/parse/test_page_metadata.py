"""The page's author read without a copy of the page gives what trafilatura's `extract_author` gives."""
from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest
from trafilatura.metadata import extract_author

from ingest.parse.depth import checked_page_tree
from ingest.parse.encoding import decode, strip_control
from ingest.parse.page_metadata import _pruned_pieces, author_of

ROOT = Path(__file__).resolve().parents[2]


def _pages() -> list[bytes]:
    pages = [path.read_bytes() for path in sorted(ROOT.glob("tests/**/*.html"))]
    pages += [gzip.decompress(path.read_bytes()) for path in sorted((ROOT / "eval").glob("**/*.html.gz"))]
    assert len(pages) > 200
    return pages


def test_the_author_is_trafilaturas_on_every_page():
    compared = named = 0
    for raw in _pages():
        tree = checked_page_tree(strip_control(decode(raw, "text/html")).strip(), "HTML")
        if tree is None:
            continue
        expected = extract_author(tree)
        assert author_of(tree) == expected
        compared += 1
        named += bool(expected)
    assert compared > 200 and named > 100


@pytest.mark.parametrize("markup", [
    # a discarded <time> between two words, first or last; a discarded class; nested; tails joined to the text before
    '<html><body><div class="author-name">By <time>1 May</time>Jane<span class="date">x</span> Doe</div></body></html>',
    '<html><body><div class="author-name"><time>1 May</time>Jane <b>Doe</b><figure>f</figure>, Reuters</div></body></html>',
    '<html><body><p><span class="author">Ana <span class="comments">3</span>Lopez</span></p></body></html>',
    '<html><body><div class="comments"><span class="author">A commenter</span></div>'
    '<span class="author">Ana <i>Lopez</i><time>t</time></span></body></html>',
    '<html><body><span class="author"><span class="title">Editor</span><span class="date">d</span>Ana Lopez</span></body></html>',
    '<html><body><figure><span class="author">Photo Person</span></figure><a rel="author">Ana Lopez</a></body></html>',
    # a tail joined to the text before it makes one piece: no space where the deleted element was
    '<html><body><div class="author-name">Jane<time>x</time>Doe Smith</div></body></html>',
])
def test_deleted_elements_join_their_tails_as_trafilatura_deletes_them(markup):
    tree = lxml.html.fromstring(markup)
    assert author_of(tree) == extract_author(tree)


def test_pieces_are_itertexts_when_nothing_is_discarded():
    tree = lxml.html.fromstring("<div>a<b>b<i>c</i>d</b>e<br/>f</div>")
    assert _pruned_pieces(tree, set()) == list(tree.itertext())


def test_the_description_keeps_the_zero_width_joiners_the_page_wrote():
    """trafilatura's trim drops U+200C, which is spelling in Newar, Kannada and Persian words: the summary keeps it."""
    import lxml.html

    from ingest.parse.page_metadata import page_metadata
    description = "ग्वसाःखलःया धापू कथं थ्व; ल्याय्\u200cम्ह ब्वनामिपिं अप्वः वल।"
    tree = lxml.html.fromstring(f'<html><head><meta name="description" content="{description}"><title>Yala</title>'
                                '</head><body><p>Copy.</p></body></html>')
    assert page_metadata(tree).description == description
