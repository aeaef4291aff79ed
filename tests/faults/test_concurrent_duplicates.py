"""1,000 deliveries of the same story under different webhook-ids, sent concurrently: one Story.

Real HTTP into a real (threaded) web server, two real workers racing on the
same guid, on both databases.
"""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from ingest.models import Delivery, Story
from ingest.webhooks.signature import signed_headers
from tests.conftest import TEST_SECRET

from .conftest import WebServer, start_worker, wait_until_finished

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

COPIES = 1000
BODY = (
    "Senate passes the farm bill\n\n"
    "WASHINGTON (AP) \u2014 The Senate passed the farm bill late on Thursday, sending it to the House.\n\n"
    "The vote was 71 to 28.\n"
).encode()


def test_same_story_a_thousand_times_at_once_makes_one_story(wire_source, redis_server, tmp_path):
    web = WebServer(tmp_path / "web.log", redis_server.url, extra_env={"INGEST_RATE_LIMIT": "off"})
    workers = [start_worker(tmp_path, f"worker-{n}", redis_server.url, concurrency=2) for n in range(2)]
    try:
        def send(n: int) -> tuple[int, bytes]:
            headers = {**signed_headers(TEST_SECRET, f"msg_copy_{n}", BODY), "Content-Type": "text/plain; charset=utf-8"}
            return web.post("/ingest/webhooks/wire/", BODY, headers)

        with ThreadPoolExecutor(max_workers=16) as pool:
            answers = list(pool.map(send, range(COPIES)))
        assert [status for status, _ in answers] == [202] * COPIES, {s for s, _ in answers}
        ids = {json.loads(content)["delivery"] for _, content in answers}
        assert len(ids) == COPIES

        wait_until_finished(ids, timeout=180)
    finally:
        for worker in workers:
            worker.stop()
        web.stop()

    assert Story.objects.count() == 1
    story = Story.objects.get()
    assert Delivery.objects.filter(status=Delivery.Status.DONE).count() == 1
    assert Delivery.objects.filter(status=Delivery.Status.DUPLICATE, story=story).count() == COPIES - 1
    assert not Delivery.objects.filter(status=Delivery.Status.FAILED).exists()
