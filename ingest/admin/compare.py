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


def side_by_side(old: str, new: str) -> tuple[SafeString, SafeString]:
    """`old` with its deleted words in <del>, and `new` with its inserted words in <ins>: two columns,
    so a changed word reads "Bridge" on one side and "bridge" on the other, never "Bridgebridge"."""
    a, b = _WORD.findall(old or ""), _WORD.findall(new or "")
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            left.append(escape("".join(a[i1:i2])))
            right.append(escape("".join(b[j1:j2])))
            continue
        if i2 > i1:
            left.append(format_html("<del>{}</del>", "".join(a[i1:i2])))
        if j2 > j1:
            right.append(format_html("<ins>{}</ins>", "".join(b[j1:j2])))
    return mark_safe("".join(left)), mark_safe("".join(right))


def paragraphs_side_by_side(old: str, new: str) -> list[tuple[SafeString, SafeString]]:
    """A body, paragraph by paragraph: changed paragraphs as side-by-side pairs, unchanged runs folded into "…"."""
    a = [p for p in (old or "").split("\n\n") if p.strip()]
    b = [p for p in (new or "").split("\n\n") if p.strip()]
    rows: list[tuple[SafeString, SafeString]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            note = format_html('<span class="unchanged">… {} unchanged paragraph{} …</span>', i2 - i1, "" if i2 - i1 == 1 else "s")
            rows.append((note, note))
            continue
        pairs = list(zip(a[i1:i2], b[j1:j2])) if op == "replace" else []
        rows.extend(side_by_side(old_p, new_p) for old_p, new_p in pairs)
        rows.extend((format_html("<del>{}</del>", p), mark_safe("")) for p in a[i1 + len(pairs):i2])
        rows.extend((mark_safe(""), format_html("<ins>{}</ins>", p)) for p in b[j1 + len(pairs):j2])
    return rows


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


# Fields an editor reads when deciding whether to take a wire update, in reading order, named as the desk says them.
DIFFED_FIELDS = {
    "headline": "Headline", "subheadline": "Subheadline", "byline": "Byline", "authors": "Authors",
    "dateline": "Dateline", "credit": "Credit", "publisher": "Publisher", "edition": "Edition", "summary": "Summary",
    "body_text": "Body", "keywords": "Keywords", "urgency": "Urgency", "language": "Language",
}


def pending_update_diff(current: dict, incoming: dict) -> list[dict]:
    """For every reviewed field the newer wire version changes: its name in words and rows of (yours, wire)."""
    changes = []
    for name, label in DIFFED_FIELDS.items():
        if name not in incoming:
            continue
        old, new = _as_text(current.get(name)), _as_text(incoming.get(name))
        if old != new:
            rows = paragraphs_side_by_side(old, new) if name == "body_text" else [side_by_side(old, new)]
            changes.append({"field": name, "label": label, "rows": rows})
    return changes


_ERROR_PLACE = re.compile(r"\bline (\d+), column (\d+)")


def error_place(error: str) -> tuple[int, int] | None:
    """(line, column), both counted from 1, from a parse error such as "... (at line 10, column 7: '</body>')"."""
    match = _ERROR_PLACE.search(error or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def lines_around(raw: str, line: int, column: int, context: int = 12) -> list[dict]:
    """The raw body's lines around a parse error, numbered, the error's line marked and its column highlighted."""
    lines = raw.split("\n")
    if not 1 <= line <= len(lines):
        return []
    rows = []
    for number in range(max(1, line - context), min(len(lines), line + context) + 1):
        text = lines[number - 1].rstrip("\r")
        if number == line:
            at = min(max(column - 1, 0), len(text))
            html = format_html('{}<span class="error-column" title="column {}">{}</span>{}', text[:at], column,
                               text[at:at + 1] or " ", text[at + 1:])
        else:
            html = escape(text)
        rows.append({"number": number, "html": html, "error": number == line})
    return rows
