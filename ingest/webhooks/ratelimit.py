"""Per-source webhook rate limit: a sliding-window counter in Redis, shared by every web process.

The estimate is this window's count plus the previous window's, weighted by
how much of it the sliding window still covers, so a burst across a window
boundary cannot pass twice the limit (a fixed window lets it). Only requests
let through are counted: a sender that keeps retrying while refused does not
push its own Retry-After further out. One Lua script, so check and count are
atomic across web processes.

Hand-written on redis-py rather than with django-ratelimit because that
library raises when its cache is unreachable,
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
from ingest.redis_call import call

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
    if unit not in _PERIODS or not count.isdigit() or int(count) < 1:
        raise ValueError(f"rate limit {text!r} is not like '600/m' or '20/s' (or 'off')")
    return Rate(int(count), int(multiplier) * _PERIODS[unit])


def rate_for_source(slug: str) -> Rate | None:
    """The source's limit. A malformed one (the `ingest.E001` check reports it) limits nothing rather than 500."""
    per_source = ingest_setting("SOURCE_RATE_LIMITS") or {}
    try:
        return parse_rate(per_source.get(slug, ingest_setting("RATE_LIMIT")))
    except ValueError as exc:
        logger.error("%s; not rate limiting", exc, extra={"source": slug})
        return None


@lru_cache(maxsize=4)
def _client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5, retry_on_timeout=False)


@lru_cache(maxsize=4)
def _sliding_window_script(url: str):
    """The script, sent by its SHA1 (EVALSHA; redis-py loads it again if the server lost it): each webhook runs
    it twice, and EVAL would send the script's text and make Redis hash it every time."""
    return _client(url).register_script(_SLIDING_WINDOW)


def _redis_url() -> str:
    return ingest_setting("RATE_LIMIT_REDIS_URL") or settings.CELERY_BROKER_URL


# KEYS: this window's counter, the previous window's. ARGV: the previous window's weight, the limit,
# the counter's lifetime, and "1" to count an admitted request ("0" only looks).
# Returns {allowed, this window's count after the call, previous count}.
_SLIDING_WINDOW = """
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
if previous * tonumber(ARGV[1]) + current + 1 > tonumber(ARGV[2]) then
  return {0, current, previous}
end
if ARGV[4] == '1' then
  current = redis.call('INCR', KEYS[1])
  redis.call('EXPIRE', KEYS[1], ARGV[3])
end
return {1, current, previous}
"""


def check_rate(slug: str, now: float | None = None) -> Decision:
    """Count one request for the source; say whether it may go on and, if not, for how long to wait."""
    return _sliding_window(f"ingest:ratelimit:{slug}", rate_for_source(slug), now, count=True)


def failed_signatures_exceeded(client: str, now: float | None = None) -> Decision:
    """Whether this client has sent too many badly signed requests lately (looks only; see `record_failed_signature`).

    Checked before the body is read, so a flood of unsigned posts costs one
    Redis call each, not a read of up to `INGEST_MAX_BODY_BYTES`.
    """
    return _sliding_window(f"ingest:badsig:{client}", parse_rate(ingest_setting("FAILED_SIGNATURE_LIMIT")), now, count=False)


def record_failed_signature(client: str, now: float | None = None) -> None:
    rate = parse_rate(ingest_setting("FAILED_SIGNATURE_LIMIT"))
    if rate is None:
        return
    now = time.time() if now is None else now
    key = f"ingest:badsig:{client}:{rate.period}:{int(now // rate.period)}"
    try:
        _client(_redis_url()).pipeline(transaction=True).incr(key).expire(key, 2 * rate.period + 1).execute()
    except redis.RedisError as exc:
        logger.warning("rate limiter unavailable, failed signature not counted: %s", exc)


def _sliding_window(name: str, rate: Rate | None, now: float | None, *, count: bool) -> Decision:
    if rate is None:
        return Decision(allowed=True)
    now = time.time() if now is None else now
    window = int(now // rate.period)
    previous_weight = 1 - (now - window * rate.period) / rate.period
    prefix = f"{name}:{rate.period}"
    keys = [f"{prefix}:{window}", f"{prefix}:{window - 1}"]
    args = [repr(previous_weight), rate.limit, 2 * rate.period + 1, "1" if count else "0"]
    url = _redis_url()
    try:
        script = _sliding_window_script(url)
        try:  # EVALSHA straight on the client's pool (ingest/redis_call.py: no retry, the limiter fails open)
            allowed, current, previous = call(_client(url), "EVALSHA", script.sha, 2, *keys, *args)
        except redis.exceptions.NoScriptError:  # Redis restarted or flushed its scripts: redis-py loads it again
            allowed, current, previous = script(keys=keys, args=args)
    except redis.RedisError as exc:
        logger.warning("rate limiter unavailable, letting the request through: %s", exc, extra={"limit_key": name})
        return Decision(allowed=True, limit=rate.limit)
    used = previous * previous_weight + current
    if allowed:
        return Decision(allowed=True, limit=rate.limit, remaining=max(0, math.floor(rate.limit - used)))
    wait = _seconds_until_room(rate, window, now, current, previous)
    return Decision(allowed=False, retry_after=max(1, math.ceil(wait)), limit=rate.limit, remaining=0)


def _seconds_until_room(rate: Rate, window: int, now: float, current: int, previous: int) -> float:
    """When the sliding estimate first leaves room for one more request, if nothing else arrives."""
    window_start = window * rate.period
    if current + 1 <= rate.limit:  # room once enough of the previous window has slid out
        weight_needed = (rate.limit - current - 1) / previous
        return window_start + rate.period * (1 - weight_needed) - now
    # This window is full on its own: wait into the next, where this window is the previous one.
    weight_needed = (rate.limit - 1) / current
    return window_start + rate.period * (2 - weight_needed) - now
