"""IPTC NewsML 1.2 -> ParsedItem(s): one story per text NewsComponent of each NewsItem.

Where things are (NewsML 1.2 DTD / schema, still sent by several agencies):
  NewsML/NewsEnvelope: DateAndTime, Priority@FormalName (the item's urgency when it has none)
  NewsItem/Identification/NewsIdentifier: ProviderId, DateId, NewsItemId (with
      ProviderId and DateId: the item across its revisions), RevisionId (the
      revision number), PublicIdentifier (the URN of this one revision)
  NewsItem/NewsManagement: NewsItemType, FirstCreated, ThisRevisionCreated,
      Status@FormalName (Usable, Embargoed, Withheld, Canceled), StatusWillChange
      (FutureStatus + DateAndTime: when an embargo lifts), Urgency@FormalName
      (1 most urgent .. 9), Instruction@FormalName
  NewsComponent (nested to any depth; xml:lang, Duid):
      NewsLines: HeadLine, SubHeadLine, ByLine (ByLineTitle), DateLine,
          CreditLine, CopyrightLine, SlugLine, KeywordLine, NewsLine (type +
          text: an editors' note among them)
      AdministrativeMetadata: Provider, Creator, Source (Party@FormalName)
      DescriptiveMetadata: Language@FormalName, SubjectCode (Subject,
          SubjectMatter, SubjectDetail @FormalName), Location, Property
      ContentItem: MediaType@FormalName (Text, Photo, Graphic ...), Format,
          MimeType, DataContent (NITF, XHTML, or text)
A NewsComponent holding a text ContentItem is a story; its news lines and
metadata are its own or, where it has none, the nearest enclosing
component's. Photos, graphics and other media are illustrations, not stories.
"""
from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET

from ingest.items import ParsedItem

from .dates import parse_datetime, parse_version
from .errors import ParseError
from .markup import blocks_from_html, blocks_from_text, looks_like_html, take_body_byline
from .nitf import add_note, read_nitf
from .status import credit_name, mark_correction, place_of_dateline, pubstatus_from
from .xml import inner_xml, parse_xml, refuse_deep_nesting, text_of

_TEXT_MEDIA = {"text", "complexdata"}
_RICHER = ("nitf", "xhtml", "html", "")  # which text ContentItem of a component is the body, best first


@refuse_deep_nesting("NewsML 1.2")
def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    root, encoding = parse_xml(raw, content_type, "NewsML 1.2")
    if root.tag not in ("NewsML", "NewsItem"):
        raise ParseError(f"NewsML 1.2: expected a <NewsML> or <NewsItem> root element, found <{root.tag}>", "line 1")
    news_items = [root] if root.tag == "NewsItem" else root.findall("NewsItem")
    if not news_items:
        raise ParseError("NewsML 1.2: <NewsML> holds no NewsItem", "NewsML")
    envelope = root.find("NewsEnvelope")
    items: list[ParsedItem] = []
    for position, news_item in enumerate(news_items, start=1):
        where = "NewsItem" if news_item is root else f"NewsML/NewsItem[{position}]"
        found = _news_item(news_item, envelope, where)
        for item in found:
            item.extra["encoding"] = encoding
        items.extend(found)
    if not items:
        raise ParseError("NewsML 1.2: the NewsItems hold only photos, graphics or other media, no text", "NewsML/NewsItem")
    return items


def _formal(element: ET.Element | None, path: str = "") -> str:
    found = element.find(path) if element is not None and path else element
    return ((found.get("FormalName") if found is not None else "") or "").strip()


def _news_item(news_item: ET.Element, envelope: ET.Element | None, where: str) -> list[ParsedItem]:
    identifier = news_item.find("Identification/NewsIdentifier")
    base_guid, version, public = _identity(identifier)
    management = news_item.find("NewsManagement")
    top = news_item.find("NewsComponent")
    if top is None:
        if _formal(management, "Status").lower() in ("canceled", "cancelled", "withdrawn"):
            # A kill notice may carry no content at all.
            item = ParsedItem(format="newsml12", guid=base_guid, version=version)
            _read_management(management, envelope, item)
            return [item] if item.guid else []
        raise ParseError("NewsML 1.2: the NewsItem has no NewsComponent", where)
    stories = [(component, chain) for component, chain in _components(top, []) if _text_items(component)]
    # A component in the role of the story's abstract, beside the story's own, is its summary, no story of its own
    abstracts = [component for component, _ in stories if _formal(component, "Role").casefold() in _SUMMARY_ROLES]
    summary = ""
    if abstracts and len(abstracts) < len(stories):
        blocks, _ = _body(_text_items(abstracts[0]))
        summary = " ".join(block.text for block in blocks).strip()
        stories = [(component, chain) for component, chain in stories if component not in abstracts]
    items = []
    for index, (component, chain) in enumerate(stories):
        item = ParsedItem(format="newsml12", version=version)
        _read_management(management, envelope, item)
        languages: dict[str, str] = {}
        for ancestor in chain + [component]:  # outer first: the component's own lines win
            _read_component(ancestor, item, languages)
        # DescriptiveMetadata/Language when the item says it, before an xml:lang on a component.
        item.language = languages.get("meta") or languages.get("attribute") or ""
        item.blocks, nitf = _body(_text_items(component))
        if nitf is not None:
            _fill_from_nitf(item, read_nitf(nitf))
        if not item.byline:
            item.byline, item.blocks = take_body_byline(item.blocks)
        item.summary = item.summary or summary
        part = component.get("Duid") or component.get("Euid") or str(index + 1)
        item.guid = base_guid if len(stories) == 1 else f"{base_guid}#{part}" if base_guid else ""
        if public:
            item.extra["public_identifier"] = public
        if not item.guid:
            item.guid = _content_hash(item)
            add_note(item, "NewsML 1.2: the NewsIdentifier names no ProviderId/NewsItemId or PublicIdentifier; "
                           "the story is identified by a hash of its headline and body")
        if not item.headline and not item.blocks and item.pubstatus == "usable":
            raise ParseError("NewsML 1.2: a text NewsComponent has neither a HeadLine nor body text", f"{where}, {item.guid!r}")
        items.append(item)
    return items


def _identity(identifier: ET.Element | None) -> tuple[str, int, str]:
    """The guid names the item across its revisions; RevisionId is the version; PublicIdentifier names one revision."""
    if identifier is None:
        return "", 1, ""
    provider = text_of(identifier.find("ProviderId"))
    date_id = text_of(identifier.find("DateId"))
    item_id = text_of(identifier.find("NewsItemId"))
    public = text_of(identifier.find("PublicIdentifier"))
    version = parse_version(text_of(identifier.find("RevisionId")))
    if provider and item_id:
        return f"urn:newsml:{provider}:{date_id}:{item_id}", version, public
    if public:
        # urn:newsml:provider:date:item:revision(+update flag): without its last part it names the item.
        parts = public.split(":")
        return (":".join(parts[:-1]) if len(parts) >= 6 else public), version, public
    return "", version, public


# The roles (Role FormalName) of a component holding the story's abstract: "Abstract", "Summary", "Teaser".
_SUMMARY_ROLES = frozenset({"abstract", "summary", "teaser"})


def _components(component: ET.Element, chain: list[ET.Element]):
    """Every NewsComponent, depth first, with the components that enclose it."""
    yield component, chain
    for child in component.findall("NewsComponent"):
        yield from _components(child, chain + [component])


def _text_items(component: ET.Element) -> list[ET.Element]:
    items = []
    for content in component.findall("ContentItem"):
        media = _formal(content, "MediaType").lower()
        mime = _formal(content, "MimeType").lower()
        if content.find("DataContent") is None:
            continue
        if media in _TEXT_MEDIA or (not media and (mime.startswith("text/") or "xml" in mime or "html" in mime)):
            items.append(content)
    return items


def _read_management(management: ET.Element | None, envelope: ET.Element | None, item: ParsedItem) -> None:
    if envelope is not None:
        priority = _formal(envelope, "Priority")
        item.urgency = _urgency(priority)
    if management is None:
        return
    item.firstcreated = parse_datetime(text_of(management.find("FirstCreated")))
    item.versioncreated = parse_datetime(text_of(management.find("ThisRevisionCreated"))) or item.firstcreated
    item.firstcreated = item.firstcreated or item.versioncreated
    status = _formal(management, "Status")
    item.pubstatus = pubstatus_from(status)
    if status.lower() == "embargoed":
        item.embargoed = parse_datetime(text_of(management.find("StatusWillChange/DateAndTime")))
    urgency = _urgency(_formal(management, "Urgency"))
    item.urgency = urgency if urgency is not None else item.urgency
    item_type = _formal(management, "NewsItemType")
    if item_type:
        item.extra["item_type"] = item_type
    instructions = [_formal(i) for i in management.findall("Instruction") if _formal(i)]
    if instructions:
        item.extra["instructions"] = instructions
    mark_correction(item.extra, instructions, [])


def _urgency(value: str) -> int | None:
    try:
        urgency = int(value)
    except (TypeError, ValueError):
        return None
    return urgency if 1 <= urgency <= 9 else None


def _read_component(component: ET.Element, item: ParsedItem, languages: dict[str, str]) -> None:
    """One component's news lines and metadata; called outer first, so an inner component's own lines win."""
    lines = component.find("NewsLines")
    if lines is not None:
        _set(item, "headline", text_of(lines.find("HeadLine")))
        _set(item, "subheadline", text_of(lines.find("SubHeadLine")))
        bylines = [_byline(b) for b in lines.findall("ByLine")]
        _set(item, "byline", " and ".join(b for b in bylines if b))
        titles = [text_of(t) for t in lines.iter("ByLineTitle") if text_of(t)]
        if titles:
            item.extra["byline_titles"] = titles
        dateline = text_of(lines.find("DateLine"))
        if dateline:
            item.dateline = place_of_dateline(dateline) or dateline
            item.extra["dateline_text"] = dateline
        _set(item, "credit", credit_name(text_of(lines.find("CreditLine"))))
        copyright_line = text_of(lines.find("CopyrightLine"))
        if copyright_line:
            item.extra["copyright"] = copyright_line
        slug = text_of(lines.find("SlugLine"))
        if slug:
            item.extra["slugline"] = slug
        keywords = [text_of(k) for k in lines.findall("KeywordLine") if text_of(k)]
        if keywords:
            item.keywords = keywords
        notes = []
        for line in lines.findall("NewsLine"):
            kind = _formal(line, "NewsLineType").lower()
            value = text_of(line.find("NewsLineText"))
            if value and ("note" in kind or "instruction" in kind or "editor" in kind):
                notes.append(value)
        if notes:
            item.extra["ednote"] = " ".join(notes)
            mark_correction(item.extra, [], notes)
    if _formal(component, "DescriptiveMetadata/Language"):
        languages["meta"] = _formal(component, "DescriptiveMetadata/Language")
    if (component.get("lang") or "").strip():
        languages["attribute"] = component.get("lang").strip()
    subjects = [
        _subject(s) for s in component.iterfind("DescriptiveMetadata/SubjectCode/*") if s.get("FormalName")
    ]
    if subjects:
        item.subjects = subjects
    admin = component.find("AdministrativeMetadata")
    if admin is not None:
        source = _formal(admin, "Source/Party")
        if source:
            item.extra["source"] = source
            if not item.credit:
                item.credit = credit_name(source)
        provider = _formal(admin, "Provider/Party")
        if provider:
            item.extra["provider"] = provider
        # the names the envelope gives its provider and source: where a credit sent as a code is spelled out
        # ("<CreditLine>AOP</CreditLine>" beside "<Provider><Party FormalName="Agéncia Occitana de Premsa"/>"), as
        # normalize reads a wire's feed header lines
        named = [name for name in dict.fromkeys([provider, source]) if name and " " in name]
        if named:
            item.extra.setdefault("feed_header", []).extend(named)


def _set(item: ParsedItem, name: str, value: str) -> None:
    if value:
        setattr(item, name, value)


def _byline(element: ET.Element) -> str:
    """ByLine may hold ByLineTitle inline ("By Jane Doe <ByLineTitle>AFP</ByLineTitle>"): the title is its own segment."""
    name = " ".join(((element.text or "") + "".join((child.tail or "") for child in element)).split()).strip(" ,")
    title = " ".join(text_of(t) for t in element.findall("ByLineTitle"))
    return ", ".join(part for part in (name, title) if part) or text_of(element)


def _subject(element: ET.Element) -> dict:
    subject = {"scheme": "iptc-subjectcode", "code": element.get("FormalName")}
    if element.tag != "Subject":
        subject["level"] = element.tag
    return subject


def _body(contents: list[ET.Element]) -> tuple[list, ET.Element | None]:
    """The richest text ContentItem of the component: NITF, then XHTML, then anything else."""

    def rank(content: ET.Element) -> int:
        label = (_formal(content, "Format") + " " + _formal(content, "MimeType")).lower()
        data = content.find("DataContent")
        if data is not None and data.find(".//nitf") is not None:
            return 0
        return next((i for i, word in enumerate(_RICHER) if word in label), len(_RICHER))

    for content in sorted(contents, key=rank):
        data = content.find("DataContent")
        nitf = data.find("nitf") if data.find("nitf") is not None else data.find(".//nitf")
        if nitf is not None:
            body = nitf.find("body")
            blocks = []
            for part in body.findall("body.content") if body is not None else []:
                blocks += blocks_from_html(inner_xml(part))
            return blocks, nitf
        if len(data):
            html_body = data.find(".//body")
            blocks = blocks_from_html(inner_xml(html_body if html_body is not None else data))
        else:
            value = data.text or ""
            blocks = blocks_from_html(value) if looks_like_html(value) else blocks_from_text(value)
        if blocks:
            return blocks, None
    return [], None


def _fill_from_nitf(item: ParsedItem, nitf: ParsedItem) -> None:
    """The news lines win; the NITF's own head and body.head fill what they left out."""
    for name in ("headline", "subheadline", "byline", "dateline", "summary", "credit", "language"):
        if not getattr(item, name) and getattr(nitf, name):
            setattr(item, name, getattr(nitf, name))
    if nitf.byline == item.byline and len(nitf.blocks) < len(item.blocks):
        item.blocks = nitf.blocks  # the NITF reader took its "By ..." line out of the copy
    for key in ("byline_titles", "dateline_text", "ednote"):
        if key in nitf.extra and key not in item.extra:
            item.extra[key] = nitf.extra[key]


def _content_hash(item: ParsedItem) -> str:
    text = "\n".join([item.headline] + [block.text or " ".join(block.items) for block in item.blocks])
    return "urn:sha256:" + hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:40]
