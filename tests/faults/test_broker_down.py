"""Redis down when a delivery arrives: stored, acknowledged at once, enqueued by the beat sweep once Redis is back."""
from __future__ import annotations

import json
import time

import pytest

from ingest.models import Delivery
from ingest.webhooks.signature import signed_headers
from tests.conftest import TEST_SECRET, wait_for

from .conftest import WebServer, start_beat, start_worker

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

BODY = "Ports reopen after the storm\n\nHOUSTON (AP) \u2014 Ports along the Gulf Coast reopened on Tuesday.\n".encode()


def post(web: WebServer, body: bytes, webhook_id: str):
    headers = {**signed_headers(TEST_SECRET, webhook_id, body), "Content-Type": "text/plain; charset=utf-8"}
    return web.post("/ingest/webhooks/wire/", body, headers)


def test_delivery_during_a_broker_outage_is_kept_and_swept(wire_source, redis_server, tmp_path):
    fast_sweep = {"INGEST_SWEEP_SECONDS": "1", "INGEST_SWEEP_GRACE_SECONDS": "1"}
    web = WebServer(tmp_path / "web.log", redis_server.url)
    worker = start_worker(tmp_path, "worker", redis_server.url, concurrency=1, extra_env=fast_sweep)
    beat = start_beat(tmp_path, redis_server.url, extra_env=fast_sweep)
    try:
        redis_server.stop()

        started = time.monotonic()
        status, content = post(web, BODY, "msg_outage")
        elapsed = time.monotonic() - started
        assert status == 202, content
        assert elapsed < 3, f"the webhook hung {elapsed:.1f}s on the dead broker"
        delivery = Delivery.objects.get(pk=json.loads(content)["delivery"])
        assert bytes(delivery.body) == BODY

        # Nothing can move while Redis is down: the delivery waits, stored, for the sweep.
        time.sleep(3)
        delivery.refresh_from_db()
        assert delivery.status == Delivery.Status.RECEIVED
        health = json.loads(urlopen_json(web.base_url + "/healthz"))
        assert health["status"] == "degraded" and health["broker"]["ok"] is False
        assert health["database"]["unprocessed_deliveries"] == 1

        redis_server.start()  # same port, empty: the message was never sent
        wait_for(lambda: Delivery.objects.get(pk=delivery.pk).status == Delivery.Status.DONE, timeout=60, interval=0.5)
        delivery.refresh_from_db()
        assert delivery.story is not None and delivery.attempts == 1
        assert "sweep re-enqueued" in worker.log_path.read_text()

        # One delivery id, followed across processes from the webhook to the story.
        web_lines = json_lines(web.log_text())
        worker_lines = json_lines(worker.log_path.read_text())
        assert any(line["message"] == "delivery received" and line.get("delivery_id") == delivery.pk for line in web_lines)
        done = [line for line in worker_lines if line["message"] == "delivery done" and line.get("delivery_id") == delivery.pk]
        assert done and done[0]["story_id"] == delivery.story_id
        assert any(line["logger"] == "celery.app.trace" and line.get("delivery_id") == delivery.pk for line in worker_lines)
    finally:
        beat.stop()
        worker.stop()
        web.stop()


def urlopen_json(url: str) -> str:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.read().decode()


def json_lines(text: str) -> list[dict]:
    lines = []
    for line in text.splitlines():
        if line.startswith("{"):
            try:
                lines.append(json.loads(line))
            except ValueError:
                pass
    return lines
