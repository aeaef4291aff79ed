"""Prometheus metrics: what the web and worker processes count, and what a scrape reads live.

Counted where it happens (prometheus-client):
- `newsroom_deliveries_received_total{source}`: webhook deliveries stored (web processes);
- `newsroom_deliveries_processed_total{source,outcome}`: deliveries finished by a worker,
  outcome `done`, `duplicate` or `failed`;
- `newsroom_pipeline_step_seconds{step}`: a histogram per step, parse, clean, normalize, store.

Read at scrape time (so every host's work shows, whoever serves the scrape):
- `newsroom_queue_depth{queue}`: messages waiting in each broker queue (urgent, celery);
- `newsroom_deliveries_unprocessed{status}`: received, queued or processing rows;
- `newsroom_oldest_unprocessed_delivery_age_seconds`;
- `newsroom_up{dependency}`: 1 when the database / the broker answered the scrape.

gunicorn runs several processes and Celery forks its pool, so counters live in
prometheus-client's multiprocess mode: every process writes to files in
PROMETHEUS_MULTIPROC_DIR and `/metrics` adds them up. The web and the workers
must share that folder (one host, or a shared volume as compose.yaml does);
empty it before the processes start (the compose `migrate` step and `make run` do).
"""
from __future__ import annotations

import logging
import os
import time
from contextlib import contextmanager

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily

STEPS = ("parse", "clean", "normalize", "store")
logger = logging.getLogger("ingest.metrics")

DELIVERIES_RECEIVED = Counter(
    "newsroom_deliveries_received", "Webhook deliveries stored, per source.", ["source"]
)
DELIVERIES_PROCESSED = Counter(
    "newsroom_deliveries_processed", "Deliveries a worker finished, per source and outcome (done, duplicate, failed).",
    ["source", "outcome"],
)
STEP_SECONDS = Histogram(
    "newsroom_pipeline_step_seconds", "Seconds one delivery spent in each processing step.", ["step"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
)


def _safely(record) -> None:
    """Counting never costs a delivery: a metrics folder that is missing or full is logged, not raised."""
    try:
        record()
    except Exception as exc:  # noqa: BLE001 - OSError from the multiprocess files, or anything else
        logger.warning("metrics not recorded: %s: %s", type(exc).__name__, exc)


def delivery_received(source: str) -> None:
    _safely(lambda: DELIVERIES_RECEIVED.labels(source=source).inc())


def delivery_finished(source: str, outcome: str) -> None:
    _safely(lambda: DELIVERIES_PROCESSED.labels(source=source, outcome=str(outcome)).inc())


@contextmanager
def step_timer(step: str, timings: dict[str, float]):
    """Time `step` into `timings`, then record every step of this delivery in the histogram."""
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[step] = time.perf_counter() - started
        for name, seconds in timings.items():
            _safely(lambda: STEP_SECONDS.labels(step=name).observe(seconds))


class BacklogCollector:
    """Queue depths and the unprocessed backlog, read from Redis and the database at each scrape."""

    def collect(self):
        from django.db import DatabaseError
        from django.db.models import Count, Min
        from django.utils import timezone
        from redis import RedisError

        from ingest import broker
        from ingest.models import Delivery

        up = GaugeMetricFamily("newsroom_up", "1 when the dependency answered this scrape.", labels=["dependency"])
        try:
            depths = broker.queue_depths()
        except RedisError:
            up.add_metric(["broker"], 0)
        else:
            up.add_metric(["broker"], 1)
            depth = GaugeMetricFamily("newsroom_queue_depth", "Messages waiting in each broker queue.", labels=["queue"])
            for queue, count in depths.items():
                depth.add_metric([queue], count)
            yield depth

        unfinished = (Delivery.Status.RECEIVED, Delivery.Status.QUEUED, Delivery.Status.PROCESSING)
        try:
            rows = Delivery.objects.filter(status__in=unfinished).values("status").annotate(n=Count("id"), oldest=Min("received_at"))
            rows = list(rows.order_by())
        except DatabaseError:
            up.add_metric(["database"], 0)
        else:
            up.add_metric(["database"], 1)
            by_status = GaugeMetricFamily(
                "newsroom_deliveries_unprocessed", "Deliveries not finished yet, per status.", labels=["status"]
            )
            counts = {row["status"]: row["n"] for row in rows}
            for status in unfinished:
                by_status.add_metric([status], counts.get(status, 0))
            yield by_status
            oldest = min((row["oldest"] for row in rows), default=None)
            age = (timezone.now() - oldest).total_seconds() if oldest else 0.0
            yield GaugeMetricFamily(
                "newsroom_oldest_unprocessed_delivery_age_seconds",
                "Age of the oldest delivery not finished yet (0 when none waits).", value=max(age, 0.0),
            )
        yield up


def registry() -> CollectorRegistry:
    """A registry for one scrape: every process's counters (multiprocess mode) or this one's, plus the backlog."""
    from prometheus_client import REGISTRY

    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        scrape = CollectorRegistry()
        multiprocess.MultiProcessCollector(scrape)
    else:
        scrape = CollectorRegistry()
        scrape.register(_ProcessLocal(REGISTRY))
    scrape.register(BacklogCollector())
    return scrape


class _ProcessLocal:
    """This process's own metrics (no multiprocess folder: one process serves and counts, as in tests)."""

    def __init__(self, source):
        self.source = source

    def collect(self):
        return self.source.collect()
