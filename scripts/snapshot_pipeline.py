"""Compare the pure pipeline's output on every repository input with tests/fixtures/pipeline_snapshot.json.xz.

    .venv/bin/python scripts/snapshot_pipeline.py           # list what differs (exit 1 if anything does)
    .venv/bin/python scripts/snapshot_pipeline.py --write   # record the output as it is now

Write only when the output is meant to change (a rule, the vocabulary, the model's weights), after
reading what differs; tests/test_pipeline_snapshot.py holds every change of mechanics to it.
"""
import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import pipeline_snapshot  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record the current output as the snapshot")
    args = parser.parse_args()
    current = pipeline_snapshot.compute()
    if args.write:
        pipeline_snapshot.write(current)
        print(f"wrote {pipeline_snapshot.FIXTURE.relative_to(ROOT)}: "
              + ", ".join(f"{name} {len(found)} cases" for name, found in current.items()))
        return 0
    problems = pipeline_snapshot.differences(pipeline_snapshot.load(), current, limit=int(os.environ.get("SNAPSHOT_LIMIT", "200")))
    print("\n".join(problems) or "the pipeline's output is the snapshot's")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
