"""What the Redis broker holds: the one read the health check and the sweep share."""
from __future__ import annotations

import redis
from celery import current_app
from django.conf import settings


def task_queue() -> str:
    return current_app.conf.task_default_queue or "celery"


def queue_depth(timeout: float = 1.0) -> int:
    """Messages waiting in the task queue; raises redis.RedisError when the broker cannot be reached."""
    client = redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_connect_timeout=timeout, socket_timeout=timeout)
    try:
        client.ping()
        return int(client.llen(task_queue()))
    finally:
        client.close()
