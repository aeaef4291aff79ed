"""Turn wire bytes into text, honouring what the sender declared.

Order: a BOM, then the charset in the Content-Type, then (for XML) the
encoding in the XML declaration, then UTF-8, then Windows-1252.

"Latin-1" and "US-ASCII" labels are read as Windows-1252, as browsers do
(WHATWG Encoding): wires that say Latin-1 routinely send cp1252 curly quotes
and dashes in 0x80-0x9F, which true Latin-1 would turn into control codes.
A body declared UTF-8 that is not valid UTF-8 is an old Latin-1 wire behind a
mislabelled gateway: it is read as Windows-1252 rather than with U+FFFD holes;
but when it also holds a byte Windows-1252 leaves undefined it is not such a
wire, and it is read as UTF-8 with U+FFFD for the bad bytes (never wholly as
Latin-1, which turned every curly quote into a C1 control).

Charset labels are looked up as WHATWG labels (webencodings), so only real text
encodings are ever used: Python codecs such as rot13, base64, hex_codec,
zlib_codec, uu or idna are not charsets (`unusable_charset` names one for a
clear 415 at the webhook; a stored body declaring one is read as if undeclared).
"""
import codecs
import re

import webencodings

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_CHARSET_PARAM = re.compile(r"charset\s*=\s*([^;,]*)", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?\sencoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
# Labels whose bytes 0x80-0x9F are, in practice, Windows-1252 punctuation.
_READ_AS_CP1252 = {"latin-1", "iso8859-1", "ascii", "cp1252"}
# Control characters other than tab/newline/carriage return carry no copy.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f])  # the same characters' UTF-8 bytes


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    encoding = webencodings.lookup(label)  # WHATWG labels only: never a bytes-to-bytes Python codec
    if encoding is None:
        return None
    try:
        # Python's own reading of the label where it has one ("utf-16" still follows a BOM), else WHATWG's.
        name = codecs.lookup(label).name
    except LookupError:
        try:
            name = codecs.lookup(encoding.codec_info.name).name
        except LookupError:  # webencodings' own x-user-defined: not a codec Python can name
            return None
    return "cp1252" if name in _READ_AS_CP1252 else name


def unusable_charset(content_type: str) -> str | None:
    """The Content-Type's charset label when it names no text encoding (None when absent or fine)."""
    match = _CHARSET_PARAM.search(content_type or "")
    if not match:
        return None
    label = match.group(1).strip("\"' \t")
    return None if _codec(label) else label


def declared_charset(content_type: str) -> str | None:
    match = _CHARSET.search(content_type or "")
    return _codec(match.group(1)) if match else None


def xml_declared_encoding(raw: bytes) -> str | None:
    match = _XML_DECLARATION.match(raw[:300])
    return _codec(match.group(1).decode("ascii")) if match else None


def _undefined_as_latin1(error: UnicodeDecodeError):
    """The five bytes cp1252 leaves undefined read as WHATWG's windows-1252 reads them (U+0081...), one by one."""
    return "".join(chr(byte) for byte in error.object[error.start:error.end]), error.end


codecs.register_error("newsroom-cp1252", _undefined_as_latin1)


def _windows_1252(raw: bytes) -> str:
    """A body declared Windows-1252 (or Latin-1): only an undefined byte is read as Latin-1, never the whole body
    (which turned every curly quote and dash into a C1 control; those are stripped before a story is stored)."""
    return raw.decode("cp1252", errors="newsroom-cp1252")


def decode_with(raw: bytes, content_type: str = "", *, xml: bool = False) -> tuple[str, str]:
    """Decode and say which encoding was used (for error messages and the item's extra)."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(name, errors="replace"), name
    charset = declared_charset(content_type) or (xml_declared_encoding(raw) if xml else None)
    if charset and charset != "utf-8":
        if charset == "cp1252":
            return _windows_1252(raw), charset
        return raw.decode(charset, errors="replace"), charset
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"  # an old Latin-1 wire behind a mislabelled gateway
    except UnicodeDecodeError:  # a byte cp1252 leaves undefined: not such a wire, so UTF-8 with holes
        return raw.decode("utf-8", errors="replace"), "utf-8"


def decode(raw: bytes, content_type: str = "") -> str:
    return decode_with(raw, content_type)[0]


def has_control(text: str) -> bool:
    """Whether `text` holds a control character other than tab, line feed and carriage return (C0 or DEL).

    Most bodies hold none: looking for their bytes in the UTF-8 form (a multi-byte character's bytes are all
    0x80 or above, so only these characters give these bytes) is several times cheaper than a pattern's scan."""
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded.translate(None, _CONTROL_BYTES)) != len(encoded)


def strip_control(text: str) -> str:
    return _CONTROL.sub("", text) if has_control(text) else text
