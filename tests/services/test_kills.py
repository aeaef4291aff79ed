"""Undoing an editor's kill: who may, until when, what it goes back to, the history it leaves, and how the
feed serves a restored story again (through the API, as partners read it)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from rest_framework.test import APIClient

from ingest import selectors, services
from ingest.models import Story
from ingest.services.kills import KillUndoRefused

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    editor.groups.add(services.editors_group_ensure())
    admin = django_user_model.objects.create_superuser("chief", "chief@example.com", "x")
    trusted = django_user_model.objects.create_user("night-editor", password="x", is_staff=True)
    trusted.groups.add(services.editors_group_ensure())
    trusted.user_permissions.add(Permission.objects.get(codename="unkill_story"))
    return {"editor": editor, "admin": admin, "trusted": trusted}


def killed_story(source, people, *, status=Story.Status.PUBLISHED, reason="Legal: names a witness") -> Story:
    story = Story.objects.create(source=source, guid=f"g-{status}", headline="Minister resigns", body_text="Body.")
    if status != Story.Status.DRAFT:
        services.story_transition(story=story, to=status, user=people["editor"])
    services.story_transition(story=story, to=Story.Status.KILLED, user=people["editor"], reason=reason)
    return Story.objects.get(pk=story.pk)


@pytest.mark.parametrize("status", [Story.Status.DRAFT, Story.Status.APPROVED, Story.Status.PUBLISHED])
def test_an_administrator_restores_the_status_the_story_had(wire_source, people, status):
    story = killed_story(wire_source, people, status=status)
    record = selectors.story_kill_record(story)
    assert (record.by, record.reason, record.status_before, record.by_editor) == ("editor", "Legal: names a witness", status, True)
    assert record.undo_until == record.at + timedelta(minutes=15)

    services.story_unkill(story=story, user=people["admin"], reason="Wrong story killed")
    story.refresh_from_db()
    assert story.status == status
    history = list(story.history.order_by("-history_date", "-history_id").values_list(
        "status", "history_user__username", "history_change_reason")[:2])
    assert history == [(status, "chief", "Kill undone: Wrong story killed"), ("killed", "editor", "Legal: names a witness")]
    assert selectors.story_kill_record(story) is None


@pytest.mark.parametrize(("who", "allowed"), [("editor", False), ("admin", True), ("trusted", True)])
def test_only_administrators_and_holders_of_the_permission_may_undo(wire_source, people, who, allowed):
    story = killed_story(wire_source, people)
    refusal = services.kill_undo_refusal(story, people[who])
    assert (refusal is None) == allowed
    if not allowed:
        assert refusal[0] == "forbidden"
        with pytest.raises(PermissionDenied):
            services.story_unkill(story=story, user=people[who], reason="please")
        assert Story.objects.get(pk=story.pk).status == Story.Status.KILLED


def test_the_window_closes(wire_source, people, settings):
    settings.INGEST = {**settings.INGEST, "KILL_UNDO_SECONDS": 60}
    story = killed_story(wire_source, people)
    kill_time = selectors.story_kill_record(story).at
    assert services.kill_undo_refusal(story, people["admin"], now=kill_time + timedelta(seconds=59)) is None
    code, message = services.kill_undo_refusal(story, people["admin"], now=kill_time + timedelta(seconds=60))
    assert code == "window_closed" and "has passed" in message
    with pytest.raises(KillUndoRefused) as refused:
        services.story_unkill(story=story, user=people["admin"], reason="late", now=kill_time + timedelta(minutes=5))
    assert refused.value.code == "window_closed"
    assert Story.objects.get(pk=story.pk).status == Story.Status.KILLED


def test_a_wire_kill_is_never_undone(wire_source, people):
    story = Story.objects.create(source=wire_source, guid="wire-killed", headline="Withdrawn", status=Story.Status.PUBLISHED)
    story.status = Story.Status.KILLED  # as the upsert does for a kill notice: no editor behind it
    story.save()
    assert services.kill_undo_refusal(story, people["admin"])[0] == "by_wire"
    arrived_killed = Story.objects.create(source=wire_source, guid="born-killed", headline="Killed", status=Story.Status.KILLED)
    assert services.kill_undo_refusal(arrived_killed, people["admin"])[0] == "by_wire"
    alive = Story.objects.create(source=wire_source, guid="alive", headline="Alive")
    assert services.kill_undo_refusal(alive, people["admin"])[0] == "not_killed"


def test_saves_while_killed_do_not_hide_the_kill(wire_source, people):
    """A newer wire version put aside beside a killed story saves it again (status still killed, no user)."""
    story = killed_story(wire_source, people)
    story.pending_update = {"version": 2, "fields": {"headline": "Minister resigns, update"}}
    story.save(update_fields=["pending_update", "updated_at"])
    record = selectors.story_kill_record(Story.objects.get(pk=story.pk))
    assert (record.by, record.status_before) == ("editor", Story.Status.PUBLISHED)


def test_the_feed_serves_a_restored_story_again_on_top(wire_source, people, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    api = APIClient()
    older = Story.objects.create(source=wire_source, guid="older", headline="Older story", status=Story.Status.PUBLISHED,
                                 published_at=timezone.now() - timedelta(minutes=30))
    story = Story.objects.create(source=wire_source, guid="g", headline="Minister resigns", body_text="Body.")
    services.story_transition(story=story, to=Story.Status.PUBLISHED, user=people["editor"])
    first_published = Story.objects.get(pk=story.pk).published_at
    time_machine.shift(timedelta(minutes=1))
    newer = Story.objects.create(source=wire_source, guid="newer", headline="Newer story", status=Story.Status.PUBLISHED,
                                 published_at=timezone.now())
    listed = api.get("/api/stories/")
    assert [s["id"] for s in listed.json()["results"]] == [newer.pk, story.pk, older.pk]

    time_machine.shift(timedelta(minutes=1))
    services.story_transition(story=story, to=Story.Status.KILLED, user=people["editor"], reason="Legal")
    killed_at = timezone.now()
    assert api.get(f"/api/stories/{story.pk}/").status_code == 410
    after_kill = api.get("/api/stories/")
    assert [s["id"] for s in after_kill.json()["results"]] == [newer.pk, older.pk]

    time_machine.shift(timedelta(minutes=5))
    services.story_unkill(story=Story.objects.get(pk=story.pk), user=people["admin"], reason="Cleared by lawyers")
    detail = api.get(f"/api/stories/{story.pk}/")
    assert detail.status_code == 200 and detail.json()["status"] == "published"
    restored = api.get("/api/stories/", HTTP_IF_NONE_MATCH=after_kill["ETag"], HTTP_IF_MODIFIED_SINCE=after_kill["Last-Modified"])
    assert restored.status_code == 200  # never a stale 304
    assert [s["id"] for s in restored.json()["results"]] == [story.pk, newer.pk, older.pk]  # republished: on top
    body = restored.json()["results"][0]
    assert parse_datetime(body["published_at"]) == timezone.now() > first_published  # dated from the restore
    synced = api.get("/api/stories/", {"updated_since": killed_at.isoformat()})
    assert story.pk in [s["id"] for s in synced.json()["results"]]  # partners syncing changes get it again
    ninjs = api.get(f"/api/stories/{story.pk}/ninjs")
    assert ninjs.status_code == 200 and ninjs.json()["pubstatus"] == "usable"
