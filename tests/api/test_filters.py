"""Each query parameter, table-driven; values that do not parse are a 400 with `detail`."""
from datetime import timedelta

import pytest

from .factories import BASE_TIME, make_source, make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(wire_source):
    other = make_source("other")
    return {
        "flash": make_story(wire_source, minutes=1, headline="Earthquake strikes the coast", urgency=1,
                            byline="By Ana Lima, Reuters", language="pt-BR", body_text="Buildings shook in Lisbon."),
        "markets": make_story(wire_source, minutes=2, headline="Markets rally", urgency=4,
                              byline="By John Roe, AP", language="en", body_text="Stocks rose after the earthquake."),
        "sports": make_story(other, minutes=3, headline="Cup final tonight", urgency=5,
                             byline="Staff reports", language="en-GB", body_text="Fans gather in the square."),
        "weather": make_story(other, minutes=4, headline="Storm warning", urgency=3,
                              byline="By Jane Doe", language="de", body_text="Heavy rain expected."),
    }


def iso(minutes: float) -> str:
    return (BASE_TIME + timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z")


CASES = [
    ("source=wire", {"flash", "markets"}),
    ("source=other", {"sports", "weather"}),
    ("source=wire,other", {"flash", "markets", "sports", "weather"}),
    ("source=nobody", set()),
    (f"since={iso(3)}", {"sports", "weather"}),
    (f"until={iso(2)}", {"flash"}),
    (f"since={iso(2)}&until={iso(4)}", {"markets", "sports"}),
    ("since=2026-11-01T00:00:00-12:02", {"markets", "sports", "weather"}),  # an odd offset, read as UTC 12:02
    ("byline=roe", {"markets"}),
    ("byline=REUTERS", {"flash"}),
    ("q=earthquake", {"flash", "markets"}),
    ("q=storm", {"weather"}),
    ("q=lisbon buildings", {"flash"}),
    ("q=markets earthquake", {"markets"}),
    ("q=nothing-like-this", set()),
    ("urgency=1", {"flash"}),
    ("max_urgency=3", {"flash", "weather"}),
    ("language=en", {"markets", "sports"}),
    ("language=pt", {"flash"}),
    ("language=en-gb", {"sports"}),
    ("source=other&language=en", {"sports"}),
]


@pytest.mark.parametrize("query, expected", CASES, ids=[c[0] for c in CASES])
def test_filter(api, stories, query, expected):
    response = api.get(f"/api/stories/?{query}")
    assert response.status_code == 200
    by_id = {story.pk: name for name, story in stories.items()}
    assert {by_id[item["id"]] for item in response.json()["results"]} == expected


def test_updated_since_finds_corrections(api, stories):
    from django.utils import timezone

    cutoff = timezone.now()
    stories["weather"].headline = "Storm warning lifted"
    stories["weather"].save()
    found = api.get("/api/stories/", {"updated_since": cutoff.isoformat()}).json()["results"]
    assert [item["id"] for item in found] == [stories["weather"].pk]


BAD = ["since=yesterday", "until=2026-13-45", "updated_since=soon", "urgency=high", "urgency=0", "urgency=12",
       "max_urgency=x", "since=9999-12-31T23:59:59-23:59"]


@pytest.mark.parametrize("query", BAD)
def test_bad_filter_values_are_400_with_detail(api, stories, query):
    response = api.get(f"/api/stories/?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["detail"] and query.split("=")[0] in body["errors"]


def test_bad_status_value_from_staff_is_400(staff_api, stories):
    response = staff_api.get("/api/stories/?status=everything")
    assert response.status_code == 400 and "status" in response.json()["errors"]


@pytest.mark.parametrize("query, expected", [c for c in CASES if c[0].startswith("q=")], ids=lambda v: str(v))
def test_search_gives_the_same_answer_when_matches_are_many(api, stories, monkeypatch, query, expected):
    """On PostgreSQL a search with few matches goes by id, one with many walks the feed index: same results."""
    from ingest import selectors

    monkeypatch.setattr(selectors, "RARE_MATCHES", 0)  # every search that matches anything takes the "many" path
    by_id = {story.pk: name for name, story in stories.items()}
    assert {by_id[item["id"]] for item in api.get(f"/api/stories/?{query}").json()["results"]} == expected


def test_search_follows_an_edited_story_and_the_stored_vector_is_indexed(api, stories):
    """The words searched are those of the story as it is now: PostgreSQL's stored tsvector (migration 0014) is
    recomputed on every update, never left to the product to keep; and the probe can be answered from its GIN index."""
    from django.db import connection

    from ingest import selectors
    from ingest.models import Story

    def found(query: str) -> set[int]:
        return {item["id"] for item in api.get(f"/api/stories/?{query}").json()["results"]}

    weather = stories["weather"]
    assert found("q=hailstones") == set()
    Story.objects.filter(pk=weather.pk).update(body_text="Hailstones the size of eggs.")
    assert found("q=hailstones") == {weather.pk}
    assert found("q=rain") == set()  # the old words are gone with the old text
    if connection.vendor != "postgresql":
        return  # SQLite: a LIKE pass, no vector (README)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table: ask whether the index *can* answer
        from django.contrib.postgres.search import SearchQuery

        probe = Story.objects.order_by().alias(_search=selectors.story_search_vector()).filter(
            _search=SearchQuery("hailstones", search_type="websearch", config="simple"))
        assert "story_search_stored" in probe.explain()
