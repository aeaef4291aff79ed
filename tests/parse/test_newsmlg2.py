"""NewsML-G2: a newsItem, and a newsMessage package with several items (each its own story)."""
from datetime import datetime, timezone

import pytest

from ingest.items import HEADING
from ingest.parse import newsmlg2

from .formats import assert_parse_error, block_texts, fixture, only

UTC = timezone.utc

CASES = [
    ("guid", "urn:newsml:example.org:20240110:wildfire"),
    ("version", 3),
    ("language", "en-AU"),  # contentMeta/language says it; the root's xml:lang="en" is only the fallback
    ("headline", "Wildfires force thousands to flee in New South Wales"),
    ("subheadline", "Firefighters battle 60 blazes as winds strengthen"),
    ("byline", "By Liam O'Brien"),
    ("dateline", "SYDNEY"),
    ("credit", "Reuters"),
    ("summary", "Thousands fled as more than 60 fires burned across the state."),
    ("urgency", 2),
    ("pubstatus", "usable"),
    ("versioncreated", datetime(2024, 1, 10, 14, 5, tzinfo=UTC)),
    ("firstcreated", datetime(2024, 1, 10, 11, 0, tzinfo=UTC)),
    ("embargoed", datetime(2024, 1, 10, 15, 0, tzinfo=UTC)),
    ("keywords", ["bushfire", "New South Wales"]),
    (
        "subjects",
        [
            {"code": "medtop:06000000", "type": "cpnat:abstract", "name": "environment"},
            {"code": "medtop:20000151", "type": "cpnat:abstract", "name": "wildfire"},
        ],
    ),
]


@pytest.mark.parametrize(("field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_news_item_fields(field, expected):
    item = only(newsmlg2.parse(fixture("g2-newsitem.xml"), "application/vnd.iptc.g2.newsitem+xml"))
    assert getattr(item, field) == expected


def test_news_item_extra_and_xhtml_body():
    item = only(newsmlg2.parse(fixture("g2-newsitem.xml"), "application/xml"))
    assert item.extra["slugline"] == "Australia-Fires"
    assert item.extra["ednote"] == "Eds: Updates death toll in 3rd paragraph."
    assert item.extra["signals"] == ["sig:update"]
    assert item.extra["dateline_text"] == "SYDNEY, Jan 10"
    assert [b.kind for b in item.blocks] == ["paragraph", "paragraph", HEADING, "paragraph"]
    assert block_texts(item)[0] == "SYDNEY, Jan 10 (Reuters) - Thousands of people fled their homes in New South Wales on Wednesday."
    assert '<a href="https://example.org/rfs">the Rural Fire Service</a>' in item.blocks[1].html
    assert "Wildfires" not in block_texts(item)  # the XHTML head's title is not copy


def test_package_gives_each_text_item_and_skips_the_picture():
    items = newsmlg2.parse(fixture("g2-package.xml"), "application/xml")
    assert [(i.guid, i.version) for i in items] == [
        ("urn:newsml:example.org:20240111:election-main", 1),
        ("urn:newsml:example.org:20240111:election-factbox", 2),
    ]
    main, factbox = items
    assert main.headline == "Taiwan votes in presidential election watched by Beijing"
    assert main.byline == "By Mei Chen" and main.dateline == "Taipei" and main.urgency == 3
    assert block_texts(main) == ["TAIPEI (EXW) — Voters in Taiwan cast ballots on Saturday.", "Polls close at 4 p.m. local time."]
    assert block_texts(factbox) == ["Three candidates are on the ballot.", "Lai Ching-te is the ruling party's candidate."]
    assert {i.extra["package"] for i in items} == {"urn:newsml:example.org:20240111:election-pkg"}


def _item(item_meta: str = '<pubStatus qcode="stat:usable"/>', content_meta: str = "<headline>H</headline>", content: str = "") -> bytes:
    return (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:g:1" version="5">'
        f"<itemMeta><itemClass qcode=\"ninat:text\"/>{item_meta}</itemMeta>"
        f"<contentMeta>{content_meta}</contentMeta><contentSet>{content}</contentSet></newsItem>"
    ).encode()


@pytest.mark.parametrize(
    ("raw", "field", "expected"),
    [
        (_item('<pubStatus qcode="stat:canceled"/>'), "pubstatus", "canceled"),
        (_item('<pubStatus qcode="stat:withheld"/>'), "pubstatus", "withheld"),
        (_item('<pubStatus uri="http://cv.iptc.org/newscodes/pubstatusg2/canceled"/>'), "pubstatus", "canceled"),
        (_item('<signal qcode="sig:correction"/>'), "correction", True),
        (_item(content_meta="<headline>H</headline><creator><name>Ann Lee</name></creator><creator><name>Bo Chan</name></creator>"), "byline", "Ann Lee and Bo Chan"),
        # the <by> line's words before the first creator it names are its label, in any language
        (_item(content_meta="<headline>H</headline><creator><name>Nkateko Baloyi</name></creator>"
                            "<by>Hi Nkateko Baloyi na Tsakani Maluleke</by>"), "byline", "Nkateko Baloyi na Tsakani Maluleke"),
        (_item(content_meta="<headline>H</headline><creator><name>Bo Chan</name></creator><by>Ann Lee and Bo Chan</by>"),
         "byline", "Ann Lee and Bo Chan"),
        (_item(content_meta='<headline>H</headline><located><name>Oslo</name></located>'), "dateline", "Oslo"),
        (_item(content_meta='<headline>H</headline><infoSource literal="AFP"/>'), "credit", "Agence France-Presse"),
        (_item(content_meta='<headline>H</headline><language tag="fr"/>'), "language", "fr"),
        (_item(content='<inlineData contenttype="text/html">&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt;&lt;/p&gt;</inlineData>'), "blocks", ["Escaped HTML"]),
        (_item(content='<inlineXML contenttype="application/nitf+xml"><nitf><body><body.content><p>NITF inside</p></body.content></body></nitf></inlineXML>'), "blocks", ["NITF inside"]),
        (_item("<pubStatus qcode=\"stat:usable\"/>", "<headline>H</headline><urgency>0</urgency>"), "urgency", None),
    ],
)
def test_variants(raw, field, expected):
    item = only(newsmlg2.parse(raw, "application/xml"))
    if field == "blocks":
        assert block_texts(item) == expected
    elif field == "correction":
        assert item.extra.get("correction") is expected
    else:
        assert getattr(item, field) == expected


def test_latin1_news_item():
    raw = _item(content_meta="<headline>Gr\u00fc\u00dfe aus K\u00f6ln \u2013 \u201eKarneval\u201c</headline>").decode()
    raw = ('<?xml version="1.0" encoding="iso-8859-1"?>' + raw).encode("cp1252")
    assert only(newsmlg2.parse(raw, "application/xml")).headline == "Grüße aus Köln – „Karneval“"


@pytest.mark.parametrize(
    ("raw", "message", "where"),
    [
        (fixture("g2-broken.xml"), "not well-formed XML: mismatched tag", "line 9, column 5"),
        (b"<nitf/>", "expected a newsItem, packageItem or newsMessage", "line 1"),
        (_item().replace(b' guid="urn:g:1"', b""), "newsItem has no guid", "newsItem"),
        (_item(content_meta=""), "neither a headline nor body content", "guid='urn:g:1'"),
        (_item(content_meta="<headline>H</headline><urgency>high</urgency>"), "urgency must be a number", "contentMeta/urgency"),
        (
            b'<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="p"><groupSet><group>'
            b'<itemRef residref="a"/><itemRef residref="b"/></group></groupSet></packageItem>',
            "references 2 item(s) but carries none", "packageItem/groupSet",
        ),
        (
            b'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet><newsItem guid="p1">'
            b'<itemMeta><itemClass qcode="ninat:picture"/></itemMeta></newsItem></itemSet></newsMessage>',
            "only picture/video/graphic items", "newsMessage",
        ),
    ],
)
def test_broken_newsml_says_what_and_where(raw, message, where):
    assert_parse_error(newsmlg2.parse, raw, "application/xml", message, where)


def test_reuters_shape_one_wrapped_paragraph_and_the_byline_in_the_body():
    raw = (
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        '<newsItem guid="tag:reuters.com,0000:newsml_L4N1FL0N0" version="1132689232" xml:lang="en">'
        '<itemMeta><itemClass qcode="icls:text"/><pubStatus qcode="stat:usable"/></itemMeta>'
        '<contentMeta><urgency>3</urgency><infoSource role="cRole:origProv" literal="Reuters"/><creator literal="Reuters"/>'
        '<slugline separator="-">GLOBAL-PRECIOUS/ (UPDATE 1)</slugline>'
        "<headline>PRECIOUS-Gold rises as Trump policy fuels safe haven demand</headline><creditline>Reuters</creditline></contentMeta>"
        '<contentSet><inlineXML contenttype="application/xhtml+html"><html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head>'
        "<body><p>(Adds comments, detail)\n    * Spot gold may edge up to $1,205\n\n    By Arpan Varghese\n"
        "    Jan 30 (Reuters) - Gold rose on Tuesday on increased safe\nhaven demand.\n"
        "    Traders were also awaiting the\nFed.\n\n (Reporting by Arpan Varghese; Editing by Joseph\nRadford)</p>"
        "</body></html></inlineXML></contentSet></newsItem></itemSet></newsMessage>"
    ).encode()
    item = only(newsmlg2.parse(raw, "application/xml"))
    assert item.version == 1132689232 and item.credit == "Reuters" and item.byline == "By Arpan Varghese"
    assert item.extra["slugline"] == "GLOBAL-PRECIOUS/ (UPDATE 1)" and item.extra["creators"] == ["Reuters"]
    assert block_texts(item) == [
        "(Adds comments, detail)", "* Spot gold may edge up to $1,205",
        "Jan 30 (Reuters) - Gold rose on Tuesday on increased safe haven demand.", "Traders were also awaiting the Fed.",
        "(Reporting by Arpan Varghese; Editing by Joseph Radford)",
    ]


# --- As agencies really send it (issue 13) --------------------------------------------------------


NO_HEDLINE_CASES = [
    ("headline", "Lokführer streiken erneut im Personenverkehr"),  # the NITF's head/title: it has no hedline
    ("byline", "Anna Schmidt"),  # the contributor in the author's role, not the creator's login
    ("language", "de"),  # contentMeta/language before xml:lang="en" on the item
    ("version", 2),
    ("urgency", 3),
]


@pytest.mark.parametrize(("field", "expected"), NO_HEDLINE_CASES, ids=[c[0] for c in NO_HEDLINE_CASES])
def test_nitf_inside_without_hedline_and_a_login_for_creator(field, expected):
    item = only(newsmlg2.parse(fixture("g2-nitf-no-hedline.xml"), "application/xml"))
    assert getattr(item, field) == expected


def test_the_login_is_kept_for_the_editor_and_the_body_is_the_nitf_copy():
    item = only(newsmlg2.parse(fixture("g2-nitf-no-hedline.xml"), "application/xml"))
    assert item.extra["creators"] == ["Degenhardt.Sandra"]
    assert block_texts(item) == [
        "Berlin (dpa) - Die Lokführergewerkschaft GDL hat erneut zum Streik aufgerufen.", "Der Ausstand soll am Mittwochabend beginnen.",
    ]


_NITF = '<inlineXML contenttype="application/nitf+xml"><nitf><head><title>From title</title></head><body>{}<body.content><p>Copy.</p>{}</body.content></body></nitf></inlineXML>'


@pytest.mark.parametrize(
    ("content_meta", "content", "field", "expected"),
    [
        ("", _NITF.format("<body.head><hedline><hl1>From hl1</hl1></hedline></body.head>", ""), "headline", "From hl1"),
        ("", _NITF.format("", ""), "headline", "From title"),
        ("<headline>From contentMeta</headline>", _NITF.format("", ""), "headline", "From contentMeta"),
        ("<headline>H</headline>", _NITF.format("<body.head><byline>By Ann Lee</byline></body.head>", ""), "byline", "By Ann Lee"),
        ("<headline>H</headline><creator><name>Degenhardt.Sandra</name></creator>", _NITF.format("", ""), "byline", ""),
        ("<headline>H</headline><creator><name>Degenhardt.Sandra</name></creator>", _NITF.format("", "<p>By Sandra Degenhardt</p>"), "byline", "By Sandra Degenhardt"),
        ("<headline>H</headline><creator><name>Sandra Degenhardt</name></creator>", _NITF.format("", ""), "byline", "Sandra Degenhardt"),
        ("<headline>H</headline><creator literal=\"sdegenhardt01\"/>", _NITF.format("", ""), "byline", ""),
        # the agency itself as the creator: no writer named, the credit
        ("<headline>H</headline><creator literal=\"PTI\"/>", _NITF.format("", ""), "byline", ""),
        ("<headline>H</headline><creator literal=\"PTI\"/>", _NITF.format("", ""), "credit", "PTI"),
        ("<headline>H</headline><language tag=\"fr-CH\"/>", _NITF.format("", ""), "language", "fr-CH"),
        ("<headline>H</headline>", _NITF.format("", ""), "language", ""),
    ],
)
def test_nitf_inside_and_logins(content_meta, content, field, expected):
    item = only(newsmlg2.parse(_item(content_meta=content_meta, content=content), "application/xml"))
    assert getattr(item, field) == expected


def test_xml_lang_is_the_fallback_language():
    raw = _item().replace(b'version="5"', b'version="5" xml:lang="nb"')
    assert only(newsmlg2.parse(raw)).language == "nb"


@pytest.mark.parametrize(
    ("name", "login"),
    [
        ("Degenhardt.Sandra", True), ("sandra.degenhardt", True), ("s_degenhardt", True), ("sdegenhardt01", True),
        ("DPA\\sdegenhardt", True), ("sandra@dpa.example", True),
        ("Sandra Degenhardt", False), ("dpa", False), ("Reuters", False), ("AFP", False), ("Jean-Luc Picard", False),
    ],
)
def test_is_login(name, login):
    assert newsmlg2.is_login(name) is login


def test_the_envelopes_named_parties_are_read_for_the_credit():
    """A credit sent as a code is spelled out by the provider's or rights holder's name (normalize reads them)."""
    raw = ('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:g:2" version="1">'
           '<rightsInfo><copyrightHolder><name>Agenția de Știri Dobrogea</name></copyrightHolder></rightsInfo>'
           '<itemMeta><itemClass qcode="ninat:text"/><provider literal="ASD"><name>Agenția de Știri Dobrogea</name></provider>'
           '</itemMeta><contentMeta><headline>H</headline><creditline>ASD</creditline></contentMeta>'
           '<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
           '<p>Constanța, 3 dec /ASD/ - Portul a fost închis.</p></body></html></inlineXML></contentSet></newsItem>').encode()
    item = only(newsmlg2.parse(raw, "application/xml"))
    assert item.extra["feed_header"] == ["Agenția de Știri Dobrogea"]
    assert item.extra["party_names"] == {"ASD": "Agenția de Știri Dobrogea"}  # the provider's code beside its name
    from ingest.clean import clean
    from ingest.normalize import normalize
    assert normalize(clean(item)).credit == "Agenția de Știri Dobrogea"
