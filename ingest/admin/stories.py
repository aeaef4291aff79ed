"""Stories: the editors' queue, the review page and the workflow actions; every write goes through services."""
from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.db.models import Q
from django.db.models.expressions import ExpressionWrapper
from django.db.models.fields import BooleanField
from django.http import HttpResponseRedirect
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from ingest import selectors, services
from ingest.models import Story

from .filters import BoilerplateRemovedFilter, NewerWireVersionFilter, ReceivedDateFilter, UrgencyFilter
from .forms import StoryEditForm
from .review import ACTION_LABELS, story_review_context

# Columns the queue never shows: left out of its query so 100 rows stay light.
_HEAVY_FIELDS = ("body_html", "body_text", "blocks", "removed", "flagged", "pending_update", "summary", "subjects")


def _transition(modeladmin, request, queryset, to: str):
    done = 0
    # Full rows: the queue's queryset leaves columns out, and saving a partial row would reload each one.
    for story in Story.objects.filter(pk__in=list(queryset.values_list("pk", flat=True))).select_related("source"):
        try:
            services.story_transition(story=story, to=to, user=request.user)
            done += 1
        except ValidationError as exc:
            modeladmin.message_user(request, f"{story}: {exc.messages[0]}", messages.WARNING)
    if done:
        modeladmin.message_user(request, f"{done} stor{'y' if done == 1 else 'ies'} {to}.", messages.SUCCESS)


def _workflow_action(to: str, name: str, description: str):
    """One admin action per workflow step, all through services.story_transition."""

    def action(modeladmin, request, queryset):
        _transition(modeladmin, request, queryset, to)

    action.__name__ = name
    return admin.action(description=description, permissions=["change"])(action)


approve = _workflow_action(Story.Status.APPROVED, "approve", "Approve selected stories")
publish = _workflow_action(Story.Status.PUBLISHED, "publish", "Publish selected stories")
reject = _workflow_action(Story.Status.REJECTED, "reject", "Reject selected stories")
kill = _workflow_action(Story.Status.KILLED, "kill", "Kill selected stories")
back_to_draft = _workflow_action(Story.Status.DRAFT, "back_to_draft", "Send selected stories back to draft")


@admin.register(Story)
class StoryAdmin(SimpleHistoryAdmin):
    form = StoryEditForm
    change_form_template = "admin/ingest/story/change_form.html"
    save_on_top = True  # the top Save comes first in the form, so Enter in a field saves and never publishes
    list_display = (
        "headline", "source", "byline", "dateline", "status", "urgency", "received", "wire_time",
        "newer_version", "boilerplate_removed",
    )
    list_display_links = ("headline",)
    list_filter = (
        "status", "source", UrgencyFilter, ("created_at", ReceivedDateFilter),
        NewerWireVersionFilter, BoilerplateRemovedFilter,
    )
    search_fields = ("headline", "byline", "body_text")
    search_help_text = "Searches headline, byline and body."
    list_select_related = ("source",)
    show_full_result_count = False  # a filtered count is enough; the full count is a second scan
    show_facets = admin.ShowFacets.NEVER  # per-choice counts would be a COUNT per filter link on every page
    actions = [approve, publish, reject, kill, back_to_draft]
    readonly_fields = (
        "source", "guid", "version", "status", "format", "original_headline", "byline_raw", "dateline_raw",
        "published_at", "created_at", "updated_at", "wire_created_at", "wire_updated_at", "edited_by", "lock_version",
        "pubstatus", "embargoed_until",
    )
    fieldsets = (
        (None, {"fields": ("headline", "subheadline", "summary", "body_html", "seen_lock_version")}),
        ("Credits", {"fields": ("byline", "authors", "dateline", "credit", "publisher", "edition")}),
        ("Wire metadata", {
            "classes": ("collapse",),
            "fields": (
                "status", "pubstatus", "embargoed_until", "source", "guid", "version", "format", "language",
                "urgency", "keywords",
                "original_headline", "byline_raw", "dateline_raw", "wire_created_at", "wire_updated_at",
                "published_at", "created_at", "updated_at", "edited_by", "lock_version",
            ),
        }),
    )

    # --- the queue -----------------------------------------------------------------

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "ingest_story_changelist":
            queryset = queryset.defer(*_HEAVY_FIELDS).annotate(
                has_pending_update=ExpressionWrapper(Q(pending_update__isnull=False), output_field=BooleanField())
            )
        return queryset

    def get_search_results(self, request, queryset, search_term):
        """Headline and byline by substring; body (and headline) through the feed's full-text search,
        which PostgreSQL answers from its GIN index instead of scanning every body."""
        term = search_term.strip()
        if not term or connection.vendor != "postgresql":
            # No full-text index elsewhere: Django's own search is one LIKE pass over the same fields.
            return super().get_search_results(request, queryset, search_term)
        by_body = selectors.stories_matching(Story.objects.all(), term).values("pk")
        by_line = Story.objects.filter(Q(headline__icontains=term) | Q(byline__icontains=term)).values("pk")
        return queryset.filter(Q(pk__in=by_body) | Q(pk__in=by_line)), False

    @admin.display(description="received", ordering="created_at")
    def received(self, story: Story):
        return story.created_at

    @admin.display(description="wire time", ordering="wire_updated_at")
    def wire_time(self, story: Story):
        return story.wire_updated_at or story.wire_created_at

    @admin.display(description="newer version", boolean=True)
    def newer_version(self, story: Story):
        pending = getattr(story, "has_pending_update", None)
        return pending if pending is not None else story.pending_update is not None

    @admin.display(description="boilerplate removed", boolean=True, ordering="has_removed_boilerplate")
    def boilerplate_removed(self, story: Story):
        return story.has_removed_boilerplate

    # --- history: shown, never reverted around the lock -------------------------------

    def revert_disabled(self, request, obj=None):
        # A revert would post an old version's form past the optimistic lock; editors copy from history instead.
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied("Reverting is disabled: edit the story itself.")
        return super().history_form_view(request, object_id, version_id, extra_context)

    # --- the story page --------------------------------------------------------------

    def has_add_permission(self, request):
        return False  # stories come from the wire

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context.update(story_review_context(obj))
            context["can_act"] = self.has_change_permission(request, obj)
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def save_model(self, request, obj, form, change):
        edited = form.edited_fields
        if edited:
            services.story_save_edits(
                story=obj, seen_lock_version=form.cleaned_data["seen_lock_version"], fields=edited, user=request.user
            )

    def log_change(self, request, obj, message):
        if message:  # nothing edited (a workflow button alone): the workflow step is logged by history
            super().log_change(request, obj, message)

    def response_change(self, request, obj):
        """The page's action buttons: the form's edits are saved first, then the action runs."""
        post = request.POST
        if "_restore" in post:
            return self._restore(request, obj, post["_restore"])
        if "_accept_update" in post:
            return self._settle_update(request, obj, services.story_accept_pending_update, "accepted")
        if "_dismiss_update" in post:
            return self._settle_update(request, obj, services.story_dismiss_pending_update, "dismissed; your version is kept")
        if "_transition" in post:
            return self._apply_transition(request, obj, post["_transition"])
        return super().response_change(request, obj)

    def _back_to_story(self, request, obj):
        return HttpResponseRedirect(request.path)

    def _restore(self, request, obj, raw_index):
        try:
            index = int(raw_index)
            piece = obj.removed[index]["text"]
            services.story_restore_removal(story=obj, index=index, user=request.user)
        except (ValueError, IndexError, KeyError):
            self.message_user(request, "That removed piece is no longer there; reload the story.", messages.ERROR)
        else:
            self.message_user(request, f"Restored: “{piece}”", messages.SUCCESS)
        return self._back_to_story(request, obj)

    def _settle_update(self, request, obj, settle, done):
        """Accept or dismiss the newer wire version waiting beside an edited story."""
        if obj.pending_update is None:
            self.message_user(request, "There is no newer wire version waiting.", messages.WARNING)
            return self._back_to_story(request, obj)
        version = obj.pending_update.get("version")
        try:
            settle(story=obj, user=request.user)
        except ValidationError as exc:
            self.message_user(request, f"Not done: {exc.messages[0]}.", messages.ERROR)
        else:
            self.message_user(request, f"Wire version {version} {done}.", messages.SUCCESS)
        return self._back_to_story(request, obj)

    def _apply_transition(self, request, obj, to):
        if to not in ACTION_LABELS:
            self.message_user(request, f"Unknown workflow step “{to}”.", messages.ERROR)
            return self._back_to_story(request, obj)
        try:
            services.story_transition(story=obj, to=to, user=request.user)
        except ValidationError as exc:
            self.message_user(request, f"Not done: {exc.messages[0]}.", messages.ERROR)
        else:
            self.message_user(request, f"“{obj}” is now {obj.status}.", messages.SUCCESS)
            if obj.status == Story.Status.PUBLISHED and obj.embargoed_until and obj.embargoed_until > timezone.now():
                self.message_user(
                    request, f"Embargoed until {timezone.localtime(obj.embargoed_until):%Y-%m-%d %H:%M %Z}: "
                    "the feed serves it from then on.", messages.WARNING,
                )
        return self._back_to_story(request, obj)
