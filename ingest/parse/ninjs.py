"""IPTC ninjs (News in JSON) 1.x, 2.x and 3.x -> ParsedItem.

The versions name the same things differently: 1.x has `headline`, `byline`,
`body_html`/`body_text`, `description_text`, `subject`; 2.x moved to arrays
of {role, contenttype, value} (`headlines`, `bodies`, `descriptions`), `by`
and `subjects`; 3.x is 2.x in camelCase (`pubStatus`, `embargoedUntil`,
`contentType`). Keys are lower-cased first, so one reader covers all three.
A body may be one ninjs object or a JSON array of them (one story each).
"""
from __future__ import annotations

import hashlib
import json

from ingest.items import ParsedItem
from ingest.vocabulary.words import collapse_spaces, join_names

from .dates import parse_datetime, parse_version
from .errors import ParseError
from .jsonbody import load_json
from .markup import blocks_from_body_html, blocks_from_html, blocks_from_text, looks_like_html, take_body_byline
from .status import credit_name, mark_correction, pubstatus_from

_MEDIA_TYPES = {"picture", "video", "audio", "graphic", "component"}
_MAIN_ROLES = ("", "main", "default", "headline", "body", "summary", "abstract", "text")
_SUB_ROLES = ("sub", "subheadline", "subhead", "subtitle", "deck", "kicker")


def _lower_keys(value):
    if isinstance(value, dict):
        return {str(key).lower(): _lower_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_lower_keys(item) for item in value]
    return value


def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    document, encoding = load_json(raw, content_type, "ninjs", "a news item")
    document = _unwrap(document)
    objects = document if isinstance(document, list) else [document]
    items = []
    media: list[tuple[dict, str]] = []
    for index, obj in enumerate(objects):
        where = f"item {index}" if isinstance(document, list) else "the top level"
        if not isinstance(obj, dict):
            raise ParseError(f"ninjs: expected an object, found {type(obj).__name__}", where)
        obj = _lower_keys(obj)
        if str(obj.get("type") or "").lower() in _MEDIA_TYPES:
            media.append((obj, where))  # a picture or video beside a story is its illustration, not a story
            continue
        item = _item(obj, where, encoding)
        if not item.headline and not item.blocks and item.pubstatus == "usable":
            raise ParseError("ninjs: the item has neither a headline nor a body", f"{where}, uri {item.guid!r}")
        items.append(item)
    if not items and media:
        # A photo agency's caption feed sends the picture alone, its caption as the body ("bodies": [{"role":
        # "caption", ...}]): with no story beside it, a captioned picture is the copy. One without text is not.
        items = [item for item in (_item(obj, where, encoding) for obj, where in media) if item.blocks]
        if not items:
            raise ParseError("ninjs: the body holds only picture/video/audio/graphic items, no text item", "the top level")
    return items


_ITEM_KEYS = {"uri", "guid", "headline", "headlines", "body_html", "body_text", "bodies", "pubstatus", "pubStatus"}
_WRAPPER_KEYS = ("items", "item", "data", "results", "entries", "hits")


def _unwrap(document, depth: int = 0):
    """Feed pages wrap ninjs objects: {"total": 1, "item": [...]}, {"data": {"items": [{"item": {...}}]}}."""
    if depth > 3:
        return document
    if isinstance(document, list):
        unwrapped = [_unwrap(entry, depth + 1) for entry in document]
        return [obj for entry in unwrapped for obj in (entry if isinstance(entry, list) else [entry])]
    if isinstance(document, dict) and not _ITEM_KEYS & document.keys():
        for key in _WRAPPER_KEYS:
            if isinstance(document.get(key), (list, dict)):
                return _unwrap(document[key], depth + 1)
    return document


class _Reader:
    """Typed access to one ninjs object, with errors that name the field."""

    def __init__(self, obj: dict, where: str):
        self.obj = obj
        self.where = where

    def string(self, *keys: str) -> str:
        for key in keys:
            value = self.obj.get(key)
            if value is None:
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return str(value)
            if not isinstance(value, str):
                raise ParseError(f"ninjs: {key!r} must be a string, found {type(value).__name__}", f"{self.where}, field {key!r}")
            if value.strip():
                return value.strip()
        return ""

    def objects(self, key: str) -> list[dict]:
        value = self.obj.get(key)
        if value is None:
            return []
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list):
            raise ParseError(f"ninjs: {key!r} must be an array, found {type(value).__name__}", f"{self.where}, field {key!r}")
        found = []
        for position, entry in enumerate(value):
            if isinstance(entry, str):
                entry = {"value": entry}
            if not isinstance(entry, dict):
                raise ParseError(f"ninjs: {key}[{position}] must be an object", f"{self.where}, field {key!r}")
            found.append(entry)
        return found


def _by_role(entries: list[dict], roles: tuple[str, ...], value_key: str = "value") -> dict | None:
    for role in roles:
        for entry in entries:
            if str(entry.get("role") or "").lower() == role and str(entry.get(value_key) or "").strip():
                return entry
    return None


def _first_with_value(entries: list[dict], value_key: str = "value") -> dict | None:
    return next((e for e in entries if str(e.get(value_key) or "").strip()), None)


def _prefer_type(entries: list[dict], wanted: str) -> dict | None:
    return next((e for e in entries if wanted in str(e.get("contenttype") or e.get("mimetype") or "").lower()), None)


def _item(obj: dict, where: str, encoding: str) -> ParsedItem:
    read = _Reader(obj, where)
    item = ParsedItem(format="ninjs")
    item.extra["encoding"] = encoding
    item.guid = read.string("uri", "guid") or _alt_id(obj) or _content_hash(obj)
    item.version = parse_version(obj.get("version"))

    headlines = read.objects("headlines")
    main = _by_role(headlines, _MAIN_ROLES) or next(
        (h for h in headlines if str(h.get("role") or "").lower() not in _SUB_ROLES and str(h.get("value") or "").strip()),
        None,
    )
    item.headline = read.string("headline") or (str(main["value"]).strip() if main else "") or read.string("title")
    sub = _by_role(headlines, _SUB_ROLES)
    item.subheadline = str(sub["value"]).strip() if sub else ""

    bylines = read.objects("bylines")
    # Each entry as a provider spells it: {"byline": ...} (Superdesk), {"by": ..., "title": ...} (AP), {"value": ...}.
    names = [str(b.get("byline") or b.get("by") or b.get("value") or "").strip() for b in bylines]
    item.byline = read.string("byline", "by") or " and ".join(name for name in names if name)
    titles = [str(b.get("title")).strip() for b in bylines if b.get("title")]
    if titles:
        item.extra["byline_titles"] = titles

    item.blocks = _body(read)
    if not item.byline:
        item.byline, item.blocks = take_body_byline(item.blocks)
    if not item.byline:
        authors = [
            str(p.get("name") or p.get("literal")).strip() for p in read.objects("people") + read.objects("person")
            if str(p.get("rel") or "").lower().rsplit(":", 1)[-1] in ("author", "creator", "by", "writer") and (p.get("name") or p.get("literal"))
        ]
        item.byline = join_names(authors, read.string("language"))  # as the copy's language joins two people
    item.summary = _summary(read)
    item.dateline = read.string("located")
    item.language = read.string("language")
    item.urgency = _urgency(obj.get("urgency"), where)
    item.pubstatus = pubstatus_from(read.string("pubstatus"))
    item.versioncreated = parse_datetime(read.string("versioncreated"))
    item.firstcreated = parse_datetime(read.string("firstcreated", "contentcreated")) or item.versioncreated
    item.embargoed = parse_datetime(read.string("embargoed", "embargoeduntil"))
    item.subjects = [_subject(s) for s in read.objects("subject") + read.objects("subjects") if _subject(s)]
    item.keywords = [str(k.get("value")).strip() for k in read.objects("keywords") if str(k.get("value") or "").strip()]
    item.credit = _credit(read)
    for key in ("slugline", "ednote", "type", "copyrightnotice", "copyrightholder", "usageterms", "title"):
        value = _note_text(obj.get(key))  # notes for the editor: a provider's list or object must not fail the story
        if value:
            item.extra[key] = value
    signals = [str(s.get("code") or s.get("value") or s.get("name") or "") for s in read.objects("signals") + read.objects("signal")]
    if signals:
        item.extra["signals"] = signals
    mark_correction(item.extra, signals, [item.extra.get("ednote", "")])
    return item


def _body(read: _Reader) -> list:
    html = read.string("body_html", "body_xhtml")  # body_xhtml: ninjs 1.0's name for the same thing
    if html:
        return blocks_from_body_html(html)
    bodies = read.objects("bodies")
    chosen = (
        _prefer_type([b for b in bodies if str(b.get("role") or "").lower() in _MAIN_ROLES], "html")
        or _by_role(bodies, _MAIN_ROLES)
        or _prefer_type(bodies, "html")
        or _first_with_value(bodies)
    )
    if chosen:
        value = str(chosen.get("value") or "")
        is_html = "html" in str(chosen.get("contenttype") or "").lower() or (
            not chosen.get("contenttype") and looks_like_html(value)
        )
        return blocks_from_body_html(value) if is_html else blocks_from_text(value)
    return blocks_from_text(read.string("body_text"))


def _summary(read: _Reader) -> str:
    text = read.string("description_text")
    if text:
        return text
    html = read.string("description_html")
    if html:
        return " ".join(block.text for block in blocks_from_html(html))
    descriptions = read.objects("descriptions")
    chosen = _by_role(descriptions, _MAIN_ROLES + ("description", "teaser", "lead")) or _first_with_value(descriptions)
    if not chosen:
        return ""
    value = str(chosen.get("value") or "")
    if "html" in str(chosen.get("contenttype") or "").lower() or looks_like_html(value):
        return " ".join(block.text for block in blocks_from_html(value))
    return collapse_spaces(value)


def _note_text(value) -> str:
    if isinstance(value, list):
        return " ".join(_note_text(entry) for entry in value if _note_text(entry))
    if isinstance(value, dict):
        return _note_text(value.get("value") or value.get("name") or "")
    return " ".join(str(value).split()) if value is not None and not isinstance(value, bool) else ""


def _urgency(value, where: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        urgency = int(float(value))
    except OverflowError:  # 1e999 or a hundred-digit integer: out of the scale, as 12 is
        return None
    except (TypeError, ValueError):
        raise ParseError(f"ninjs: urgency must be a number from 1 to 9, found {value!r}", f"{where}, field 'urgency'") from None
    return urgency if 1 <= urgency <= 9 else None


def _subject(entry: dict) -> dict:
    subject = {key: str(entry[key]) for key in ("name", "code", "scheme", "uri", "rel", "literal") if entry.get(key)}
    if "name" not in subject and entry.get("value"):
        subject["name"] = str(entry["value"])
    return subject


def _credit(read: _Reader) -> str:
    sources = read.objects("infosources") or read.objects("infosource")
    for source in sources:
        role = str(source.get("role") or source.get("rel") or "").lower()
        if role in ("", "source", "originator", "originating", "credit") and source.get("name"):
            return credit_name(str(source["name"]))
    return ""


def _alt_id(obj: dict) -> str:
    altids = obj.get("altids")
    if isinstance(altids, dict):
        return str(next(iter(altids.values()), "") or "")
    if isinstance(altids, list):
        for entry in altids:
            if isinstance(entry, dict) and entry.get("value"):
                return str(entry["value"])
    return ""


def _content_hash(obj: dict) -> str:
    """No uri (the one required ninjs field): the same content resent must still map to one story."""
    digest = hashlib.sha256(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return f"urn:sha256:{digest[:40]}"
