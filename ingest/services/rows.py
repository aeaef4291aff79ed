"""The worker's hot statements, written once as SQL and reused: what a delivery costs in round trips.

A delivery used to take 11 statements and 2 commits in the worker (BENCHMARKS.md section 4); building
them through the ORM each time was a third of the worker's CPU per delivery. Three statements here do
the work of seven:

- `claim`: one autocommitted UPDATE ... RETURNING marks the delivery `processing`, counts the attempt and
  hands back the delivery and its source (as subqueries on the source's primary key): no second SELECT.
- `insert_new`: a new story's INSERT ... ON CONFLICT (source, guid) DO NOTHING RETURNING id: no
  SAVEPOINT and RELEASE around it; a story that exists already comes back as None for the update path.
- `finish`: the delivery's last UPDATE, only while it is still `processing` (a concurrent run that
  finished it first wins, as the row lock's re-read decided before), RETURNING the status it was given.

And the webhook's one statement, `receive`: a delivery's INSERT ... ON CONFLICT (source, webhook_id) DO
NOTHING RETURNING id, built once; the ORM's `create()` compiled it anew for every request (BENCHMARKS.md
section 4, fourth look), and a repeated webhook-id raised and caught a unique violation.

Each needs RETURNING (PostgreSQL; SQLite 3.35 or later): `available()` says so, and the callers keep the
ORM's statements where it is missing. The SQL is built from the models' own fields, so a new column is
carried without touching this file; values go through each field's `get_db_prep_save` and come back
through its converters, as the ORM would do it.
"""
from __future__ import annotations

import json
import re

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import Model
from django.utils import timezone
from simple_history.utils import get_change_reason_from_object

from ingest.models import BoilerplateRule, Delivery, Story, WireSource

_cache: dict[tuple, object] = {}


def available() -> bool:
    return bool(connection.features.can_return_columns_from_insert)


def _memo(key: tuple, build):
    key = (connection.alias, connection.vendor, *key)
    value = _cache.get(key)
    if value is None:
        value = _cache[key] = build()
    return value


def _converters(field):
    col = field.get_col(field.model._meta.db_table)
    return connection.ops.get_db_converters(col) + col.get_db_converters(connection)


def _reader(model: type[Model]):
    """Per field of the model, its converters; and how to build an instance from one row's values."""
    fields = model._meta.concrete_fields
    converters = [
        (index, field.get_col(model._meta.db_table), chain)
        for index, field in enumerate(fields) if (chain := _converters(field))
    ]
    names = [field.attname for field in fields]

    def read(values):
        values = list(values)
        for index, col, chain in converters:
            for convert in chain:
                values[index] = convert(values[index], col, connection)
        return model.from_db(connection.alias, names, values)

    return len(fields), read


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def _claim_sql() -> str:
    delivery, source = _q(Delivery._meta.db_table), _q(WireSource._meta.db_table)
    own = ", ".join(f"{delivery}.{_q(f.column)}" for f in Delivery._meta.concrete_fields)
    source_id = f"{delivery}.{_q(Delivery._meta.get_field('source').column)}"
    sources = ", ".join(
        f"(SELECT {source}.{_q(f.column)} FROM {source} WHERE {source}.{_q(WireSource._meta.pk.column)} = {source_id})"
        for f in WireSource._meta.concrete_fields
    )
    status, attempts = _q("status"), _q("attempts")
    rules = f", ({_rules_json_sql(source_id)})" if claim_reads_rules() else ""
    return (
        f"UPDATE {delivery} SET {status} = %s, {attempts} = {attempts} + 1 "
        f"WHERE {delivery}.{_q(Delivery._meta.pk.column)} = %s AND {attempts} < %s AND {status} NOT IN (%s, %s, %s) "
        f"RETURNING {own}, {sources}{rules}"
    )


def claim_reads_rules() -> bool:
    """On PostgreSQL the claim returns the editor rules too (`json_agg`): the rules' own SELECT, a round trip per
    delivery, is gone. The same rows in the same order as `editor_rules`, read in the claim's snapshot."""
    return connection.vendor == "postgresql"


def _rules_json_sql(source_id: str) -> str:
    rule = _q(BoilerplateRule._meta.db_table)
    column = {name: f"{rule}.{_q(BoilerplateRule._meta.get_field(name).column)}" for name in ("id", "pattern", "is_regex", "suggested", "active", "source")}
    return (f"SELECT json_agg(json_build_array({column['id']}, {column['pattern']}, {column['is_regex']}, {column['suggested']}) "
            f"ORDER BY {column['id']}) FROM {rule} "
            f"WHERE {column['active']} AND ({column['source']} IS NULL OR {column['source']} = {source_id})")


def claim(delivery_id: int, max_attempts: int, finished: tuple[str, ...]) -> Delivery | None:
    """Mark a delivery `processing` and count the attempt, in one autocommitted statement.

    Returns the delivery with its source loaded (and on PostgreSQL its source's editor rules, as `editor_rules`, the
    rows `editor_rules()` reads), or None when it matched nothing (finished, out of
    attempts, gone). Autocommitted on purpose: the attempt is counted even if the worker dies next.
    """
    sql = _memo(("claim",), _claim_sql)
    width, read_delivery = _memo(("read", "delivery"), lambda: _reader(Delivery))
    _, read_source = _memo(("read", "source"), lambda: _reader(WireSource))
    with connection.cursor() as cursor:
        cursor.execute(sql, [Delivery.Status.PROCESSING, delivery_id, max_attempts, *finished])
        rows = cursor.fetchall()
    if not rows:
        return None
    row = rows[0]
    delivery = read_delivery(row[:width])
    source_width = len(WireSource._meta.concrete_fields)
    delivery.source = read_source(row[width:width + source_width])
    if claim_reads_rules():
        rules = row[width + source_width]
        rules = json.loads(rules) if isinstance(rules, str) else rules or []
        delivery.editor_rules = [(pk, pattern, bool(is_regex), bool(suggested)) for pk, pattern, is_regex, suggested in rules]
    return delivery


def _insert_sql(model: type[Model], conflict: tuple[str, ...]):
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    columns = ", ".join(_q(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    target = ", ".join(_q(model._meta.get_field(name).column) for name in conflict)
    sql = (
        f"INSERT INTO {_q(model._meta.db_table)} ({columns}) VALUES ({placeholders}) "
        f"ON CONFLICT ({target}) DO NOTHING RETURNING {_q(model._meta.pk.column)}"
    )
    return fields, sql


def insert_new(story: Story) -> bool:
    """INSERT a new story unless (source, guid) exists; True when inserted (its pk set, its history row written).

    What `Story.objects.create()` did, minus the SAVEPOINT and RELEASE it needed inside the delivery's
    transaction (a unique violation aborts a PostgreSQL transaction): the derived columns of
    `Story.save()`, auto_now stamps, and the history row simple_history writes for a created story.
    """
    story.derive_columns()
    if not _insert_row(story, Story, ("source", "guid")):
        return False
    _insert_history(story)
    return True


def receive(delivery: Delivery) -> bool:
    """INSERT a new delivery unless its (source, webhook_id) is stored already; True when inserted (pk set).

    What `Delivery.objects.create()` wrote (auto_now_add stamps, each field's database value), by one
    statement built once; a repeated webhook-id (a sender retrying, or a concurrent retry the INSERT waits
    for) comes back as False instead of a unique violation. Any other error (a source deleted meanwhile)
    raises as before.
    """
    return _insert_row(delivery, Delivery, ("source", "webhook_id"))


def _insert_row(obj, model, unique_key: tuple[str, ...]) -> bool:
    """INSERT `obj` by its model's statement, built once; True when inserted (pk and state set as `create()` sets them),
    False when a row with the same `unique_key` is stored already (ON CONFLICT DO NOTHING)."""
    fields, sql = _memo(("insert", model._meta.model_name), lambda: _insert_sql(model, unique_key))
    db = connections[DEFAULT_DB_ALIAS]  # the wrapper itself: each field's preparation reads it, through the proxy a dozen times
    params = [field.get_db_prep_save(field.pre_save(obj, True), db) for field in fields]
    rows = _returning(sql, params)
    if not rows:
        return False
    _mark_saved(obj, rows[0][0])
    return True


def _mark_saved(obj, pk) -> None:
    """`obj` as `create()` leaves it: its pk set and its state saved on this connection."""
    obj.pk = pk
    obj._state.adding = False
    obj._state.db = connection.alias


def _history_model():
    return Story.history.model


def _insert_history(story: Story) -> None:
    """The row simple_history's post_save writes for a created story: its tracked fields, '+', now, the user
    simple_history finds (the request's, if any), the change reason set on the story (none, as a rule).

    Built as simple_history's own `bulk_history_create` builds it, then written by one cached INSERT: the
    ORM's bulk_create (and the HistoryManager made anew at each `Story.history`) cost more than the row.
    """
    model = _memo(("history",), _history_model)
    fields, sql = _memo(("insert", "history"), lambda: _plain_insert_sql(model))
    row = model(
        history_date=getattr(story, "_history_date", None) or timezone.now(),
        history_user=story._history_user if hasattr(story, "_history_user") else model.get_default_history_user(story),
        history_change_reason=get_change_reason_from_object(story),
        history_type="+",
        **{field.attname: getattr(story, field.attname) for field in model.tracked_fields},
    )
    if hasattr(model, "history_relation"):
        row.history_relation_id = story.pk
    params = [field.get_db_prep_save(field.pre_save(row, True), connection) for field in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _plain_insert_sql(model: type[Model]):
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    columns = ", ".join(_q(f.column) for f in fields)
    return fields, f"INSERT INTO {_q(model._meta.db_table)} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"


def _finish_sql() -> str:
    delivery = _q(Delivery._meta.db_table)
    story_id = _q(Delivery._meta.get_field("story").column)
    return (
        f"UPDATE {delivery} SET {story_id} = %s, {_q('format')} = %s, "
        f"{_q('status')} = CASE WHEN %s OR {story_id} IS NOT NULL THEN %s ELSE %s END, "
        f"{_q('last_error')} = '', {_q('processed_at')} = %s "
        f"WHERE {_q(Delivery._meta.pk.column)} = %s AND {_q('status')} = %s RETURNING {_q('status')}"
    )


def finish(delivery: Delivery, *, changed: bool) -> bool:
    """The delivery's last write, inside the last batch's transaction: its story, format, `done` when this run
    (or an earlier attempt of it, which set the story link) stored something, else `duplicate`.

    Only a delivery still `processing` is written (the UPDATE takes its row lock and re-reads it); False when
    another run finished it meanwhile. The in-memory delivery is brought in step.
    """
    sql = _memo(("finish",), _finish_sql)
    processed_at = Delivery._meta.get_field("processed_at")
    params = [
        delivery.story_id, delivery.format, bool(changed), Delivery.Status.DONE, Delivery.Status.DUPLICATE,
        processed_at.get_db_prep_save(delivery.processed_at, connection), delivery.pk, Delivery.Status.PROCESSING,
    ]
    rows = _returning(sql, params)
    if not rows:
        return False
    delivery.status = rows[0][0]
    delivery.last_error = ""
    return True


def _rules_sql() -> str:
    table = _q(BoilerplateRule._meta.db_table)
    source_id = _q(BoilerplateRule._meta.get_field("source").column)
    columns = ", ".join(_q(BoilerplateRule._meta.get_field(name).column) for name in ("id", "pattern", "is_regex", "suggested"))
    return (f"SELECT {columns} FROM {table} WHERE {_q('active')} = %s AND ({source_id} IS NULL OR {source_id} = %s) "
            f"ORDER BY {_q('id')}")


def editor_rules(source_id: int | None) -> list[tuple[int, str, bool, bool]]:
    """`selectors.rules_for_source` as (id, pattern, is_regex, suggested), the columns the pipeline compiles: the
    same rows in the same order, by one cached SELECT (no SQL to build per delivery). Any database."""
    sql = _memo(("rules",), _rules_sql)
    with connection.cursor() as cursor:
        cursor.execute(sql, [True, source_id])
        return [(pk, pattern, bool(is_regex), bool(suggested)) for pk, pattern, is_regex, suggested in cursor.fetchall()]


def _returning(sql: str, params: list) -> list[tuple]:
    """The rows a statement with RETURNING gave (none when its WHERE or ON CONFLICT let nothing through)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


# --- A one-story delivery's store in one statement (PostgreSQL) --------------------------------------------------
def one_statement_store() -> bool:
    """PostgreSQL runs data-modifying statements in WITH: a new story, its history row and the finished delivery can be
    written by one autocommitted statement. SQLite cannot (the batch's transaction is used there)."""
    return connection.vendor == "postgresql"


def _cast(field) -> str:
    """`%s::<the column's type>`: in INSERT ... SELECT a parameter's type is not taken from its column. A length is
    left out (`varchar`, not `varchar(255)`), as a cast to it would cut an over-long value silently where the INSERT
    refuses it."""
    return f"%s::{re.sub(r'[(][0-9]+[)]$', '', field.cast_db_type(connection))}"


def _literal(value: str) -> str:
    """A constant of this module (a status, a history type) written into a statement: fewer parameters to bind."""
    return "'" + value.replace("'", "''") + "'"


def _store_new_sql():
    story, history = Story, _history_model()
    delivery_table, story_table = _q(Delivery._meta.db_table), _q(Story._meta.db_table)
    fields = [f for f in story._meta.concrete_fields if not f.primary_key]
    tracked = [(history._meta.get_field(f.attname), story._meta.get_field(f.attname)) for f in history.tracked_fields]
    extra = [history._meta.get_field(name) for name in ("history_date", "history_change_reason", "history_user")]
    relation = [history._meta.get_field("history_relation")] if hasattr(history, "history_relation") else []
    conflict = ", ".join(_q(story._meta.get_field(name).column) for name in ("source", "guid"))
    pk, story_pk = _q(Delivery._meta.pk.column), _q(story._meta.pk.column)
    rule_table, rule_pk, hit_count = _q(BoilerplateRule._meta.db_table), _q(BoilerplateRule._meta.pk.column), _q("hit_count")
    sql = (
        # The delivery's row lock first, only while it is `processing` (a run that finished it meanwhile wins:
        # nothing below is written, as the batch's rollback did).
        f"WITH d AS (SELECT {pk} FROM {delivery_table} WHERE {pk} = %s "
        f"AND {_q('status')} = {_literal(Delivery.Status.PROCESSING)} FOR UPDATE), "
        f"s AS (INSERT INTO {story_table} ({', '.join(_q(f.column) for f in fields)}) "
        f"SELECT {', '.join(_cast(f) for f in fields)} WHERE EXISTS (SELECT 1 FROM d) "
        f"ON CONFLICT ({conflict}) DO NOTHING "
        f"RETURNING {', '.join(_q(source.column) for _, source in tracked)}), "
        f"h AS (INSERT INTO {_q(history._meta.db_table)} "
        f"({', '.join(_q(f.column) for f in [*(target for target, _ in tracked), *extra, *relation])}, {_q('history_type')}) "
        f"SELECT {', '.join(_q(source.column) for _, source in tracked)}, {', '.join(_cast(f) for f in extra)}"
        f"{''.join(', ' + story_pk for _ in relation)}, {_literal('+')} FROM s), "
        f"u AS (UPDATE {delivery_table} SET {_q(Delivery._meta.get_field('story').column)} = s.{story_pk}, "
        f"{_q('format')} = %s, {_q('status')} = {_literal(Delivery.Status.DONE)}, {_q('last_error')} = '', "
        f"{_q('processed_at')} = %s FROM s, d WHERE {delivery_table}.{pk} = d.{pk}), "
        # The editor rules' hits as one JSON object (rule id: count): the statement stays the same whatever the hits.
        f"r AS (UPDATE {rule_table} SET {hit_count} = {rule_table}.{hit_count} + v.value::integer "
        f"FROM jsonb_each_text(%s::jsonb) AS v WHERE {rule_table}.{rule_pk} = v.key::integer AND EXISTS (SELECT 1 FROM s)) "
        f"SELECT {story_pk} FROM s"
    )
    return fields, extra, sql


def store_new_story(delivery: Delivery, story: Story, hits: dict[int, int]) -> bool:
    """A one-story delivery whose story is new, in one autocommitted statement (PostgreSQL): the story's INSERT, its
    history row (copied from the inserted row by the server, as simple_history's post_save writes it: the tracked
    fields, '+', now, the user and change reason it finds), the delivery finished `done` with its story, and the
    editor rules' hit counts. One round trip and one commit where the batch's transaction took five round trips
    (BEGIN, INSERT, INSERT, UPDATE, COMMIT; BENCHMARKS.md section 4, sixth look).

    Nothing is written, and False returned, when the delivery is no longer `processing` (another run finished it:
    the caller's batch path then finds that out as before) or the story's (source, guid) is stored already (the
    update path). The delivery's `format` and `processed_at` are read from it; on True its status and story are set.
    """
    # Under 50 parameters and 4,096 characters, so psycopg keeps the statement's parsing (its cache's limits).
    fields, extra, sql = _memo(("store_new",), _store_new_sql)
    history = _memo(("history",), _history_model)  # `Story.history` builds a manager each time: 2 ms
    story.derive_columns()
    db = connections[DEFAULT_DB_ALIAS]
    user = story._history_user if hasattr(story, "_history_user") else history.get_default_history_user(story)
    values = {
        "history_date": getattr(story, "_history_date", None) or timezone.now(),
        "history_change_reason": get_change_reason_from_object(story),
        "history_user": getattr(user, "pk", user),
    }
    processed_at = Delivery._meta.get_field("processed_at")
    params = [
        delivery.pk,
        *(field.get_db_prep_save(field.pre_save(story, True), db) for field in fields),
        *(field.get_db_prep_save(values[field.name], db) for field in extra),
        delivery.format, processed_at.get_db_prep_save(delivery.processed_at, db), json.dumps(hits),
    ]
    rows = _returning(sql, params)
    if not rows:
        return False
    _mark_saved(story, rows[0][0])
    delivery.story = story
    delivery.status = Delivery.Status.DONE
    delivery.last_error = ""
    return True
