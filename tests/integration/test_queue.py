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


def test_learn_button_hands_learning_to_the_worker(celery_worker_process, wire_source, post_signed, admin_client):
    """Issue 11.3: the button enqueues; a real worker learns and the suggestion appears."""
    from ingest.models import BoilerplateRule

    footer = "The Ledger is published by Ledger Media Group."
    ids = []
    for n in range(4):
        response = post_signed("wire", f"Story {n} headline\n\nSPRINGFIELD (AP) \u2014 Lead {n}.\n{footer}\n".encode())
        ids.append(int(response.json()["delivery"]))
    for delivery_id in ids:
        wait_for(lambda: _finished(delivery_id))
    response = admin_client.post("/admin/ingest/boilerplaterule/learn/")
    assert response.status_code == 302
    rule = wait_for(lambda: BoilerplateRule.objects.filter(suggested=True).first(), timeout=60)
    assert rule.pattern == footer and not rule.active
