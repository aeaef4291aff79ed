"""RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 -> one ParsedItem per item/entry.

RSS item: title, link, guid, author ("jane@x.org (Jane Doe)") or dc:creator,
content:encoded (the full story) or description, pubDate, category.
Atom entry: id, title, author/name, content (text, html or xhtml), summary,
published, updated, category@term.
A feed is written by its outlet: the channel/feed title is the publisher.
Feeds carry no version number; an entry whose `updated` time moved on is
the newer version (the story service compares those times).
"""
from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET

from ingest.items import ParsedItem

from .dates import parse_datetime
from .errors import ParseError
from .markup import blocks_from_html, blocks_from_text, looks_like_html, take_body_byline
from .status import credit_name
from .xml import inner_xml, parse_xml, refuse_deep_nesting, text_of

_EMAIL_WITH_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")


@refuse_deep_nesting("RSS/Atom")
def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    root, encoding = parse_xml(raw, content_type, "RSS/Atom")
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            raise ParseError("RSS: <rss> has no <channel>", "rss")
        entries = [(_rss_item, element, f"rss/channel/item[{n}]") for n, element in enumerate(channel.findall("item"), 1)]
        publisher, language = text_of(channel.find("title")), text_of(channel.find("language"))
    elif root.tag == "RDF":
        channel = root.find("channel")
        entries = [(_rss_item, element, f"rdf:RDF/item[{n}]") for n, element in enumerate(root.findall("item"), 1)]
        publisher = text_of(channel.find("title")) if channel is not None else ""
        language = text_of(channel.find("dc:language")) if channel is not None else ""
    elif root.tag == "feed":
        entries = [(_atom_entry, element, f"feed/entry[{n}]") for n, element in enumerate(root.findall("entry"), 1)]
        publisher, language = _atom_text(root.find("title")), root.get("lang", "")
    elif root.tag == "entry":
        entries, publisher, language = [(_atom_entry, root, "entry")], "", root.get("lang", "")
    elif root.tag == "item":
        entries, publisher, language = [(_rss_item, root, "item")], "", ""
    else:
        raise ParseError(f"RSS/Atom: expected <rss>, <feed>, <entry> or <rdf:RDF>, found <{root.tag}>", "line 1")
    items = []
    for read, element, where in entries:
        item = read(element, where)
        item.publisher = item.publisher or publisher
        item.language = item.language or language
        item.extra["encoding"] = encoding
        items.append(item)
    if not items:
        raise ParseError("RSS/Atom: the feed holds no item or entry", root.tag)
    return items


def _byline_from_authors(names: list[str]) -> str:
    names = [name for name in names if name]
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


def _rss_author(value: str) -> str:
    """RSS <author> is an email, often with the name in parentheses; a bare email is not a byline."""
    match = _EMAIL_WITH_NAME.match(value)
    if match:
        return match.group("name").strip()
    return "" if "@" in value else value


def _rss_item(element: ET.Element, where: str) -> ParsedItem:
    item = ParsedItem(format="rss")
    item.headline = _plain(element.find("title"))
    link = text_of(element.find("link"))
    item.guid = text_of(element.find("guid")) or link or _content_hash(element)
    if link:
        item.extra["link"] = link
    creators = [text_of(c) for c in element.findall("dc:creator")]
    item.byline = _byline_from_authors(creators) or _byline_from_authors([_rss_author(text_of(a)) for a in element.findall("author")])
    full = "".join(element.find("content:encoded").itertext()) if element.find("content:encoded") is not None else ""
    description = "".join(element.find("description").itertext()) if element.find("description") is not None else ""
    if full.strip():
        item.blocks = _blocks(full)
        item.summary = " ".join(b.text for b in _blocks(description))
    else:
        item.blocks = _blocks(description)
    item.firstcreated = parse_datetime(text_of(element.find("pubDate")) or text_of(element.find("dc:date")))
    item.versioncreated = parse_datetime(text_of(element.find("dcterms:modified"))) or item.firstcreated
    item.keywords = [text_of(c) for c in element.findall("category") if text_of(c)] + [
        text_of(s) for s in element.findall("dc:subject") if text_of(s)
    ]
    item.credit = credit_name(text_of(element.find("source")))
    if not item.byline:
        item.byline, item.blocks = take_body_byline(item.blocks)
    if not item.headline and not item.blocks:
        raise ParseError("RSS: an item has neither a title nor any content", where)
    return item


def _atom_entry(element: ET.Element, where: str) -> ParsedItem:
    item = ParsedItem(format="rss")
    item.headline = _atom_text(element.find("title"))
    link = next((l.get("href", "") for l in element.findall("link") if l.get("rel", "alternate") == "alternate"), "")
    item.guid = text_of(element.find("id")) or link or _content_hash(element)
    if link:
        item.extra["link"] = link
    item.byline = _byline_from_authors([text_of(a.find("name")) for a in element.findall("author")])
    content = element.find("content")
    summary = element.find("summary")
    if content is not None and not content.get("src"):
        item.blocks = _atom_blocks(content)
        item.summary = _atom_text(summary)
    elif summary is not None:
        item.blocks = _atom_blocks(summary)
    item.firstcreated = parse_datetime(text_of(element.find("published")))
    item.versioncreated = parse_datetime(text_of(element.find("updated"))) or item.firstcreated
    item.firstcreated = item.firstcreated or item.versioncreated
    item.keywords = [c.get("label") or c.get("term", "") for c in element.findall("category") if c.get("label") or c.get("term")]
    item.language = element.get("lang", "")
    source = element.find("source")
    if source is not None:
        item.publisher = _atom_text(source.find("title"))
    if not item.headline and not item.blocks:
        raise ParseError("Atom: an entry has neither a title nor any content", where)
    return item


def _atom_blocks(element: ET.Element) -> list:
    kind = (element.get("type") or "text").lower()
    if kind == "xhtml":
        wrapper = element.find("div")
        return blocks_from_html(inner_xml(wrapper if wrapper is not None else element))
    value = "".join(element.itertext())
    if kind in ("html", "text/html"):
        return blocks_from_html(value)
    return blocks_from_text(value)


def _atom_text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    if (element.get("type") or "").lower() in ("html", "xhtml"):
        return " ".join(b.text for b in _atom_blocks(element))
    return text_of(element)


def _plain(element: ET.Element | None) -> str:
    """RSS titles are plain text, but some feeds put escaped markup in them."""
    value = text_of(element)
    return " ".join(b.text for b in blocks_from_html(value)) if looks_like_html(value) else value


def _blocks(value: str) -> list:
    return blocks_from_html(value) if looks_like_html(value) else blocks_from_text(value)


def _content_hash(element: ET.Element) -> str:
    digest = hashlib.sha256(ET.tostring(element, encoding="unicode").encode()).hexdigest()
    return f"urn:sha256:{digest[:40]}"
