"""A worker SIGKILLed in the middle of a batch: after a new worker starts, every delivery is done exactly once.

Two mechanisms bring the dead worker's messages back, as in production:
Redis's (unacked messages return after the visibility timeout, with late acks
and reject-on-worker-lost) and the beat sweep, for the message the worker had
popped but not yet recorded as unacked when it died (kombu's BRPOP gap: such a
message is gone from Redis, its Delivery row still says `queued`). The
idempotent task takes over deliveries the dead worker left `processing`.
"""
from __future__ import annotations

import pytest
from django.utils import timezone

from ingest import services
from ingest.models import Delivery, Story
from tests.conftest import wait_for

from .conftest import enqueue_on, kill_hard, start_beat, start_worker, wait_until_finished

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

BATCH = 500
SHORT_TIMEOUTS = {
    "CELERY_VISIBILITY_TIMEOUT": "8", "CELERY_UNACKED_RESTORE_INTERVAL": "1", "CELERY_UNACKED_RESTORE_THROTTLE": "1",
    "INGEST_SWEEP_SECONDS": "2", "INGEST_STALE_AFTER_SECONDS": "15",
}


def story_body(n: int) -> bytes:
    return (
        f"Council approves budget number {n}\n\n"
        f"SPRINGFIELD (AP) \u2014 The council approved spending plan {n} on Monday after a long debate.\n\n"
        f"The vote on plan {n} was seven to two.\n"
    ).encode()


def queued_batch(source, broker_url: str, prefix: str, count: int) -> list[int]:
    """`count` stored deliveries, marked queued and published to the test's broker, as the webhook leaves them."""
    ids = [
        services.delivery_receive(source=source, webhook_id=f"{prefix}_{n}", body=story_body(n),
                                  content_type="text/plain; charset=utf-8", headers={}, enqueue=False).delivery.pk
        for n in range(count)
    ]
    Delivery.objects.filter(pk__in=ids).update(status=Delivery.Status.QUEUED, queued_at=timezone.now())
    enqueue_on(broker_url, ids)
    return ids


def finish_with_worker_and_beat(tmp_path, name: str, broker_url: str, ids: list[int], timeout: float) -> None:
    """Run a worker and beat (the sweep) until every delivery is finished; each must be done, with one story each."""
    worker = start_worker(tmp_path, name, broker_url, concurrency=2, extra_env=SHORT_TIMEOUTS)
    beat = start_beat(tmp_path, broker_url, extra_env=SHORT_TIMEOUTS)
    try:
        wait_until_finished(ids, timeout=timeout)
    finally:
        beat.stop()
        worker.stop()
    assert Delivery.objects.filter(pk__in=ids, status=Delivery.Status.DONE).count() == len(ids), list(
        Delivery.objects.exclude(status=Delivery.Status.DONE).values_list("id", "status", "last_error")[:5]
    )
    assert Story.objects.count() == len(ids)


def test_sigkill_mid_batch_loses_nothing_and_doubles_nothing(wire_source, redis_server, tmp_path):
    ids = queued_batch(wire_source, redis_server.url, "msg", BATCH)

    first = start_worker(tmp_path, "worker-1", redis_server.url, concurrency=2, extra_env=SHORT_TIMEOUTS)
    try:
        wait_for(lambda: Delivery.objects.filter(status=Delivery.Status.DONE).count() >= 60, timeout=120, interval=0.1)
    finally:
        kill_hard(first)
    done_before = Delivery.objects.filter(status=Delivery.Status.DONE).count()
    assert done_before < BATCH, "the worker finished before it could be killed; the test proves nothing"

    finish_with_worker_and_beat(tmp_path, "worker-2", redis_server.url, ids, timeout=180)
    assert Delivery.objects.values("story").distinct().count() == BATCH


def test_message_popped_by_a_worker_that_died_is_swept_back(wire_source, redis_server, tmp_path):
    """kombu's BRPOP gap, made deterministic: the message leaves Redis and no worker ever records it."""
    import redis

    ids = queued_batch(wire_source, redis_server.url, "gap", 5)
    assert redis.Redis.from_url(redis_server.url).rpop("celery") is not None  # what a dying worker's BRPOP takes

    finish_with_worker_and_beat(tmp_path, "worker", redis_server.url, ids, timeout=90)
