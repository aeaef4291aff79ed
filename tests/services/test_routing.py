"""Enqueueing picks the queue: a delivery that looks urgent on arrival is published to `urgent` (real Redis)."""
import json

import pytest

from ingest import broker, services
from ingest.models import Delivery

pytestmark = pytest.mark.django_db

ORDINARY = b"Council approves budget\n\nOSLO (Reuters) - The council approved the budget on Friday.\n"
FLASH = b"FLASH: Earthquake strikes off the coast\n\nTOKYO (AP) - A strong earthquake struck on Monday.\n"




def _task_ids(client, queue) -> list[int]:
    """The delivery ids in a queue's messages (Celery's protocol 2 keeps the args' repr in the headers: "(12,)")."""
    return [int(json.loads(m)["headers"]["argsrepr"].strip("(),")) for m in client.lrange(queue, 0, -1)]


def test_urgent_and_ordinary_deliveries_go_to_their_queues(wire_source, queues, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ordinary = services.delivery_receive(source=wire_source, webhook_id="m1", body=ORDINARY, content_type="text/plain", headers={})
        flash = services.delivery_receive(source=wire_source, webhook_id="m2", body=FLASH, content_type="text/plain", headers={})
    assert Delivery.objects.get(pk=flash.delivery.pk).urgent and not Delivery.objects.get(pk=ordinary.delivery.pk).urgent
    assert broker.queue_depths() == {"urgent": 1, "celery": 1}
    assert _task_ids(queues, "urgent") == [flash.delivery.pk]
    assert _task_ids(queues, "celery") == [ordinary.delivery.pk]


def test_a_swept_urgent_delivery_goes_back_to_the_urgent_queue(wire_source, queues):
    outcome = services.delivery_receive(source=wire_source, webhook_id="m3", body=FLASH, content_type="text/plain",
                                        headers={}, enqueue=False)
    assert services.delivery_enqueue(outcome.delivery.pk)
    assert _task_ids(queues, "urgent") == [outcome.delivery.pk] and broker.queue_depths()["celery"] == 0


def _envelope_without_ids(raw: bytes) -> dict:
    """A queued message with what differs per message (its task and delivery ids) taken out, the ids checked."""
    message = json.loads(raw)
    headers, properties = message["headers"], message["properties"]
    task_id = headers.pop("id")
    assert headers.pop("root_id") == task_id and properties.pop("correlation_id") == task_id
    assert properties.pop("delivery_tag") != task_id
    return message


def test_the_webhooks_publish_writes_the_message_apply_async_writes(queues):
    """broker.publish_delivery builds process_delivery's message itself (one LPUSH): the same JSON envelope, headers,
    properties and body as Celery's apply_async puts in the same queue, but for the ids each message draws."""
    from ingest.tasks import process_delivery

    for urgent, queue in ((False, "celery"), (True, "urgent")):
        broker.publish_delivery(4217, urgent)
        process_delivery.apply_async((4217,), retry=False, queue=queue)
        ours, celerys = (_envelope_without_ids(raw) for raw in queues.lrange(queue, 0, -1)[::-1])
        assert ours == celerys
        assert ours["properties"]["delivery_info"] == {"exchange": "", "routing_key": queue}
        assert ours["headers"]["argsrepr"] == "(4217,)"


@pytest.mark.django_db(transaction=True)
def test_a_worker_runs_the_webhooks_message(wire_source, celery_worker_process, queues):
    """End to end through a real worker: a delivery published by the webhook's path is processed."""
    from tests.conftest import wait_for

    outcome = services.delivery_receive(source=wire_source, webhook_id="w1", body=ORDINARY, content_type="text/plain",
                                        headers={})
    wait_for(lambda: Delivery.objects.get(pk=outcome.delivery.pk).status == Delivery.Status.DONE)


def test_publish_fails_fast_with_the_broker_down(settings):
    import time

    import redis

    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    started = time.monotonic()
    with pytest.raises(redis.RedisError):
        broker.publish_delivery(1, False)
    assert time.monotonic() - started < 2
