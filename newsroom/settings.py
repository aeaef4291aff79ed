"""Settings come from the environment (12-factor); see the README's configuration table."""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if env.bool("DJANGO_READ_DOT_ENV_FILE", default=False):
    environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-change-me")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "corsheaders",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------
# SQLite is the embedded default; a newsroom sets DATABASE_URL to PostgreSQL.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Workers and the web server write concurrently: take the write lock up
    # front and let WAL readers proceed, instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;",
         "timeout": env.float("SQLITE_BUSY_TIMEOUT", default=20.0)}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env("DJANGO_TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

# --- Celery (Redis broker) -------------------------------------------------------
REDIS_URL = env("REDIS_URL", default="redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = None  # outcomes live on the Delivery row, not in Redis
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
# Ack after the task ran, and requeue when a worker dies mid-task: tasks are idempotent.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=120)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=180)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# max_retries/interval_*: a publish with the broker down fails in well under a second instead of
# kombu's default multi-second reconnect loop, so the webhook still answers 202 at once and the
# sweep enqueues later. visibility_timeout: how long an unacked message (worker killed) waits
# before Redis hands it to another worker.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
    # How often a worker looks for unacked messages past the timeout: every interval x throttle seconds.
    "unacked_restore_interval": env.int("CELERY_UNACKED_RESTORE_INTERVAL", default=10),
    "unacked_restore_throttle": env.int("CELERY_UNACKED_RESTORE_THROTTLE", default=10),
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULE = {
    "sweep-deliveries": {
        "task": "ingest.tasks.sweep_deliveries",
        "schedule": env.float("INGEST_SWEEP_SECONDS", default=30.0),
    },
    "learn-boilerplate": {
        "task": "ingest.tasks.learn_boilerplate",
        "schedule": env.float("INGEST_LEARN_SECONDS", default=3600.0),
    },
}

# --- REST framework ---------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "ingest.api.pagination.FeedCursorPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "EXCEPTION_HANDLER": "ingest.api.errors.exception_handler",
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "ingest.api.renderers.FeedContentNegotiation",
    # Throttle counters live in the default cache (Redis), so every web process shares them.
    "DEFAULT_THROTTLE_CLASSES": ["ingest.api.throttling.FeedAnonThrottle", "ingest.api.throttling.FeedUserThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_ANON_THROTTLE_RATE", default="120/min"),
        "user": env("API_USER_THROTTLE_RATE", default="1200/min"),
    },
    # Proxies in front of the app: 0 = trust only the socket address (X-Forwarded-For is client-controlled).
    "NUM_PROXIES": env.int("API_NUM_PROXIES", default=0),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Newsroom wire feed",
    "DESCRIPTION": "Published wire stories, cleaned and normalized.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The docs page works offline: Swagger UI is served from the sidecar package, not a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "ingest.api.schema.tighten_query_parameters",
    ],
    "ENUM_NAME_OVERRIDES": {
        "StoryStatusEnum": "ingest.models.Story.Status",
        "DeliveryStatusEnum": "ingest.models.Delivery.Status",
    },
}
# How long shared caches and browsers may reuse an anonymous feed response.
API_CACHE_MAX_AGE = env.int("API_CACHE_MAX_AGE", default=30)

# --- Cache (throttle counters) ----------------------------------------------------------
# Redis, not the per-process LocMemCache: throttles must count across all web workers.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("CACHE_URL", default=REDIS_URL),
        "KEY_PREFIX": "newsroom",
        "TIMEOUT": 300,
    }
}

# --- CORS (the front end's origins may read the feed from a browser) --------------------
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/(api|feeds)/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]

# --- Ingest (one namespace, defaults in ingest/conf.py) -------------------------
INGEST = {
    "MAX_BODY_BYTES": env.int("INGEST_MAX_BODY_BYTES", default=5 * 1024 * 1024),
    "TIMESTAMP_TOLERANCE_SECONDS": env.int("INGEST_TIMESTAMP_TOLERANCE_SECONDS", default=300),
    # Per-source webhook rate limit ("600/m", "20/s", "off"), overridable per source slug.
    "RATE_LIMIT": env("INGEST_RATE_LIMIT", default="600/m"),
    "SOURCE_RATE_LIMITS": env.dict("INGEST_SOURCE_RATE_LIMITS", default={}),
    # Badly signed requests per client address ("30/m", "off"): past it, 429 before the body is read.
    "FAILED_SIGNATURE_LIMIT": env("INGEST_FAILED_SIGNATURE_LIMIT", default="30/m"),
    # Retries of a delivery task while the database is down or locked (backoff 2, 4, 8... s, jittered).
    "TASK_MAX_RETRIES": env.int("INGEST_TASK_MAX_RETRIES", default=5),
    "TASK_RETRY_BACKOFF": env.int("INGEST_TASK_RETRY_BACKOFF", default=2),
    "TASK_RETRY_BACKOFF_MAX": env.int("INGEST_TASK_RETRY_BACKOFF_MAX", default=60),
    "SWEEP_GRACE_SECONDS": env.int("INGEST_SWEEP_GRACE_SECONDS", default=5),
    # A delivery queued or processing this long is re-enqueued by the sweep (its message was lost).
    "STALE_AFTER_SECONDS": env.int("INGEST_STALE_AFTER_SECONDS", default=120),
    # Stories one delivery may carry (an array or feed page); past it the delivery fails with that error.
    "MAX_ITEMS_PER_DELIVERY": env.int("INGEST_MAX_ITEMS_PER_DELIVERY", default=500),
    # Stories written per short transaction while a delivery is stored.
    "STORE_BATCH_SIZE": env.int("INGEST_STORE_BATCH_SIZE", default=50),
    # A webhook body still arriving after this many seconds is refused with 408.
    "BODY_READ_SECONDS": env.float("INGEST_BODY_READ_SECONDS", default=20.0),
}
# request.body must be readable up to the webhook's own limit; the view enforces it (413).
DATA_UPLOAD_MAX_MEMORY_SIZE = INGEST["MAX_BODY_BYTES"] + 1

# One JSON object per line (LOG_FORMAT=plain for a person at a terminal); every record made
# while a delivery is handled carries its delivery_id, and signing secrets are masked.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "delivery": {"()": "newsroom.logging.DeliveryContextFilter"},
        "redact": {"()": "newsroom.logging.RedactSecretsFilter"},
    },
    "formatters": {
        "json": {"()": "newsroom.logging.NewsroomJsonFormatter"},
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [delivery=%(delivery_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": env("LOG_FORMAT", default="json"),
            "filters": ["delivery", "redact"],
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}
