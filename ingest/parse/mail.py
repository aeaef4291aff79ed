"""An e-mail message as the mail system sent it (RFC 5322 with MIME) -> the copy it carries, read as text or HTML.

Partners mail copy to the desk, and a desk forwards the message as it arrived
(`message/rfc822`, an `.eml` file): transport headers, then a body that MIME
may have encoded (quoted-printable, base64), in a charset of its own
(ISO-2022-JP, windows-1252) and split into parts (a text/plain part beside a
text/html one, attachments). Read as plain text, all of that is noise over
copy nobody can read. Python's `email` package (made for exactly this) undoes
it: the message's first text part that is not an attachment, decoded, is the
copy, with plain text preferred over HTML, as mail programs show it.

The copy goes on to the text parser (or the page reader for an HTML-only
mail) with the headers a reader of the mail sees (From, To, Cc, Date,
Subject, decoded) above it, as a pasted mail carries them: the text parser
already knows them for the wrapper they are, and knows a covering note, a
forwarded block and a signature. The transport's own fields (Received,
Message-ID, MIME-Version...) say nothing about the story and are not passed on.

UNREADABLE: the standard library's header parser (policy.default) raises
AttributeError, IndexError and others on some malformed fields, beyond the
errors it documents (the fuzz tests find them), even while it reads the
message. A field or part it cannot read is read as absent where the message
can still be read; a message it cannot read is a ParseError that says so,
never a crash.
"""
from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

from ingest.items import ParsedItem

from . import html, text
from .errors import ParseError

# The fields a mail program shows its reader, in the order it shows them.
SHOWN_FIELDS = ("From", "To", "Cc", "Date", "Subject")
# A header block opens the message: field names as RFC 5322 writes them, and a mail is known by its transport
# fields (a paste of From/To/Subject alone is plain text, and the text parser's).
_FIELD = re.compile(rb"^([!-9;-~]+):[ \t]", re.MULTILINE)
_TRANSPORT_FIELDS = {b"received", b"return-path", b"message-id", b"mime-version", b"content-type",
                     b"content-transfer-encoding", b"dkim-signature", b"delivered-to"}
_MAIL_FIELDS = {b"from", b"to", b"subject", b"date", b"cc", b"sender", b"reply-to"}


def is_mail_message(raw: bytes) -> bool:
    """Whether the body is a whole mail message: it opens with a header block (no blank line before it) holding
    both a field a reader sees (From, Subject...) and a field of the transport or of MIME (Received, Message-ID,
    MIME-Version, Content-Type...)."""
    head = raw[:16384].lstrip(b"\xef\xbb\xbf")
    end = re.search(rb"\r?\n\r?\n", head)
    block = head[: end.start()] if end else head
    if not _FIELD.match(block):
        return False
    names = {match.group(1).lower() for match in _FIELD.finditer(block)}
    return bool(names & _MAIL_FIELDS) and bool(names & _TRANSPORT_FIELDS)


def _copy_part(message: EmailMessage) -> EmailMessage | None:
    """The part a mail program shows: the first text/plain body part, else the first text/html one."""
    try:
        return message.get_body(preferencelist=("plain", "html"))
    except Exception:  # noqa: BLE001 -- see UNREADABLE
        return None


def _shown_headers(message: EmailMessage) -> str:
    lines = []
    for name in SHOWN_FIELDS:
        try:
            value = str(message.get(name) or "")
        except Exception:  # noqa: BLE001 -- see UNREADABLE
            value = ""
        if value:
            lines.append(f"{name}: {' '.join(value.split())}")
    return "\n".join(lines)


def _content(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except Exception:  # noqa: BLE001 -- see UNREADABLE; an unknown charset or a broken transfer encoding too
        try:
            payload = part.get_payload(decode=True) or b""
        except Exception:  # noqa: BLE001
            payload = b""
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else str(payload)
    return content if isinstance(content, str) else content.decode("utf-8", errors="replace")


def _read(raw: bytes) -> tuple[str, str, bool]:
    """(the fields a reader sees, the copy, whether the copy is HTML)."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    part = _copy_part(message)
    if part is None:
        raise ParseError("the mail holds no text or HTML part to read the copy from", "MIME structure")
    return _shown_headers(message), _content(part), part.get_content_subtype() == "html"


def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    try:
        headers, copy, is_html = _read(raw)
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001 -- see UNREADABLE
        raise ParseError(f"the mail's header or MIME structure cannot be read ({type(exc).__name__})",
                         "mail header") from exc
    if is_html:
        items = html.parse(copy.encode("utf-8"), "text/html; charset=utf-8")
    else:
        items = text.parse(f"{headers}\n\n{copy}".encode("utf-8"), "text/plain; charset=utf-8")
    if not items:
        raise ParseError("the mail's text part holds no copy", "MIME body")
    for item in items:
        item.format = "mail"
    return items
