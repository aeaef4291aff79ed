"""RSS 2.0 and Atom feeds of the latest published stories, all sources or one (django.contrib.syndication).

Same visibility rule as the API (published, out of embargo, never killed). Each item carries the full
sanitized body, the byline as author and the ninjs URI as a stable, non-permalink guid.
"""
from __future__ import annotations

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import http_date
from django.contrib.syndication.views import Feed

from ingest import selectors
from ingest.api.ninjs import story_uri
from ingest.models import Story, WireSource
from ingest.validators import string_list

FEED_ITEMS = 50


class LatestStoriesFeed(Feed):
    feed_type = Rss201rev2Feed
    title = "Newsroom: latest stories"
    description = "The latest published wire stories, cleaned and normalized."

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # Not just the newest item's date: a kill or a lifted embargo changes the feed too.
        changed = selectors.feed_last_modified()
        if changed is not None:
            response.headers["Last-Modified"] = http_date(changed.timestamp())
        patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
        return response

    def link(self, obj: WireSource | None = None) -> str:
        url = reverse("story-list")
        return f"{url}?source={obj.slug}" if obj else url

    def items(self, obj: WireSource | None = None):
        stories = selectors.published_stories()
        if obj is not None:
            stories = stories.filter(source=obj)
        return stories.order_by("-published_at", "-id")[:FEED_ITEMS]

    def item_title(self, story: Story) -> str:
        return story.headline

    def item_description(self, story: Story) -> str:
        return story.body_html or story.summary

    def item_link(self, story: Story) -> str:
        return reverse("story-detail", args=[story.pk])

    def item_guid(self, story: Story) -> str:
        return story_uri(story)

    item_guid_is_permalink = False

    def item_author_name(self, story: Story) -> str:
        return story.byline

    def item_pubdate(self, story: Story):
        return story.published_at

    def item_updateddate(self, story: Story):
        return story.updated_at

    def item_categories(self, story: Story):
        return string_list(story.keywords)


class LatestStoriesAtomFeed(LatestStoriesFeed):
    feed_type = Atom1Feed
    subtitle = LatestStoriesFeed.description


class SourceStoriesFeed(LatestStoriesFeed):
    """One source's latest stories: `/feeds/<slug>/stories.rss`."""

    def get_object(self, request, slug: str) -> WireSource:
        source = selectors.source_by_slug(slug)
        if source is None:
            raise Http404("No such source.")
        return source

    def title(self, obj: WireSource) -> str:
        return f"Newsroom: latest stories from {obj.name or obj.slug}"

    def description(self, obj: WireSource) -> str:
        return f"The latest published stories from {obj.name or obj.slug}."


class SourceStoriesAtomFeed(SourceStoriesFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj: WireSource) -> str:
        return self.description(obj)
