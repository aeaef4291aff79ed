"""IPTC NewsML-G2 -> ParsedItem(s): a newsItem, or a newsMessage / package carrying several.

Where things are (NewsML-G2 2.x):
  newsItem@guid, @version, @xml:lang       identity and language
  itemMeta: itemClass, versionCreated, firstCreated, embargoed, pubStatus@qcode,
            edNote, signal@qcode (sig:correction)
  contentMeta: urgency, located/name, dateline, by, creator/name, creditline,
            infoSource/name, headline (role hld:subHeadline = the subheadline),
            slugline, description, subject(@qcode, name), keyword, language@tag
  contentSet: inlineXML holding XHTML (html/body) or NITF, or inlineData text
The language is contentMeta/language when the item says it, else xml:lang on
the item. NITF carried in inlineXML fills what contentMeta leaves out
(hedline, else the NITF's head/title; its byline and dateline). A creator
that is a system login ("Degenhardt.Sandra", "jdoe") is never the byline, and one that is the agency itself
(creator literal="PTI") is the credit, not a byline.
Every text newsItem in the body becomes its own story; picture, video and
graphic items of a package are its illustrations, not stories, and are skipped.
A packageItem only references items: on its own it has no copy to ingest.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from ingest.items import ParsedItem
from ingest.vocabulary import agency_name
from ingest.vocabulary.bylines import from_the_first_person

from .dates import parse_datetime, parse_version
from .errors import ParseError
from .markup import blocks_from_html, blocks_from_text, take_body_byline
from .nitf import read_nitf
from .status import credit_name, mark_correction, place_of_dateline, pubstatus_from
from .xml import inner_xml, parse_xml, refuse_deep_nesting, text_of

_MEDIA_CLASSES = ("picture", "graphic", "video", "audio", "animated", "interactive")


@refuse_deep_nesting("NewsML-G2")
def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    root, encoding = parse_xml(raw, content_type, "NewsML-G2")
    if root.tag not in ("newsItem", "packageItem", "newsMessage", "conceptItem", "knowledgeItem", "planningItem"):
        raise ParseError(
            f"NewsML-G2: expected a newsItem, packageItem or newsMessage root element, found <{root.tag}>", "line 1"
        )
    news_items = [root] if root.tag == "newsItem" else list(root.iter("newsItem"))
    packages = [root] if root.tag == "packageItem" else list(root.iter("packageItem"))
    items = []
    for position, element in enumerate(news_items, start=1):
        where = root.tag if element is root else f"{root.tag}/newsItem[{position}]"
        if _item_class(element) in _MEDIA_CLASSES:
            continue
        item = _news_item(element, where)
        item.extra["encoding"] = encoding
        if packages:
            item.extra["package"] = packages[0].get("guid", "")
        items.append(item)
    if not items:
        if news_items:
            raise ParseError("NewsML-G2: the body holds only picture/video/graphic items, no text item", root.tag)
        if packages:
            refs = [ref.get("residref", "") for ref in packages[0].iter("itemRef")]
            raise ParseError(
                f"NewsML-G2: the packageItem references {len(refs)} item(s) but carries none of them; "
                "send a newsMessage with the newsItems", "packageItem/groupSet",
            )
        raise ParseError(f"NewsML-G2: <{root.tag}> holds no newsItem", root.tag)
    return items


def _item_class(news_item: ET.Element) -> str:
    item_class = news_item.find("itemMeta/itemClass")
    return (item_class.get("qcode", "") if item_class is not None else "").rsplit(":", 1)[-1].rsplit("/", 1)[-1].lower()


def _news_item(element: ET.Element, where: str) -> ParsedItem:
    guid = (element.get("guid") or "").strip()
    if not guid:
        raise ParseError("NewsML-G2: a newsItem has no guid attribute", where)
    item = ParsedItem(format="newsmlg2", guid=guid, version=parse_version(element.get("version")))
    _read_item_meta(element.find("itemMeta"), item)
    _read_content_meta(element.find("contentMeta"), item, where)
    _read_named_parties(element, item)
    item.language = item.language or (element.get("lang") or "").strip()
    item.blocks, nitf = _read_content(element.find("contentSet"), where)
    if nitf is not None:
        _fill_from_nitf(item, read_nitf(nitf))
    if not item.byline:
        item.byline, item.blocks = take_body_byline(item.blocks)
    elif item.extra.get("creators"):
        # the <by> line's own "by" before the first creator it names, in any language ("Hi Nkateko Baloyi na ...")
        item.byline = from_the_first_person(item.byline, item.extra["creators"][0])
    if not item.byline and item.extra.get("creators"):
        # a creator that is the agency itself (creator literal="PTI") names no writer: it is the credit
        people = [name for name in item.extra["creators"] if not is_login(name) and not agency_name(name)]
        item.byline = " and ".join(people)
        agencies = [name for name in item.extra["creators"] if agency_name(name)]
        if not people and agencies and not item.credit:
            item.credit = agencies[0]
    if not item.headline and not item.blocks and item.pubstatus == "usable":
        raise ParseError("NewsML-G2: the newsItem has neither a headline nor body content", f"{where} guid={guid!r}")
    return item


def _read_named_parties(element: ET.Element, item: ParsedItem) -> None:
    """The names the item's envelope gives its provider, rights holder and sources ("<provider literal="AST"><name>
    Agenția de Știri Transilvania</name>"): where a credit sent as a code is spelled out (normalize reads them with
    a wire's feed header lines)."""
    names = [text_of(found.find("name")) for path in ("itemMeta/provider", "rightsInfo/copyrightHolder",
                                                      "contentMeta/infoSource") for found in element.findall(path)]
    named = [name for name in dict.fromkeys(names) if name]
    if named:
        item.extra.setdefault("feed_header", []).extend(named)
    # a party's code beside its name ("<provider literal="IKK"><name>Ikigo Ndangamakuru Karyenda</name>"): the name a
    # credit sent as that code stands for, whether or not its initials spell the code
    for path in ("itemMeta/provider", "rightsInfo/copyrightHolder", "contentMeta/infoSource"):
        for found in element.findall(path):
            code, name = (found.get("literal") or "").strip(), text_of(found.find("name"))
            if code and name and code != name:
                item.extra.setdefault("party_names", {})[code] = name


def _read_item_meta(meta: ET.Element | None, item: ParsedItem) -> None:
    if meta is None:
        return
    item.versioncreated = parse_datetime(text_of(meta.find("versionCreated")))
    item.firstcreated = parse_datetime(text_of(meta.find("firstCreated"))) or item.versioncreated
    item.embargoed = parse_datetime(text_of(meta.find("embargoed")))
    status = meta.find("pubStatus")
    item.pubstatus = pubstatus_from(status.get("qcode") or status.get("uri") if status is not None else "")
    notes = [text_of(note) for note in meta.findall("edNote") if text_of(note)]
    if notes:
        item.extra["ednote"] = " ".join(notes)
    signals = [s.get("qcode") or s.get("uri") or "" for s in meta.findall("signal")]
    if signals:
        item.extra["signals"] = signals
    mark_correction(item.extra, signals, notes)
    provider = meta.find("provider")
    if provider is not None:
        item.extra["provider"] = provider.get("literal") or provider.get("qcode") or text_of(provider.find("name"))


def _read_content_meta(meta: ET.Element | None, item: ParsedItem, where: str) -> None:
    if meta is None:
        return
    urgency = text_of(meta.find("urgency"))
    if urgency:
        try:
            value = int(urgency)
        except ValueError:
            raise ParseError(f"NewsML-G2: urgency must be a number from 1 to 9, found {urgency!r}", f"{where}/contentMeta/urgency") from None
        item.urgency = value if 1 <= value <= 9 else None
    for headline in meta.findall("headline"):
        role = (headline.get("role") or "").lower()
        if "sub" in role:
            item.subheadline = item.subheadline or text_of(headline)
        elif not item.headline:
            item.headline = text_of(headline)
    located = meta.find("located")
    printed_dateline = text_of(meta.find("dateline"))
    located_name = (text_of(located.find("name")) or located.get("literal", "")) if located is not None else ""
    item.dateline = place_of_dateline(printed_dateline) or located_name
    if printed_dateline:
        item.extra["dateline_text"] = printed_dateline
    creators = [text_of(c.find("name")) or c.get("literal", "") for c in meta.findall("creator")]
    item.byline = " and ".join(text_of(by) for by in meta.findall("by") if text_of(by))
    if any(creators):
        item.extra["creators"] = [name for name in creators if name]
    if not item.byline:  # a contributor in the author's role names the writer when no <by> does
        authors = [
            text_of(c.find("name")) or c.get("literal", "") for c in meta.findall("contributor")
            if any(word in (c.get("role") or "").lower() for word in ("author", "writer", "reporter", "correspondent"))
        ]
        item.byline = " and ".join(name for name in authors if name and not is_login(name))
    sources = [text_of(s.find("name")) or s.get("literal", "") for s in meta.findall("infoSource")]
    item.credit = credit_name(text_of(meta.find("creditline")) or next((name for name in sources if name), ""))
    slugline = text_of(meta.find("slugline"))
    if slugline:
        item.extra["slugline"] = slugline
    descriptions = meta.findall("description")
    summary = next((d for d in descriptions if "summary" in (d.get("role") or "").lower()), None) or (descriptions[0] if descriptions else None)
    item.summary = text_of(summary)
    item.subjects = [_subject(s) for s in meta.findall("subject") if s.get("qcode") or s.get("uri") or text_of(s.find("name"))]
    item.keywords = [text_of(k) for k in meta.findall("keyword") if text_of(k)]
    language = meta.find("language")
    if language is not None and (language.get("tag") or "").strip():
        item.language = language.get("tag").strip()


def _subject(element: ET.Element) -> dict:
    subject = {}
    if element.get("qcode"):
        subject["code"] = element.get("qcode")
    if element.get("uri"):
        subject["uri"] = element.get("uri")
    if element.get("type"):
        subject["type"] = element.get("type")
    name = text_of(element.find("name"))
    if name:
        subject["name"] = name
    return subject


def _read_content(content_set: ET.Element | None, where: str) -> tuple[list, ET.Element | None]:
    """The body's blocks, and the NITF document when the body is one (its head says more)."""
    if content_set is None:
        return [], None
    inline_xml = content_set.findall("inlineXML")
    for element in inline_xml:
        nitf = element if element.tag == "nitf" else element.find(".//nitf")
        body = element.find(".//body.content")
        if body is None:
            body = element.find(".//body")
        return blocks_from_html(inner_xml(body if body is not None else element)), nitf
    for element in content_set.findall("inlineData"):
        content_type = (element.get("contenttype") or "").lower()
        raw_text = "".join(element.itertext())
        return (blocks_from_html(raw_text) if "html" in content_type else blocks_from_text(raw_text)), None
    return [], None


def _fill_from_nitf(item: ParsedItem, nitf: ParsedItem) -> None:
    """contentMeta wins; the NITF's own head and body.head fill what it left out."""
    for name in ("headline", "subheadline", "byline", "dateline", "summary", "credit", "language"):
        if not getattr(item, name) and getattr(nitf, name):
            setattr(item, name, getattr(nitf, name))
    if nitf.byline and nitf.blocks != item.blocks and len(nitf.blocks) < len(item.blocks):
        item.blocks = nitf.blocks  # the NITF reader took its "By ..." line out of the copy
    for key in ("byline_titles", "dateline_text", "ednote"):
        if key in nitf.extra and key not in item.extra:
            item.extra[key] = nitf.extra[key]


# "Degenhardt.Sandra", "sandra_degenhardt", "jdoe42", "DOMAIN\\jdoe", an email: a user name, not a person's
# byline. A bare lower-case word stays a name: dpa signs its copy "dpa".
_LOGIN = re.compile(r"^(?:[\w-]+\\\S+|[^\W\d_][\w-]*[._][^\W\d_][\w.-]*|[a-z]+[0-9]+|\S+@\S+)$")


def is_login(name: str) -> bool:
    """A system user name in a creator field: no space, and dotted, underscored, numbered or an email."""
    name = (name or "").strip()
    return bool(name) and " " not in name and bool(_LOGIN.match(name))
