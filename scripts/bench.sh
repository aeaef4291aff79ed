#!/usr/bin/env bash
# `make bench`: benchmarks print figures and ratios against a baseline measured in the same run,
# then a summary, one `name: value` line each. They never pass or fail on a figure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-services.sh redis postgres
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for bench in benchmarks/bench_*.py; do
  [ -e "$bench" ] || continue
  echo "=== $bench ==="
  .venv/bin/python "$bench" | tee -a "$out"
done
echo "=== summary ==="
grep -E '^(intake ratio|intake deliveries/s|end to end stories/s|end to end ratio to no-op|worker peak rss MB|clean speedup|pages ratio to trafilatura|admin (search|filter) ratio [0-9]+k/1k|feed ratio 1M/1k|feed p99 ms at 1M): ' "$out" || true
