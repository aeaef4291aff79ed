"""The repository stands alone: nothing it tracks reads a folder beside it (`../shared`).

A clone with nothing next to it must pass `make test` and run the README's
demo, so the sample, its expected result, the ninjs schemas and the
article-extraction set live in the repository, and no tracked file points
outside it. `tests/test_run_script.py` runs `make run`'s script from a copy
of the tracked files alone.
"""
import re
import subprocess
from pathlib import Path

from tests.conftest import AEB_DEV, NINJS_SCHEMAS, ROOT, SAMPLES

# `../shared/...`, `ROOT.parent / "shared"`, `parents[3] / "shared"`, an absolute /work/shared, and the design folder's
# own files named under it ("shared/DESIGN.md", "shared/samples/"), which a reader would look for beside the clone.
_OUTSIDE = re.compile(r"\.\./shared\b|/\s*[\"']shared[\"']|/work/shared\b"
                      r"|\bshared/(?:DESIGN\.md|CONVENTIONS\.md|TESTING-NOTES\.md|samples|specs|eval|hooks)\b")


def tracked_files() -> list[Path]:
    names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [ROOT / name for name in names.decode().split("\0") if name]


def test_no_tracked_file_reads_a_folder_outside_the_repository():
    offenders = []
    for path in tracked_files():
        if path == Path(__file__) or not path.is_file() or path.suffix in (".gz", ".png"):
            continue
        text = path.read_text(errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            if _OUTSIDE.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_pattern_catches_each_way_of_reaching_outside():
    for line in ('SHARED = ROOT.parent / "shared"', "post_webhook ../shared/samples/x.txt",
                 'Path(__file__).resolve().parents[3] / "shared" / "specs"', "cat /work/shared/DESIGN.md",
                 "I read only `shared/DESIGN.md` and `shared/samples/`"):
        assert _OUTSIDE.search(line), line
    assert not _OUTSIDE.search("counted in the shared cache (Redis)")
    assert not _OUTSIDE.search('href="https://bloximages.example.com/shared/css/site.css"')


def test_what_the_readme_tests_and_benchmarks_use_is_tracked():
    tracked = set(tracked_files())
    wanted = [
        SAMPLES / "newslooks-rubio-lavrov.txt", SAMPLES / "expected.json",
        NINJS_SCHEMAS / "ninjs-schema_1.6.json", NINJS_SCHEMAS / "ninjs-schema_2.2.json",
        NINJS_SCHEMAS / "ninjs-schema_3.1.json", NINJS_SCHEMAS / "ninjs-LICENSE",
        AEB_DEV / "LICENSE", AEB_DEV / "README.md", AEB_DEV / "ground-truth.json",
    ]
    assert [p for p in wanted if p not in tracked] == []
    pages = [p for p in tracked if p.parent == AEB_DEV / "html" and p.name.endswith(".html.gz")]
    assert len(pages) == 91


def test_the_readme_demo_command_names_a_file_in_the_repository():
    readme = (ROOT / "README.md").read_text()
    demo = re.search(r"manage\.py post_webhook (\S+) --source demo", readme)
    assert demo and (ROOT / demo.group(1)).is_file()


def test_no_tracked_file_is_a_symlink():
    """A tracked link (a worktree's `.venv` once was) points at one machine's layout, and a checkout
    of it replaces whatever real folder stands at that path."""
    assert [str(p.relative_to(ROOT)) for p in tracked_files() if p.is_symlink()] == []
