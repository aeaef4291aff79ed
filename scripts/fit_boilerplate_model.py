"""Fit the cleaner's boilerplate model on case folders, and measure it only on rounds it was not fitted on.

    .venv/bin/python scripts/fit_boilerplate_model.py tests/corpus tests/blind/round-* eval/aeb-dev [--write]
        [--compare-shipped]

Every line of every case (after parsing, before cleaning) is labelled by the
case's expected answer: boilerplate when it is one of the `boilerplate`
lines, story when the expected body contains it. Each case belongs to a
round (tests/corpus/rounds.json, or the name of its folder). For each round
the model is fitted on all the *other* rounds and scored on the held one
(leave one round out): that is the figure to believe. `--write` then fits on
everything and writes ingest/clean/boilerplate_model.json.

Logistic regression by Newton's method (a few iterations over some twenty
signals): no numerical library needed. The removal threshold is set above
every story line of the fitting rounds (with a margin), so on the rounds it
saw no story line is removed by score; the held-out figures say whether that
holds on copy it did not see.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.clean.engine import SHIPPED, match_line  # noqa: E402
from ingest.clean.evaluation import corpus_case_files, expected_answer, is_benchmark_folder  # noqa: E402
from ingest.clean.scoring import (  # noqa: E402
    FEATURE_NAMES, MODEL_PATH, Model, features, never_by_score, shipped_model, story_span,
)
from ingest.items import PARAGRAPH  # noqa: E402
from ingest.parse import parse  # noqa: E402

L2 = 1.0
FLAG_THRESHOLD = 0.5
MARGIN = 0.03
LOWEST_REMOVE = 0.85


def _norm(text: str) -> str:
    return " ".join(text.split())


def samples_of_case(input_path: Path, expected_path: Path) -> list[tuple[dict, int, bool, str]]:
    """(features, label, library already removes it, text) for each labelled line of one case."""
    spec = json.loads(expected_path.read_text(encoding="utf-8"))
    expected = expected_answer(spec)
    boilerplate = {_norm(line) for line in expected.get("boilerplate", [])}
    body = _norm(expected.get("body_text", " ".join(expected.get("body_must_contain_paragraphs", []))))
    try:
        _, items = parse(input_path.read_bytes(), spec.get("content_type", ""))
    except Exception:  # noqa: BLE001 - a case the parser refuses gives no lines to learn from
        return []
    if not items:
        return []
    blocks = [b for b in items[0].blocks if not b.furniture]
    span = story_span(blocks)
    out = []
    for index, block in enumerate(blocks):
        line = _norm(block.text)
        if block.kind != PARAGRAPH or not line:
            continue  # the cleaner scores paragraphs only: list items and headings go by the rules and the list's shape
        if line in boilerplate:
            label = 1
        elif line in body:
            label = 0
        else:
            continue
        out.append((features(block.text, blocks, index, span), label, bool(match_line(block.text, SHIPPED)), line))
    return out


def samples_of_benchmark(folder: Path) -> list[tuple[dict, int, bool, str]]:
    """The article-extraction set's clean bodies: every line is story (its annotators kept it), so a model that
    would remove one learns not to, and the removal threshold stays above them."""
    from ingest.items import Block

    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for page in truth.values():
        lines = [line.strip() for line in re.split(r"\n+", page["articleBody"]) if line.strip()]
        blocks = [Block(text=line) for line in lines]
        span = story_span(blocks)
        out += [(features(b.text, blocks, i, span), 0, bool(match_line(b.text, SHIPPED)), _norm(b.text)) for i, b in enumerate(blocks)]
    return out


def load(folders: list[Path]) -> dict[str, list]:
    by_round: dict[str, list] = defaultdict(list)
    for folder in folders:
        if is_benchmark_folder(folder):
            by_round[folder.name] += samples_of_benchmark(folder)
            continue
        manifest_path = folder / "rounds.json"
        manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
        for input_path, expected_path in corpus_case_files(folder):
            round_name = manifest.get(expected_path.stem, folder.name)
            by_round[round_name] += samples_of_case(input_path, expected_path)
    return by_round


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Hessian is small and positive definite)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for row in range(col + 1, n):
            factor = a[row][col] / a[col][col]
            for k in range(col, n + 1):
                a[row][k] -= factor * a[col][k]
    x = [0.0] * n
    for row in range(n - 1, -1, -1):
        x[row] = (a[row][n] - sum(a[row][k] * x[k] for k in range(row + 1, n))) / a[row][row]
    return x


def fit(samples: list) -> Model:
    names = list(FEATURE_NAMES)
    rows = [[1.0] + [f[name] for name in names] for f, _, _, _ in samples]
    labels = [label for _, label, _, _ in samples]
    n = len(names) + 1
    w = [0.0] * n
    for _ in range(25):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in zip(rows, labels):
            z = max(-30.0, min(30.0, sum(wi * xi for wi, xi in zip(w, x))))
            p = 1 / (1 + math.exp(-z))
            g = p - y
            h = p * (1 - p)
            for i in range(n):
                if x[i]:
                    grad[i] += g * x[i]
                    hi = hess[i]
                    for j in range(n):
                        if x[j]:
                            hi[j] += h * x[i] * x[j]
        for i in range(1, n):  # no penalty on the bias
            grad[i] += L2 * w[i]
            hess[i][i] += L2
        hess[0][0] += 1e-6
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    model = Model(weights=dict(zip(names, w[1:])), bias=w[0], remove=1.0, flag=FLAG_THRESHOLD)
    story_scores = [model.probability(f) for f, label, _, _ in samples if label == 0 and not never_by_score(f)]
    remove = max(LOWEST_REMOVE, min(0.995, max(story_scores, default=0.0) + MARGIN))
    return Model(weights=model.weights, bias=model.bias, remove=remove, flag=FLAG_THRESHOLD)


def score(model: Model, samples: list) -> dict[str, float]:
    """On lines the shipped library leaves: how much boilerplate the model removes, flags, and how much story it loses."""
    residual_bp = [f for f, label, library, _ in samples if label == 1 and not library]
    story = [f for f, label, library, _ in samples if label == 0 and not library]

    def removes(f):
        return not never_by_score(f) and model.probability(f) >= model.remove

    return {
        "boilerplate lines the library misses": len(residual_bp),
        "of those removed by score": sum(1 for f in residual_bp if removes(f)) / len(residual_bp) if residual_bp else 1.0,
        "of those removed or flagged": sum(1 for f in residual_bp if removes(f) or model.probability(f) >= model.flag) / len(residual_bp) if residual_bp else 1.0,
        "story lines": len(story),
        "story lines removed by score": sum(1 for f in story if removes(f)),
        "story lines flagged": sum(1 for f in story if not removes(f) and model.probability(f) >= model.flag),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--write", action="store_true", help="fit on every round and write the shipped model")
    parser.add_argument("--compare-shipped", action="store_true",
                        help="also score the shipped model on each held round, and print both models' totals")
    args = parser.parse_args()
    by_round = load(args.folders)
    shipped = shipped_model() if args.compare_shipped else None
    totals: dict[str, list[float]] = {"refit": [0, 0, 0, 0, 0], "shipped": [0, 0, 0, 0, 0]}
    print("leave one round out (fitted on the others, scored on the held round):")
    for held in sorted(by_round):
        training = [s for name, rows in by_round.items() if name != held for s in rows]
        model = fit(training)
        figures = score(model, by_round[held])
        print(f"  {held}: remove>={model.remove:.3f} " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items()))
        for name, scored in (("refit", figures), ("shipped", score(shipped, by_round[held]) if shipped else None)):
            if scored:
                missed = scored["boilerplate lines the library misses"]
                totals[name] = [a + b for a, b in zip(totals[name], [
                    missed, round(scored["of those removed by score"] * missed),
                    round(scored["of those removed or flagged"] * missed), scored["story lines removed by score"],
                    scored["story lines flagged"]])]
    if shipped:
        for name, (missed, removed, either, story_removed, story_flagged) in totals.items():
            print(f"{name}: of {missed} boilerplate lines the library misses, {removed} removed by score, {either} removed "
                  f"or flagged; story lines removed {story_removed}, flagged {story_flagged}")
    if args.write:
        model = fit([s for rows in by_round.values() for s in rows])
        MODEL_PATH.write_text(json.dumps({
            "about": "Fitted by scripts/fit_boilerplate_model.py on " + ", ".join(str(f) for f in args.folders)
                     + "; see ingest/clean/scoring.py.",
            "weights": {k: round(v, 4) for k, v in model.weights.items()},
            "bias": round(model.bias, 4),
            "thresholds": {"remove": round(model.remove, 4), "flag": model.flag},
        }, indent=1) + "\n")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}: remove>={model.remove:.3f}, flag>={model.flag}")
        for name, weight in sorted(model.weights.items(), key=lambda kv: -kv[1]):
            print(f"  {name:28s} {weight:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
