"""Step 1 of the pipeline: bytes + content type -> ParsedItem(s).

Each format has its own module exposing `parse(raw, content_type)`; this
package picks one from the source's pinned format, the content type and a
sniff of the body. Everything after this step is format-free.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable

from ingest.items import ParsedItem

from . import anpa, arc, html, mail, newsml12, newsmlg2, ninjs, nitf, rss, text, wordpress
from .copy_byline import take_byline_from_copy
from .errors import ParseError

Parser = Callable[[bytes, str], list[ParsedItem]]

PARSERS: dict[str, Parser] = {
    "text": text.parse,
    "html": html.parse,
    "ninjs": ninjs.parse,
    "nitf": nitf.parse,
    "newsmlg2": newsmlg2.parse,
    "newsml12": newsml12.parse,
    "anpa": anpa.parse,
    "rss": rss.parse,
    "wordpress": wordpress.parse,
    "arc": arc.parse,
    "mail": mail.parse,
}

FORMAT_CHOICES = ("auto", "text", "ninjs", "nitf", "newsmlg2", "newsml12", "anpa", "html", "rss", "wordpress", "arc", "mail")


def detect_format(raw: bytes, content_type: str) -> str:
    """Guess the format from the content type, then from the body's first bytes."""
    from .detect import detect

    return detect(raw, content_type)


def parse(raw: bytes, content_type: str = "", pinned_format: str = "auto") -> tuple[str, list[ParsedItem]]:
    fmt = pinned_format if pinned_format and pinned_format != "auto" else detect_format(raw, content_type)
    parser = PARSERS.get(fmt)
    if parser is None and fmt == "xml":
        from .detect import root_element
        from .encoding import decode_with

        root = root_element(decode_with(raw[:8192], content_type, xml=True)[0].lstrip("\ufeff"))
        raise ParseError(
            f"unrecognised XML: the root element <{root or '?'}> is not NITF, NewsML-G2, NewsML 1.2, RSS/Atom or HTML", "line 1"
        )
    if parser is None:
        raise ParseError(f"no parser for format {fmt!r}", "content type " + (content_type or "(none)"))
    items = parser(raw, content_type)
    if not items:
        raise ParseError("the body holds no wire item", fmt)
    for item in items:
        _compose(item)
        take_byline_from_copy(item)  # (where the format's own reading found none: every format's copy can sign itself)
    return fmt, items


_TEXT_FIELDS = ("headline", "subheadline", "byline", "dateline", "credit", "publisher", "edition", "summary")


def _composed(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _compose(item: ParsedItem) -> None:
    """Every field and block in Unicode's composed form (NFC). A system that sends "ũ" as "u" and a combining tilde
    (decomposed, as some Mac exports and CMSes do) sends the same letters: composed, the copy reads, compares and
    searches as the same words. The characters are unchanged as a reader sees them; only their coding is."""
    for name in _TEXT_FIELDS:
        setattr(item, name, _composed(getattr(item, name)))
    for block in item.blocks:
        block.text, block.html = _composed(block.text), _composed(block.html)
        block.items = [_composed(entry) for entry in block.items]


__all__ = ["FORMAT_CHOICES", "PARSERS", "ParseError", "detect_format", "parse"]
