"""Body: blocks -> sanitized HTML (nh3) and plain text, copy untouched."""
from __future__ import annotations

import re
from html import escape

import nh3

from ingest.items import HEADING, LIST, Block

ALLOWED_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "strong", "em", "b", "i", "blockquote", "br", "sub", "sup"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def _drop_empty(tag: str, attribute: str, value: str) -> str | None:
    """An empty attribute says nothing (the body editor sends title="" on every link): left out."""
    return value if value.strip() else None


def sanitize(html: str) -> str:
    """The one gate every body passes before it is stored: no scripts, handlers or javascript: links."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        attribute_filter=_drop_empty,
    )


def _inline(block_html: str, text: str) -> str:
    return block_html or escape(text, quote=False)


# What the sanitizer changes in escaped text set in the tags render_html writes: NUL (dropped), a carriage return
# (a new line), the no-break space (written "&nbsp;") and lone surrogates; every other code point comes back as it
# went in (tests/normalize/test_body.py tries each one).
_SANITIZER_REWRITES = re.compile("[\x00\r\xa0\ud800-\udfff]")


def render_html(blocks: list[Block]) -> str:
    """The blocks as sanitized HTML. A body of plain text (no block with markup of its own: a wire's copy) is its
    text escaped inside the few tags written here, which the sanitizer gives back unchanged, character for
    character, unless the text holds one of the characters it rewrites: such a body is not sent through it (a
    sixth of normalizing a plain-text item). Any markup from a parser or an editor always goes through it."""
    html, markup = unsanitized_html(blocks)
    if not markup and not (("\x00" in html or "\r" in html) if html.isascii() else _SANITIZER_REWRITES.search(html)):
        return html  # escaped text in the tags unsanitized_html writes: what sanitize(html) returns
    return sanitize(html)


def unsanitized_html(blocks: list[Block]) -> tuple[str, bool]:
    """(the blocks as HTML before the sanitizer, whether a block brought markup of its own)."""
    parts: list[str] = []
    markup = False
    for block in blocks:
        if block.kind == LIST:
            if block.text:
                parts.append(f"<h3>{escape(block.text, quote=False)}</h3>")
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{escape(item, quote=False)}</li>" for item in block.items)
            parts.append(f"<{tag}>{items}</{tag}>")
        elif block.kind == HEADING:
            level = min(max(block.level, 2), 6)
            parts.append(f"<h{level}>{_inline(block.html, block.text)}</h{level}>")
            markup = markup or bool(block.html)
        else:
            parts.append(f"<p>{_inline(block.html, block.text)}</p>")
            markup = markup or bool(block.html)
    return "\n".join(parts), markup


def render_text(blocks: list[Block]) -> str:
    """Paragraphs separated by a blank line; a list's title and items one per line."""
    parts: list[str] = []
    for block in blocks:
        if block.kind == LIST:
            parts.append("\n".join(([block.text] if block.text else []) + block.items))
        else:
            parts.append(block.text)
    return "\n\n".join(part for part in parts if part)
