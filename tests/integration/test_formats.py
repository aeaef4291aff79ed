"""Each wire format end to end: signed webhook -> stored Delivery -> pipeline -> Story fields;
`ingest_file --dry-run --json` prints the same; a broken body of each format ends as a failed
Delivery whose error says what was wrong and where.
"""
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from ingest import services
from ingest.models import Delivery, Story
from tests.conftest import wait_for

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"

STORIES = [
    (
        "ninjs-1.json", "application/json",
        {"format": "ninjs", "guid": "urn:example:wire:2024:0105-flood", "version": 1,
         "headline": "Floods cut off villages in northern Malaysia", "byline": "Anna Lim", "authors": ["Anna Lim"],
         "dateline": "KUALA LUMPUR", "credit": "Associated Press", "urgency": 3, "language": "en",
         "summary": "Rescuers used boats to reach hundreds of families after days of monsoon rain."},
    ),
    (
        "ninjs-2.json", "application/vnd.iptc.ninjs+json",
        {"format": "ninjs", "version": 4, "headline": "Bundestag passes budget after all-night session",
         "subheadline": "Opposition vows to challenge spending cap in court", "authors": ["Max Müller", "Jürgen Weiß"],
         "dateline": "BERLIN", "credit": "Deutsche Presse-Agentur", "summary": "The vote ends weeks of coalition wrangling."},
    ),
    (
        "ninjs-3.json", "application/json",
        {"format": "ninjs", "version": 2, "headline": "Strong earthquake shakes western Japan", "byline": "Kenji Sato",
         "credit": "Reuters", "pubstatus": "withheld", "urgency": 1},
    ),
    (
        "nitf-3.xml", "application/nitf+xml",
        {"format": "nitf", "guid": "EXW-2024-0108-portstrike", "version": 2,
         "headline": "Dockworkers strike shuts Rotterdam container terminals",
         "subheadline": "Shipping lines divert vessels to Antwerp", "byline": "Pieter de Vries", "authors": ["Pieter de Vries"],
         "dateline": "ROTTERDAM", "credit": "Example Wire", "publisher": "The Harbour Times", "edition": "Morning Edition",
         "summary": "A 48-hour strike halted work at the port’s largest terminals.", "urgency": 4},
    ),
    (
        "nitf-cp1252.xml", "text/xml",
        {"format": "nitf", "headline": "Café owners in Zürich fight “closing time” rule", "byline": "Renée Müller",
         "dateline": "ZÜRICH"},
    ),
    (
        "g2-newsitem.xml", "application/vnd.iptc.g2.newsitem+xml",
        {"format": "newsmlg2", "guid": "urn:newsml:example.org:20240110:wildfire", "version": 3,
         "headline": "Wildfires force thousands to flee in New South Wales",
         "subheadline": "Firefighters battle 60 blazes as winds strengthen", "byline": "Liam O'Brien",
         "dateline": "SYDNEY", "credit": "Reuters", "urgency": 2,
         "summary": "Thousands fled as more than 60 fires burned across the state."},
    ),
    (
        "anpa-1312-1stld.anpa", "text/x-anpa",
        {"format": "anpa", "guid": "urn:anpa:britain-brexit:01-05", "version": 2,
         "headline": "Britain's parliament approves Brexit deal", "byline": "Jill Lawless", "authors": ["Jill Lawless"],
         "dateline": "LONDON", "credit": "Associated Press", "urgency": 5},
    ),
    (
        "iptc7901.7901", "application/octet-stream",
        {"format": "anpa", "headline": "Parliament approves Brexit deal", "byline": "Jill Lawless", "dateline": "LONDON", "urgency": 4},
    ),
    (
        "atom.xml", "application/atom+xml",
        {"format": "rss", "guid": "tag:science.example.org,2024:comet-nishimura",
         "headline": "Comet Nishimura visible this week", "byline": "Ada Byron", "publisher": "Example Science Desk",
         "summary": "Look low in the east before dawn."},
    ),
]

BODY_PARAGRAPHS = {
    "ninjs-1.json": "KUALA LUMPUR, Malaysia (AP) — Floodwaters cut off dozens of villages in northern Malaysia on Friday, officials said.",
    "nitf-3.xml": "ROTTERDAM, Netherlands (EXW) — Dockworkers walked off the job at Rotterdam’s container terminals on Monday.",
    "g2-newsitem.xml": "SYDNEY, Jan 10 (Reuters) - Thousands of people fled their homes in New South Wales on Wednesday.",
    "anpa-1312-1stld.anpa": "Prime Minister Boris Johnson called it a “historic” day.",
    "atom.xml": "It last passed the Sun 430 years ago.",
}

BROKEN = [
    ("ninjs-broken.json", "application/json", "ParseError: ninjs is not valid JSON", "line 7, column 1"),
    ("nitf-broken.xml", "application/nitf+xml", "ParseError: NITF is not well-formed XML: mismatched tag", "line 10, column 7"),
    ("nitf-entity-expansion.xml", "application/xml", "declares the entity 'lol'", "DOCTYPE"),
    ("g2-broken.xml", "application/vnd.iptc.g2.newsitem+xml", "ParseError: NewsML-G2 is not well-formed XML", "line 9, column 5"),
    ("anpa-broken.anpa", "text/x-anpa", "not closed by ETX", "message 1"),
    ("rss-broken.xml", "application/rss+xml", "RSS/Atom is not well-formed XML", "line 6, column 35"),
]


def _assert_fields(story, expected: dict) -> None:
    for name, value in expected.items():
        assert getattr(story, name) == value, f"{name}: {getattr(story, name)!r} != {value!r}"


def _post_and_process(post_signed, name: str, content_type: str) -> Delivery:
    response = post_signed("wire", (FORMATS / name).read_bytes(), content_type=content_type)
    assert response.status_code == 202, response.content
    return services.delivery_process(int(response.json()["delivery"]))


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content_type", "expected"), STORIES, ids=[s[0] for s in STORIES])
def test_each_format_through_the_webhook_gives_the_story(wire_source, post_signed, name, content_type, expected):
    delivery = _post_and_process(post_signed, name, content_type)
    assert delivery.status == Delivery.Status.DONE, delivery.last_error
    story = Story.objects.get()
    assert delivery.story == story and delivery.format == expected["format"] and story.status == Story.Status.DRAFT
    _assert_fields(story, expected)
    if name in BODY_PARAGRAPHS:
        assert BODY_PARAGRAPHS[name] in story.body_text.split("\n\n")


@pytest.mark.django_db
def test_a_newsml_package_makes_one_story_per_text_item(wire_source, post_signed):
    delivery = _post_and_process(post_signed, "g2-package.xml", "application/xml")
    assert delivery.status == Delivery.Status.DONE, delivery.last_error
    stories = {s.guid: s for s in Story.objects.all()}
    assert set(stories) == {"urn:newsml:example.org:20240111:election-main", "urn:newsml:example.org:20240111:election-factbox"}
    main = stories["urn:newsml:example.org:20240111:election-main"]
    assert (main.headline, main.byline, main.version) == ("Taiwan votes in presidential election watched by Beijing", "Mei Chen", 1)
    factbox = stories["urn:newsml:example.org:20240111:election-factbox"]
    assert factbox.version == 2 and factbox.body_text == "Three candidates are on the ballot.\n\nLai Ching-te is the ruling party's candidate."


@pytest.mark.django_db
def test_an_rss_feed_makes_one_story_per_item(wire_source, post_signed):
    delivery = _post_and_process(post_signed, "rss2.xml", "application/rss+xml")
    assert delivery.status == Delivery.Status.DONE, delivery.last_error
    headlines = sorted(Story.objects.values_list("headline", "byline", "publisher"))
    assert headlines == [
        ("City council approves new bike lanes", "Maria Gonzalez and Tom Baker", "Valley Courier"),
        ("Library extends weekend hours", "Priya Patel", "Valley Courier"),
    ]
    bike = Story.objects.get(guid="https://courier.example.com/?p=48211")
    assert '<a href="https://courier.example.com/main-street" rel="noopener noreferrer nofollow">Main Street</a>' in bike.body_html


@pytest.mark.django_db
def test_an_anpa_writethru_updates_the_original(wire_source, post_signed):
    _post_and_process(post_signed, "anpa-1312.anpa", "text/x-anpa")
    story = Story.objects.get()
    assert (story.version, story.headline) == (1, "Britain's parliament debates Brexit deal")
    _post_and_process(post_signed, "anpa-1312-1stld.anpa", "text/x-anpa")
    story.refresh_from_db()
    assert Story.objects.count() == 1
    assert (story.version, story.headline) == (2, "Britain's parliament approves Brexit deal")


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content_type", "what", "where"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_body_of_each_format_ends_as_a_failed_delivery(wire_source, post_signed, name, content_type, what, where):
    response = post_signed("wire", (FORMATS / name).read_bytes(), content_type=content_type)
    assert response.status_code == 202
    delivery = services.delivery_process(int(response.json()["delivery"]))
    assert delivery.status == Delivery.Status.FAILED
    assert what in delivery.last_error and where in delivery.last_error
    assert bytes(delivery.body) == (FORMATS / name).read_bytes()  # nothing accepted is lost
    assert not Story.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content_type", "expected"), STORIES, ids=[s[0] for s in STORIES])
def test_ingest_file_dry_run_json_prints_the_fields(wire_source, name, content_type, expected):
    out = io.StringIO()
    call_command("ingest_file", str(FORMATS / name), source="wire", dry_run=True, json=True, stdout=out)
    printed = json.loads(out.getvalue().strip())
    assert printed["file"].endswith(name)
    for field, value in expected.items():
        assert printed[field] == value, f"{field}: {printed[field]!r} != {value!r}"
    assert not Story.objects.exists()


@pytest.mark.django_db
def test_ingest_file_prints_every_item_of_a_package(wire_source):
    out = io.StringIO()
    call_command("ingest_file", str(FORMATS / "g2-package.xml"), source="wire", dry_run=True, json=True, stdout=out)
    printed = json.loads(out.getvalue().strip())
    assert [item["guid"] for item in printed["items"]] == [
        "urn:newsml:example.org:20240111:election-main", "urn:newsml:example.org:20240111:election-factbox",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content_type", "what", "where"), BROKEN, ids=[b[0] for b in BROKEN])
def test_ingest_file_reports_a_broken_file_and_exits_non_zero(wire_source, name, content_type, what, where):
    out = io.StringIO()
    with pytest.raises(SystemExit) as exited:
        call_command("ingest_file", str(FORMATS / name), source="wire", dry_run=True, json=True, stdout=out)
    assert exited.value.code == 1
    printed = json.loads(out.getvalue().strip())
    assert what in printed["error"] and where in printed["error"]


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_versions_and_a_broken_body_through_the_real_worker(celery_worker_process, wire_source, post_signed):
    """The queue path: a NewsML-G2 item, its newer version, its kill, and a broken NITF, on a real worker."""

    def finished(delivery_id):
        delivery = Delivery.objects.get(pk=delivery_id)
        return delivery if delivery.status not in ("received", "queued", "processing") else None

    def post(body: bytes, content_type: str) -> Delivery:
        response = post_signed("wire", body, content_type=content_type)
        assert response.status_code == 202, response.content
        return wait_for(lambda: finished(int(response.json()["delivery"])))

    original = (FORMATS / "g2-newsitem.xml").read_bytes()
    first = post(original, "application/vnd.iptc.g2.newsitem+xml")
    assert first.status == Delivery.Status.DONE, first.last_error
    story = Story.objects.get()
    assert (story.version, story.headline) == (3, "Wildfires force thousands to flee in New South Wales")

    newer = original.replace(b'version="3"', b'version="4"').replace(b"Wildfires force", b"Wildfires now force")
    assert post(newer, "application/xml").status == Delivery.Status.DONE
    story.refresh_from_db()
    assert (story.version, story.headline) == (4, "Wildfires now force thousands to flee in New South Wales")

    killed = newer.replace(b'version="4"', b'version="5"').replace(b"stat:usable", b"stat:canceled")
    assert post(killed, "application/xml").status == Delivery.Status.DONE
    story.refresh_from_db()
    assert story.status == Story.Status.KILLED and story.wire_notice["kind"] == "kill"

    broken = post((FORMATS / "nitf-broken.xml").read_bytes(), "application/nitf+xml")
    assert broken.status == Delivery.Status.FAILED
    assert "mismatched tag" in broken.last_error and "line 10, column 7" in broken.last_error
