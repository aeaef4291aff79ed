"""Write tests/blind/ledger.json: which checks each blind case still fails (field names, "body", "boilerplate kept",
"story text removed"). tests/clean/test_cases.py holds every case to it, so a change that makes a case worse or
better shows up as a failing test until the ledger and the README's figures are updated.

    .venv/bin/python scripts/blind_ledger.py
"""
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

from ingest.clean.evaluation import corpus_case_files  # noqa: E402
from tests.clean.test_cases import BLIND, failures_of  # noqa: E402

ledger = {}
for folder in sorted(BLIND.glob("round-*")):
    for input_path, expected_path in corpus_case_files(folder):
        ledger[f"{folder.name}/{input_path.name}"] = failures_of(input_path, expected_path)
(BLIND / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n")
print(f"{sum(1 for v in ledger.values() if not v)} of {len(ledger)} blind cases pass every check")
