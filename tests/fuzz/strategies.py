"""Strategies shared by the fuzz tests: hostile-leaning text and wire-shaped documents with fuzzed fields."""
from __future__ import annotations

import json
from xml.sax.saxutils import escape

from hypothesis import strategies as st

# Pieces real attacks and real wires are made of, mixed into arbitrary text.
NASTY = [
    "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', '<a href="javascript:alert(1)">x</a>',
    "]]>", "<![CDATA[", "&", "&amp;", "&#0;", "&#x110000;", "&bogus;", "<!ENTITY x 'y'>", "\x00", "\ufeff", "\u2028",
    "\r\n", "\r", "\t", " \u2014 ", " -- ", "(AP)", "(Reuters) \u2014", "By ", ", Associated Press", "UPDATE 2-",
    "BREAKING:", "You must Register or Login to post a comment.", "Advertisement", "WASHINGTON", "\ud7ff", "\U0001f600",
    "{", "}", "[", "]", '"', "'", "\\", "/ ", "Quick Look", "\x01", "\x02", "\x03", "\x1f", "\x7f", "\x85",
]

nasty_text = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(NASTY)), max_size=12).map("".join)
short_text = st.lists(st.one_of(st.text(max_size=15), st.sampled_from(NASTY)), max_size=4).map("".join)


def _xml_field(text: str, raw: bool) -> str:
    return text if raw else escape(text)


@st.composite
def nitf_document(draw) -> bytes:
    raw = draw(st.booleans())
    f = lambda: _xml_field(draw(short_text), raw)  # noqa: E731
    paragraphs = "".join(f"<p>{f()}</p>" for _ in range(draw(st.integers(0, 4))))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>{f()}</title>'
        f'<docdata><doc-id id-string="{escape(draw(short_text), {chr(34): "&quot;"})}"/></docdata></head>'
        f"<body><body.head><hedline><hl1>{f()}</hl1></hedline><byline>{f()}</byline>"
        f"<dateline>{f()}</dateline></body.head><body.content>{paragraphs}</body.content></body></nitf>"
    ).encode("utf-8", "surrogatepass")


@st.composite
def newsml_document(draw) -> bytes:
    raw = draw(st.booleans())
    f = lambda: _xml_field(draw(short_text), raw)  # noqa: E731
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1">'
        f"<itemMeta><pubStatus qcode=\"stat:usable\"/></itemMeta><contentMeta><headline>{f()}</headline>"
        f"<by>{f()}</by><dateline>{f()}</dateline></contentMeta><contentSet><inlineXML contenttype=\"application/nitf+xml\">"
        f'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content><p>{f()}</p><p>{f()}</p>'
        "</body.content></body></nitf></inlineXML></contentSet></newsItem>"
    ).encode("utf-8", "surrogatepass")


@st.composite
def rss_document(draw) -> bytes:
    raw = draw(st.booleans())
    f = lambda: _xml_field(draw(short_text), raw)  # noqa: E731
    items = "".join(
        f"<item><title>{f()}</title><link>{f()}</link><guid>{f()}</guid><description>{f()}</description>"
        f"<pubDate>{f()}</pubDate></item>"
        for _ in range(draw(st.integers(0, 3)))
    )
    if draw(st.booleans()):
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{f()}</title>{items}</channel></rss>'.encode(
            "utf-8", "surrogatepass")
    return (f'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>{f()}</title><id>{f()}</id>'
            f"<content type=\"html\">{f()}</content></entry></feed>").encode("utf-8", "surrogatepass")


@st.composite
def html_document(draw) -> bytes:
    f = lambda: draw(short_text)  # noqa: E731
    paragraphs = "".join(f"<p>{f()}</p>" for _ in range(draw(st.integers(0, 5))))
    page = draw(st.booleans())
    fragment = f"<h1>{f()}</h1><p class=\"byline\">{f()}</p>{paragraphs}<ul><li>{f()}</li></ul>"
    text = f"<!DOCTYPE html><html><head><title>{f()}</title></head><body><article>{fragment}</article></body></html>" if page else fragment
    return text.encode("utf-8", "surrogatepass")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | nasty_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=10,
)
NINJS_KEYS = ["uri", "version", "headline", "headlines", "byline", "by", "body_html", "body_text", "bodies", "located",
              "pubstatus", "urgency", "embargoed", "versioncreated", "firstcreated", "subject", "subjects", "language",
              "description_text", "descriptions", "slugline", "type", "copyrightholder", "associations"]


@st.composite
def ninjs_document(draw) -> bytes:
    doc = draw(st.dictionaries(st.sampled_from(NINJS_KEYS), json_values, max_size=10))
    if draw(st.booleans()):
        doc = [doc] if draw(st.booleans()) else {"data": doc}
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


WORDPRESS_KEYS = ["id", "date_gmt", "modified_gmt", "guid", "link", "status", "type", "excerpt", "coauthors", "authors",
                  "_embedded", "yoast_head_json", "yoast_head"]


@st.composite
def wordpress_document(draw) -> bytes:
    rendered = lambda: {"rendered": draw(nasty_text), "protected": draw(st.booleans())}  # noqa: E731
    post = {"title": rendered(), "content": rendered()}
    post.update(draw(st.dictionaries(st.sampled_from(WORDPRESS_KEYS), json_values, max_size=6)))
    if draw(st.booleans()):
        post["excerpt"] = rendered()
    return json.dumps([post] if draw(st.booleans()) else post, ensure_ascii=draw(st.booleans())).encode(
        "utf-8", "surrogatepass")


ARC_ELEMENT_TYPES = ["text", "header", "list", "quote", "correction", "table", "raw_html", "interstitial_link",
                     "custom_embed", "image", "video"]


@st.composite
def arc_document(draw) -> bytes:
    element = lambda: {"type": draw(st.sampled_from(ARC_ELEMENT_TYPES)), "content": draw(nasty_text),  # noqa: E731
                       **draw(st.dictionaries(st.sampled_from(["items", "rows", "header", "citation", "embed", "level", "text"]),
                                              json_values, max_size=3))}
    story = {"headlines": {"basic": draw(nasty_text)}, "content_elements": [element() for _ in range(draw(st.integers(0, 4)))]}
    story.update(draw(st.dictionaries(st.sampled_from(["_id", "credits", "source", "distributor", "taxonomy",
                                                       "subheadlines", "description", "first_publish_date"]), json_values, max_size=4)))
    return json.dumps(story, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


@st.composite
def mail_document(draw) -> bytes:
    """A mail's header block (fields a reader sees and MIME's), then a body in a fuzzed charset and transfer encoding,
    sometimes split into parts under a boundary the body may break."""
    fields = [f"From: {draw(nasty_text)} <a@example.org>", f"Subject: {draw(nasty_text)}", "MIME-Version: 1.0"]
    charset = draw(st.sampled_from(["utf-8", "iso-2022-jp", "windows-1252", "x-unknown", ""]))
    encoding = draw(st.sampled_from(["quoted-printable", "base64", "7bit", "8bit", "x-bogus"]))
    body = draw(nasty_text).encode("utf-8", "surrogatepass") + draw(st.binary(max_size=20))
    if draw(st.booleans()):
        fields.append('Content-Type: multipart/alternative; boundary="b1"')
        body = (b"--b1\nContent-Type: text/plain; charset=" + charset.encode() + b"\nContent-Transfer-Encoding: "
                + encoding.encode() + b"\n\n" + body + draw(st.sampled_from([b"\n--b1--\n", b"\n--b1", b""])))
    else:
        fields += [f"Content-Type: {draw(st.sampled_from(['text/plain', 'text/html', 'image/png']))}; charset={charset}",
                   f"Content-Transfer-Encoding: {encoding}"]
    return "\n".join(fields).encode("utf-8", "surrogatepass") + b"\n\n" + body


@st.composite
def anpa_document(draw) -> bytes:
    header = draw(st.binary(max_size=40))
    body = draw(nasty_text).encode("cp1252", "replace")
    return b"\x16\x16\x01" + header + b"\x02" + body + b"\x03" + draw(st.binary(max_size=8))


text_document = nasty_text.map(lambda t: t.encode("utf-8", "surrogatepass"))

DOCUMENTS = {
    "text": text_document,
    "html": html_document(),
    "ninjs": ninjs_document(),
    "nitf": nitf_document(),
    "newsmlg2": newsml_document(),
    "rss": rss_document(),
    "anpa": anpa_document(),
    "wordpress": wordpress_document(),
    "arc": arc_document(),
    "mail": mail_document(),
}


def document_for(fmt: str):
    """Bytes shaped like the format (fields fuzzed), or arbitrary bytes."""
    shaped = DOCUMENTS.get(fmt, text_document)
    return st.one_of(shaped, shaped, st.binary(max_size=600))
