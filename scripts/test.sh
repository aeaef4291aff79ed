#!/usr/bin/env bash
# `make test`: the whole suite on SQLite, then on PostgreSQL everything that reaches the database (the parsing,
# cleaning and normalizing cases are plain functions over plain data and give the same answer on either; see
# tests/conftest.py's pytest_collection_modifyitems). NEWSROOM_DATABASE_TESTS_ONLY=0 runs them on PostgreSQL too.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-services.sh redis postgres chromium

PG_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
status=0
echo "=== test suite on SQLite ==="
env -u DATABASE_URL .venv/bin/python -m pytest "$@" || status=$?
echo "=== tests that reach the database, on PostgreSQL ($PG_URL) ==="
DATABASE_URL=$PG_URL NEWSROOM_DATABASE_TESTS_ONLY=${NEWSROOM_DATABASE_TESTS_ONLY:-1} .venv/bin/python -m pytest "$@" || status=$?
exit $status
