"""Celery tasks: thin wiring around services (serialization, retries, acks).

`process_delivery` is idempotent, so it runs with late acks and is requeued
when its worker dies (settings: CELERY_TASK_ACKS_LATE, _REJECT_ON_WORKER_LOST).
A database that is down or locked is retried with exponential backoff; when
the retries run out the failure is written on the Delivery for the admin.
"""
from __future__ import annotations

import gc
import logging
import os

from celery import Task, shared_task
from celery.signals import task_postrun, task_prerun, worker_init, worker_process_init
from django.db import IntegrityError, close_old_connections

from ingest import pipeline, services
from ingest.conf import ingest_setting
from ingest.services.deliveries import TRANSIENT_DB_ERRORS
from newsroom.logging import current_delivery_id, delivery_context

logger = logging.getLogger("ingest.tasks")


class DeliveryTask(Task):
    def on_retry(self, exc, task_id, args, kwargs, einfo):
        with delivery_context(args[0] if args else None):
            logger.warning("delivery task will retry: %s: %s", type(exc).__name__, exc,
                           extra={"retries": self.request.retries})

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        # Retries exhausted (or a time limit hit): make the failure visible in the admin.
        if args:
            with delivery_context(args[0]):
                logger.error("delivery task gave up, recording the failure: %s: %s", type(exc).__name__, exc)
                services.delivery_mark_failed(args[0], f"{type(exc).__name__}: {exc}")


@shared_task(
    base=DeliveryTask,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(*TRANSIENT_DB_ERRORS, IntegrityError),
    retry_backoff=ingest_setting("TASK_RETRY_BACKOFF"),
    retry_backoff_max=ingest_setting("TASK_RETRY_BACKOFF_MAX"),
    retry_jitter=True,
    max_retries=ingest_setting("TASK_MAX_RETRIES"),
)
def process_delivery(delivery_id: int) -> str:
    return services.delivery_process(delivery_id).status


@shared_task(ignore_result=True)
def sweep_deliveries() -> int:
    return services.deliveries_sweep()


@shared_task(ignore_result=True)
def learn_boilerplate() -> int:
    """Periodic: suggest rules for lines recurring across each source's recent stories."""
    return services.boilerplate_learn_all()


@task_prerun.connect(sender=process_delivery)
def _log_with_delivery_id(task_id=None, task=None, args=None, **kwargs):
    """Every line logged while the task runs, Celery's own included, carries the delivery id."""
    current_delivery_id.set(args[0] if args else None)


@task_postrun.connect(sender=process_delivery)
def _forget_delivery_id(**kwargs):
    current_delivery_id.set(None)


@worker_init.connect
def _warm_up_before_the_pool_forks(**kwargs):
    """The worker's main process builds the pipeline's tables and loads the data its steps read on first use
    (`pipeline.warm_up_data`: the page date reader's languages, the given names) before it forks its pool, so the
    pool processes share them instead of each paying for them in the middle of a burst (5 s of CPU a process;
    BENCHMARKS.md section 4, sixth look). `gc.freeze()` keeps the collector from touching (and so copying) those
    shared objects in every pool process. `WORKER_PRELOAD=0` skips the data (a test suite that starts dozens of
    short-lived workers, each then 5 s of CPU quicker to report ready)."""
    pipeline.warm_up()
    if os.environ.get("WORKER_PRELOAD", "1").strip().lower() not in ("0", "false", "no", "off"):
        pipeline.warm_up_data()
    gc.freeze()


@worker_process_init.connect
def _warm_up_the_pipeline(**kwargs):
    """Each pool process builds the pipeline's tables as it starts, not on the first delivery it takes (a pool
    forked from a warmed main process finds them built; a pool that is not forked builds them here)."""
    pipeline.warm_up()


@task_prerun.connect
@task_postrun.connect
def _close_old_connections(**kwargs):
    """Around every task, what Django does around every request: a connection past CONN_MAX_AGE, or one an error
    left unusable, is closed; the rest are kept (checked before their next use: CONN_HEALTH_CHECKS).

    Celery's own Django fix-up closed every connection before and after each task; CELERY_DB_REUSE_MAX (settings)
    turns that off but for a close every that many tasks. With CONN_MAX_AGE 0 (development) this still closes
    them after each task.
    """
    close_old_connections()
