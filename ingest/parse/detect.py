"""Pick a parser from the content type, then from a sniff of the body.

A specific wire media type (ninjs, NITF, NewsML-G2, RSS/Atom, ANPA) is
trusted. Generic ones (application/json, text/xml, application/xml,
text/plain, octet-stream) are only hints: partners label everything
"application/xml" or "text/plain", so the body decides — its control
characters (ANPA/IPTC 7901), its first JSON character, or its XML root element.
JSON is ninjs unless it is a WordPress REST API post (or a list of them):
there `title` and `content` are objects holding a `rendered` string; or an
Arc XP story in ANS: `headlines` an object and `content_elements` a list.
NewsML 1.2 has no media type of its own: it is known by its root, <NewsML>,
or a bare <NewsItem> (capitalised, where NewsML-G2 writes <newsItem>).
"""
from __future__ import annotations

import json
import re

from .encoding import decode_with
from .arc import is_arc_story
from .mail import is_mail_message
from .wordpress import is_wordpress_post

CONTENT_TYPES = {
    "application/ninjs+json": "ninjs",
    "application/vnd.iptc.ninjs+json": "ninjs",
    "application/vnd.ninjs+json": "ninjs",
    "application/json": "json",
    "text/json": "json",
    "application/nitf+xml": "nitf",
    "application/vnd.iptc.nitf+xml": "nitf",
    "application/vnd.iptc.g2.newsitem+xml": "newsmlg2",
    "application/vnd.iptc.g2.packageitem+xml": "newsmlg2",
    "application/vnd.iptc.g2.newsmessage+xml": "newsmlg2",
    "application/rss+xml": "rss",
    "application/atom+xml": "rss",
    "application/rdf+xml": "rss",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/octet-stream": "",
    "text/x-anpa": "anpa",
    "application/x-anpa": "anpa",
    "text/x-iptc7901": "anpa",
    "application/x-iptc7901": "anpa",
    "message/rfc822": "mail",
}
# Media types a sender may label a wire body with: the webhook accepts exactly these.
ACCEPTED_MEDIA_TYPES = tuple(CONTENT_TYPES)
_SPECIFIC = ("ninjs", "nitf", "newsmlg2", "newsml12", "rss", "anpa", "mail")

# The first element after any XML declaration, comments, processing instructions and DOCTYPE.
_PROLOG = re.compile(r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*", re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)")
_ROOTS = {
    "nitf": "nitf",
    "newsml": "newsml12",
    "newsitem": "newsmlg2",
    "packageitem": "newsmlg2",
    "newsmessage": "newsmlg2",
    "rss": "rss",
    "feed": "rss",
    "rdf": "rss",
    "entry": "rss",
}
_HTML_ROOTS = {"html", "body", "article", "div", "p", "section", "main", "header", "h1", "h2", "span", "figure", "head"}


def _media_type(content_type: str) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def root_element(head: str, keep_case: bool = False) -> str:
    """Local name of the document's first element, lower-cased unless asked ("" when there is none)."""
    rest = head[_PROLOG.match(head).end():]
    match = _ROOT.match(rest)
    name = match.group(1).rsplit(":", 1)[-1] if match else ""
    return name if keep_case else name.lower()


def _is_transmission(raw: bytes) -> bool:
    """ANPA/IPTC 7901: SOH (after optional SYN fill) opens the message, STX starts its text."""
    start = raw[:64].lstrip(b"\x16\r\n \t")
    return start.startswith(b"\x01") or (b"\x02" in raw[:2048] and b"\x03" in raw and b"\x01" in raw[:256])


_JSON_KEY = re.compile(r'^[\[\s]*\{\s*"[^"]{1,40}"\s*:')


def _looks_like_json(raw: bytes, head: str, content_type: str) -> bool:
    """A plain-text wire may open with "[UPDATE 2]" or "{Corrected}": JSON only when it parses or opens with a key."""
    if _JSON_KEY.match(head):
        return True  # JSON-shaped even if broken further on: the ninjs parser says where
    try:
        json.loads(decode_with(raw, content_type)[0])
    except (ValueError, RecursionError):
        return False
    return True


# Where a broken WordPress export still shows its shape: the title object's "rendered" (or "raw") key.
_WORDPRESS_TITLE = re.compile(r'"title"\s*:\s*\{\s*"(?:rendered|raw)"\s*:')


def _json_format(raw: bytes, head: str, content_type: str) -> str:
    """"wordpress" for a REST API post or list of posts, "arc" for an ANS story, else "ninjs". Only a body that says
    "rendered" or "content_elements" is read whole; one that does not parse is judged by its opening, so the right
    parser reports where it breaks."""
    if b'"content_elements"' in raw and '"headlines"' in head:
        try:
            document = json.loads(decode_with(raw, content_type)[0].lstrip("\ufeff"))
        except (ValueError, RecursionError):
            return "ninjs"
        if is_arc_story(document):
            return "arc"
    if '"rendered"' not in head:
        return "ninjs"
    try:
        document = json.loads(decode_with(raw, content_type)[0].lstrip("\ufeff"))
    except (ValueError, RecursionError):
        return "wordpress" if _WORDPRESS_TITLE.search(head) else "ninjs"
    return "wordpress" if is_wordpress_post(document) else "ninjs"


def detect(raw: bytes, content_type: str) -> str:
    declared = CONTENT_TYPES.get(_media_type(content_type), "")
    if declared in _SPECIFIC:
        return declared
    if _is_transmission(raw):
        return "anpa"
    if declared in ("text", "") and is_mail_message(raw):
        return "mail"
    head, _ = decode_with(raw[:8192], content_type)
    head = head.lstrip("\ufeff \t\r\n")
    if declared == "json" or (head.startswith(("{", "[")) and _looks_like_json(raw, head, content_type)):
        return _json_format(raw, head, content_type)
    if declared in ("xml", "html") or head.startswith("<"):
        root = root_element(head)
        if root_element(head, keep_case=True) == "NewsItem":
            return "newsml12"  # NewsML 1.2's item; NewsML-G2 spells it newsItem
        if root in _ROOTS:
            return _ROOTS[root]
        if declared == "html" or root in _HTML_ROOTS or head[:15].lower().startswith("<!doctype html"):
            return "html"
        return "text" if declared == "text" else "xml"  # "<<BREAKING>> ..." in a text/plain wire is text
    return "text"
