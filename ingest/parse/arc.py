"""Arc XP stories in ANS (Arc Native Specification, the Content API's `type: "story"` document) -> one ParsedItem.

Newsrooms on Arc XP forward what their Content API answers rather than a wire
format. A story is a JSON object whose copy is a list of typed elements,
`content_elements`, in reading order:

- `text` (a paragraph's inline HTML), `header` (a subhead with its `level`),
  `list` (`items` of text elements, `list_type` "ordered"/"unordered"),
  `quote` (its own `content_elements`, and a `citation`), `correction`
  (`text`), `table` (`header` and `rows` of cells), `raw_html`: the copy;
- `interstitial_link` ("Also Read | ...") and `custom_embed` (a newsletter
  sign-up, a promo: the strings in its `embed.config`) are furniture of the
  platform, handed to the cleaner so they are removed with a record;
- `image`, `video`, `gallery`, `oembed_*`, `divider` carry no copy.

The rest: `headlines.basic` is the headline (`headlines.web` may carry the
site's suffix); `subheadlines.basic`, the deck a reader sees under it, is the
summary (DESIGN.md's "Dek"), else `description.basic` (the written meta
description); `credits.by[].name` are the byline's people; `source.name`
(else a staff `distributor.name`) is the publisher, and a wire distributor
(`distributor.category` "wires") is the credit. `_id` is the story's id for
good, `first_publish_date`/`last_updated_date` (else `display_date`,
`publish_date`) its times; `taxonomy.tags` and sections are keywords and
subjects. Everything after this step is format-free.
"""
from __future__ import annotations

import hashlib
import html
import re

from ingest.items import HEADING, LIST, PARAGRAPH, Block, ParsedItem

from .dates import parse_datetime
from .errors import ParseError
from .jsonbody import load_json
from .markup import blocks_from_html

FURNITURE = "furniture:arc-embed"
_COPY_HTML = ("text", "raw_html")
_NO_COPY = ("image", "video", "gallery", "divider", "audio", "reference")
_WIRE_CATEGORIES = {"wires", "wire", "agency"}


def is_arc_story(document: object) -> bool:
    """An ANS story: `content_elements` a list and `headlines` an object."""
    return (isinstance(document, dict) and isinstance(document.get("content_elements"), list)
            and isinstance(document.get("headlines"), dict))


def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    document, _ = load_json(raw, content_type, "Arc ANS story", "a story")
    if not is_arc_story(document):
        raise ParseError("Arc ANS: expected a story object with 'headlines' and 'content_elements'", "the top level")
    item = ParsedItem(format="arc")
    item.headline = _plain(_basic(document.get("headlines")))
    deck = _plain(_basic(document.get("subheadlines")))
    item.summary = deck or _plain(_basic(document.get("description")))
    item.byline = _byline(document.get("credits"))
    source = _object(document.get("source"))
    distributor = _object(document.get("distributor"))
    if str(distributor.get("category") or "").lower() in _WIRE_CATEGORIES:
        item.credit = _plain(distributor.get("name"))
    item.publisher = _plain(source.get("name")) or (
        "" if item.credit else _plain(distributor.get("name")))
    item.language = _plain(document.get("language"))
    item.blocks = [block for element in document["content_elements"] for block in _blocks(element)]
    if not item.headline and not item.blocks:
        raise ParseError("Arc ANS: the story has neither a headline nor any copy", "the top level")
    item.guid = _plain(document.get("_id")) or "arc:" + hashlib.sha256(raw).hexdigest()[:32]
    item.firstcreated = parse_datetime(_plain(document.get("first_publish_date")) or _plain(document.get("display_date")))
    item.versioncreated = parse_datetime(_plain(document.get("last_updated_date")) or _plain(document.get("publish_date"))) \
        or item.firstcreated
    taxonomy = _object(document.get("taxonomy"))
    item.keywords = [_plain(tag.get("text")) for tag in _list(taxonomy.get("tags")) if isinstance(tag, dict) and _plain(tag.get("text"))]
    section = _object(taxonomy.get("primary_section"))
    if section.get("name"):
        item.subjects = [{"scheme": "arc-section", "code": _plain(section.get("_id")), "name": _plain(section.get("name"))}]
    if document.get("canonical_url"):
        item.extra["link"] = _plain(document.get("canonical_url"))
    return [item]


def _blocks(element: object) -> list[Block]:
    if not isinstance(element, dict):
        return []
    kind = str(element.get("type") or "")
    if kind in _COPY_HTML:
        content = element.get("content")
        content = content if isinstance(content, str) else ""
        return blocks_from_html(f"<p>{content}</p>" if kind == "text" else content)
    if kind == "header":
        text = _plain(element.get("content"))
        return [Block(kind=HEADING, text=text, level=_level(element.get("level")))] if text else []
    if kind == "list":
        items = [_plain(entry.get("content")) for entry in _list(element.get("items")) if isinstance(entry, dict)]
        items = [entry for entry in items if entry]
        return [Block(kind=LIST, items=items, ordered=element.get("list_type") == "ordered")] if items else []
    if kind == "quote":
        inner = [block for child in _list(element.get("content_elements")) for block in _blocks(child)]
        citation = element.get("citation")
        citation = _plain(citation.get("content") if isinstance(citation, dict) else citation)  # {"type": "text", "content": ...}
        return inner + ([Block(kind=PARAGRAPH, text=citation)] if citation else [])
    if kind == "correction":
        text = _plain(element.get("text"))
        return [Block(kind=PARAGRAPH, text=text)] if text else []
    if kind == "table":
        rows = [_list(element.get("header")), *map(_list, _list(element.get("rows")))]
        lines = [" ".join(_plain(cell.get("content") if isinstance(cell, dict) else cell) for cell in row) for row in rows]
        return [Block(kind=PARAGRAPH, text=line.strip()) for line in lines if line.strip()]
    if kind in ("interstitial_link", "custom_embed"):
        text = "\n".join(_embed_strings(element))
        return [Block(kind=PARAGRAPH, text=text, furniture=FURNITURE)] if text else []
    return []  # images, videos, galleries, oembeds, dividers: no copy


def _embed_strings(element: dict) -> list[str]:
    """The words a platform element shows: a link's text, or an embed's title, description and button."""
    if element.get("type") == "interstitial_link":
        return [text for text in [_plain(element.get("content"))] if text]
    config = _object(_object(element.get("embed")).get("config"))
    keys = ("title", "headline", "description", "text", "cta", "cta_text", "button", "button_text", "label")
    return [text for text in (_plain(config.get(key)) for key in keys) if text]


def _byline(credits: object) -> str:
    names = [_plain(person.get("name")) for person in _list(_object(credits).get("by")) if isinstance(person, dict)]
    names = [name for name in names if name]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _basic(value: object) -> object:
    return value.get("basic") if isinstance(value, dict) else value


def _object(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _level(value: object) -> int:
    """A header's level, 1 to 6; 2 when it is missing or not a number."""
    try:
        return min(max(int(value), 1), 6)
    except (TypeError, ValueError, OverflowError):
        return 2


_TAGS = re.compile(r"<[^>]+>")


def _plain(value: object) -> str:
    """A string field's text: tags dropped, entities read, whitespace collapsed ("" for anything not a string)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return ""
    return " ".join(html.unescape(_TAGS.sub(" ", value)).split()).replace(" ,", ",").replace(" .", ".")


__all__ = ["FURNITURE", "is_arc_story", "parse"]
