"""Publishing status as every format spells it -> usable | withheld | canceled.

ninjs says "canceled", NewsML-G2 a QCode "stat:canceled" (or the full
http://cv.iptc.org/newscodes/pubstatusg2/canceled), NITF's docdata
management-status "canceled"; wires also send "withdrawn", "killed" or
"kill". Everything that pulls a story becomes "canceled" (a kill);
"withheld" means hold until further notice. Embargoes are a time, not a
status, so "embargoed" is usable.
"""
from __future__ import annotations

import re

USABLE = "usable"
WITHHELD = "withheld"
CANCELED = "canceled"

_KILL = {"canceled", "cancelled", "withdrawn", "withdraw", "kill", "killed", "deleted", "delete", "elimination", "eliminate"}
_HOLD = {"withheld", "withhold", "held", "hold", "suspended"}


def pubstatus_from(value: str | None) -> str:
    code = (value or "").strip().lower()
    code = code.rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip()
    if code in _KILL:
        return CANCELED
    if code in _HOLD:
        return WITHHELD
    return USABLE


def is_correction(*signals: str) -> bool:
    """An IPTC signal (sig:correction, sig:update) or a wire note that says the item corrects an earlier one."""
    return any("correct" in (signal or "").lower() for signal in signals)


_CORRECTION_NOTE = re.compile(r"^\W*(?:eds?\s*:\s*|editor(?:'s|s'?)?\s*note\s*:?\s*)?(?:corrects?|correction|corrected|clarification)\b", re.IGNORECASE)


def note_says_correction(note: str | None) -> bool:
    """Wires announce corrections at the start of the editors' note: "Eds: CORRECTS spelling of ..."."""
    return bool(_CORRECTION_NOTE.match(note or ""))


def mark_correction(extra: dict, signals: list[str], notes: list[str]) -> None:
    if is_correction(*signals) or any(note_says_correction(note) for note in notes):
        extra["correction"] = True


_DATE_TAIL = re.compile(
    r",?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s*\d{4})?|\d{4}-\d{2}-\d{2})\s*$",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(r"\s*\([^()]{1,40}\)\s*$")


def place_of_dateline(printed: str) -> str:
    """The place in a printed dateline: "SYDNEY, Jan 10" -> "SYDNEY"; "LONDON (Reuters)" -> "LONDON"."""
    place = _CREDIT_TAIL.sub("", " ".join((printed or "").split()).rstrip(" -—–:"))  # "Dakar, March 5, 2026 (AFP) -"
    place = _DATE_TAIL.sub("", place)
    return place.strip(" ,-—–")


def credit_name(text: str) -> str:
    """A credit as the full agency name where it is one ("dpa" -> "Deutsche Presse-Agentur")."""
    from ingest.vocabulary import agency_name

    text = " ".join((text or "").split())
    return (agency_name(text) or text) if text else ""
