"""Highlighting removed pieces in raw copy, and word diffs: table-driven, no database."""
import pytest

from ingest.admin.compare import mark_removed, pending_update_diff, word_diff


@pytest.mark.parametrize(
    ("raw", "pieces", "html", "found"),
    [
        ("Body.\nAdvertisement\nMore.", ["Advertisement"],
         'Body.\n<mark class="removed-piece" data-piece="0">Advertisement</mark>\nMore.', [True]),
        # Re-wrapped by the wire: whitespace between words may differ.
        ("Sign up for\n  our newsletter", ["Sign up for our newsletter"],
         '<mark class="removed-piece" data-piece="0">Sign up for\n  our newsletter</mark>', [True]),
        # Everything is escaped, the marked text too.
        ("<b>x</b> & Follow <us>", ["Follow <us>"],
         '&lt;b&gt;x&lt;/b&gt; &amp; <mark class="removed-piece" data-piece="0">Follow &lt;us&gt;</mark>', [True]),
        # A piece the parser decoded from entities is not in the raw text as such.
        ("Caf&eacute; closed", ["Café closed"], "Caf&amp;eacute; closed", [False]),
        # Every occurrence, several pieces, in order.
        ("Ad\ntext\nAd\nShare this", ["Ad", "Share this"],
         '<mark class="removed-piece" data-piece="0">Ad</mark>\ntext\n<mark class="removed-piece" data-piece="0">Ad</mark>\n'
         '<mark class="removed-piece" data-piece="1">Share this</mark>', [True, True]),
        # Overlapping pieces: the first wins, nothing is doubled.
        ("Read more here", ["Read more", "more here"],
         '<mark class="removed-piece" data-piece="0">Read more</mark> here', [True, True]),
        ("Nothing removed", [], "Nothing removed", []),
        ("Blank piece", ["   "], "Blank piece", [False]),
    ],
)
def test_mark_removed(raw, pieces, html, found):
    marked, was_found = mark_removed(raw, pieces)
    assert str(marked) == html
    assert was_found == found


@pytest.mark.parametrize(
    ("old", "new", "html"),
    [
        ("Rubio meets Lavrov", "Rubio meets Lavrov", "Rubio meets Lavrov"),
        ("Rubio meets Lavrov", "Rubio meets Lavrov in Kuala Lumpur", "Rubio meets Lavrov<ins> in Kuala Lumpur</ins>"),
        ("Three dead in storm", "Five dead in storm", "<del>Three</del><ins>Five</ins> dead in storm"),
        ("a <b> tag", "a tag", "a <del>&lt;b&gt; </del>tag"),
        ("", "New text", "<ins>New text</ins>"),
    ],
)
def test_word_diff(old, new, html):
    assert str(word_diff(old, new)) == html


def test_pending_update_diff_lists_only_changed_reviewed_fields():
    current = {"headline": "Old", "byline": "Jane Doe", "authors": ["Jane Doe"], "urgency": 4, "body_html": "<p>x</p>"}
    incoming = {"headline": "New", "byline": "Jane Doe", "authors": ["Jane Doe", "John Roe"], "urgency": 4,
                "body_html": "<p>y</p>", "blocks": []}
    rows = dict(pending_update_diff(current, incoming))
    assert set(rows) == {"headline", "authors"}
    assert str(rows["authors"]) == "Jane <del>Doe</del><ins>Doe, John Roe</ins>"
    assert str(rows["headline"]) == "<del>Old</del><ins>New</ins>"


@pytest.mark.parametrize(
    ("old", "new", "html"),
    [
        ("One.\n\nTwo.\n\nThree.", "One.\n\nTwo!\n\nThree.",
         '<p class="unchanged">… 1 unchanged paragraph …</p><p><del>Two.</del><ins>Two!</ins></p>'
         '<p class="unchanged">… 1 unchanged paragraph …</p>'),
        ("One.\n\nTwo.", "One.\n\nTwo.\n\nNew ending.",
         '<p class="unchanged">… 2 unchanged paragraphs …</p><p><ins>New ending.</ins></p>'),
        ("Gone <soon>.\n\nKept.", "Kept.", '<p><del>Gone &lt;soon&gt;.</del></p><p class="unchanged">… 1 unchanged paragraph …</p>'),
    ],
)
def test_paragraph_diff(old, new, html):
    from ingest.admin.compare import paragraph_diff

    assert str(paragraph_diff(old, new)) == html
