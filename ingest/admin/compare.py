"""Presentation helpers for the story page: removed pieces marked in the raw copy, and word diffs.

Plain functions over strings; they escape everything they are given and
return safe HTML, so the templates never mark wire text safe themselves.
"""
from __future__ import annotations

import difflib
import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

_WORD = re.compile(r"\s+|[^\s]+")


def _loose_pattern(piece: str) -> re.Pattern | None:
    """The piece's words with any run of whitespace between them (wires rewrap lines)."""
    words = piece.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def mark_removed(raw: str, pieces: list[str]) -> tuple[SafeString, list[bool]]:
    """Escape `raw` and wrap every occurrence of each removed piece in <mark>.

    Returns the HTML and, per piece, whether it was found verbatim (a piece
    the parser decoded from markup or entities may not appear as such).
    """
    spans: list[tuple[int, int, int]] = []
    found = [False] * len(pieces)
    for number, piece in enumerate(pieces):
        pattern = _loose_pattern(piece)
        if pattern is None:
            continue
        for match in pattern.finditer(raw):
            spans.append((match.start(), match.end(), number))
            found[number] = True
    spans.sort()
    out, cursor = [], 0
    for start, end, number in spans:
        if start < cursor:
            continue  # overlapping pieces: the first one wins
        out.append(escape(raw[cursor:start]))
        out.append(format_html('<mark class="removed-piece" data-piece="{}">{}</mark>', number, raw[start:end]))
        cursor = end
    out.append(escape(raw[cursor:]))
    return mark_safe("".join(out)), found


def word_diff(old: str, new: str) -> SafeString:
    """`old` -> `new` word by word: deletions in <del>, insertions in <ins>."""
    a, b = _WORD.findall(old or ""), _WORD.findall(new or "")
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            out.append(format_html("<del>{}</del>", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            out.append(format_html("<ins>{}</ins>", "".join(b[j1:j2])))
    return mark_safe("".join(out))


def paragraph_diff(old: str, new: str) -> SafeString:
    """A body's diff: only the paragraphs that changed, word by word; unchanged runs fold into "…"."""
    a = [p for p in (old or "").split("\n\n") if p.strip()]
    b = [p for p in (new or "").split("\n\n") if p.strip()]
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(format_html('<p class="unchanged">… {} unchanged paragraph{} …</p>', i2 - i1, "" if i2 - i1 == 1 else "s"))
            continue
        pairs = list(zip(a[i1:i2], b[j1:j2])) if op == "replace" else []
        for old_p, new_p in pairs:
            parts.append(format_html("<p>{}</p>", word_diff(old_p, new_p)))
        for old_p in a[i1 + len(pairs):i2]:
            parts.append(format_html("<p><del>{}</del></p>", old_p))
        for new_p in b[j1 + len(pairs):j2]:
            parts.append(format_html("<p><ins>{}</ins></p>", new_p))
    return mark_safe("".join(parts))


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


# Fields an editor reads when deciding whether to take a wire update, in reading order.
DIFFED_FIELDS = (
    "headline", "subheadline", "byline", "authors", "dateline", "credit", "publisher", "edition", "summary",
    "body_text", "keywords", "urgency", "language",
)


def pending_update_diff(current: dict, incoming: dict) -> list[tuple[str, SafeString]]:
    """(field, diff) for every reviewed field the newer wire version changes."""
    rows = []
    for name in DIFFED_FIELDS:
        if name not in incoming:
            continue
        old, new = _as_text(current.get(name)), _as_text(incoming.get(name))
        if old != new:
            rows.append((name, paragraph_diff(old, new) if name == "body_text" else word_diff(old, new)))
    return rows
