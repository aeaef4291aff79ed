"""A demo sender: sign files as Standard Webhooks specifies and POST them to the webhook."""
import json
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ingest import selectors
from ingest.management.commands.ingest_file import content_type_for
from ingest.webhooks.signature import signed_headers


class Command(BaseCommand):
    help = "Sign and POST wire files to a running server's webhook, as a partner would."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--source", required=True)
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="server base URL")
        parser.add_argument("--secret", help="defaults to the source's current secret in this database")
        parser.add_argument("--content-type")
        parser.add_argument("--webhook-id", help="defaults to a new id per file")

    def handle(self, *args, paths, source, url, secret, content_type, webhook_id, **options):
        if not secret:
            wire_source = selectors.active_source(source)
            if wire_source is None:
                raise CommandError(f"unknown source {source!r}; pass --secret to post to another server")
            secret = wire_source.signing_secret
        for name in paths:
            path = Path(name)
            body = path.read_bytes()
            headers = signed_headers(secret, webhook_id or f"msg_{uuid.uuid4().hex}", body)
            headers["Content-Type"] = content_type or content_type_for(path) + "; charset=utf-8"
            request = urllib.request.Request(f"{url.rstrip('/')}/ingest/webhooks/{source}/", data=body, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    status, payload = response.status, response.read()
            except urllib.error.HTTPError as exc:
                status, payload = exc.code, exc.read()
            except urllib.error.URLError as exc:
                raise CommandError(f"cannot reach {url}: {exc.reason}") from exc
            self.stdout.write(f"{path}: {status} {json.dumps(json.loads(payload or b'{}'))}")
