"""Structured logs: one JSON object a line, and the delivery id follows a delivery from the webhook to its story."""
from __future__ import annotations

import io
import json
import logging
from contextlib import contextmanager

import pytest

from ingest import services
from newsroom.logging import DeliveryContextFilter, delivery_context

BODY = "Rail strike called off\n\nBERLIN (Reuters) \u2014 The union called off the strike.\n".encode()


@contextmanager
def console_lines():
    """The JSON lines the configured console handler writes (the real formatter and filters)."""
    handler = next(
        h for h in logging.getLogger().handlers
        if isinstance(h, logging.StreamHandler) and any(isinstance(f, DeliveryContextFilter) for f in h.filters)
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    lines: list[dict] = []
    try:
        yield lines
    finally:
        handler.setStream(previous)
        lines.extend(json.loads(line) for line in stream.getvalue().splitlines())


@pytest.mark.django_db
def test_delivery_id_travels_from_webhook_to_story(wire_source, post_signed):
    with console_lines() as lines:
        response = post_signed("wire", BODY)
        delivery = services.delivery_process(int(response.json()["delivery"]))
    delivery_id = delivery.pk
    received = next(line for line in lines if line["message"] == "delivery received")
    finished = next(line for line in lines if line["message"] == "delivery done")
    assert received["delivery_id"] == finished["delivery_id"] == delivery_id
    assert finished["story_id"] == delivery.story_id
    assert received["logger"] == "ingest.deliveries" and received["level"] == "INFO" and received["time"]


@pytest.mark.django_db
def test_failures_carry_the_delivery_id(wire_source, post_signed):
    with console_lines() as lines:
        response = post_signed("wire", b"<nitf><head><title>unclosed", content_type="application/nitf+xml")
        services.delivery_process(int(response.json()["delivery"]))
    failed = next(line for line in lines if line["message"].startswith("delivery failed"))
    assert failed["delivery_id"] == int(response.json()["delivery"]) and failed["level"] == "WARNING"


def test_any_logger_inside_a_delivery_carries_its_id():
    """A parser, the cleaner or the story upsert need not be handed the id to log it."""
    with console_lines() as lines:
        with delivery_context(42):
            logging.getLogger("ingest.parse.somewhere").warning("odd markup")
        logging.getLogger("ingest.parse.somewhere").warning("outside")
    assert lines[0]["delivery_id"] == 42 and lines[0]["message"] == "odd markup"
    assert "delivery_id" not in lines[1]
