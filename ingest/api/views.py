"""The read-only feed: thin views over selectors.

Anyone reads published stories out of embargo; staff (a DRF token or an admin session) also read
other workflow statuses and the raw deliveries. Killed stories are in no list and answer 410.
"""
from __future__ import annotations

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics
from rest_framework.exceptions import NotAuthenticated, NotFound, PermissionDenied
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer

from ingest import selectors
from ingest.models import Delivery, Story

from .caching import ConditionalGetMixin
from .errors import BadQuery, Gone
from .filters import DeliveryFilter, StoryFilter
from .pagination import FeedCursorPagination
from .permissions import IsStaff, is_staff
from .renderers import FirstRendererNegotiation, NinjsRenderer
from .serializers import (
    DeliveryDetailSerializer, DeliverySerializer, ErrorSerializer, NinjsStorySerializer, StorySerializer,
)

FEED_ORDERING = ("-published_at", "-id")
REVIEW_ORDERING = ("-created_at", "-id")
# What django-filter's validators enforce, stated in the schema too (drf-spectacular does not read validators).
URGENCY = {"type": "integer", "minimum": 1, "maximum": 9}
STORY_PARAMETERS = [
    OpenApiParameter("urgency", URGENCY, description="IPTC urgency, 1 (most urgent) to 9."),
    OpenApiParameter("max_urgency", URGENCY, description="Urgency at most this (1 = flashes only)."),
]


def _error(description: str) -> OpenApiResponse:
    return OpenApiResponse(response=ErrorSerializer, description=description)


ERRORS = {
    400: _error("A query parameter that cannot be used (bad filter value, cursor, page size or format)."),
    401: _error("A staff-only request without credentials."),
    403: _error("Credentials without staff rights."),
    404: _error("No such item, or not public (e.g. under embargo)."),
    410: _error("The story was killed."),
    429: _error("Too many requests; `Retry-After` says when to come back."),
}
LIST_ERRORS = {code: ERRORS[code] for code in (400, 401, 403, 429)}
STORY_ERRORS = {code: ERRORS[code] for code in (400, 404, 410, 429)}
DELIVERY_ERRORS = {code: ERRORS[code] for code in (400, 401, 403, 404, 429)}


def _wants_ninjs(request) -> bool:
    return getattr(getattr(request, "accepted_renderer", None), "format", "") == "ninjs"


class FeedViewMixin(ConditionalGetMixin):
    """What every feed endpoint shares: conditional GET, one value per parameter, JSON errors."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        repeated = sorted(key for key in request.query_params if len(request.query_params.getlist(key)) > 1)
        if repeated:  # `?byline=a&byline=b`: which one did the caller mean? Say so instead of guessing.
            raise BadQuery(f"Give each query parameter once (for several sources: source=a,b): {', '.join(repeated)}.")

    def handle_exception(self, exc):
        """An error is plain JSON `{"detail": ...}` even when ninjs was asked for: it is not a news item."""
        if _wants_ninjs(self.request):
            self.request.accepted_renderer, self.request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
        return super().handle_exception(exc)


class StoryListView(FeedViewMixin, generics.ListAPIView):
    filter_backends = [DjangoFilterBackend]
    filterset_class = StoryFilter
    pagination_class = FeedCursorPagination
    renderer_classes = [JSONRenderer, NinjsRenderer, BrowsableAPIRenderer]

    @extend_schema(
        summary="Published stories, newest first, in cursor pages",
        description="Follow `next` / `previous` links to page. `Accept: application/vnd.iptc.ninjs+json` "
        "(or `?format=ninjs`) returns each story as IPTC ninjs 2.2.",
        parameters=STORY_PARAMETERS,
        responses={(200, JSONRenderer.media_type): StorySerializer(many=True),
                   (200, NinjsRenderer.media_type): NinjsStorySerializer(many=True),
                   **{(code, JSONRenderer.media_type): r for code, r in LIST_ERRORS.items()}},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_serializer_class(self):
        return NinjsStorySerializer if _wants_ninjs(self.request) else StorySerializer

    def requested_status(self) -> str | None:
        """A workflow status other than the public feed, for staff only."""
        status = self.request.query_params.get("status") if self.request else None
        if status in (None, ""):
            return None
        if not self.request.user.is_authenticated:
            raise NotAuthenticated("Listing stories by status needs a staff token (Authorization: Token <key>).")
        if not is_staff(self.request.user):
            raise PermissionDenied("Only staff may list stories by workflow status.")
        return status

    @property
    def cursor_ordering(self):
        return FEED_ORDERING if self.requested_status() in (None, Story.Status.PUBLISHED) else REVIEW_ORDERING

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Story.objects.none()
        status = self.requested_status()
        return selectors.published_stories() if status is None else selectors.stories_with_status(status)

    def last_modified(self):
        return selectors.feed_last_modified()


class StoryDetailView(FeedViewMixin, generics.RetrieveAPIView):
    renderer_classes = [JSONRenderer, NinjsRenderer, BrowsableAPIRenderer]
    queryset = Story.objects.none()  # for the schema; get_object reads through selectors

    @extend_schema(
        summary="One story",
        description="404 for a story not (yet) public, e.g. under embargo; 410 Gone for a killed story.",
        responses={(200, JSONRenderer.media_type): StorySerializer,
                   (200, NinjsRenderer.media_type): NinjsStorySerializer,
                   **{(code, JSONRenderer.media_type): r for code, r in STORY_ERRORS.items()}},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_serializer_class(self):
        return NinjsStorySerializer if _wants_ninjs(self.request) else StorySerializer

    def get_object(self):
        story = selectors.story_by_id(self.kwargs["pk"])
        if story is None:
            raise NotFound("No story with this id.")
        staff = is_staff(self.request.user)
        if story.status == Story.Status.KILLED:
            # Gone for what readers may have seen; a draft killed before publication simply never existed.
            if story.published_at or staff:
                raise Gone()
            raise NotFound("No story with this id.")
        if not (staff or selectors.story_is_public(story)):
            raise NotFound("No story with this id.")
        self.story = story
        return story

    def last_modified(self):
        return self.story.updated_at


class StoryNinjsView(StoryDetailView):
    """The same story, always as ninjs 2.2, for clients that cannot set an Accept header."""

    renderer_classes = [NinjsRenderer]
    content_negotiation_class = FirstRendererNegotiation

    @extend_schema(
        summary="One story as IPTC ninjs 2.2",
        responses={(200, NinjsRenderer.media_type): NinjsStorySerializer,
                   **{(code, JSONRenderer.media_type): r for code, r in STORY_ERRORS.items()}},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_serializer_class(self):
        return NinjsStorySerializer


class DeliveryListView(FeedViewMixin, generics.ListAPIView):
    """Staff: the webhook requests as received, newest first, with their processing outcome."""

    permission_classes = [IsStaff]
    serializer_class = DeliverySerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = DeliveryFilter
    pagination_class = FeedCursorPagination
    cursor_ordering = ("-received_at", "-id")

    @extend_schema(summary="Deliveries (staff only)", responses={200: DeliverySerializer(many=True), **LIST_ERRORS})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return selectors.recent_deliveries()


class DeliveryDetailView(FeedViewMixin, generics.RetrieveAPIView):
    permission_classes = [IsStaff]
    serializer_class = DeliveryDetailSerializer
    queryset = Delivery.objects.none()

    @extend_schema(summary="One delivery with its body (staff only)",
                   responses={200: DeliveryDetailSerializer, **DELIVERY_ERRORS})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_object(self):
        delivery = selectors.delivery_by_id(self.kwargs["pk"])
        if delivery is None:
            raise NotFound("No delivery with this id.")
        return delivery
