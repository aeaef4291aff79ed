#!/usr/bin/env bash
# `make bench`: benchmarks print figures and ratios against a baseline measured in the same run,
# then a summary, one `name: value` line each. They never pass or fail on a figure.
#   bash scripts/bench.sh            # the sizes BENCHMARKS.md reports (the feed's 1,000,000 stories take a while)
#   bash scripts/bench.sh --quick    # small sizes, every summary line (`make bench QUICK=1`; the suite runs this)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--quick" ]; then
  export BENCH_QUICK=1
fi
bash scripts/ensure-services.sh redis postgres
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for bench in benchmarks/bench_*.py; do
  [ -e "$bench" ] || continue
  echo "=== $bench ==="
  .venv/bin/python "$bench" | tee -a "$out"
done
echo "=== summary ==="
# Issue 15's figures, in its order, named exactly; a benchmark that did not print its line shows as missing.
for name in "intake ratio" "intake deliveries/s" "end to end stories/s" "end to end ratio to no-op" "worker peak rss MB" \
            "clean speedup" "pages ratio to trafilatura" "admin search ratio 100k/1k" "admin filter ratio 100k/1k" \
            "feed ratio 1M/1k" "feed p99 ms at 1M"; do
  grep -m1 -- "^$name: " "$out" || echo "$name: missing (its benchmark printed no such line)"
done
