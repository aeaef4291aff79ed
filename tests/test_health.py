"""GET /healthz: what a load balancer and an operator need, and nothing secret."""
from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import OperationalError
from django.utils import timezone

from ingest import health, services
from ingest.models import Delivery
from tests.conftest import TEST_SECRET

pytestmark = pytest.mark.django_db


def test_healthy(client, wire_source):
    delivery = services.delivery_receive(source=wire_source, webhook_id="m1", body=b"x", content_type="text/plain",
                                         headers={}, enqueue=False).delivery
    Delivery.objects.filter(pk=delivery.pk).update(received_at=timezone.now() - timedelta(seconds=90))
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["database"]["ok"] and body["broker"]["ok"]
    assert body["database"]["unprocessed_deliveries"] == 1
    assert 89 <= body["database"]["oldest_unprocessed_age_seconds"] < 200
    assert isinstance(body["broker"]["queue_depth"], int)
    assert TEST_SECRET not in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0")


def test_nothing_waiting(client, db):
    assert client.get("/healthz").json()["database"]["oldest_unprocessed_age_seconds"] is None


def test_broker_down_is_degraded_but_still_serving(client, db, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["status"] == "degraded"
    assert response.json()["broker"] == {"ok": False, "error": "ConnectionError"}
    assert client.get("/healthz?strict=1").status_code == 503


def test_database_down_is_503(client, db, monkeypatch):
    class DeadConnection:
        def cursor(self):
            raise OperationalError("could not connect to server")

    monkeypatch.setattr(health, "connection", DeadConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable" and response.json()["database"]["ok"] is False


def test_only_get(client, db):
    assert client.post("/healthz").status_code == 405
