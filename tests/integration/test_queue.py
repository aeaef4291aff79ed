"""The real path: signed webhook -> stored Delivery -> Redis -> a real Celery worker -> Story -> feed."""
import pytest

from ingest.models import Delivery, Story
from tests.conftest import wait_for
from tests.expectations import assert_matches_expected

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def _finished(delivery_id):
    delivery = Delivery.objects.get(pk=delivery_id)
    return delivery if delivery.status not in (Delivery.Status.RECEIVED, Delivery.Status.QUEUED, Delivery.Status.PROCESSING) else None


def test_sample_through_webhook_and_worker(celery_worker_process, wire_source, post_signed, sample_bytes, sample_expected, client, admin_user):
    response = post_signed("wire", sample_bytes)
    assert response.status_code == 202, response.content
    assert response.json()["status"] == "queued"
    delivery = wait_for(lambda: _finished(int(response.json()["delivery"])))
    assert delivery.status == Delivery.Status.DONE, delivery.last_error

    story = Story.objects.get()
    assert story.status == Story.Status.DRAFT
    assert_matches_expected(story, sample_expected)

    # Same webhook-id again: the first delivery, no new work.
    again = post_signed("wire", sample_bytes, webhook_id=delivery.webhook_id)
    assert again.status_code == 200 and again.json()["delivery"] == str(delivery.pk)
    # Same content under a new webhook-id: processed, but no second story.
    resent = post_signed("wire", sample_bytes)
    assert resent.status_code == 202
    duplicate = wait_for(lambda: _finished(int(resent.json()["delivery"])))
    assert duplicate.status == Delivery.Status.DUPLICATE and duplicate.story_id == story.pk
    assert Story.objects.count() == 1 and Delivery.objects.count() == 2

    # Not in the feed until an editor publishes it in the admin.
    assert client.get("/api/stories/").json()["results"] == []
    client.force_login(admin_user)
    published = client.post(
        "/admin/ingest/story/", {"action": "publish", "_selected_action": [story.pk]}, follow=True
    )
    assert published.status_code == 200
    client.logout()
    feed = client.get("/api/stories/").json()
    assert [item["id"] for item in feed["results"]] == [story.pk]
    assert client.get(f"/api/stories/{story.pk}/").json()["headline"] == sample_expected["headline"]
