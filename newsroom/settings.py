"""Settings come from the environment (12-factor); see the README's configuration table."""
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from kombu import Queue

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if env.bool("DJANGO_READ_DOT_ENV_FILE", default=False):
    environ.Env.read_env(BASE_DIR / ".env")

# DJANGO_ENV=production: what a newsroom serves from (gunicorn, whitenoise, HTTPS only, persistent
# database connections). Nothing insecure has a default there: a missing secret key or host list,
# or DEBUG switched on, stops the process at start instead of serving. `manage.py check --deploy`
# passes with these settings (tests/newsroom/test_production.py).
DJANGO_ENV = env("DJANGO_ENV", default="development")
if DJANGO_ENV not in ("development", "production"):
    raise ImproperlyConfigured(f"DJANGO_ENV must be 'development' or 'production', not {DJANGO_ENV!r}")
PRODUCTION = DJANGO_ENV == "production"
_DEV_SECRET_KEY = "dev-only-insecure-key-change-me"

DEBUG = env.bool("DJANGO_DEBUG", default=False)
if PRODUCTION:
    if DEBUG:
        raise ImproperlyConfigured("DJANGO_DEBUG must be off when DJANGO_ENV=production")
    if not env("DJANGO_SECRET_KEY", default="") or env("DJANGO_SECRET_KEY") == _DEV_SECRET_KEY:
        raise ImproperlyConfigured("DJANGO_ENV=production needs DJANGO_SECRET_KEY (50+ random characters)")
    if not env("DJANGO_ALLOWED_HOSTS", default=""):
        raise ImproperlyConfigured("DJANGO_ENV=production needs DJANGO_ALLOWED_HOSTS (the host names it serves)")
SECRET_KEY = env("DJANGO_SECRET_KEY", default=_DEV_SECRET_KEY)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# --- HTTPS (on by default in production) ----------------------------------------
# Behind a proxy that ends TLS, Django sees plain HTTP: name the header the proxy sets
# (DJANGO_SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto) so requests it marks "https" count as secure
# and the redirect does not loop. Only set it when the proxy overwrites that header on every request.
_proxy_header = env("DJANGO_SECURE_PROXY_SSL_HEADER", default="").strip()
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_" + _proxy_header.upper().replace("-", "_"), "https") if _proxy_header else None
)
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=PRODUCTION)
# Probes and scrapers inside the private network speak plain HTTP to the app.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^metrics$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000 if PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=PRODUCTION)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=PRODUCTION)
SESSION_COOKIE_SECURE = env.bool("DJANGO_SESSION_COOKIE_SECURE", default=PRODUCTION)
CSRF_COOKIE_SECURE = env.bool("DJANGO_CSRF_COOKIE_SECURE", default=PRODUCTION)

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
    "django_prose_editor",  # the story body's rich-text editor; its JS and CSS ship in the wheel (no CDN)
    "ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A signed webhook needs none of what follows (sessions, CSRF, auth, messages, CORS, framing, history):
    # its view is called at once (newsroom/middleware.py; BENCHMARKS.md section 4, fifth look).
    "newsroom.middleware.WebhookFastPathMiddleware",
    # Static files (admin CSS, the API docs' Swagger UI) from the app server itself, cached forever
    # by name in production: no separate file server, no `runserver --insecure`.
    "whitenoise.middleware.WhiteNoiseMiddleware",
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
# Persistent connections: a web or worker process keeps its connection this many seconds instead of
# opening one per request or task (0 closes after each; checked before reuse, so a restarted
# database costs one failed health check, not a failed request).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60 if PRODUCTION else 0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
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
# Where `collectstatic` writes (production); development serves from the apps, so it has none by default.
STATIC_ROOT = env("DJANGO_STATIC_ROOT", default=str(BASE_DIR / "staticfiles") if PRODUCTION else None)
# Production serves what `collectstatic` wrote (compressed, names hashed for far-future caching);
# development serves straight from the apps' folders, so no collectstatic step is needed.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage" if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION

# --- Celery (Redis broker) -------------------------------------------------------
REDIS_URL = env("REDIS_URL", default="redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL)
# kombu's Redis transport with one Redis client per channel, not one per publish or ack (newsroom/kombu_redis.py:
# the largest cost of a webhook's publish). Plain redis:// only; Sentinel and TLS URLs keep kombu's own.
CELERY_BROKER_TRANSPORT = "newsroom.kombu_redis:Transport" if CELERY_BROKER_URL.startswith("redis://") else None
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
# Celery's Django fix-up closes every database connection before and after each task unless this is set:
# a new PostgreSQL connection per delivery (a backend forked, its catalog caches cold), most of what a
# delivery cost the worker. With it set (this many tasks between forced closes), ingest/tasks.py closes
# connections around each task as Django does around a request (close_old_connections): after
# CONN_MAX_AGE, or when an error left one unusable; CONN_HEALTH_CHECKS checks a reused one first.
CELERY_DB_REUSE_MAX = env.int("CELERY_DB_REUSE_MAX", default=1000)
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
# Urgent-first: deliveries that look urgent on arrival go to "urgent" (ingest/urgency.py); every worker
# consumes "urgent" before the default queue, and "priority" keeps that order on each fetch instead of
# kombu's default round robin. A worker can also be kept for urgent copy alone: `celery worker -Q urgent`.
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_QUEUES = (Queue("urgent"), Queue("celery"))
CELERY_BROKER_TRANSPORT_OPTIONS["queue_order_strategy"] = "priority"
# Redis Sentinel: CELERY_BROKER_URL=sentinel://host1:26379;sentinel://host2:26379 plus the master's name.
if env("REDIS_SENTINEL_MASTER", default=""):
    CELERY_BROKER_TRANSPORT_OPTIONS["master_name"] = env("REDIS_SENTINEL_MASTER")
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
    # Seconds a web process remembers a webhook's source (a deactivation reaches it that late); 0: a query each time.
    "SOURCE_CACHE_SECONDS": env.float("INGEST_SOURCE_CACHE_SECONDS", default=5.0),
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
    # An administrator may undo an editor's kill for this many seconds after it (0: kills are final).
    "KILL_UNDO_SECONDS": env.int("INGEST_KILL_UNDO_SECONDS", default=15 * 60),
    # The open wire queue asks every this many seconds whether new stories matching its filters arrived.
    "QUEUE_POLL_SECONDS": env.int("INGEST_QUEUE_POLL_SECONDS", default=15),
}
# request.body must be readable up to the webhook's own limit; the view enforces it (413).
DATA_UPLOAD_MAX_MEMORY_SIZE = INGEST["MAX_BODY_BYTES"] + 1

# Benchmarks only (benchmarks/bench_intake.py): route /bench/bare/<slug>/, a view that answers 202 and
# does nothing, as the floor the webhook's intake rate is compared with. Off unless set.
BENCH_BARE_VIEW = env.bool("NEWSROOM_BENCH_BARE_VIEW", default=False)

# GET /metrics (Prometheus) answers a request with `Authorization: Bearer <METRICS_TOKEN>`, or a staff login.
METRICS_TOKEN = env("METRICS_TOKEN", default="")

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
