"""The queue's search stays correct whichever way it is answered, and on PostgreSQL it has the indexes it needs.

`selectors.queue_search` probes the trigram and full-text indexes and hands over ids when the
archive holds few matches, else walks the queue newest first; both ways must list the same stories.
Migration 0011 makes the trigram indexes on PostgreSQL only (SQLite has none and scans).
"""
from __future__ import annotations

import pytest
from django.db import connection

from ingest import selectors
from ingest.models import Story, WireSource

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/ingest/story/"


@pytest.fixture
def stories(wire_source):
    other = WireSource.objects.create(slug="other", name="Other", signing_secret="whsec_x")
    made = {}
    for n, (headline, byline, body) in enumerate([
        ("Talks resume in Lagos", "By Ada Okonkwo", "Ministers met."),
        ("Harbour strike ends", "By ADA OKONKWO", "Dockers return."),
        ("Okonkwo named minister", "By Staff", "The cabinet grew."),
        ("Storm nears coast", "By Lee Chan", "Zanzibar braces for the storm."),
        ("Market closes higher", "By Lee Chan", "Shares rose."),
    ]):
        made[headline] = Story.objects.create(source=(wire_source, other)[n % 2], guid=f"g{n}", headline=headline,
                                              byline=byline, body_text=body)
    return made


def shown(editor_client, term):
    response = editor_client.get(CHANGELIST, {"q": term})
    assert response.status_code == 200
    return {story.headline for story in response.context["cl"].result_list}


@pytest.mark.parametrize("rare", [1000, 1])  # few matches: ids from the indexes; many: the newest-first walk
def test_search_finds_headline_and_byline_substrings_and_body_words_either_way(editor_client, stories, monkeypatch, rare):
    monkeypatch.setattr(selectors, "RARE_MATCHES", rare)
    assert shown(editor_client, "okonkw") == {"Talks resume in Lagos", "Harbour strike ends", "Okonkwo named minister"}
    assert shown(editor_client, "Zanzibar") == {"Storm nears coast"}
    assert shown(editor_client, "Lee Chan") == {"Storm nears coast", "Market closes higher"}
    assert shown(editor_client, "nothing-like-this") == set()


def test_search_keeps_the_other_filters(editor_client, stories, wire_source):
    response = editor_client.get(CHANGELIST, {"q": "okonkwo", "source__id__exact": wire_source.pk})
    assert {s.headline for s in response.context["cl"].result_list} == {"Talks resume in Lagos", "Okonkwo named minister"}


def test_trigram_indexes_exist_on_postgresql_only_and_serve_the_substring_search(stories):
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%trgm%'")
            assert cursor.fetchall() == []  # SQLite: no such index; the search is a LIKE pass (README)
            return
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'ingest_story' AND indexname LIKE '%trgm'")
        assert {row[0] for row in cursor.fetchall()} == {"story_headline_trgm", "story_byline_trgm"}
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table: ask whether the index *can* answer
        plan = Story.objects.filter(headline__icontains="okonkwo").order_by().explain()
        assert "story_headline_trgm" in plan, plan
        plan = Story.objects.filter(byline__icontains="okonkwo").order_by().explain()
        assert "story_byline_trgm" in plan, plan
