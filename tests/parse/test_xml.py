"""The safe XML reader: defusedxml only, namespaces to local names, errors with line and column."""
import pytest

from ingest.parse.xml import parse_xml, text_of, where_is

from .formats import assert_parse_error


def test_namespaces_become_local_names_but_feed_extensions_keep_a_prefix():
    root, _ = parse_xml(
        b'<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        b' xmlns:media="http://search.yahoo.com/mrss/" xmlns:x="urn:other"><channel><item>'
        b'<dc:creator>A</dc:creator><content:encoded>B</content:encoded><media:title>C</media:title><x:thing x:attr="1">D</x:thing>'
        b"</item></channel></rss>",
        "", "RSS",
    )
    item = root.find("channel/item")
    assert [child.tag for child in item] == ["dc:creator", "content:encoded", "media:title", "thing"]
    assert item.find("thing").get("attr") == "1"


def test_xml_lang_is_read_as_lang():
    root, _ = parse_xml(b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" xml:lang="fr"/>', "", "NewsML-G2")
    assert root.tag == "newsItem" and root.get("lang") == "fr"


def test_html_named_entities_are_read_as_characters():
    root, _ = parse_xml(b"<p>caf&eacute;&nbsp;&amp;&lt;b&gt; &copy; &unknownthing;</p>".replace(b" &unknownthing;", b""), "", "X")
    assert root.text == "café\u00a0&<b> ©"


@pytest.mark.parametrize(
    ("raw", "message", "where"),
    [
        (b"<a><b></a>", "is not well-formed XML: mismatched tag", "line 1, column 9: '<a><b></a>'"),
        (b"<a>\n  <b>&undefined;</b>\n</a>", "undefined entity", "line 2, column 6"),
        (b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', "declares the entity 'e'", "DOCTYPE"),
        (b'<!DOCTYPE a [<!ENTITY e SYSTEM "http://example.org/x">]><a>&e;</a>', "refused", "DOCTYPE"),
        (b"   ", "the body is empty", "byte 0"),
        (b"<a>text", "no element found", "line 1"),
    ],
)
def test_errors_say_what_and_where(raw, message, where):
    error = assert_parse_error(lambda body, content_type: parse_xml(body, content_type, "Test"), raw, "", message, where)
    assert error.message.startswith("Test")


def test_text_of_and_where_is():
    root, _ = parse_xml(b"<nitf><head><docdata><doc-id>  a \n b </doc-id></docdata></head></nitf>", "", "NITF")
    element = root.find("head/docdata/doc-id")
    assert text_of(element) == "a b" and text_of(None) == ""
    assert where_is(root, element) == "nitf/head/docdata/doc-id"
