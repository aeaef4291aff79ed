"""The load process the intake and end-to-end benchmarks start: signed deliveries over loopback, concurrently.

Run by benchmarks/bench_intake.py, never alone in `make bench` (its name has no
bench_ prefix). Reads the corpus, signs every request before the clock starts
(Standard Webhooks, a distinct webhook-id each), then posts them over
`--concurrency` keep-alive connections with aiohttp until `--count` requests
are answered or `--seconds` pass, whichever comes first. Prints one JSON
object: requests answered, seconds, requests/s, p50/p99 latency and the
status codes seen. Loopback only: it refuses any other host.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.webhooks.signature import signed_headers  # noqa: E402

CONTENT_TYPES = {".txt": "text/plain; charset=utf-8", ".html": "text/html; charset=utf-8",
                 ".ninjs": "application/json", ".xml": "application/xml"}


def corpus_bodies(folder: Path) -> list[tuple[bytes, str]]:
    """Every wire item in the case folder (plain text, pages, ninjs, XML formats), in name order."""
    return [(path.read_bytes(), CONTENT_TYPES[path.suffix]) for path in sorted(folder.iterdir()) if path.suffix in CONTENT_TYPES]


def signed_requests(args, bodies) -> list[tuple[str, bytes, dict]]:
    """`count` requests; the n-th goes to source n // per_source (see --sources), its body the corpus's next item."""
    planned = []
    sources = args.sources.split(",")
    per_source = -(-args.count // len(sources))
    for n in range(args.count):
        body, content_type = bodies[n % len(bodies)]
        slug = sources[min(n // per_source, len(sources) - 1)]
        headers = signed_headers(args.secret, f"{args.id_prefix}-{n}", body)
        headers["Content-Type"] = content_type
        planned.append((args.url.format(slug=slug), body, headers))
    return planned


async def run(planned, concurrency: int, seconds: float) -> dict:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    next_index = 0
    deadline = time.perf_counter() + seconds

    async def connection(session: aiohttp.ClientSession) -> None:
        nonlocal next_index
        while next_index < len(planned) and time.perf_counter() < deadline:
            url, body, headers = planned[next_index]
            next_index += 1
            began = time.perf_counter()
            async with session.post(url, data=body, headers=headers) as response:
                await response.read()
            latencies.append(time.perf_counter() - began)
            statuses[response.status] = statuses.get(response.status, 0) + 1

    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    timeout = aiohttp.ClientTimeout(total=seconds + 30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout, skip_auto_headers=("User-Agent",)) as session:
        wall_started, started = time.time(), time.perf_counter()
        await asyncio.gather(*(connection(session) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies), "seconds": elapsed, "rps": len(latencies) / elapsed if elapsed else 0.0,
        "p50_ms": 1000 * statistics.median(latencies) if latencies else 0.0,
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] if latencies else 0.0,
        "statuses": statuses, "wall_started": wall_started,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="with {slug}: http://127.0.0.1:PORT/ingest/webhooks/{slug}/")
    parser.add_argument("--secret", required=True)
    parser.add_argument("--sources", default="bench", help="comma-separated slugs; the requests are split among them in order")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--id-prefix", default="load")
    parser.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    args = parser.parse_args()
    if urlsplit(args.url.format(slug="x")).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("loopback only: the benchmark never loads another host")
    planned = signed_requests(args, corpus_bodies(Path(args.corpus)))
    result = asyncio.run(run(planned, args.concurrency, args.seconds))
    result["bytes"] = sum(len(body) for _, body, _ in planned[: result["requests"]])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
