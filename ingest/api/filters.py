"""The feed's query parameters (django-filter). A value that does not parse is a 400, never ignored or a 500."""
from __future__ import annotations

from datetime import timezone as dt_timezone

import django_filters
from django import forms
from django.db.models import Q
from django_filters.fields import IsoDateTimeField

from ingest import selectors
from ingest.models import Delivery, Story


class UtcDateTimeField(IsoDateTimeField):
    """ISO 8601 in, UTC out: any offset a client sends (even -16:16) becomes a time every database takes."""

    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None:
            return None
        try:
            return moment.astimezone(dt_timezone.utc)
        except (OverflowError, ValueError):
            raise forms.ValidationError("Enter a date and time within years 1 to 9999.", code="invalid") from None


class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcDateTimeField


class StoryFilter(django_filters.FilterSet):
    source = django_filters.CharFilter(
        method="filter_source", help_text="Source slug; several separated by commas (`source=ap,reuters`)."
    )
    since = UtcDateTimeFilter(
        field_name="published_at", lookup_expr="gte", help_text="Published at or after (ISO 8601)."
    )
    until = UtcDateTimeFilter(
        field_name="published_at", lookup_expr="lt", help_text="Published before (ISO 8601)."
    )
    updated_since = UtcDateTimeFilter(
        field_name="updated_at", lookup_expr="gte",
        help_text="Changed at or after (ISO 8601): for partners syncing corrections.",
    )
    byline = django_filters.CharFilter(
        field_name="byline", lookup_expr="icontains", help_text="Words in the byline, any case."
    )
    q = django_filters.CharFilter(
        method="filter_text",
        help_text='Full-text search over headline and body. On PostgreSQL web-search syntax works: "a phrase", -word, or.',
    )
    urgency = django_filters.NumberFilter(
        field_name="urgency", min_value=1, max_value=9, help_text="IPTC urgency, 1 (most urgent) to 9."
    )
    max_urgency = django_filters.NumberFilter(
        field_name="urgency", lookup_expr="lte", min_value=1, max_value=9,
        help_text="Urgency at most this (1 = flashes only).",
    )
    language = django_filters.CharFilter(
        method="filter_language", help_text="BCP 47 language; `en` also matches `en-GB`."
    )
    status = django_filters.ChoiceFilter(
        choices=[(s, s) for s in selectors.STAFF_LISTABLE], method="filter_status",
        help_text="Staff only (token): list stories in this workflow status. Default: the public feed.",
    )

    class Meta:
        model = Story
        fields: list[str] = []

    def filter_source(self, queryset, name, value):
        slugs = [slug.strip() for slug in value.split(",") if slug.strip()]
        return queryset.filter(source_id__in=selectors.source_ids(slugs)) if slugs else queryset

    def filter_text(self, queryset, name, value):
        return selectors.stories_matching(queryset, value)

    def filter_language(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(language__iexact=value) | Q(language__istartswith=f"{value}-"))

    def filter_status(self, queryset, name, value):
        return queryset  # already applied: the view starts from `selectors.stories_with_status` for staff


class DeliveryFilter(django_filters.FilterSet):
    source = django_filters.CharFilter(field_name="source__slug", help_text="Source slug.")
    status = django_filters.ChoiceFilter(choices=Delivery.Status.choices)
    since = UtcDateTimeFilter(field_name="received_at", lookup_expr="gte", help_text="Received at or after (ISO 8601).")

    class Meta:
        model = Delivery
        fields: list[str] = []
