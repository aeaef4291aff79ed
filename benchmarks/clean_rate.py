"""One timed pass of cleaning and normalizing plain text, with the `ingest` package of a given tree (a child process).

    python benchmarks/clean_rate.py --tree DIR [--editor-rules]

`bench_cleaning.py` runs this once per round for today's tree and once for the baseline
commit's `ingest/` (exported with `git archive`), alternately, so both meet the same
machine load. Each run is a fresh process: every line is met for the first time, as a
worker meets new copy (no cache warmed by an earlier pass over the same lines). The items
are parsed by the tree's own parser, untimed; one small item is cleaned first so the model
and the compiled library are loaded before the clock starts. Prints one JSON object:
items, blocks, wall and CPU seconds of the pass.

Not a benchmark itself (no bench_ prefix), and it imports only the tree's pure pipeline
(no Django), so it runs against any commit's `ingest/` that has one.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def plain_text_inputs(root: Path = ROOT) -> list[Path]:
    """The corpus's and blind rounds' plain-text cases and the samples, in a fixed order."""
    folders = [root / "tests" / "corpus", *sorted((root / "tests" / "blind").glob("round-*")), root / "samples"]
    return [path for folder in folders for path in sorted(folder.glob("*.txt"))]


def dev_set_bodies(root: Path = ROOT) -> list[list[str]]:
    """The development set's clean article bodies, as paragraphs (plain text a wire could send)."""
    truth_path = root / "eval" / "aeb-dev" / "ground-truth.json"
    if not truth_path.exists():
        return []
    truth = json.loads(truth_path.read_text())
    return [[p.strip() for p in truth[key]["articleBody"].split("\n\n") if p.strip()] for key in sorted(truth)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", required=True, help="the folder holding the `ingest` package to time")
    parser.add_argument("--editor-rules", action="store_true", help="add the benchmark's 50 editor regexes")
    parser.add_argument("--limit", type=int, default=0, help="time only the first N items (a quick run)")
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of the timed pass to FILE (pstats format)")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(args.tree).resolve()))

    from ingest.clean import SHIPPED, compile_rule
    from ingest.clean.engine import clean
    from ingest.items import Block, ParsedItem
    from ingest.normalize import normalize
    from ingest.parse import parse

    items = []
    for path in plain_text_inputs():
        items += parse(path.read_bytes(), "text/plain; charset=utf-8")[1]
    items += [ParsedItem(format="text", headline="x", blocks=[Block(text=p) for p in body]) for body in dev_set_bodies()]
    if args.limit:
        items = items[: args.limit]
    rules = SHIPPED
    if args.editor_rules:
        rules = SHIPPED + tuple(
            compile_rule(f"rule:{n}", pattern, is_regex=True, rule_id=n)
            for n, pattern in enumerate(
                [rf"sponsored by (acme|partner) {n} [\w ]{{1,40}}" for n in range(25)]
                + [rf"(read|see) (more|also) on site {n}( [\w]+){{0,8}}" for n in range(25)]
            )
        )
    normalize(clean(ParsedItem(format="text", headline="Warm up", blocks=[Block(text="The model loads first.")]), rules))

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    wall, cpu = time.perf_counter(), time.process_time()
    for item in items:
        normalize(clean(item, rules))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    print(json.dumps({"items": len(items), "blocks": sum(len(i.blocks) for i in items), "wall": wall, "cpu": cpu}))


if __name__ == "__main__":
    main()
