#!/usr/bin/env bash
# `make test`: every test that reaches the database on SQLite and, beside it, on PostgreSQL; the parsing, cleaning and
# normalizing cases are plain functions over plain data, give the same answer on either, and run once, in one pass or
# the other (see tests/conftest.py's pytest_collection_modifyitems and PLAIN_SPLIT below).
#
# The two passes run at once, each in its own slot (newsroom/test_settings.py: its own Redis database, test database
# and worker queues), so that the suite uses both cores of a two-core machine. The PostgreSQL pass's output is kept
# in a file and printed after the SQLite pass's, so each reads as one piece. NEWSROOM_TEST_PASSES=sequential runs
# them one after the other instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-services.sh redis postgres chromium

PG_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
SQLITE_SLOT=${NEWSROOM_TEST_SLOT:-0}
PG_SLOT=$((SQLITE_SLOT + 1))
# The plain-function tests (parsing, cleaning, normalizing: no database) run once, split between the passes: the
# PostgreSQL pass, which also runs the fewer database tests, takes the first PLAIN_SPLIT of them and the SQLite pass
# the rest, so that both end at about the same time (measured on clean clones on 5 December 2026: with 0.45 the SQLite
# pass took 730 s and the PostgreSQL pass 541 s; with 0.7, 560 s and 691 s; 0.6 lies between). NEWSROOM_PLAIN_SPLIT=0
# runs them all on SQLite; =1 on PostgreSQL.
PLAIN_SPLIT=${NEWSROOM_PLAIN_SPLIT:-0.6}
run_sqlite() {
  env -u DATABASE_URL NEWSROOM_TEST_SLOT="$SQLITE_SLOT" NEWSROOM_PLAIN_SHARE="$PLAIN_SPLIT-1" .venv/bin/python -m pytest "$@"
}
run_postgres() {
  DATABASE_URL=$PG_URL NEWSROOM_TEST_SLOT="$PG_SLOT" NEWSROOM_PLAIN_SHARE="0-$PLAIN_SPLIT" .venv/bin/python -m pytest "$@"
}

status=0
if [ "${NEWSROOM_TEST_PASSES:-parallel}" = "sequential" ]; then
  echo "=== test suite on SQLite ==="
  run_sqlite "$@" || status=$?
  echo "=== tests that reach the database, on PostgreSQL ($PG_URL) ==="
  run_postgres "$@" || status=$?
  exit $status
fi

pg_log=$(mktemp)
trap 'rm -f "$pg_log"' EXIT
echo "=== tests that reach the database, on PostgreSQL ($PG_URL): started beside the SQLite pass, its output follows it ==="
run_postgres "$@" > "$pg_log" 2>&1 &
pg_pid=$!
echo "=== test suite on SQLite ==="
run_sqlite "$@" || status=$?
pg_status=0
wait "$pg_pid" || pg_status=$?
echo "=== tests that reach the database, on PostgreSQL ($PG_URL) ==="
cat "$pg_log"
[ "$pg_status" -eq 0 ] || status=$pg_status
exit $status
