"""The editors' story queue at 1,000 and at 100,000 stories: the same pages, timed, and the ratio.

A queue that stays fast as the archive grows has ratios near 1 where a page
shows the same number of rows at both sizes (the `rows` columns); searches
show what a scan costs (PostgreSQL answers them from trigram and full-text indexes; SQLite scans).
Ends with the worst search and filter ratios. Runs on a
throwaway test database on PostgreSQL, as production runs (DATABASE_URL, else
BENCH_POSTGRES_URL as the other benchmarks; DATABASE_URL=sqlite:///... for SQLite,
whose searches scan); prints figures, never passes or fails. `make bench` runs it;
BENCH_STORIES changes the large size.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.test_settings")
# The issue's figure is PostgreSQL's (production's database): the benchmarks' server unless told otherwise.
os.environ.setdefault("DATABASE_URL", os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/newsroom_bench"))
os.environ.setdefault("NEWSROOM_TEST_SLOT", "9")  # its own test database and Redis db, away from test runs

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

SMALL = 1_000
QUICK = os.environ.get("BENCH_QUICK") == "1"  # `scripts/bench.sh --quick`: 5,000 stories, best of 2
LARGE = int(os.environ.get("BENCH_STORIES", "5000" if QUICK else "100000"))
REPEAT = 2 if QUICK else 7  # best of: the machine may be shared, and load only ever adds time

PAGES = {
    "queue, newest first": "/admin/ingest/story/",
    "status = draft": "/admin/ingest/story/?status__exact=draft",
    "had boilerplate removed": "/admin/ingest/story/?boilerplate_removed=yes",
    "has newer wire version": "/admin/ingest/story/?newer_version=yes",
    "one source": "/admin/ingest/story/?source__id__exact={source}",
    "urgency = 1 (flash)": "/admin/ingest/story/?urgency=1",
    "search a body word": "/admin/ingest/story/?q=zanzibar",
    "search a byline": "/admin/ingest/story/?q=Okonkwo",
    # Terms only the first 1,000 stories hold: the same rows at both sizes, so the ratio is the search's own cost.
    "search a rare body word": "/admin/ingest/story/?q=xylophone",
    "search a rare byline": "/admin/ingest/story/?q=Quartermaine",
    "search a rare headline part": "/admin/ingest/story/?q=limanjar",
    "one story page": "/admin/ingest/story/{story}/change/",
}

WORDS = ("minister", "talks", "council", "market", "storm", "court", "election", "harbour", "budget", "strike")


def add_stories(sources, start: int, count: int) -> None:
    from ingest.models import Story

    now = timezone.now()
    batch = []
    for n in range(start, start + count):
        removed = [{"text": "Advertisement", "rule": "library:ad", "block": 3, "item": None}] if n % 3 == 0 else []
        word = "zanzibar" if n % 5000 == 0 else "xylophone" if n == 500 else WORDS[n % len(WORDS)]
        rare = n < SMALL
        batch.append(Story(
            source=sources[n % len(sources)], guid=f"bench-{n}",
            headline=f"Story {n}: {'Kilimanjaro' if rare and n % 250 == 7 else WORDS[n % 7]} {WORDS[n % 9]} update",
            byline="By Ada Okonkwo" if n % 1000 == 0 else "By Ines Quartermaine" if rare and n % 100 == 50 else f"By Writer {n % 50}",
            dateline="LAGOS",
            status=("draft", "approved", "published", "rejected")[n % 4], urgency=n % 8 + 1,
            body_text=(f"The {word} story number {n}. " * 30), body_html=f"<p>The {word} story number {n}.</p>" * 30,
            removed=removed, has_removed_boilerplate=bool(removed),
            # 100 waiting among the first 1,000, then rare (1 in 997), as in a real archive.
            pending_update={"version": 2, "fields": {"headline": "v2"}} if n % (10 if n < 1000 else 997) == 0 else None,
            created_at=now, wire_updated_at=now,
        ))
        if len(batch) == 2000:
            Story.objects.bulk_create(batch)
            batch = []
    Story.objects.bulk_create(batch)


def time_pages(client, fill: dict) -> dict[str, tuple[float, int]]:
    timings = {}
    for label, url in PAGES.items():
        url = url.format(**fill)
        samples = []
        for _ in range(REPEAT):
            began = time.perf_counter()
            response = client.get(url)
            samples.append(time.perf_counter() - began)
            assert response.status_code == 200, (url, response.status_code)
        rows = len(response.context["cl"].result_list) if "cl" in (response.context or {}) else 1
        timings[label] = (min(samples), rows)
    return timings


def main() -> None:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from ingest.models import Story, WireSource

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        sources = [WireSource.objects.create(slug=f"bench{i}", name=f"Bench {i}", signing_secret="whsec_x") for i in range(5)]
        admin = get_user_model().objects.create_superuser("bench", "bench@example.com", "bench")
        client = Client()
        client.force_login(admin)
        print(f"database: {connection.vendor}")

        add_stories(sources, 0, SMALL)
        fill = {"source": sources[1].pk, "story": Story.objects.order_by("pk").first().pk}
        small = time_pages(client, fill)
        began = time.perf_counter()
        add_stories(sources, SMALL, LARGE - SMALL)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE ingest_story")
        print(f"inserted {LARGE - SMALL:,} more stories in {time.perf_counter() - began:.1f}s")
        large = time_pages(client, fill)

        print(f"{'page':26} {SMALL:>10,} rows {LARGE:>10,} rows   ratio (best of {REPEAT})")
        for label in PAGES:
            (t_small, n_small), (t_large, n_large) = small[label], large[label]
            print(f"{label:26} {t_small * 1000:>8.1f}ms {n_small:>4} {t_large * 1000:>8.1f}ms {n_large:>4}   {t_large / t_small:5.2f}x")
        # A search that lists more rows at 100,000 stories also renders more; the summary takes the searches
        # that list the same rows at both sizes (every search's own ratio is printed above).
        searches = [large[label][0] / small[label][0] for label in PAGES
                    if label.startswith("search") and large[label][1] == small[label][1]]
        filters = [large[label][0] / small[label][0] for label in ("one source", "urgency = 1 (flash)")]
        # The summary's names are the (100k/1k) whatever the size; a smaller run says what it measured.
        measured_at = "" if LARGE == 100_000 else f" (measured at {LARGE:,} stories, not 100k)"
        print(f"admin filter ratio 100k/1k: {max(filters):.2f}{measured_at}")
        print(f"admin search ratio 100k/1k: {max(searches):.2f}{measured_at}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
