"""Publishing status, corrections, printed datelines and credits as the formats spell them."""
import pytest

from ingest.parse.status import credit_name, note_says_correction, place_of_dateline, pubstatus_from


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("usable", "usable"), ("", "usable"), (None, "usable"), ("embargoed", "usable"),
        ("canceled", "canceled"), ("cancelled", "canceled"), ("stat:canceled", "canceled"),
        ("http://cv.iptc.org/newscodes/pubstatusg2/canceled", "canceled"), ("withdrawn", "canceled"), ("KILL", "canceled"),
        ("withheld", "withheld"), ("stat:withheld", "withheld"),
    ],
)
def test_pubstatus_from(value, expected):
    assert pubstatus_from(value) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Eds: CORRECTS spelling of minister's name", True), ("CORRECTION: fixes date", True),
        ("Corrects headline", True), ("Editor's note: Corrected to show", True), ("Clarification: adds context", True),
        ("Eds: Moves on general news", False), ("The minister corrected herself", False), ("", False), (None, False),
    ],
)
def test_note_says_correction(note, expected):
    assert note_says_correction(note) is expected


@pytest.mark.parametrize(
    ("printed", "place"),
    [
        ("SYDNEY, Jan 10", "SYDNEY"), ("ROTTERDAM, Jan. 8", "ROTTERDAM"), ("WASHINGTON, Jan. 5, 2024", "WASHINGTON"),
        ("LONDON (Reuters)", "LONDON"), ("KUALA LUMPUR, Malaysia", "KUALA LUMPUR, Malaysia"), ("Oslo", "Oslo"),
        ("BERLIN, 2024-01-06", "BERLIN"), ("", ""),
        ("Dakar, March 5, 2026 (AFP) -", "Dakar"),  # a NewsML 1.2 DateLine as printed, with its dash
    ],
)
def test_place_of_dateline(printed, place):
    assert place_of_dateline(printed) == place


@pytest.mark.parametrize(("text", "credit"), [("dpa", "Deutsche Presse-Agentur"), ("AFP", "Agence France-Presse"), ("Example Wire", "Example Wire"), ("", "")])
def test_credit_name(text, credit):
    assert credit_name(text) == credit
