"""Test settings: the project's own, with the broker moved off the dev worker's Redis database."""
from .settings import *  # noqa: F401,F403
from .settings import env

# A running `make run` worker listens on db 0; tests use db 1 so it never steals their tasks.
REDIS_URL = env("TEST_REDIS_URL", default="redis://127.0.0.1:6379/1")
CELERY_BROKER_URL = REDIS_URL
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# A file, not :memory:, so that real worker processes started by the tests see the same data.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405

# Several test runs on one machine (developers in parallel) each take a slot: their own
# Redis database and their own test database, so their workers never share a queue or rows.
_SLOT = env.int("NEWSROOM_TEST_SLOT", default=0)
if _SLOT:
    REDIS_URL = env("TEST_REDIS_URL", default=f"redis://127.0.0.1:6379/{1 + _SLOT}")
    CELERY_BROKER_URL = REDIS_URL
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
        DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / f".test-db-{_SLOT}.sqlite3")}  # noqa: F405
    else:
        DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{_SLOT}"}  # noqa: F405

# Throttle counters in the test run's own Redis database (the slot's), never the dev server's.
CACHES["default"]["LOCATION"] = REDIS_URL  # noqa: F405
CACHES["default"]["KEY_PREFIX"] = f"newsroom-test-{_SLOT}"  # noqa: F405
# Tests make many requests from 127.0.0.1: a rate high enough for them; tests/api/test_throttling.py sets its own.
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "100000/min", "user": "100000/min"}}  # noqa: F405
# Every test client posts from 127.0.0.1, and many tests post bad signatures on purpose: the per-address
# limit would turn their 401s into 429s. tests/webhooks/test_views.py turns it on with addresses of its own.
INGEST = {**INGEST, "FAILED_SIGNATURE_LIMIT": "off"}  # noqa: F405
