"""ninjs as its own media type, so a client picks it with `Accept:` (or `?format=ninjs`)."""
from django.http import Http404
from rest_framework.negotiation import BaseContentNegotiation, DefaultContentNegotiation
from rest_framework.renderers import JSONRenderer

from .ninjs import NINJS_MEDIA_TYPE


class NinjsRenderer(JSONRenderer):
    media_type = NINJS_MEDIA_TYPE
    format = "ninjs"


class FirstRendererNegotiation(BaseContentNegotiation):
    """For an endpoint that has one representation whatever the client's Accept header says."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class FeedContentNegotiation(DefaultContentNegotiation):
    """An unknown `?format=` is a bad query parameter (400), not a missing page (DRF's 404)."""

    def select_renderer(self, request, renderers, format_suffix=None):
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except Http404:
            from .errors import BadQuery

            known = ", ".join(r.format for r in renderers)
            raise BadQuery(f"Unknown format; use one of: {known}.") from None
