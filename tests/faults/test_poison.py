"""A poison delivery (its parser raises) fails once, with its error, and the queue behind it keeps moving."""
from __future__ import annotations

import time

import pytest

from ingest import services
from ingest.models import Delivery

from .conftest import enqueue_on, start_worker, wait_until_finished

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def receive(source, webhook_id, body, content_type):
    return services.delivery_receive(source=source, webhook_id=webhook_id, body=body, content_type=content_type,
                                     headers={}, enqueue=False).delivery.pk


def test_poison_fails_once_and_does_not_block(wire_source, redis_server, tmp_path):
    poison = [
        receive(wire_source, "msg_poison_json", b'{"uri": "x", "headline": [[[[', "application/json"),
        receive(wire_source, "msg_poison_xml", b"<nitf><head><title>unclosed", "application/nitf+xml"),
    ]
    good = [
        receive(wire_source, f"msg_good_{n}", f"Good story {n}\n\nLONDON (Reuters) \u2014 Fine copy {n}.\n".encode(),
                "text/plain; charset=utf-8")
        for n in range(5)
    ]
    enqueue_on(redis_server.url, poison + good)  # the poison first, one worker process: it must not block
    worker = start_worker(tmp_path, "worker", redis_server.url, concurrency=1,
                          extra_env={"CELERY_VISIBILITY_TIMEOUT": "3", "CELERY_UNACKED_RESTORE_INTERVAL": "1",
                                     "CELERY_UNACKED_RESTORE_THROTTLE": "1"})
    try:
        wait_until_finished(poison + good, timeout=60)
        time.sleep(4)  # past the visibility timeout: a poison message left unacked would come back now
    finally:
        worker.stop()

    for delivery in Delivery.objects.filter(pk__in=poison):
        assert delivery.status == Delivery.Status.FAILED
        assert delivery.attempts == 1
        assert delivery.last_error.startswith("ParseError:"), delivery.last_error
    assert set(Delivery.objects.filter(pk__in=good).values_list("status", flat=True)) == {Delivery.Status.DONE}
    assert worker.log_path.read_text().count("delivery failed:") == len(poison)
