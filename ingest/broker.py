"""What the Redis broker holds: the one read the health check, the sweep and the metrics share.

Two task queues: `urgent` (flashes, bulletins, BREAKING labels: ingest/urgency.py) and
the default one. Workers list `urgent` first and the Redis transport keeps that order
(`queue_order_strategy: priority`), so each fetch takes an urgent message whenever one
waits: a flash never queues behind a backfill.
"""
from __future__ import annotations

import base64
import os
import uuid

import redis
from celery import current_app
from django.conf import settings
from kombu.utils.json import dumps as json_dumps
from redis.backoff import NoBackoff
from redis.retry import Retry

from ingest.redis_call import call

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


# --- Publishing a delivery's task: one LPUSH -----------------------------------------------------------

def publish_delivery(delivery_id: int, urgent: bool) -> None:
    """Send `process_delivery(delivery_id)` to its queue; raises when the broker refuses (the caller keeps the
    delivery for the sweep).

    The webhook's publish: Celery's `apply_async` built and routed the same message through a dozen layers
    (options, router, producer pool, kombu's Message and channel) for one LPUSH, about 0.45 ms of CPU a
    request, the largest single cost of a webhook (BENCHMARKS.md section 4, fourth look). Here the message
    is the one Celery's own builder (`app.amqp.as_task_v2`) makes, built once per process and copied with a
    new task id, and kombu's Redis envelope is written as kombu writes it (tests/services/test_routing.py
    compares the two, field by field, with `apply_async`'s). Only for a plain `redis://` broker without a
    key prefix (the transport settings.py selects), outside a Celery task; Sentinel, TLS, a prefixed broker and
    a publish from a task (the sweep, whose message Celery links to its own as parent) go through
    `apply_async` as before.
    """
    from ingest.tasks import process_delivery

    queue = queue_for(urgent)
    client = _lpush_client()
    if client is None or current_app.current_worker_task is not None:  # in a task (the sweep): Celery links parent ids
        process_delivery.apply_async((delivery_id,), retry=False, queue=queue)
        return
    task_id = str(uuid.uuid4())
    template = _template()
    headers = {**template["headers"], "id": task_id, "root_id": task_id, "argsrepr": f"({delivery_id!r},)"}
    body = json_dumps([[delivery_id], {}, template["embed"]])
    message = {
        "body": base64.b64encode(body.encode()).decode(),
        "content-encoding": "utf-8",
        "content-type": "application/json",
        "headers": headers,
        "properties": {
            "correlation_id": task_id,
            "reply_to": current_app.thread_oid,
            "delivery_mode": 2,
            "delivery_info": {"exchange": "", "routing_key": queue},
            "priority": 0,
            "body_encoding": "base64",
            "delivery_tag": str(uuid.uuid4()),
        },
    }
    call(client, "LPUSH", queue, json_dumps(message), retries=1)  # the client's one immediate retry (_lpush_client)


_templates: dict[int, dict] = {}


def _template() -> dict:
    """`process_delivery`'s message for this process as Celery builds it (headers and the body's embed), once."""
    cached = _templates.get(os.getpid())  # the origin header names the process
    if cached is None:
        from ingest.tasks import process_delivery

        message = current_app.amqp.as_task_v2(
            "", process_delivery.name, args=(0,), kwargs={},
            time_limit=process_delivery.time_limit, soft_time_limit=process_delivery.soft_time_limit,
            ignore_result=process_delivery.ignore_result,
        )
        cached = _templates[os.getpid()] = {"headers": message.headers, "embed": message.body[2]}
    return cached


_clients: dict[str, redis.Redis | None] = {}


def _lpush_client() -> redis.Redis | None:
    """A Redis client on the broker (its own connection pool, the transport's timeouts), or None when the
    broker is not a plain redis:// one kombu's Redis transport would write to unprefixed."""
    url = settings.CELERY_BROKER_URL
    if url not in _clients:
        options = getattr(settings, "CELERY_BROKER_TRANSPORT_OPTIONS", {}) or {}
        plain = url.startswith("redis://") and not options.get("global_keyprefix") and not options.get("master_name")
        # Timeouts as the transport's; one immediate retry, as its max_retries 1 and interval_start 0: with the
        # broker down the webhook still answers at once and the sweep publishes later.
        _clients[url] = redis.Redis.from_url(
            url, socket_connect_timeout=options.get("socket_connect_timeout"), socket_timeout=options.get("socket_timeout"),
            retry=Retry(NoBackoff(), 1),
        ) if plain else None
    return _clients[url]
