"""Anonymous readers are rate limited, with the count kept in Redis so every web process shares it."""
import pytest
import redis
from django.conf import settings as django_settings

from .factories import make_story

pytestmark = pytest.mark.django_db


def redis_cache():
    return redis.Redis.from_url(django_settings.CACHES["default"]["LOCATION"])


@pytest.fixture
def three_per_minute(settings):
    """A low rate, and no counts left in Redis by earlier tests (user ids repeat after a rollback)."""
    client = redis_cache()
    for key in client.scan_iter(match=f"{django_settings.CACHES['default']['KEY_PREFIX']}:*throttle_*"):
        client.delete(key)
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "3/min", "user": "5/min"}}


def test_anonymous_reader_gets_429_with_retry_after(api, wire_source, three_per_minute):
    make_story(wire_source)
    address = {"REMOTE_ADDR": "203.0.113.7"}  # this test's own client: no counts from other tests
    assert [api.get("/api/stories/", **address).status_code for _ in range(3)] == [200, 200, 200]
    limited = api.get("/api/stories/", **address)
    assert limited.status_code == 429
    assert "throttled" in limited.json()["detail"].lower() and int(limited["Retry-After"]) > 0
    assert api.get("/api/stories/", REMOTE_ADDR="203.0.113.8").status_code == 200  # another reader


def test_the_count_lives_in_redis_not_in_this_process(api, wire_source, three_per_minute):
    assert django_settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
    api.get("/api/stories/", REMOTE_ADDR="203.0.113.9")
    keys = [k.decode() for k in redis_cache().scan_iter(match="*throttle_anon_203.0.113.9*")]
    assert keys, "no throttle counter in Redis"


def test_staff_token_has_its_own_budget(staff_api, wire_source, three_per_minute):
    codes = [staff_api.get("/api/stories/", REMOTE_ADDR="203.0.113.10").status_code for _ in range(6)]
    assert codes == [200] * 5 + [429]


def test_a_forged_forwarded_for_header_does_not_reset_the_count(api, wire_source, three_per_minute):
    """With no proxy configured (API_NUM_PROXIES=0) the socket address counts, not what the client claims."""
    codes = [api.get("/api/stories/", REMOTE_ADDR="203.0.113.11", HTTP_X_FORWARDED_FOR=f"10.0.0.{i}").status_code
             for i in range(4)]
    assert codes == [200, 200, 200, 429]


def test_behind_one_proxy_the_forwarded_client_counts(api, wire_source, three_per_minute, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    proxy = {"REMOTE_ADDR": "10.1.1.1"}
    assert [api.get("/api/stories/", HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy).status_code for _ in range(4)] == [
        200, 200, 200, 429]
    assert api.get("/api/stories/", HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy).status_code == 200


def test_a_redis_outage_does_not_take_the_feed_down(api, wire_source, settings, caplog):
    """Port 9 (discard) has no Redis: the throttle cannot count, so it lets the reader through and says so."""
    make_story(wire_source)
    settings.CACHES = {"default": {**settings.CACHES["default"], "LOCATION": "redis://127.0.0.1:9/0"}}
    response = api.get("/api/stories/", REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 200 and len(response.json()["results"]) == 1
    assert "throttle counter unavailable" in caplog.text
