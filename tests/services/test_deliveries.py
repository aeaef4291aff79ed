"""Delivery services: store before acknowledging, enqueue or leave for the sweep, process idempotently, fail clearly."""
from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import DataError, OperationalError
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerDown

from ingest import broker, services
from ingest.models import Delivery, Story
from ingest.parse import PARSERS
from ingest.services import deliveries

pytestmark = pytest.mark.django_db

BODY = "Bridge reopens\n\nOSLO (Reuters) \u2014 The bridge reopened on Friday.\n".encode()


@pytest.fixture
def published(monkeypatch):
    """Messages the services hand to the broker (recorded, not sent: no stray tasks for other tests' workers)."""
    sent: list[int] = []
    monkeypatch.setattr(broker, "publish_delivery", lambda delivery_id, urgent: sent.append(delivery_id))
    return sent


@pytest.fixture
def broker_down(monkeypatch):
    def refuse(delivery_id, urgent):
        raise BrokerDown("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(broker, "publish_delivery", refuse)


@pytest.fixture(autouse=True)
def broker_queue(monkeypatch):
    """The broker queue's depth as the sweep reads it (empty unless a test fills it)."""
    depth = {"messages": 0}
    monkeypatch.setattr(deliveries.broker, "queue_depth", lambda timeout=1.0: depth["messages"])
    return depth


def receive(source, webhook_id="msg_1", body=BODY, enqueue=True):
    return services.delivery_receive(source=source, webhook_id=webhook_id, body=body, content_type="text/plain",
                                     headers={"Webhook-Id": webhook_id, "Authorization": "Bearer x"}, enqueue=enqueue)


def age(delivery_id, seconds, field="received_at"):
    Delivery.objects.filter(pk=delivery_id).update(**{field: timezone.now() - timedelta(seconds=seconds)})


def test_receive_stores_then_enqueues_after_commit(wire_source, published, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        outcome = receive(wire_source)
    assert outcome.created and published == [outcome.delivery.pk]
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.QUEUED and delivery.queued_at
    assert "authorization" not in delivery.headers and delivery.headers["webhook-id"] == "msg_1"


def test_broker_down_leaves_the_delivery_received(wire_source, broker_down, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        outcome = receive(wire_source)
    assert Delivery.objects.get(pk=outcome.delivery.pk).status == Delivery.Status.RECEIVED


def test_sender_retry_of_a_waiting_delivery_enqueues_it_again(wire_source, published):
    first = receive(wire_source, enqueue=False).delivery
    again = receive(wire_source)
    assert not again.created and not again.conflict and published == [first.pk]
    conflict = receive(wire_source, body=BODY + b"x")
    assert conflict.conflict and published == [first.pk]


def test_process_is_idempotent(wire_source):
    delivery = receive(wire_source, enqueue=False).delivery
    first = services.delivery_process(delivery.pk)
    second = services.delivery_process(delivery.pk)
    assert first.status == second.status == Delivery.Status.DONE
    assert second.attempts == 1 and Story.objects.count() == 1 and second.story_id == first.story_id


@pytest.mark.parametrize("error", [RuntimeError("parser bug"), RecursionError("too deep"), KeyError("headline"),
                                   MemoryError("huge")])
def test_any_parser_exception_fails_the_delivery_once(wire_source, monkeypatch, error):
    def explode(raw, content_type):
        raise error

    monkeypatch.setitem(PARSERS, "text", explode)
    delivery = receive(wire_source, enqueue=False).delivery
    failed = services.delivery_process(delivery.pk)
    assert failed.status == Delivery.Status.FAILED and failed.attempts == 1
    assert failed.last_error.startswith(type(error).__name__)
    assert services.delivery_process(delivery.pk).attempts == 1  # a redelivered message changes nothing


def test_database_errors_propagate_for_the_task_to_retry(wire_source, monkeypatch):
    delivery = receive(wire_source, enqueue=False).delivery

    def down(source, rules=None):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(deliveries.selectors, "pipeline_options", down)
    with pytest.raises(OperationalError):
        services.delivery_process(delivery.pk)
    assert Delivery.objects.get(pk=delivery.pk).status == Delivery.Status.PROCESSING


def test_a_field_the_database_refuses_fails_with_the_message(wire_source, monkeypatch):
    def refuse(**kwargs):
        raise DataError("value too long for type character varying(1000)")

    monkeypatch.setattr(deliveries, "story_upsert_from_draft", refuse)
    monkeypatch.setattr(deliveries.rows, "store_new_story", lambda *args: refuse())  # PostgreSQL's one-statement store
    delivery = receive(wire_source, enqueue=False).delivery
    failed = services.delivery_process(delivery.pk)
    assert failed.status == Delivery.Status.FAILED and "value too long" in failed.last_error


def test_a_delivery_left_processing_is_taken_over_until_max_attempts(wire_source, settings):
    settings.INGEST = {**settings.INGEST, "MAX_ATTEMPTS": 3}
    delivery = receive(wire_source, enqueue=False).delivery
    Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.PROCESSING, attempts=1)
    assert services.delivery_process(delivery.pk).status == Delivery.Status.DONE
    other = receive(wire_source, "msg_2", BODY + b"more", enqueue=False).delivery
    Delivery.objects.filter(pk=other.pk).update(status=Delivery.Status.PROCESSING, attempts=3)
    gave_up = services.delivery_process(other.pk)
    assert gave_up.status == Delivery.Status.FAILED and "gave up after 3 attempts" in gave_up.last_error


def test_control_characters_never_reach_a_story(wire_source):
    delivery = receive(wire_source, body=b"Head\x00line\x07\n\nOSLO (Reuters) \xe2\x80\x94 Body\x00 text.\n",
                       enqueue=False).delivery
    story = Story.objects.get(pk=services.delivery_process(delivery.pk).story_id)
    assert "\x00" not in story.headline + story.body_text + story.body_html and "\x07" not in story.headline


def test_sweep_enqueues_waiting_and_stuck_deliveries_only(wire_source, published):
    waiting = receive(wire_source, "msg_wait", enqueue=False).delivery
    fresh = receive(wire_source, "msg_fresh", BODY + b"1", enqueue=False).delivery
    stuck_queued = receive(wire_source, "msg_q", BODY + b"2", enqueue=False).delivery
    stuck_processing = receive(wire_source, "msg_p", BODY + b"3", enqueue=False).delivery
    done = receive(wire_source, "msg_done", BODY + b"4", enqueue=False).delivery
    age(waiting.pk, 60)
    Delivery.objects.filter(pk=stuck_queued.pk).update(status=Delivery.Status.QUEUED, queued_at=timezone.now() - timedelta(hours=1))
    Delivery.objects.filter(pk=stuck_processing.pk).update(status=Delivery.Status.PROCESSING,
                                                           queued_at=timezone.now() - timedelta(hours=1))
    Delivery.objects.filter(pk=done.pk).update(status=Delivery.Status.DONE, received_at=timezone.now() - timedelta(hours=1))

    assert services.deliveries_sweep() == 3
    assert sorted(published) == sorted([waiting.pk, stuck_queued.pk, stuck_processing.pk])
    assert fresh.pk not in published
    assert Delivery.objects.get(pk=stuck_processing.pk).queued_at > timezone.now() - timedelta(minutes=1)
    assert services.deliveries_sweep() == 0  # nothing is swept twice in a row


def test_sweep_resends_a_queued_delivery_only_once_the_backlog_ahead_of_it_has_drained(wire_source, published, broker_queue):
    queued = receive(wire_source, "msg_q", enqueue=False).delivery
    processing = receive(wire_source, "msg_p", BODY + b"1", enqueue=False).delivery
    an_hour_ago = timezone.now() - timedelta(hours=1)
    Delivery.objects.filter(pk=queued.pk).update(status=Delivery.Status.QUEUED, queued_at=an_hour_ago)
    Delivery.objects.filter(pk=processing.pk).update(status=Delivery.Status.PROCESSING, queued_at=an_hour_ago)

    broker_queue["messages"] = 5000  # a burst still waiting: the queued delivery's message is likely among it
    assert services.deliveries_sweep() == 1
    assert published == [processing.pk]  # a worker that died mid-task is taken over whatever the backlog
    assert Delivery.objects.get(pk=queued.pk).status == Delivery.Status.QUEUED

    broker_queue["messages"] = 0  # drained, and the delivery still waits: its message was lost
    assert services.deliveries_sweep() == 1
    assert published == [processing.pk, queued.pk]


def test_sweep_with_the_broker_still_down_stops_and_keeps_everything(wire_source, broker_down):
    for n in range(3):
        age(receive(wire_source, f"msg_{n}", BODY + bytes([48 + n]), enqueue=False).delivery.pk, 60)
    assert services.deliveries_sweep() == 0
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.RECEIVED}


def test_mark_failed_waits_for_the_database(wire_source, monkeypatch):
    delivery = receive(wire_source, enqueue=False).delivery
    real_update = Delivery.objects.filter(pk=delivery.pk).update.__func__
    calls = {"n": 0}

    def flaky_update(queryset, **kwargs):
        calls["n"] += 1
        if calls["n"] < 3:
            raise OperationalError("database is locked")
        return real_update(queryset, **kwargs)

    monkeypatch.setattr(type(Delivery.objects.all()), "update", flaky_update)
    monkeypatch.setattr(deliveries.time, "sleep", lambda s: None)
    monkeypatch.setattr(deliveries, "_close_broken_connection", lambda: None)
    assert services.delivery_mark_failed(delivery.pk, "OperationalError: database is locked", wait_seconds=30)
    monkeypatch.undo()
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.FAILED and calls["n"] == 3


def test_mark_failed_gives_up_when_the_database_never_answers(wire_source, monkeypatch):
    delivery = receive(wire_source, enqueue=False).delivery

    def always_locked(queryset, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(type(Delivery.objects.all()), "update", always_locked)
    monkeypatch.setattr(deliveries, "_close_broken_connection", lambda: None)
    assert services.delivery_mark_failed(delivery.pk, "x", wait_seconds=0) is False


def test_mark_failed_never_overwrites_a_finished_delivery(wire_source):
    delivery = receive(wire_source, enqueue=False).delivery
    services.delivery_process(delivery.pk)
    services.delivery_mark_failed(delivery.pk, "late failure of an earlier attempt")
    assert Delivery.objects.get(pk=delivery.pk).status == Delivery.Status.DONE


# --- issue 11.1: one signed request must not block every partner ----------------------------------------

def ninjs_array(count: int, prefix: str = "item") -> bytes:
    import json

    return json.dumps([
        {"uri": f"{prefix}-{i}", "headline": f"Harbour story {i}", "body_text": f"OSLO (Reuters) \u2014 Story {i} text."}
        for i in range(count)
    ]).encode()


def receive_ninjs(source, body, webhook_id="msg_many"):
    return services.delivery_receive(source=source, webhook_id=webhook_id, body=body, content_type="application/json",
                                     headers={}, enqueue=False).delivery


def test_the_item_cap_defaults_to_a_few_hundred():
    from ingest.conf import DEFAULTS

    assert DEFAULTS["MAX_ITEMS_PER_DELIVERY"] == 500


def test_a_delivery_past_the_item_cap_fails_before_any_cleaning(wire_source, settings, monkeypatch):
    from ingest import pipeline

    settings.INGEST = {**settings.INGEST, "MAX_ITEMS_PER_DELIVERY": 5}
    cleaned = []
    real_clean = pipeline.clean
    monkeypatch.setattr(pipeline, "clean", lambda item, rules, **options: cleaned.append(item) or real_clean(item, rules, **options))
    failed = services.delivery_process(receive_ninjs(wire_source, ninjs_array(6)).pk)
    assert failed.status == Delivery.Status.FAILED
    assert "holds 6 stories; at most 5" in failed.last_error and "INGEST_MAX_ITEMS_PER_DELIVERY" in failed.last_error
    assert cleaned == [] and Story.objects.count() == 0
    done = services.delivery_process(receive_ninjs(wire_source, ninjs_array(5), "msg_five").pk)
    assert done.status == Delivery.Status.DONE and Story.objects.count() == 5


@pytest.mark.django_db(transaction=True)
def test_stories_are_committed_in_short_batches_not_one_long_transaction(wire_source, settings, monkeypatch):
    """While batch 3 is written, another connection already sees batches 1 and 2: the write lock was let go."""
    import threading

    from django.db import connection as main_connection

    settings.INGEST = {**settings.INGEST, "STORE_BATCH_SIZE": 10}
    committed_seen: list[int] = []
    calls = {"n": 0}
    real_upsert = deliveries.story_upsert_from_draft

    def committed_elsewhere() -> int:
        out = []

        def count():
            from django.db import connection

            try:
                out.append(Story.objects.count())
            finally:
                connection.close()

        thread = threading.Thread(target=count)
        thread.start()
        thread.join(30)
        return out[0]

    def observed(**kwargs):
        if calls["n"] in (10, 20):
            assert main_connection.in_atomic_block
            committed_seen.append(committed_elsewhere())
        calls["n"] += 1
        return real_upsert(**kwargs)

    monkeypatch.setattr(deliveries, "story_upsert_from_draft", observed)
    done = services.delivery_process(receive_ninjs(wire_source, ninjs_array(25)).pk)
    assert done.status == Delivery.Status.DONE and Story.objects.count() == 25
    assert committed_seen == [10, 20]
    # A retried run (the worker died before the delivery was marked done) stores nothing twice.
    Delivery.objects.filter(pk=done.pk).update(status=Delivery.Status.PROCESSING)
    monkeypatch.setattr(deliveries, "story_upsert_from_draft", real_upsert)
    again = services.delivery_process(done.pk)
    assert again.status == Delivery.Status.DONE and Story.objects.count() == 25  # it did store them, on its first try


# --- issue 11.4: a regex that keeps overrunning its time budget is turned off, and editors are told -------


def test_a_rule_that_keeps_overrunning_is_turned_off_and_shown_to_editors(wire_source, settings, admin_client):
    from ingest.models import BoilerplateRule

    settings.INGEST = {**settings.INGEST, "RULE_STORY_BUDGET_SECONDS": 0.02, "RULE_OVERRUNS_BEFORE_DISABLE": 2}
    slow = BoilerplateRule.objects.create(source=wire_source, pattern=r"t(?:[^!]|[^!])+!", is_regex=True)  # around the check
    body = "\n\n".join([f"t{'a' * 16} {i}" for i in range(400)])
    for n in range(3):
        services.delivery_process(receive(wire_source, f"msg_slow_{n}", f"Slow story {n}\n\n{body}\n".encode(),
                                          enqueue=False).delivery.pk)
        slow.refresh_from_db()
        if n == 0:
            assert slow.active and slow.overrun_count == 1
    assert not slow.active and slow.overrun_count == 2 and "time budget" in slow.disabled_reason
    story = Story.objects.filter(headline="Slow story 0").get()
    assert any(flag.get("overrun") and flag["rule"] == f"rule:{slow.pk}" for flag in story.flagged)
    assert len(story.body_text.splitlines()) >= 400  # nothing lost
    listing = admin_client.get("/admin/ingest/boilerplaterule/").content.decode()
    assert "is off:" in listing and "time budget" in listing


# --- issue 11.10: C1 controls and bidi overrides never reach a story -----------------------------------------


def test_c1_controls_and_bidi_overrides_never_reach_a_story(wire_source):
    hostile = "Head\u202eline\u0085 here\u2066x\u2069\n\nBy Jane\u0092 Doe\u202d\n\nOSLO (Reuters) \u2014 Body\u009b text\u2067 \u202a.\n"
    delivery = receive(wire_source, "msg_bidi", hostile.encode(), enqueue=False).delivery
    story = Story.objects.get(pk=services.delivery_process(delivery.pk).story_id)
    stored = " ".join([story.headline, story.byline, story.body_text, story.body_html, json_dump(story.blocks)])
    bad = [ch for ch in stored if 0x80 <= ord(ch) <= 0x9F or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069]
    assert bad == [], [hex(ord(ch)) for ch in bad]
    assert "Headline" in story.headline.replace(" ", "") or "Head" in story.headline


def json_dump(value) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def test_a_run_killed_after_its_batches_and_retried_still_ends_done(wire_source, settings, monkeypatch):
    """The worker dies once every batch is committed but before the delivery is marked finished: the retried
    run writes nothing new, yet the delivery did store its stories, so it is `done`, not `duplicate`."""
    settings.INGEST = {**settings.INGEST, "STORE_BATCH_SIZE": 10}
    delivery = receive_ninjs(wire_source, ninjs_array(25))
    real_finish = deliveries._finish

    def killed(*args, **kwargs):  # the write that marks the delivery done or duplicate
        raise SystemExit("worker killed")

    monkeypatch.setattr(deliveries, "_finish", killed)
    with pytest.raises(SystemExit):
        services.delivery_process(delivery.pk)
    monkeypatch.setattr(deliveries, "_finish", real_finish)
    # The last batch finishes the delivery in its own transaction, so it went with the kill; the others stayed.
    assert Story.objects.count() == 20 and Delivery.objects.get(pk=delivery.pk).status == Delivery.Status.PROCESSING
    again = services.delivery_process(delivery.pk)  # the retry, as Celery redelivers the unacked message
    assert again.status == Delivery.Status.DONE and Story.objects.count() == 25


def test_reprocessing_an_unchanged_delivery_is_a_duplicate(wire_source, django_capture_on_commit_callbacks):
    delivery = services.delivery_process(receive_ninjs(wire_source, ninjs_array(3)).pk)
    assert delivery.status == Delivery.Status.DONE
    deliveries.delivery_reprocess(delivery)
    assert Delivery.objects.get(pk=delivery.pk).story_id is None
    Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.PROCESSING)
    assert services.delivery_process(delivery.pk).status == Delivery.Status.DUPLICATE
def test_a_received_delivery_is_written_queued_before_it_is_published(wire_source, published, django_capture_on_commit_callbacks):
    """One INSERT, already `queued` (no UPDATE after the commit); the message is sent once the row is committed."""
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        outcome = receive(wire_source)
    delivery = Delivery.objects.get(pk=outcome.delivery.pk)
    assert delivery.status == Delivery.Status.QUEUED and delivery.queued_at and published == []
    for callback in callbacks:
        callback()
    assert published == [delivery.pk]


def test_a_delivery_kept_from_the_queue_is_written_received(wire_source, published):
    delivery = receive(wire_source, enqueue=False).delivery
    assert Delivery.objects.get(pk=delivery.pk).status == Delivery.Status.RECEIVED and delivery.queued_at is None


# --- issue 15: what a delivery costs the worker in statements and commits ---------------------------------


def _statements(captured) -> list[str]:
    return [query["sql"].split(None, 1)[0].upper() for query in captured]


@pytest.mark.django_db(transaction=True)
def test_a_one_story_delivery_costs_two_statements_and_two_commits(wire_source):
    """The claim (autocommitted, so the attempt survives a worker killed mid-parse: it carries the delivery, its
    source and on PostgreSQL the source's editor rules back), then on PostgreSQL one autocommitted statement: the
    story, its history row, the delivery finished (rows.store_new_story). Elsewhere the editor rules' SELECT and one
    transaction of five statements do the same. It was 11 statements (a second SELECT of the delivery, its SELECT ...
    FOR UPDATE, a SAVEPOINT and RELEASE), then 7."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ingest.services import rows

    if not rows.available():
        pytest.skip("the database has no RETURNING (SQLite before 3.35): the ORM's statements are used")
    delivery = receive(wire_source, enqueue=False).delivery
    with CaptureQueriesContext(connection) as captured:
        done = services.delivery_process(delivery.pk)
    assert done.status == Delivery.Status.DONE and done.attempts == 1
    expected = ["UPDATE", "WITH"] if rows.one_statement_store() else [
        "UPDATE", "SELECT", "BEGIN", "INSERT", "INSERT", "UPDATE", "COMMIT"]
    assert _statements(captured) == expected, [query["sql"][:120] for query in captured]
    assert "RETURNING" in captured[0]["sql"]  # the claim hands the delivery back: no second SELECT
    story = Story.objects.get(pk=done.story_id)
    assert done.source.slug == wire_source.slug and story.source_id == wire_source.pk
    stored = Delivery.objects.get(pk=delivery.pk)
    assert (stored.status, stored.story_id, stored.format, stored.attempts) == (Delivery.Status.DONE, story.pk, "text", 1)
    assert stored.processed_at == done.processed_at and stored.last_error == ""


def test_a_new_story_stored_by_the_worker_is_the_story_the_orm_would_store(wire_source):
    """The worker's INSERT bypasses Story.save(): the derived columns, auto_now stamps and the history row
    ('+', the story's fields) are those the ORM's create() writes."""
    done = services.delivery_process(receive(wire_source, enqueue=False).delivery.pk)
    story = Story.objects.get(pk=done.story_id)
    assert story.headline == "Bridge reopens" and story.status == Story.Status.DRAFT
    assert story.word_count == len(story.body_text.split()) > 0 and story.flag_count == len(story.flagged)
    assert story.has_removed_boilerplate == bool(story.removed)
    assert story.created_at is not None and story.updated_at is not None and story.lock_version == 0
    (history,) = story.history.all()
    assert history.history_type == "+" and history.history_user is None and history.history_change_reason is None
    assert (history.headline, history.version, history.status, history.word_count) == (
        story.headline, story.version, story.status, story.word_count)
    tracked = [field.attname for field in type(history).tracked_fields]
    assert {name: getattr(history, name) for name in tracked} == {name: getattr(story, name) for name in tracked}
    # The same guid again is the update path (nothing newer: nothing written, no second history row).
    again = services.delivery_process(receive(wire_source, "msg_again", enqueue=False).delivery.pk)
    assert again.status == Delivery.Status.DUPLICATE and again.story_id == story.pk
    assert Story.objects.count() == 1 and story.history.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_delivery_finished_by_a_concurrent_run_keeps_that_runs_outcome(wire_source, monkeypatch):
    """Another run finishes the delivery while this one stores: this run's batch is rolled back and the delivery is
    left as the other run wrote it (the finishing UPDATE only writes a delivery still `processing`)."""
    import threading

    delivery = receive(wire_source, enqueue=False).delivery
    real_run = deliveries.pipeline.run

    def other_run_finishes():  # on its own connection, committed at once
        from django.db import connection

        try:
            Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.FAILED, last_error="the other run")
        finally:
            connection.close()

    def raced(*args, **kwargs):  # while this run parses, the other one finishes the delivery
        drafts = real_run(*args, **kwargs)
        thread = threading.Thread(target=other_run_finishes)
        thread.start()
        thread.join(30)
        return drafts

    monkeypatch.setattr(deliveries.pipeline, "run", raced)
    outcome = services.delivery_process(delivery.pk)
    assert (outcome.status, outcome.last_error) == (Delivery.Status.FAILED, "the other run")
    assert Story.objects.count() == 0  # this run's story went with its rolled-back batch


@pytest.mark.django_db(transaction=True)
def test_a_webhook_is_stored_by_one_insert_and_a_repeat_by_none(wire_source, published):
    """The webhook's INSERT (rows.receive) writes what the ORM's create() wrote, autocommitted, in one statement; a
    repeated webhook-id inserts nothing (ON CONFLICT DO NOTHING: no unique violation raised) and reads the first
    delivery back, and the same id with another body is a conflict."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ingest.services import rows

    if not rows.available():
        pytest.skip("the database has no RETURNING (SQLite before 3.35): the ORM's INSERT is used")
    before = timezone.now()
    with CaptureQueriesContext(connection) as captured:
        outcome = receive(wire_source, webhook_id="msg_one")
    assert _statements(captured) == ["INSERT"] and "ON CONFLICT" in captured[0]["sql"]
    assert outcome.created and published == [outcome.delivery.pk]
    stored = Delivery.objects.get(pk=outcome.delivery.pk)
    expected = {"source_id": wire_source.pk, "webhook_id": "msg_one", "body": BODY, "size": len(BODY),
                "content_type": "text/plain", "headers": {"webhook-id": "msg_one"}, "status": Delivery.Status.QUEUED,
                "attempts": 0, "format": "", "last_error": "", "urgent": False, "story_id": None, "processed_at": None}
    assert {name: (bytes(getattr(stored, name)) if name == "body" else getattr(stored, name)) for name in expected} == expected
    assert stored.received_at >= before and stored.queued_at >= before
    assert stored.received_at == outcome.delivery.received_at and stored.sha256 == outcome.delivery.sha256
    with CaptureQueriesContext(connection) as captured:
        again = receive(wire_source, webhook_id="msg_one")
    assert _statements(captured) == ["INSERT", "SELECT"]
    assert not again.created and not again.conflict and again.delivery.pk == outcome.delivery.pk
    other = receive(wire_source, webhook_id="msg_one", body=BODY + b"changed")
    assert other.conflict and Delivery.objects.count() == 1 and published == [outcome.delivery.pk]


KILLED_NINJS = (b'{"uri": "urn:test:killed", "version": "2", "pubstatus": "canceled", "headline": "Withdrawn story",'
                b' "ednote": "Kill: legal", "body_text": "The copy may not run."}')
RULED = "Bridge reopens\n\nThe bridge reopened on Friday.\n\nSponsored by Harbour Bank\n".encode()


@pytest.mark.parametrize("body, content_type", [(BODY, "text/plain"), (KILLED_NINJS, "application/json"), (RULED, "text/plain")])
def test_the_one_statement_store_writes_what_the_batch_writes(wire_source, monkeypatch, body, content_type):
    """PostgreSQL's one-statement store (rows.store_new_story) and the batch's transaction write the same story, history
    row, delivery and rule hits, column for column (a kill notice and an editor rule's removal included)."""
    from ingest.models import BoilerplateRule, WireSource
    from ingest.services import rows

    if not rows.one_statement_store():
        pytest.skip("only PostgreSQL stores a one-story delivery in one statement")
    other = WireSource.objects.create(slug="other", name="Other", signing_secret=wire_source.signing_secret)
    BoilerplateRule.objects.create(pattern="Sponsored by Harbour Bank")

    def process(source, one_statement):
        monkeypatch.setattr(rows, "one_statement_store", lambda: one_statement)
        delivery = services.delivery_receive(source=source, webhook_id=f"msg-{one_statement}", body=body,
                                             content_type=content_type, headers={}, enqueue=False).delivery
        return services.delivery_process(delivery.pk)

    batch, single = process(wire_source, False), process(other, True)
    assert (single.status, single.last_error, single.format) == (batch.status, batch.last_error, batch.format) == (
        Delivery.Status.DONE, "", batch.format)
    skip = {"id", "source_id", "source", "created_at", "updated_at", "history_id", "history_date"}

    def columns(obj):
        found = {f.attname: getattr(obj, f.attname) for f in type(obj)._meta.concrete_fields if f.attname not in skip}
        if found.get("wire_notice"):
            found["wire_notice"] = {k: v for k, v in found["wire_notice"].items() if k != "received_at"}  # now()
        return found

    stories = [Story.objects.get(pk=outcome.story_id) for outcome in (batch, single)]
    assert columns(stories[0]) == columns(stories[1])
    assert [columns(story.history.get()) for story in stories] == [columns(stories[0].history.get())] * 2
    for story in stories:
        history = story.history.get()
        assert (story.created_at, story.updated_at) == (history.created_at, history.updated_at)
        assert history.history_type == "+" and history.history_user_id is None
        assert Delivery.objects.get(story=story).processed_at is not None
    expected_hits = 2 if body == RULED else 0
    assert BoilerplateRule.objects.get().hit_count == expected_hits
    if body == KILLED_NINJS:
        assert stories[1].status == Story.Status.KILLED and stories[1].wire_notice["kind"] == "kill"


def test_the_claim_returns_the_rules_the_rules_select_reads(wire_source):
    """On PostgreSQL the claim carries the source's editor rules (global and the source's own, active, in id order,
    learned ones marked): the same rows `rows.editor_rules` reads."""
    from ingest.models import BoilerplateRule, WireSource
    from ingest.services import rows

    if not (rows.available() and rows.claim_reads_rules()):
        pytest.skip("only PostgreSQL's claim reads the rules")
    other = WireSource.objects.create(slug="other", name="Other", signing_secret=wire_source.signing_secret)
    BoilerplateRule.objects.create(pattern="Sponsored by Harbour Bank")
    BoilerplateRule.objects.create(source=wire_source, pattern=r"^Follow us on \w+$", is_regex=True)
    BoilerplateRule.objects.create(source=other, pattern="Not this source's")
    BoilerplateRule.objects.create(source=wire_source, pattern="Turned off", active=False)
    BoilerplateRule.objects.create(source=wire_source, pattern="Learned line", suggested=True)
    delivery = receive(wire_source, enqueue=False).delivery
    claimed = rows.claim(delivery.pk, 5, ("done", "duplicate", "failed"))
    assert claimed.editor_rules == rows.editor_rules(wire_source.pk)
    assert [pattern for _, pattern, _, _ in claimed.editor_rules] == [
        "Sponsored by Harbour Bank", r"^Follow us on \w+$", "Learned line"]
    assert [(is_regex, suggested) for _, _, is_regex, suggested in claimed.editor_rules] == [
        (False, False), (True, False), (False, True)]
    BoilerplateRule.objects.all().delete()
    delivery = receive(wire_source, "msg_2", enqueue=False).delivery
    assert rows.claim(delivery.pk, 5, ("done", "duplicate", "failed")).editor_rules == []


@pytest.mark.django_db(transaction=True)
def test_the_claim_is_the_connections_health_check(wire_source, monkeypatch):
    """No `SELECT 1` before a task's claim on a kept connection: the claim is the check, sent again on a new connection
    when the old one died (PostgreSQL restarted, an idle connection dropped)."""
    import time

    import psycopg
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("terminates a PostgreSQL backend")
    first = receive(wire_source, enqueue=False).delivery
    connection.ensure_connection()
    connection.health_check_done = False  # as after close_old_connections() around a task
    checks = []
    real_is_usable = connection.is_usable
    monkeypatch.setattr(connection, "is_usable", lambda: checks.append(1) or real_is_usable())
    assert services.delivery_process(first.pk).status == Delivery.Status.DONE
    assert checks == []
    second = receive(wire_source, "msg_2", body=BODY.replace(b"Bridge", b"Tunnel"), enqueue=False).delivery
    pid = connection.connection.info.backend_pid
    params = {k: v for k, v in connection.get_connection_params().items() if k not in ("cursor_factory", "context")}
    with psycopg.connect(**params, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
        deadline = time.monotonic() + 5
        while other.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone() and time.monotonic() < deadline:
            time.sleep(0.05)
    connection.health_check_done = False
    done = services.delivery_process(second.pk)
    assert done.status == Delivery.Status.DONE and checks == [1]
    assert Delivery.objects.get(pk=second.pk).attempts == 1


def test_the_worker_statements_stay_within_psycopgs_parse_cache():
    """psycopg keeps a statement's parsing only up to 4,096 characters and 50 parameters: past either, the one-statement
    store was parsed anew for every delivery (1.3 ms under the profiler). A new Story column must keep it inside."""
    from psycopg import _queries

    from ingest.services import rows

    if not rows.one_statement_store():
        pytest.skip("PostgreSQL's statements")
    _, _, store = rows._store_new_sql()
    for sql in (store, rows._claim_sql()):
        assert len(sql.encode()) <= _queries.MAX_CACHED_STATEMENT_LENGTH
        assert sql.count("%s") <= _queries.MAX_CACHED_STATEMENT_PARAMS
