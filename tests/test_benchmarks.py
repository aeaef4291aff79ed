"""The benchmarks' load process: what it sends is what the webhook accepts, and it loads loopback only.

The benchmarks themselves print figures and are never run by the suite (no timed tests);
these check the parts a wrong figure would silently come from.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from benchmarks.webhook_load import corpus_bodies, signed_requests
from ingest.webhooks.signature import verify
from tests.conftest import TEST_SECRET

ROOT = Path(__file__).resolve().parent.parent


def test_every_request_is_signed_with_its_own_id_and_the_sources_share_the_burst_in_order():
    bodies = corpus_bodies(ROOT / "tests" / "corpus")
    assert {content_type.split(";")[0] for _, content_type in bodies} == {
        "text/plain", "text/html", "application/json", "application/xml"}
    args = argparse.Namespace(url="http://127.0.0.1:1/ingest/webhooks/{slug}/", secret=TEST_SECRET, sources="a,b,c",
                              count=7, id_prefix="t")
    planned = signed_requests(args, bodies)
    assert [url.rsplit("/", 2)[1] for url, _, _ in planned] == ["a", "a", "a", "b", "b", "b", "c"]
    ids = [verify(body, headers, [TEST_SECRET], 300) for _, body, headers in planned]
    assert ids == [f"t-{n}" for n in range(7)]
    assert [body for _, body, _ in planned] == [body for body, _ in bodies[:7]]


def test_the_load_process_refuses_any_host_but_loopback():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "webhook_load.py"), "--url", "http://example.com/{slug}/",
                          "--secret", TEST_SECRET, "--count", "1"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "loopback only" in run.stderr


# Issue 15's summary, named exactly as `make bench` must print it.
SUMMARY_NAMES = ("intake ratio", "end to end stories/s", "end to end ratio to no-op", "worker peak rss MB", "clean speedup",
                 "pages ratio to trafilatura", "admin search ratio 100k/1k", "feed ratio 1M/1k", "feed p99 ms at 1M")


def test_the_quick_benchmark_run_prints_every_summary_line_with_a_figure():
    """`scripts/bench.sh --quick` (what `make bench QUICK=1` runs) at small sizes: every benchmark starts its servers,
    measures and ends them, and the summary names each figure of the issue with a number.

    It runs on its own databases and Redis db, named after this run's slot, so it meets no other run's data; the
    admin benchmark's test database gets a slot of its own, away from this suite's.
    """
    import os
    import re

    slot = int(os.environ.get("NEWSROOM_TEST_SLOT", "0") or 0)
    redis_url = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{1 + slot}")
    env = {key: value for key, value in os.environ.items() if key not in ("DJANGO_SETTINGS_MODULE", "BENCH_QUICK")}
    env.update({
        "BENCH_POSTGRES_URL": f"postgres://postgres@127.0.0.1:5432/newsroom_bench_slot{slot}",
        "BENCH_REDIS_URL": redis_url, "CACHE_URL": redis_url, "TEST_REDIS_URL": redis_url,
        "NEWSROOM_TEST_SLOT": str(100 + slot),
    })
    run = subprocess.run(["bash", str(ROOT / "scripts" / "bench.sh"), "--quick"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    summary = run.stdout.split("=== summary ===", 1)[1]
    # The cleaner's baseline is a commit of this repository's history: a clone without it says so instead.
    history = subprocess.run(["git", "cat-file", "-e", "6769d98^{commit}"], cwd=ROOT, capture_output=True).returncode == 0
    for name in SUMMARY_NAMES:
        figure = r"\d+(\.\d+)?\b" if history or name != "clean speedup" else r"unavailable \(no git history"
        assert re.search(rf"^{re.escape(name)}: {figure}", summary, re.MULTILINE), (name, summary)
