"""List filters for the editors' story queue and the deliveries; each maps to an indexed column or a plain test."""
from django.contrib import admin
from django.utils.functional import SimpleLazyObject

from ingest import selectors


class _YesNoFilter(admin.SimpleListFilter):
    """A yes/no filter over one condition, given as a queryset `filter()` keyword set."""

    when_yes: dict = {}

    def lookups(self, request, model_admin):
        return (("yes", "Yes"), ("no", "No"))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(**self.when_yes)
        if self.value() == "no":
            return queryset.exclude(**self.when_yes)
        return queryset


class NewerWireVersionFilter(_YesNoFilter):
    """A wire update arrived after an editor changed the story and waits to be merged."""

    title = "has newer wire version"
    parameter_name = "newer_version"
    when_yes = {"pending_update__isnull": False}


class BoilerplateRemovedFilter(_YesNoFilter):
    """Stories the cleaner took something out of: worth a glance before publishing."""

    title = "had boilerplate removed"
    parameter_name = "boilerplate_removed"
    when_yes = {"has_removed_boilerplate": True}


class FlaggedLinesFilter(_YesNoFilter):
    """Lines the cleaner kept but found doubtful: an editor decides."""

    title = "has flagged lines"
    parameter_name = "flagged"
    when_yes = {"flag_count__gt": 0}


class UrgencyFilter(admin.SimpleListFilter):
    """IPTC urgency 1 (flash) to 9 (lowest), listed without asking the database which values exist."""

    title = "urgency"
    parameter_name = "urgency"
    LABELS = {1: "1 (flash)", 2: "2", 3: "3", 4: "4 (normal)", 5: "5", 6: "6", 7: "7", 8: "8", 9: "9 (lowest)"}

    def lookups(self, request, model_admin):
        return [("urgent", "Flash and urgent (1-3)")] + [(str(level), label) for level, label in self.LABELS.items()] + [
            ("none", "Not given")
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "urgent":
            return queryset.filter(urgency__lte=3)
        if value == "none":
            return queryset.filter(urgency__isnull=True)
        if value in {str(level) for level in self.LABELS}:
            return queryset.filter(urgency=int(value))
        if value:
            # "²" passes str.isdigit() but not int(); 5,000 digits overflow the column: neither is an urgency.
            return queryset.none()
        return queryset


class SourceFilter(admin.RelatedFieldListFilter):
    """Django's "By source" filter, its list of sources read only when the filter is drawn.

    The queue's "new stories" endpoint builds the same filtered queue every few seconds per open page
    only to count it: it must not read every source each time.
    """

    def field_choices(self, field, request, model_admin):
        self._counting = getattr(request, "_count_only", False)
        read = super().field_choices
        return SimpleLazyObject(lambda: list(read(field, request, model_admin)))

    def has_output(self):
        # Django asks this before applying a filter (it counts the choices); a count applies it unasked.
        return True if self._counting else super().has_output()


class ReceivedDateFilter(admin.DateFieldListFilter):
    """Today / past 7 days / ... on when the story arrived (Story.created_at), named as editors say it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "received"


class DeliveryProblemFilter(admin.SimpleListFilter):
    """Failed deliveries, and those still unprocessed past the sweep's threshold (the index counts both)."""

    title = "problem"
    parameter_name = "problem"

    def lookups(self, request, model_admin):
        return (("failed", "Failed"), ("failed_today", "Failed today"), ("stuck", "Stuck (not processed in time)"))

    def queryset(self, request, queryset):
        if self.value() == "failed":
            return queryset & selectors.deliveries_failed()
        if self.value() == "failed_today":
            return queryset & selectors.deliveries_failed(since=selectors.start_of_today())
        if self.value() == "stuck":
            return queryset & selectors.deliveries_stuck()
        return queryset
