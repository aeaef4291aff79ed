"""What cleaning costs: today's cleaner against the cleaner of commit 6769d98 (the baseline), then HTML pages against trafilatura.

1. `clean speedup`: cleaning and normalizing plain text with the shipped library, today's
   `ingest/` against the baseline commit's (exported with `git archive` into a temporary
   folder), on the same items in the same run: the corpus's and blind rounds' plain-text
   cases, the samples and the development set's clean article bodies. Each measurement is a
   fresh process (`benchmarks/clean_rate.py`) timing one pass, so every line is met for the
   first time as a worker meets new copy; rounds alternate baseline and today so load from
   the rest of the machine hits both alike; the rate is items per CPU second of the pass
   (the machine is shared: CPU time is what load disturbs least), median of the rounds.
   The same with the benchmark's 50 editor regexes is printed beside it.
2. `pages ratio to trafilatura`: the development set's 91 HTML pages through the product's
   page pipeline (parse, clean, normalize) against trafilatura alone, given the page's text and
   called for what the product takes from it (body and metadata, with the product's extraction
   options: `EXTRACTOR_ALONE_OPTIONS`), same pages, same process, the two sides alternating page by
   page, each call timed in CPU seconds of the process (on a shared machine, wall time and whole
   passes mostly measure the neighbours); median of the runs' ratios.

`--pages-only` runs the second half alone (while working on the page pipeline).

BENCH_QUICK=1 (`scripts/bench.sh --quick`): one round on 60 items and 15 pages; the summary
lines keep their names. Prints figures, never passes or fails.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.clean import SHIPPED  # noqa: E402
from ingest.clean.engine import clean  # noqa: E402
from ingest.normalize import normalize  # noqa: E402
from ingest.parse import parse  # noqa: E402

BASELINE_COMMIT = "6769d98"  # the cleaner before issue 15's redesign
AEB_DEV = ROOT / "eval" / "aeb-dev"
QUICK = os.environ.get("BENCH_QUICK") == "1"
ROUNDS = 1 if QUICK else 3
PAGE_REPEAT = 1 if QUICK else 3
ITEM_LIMIT = 60 if QUICK else 0
PAGE_LIMIT = 15 if QUICK else None


def export_baseline(into: Path) -> str | None:
    """The baseline commit's `ingest/` under `into`, or why it could not be had."""
    try:
        archive = subprocess.run(["git", "archive", "--format=tar", BASELINE_COMMIT, "ingest"], cwd=ROOT,
                                 capture_output=True, check=True, timeout=120).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        return f"no git history holding commit {BASELINE_COMMIT} here ({type(exc).__name__})"
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return None


def one_pass(tree: Path, *extra: str) -> dict:
    command = [sys.executable, str(ROOT / "benchmarks" / "clean_rate.py"), "--tree", str(tree), *extra]
    if ITEM_LIMIT:
        command += ["--limit", str(ITEM_LIMIT)]
    return json.loads(subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, timeout=1800).stdout)


def compare(label: str, baseline_tree: Path, *extra: str) -> float:
    """Items per CPU second of the baseline and of today, rounds alternating; prints both and returns today / baseline."""
    runs: dict[str, list[dict]] = {"baseline": [], "today": []}
    for _ in range(ROUNDS):
        runs["baseline"].append(one_pass(baseline_tree, *extra))
        runs["today"].append(one_pass(ROOT, *extra))
    rates = {}
    for name, found in runs.items():
        rates[name] = statistics.median(run["items"] / run["cpu"] for run in found)
        wall = statistics.median(run["items"] / run["wall"] for run in found)
        print(f"{label:<34} {name:<9} {rates[name]:8.0f} items per CPU s  ({wall:.0f} per wall s; "
              f"{found[0]['items']} items, {found[0]['blocks']} blocks)", flush=True)
    return rates["today"] / rates["baseline"]


def clean_speedup() -> None:
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-baseline-") as folder:
        problem = export_baseline(Path(folder))
        if problem:
            print(f"clean speedup: unavailable ({problem}; the baseline is that commit's cleaner, timed in the same run)")
            return
        print(f"plain text, clean + normalize, today against {BASELINE_COMMIT}: median of {ROUNDS} fresh process(es) each")
        speedup = compare("shipped library", Path(folder))
        if not QUICK:
            editors = compare("library + 50 editor regexes", Path(folder), "--editor-rules")
            print(f"with 50 editor regexes: {editors:.2f}x")
        print(f"clean speedup: {speedup:.2f}")


def pages_ratio() -> None:
    """Each page through trafilatura alone and through the product, one right after the other (the order
    switching from page to page), so a burst of load from the rest of the machine falls on both sides alike
    instead of on whichever whole pass it happened to meet; each call timed in CPU seconds of the process."""
    import trafilatura

    from ingest.parse.encoding import decode, strip_control
    from ingest.parse.html import EXTRACTOR_ALONE_OPTIONS

    pages = [gzip.decompress(p.read_bytes()) for p in sorted((AEB_DEV / "html").glob("*.html.gz"))][:PAGE_LIMIT]
    texts = [strip_control(decode(p, "text/html")).strip() for p in pages]

    def alone(index: int) -> None:
        trafilatura.bare_extraction(texts[index], **EXTRACTOR_ALONE_OPTIONS)

    def whole(index: int) -> None:
        normalize(clean(parse(pages[index], "text/html", "html")[1][0], SHIPPED))

    for index in range(min(5, len(pages))):  # untimed: both sides' first calls compile patterns and load word lists
        alone(index)
        whole(index)
    print(f"{len(pages)} pages of the development set; median of {PAGE_REPEAT} run(s), the two sides alternating page by page")
    ratios = []
    for _ in range(PAGE_REPEAT):
        spent = {alone: 0.0, whole: 0.0}
        for index in range(len(pages)):
            for side in ((alone, whole) if index % 2 == 0 else (whole, alone)):
                started = time.process_time()
                side(index)
                spent[side] += time.process_time() - started
        rates = {side: len(pages) / seconds for side, seconds in spent.items()}
        ratios.append(rates[whole] / rates[alone])
        print(f"{'HTML pages: trafilatura alone (as called)':<44} {rates[alone]:10.0f} pages per CPU s  (baseline)", flush=True)
        print(f"{'HTML pages: parse -> clean -> normalize':<44} {rates[whole]:10.0f} pages per CPU s  ({ratios[-1]:.2f}x baseline)",
              flush=True)
    print(f"pages ratio to trafilatura: {statistics.median(ratios):.2f}")


def main() -> None:
    if "--pages-only" not in sys.argv[1:]:
        clean_speedup()
    if AEB_DEV.is_dir():
        pages_ratio()
    else:
        print("pages ratio to trafilatura: unavailable (eval/aeb-dev is not here)")


if __name__ == "__main__":
    main()
