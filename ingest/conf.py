"""The INGEST settings namespace, read with defaults (as DRF's api_settings does)."""
from django.conf import settings

from ingest.parse.detect import ACCEPTED_MEDIA_TYPES

DEFAULTS = {
    # A line recurring verbatim in at least this many distinct stories *and* this share of a source's recent
    # stories, with no story signal in it, is removed on its own (rule "learned:<id>"); weaker evidence is only
    # suggested to editors.
    "LEARN_ACTIVATE_MIN_STORIES": 5,
    "LEARN_ACTIVATE_MIN_SHARE": 0.3,
    "MAX_BODY_BYTES": 5 * 1024 * 1024,
    "TIMESTAMP_TOLERANCE_SECONDS": 300,
    # How long a rotated-out signing secret stays valid.
    "SECRET_ROTATION_GRACE_SECONDS": 24 * 3600,
    # Every media type the format detector knows (ingest/parse/detect.py), so the two cannot drift.
    "ALLOWED_CONTENT_TYPES": ACCEPTED_MEDIA_TYPES,
    # Deliveries waiting longer than this are re-enqueued by the sweep.
    "STALE_AFTER_SECONDS": 120,
    # How long a web process remembers a webhook's source (selectors.webhook_source); 0 reads it every time.
    "SOURCE_CACHE_SECONDS": 5,
    "MAX_ATTEMPTS": 5,
    # A delivery left `received` this long (the broker was down at enqueue) is enqueued by the sweep.
    "SWEEP_GRACE_SECONDS": 5,
    # Task retries for a database that is down or locked: 2, 4, 8... seconds (jittered), capped.
    "TASK_MAX_RETRIES": 5,
    "TASK_RETRY_BACKOFF": 2,
    "TASK_RETRY_BACKOFF_MAX": 60,
    # After the last retry, how long to keep trying to record the failure while the database is still away.
    "MARK_FAILED_WAIT_SECONDS": 60,
    # Webhook requests a source may make per window ("600/m"); SOURCE_RATE_LIMITS overrides per slug.
    "RATE_LIMIT": "600/m",
    "SOURCE_RATE_LIMITS": {},
    "RATE_LIMIT_REDIS_URL": "",  # empty: the Celery broker's Redis
    # Badly signed webhook requests one client address may send per window before it gets 429 without its body read.
    "FAILED_SIGNATURE_LIMIT": "30/m",
    # Stories one delivery may carry: past it the delivery fails before any cleaning, so one signed
    # request cannot keep a worker (and the database's write lock) busy for minutes.
    "MAX_ITEMS_PER_DELIVERY": 500,
    # Stories written per transaction: each batch commits at once, so other deliveries never wait long.
    "STORE_BATCH_SIZE": 50,
    # Seconds one editor regex may spend on one story, all its lines together (ingest/clean/budget.py).
    "RULE_STORY_BUDGET_SECONDS": 0.25,
    # Stories on which a regex may use up that budget before it is turned off (editors see it on the rules list).
    "RULE_OVERRUNS_BEFORE_DISABLE": 3,
    # Hard limit on a rule's preview in the admin (a web thread): past it the preview stops and says so.
    "RULE_PREVIEW_SECONDS": 5.0,
    # A webhook body still arriving after this long is refused with 408 (a slow or lying sender).
    "BODY_READ_SECONDS": 20.0,
    # How long after an editor's kill an administrator may still restore the story (ingest/services/kills.py).
    "KILL_UNDO_SECONDS": 15 * 60,
    # How often the open queue asks whether stories matching its filters arrived (ingest/static/ingest/queue.js).
    "QUEUE_POLL_SECONDS": 15,
}


def ingest_setting(name: str):
    return getattr(settings, "INGEST", {}).get(name, DEFAULTS[name])
