"""NITF 3.x (News Industry Text Format) -> ParsedItem.

Where things are (IPTC NITF 3.x DTD):
  head/docdata/du-key@key, @version the document across its updates (guid) and which update
  head/docdata/doc-id@id-string     this transmission's id (the guid when there is no du-key)
  head/docdata/urgency@ed-urg       1 (flash) .. 8
  head/docdata@management-status    usable | embargoed | withheld | canceled
  head/docdata/date.issue@norm      when issued; date.release@norm an embargo
  head/docdata/ed-msg@info          an editors' note ("CORRECTS ...")
  head/docdata/doc.copyright@holder, key-list/keyword@key, head/tobject/tobject.subject
  head/pubdata@name, @edition.name  the publication and edition
  body/body.head: hedline/hl1 (headline), hedline/hl2 (subheadline), byline
      (person, byttl), distributor, dateline (location, story.date), abstract
  body/body.content                 the copy; body/body.end/tagline closing lines
A file whose doc-id has no id-string (AP sends some) is still a story: it is
named by another identifier it carries (nitf@uno, an id-like head/meta), else
by a hash of its content, and extra["notes"] says which.
"""
from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET

from ingest.items import PARAGRAPH, Block, ParsedItem
from ingest.vocabulary.bylines import is_label_before_people

from .dates import parse_datetime, parse_version
from .errors import ParseError
from .markup import blocks_from_html, take_body_byline
from .status import CANCELED, credit_name, mark_correction, place_of_dateline, pubstatus_from
from .xml import child_text, inner_xml, parse_xml, refuse_deep_nesting, text_of

_LANGUAGE_ATTRIBUTES = ("lang", "baselang")


@refuse_deep_nesting("NITF")
def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    root, encoding = parse_xml(raw, content_type, "NITF")
    if root.tag != "nitf":
        nitf = root.find(".//nitf")
        if nitf is None:
            raise ParseError(f"NITF: expected a <nitf> root element, found <{root.tag}>", "line 1")
        root = nitf
    item = read_nitf(root)
    item.extra["encoding"] = encoding
    if not item.headline and not item.blocks and item.pubstatus != CANCELED:
        raise ParseError("NITF holds neither a headline (body.head/hedline/hl1) nor body.content text", "nitf/body")
    if not item.guid:
        item.guid, how = _fallback_id(root, item)
        add_note(item, f"NITF: head/docdata has no du-key@key and no doc-id@id-string; the story is identified by {how}")
    return [item]


def read_nitf(root: ET.Element, fmt: str = "nitf") -> ParsedItem:
    """Everything a <nitf> element says, also for NITF carried inside NewsML 1.2 and NewsML-G2."""
    item = ParsedItem(format=fmt)
    head = root.find("head")
    body = root.find("body")
    _read_head(head, item)
    _read_body_head(body.find("body.head") if body is not None else None, item)
    item.blocks = _read_content(body)
    if not item.byline:
        item.byline, item.blocks = take_body_byline(item.blocks)
    if not item.headline:
        item.headline = child_text(head, "title")  # a hedline-less file still has head/title
    item.language = next((root.get(name) for name in _LANGUAGE_ATTRIBUTES if root.get(name)), "") or item.language
    return item


def add_note(item: ParsedItem, note: str) -> None:
    """Something the parser had to decide about this file, for whoever looks at the delivery."""
    item.extra.setdefault("notes", []).append(note)


# head/meta names that carry an identifier: AP's "ap-transref", "ap-id", a provider's "guid", "uri", "doc-id" ...
_ID_META = re.compile(r"(?:^|[-_.:])(?:id|guid|uri|urn|uno|docid|itemid|storyid|transref)$", re.IGNORECASE)


def _fallback_id(root: ET.Element, item: ParsedItem) -> tuple[str, str]:
    """No du-key and no doc-id@id-string: another identifier the file carries, else a hash of what it says."""
    uno = (root.get("uno") or "").strip()
    if uno:
        return uno, f"nitf@uno {uno!r}"
    for meta in root.iterfind("head/meta"):
        name, content = (meta.get("name") or "").strip(), (meta.get("content") or "").strip()
        if content and _ID_META.search(name):
            return content, f"head/meta[@name={name!r}] {content!r}"
    source = item.extra.get("regsrc", "")
    issued = item.versioncreated.isoformat() if item.versioncreated else ""
    text = "\n".join([source, issued, item.headline] + [block.text or " ".join(block.items) for block in item.blocks])
    digest = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
    return f"urn:sha256:{digest[:40]}", "a hash of its source, date, headline and body (the same file resent maps to the same story)"


def _read_head(head: ET.Element | None, item: ParsedItem) -> None:
    if head is None:
        return
    docdata = head.find("docdata")
    if docdata is not None:
        doc_id = docdata.find("doc-id")
        du_key = docdata.find("du-key")
        # du-key@key names the document across its updates; doc-id names this one
        # transmission (NTB suffixes it with the version), so it is only the fallback.
        item.guid = (du_key.get("key", "") if du_key is not None else "").strip() or (
            doc_id.get("id-string", "") if doc_id is not None else ""
        ).strip()
        if doc_id is not None and doc_id.get("id-string"):
            item.extra["doc_id"] = doc_id.get("id-string")
        if doc_id is not None and doc_id.get("regsrc"):
            item.extra["regsrc"] = doc_id.get("regsrc")
        if du_key is not None:
            item.version = parse_version(du_key.get("version") or du_key.get("generation"))
        urgency = docdata.find("urgency")
        if urgency is not None and (urgency.get("ed-urg") or "").strip():
            item.urgency = _urgency(urgency.get("ed-urg"))
        item.pubstatus = pubstatus_from(docdata.get("management-status"))
        item.versioncreated = _norm_date(docdata, "date.issue")
        item.firstcreated = item.versioncreated
        item.embargoed = _norm_date(docdata, "date.release")
        notes = [m.get("info", "").strip() or text_of(m) for m in docdata.findall("ed-msg")]
        notes = [note for note in notes if note]
        if notes:
            item.extra["ednote"] = " ".join(notes)
        copyright_el = docdata.find("doc.copyright")
        if copyright_el is not None and copyright_el.get("holder"):
            item.extra["copyrightholder"] = copyright_el.get("holder")
        item.keywords = [k.get("key", "").strip() for k in docdata.iter("keyword") if k.get("key", "").strip()]
        mark_correction(item.extra, [], notes)
    item.subjects = [
        _subject(s) for s in head.iter("tobject.subject") if s.get("tobject.subject.refnum") or s.get("tobject.subject.type")
    ]
    pubdata = head.find("pubdata")
    if pubdata is not None:
        item.publisher = (pubdata.get("name") or "").strip()
        item.edition = (pubdata.get("edition.name") or "").strip()
        if item.versioncreated is None:
            item.versioncreated = parse_datetime(pubdata.get("date.publication"))


def _byline_text(byline: ET.Element) -> str:
    """ "By <person>Jane Doe</person><byttl>AP Science Writer</byttl>" reads "By Jane Doe, AP Science Writer":
    the title is its own segment, never run into the name."""
    title = " ".join(text_of(t) for t in byline.findall("byttl") if text_of(t))
    # the words before the first <person> are the byline's label, in any language ("Nôpisôł <person>Jan Kónkel")
    leading = byline.text or ""
    parts = ["" if byline.find("person") is not None and is_label_before_people(leading) else leading]
    for child in byline:
        parts += ["" if child.tag == "byttl" else "".join(child.itertext()), child.tail or ""]
    name = " ".join("".join(parts).split())
    return ", ".join(part for part in (name.strip(" ,-–—|/"), title) if part)  # "Name - <byttl>": the separator before the title


def _read_body_head(body_head: ET.Element | None, item: ParsedItem) -> None:
    if body_head is None:
        return
    hedline = body_head.find("hedline")
    item.headline = child_text(hedline, "hl1")
    item.subheadline = " ".join(text_of(hl2) for hl2 in (hedline.findall("hl2") if hedline is not None else []))
    bylines = body_head.findall("byline")
    if bylines:
        item.byline = " and ".join(filter(None, (_byline_text(b) for b in bylines)))
        titles = [text_of(t) for b in bylines for t in b.findall("byttl") if text_of(t)]
        if titles:
            item.extra["byline_titles"] = titles
        people = [text_of(p) for b in bylines for p in b.iter("person") if text_of(p)]
        if people:
            item.extra["byline_people"] = people  # each writer the envelope marks: the authors, whatever joins them
    item.credit = credit_name(child_text(body_head, "distributor"))
    dateline = body_head.find("dateline")
    if dateline is not None:
        location = dateline.find("location")
        item.dateline = _place_of_location(location) or place_of_dateline(_dateline_without_date(dateline))
        item.extra["dateline_text"] = text_of(dateline)
    abstract = body_head.find("abstract")
    if abstract is not None:
        item.summary = " ".join(b.text for b in blocks_from_html(inner_xml(abstract))) or text_of(abstract)


def _place_of_location(location: ET.Element | None) -> str:
    """The dateline's place from its `<location>`, as written where its parts are written apart ("<city>SANTA
    FE</city>, <state>N.M.</state>"); where they are glued with nothing between ("<city>Cusco</city><country>Perú
    </country>", which reads "CuscoPerú"), the city, as a printed dateline names it."""
    if location is None:
        return ""
    children = list(location)
    glued = len(children) > 1 and not any((child.tail or "").strip() for child in children[:-1])
    city = location.find("city")
    if glued and city is not None and text_of(city):
        return text_of(city)
    return text_of(location)


def _dateline_without_date(dateline: ET.Element) -> str:
    parts = [dateline.text or ""]
    for child in dateline:
        if child.tag != "story.date":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split()).strip(" ,—–-")


def _read_content(body: ET.Element | None) -> list[Block]:
    if body is None:
        return []
    blocks: list[Block] = []
    for content in body.findall("body.content"):
        blocks.extend(blocks_from_html(inner_xml(content)))
    body_end = body.find("body.end")
    if body_end is not None:
        blocks.extend(Block(kind=PARAGRAPH, text=text_of(t)) for t in body_end.findall("tagline") if text_of(t))
    return blocks


def _norm_date(docdata: ET.Element, tag: str):
    element = docdata.find(tag)
    return parse_datetime(element.get("norm")) if element is not None else None


def _urgency(value: str) -> int | None:
    try:
        urgency = int(value.strip())
    except ValueError:
        raise ParseError(f"NITF: urgency@ed-urg must be a number from 1 to 8, found {value!r}", "nitf/head/docdata/urgency") from None
    return urgency if 1 <= urgency <= 9 else None


def _subject(element: ET.Element) -> dict:
    subject = {"scheme": "iptc-subjectcode"}
    if element.get("tobject.subject.refnum"):
        subject["code"] = element.get("tobject.subject.refnum")
    name = element.get("tobject.subject.detail") or element.get("tobject.subject.matter") or element.get("tobject.subject.type")
    if name:
        subject["name"] = name
    return subject
