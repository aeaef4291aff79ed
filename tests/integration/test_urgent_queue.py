"""Urgent first, and scale-out: two real worker processes on the real Redis.

A backfill of ordinary deliveries waits in the default queue; flashes arrive
after it, and the workers take them first (before they start, and while they
are busy with the backfill). The two workers share the backfill, each
delivery is finished by exactly one of them, and every story is stored once.
"""
import json

import pytest

from ingest import services
from ingest.models import Delivery, Story
from tests.conftest import WorkerProcess, wait_for
from tests.faults.conftest import wait_until_finished

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

BACKFILL = 600
# Messages a worker may hold when a flash arrives: the task it is running and one reserved (prefetch 1).
IN_FLIGHT_PER_WORKER = 2


def ordinary(n: int) -> bytes:
    return (f"Council approves budget item {n}\n\n"
            f"OSLO (Reuters) - The council approved item {n} of the budget on Friday after a long debate.\n\n"
            f"The vote on item {n} was 7 to 2. Members will meet again next week.\n").encode()


def receive(source, webhook_id: str, body: bytes, content_type="text/plain; charset=utf-8", enqueue=True) -> int:
    return services.delivery_receive(source=source, webhook_id=webhook_id, body=body, content_type=content_type,
                                     headers={}, enqueue=enqueue).delivery.pk


def finished_order() -> list[int]:
    return list(Delivery.objects.exclude(processed_at=None).order_by("processed_at", "pk").values_list("pk", flat=True))


def done_count() -> int:
    return Delivery.objects.exclude(processed_at=None).count()


def finished_by(worker: WorkerProcess) -> set[int]:
    ids = set()
    for line in worker.log_text().splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            if record.get("message") in ("delivery done", "delivery duplicate", "delivery failed"):
                ids.add(int(record["delivery_id"]))
    return ids


def test_flashes_overtake_a_backfill_and_two_workers_share_it_without_duplicates(wire_source, tmp_path):
    backfill = [receive(wire_source, f"backfill-{n}", ordinary(n), enqueue=False) for n in range(BACKFILL)]
    for delivery_id in backfill:
        assert services.delivery_enqueue(delivery_id)
    # Arrived after the whole backfill was queued, before any worker runs.
    early_flashes = [
        receive(wire_source, "flash-1", b"FLASH: Earthquake strikes off the coast\n\nTOKYO (AP) - A strong earthquake struck.\n"),
        receive(wire_source, "flash-2", json.dumps({"uri": "urn:test:flash-2", "version": "1", "urgency": 1,
                                                     "headline": "Dam bursts in the north", "body_text": "A dam burst."}).encode(),
                "application/json"),
    ]
    assert all(Delivery.objects.filter(pk__in=early_flashes, urgent=True).values_list("urgent", flat=True))

    workers = [WorkerProcess(tmp_path / f"worker-{n}.log", concurrency=1, extra_env={"LOG_FORMAT": "json"}) for n in range(2)]
    try:
        for worker in workers:
            worker.wait_ready()
        # While both are busy with the backfill, another flash arrives.
        wait_for(lambda: done_count() >= 20, timeout=120)
        late_flash = receive(wire_source, "flash-3", b"BREAKING: Bridge collapses in the capital\n\nOSLO (Reuters) - A bridge fell.\n")
        # Counted once the flash is in the queue: whatever finishes after this but before the flash was
        # already running or reserved then (storing the flash may wait for SQLite's write lock meanwhile).
        done_before = done_count()
        waiting_then = BACKFILL + len(early_flashes) - done_before
        wait_until_finished(backfill + early_flashes + [late_flash], timeout=600)
    finally:
        for worker in workers:
            worker.stop()

    order = finished_order()
    # Without the urgent queue the early flashes would come after all 600 and the late one after those still waiting.
    assert max(order.index(pk) for pk in early_flashes) < len(workers) * IN_FLIGHT_PER_WORKER
    assert waiting_then > 100, "the backfill was nearly done when the late flash came: nothing to overtake"
    assert order.index(late_flash) - done_before < len(workers) * IN_FLIGHT_PER_WORKER

    assert Delivery.objects.get(pk=late_flash).story.urgency == 2  # from its BREAKING label
    # Scale-out: both workers took part, no delivery was finished twice, every story is stored once.
    shares = [finished_by(worker) for worker in workers]
    assert all(len(share) > BACKFILL // 10 for share in shares), [len(s) for s in shares]
    assert not shares[0] & shares[1]
    assert shares[0] | shares[1] == set(backfill + early_flashes + [late_flash])
    assert Delivery.objects.filter(status=Delivery.Status.DONE).count() == BACKFILL + 3
    assert Story.objects.count() == BACKFILL + 3
    assert sorted(Story.objects.filter(urgency__lte=2).values_list("urgency", flat=True)) == [1, 1, 2]
