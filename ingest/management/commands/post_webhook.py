"""A demo sender: sign files as Standard Webhooks specifies and POST them to the webhook."""
import json
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ingest import selectors
from ingest.management.commands.ingest_file import content_type_for
from ingest.webhooks.signature import signed_headers

WEBHOOK_PATH = "/ingest/webhooks/"


def webhook_url(url: str, source: str) -> str:
    """The webhook to post to, from a server's base URL or a full webhook URL.

    People paste either: `http://127.0.0.1:8000`, a base behind a path prefix
    (`https://cms.example.com/wire`), or the URL a partner was given
    (`https://cms.example.com/ingest/webhooks/demo/`), which is used as it is.
    """
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise CommandError(f"--url must be an http(s) URL such as http://127.0.0.1:8000, not {url!r}")
    path = parts.path
    if WEBHOOK_PATH not in path:
        path = path.rstrip("/") + f"{WEBHOOK_PATH}{source}/"
    elif not path.endswith("/"):
        path += "/"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


class Command(BaseCommand):
    help = "Sign and POST wire files to a running server's webhook, as a partner would."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--source", required=True)
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000",
            help="the server's base URL (http://127.0.0.1:8000) or the full webhook URL (.../ingest/webhooks/SLUG/)",
        )
        parser.add_argument("--secret", help="defaults to the source's current secret in this database")
        parser.add_argument("--content-type")
        parser.add_argument("--webhook-id", help="defaults to a new id per file")

    def handle(self, *args, paths, source, url, secret, content_type, webhook_id, **options):
        files = [Path(name) for name in paths]
        # Every file is checked before anything is sent, so a typo never leaves half a batch posted.
        for path in files:
            if not path.is_file():
                raise CommandError(f"{path}: no such file" + ("" if not path.exists() else " (a folder)"))
        target = webhook_url(url, source)
        if not secret:
            wire_source = selectors.active_source(source)
            if wire_source is None:
                raise CommandError(f"unknown source {source!r}; pass --secret to post to another server")
            secret = wire_source.signing_secret
        for path in files:
            body = path.read_bytes()
            headers = signed_headers(secret, webhook_id or f"msg_{uuid.uuid4().hex}", body)
            headers["Content-Type"] = content_type or content_type_for(path) + "; charset=utf-8"
            request = urllib.request.Request(target, data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    status, payload = response.status, response.read()
            except urllib.error.HTTPError as exc:
                status, payload = exc.code, exc.read()
            except (urllib.error.URLError, OSError) as exc:
                raise CommandError(f"cannot reach {target}: {getattr(exc, 'reason', exc)}") from exc
            self.stdout.write(f"{path} -> {target}: {status} {_answer(payload)}")


def _answer(payload: bytes) -> str:
    """The server's JSON answer on one line; anything else (a proxy's HTML page) shortened."""
    try:
        return json.dumps(json.loads(payload or b"{}"))
    except ValueError:
        text = " ".join(payload.decode("utf-8", "replace").split())
        return text[:200] + ("…" if len(text) > 200 else "")
