"""NITF 3.x: head/docdata, body.head and body.content, encodings and broken documents."""
from datetime import datetime, timedelta, timezone

import pytest

from ingest.items import HEADING, LIST
from ingest.parse import nitf

from .formats import assert_parse_error, block_texts, fixture, only

UTC = timezone.utc

CASES = [
    ("guid", "EXW-2024-0108-portstrike"),
    ("version", 2),
    ("headline", "Dockworkers strike shuts Rotterdam container terminals"),
    ("subheadline", "Shipping lines divert vessels to Antwerp"),
    ("byline", "By Pieter de Vries, Example Wire Correspondent"),
    ("dateline", "ROTTERDAM"),
    ("credit", "Example Wire"),
    ("summary", "A 48-hour strike halted work at the port’s largest terminals."),
    ("urgency", 4),
    ("pubstatus", "usable"),
    ("language", "en"),
    ("versioncreated", datetime(2024, 1, 8, 6, 15, tzinfo=UTC)),
    ("embargoed", datetime(2024, 1, 8, 8, 0, tzinfo=UTC)),
    ("publisher", "The Harbour Times"),
    ("edition", "Morning Edition"),
    ("keywords", ["strike", "ports"]),
    ("subjects", [{"scheme": "iptc-subjectcode", "code": "09003000", "name": "strike"}]),
]


@pytest.mark.parametrize(("field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fixture_fields(field, expected):
    item = only(nitf.parse(fixture("nitf-3.xml"), "application/nitf+xml"))
    assert getattr(item, field) == expected


def test_extra_keeps_editors_note_copyright_and_byline_title():
    item = only(nitf.parse(fixture("nitf-3.xml"), "application/nitf+xml"))
    assert item.extra["ednote"] == "Eds: Adds union comment in 4th paragraph."
    assert item.extra["copyrightholder"] == "Example Wire"
    assert item.extra["byline_titles"] == ["Example Wire Correspondent"]
    assert item.extra["dateline_text"] == "ROTTERDAM, Jan. 8"
    assert item.extra["doc_id"] == "EXW-2024-0108-portstrike-v2" and item.extra["regsrc"] == "EXW"
    assert "correction" not in item.extra


def test_body_content_in_order_with_inline_markup_and_no_media():
    item = only(nitf.parse(fixture("nitf-3.xml"), "application/nitf+xml"))
    assert [b.kind for b in item.blocks] == ["paragraph", "paragraph", HEADING, "paragraph", LIST, "paragraph"]
    assert block_texts(item)[0] == "ROTTERDAM, Netherlands (EXW) — Dockworkers walked off the job at Rotterdam’s container terminals on Monday."
    assert '<a href="https://example.org/talks">the timeline</a>' in item.blocks[1].html
    assert block_texts(item)[3] == "At least 14 vessels were sent to Antwerp and Hamburg."  # &nbsp; read, spaces collapsed
    assert "Idle cranes" not in " ".join(block_texts(item))  # a media caption is not copy
    assert block_texts(item)[-1] == "(Reporting by Pieter de Vries; editing by Anne Smit)"


def _nitf(docdata: str = "", body_head: str = "<hedline><hl1>H</hl1></hedline>", content: str = "<p>Copy.</p>") -> bytes:
    return (
        f'<nitf><head><docdata {docdata}><doc-id id-string="id-1"/></docdata></head>'
        f"<body><body.head>{body_head}</body.head><body.content>{content}</body.content></body></nitf>"
    ).encode()


@pytest.mark.parametrize(
    ("raw", "field", "expected"),
    [
        (_nitf('management-status="canceled"'), "pubstatus", "canceled"),
        (_nitf('management-status="withheld"'), "pubstatus", "withheld"),
        (_nitf('management-status="embargoed"'), "pubstatus", "usable"),
        (_nitf(body_head="<byline><person>Ann Lee</person></byline><byline><person>Bo Chan</person></byline>"), "byline", "Ann Lee and Bo Chan"),
        (_nitf(body_head="<byline>By <person>Ann Lee</person><byttl>AP Science Writer</byttl></byline>"), "byline", "By Ann Lee, AP Science Writer"),
        (_nitf(body_head="<byline><person>Ana Lima</person> - <byttl>Repórter da Agência Brasil</byttl></byline>"), "byline",
         "Ana Lima, Repórter da Agência Brasil"),  # the dash before the title is a separator, not the name's
        # the words before the first <person> are the byline's label in any language; a name not marked stays
        (_nitf(body_head="<byline>Nôpisôł <person>Jan Kónkel</person> <byttl>(KAP)</byttl></byline>"), "byline",
         "Jan Kónkel, (KAP)"),
        (_nitf(body_head="<byline>Ann Lee and <person>Bo Chan</person></byline>"), "byline", "Ann Lee and Bo Chan"),
        (_nitf(body_head="<dateline>PARIS, <story.date>Jan. 3</story.date></dateline>"), "dateline", "PARIS"),
        (_nitf(content="<p>Caf&eacute; &amp; bar&nbsp;open</p>"), "blocks", ["Café & bar open"]),
        (_nitf(content="<block><p>One</p><p>Two</p></block>"), "blocks", ["One", "Two"]),
        (_nitf(content="<table><tr><th>Team</th><th>Pts</th></tr><tr><td>Ajax</td><td>40</td></tr></table>"), "blocks", ["Team | Pts", "Ajax | 40"]),
    ],
)
def test_variants(raw, field, expected):
    item = only(nitf.parse(raw, "application/xml"))
    assert (block_texts(item) if field == "blocks" else getattr(item, field)) == expected


def test_the_marked_people_and_posts_are_kept_for_the_normalizer():
    item = only(nitf.parse(_nitf(body_head="<byline>ၽူႈတႅမ်ႈ - <person>ၸၢႆးၶမ်းလႅင်</person> လႄႈ <person>ၼၢင်းယုမ်ႈႁွမ်</person> "
                                           "<byttl>ၽူႈသိုပ်ႇၶၢဝ်ႇ</byttl></byline>"), "application/xml"))
    assert item.extra["byline_people"] == ["ၸၢႆးၶမ်းလႅင်", "ၼၢင်းယုမ်ႈႁွမ်"]
    assert item.extra["byline_titles"] == ["ၽူႈသိုပ်ႇၶၢဝ်ႇ"]


def test_editors_note_announcing_a_correction_marks_the_item():
    raw = _nitf().replace(b'<doc-id id-string="id-1"/>', b'<doc-id id-string="id-1"/><ed-msg info="CORRECTS spelling of port name"/>')
    assert only(nitf.parse(raw)).extra["correction"] is True


def test_du_key_is_the_story_id_across_updates_and_baselang_the_language():
    """NTB sends doc-id "<id>_47" for version 47 of "<id>": the du-key key is what stays."""
    raw = (
        b'<nitf baselang="nb-NO"><head><docdata><doc-id id-string="faktisk-d9cd_47" regsrc="NTB"/>'
        b'<du-key key="faktisk-d9cd" version="48"/></docdata></head>'
        b"<body><body.head><hedline><hl1>Faktisk.no: Nei</hl1></hedline><byline>Geir Molnes / Faktisk.no</byline>"
        b"<distributor><org>NTB</org></distributor><dateline>Oslo</dateline></body.head>"
        b'<body.content><p class="lead" lead="true">Nei.</p><p/><p class="txt-ind">&#10;&#8211; Sitat.</p></body.content></body></nitf>'
    )
    item = only(nitf.parse(raw))
    assert (item.guid, item.version, item.language) == ("faktisk-d9cd", 48, "nb-NO")
    assert (item.byline, item.credit, item.dateline) == ("Geir Molnes / Faktisk.no", "Norsk Telegrambyrå", "Oslo")
    assert block_texts(item) == ["Nei.", "– Sitat."]


def test_a_kill_notice_needs_no_body():
    raw = b'<nitf><head><docdata management-status="canceled"><doc-id id-string="id-9"/></docdata></head><body/></nitf>'
    item = only(nitf.parse(raw))
    assert item.pubstatus == "canceled" and item.guid == "id-9"


ENCODED = '<?xml version="1.0" encoding="{declared}"?><nitf><head><docdata><doc-id id-string="e"/></docdata></head><body><body.head><hedline><hl1>Caf\u00e9 \u201cZ\u00fcrich\u201d \u20ac5</hl1></hedline></body.head></body></nitf>'


@pytest.mark.parametrize(
    ("codec", "declared", "content_type", "bom"),
    [
        ("utf-8", "UTF-8", "application/xml", b""),
        ("utf-8", "UTF-8", "application/xml", b"\xef\xbb\xbf"),
        ("utf-16-le", "UTF-16", "application/xml", b"\xff\xfe"),
        ("cp1252", "windows-1252", "application/xml", b""),
        ("cp1252", "ISO-8859-1", "application/xml", b""),  # Latin-1 label, cp1252 bytes: read as cp1252
        ("cp1252", "UTF-8", "application/xml; charset=windows-1252", b""),  # the header wins over the declaration
        ("cp1252", "UTF-8", "application/xml", b""),  # mislabelled Latin-1 wire: not valid UTF-8, read as cp1252
    ],
)
def test_encodings(codec, declared, content_type, bom):
    raw = bom + ENCODED.format(declared=declared).encode(codec)
    assert only(nitf.parse(raw, content_type)).headline == "Café “Zürich” €5"


def test_latin1_fixture_with_windows_1252_punctuation():
    item = only(nitf.parse(fixture("nitf-cp1252.xml"), "application/xml"))
    assert item.headline == "Café owners in Zürich fight “closing time” rule"
    assert item.byline == "By Renée Müller"
    assert item.dateline == "ZÜRICH"
    assert item.extra["encoding"] == "cp1252"
    assert item.versioncreated == datetime(2024, 1, 9, 10, 15, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("raw", "message", "where"),
    [
        (fixture("nitf-broken.xml"), "not well-formed XML: mismatched tag", "line 10, column 7"),
        (fixture("nitf-entity-expansion.xml"), "declares the entity 'lol'", "DOCTYPE"),
        (b'<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf>&x;</nitf>', "refused", "DOCTYPE"),
        (b"", "empty", "byte 0"),
        (b"<rss><channel/></rss>", "expected a <nitf> root element, found <rss>", "line 1"),
        (b'<nitf><head><docdata><doc-id id-string="a"/></docdata></head><body/></nitf>', "neither a headline", "nitf/body"),
        (_nitf().replace(b"<doc-id", b'<urgency ed-urg="soon"/><doc-id'), "ed-urg must be a number", "urgency"),
    ],
)
def test_broken_nitf_says_what_and_where(raw, message, where):
    assert_parse_error(nitf.parse, raw, "application/xml", message, where)


# --- A missing or empty id never loses a story (issue 13) -----------------------------------------


def _no_id(nitf_attributes: str = "", head_extra: str = "", doc_id: str = '<doc-id regsrc="AP"/>', copy: str = "Copy.") -> bytes:
    return (
        f"<nitf {nitf_attributes}><head><title>T</title>{head_extra}<docdata>{doc_id}"
        f'<date.issue norm="20230718T225000Z"/></docdata></head>'
        f"<body><body.head><hedline><hl1>Storm hits Texas</hl1></hedline></body.head>"
        f"<body.content><p>{copy}</p></body.content></body></nitf>"
    ).encode()


ID_FALLBACKS = [
    # (document, guid, what the note names)
    (_no_id('uno="urn:ap:2023:V7831"'), "urn:ap:2023:V7831", "nitf@uno"),
    (_no_id(head_extra='<meta name="ap-cycle" content="AP"/><meta name="ap-transref" content="V7831"/>'), "V7831", "ap-transref"),
    (_no_id(head_extra='<meta name="guid" content="tag:x.org,2023:1"/>'), "tag:x.org,2023:1", "'guid'"),
    (_no_id(doc_id='<doc-id regsrc="AP" id-string=""/>'), "urn:sha256:", "a hash"),
    (_no_id(doc_id=""), "urn:sha256:", "a hash"),
]


@pytest.mark.parametrize(("raw", "guid", "named"), ID_FALLBACKS)
def test_a_file_without_an_id_is_named_by_another_identifier_or_its_content(raw, guid, named):
    item = only(nitf.parse(raw, "application/xml"))
    assert item.guid.startswith(guid) and item.headline == "Storm hits Texas"
    (note,) = item.extra["notes"]
    assert "no du-key@key and no doc-id@id-string" in note and named in note


def test_the_content_hash_is_the_same_for_the_same_story_resent_and_differs_for_another():
    first = only(nitf.parse(_no_id(doc_id="")))
    again = only(nitf.parse(_no_id(doc_id="").replace(b"<p>", b"\n  <p>")))  # re-indented by the sender
    other = only(nitf.parse(_no_id(doc_id="", copy="Other copy.")))
    assert first.guid == again.guid != other.guid


def test_ap_fixture_whose_doc_id_has_no_id_string():
    item = only(nitf.parse(fixture("nitf-no-id-string.xml"), "application/xml"))
    assert (item.guid, item.extra["regsrc"]) == ("V7831", "AP")
    assert item.headline == "Storm knocks out power to 200,000 in Texas"  # head/title: the file has no hedline
    assert (item.byline, item.dateline, item.language, item.urgency) == ("By JAMIE STENGLE, Associated Press", "DALLAS", "en-US", 4)
    assert block_texts(item)[1] == "Crews worked through the night to restore service."
    assert "notes" not in only(nitf.parse(fixture("nitf-3.xml"))).extra  # a file with its id says nothing


@pytest.mark.parametrize("location, place", [
    ("<location><city>SANTA FE</city>, <state>N.M.</state></location>", "SANTA FE, N.M."),  # written apart: as written
    ("<location><city>Cusco</city><country>Perú</country></location>", "Cusco"),  # glued ("CuscoPerú"): the city
    ("<location>Bogotá, Colombia</location>", "Bogotá, Colombia"),
])
def test_a_datelines_location(location, place):
    raw = _nitf(body_head=f"<hedline><hl1>H</hl1></hedline><dateline>{location}<story.date>11 March 2026</story.date></dateline>")
    assert only(nitf.parse(raw, "application/nitf+xml")).dateline == place
