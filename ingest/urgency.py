"""Which wire items are urgent, and the cheap look that routes them before they are parsed.

IPTC urgency runs 1 (most urgent) to 9; flash (1) and bulletin (2) are the ones a
newsroom must see at once, so an item is *urgent* at URGENT_MAX_URGENCY (2) or
below. Wires that send no urgency still say it in the headline: "FLASH",
"BULLETIN", "URGENT", "BREAKING" labels (the headline normalizer moves them to
`headline_labels`), which give the story its urgency when the wire gave none.

The queue is chosen when a delivery is enqueued, before any parsing: the
worker that would parse it is exactly what a flash must not wait for. So
`sniff_urgent` reads only the first few kilobytes of the raw body with a handful
of bounded patterns (an urgency field in ninjs, NITF or NewsML-G2, an ANPA or
IPTC 7901 priority, a label where a headline starts). It decides the queue and
nothing else: a miss is processed in order, as before; a false alarm only jumps
the line. The stored urgency always comes from the parsed item.
"""
from __future__ import annotations

import re

URGENT_MAX_URGENCY = 2

# Label (as headline_labels holds it, upper case) -> IPTC urgency.
LABEL_URGENCY = {"FLASH": 1, "BULLETIN": 2, "URGENT": 2, "BREAKING": 2, "BREAKING NEWS": 2}

SNIFF_BYTES = 16 * 1024

_URGENCY_FIELD = re.compile(
    r"\"urgency\"\s*:\s*\"?(?P<json>\d+)\b"                       # ninjs
    r"|<urgency\b[^>]*?\bed-urg\s*=\s*[\"'](?P<nitf>\d+)[\"']"     # NITF
    r"|<(?:\w+:)?urgency\s*>\s*(?P<g2>\d+)\s*<",                  # NewsML-G2
    re.IGNORECASE,
)
_LABEL = r"(?:FLASH|BULLETIN|URGENT|BREAKING(?:[ \t]+NEWS)?)"
# A label where a headline starts: the body's first lines, a ninjs/JSON headline, an XML headline or title,
# then a separator ("BREAKING: ...", "URGENT - ...") or nothing else on the line (a "BREAKING NEWS" banner).
_HEADLINE_START = re.compile(
    r"(?:\"(?:headline|title)\"\s*:\s*\"|<(?:\w+:)?(?:hl1|headline|title)\b[^>]*>\s*(?:<!\[CDATA\[)?)"
    rf"\s*(?:(?:UPDATE|RPT|REFILE)\s*\d*\s*-\s*)?{_LABEL}\s*(?:[-:–—|]|\"|<|$)",
    re.IGNORECASE | re.MULTILINE,
)
_LABEL_LINE = re.compile(rf"^[ \t]*(?:(?:UPDATE|RPT|REFILE)\s*\d*\s*-\s*)?{_LABEL}[ \t]*(?:[-:–—|]|$)", re.IGNORECASE | re.MULTILINE)
_ANPA_LINE = re.compile(r"^\s*(?:[a-z]\d{4}\s+)?(?P<letter>[a-z])\s+[a-z]\s+\S+.*\b\d{1,2}-\d{1,2}\b", re.IGNORECASE | re.MULTILINE)
_IPTC7901_LINE = re.compile(r"^\s*[A-Za-z]{1,10}\s*\d{1,6}\s+(?P<digit>\d)\s+[A-Za-z]{1,3}\b", re.MULTILINE)
_ANPA_URGENT_LETTERS = {"f", "b"}  # flash, bulletin
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_urgent(urgency: int | None) -> bool:
    return urgency is not None and 1 <= urgency <= URGENT_MAX_URGENCY


def label_urgency(labels: list[str]) -> int | None:
    """The most urgent urgency the headline labels give, or None."""
    found = [LABEL_URGENCY[" ".join(label.upper().split())] for label in labels
             if " ".join(label.upper().split()) in LABEL_URGENCY]
    return min(found) if found else None


def sniff_urgent(body: bytes) -> bool:
    """Whether the raw body looks urgent, from its first SNIFF_BYTES only (bounded, never parses)."""
    head = body[:SNIFF_BYTES].decode("utf-8", "replace")
    for match in _URGENCY_FIELD.finditer(head):
        value = int((match.group("json") or match.group("nitf") or match.group("g2"))[:3])
        if is_urgent(value):
            return True
    if _HEADLINE_START.search(head):
        return True
    if "\x01" in head:  # ANPA-1312 / IPTC 7901 framing: the priority sits on the header line
        text = _CONTROL.sub(" ", head.replace("\r", ""))
        for line in text.splitlines()[:12]:
            anpa, iptc = _ANPA_LINE.match(line), _IPTC7901_LINE.match(line)
            if anpa and anpa.group("letter").lower() in _ANPA_URGENT_LETTERS:
                return True
            if iptc and is_urgent(int(iptc.group("digit"))):
                return True
    # Plain text: a label opening one of the first three non-empty lines (a banner or the headline).
    first_lines = "\n".join([line for line in head.splitlines() if line.strip()][:3])
    return bool(_LABEL_LINE.search(first_lines))
