"""End to end: a burst of 2,000 deliveries until the last Story is stored, beside no-op Celery tasks through the same worker.

Starts what production runs (gunicorn.conf.py, DJANGO_ENV=production, PostgreSQL,
Redis) on loopback plus one Celery worker of 2 processes. First the baseline: 2,000
no-op tasks (benchmarks/noop_task.py, loaded into this worker only) sent through
the same Redis and worker, timed from the first send until the last has run. Then
the burst: the load process posts 2,000 signed deliveries from the corpus (plain
text, pages, ninjs and XML formats, each size as it is; the corpus is repeated
under further sources so every delivery is a new story) over 32 connections,
timed from its first POST until the last delivery's `processed_at`. Prints
stories/s and the ratio to the no-op rate, and the peak resident memory (VmHWM)
of each worker process after the burst. Never pass/fail.

BENCH_E2E_DELIVERIES (2000; 100 with BENCH_QUICK=1) sets the burst; BENCH_E2E_TIMEOUT (600 s) bounds the wait.
"""
from __future__ import annotations

import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.benchkit import BENCH_REDIS_URL, Stack, finish_load, rss_peaks_mb  # noqa: E402
from benchmarks.noop_task import COUNTER  # noqa: E402
from benchmarks.webhook_load import corpus_bodies  # noqa: E402

QUICK = os.environ.get("BENCH_QUICK") == "1"  # `scripts/bench.sh --quick`: a burst of 100, every summary line
COUNT = int(os.environ.get("BENCH_E2E_DELIVERIES", "100" if QUICK else "2000"))
TIMEOUT = float(os.environ.get("BENCH_E2E_TIMEOUT", "600"))
FINISHED = ("done", "duplicate", "failed")


def noop_rate(redis_client, count: int) -> float:
    """Tasks per second: `count` no-op tasks sent from here, until the worker has run them all."""
    from celery import Celery

    app = Celery(broker=BENCH_REDIS_URL)
    app.conf.task_default_queue = "celery"
    redis_client.set(COUNTER, 0)
    began = time.time()
    for _ in range(count):
        app.send_task("bench.noop", queue="celery")
    while int(redis_client.get(COUNTER) or 0) < count:
        if time.time() - began > TIMEOUT:
            raise RuntimeError("the no-op tasks did not all run in time")
        time.sleep(0.02)
    return count / (time.time() - began)


def wait_for_worker(redis_client) -> None:
    from celery import Celery

    app = Celery(broker=BENCH_REDIS_URL)
    redis_client.set(COUNTER, 0)
    app.send_task("bench.noop", queue="celery")
    deadline = time.time() + 120
    while not int(redis_client.get(COUNTER) or 0):
        if time.time() > deadline:
            raise RuntimeError("the worker did not start")
        time.sleep(0.1)


def main() -> None:
    import redis

    per_round = len(corpus_bodies(ROOT / "tests" / "corpus"))
    sources = [f"e2e{n}" for n in range(math.ceil(COUNT / per_round))]
    stack = Stack("e2e")
    stack.create_database(sources)
    redis_client = redis.Redis.from_url(BENCH_REDIS_URL)
    try:
        stack.start_web()
        worker = stack.start_worker(concurrency=2)
        wait_for_worker(redis_client)
        print(f"gunicorn on 127.0.0.1:{stack.port}, one worker of 2 processes; {COUNT} deliveries, "
              f"{per_round} corpus items under each of {len(sources)} sources", flush=True)
        noop = noop_rate(redis_client, COUNT)
        print(f"no-op tasks: {noop:.0f}/s through the same worker and Redis", flush=True)

        load = stack.load(f"{stack.base_url}/ingest/webhooks/{{slug}}/", count=COUNT, seconds=TIMEOUT,
                          concurrency=32, id_prefix="e2e", sources=",".join(sources), wait=False)
        deadline = time.time() + TIMEOUT
        with stack.connect() as db:
            while True:
                finished = db.execute("SELECT count(*) FROM ingest_delivery WHERE status = ANY(%s)", [list(FINISHED)]).fetchone()[0]
                if finished >= COUNT or time.time() > deadline:
                    break
                time.sleep(0.2)
            posted = finish_load(load)
            last = db.execute("SELECT extract(epoch FROM max(processed_at)) FROM ingest_delivery").fetchone()[0]
            statuses = dict(db.execute("SELECT status, count(*) FROM ingest_delivery GROUP BY status").fetchall())
            stories = db.execute("SELECT count(*) FROM ingest_story").fetchone()[0]
            raw_mb = db.execute("SELECT coalesce(sum(size), 0) FROM ingest_delivery").fetchone()[0] / 1e6
        peaks = rss_peaks_mb(worker.pid)
        elapsed = float(last) - posted["wall_started"]
        answers = ", ".join(f"{code}: {n}" for code, n in sorted(posted["statuses"].items()))
        print(f"posted {posted['requests']} deliveries ({raw_mb:.1f} MB) in {posted['seconds']:.1f}s "
              f"({posted['rps']:.0f}/s; {answers}); deliveries {statuses}", flush=True)
        print(f"first POST to last story stored: {elapsed:.1f}s, {stories} stories, {finished / elapsed:.0f} deliveries/s")
        if finished < COUNT:
            print(f"NOTE: only {finished} of {COUNT} deliveries finished within {TIMEOUT:.0f}s")
        rate = stories / elapsed
        children = {pid: mb for pid, mb in peaks.items() if pid != worker.pid}
        print("worker processes' peak RSS: " + ", ".join(f"{mb:.0f} MB" for mb in children.values())
              + f" (the worker's main process {peaks.get(worker.pid, 0):.0f} MB)")
        burst = "" if COUNT == 2000 else f" (a burst of {COUNT:,}, not 2,000)"
        print(f"end to end stories/s: {rate:.0f}{burst}")
        print(f"end to end ratio to no-op: {rate / noop:.3f}{burst}")
        print(f"worker peak rss MB: {max(children.values(), default=0):.0f}")
    finally:
        stack.stop()
        stack.flush_redis()
        stack.drop_database()


if __name__ == "__main__":
    main()
