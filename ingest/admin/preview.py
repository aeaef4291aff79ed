"""The reader view: a story as the REST feed serves it, laid out for reading.

It renders the feed's own representation (`ingest.api.serializers.StorySerializer`), so the preview
cannot drift from what readers' apps receive: a field the feed leaves out is not shown here either.
"""
from __future__ import annotations

from django.utils.safestring import mark_safe

from ingest import selectors
from ingest.api.serializers import StorySerializer
from ingest.models import Story
from ingest.normalize import sanitize


def reader_view_context(story: Story, request) -> dict:
    item = StorySerializer(story, context={"request": request}).data
    return {
        "item": item,
        # Stored sanitized; sanitized again here, with the same allow-list, before the page trusts it.
        "body": mark_safe(sanitize(item["body_html"] or "")),  # noqa: S308
        "in_feed": selectors.story_is_public(story),
    }
