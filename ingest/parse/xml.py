"""Safe XML reading shared by the NITF, NewsML-G2 and RSS/Atom parsers.

Everything goes through defusedxml: entity declarations, external entities
and network fetches are refused. Namespaces are dropped to local names once,
so each parser reads `headline`, not `{http://iptc.org/std/nar/2006-10-01/}headline`;
wire formats never reuse a local name for two meanings that matter here.
"""
from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from html.entities import name2codepoint

import defusedxml.ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from ingest.vocabulary.words import collapse_spaces

from .encoding import decode_with
from .errors import ParseError

_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}


def _html_entities_to_characters(text: str) -> str:
    """NITF and RSS bodies often use HTML names (&nbsp; &eacute;) that XML does not define.

    They are characters, not entity declarations: replacing them keeps
    defusedxml's refusal of declared entities while reading real wires.
    """

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name in _XML_ENTITIES or name not in name2codepoint:
            return match.group(0)
        return chr(name2codepoint[name])

    return _NAMED_ENTITY.sub(replace, text)


# Feed extension namespaces keep a prefix: RSS items mix `media:title` and
# `media:content` with their own `title` and Atom's `content`.
_KEPT_PREFIXES = {
    "http://purl.org/rss/1.0/modules/content/": "content:",
    "http://purl.org/dc/elements/1.1/": "dc:",
    "http://purl.org/dc/terms/": "dcterms:",
    "http://search.yahoo.com/mrss/": "media:",
    "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes:",
}


def _local(name: str) -> str:
    if not name.startswith("{"):
        return name
    namespace, local = name[1:].split("}", 1)
    return _KEPT_PREFIXES.get(namespace, "") + local


def _drop_namespaces(root: ET.Element) -> None:
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = _local(element.tag)
        if any(key.startswith("{") for key in element.attrib):
            element.attrib = {_local(key): value for key, value in element.attrib.items()}


def _source_line(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1].strip()[:120] if 0 < line <= len(lines) else ""


def parse_xml(raw: bytes, content_type: str, what: str) -> tuple[ET.Element, str]:
    """Parse bytes as XML; returns (root with local names, encoding used). `what` names the format in errors."""
    root, _, encoding = checked_xml(raw, content_type, what)
    return root, encoding


_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.DOTALL | re.IGNORECASE)


def checked_xml(raw: bytes, content_type: str, what: str) -> tuple[ET.Element, str, str]:
    """parse_xml, also returning the checked document as text, for a library that parses it again (feedparser).

    The text has passed defusedxml (no entity declaration, nothing external),
    is decoded (no XML declaration left: it is re-encoded as UTF-8 by the
    caller), has HTML entity names as characters, and has no DOCTYPE, so the
    second parser has nothing it could expand or fetch.
    """
    text, encoding = decode_with(raw, content_type, xml=True)
    # The text is already decoded: the declaration's encoding no longer applies.
    text = _DECLARATION.sub("", text, count=1)
    text = _html_entities_to_characters(text)
    root = _parse_checked(text, what)
    return root, _DOCTYPE.sub("", text, count=1), encoding


def _parse_checked(text: str, what: str) -> ET.Element:
    if not text.strip():
        raise ParseError(f"{what}: the body is empty", "byte 0")
    try:
        root = SafeET.fromstring(text)
    except ET.ParseError as exc:
        line, column = exc.position
        excerpt = _source_line(text, line)
        message = str(exc).split(":", 1)[0]
        where = f"line {line}, column {column + 1}" + (f": {excerpt!r}" if excerpt else "")
        raise ParseError(f"{what} is not well-formed XML: {message}", where) from exc
    except DefusedXmlException as exc:
        name = getattr(exc, "name", "") or getattr(exc, "sysid", "") or ""
        reason = {
            "EntitiesForbidden": f"declares the entity {name!r}; entity declarations are refused (billion-laughs protection)",
            "ExternalReferenceForbidden": f"refers to an external resource {name!r}; nothing is fetched",
            "DTDForbidden": "carries an internal DTD",
        }.get(type(exc).__name__, f"is unsafe ({type(exc).__name__})")
        raise ParseError(f"{what} refused: the document {reason}", "the DOCTYPE, line 1") from exc
    _drop_namespaces(root)
    return root


def text_of(element: ET.Element | None) -> str:
    """All the text inside an element, whitespace collapsed (an ideographic space kept as the copy set it)."""
    if element is None:
        return ""
    return collapse_spaces("".join(element.itertext()))


def child_text(element: ET.Element | None, path: str) -> str:
    return text_of(element.find(path)) if element is not None else ""


def inner_xml(element: ET.Element) -> str:
    """The element's content as markup (its own tag left out), for the HTML block reader."""
    parts = [_escape(element.text or "")]
    parts.extend(ET.tostring(child, encoding="unicode") for child in element)
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def where_is(root: ET.Element, element: ET.Element) -> str:
    """A readable path to an element for error messages: nitf/head/docdata/doc-id."""
    parents = {child: parent for parent in root.iter() for child in parent}
    names = []
    node: ET.Element | None = element
    while node is not None:
        names.append(node.tag)
        node = parents.get(node)
    return "/".join(reversed(names))


def refuse_deep_nesting(what: str):
    """Markup nested thousands deep is an attack or a broken generator, not a story: say so instead of crashing."""

    def decorate(parse):
        @functools.wraps(parse)
        def guarded(raw: bytes, content_type: str = ""):
            try:
                return parse(raw, content_type)
            except RecursionError:
                raise ParseError(f"{what}: the document is nested too deeply to be a news item", "the body") from None

        return guarded

    return decorate
