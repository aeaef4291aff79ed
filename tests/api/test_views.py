"""Who sees what: the public feed, embargoes, kills, and staff reads of drafts and deliveries."""
from datetime import timedelta

import pytest
from django.utils import timezone

from ingest.models import Delivery, Story

from .factories import make_story

pytestmark = pytest.mark.django_db

DESIGN_FIELDS = {
    "headline", "subheadline", "byline", "authors", "dateline", "credit", "publisher", "edition",
    "summary", "body_html", "body_text", "status", "source", "guid", "version",
}


def ids(response) -> list[int]:
    return [item["id"] for item in response.json()["results"]]


def test_list_has_the_page_shape_and_every_story_field(api, wire_source):
    story = make_story(wire_source, subheadline="Sub", dateline="WASHINGTON", publisher="Newslooks",
                       edition="Morning", summary="In short.", version=3)
    body = api.get("/api/stories/").json()
    assert set(body) == {"next", "previous", "results"}
    item = body["results"][0]
    assert DESIGN_FIELDS <= set(item)
    assert item["source"] == "wire" and item["guid"] == story.guid and item["version"] == 3
    assert item["status"] == "published" and item["authors"] == ["Jane Doe"] and item["edition"] == "Morning"
    assert item["url"].endswith(f"/api/stories/{story.pk}/")


def test_anonymous_list_is_published_only_newest_first(api, wire_source):
    older = make_story(wire_source, minutes=1)
    newer = make_story(wire_source, minutes=2)
    for status in ("draft", "approved", "rejected"):
        make_story(wire_source, status=status)
    make_story(wire_source, minutes=3, status=Story.Status.KILLED)
    assert ids(api.get("/api/stories/")) == [newer.pk, older.pk]


def test_embargoed_story_is_hidden_until_the_embargo_lifts(api, wire_source, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    visible = make_story(wire_source, minutes=1)
    embargoed = make_story(wire_source, minutes=2, embargoed_until=timezone.now() + timedelta(hours=1))
    assert ids(api.get("/api/stories/")) == [visible.pk]
    assert api.get(f"/api/stories/{embargoed.pk}/").status_code == 404
    assert api.get(f"/api/stories/{embargoed.pk}/ninjs").status_code == 404

    time_machine.shift(timedelta(hours=1, seconds=1))
    assert ids(api.get("/api/stories/")) == [embargoed.pk, visible.pk]
    assert api.get(f"/api/stories/{embargoed.pk}/").status_code == 200


def test_killed_story_leaves_every_list_and_answers_410(api, staff_api, wire_source):
    story = make_story(wire_source)
    assert api.get(f"/api/stories/{story.pk}/").status_code == 200
    story.status = Story.Status.KILLED
    story.save()
    for client in (api, staff_api):
        assert ids(client.get("/api/stories/")) == []
        for url in (f"/api/stories/{story.pk}/", f"/api/stories/{story.pk}/ninjs"):
            gone = client.get(url)
            assert gone.status_code == 410
            assert "killed" in gone.json()["detail"]
    assert ids(staff_api.get("/api/stories/?status=published")) == []
    assert staff_api.get("/api/stories/?status=killed").status_code == 400


def test_unknown_and_unpublished_stories_are_404_for_anonymous(api, wire_source):
    draft = make_story(wire_source, status=Story.Status.DRAFT)
    for url in (f"/api/stories/{draft.pk}/", "/api/stories/999999/"):
        response = api.get(url)
        assert response.status_code == 404
        assert response.json()["detail"]


def test_anonymous_cannot_list_drafts(api, reader_api, wire_source):
    make_story(wire_source, status=Story.Status.DRAFT)
    anonymous = api.get("/api/stories/?status=draft")
    assert anonymous.status_code == 401 and "token" in anonymous.json()["detail"].lower()
    not_staff = reader_api.get("/api/stories/?status=draft")
    assert not_staff.status_code == 403 and not_staff.json()["detail"]


def test_staff_token_reads_drafts_and_embargoed_stories(staff_api, wire_source):
    draft = make_story(wire_source, status=Story.Status.DRAFT)
    approved = make_story(wire_source, status=Story.Status.APPROVED)
    embargoed = make_story(wire_source, embargoed_until=timezone.now() + timedelta(days=1))
    assert ids(staff_api.get("/api/stories/?status=draft")) == [draft.pk]
    assert ids(staff_api.get("/api/stories/?status=approved")) == [approved.pk]
    assert ids(staff_api.get("/api/stories/?status=published")) == [embargoed.pk]
    assert ids(staff_api.get("/api/stories/")) == []  # no status: the public feed, the same for everyone
    detail = staff_api.get(f"/api/stories/{draft.pk}/")
    assert detail.status_code == 200 and detail.json()["status"] == "draft"


def test_deliveries_are_for_staff_only(api, reader_api, staff_api, wire_source):
    delivery = Delivery.objects.create(
        source=wire_source, webhook_id="msg_1", content_type="text/plain", body=b"Hello wire", size=10, sha256="0" * 64,
    )
    assert api.get("/api/deliveries/").status_code == 401
    assert api.get(f"/api/deliveries/{delivery.pk}/").status_code == 401
    assert reader_api.get("/api/deliveries/").status_code == 403
    listing = staff_api.get("/api/deliveries/").json()
    assert [d["webhook_id"] for d in listing["results"]] == ["msg_1"]
    assert "body" not in listing["results"][0]
    detail = staff_api.get(f"/api/deliveries/{delivery.pk}/").json()
    assert detail["body"] == "Hello wire" and detail["source"] == "wire"
    assert staff_api.get("/api/deliveries/?status=bogus").status_code == 400
    assert staff_api.get("/api/deliveries/999999/").status_code == 404
