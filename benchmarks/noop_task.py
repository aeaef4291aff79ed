"""The end-to-end benchmark's baseline: a Celery task that only counts itself in Redis.

Loaded into the benchmark's worker alone (`celery worker --include benchmarks.noop_task`),
never by the product. Its rate through the same worker and Redis is what the
stories/s figure is compared with.
"""
from functools import lru_cache

import redis
from celery import shared_task
from django.conf import settings

COUNTER = "bench:noop:done"


@lru_cache(maxsize=1)
def _redis() -> redis.Redis:
    return redis.Redis.from_url(settings.REDIS_URL)


@shared_task(name="bench.noop", ignore_result=True)
def noop() -> None:
    _redis().incr(COUNTER)
