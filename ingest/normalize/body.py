"""Body: blocks -> sanitized HTML (nh3) and plain text, copy untouched."""
from __future__ import annotations

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


def render_html(blocks: list[Block]) -> str:
    parts: list[str] = []
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
        else:
            parts.append(f"<p>{_inline(block.html, block.text)}</p>")
    return sanitize("\n".join(parts))


def render_text(blocks: list[Block]) -> str:
    """Paragraphs separated by a blank line; a list's title and items one per line."""
    parts: list[str] = []
    for block in blocks:
        if block.kind == LIST:
            parts.append("\n".join(([block.text] if block.text else []) + block.items))
        else:
            parts.append(block.text)
    return "\n\n".join(part for part in parts if part)
