"""RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 -> one ParsedItem per item/entry, read by feedparser.

feedparser is the feed reader every other reader builds on: it knows the
namespaces, the date formats and the content constructs (text, html, xhtml,
content:encoded). It is handed only a document defusedxml has already
accepted (no entity declaration, nothing external), decoded, with its DOCTYPE
removed, as an in-memory stream: feedparser fetches a URL or opens a file
when given a string that names one, so it never is.

RSS item: title, link, guid, author ("jane@x.org (Jane Doe)") or dc:creator,
content:encoded (the full story) or description, pubDate, dc:date /
dcterms:modified, category / dc:subject, source.
Atom entry: id, title, author/name, content (text, html or xhtml), summary,
published, updated, category@term/@label, source/title.
A feed is written by its outlet: the channel/feed title is the publisher.
With content:encoded (Atom content) the description (summary) is the summary;
with only a description it is the body, and the summary too when it is short
(one sentence): a teaser, not a story.
Feeds carry no version number; an entry whose `updated` time moved on is
the newer version (the story service compares those times).
"""
from __future__ import annotations

import calendar
import hashlib
import io
import json
import re
from datetime import datetime, timezone
from html import unescape

import defusedxml.ElementTree as SafeET
import feedparser

from ingest.items import ParsedItem
from ingest.vocabulary import agency_name
from ingest.vocabulary.words import FEED_FOOTER_OPENINGS, FEED_FOOTER_VERBS, join_names

from .dates import parse_datetime
from .errors import ParseError
from .markup import blocks_from_html, blocks_from_text, looks_like_html, take_body_byline, take_byline_naming
from .status import credit_name
from .xml import checked_xml, refuse_deep_nesting

_ROOTS = {"rss", "RDF", "feed", "entry", "item"}


@refuse_deep_nesting("RSS/Atom")
def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    root, text, encoding = checked_xml(raw, content_type, "RSS/Atom")
    if root.tag not in _ROOTS:
        raise ParseError(f"RSS/Atom: expected <rss>, <feed>, <entry> or <rdf:RDF>, found <{root.tag}>", "line 1")
    if root.tag == "rss" and root.find("channel") is None:
        raise ParseError("RSS: <rss> has no <channel>", "rss")
    try:
        feed = feedparser.parse(
            io.BytesIO(text.encode("utf-8")),  # a stream, never a string: feedparser would fetch a URL or open a path
            response_headers={"content-type": "application/xml; charset=utf-8"},
            sanitize_html=False,  # the body is sanitized downstream (nh3), like every other format's
            resolve_relative_uris=False,
        )
    except ValueError as exc:
        # feedparser 6's strict reader fails on a namespace address holding a space ("h\xa0ttp://purl.org/..."),
        # which the XML check accepts: the feed's own fault, said as such
        raise ParseError(f"RSS/Atom: the feed reader could not read the feed's namespaces ({exc})", root.tag) from exc
    atom = root.tag in ("feed", "entry")
    container = {"rss": "rss/channel/item", "RDF": "rdf:RDF/item", "feed": "feed/entry"}.get(root.tag, root.tag)
    publisher = _text(feed.feed, "title") if root.tag not in ("entry", "item") else ""
    feed_agency = _agency_of_feed(publisher)
    if feed_agency:
        publisher = ""  # an agency's own feed is raw agency copy: no outlet presents it (DESIGN.md), the agency sent it
    language = feed.feed.get("language") or (root.get("lang", "") if atom else "")
    own_descriptions = [] if atom else _own_descriptions(text, len(feed.entries))
    items = []
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{container}[{number}]" if root.tag in ("rss", "RDF", "feed") else root.tag
        item = _atom_entry(entry, where) if atom else _rss_item(entry, where, own_descriptions[number - 1])
        item.publisher = item.publisher or publisher
        if feed.feed.get("rights") and item.publisher == publisher:
            item.extra["feed_rights"] = feed.feed["rights"]  # the outlet's own notice: whose name the title holds
        item.credit = item.credit or feed_agency
        item.language = item.language or language
        if "authors" in item.extra:
            authors = item.extra.pop("authors")
            # the copy's own by-line naming them all, joined as its language joins them ("Ольга Канева да Иван Попов")
            own, blocks = take_byline_naming(authors[0], item.blocks)
            if own and all(author in own for author in authors):
                item.byline, item.blocks = own, blocks
            else:
                item.byline = join_names(authors, item.language)  # "Ricardo Tavares e Lívia Moraes"
        elif item.byline:
            # the envelope's one person, named again by the copy's own by-line with the people it adds
            fuller, item.blocks = take_byline_naming(item.byline, item.blocks)
            item.byline = fuller or item.byline
        item.extra["encoding"] = encoding
        items.append(item)
    if not items:
        raise ParseError("RSS/Atom: the feed holds no item or entry", root.tag)
    return items


# A channel's title names the agency, perhaps with the feed's section or service after a dash or a bar:
# "Philippine News Agency - Filipino", "APS - Économie", "AZƏRTAC – Regionlar".
_FEED_SECTION = re.compile(r"\s+[-–—|]\s+[^-–—|]{1,40}$")


def _agency_of_feed(title: str) -> str:
    """The agency whose own feed this is, by its channel's title ("" for an outlet's feed)."""
    for name in (title, _FEED_SECTION.sub("", title)):
        if name and agency_name(name):
            return agency_name(name)
    return ""


_ADDRESS = re.compile(r"\S+@\S+")
_EMAIL_WITH_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")


def _author_names(entry, rss: bool) -> list[str]:
    """dc:creator and author names. An RSS <author> is an email, often with the name in parentheses: read here,
    since feedparser splits "desk@x.example" into a name "ple"; a bare email names no one, a name beside one does."""
    names = []
    # what the author element says besides addresses: feedparser makes a name of an address's pieces ("ple")
    written = " ".join(_ADDRESS.sub(" ", entry.get("author") or "").split())
    if written.startswith("(") and written.endswith(")") and written.count("(") == 1:
        written = written[1:-1].strip()  # "olootu@iroyinowuro.example (Fọláṣadé Adébáyọ̀)": RSS's name in brackets
    authors = entry.get("authors") or []
    for author in authors:
        name = (author.get("name") or "").strip()
        if rss and author.get("email") and name not in written:
            if len(authors) > 1:
                continue
            name = written  # "이은지 기자 ej@busan.example" names her; a bare address ("") no one
        if name and "@" not in name:
            names.append(name)
    raw = entry.get("author") or ""
    if rss and not names and "@" in raw:
        match = _EMAIL_WITH_NAME.match(raw)
        names = [match.group("name").strip()] if match else []
    return names


def _own_descriptions(text: str, count: int) -> list[str | None]:
    """Each RSS item's own <description> (None where it has none), in the feed's order.

    feedparser files a Media RSS <media:description> (a picture's caption: "Workers pick strawberries near
    Chualar.") under the same `summary` as the item's <description>, and the caption wins when both are there; a
    caption is no summary and no copy. Read again here with namespaces kept (the text has passed defusedxml's
    checks), so only the un-namespaced element counts. Where the items cannot be paired with feedparser's entries,
    feedparser's reading stands (a list of `False`)."""
    try:
        document = SafeET.fromstring(text)
    except (SafeET.ParseError, ValueError):
        return [False] * count
    items = [element for element in document.iter() if element.tag in ("item", _RSS1_ITEM)]
    if len(items) != count:
        return [False] * count
    found = []
    for element in items:
        own = element.find("description")
        if own is None:
            own = element.find(_RSS1_DESCRIPTION)
        found.append(None if own is None else "".join(own.itertext()))
    return found


_RSS1_ITEM = "{http://purl.org/rss/1.0/}item"
_RSS1_DESCRIPTION = "{http://purl.org/rss/1.0/}description"


def _rss_item(entry, where: str, own_description: str | None | bool = False) -> ParsedItem:
    item = ParsedItem(format="rss")
    _common(entry, item, rss=True)
    body = _content(entry)
    # the item's own description, not a picture's caption feedparser put in its place (see _own_descriptions)
    description = _summary_value(entry) if own_description is False else (own_description or "")
    if body:
        item.blocks = body
        item.summary = _unless_excerpt(" ".join(b.text for b in _blocks(description, "html")), body)
    else:
        item.blocks = _blocks(description, "html")
        item.summary = _short_summary(item.blocks)
    source = entry.get("source") or {}
    item.credit = credit_name(source.get("title", ""))
    if not item.byline:
        item.byline, item.blocks = take_body_byline(item.blocks)
    if not item.headline and not item.blocks:
        raise ParseError("RSS: an item has neither a title nor any content", where)
    return item


def _atom_entry(entry, where: str) -> ParsedItem:
    item = ParsedItem(format="rss")
    _common(entry, item, rss=False)
    body = _content(entry)
    summary_type = (entry.get("summary_detail") or {}).get("type", "")
    summary_blocks = _blocks(_summary_value(entry), summary_type)
    if body:
        item.blocks = body
        item.summary = _unless_excerpt(" ".join(b.text for b in summary_blocks), body)
    else:
        item.blocks = summary_blocks
        item.summary = _short_summary(summary_blocks)
    item.language = (entry.get("title_detail") or {}).get("language") or ""
    source = entry.get("source") or {}
    item.publisher = _text(source, "title")
    if not item.headline and not item.blocks:
        raise ParseError("Atom: an entry has neither a title nor any content", where)
    return item


def _common(entry, item: ParsedItem, rss: bool) -> None:
    item.headline = _text(entry, "title")
    link = next((l.get("href", "") for l in entry.get("links") or [] if l.get("rel", "alternate") == "alternate"), "")
    item.guid = (entry.get("id") or "").strip() or link or _content_hash(entry)
    if link:
        item.extra["link"] = link
    authors = _author_names(entry, rss)
    item.byline = join_names(authors)
    if len(authors) > 1:
        item.extra["authors"] = authors  # joined again in the copy's language once the feed's is known
    published = _date(entry, "published")
    updated = _date(entry, "updated")  # Atom updated, RSS dc:date / dcterms:modified
    item.firstcreated = published or updated
    item.versioncreated = updated or published
    item.keywords = [t.get("label") or t.get("term") for t in entry.get("tags") or [] if t.get("label") or t.get("term")]


def _date(entry, name: str) -> datetime | None:
    """The timestamp as sent (keeping its zone), else feedparser's reading of it (UTC)."""
    # dict.get: FeedParserDict.get("updated") answers with `published` when there is none (a deprecated fallback).
    parsed = parse_datetime(dict.get(entry, name))
    if parsed is None and dict.get(entry, f"{name}_parsed"):
        parsed = datetime.fromtimestamp(calendar.timegm(dict.get(entry, f"{name}_parsed")), tz=timezone.utc)
    return parsed


def _content(entry) -> list:
    """content:encoded or Atom content (one that points elsewhere with src= has no copy here)."""
    for content in entry.get("content") or []:
        if content.get("src") or not (content.get("value") or "").strip():
            continue
        blocks = _blocks(content["value"], content.get("type", ""))
        if blocks:
            return blocks
    return []


def _summary_value(entry) -> str:
    """The description / summary the entry really has: feedparser copies the content into `summary` when it has none."""
    detail = entry.get("summary_detail")
    return detail.get("value", "") if detail else ""


def _blocks(value: str, kind: str) -> list:
    kind = (kind or "").lower()
    if "html" in kind:  # RSS description and content:encoded, Atom html and xhtml
        return blocks_from_html(value) if looks_like_html(value) else blocks_from_text(value)
    return blocks_from_text(value)


def _text(container, name: str) -> str:
    """A title: plain text, or markup (Atom type="html", an RSS title with escaped tags) read as its words."""
    value = container.get(name) or ""
    kind = ((container.get(f"{name}_detail") or {}).get("type") or "").lower()
    if "html" in kind or looks_like_html(value):
        return " ".join(b.text for b in blocks_from_html(value))
    return " ".join(value.split())


_SENTENCE_END = re.compile(r"(?P<word>[\w.]*)(?P<end>[.!?…])[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-ZÀ-Ý0-9])")
# "Feb. 4", "Mr. Smith", "U.S. Senate", "No. 10": a period after these does not end a sentence.
_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr",
    "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "prof", "inc", "corp", "co", "ltd", "jr", "sr",
    "no", "vs", "ft", "mt", "rev", "ave", "blvd", "dept", "est", "approx", "nr", "bzw", "ca", "dr", "z.b", "u.a",
}


def _sentences(text: str) -> int:
    count = 1
    for match in _SENTENCE_END.finditer(text):
        word = match.group("word").lower().rstrip(".")
        if match.group("end") == "." and (word in _ABBREVIATIONS or len(word.replace(".", "")) <= 1 or "." in word):
            continue  # an abbreviation or an initial ("J. Smith", "U.S.")
        count += 1
    return count


# Where a platform cuts its automatic excerpt: "[…]", "[...]", "…", and whatever it sets after ("The post ... appeared
# first on ...").
_EXCERPT_CUT = re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)(?:\s.*)?$", re.DOTALL)
_BRACKETED_CUT = re.compile(r"\[\s*(?:…|\.\.\.)\s*\]")


# The platform's footer a written description ends with: "... pushed back to June. The post Council backs $9.6m
# aquatic centre upgrade appeared first on The Wimmera Wire." (the description is the part before it).
_FEED_FOOTER = re.compile(rf"\s*\b(?:{'|'.join(FEED_FOOTER_OPENINGS)})\s.{{3,300}}?\s(?:{'|'.join(FEED_FOOTER_VERBS)})\s.{{1,120}}$",
                          re.IGNORECASE | re.DOTALL)


def _unless_excerpt(summary: str, body: list) -> str:
    """The description, unless it is the platform's automatic excerpt of the story: its opening words, cut off
    ("WINNIPEG — Manitoba will limit school bus rides ... from rural […] The post ... appeared first on ..."), which
    is the lede again, not a summary. A written description stays, without the platform's footer after it."""
    summary = _FEED_FOOTER.sub("", unescape(summary))  # (a CDATA description may hold "[&#8230;]" still escaped)
    opening = _EXCERPT_CUT.sub("", summary)
    if opening == summary or len(opening.split()) < 5:
        return summary
    lede = " ".join(" ".join(b.text for b in body[:3]).split())
    # (the copy's opening words, or, with WordPress's own "[…]", words of its opening paragraphs after a dateline or a
    # byline line the excerpt left out: "MARSABIT, (KNA) — Roobni gannaa ...", "Roobni gannaa ... [&#8230;]")
    opening = " ".join(opening.split())
    return "" if lede.startswith(opening) or _BRACKETED_CUT.search(summary) and opening in lede else summary


def _short_summary(blocks: list) -> str:
    """A description that is the only copy is also the summary when it is one short sentence; a story is not."""
    if len(blocks) != 1 or blocks[0].kind != "paragraph":
        return ""
    text = blocks[0].text
    if len(text.split()) > 60 or _sentences(text) > 1:
        return ""
    return text


def _content_hash(entry) -> str:
    """No guid, id or link: the same entry resent must still map to one story."""
    fields = {key: entry.get(key) for key in ("title", "summary", "published", "updated")}
    fields["content"] = [c.get("value") for c in entry.get("content") or []]
    digest = hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()
    return f"urn:sha256:{digest[:40]}"
