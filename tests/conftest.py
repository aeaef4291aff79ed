"""Shared fixtures. Real services only: a missing Redis or database stops the run loudly."""
from __future__ import annotations

import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Everything the tests read lives in the repository (tests/test_self_contained.py keeps it so).
SAMPLES = ROOT / "samples"
AEB_DEV = ROOT / "eval" / "aeb-dev"
NINJS_SCHEMAS = ROOT / "ingest" / "api" / "schemas"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_configure(config):
    """Fail the whole run, with how to fix it, when Redis or the database is unreachable."""
    from django.conf import settings

    import redis

    url = settings.CELERY_BROKER_URL
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=2)
        client.ping()
        client.flushdb()  # stale messages from an aborted run must not reach this run's workers
    except redis.RedisError as exc:
        pytest.exit(
            f"Redis is not reachable at {url} ({exc}). Start it with: "
            "redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no",
            returncode=3,
        )
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("postgresql"):
        import psycopg

        try:
            psycopg.connect(
                host=db.get("HOST") or "127.0.0.1", port=db.get("PORT") or 5432, user=db.get("USER") or "postgres",
                dbname="postgres", connect_timeout=3,
            ).close()
        except psycopg.Error as exc:
            pytest.exit(
                f"PostgreSQL is not reachable for DATABASE_URL ({exc}). Start it with: "
                "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
                returncode=3,
            )


DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback", "live_server"}


def reaches_the_database(item) -> bool:
    """A test reaches the database through pytest-django (its marker or a database fixture; without them
    pytest-django refuses any query), or, started as its own process, through DATABASE_URL (marked `database`)."""
    return bool(
        item.get_closest_marker("django_db")
        or item.get_closest_marker("database")
        or DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


def plain_tests_share() -> tuple[float, float] | None:
    """Which of the plain-function tests this pass runs, as a share [a, b) of them, or None for all of them.

    NEWSROOM_PLAIN_SHARE="a-b" (scripts/test.sh gives the PostgreSQL pass "0-0.6" and the SQLite pass "0.6-1", so
    each plain test runs once and the two passes take about as long); NEWSROOM_DATABASE_TESTS_ONLY=1 alone keeps none
    of them. Tests that reach the database are always kept."""
    share = os.environ.get("NEWSROOM_PLAIN_SHARE", "")
    if share:
        low, high = (float(part) for part in share.split("-"))
        return low, high
    return (0.0, 0.0) if os.environ.get("NEWSROOM_DATABASE_TESTS_ONLY") == "1" else None


def _share_key(nodeid: str) -> float:
    """A test's place in [0, 1), the same on every machine and in every run (its id's CRC-32)."""
    return zlib.crc32(nodeid.encode()) / 2 ** 32


def pytest_collection_modifyitems(config, items):
    """Each of `make test`'s passes runs every test that reaches the database and its share of the rest.

    Parsing, cleaning and normalizing are plain functions over plain data: their thousands of cases give the same
    answer whatever the database, so each runs once, in one pass or the other (`plain_tests_share`), and the two
    passes, at once on two cores, end at about the same time. A plain `pytest` runs everything.
    """
    share = plain_tests_share()
    if share is None:
        return
    kept, left_out = [], []
    for item in items:
        (kept if reaches_the_database(item) or share[0] <= _share_key(item.nodeid) < share[1] else left_out).append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
    items[:] = kept


@pytest.fixture
def sample_bytes() -> bytes:
    return (SAMPLES / "newslooks-rubio-lavrov.txt").read_bytes()


@pytest.fixture
def sample_expected() -> dict:
    import json

    return json.loads((SAMPLES / "expected.json").read_text())[0]["expected"]


@pytest.fixture
def wire_source(db):
    from ingest import services

    source, _, _ = services.source_create_or_update(slug="wire", name="Test wire", secret=TEST_SECRET)
    return source


TEST_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture
def post_signed(client):
    """POST a body to a source's webhook, signed as a Standard Webhooks sender would."""
    import uuid

    from ingest.webhooks.signature import signed_headers

    def post(slug: str, body: bytes, content_type="text/plain; charset=utf-8", secret=TEST_SECRET, webhook_id=None, timestamp=None):
        headers = signed_headers(secret, webhook_id or f"msg_{uuid.uuid4().hex}", body, timestamp)
        return client.post(
            f"/ingest/webhooks/{slug}/", data=body, content_type=content_type,
            headers={k: v for k, v in headers.items()},
        )

    return post


def database_url_for_subprocess() -> str:
    """The URL of the *test* database, for worker processes started by a test."""
    from django.db import connection

    s = connection.settings_dict
    if s["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{s['NAME']}"
    user = s.get("USER") or "postgres"
    return f"postgres://{user}@{s.get('HOST') or '127.0.0.1'}:{s.get('PORT') or 5432}/{s['NAME']}"


def subprocess_env(broker_url: str | None = None, extra_env: dict | None = None) -> dict:
    """Environment for a project process started by a test: the test database and the test broker."""
    from django.conf import settings

    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.test_settings",
        "DATABASE_URL": database_url_for_subprocess(),
        "TEST_REDIS_URL": broker_url or settings.CELERY_BROKER_URL,
        **(extra_env or {}),
    }


class ServiceProcess:
    """Any long-running command of the project (worker, web server, beat), logging to a file, ended by pid."""

    def __init__(self, argv: list[str], log_path: Path, env: dict):
        self.log_path = log_path
        self.log = open(log_path, "wb")
        self.process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


class WorkerProcess(ServiceProcess):
    """A real `celery worker` process on the test broker and test database."""

    def __init__(self, log_path: Path, concurrency: int = 1, extra_env: dict | None = None, broker_url: str | None = None):
        argv = [
            sys.executable, "-m", "celery", "-A", "newsroom", "worker", "--loglevel=INFO",
            f"--concurrency={concurrency}", "--pool=prefork", "--without-gossip", "--without-mingle",
            "--without-heartbeat", "-n", f"test-{os.getpid()}-{time.monotonic_ns()}@%h",
        ]
        # The data a worker loads before its pool forks (ingest.tasks, 5 s of CPU) is not loaded by the suite's dozens
        # of short-lived workers; tests/test_pipeline.py checks that load itself.
        super().__init__(argv, log_path, subprocess_env(broker_url, {"WORKER_PRELOAD": "0", **(extra_env or {})}))

    def wait_ready(self, timeout: float = 60.0) -> None:
        # A worker that does load it before forking (WORKER_PRELOAD on, as in production) says "ready." 5 s of CPU
        # later; on a loaded machine that takes a while.
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{self.log_text()[-3000:]}")
            if b"ready." in self.log_path.read_bytes():
                return
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready after {timeout}s:\n{self.log_text()[-3000:]}")


@pytest.fixture
def celery_worker_process(transactional_db, tmp_path):
    worker = WorkerProcess(tmp_path / "worker.log")
    try:
        worker.wait_ready()
        yield worker
    finally:
        worker.stop()


def wait_for(predicate, timeout: float = 30.0, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


@pytest.fixture
def queues():
    """The test broker's task queues, emptied before and after the test so no worker of another test gets these messages."""
    import redis
    from django.conf import settings

    from ingest import broker

    client = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    client.delete(*broker.task_queues())
    yield client
    client.delete(*broker.task_queues())
