"""The whole pure pipeline on the seed sample (samples/ in this repository): exactly what its expected.json says."""
import pytest

from ingest.pipeline import run
from tests.expectations import assert_matches_expected


def test_sample_matches_expected(sample_bytes, sample_expected):
    (draft,) = run(sample_bytes, "text/plain; charset=utf-8")
    assert_matches_expected(draft, sample_expected)


def test_sample_copy_is_never_rewritten(sample_bytes):
    (draft,) = run(sample_bytes, "text/plain; charset=utf-8")
    assert "Rubio met earlier Thurday with" in draft.body_text  # the wire's own typo stays


def test_sample_removal_records_rule_and_position(sample_bytes):
    (draft,) = run(sample_bytes, "text/plain; charset=utf-8")
    assert draft.removed == [
        {"text": "You must Register or Login to post a comment.", "rule": "library:comment-prompt", "block": 15, "item": None}
    ]


def test_same_copy_gives_same_guid(sample_bytes):
    first = run(sample_bytes, "text/plain")[0]
    again = run(sample_bytes.replace(b"\n", b"\r\n"), "text/plain")[0]
    assert first.guid == again.guid and first.guid.startswith("urn:sha256:")


def test_a_parsers_note_reaches_the_editor_with_the_flags():
    """A NITF file without an id is not refused; how its id was made is shown on the story's page."""
    from pathlib import Path

    from ingest.pipeline import run

    raw = (Path(__file__).resolve().parent / "fixtures" / "formats" / "nitf-no-id-string.xml").read_bytes()
    (draft,) = run(raw, "application/xml")
    notes = [f["reason"] for f in draft.flagged if f["reason"].startswith("wire note:")]
    assert notes and draft.guid


_WARM_UP_PROBE = """
import django, os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
django.setup()
from celery.signals import worker_process_init
from ingest.clean import prefilter, scoring
import ingest.tasks  # connects the worker's signal handlers
built = lambda: (scoring.shipped_model.cache_info().currsize, len(prefilter._BY_PATTERNS))
before = built()
if sys.argv[1] == "start":
    worker_process_init.send(sender=None)
print(before, built())
"""


@pytest.mark.parametrize("how, expected", [("start", "(0, 0) (1, 1)"), ("nothing", "(0, 0) (0, 0)")])
def test_a_worker_process_builds_the_pipelines_tables_as_it_starts(how, expected):
    """A pool process's first delivery (often a flash after a deploy) must not pay for building the tables.

    Run in a fresh interpreter: this test process has long since built them.
    """
    import subprocess
    import sys
    from pathlib import Path

    result = subprocess.run([sys.executable, "-c", _WARM_UP_PROBE, how], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


_PRE_FORK_PROBE = """
import django, gc, os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
django.setup()
from celery.signals import worker_init
from dateparser.languages.loader import default_loader
from ingest.clean import scoring
from ingest.parse import text
import ingest.tasks  # connects the worker's signal handlers
built = lambda: (scoring.shipped_model.cache_info().currsize, text._given_names.cache_info().currsize,
                 len(default_loader._loaded_locales) > 200, gc.get_freeze_count() > 0)
before = built()
if sys.argv[1] == "start":
    worker_init.send(sender=None)
print(before, built())
"""


@pytest.mark.parametrize("how, expected", [("start", "(0, 0, False, False) (1, 1, True, True)"),
                                           ("nothing", "(0, 0, False, False) (0, 0, False, False)")])
def test_a_worker_loads_what_its_pool_shares_before_it_forks(how, expected):
    """The worker's main process builds the tables and loads the data read on first use (every dateparser locale, the
    given names) before the pool forks, so no pool process pays seconds for them in the middle of a burst."""
    import subprocess
    import sys
    from pathlib import Path

    result = subprocess.run([sys.executable, "-c", _PRE_FORK_PROBE, how], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
