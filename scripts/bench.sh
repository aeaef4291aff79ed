#!/usr/bin/env bash
# `make bench`: benchmarks print figures and ratios against a baseline measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-services.sh redis postgres
for bench in benchmarks/bench_*.py; do
  [ -e "$bench" ] || continue
  echo "=== $bench ==="
  .venv/bin/python "$bench"
done
