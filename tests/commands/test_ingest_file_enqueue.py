"""ingest_file --enqueue: a folder stored and queued in batches through the real queue, resumable, urgent first."""
import json

import pytest
from django.core.management import CommandError, call_command

from ingest import broker
from ingest.models import Delivery, Story
from tests.faults.conftest import wait_until_finished

FILES = 25


def wire(n: int) -> bytes:
    return f"Harbour reopens after storm {n}\n\nOSLO (Reuters) - The harbour reopened on Friday, day {n}.\n".encode()


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "backfill"
    (root / "2024").mkdir(parents=True)
    for n in range(FILES - 1):
        (root / "2024" / f"{n:03}.txt").write_bytes(wire(n))
    (root / "flash.txt").write_bytes(b"FLASH: Earthquake strikes off the coast\n\nTOKYO (AP) - A strong earthquake struck.\n")
    (root / ".DS_Store").write_bytes(b"\x00junk")
    return root




@pytest.mark.django_db
def test_a_folder_is_stored_and_queued_in_batches_and_a_second_run_resumes(wire_source, folder, queues, capsys):
    call_command("ingest_file", str(folder / "2024" / "000.txt"), str(folder / "2024" / "001.txt"),
                 "--source", "wire", "--enqueue")  # an earlier run, interrupted after two files
    assert Delivery.objects.count() == 2
    capsys.readouterr()

    call_command("ingest_file", str(folder), "--source", "wire", "--enqueue", "--batch-size", "10")
    out = capsys.readouterr().out
    assert "23 stored and 23 queued in 3 batches; 2 already stored by an earlier run; 0 unreadable" in out
    assert Delivery.objects.count() == FILES and Story.objects.count() == 0  # the workers parse, not this command
    assert broker.queue_depths() == {"urgent": 1, "celery": FILES - 1}
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.QUEUED}
    assert Delivery.objects.get(urgent=True).headers["backfill-file"] == str(folder / "flash.txt")

    call_command("ingest_file", str(folder), "--source", "wire", "--enqueue", "--json")
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == FILES and not any(line["queued"] for line in lines)
    assert broker.queue_depths()["celery"] == FILES - 1  # nothing queued twice


@pytest.mark.django_db
def test_enqueue_refuses_a_dry_run(wire_source, folder):
    with pytest.raises(CommandError, match="cannot be a --dry-run"):
        call_command("ingest_file", str(folder), "--source", "wire", "--enqueue", "--dry-run")


@pytest.mark.integration
def test_a_worker_makes_the_stories(celery_worker_process, wire_source, folder):
    call_command("ingest_file", str(folder), "--source", "wire", "--enqueue", "--batch-size", "7", stdout=open("/dev/null", "w"))
    wait_until_finished(Delivery.objects.values_list("pk", flat=True), timeout=120)
    assert Delivery.objects.filter(status=Delivery.Status.DONE).count() == FILES
    assert Story.objects.count() == FILES
    assert Story.objects.filter(urgency=1).count() == 1
