"""Request rates for the feed, counted in the shared cache (Redis) so every web process sees one count."""
import logging

from redis.exceptions import RedisError
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

logger = logging.getLogger("ingest.api")


class _RateFromSettings:
    """Read the rate at request time, not at import: DRF's class attribute freezes it when first imported,
    which makes `REST_FRAMEWORK` overrides (tests, a reloaded config) silently ignored."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class _FailOpen:
    """A Redis outage must not take the feed down: without its counter the throttle lets requests through."""

    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except (RedisError, OSError) as exc:
            logger.warning("throttle counter unavailable, request allowed: %s", exc)
            return True


class FeedAnonThrottle(_FailOpen, _RateFromSettings, AnonRateThrottle):
    """Anonymous readers, keyed by client address (X-Forwarded-For honoured per NUM_PROXIES)."""


class FeedUserThrottle(_FailOpen, _RateFromSettings, UserRateThrottle):
    """Token or session users, keyed by user id: a partner's integration gets its own budget."""
