"""Per-source webhook rate limit: a fixed-window counter in Redis, shared by every web process.

Hand-written on redis-py (INCR + EXPIRE in one MULTI) rather than with
django-ratelimit because that library raises when its cache is unreachable,
and the webhook must keep accepting (and storing) deliveries while Redis is
down: this limiter fails open, with a warning, and never waits more than half
a second for Redis.
"""
from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from functools import lru_cache

import redis
from django.conf import settings

from ingest.conf import ingest_setting

logger = logging.getLogger("ingest.webhooks")

_PERIODS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hour": 3600, "d": 86400, "day": 86400}


@dataclass(frozen=True)
class Rate:
    limit: int
    period: int


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: int = 0
    limit: int = 0
    remaining: int = 0


def parse_rate(text: str | None) -> Rate | None:
    """'600/m', '20/s', '1000/10m' -> Rate; '', 'off', 'none' -> no limit."""
    text = (text or "").strip().lower()
    if text in ("", "off", "none", "0"):
        return None
    count, _, period = text.partition("/")
    multiplier = "".join(ch for ch in period if ch.isdigit()) or "1"
    unit = period.lstrip("0123456789")
    if unit not in _PERIODS or not count.isdigit():
        raise ValueError(f"rate limit {text!r} is not like '600/m' or '20/s'")
    return Rate(int(count), int(multiplier) * _PERIODS[unit])


def rate_for_source(slug: str) -> Rate | None:
    per_source = ingest_setting("SOURCE_RATE_LIMITS") or {}
    return parse_rate(per_source.get(slug, ingest_setting("RATE_LIMIT")))


@lru_cache(maxsize=4)
def _client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5, retry_on_timeout=False)


def _redis_url() -> str:
    return ingest_setting("RATE_LIMIT_REDIS_URL") or settings.CELERY_BROKER_URL


def check_rate(slug: str, now: float | None = None) -> Decision:
    """Count one request for the source; say whether it may go on and, if not, for how long to wait."""
    rate = rate_for_source(slug)
    if rate is None:
        return Decision(allowed=True)
    now = time.time() if now is None else now
    window = int(now // rate.period)
    key = f"ingest:ratelimit:{slug}:{rate.period}:{window}"
    try:
        pipe = _client(_redis_url()).pipeline(transaction=True)
        pipe.incr(key)
        pipe.expire(key, rate.period + 1)
        count = pipe.execute()[0]
    except redis.RedisError as exc:
        logger.warning("rate limiter unavailable, letting the request through: %s", exc, extra={"source": slug})
        return Decision(allowed=True, limit=rate.limit)
    retry_after = max(1, math.ceil((window + 1) * rate.period - now))
    return Decision(allowed=count <= rate.limit, retry_after=retry_after, limit=rate.limit,
                    remaining=max(0, rate.limit - count))
