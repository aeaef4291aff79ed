"""`make flower`: Flower starts against the project's broker and sees a running worker."""
import json
import re
import sys
import urllib.request

import pytest

from tests.conftest import ROOT, ServiceProcess, subprocess_env, wait_for
from tests.test_run_script import free_port

pytestmark = pytest.mark.integration


def _get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read()
    except OSError:
        return None


def test_the_make_target_runs_flower_and_it_lists_the_worker(celery_worker_process, tmp_path):
    target = re.search(r"^flower:.*\n\t(.+)$", (ROOT / "Makefile").read_text(), re.MULTILINE).group(1)
    argv = target.replace("$(VENV)/bin/celery", f"{sys.executable} -m celery").split()
    port = free_port()
    argv = [a.replace("$(FLOWER_PORT)", str(port)) for a in argv]
    # Flower 2 serves its JSON API only to a login unless told otherwise; the web pages need no flag.
    flower = ServiceProcess(argv, tmp_path / "flower.log", subprocess_env(extra_env={"FLOWER_UNAUTHENTICATED_API": "true"}))
    try:
        wait_for(lambda: _get(f"http://127.0.0.1:{port}/healthcheck") == b"OK" or flower.process.poll() is not None, timeout=60)
        assert flower.process.poll() is None, flower.log_text()
        workers = wait_for(lambda: json.loads(_get(f"http://127.0.0.1:{port}/api/workers?refresh=1") or b"{}"), timeout=60)
    finally:
        flower.stop()
    (name,) = [n for n in workers if n.startswith("test-")]
    assert {q["name"] for q in workers[name]["active_queues"]} == {"urgent", "celery"}
