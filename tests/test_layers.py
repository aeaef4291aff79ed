"""One direction of flow: parse -> clean -> normalize, the vocabulary beneath them all. A step never imports a later
one, and the vocabulary imports no step, so each can be read and changed without the ones after it."""
import ast
from pathlib import Path

import pytest

INGEST = Path(__file__).resolve().parent.parent / "ingest"
# each step and the modules it must not import
LATER = {
    "vocabulary": ("ingest.parse", "ingest.clean", "ingest.normalize", "ingest.pipeline", "ingest.services"),
    "parse": ("ingest.clean", "ingest.normalize", "ingest.pipeline", "ingest.services"),
    "clean": ("ingest.normalize", "ingest.pipeline", "ingest.services"),
    "normalize": ("ingest.pipeline", "ingest.services"),
}
# The harness that measures the whole pipeline against expected answers lives beside the cleaner it was built for;
# no step imports it.
MEASURING = {Path("clean/evaluation.py")}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("step", sorted(LATER))
def test_a_step_never_imports_a_later_one(step):
    offending = {
        f"{path.relative_to(INGEST)}: {name}"
        for path in (INGEST / step).rglob("*.py") if path.relative_to(INGEST) not in MEASURING
        for name in _imports(path)
        if any(name == later or name.startswith(later + ".") for later in LATER[step])
    }
    assert not offending


def test_no_step_imports_the_measuring_harness():
    assert not [path for path in INGEST.rglob("*.py") if "ingest.clean.evaluation" in _imports(path)
                and path.relative_to(INGEST).parts[0] in LATER]
