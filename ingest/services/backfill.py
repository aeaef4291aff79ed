"""Backfills: store many files as deliveries and hand them to the queue in batches.

`ingest_file --enqueue` over a folder of 10,000 files should neither run the
pipeline in one process nor cost a database write and a broker connection per
file. Each batch is one SELECT (which of these are stored already), one INSERT,
one UPDATE and one broker connection for its messages. A delivery's webhook-id
is derived from its bytes (`file-<sha256>`), so running the same command again
after an interruption skips what was stored and queues only the rest; a batch
stored but never queued (the broker went away) is picked up by the sweep.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from celery import current_app
from django.db import transaction
from django.utils import timezone

from ingest import broker
from ingest.models import Delivery, WireSource
from ingest.urgency import sniff_urgent


@dataclass
class BackfillFile:
    name: str
    body: bytes
    content_type: str

    @property
    def webhook_id(self) -> str:
        return file_webhook_id(self.body)


@dataclass
class BatchOutcome:
    stored: dict[str, int] = field(default_factory=dict)    # file name -> new delivery id
    skipped: dict[str, int] = field(default_factory=dict)   # file name -> delivery stored by an earlier run
    queued: int = 0


def file_webhook_id(body: bytes) -> str:
    return f"file-{hashlib.sha256(body).hexdigest()[:32]}"


def deliveries_store_batch(*, source: WireSource, files: list[BackfillFile]) -> BatchOutcome:
    """Store the files not stored yet (one query to find them, one insert); nothing is queued here."""
    outcome = BatchOutcome()
    ids = {f.webhook_id for f in files}
    existing = dict(Delivery.objects.filter(source=source, webhook_id__in=ids).values_list("webhook_id", "pk"))
    new: dict[str, Delivery] = {}
    for f in files:
        if f.webhook_id in existing:
            outcome.skipped[f.name] = existing[f.webhook_id]
        elif f.webhook_id not in new:  # the same bytes twice in one batch: one delivery
            new[f.webhook_id] = Delivery(
                source=source, webhook_id=f.webhook_id, body=f.body, size=len(f.body),
                sha256=hashlib.sha256(f.body).hexdigest(), content_type=f.content_type[:255],
                headers={"backfill-file": f.name[:1000]}, urgent=sniff_urgent(f.body),
            )
    with transaction.atomic():
        Delivery.objects.bulk_create(new.values(), batch_size=500, ignore_conflicts=True)
    stored = dict(Delivery.objects.filter(source=source, webhook_id__in=list(new)).values_list("webhook_id", "pk"))
    for f in files:
        if f.name not in outcome.skipped and f.webhook_id in stored:
            outcome.stored.setdefault(f.name, stored[f.webhook_id])
    return outcome


def deliveries_enqueue_batch(delivery_ids: list[int]) -> int:
    """Queue stored deliveries over one broker connection; returns how many were published.

    With the broker down, those not published go back to `received` for the
    sweep, and the error is raised for the caller to report.
    """
    rows = list(Delivery.objects.filter(pk__in=delivery_ids, status=Delivery.Status.RECEIVED).values_list("pk", "urgent"))
    Delivery.objects.filter(pk__in=[pk for pk, _ in rows], status=Delivery.Status.RECEIVED).update(
        status=Delivery.Status.QUEUED, queued_at=timezone.now()
    )
    from ingest.tasks import process_delivery

    published = 0
    try:
        with current_app.producer_or_acquire() as producer:
            for pk, urgent in rows:
                process_delivery.apply_async((pk,), producer=producer, queue=broker.queue_for(urgent), retry=False)
                published += 1
    except Exception:
        left = [pk for pk, _ in rows[published:]]
        Delivery.objects.filter(pk__in=left, status=Delivery.Status.QUEUED).update(status=Delivery.Status.RECEIVED)
        raise
    return published
