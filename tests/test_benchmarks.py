"""The benchmarks' load process: what it sends is what the webhook accepts, and it loads loopback only.

The benchmarks themselves print figures and are never run by the suite (no timed tests);
these check the parts a wrong figure would silently come from.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from benchmarks.webhook_load import corpus_bodies, signed_requests
from ingest.webhooks.signature import verify
from tests.conftest import TEST_SECRET

ROOT = Path(__file__).resolve().parent.parent


def test_every_request_is_signed_with_its_own_id_and_the_sources_share_the_burst_in_order():
    bodies = corpus_bodies(ROOT / "tests" / "corpus")
    assert {content_type.split(";")[0] for _, content_type in bodies} == {
        "text/plain", "text/html", "application/json", "application/xml"}
    args = argparse.Namespace(url="http://127.0.0.1:1/ingest/webhooks/{slug}/", secret=TEST_SECRET, sources="a,b,c",
                              count=7, id_prefix="t")
    planned = signed_requests(args, bodies)
    assert [url.rsplit("/", 2)[1] for url, _, _ in planned] == ["a", "a", "a", "b", "b", "b", "c"]
    ids = [verify(body, headers, [TEST_SECRET], 300) for _, body, headers in planned]
    assert ids == [f"t-{n}" for n in range(7)]
    assert [body for _, body, _ in planned] == [body for body, _ in bodies[:7]]


def test_the_load_process_refuses_any_host_but_loopback():
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "webhook_load.py"), "--url", "http://example.com/{slug}/",
                          "--secret", TEST_SECRET, "--count", "1"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "loopback only" in run.stderr
