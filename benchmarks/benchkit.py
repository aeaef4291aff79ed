"""What the server benchmarks share: a throwaway PostgreSQL database, gunicorn and a Celery worker as a newsroom runs them.

Not a benchmark itself (no bench_ prefix). Everything binds to loopback, uses
its own database (`<BENCH_POSTGRES_URL's name>_<suffix>`, dropped and made
again each run) and its own Redis database (BENCH_REDIS_URL, flushed before
and after), and every process started here is ended by its pid.
"""
from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(sys.executable).parent
BENCH_POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/newsroom_bench")
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
SECRET = "whsec_" + "YmVuY2htYXJrLXNlY3JldC1vZi10aGlydHktdHdvLWI="  # base64 of 32 bytes; a benchmark's, nothing else's


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Stack:
    """A database, and the processes of a deployment (gunicorn, a worker) pointed at it, in production settings."""

    def __init__(self, suffix: str, **extra_env: str):
        parts = urlsplit(BENCH_POSTGRES_URL)
        self.db_name = f"{parts.path.lstrip('/')}_{suffix}"
        self.database_url = BENCH_POSTGRES_URL.rsplit("/", 1)[0] + "/" + self.db_name
        self.port = free_port()
        self.logs = Path(tempfile.mkdtemp(prefix=f"newsroom-bench-{suffix}-"))
        self.processes: list[subprocess.Popen] = []
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings",
            "DJANGO_ENV": "production",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "false",  # plain HTTP on loopback, as behind a TLS-ending proxy
            "DATABASE_URL": self.database_url,
            "REDIS_URL": BENCH_REDIS_URL,
            "CELERY_BROKER_URL": BENCH_REDIS_URL,
            "CACHE_URL": BENCH_REDIS_URL,
            # Counted on every request (that Redis call is real), never reached.
            "INGEST_RATE_LIMIT": "100000000/m",
            "NEWSROOM_BENCH_BARE_VIEW": "1",
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "2"),
            **extra_env,
        }
        self.env.pop("PROMETHEUS_MULTIPROC_DIR", None)

    # --- the database -----------------------------------------------------------------
    def admin(self):
        import psycopg

        parts = urlsplit(BENCH_POSTGRES_URL)
        return psycopg.connect(host=parts.hostname, port=parts.port or 5432, user=parts.username or "postgres",
                               password=parts.password, dbname="postgres", autocommit=True)

    def connect(self):
        import psycopg

        parts = urlsplit(self.database_url)
        return psycopg.connect(host=parts.hostname, port=parts.port or 5432, user=parts.username or "postgres",
                               password=parts.password, dbname=self.db_name, autocommit=True)

    def create_database(self, sources: list[str]) -> None:
        with self.admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{self.db_name}"')
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("shell", "-c", (
            "from ingest.models import WireSource\n"
            f"for slug in {sources!r}:\n"
            f"    WireSource.objects.create(slug=slug, name=slug, signing_secret={SECRET!r})\n"
        ))
        self.flush_redis()

    def drop_database(self) -> None:
        with self.admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')

    def flush_redis(self) -> None:
        import redis

        redis.Redis.from_url(BENCH_REDIS_URL).flushdb()

    def manage(self, *args: str) -> None:
        subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=self.env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    # --- processes ----------------------------------------------------------------------
    def start(self, name: str, command: list[str]) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "wb")
        process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        self.processes.append(process)
        return process

    def start_web(self) -> subprocess.Popen:
        """gunicorn with the repository's gunicorn.conf.py (its processes and threads, as production), its access log to a file."""
        process = self.start("web", [str(BIN / "gunicorn"), "newsroom.wsgi", "-c", "gunicorn.conf.py"])
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        return process
            except OSError:
                time.sleep(0.3)
            if process.poll() is not None:
                break
        raise RuntimeError(f"gunicorn did not answer; see {self.logs / 'web.log'}")

    def start_worker(self, concurrency: int = 2) -> subprocess.Popen:
        """One Celery worker (prefork, `concurrency` processes) on both queues, plus the benchmarks' no-op task."""
        return self.start("worker", [str(BIN / "celery"), "-A", "newsroom", "worker", "-Q", "urgent,celery",
                                     "--concurrency", str(concurrency), "--loglevel", "WARNING",
                                     "--include", "benchmarks.noop_task", "--without-gossip", "--without-mingle"])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def load(self, url: str, *, count: int, seconds: float, concurrency: int, id_prefix: str,
             sources: str = "bench", wait: bool = True):
        command = [PYTHON, str(ROOT / "benchmarks" / "webhook_load.py"), "--url", url, "--secret", SECRET,
                   "--sources", sources, "--count", str(count), "--seconds", str(seconds),
                   "--concurrency", str(concurrency), "--id-prefix", id_prefix]
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        if not wait:
            return process
        return finish_load(process)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(self.processes):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes.clear()


def finish_load(process: subprocess.Popen) -> dict:
    import json

    out, _ = process.communicate()
    if process.returncode:
        raise RuntimeError("the load process failed")
    return json.loads(out)


def rss_peaks_mb(pid: int) -> dict[int, float]:
    """Peak resident set (VmHWM) of a process and its children, in MB (Linux /proc)."""
    found = {}
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                found[current] = int(line.split()[1]) / 1024
        pending += [int(child) for child in children]
    return found
