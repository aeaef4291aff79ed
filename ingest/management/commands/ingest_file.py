"""Run files through the same pipeline in-process (debugging, small backfills), or queue them (`--enqueue`).

A PATH may be a folder: its files are taken in name order, recursively. With
`--enqueue` nothing is parsed here: the files are stored as deliveries and
queued in batches for the workers (ingest/services/backfill.py); running the
same command again after an interruption skips what was already stored.
"""
import hashlib
import json
import mimetypes
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from ingest import pipeline, selectors, services
from ingest.models import Delivery
from ingest.services.backfill import BackfillFile, deliveries_enqueue_batch, deliveries_store_batch
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


def expand_paths(paths: list[str]) -> list[Path]:
    """Files as given; a folder gives its files (recursively, in name order, hidden ones left out)."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file()
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            files.append(path)
    return files


def content_type_for(path: Path) -> str:
    return EXTENSION_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


class Command(BaseCommand):
    help = "Ingest wire files through the pipeline (parse, clean, normalize, store a draft)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--source", required=True, help="slug of the wire source")
        parser.add_argument("--dry-run", action="store_true", help="print the result, store nothing")
        parser.add_argument("--json", action="store_true", help="one JSON object per input, one per line")
        parser.add_argument("--enqueue", action="store_true",
                            help="store the files as deliveries and queue them for the workers, in batches (resumable)")
        parser.add_argument("--batch-size", type=int, default=500, help="--enqueue: files per batch (default 500)")

    def handle(self, *args, paths, source, dry_run, json: bool, enqueue=False, batch_size=500, **options):
        try:
            wire_source = selectors.active_source(source)
        except DatabaseError as exc:  # a fresh checkout: no tables yet
            raise CommandError(f"the database is not ready ({exc}); run `python manage.py migrate` first (make run does)") from exc
        if wire_source is None:
            raise CommandError(f"unknown or inactive wire source {source!r}; create it with create_wire_source")
        files = expand_paths(paths)
        progress = None
        if len(files) > 1 and sys.stderr.isatty():
            from tqdm import tqdm

            progress = tqdm(total=len(files), unit="file", file=sys.stderr)
        if enqueue:
            if dry_run:
                raise CommandError("--enqueue stores and queues; it cannot be a --dry-run")
            if batch_size < 1:
                raise CommandError("--batch-size must be at least 1")
            return self._enqueue(files, wire_source, batch_size, json, progress)
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

    def _enqueue(self, files: list[Path], source, batch_size: int, as_json: bool, progress) -> None:
        stored = skipped = queued = batches = failures = 0
        for start in range(0, len(files), batch_size):
            batch, unreadable = [], []
            for path in files[start:start + batch_size]:
                try:
                    batch.append(BackfillFile(str(path), path.read_bytes(), content_type_for(path)))
                except OSError as exc:
                    unreadable.append({"file": str(path), "error": f"cannot read: {exc.strerror}"})
            outcome = deliveries_store_batch(source=source, files=batch)
            try:
                queued += deliveries_enqueue_batch(list(outcome.stored.values()))
            except Exception as exc:  # the broker: kombu raises several unrelated types
                raise CommandError(
                    f"the broker could not be reached ({exc}); {stored + len(outcome.stored)} deliveries are stored, "
                    "the sweep queues those left behind, and running the same command again resumes"
                ) from exc
            batches += 1
            stored += len(outcome.stored)
            skipped += len(outcome.skipped)
            failures += len(unreadable)
            for result in unreadable:
                self._print(result, as_json)
            if as_json:
                for name, delivery_id in outcome.stored.items():
                    self.stdout.write(json.dumps({"file": name, "delivery": delivery_id, "queued": True}))
                for name, delivery_id in outcome.skipped.items():
                    self.stdout.write(json.dumps({"file": name, "delivery": delivery_id, "queued": False,
                                                         "skipped": "stored by an earlier run"}))
            if progress:
                progress.update(len(batch) + len(unreadable))
        if progress:
            progress.close()
        summary = (f"{stored} stored and {queued} queued in {batches} batches; "
                   f"{skipped} already stored by an earlier run; {failures} unreadable")
        (self.stderr if as_json else self.stdout).write(summary)
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
