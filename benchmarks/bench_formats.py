"""What each wire format costs to parse, against the plain-text parser measured in the same run.

Parses each format fixture (and a 50-item NewsML-G2 message and a 100-item
RSS feed built from them) many times, then the whole pure pipeline (parse,
clean, normalize) for each. Prints items per second and the ratio to the
plain-text baseline; never passes or fails.
"""
from __future__ import annotations

import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.parse import parse  # noqa: E402
from ingest.pipeline import run  # noqa: E402

FORMATS = ROOT / "tests" / "fixtures" / "formats"
SAMPLE = ROOT / "samples" / "newslooks-rubio-lavrov.txt"
QUICK = os.environ.get("BENCH_QUICK") == "1"  # `scripts/bench.sh --quick`: one short pass
REPEAT = 1 if QUICK else 5
ROUNDS = 2 if QUICK else 40


def big_newsml(count: int) -> bytes:
    text = (FORMATS / "g2-newsitem.xml").read_text()
    item = re.search(r"<newsItem.*</newsItem>", text, re.DOTALL).group(0)
    items = [item.replace("20240110:wildfire", f"20240110:wildfire-{n}") for n in range(count)]
    return ('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>' + "".join(items) + "</itemSet></newsMessage>").encode()


def big_rss(count: int) -> bytes:
    text = (FORMATS / "rss2.xml").read_text()
    item = re.search(r"<item>.*?</item>", text, re.DOTALL).group(0)
    items = "".join(item.replace("?p=48211", f"?p={n}") for n in range(count))
    return text.replace(item, items, 1).encode()


CASES = [
    ("text (baseline)", SAMPLE.read_bytes() if SAMPLE.exists() else b"Headline\n\nBy Jane Doe\n\nLONDON (Reuters) - Copy.", "text/plain; charset=utf-8"),
    ("ninjs 1.x", (FORMATS / "ninjs-1.json").read_bytes(), "application/json"),
    ("ninjs 2.x", (FORMATS / "ninjs-2.json").read_bytes(), "application/json"),
    ("NITF 3.x", (FORMATS / "nitf-3.xml").read_bytes(), "application/nitf+xml"),
    ("NewsML-G2 item", (FORMATS / "g2-newsitem.xml").read_bytes(), "application/xml"),
    ("NewsML-G2 x50", big_newsml(50), "application/xml"),
    ("ANPA-1312", (FORMATS / "anpa-1312-1stld.anpa").read_bytes(), "text/x-anpa"),
    ("IPTC 7901", (FORMATS / "iptc7901.7901").read_bytes(), "application/octet-stream"),
    ("RSS 2.0 x100", big_rss(100), "application/rss+xml"),
    ("Atom", (FORMATS / "atom.xml").read_bytes(), "application/atom+xml"),
    ("WordPress post", (FORMATS / "wordpress-post-embed.json").read_bytes(), "application/json"),
]


def items_per_second(work, raw: bytes, content_type: str) -> tuple[float, int]:
    count = len(parse(raw, content_type)[1])
    rates = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        for _ in range(ROUNDS):
            work(raw, content_type)
        rates.append(count * ROUNDS / (time.perf_counter() - started))
    return statistics.median(rates), count


def main() -> None:
    for label, work in (("parse", parse), ("pipeline", run)):
        print(f"-- {label}: items/s (median of {REPEAT}), ratio to the plain-text baseline")
        baseline = None
        for name, raw, content_type in CASES:
            rate, count = items_per_second(work, raw, content_type)
            baseline = baseline or rate
            print(f"{name:<18} {count:>4} item(s) {len(raw):>7} bytes  {rate:>10.0f} items/s  x{rate / baseline:.2f}")


if __name__ == "__main__":
    main()
