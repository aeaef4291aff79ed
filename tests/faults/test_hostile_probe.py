"""Issue 11's hostile probe, repeated against a real web server, a real worker and a real Redis.

Each case is bounded in size and time: a few thousand items at most, a minute at most.
"""
from __future__ import annotations

import json

import pytest

from ingest import services
from ingest.models import Delivery, Story
from ingest.webhooks.signature import signed_headers
from tests.conftest import TEST_SECRET, wait_for

from .conftest import WebServer, start_worker

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def post(web: WebServer, slug: str, body: bytes, webhook_id: str, content_type="application/json", extra_headers=None):
    headers = {**signed_headers(TEST_SECRET, webhook_id, body), "Content-Type": content_type, **(extra_headers or {})}
    return web.post(f"/ingest/webhooks/{slug}/", body, headers, timeout=60)


def ninjs_array(count: int, prefix: str) -> bytes:
    return json.dumps([{"uri": f"{prefix}-{i}", "headline": f"Item {i}", "body_text": f"Item {i} text."}
                       for i in range(count)]).encode()


@pytest.fixture
def served(wire_source, redis_server, tmp_path):
    services.source_create_or_update(slug="other", name="Other wire", secret=TEST_SECRET)
    web = WebServer(tmp_path / "web.log", redis_server.url)
    worker = start_worker(tmp_path, "worker", redis_server.url, concurrency=1)
    try:
        yield web, worker
    finally:
        worker.stop()
        web.stop()


def test_a_delivery_of_thousands_of_items_fails_fast_and_other_partners_get_through(served):
    web, worker = served
    status, content = post(web, "wire", ninjs_array(5000, "flood"), "msg_flood")
    assert status == 202, content
    flood = json.loads(content)["delivery"]
    status, content = post(web, "other", ninjs_array(3, "calm"), "msg_calm")
    assert status == 202, content
    calm = json.loads(content)["delivery"]
    wait_for(lambda: Delivery.objects.filter(pk__in=[flood, calm], status__in=["done", "failed"]).count() == 2,
             timeout=90, interval=0.5)
    flooded = Delivery.objects.get(pk=flood)
    assert flooded.status == "failed" and "holds 5000 stories; at most 500" in flooded.last_error
    assert Delivery.objects.get(pk=calm).status == "done"
    assert Story.objects.filter(source__slug="wire").count() == 0 and Story.objects.filter(source__slug="other").count() == 3


def test_a_slow_editor_regex_is_bounded_per_story_on_a_real_worker(served, wire_source):
    """3,000 lines each just under the per-line timeout: without a story budget this ran into the task's time limit."""
    from ingest.models import BoilerplateRule

    web, worker = served
    slow = BoilerplateRule.objects.create(source=wire_source, pattern=r"t(?:[^!]|[^!])+!", is_regex=True)
    body = ("Long story\n\n" + "\n\n".join(f"t{'a' * 17} {i}" for i in range(3000)) + "\n").encode()
    status, content = post(web, "wire", body, "msg_long", content_type="text/plain; charset=utf-8")
    assert status == 202, content
    delivery_id = json.loads(content)["delivery"]
    wait_for(lambda: Delivery.objects.get(pk=delivery_id).status in ("done", "failed"), timeout=60, interval=0.5)
    delivery = Delivery.objects.get(pk=delivery_id)
    assert delivery.status == "done", delivery.last_error
    story = Story.objects.get(pk=delivery.story_id)
    assert any(flag.get("overrun") for flag in story.flagged)
    assert len(story.body_text.split("\n")) >= 3000
    slow.refresh_from_db()
    assert slow.overrun_count == 1


def raw_request(web: WebServer, head: bytes, body_pieces, pause: float = 0.0, timeout: float = 30) -> bytes:
    """Send a request by hand (a lying or slow body), half-close, and read the whole answer."""
    import socket
    import time

    with socket.create_connection(("127.0.0.1", web.port), timeout=timeout) as sock:
        sock.sendall(head)
        for piece in body_pieces:
            sock.sendall(piece)
            time.sleep(pause)
        sock.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def test_a_body_shorter_than_its_content_length_is_400_not_a_hang(served):
    web, _ = served
    body = b"Headline\n\nBody of the story.\n"
    headers = signed_headers(TEST_SECRET, "msg_short", body)
    head = ("POST /ingest/webhooks/wire/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
            f"Content-Length: {len(body) + 500}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n").encode()
    answer = raw_request(web, head, [body])
    assert answer.startswith(b"HTTP/1.1 400") or answer.startswith(b"HTTP/1.0 400"), answer[:300]
    assert b"Content-Length declared" in answer
    assert not Delivery.objects.filter(webhook_id="msg_short").exists()


def test_a_body_that_trickles_in_past_the_read_limit_is_408(wire_source, redis_server, tmp_path):
    web = WebServer(tmp_path / "web.log", redis_server.url, extra_env={"INGEST_BODY_READ_SECONDS": "1"})
    try:
        body = b"x" * (3 * 64 * 1024)
        headers = signed_headers(TEST_SECRET, "msg_slow", body)
        head = ("POST /ingest/webhooks/wire/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                f"Content-Length: {len(body)}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n").encode()
        pieces = [body[i:i + 64 * 1024] for i in range(0, len(body), 64 * 1024)]
        answer = raw_request(web, head, pieces, pause=0.8)
        assert b" 408 " in answer.split(b"\r\n", 1)[0], answer[:300]
    finally:
        web.stop()
