"""Delivery writes: receive (store before acknowledging), enqueue, process, sweep, reprocess.

The Delivery table is the outbox: a row in `received` is durable intent, so a
broker outage or a killed worker delays a delivery but never loses it. Every
step here is safe to run twice or concurrently (Celery may redeliver).
"""
from __future__ import annotations

import hashlib
import logging
import re
import time
from contextlib import nullcontext
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from functools import partial

from django.db import DatabaseError, DataError, IntegrityError, InterfaceError, OperationalError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from redis import RedisError

from ingest import broker, metrics, pipeline, selectors
from ingest.conf import ingest_setting
from ingest.clean.budget import overrun_rule_ids
from ingest.items import StoryDraft
from ingest.models import BoilerplateRule, Delivery, WireSource
from ingest.urgency import sniff_urgent
from newsroom.logging import delivery_context, redact_secrets

from . import rows
from .stories import new_story_from_draft, story_upsert_from_draft

logger = logging.getLogger("ingest.deliveries")

# Headers worth keeping for audit; the signature itself is kept so a delivery can be re-verified.
_KEPT_HEADERS = ("content-type", "content-length", "user-agent", "webhook-id", "webhook-timestamp", "webhook-signature", "x-forwarded-for")
_FINISHED = (Delivery.Status.DONE, Delivery.Status.DUPLICATE, Delivery.Status.FAILED)
# Errors that say "the database is down or busy", worth retrying; anything else is the payload's.
TRANSIENT_DB_ERRORS = (OperationalError, InterfaceError)


@dataclass
class DeliveryOutcome:
    delivery: Delivery
    created: bool
    conflict: bool = False


def _text_safe(text: str, limit: int) -> str:
    """No NUL or other control characters (PostgreSQL refuses NUL in text), at most `limit` characters.

    Printable text (every header of an ordinary delivery) is returned as it is: the character-by-character
    filter ran for each of a webhook's headers, a measurable share of its time under load.
    """
    if text.isprintable():
        return text[:limit]
    return "".join(ch for ch in text if ch.isprintable() or ch in "\t\n")[:limit]


def delivery_receive(
    *, source: WireSource, webhook_id: str, body: bytes, content_type: str, headers: dict, enqueue: bool = True
) -> DeliveryOutcome:
    """Store the raw request; enqueue processing once the row is committed.

    A repeated webhook-id is the sender retrying: it gets the first delivery
    back and no new work (but a first delivery still waiting for the broker is
    enqueued again). The same id with a different body is a conflict.

    The row is written `queued` in one autocommitted INSERT and published right
    after it (`_publish` puts it back to `received`, for the sweep, when the
    broker refuses): three database round trips and a second commit less per
    webhook than writing `received` and updating it, which is most of what
    intake costs under load. A web process killed between the INSERT and the
    publish leaves a `queued` row without a message, which the sweep sends again
    once it is stale and the broker's queue has drained (`deliveries_sweep`).
    """
    digest = hashlib.sha256(body).hexdigest()
    kept = {k.lower(): _text_safe(str(v), 1000) for k, v in headers.items() if k.lower() in _KEPT_HEADERS}
    urgent = sniff_urgent(body)
    delivery = Delivery(
        source=source, webhook_id=webhook_id, body=body, size=len(body), sha256=digest,
        content_type=_text_safe(content_type, 255), headers=kept, urgent=urgent,
        status=Delivery.Status.QUEUED if enqueue else Delivery.Status.RECEIVED,
        queued_at=timezone.now() if enqueue else None,
    )
    try:
        with _one_statement():
            # One INSERT built once where RETURNING exists (rows.receive: a repeated webhook-id inserts nothing).
            created = _receive_row(delivery) if rows.available() else _orm_insert(delivery)
    except IntegrityError:
        existing = Delivery.objects.filter(source=source, webhook_id=webhook_id).first()
        if existing is None:
            raise  # not a repeated webhook-id (the source was deleted meanwhile): the view answers 503, the sender retries
    else:
        existing = None if created else Delivery.objects.filter(source=source, webhook_id=webhook_id).first()
        if not created and existing is None:  # the row the INSERT met was deleted before this read: 503, the sender retries
            raise IntegrityError(f"delivery {webhook_id!r} was neither stored nor found")
    if existing is not None:
        conflict = existing.sha256 != digest
        if enqueue and not conflict and existing.status == Delivery.Status.RECEIVED:
            delivery_enqueue(existing.pk)
        return DeliveryOutcome(existing, created=False, conflict=conflict)
    if enqueue:
        # Runs at once in autocommit (the INSERT is committed); inside a caller's transaction, after it commits.
        transaction.on_commit(partial(_publish, delivery.pk, urgent))
    logger.info("delivery received", extra={"delivery_id": delivery.pk, "source": source.slug, "size": len(body)})
    metrics.delivery_received(source.slug)
    return DeliveryOutcome(delivery, created=True)


def _receive_row(delivery: Delivery) -> bool:
    """`rows.receive`, without Django's per-request health check in front of it when the INSERT is autocommitted.

    With CONN_HEALTH_CHECKS a request's first statement on a reused connection is preceded by `SELECT 1`: one
    more round trip and about 0.1 ms of CPU per webhook, whose source is usually remembered by the process
    (`selectors.webhook_source`), so the INSERT is that first statement. Here the INSERT is the check: when it
    fails and the connection turns out unusable (PostgreSQL restarted, an idle connection dropped), the
    connection is closed and the INSERT sent once more on a new one, which is what the health check would have
    done before it. The INSERT can be sent twice safely: it is `ON CONFLICT DO NOTHING`, so a first attempt that
    committed before its connection died comes back as a repeated webhook-id (the same body: 200, and the
    sweep sends its task). A usable connection's error (a timeout, a constraint) raises as before. Inside a
    caller's transaction (tests, the admin) nothing changes: the connection is already checked there.
    """
    if connection.in_atomic_block or connection.connection is None or not connection.health_check_enabled:
        return rows.receive(delivery)
    connection.health_check_done = True  # this request's check is the INSERT itself
    try:
        return rows.receive(delivery)
    except TRANSIENT_DB_ERRORS:
        if connection.is_usable():
            raise
        connection.close()
    return rows.receive(delivery)  # on a new connection


def _orm_insert(delivery: Delivery) -> bool:
    """The ORM's INSERT (a database without RETURNING); a repeated webhook-id raises IntegrityError."""
    delivery.save(force_insert=True)
    return True


def _one_statement():
    """A savepoint inside a caller's transaction (so a duplicate webhook-id leaves it usable), else nothing.

    Outside any transaction the INSERT is its own autocommitted statement: one round trip, where
    `atomic()` would add a BEGIN and a COMMIT.
    """
    return transaction.atomic() if connection.in_atomic_block else nullcontext()


def delivery_enqueue(delivery_id: int) -> bool:
    """Hand a stored delivery to Celery (sweep, reprocess, a sender's retry). With the broker down it stays `received`."""
    Delivery.objects.filter(pk=delivery_id, status=Delivery.Status.RECEIVED).update(
        status=Delivery.Status.QUEUED, queued_at=timezone.now()
    )
    urgent = Delivery.objects.filter(pk=delivery_id, urgent=True).exists()
    return _publish(delivery_id, urgent)


def _publish(delivery_id: int, urgent: bool) -> bool:
    """Send the task for a `queued` delivery; when the broker is unreachable, put it back to `received` for the sweep."""
    try:
        broker.publish_delivery(delivery_id, urgent)
    except Exception as exc:  # broker unreachable: kombu raises several unrelated types
        Delivery.objects.filter(pk=delivery_id, status=Delivery.Status.QUEUED).update(status=Delivery.Status.RECEIVED)
        logger.warning("broker unavailable, delivery left for the sweep: %s", exc, extra={"delivery_id": delivery_id})
        return False
    return True


def _claim(delivery_id: int) -> Delivery | None:
    """Mark the delivery as being processed; None when it is already finished.

    A delivery found `processing` is taken over: its previous worker died
    (Celery redelivers unacked messages). `attempts` bounds a delivery that
    kills every worker that touches it.
    """
    # The usual case in one autocommitted UPDATE (one round trip): it takes the row lock and, under a
    # concurrent run, re-reads the row before deciding, as SELECT ... FOR UPDATE would. The statement's
    # BEGIN, SELECT and COMMIT were a fifth of a delivery's database round trips. Its RETURNING hands back
    # the delivery and its source, which a second SELECT read before (rows.claim). Autocommitted, apart from
    # the store's transaction, so the attempt is counted even when the worker dies mid-parse.
    if rows.available():
        claimed = _claim_row(delivery_id)
        if claimed is not None:
            return claimed
    elif (
        Delivery.objects.filter(pk=delivery_id, attempts__lt=ingest_setting("MAX_ATTEMPTS"))
        .exclude(status__in=_FINISHED)
        .update(status=Delivery.Status.PROCESSING, attempts=F("attempts") + 1)
    ):
        return Delivery.objects.select_related("source").get(pk=delivery_id)
    with transaction.atomic():  # finished, out of attempts, or gone: decide under the row lock
        delivery = Delivery.objects.select_for_update().get(pk=delivery_id)
        if delivery.status in _FINISHED:
            return None
        if delivery.attempts >= ingest_setting("MAX_ATTEMPTS"):
            _fail(delivery, f"gave up after {delivery.attempts} attempts that never finished "
                            "(the worker was lost or the database was unavailable each time)")
            return None
        delivery.status = Delivery.Status.PROCESSING
        delivery.attempts += 1
        delivery.save(update_fields=["status", "attempts"])
    return delivery


def _claim_row(delivery_id: int) -> Delivery | None:
    """`rows.claim`, without Django's health check (`SELECT 1`) in front of it: the claim is the task's first statement
    on a connection the worker keeps between tasks, and `close_old_connections()` around every task asks for a new
    check each time (one round trip per delivery). As for the webhook's INSERT (`_receive_row`), the claim is the check:
    when it fails and the connection turns out unusable, the connection is closed and the claim sent once more on a
    new one, which is what the check did before it. Sending it twice is safe: a first claim that committed before its
    connection died has only counted one attempt more (the delivery is `processing`, which the second claim takes
    over). A usable connection's error raises as before (the task retries)."""
    max_attempts = ingest_setting("MAX_ATTEMPTS")
    if connection.in_atomic_block or connection.connection is None or not connection.health_check_enabled:
        return rows.claim(delivery_id, max_attempts, _FINISHED)
    connection.health_check_done = True  # this task's check is the claim itself
    try:
        return rows.claim(delivery_id, max_attempts, _FINISHED)
    except TRANSIENT_DB_ERRORS:
        if connection.is_usable():
            raise
        connection.close()
    return rows.claim(delivery_id, max_attempts, _FINISHED)  # on a new connection


def delivery_process(delivery_id: int) -> Delivery:
    """Parse, clean, normalize and upsert; idempotent, so a redelivered task is harmless.

    The pure pipeline runs outside any transaction (no lock held while parsing).
    Its errors are the payload's: the delivery fails once, with the message, and
    is not retried. Database outages propagate so the task retries with backoff.
    """
    with delivery_context(delivery_id):
        delivery = _claim(delivery_id)
        if delivery is None:
            return Delivery.objects.get(pk=delivery_id)
        timings: dict[str, float] = {}
        try:
            drafts = pipeline.run(
                bytes(delivery.body), delivery.content_type,
                selectors.pipeline_options(delivery.source, getattr(delivery, "editor_rules", None)), timings=timings,
            )
        except TRANSIENT_DB_ERRORS:
            raise  # reading the source's rules hit the database
        except Exception as exc:  # noqa: BLE001 - whatever a parser raises, this payload fails, the worker lives
            logger.warning("delivery failed: %s: %s", type(exc).__name__, exc)
            return _fail(delivery, f"{type(exc).__name__}: {exc}")
        try:
            with metrics.step_timer("store", timings):
                return _store_drafts(delivery, drafts)
        except TRANSIENT_DB_ERRORS:
            raise
        except (DataError, ValueError) as exc:  # a field the database refuses (too long, NUL byte)
            logger.warning("delivery failed: the database refused a field: %s", exc)
            return _fail(Delivery.objects.get(pk=delivery_id), f"{type(exc).__name__}: {exc}")


# C0 and C1 controls (no copy lives there; PostgreSQL refuses NUL), and the bidi embeddings, overrides
# and isolates (U+202A-U+202E, U+2066-U+2069): one U+202E in a headline reverses how the rest reads
# ("Trojan Source"), in the admin and on every partner's page.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _storable(value):
    """Strings without control characters or bidi overrides, whatever field of the story they are in."""
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    if isinstance(value, list):
        return [_storable(v) for v in value]
    if isinstance(value, dict):
        return {k: _storable(v) for k, v in value.items()}
    return value


def storable_draft(draft: StoryDraft) -> StoryDraft:
    return replace(draft, **{f.name: _storable(getattr(draft, f.name)) for f in fields(draft)})


class _FinishedElsewhere(Exception):
    """A concurrent run finished the delivery first: this batch's transaction is rolled back (its writes are the same)."""


def _store_drafts(delivery: Delivery, drafts: list[StoryDraft]) -> Delivery:
    """Upsert the stories in short batches, each its own transaction; the last one also finishes the delivery.

    One transaction for a whole delivery held the database's write lock (SQLite's is global) for as
    long as hundreds of stories took, and every other source's webhook waited. A batch commits in a
    moment; a run that dies between batches is harmless, since the upsert is idempotent by
    source + guid + version and the retried task stores the same batches again (writing nothing new).
    The delivery is marked finished in the last batch's transaction (for the usual one-story delivery,
    its only one): a commit and a row lock fewer per delivery than a transaction of its own.

    The delivery is written last in each batch, and only while it is still `processing`: the UPDATE takes
    its row lock and re-reads it, so a concurrent run that finished it first wins and this batch is rolled
    back (the stories it wrote are the same ones, idempotent). The SELECT ... FOR UPDATE that opened each
    batch to find that out first is gone: a round trip, and the delivery's body read a second time.
    """
    delivery_id = delivery.pk
    if len(drafts) == 1 and rows.one_statement_store() and _store_one_new_story(delivery, drafts[0]):
        return delivery
    size = max(1, int(ingest_setting("STORE_BATCH_SIZE")))
    batches = [drafts[start:start + size] for start in range(0, len(drafts), size)] or [[]]
    changed_any = False
    story = None
    try:
        for number, batch in enumerate(batches, start=1):
            with transaction.atomic():
                batch_changed = False
                for draft in batch:
                    story, changed = story_upsert_from_draft(source=delivery.source, draft=storable_draft(draft))
                    batch_changed = batch_changed or changed
                    _count_rule_hits(draft.removed)
                    _count_rule_overruns(draft.flagged)
                still_processing = Delivery.objects.filter(pk=delivery_id, status=Delivery.Status.PROCESSING)
                if number < len(batches):
                    # A story link set while still processing tells a retried run that this one stored stories
                    # (committed with the batch, for the retry to see), so the delivery ends `done`.
                    if not (still_processing.update(story=story) if batch_changed else still_processing.exists()):
                        raise _FinishedElsewhere
                    changed_any = changed_any or batch_changed
                    continue
                changed_any = changed_any or batch_changed
                delivery.story = story
                delivery.format = drafts[0].format[:16] if drafts else ""
                delivery.processed_at = timezone.now()
                if not _finish(delivery, changed=changed_any):
                    raise _FinishedElsewhere
    except _FinishedElsewhere:
        return Delivery.objects.select_related("source").get(pk=delivery_id)
    logger.info("delivery %s", delivery.status, extra={"story_id": story.pk if story else None, "stories": len(drafts)})
    metrics.delivery_finished(delivery.source.slug, delivery.status)
    return delivery


def _store_one_new_story(delivery: Delivery, draft: StoryDraft) -> bool:
    """The usual delivery, one story with a new guid, in one autocommitted statement (`rows.store_new_story`: the story,
    its history row, the delivery finished, the editor rules' hits). False, with nothing written, for anything else
    (a known guid, a later take, a rule that overran its budget, a delivery another run finished): the batches below
    decide those as before."""
    if overrun_rule_ids(draft.flagged):
        return False
    story = new_story_from_draft(source=delivery.source, draft=storable_draft(draft))
    if story is None:
        return False
    delivery.format = draft.format[:16]
    delivery.processed_at = timezone.now()
    if not rows.store_new_story(delivery, story, _rule_hits(draft.removed)):
        return False
    logger.info("delivery %s", delivery.status, extra={"story_id": story.pk, "stories": 1})
    metrics.delivery_finished(delivery.source.slug, delivery.status)
    return True


def _finish(delivery: Delivery, *, changed: bool) -> bool:
    """Write the finished delivery if it is still `processing`: `done` when this run, or an earlier attempt of it
    (it set the story link), stored something, else `duplicate`. False when another run finished it meanwhile."""
    if rows.available():
        return rows.finish(delivery, changed=changed)
    current = Delivery.objects.select_for_update().filter(pk=delivery.pk).values_list("status", "story_id").first()
    if current is None or current[0] != Delivery.Status.PROCESSING:
        return False
    delivery.status = Delivery.Status.DONE if changed or current[1] is not None else Delivery.Status.DUPLICATE
    delivery.last_error = ""
    delivery.save(update_fields=["story", "format", "status", "last_error", "processed_at"])
    return True


def delivery_mark_failed(delivery_id: int, error: str, *, wait_seconds: float | None = None) -> bool:
    """Record a failure that outlived the task's retries (database down, time limit).

    The database may still be down when retries run out, so the write itself
    is retried for a while; if it never succeeds the row stays `processing`
    and the sweep picks it up again later. Returns whether it was recorded.
    """
    wait_seconds = ingest_setting("MARK_FAILED_WAIT_SECONDS") if wait_seconds is None else wait_seconds
    deadline = time.monotonic() + wait_seconds
    delay = 0.5
    while True:
        try:
            Delivery.objects.filter(pk=delivery_id).exclude(status__in=[Delivery.Status.DONE, Delivery.Status.DUPLICATE]).update(
                status=Delivery.Status.FAILED, last_error=_text_safe(redact_secrets(error), 5000),
                processed_at=timezone.now(),
            )
            logger.error("delivery failed after retries: %s", error, extra={"delivery_id": delivery_id})
            return True
        except DatabaseError as exc:
            if time.monotonic() + delay > deadline:
                logger.error("could not record the failure, the sweep will retry: %s", exc, extra={"delivery_id": delivery_id})
                return False
            _close_broken_connection()
            time.sleep(delay)
            delay = min(delay * 2, 5)


def _close_broken_connection() -> None:
    from django.db import connection

    try:
        connection.close()
    except DatabaseError:
        pass


def _fail(delivery: Delivery, error: str) -> Delivery:
    delivery.status = Delivery.Status.FAILED
    delivery.last_error = _text_safe(redact_secrets(error), 5000)
    delivery.processed_at = timezone.now()
    delivery.save(update_fields=["status", "last_error", "processed_at"])
    metrics.delivery_finished(delivery.source.slug, Delivery.Status.FAILED)
    return delivery


def _rule_hits(removed: list[dict]) -> dict[int, int]:
    """How many of a story's removals each editor rule (or learned rule) made."""
    hits: dict[int, int] = {}
    for piece in removed:
        rule = piece.get("rule", "")
        if rule.startswith(("rule:", "learned:")):
            rule_id = int(rule.split(":", 1)[1])
            hits[rule_id] = hits.get(rule_id, 0) + 1
    return hits


def _count_rule_hits(removed: list[dict]) -> None:
    for rule_id, count in _rule_hits(removed).items():
        BoilerplateRule.objects.filter(pk=rule_id).update(hit_count=F("hit_count") + count)


def _count_rule_overruns(flagged: list[dict]) -> None:
    """A regex that used up its time budget on this story counts an overrun; too many and it is turned off.

    Turned off, not deleted: the rules list tells editors which and why, and saving the rule again
    (after simplifying it) turns it back on with the count cleared.
    """
    limit = ingest_setting("RULE_OVERRUNS_BEFORE_DISABLE")
    for rule_id in set(overrun_rule_ids(flagged)):
        BoilerplateRule.objects.filter(pk=rule_id).update(overrun_count=F("overrun_count") + 1)
        turned_off = BoilerplateRule.objects.filter(pk=rule_id, active=True, overrun_count__gte=limit).update(
            active=False,
            disabled_reason=f"Turned off on {timezone.now():%Y-%m-%d %H:%M} UTC: it ran out of its time budget on "
                            f"{limit} stories (catastrophic backtracking?). Simplify the pattern and save it to turn it on.",
        )
        if turned_off:
            logger.warning("boilerplate rule %s turned off: it keeps overrunning its time budget", rule_id,
                           extra={"rule_id": rule_id})


def delivery_reprocess(delivery: Delivery) -> None:
    """Run a delivery again after a rule or parser fix."""
    # The story link is cleared too: it tells a retried run that an earlier attempt of *this run* stored stories.
    Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.RECEIVED, attempts=0, last_error="", story=None)
    transaction.on_commit(partial(delivery_enqueue, delivery.pk))


def deliveries_sweep() -> int:
    """Re-enqueue deliveries never queued (broker was down) or stuck (worker died).

    A delivery `queued` for long may only be waiting behind a backlog, so it is
    sent again only once the broker's queue has drained: by then its message can
    only have been lost (a worker killed between taking it and recording it as
    unacknowledged). A burst of deliveries is never sent twice over.
    """
    now = timezone.now()
    stale = now - timedelta(seconds=ingest_setting("STALE_AFTER_SECONDS"))
    lost = Q(status=Delivery.Status.PROCESSING, queued_at__lt=stale)
    if _broker_queue_drained():
        lost |= Q(status=Delivery.Status.QUEUED, queued_at__lt=stale)
    pending = Delivery.objects.filter(
        Q(status=Delivery.Status.RECEIVED, received_at__lt=now - timedelta(seconds=ingest_setting("SWEEP_GRACE_SECONDS")))
        | lost
    ).order_by("received_at").values_list("pk", flat=True)[:1000]
    count = 0
    for delivery_id in list(pending):
        Delivery.objects.filter(pk=delivery_id, status=Delivery.Status.QUEUED).update(status=Delivery.Status.RECEIVED)
        # A stuck `processing` row keeps its status (the task takes it over) but is not swept again at once.
        Delivery.objects.filter(pk=delivery_id, status=Delivery.Status.PROCESSING).update(queued_at=now)
        if delivery_enqueue(delivery_id):
            count += 1
        else:
            break  # broker still down; try again next sweep
    if count:
        logger.info("sweep re-enqueued %d deliveries", count, extra={"count": count})
    return count


def _broker_queue_drained() -> bool:
    try:
        return broker.queue_depth() == 0
    except RedisError:
        return False  # unreachable: nothing can be sent now anyway
