import json

import pytest
from django.core.management import CommandError, call_command

from ingest.models import Delivery, Story
from tests.conftest import SAMPLES

pytestmark = pytest.mark.django_db

SAMPLE = SAMPLES / "newslooks-rubio-lavrov.txt"


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def test_dry_run_json_prints_fields_and_stores_nothing(wire_source, capsys, sample_expected):
    call_command("ingest_file", str(SAMPLE), "--source", "wire", "--dry-run", "--json")
    (result,) = _json_lines(capsys.readouterr().out)
    for field in ("headline", "byline", "authors", "dateline", "credit", "publisher", "edition", "summary"):
        assert result[field] == sample_expected[field]
    assert result["file"] == str(SAMPLE) and result["format"] == "text" and result["version"] == 1
    assert result["guid"].startswith("urn:sha256:")
    assert [piece["text"] for piece in result["removed"]] == sample_expected["removed_boilerplate"]
    assert Story.objects.count() == 0 and Delivery.objects.count() == 0


def test_ingest_stores_a_draft_once(wire_source, capsys):
    call_command("ingest_file", str(SAMPLE), "--source", "wire", "--json")
    call_command("ingest_file", str(SAMPLE), "--source", "wire", "--json")
    first, second = _json_lines(capsys.readouterr().out)
    assert first["story"] == second["story"]
    assert Story.objects.get().status == Story.Status.DRAFT


def test_failed_input_prints_error_and_exits_non_zero(wire_source, tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    with pytest.raises(SystemExit) as exit_info:
        call_command("ingest_file", str(missing), str(empty), str(SAMPLE), "--source", "wire", "--json", "--dry-run")
    assert exit_info.value.code == 1
    results = _json_lines(capsys.readouterr().out)
    assert [set(r) >= {"file", "error"} for r in results[:2]] == [True, True]
    assert "headline" in results[2]


def test_unknown_source_is_an_error():
    with pytest.raises(CommandError, match="unknown or inactive"):
        call_command("ingest_file", str(SAMPLE), "--source", "nope")


def test_a_database_without_tables_gets_a_clear_message_not_a_traceback(monkeypatch):
    from django.db import OperationalError

    from ingest import selectors

    def no_tables(slug):
        raise OperationalError("no such table: ingest_wiresource")

    monkeypatch.setattr(selectors, "active_source", no_tables)
    with pytest.raises(CommandError, match="run `python manage.py migrate`"):
        call_command("ingest_file", str(SAMPLE), "--source", "wire", "--dry-run", "--json")
