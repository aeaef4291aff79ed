"""The queue's own endpoints and flows through the test client: the new-stories count, saved desk views,
reject asking a reason, and an administrator undoing a kill (never a plain editor, never after the window)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ingest import selectors, services
from ingest.models import DeskView, Story, WireSource

from .conftest import make_editor
from tests.admin.test_stories import form_data

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/ingest/story/"
NEW = "/admin/ingest/story/new-stories/"


def change_url(story):
    return f"/admin/ingest/story/{story.pk}/change/"


@pytest.fixture
def desk(wire_source):
    """Stories that were there when the page loaded, and stories that arrived after."""
    other = WireSource.objects.create(slug="other", name="Other wire", signing_secret="whsec_x")
    before = timezone.now() - timedelta(minutes=5)
    old = [Story.objects.create(source=wire_source, guid=f"old-{i}", headline=f"Old budget story {i}", urgency=1) for i in range(3)]
    Story.objects.filter(pk__in=[s.pk for s in old]).update(created_at=before - timedelta(minutes=1))
    arrived = [
        Story.objects.create(source=wire_source, guid="n1", headline="Quake strikes", urgency=1, status="draft"),
        Story.objects.create(source=wire_source, guid="n2", headline="Budget vote delayed", urgency=5, status="draft"),
        Story.objects.create(source=other, guid="n3", headline="Budget passes", urgency=3, status="approved",
                             flagged=[{"text": "Share", "reason": "short"}]),
        Story.objects.create(source=other, guid="n4", headline="Cup final", pending_update={"version": 2, "fields": {}}),
    ]
    return {"since": before, "other": other, "old": old, "arrived": arrived}


def new_count(client, since, **params):
    return client.get(NEW, {"since": since.isoformat(), **params})


@pytest.mark.parametrize(("params", "expected"), [
    ({}, 4),
    ({"status__exact": "draft"}, 3),
    ({"urgency": "urgent"}, 2),
    ({"urgency": "1"}, 1),
    ({"source__id__exact": "OTHER"}, 2),
    ({"flagged": "yes"}, 1),
    ({"newer_version": "yes"}, 1),
    ({"q": "budget"}, 2),
    ({"q": "budget", "status__exact": "approved"}, 1),
    ({"urgency": "²"}, 0),  # as the queue itself: a value that is no urgency lists nothing
    ({"o": "-3", "p": "2"}, 4),  # order and page do not change which stories match
])
def test_new_stories_counts_what_the_queue_would_list(editor_client, desk, params, expected):
    if params.get("source__id__exact") == "OTHER":
        params = {**params, "source__id__exact": str(desk["other"].pk)}
    response = new_count(editor_client, desk["since"], **params)
    assert response.status_code == 200, response.content
    assert response.json()["count"] == expected
    # The same filters in the queue itself, restricted to the stories that arrived after `since`.
    listed = editor_client.get(CHANGELIST, {k: v for k, v in params.items() if k != "p"}).context["cl"].queryset
    assert listed.filter(created_at__gt=desk["since"]).count() == expected


def test_new_stories_is_one_count_query_and_reads_no_source(editor_client, desk):
    with CaptureQueriesContext(connection) as queries:
        response = new_count(editor_client, desk["since"], source__id__exact=desk["other"].pk, urgency="urgent")
    assert response.json()["count"] == 1
    story_queries = [q["sql"] for q in queries.captured_queries if "ingest_story" in q["sql"]]
    assert len(story_queries) == 1 and "COUNT(" in story_queries[0].upper()
    assert not [q for q in queries.captured_queries if "ingest_wiresource" in q["sql"]]


def test_new_stories_is_staff_only_in_json(client, django_user_model, desk):
    anonymous = new_count(client, desk["since"])
    assert anonymous.status_code == 403 and anonymous["Content-Type"] == "application/json"
    assert "detail" in anonymous.json()
    reader = django_user_model.objects.create_user("reader", password="x")  # not staff
    client.force_login(reader)
    assert new_count(client, desk["since"]).status_code == 403
    staff_without_stories = django_user_model.objects.create_user("clerk", password="x", is_staff=True)
    client.force_login(staff_without_stories)
    assert new_count(client, desk["since"]).status_code == 403


@pytest.mark.parametrize("params", [
    {},  # no since
    {"since": "yesterday"},
    {"since": "2026-11-01T12:00:00"},  # no offset: whose noon?
    {"since": "2026-11-01T12:00:00+00:00", "source__id__exact": "abc"},
    {"since": "2026-11-01T12:00:00+00:00", "created_at__gte": "not a date"},
    {"since": "2026-11-01T12:00:00+00:00", "no_such_field": "1"},
    {"since": "2026-11-01T12:00:00+00:00", "source__signing_secret": "whsec_x"},  # not a lookup the queue allows
])
def test_new_stories_refuses_bad_parameters_with_400(editor_client, desk, params):
    response = editor_client.get(NEW, params)
    assert response.status_code == 400 and "detail" in response.json()


def test_queue_page_carries_the_bar_and_its_endpoint(editor_client, desk, settings):
    settings.INGEST = {**settings.INGEST, "QUEUE_POLL_SECONDS": 7}
    html = editor_client.get(CHANGELIST, {"status__exact": "draft", "q": "budget", "p": "0"}).content.decode()
    assert 'id="new-stories"' in html and f'data-url="{NEW}"' in html and 'data-every="7"' in html
    assert 'href="?q=budget&amp;status__exact=draft" id="new-stories-show"' in html  # filters kept, page dropped
    assert "ingest/queue.js" in html


# --- saved desk views ------------------------------------------------------------------------


def test_ready_made_views_include_failed_today(editor_client, wire_source):
    html = editor_client.get(CHANGELIST).content.decode()
    for label in ("Awaiting review", "Flash &amp; urgent", "Failed today"):
        assert label in html
    failed_today = editor_client.get("/admin/ingest/delivery/", {"problem": "failed_today"})
    assert failed_today.status_code == 200


def test_failed_today_lists_only_todays_failures(wire_source):
    fail = {"source": wire_source, "body": b"x", "status": "failed", "sha256": "0" * 64}
    from ingest.models import Delivery

    today = Delivery.objects.create(webhook_id="today", **fail)
    yesterday = Delivery.objects.create(webhook_id="yesterday", **fail)
    Delivery.objects.filter(pk=yesterday.pk).update(received_at=selectors.start_of_today() - timedelta(minutes=1))
    Delivery.objects.create(webhook_id="fine", **{**fail, "status": "done"})
    assert list(selectors.deliveries_failed(since=selectors.start_of_today())) == [today]
    assert set(selectors.deliveries_failed()) == {today, yesterday}


def test_an_editor_saves_opens_and_removes_a_view(editor_client, editor, wire_source):
    saved = editor_client.post("/admin/ingest/story/views/save/", {
        "name": "  Urgent   drafts ", "query": "urgency=urgent&status__exact=draft&p=3&e=1",
    })
    assert saved.status_code == 302 and saved.url == f"{CHANGELIST}?status__exact=draft&urgency=urgent"
    view = DeskView.objects.get(user=editor)
    assert (view.name, view.query) == ("Urgent drafts", "status__exact=draft&urgency=urgent")
    html = editor_client.get(saved.url).content.decode()
    assert '<a href="?status__exact=draft&amp;urgency=urgent">Urgent drafts</a>' in html
    assert 'class="my-view current"' in html

    # The same name again replaces the filters rather than making a second view.
    editor_client.post("/admin/ingest/story/views/save/", {"name": "Urgent drafts", "query": "urgency=1"})
    assert list(DeskView.objects.filter(user=editor).values_list("query", flat=True)) == ["urgency=1"]

    removed = editor_client.post(f"/admin/ingest/story/views/{view.pk}/remove/", {"back": "urgency=1"})
    assert removed.status_code == 302 and removed.url == f"{CHANGELIST}?urgency=1"
    assert not DeskView.objects.exists()


def test_views_are_personal(client, editor_client, editor, wire_source):
    theirs = DeskView.objects.create(user=make_editor("colleague"), name="Theirs", query="urgency=1")
    assert "Theirs" not in editor_client.get(CHANGELIST).content.decode()
    editor_client.post(f"/admin/ingest/story/views/{theirs.pk}/remove/")
    assert DeskView.objects.filter(pk=theirs.pk).exists()


@pytest.mark.parametrize(("name", "query", "error"), [
    ("", "urgency=1", "Give the view a name"),
    ("x" * 61, "urgency=1", "at most 60"),
    ("Long", "q=" + "a" * 2100, "too long"),
])
def test_a_view_that_cannot_be_saved_says_why(editor_client, editor, wire_source, name, query, error):
    response = editor_client.post("/admin/ingest/story/views/save/", {"name": name, "query": query}, follow=True)
    assert response.status_code == 200 and error in response.content.decode()
    assert not DeskView.objects.exists()


def test_views_per_editor_are_capped(editor, wire_source):
    from django.core.exceptions import ValidationError

    from ingest.services.desk import DESK_VIEWS_PER_EDITOR

    for i in range(DESK_VIEWS_PER_EDITOR):
        services.desk_view_save(user=editor, name=f"v{i}", query=f"urgency={i % 9 + 1}")
    with pytest.raises(ValidationError):
        services.desk_view_save(user=editor, name="one more", query="")
    services.desk_view_save(user=editor, name="v0", query="urgency=2")  # replacing one still works


# --- reject asks for a reason ------------------------------------------------------------------


def test_reject_button_asks_for_a_reason_then_records_it(editor_client, sample_story):
    page = editor_client.get(change_url(sample_story))
    asked = editor_client.post(change_url(sample_story), form_data(page) | {"_transition": "rejected"})
    assert asked.status_code == 302 and asked.url == f"/admin/ingest/story/{sample_story.pk}/reject/"
    assert Story.objects.get(pk=sample_story.pk).status == "draft"  # nothing rejected yet
    confirm = editor_client.get(asked.url)
    html = confirm.content.decode()
    assert 'id="reject-form"' in html and "Reject this story?" in html and 'class="reason-confirm"' in html
    assert editor_client.post(asked.url, {"reason": ""}).status_code == 200
    assert Story.objects.get(pk=sample_story.pk).status == "draft"
    done = editor_client.post(asked.url, {"reason": "Duplicate of the Reuters take"}, follow=True)
    story = Story.objects.get(pk=sample_story.pk)
    assert story.status == "rejected" and story.history.latest().history_change_reason == "Duplicate of the Reuters take"
    assert "Duplicate of the Reuters take" in done.content.decode()  # shown in the page's history


def test_bulk_reject_asks_first_then_rejects_with_the_reason(editor_client, wire_source):
    stories = [Story.objects.create(source=wire_source, guid=f"r{i}", headline=f"Headline {i}") for i in range(3)]
    selected = {"action": "reject", "_selected_action": [s.pk for s in stories[:2]]}
    url = f"{CHANGELIST}?status__exact=draft"
    asked = editor_client.post(url, selected)
    assert asked.status_code == 200 and "Reject 2 stories?" in asked.content.decode()
    assert "admin/ingest/story/confirm_selected_with_reason.html" in [t.name for t in asked.templates]
    assert set(Story.objects.values_list("status", flat=True)) == {"draft"}
    no_reason = editor_client.post(url, {**selected, "post": "yes", "reason": " "})
    assert "This field is required" in no_reason.content.decode()
    done = editor_client.post(url, {**selected, "post": "yes", "reason": "Off-topic for us"})
    assert done.status_code == 302 and done.url.endswith("?status__exact=draft")
    rejected = Story.objects.filter(status="rejected")
    assert {s.pk for s in rejected} == {stories[0].pk, stories[1].pk}
    assert [s.history.latest().history_change_reason for s in rejected] == ["Off-topic for us"] * 2


def test_a_story_that_cannot_be_rejected_is_not_asked(editor_client, wire_source):
    story = Story.objects.create(source=wire_source, guid="p", headline="Published", status="published")
    response = editor_client.get(f"/admin/ingest/story/{story.pk}/reject/", follow=True)
    assert "cannot be rejected" in response.content.decode()


# --- undoing a kill ----------------------------------------------------------------------------


@pytest.fixture
def killed(sample_story, editor):
    services.story_transition(story=sample_story, to="published", user=editor)
    services.story_transition(story=sample_story, to="killed", user=editor, reason="Legal: names a minor")
    return Story.objects.get(pk=sample_story.pk)


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chief", "chief@example.com", "x"))
    return client


def test_an_editor_sees_who_killed_and_why_but_cannot_restore(editor_client, killed):
    html = editor_client.get(change_url(killed)).content.decode()
    assert 'id="kill-record"' in html and "Killed by editor" in html and "Legal: names a minor" in html
    assert 'id="unkill-link"' not in html and "Only an administrator can restore it" in html
    url = f"/admin/ingest/story/{killed.pk}/unkill/"
    assert editor_client.get(url).status_code == 403
    assert editor_client.post(url, {"reason": "I changed my mind"}).status_code == 403
    assert Story.objects.get(pk=killed.pk).status == "killed"


def test_an_administrator_restores_within_the_window(admin_client, killed):
    html = admin_client.get(change_url(killed)).content.decode()
    assert 'id="unkill-link"' in html
    url = f"/admin/ingest/story/{killed.pk}/unkill/"
    asked = admin_client.get(url).content.decode()
    assert 'id="unkill-form"' in asked and "Killed by editor" in asked and "Before the kill it was published" in asked
    assert 'maxlength="87"' in asked  # room for the "Kill undone: " the history adds
    assert admin_client.post(url, {"reason": ""}).status_code == 200
    assert Story.objects.get(pk=killed.pk).status == "killed"
    done = admin_client.post(url, {"reason": "Cleared by the lawyers"}, follow=True)
    story = Story.objects.get(pk=killed.pk)
    assert story.status == "published"
    page = done.content.decode()
    assert "was restored" in page and "Kill undone: Cleared by the lawyers" in page and "Legal: names a minor" in page


def test_after_the_window_there_is_no_restore_and_the_endpoint_refuses(admin_client, killed, settings):
    settings.INGEST = {**settings.INGEST, "KILL_UNDO_SECONDS": 0}
    html = admin_client.get(change_url(killed)).content.decode()
    assert 'id="unkill-link"' not in html and "can no longer be restored" in html
    url = f"/admin/ingest/story/{killed.pk}/unkill/"
    for response in (admin_client.get(url), admin_client.post(url, {"reason": "too late"})):
        assert response.status_code == 409 and "has passed" in response.content.decode()
    assert Story.objects.get(pk=killed.pk).status == "killed"


def test_restore_of_a_story_that_is_not_killed_or_not_there(admin_client, sample_story):
    assert admin_client.get(f"/admin/ingest/story/{sample_story.pk}/unkill/").status_code == 409
    assert admin_client.post("/admin/ingest/story/999999/unkill/", {"reason": "x"}).status_code == 404
