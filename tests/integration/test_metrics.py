"""GET /metrics after real deliveries: gunicorn (two processes) takes them, a real worker processes them,
and one scrape shows what every process counted (prometheus-client's multiprocess mode)."""
import sys
import urllib.error
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from ingest.models import Delivery
from ingest.webhooks.signature import signed_headers
from tests.conftest import TEST_SECRET, ServiceProcess, WorkerProcess, subprocess_env, wait_for
from tests.faults.conftest import wait_until_finished
from tests.test_run_script import free_port

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

TOKEN = "metrics-test-token"
GOOD = [f"Harbour reopens {n}\n\nOSLO (Reuters) - The harbour reopened on Friday, day {n}.\n".encode() for n in range(3)]
BROKEN_NITF = b"<nitf><head><title>Broken</title></head><body><body.content><p>Unclosed</body></nitf>"


def request(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}), timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def samples(text: str) -> dict:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def test_metrics_after_real_deliveries(wire_source, tmp_path):
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    env = {"PROMETHEUS_MULTIPROC_DIR": str(metrics_dir), "METRICS_TOKEN": TOKEN, "LOG_FORMAT": "json", "INGEST_RATE_LIMIT": "off"}
    port = free_port()
    web = ServiceProcess([sys.executable, "-m", "gunicorn", "newsroom.wsgi", "--workers", "2"], tmp_path / "web.log",
                         {**subprocess_env(extra_env=env), "PORT": str(port), "HOST": "127.0.0.1"})
    worker = WorkerProcess(tmp_path / "worker.log", extra_env=env)
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return request(f"{base}/healthz")[0] == 200
        except OSError:
            assert web.process.poll() is None, web.log_text()
            return False

    try:
        wait_for(up, timeout=60)
        worker.wait_ready()
        assert request(f"{base}/metrics")[0] == 401
        assert request(f"{base}/metrics", headers={"Authorization": "Bearer wrong"})[0] == 401

        posted = []
        for n, (body, content_type) in enumerate([(b, "text/plain; charset=utf-8") for b in GOOD] + [(BROKEN_NITF, "application/nitf+xml")]):
            headers = {**signed_headers(TEST_SECRET, f"msg_metrics_{n}", body), "Content-Type": content_type}
            status, _ = request(f"{base}/ingest/webhooks/wire/", body, headers)
            assert status == 202
            posted.append(n)
        wait_until_finished(Delivery.objects.values_list("pk", flat=True), timeout=120)

        status, text = request(f"{base}/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    finally:
        worker.stop()
        web.stop()
    assert status == 200
    found = samples(text.decode())
    source = (("source", "wire"),)
    assert found[("newsroom_deliveries_received_total", source)] == 4
    assert found[("newsroom_deliveries_processed_total", (("outcome", "done"), ("source", "wire")))] == 3
    assert found[("newsroom_deliveries_processed_total", (("outcome", "failed"), ("source", "wire")))] == 1
    for step in ("parse", "clean", "normalize", "store"):
        assert found[("newsroom_pipeline_step_seconds_count", (("step", step),))] == 3, step
        assert ("newsroom_pipeline_step_seconds_bucket", (("le", "0.1"), ("step", step))) in found
    assert found[("newsroom_queue_depth", (("queue", "urgent"),))] == 0
    assert found[("newsroom_queue_depth", (("queue", "celery"),))] == 0
    assert found[("newsroom_deliveries_unprocessed", (("status", "queued"),))] == 0
    assert found[("newsroom_oldest_unprocessed_delivery_age_seconds", ())] == 0
    assert found[("newsroom_up", (("dependency", "broker"),))] == 1
    assert found[("newsroom_up", (("dependency", "database"),))] == 1
