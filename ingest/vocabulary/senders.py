"""Who sent a mailed item, and which of its lines link back to the sender's own site.

A newsletter or a mailing list links to its own site only to ask something of the reader: open the issue in a
browser, forward it, subscribe, become a member, change preferences, unsubscribe ("இந்த மடலை நண்பர்களுக்கு
அனுப்புங்கள் — ...: https://ariviyalkalam.example/join", "Update your preferences or unsubscribe:
https://kopiscience.example/prefs"). Whatever the language, a line that ends with such a link is the sender's
prompt. Across the blind rounds' mailed items, 25 lines end with a link to the sender's own domain; all 25 are
boilerplate, none is copy. Copy cites other sites (a journal, a ministry), and a release's "more information" link
is the issuer's contact, read apart.
"""
from __future__ import annotations

import re

from .words import MAIL_SENDER_LABELS

_ADDRESS = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
_FROM = re.compile(r"^\s*(?:" + "|".join(map(re.escape, sorted(MAIL_SENDER_LABELS, key=len, reverse=True)))
                   + r")\s?[:：]\s*(?P<name>.*)$", re.IGNORECASE)
# The display name before the address: "The Karoo Courier <brief@...>", "\"Sauti ya Ushirika\" <habari@...>".
_DISPLAY_NAME = re.compile(r"^\s*[\"']?(?P<name>[^<>\"'@]+?)[\"']?\s*<[^>]*@[^>]*>\s*$")
# The second-level names under which registrars sell domains: "kopiscience.com.sg" is the sender's, not "com.sg".
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go", "example"})
# A web address closing the line, perhaps in brackets as a mail's plain-text part sets it: "Unsubscribe (https://...)".
_CLOSING_LINK = re.compile(r"https?://(?P<host>[\w.-]+)[^\s)>\]]*[)>\]]?[.]?\s*$")


def _registered(host: str) -> str:
    labels = host.lower().strip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def sender_domain(header_lines: list[str] | tuple[str, ...]) -> str:
    """The registered domain of the address on the mail's sender line ("From: Kopi Science
    <petridish@kopiscience.example>" -> "kopiscience.example"), else of the first address in the headers; ""
    without one."""
    found = next((m for line in header_lines if _FROM.match(line) for m in [_ADDRESS.search(line)] if m), None) \
        or next((m for line in header_lines for m in [_ADDRESS.search(line)] if m), None)
    return _registered(found.group("domain")) if found else ""


_WEB_ADDRESS = re.compile(r"https?://(?P<host>[\w-]+(?:\.[\w-]+)+)")


def web_view_domain(lines: list[str] | tuple[str, ...]) -> str:
    """The registered domain of the first web address in the lines a newsletter sets over its headline (its "view
    this issue on the web" line: "Lukim dispela nius leta long web: https://plestok.example/niusleta/38" ->
    "plestok.example"): the sender's own site, as a mail's sender line names it; "" without one."""
    found = next((m for line in lines for m in [_WEB_ADDRESS.search(line)] if m), None)
    return _registered(found.group("host")) if found else ""


def links_to_sender(line: str, domain: str) -> bool:
    """The line ends with a link to the sender's own site (any host under its registered domain)."""
    if not domain or "http" not in line:
        return False
    found = _CLOSING_LINK.search(line)
    return bool(found) and _registered(found.group("host")) == domain


def sender_name(header_lines: list[str] | tuple[str, ...]) -> str:
    """The sender's display name on the mail's sender line ("From: The Petri Dish from Kopi Science <...>" -> "The
    Petri Dish from Kopi Science"); "" when the line gives only an address."""
    for line in header_lines:
        found = _FROM.match(line)
        if found:
            named = _DISPLAY_NAME.match(found.group("name"))
            return " ".join(named.group("name").split()) if named else ""
    return ""
