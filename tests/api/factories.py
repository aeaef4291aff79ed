"""Stories as the feed sees them, made directly (the pipeline has its own tests)."""
from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone as dt_timezone

from ingest.models import Story, WireSource

_guids = itertools.count(1)
BASE_TIME = datetime(2026, 11, 1, 12, 0, tzinfo=dt_timezone.utc)


def make_story(source: WireSource, *, minutes: float = 0, status: str = Story.Status.PUBLISHED, **fields) -> Story:
    """A story published `minutes` after BASE_TIME (published ones only get a published_at)."""
    n = next(_guids)
    defaults = dict(
        guid=f"guid-{n}",
        headline=f"Story number {n}",
        byline="By Jane Doe, Reuters",
        authors=["Jane Doe"],
        credit="Reuters",
        body_html=f"<p>Body of story {n}.</p>",
        body_text=f"Body of story {n}.",
        language="en",
        published_at=BASE_TIME + timedelta(minutes=minutes) if status == Story.Status.PUBLISHED else None,
    )
    defaults.update(fields)
    return Story.objects.create(source=source, status=status, **defaults)


def make_source(slug: str) -> WireSource:
    return WireSource.objects.create(slug=slug, name=slug.upper(), signing_secret="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
