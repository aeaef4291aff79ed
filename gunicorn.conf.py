"""gunicorn's settings for `gunicorn newsroom.wsgi` (read from the working directory on start).

Everything can be overridden on the command line or with GUNICORN_CMD_ARGS; WEB_CONCURRENCY
(worker processes) and FORWARDED_ALLOW_IPS (proxies whose X-Forwarded-* gunicorn trusts) are
gunicorn's own environment variables.
"""
import os

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Threads (gthread workers) let a process keep answering while another request waits on the database or
# Redis. A webhook waits on its INSERT's commit: the more commits are in flight at once, the more of them
# PostgreSQL flushes with one WAL write (group commit: 0.78 WAL syncs a delivery with 4 threads a process,
# 0.59 with 8, 0.52 with 16, in one run), and more requests overlap their waits, while a view that waits on
# nothing gains little. 16 a process took about 20 % more deliveries per second than 8 (BENCHMARKS.md
# section 4, fourth look; benchmarks/bench_intake.py runs this file for the webhook and its bare view). Each thread keeps its own database connection (DATABASE_CONN_MAX_AGE), so processes x threads
# (32 by default) plus the workers' must fit PostgreSQL's max_connections (100 by default).
threads = int(os.environ.get("GUNICORN_THREADS", "16"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# A little over a load balancer's usual 60 s idle timeout, so the proxy always closes first.
keepalive = 65
accesslog = "-"
errorlog = "-"
# Recycle workers now and then so a slow leak never grows without bound.
max_requests = 5000
max_requests_jitter = 500


def child_exit(server, worker):
    """A worker's Prometheus files (multiprocess mode) stop counting as live once it exits."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
