"""What cleaning costs: the line rules and editor rules against a baseline of parsing and normalizing alone.

Runs the pure pipeline (no database) over the corpus cases and the clean
article bodies of the development set, three ways in the same run:
baseline (no rules), the shipped library, and the library plus 50
time-bounded editor regexes; then the HTML path (main-content extraction)
over the development set's pages beside trafilatura alone, called as the product
calls it (the pages' baseline). Prints items per second and each ratio to its
baseline; never passes or fails.
"""
from __future__ import annotations

import gzip
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.clean import SHIPPED, compile_rule  # noqa: E402
from ingest.clean.engine import clean  # noqa: E402
from ingest.items import Block, ParsedItem  # noqa: E402
from ingest.normalize import normalize  # noqa: E402
from ingest.parse import parse  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
AEB_DEV = ROOT / "eval" / "aeb-dev"
REPEAT = 5
PAGE_REPEAT = 3

EDITOR_RULES = tuple(
    compile_rule(f"rule:{n}", pattern, is_regex=True, rule_id=n)
    for n, pattern in enumerate(
        [rf"sponsored by (acme|partner) {n} [\w ]{{1,40}}" for n in range(25)]
        + [rf"(read|see) (more|also) on site {n}( [\w]+){{0,8}}" for n in range(25)]
    )
)


def items() -> list[ParsedItem]:
    found = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix == ".json":
            continue
        content_type = "text/html" if path.suffix == ".html" else "text/plain; charset=utf-8"
        found += parse(path.read_bytes(), content_type)[1]
    if AEB_DEV.is_dir():
        truth = json.loads((AEB_DEV / "ground-truth.json").read_text())
        for page in truth.values():
            paragraphs = [p.strip() for p in page["articleBody"].split("\n\n") if p.strip()]
            found.append(ParsedItem(format="text", headline="x", blocks=[Block(text=p) for p in paragraphs]))
    return found


def timed(label: str, work, count: int, unit: str, baseline: float | None = None, repeat: int = REPEAT) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        runs.append(time.perf_counter() - started)
    rate = count / statistics.median(runs)
    ratio = f"  ({rate / baseline:.2f}x baseline)" if baseline else "  (baseline)"
    print(f"{label:<44} {rate:10.0f} {unit}/s{ratio}")
    return rate


def main() -> None:
    parsed = items()
    lines = sum(len(item.blocks) for item in parsed)
    print(f"{len(parsed)} items, {lines} blocks; median of {REPEAT} runs")
    base = timed("parse output -> normalize, no rules", lambda: [normalize(clean(i, ())) for i in parsed], len(parsed), "items")
    timed("-> clean (shipped library) -> normalize", lambda: [normalize(clean(i, SHIPPED)) for i in parsed], len(parsed), "items", base)
    timed("-> clean (library + 50 editor regexes)", lambda: [normalize(clean(i, SHIPPED + EDITOR_RULES)) for i in parsed], len(parsed), "items", base)

    if AEB_DEV.is_dir():
        import trafilatura

        from ingest.parse.encoding import decode, strip_control
        from ingest.parse.html import EXTRACTION_OPTIONS

        pages = [gzip.decompress(p.read_bytes()) for p in sorted((AEB_DEV / "html").glob("*.html.gz"))]
        texts = [strip_control(decode(p, "text/html")).strip() for p in pages]
        print(f"{len(pages)} pages of the development set; median of {PAGE_REPEAT} runs")
        alone = timed("HTML pages: trafilatura alone (as called)", lambda: [trafilatura.bare_extraction(t, **EXTRACTION_OPTIONS) for t in texts],
                      len(pages), "pages", repeat=PAGE_REPEAT)
        timed("HTML pages: parse (extraction + page reads)", lambda: [parse(p, "text/html", "html") for p in pages],
              len(pages), "pages", alone, repeat=PAGE_REPEAT)
        whole = timed(
            "HTML pages: parse -> clean -> normalize",
            lambda: [normalize(clean(parse(p, "text/html", "html")[1][0], SHIPPED)) for p in pages], len(pages), "pages",
            alone, repeat=PAGE_REPEAT,
        )
        print(f"pages ratio to trafilatura: {whole / alone:.2f}")

if __name__ == "__main__":
    main()
