"""The feed's cost must not grow with the archive: page times at 1,000 and 1,000,000 stories, on PostgreSQL.

Builds two throwaway databases (from BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/newsroom_bench:
`<name>_1k` and `<name>_1m`), bulk-inserts stories with generate_series, and times full requests through
Django (middleware, auth, throttle counters in Redis, filters, keyset page, serializer, ETag). Requests
alternate between the two archives, so load from anything else on the machine hits both sizes alike.
Prints each median and p99 and the ratio 1M / 1k (the 1k archive is the baseline measured in the same run),
then `feed ratio 1M/1k` (the median of the requests' ratios of medians) and `feed p99 ms at 1M` (the 99th
percentile of every timed request on the large archive). Never pass/fail.

BENCH_QUICK=1 (`scripts/bench.sh --quick`) builds a 10,000-story archive instead and times 10 rounds:
the summary lines keep their names and say which size they were measured at.
"""
from __future__ import annotations

import math
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BENCH_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/newsroom_bench")
QUICK = os.environ.get("BENCH_QUICK") == "1"
SIZES = {"small": 1_000, "large": int(os.environ.get("BENCH_LARGE", "10000" if QUICK else "1000000"))}
REPEAT = int(os.environ.get("BENCH_REPEAT", "10" if QUICK else "40"))
WARMUP = 5
SOURCES = 10
WORDS = ["markets", "earthquake", "election", "football", "weather", "ceasefire", "vaccine", "budget"]

_parts = urlsplit(BENCH_URL)
DB_NAMES = {"small": f"{_parts.path.lstrip('/')}_1k", "large": f"{_parts.path.lstrip('/')}_1m"}

os.environ["DATABASE_URL"] = BENCH_URL.rsplit("/", 1)[0] + "/" + DB_NAMES["large"]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
os.environ.setdefault("CACHE_URL", "redis://127.0.0.1:6379/14")  # throttle counters away from dev and tests
os.environ["API_ANON_THROTTLE_RATE"] = "100000000/min"  # counted (that cost is real), never hit


class ArchiveRouter:
    """Sends every query to the archive being measured right now."""

    active = "default"

    def db_for_read(self, model, **hints):
        return ArchiveRouter.active

    db_for_write = db_for_read

    def allow_migrate(self, db, app_label, **hints):
        return True


def admin_connection():
    import psycopg

    return psycopg.connect(host=_parts.hostname, port=_parts.port or 5432, user=_parts.username or "postgres",
                           dbname="postgres", autocommit=True)


def recreate_databases() -> None:
    with admin_connection() as admin:
        for name in DB_NAMES.values():
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')


def drop_databases() -> None:
    from django.db import connections

    connections.close_all()
    with admin_connection() as admin:
        for name in DB_NAMES.values():
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def insert_stories(alias: str, count: int) -> None:
    """`count` stories (row 1 the newest) in one INSERT ... SELECT generate_series; every NOT NULL column filled.

    Ten sources share the stories, but one small source has 0.1% of them; about 5% drafts, 1% killed, 0.2% under
    embargo, 20% German; one of eight topic words per headline and body.
    """
    from django.db import connections

    from ingest.models import Story

    chosen = {
        "source_id": "CASE WHEN g % 1000 = 7 THEN (SELECT id FROM ingest_wiresource WHERE slug = 'src-small') "
                     f"ELSE (SELECT id FROM ingest_wiresource ORDER BY id OFFSET (g % {SOURCES}) LIMIT 1) END",
        "guid": "'bench-' || g",
        "version": "1",
        "status": "CASE WHEN g % 20 = 0 THEN 'draft' WHEN g % 97 = 0 THEN 'killed' ELSE 'published' END",
        "headline": f"'Story ' || g || ' on ' || (ARRAY{WORDS!r})[1 + g % {len(WORDS)}]",
        "byline": "'By Reporter ' || (g % 50)",
        "authors": "jsonb_build_array('Reporter ' || (g % 50))",
        "credit": "'Reuters'",
        "body_text": f"'Body of story ' || g || ' about ' || (ARRAY{WORDS!r})[1 + (g / 7) % {len(WORDS)}] || ' and more.'",
        "body_html": "'<p>Body of story ' || g || '.</p>'",
        "language": "CASE WHEN g % 5 = 0 THEN 'de' ELSE 'en' END",
        "urgency": "1 + g % 8",
        "published_at": "CASE WHEN g % 20 = 0 THEN NULL ELSE now() - g * interval '1 second' END",
        "embargoed_until": "CASE WHEN g % 500 = 3 THEN now() + interval '1 day' ELSE NULL END",
        "created_at": "now() - g * interval '1 second'",
        "updated_at": "now() - g * interval '1 second'",
    }
    columns, values = [], []
    for field in Story._meta.concrete_fields:
        if field.primary_key:
            continue
        columns.append(f'"{field.column}"')
        if field.column in chosen:
            values.append(chosen[field.column])
        elif field.null:
            values.append("NULL")
        else:
            kind = field.get_internal_type()
            values.append("'[]'::jsonb" if kind == "JSONField" else "false" if kind == "BooleanField"
                          else "0" if "Integer" in kind else "''")
    sql = (f"INSERT INTO ingest_story ({', '.join(columns)}) SELECT {', '.join(values)} "
           f"FROM generate_series(1, {count}) AS g")
    with connections[alias].cursor() as cursor:
        cursor.execute(sql)
        cursor.execute("ANALYZE ingest_story")


def percentile(values: list[float], pct: float) -> float:
    """The nearest-rank percentile: the smallest sample with at least `pct` % of the samples at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def middle_cursor() -> str:
    """A `next` cursor pointing halfway down the archive, as a reader paging deep would hold."""
    from rest_framework.pagination import Cursor

    from ingest import selectors
    from ingest.api.pagination import FeedCursorPagination

    stories = selectors.published_stories().order_by("-published_at")
    middle = stories.values_list("published_at", flat=True)[SIZES["small"] // 2 if ArchiveRouter.active == "small"
                                                            else SIZES["large"] // 2]
    paginator = FeedCursorPagination()
    paginator.base_url = "http://testserver/api/stories/"
    return paginator.encode_cursor(Cursor(offset=0, reverse=False, position=str(middle))).split("cursor=")[1]


def main() -> None:
    recreate_databases()
    import django
    from django.conf import settings

    settings.DATABASES["small"] = {**settings.DATABASES["default"], "NAME": DB_NAMES["small"]}
    settings.DATABASES["large"] = settings.DATABASES["default"]
    settings.DATABASE_ROUTERS = ["__main__.ArchiveRouter"]
    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from ingest.models import WireSource

    for alias, count in SIZES.items():
        ArchiveRouter.active = alias
        call_command("migrate", database=alias, verbosity=0)
        WireSource.objects.using(alias).bulk_create(
            [WireSource(slug=f"src-{i}", name=f"Source {i}", signing_secret="whsec_x") for i in range(SOURCES)]
            + [WireSource(slug="src-small", name="A small source", signing_secret="whsec_x")])
        start = time.perf_counter()
        insert_stories(alias, count)
        print(f"archive of {count:,} stories ready in {time.perf_counter() - start:.1f}s", flush=True)

    queries = {
        "first page": {alias: "" for alias in SIZES},
        "first page, 100 per page": {alias: "page_size=100" for alias in SIZES},
        "page halfway down the archive": {},
        "one source": {alias: "source=src-3" for alias in SIZES},
        "a small source (0.1%)": {alias: "source=src-small" for alias in SIZES},
        "language + urgency": {alias: "language=en&max_urgency=3" for alias in SIZES},
        "full text, common word": {alias: "q=earthquake" for alias in SIZES},
        "full text, one old match": {alias: "q=901" for alias in SIZES},
        "full text, no match": {alias: "q=zebra" for alias in SIZES},
    }
    for alias in SIZES:
        ArchiveRouter.active = alias
        queries["page halfway down the archive"][alias] = f"cursor={middle_cursor()}"

    client = Client()
    medians: dict[str, dict[str, float]] = {}
    p99s: dict[str, dict[str, float]] = {}
    every_large: list[float] = []
    for label, per_alias in queries.items():
        samples: dict[str, list[float]] = {alias: [] for alias in SIZES}
        for alias, query in per_alias.items():
            ArchiveRouter.active = alias
            response = client.get(f"/api/stories/?{query}")
            assert response.status_code == 200, (label, alias, response.status_code, response.content[:300])
            assert response.json()["results"] or "no match" in label, f"{label}: empty page"
            for _ in range(WARMUP):
                client.get(f"/api/stories/?{query}")
        for _ in range(REPEAT):
            for alias, query in per_alias.items():  # alternate: both sizes see the same machine load
                ArchiveRouter.active = alias
                start = time.perf_counter()
                client.get(f"/api/stories/?{query}")
                samples[alias].append((time.perf_counter() - start) * 1000)
        medians[label] = {alias: statistics.median(values) for alias, values in samples.items()}
        p99s[label] = {alias: percentile(values, 99) for alias, values in samples.items()}
        every_large += samples["large"]

    small, large = SIZES["small"], SIZES["large"]
    print(f"\nGET /api/stories/ on PostgreSQL: median and p99 of {REPEAT} full requests through Django, sizes alternating")
    print(f"{'request':32} {f'{small:,} stories':>20} {f'{large:,} stories':>24} {'ratio':>7}")
    for label, times in medians.items():
        print(f"{label:32} {times['small']:8.2f} / {p99s[label]['small']:6.2f}ms {times['large']:12.2f} / "
              f"{p99s[label]['large']:6.2f}ms {times['large'] / times['small']:7.2f}")
    ratios = [times["large"] / times["small"] for times in medians.values()]
    print(f"\nratio {large:,} / {small:,} stories: median {statistics.median(ratios):.2f}, worst {max(ratios):.2f} "
          "(1.00 = cost independent of archive size)")
    measured_at = "" if large == 1_000_000 else f" (measured at {large:,} stories, not 1M)"
    print(f"feed ratio 1M/1k: {statistics.median(ratios):.2f}{measured_at}")
    print(f"feed p99 ms at 1M: {percentile(every_large, 99):.1f}{measured_at}")

    from ingest.selectors import RARE_MATCHES

    print(f"full text: a word with at most {RARE_MATCHES:,} matches is looked up by id through the GIN index; a more "
          f"common one costs a probe that reads {RARE_MATCHES + 1:,} matches, then the newest-first walk. Past that "
          "point the cost no longer grows with the archive (the 1k archive never reaches it, hence its lower time).")

    if not os.environ.get("BENCH_KEEP_DB"):
        drop_databases()


if __name__ == "__main__":
    main()
