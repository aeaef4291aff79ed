#!/usr/bin/env bash
# `make test`: the whole suite on SQLite and, beside it, on PostgreSQL everything that reaches the database (the
# parsing, cleaning and normalizing cases are plain functions over plain data and give the same answer on either; see
# tests/conftest.py's pytest_collection_modifyitems). NEWSROOM_DATABASE_TESTS_ONLY=0 runs them on PostgreSQL too.
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
run_sqlite() { env -u DATABASE_URL NEWSROOM_TEST_SLOT="$SQLITE_SLOT" .venv/bin/python -m pytest "$@"; }
run_postgres() {
  DATABASE_URL=$PG_URL NEWSROOM_TEST_SLOT="$PG_SLOT" NEWSROOM_DATABASE_TESTS_ONLY=${NEWSROOM_DATABASE_TESTS_ONLY:-1} \
    .venv/bin/python -m pytest "$@"
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
