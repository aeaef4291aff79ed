"""Keyset (cursor) pages: stable while stories arrive, the same cost on page 1 and page 10,000, no COUNT(*)."""
from __future__ import annotations

from django.utils.dateparse import parse_datetime
from rest_framework.exceptions import NotFound
from rest_framework.pagination import CursorPagination

from .errors import BadQuery


class FeedCursorPagination(CursorPagination):
    """DRF's cursor pages over a (timestamp, id) ordering served by an index.

    The view names its ordering in `cursor_ordering` (the public feed: newest `published_at` first;
    staff review lists of drafts: newest `created_at` first). A new story lands on top, so a reader
    walking `next` links never sees a duplicate or misses one.
    """

    ordering = ("-published_at", "-id")
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def get_ordering(self, request, queryset, view):
        return tuple(getattr(view, "cursor_ordering", self.ordering))

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw in (None, ""):
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if size < 1:
            raise BadQuery(f"page_size must be a whole number from 1 to {self.max_page_size}.")
        return min(size, self.max_page_size)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["minimum"] = 1
                parameter["description"] = f"Stories per page, 1 to {self.max_page_size} (larger asks get {self.max_page_size})."
        return parameters

    def decode_cursor(self, request):
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            cursor, bad = None, True
        else:
            bad = cursor is not None and cursor.position is not None and _not_a_timestamp(cursor.position)
        if bad:
            raise BadQuery("Invalid cursor: pass a `next` or `previous` link back unchanged.")
        return cursor


def _not_a_timestamp(position: str) -> bool:
    try:
        return parse_datetime(position) is None
    except ValueError:
        return True
