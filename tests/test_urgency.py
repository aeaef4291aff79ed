"""Urgent wire items: the cheap sniff that picks the queue, and the labels that set a story's urgency."""
import json

import pytest

from ingest import pipeline
from ingest.urgency import is_urgent, label_urgency, sniff_urgent
from tests.parse.formats import fixture


@pytest.mark.parametrize("body", [
    json.dumps({"uri": "urn:x", "urgency": 1, "headline": "Quake"}).encode(),
    json.dumps({"uri": "urn:x", "urgency": "2", "headline": "Quake"}).encode(),
    b'<nitf><head><docdata><urgency ed-urg="1"/></docdata></head></nitf>',
    b"<newsItem><contentMeta><urgency>2</urgency></contentMeta></newsItem>",
    b"FLASH: Earthquake strikes off Japan's coast\n\nTOKYO (AP) - A strong earthquake ...",
    b"BREAKING NEWS\nPresident announces resignation\n\nWASHINGTON (AP) - ...",
    b"Urgent - Central bank raises rates\n\nBody.",
    b"UPDATE 1-BULLETIN-Markets halted\n\nBody.",
    json.dumps({"headline": "BREAKING: Dam bursts in the north"}).encode(),
    b"<rss><channel><item><title>URGENT | Storm warning</title></item></channel></rss>",
    b"<nitf><body><hl1><![CDATA[FLASH: Plane down]]></hl1></body></nitf>",
])
def test_urgent_bodies_are_recognized(body):
    assert sniff_urgent(body)


@pytest.mark.parametrize("body", [
    json.dumps({"uri": "urn:x", "urgency": 3, "headline": "Budget passes"}).encode(),
    json.dumps({"uri": "urn:x", "urgency": 12, "headline": "Budget passes"}).encode(),
    b'<nitf><head><docdata><urgency ed-urg="4"/></docdata></head></nitf>',
    b"Council approves budget\n\nThe council said the breaking point had not been reached.\n",
    b"Markets rise\n\nOfficials said the news was not urgent: rates hold.\n",
    b"Headline\n\nParagraph one.\n\nParagraph two.\n\nFLASH: this label is deep in the copy, not a headline\n",
    b"Flashback to the 1990s: a look at the decade\n\nBody.",
])
def test_ordinary_bodies_are_not(body):
    assert not sniff_urgent(body)


def test_only_the_head_of_a_large_body_is_read():
    assert not sniff_urgent(b"Calm headline\n\n" + b"x" * (20 * 1024) + b'"urgency": 1')


@pytest.mark.parametrize("name, urgent", [
    ("ninjs-1.json", False), ("ninjs-2.json", True), ("ninjs-3.json", True), ("nitf-3.xml", False),
    ("g2-newsitem.xml", True), ("g2-package.xml", False), ("anpa-1312.anpa", False), ("iptc7901.7901", False),
])
def test_the_sniff_agrees_with_the_parsers_on_the_format_fixtures(name, urgent):
    raw = fixture(name)
    assert sniff_urgent(raw) is urgent
    assert any(is_urgent(d.urgency) for d in pipeline.run(raw)) is urgent


def test_anpa_and_7901_priorities():
    anpa = fixture("anpa-1312.anpa")
    assert b"\r\nr i" in anpa
    assert sniff_urgent(anpa.replace(b"\r\nr i", b"\r\nf i", 1))  # flash
    assert sniff_urgent(anpa.replace(b"\r\nr i", b"\r\nb i", 1))  # bulletin
    assert not sniff_urgent(anpa.replace(b"\r\nr i", b"\r\nu i", 1))  # "urgent" priority is IPTC 3
    iptc = fixture("iptc7901.7901")
    assert sniff_urgent(iptc.replace(b"EXW0123 4 i", b"EXW0123 1 i", 1))
    assert any(is_urgent(d.urgency) for d in pipeline.run(anpa.replace(b"\r\nr i", b"\r\nf i", 1)))


def test_label_urgency():
    assert label_urgency(["FLASH"]) == 1
    assert label_urgency(["UPDATE 2", "BREAKING NEWS"]) == 2
    assert label_urgency(["URGENT", "FLASH"]) == 1
    assert label_urgency(["EXCLUSIVE"]) is None
    assert label_urgency([]) is None


def test_a_headline_label_sets_the_story_urgency_when_the_wire_gave_none():
    (draft,) = pipeline.run(b"BREAKING: Dam bursts in the north\n\nNORTHVILLE (AP) - A dam burst on Monday.\n", "text/plain")
    assert draft.headline_labels == ["BREAKING"] and draft.urgency == 2
    (draft,) = pipeline.run(b"FLASH - Plane down near airport\n\nA plane came down on Monday.\n", "text/plain")
    assert draft.urgency == 1


def test_the_wire_urgency_wins_over_a_label():
    body = json.dumps({"uri": "urn:x:1", "version": "1", "urgency": 5, "headline": "BREAKING: Minor update",
                       "body_text": "Text of the story."}).encode()
    (draft,) = pipeline.run(body, "application/json")
    assert draft.urgency == 5
