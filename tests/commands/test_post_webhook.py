"""post_webhook: a base URL or the full webhook URL, where it posted, and one-line errors."""
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from ingest.management.commands.post_webhook import webhook_url
from ingest.models import Delivery
from tests.conftest import ROOT, SAMPLES, subprocess_env

SAMPLE = SAMPLES / "newslooks-rubio-lavrov.txt"


@pytest.mark.parametrize(
    "given, expected",
    [
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000/ingest/webhooks/demo/"),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000/ingest/webhooks/demo/"),
        ("https://cms.example.com/wire", "https://cms.example.com/wire/ingest/webhooks/demo/"),
        ("https://cms.example.com/ingest/webhooks/demo/", "https://cms.example.com/ingest/webhooks/demo/"),
        ("https://cms.example.com/ingest/webhooks/other", "https://cms.example.com/ingest/webhooks/other/"),
    ],
)
def test_webhook_url_from_a_base_or_a_full_url(given, expected):
    assert webhook_url(given, "demo") == expected


def test_a_url_that_is_not_http_is_refused():
    with pytest.raises(CommandError, match="must be an http"):
        webhook_url("127.0.0.1:8000", "demo")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("full", [False, True])
def test_posts_to_a_live_server_and_says_where(live_server, wire_source, capsys, full):
    url = f"{live_server.url}/ingest/webhooks/wire/" if full else live_server.url
    call_command("post_webhook", str(SAMPLE), "--source", "wire", "--url", url)
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"{SAMPLE} -> {live_server.url}/ingest/webhooks/wire/: 202 ")
    assert Delivery.objects.get().body == SAMPLE.read_bytes()


@pytest.mark.django_db(transaction=True)
def test_a_non_json_answer_is_shown_not_a_traceback(live_server, wire_source, capsys):
    call_command("post_webhook", str(SAMPLE), "--source", "wire", "--url", f"{live_server.url}/no-such-prefix/ingest/webhooks/wire/")
    out = capsys.readouterr().out.strip()
    assert ": 404 " in out and "\n" not in out


def test_a_missing_file_is_one_line_and_nothing_is_posted(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "post_webhook", str(SAMPLE), str(tmp_path / "missing.txt"), "--source", "demo",
         "--url", "http://127.0.0.1:9"],
        cwd=ROOT, env=subprocess_env(), capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"CommandError: {tmp_path / 'missing.txt'}: no such file"]
    assert "Traceback" not in result.stderr
