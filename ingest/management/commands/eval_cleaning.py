"""Measure cleaning and normalizing on a folder of cases, one figure a line.

    python manage.py eval_cleaning tests/corpus
    python manage.py eval_cleaning eval/aeb-dev     (the default folder)

A case folder gives per-field accuracy, body token precision/recall/F1,
boilerplate recall and story-text precision; the article-extraction
benchmark folder gives body F1 (its own shingle metric) and the share of the
clean ground-truth bodies the line rules keep.
"""
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ingest import selectors
from ingest.clean.evaluation import evaluate_benchmark, evaluate_corpus, is_benchmark_folder
from ingest.models import WireSource
from ingest.pipeline import PipelineOptions


class Command(BaseCommand):
    help = "Run the pipeline over a folder of cases (or the aeb benchmark layout) and print accuracy figures."

    def add_arguments(self, parser):
        # The article-extraction development set ships in the repository (eval/aeb-dev, MIT licence).
        parser.add_argument("folder", nargs="?", default=str(Path(settings.BASE_DIR) / "eval" / "aeb-dev"))
        parser.add_argument("--source", help="use this source's editor rules and house style as well as the library")
        parser.add_argument("--limit", type=int, help="benchmark layout: only the first N pages")
        parser.add_argument("--show-failures", action="store_true", help="list each case's mismatches / each removed benchmark line")

    def handle(self, *args, folder, source=None, limit=None, show_failures=False, **options):
        path = Path(folder)
        if not path.is_dir():
            raise CommandError(f"{folder} is not a folder")
        pipeline_options = PipelineOptions()
        if source:
            wire_source = WireSource.objects.filter(slug=source).first()
            if wire_source is None:
                raise CommandError(f"no source {source!r}")
            pipeline_options = selectors.pipeline_options(wire_source)

        if is_benchmark_folder(path):
            report = evaluate_benchmark(path, pipeline_options, limit)
            for line in report.lines():
                self.stdout.write(line)
            if show_failures:
                for line in report.removed_lines:
                    self.stdout.write(f"  removed from a clean body: {line!r}")
            return

        corpus = evaluate_corpus(path, pipeline_options)
        if not corpus.cases:
            raise CommandError(f"no cases in {folder} (expected <name>.<ext> beside <name>.json)")
        for line in corpus.lines():
            self.stdout.write(line)
        if show_failures:
            for case in corpus.cases:
                for problem in ([case.error] if case.error else []) + case.mismatches:
                    self.stdout.write(f"  {case.name}: {problem}")
