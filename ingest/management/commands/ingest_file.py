"""Run files through the same pipeline in-process: backfills and debugging."""
import hashlib
import json
import mimetypes
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from ingest import pipeline, selectors, services
from ingest.models import Delivery
from ingest.services.stories import draft_as_json

EXTENSION_TYPES = {
    ".txt": "text/plain", ".text": "text/plain", ".json": "application/json", ".xml": "application/xml",
    ".nitf": "application/nitf+xml", ".html": "text/html", ".htm": "text/html", ".rss": "application/rss+xml",
    ".atom": "application/atom+xml", ".anpa": "text/x-anpa", ".7901": "text/x-anpa",
}
OUTPUT_FIELDS = (
    "headline", "subheadline", "byline", "authors", "dateline", "credit", "publisher", "edition", "summary",
    "body_html", "body_text", "guid", "version", "format", "removed", "language", "urgency", "pubstatus",
)


def content_type_for(path: Path) -> str:
    return EXTENSION_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


class Command(BaseCommand):
    help = "Ingest wire files through the pipeline (parse, clean, normalize, store a draft)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--source", required=True, help="slug of the wire source")
        parser.add_argument("--dry-run", action="store_true", help="print the result, store nothing")
        parser.add_argument("--json", action="store_true", help="one JSON object per input, one per line")

    def handle(self, *args, paths, source, dry_run, json: bool, **options):
        try:
            wire_source = selectors.active_source(source)
        except DatabaseError as exc:  # a fresh checkout: no tables yet
            raise CommandError(f"the database is not ready ({exc}); run `python manage.py migrate` first (make run does)") from exc
        if wire_source is None:
            raise CommandError(f"unknown or inactive wire source {source!r}; create it with create_wire_source")
        files = [Path(p) for p in paths]
        progress = None
        if len(files) > 1 and sys.stderr.isatty():
            from tqdm import tqdm

            progress = tqdm(total=len(files), unit="file", file=sys.stderr)
        failures = 0
        for path in files:
            result = self._one(path, wire_source, dry_run)
            failures += "error" in result
            self._print(result, json)
            if progress:
                progress.update(1)
        if progress:
            progress.close()
        if failures:
            raise SystemExit(1)

    def _one(self, path: Path, source, dry_run: bool) -> dict:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            return {"file": str(path), "error": f"cannot read: {exc.strerror}"}
        content_type = content_type_for(path)
        try:
            drafts = pipeline.run(raw, content_type, selectors.pipeline_options(source))
        except Exception as exc:  # the pipeline is pure; report and go on with the next file
            return {"file": str(path), "error": f"{type(exc).__name__}: {exc}"}
        result = {"file": str(path), **{k: v for k, v in draft_as_json(drafts[0]).items() if k in OUTPUT_FIELDS}}
        if len(drafts) > 1:
            result["items"] = [{k: v for k, v in draft_as_json(d).items() if k in OUTPUT_FIELDS} for d in drafts]
        if not dry_run:
            outcome = services.delivery_receive(
                source=source, webhook_id=f"file-{hashlib.sha256(raw).hexdigest()[:32]}", body=raw,
                content_type=content_type, headers={}, enqueue=False,
            )
            delivery = services.delivery_process(outcome.delivery.pk)
            if delivery.status == Delivery.Status.FAILED:
                return {"file": str(path), "error": delivery.last_error}
            result["story"] = delivery.story_id
            result["delivery"] = delivery.pk
        return result

    def _print(self, result: dict, as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
        elif "error" in result:
            self.stderr.write(f"{result['file']}: FAILED {result['error']}")
        else:
            stored = f" -> story {result['story']}" if "story" in result else " (dry run)"
            self.stdout.write(f"{result['file']}: [{result['format']}] {result['headline']}{stored}")
