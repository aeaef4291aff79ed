import pytest
from django.core.management import CommandError, call_command

from ingest.models import WireSource

pytestmark = pytest.mark.django_db


def test_creates_source_and_prints_generated_secret(capsys):
    call_command("create_wire_source", "apwire", "--name", "AP wire", "--format", "text")
    out = capsys.readouterr().out
    source = WireSource.objects.get(slug="apwire")
    assert source.name == "AP wire" and source.format == "text" and source.active
    assert source.signing_secret.startswith("whsec_") and source.signing_secret in out


def test_given_secret_is_used_and_not_printed(capsys):
    call_command("create_wire_source", "afp", "--secret", "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHMtMTIzNA==")
    assert "whsec_" not in capsys.readouterr().out
    assert WireSource.objects.get(slug="afp").signing_secret == "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHMtMTIzNA=="


def test_updates_existing_source_without_changing_its_secret(capsys):
    call_command("create_wire_source", "rtr")
    secret = WireSource.objects.get(slug="rtr").signing_secret
    call_command("create_wire_source", "rtr", "--name", "Reuters", "--format", "ninjs")
    source = WireSource.objects.get(slug="rtr")
    assert (source.name, source.format, source.signing_secret) == ("Reuters", "ninjs", secret)
    assert "Updated" in capsys.readouterr().out


def test_rejects_a_secret_without_prefix():
    with pytest.raises(CommandError, match="whsec_"):
        call_command("create_wire_source", "bad", "--secret", "plain")


def test_a_source_can_be_pinned_to_newsml_1_2():
    call_command("create_wire_source", "afp-newsml", "--format", "newsml12")
    source = WireSource.objects.get(slug="afp-newsml")
    source.full_clean()  # the model's choices know it too (migration 0009)
    assert source.format == "newsml12"
