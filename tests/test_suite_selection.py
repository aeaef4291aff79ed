"""`make test`'s two passes each run every test that reaches the database, and split the plain-function cases.

scripts/test.sh gives each pass its share of the plain tests (NEWSROOM_PLAIN_SHARE; tests/conftest.py's
pytest_collection_modifyitems). If the selection broke, a plain test would run twice (the suite's time grows) or
never, or, worse, a test that talks to the database would be left out of a pass and never run on that database.
"""
import os
import subprocess
import sys

from tests.conftest import ROOT

# One file of each kind: tests that reach the database (a pytest-django marker or fixture; a process of its own
# marked `database`) and tests of plain functions.
REACHES_THE_DATABASE = "tests/test_health.py"
PLAIN_FUNCTIONS = "tests/webhooks/test_signature.py"


def _collected(*paths: str, only_database: bool, share: str = "") -> list[str]:
    env = {**os.environ, "NEWSROOM_DATABASE_TESTS_ONLY": "1" if only_database else "0", "NEWSROOM_PLAIN_SHARE": share}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", *paths], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return [line for line in result.stdout.splitlines() if "::" in line]


def test_the_database_pass_keeps_database_tests_and_leaves_out_plain_functions():
    everything = _collected(REACHES_THE_DATABASE, PLAIN_FUNCTIONS, only_database=False)
    database_only = _collected(REACHES_THE_DATABASE, PLAIN_FUNCTIONS, only_database=True)
    database_tests = [test for test in everything if test.startswith(REACHES_THE_DATABASE)]
    assert database_tests and any(test.startswith(PLAIN_FUNCTIONS) for test in everything)
    assert database_only == database_tests


# Enough plain cases that a share of them holds some and leaves some out.
MANY_PLAIN_FUNCTIONS = "tests/normalize/test_byline.py"


def test_the_two_shares_run_each_plain_test_once_and_every_database_test_in_both():
    everything = _collected(REACHES_THE_DATABASE, MANY_PLAIN_FUNCTIONS, only_database=False)
    first = _collected(REACHES_THE_DATABASE, MANY_PLAIN_FUNCTIONS, only_database=False, share="0-0.45")
    rest = _collected(REACHES_THE_DATABASE, MANY_PLAIN_FUNCTIONS, only_database=False, share="0.45-1")
    database_tests = {test for test in everything if test.startswith(REACHES_THE_DATABASE)}
    plain_first, plain_rest = set(first) - database_tests, set(rest) - database_tests
    assert database_tests <= set(first) and database_tests <= set(rest)
    assert plain_first and plain_rest and not plain_first & plain_rest
    assert plain_first | plain_rest == set(everything) - database_tests


def test_the_test_script_splits_the_plain_tests_between_its_passes():
    script = (ROOT / "scripts" / "test.sh").read_text()
    sqlite_line = next(line for line in script.splitlines() if "env -u DATABASE_URL" in line)
    postgres_line = next(line for line in script.splitlines() if "DATABASE_URL=$PG_URL" in line)
    assert 'NEWSROOM_PLAIN_SHARE="$PLAIN_SPLIT-1"' in sqlite_line
    assert 'NEWSROOM_PLAIN_SHARE="0-$PLAIN_SPLIT"' in postgres_line
