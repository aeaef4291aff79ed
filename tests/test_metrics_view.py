"""GET /metrics in-process: who may read it, and the backlog figures read at scrape time."""
from datetime import timedelta

import pytest
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from ingest import services
from ingest.models import Delivery

pytestmark = pytest.mark.django_db


def values(response) -> dict:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(response.content.decode()) for s in family.samples}


@pytest.fixture
def token(settings):
    settings.METRICS_TOKEN = "s3cret-metrics"
    return settings.METRICS_TOKEN


def test_anonymous_and_wrong_tokens_are_refused(client, token):
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.get("/metrics", headers={"Authorization": f"Basic {token}"}).status_code == 401


def test_no_token_configured_means_staff_only(client, settings, django_user_model):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics", headers={"Authorization": "Bearer "}).status_code == 401
    client.force_login(django_user_model.objects.create_user("reader", password="x"))
    assert client.get("/metrics").status_code == 401
    client.force_login(django_user_model.objects.create_user("ops", password="x", is_staff=True))
    assert client.get("/metrics").status_code == 200


def test_the_token_reads_the_backlog(client, token, wire_source):
    outcome = services.delivery_receive(source=wire_source, webhook_id="m1", body=b"Headline\n\nBody.\n",
                                        content_type="text/plain", headers={}, enqueue=False)
    Delivery.objects.filter(pk=outcome.delivery.pk).update(received_at=timezone.now() - timedelta(seconds=600))
    response = client.get("/metrics", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    found = values(response)
    assert found[("newsroom_deliveries_unprocessed", (("status", "received"),))] == 1
    assert found[("newsroom_oldest_unprocessed_delivery_age_seconds", ())] >= 600
    assert found[("newsroom_deliveries_received_total", (("source", "wire"),))] >= 1
    assert ("newsroom_queue_depth", (("queue", "urgent"),)) in found
    assert found[("newsroom_up", (("dependency", "broker"),))] == 1


def test_a_broker_that_is_down_is_reported_not_a_500(client, token, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    found = values(client.get("/metrics", headers={"Authorization": f"Bearer {token}"}))
    assert found[("newsroom_up", (("dependency", "broker"),))] == 0
    assert not any(name == "newsroom_queue_depth" for name, _ in found)


def test_a_missing_metrics_folder_never_costs_a_delivery(tmp_path, caplog, wire_source):
    """In multiprocess mode a write to a folder that is gone fails; the delivery is stored all the same."""
    from ingest import metrics

    class Broken:
        def labels(self, **labels):
            raise FileNotFoundError(2, "No such file or directory", str(tmp_path / "gone"))

    original = metrics.DELIVERIES_RECEIVED
    metrics.DELIVERIES_RECEIVED = Broken()
    try:
        outcome = services.delivery_receive(source=wire_source, webhook_id="m2", body=b"Headline\n\nBody.\n",
                                            content_type="text/plain", headers={}, enqueue=False)
    finally:
        metrics.DELIVERIES_RECEIVED = original
    assert outcome.created and Delivery.objects.filter(pk=outcome.delivery.pk).exists()
    assert "metrics not recorded: FileNotFoundError" in caplog.text
