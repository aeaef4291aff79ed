"""The webhook's answers: every refusal a JSON `detail` with the right 4xx, nothing stored that was refused."""
from __future__ import annotations

import io
import json
import time
import uuid
from datetime import timedelta

import pytest
from django.db import OperationalError
from django.test import override_settings
from django.test.client import ClientHandler, RequestFactory
from django.utils import timezone

from ingest import services
from ingest.models import Delivery
from ingest.webhooks.signature import generate_secret, signed_headers
from tests.conftest import TEST_SECRET

pytestmark = pytest.mark.django_db

BODY = b"HEADLINE\n\nWASHINGTON (AP) \xe2\x80\x94 Copy.\n"


def ingest_settings(**overrides):
    from django.conf import settings

    return override_settings(INGEST={**settings.INGEST, **overrides})


def assert_error(response, status, fragment=""):
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    detail = json.loads(response.content)["detail"]
    assert fragment.lower() in detail.lower(), detail
    return detail


class CountingStream(io.RawIOBase):
    """A WSGI input that yields `total` bytes (endless when None) and counts what was read."""

    def __init__(self, total: int | None = None, data: bytes | None = None):
        self.data = data
        self.total = len(data) if data is not None else total
        self.read_bytes = 0

    def read(self, size=-1):
        remaining = None if self.total is None else self.total - self.read_bytes
        if size is None or size < 0:
            if remaining is None:
                raise AssertionError("the view tried to read an endless body whole")
            size = remaining
        if remaining is not None:
            size = min(size, remaining)
        if self.data is not None:
            piece = self.data[self.read_bytes:self.read_bytes + size]
        else:
            piece = b"x" * size
        self.read_bytes += len(piece)
        return piece


def raw_post(slug, stream, headers=None, content_length=None, chunked=False, terminated=True, content_type="text/plain",
             remote_addr="127.0.0.1"):
    """Run a request through Django's full handler with a hand-made WSGI environ (chunked bodies, lying lengths)."""
    extra = {"wsgi.input": stream, "CONTENT_TYPE": content_type, "REQUEST_METHOD": "POST",
             "PATH_INFO": f"/ingest/webhooks/{slug}/", "REMOTE_ADDR": remote_addr}
    for name, value in (headers or {}).items():
        extra["HTTP_" + name.upper().replace("-", "_")] = value
    if chunked:
        extra["HTTP_TRANSFER_ENCODING"] = "chunked"
        extra["wsgi.input_terminated"] = terminated
    environ = RequestFactory()._base_environ(**extra)
    environ.pop("CONTENT_LENGTH", None)
    if content_length is not None:
        environ["CONTENT_LENGTH"] = str(content_length)
    return ClientHandler(enforce_csrf_checks=False)(environ)


def test_signed_delivery_is_stored_verbatim_then_acknowledged(wire_source, post_signed):
    response = post_signed("wire", BODY)
    assert response.status_code == 202
    assert response.json()["status"] == "queued"
    delivery = Delivery.objects.get(pk=response.json()["delivery"])
    assert bytes(delivery.body) == BODY and delivery.size == len(BODY)
    assert "webhook-signature" in delivery.headers


def test_unknown_and_inactive_sources_are_404(wire_source, post_signed):
    assert_error(post_signed("nobody", BODY), 404, "unknown or inactive")
    wire_source.active = False
    wire_source.save()
    assert_error(post_signed("wire", BODY), 404, "unknown or inactive")
    assert not Delivery.objects.exists()


@pytest.mark.parametrize("content_type", ["image/png", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", ""])
def test_content_types_outside_the_allow_list_are_415(wire_source, post_signed, content_type):
    assert_error(post_signed("wire", BODY, content_type=content_type), 415, "unsupported content type")
    assert not Delivery.objects.exists()


@pytest.mark.parametrize("content_type", ["text/plain", "TEXT/PLAIN; charset=ISO-8859-1", "application/json", "application/nitf+xml"])
def test_allowed_content_types_with_parameters(wire_source, post_signed, content_type):
    # ASCII: the test client re-encodes bodies to a declared charset.
    assert post_signed("wire", b"HEADLINE\n\nCopy.\n", content_type=content_type).status_code == 202


def test_bad_signature_and_missing_headers_are_401_and_store_nothing(wire_source, post_signed, client):
    assert_error(post_signed("wire", BODY, secret=generate_secret()), 401, "no webhook-signature matches")
    assert_error(client.post("/ingest/webhooks/wire/", BODY, content_type="text/plain"), 401, "missing")
    assert not Delivery.objects.exists()


def test_stale_and_future_timestamps_are_401(wire_source, post_signed):
    assert_error(post_signed("wire", BODY, timestamp=int(time.time()) - 301), 401, "tolerance")
    assert_error(post_signed("wire", BODY, timestamp=int(time.time()) + 301), 401, "tolerance")
    with ingest_settings(TIMESTAMP_TOLERANCE_SECONDS=3600):
        assert post_signed("wire", BODY, timestamp=int(time.time()) - 1800).status_code == 202


def test_replayed_webhook_id(wire_source, post_signed):
    first = post_signed("wire", BODY, webhook_id="msg_replay")
    assert first.status_code == 202
    # The sender retrying: the first delivery, no new work.
    again = post_signed("wire", BODY, webhook_id="msg_replay")
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert again.json()["delivery"] == first.json()["delivery"]
    # The same id with another body (validly signed): refused, nothing replaced.
    forged = post_signed("wire", BODY + b"EXTRA", webhook_id="msg_replay")
    assert_error(forged, 409, "different body")
    assert Delivery.objects.count() == 1 and bytes(Delivery.objects.get().body) == BODY


def test_captured_request_replayed_after_the_tolerance_is_401(wire_source, client):
    headers = signed_headers(TEST_SECRET, "msg_captured", BODY, int(time.time()) - 600)
    response = client.post("/ingest/webhooks/wire/", BODY, content_type="text/plain", headers=headers)
    assert_error(response, 401, "tolerance")


def test_two_live_secrets_during_rotation(wire_source, post_signed):
    new_secret = services.source_rotate_secret(source=wire_source)
    assert post_signed("wire", BODY, secret=TEST_SECRET).status_code == 202  # old, within grace
    assert post_signed("wire", BODY + b"2", secret=new_secret).status_code == 202
    wire_source.refresh_from_db()
    wire_source.previous_secret_expires_at = timezone.now() - timedelta(seconds=1)
    wire_source.save()
    assert_error(post_signed("wire", BODY + b"3", secret=TEST_SECRET), 401)
    assert post_signed("wire", BODY + b"4", secret=new_secret).status_code == 202


def test_declared_oversize_is_413_before_reading(wire_source):
    stream = CountingStream(total=None)
    with ingest_settings(MAX_BODY_BYTES=1000):
        response = raw_post("wire", stream, content_length=5000)
    assert_error(response, 413, "exceeds the 1000-byte limit")
    assert stream.read_bytes == 0


def test_oversize_through_the_client_is_413(wire_source, post_signed):
    with ingest_settings(MAX_BODY_BYTES=1000):
        assert_error(post_signed("wire", b"y" * 1001), 413)
        assert post_signed("wire", b"y" * 1000).status_code == 202


def test_chunked_oversize_is_refused_while_reading(wire_source):
    """No Content-Length: the body is read a piece at a time and refused once past the limit."""
    stream = CountingStream(total=None)
    with ingest_settings(MAX_BODY_BYTES=100_000):
        response = raw_post("wire", stream, chunked=True)
    assert_error(response, 413, "exceeds the 100000-byte limit")
    assert 100_000 < stream.read_bytes <= 100_001
    assert not Delivery.objects.exists()


def test_chunked_body_within_the_limit_is_accepted(wire_source):
    headers = signed_headers(TEST_SECRET, "msg_chunked", BODY)
    response = raw_post("wire", CountingStream(data=BODY), headers=headers, chunked=True)
    assert response.status_code == 202, response.content
    assert bytes(Delivery.objects.get(webhook_id="msg_chunked").body) == BODY


def test_chunked_without_a_terminating_server_is_411(wire_source):
    response = raw_post("wire", CountingStream(data=BODY), chunked=True, terminated=False)
    assert_error(response, 411, "Content-Length")


def test_bad_content_length_and_empty_body_are_400(wire_source, post_signed):
    assert_error(raw_post("wire", CountingStream(data=BODY), content_length="ten"), 400, "not a number")
    assert_error(post_signed("wire", b"  \n"), 400, "empty body")


@pytest.fixture
def fresh_source(db):
    """A source of its own, so rate-limit counters in the shared Redis never carry over between tests."""
    source, _, _ = services.source_create_or_update(slug=f"rl-{uuid.uuid4().hex[:10]}", secret=TEST_SECRET)
    return source


def test_rate_limit_per_source_429_with_retry_after(fresh_source, wire_source, post_signed):
    with ingest_settings(RATE_LIMIT="1000/m", SOURCE_RATE_LIMITS={fresh_source.slug: "3/m"}):
        for n in range(3):
            assert post_signed(fresh_source.slug, BODY + bytes([65 + n])).status_code == 202
        limited = post_signed(fresh_source.slug, BODY + b"Z")
        assert_error(limited, 429, "rate limit of 3")
        assert 1 <= int(limited["Retry-After"]) <= 120  # a sliding window: at most two periods away
        # Another source has its own budget.
        assert post_signed("wire", BODY).status_code == 202
    assert Delivery.objects.filter(source=fresh_source).count() == 3


def test_unsigned_requests_do_not_spend_a_sources_budget(fresh_source, post_signed):
    with ingest_settings(SOURCE_RATE_LIMITS={fresh_source.slug: "2/m"}):
        for _ in range(5):
            assert post_signed(fresh_source.slug, BODY, secret=generate_secret()).status_code == 401
        assert post_signed(fresh_source.slug, BODY).status_code == 202


def test_rate_limiter_fails_open_when_redis_is_down(fresh_source, post_signed):
    with ingest_settings(SOURCE_RATE_LIMITS={fresh_source.slug: "1/m"}, RATE_LIMIT_REDIS_URL="redis://127.0.0.1:1/0"):
        started = time.monotonic()
        assert post_signed(fresh_source.slug, BODY).status_code == 202
        assert post_signed(fresh_source.slug, BODY + b"2").status_code == 202
        assert time.monotonic() - started < 5


def test_database_down_while_storing_is_503_not_500(wire_source, post_signed, monkeypatch):
    def down(**kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(services, "delivery_receive", down)
    response = post_signed("wire", BODY)
    assert_error(response, 503, "could not be stored")
    assert response["Retry-After"]


def test_head_probe(wire_source, client):
    assert client.head("/ingest/webhooks/wire/").status_code == 200
    assert client.head("/ingest/webhooks/nobody/").status_code == 404
    assert client.get("/ingest/webhooks/wire/").status_code == 405


class _BodyNeverRead(io.BytesIO):
    def read(self, *args):  # noqa: D401 - a refused client's body must not be read at all
        raise AssertionError("the body of a refused client was read")


def test_a_client_sending_bad_signatures_is_refused_before_its_body_is_read(fresh_source, client):
    address = f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.7"  # its own counter in the shared Redis
    bad = signed_headers(generate_secret(), "msg_bad", BODY)
    with ingest_settings(FAILED_SIGNATURE_LIMIT="3/m"):
        codes = [client.post(f"/ingest/webhooks/{fresh_source.slug}/", data=BODY, content_type="text/plain",
                             headers=bad, REMOTE_ADDR=address).status_code for _ in range(4)]
        assert codes == [401, 401, 401, 429]
        refused = raw_post(fresh_source.slug, _BodyNeverRead(BODY), content_length=str(len(BODY)), remote_addr=address)
        assert_error(refused, 429, "badly signed")
        assert 1 <= int(refused["Retry-After"]) <= 120
        # Another address, and a partner signing correctly from it, are not affected.
        good = signed_headers(TEST_SECRET, "msg_good", BODY)
        assert client.post(f"/ingest/webhooks/{fresh_source.slug}/", data=BODY, content_type="text/plain",
                           headers=good, REMOTE_ADDR="10.250.250.1").status_code == 202


# --- the remembered source (selectors.webhook_source) ---------------------------------------------


def source_reads(queries) -> int:
    return sum('FROM "ingest_wiresource"' in query["sql"] for query in queries.captured_queries)


def test_a_source_is_read_once_while_remembered(wire_source, post_signed, django_assert_num_queries):
    assert post_signed("wire", BODY).status_code == 202
    with django_assert_num_queries(3) as queries:  # the Delivery's INSERT (in a savepoint, the test's transaction)
        assert post_signed("wire", BODY).status_code == 202
    assert source_reads(queries) == 0


def test_a_secret_rotated_by_another_process_counts_at_once(wire_source, post_signed):
    assert post_signed("wire", BODY).status_code == 202  # remembered with the old secret
    new_secret = generate_secret()
    type(wire_source).objects.filter(pk=wire_source.pk).update(signing_secret=new_secret)  # no signal: as elsewhere
    assert post_signed("wire", BODY, secret=new_secret).status_code == 202
    assert_error(post_signed("wire", BODY), 401, "signature")  # the old one, no longer live (no grace period here)


def test_a_source_deactivated_by_another_process_refuses_a_failing_signature(wire_source, post_signed):
    assert post_signed("wire", BODY).status_code == 202
    new_secret = generate_secret()
    type(wire_source).objects.filter(pk=wire_source.pk).update(active=False, signing_secret=new_secret)
    assert_error(post_signed("wire", BODY, secret=new_secret), 401, "signature")  # read afresh: inactive


def test_saving_a_source_forgets_it_at_once(wire_source, post_signed):
    assert post_signed("wire", BODY).status_code == 202
    wire_source.active = False
    wire_source.save()
    assert_error(post_signed("wire", BODY), 404, "unknown or inactive")


def test_without_remembering_the_source_is_read_each_time(wire_source, post_signed, django_assert_num_queries):
    with ingest_settings(SOURCE_CACHE_SECONDS=0):
        assert post_signed("wire", BODY).status_code == 202
        with django_assert_num_queries(4) as queries:
            assert post_signed("wire", BODY).status_code == 202
        assert source_reads(queries) == 1


@pytest.mark.django_db(transaction=True)
def test_a_source_deleted_by_another_process_is_a_503_to_retry_not_a_500(wire_source, post_signed):
    from django.db import connection

    assert post_signed("wire", BODY).status_code == 202  # remembered
    with connection.cursor() as cursor:  # deleted elsewhere: no signal reaches this process
        cursor.execute("DELETE FROM ingest_delivery")
        cursor.execute("DELETE FROM ingest_wiresource")
    assert_error(post_signed("wire", BODY), 503, "retry later")


# --- the webhook's lean path (newsroom/middleware.py; the INSERT as the connection's health check) ------------


def test_the_webhook_skips_the_browser_middleware_but_not_security_or_allowed_hosts(wire_source, post_signed, client):
    response = post_signed("wire", BODY)
    assert response.status_code == 202
    assert response["X-Content-Type-Options"] == "nosniff"  # SecurityMiddleware still answers
    assert not response.has_header("X-Frame-Options") and not response.cookies  # no clickjacking, session or CSRF layers
    unslashed = client.get("/ingest/webhooks/wire")  # not the view's path: the whole chain, its slash redirect too
    assert unslashed.status_code == 301 and unslashed["Location"].endswith("/ingest/webhooks/wire/")
    assert client.get("/healthz").has_header("X-Frame-Options")  # every other path keeps the whole chain
    body = BODY + b"x"
    stranger = client.post("/ingest/webhooks/wire/", data=body, content_type="text/plain", HTTP_HOST="evil.example",
                           headers=signed_headers(TEST_SECRET, "msg_host", body))
    assert stranger.status_code == 400  # ALLOWED_HOSTS, as CommonMiddleware checks it
    assert not Delivery.objects.filter(webhook_id="msg_host").exists()


def _terminate_own_backend():
    from django.db import connection

    import psycopg

    pid = connection.connection.info.backend_pid
    params = connection.get_connection_params()
    with psycopg.connect(**{k: v for k, v in params.items() if k not in ("cursor_factory", "context")}, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with psycopg.connect(**{k: v for k, v in params.items() if k not in ("cursor_factory", "context")}, autocommit=True) as other:
            if not other.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone():
                return
        time.sleep(0.05)


@pytest.mark.django_db(transaction=True)
def test_a_dropped_database_connection_is_reopened_for_the_delivery(wire_source, post_signed):
    """No `SELECT 1` before the INSERT: the INSERT is the check, sent again on a new connection when the old one died."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("terminates a PostgreSQL backend")
    assert post_signed("wire", BODY).status_code == 202  # the source remembered: the INSERT is the first statement
    connection.health_check_done = False  # as at the start of a request on a reused connection
    with CaptureQueriesContext(connection) as queries:
        assert post_signed("wire", BODY).status_code == 202
    assert not any(query["sql"].strip().upper() == "SELECT 1" for query in queries.captured_queries)
    _terminate_own_backend()  # PostgreSQL restarted, or an idle connection dropped
    connection.health_check_done = False
    response = post_signed("wire", BODY)
    assert response.status_code == 202, response.content
    assert Delivery.objects.filter(pk=int(response.json()["delivery"])).exists()
    assert Delivery.objects.count() == 3
