"""Webhook intake under concurrent load, beside a bare Django view on the same gunicorn server.

Starts gunicorn as production runs it (gunicorn.conf.py, read as the Procfile,
Dockerfile and compose.yaml read it: WEB_CONCURRENCY processes x GUNICORN_THREADS
threads, 2 x 16 by default; DJANGO_ENV=production, PostgreSQL, Redis) on loopback, with the
benchmark-only bare view switched on (NEWSROOM_BENCH_BARE_VIEW), and a
separate load process (benchmarks/webhook_load.py, aiohttp) that posts
pre-signed deliveries from the corpus over 32 keep-alive connections. Rounds
alternate between the bare view (answers 202, does nothing) and the webhook
(verifies, stores the Delivery, enqueues it), so load from anything else on the
machine hits both alike. Prints requests/s and p50/p99 latency of each round,
the best of each, and `intake ratio`: the median over rounds of webhook / bare. No worker runs: the
queued tasks are flushed with the benchmark's Redis database. Never pass/fail.

BENCH_INTAKE_REQUESTS (default 3000) and BENCH_INTAKE_SECONDS (20) bound each
round (BENCH_QUICK=1: 200 requests, 5 s, one round); DATABASE_CONN_MAX_AGE=0 shows a connection per request (production
keeps them 60 s).
"""
from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.benchkit import Stack  # noqa: E402

QUICK = os.environ.get("BENCH_QUICK") == "1"  # `scripts/bench.sh --quick`: one short round, every summary line
REQUESTS = int(os.environ.get("BENCH_INTAKE_REQUESTS", "200" if QUICK else "3000"))
SECONDS = float(os.environ.get("BENCH_INTAKE_SECONDS", "5" if QUICK else "20"))
ROUNDS = int(os.environ.get("BENCH_INTAKE_ROUNDS", "1" if QUICK else "3"))
CONCURRENCY = int(os.environ.get("BENCH_INTAKE_CONCURRENCY", "32"))


def show(label: str, result: dict) -> None:
    statuses = ", ".join(f"{code}: {n}" for code, n in sorted(result["statuses"].items()))
    print(f"{label:<10} {result['requests']:>6} requests in {result['seconds']:5.1f}s  {result['rps']:7.0f}/s  "
          f"p50 {result['p50_ms']:6.1f} ms  p99 {result['p99_ms']:6.1f} ms  ({statuses})", flush=True)


def main() -> None:
    stack = Stack("intake")
    stack.create_database(["bench"])
    try:
        stack.start_web()
        print(f"gunicorn on 127.0.0.1:{stack.port}, {stack.env['WEB_CONCURRENCY']} processes x "
              f"{stack.env.get('GUNICORN_THREADS', 'gunicorn.conf.py default')} threads; "
              f"DATABASE_CONN_MAX_AGE={stack.env.get('DATABASE_CONN_MAX_AGE', '60 (production default)')}; "
              f"{CONCURRENCY} connections, up to {REQUESTS} requests or {SECONDS:.0f}s a round", flush=True)
        targets = {"bare": f"{stack.base_url}/bench/bare/{{slug}}/", "webhook": f"{stack.base_url}/ingest/webhooks/{{slug}}/"}
        for name, url in targets.items():  # warm up: imports, connections, caches
            stack.load(url, count=50 if QUICK else 300, seconds=SECONDS, concurrency=CONCURRENCY, id_prefix=f"warm-{name}")
        best: dict[str, dict] = {}
        ratios = []
        for round_ in range(ROUNDS):
            for name, url in targets.items():
                result = stack.load(url, count=REQUESTS, seconds=SECONDS, concurrency=CONCURRENCY, id_prefix=f"r{round_}-{name}")
                show(name, result)
                if name not in best or result["rps"] > best[name]["rps"]:
                    best[name] = result
                if name == "webhook":
                    ratios.append(result["rps"] / bare_rps)
                else:
                    bare_rps = result["rps"]
            print(f"round {round_ + 1}: webhook / bare {ratios[-1]:.2f}", flush=True)
        print(f"best of {ROUNDS}:")
        for name in targets:
            show(name, best[name])
        print(f"intake deliveries/s: {best['webhook']['rps']:.0f}")
        # Each round's pair ran back to back under the same load from the rest of the machine: the median of
        # their ratios is steadier than the ratio of two bests taken from different rounds.
        print(f"intake ratio: {statistics.median(ratios):.2f}")
    finally:
        stack.stop()
        stack.flush_redis()
        stack.drop_database()


if __name__ == "__main__":
    main()
