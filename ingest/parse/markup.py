"""Body markup inside structured wires (ninjs body_html, NITF body.content,
NewsML-G2 XHTML, RSS content:encoded) -> Blocks.

This is not the HTML *page* parser (html.py finds an article among a page's
navigation); these bodies are already just the story, so every paragraph,
heading and list is kept in order. Inline markup (links, emphasis) is kept in
Block.html for rendering; the sanitizer downstream decides what survives.
"""
from __future__ import annotations

import copy
import re
from html import escape

import lxml.etree
import lxml.html

from ingest.items import HEADING, LIST, PARAGRAPH, Block
from ingest.vocabulary.bylines import LISTED_BY, is_label_before_people, reads_as_people
from ingest.vocabulary.words import collapse_spaces, is_furniture_class

from .depth import refuse_too_deep
from .encoding import strip_control

_PARAGRAPHS = {"p", "pre", "address", "dd", "dt", "figcaption", "caption", "summary", "tagline", "bq"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "hl1": 1, "hl2": 2}
_LISTS = {"ul", "ol", "dl"}
# Not copy: media (NITF <media> with its caption too), scripts, forms, embedded players, navigation.
_SKIPPED = {
    "script", "style", "noscript", "template", "img", "picture", "video", "audio", "iframe", "object", "embed",
    "svg", "canvas", "form", "button", "input", "select", "textarea", "media", "media-reference", "head",
    "meta", "link", "nav", "figure",
}
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
    "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "font", "del", "ins",
    # NITF inline entities: people, places and things marked inside copy
    "person", "org", "location", "chron", "money", "num", "object.title", "event", "function", "virtloc",
    "classifier", "copyrite", "lang", "pronounce", "alt-code", "city", "state", "region", "country", "postaddr",
    "named-item", "frac",
}


def _collapse(text: str) -> str:
    return collapse_spaces(text)  # a run of spaces becomes one; an ideographic space stays as the copy set it


def _tag(element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _text(element) -> str:
    return _collapse("".join(_pieces(element)))


def _pieces(element):
    """itertext, with a line break read as a space so "a<br>b" stays two words."""
    tag = _tag(element)
    if tag in ("br", "wbr"):
        yield " "
    if tag in _SKIPPED:
        return
    if tag and element.text:
        yield element.text
    for child in element:
        yield from _pieces(child)
        if child.tail:
            yield child.tail


def _serialize(element) -> str:
    return lxml.etree.tostring(element, encoding="unicode", method="html", with_tail=False)


def _inner_html(element) -> str:
    parts = [escape(element.text or "", quote=False)]
    for child in element:
        if isinstance(child.tag, str):  # comments and processing instructions carry no copy
            parts.append(_serialize(child))
        parts.append(escape(child.tail or "", quote=False))
    return _collapse("".join(parts))


def _has_markup(element) -> bool:
    return any(isinstance(child.tag, str) and _tag(child) not in ("br", "wbr") for child in element)


def _paragraph(element) -> Block | None:
    text = _text(element)
    if not text:
        return None
    return Block(kind=PARAGRAPH, text=text, html=_inner_html(element) if _has_markup(element) else "")


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._loose: list = []  # text and inline elements directly inside a container

    def _flush_loose(self) -> None:
        if not self._loose:
            return
        holder = lxml.html.Element("p")
        last = None
        for piece in self._loose:
            if isinstance(piece, str):
                if last is None:
                    holder.text = (holder.text or "") + piece
                else:
                    last.tail = (last.tail or "") + piece
            else:
                holder.append(piece)
                last = piece
        self._loose = []
        block = _paragraph(holder)
        if block:
            self.blocks.append(block)

    def container(self, element) -> None:
        if element.text and element.text.strip():
            self._loose.append(element.text)
        for child in list(element):
            tag = _tag(child)
            tail = child.tail
            if not tag or tag in _SKIPPED:
                pass
            elif tag in _INLINE:
                child_copy = copy.deepcopy(child)
                child_copy.tail = None
                self._loose.append(child_copy)
            else:
                self._flush_loose()
                start = len(self.blocks)
                self.block(child, tag)
                if is_furniture_class(child.get("class") or ""):
                    # the platform's furniture inside the copy, as the CMS's class names it ("<p class="share">"):
                    # removed by the cleaner, recorded under the class
                    rule = f"markup:{(child.get('class') or '').split()[0].lower()}"
                    for block in self.blocks[start:]:
                        block.furniture = rule
            if tail and (tail.strip() or self._loose):  # a space between two inline elements is kept
                self._loose.append(tail)
        self._flush_loose()

    def block(self, element, tag: str) -> None:
        if tag in _HEADINGS:
            text = _text(element)
            if text:
                self.blocks.append(
                    Block(kind=HEADING, text=text, html=_inner_html(element) if _has_markup(element) else "",
                          level=max(_HEADINGS[tag], 2))
                )
        elif tag in _PARAGRAPHS:
            if any(_tag(child) in _PARAGRAPHS | _LISTS for child in element):
                self.container(element)
            elif _is_wire_text(element):
                self.blocks.extend(blocks_from_wire_text("".join(_pieces(element))))
            else:
                block = _paragraph(element)
                if block:
                    self.blocks.append(block)
        elif tag in _LISTS:
            items = [_text(li) for li in element if _tag(li) in ("li", "dt", "dd") and _text(li)]
            if items:
                self.blocks.append(Block(kind=LIST, items=items, ordered=tag == "ol"))
        elif tag == "table":
            self.table(element)
        else:  # div, section, blockquote, body.content, block, article...
            self.container(element)

    def table(self, element) -> None:
        """Results tables and listings are copy: one paragraph a row, cells in their order."""
        for row in element.iter():
            if _tag(row) == "tr":
                cells = [_text(cell) for cell in row if _tag(cell) in ("td", "th")]
                cells = [cell for cell in cells if cell]
                if cells:
                    self.blocks.append(Block(kind=PARAGRAPH, text=" | ".join(cells)))


def blocks_from_html(markup: str) -> list[Block]:
    """A body's markup (a fragment, not a page) -> Blocks in reading order."""
    if not markup or not markup.strip():
        return []
    refuse_too_deep(markup, "body markup")
    # A control character carries no copy, and lxml refuses one in text it is handed ("\x01" from a JSON "\u0001").
    markup = strip_control(markup)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return blocks_from_text(re.sub(r"<[^>]+>", " ", markup))
    walker = _Walker()
    walker.container(root)
    return walker.blocks


_BLOCK_ELEMENT = re.compile(r"<(?:p|h[1-6]|ul|ol|dl|table|blockquote|pre|section|article|figure|hr)[\s/>]", re.IGNORECASE)
_BREAKS = re.compile(r"(?:\s*<br\s*/?>\s*)+", re.IGNORECASE)
_WRAPPERS = re.compile(r"</?(?:html|body|head)(?:\s[^>]*)?>|<div(?:\s[^>]*)?>", re.IGNORECASE)


def blocks_from_body_html(markup: str) -> list[Block]:
    """A structured wire's HTML body (ninjs body_html, a WordPress post's content.rendered) -> Blocks; a body with no
    block element (inline text and <br>, or bare text) has a paragraph per run of <br>.

    ninjs 1.x feeds send body_xhtml/body_html as one run of text broken by
    <br/>, often in an XHTML <div> or <html><body>; read as it stands it would
    be one paragraph. A <div> without paragraphs in it is a line of its own.
    """
    if _BLOCK_ELEMENT.search(markup):
        return blocks_from_html(markup)
    inner = re.sub(r"<head[\s>].*?</head\s*>", "", markup, flags=re.IGNORECASE | re.DOTALL)  # the page title is not copy
    inner = re.sub(r"</div\s*>", "<br/>", _WRAPPERS.sub("", inner), flags=re.IGNORECASE)
    paragraphs = [piece for piece in _BREAKS.split(inner) if piece.strip()]
    return blocks_from_html("".join(f"<p>{piece}</p>" for piece in paragraphs)) or blocks_from_text(re.sub(r"<[^>]+>", " ", inner))


_INDENTED = re.compile(r"^(?: {2,}|\t)\S")


def _is_wire_text(element) -> bool:
    """A whole hard-wrapped wire story poured into one <p> (Reuters does this): indented lines start paragraphs."""
    if _has_markup(element):
        return False
    lines = "".join(_pieces(element)).split("\n")
    return len(lines) >= 4 and sum(1 for line in lines if _INDENTED.match(line)) >= 2


def blocks_from_wire_text(text: str) -> list[Block]:
    """Teletype layout: a paragraph starts at an indented line or after a blank line; wrapped lines join with a space."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            if current:
                paragraphs.append(current)
            current = []
            continue
        if _INDENTED.match(line) and current:
            paragraphs.append(current)
            current = []
        current.append(line.strip())
    if current:
        paragraphs.append(current)
    return [Block(kind=PARAGRAPH, text=" ".join(" ".join(lines).split())) for lines in paragraphs]


_BLANK_LINE = re.compile(r"\n\s*\n")


def blocks_from_text(text: str) -> list[Block]:
    """A plain-text body: blank-line separated paragraphs, or one a line when there are no blank lines."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return []
    if _BLANK_LINE.search(text):
        pieces = [" ".join(part.split()) for part in _BLANK_LINE.split(text)]
    else:
        pieces = [line.strip() for line in text.split("\n")]
    return [Block(kind=PARAGRAPH, text=piece) for piece in pieces if piece]


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(p|div|br|h[1-6]|ul|ol|li|a|em|strong|b|i|blockquote|span|table)[\s/>]", text or "", re.IGNORECASE))


_BODY_BYLINE = re.compile(
    r"^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|da|del|van|von|der|den|al|bin|la|le))*"
    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})?$"
)


def take_body_byline(blocks: list[Block], limit: int = 6) -> tuple[str, list[Block]]:
    """A "By Jane Doe" line near the top of a body whose metadata named no author is the byline, not copy.

    Only a short line of capitalised names (and an optional ", Agency")
    qualifies, so "By the end of the day, ..." stays in the story.
    """
    for index, block in enumerate(blocks[:limit]):
        if block.kind == PARAGRAPH and len(block.text.split()) <= 12 and _BODY_BYLINE.match(block.text):
            return block.text, blocks[:index] + blocks[index + 1:]
    return "", blocks


_TRAILING_CODE = re.compile(r"\s*\((?P<code>[^\W\d_]{2,6})\)$")


def take_byline_naming(person: str, blocks: list[Block], limit: int = 4) -> tuple[str, list[Block]]:
    """The copy's own by-line near the top that names the person the envelope names, perhaps with more people:
    a feed's creator "Mubita Nalumino" over the line "Ku ñozwi ki Mubita Nalumino ni Inonge Sitali" (Lozi's "written
    by ... and ..."). The envelope's person vouches for the line in any language: before the person only a label
    (one to three words, or a listed "by"), after the label nothing but people. The line is the byline, not copy;
    ("", blocks) when no line names the person so. After the person only a word joining the next one: what a
    comma adds may be the person's post ("Hēmi Te Rangi, Kaipūrongo Mātauranga", Māori: "education reporter")."""
    if not person:
        return "", blocks
    for index, block in enumerate(blocks[:limit]):
        text = collapse_spaces(block.text)
        at = text.find(person)
        if block.kind != PARAGRAPH or at < 0 or len(text.split()) > 16:
            continue
        label, people = text[:at], text[at:].rstrip(" .")
        coded = _TRAILING_CODE.search(people)  # "... ne Bernabé López (AIN)": the agency's code after the people
        people_only = people[:coded.start()] if coded and coded["code"].isupper() else people
        after = people_only[len(person):].split()
        if after and not (after[0] == "&" or after[0].isalpha() and after[0].islower()):
            continue
        if not label or LISTED_BY.match(label):
            if reads_as_people(people_only):
                return text, blocks[:index] + blocks[index + 1:]
        elif is_label_before_people(label) and reads_as_people(people_only):
            return people, blocks[:index] + blocks[index + 1:]  # (the label no list holds goes: "Láti ọwọ́")
    return "", blocks
