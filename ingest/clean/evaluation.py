"""Measure parse -> clean -> normalize against expected answers, one figure per line.

Two layouts are understood:

- a case folder (tests/corpus/): `<name>.<ext>` input files, each beside a
  `<name>.json` of `{"content_type", "expected": {field: value, "body_text",
  "boilerplate": [lines]}}`. Gives per-field accuracy, body token precision,
  recall and F1 against `body_text`, boilerplate recall (expected lines kept
  out of the body), the share of them recorded as removals (a page
  extractor drops a whole page's navigation without a record), and removal
  precision (removed text that was boilerplate, i.e. story text not lost).
- the article-extraction benchmark layout (`ground-truth.json` + `html/*.html.gz`):
  the benchmark's own shingle metric for the extracted body, and the share of
  the clean ground-truth bodies the line rules keep when run as plain text.

No Django: rules come in as plain values, so the management command and
tests share this.
"""
from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ingest.items import StoryDraft
from ingest.pipeline import PipelineOptions, run

from .engine import SHIPPED, clean

CHECKED_FIELDS = ("headline", "subheadline", "byline", "authors", "dateline", "credit", "publisher", "edition", "summary")
_TOKEN = re.compile(r"\w+")
_LIST_MARKER = re.compile(r"^(?:[-*•▪●◦–►▶→✓✔■□○·]|\d{1,2}[.)])\s+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(text: str, size: int = 4) -> Counter:
    """The benchmark's unit: contiguous 4-token shingles (a shorter text gives one shorter shingle)."""
    words = tokens(text)
    if len(words) < size:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


def overlap(expected: Counter, predicted: Counter) -> tuple[int, int, int]:
    tp = sum((expected & predicted).values())
    return tp, sum((predicted - expected).values()), sum((expected - predicted).values())


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# --- case folders ----------------------------------------------------------------------


@dataclass
class CaseResult:
    name: str
    field_checks: dict[str, bool] = field(default_factory=dict)
    body: tuple[int, int, int] = (0, 0, 0)  # token tp, fp, fn
    boilerplate_expected: int = 0
    boilerplate_removed: int = 0  # kept out of the body: removed by a rule, or left out by the page extractor
    boilerplate_recorded: int = 0  # of those, recorded as a removal an editor can see and restore
    removed_tokens: int = 0
    removed_story_tokens: int = 0
    removed_body_tokens: int = 0  # removed text the expected body holds: copy lost, whatever the boilerplate list says
    error: str = ""
    mismatches: list[str] = field(default_factory=list)


@dataclass
class CorpusReport:
    cases: list[CaseResult]

    def field_accuracy(self) -> dict[str, tuple[int, int]]:
        totals: dict[str, list[int]] = {}
        for case in self.cases:
            for name, ok in case.field_checks.items():
                seen = totals.setdefault(name, [0, 0])
                seen[0] += ok
                seen[1] += 1
        return {name: (passed, total) for name, (passed, total) in totals.items()}

    def body_scores(self) -> tuple[float, float, float]:
        tp = sum(c.body[0] for c in self.cases)
        fp = sum(c.body[1] for c in self.cases)
        fn = sum(c.body[2] for c in self.cases)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        return precision, recall, f1(precision, recall)

    def boilerplate_recall(self) -> float:
        """Share of the expected boilerplate lines kept out of the story's body."""
        expected = sum(c.boilerplate_expected for c in self.cases)
        return sum(c.boilerplate_removed for c in self.cases) / expected if expected else 1.0

    def boilerplate_recorded(self) -> float:
        """Share of the expected boilerplate lines recorded as removals (a whole page's navigation is not)."""
        expected = sum(c.boilerplate_expected for c in self.cases)
        return sum(c.boilerplate_recorded for c in self.cases) / expected if expected else 1.0

    def removal_precision(self) -> float:
        """Share of removed text that was boilerplate: 1.0 means no story text was removed."""
        removed = sum(c.removed_tokens for c in self.cases)
        return 1 - sum(c.removed_story_tokens for c in self.cases) / removed if removed else 1.0

    def body_kept(self) -> float:
        """Share of removed text that the expected body does *not* hold. Stricter lists leave page chrome out of both
        body and boilerplate; this figure counts only copy the cleaner took, never unlisted chrome."""
        removed = sum(c.removed_tokens for c in self.cases)
        return 1 - sum(c.removed_body_tokens for c in self.cases) / removed if removed else 1.0

    def lines(self) -> list[str]:
        out = [f"cases: {len(self.cases)}", f"errors: {sum(1 for c in self.cases if c.error)}"]
        for name, (passed, total) in sorted(self.field_accuracy().items()):
            out.append(f"{name} accuracy: {passed / total:.4f} ({passed}/{total})")
        precision, recall, score = self.body_scores()
        out += [
            f"body token precision: {precision:.4f}",
            f"body token recall: {recall:.4f}",
            f"body token F1: {score:.4f}",
            f"boilerplate recall: {self.boilerplate_recall():.4f}",
            f"boilerplate recorded as removed: {self.boilerplate_recorded():.4f}",
            f"story-text precision (removed text that was boilerplate): {self.removal_precision():.4f}",
            f"removed text not in the expected body: {self.body_kept():.4f}",
        ]
        return out


def corpus_case_files(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for expected in sorted(folder.glob("*.json")):
        # the input is the other file of the stem; a JSON input is named "stem.<kind>.json" ("12-column.ans.json")
        inputs = [p for p in folder.glob(expected.stem + ".*") if p != expected]
        if len(inputs) == 1:
            pairs.append((inputs[0], expected))
    return pairs


def _normalized_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def expected_answer(spec: dict) -> dict:
    """A case's expected fields, its body as one text.

    Writers give the body either as `body_text` (paragraphs split by blank lines) or as `body`, a list of
    paragraphs. Both are scored alike: a list left unread once scored no body and made "removed text not in
    the expected body" 1.0 whatever the cleaner took."""
    expected = {name: _composed(value) for name, value in spec.get("expected", spec).items()}
    if "body_text" not in expected and isinstance(expected.get("body"), list):
        expected["body_text"] = "\n\n".join(expected["body"])
    return expected


def _composed(value):
    """The answer in Unicode's composed form (NFC), as the parser gives every field: "ӯ" written as "у" and a
    combining macron is the same letter, and a writer's keyboard decides which coding the answer has."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_composed(entry) for entry in value]
    return value


def evaluate_case(input_path: Path, expected_path: Path, options: PipelineOptions = PipelineOptions()) -> CaseResult:
    spec = json.loads(expected_path.read_text(encoding="utf-8"))
    expected = expected_answer(spec)
    result = CaseResult(name=input_path.name)
    try:
        drafts = run(input_path.read_bytes(), spec.get("content_type", ""), options)
        draft: StoryDraft = drafts[0]
    except Exception as exc:  # a case that breaks the pipeline counts as failing every check
        result.error = f"{type(exc).__name__}: {exc}"
        for name in CHECKED_FIELDS:
            if name in expected:
                result.field_checks[name] = False
        body_expected = Counter(tokens(expected.get("body_text", "")))
        result.body = (0, 0, sum(body_expected.values()))
        result.boilerplate_expected = len(expected.get("boilerplate", []))
        return result
    for name in CHECKED_FIELDS:
        if name in expected:
            ok = getattr(draft, name) == expected[name]
            result.field_checks[name] = ok
            if not ok:
                result.mismatches.append(f"{name}: got {getattr(draft, name)!r}, expected {expected[name]!r}")
    if "body_text" in expected:
        result.body = overlap(Counter(tokens(expected["body_text"])), Counter(tokens(draft.body_text)))
        if result.body[1] or result.body[2]:
            result.mismatches.append(f"body: {result.body[1]} extra, {result.body[2]} missing tokens")
    # List items are stored without their bullets (the HTML list carries them): "- Barge freight eases" as the
    # case lists it is the item "Barge freight eases" the cleaner records.
    boilerplate = [_LIST_MARKER.sub("", " ".join(line.split())) for line in expected.get("boilerplate", [])]
    # A block of several lines ("About Halvorsen Diagnostics\nHalvorsen Diagnostics, Inc. develops ...", a widget's
    # heading, text and button) is kept when any of its lines stays in the body: its lines joined into one never
    # equal a body line, so a kept block once counted as removed and hid in the recall.
    entry_lines = [[_LIST_MARKER.sub("", line) for line in _normalized_lines(entry)]
                   for entry in expected.get("boilerplate", [])]
    # (a removed paragraph's own leading "- " or "* " is read as the case's lines are: "- [Studie ...](...)" in a <p>)
    removed = [_LIST_MARKER.sub("", " ".join(piece["text"].split())) for piece in draft.removed]
    body_lines = set(_normalized_lines(draft.body_text))
    expected_body_lines = {_LIST_MARKER.sub("", line) for line in _normalized_lines(expected.get("body_text", ""))}
    kept = [line in body_lines or any(part in body_lines for part in parts) for line, parts in zip(boilerplate, entry_lines)]
    result.boilerplate_expected = len(boilerplate)
    result.boilerplate_removed = kept.count(False)
    removed_set = set(removed)
    result.boilerplate_recorded = sum(
        1 for line, parts, stays in zip(boilerplate, entry_lines, kept)
        if not stays and (line in removed_set or parts and all(part in removed_set for part in parts)))
    for line, stays in zip(boilerplate, kept):
        if stays:
            result.mismatches.append(f"boilerplate kept: {line!r}")
    # a block's line removed on its own is the block's, not story text; so is a run of its lines that the page set
    # in one element ("App Store" and "Google Play" listed as two lines of one widget, one paragraph on the page)
    boilerplate_pieces = set(boilerplate) | {" ".join(parts[start:end]) for parts in entry_lines
                                             for start in range(len(parts)) for end in range(start + 1, len(parts) + 1)}
    for piece in removed:
        count = len(tokens(piece))
        result.removed_tokens += count
        if piece not in boilerplate_pieces and count:  # (a rule line, "--" or "-----", holds no word of copy)
            result.removed_story_tokens += count
            result.mismatches.append(f"story text removed: {piece!r}")
        if piece in expected_body_lines:
            result.removed_body_tokens += count
    return result


def evaluate_corpus(folder: Path, options: PipelineOptions = PipelineOptions()) -> CorpusReport:
    return CorpusReport([evaluate_case(inp, exp, options) for inp, exp in corpus_case_files(folder)])


# --- the article-extraction benchmark layout ---------------------------------------------


def is_benchmark_folder(folder: Path) -> bool:
    return (folder / "ground-truth.json").is_file() and (folder / "html").is_dir()


@dataclass
class BenchmarkReport:
    pages: int
    precision: float
    recall: float
    kept_chars: int
    total_chars: int
    removed_lines: list[str]

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def kept_share(self) -> float:
        return self.kept_chars / self.total_chars if self.total_chars else 1.0

    def lines(self) -> list[str]:
        return [
            f"pages: {self.pages}",
            f"body shingle precision: {self.precision:.4f}",
            f"body shingle recall: {self.recall:.4f}",
            f"body F1: {self.f1:.4f}",
            f"clean bodies kept: {100 * self.kept_share:.3f} % ({self.total_chars - self.kept_chars} of {self.total_chars} characters removed)",
        ]


def evaluate_benchmark(folder: Path, options: PipelineOptions = PipelineOptions(), limit: int | None = None) -> BenchmarkReport:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    precisions, recalls = [], []
    kept = total = 0
    removed_lines: list[str] = []
    for page_id in ids:
        expected_text = truth[page_id]["articleBody"]
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        try:
            drafts = run(html, "text/html; charset=utf-8", PipelineOptions(pinned_format="html", rules=options.rules, style=options.style))
            predicted = drafts[0].body_text if drafts else ""
        except Exception:  # the benchmark counts a failed page as returning nothing
            predicted = ""
        tp, fp, fn = overlap(shingles(expected_text), shingles(predicted))
        if predicted:
            precisions.append(tp / (tp + fp) if tp + fp else 0.0)
        recalls.append(tp / (tp + fn) if tp + fn else 0.0)
        page_kept, page_total, page_removed = clean_text_kept(expected_text, options.rules)
        kept += page_kept
        total += page_total
        removed_lines += page_removed
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    return BenchmarkReport(len(ids), precision, recall, kept, total, removed_lines)


def clean_text_kept(text: str, rules=SHIPPED) -> tuple[int, int, list[str]]:
    """Run a clean article body through the line rules as a plain-text item: (kept chars, total, removed lines)."""
    from ingest.items import Block, ParsedItem

    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    lines = [line.strip() for p in paragraphs for line in p.split("\n") if line.strip()]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=line) for line in lines]), rules)
    total = sum(len(line) for line in lines)
    lost = sum(len(piece.text) for piece in cleaned.removed)
    return total - lost, total, [piece.text for piece in cleaned.removed]
