"""Conditional GET: ETag and Last-Modified on lists and items, 304 when the client's copy is current."""
from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.http import parse_http_date

from ingest.models import Story

from .factories import make_story

pytestmark = pytest.mark.django_db

URLS = ["/api/stories/", "/api/stories/{pk}/", "/api/stories/{pk}/ninjs"]


@pytest.mark.parametrize("url", URLS)
def test_etag_and_last_modified_then_304(api, wire_source, url):
    story = make_story(wire_source)
    url = url.format(pk=story.pk)
    first = api.get(url)
    assert first.status_code == 200
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag and parse_http_date(modified) >= int(story.updated_at.timestamp())

    again = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b"" and again["ETag"] == etag
    assert api.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    assert api.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200

    story.headline = "Corrected headline"
    story.save()
    changed = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_list_changes_when_a_story_is_killed_or_an_embargo_lifts(api, wire_source, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    kept = make_story(wire_source, minutes=1)
    killed = make_story(wire_source, minutes=2)
    make_story(wire_source, minutes=3, embargoed_until=timezone.now() + timedelta(minutes=5))
    first = api.get("/api/stories/")

    time_machine.shift(timedelta(seconds=2))
    killed.status = Story.Status.KILLED
    killed.save()
    after_kill = api.get("/api/stories/", HTTP_IF_NONE_MATCH=first["ETag"], HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert after_kill.status_code == 200 and [s["id"] for s in after_kill.json()["results"]] == [kept.pk]
    # A client that only keeps the date must not get a stale 304 either.
    assert api.get("/api/stories/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 200

    time_machine.shift(timedelta(minutes=6))
    lifted = api.get("/api/stories/", HTTP_IF_MODIFIED_SINCE=after_kill["Last-Modified"])
    assert lifted.status_code == 200 and len(lifted.json()["results"]) == 2
    assert parse_http_date(lifted["Last-Modified"]) > parse_http_date(after_kill["Last-Modified"])


def test_public_responses_are_cacheable_and_staff_ones_private(api, staff_api, wire_source, settings):
    settings.API_CACHE_MAX_AGE = 45
    story = make_story(wire_source)
    public = api.get(f"/api/stories/{story.pk}/")
    assert "public" in public["Cache-Control"] and "max-age=45" in public["Cache-Control"]
    assert "Accept" in public["Vary"] and "Authorization" in public["Vary"]
    staff = staff_api.get("/api/stories/?status=published")
    assert "private" in staff["Cache-Control"] and "public" not in staff["Cache-Control"]
    assert staff["ETag"]


def test_json_and_ninjs_have_different_etags(api, wire_source):
    story = make_story(wire_source)
    plain = api.get(f"/api/stories/{story.pk}/")
    ninjs = api.get(f"/api/stories/{story.pk}/ninjs")
    assert plain["ETag"] != ninjs["ETag"]
    assert api.get(f"/api/stories/{story.pk}/ninjs", HTTP_IF_NONE_MATCH=plain["ETag"]).status_code == 200


def test_errors_are_not_marked_cacheable(api):
    missing = api.get("/api/stories/424242/")
    assert missing.status_code == 404 and not missing.has_header("ETag")
    assert "public" not in missing.get("Cache-Control", "")
