"""What the Redis broker holds: the one read the health check, the sweep and the metrics share.

Two task queues: `urgent` (flashes, bulletins, BREAKING labels: ingest/urgency.py) and
the default one. Workers list `urgent` first and the Redis transport keeps that order
(`queue_order_strategy: priority`), so each fetch takes an urgent message whenever one
waits: a flash never queues behind a backfill.
"""
from __future__ import annotations

import redis
from celery import current_app
from django.conf import settings

URGENT_QUEUE = "urgent"


def task_queue() -> str:
    """The default queue (everything that is not urgent)."""
    return current_app.conf.task_default_queue or "celery"


def task_queues() -> list[str]:
    """Every queue a worker consumes, most urgent first."""
    return [URGENT_QUEUE, task_queue()]


def queue_for(urgent: bool) -> str:
    return URGENT_QUEUE if urgent else task_queue()


def queue_depths(timeout: float = 1.0) -> dict[str, int]:
    """Messages waiting per queue; raises redis.RedisError when the broker cannot be reached."""
    client = redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_connect_timeout=timeout, socket_timeout=timeout)
    try:
        client.ping()
        pipe = client.pipeline(transaction=False)
        for name in task_queues():
            pipe.llen(name)
        return {name: int(depth) for name, depth in zip(task_queues(), pipe.execute())}
    finally:
        client.close()


def queue_depth(timeout: float = 1.0) -> int:
    """Messages waiting in all task queues; raises redis.RedisError when the broker cannot be reached."""
    return sum(queue_depths(timeout).values())
