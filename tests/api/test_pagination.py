"""Cursor pages: stable while stories arrive, bounded, and never a COUNT(*)."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import make_story

pytestmark = pytest.mark.django_db


def walk(client, url):
    """Every page following `next` links; returns the pages' id lists."""
    pages = []
    while url:
        body = client.get(url).json()
        pages.append([item["id"] for item in body["results"]])
        url = body["next"]
    return pages


def test_paging_while_stories_arrive_has_no_duplicates_and_no_gaps(api, wire_source):
    archive = [make_story(wire_source, minutes=i) for i in range(25)]
    # Two stories published in the same instant: the id breaks the tie.
    archive += [make_story(wire_source, minutes=10.5), make_story(wire_source, minutes=10.5)]
    first = api.get("/api/stories/?page_size=10").json()
    seen = [item["id"] for item in first["results"]]
    url = first["next"]
    arrivals = []
    while url:
        # New stories land between fetches, newer than everything already paged.
        arrivals.append(make_story(wire_source, minutes=100 + len(arrivals)))
        body = api.get(url).json()
        seen += [item["id"] for item in body["results"]]
        url = body["next"]
    assert len(seen) == len(set(seen)), "a story appeared twice"
    expected = [s.pk for s in sorted(archive, key=lambda s: (s.published_at, s.pk), reverse=True)]
    assert seen == expected, "a story was skipped or the order broke"
    # The arrivals are on top of the feed for the next reader.
    top = [item["id"] for item in api.get("/api/stories/?page_size=10").json()["results"]]
    assert arrivals and top[: len(arrivals)] == [s.pk for s in reversed(arrivals)]


def test_previous_link_returns_the_page_before(api, wire_source):
    stories = [make_story(wire_source, minutes=i) for i in range(7)]
    first = api.get("/api/stories/?page_size=3").json()
    second = api.get(first["next"]).json()
    back = api.get(second["previous"]).json()
    assert [s["id"] for s in back["results"]] == [s["id"] for s in first["results"]]
    assert first["previous"] is None
    assert walk(api, "/api/stories/?page_size=3")[-1] == [stories[0].pk]


@pytest.mark.parametrize("size, expected", [("2", 2), ("100", 100), ("5000", 100)])
def test_page_size_is_capped(api, wire_source, size, expected):
    for i in range(101):
        make_story(wire_source, minutes=i)
    assert len(api.get(f"/api/stories/?page_size={size}").json()["results"]) == expected


@pytest.mark.parametrize("query", ["page_size=0", "page_size=-3", "page_size=ten", "cursor=garbage",
                                   "cursor=cD1ub3QtYS1kYXRl"])  # base64 of "p=not-a-date"
def test_bad_page_parameters_are_400_with_detail(api, wire_source, query):
    make_story(wire_source)
    response = api.get(f"/api/stories/?{query}")
    assert response.status_code == 400
    assert response.json()["detail"]


def test_a_page_runs_no_count_query(api, wire_source):
    for i in range(30):
        make_story(wire_source, minutes=i)
    with CaptureQueriesContext(connection) as queries:
        next_url = api.get("/api/stories/?page_size=10&language=en").json()["next"]
        api.get(next_url)
    sql = [q["sql"].upper() for q in queries.captured_queries]
    assert any("FROM \"INGEST_STORY\"" in s for s in sql)
    assert not [s for s in sql if "COUNT(" in s]
    page_queries = [s for s in sql if "LIMIT" in s and "INGEST_STORY" in s]
    assert page_queries and all("LIMIT 11" in s for s in page_queries)


def test_staff_draft_list_pages_by_arrival(staff_api, wire_source):
    """Drafts have no published_at: their pages go by created_at, newest first, with the same guarantees."""
    from ingest.models import Story

    drafts = [make_story(wire_source, status=Story.Status.DRAFT) for _ in range(7)]
    pages = walk(staff_api, "/api/stories/?status=draft&page_size=3")
    assert [len(p) for p in pages] == [3, 3, 1]
    assert sum(pages, []) == [d.pk for d in sorted(drafts, key=lambda d: (d.created_at, d.pk), reverse=True)]


def test_deliveries_page_newest_first(staff_api, wire_source):
    from ingest.models import Delivery

    made = [Delivery.objects.create(source=wire_source, webhook_id=f"m{i}", body=b"x", size=1, sha256="0" * 64)
            for i in range(5)]
    assert sum(walk(staff_api, "/api/deliveries/?page_size=2"), []) == [d.pk for d in reversed(made)]
