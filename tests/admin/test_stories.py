"""The story queue and review page through the Django test client, as an editor."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.http import urlencode

from ingest.models import Story, WireSource

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/ingest/story/"
COMMENT_PROMPT = "You must Register or Login to post a comment."


def change_url(story):
    return f"/admin/ingest/story/{story.pk}/change/"


def form_data(response) -> dict:
    """The story form's fields as the browser would post them back."""
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if isinstance(value, (list, dict)):
            value = field.prepare_value(value)
        data[name] = "" if value is None else value
    return data


def make_stories(source, count, **fields):
    now = timezone.now()
    stories = Story.objects.bulk_create(
        Story(source=source, guid=f"{source.slug}-{i}-{now.timestamp()}", headline=f"Headline {i}", byline="By A. Writer",
              dateline="PARIS", body_text=f"Body {i}", **fields)
        for i in range(count)
    )
    return stories


# --- the queue ---------------------------------------------------------------------------


def test_queue_lists_the_columns_newest_first(editor_client, sample_story, wire_source):
    older = Story.objects.create(source=wire_source, guid="old", headline="An older story")
    Story.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(days=1))
    response = editor_client.get(CHANGELIST)
    assert response.status_code == 200
    html = response.content.decode()
    for header in ("Urgency", "Headline", "Slug", "Source", "Status", "Age", "Signals", "Words", "Format"):
        assert f">{header}<" in html or f">{header}</a>" in html, header
    assert html.index(sample_story.headline) < html.index("An older story")
    assert "<title>Wire queue | Newsroom desk</title>" in html and "Select story to change" not in html
    assert "Django administration" not in html
    row = re.search(rf'<tr>.*?{re.escape(sample_story.headline)}.*?</tr>', html, re.S).group(0)
    assert "just now" in row and f">{sample_story.word_count}<" in row and sample_story.word_count > 50
    assert "1 d ago" in html
    assert "icon-no.svg" not in html and "icon-yes.svg" not in html  # no red crosses for a normal "no"


def test_queue_shows_urgency_badges_slug_and_signals_only_where_needed(editor_client, wire_source):
    flash = Story.objects.create(source=wire_source, guid="f", headline="Quake hits", urgency=1, slug="QUAKE-JAPAN",
                                 flagged=[{"text": "Share", "reason": "short line"}], body_text="one two three")
    urgent = Story.objects.create(source=wire_source, guid="u", headline="Minister quits", urgency=3,
                                  pending_update={"version": 2, "fields": {}})
    routine = Story.objects.create(source=wire_source, guid="r", headline="Council meets", urgency=5)
    html = editor_client.get(CHANGELIST).content.decode()
    rows = {story.pk: re.search(rf'<tr>(?:(?!</tr>).)*?/{story.pk}/change/(?:(?!</tr>).)*</tr>', html, re.S).group(0)
            for story in (flash, urgent, routine)}
    assert 'class="badge badge-flash"' in rows[flash.pk] and ">FLASH<" in rows[flash.pk]
    assert ">QUAKE-JAPAN<" in rows[flash.pk] and "signal-flagged" in rows[flash.pk] and ">3<" in rows[flash.pk]
    assert ">URGENT<" in rows[urgent.pk] and "signal-newer" in rows[urgent.pk]
    assert 'class="badge' not in rows[routine.pk] and 'class="signal' not in rows[routine.pk]
    assert '<td class="field-signals"></td>' in rows[routine.pk]
    shown = editor_client.get(f"{CHANGELIST}?urgency=urgent").context["cl"].result_list
    assert {s.pk for s in shown} == {flash.pk, urgent.pk}
    assert [s.pk for s in editor_client.get(f"{CHANGELIST}?flagged=yes").context["cl"].result_list] == [flash.pk]


def test_admin_is_branded_and_view_site_leads_to_the_feed(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert "Newsroom desk" in html and "Django administration" not in html and "Django site admin" not in html
    assert 'href="/api/stories/"' in html and "View site" not in html
    assert editor_client.get("/api/stories/").status_code == 200


@pytest.mark.parametrize(
    ("query", "expect_sample"),
    [
        ("q=Lavrov", True),               # headline
        ("q=Mansour", True),              # byline
        ("q=Lavr", True),                 # part of a headline word
        ("q=Mans", True),                 # part of a byline name
        ("q=ASEAN+Kuala", True),          # body words, not side by side
        ("q=ASEAN+Zanzibar", False),      # one word missing
        ("q=sidelines+of+the+ASEAN", True),  # body only
        ("q=no-such-words-anywhere", False),
        ("status__exact=draft", True),
        ("status__exact=published", False),
        ("boilerplate_removed=yes", True),
        ("boilerplate_removed=no", False),
        ("newer_version=no", True),
        ("newer_version=yes", False),
        ("{today}", True),
        ("{tomorrow}", False),
    ],
)
def test_search_and_filters(editor_client, sample_story, query, expect_sample):
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    query = query.format(
        today=urlencode({"created_at__gte": midnight.isoformat()}),
        tomorrow=urlencode({"created_at__gte": (midnight + timedelta(days=1)).isoformat()}),
    )
    response = editor_client.get(f"{CHANGELIST}?{query}")
    assert response.status_code == 200
    shown = [story.pk for story in response.context["cl"].result_list]
    assert (sample_story.pk in shown) is expect_sample


def test_filter_by_source_and_urgency(editor_client, wire_source):
    other = WireSource.objects.create(slug="other", name="Other", signing_secret="whsec_x")
    urgent = Story.objects.create(source=other, guid="u", headline="Urgent one", urgency=1)
    calm = Story.objects.create(source=wire_source, guid="c", headline="Calm one", urgency=5)
    by_source = editor_client.get(f"{CHANGELIST}?source__id__exact={other.pk}").context["cl"].result_list
    assert [s.pk for s in by_source] == [urgent.pk]
    by_urgency = editor_client.get(f"{CHANGELIST}?urgency=5").context["cl"].result_list
    assert [s.pk for s in by_urgency] == [calm.pk]


def test_newer_version_filter_finds_pending_updates(editor_client, wire_source):
    pending = Story.objects.create(source=wire_source, guid="p", headline="Has update",
                                   pending_update={"version": 2, "fields": {"headline": "New"}})
    Story.objects.create(source=wire_source, guid="n", headline="No update")
    shown = editor_client.get(f"{CHANGELIST}?newer_version=yes").context["cl"].result_list
    assert [s.pk for s in shown] == [pending.pk]


def test_queue_query_count_does_not_grow_with_rows(editor_client, wire_source, django_assert_max_num_queries):
    sources = [wire_source] + [WireSource.objects.create(slug=f"s{i}", name=f"S{i}", signing_secret="whsec_x") for i in range(3)]
    for source in sources:
        make_stories(source, 10)
    with django_assert_max_num_queries(12) as small:
        assert editor_client.get(CHANGELIST).status_code == 200
    for source in sources:
        # bulk_create skips save(), so the derived flag is set here as save() would.
        make_stories(source, 25, removed=[{"text": "Advertisement", "rule": "x", "block": 0, "item": None}],
                     has_removed_boilerplate=True)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = editor_client.get(f"{CHANGELIST}?boilerplate_removed=yes")
    assert len(response.context["cl"].result_list) == 100


def test_queue_query_leaves_out_the_heavy_columns(editor_client, sample_story, django_assert_max_num_queries):
    with django_assert_max_num_queries(12) as queries:
        editor_client.get(CHANGELIST)
    listing = [q["sql"] for q in queries.captured_queries if '"ingest_story"."headline"' in q["sql"]]
    assert len(listing) == 1, "expected exactly one query loading the rows"
    columns = listing[0].split(" FROM ")[0]
    for heavy in ("body_html", "body_text", "blocks", "removed", "pending_update"):
        assert not re.search(rf'"ingest_story"\."{heavy}"(,|$)', columns), heavy  # only `IS NOT NULL` may remain
    assert "INNER JOIN" in listing[0]  # the source comes along in the same query


# --- workflow ----------------------------------------------------------------------------


@pytest.mark.parametrize(("action", "status"), [("approve", "approved"), ("publish", "published"),
                                               ("back_to_draft", "draft")])
def test_bulk_actions_move_many_stories(editor_client, wire_source, action, status):
    stories = make_stories(wire_source, 3)
    response = editor_client.post(CHANGELIST, {"action": action, "_selected_action": [s.pk for s in stories]}, follow=True)
    assert response.status_code == 200
    assert set(Story.objects.values_list("status", flat=True)) == {status}
    assert "3 stories" in response.content.decode()


def test_bulk_kill_asks_first_then_kills_with_the_reason(editor_client, wire_source):
    stories = make_stories(wire_source, 3)
    selected = {"action": "kill", "_selected_action": [s.pk for s in stories[:2]]}
    url = f"{CHANGELIST}?q=Headline&status__exact=draft"
    asked = editor_client.post(url, selected)
    assert asked.status_code == 200 and "Kill 2 stories?" in asked.content.decode()
    assert "admin/ingest/story/confirm_selected_with_reason.html" in [t.name for t in asked.templates]
    assert set(Story.objects.values_list("status", flat=True)) == {"draft"}  # nothing killed yet

    no_reason = editor_client.post(url, {**selected, "post": "yes", "reason": ""})
    assert no_reason.status_code == 200 and "This field is required" in no_reason.content.decode()
    assert set(Story.objects.values_list("status", flat=True)) == {"draft"}

    done = editor_client.post(url, {**selected, "post": "yes", "reason": "Legal: named a minor"})
    assert done.status_code == 302 and done.url.endswith("?q=Headline&status__exact=draft")  # the queue's filters kept
    killed = Story.objects.filter(status="killed")
    assert {s.pk for s in killed} == {stories[0].pk, stories[1].pk}
    assert [s.history.latest().history_change_reason for s in killed] == ["Legal: named a minor"] * 2
    assert Story.objects.get(pk=stories[2].pk).status == "draft"


def test_bulk_action_reports_refused_transitions(editor_client, wire_source):
    killed, draft = make_stories(wire_source, 2)
    Story.objects.filter(pk=killed.pk).update(status=Story.Status.KILLED)
    response = editor_client.post(CHANGELIST, {"action": "publish", "_selected_action": [killed.pk, draft.pk]}, follow=True)
    html = response.content.decode()
    assert "cannot become published" in html and "1 story published" in html
    assert Story.objects.get(pk=killed.pk).status == "killed"


def test_publish_button_saves_edits_then_publishes_and_feed_shows_it(editor_client, sample_story, client):
    page = editor_client.get(change_url(sample_story))
    assert b'name="_transition" value="published"' in page.content
    data = form_data(page) | {"headline": "Rubio and Lavrov hold talks", "_transition": "published"}
    response = editor_client.post(change_url(sample_story), data, follow=True)
    assert response.status_code == 200
    story = Story.objects.get(pk=sample_story.pk)
    assert story.status == "published" and story.published_at is not None
    assert story.headline == "Rubio and Lavrov hold talks" and story.edited_by.username == "editor"
    history = list(story.history.order_by("history_date", "history_id").values_list("status", "headline", "history_user__username"))
    assert history[-2:] == [("draft", "Rubio and Lavrov hold talks", "editor"), ("published", "Rubio and Lavrov hold talks", "editor")]
    assert "is now published" in response.content.decode()


def test_publish_and_next_opens_the_next_story_with_the_queue_filters_kept(editor_client, wire_source):
    first, second, third = make_stories(wire_source, 3)  # bulk_create: same second, so the queue orders by -id
    make_stories(wire_source, 1, status=Story.Status.PUBLISHED)  # filtered out by status
    queue = "status__exact=draft&q=Headline"
    listing = editor_client.get(f"{CHANGELIST}?{queue}")
    order = [story.pk for story in listing.context["cl"].result_list]
    assert order == [third.pk, second.pk, first.pk]
    filters = urlencode({"_changelist_filters": queue})
    page = editor_client.get(f"{change_url(third)}?{filters}")
    html = page.content.decode()
    assert 'name="_transition_next" value="published"' in html and 'name="_transition_next" value="approved"' in html
    assert f'href="{CHANGELIST}?{queue}"' in html.replace("&amp;", "&")  # breadcrumb back to the same queue

    published = editor_client.post(f"{change_url(third)}?{filters}", form_data(page) | {"_transition_next": "published"})
    assert published.status_code == 302 and published.url == f"{change_url(second)}?{filters}"
    assert Story.objects.get(pk=third.pk).status == "published"

    page = editor_client.get(published.url)
    approved = editor_client.post(published.url, form_data(page) | {"_transition_next": "approved"})
    assert approved.url == f"{change_url(first)}?{filters}"
    page = editor_client.get(approved.url)
    last = editor_client.post(approved.url, form_data(page) | {"_transition_next": "published"}, follow=True)
    assert last.redirect_chain[-1][0] == f"{CHANGELIST}?{queue}"  # end of the queue: back to it, filters kept
    assert "last story in the queue" in last.content.decode()


def test_plain_workflow_button_stays_on_the_story_with_the_filters(editor_client, sample_story):
    filters = urlencode({"_changelist_filters": "status__exact=draft"})
    page = editor_client.get(f"{change_url(sample_story)}?{filters}")
    response = editor_client.post(f"{change_url(sample_story)}?{filters}", form_data(page) | {"_transition": "approved"})
    assert response.url == f"{change_url(sample_story)}?{filters}"


def test_kill_is_a_link_to_a_confirmation_page_away_from_publish(editor_client, sample_story):
    html = editor_client.get(change_url(sample_story)).content.decode()
    bar = html[html.index('id="workflow"'):html.index("</div>", html.index('id="workflow"'))]
    assert 'value="killed"' not in bar  # no one-click kill button
    assert bar.index('value="published"') < bar.index('id="kill-link"')  # last in the bar, apart from Publish
    assert f'href="/admin/ingest/story/{sample_story.pk}/kill/"' in bar
    # A crafted one-click kill goes to the confirmation page too.
    page = editor_client.get(change_url(sample_story))
    crafted = editor_client.post(change_url(sample_story), form_data(page) | {"_transition": "killed"})
    assert crafted.url == f"/admin/ingest/story/{sample_story.pk}/kill/"
    assert Story.objects.get(pk=sample_story.pk).status == "draft"


def test_kill_asks_for_a_reason_and_records_it(editor_client, sample_story):
    kill_url = f"/admin/ingest/story/{sample_story.pk}/kill/?" + urlencode({"_changelist_filters": "status__exact=draft"})
    asked = editor_client.get(kill_url)
    assert asked.status_code == 200 and "Kill this story?" in asked.content.decode()
    assert 'id="kill-confirm"' in asked.content.decode()
    assert editor_client.post(kill_url, {"reason": ""}).status_code == 200
    assert Story.objects.get(pk=sample_story.pk).status == "draft"

    done = editor_client.post(kill_url, {"reason": "Wrong story: duplicate of an earlier wire"})
    assert done.status_code == 302 and done.url.endswith("?_changelist_filters=status__exact%3Ddraft")
    story = Story.objects.get(pk=sample_story.pk)
    assert story.status == "killed"
    latest = story.history.latest()
    assert latest.history_change_reason == "Wrong story: duplicate of an earlier wire" and latest.history_user.username == "editor"
    page = editor_client.get(change_url(story)).content.decode()
    assert "Wrong story: duplicate of an earlier wire" in page[page.index('id="recent-history"'):]
    # A killed story cannot be killed again.
    again = editor_client.get(f"/admin/ingest/story/{story.pk}/kill/", follow=True)
    assert "cannot be killed" in again.content.decode()


def test_kill_needs_the_change_permission(client, sample_story, django_user_model):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_story"))
    client.force_login(viewer)
    assert client.post(f"/admin/ingest/story/{sample_story.pk}/kill/", {"reason": "x"}).status_code == 403
    assert Story.objects.get(pk=sample_story.pk).status == "draft"


def test_story_page_hides_the_lock_version_shows_flagged_lines_and_edits_urgency(editor_client, sample_story):
    Story.objects.filter(pk=sample_story.pk).update(
        flagged=[{"text": "Click for more", "reason": "short line without a sentence end", "block": 3, "item": None}]
    )
    page = editor_client.get(change_url(sample_story))
    html = page.content.decode()
    assert re.search(r"(?i)lock.version:|>lock.version<", html) is None  # no labelled field, no read-only row
    assert len(re.findall(r'name="seen_lock_version"', html)) == 1 and '<input type="hidden" name="seen_lock_version"' in html
    flagged = html[html.index('id="flagged-lines"'):]
    assert "Flagged lines (1)" in flagged and "Click for more" in flagged and "short line without a sentence end" in flagged
    assert f"<title>{sample_story.headline} | Review story | Newsroom desk</title>" in html
    response = editor_client.post(change_url(sample_story), form_data(page) | {"urgency": "1", "_continue": "1"})
    assert response.status_code == 302 and Story.objects.get(pk=sample_story.pk).urgency == 1
    assert ">FLASH<" in editor_client.get(change_url(sample_story)).content.decode()


def test_story_page_shows_raw_beside_cleaned_originals_and_removed_pieces(editor_client, sample_story):
    html = editor_client.get(change_url(sample_story)).content.decode()
    assert 'id="cleaned-story"' in html and 'id="raw-delivery"' in html
    # The removed line is highlighted inside the raw delivery, and listed with a restore button.
    assert re.search(r'<pre class="raw-delivery">.*<mark class="removed-piece" data-piece="0">' + re.escape(COMMENT_PROMPT), html, re.S)
    assert 'name="_restore" value="0"' in html
    # Normalized fields beside the originals as sent.
    originals = html[html.index('id="originals"'):]
    assert sample_story.dateline_raw.split(" (")[0] in originals and "WASHINGTON" in originals
    # History is shown.
    assert 'id="recent-history"' in html and "created" in html


def test_restore_button_puts_the_line_back(editor_client, sample_story):
    page = editor_client.get(change_url(sample_story))
    response = editor_client.post(change_url(sample_story), form_data(page) | {"_restore": "0"}, follow=True)
    assert response.status_code == 200
    story = Story.objects.get(pk=sample_story.pk)
    assert story.removed == [] and not story.has_removed_boilerplate
    assert COMMENT_PROMPT in story.body_text
    assert "Restored" in response.content.decode()


def test_restore_of_a_piece_that_is_gone_says_so(editor_client, sample_story):
    page = editor_client.get(change_url(sample_story))
    response = editor_client.post(change_url(sample_story), form_data(page) | {"_restore": "7"}, follow=True)
    assert response.status_code == 200
    assert "no longer there" in response.content.decode()


def test_unknown_workflow_step_is_refused_with_a_message(editor_client, sample_story):
    page = editor_client.get(change_url(sample_story))
    response = editor_client.post(change_url(sample_story), form_data(page) | {"_transition": "teleported"}, follow=True)
    assert "Unknown workflow step" in response.content.decode()
    assert Story.objects.get(pk=sample_story.pk).status == "draft"


# --- two editors --------------------------------------------------------------------------


def test_second_save_of_a_stale_form_is_refused(client, sample_story, django_user_model):
    from tests.admin.conftest import make_editor

    first, second = make_editor("first"), make_editor("second")
    from django.test import Client

    a, b = Client(), Client()
    a.force_login(first)
    b.force_login(second)
    form_a = form_data(a.get(change_url(sample_story)))
    form_b = form_data(b.get(change_url(sample_story)))

    saved = a.post(change_url(sample_story), form_a | {"headline": "First editor's headline"})
    assert saved.status_code == 302
    refused = b.post(change_url(sample_story), form_b | {"headline": "Second editor's headline"})
    assert refused.status_code == 200  # the form again, with the refusal
    html = refused.content.decode()
    assert "changed by first" in html and "Reload the page" in html
    assert Story.objects.get(pk=sample_story.pk).headline == "First editor's headline"
    # A publish button on the stale page, with no edits of the second editor's own: not published (they have
    # not read the first editor's headline), and told so without any claim of edits that would overwrite.
    refused_publish = b.post(change_url(sample_story), form_b | {"_transition": "published"}, follow=True)
    html = refused_publish.content.decode()
    assert "changed by first" in html and "(Headline)" in html and "no edits of your own" in html
    assert "overwrite theirs" not in html
    story = Story.objects.get(pk=sample_story.pk)
    assert story.status == "draft" and story.headline == "First editor's headline"
    # The page it lands on is the current version: publishing from it works.
    fresh = form_data(refused_publish)
    assert b.post(change_url(sample_story), fresh | {"_transition": "published"}).status_code == 302
    assert Story.objects.get(pk=sample_story.pk).status == "published"


def test_publish_after_a_colleagues_workflow_step_needs_no_reload(sample_story):
    """Someone approved the story while it was open: the form's fields are as they were, so Publish just works."""
    from django.test import Client

    from tests.admin.conftest import make_editor

    a, b = Client(), Client()
    a.force_login(make_editor("first"))
    b.force_login(make_editor("second"))
    stale = form_data(b.get(change_url(sample_story)))
    a.post(change_url(sample_story), form_data(a.get(change_url(sample_story))) | {"_transition": "approved"})
    assert Story.objects.get(pk=sample_story.pk).status == "approved"
    response = b.post(change_url(sample_story), stale | {"_transition": "published"}, follow=True)
    html = response.content.decode()
    assert "overwrite" not in html and "Not done" not in html and "is now published" in html
    assert Story.objects.get(pk=sample_story.pk).status == "published"


def test_restore_from_a_stale_page_is_refused(sample_story):
    from django.test import Client

    from tests.admin.conftest import make_editor

    a, b = Client(), Client()
    a.force_login(make_editor("first"))
    b.force_login(make_editor("second"))
    stale = form_data(b.get(change_url(sample_story)))
    a.post(change_url(sample_story), form_data(a.get(change_url(sample_story))) | {"_restore": "0"})
    assert Story.objects.get(pk=sample_story.pk).removed == []
    # The second editor's page still offers piece 0; pressing it must not act on a list that moved on.
    refused = b.post(change_url(sample_story), stale | {"_restore": "0"}, follow=True)
    assert "changed by first" in refused.content.decode()
    assert Story.objects.get(pk=sample_story.pk).removed == []  # nothing restored twice


# --- a newer wire version -----------------------------------------------------------------


def test_pending_update_is_shown_as_a_diff(editor_client, sample_story):
    Story.objects.filter(pk=sample_story.pk).update(pending_update={
        "version": 2, "fields": {**{"headline": sample_story.headline + " in Kuala Lumpur", "byline": sample_story.byline}},
    })
    html = editor_client.get(change_url(sample_story)).content.decode()
    block = html[html.index('id="pending-update"'):]
    assert "Newer wire version 2" in block
    row = block[block.index('<tr class="diff-headline">'):block.index("</tr>", block.index('<tr class="diff-headline">'))]
    assert 'value="headline" class="accept-field"> Headline</label></th>' in row  # named in words, with its tick box
    yours, wire = row.split("<td>")[1:]
    assert "<ins>" not in yours and "<del>" not in yours  # only added words, on the wire's side
    assert "<ins> in Kuala Lumpur</ins>" in wire
    assert 'name="_accept_update"' in block


def test_accept_button_takes_the_wire_version(editor_client, sample_story):
    Story.objects.filter(pk=sample_story.pk).update(
        edited_by_editor=True, pending_update={"version": 2, "fields": {"headline": "Wire headline v2"}}
    )
    page = editor_client.get(change_url(sample_story))
    response = editor_client.post(change_url(sample_story), form_data(page) | {"_accept_update": "1"}, follow=True)
    assert response.status_code == 200
    story = Story.objects.get(pk=sample_story.pk)
    assert story.pending_update is None and story.headline == "Wire headline v2"


def test_update_is_accepted_field_by_field(editor_client, sample_story):
    body_v2 = "New lead paragraph.\n\nSecond paragraph."
    Story.objects.filter(pk=sample_story.pk).update(edited_by_editor=True, headline="Editor's headline", pending_update={
        "version": 3, "fields": {
            "headline": "Wire headline v3", "original_headline": "WIRE HEADLINE V3", "byline": "By Someone Else",
            "body_text": body_v2, "body_html": "<p>New lead paragraph.</p><p>Second paragraph.</p>",
            "blocks": [{"kind": "p", "text": "New lead paragraph.", "items": [], "origin": 0},
                       {"kind": "p", "text": "Second paragraph.", "items": [], "origin": 1}],
            "removed": [], "flagged": [],
        },
    })
    page = editor_client.get(change_url(sample_story))
    html = page.content.decode()
    for field in ("headline", "byline", "body_text"):
        assert f'name="_accept_field" value="{field}"' in html
    response = editor_client.post(
        change_url(sample_story), form_data(page) | {"_accept_fields": "1", "_accept_field": ["headline", "body_text"]}, follow=True
    )
    assert "taken for Headline, Body" in response.content.decode()
    story = Story.objects.get(pk=sample_story.pk)
    assert story.headline == "Wire headline v3" and story.original_headline == "WIRE HEADLINE V3"
    assert story.body_text == body_v2 and story.word_count == 5 and len(story.blocks) == 2
    assert story.byline == sample_story.byline  # not ticked: the editor's stays
    assert story.pending_update is None and story.version == 3 and story.edited_by_editor
    assert story.history.latest().history_user.username == "editor"


def test_accepting_no_field_or_an_unknown_one_changes_nothing(editor_client, sample_story):
    Story.objects.filter(pk=sample_story.pk).update(pending_update={"version": 2, "fields": {"headline": "Wire v2"}})
    page = editor_client.get(change_url(sample_story))
    none = editor_client.post(change_url(sample_story), form_data(page) | {"_accept_fields": "1"}, follow=True)
    assert "Tick the fields" in none.content.decode()
    page = editor_client.get(change_url(sample_story))
    odd = editor_client.post(change_url(sample_story), form_data(page) | {"_accept_fields": "1", "_accept_field": "lock_version"}, follow=True)
    assert "Not done" in odd.content.decode()
    story = Story.objects.get(pk=sample_story.pk)
    assert story.pending_update is not None and story.headline == sample_story.headline


def test_keep_my_version_button_dismisses_the_wire_version(editor_client, sample_story):
    Story.objects.filter(pk=sample_story.pk).update(
        edited_by_editor=True, version=1, pending_update={"version": 2, "fields": {"headline": "Wire headline v2"}}
    )
    page = editor_client.get(change_url(sample_story))
    assert 'name="_dismiss_update"' in page.content.decode()
    response = editor_client.post(change_url(sample_story), form_data(page) | {"_dismiss_update": "1"}, follow=True)
    assert "Wire version 2 dismissed" in response.content.decode()
    story = Story.objects.get(pk=sample_story.pk)
    assert story.pending_update is None and story.headline == sample_story.headline and story.version == 2


# --- permissions ----------------------------------------------------------------------------


def test_editor_cannot_add_or_delete_stories(editor_client, sample_story):
    assert editor_client.get("/admin/ingest/story/add/").status_code == 403
    assert editor_client.get(f"/admin/ingest/story/{sample_story.pk}/delete/").status_code == 403


def test_viewer_without_change_permission_gets_no_buttons(client, sample_story, django_user_model):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_story"))
    client.force_login(viewer)
    html = client.get(change_url(sample_story)).content.decode()
    assert "_transition" not in html and "_restore" not in html
    response = client.post(CHANGELIST, {"action": "publish", "_selected_action": [sample_story.pk]})
    assert Story.objects.get(pk=sample_story.pk).status == "draft"
    assert response.status_code in (200, 302, 403)


# --- history --------------------------------------------------------------------------------


def test_history_is_shown_and_cannot_be_reverted_past_the_lock(editor_client, sample_story):
    page = editor_client.get(change_url(sample_story))
    editor_client.post(change_url(sample_story), form_data(page) | {"headline": "Edited once"})
    history = editor_client.get(f"/admin/ingest/story/{sample_story.pk}/history/")
    assert history.status_code == 200
    html = history.content.decode()
    assert "editor" in html and "Edited once" in html
    first = sample_story.history.earliest("history_date")
    url = f"/admin/ingest/story/{sample_story.pk}/history/{first.history_id}/"
    assert editor_client.get(url).status_code == 200
    assert editor_client.post(url, form_data(page)).status_code == 403
    assert Story.objects.get(pk=sample_story.pk).headline == "Edited once"


def test_browser_line_endings_do_not_count_as_a_body_edit(editor_client, sample_story):
    page = editor_client.get(change_url(sample_story))
    data = form_data(page)
    data |= {"headline": "Only the headline", "body_html": data["body_html"].replace("\n", "\r\n")}
    assert editor_client.post(change_url(sample_story), data).status_code == 302
    latest, previous = sample_story.history.order_by("-history_date", "-history_id")[:2]
    changed = {change.field for change in latest.diff_against(previous).changes}
    assert changed - {"updated_at"} == {"headline", "edited_by", "lock_version", "edited_by_editor"}


def test_body_edit_through_the_form_reaches_the_feed_text(editor_client, sample_story, client):
    page = editor_client.get(change_url(sample_story))
    data = form_data(page)
    data |= {"body_html": data["body_html"] + "\r\n<p>Added by the desk.</p>", "_transition": "published"}
    editor_client.post(change_url(sample_story), data)
    item = client.get(f"/api/stories/{sample_story.pk}/").json()
    assert item["body_text"].endswith("Added by the desk.") and item["body_html"].endswith("<p>Added by the desk.</p>")
    # The queue's word count follows an edit saved with only the changed columns.
    assert Story.objects.get(pk=sample_story.pk).word_count == sample_story.word_count + 4


def test_publishing_an_embargoed_story_says_when_the_feed_shows_it(editor_client, sample_story, client):
    Story.objects.filter(pk=sample_story.pk).update(embargoed_until=timezone.now() + timedelta(hours=2))
    page = editor_client.get(change_url(sample_story))
    response = editor_client.post(change_url(sample_story), form_data(page) | {"_transition": "published"}, follow=True)
    assert "Embargoed until" in response.content.decode()
    assert Story.objects.get(pk=sample_story.pk).status == "published"
    assert sample_story.pk not in [item["id"] for item in client.get("/api/stories/").json()["results"]]


# --- issue 11.2: authors and keywords are typed one per line, never as JSON --------------------------------


@pytest.mark.parametrize("typed, stored", [
    ("5", ["5"]), ("true", ["true"]), ("Jane Doe\r\n\r\n  Max Mustermann  \r\n", ["Jane Doe", "Max Mustermann"]),
    ('{"a": 1}', ['{"a": 1}']), ("", []),
])
def test_authors_and_keywords_are_lines_of_text_and_the_feed_still_answers(editor_client, sample_story, client, typed, stored):
    page = editor_client.get(change_url(sample_story))
    assert b'<textarea name="keywords"' in page.content and b'<textarea name="authors"' in page.content
    data = form_data(page) | {"keywords": typed, "authors": typed, "_transition": "published"}
    assert editor_client.post(change_url(sample_story), data).status_code == 302
    story = Story.objects.get(pk=sample_story.pk)
    assert story.status == "published" and story.keywords == stored and story.authors == stored
    for path in ("/api/stories/", f"/api/stories/{story.pk}/ninjs", "/feeds/stories.rss", "/feeds/stories.atom"):
        assert client.get(path).status_code == 200, path


def test_story_page_shows_a_bad_stored_list_as_lines(editor_client, sample_story):
    Story.objects.filter(pk=sample_story.pk).update(keywords=5, authors=True)
    page = editor_client.get(change_url(sample_story))
    assert page.status_code == 200
    html = page.content.decode()
    assert re.search(r'<textarea name="keywords"[^>]*>\s*5</textarea>', html)
    assert re.search(r'<textarea name="authors"[^>]*>\s*</textarea>', html)


# --- issue 11.9: odd query values are not 500s -------------------------------------------------------------


@pytest.mark.parametrize("value", ["²", "9" * 5000, "-1", "1.5", "٣"])
def test_an_urgency_that_is_not_one_lists_nothing_instead_of_failing(editor_client, wire_source, value):
    make_stories(wire_source, 2, urgency=3)
    response = editor_client.get(CHANGELIST + "?" + urlencode({"urgency": value}))
    assert response.status_code == 200
    assert "Headline 0" not in response.content.decode()
