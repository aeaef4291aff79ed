"""Encodings: BOM, declared charset, XML declaration, UTF-8, Windows-1252 for Latin-1 wires."""
import re

import pytest

from ingest.parse.encoding import decode, decode_with, declared_charset, xml_declared_encoding

TEXT = "Caf\u00e9 \u201cquoted\u201d \u2013 \u20ac5"


@pytest.mark.parametrize(
    ("raw", "content_type", "xml", "encoding"),
    [
        (TEXT.encode("utf-8"), "", False, "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "", False, "utf-8"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "", False, "utf-16-le"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "", False, "utf-16-be"),
        (TEXT.encode("cp1252"), "text/plain; charset=windows-1252", False, "cp1252"),
        (TEXT.encode("cp1252"), "text/plain; charset=ISO-8859-1", False, "cp1252"),
        (TEXT.encode("cp1252"), 'text/plain; charset="latin1"', False, "cp1252"),
        (TEXT.encode("cp1252"), "text/plain", False, "cp1252"),  # undeclared and not UTF-8
        (TEXT.encode("cp1252"), "text/plain; charset=utf-8", False, "cp1252"),  # mislabelled
        (b'<?xml version="1.0" encoding="windows-1252"?>' + TEXT.encode("cp1252"), "", True, "cp1252"),
        (b"<?xml version='1.0' encoding='ISO-8859-1'?>" + TEXT.encode("cp1252"), "", True, "cp1252"),
    ],
)
def test_decoding(raw, content_type, xml, encoding):
    text, used = decode_with(raw, content_type, xml=xml)
    assert TEXT in text and used == encoding


def test_a_true_latin1_byte_cp1252_leaves_undefined_is_kept():
    assert decode(b"A\x81B", "text/plain; charset=iso-8859-1") == "A\x81B"


def test_header_charset_wins_over_xml_declaration():
    raw = b'<?xml version="1.0" encoding="utf-8"?><a>' + "é".encode("cp1252") + b"</a>"
    assert decode_with(raw, "text/xml; charset=windows-1252", xml=True)[0].endswith("<a>é</a>")


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [("text/plain; charset=UTF-8", "utf-8"), ("text/xml;charset=\"iso-8859-1\"", "cp1252"), ("text/plain; charset=bogus", None), ("", None)],
)
def test_declared_charset(content_type, expected):
    assert declared_charset(content_type) == expected


def test_xml_declared_encoding_ignores_bodies_without_one():
    assert xml_declared_encoding(b"<nitf/>") is None
    assert xml_declared_encoding(b'<?xml version="1.0" encoding="UTF-16"?>') == "utf-16"


from ingest.parse import parse  # noqa: E402

from .formats import fixture  # noqa: E402

FIXTURES = [
    ("ninjs-2.json", "application/json"), ("nitf-3.xml", "application/nitf+xml"),
    ("g2-newsitem.xml", "application/xml"), ("rss2.xml", "application/rss+xml"), ("atom.xml", "application/atom+xml"),
]
ENCODINGS = [
    # (codec, BOM, content-type charset, XML declaration encoding)
    ("utf-8", b"\xef\xbb\xbf", "", "UTF-8"),
    ("utf-16-le", b"\xff\xfe", "", "UTF-16"),
    ("utf-16-be", b"\xfe\xff", "", "UTF-16"),
    ("cp1252", b"", "; charset=windows-1252", "windows-1252"),
    ("cp1252", b"", "", "ISO-8859-1"),
    ("latin-1", b"", "; charset=iso-8859-1", "ISO-8859-1"),
]


def _encoded(name: str, codec: str, bom: bytes, declared: str) -> bytes | None:
    """The fixture in another encoding (None where that cannot be said: JSON has no declaration, Latin-1 has no €)."""
    original = fixture(name).decode("utf-8")
    if name.endswith(".xml"):
        original = re.sub(r'encoding="[^"]+"', f'encoding="{declared}"', original, count=1)
    try:
        return bom + original.encode(codec)
    except UnicodeEncodeError:
        return None


CASES = [
    (name, content_type, codec, charset, raw)
    for name, content_type in FIXTURES
    for codec, bom, charset, declared in ENCODINGS
    if (name.endswith(".xml") or bom or charset) and (raw := _encoded(name, codec, bom, declared)) is not None
]


@pytest.mark.parametrize(("name", "content_type", "codec", "charset", "raw"), CASES, ids=[f"{c[0]}-{c[2]}{c[3]}" for c in CASES])
def test_every_format_in_every_encoding_reads_the_same(name, content_type, codec, charset, raw):
    expected = [(i.guid, i.headline, i.byline, [b.text for b in i.blocks]) for i in parse(fixture(name), content_type)[1]]
    got = [(i.guid, i.headline, i.byline, [b.text for b in i.blocks]) for i in parse(raw, content_type + charset)[1]]
    assert got == expected


def test_every_format_is_covered_in_utf16_and_windows_1252():
    covered = {(name, codec) for name, _, codec, _, _ in CASES}
    assert {(name, codec) for name, _ in FIXTURES for codec in ("utf-16-le", "utf-16-be", "cp1252")} <= covered


# --- issue 11.10: one odd byte never switches the whole body's encoding --------------------------------------


def test_invalid_utf8_with_a_byte_cp1252_leaves_undefined_is_read_as_utf8_with_a_hole():
    raw = "Caf\u00e9 \u201cquoted\u201d ".encode() + b"\x81 end"
    text, used = decode_with(raw, "text/plain")
    assert text == "Caf\u00e9 \u201cquoted\u201d \ufffd end" and used == "utf-8"


def test_a_declared_latin1_body_with_an_undefined_byte_keeps_its_curly_quotes():
    assert decode(b"\x93Quote\x94 A\x81B", "text/plain; charset=iso-8859-1") == "\u201cQuote\u201d A\x81B"


@pytest.mark.parametrize("label", ["rot13", "base64", "hex_codec", "zlib_codec", "uu", "idna", "bz2", "quopri"])
def test_charset_labels_that_name_codecs_are_not_used(label):
    from ingest.parse.encoding import unusable_charset

    raw = "Plain caf\u00e9 text".encode()
    assert decode(raw, f"text/plain; charset={label}") == "Plain caf\u00e9 text"
    assert unusable_charset(f"text/plain; charset={label}") == label
    assert unusable_charset("text/plain;\tcharset=UTF-8") is None and unusable_charset("text/plain") is None


def test_strip_control_removes_exactly_the_c0_controls_and_del():
    """Its quick check reads the text's UTF-8 bytes: every code point must give the pattern's answer."""
    import re

    from ingest.parse.encoding import strip_control

    control = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
    for code in [*range(0x00, 0x800), *range(0xd800, 0xe000), 0xfeff, 0xfffd, 0x10ffff]:
        text = f"a{chr(code)}b"
        assert strip_control(text) == control.sub("", text)
    assert strip_control("plain text\twith tab\nand newline") == "plain text\twith tab\nand newline"
