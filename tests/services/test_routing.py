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
