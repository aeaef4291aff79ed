"""The worker's task wiring: database connections kept across tasks as Django keeps them across requests."""
from __future__ import annotations

import pytest
from celery.fixups.django import DjangoWorkerFixup
from celery.signals import task_postrun, task_prerun
from django.db import connection

from ingest.tasks import process_delivery
from newsroom.celery import app

pytestmark = pytest.mark.django_db(transaction=True)


def _run_task_signals(fixup: DjangoWorkerFixup) -> None:
    """What a worker does around one task: Celery's Django fix-up and this project's handlers, before and after."""
    fixup.on_task_prerun(sender=process_delivery)
    task_prerun.send(sender=process_delivery, task_id="t", task=process_delivery, args=(1,), kwargs={})
    fixup.on_task_postrun(sender=process_delivery)
    task_postrun.send(sender=process_delivery, task_id="t", task=process_delivery, args=(1,), kwargs={}, retval=None,
                      state="SUCCESS")


def test_a_worker_keeps_its_database_connection_from_task_to_task(monkeypatch):
    """Celery's fix-up closed every connection around every task (a new PostgreSQL backend per delivery) unless
    CELERY_DB_REUSE_MAX is set; with it, the connection lives as CONN_MAX_AGE says, as in a web process."""
    assert app.conf.get("CELERY_DB_REUSE_MAX", 0) >= 100
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", 60)
    fixup = DjangoWorkerFixup(app)
    connection.ensure_connection()
    connection.close_at = None  # as after a connect with CONN_MAX_AGE 60 (no expiry within this test)
    opened = connection.connection
    for _ in range(5):
        _run_task_signals(fixup)
        with connection.cursor() as cursor:  # the task's queries (after a health check of the kept connection)
            cursor.execute("SELECT 1")
    assert connection.connection is opened


def test_a_connection_an_error_left_unusable_is_closed_after_the_task(monkeypatch):
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", 60)
    connection.ensure_connection()
    connection.close_at = None
    connection.errors_occurred = True
    monkeypatch.setattr(connection, "is_usable", lambda: False)
    task_postrun.send(sender=process_delivery, task_id="t", task=process_delivery, args=(1,), kwargs={}, retval=None,
                      state="FAILURE")
    assert connection.connection is None


def test_with_conn_max_age_zero_each_task_still_gets_a_fresh_connection(monkeypatch):
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", 0)
    connection.ensure_connection()
    connection.close_at = 0  # what connect() sets for CONN_MAX_AGE 0: obsolete at once
    task_postrun.send(sender=process_delivery, task_id="t", task=process_delivery, args=(1,), kwargs={}, retval=None,
                      state="SUCCESS")
    assert connection.connection is None


@pytest.mark.parametrize("setting,loaded", [(None, True), ("1", True), ("0", False), ("off", False)])
def test_the_worker_loads_the_pipelines_data_before_its_pool_forks_unless_told_not_to(monkeypatch, setting, loaded):
    import gc

    from ingest import pipeline, tasks

    calls = []
    monkeypatch.setattr(pipeline, "warm_up", lambda: calls.append("warm_up"))
    monkeypatch.setattr(pipeline, "warm_up_data", lambda: calls.append("warm_up_data"))
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    if setting is None:
        monkeypatch.delenv("WORKER_PRELOAD", raising=False)
    else:
        monkeypatch.setenv("WORKER_PRELOAD", setting)
    tasks._warm_up_before_the_pool_forks()
    assert calls == (["warm_up", "warm_up_data", "freeze"] if loaded else ["warm_up", "freeze"])
