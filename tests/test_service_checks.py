"""A run without its services stops at once, saying which service and how to start it; it never skips."""
import os
import socket
import subprocess
import sys

from tests.conftest import ROOT


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again on exit: nothing listens there


def _run_suite(**env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_pipeline.py", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=120,
    )


def test_unreachable_redis_stops_the_run_with_instructions():
    result = _run_suite(TEST_REDIS_URL=f"redis://127.0.0.1:{_dead_port()}/1", NEWSROOM_TEST_SLOT="0")
    output = result.stdout + result.stderr
    assert result.returncode == 3, output
    assert "Redis is not reachable" in output and "redis-server --daemonize yes" in output
    assert "passed" not in output and "skipped" not in output


def test_unreachable_postgresql_stops_the_run_with_instructions():
    result = _run_suite(DATABASE_URL=f"postgres://postgres@127.0.0.1:{_dead_port()}/test")
    output = result.stdout + result.stderr
    assert result.returncode == 3, output
    assert "PostgreSQL is not reachable" in output and "pg_ctlcluster" in output
