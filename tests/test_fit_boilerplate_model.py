"""The model's fitting script: leave one round out, and the shipped model scored beside the refit."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _round(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    for i in range(3):
        story = f"The council in town {n}{i} approved the harbor budget on Tuesday after a long debate, the clerk said."
        nag = f"Harbour {n}{i} Radio, the voice of the valley since 1972"  # a line no shipped rule names
        (folder / f"c{i}.txt").write_text(f"Council approves budget\n\n{story}\n\n{story.replace('Tuesday', 'Friday')}\n\n{nag}\n")
        (folder / f"c{i}.json").write_text(json.dumps({"content_type": "text/plain", "expected": {
            "headline": "Council approves budget", "body_text": f"{story}\n\n{story.replace('Tuesday', 'Friday')}",
            "boilerplate": [nag]}}))


def test_the_refit_is_scored_round_by_round_beside_the_shipped_model(tmp_path):
    _round(tmp_path / "round-a", 1)
    _round(tmp_path / "round-b", 2)
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "fit_boilerplate_model.py"), str(tmp_path / "round-a"),
                          str(tmp_path / "round-b"), "--compare-shipped"], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout
    assert "round-a: remove>=" in out and "round-b: remove>=" in out
    totals = [line for line in out.splitlines() if line.startswith(("refit:", "shipped:"))]
    assert [line.split(":")[0] for line in totals] == ["refit", "shipped"]
    assert all("of 6 boilerplate lines the library misses" in line for line in totals), out
