"""Corrections, holds, kills and embargoes from the wire are shown to the editor on the story page."""
from datetime import timedelta

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "notice, expected",
    [
        ({"kind": "kill", "version": 3, "pubstatus": "canceled", "note": "Story withdrawn: legal"}, "KILLED this story (version 3)"),
        ({"kind": "withheld", "version": 2, "pubstatus": "withheld", "note": ""}, "ON HOLD (version 2)"),
        ({"kind": "correction", "version": 4, "pubstatus": "usable", "note": "CORRECTS spelling of name"}, "CORRECTION (version 4)"),
    ],
)
def test_wire_notice_banner(editor_client, sample_story, notice, expected):
    sample_story.wire_notice = notice
    sample_story.save()
    page = editor_client.get(f"/admin/ingest/story/{sample_story.pk}/change/").content.decode()
    assert 'id="wire-notice"' in page and expected in page
    if notice["note"]:
        assert notice["note"] in page


def test_no_banner_without_notice(editor_client, sample_story):
    page = editor_client.get(f"/admin/ingest/story/{sample_story.pk}/change/").content.decode()
    assert 'id="wire-notice"' not in page and 'id="embargo-notice"' not in page


def test_future_embargo_is_shown(editor_client, sample_story):
    sample_story.embargoed_until = timezone.now() + timedelta(hours=2)
    sample_story.save()
    page = editor_client.get(f"/admin/ingest/story/{sample_story.pk}/change/").content.decode()
    assert 'id="embargo-notice"' in page and "Embargoed until" in page
