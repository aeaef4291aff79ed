#!/usr/bin/env bash
# `make test`: the whole suite on SQLite, then again on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-services.sh redis postgres chromium

PG_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
status=0
echo "=== test suite on SQLite ==="
env -u DATABASE_URL .venv/bin/python -m pytest "$@" || status=$?
echo "=== test suite on PostgreSQL ($PG_URL) ==="
DATABASE_URL=$PG_URL .venv/bin/python -m pytest "$@" || status=$?
exit $status
