"""Keep / Remove on the review page's flagged lines, through the admin as an editor (the service does the work)."""
from __future__ import annotations

import pytest
from django.test import Client

from ingest.models import Story
from tests.admin.conftest import make_editor, make_story_from_sample
from tests.admin.test_stories import change_url, form_data
from tests.services.test_flagged_lines import FLAGGED_STORY, LIST_ITEM, SHORT_LINE

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(wire_source) -> Story:
    return make_story_from_sample(wire_source, FLAGGED_STORY.encode(), webhook_id="msg_flagged")


def test_flagged_lines_are_listed_with_keep_and_remove(editor_client, story):
    html = editor_client.get(change_url(story)).content.decode()
    assert 'name="_flag_keep" value="0"' in html and 'name="_flag_remove" value="0"' in html
    assert 'name="_flag_keep" value="1"' in html and 'name="_flag_remove" value="1"' in html
    assert f'name="_flag_text_1" value="{LIST_ITEM}"' in html


def test_remove_button_takes_the_line_out_and_offers_restore(editor_client, story):
    page = editor_client.get(change_url(story))
    response = editor_client.post(change_url(story), form_data(page) | {"_flag_remove": "0", "_flag_text_0": SHORT_LINE},
                                  follow=True)
    html = response.content.decode()
    assert response.status_code == 200 and "Removed (restorable" in html
    story.refresh_from_db()
    assert SHORT_LINE not in story.body_text and story.removed[-1]["rule"] == "editor:editor"
    restore = f'name="_restore" value="{len(story.removed) - 1}"'
    assert restore in html and "editor:editor" in html


def test_keep_button_dismisses_the_flag(editor_client, story):
    page = editor_client.get(change_url(story))
    response = editor_client.post(change_url(story), form_data(page) | {"_flag_keep": "1", "_flag_text_1": LIST_ITEM},
                                  follow=True)
    assert "Kept (flag dismissed)" in response.content.decode()
    story.refresh_from_db()
    assert [flag["text"] for flag in story.flagged] == [SHORT_LINE] and LIST_ITEM in story.body_text


def test_edits_in_the_form_are_saved_before_the_line_is_removed(editor_client, story):
    data = form_data(editor_client.get(change_url(story))) | {"headline": "Bridge reopens", "_flag_remove": "1",
                                                            "_flag_text_1": LIST_ITEM}
    editor_client.post(change_url(story), data, follow=True)
    story.refresh_from_db()
    assert story.headline == "Bridge reopens" and LIST_ITEM not in story.body_text


BAD_INPUT = [
    ("not a number", {"_flag_remove": "x"}),
    ("no such flag", {"_flag_keep": "9"}),
    ("the line read differently", {"_flag_remove": "0", "_flag_text_0": "Something else"}),
]


@pytest.mark.parametrize("what,extra", BAD_INPUT, ids=[case[0] for case in BAD_INPUT])
def test_bad_input_is_a_message_never_a_500(editor_client, story, what, extra):
    before = (story.body_html, story.flagged)
    response = editor_client.post(change_url(story), form_data(editor_client.get(change_url(story))) | extra, follow=True)
    assert response.status_code == 200 and "messagelist" in response.content.decode(), what
    assert any(m.level_tag == "error" for m in response.context["messages"])
    story.refresh_from_db()
    assert (story.body_html, story.flagged) == before


def test_keep_from_a_stale_page_is_refused(story):
    a, b = Client(), Client()
    a.force_login(make_editor("first"))
    b.force_login(make_editor("second"))
    stale = form_data(b.get(change_url(story)))
    a.post(change_url(story), form_data(a.get(change_url(story))) | {"_flag_remove": "0", "_flag_text_0": SHORT_LINE})
    # The second page still lists the list item as flag 1; pressing it must not act on flags that moved.
    refused = b.post(change_url(story), stale | {"_flag_keep": "1", "_flag_text_1": LIST_ITEM}, follow=True)
    assert "changed by first" in refused.content.decode()
    story.refresh_from_db()
    assert [flag["text"] for flag in story.flagged] == [LIST_ITEM]


def test_viewers_get_no_buttons(client, story, django_user_model):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_story"))
    client.force_login(viewer)
    html = client.get(change_url(story)).content.decode()
    assert SHORT_LINE in html and "_flag_keep" not in html and "_flag_remove" not in html
