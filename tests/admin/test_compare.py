"""Highlighting removed pieces in raw copy, and word diffs: table-driven, no database."""
import re

import pytest

from ingest.admin.compare import mark_removed, paragraphs_side_by_side, pending_update_diff, side_by_side


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
    ("old", "new", "yours", "wire"),
    [
        ("Rubio meets Lavrov", "Rubio meets Lavrov", "Rubio meets Lavrov", "Rubio meets Lavrov"),
        ("Rubio meets Lavrov", "Rubio meets Lavrov in Kuala Lumpur", "Rubio meets Lavrov",
         "Rubio meets Lavrov<ins> in Kuala Lumpur</ins>"),
        ("Three dead in storm", "Five dead in storm", "<del>Three</del> dead in storm", "<ins>Five</ins> dead in storm"),
        # A changed word never runs into its replacement ("Bridgebridge"): each side shows its own.
        ("Bridge closed", "bridge closed", "<del>Bridge</del> closed", "<ins>bridge</ins> closed"),
        ("a <b> tag", "a tag", "a <del>&lt;b&gt; </del>tag", "a tag"),
        ("", "New text", "", "<ins>New text</ins>"),
    ],
)
def test_side_by_side(old, new, yours, wire):
    assert tuple(map(str, side_by_side(old, new))) == (yours, wire)


def test_pending_update_diff_names_fields_in_words_and_lists_only_changed_ones():
    current = {"headline": "Old", "byline": "Jane Doe", "authors": ["Jane Doe"], "urgency": 4, "body_text": "One.\n\nTwo."}
    incoming = {"headline": "New", "byline": "Jane Doe", "authors": ["Jane Doe", "John Roe"], "urgency": 4,
                "body_text": "One.\n\nTwo!", "blocks": []}
    changes = {change["field"]: change for change in pending_update_diff(current, incoming)}
    assert set(changes) == {"headline", "authors", "body_text"}
    assert [changes[name]["label"] for name in ("headline", "authors", "body_text")] == ["Headline", "Authors", "Body"]
    assert [tuple(map(str, row)) for row in changes["headline"]["rows"]] == [("<del>Old</del>", "<ins>New</ins>")]
    assert [tuple(map(str, row)) for row in changes["authors"]["rows"]] == [("Jane <del>Doe</del>", "Jane <ins>Doe, John Roe</ins>")]
    assert len(changes["body_text"]["rows"]) == 2  # the unchanged first paragraph folded, the changed one paired


@pytest.mark.parametrize(
    ("old", "new", "rows"),
    [
        ("One.\n\nTwo.\n\nThree.", "One.\n\nTwo!\n\nThree.",
         [("… 1 unchanged paragraph …",) * 2, ("<del>Two.</del>", "<ins>Two!</ins>"), ("… 1 unchanged paragraph …",) * 2]),
        ("One.\n\nTwo.", "One.\n\nTwo.\n\nNew ending.",
         [("… 2 unchanged paragraphs …",) * 2, ("", "<ins>New ending.</ins>")]),
        ("Gone <soon>.\n\nKept.", "Kept.", [("<del>Gone &lt;soon&gt;.</del>", ""), ("… 1 unchanged paragraph …",) * 2]),
    ],
)
def test_paragraphs_side_by_side(old, new, rows):
    shown = [tuple(re.sub(r"<span[^>]*>|</span>", "", str(cell)) for cell in row) for row in paragraphs_side_by_side(old, new)]
    assert shown == rows
