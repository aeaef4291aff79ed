"""The pure pipeline's output on every input the repository holds, as a fixture to hold a faster cleaner to.

What is recorded, per case (a file of tests/corpus, a blind round, the development set's
pages and bodies, samples/), per item: every field of the StoryDraft (normalized headline,
byline, dateline..., the body, the blocks), each removal (rule, text, block, item) and each
flagged line with its reason. Two rule sets: the shipped library alone, and the library
followed by editor rules (phrases and regexes, some matching corpus lines), as a source with
rules of its own runs them.

`scripts/snapshot_pipeline.py --write` refreshes tests/fixtures/pipeline_snapshot.json.xz
when the output is *meant* to change (a vocabulary, a rule, the model's weights);
tests/test_pipeline_snapshot.py recomputes it and names the case and field that differ.
No Django, no database.
"""
from __future__ import annotations

import dataclasses
import gzip
import json
import lzma
from collections.abc import Iterator
from pathlib import Path

from ingest.clean import SHIPPED, clean, compile_rule
from ingest.clean.evaluation import corpus_case_files
from ingest.items import Block, ParsedItem
from ingest.normalize import normalize
from ingest.pipeline import PipelineOptions, run

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "pipeline_snapshot.json.xz"
SAME = "=shipped"  # in the fixture: this case gives the same output with the editor rules as without
AEB_DEV = ROOT / "eval" / "aeb-dev"

# Editor rules of every kind the engine runs: phrases, regexes with a literal word, regexes without one,
# and the benchmark's fifty that match nothing (they must cost little and change nothing).
EDITOR_RULES = tuple(
    compile_rule(f"rule:{n}", pattern, is_regex=is_regex, rule_id=n)
    for n, (pattern, is_regex) in enumerate(
        [
            ("Quick Look", False),
            ("Advertisement", False),
            ("related coverage", False),
            (r"(?:the )?(?:minister|president|mayor) (?:said|says)\b.{0,200}", True),
            (r"[\w ]{0,40}\bweather\b.*", True),
            (r"\d+ \w+( \w+)?", True),
            (r"(?:by|from) [a-z]+ [a-z]+", True),
            (r"[^a-z]{0,3}(?:up|down) \d+(?:\.\d+)?%.*", True),
        ]
        + [(rf"sponsored by (acme|partner) {n} [\w ]{{1,40}}", True) for n in range(25)]
        + [(rf"(read|see) (more|also) on site {n}( [\w]+){{0,8}}", True) for n in range(25)]
    )
)
RULE_SETS = {"shipped": SHIPPED, "editor": SHIPPED + EDITOR_RULES}


@dataclasses.dataclass(frozen=True)
class Case:
    name: str  # "tests/corpus/afp-paris-strike.txt", "eval/aeb-dev/body/<id>"
    raw: bytes = b""
    content_type: str = ""
    pinned_format: str = "auto"
    item: ParsedItem | None = None  # set for a body cleaned as plain text without parsing


def _case_folder(folder: Path) -> Iterator[Case]:
    # a case is an input beside its expectations, as the evaluation pairs them (a ninjs input is "<stem>.ninjs.json"
    # beside "<stem>.json": the rule "skip every .json" left every ninjs case out); a README or scoring log is none
    for path, expected in sorted(corpus_case_files(folder)):
        spec = json.loads(expected.read_text())
        yield Case(str(path.relative_to(ROOT)), path.read_bytes(), spec.get("content_type", ""))


def cases() -> Iterator[Case]:
    yield from _case_folder(ROOT / "tests" / "corpus")
    for folder in sorted((ROOT / "tests" / "blind").glob("round-*")):
        yield from _case_folder(folder)
    for path in sorted((ROOT / "samples").glob("*.txt")):
        yield Case(str(path.relative_to(ROOT)), path.read_bytes(), "text/plain; charset=utf-8")
    if AEB_DEV.is_dir():
        for path in sorted((AEB_DEV / "html").glob("*.html.gz")):
            yield Case(str(path.relative_to(ROOT)), gzip.decompress(path.read_bytes()), "text/html; charset=utf-8", "html")
        truth = json.loads((AEB_DEV / "ground-truth.json").read_text())
        for key in sorted(truth):
            paragraphs = [p.strip() for p in truth[key]["articleBody"].split("\n\n") if p.strip()]
            item = ParsedItem(format="text", headline="x", blocks=[Block(text=p) for p in paragraphs])
            yield Case(f"eval/aeb-dev/body/{key}", item=item)


def _plain(value):
    """JSON's view of a draft field (datetimes as ISO text), so a fixture read back compares equal."""
    return json.loads(json.dumps(value, default=str, ensure_ascii=False))


def outputs(case: Case, rules) -> list[dict]:
    """Each item's draft fields as plain JSON values, or the error the pipeline raised."""
    try:
        if case.item is not None:
            drafts = [normalize(clean(dataclasses.replace(case.item, blocks=list(case.item.blocks)), rules))]
        else:
            drafts = run(case.raw, case.content_type, PipelineOptions(pinned_format=case.pinned_format, rules=rules))
    except Exception as exc:  # noqa: BLE001 - a case that raised is recorded as such, and must keep raising the same
        return [{"error": f"{type(exc).__name__}: {exc}"}]
    return [_plain(dataclasses.asdict(draft)) for draft in drafts]


def compute() -> dict[str, dict[str, list[dict]]]:
    """{rule set: {case name: [item fields]}}."""
    found: dict[str, dict[str, list[dict]]] = {name: {} for name in RULE_SETS}
    for case in cases():
        for name, rules in RULE_SETS.items():
            found[name][case.name] = outputs(case, rules)
    return found


def load() -> dict:
    snapshot = json.loads(lzma.decompress(FIXTURE.read_bytes()))
    for name, items in snapshot["editor"].items():
        if items == SAME:
            snapshot["editor"][name] = snapshot["shipped"][name]
    return snapshot


def write(snapshot: dict) -> None:
    """Compact JSON, xz-compressed; a case the editor rules leave alone is stored once (about 0.5 MB in all)."""
    stored = {**snapshot, "editor": {name: SAME if items == snapshot["shipped"].get(name) else items
                                     for name, items in snapshot["editor"].items()}}
    text = json.dumps(stored, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE.write_bytes(lzma.compress(text.encode(), preset=9))


def differences(expected: dict, actual: dict, limit: int = 40) -> list[str]:
    """ "<rule set> <case> item <n> <field>: expected ... got ...", one line per difference (the first `limit`)."""
    found = []
    for rule_set in sorted(set(expected) | set(actual)):
        want, got = expected.get(rule_set, {}), actual.get(rule_set, {})
        for case in sorted(set(want) | set(got)):
            if case not in got or case not in want:
                found.append(f"{rule_set} {case}: {'missing now' if case not in got else 'not in the snapshot'}")
                continue
            if len(want[case]) != len(got[case]):
                found.append(f"{rule_set} {case}: {len(want[case])} item(s) expected, {len(got[case])} now")
            for n, (before, after) in enumerate(zip(want[case], got[case])):
                for field in sorted(set(before) | set(after)):
                    if before.get(field) != after.get(field):
                        found.append(f"{rule_set} {case} item {n} {field}: expected {_short(before.get(field))}, "
                                     f"got {_short(after.get(field))}")
    return found[:limit] + ([f"... and {len(found) - limit} more"] if len(found) > limit else [])


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 300 else text[:300] + "..."
