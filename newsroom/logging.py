"""Structured (JSON) logs that carry the delivery id from the webhook to the story.

One log line per event, as JSON, so an operator can follow a delivery with a
single filter (`delivery_id=123`) across the web process and the workers. The
id travels in a context variable: the webhook view sets it once the delivery is
stored, the Celery task sets it before processing, and every log record made in
between (parser, cleaner, story upsert) carries it without being passed along.

Signing secrets must never reach a log: a filter masks anything shaped like a
Standard Webhooks secret, whatever logged it.
"""
from __future__ import annotations

import contextlib
import contextvars
import logging
import re
from collections.abc import Iterator

from pythonjsonlogger.json import JsonFormatter

current_delivery_id: contextvars.ContextVar[int | None] = contextvars.ContextVar("delivery_id", default=None)

_SECRET = re.compile(r"(whsec_|whsk_)[A-Za-z0-9+/=_-]+")


@contextlib.contextmanager
def delivery_context(delivery_id: int | None) -> Iterator[None]:
    """Log records made inside this block carry `delivery_id`."""
    token = current_delivery_id.set(delivery_id)
    try:
        yield
    finally:
        current_delivery_id.reset(token)


def redact_secrets(text: str) -> str:
    return _SECRET.sub(lambda match: match.group(1) + "[redacted]", text)


class DeliveryContextFilter(logging.Filter):
    """Adds `delivery_id` from the context unless the call passed one in `extra`."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "delivery_id", None) is None:
            record.delivery_id = current_delivery_id.get()
        return True


class RedactSecretsFilter(logging.Filter):
    """Masks signing secrets in the message and its arguments before any handler formats them."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed call must not lose the line
            message = str(record.msg)
        redacted = redact_secrets(message)
        if redacted != message or record.args:
            record.msg, record.args = redacted, None
        return True


class NewsroomJsonFormatter(JsonFormatter):
    """python-json-logger with the fields an operator filters on."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger", "asctime": "time"})
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s", *args, **kwargs)

    def process_log_record(self, log_data):
        # Drop empty context keys so lines outside a delivery stay short.
        if log_data.get("delivery_id") is None:
            log_data.pop("delivery_id", None)
        return super().process_log_record(log_data)
