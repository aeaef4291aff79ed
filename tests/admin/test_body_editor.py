"""The story body in django-prose-editor: offered tools, assets served locally, one sanitizer on save."""
from __future__ import annotations

import html as html_lib
import json
import re

import pytest
from django.contrib.staticfiles import finders

from ingest.admin.forms import BODY_EDITOR_EXTENSIONS
from ingest.models import Story
from tests.admin.test_stories import change_url, form_data

pytestmark = pytest.mark.django_db


def _editor_config(page_html: str) -> dict:
    attribute = re.search(r'<textarea name="body_html"[^>]*data-django-prose-editor-configurable="([^"]+)"', page_html)
    assert attribute, "the body is not a prose editor"
    return json.loads(html_lib.unescape(attribute.group(1)))


def test_the_body_is_a_rich_text_editor_limited_to_the_desks_tools(editor_client, sample_story):
    page = editor_client.get(change_url(sample_story)).content.decode()
    extensions = _editor_config(page)["extensions"]
    offered = {name for name, on in extensions.items() if on}
    assert set(BODY_EDITOR_EXTENSIONS) <= offered
    assert extensions["Heading"] == {"levels": [2, 3]} and extensions["Link"]["enableTarget"] is False
    for unwanted in ("Table", "Image", "Figure", "HTML", "TextAlign", "Color", "CodeBlock", "Underline", "Strike"):
        assert unwanted not in offered, unwanted
    assert '<script type="importmap">' in page


@pytest.mark.parametrize("asset", [
    "django_prose_editor/editor.js", "django_prose_editor/configurable.js", "django_prose_editor/editor.css",
    "django_prose_editor/overrides.css", "django_prose_editor/material-icons.woff2",
])
def test_the_editors_assets_ship_with_the_app_and_are_served_locally(client, asset):
    assert finders.find(asset), f"{asset} is not among the static files"
    response = client.get(f"/static/{asset}")
    assert response.status_code == 200


def test_a_body_edited_in_the_editor_is_stored_sanitized_and_served_by_the_feed(editor_client, sample_story, client):
    page = editor_client.get(change_url(sample_story))
    posted = (
        '<h2>What changes</h2><ul><li><p>Tolls rise</p></li></ul>'
        '<p>See <a href="https://example.com/plan" target="_blank" onclick="x()">the plan</a>.</p><script>alert(1)</script>'
    )
    response = editor_client.post(change_url(sample_story), form_data(page) | {"body_html": posted, "_transition": "published"})
    assert response.status_code == 302
    story = Story.objects.get(pk=sample_story.pk)
    assert story.body_html == (
        '<h2>What changes</h2>\n<ul><li>Tolls rise</li></ul>\n'
        '<p>See <a href="https://example.com/plan" rel="noopener noreferrer nofollow">the plan</a>.</p>'
    )
    feed = client.get(f"/api/stories/{story.pk}/", HTTP_ACCEPT="application/json").json()
    assert feed["body_html"] == story.body_html and feed["body_text"] == "What changes\n\nTolls rise\n\nSee the plan."


def test_the_editors_reserialization_of_an_unchanged_body_is_no_edit(editor_client, sample_story):
    """ProseMirror writes the same copy back in its own form: pressing Publish must not count as a body edit."""
    page = editor_client.get(change_url(sample_story))
    reserialized = sample_story.body_html.replace("\n", "").replace("<p>", "<p>\r\n", 1)
    response = editor_client.post(change_url(sample_story), form_data(page) | {"body_html": reserialized, "_transition": "approved"})
    assert response.status_code == 302
    story = Story.objects.get(pk=sample_story.pk)
    assert story.status == "approved" and not story.edited_by_editor and story.body_html == sample_story.body_html
