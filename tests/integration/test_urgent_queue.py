"""Urgent first, and scale-out: two real worker processes on the real Redis.

A backfill of ordinary deliveries waits in the default queue; flashes arrive
after it, and the workers take them first (before they start, and while they
are busy with the backfill). The two workers share the backfill, each
delivery is finished by exactly one of them, and every story is stored once.
"""
import json
import logging

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


def log_time_now() -> str:
    """Now, written as the workers' log records write their time (same clock, same format, so comparable)."""
    return logging.Formatter().formatTime(logging.makeLogRecord({}))


def taken_log(workers: list[WorkerProcess]) -> list[tuple[str, int]]:
    """(time, delivery id) of each delivery a worker took off the queues, by time: its "received" record.

    Sorted by time alone (a stable sort): records in the same millisecond keep their worker's log order.
    """
    taken = []
    for worker in workers:
        for line in worker.log_text().splitlines():
            if line.startswith("{"):
                record = json.loads(line)
                if record.get("logger") == "celery.worker.strategy" and record["message"].endswith(" received"):
                    taken.append((record["time"], int(record["data"]["args"].strip("(),"))))
    return sorted(taken, key=lambda entry: entry[0])


def taken_by(worker: WorkerProcess) -> list[int]:
    """Deliveries one worker took, in its own order of taking (one process's log: no clock to compare)."""
    return [delivery_id for _, delivery_id in taken_log([worker])]


def taken_order(workers: list[WorkerProcess]) -> list[int]:
    """Deliveries in the order the workers took them off the queues (each worker's "received" log record).

    What urgent-first promises is the order of taking. The order of finishing also counts how long each
    task ran, which the first task of a process can stretch on a loaded machine.
    """
    return [delivery_id for _, delivery_id in taken_log(workers)]


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
        # Read once the flash is in the queue: whatever a worker takes after this but before the flash was
        # already on its way to it then (a fetch that crossed the flash's arrival).
        flash_queued_at = log_time_now()
        waiting_then = BACKFILL + len(early_flashes) - done_count()
        wait_until_finished(backfill + early_flashes + [late_flash], timeout=600)
    finally:
        for worker in workers:
            worker.stop()

    taken = taken_order(workers)
    # Without the urgent queue the early flashes would come after all 600 and the late one after those still waiting.
    assert sorted(taken) == sorted(backfill + early_flashes + [late_flash])  # each taken once, none redelivered
    # Each worker took the flashes waiting at its start before any backfill: its own log is its own order.
    for worker in workers:
        own = taken_by(worker)
        flashes_taken = [pk for pk in own if pk in early_flashes]
        assert own[:len(flashes_taken)] == flashes_taken, own[:5]
    # Across workers only log times compare, a few milliseconds apart between processes: a worker starting
    # beside one that already holds both flashes takes a backfill item in the same instant.
    assert max(taken.index(pk) for pk in early_flashes) < len(workers) * IN_FLIGHT_PER_WORKER
    assert waiting_then > 100, "the backfill was nearly done when the late flash came: nothing to overtake"
    taken_before_late_flash = sum(1 for time, _ in taken_log(workers) if time < flash_queued_at)
    assert taken.index(late_flash) - taken_before_late_flash < len(workers) * IN_FLIGHT_PER_WORKER

    assert Delivery.objects.get(pk=late_flash).story.urgency == 2  # from its BREAKING label
    # Scale-out: both workers took part, no delivery was finished twice, every story is stored once.
    shares = [finished_by(worker) for worker in workers]
    assert all(len(share) > BACKFILL // 10 for share in shares), [len(s) for s in shares]
    assert not shares[0] & shares[1]
    assert shares[0] | shares[1] == set(backfill + early_flashes + [late_flash])
    assert Delivery.objects.filter(status=Delivery.Status.DONE).count() == BACKFILL + 3
    assert Story.objects.count() == BACKFILL + 3
    assert sorted(Story.objects.filter(urgency__lte=2).values_list("urgency", flat=True)) == [1, 1, 2]
