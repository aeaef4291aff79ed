"""The database locked while a task runs: retries with backoff, then ends failed with the error, shown in the admin.

The test holds a real lock from a connection of its own (SQLite: a write
transaction on the file; PostgreSQL: an ACCESS EXCLUSIVE table lock) with short
lock waits in the worker, releases it only after the task gave up, and reads
the outcome where an editor would: the Delivery's page in the admin.
"""
from __future__ import annotations

import contextlib
import sqlite3

import psycopg
import pytest
from django.db import connection

from ingest import services
from ingest.models import Delivery
from tests.conftest import wait_for

from .conftest import enqueue_on, start_worker

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

RETRIES = 2
QUICK_RETRIES = {
    "INGEST_TASK_MAX_RETRIES": str(RETRIES),
    "INGEST_TASK_RETRY_BACKOFF": "1",
    "SQLITE_BUSY_TIMEOUT": "0.3",
    "PGOPTIONS": "-c lock_timeout=300",
}


@contextlib.contextmanager
def database_locked():
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        holder = sqlite3.connect(settings["NAME"], isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # the write lock, held until rollback
        holder.execute("UPDATE ingest_delivery SET attempts = attempts")
    else:
        holder = psycopg.connect(host=settings.get("HOST") or "127.0.0.1", port=settings.get("PORT") or 5432,
                                 user=settings.get("USER") or "postgres", dbname=settings["NAME"])
        holder.execute("LOCK TABLE ingest_delivery IN ACCESS EXCLUSIVE MODE")
    try:
        yield
    finally:
        holder.rollback()
        holder.close()


def test_locked_database_retries_then_fails_visibly(wire_source, redis_server, tmp_path, admin_client):
    delivery = services.delivery_receive(
        source=wire_source, webhook_id="msg_locked", body=b"Storm nears coast\n\nMIAMI (AP) \xe2\x80\x94 A storm neared.\n",
        content_type="text/plain", headers={}, enqueue=False,
    ).delivery
    worker = start_worker(tmp_path, "worker", redis_server.url, concurrency=1, extra_env=QUICK_RETRIES)
    try:
        with database_locked():
            enqueue_on(redis_server.url, [delivery.pk])
            wait_for(lambda: "gave up, recording the failure" in worker.log_path.read_text(), timeout=60, interval=0.3)
            log = worker.log_path.read_text()
            assert log.count("delivery task will retry") == RETRIES
        # The lock is gone: the failure the task recorded while waiting is written.
        wait_for(lambda: Delivery.objects.get(pk=delivery.pk).status == Delivery.Status.FAILED, timeout=60, interval=0.3)
    finally:
        worker.stop()

    delivery.refresh_from_db()
    assert delivery.last_error.startswith("OperationalError:"), delivery.last_error
    assert "lock" in delivery.last_error.lower()
    page = admin_client.get(f"/admin/ingest/delivery/{delivery.pk}/change/")
    assert page.status_code == 200
    text = page.content.decode().lower()
    assert "field-last_error" in text and "operationalerror" in text and "lock" in text and "failed" in text
    listing = admin_client.get("/admin/ingest/delivery/?status__exact=failed")
    assert "msg_locked" in listing.content.decode()
