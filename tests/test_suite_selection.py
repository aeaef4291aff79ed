"""`make test`'s PostgreSQL pass runs what reaches the database and leaves out the plain-function cases.

scripts/test.sh sets NEWSROOM_DATABASE_TESTS_ONLY=1 for that pass (tests/conftest.py's pytest_collection_modifyitems).
If the selection broke, the pass would either repeat the thousands of parsing and cleaning cases (the suite's time
doubles) or, worse, leave out a test that talks to the database, which then never runs on PostgreSQL.
"""
import os
import subprocess
import sys

from tests.conftest import ROOT

# One file of each kind: tests that reach the database (a pytest-django marker or fixture; a process of its own
# marked `database`) and tests of plain functions.
REACHES_THE_DATABASE = "tests/test_health.py"
PLAIN_FUNCTIONS = "tests/webhooks/test_signature.py"


def _collected(*paths: str, only_database: bool) -> list[str]:
    env = {**os.environ, "NEWSROOM_DATABASE_TESTS_ONLY": "1" if only_database else "0"}
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


def test_the_test_script_asks_for_it_on_postgresql_only():
    script = (ROOT / "scripts" / "test.sh").read_text()
    sqlite_line = next(line for line in script.splitlines() if "env -u DATABASE_URL" in line)
    postgres_line = next(line for line in script.splitlines() if "DATABASE_URL=$PG_URL" in line)
    assert "NEWSROOM_DATABASE_TESTS_ONLY" not in sqlite_line
    assert "NEWSROOM_DATABASE_TESTS_ONLY=${NEWSROOM_DATABASE_TESTS_ONLY:-1}" in postgres_line
