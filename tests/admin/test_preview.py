"""The reader view: the story as the REST feed serves it (its own serializer), set for reading."""
from __future__ import annotations

import re

import pytest

from ingest.models import Story
from tests.admin.test_stories import change_url

pytestmark = pytest.mark.django_db


def reader_url(story: Story) -> str:
    return f"/admin/ingest/story/{story.pk}/reader/"


@pytest.fixture
def story(sample_story) -> Story:
    Story.objects.filter(pk=sample_story.pk).update(
        authors=["Ana Lopez", "Ben Ode"], keywords=["bridges", "Portland"], headline_labels=["UPDATE 2"],
        original_headline="RUBIO MEETS LAVROV (INTERNAL)",
        body_html="<h2>What changes</h2>\n<ul><li>Tolls rise</li></ul>\n<p>See <a href=\"https://example.com/p\">the plan</a>.</p>",
    )
    return Story.objects.get(pk=sample_story.pk)


def test_the_review_page_links_to_the_reader_view(editor_client, story):
    html = editor_client.get(change_url(story)).content.decode()
    assert f'href="{reader_url(story)}' in html and 'id="reader-view-link"' in html


def test_the_reader_view_shows_what_the_feed_serves(editor_client, story):
    html = editor_client.get(reader_url(story)).content.decode()
    article = re.search(r'<article class="reader-view".*?</article>', html, re.S).group(0)
    assert story.headline in article and "By Ana Lopez and Ben Ode" in article
    assert "<h2>What changes</h2>" in article and "<li>Tolls rise</li>" in article and 'href="https://example.com/p"' in article
    assert '<span class="reader-keyword">bridges</span>' in article
    # Fields the feed does not send are not in the reader view either.
    assert "UPDATE 2" not in article and "(INTERNAL)" not in article
    assert "Not in the feed yet (draft)" in html


def test_the_reader_view_is_rendered_from_the_feeds_serializer(editor_client, story, monkeypatch):
    from ingest.admin import preview
    from ingest.api.serializers import StorySerializer

    class Marked(StorySerializer):
        def to_representation(self, instance):
            return {**super().to_representation(instance), "headline": "AS THE FEED SAYS"}

    monkeypatch.setattr(preview, "StorySerializer", Marked)
    assert "AS THE FEED SAYS" in editor_client.get(reader_url(story)).content.decode()


def test_a_published_story_names_its_feed_address(editor_client, story):
    from ingest import services

    services.story_transition(story=story, to=Story.Status.PUBLISHED)
    html = editor_client.get(reader_url(story)).content.decode()
    assert "In the feed now" in html and f"/api/stories/{story.pk}/" in html
    feed = editor_client.get(f"/api/stories/{story.pk}/", HTTP_ACCEPT="application/json").json()
    assert feed["headline"] in html and feed["authors"] == ["Ana Lopez", "Ben Ode"]


def test_markup_that_slipped_into_the_stored_body_is_not_run(editor_client, story):
    Story.objects.filter(pk=story.pk).update(body_html='<p onclick="steal()">Copy.</p><script>alert(1)</script>')
    html = editor_client.get(reader_url(story)).content.decode()
    body = re.search(r'<div class="reader-body" id="reader-body">(.*?)</div>', html, re.S).group(1)
    assert body == "<p>Copy.</p>"


@pytest.mark.parametrize("who,status", [("anonymous", 302), ("no permission", 403)])
def test_the_reader_view_needs_a_desk_login(client, story, django_user_model, who, status):
    if who == "no permission":
        client.force_login(django_user_model.objects.create_user("staff", password="x", is_staff=True))
    assert client.get(reader_url(story)).status_code == status


def test_a_missing_story_is_a_404(editor_client):
    assert editor_client.get("/admin/ingest/story/999999/reader/").status_code == 404
