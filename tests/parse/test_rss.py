"""RSS 2.0, Atom and RSS 1.0 entries: one item each, with the fields the issue names."""
from datetime import datetime, timedelta, timezone

import pytest

from ingest.items import HEADING, LIST
from ingest.parse import rss
from ingest.parse.errors import ParseError

from .formats import assert_parse_error, block_texts, fixture

UTC = timezone.utc

RSS_CASES = [
    (0, "guid", "https://courier.example.com/?p=48211"),
    (0, "headline", "City council approves new bike lanes"),
    (0, "byline", "Maria Gonzalez and Tom Baker"),
    (0, "summary", "The plan adds 14 miles of protected lanes by 2026."),
    (0, "publisher", "Valley Courier"),
    (0, "language", "en-us"),
    (0, "keywords", ["Local", "Transportation"]),
    (0, "firstcreated", datetime(2024, 1, 12, 15, 4, tzinfo=UTC)),
    (1, "guid", "https://courier.example.com/2024/01/11/library-hours/"),
    (1, "byline", "Priya Patel"),  # "news@courier.example.com (Priya Patel)"
    (1, "versioncreated", datetime(2024, 1, 11, 9, 0, tzinfo=timezone(timedelta(hours=-5)))),
    # Only a description: it is the body, and the summary too since it is one sentence.
    (1, "summary", "The main branch will open on Sundays from noon to 5 p.m. starting Feb. 4."),
]


@pytest.mark.parametrize(("index", "field", "expected"), RSS_CASES, ids=[f"{c[0]}:{c[1]}" for c in RSS_CASES])
def test_rss_fields(index, field, expected):
    items = rss.parse(fixture("rss2.xml"), "application/rss+xml")
    assert len(items) == 2
    assert getattr(items[index], field) == expected


def test_content_encoded_is_the_body_and_media_is_not():
    first, second = rss.parse(fixture("rss2.xml"), "application/rss+xml")
    assert [b.kind for b in first.blocks] == ["paragraph", "paragraph", HEADING, LIST]
    assert '<a href="https://courier.example.com/main-street">Main Street</a>' in first.blocks[1].html
    assert "Bike lane" not in " ".join(block_texts(first))
    assert block_texts(second) == ["The main branch will open on Sundays from noon to 5 p.m. starting Feb. 4."]


ATOM_CASES = [
    ("guid", "tag:science.example.org,2024:comet-nishimura"),
    ("headline", "Comet Nishimura visible this week"),
    ("byline", "Ada Byron"),
    ("summary", "Look low in the east before dawn."),
    ("publisher", "Example Science Desk"),
    ("language", "en"),
    ("keywords", ["Astronomy"]),
    ("firstcreated", datetime(2024, 1, 13, 10, 0, tzinfo=UTC)),
    ("versioncreated", datetime(2024, 1, 13, 18, 30, 2, tzinfo=UTC)),
]


@pytest.mark.parametrize(("field", "expected"), ATOM_CASES, ids=[c[0] for c in ATOM_CASES])
def test_atom_fields(field, expected):
    (item,) = rss.parse(fixture("atom.xml"), "application/atom+xml")
    assert getattr(item, field) == expected


ATOM = '<entry xmlns="http://www.w3.org/2005/Atom"><id>e1</id><title>T</title>{}</entry>'


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <b>bold</b></p><p>Two</p></div></content>', ["One bold", "Two"]),
        ('<content type="text">Plain one.\n\nPlain two.</content>', ["Plain one.", "Plain two."]),
        ("<summary>Only a summary.</summary>", ["Only a summary."]),
    ],
)
def test_atom_content_types(inner, expected):
    (item,) = rss.parse(ATOM.format(inner).encode(), "application/atom+xml")
    assert block_texts(item) == expected


def test_rss_1_rdf_items():
    raw = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
        b' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>Old Feed</title></channel>'
        b'<item rdf:about="https://x.org/1"><title>RDF item</title><link>https://x.org/1</link>'
        b"<description>Copy.</description><dc:creator>Ann Lee</dc:creator><dc:date>2024-01-02T03:04:05Z</dc:date></item></rdf:RDF>"
    )
    (item,) = rss.parse(raw, "application/rdf+xml")
    assert (item.guid, item.headline, item.byline, item.publisher) == ("https://x.org/1", "RDF item", "Ann Lee", "Old Feed")
    assert item.firstcreated == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_windows_1252_feed():
    raw = '<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>F</title><item><guid>g</guid><title>\u201cQuoted\u201d caf\u00e9</title></item></channel></rss>'
    (item,) = rss.parse(raw.encode("cp1252"), "application/rss+xml")
    assert item.headline == "“Quoted” café"


@pytest.mark.parametrize(
    ("raw", "message", "where"),
    [
        (fixture("rss-broken.xml"), "not well-formed XML: not well-formed (invalid token)", "line 6, column 35"),
        (b"<rss/>", "<rss> has no <channel>", "rss"),
        (b"<rss><channel><title>Empty</title></channel></rss>", "holds no item or entry", "rss"),
        (b"<rss><channel><item><link/></item></channel></rss>", "neither a title nor any content", "rss/channel/item[1]"),
        (b"<html/>", "expected <rss>, <feed>, <entry> or <rdf:RDF>, found <html>", "line 1"),
    ],
)
def test_broken_feeds_say_what_and_where(raw, message, where):
    assert_parse_error(rss.parse, raw, "application/rss+xml", message, where)


# --- Descriptions, feedparser and safety (issue 13) -----------------------------------------------

DESCRIPTION_CASES = [
    # (item, summary, body) with content:encoded, with a long description only, with a one-sentence description only
    (0, "Morning sailings move half an hour earlier.", ["Morning sailings to Cherbourg will leave half an hour earlier from Monday, the operator said.", "Evening sailings are unchanged."]),
    (1, "", ["The council postponed Tuesday's vote on parking fees by a month. Councillors asked for a study of the effect on shops.", "Traders had opposed the increase."]),
    (2, "The crew was called out at 3 a.m. and brought both sailors ashore unhurt.", ["The crew was called out at 3 a.m. and brought both sailors ashore unhurt."]),
]


@pytest.mark.parametrize(("index", "summary", "body"), DESCRIPTION_CASES)
def test_description_is_the_summary_beside_content_and_the_body_alone(index, summary, body):
    items = rss.parse(fixture("rss2-descriptions.xml"), "application/rss+xml")  # with an RSS 0.91 DOCTYPE
    assert (items[index].summary, block_texts(items[index])) == (summary, body)


@pytest.mark.parametrize(
    ("description", "summary"),
    [
        ("One sentence about Mr. Smith and the U.S. Senate on Feb. 4.", "One sentence about Mr. Smith and the U.S. Senate on Feb. 4."),
        ("First sentence. Second sentence.", ""),
        ("<p>One.</p><p>Two.</p>", ""),
        (" ".join(["word"] * 70) + ".", ""),  # one sentence, but a story's length
    ],
)
def test_a_lone_description_is_the_summary_only_when_short(description, summary):
    raw = f"<rss><channel><item><guid>g</guid><title>T</title><description><![CDATA[{description}]]></description></item></channel></rss>"
    (item,) = rss.parse(raw.encode(), "application/rss+xml")
    assert item.summary == summary and item.blocks


@pytest.mark.parametrize(
    ("raw", "field", "expected"),
    [
        (b"<item><title>Bare item</title><description>D.</description><source url='https://r.example'>Reuters</source></item>", "credit", "Reuters"),
        (b'<entry xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><id>e</id><title>T</title><content src="https://x.example/y"/><summary>Only this.</summary></entry>', "summary", "Only this."),
        (b'<entry xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><id>e</id><title>T</title><summary>S.</summary></entry>', "language", "fr"),
        (b'<entry xmlns="http://www.w3.org/2005/Atom"><title type="html">A &lt;em&gt;big&lt;/em&gt; day</title><summary>S.</summary></entry>', "headline", "A big day"),
        (b"<rss><channel><item><title>No guid or link</title><description>D.</description></item></channel></rss>", "guid", "urn:sha256:"),
        (b"<rss><channel><item><title>T</title><author>desk@x.example</author><description>D.</description></item></channel></rss>", "byline", ""),
        # a dc:creator with the reporter's address after the name: feedparser splits them, and the name stands
        ('<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item><title>T</title><dc:creator>이은지 기자 ej@busan.example</dc:creator><description>D.</description></item></channel></rss>'.encode(), "byline", "이은지 기자"),
        # RSS's own "address (Name)", where feedparser splits the name inside its marks: the name, without brackets
        ("<rss><channel><item><title>T</title><author>olootu@iroyinowuro.example (Fọláṣadé Adébáyọ̀)</author><description>D.</description></item></channel></rss>".encode(), "byline", "Fọláṣadé Adébáyọ̀"),
    ],
)
def test_feed_variants(raw, field, expected):
    (item,) = rss.parse(raw, "application/xml")
    value = getattr(item, field)
    assert value.startswith(expected) if field == "guid" else value == expected


def test_feedparser_never_fetches_what_a_feed_points_to():
    """A real HTTP server on this machine: the DTD, an entity's system id and the links all point at it."""
    import http.server
    import threading

    requests = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<!ENTITY x 'fetched'>")

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}"
    try:
        feed = (
            f'<!DOCTYPE rss SYSTEM "{url}/rss.dtd"><rss xml:base="{url}/"><channel><title>F</title>'
            f'<item><guid>{url}/g</guid><title>T</title><link>{url}/story</link>'
            f'<description>&lt;img src="{url}/pixel.gif"&gt;&lt;p&gt;Copy.&lt;/p&gt;</description></item></channel></rss>'
        )
        (item,) = rss.parse(feed.encode(), "application/rss+xml")
        assert item.headline == "T" and block_texts(item) == ["Copy."]
        with pytest.raises(ParseError):
            rss.parse(f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{url}/x">]><rss><channel><item><title>&x;</title></item></channel></rss>'.encode())
        with pytest.raises(ParseError):  # a body naming a URL is not a feed to fetch
            rss.parse(f"{url}/feed.xml".encode(), "application/rss+xml")
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>', "declares the entity 'lol'"),
        (b"/etc/passwd", "not well-formed XML"),  # feedparser would open a path handed to it as a string
        (b"https://example.com/feed.xml", "not well-formed XML"),
    ],
)
def test_what_feedparser_must_never_see_is_refused_first(raw, message):
    assert_parse_error(rss.parse, raw, "application/rss+xml", message, "")


@pytest.mark.parametrize(("description", "summary"), [
    # the platform's automatic excerpt: the lede's opening, cut off, with its footer after
    ("WINNIPEG — Manitoba will limit school bus rides to 60 minutes each way […] The post Manitoba caps bus rides "
     "appeared first on The Courier.", ""),
    ("WINNIPEG — Manitoba will limit school bus rides to 60 minutes each way...", ""),
    # ... its cut still escaped in the CDATA, or its words from after the dateline the excerpt left out
    ("WINNIPEG — Manitoba will limit school bus rides to 60 minutes each way [&#8230;]", ""),
    ("Manitoba will limit school bus rides to 60 minutes each way starting […]", ""),
    # a written description, cut or not, stays the summary
    ("Parents petitioned for months. The province agreed […]", "Parents petitioned for months. The province agreed […]"),
    ("Rural parents win a cap on bus rides.", "Rural parents win a cap on bus rides."),
    # a written description keeps its words, without the platform's footer after it, in any locale
    ("Rural parents win a cap on bus rides. The post Manitoba caps bus rides appeared first on The Courier.",
     "Rural parents win a cap on bus rides."),
    ("Pais rurais conseguem limite. O post Manitoba limita viagens apareceu primeiro em O Correio.",
     "Pais rurais conseguem limite."),
])
def test_an_automatic_excerpt_of_the_lede_is_no_summary(description, summary):
    lede = "WINNIPEG — Manitoba will limit school bus rides to 60 minutes each way starting in September, the province said."
    raw = (f'<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item><guid>g</guid><title>T</title>'
           f"<description><![CDATA[{description}]]></description><content:encoded><![CDATA[<p>{lede}</p><p>Second.</p>]]>"
           f"</content:encoded></item></channel></rss>")
    (item,) = rss.parse(raw.encode(), "application/rss+xml")
    assert item.summary == summary


MEDIA_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>El Sol del Valle</title>
<item><title>Alertas de calor por boletín</title><guid>a-1</guid>
<description><![CDATA[Los avisos llegarán por correo cuando el pronóstico supere los 90 grados.]]></description>
<content:encoded><![CDATA[<p>El condado lanzó un boletín de alertas de calor para trabajadores del campo.</p>]]></content:encoded>
<media:content url="https://example.org/fresa.jpg"><media:description type="plain">Trabajadores cosechan fresa.</media:description></media:content>
</item>
<item><title>Sin descripción propia</title><guid>a-2</guid>
<content:encoded><![CDATA[<p>La biblioteca presta tabletas a sus usuarios desde el lunes.</p>]]></content:encoded>
<media:description type="plain">Un voluntario ayuda a un usuario.</media:description>
</item>
</channel></rss>""".encode()


def test_a_pictures_media_description_is_neither_the_summary_nor_the_copy():
    first, second = rss.parse(MEDIA_RSS, "application/rss+xml")
    assert first.summary == "Los avisos llegarán por correo cuando el pronóstico supere los 90 grados."
    assert second.summary == ""
    assert "Un voluntario" not in " ".join(block.text for block in second.blocks)


AGENCY_FEEDS = [
    # the channel's title, publisher, credit
    ("Philippine News Agency - Filipino", "", "Philippine News Agency"),
    ("APS - Économie", "", "Algérie Presse Service"),
    ("The Harbour Ledger - Local News", "The Harbour Ledger - Local News", ""),  # an outlet's feed
]


@pytest.mark.parametrize("title, publisher, credit", AGENCY_FEEDS, ids=[case[0] for case in AGENCY_FEEDS])
def test_an_agencys_own_feed_names_the_credit_and_no_publisher(title, publisher, credit):
    feed = (f"<rss version='2.0'><channel><title>{title}</title><item><title>Rice prices fall</title><guid>x-1</guid>"
            "<description>Rice prices fell by three pesos a kilo this week, the agriculture department said.</description>"
            "</item></channel></rss>").encode()
    item = rss.parse(feed, "application/rss+xml")[0]
    assert (item.publisher, item.credit) == (publisher, credit)


@pytest.mark.parametrize("lang,byline", [("pt-BR", "Ricardo Tavares e Lívia Moraes"), ("", "Ricardo Tavares and Lívia Moraes")])
def test_an_entrys_authors_are_joined_as_the_feeds_language_signs_them(lang, byline):
    feed = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"'
            f'{f" xml:lang={chr(34)}{lang}{chr(34)}" if lang else ""}><title>Gol Paraná</title><id>urn:f</id>'
            '<updated>2026-10-17T20:00:00Z</updated><entry><id>urn:e</id><title>Araucária vence</title>'
            '<updated>2026-10-17T20:00:00Z</updated><author><name>Ricardo Tavares</name></author>'
            '<author><name>Lívia Moraes</name></author><content type="html">&lt;p&gt;O Araucária venceu.&lt;/p&gt;'
            '</content></entry></feed>')
    (item,) = rss.parse(feed.encode(), "application/atom+xml")
    assert item.byline == byline


def test_a_namespace_address_holding_a_space_is_a_parse_error_not_a_crash():
    """Found by the robustness test: feedparser's strict reader raises ValueError on "h\\xa0ttp://..." in an xmlns."""
    raw = fixture("rss2.xml").replace(b'xmlns:content="http', b'xmlns:content="h\xa0ttp', 1)
    assert raw != fixture("rss2.xml")
    assert_parse_error(rss.parse, raw, "", "namespaces", "rss")


@pytest.mark.parametrize("creator, opening, byline, kept", [
    # the feed names one person; the copy's own by-line names that person and another, in a language no list holds
    ("Mubita Nalumino", "Ku ñozwi ki Mubita Nalumino ni Inonge Sitali", "Mubita Nalumino ni Inonge Sitali", False),
    ("Ravi Ramdin", "Par Ravi Ramdin ek Noémie L'Étang", "Par Ravi Ramdin ek Noémie L'Étang", False),
    # a comma after the person may add a post: the envelope's byline stands, and the line stays for the cleaner
    ("Hēmi Te Rangi", "Hēmi Te Rangi, Kaipūrongo Mātauranga", "Hēmi Te Rangi", True),
    # a sentence naming the person is copy
    ("Ravi Ramdin", "Ravi Ramdin filmed the festival for two years before it opened.", "Ravi Ramdin", True),
    # the agency's code in brackets after the people is the line's too
    ("Xhunaxi Vásquez", "Bicaa: Xhunaxi Vásquez ne Bernabé López (AIN)", "Xhunaxi Vásquez ne Bernabé López (AIN)", False),
])
def test_the_copys_by_line_naming_the_feeds_person_and_more(creator, opening, byline, kept):
    feed = ("<rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>Liseli</title><item>"
            f"<title>Fishers return</title><guid>x-1</guid><dc:creator>{creator}</dc:creator>"
            f"<content:encoded><![CDATA[<p>{opening}</p><p>MONGU — Fishers went back to the river on Monday.</p>]]>"
            "</content:encoded></item></channel></rss>").encode()
    (item,) = rss.parse(feed, "application/rss+xml")
    assert item.byline == byline
    assert (opening in block_texts(item)) is kept


def test_the_copys_by_line_naming_every_author_joins_them_as_it_does():
    """An entry's two authors, named together by the copy's own by-line: joined by its "and" ("да", Komi), not the
    feed's fallback "and"; the line is no copy."""
    feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Комиинформ</title>'
            '<id>urn:f</id><updated>2026-03-12T08:00:00Z</updated><entry><id>urn:e</id><title>Кынмӧм му сылӧ</title>'
            '<updated>2026-03-12T08:00:00Z</updated><author><name>Ольга Канева</name></author>'
            '<author><name>Иван Попов</name></author><content type="html">&lt;p&gt;Гижисны Ольга Канева да Иван Попов'
            '&lt;/p&gt;&lt;p&gt;ВОРКУТА – Кынмӧм му сылӧ, шуӧны туялысьяс.&lt;/p&gt;</content></entry></feed>')
    (item,) = rss.parse(feed.encode(), "application/atom+xml")
    assert item.byline == "Ольга Канева да Иван Попов"  # (its label no list holds goes)
    assert [b.text for b in item.blocks] == ["ВОРКУТА – Кынмӧм му сылӧ, шуӧны туялысьяс."]
