"""NewsML 1.2: NewsLines, NewsManagement, one story per text NewsComponent, NITF/XHTML/text bodies."""
from datetime import datetime, timedelta, timezone

import pytest

from ingest.parse import newsml12

from .formats import assert_parse_error, block_texts, fixture, only

UTC = timezone.utc
CET = timezone(timedelta(hours=1))

CASES = [
    ("guid", "urn:newsml:example-wire.com:20240115:TX-GEN-FLOODS"),  # the item across its revisions
    ("version", 2),  # RevisionId
    ("headline", "Floods cut off towns across northern England"),
    ("subheadline", "Hundreds of homes evacuated as rivers burst their banks"),
    ("byline", "By Helen Carter, Example Wire"),
    ("dateline", "YORK, England"),
    ("credit", "EXW"),
    ("language", "en-GB"),  # DescriptiveMetadata/Language before xml:lang="en"
    ("urgency", 3),  # NewsManagement/Urgency before the envelope's Priority 4
    ("pubstatus", "usable"),  # embargoed is a time, not a status
    ("embargoed", datetime(2024, 1, 15, 11, 0, tzinfo=UTC)),
    ("firstcreated", datetime(2024, 1, 15, 8, 30, tzinfo=UTC)),
    ("versioncreated", datetime(2024, 1, 15, 9, 12, tzinfo=UTC)),
    ("keywords", ["floods", "weather"]),
    ("subjects", [{"scheme": "iptc-subjectcode", "code": "17000000"}, {"scheme": "iptc-subjectcode", "code": "17004000", "level": "SubjectMatter"}]),
]


@pytest.mark.parametrize(("field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_nitf_fixture_fields(field, expected):
    item = only(newsml12.parse(fixture("newsml12-nitf.xml"), "application/xml"))  # the photo component is no story
    assert getattr(item, field) == expected


def test_nitf_fixture_extra_and_body():
    item = only(newsml12.parse(fixture("newsml12-nitf.xml")))
    assert item.extra["public_identifier"] == "urn:newsml:example-wire.com:20240115:TX-GEN-FLOODS:2N"
    assert item.extra["copyright"] == "Copyright 2024 Example Wire" and item.extra["slugline"] == "Britain-Weather-Floods"
    assert item.extra["ednote"] == "Eds: Updates evacuation figures in 2nd paragraph." and item.extra["dateline_text"] == "YORK, England, Jan 15"
    assert item.extra["byline_titles"] == ["Example Wire"]
    assert block_texts(item) == [
        "YORK, England, Jan 15 (EXW) - Floodwater cut off towns across northern England on Monday after two days of rain.",
        "About 600 homes were evacuated, the Environment Agency said.",
        "More rain is forecast for Wednesday.",
    ]
    assert '<a href="https://example.org/ea">the Environment Agency</a>' in item.blocks[1].html


def test_two_text_components_are_two_stories_xhtml_and_plain_text_latin1():
    main, factbox = newsml12.parse(fixture("newsml12-xhtml-latin1.xml"), "application/xml")
    assert (main.guid, factbox.guid) == (
        "urn:newsml:dpa.example:20240116:wirtschaft-0116#main", "urn:newsml:dpa.example:20240116:wirtschaft-0116#factbox",
    )
    assert (main.headline, main.byline, main.dateline, main.language) == (
        "Exporte steigen zum Jahresende überraschend", "Von Jürgen Müller, dpa", "Wiesbaden", "de",
    )
    assert block_texts(main) == [
        "Wiesbaden (dpa) - Die deutschen Exporte sind im Dezember überraschend gestiegen.",
        "Das teilte das Statistische Bundesamt am Dienstag mit.",
    ]  # the XHTML head's title is not copy
    assert factbox.headline == "Hintergrund: Der deutsche Außenhandel"
    assert block_texts(factbox) == ["Deutschland exportierte 2023 Waren für 1,6 Billionen Euro.", "Wichtigster Handelspartner waren die USA."]
    assert main.urgency == factbox.urgency == 5  # the envelope's Priority: the item says no Urgency
    assert main.versioncreated == datetime(2024, 1, 16, 13, 55, tzinfo=CET)


def _item(identifier: str = "<ProviderId>p.example</ProviderId><DateId>20240101</DateId><NewsItemId>n1</NewsItemId><RevisionId>3</RevisionId>",
          management: str = '<Status FormalName="Usable"/>', component: str = "") -> bytes:
    component = component or (
        '<NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><MediaType FormalName="Text"/>'
        "<DataContent><p>Copy.</p></DataContent></ContentItem></NewsComponent>"
    )
    return (
        f"<NewsML Version=\"1.2\"><NewsItem><Identification><NewsIdentifier>{identifier}</NewsIdentifier></Identification>"
        f"<NewsManagement>{management}</NewsManagement>{component}</NewsItem></NewsML>"
    ).encode()


@pytest.mark.parametrize(
    ("raw", "field", "expected"),
    [
        (_item(), "guid", "urn:newsml:p.example:20240101:n1"),
        (_item(), "version", 3),
        (_item("<PublicIdentifier>urn:newsml:p.example:20240101:n1:3N</PublicIdentifier><RevisionId>3</RevisionId>"), "guid", "urn:newsml:p.example:20240101:n1"),
        (_item(management='<Status FormalName="Canceled"/>'), "pubstatus", "canceled"),
        (_item(management='<Status FormalName="Withheld"/>'), "pubstatus", "withheld"),
        (_item(management='<Status FormalName="Usable"/><Urgency FormalName="1"/>'), "urgency", 1),
        (_item(management='<Status FormalName="Usable"/><Urgency FormalName="0"/>'), "urgency", None),
        (_item(component='<NewsComponent xml:lang="sv"><NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><MediaType FormalName="Text"/><DataContent>Rad.</DataContent></ContentItem></NewsComponent>'), "language", "sv"),
        (_item(component='<NewsComponent><NewsLines><HeadLine>H</HeadLine><CreditLine>AFP</CreditLine></NewsLines><ContentItem><MediaType FormalName="Text"/><DataContent>x</DataContent></ContentItem></NewsComponent>'), "credit", "Agence France-Presse"),
        (_item(component='<NewsComponent><ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.head><hedline><hl1>From NITF</hl1></hedline><byline>By Ann Lee</byline></body.head><body.content><p>x</p></body.content></body></nitf></DataContent></ContentItem></NewsComponent>'), "headline", "From NITF"),
        (_item(component='<NewsComponent><ContentItem><MediaType FormalName="Text"/><DataContent><nitf><head><title>From title</title></head><body><body.content><p>x</p></body.content></body></nitf></DataContent></ContentItem></NewsComponent>'), "headline", "From title"),
        (_item(component='<NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><MediaType FormalName="Text"/><DataContent>&lt;p&gt;Escaped&lt;/p&gt;&lt;p&gt;HTML&lt;/p&gt;</DataContent></ContentItem></NewsComponent>'), "blocks", ["Escaped", "HTML"]),
    ],
)
def test_variants(raw, field, expected):
    item = only(newsml12.parse(raw, "application/xml"))
    assert (block_texts(item) if field == "blocks" else getattr(item, field)) == expected


def test_a_bare_news_item_root_and_a_kill_without_content():
    bare = _item().decode().replace('<NewsML Version="1.2">', "").replace("</NewsML>", "").encode()
    assert only(newsml12.parse(bare)).guid == "urn:newsml:p.example:20240101:n1"
    kill = _item(management='<Status FormalName="Canceled"/>', component=" ").replace(b"<NewsComponent>", b"")
    item = only(newsml12.parse(kill.replace(b" </NewsItem>", b"</NewsItem>")))
    assert item.pubstatus == "canceled" and item.guid == "urn:newsml:p.example:20240101:n1"


def test_an_item_without_an_identifier_is_named_by_its_content_and_says_so():
    item = only(newsml12.parse(_item(identifier="")))
    assert item.guid.startswith("urn:sha256:") and "identified by a hash" in item.extra["notes"][0]


@pytest.mark.parametrize(
    ("raw", "message", "where"),
    [
        (b"<NewsML><NewsItem>", "not well-formed XML", "line 1"),
        (b"<nitf/>", "expected a <NewsML> or <NewsItem> root element, found <nitf>", "line 1"),
        (b'<NewsML Version="1.2"><NewsEnvelope/></NewsML>', "holds no NewsItem", "NewsML"),
        (_item(component='<NewsComponent><ContentItem Href="p.jpg"><MediaType FormalName="Photo"/></ContentItem></NewsComponent>'), "only photos", "NewsItem"),
        (_item(component='<NewsComponent><ContentItem><MediaType FormalName="Text"/><DataContent/></ContentItem></NewsComponent>'), "neither a HeadLine nor body text", "NewsML/NewsItem[1]"),
        (b'<!DOCTYPE NewsML [<!ENTITY x "y">]><NewsML>&x;</NewsML>', "declares the entity 'x'", "DOCTYPE"),
    ],
)
def test_broken_newsml_says_what_and_where(raw, message, where):
    assert_parse_error(newsml12.parse, raw, "application/xml", message, where)


def test_the_envelopes_provider_and_source_names_are_read_for_the_credit():
    """A credit sent as a code is spelled out by the provider's name (normalize reads it with a feed's header lines)."""
    raw = _item(component='<NewsComponent><NewsLines><HeadLine>H</HeadLine><CreditLine>AOP</CreditLine></NewsLines>'
                '<AdministrativeMetadata><Provider><Party FormalName="Agéncia Occitana de Premsa"/></Provider>'
                '</AdministrativeMetadata><ContentItem><MediaType FormalName="Text"/><DataContent><p>TOLOSA (AOP) — '
                'Una equipa prepara un nanosatellit.</p></DataContent></ContentItem></NewsComponent>')
    item = only(newsml12.parse(raw, "application/xml"))
    assert item.extra["feed_header"] == ["Agéncia Occitana de Premsa"]
    from ingest.clean import clean
    from ingest.normalize import normalize
    assert normalize(clean(item)).credit == "Agéncia Occitana de Premsa"


def test_a_component_in_the_abstracts_role_is_the_storys_summary_not_a_story():
    """A NewsComponent whose Role is "Abstract", beside the one whose Role is "Main", holds the story's summary: one
    item, its summary the abstract, its body the main component's copy."""
    component = (
        '<NewsComponent><NewsLines><HeadLine>Sepik rises two metres at Ambunti</HeadLine></NewsLines>'
        '<NewsComponent><Role FormalName="Abstract"/><ContentItem><MediaType FormalName="Text"/>'
        "<DataContent>The river rose two metres; 14 villages are under water.</DataContent></ContentItem></NewsComponent>"
        '<NewsComponent><Role FormalName="Main"/><ContentItem><MediaType FormalName="Text"/>'
        '<MimeType FormalName="application/xhtml+xml"/><DataContent><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<p>AMBUNTI — The Sepik rose two metres overnight, the district office said.</p>"
        "<p>Two schools closed.</p></body></html></DataContent></ContentItem></NewsComponent></NewsComponent>"
    )
    (item,) = newsml12.parse(_item(component=component), "application/xml")
    assert item.summary == "The river rose two metres; 14 villages are under water."
    assert block_texts(item) == ["AMBUNTI — The Sepik rose two metres overnight, the district office said.",
                                 "Two schools closed."]
