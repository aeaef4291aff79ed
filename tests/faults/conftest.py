"""Real processes for fault tests: a redis-server of the test's own on a free port, web servers,
Celery workers and beat, each ended by its own pid (never by name)."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ServiceProcess, WorkerProcess, subprocess_env, wait_for


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A throwaway redis-server: no persistence, stopped and restarted on the same port by pid."""

    def __init__(self, workdir: Path):
        self.port = free_port()
        self.workdir = workdir
        self.process: subprocess.Popen | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        if shutil.which("redis-server") is None:
            pytest.fail("tests/faults start their own redis-server: install it (apt-get install redis-server)")
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.workdir), "--maxmemory-policy", "noeviction"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_for(self._answers, timeout=10, interval=0.05)

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    try:
        yield server
    finally:
        server.stop()


class WebServer(ServiceProcess):
    """Django's threaded HTTP server on a free port, against the test database and the given broker."""

    def __init__(self, log_path: Path, broker_url: str, extra_env: dict | None = None):
        self.port = free_port()
        super().__init__(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload", "--skip-checks"],
            log_path, subprocess_env(broker_url, {"LOG_FORMAT": "json", **(extra_env or {})}),
        )
        wait_for(self._answers, timeout=30, interval=0.2)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _answers(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"web server exited:\n{self.log_text()[-3000:]}")
        try:
            urllib.request.urlopen(urllib.request.Request(self.base_url + "/healthz"), timeout=2)
            return True
        except urllib.error.HTTPError:
            return True  # it answers (503 is an answer)
        except OSError:
            return False

    def post(self, path: str, body: bytes, headers: dict, timeout: float = 30) -> tuple[int, bytes]:
        request = urllib.request.Request(self.base_url + path, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()


def start_worker(tmp_path: Path, name: str, broker_url: str, concurrency: int = 2, extra_env: dict | None = None) -> WorkerProcess:
    worker = WorkerProcess(tmp_path / f"{name}.log", concurrency=concurrency, broker_url=broker_url,
                           extra_env={"LOG_FORMAT": "json", **(extra_env or {})})
    worker.wait_ready()
    return worker


def start_beat(tmp_path: Path, broker_url: str, extra_env: dict | None = None) -> ServiceProcess:
    beat = ServiceProcess(
        [sys.executable, "-m", "celery", "-A", "newsroom", "beat", "--loglevel=INFO",
         "--schedule", str(tmp_path / "beat-schedule")],
        tmp_path / "beat.log", subprocess_env(broker_url, {"LOG_FORMAT": "json", **(extra_env or {})}),
    )
    wait_for(lambda: b"beat: Starting" in beat.log_path.read_bytes() or beat.process.poll() is not None, timeout=30)
    assert beat.process.poll() is None, beat.log_text()
    return beat


def child_pids(pid: int) -> list[int]:
    """The direct children of a process (a prefork worker's pool processes), from /proc."""
    children: list[int] = []
    task_dir = Path(f"/proc/{pid}/task")
    for task in task_dir.iterdir() if task_dir.exists() else []:
        try:
            children += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return children


def kill_hard(worker: WorkerProcess) -> None:
    """SIGKILL a worker and its pool processes, by pid: no warm shutdown, no acks, no cleanup."""
    pids = child_pids(worker.process.pid)
    worker.process.send_signal(signal.SIGKILL)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    worker.process.wait(timeout=10)
    worker.log.close()


def enqueue_on(broker_url: str, delivery_ids) -> None:
    """Publish process_delivery messages to a broker of the test's own (the app's default broker is another)."""
    from celery import current_app

    from ingest.tasks import process_delivery

    with current_app.connection_for_write(broker_url) as connection:
        for delivery_id in delivery_ids:
            process_delivery.apply_async((delivery_id,), connection=connection)


def wait_until_finished(delivery_ids, timeout: float):
    from ingest.models import Delivery

    open_statuses = (Delivery.Status.RECEIVED, Delivery.Status.QUEUED, Delivery.Status.PROCESSING)
    ids = list(delivery_ids)

    def finished():
        return not Delivery.objects.filter(pk__in=ids, status__in=open_statuses).exists()

    try:
        wait_for(finished, timeout=timeout, interval=0.5)
    except AssertionError:
        still_open = list(Delivery.objects.filter(pk__in=ids, status__in=open_statuses)
                          .values_list("pk", "status", "attempts")[:20])
        raise AssertionError(f"deliveries still open after {timeout}s (id, status, attempts): {still_open}") from None
