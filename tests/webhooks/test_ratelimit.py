"""The sliding-window limiter against the real (test) Redis, at chosen instants."""
from __future__ import annotations

import uuid

import pytest
from django.core import checks

from ingest.webhooks.ratelimit import Rate, check_rate, parse_rate
from tests.webhooks.test_views import ingest_settings

PERIOD = 60
T0 = 1_800_000_000 // PERIOD * PERIOD  # the start of a window


@pytest.fixture
def slug():
    return f"rl-{uuid.uuid4().hex[:10]}"


def send(slug, count, at):
    return [check_rate(slug, now=at) for _ in range(count)]


@pytest.mark.parametrize("text, rate", [
    ("600/m", Rate(600, 60)), ("20/s", Rate(20, 1)), ("1000/10m", Rate(1000, 600)), ("5/h", Rate(5, 3600)),
    (" 7/Minute ", Rate(7, 60)), ("off", None), ("", None), ("none", None), (None, None),
])
def test_parse_rate(text, rate):
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["0/m", "ten/m", "5/fortnight", "5", "-1/s"])
def test_parse_rate_refuses_malformed_limits(text):
    with pytest.raises(ValueError, match="not like"):
        parse_rate(text)


def test_a_burst_across_the_window_boundary_cannot_pass_twice_the_limit(slug):
    with ingest_settings(SOURCE_RATE_LIMITS={slug: "10/m"}):
        late = send(slug, 12, at=T0 + 59)
        early_next = send(slug, 12, at=T0 + 61)
    assert [d.allowed for d in late] == [True] * 10 + [False] * 2
    # A fixed window would let ten more through one second later; the sliding one still counts the last minute.
    assert not any(d.allowed for d in early_next)


def test_room_comes_back_as_the_previous_window_slides_out(slug):
    with ingest_settings(SOURCE_RATE_LIMITS={slug: "10/m"}):
        send(slug, 10, at=T0 + 1)
        refused = check_rate(slug, now=T0 + 30)
        # Half a window into the next one, half the old requests still weigh: five fit, the sixth does not.
        halfway = send(slug, 6, at=T0 + PERIOD + 30)
    assert not refused.allowed
    assert 30 < refused.retry_after <= 37  # the next window, once a tenth of this one has slid out
    assert [d.allowed for d in halfway] == [True] * 5 + [False]
    assert halfway[-1].retry_after >= 1


def test_refused_requests_do_not_count(slug):
    with ingest_settings(SOURCE_RATE_LIMITS={slug: "3/m"}):
        send(slug, 3, at=T0 + 1)
        refused = send(slug, 50, at=T0 + 2)
        next_window = check_rate(slug, now=T0 + PERIOD + PERIOD * 0.4)
    assert not any(d.allowed for d in refused)
    assert next_window.allowed  # 3 x 0.6 + 0 < 3: the 50 refused retries left no trace


def test_retry_after_is_when_a_request_fits_again(slug):
    with ingest_settings(SOURCE_RATE_LIMITS={slug: "4/m"}):
        send(slug, 4, at=T0 + 10)
        refused = check_rate(slug, now=T0 + 20)
        assert not check_rate(slug, now=T0 + 20 + refused.retry_after - 2).allowed
        assert check_rate(slug, now=T0 + 20 + refused.retry_after).allowed


def test_remaining_counts_down(slug):
    with ingest_settings(SOURCE_RATE_LIMITS={slug: "3/m"}):
        assert [d.remaining for d in send(slug, 3, at=T0 + 5)] == [2, 1, 0]


def test_a_malformed_limit_is_a_system_check_error_and_limits_nothing(slug):
    with ingest_settings(RATE_LIMIT="600/m", SOURCE_RATE_LIMITS={slug: "lots/m"}):
        errors = [e for e in checks.run_checks() if e.id == "ingest.E001"]
        decisions = send(slug, 3, at=T0)
    assert [e.obj for e in errors] == [f"INGEST_SOURCE_RATE_LIMITS[{slug}]"]
    assert all(d.allowed for d in decisions)


def test_a_redis_that_lost_its_scripts_loads_the_limiter_again(slug):
    """The script is sent by its SHA straight on the pool (ingest/redis_call.py); after a SCRIPT FLUSH (a restarted
    Redis) the NOSCRIPT reply makes redis-py load it again, and counting goes on."""
    from ingest.webhooks.ratelimit import _client, _redis_url

    with ingest_settings(SOURCE_RATE_LIMITS={slug: "3/m"}):
        first = send(slug, 2, at=T0 + 1)
        _client(_redis_url()).script_flush()
        after = send(slug, 2, at=T0 + 2)
    assert [d.allowed for d in first + after] == [True, True, True, False]
    assert [d.remaining for d in first + after][:3] == [2, 1, 0]


def test_the_raw_call_keeps_a_pool_connection_usable_after_an_error_reply():
    import redis

    from ingest.redis_call import call
    from ingest.webhooks.ratelimit import _client, _redis_url

    client = _client(_redis_url())
    with pytest.raises(redis.ResponseError):
        call(client, "INCR", "no-such-command-args", "too", "many")
    key = f"rc-{uuid.uuid4().hex}"
    assert call(client, "LPUSH", key, "x") == 1 and client.lrange(key, 0, -1) == [b"x"]
    client.delete(key)
