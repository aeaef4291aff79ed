"""Stories: the editors' queue, the review page and the workflow actions; every write goes through services."""
from __future__ import annotations

from copy import copy
from functools import partial

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import SuspiciousOperation
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.db.models import Q
from django.db.models.expressions import ExpressionWrapper
from django.db.models.fields import BooleanField
from django.http import HttpResponseRedirect, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html
from django.views.decorators.cache import never_cache
from simple_history.admin import SimpleHistoryAdmin

from ingest import selectors, services
from ingest.conf import ingest_setting
from ingest.models import Story

from . import display
from .compare import DIFFED_FIELDS
from .confirm import KILL, REJECT, UNKILL, ReasonStep, plural
from .filters import (
    BoilerplateRemovedFilter,
    FlaggedLinesFilter,
    NewerWireVersionFilter,
    ReceivedDateFilter,
    SourceFilter,
    UrgencyFilter,
)
from .forms import ReasonForm, StoryEditForm
from .preview import reader_view_context
from .review import ACTION_LABELS, story_review_context

# Columns the queue never shows: left out of its query so 100 rows stay light.
_HEAVY_FIELDS = ("body_html", "body_text", "blocks", "removed", "flagged", "pending_update", "summary", "subjects")


def _transition(modeladmin, request, queryset, to: str, reason: str = ""):
    done = 0
    # Full rows: the queue's queryset leaves columns out, and saving a partial row would reload each one.
    for story in Story.objects.filter(pk__in=list(queryset.values_list("pk", flat=True))).select_related("source"):
        try:
            services.story_transition(story=story, to=to, user=request.user, reason=reason)
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


def _reason_action(step: ReasonStep, description: str):
    """Django's intermediate-page pattern (as delete_selected): list the stories, ask for a reason, then act."""

    def action(modeladmin, request, queryset):
        form = ReasonForm(request.POST if request.POST.get("post") == "yes" else None, help_text=step.help_text)
        if form.is_bound and form.is_valid():
            _transition(modeladmin, request, queryset, step.to, reason=form.cleaned_data["reason"])
            return None  # back to the queue, its filters kept
        stories = list(queryset.select_related(None).only("pk", "headline", "status").order_by("-created_at", "-id"))
        words = {"count": len(stories), "stories": plural(len(stories))}
        context = {
            **modeladmin.admin_site.each_context(request),
            "title": step.title_many.format(**words),
            "confirm_label": step.confirm_many.format(**words),
            "opts": modeladmin.model._meta,
            "step": step,
            "stories": stories,
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/ingest/story/confirm_selected_with_reason.html", context)

    action.__name__ = step.verb
    return admin.action(description=description, permissions=["change"])(action)


approve = _workflow_action(Story.Status.APPROVED, "approve", "Approve selected stories")
publish = _workflow_action(Story.Status.PUBLISHED, "publish", "Publish selected stories")
reject = _reason_action(REJECT, "Reject selected stories…")
back_to_draft = _workflow_action(Story.Status.DRAFT, "back_to_draft", "Send selected stories back to draft")
kill = _reason_action(KILL, "Kill selected stories…")


class QueueCount(ChangeList):
    """The queue as the editor filtered and searched it, without reading its page: for counting only."""

    def get_results(self, request):
        self.result_count = self.full_result_count = None
        self.result_list = []


@admin.register(Story)
class StoryAdmin(SimpleHistoryAdmin):
    form = StoryEditForm
    change_form_template = "admin/ingest/story/change_form.html"
    save_on_top = True  # the top Save comes first in the form, so Enter in a field saves and never publishes
    list_display = (
        "urgency_badge", "headline_cell", "slug_cell", "source_cell", "status_chip", "age", "signals", "words",
        "format_language",
    )
    list_display_links = ("headline_cell",)
    empty_value_display = ""  # a blank cell where there is nothing to see, never a row of dashes
    list_filter = (
        "status", ("source", SourceFilter), UrgencyFilter, ("created_at", ReceivedDateFilter),
        NewerWireVersionFilter, FlaggedLinesFilter, BoilerplateRemovedFilter,
    )
    search_fields = ("headline", "byline", "body_text")
    search_help_text = "Searches headline, byline and body."
    list_select_related = ("source",)
    show_full_result_count = False  # a filtered count is enough; the full count is a second scan
    show_facets = admin.ShowFacets.NEVER  # per-choice counts would be a COUNT per filter link on every page
    actions = [approve, publish, reject, kill, back_to_draft]
    readonly_fields = (
        "source", "guid", "version", "status", "format", "original_headline", "byline_raw", "dateline_raw",
        "published_at", "created_at", "updated_at", "wire_created_at", "wire_updated_at", "edited_by",
        "pubstatus", "embargoed_until", "slug", "word_count",
    )
    # The form's `seen_lock_version` is declared on the form, so it is always posted; the template writes it as a
    # bare hidden input (form_top), never as a labelled row editors would see.
    fieldsets = (
        (None, {"fields": ("headline", "urgency", "subheadline", "summary", "body_html")}),
        ("Credits", {"fields": ("byline", "authors", "dateline", "credit", "publisher", "edition")}),
        ("Wire metadata", {
            "classes": ("collapse",),
            "fields": (
                "status", "pubstatus", "embargoed_until", "source", "guid", "slug", "version", "format", "language",
                "keywords", "word_count",
                "original_headline", "byline_raw", "dateline_raw", "wire_created_at", "wire_updated_at",
                "published_at", "created_at", "updated_at", "edited_by",
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
        """Headline and byline by substring; body (and headline) through the feed's full-text search.
        PostgreSQL answers both from indexes (trigram, and the feed's GIN index): `selectors.queue_search`."""
        term = search_term.strip()
        if not term or connection.vendor != "postgresql":
            # No full-text index elsewhere: Django's own search is one LIKE pass over the same fields.
            return super().get_search_results(request, queryset, search_term)
        return selectors.queue_search(queryset, term), False

    @admin.display(description="urgency", ordering="urgency")
    def urgency_badge(self, story: Story):
        return display.urgency_badge(story.urgency)

    @admin.display(description="headline", ordering="headline")
    def headline_cell(self, story: Story):
        return format_html('<span title="{}">{}</span>', story.headline, story.headline)

    @admin.display(description="slug", ordering="slug")
    def slug_cell(self, story: Story):
        return format_html('<span title="{}">{}</span>', story.slug, story.slug) if story.slug else ""

    @admin.display(description="source", ordering="source__slug")
    def source_cell(self, story: Story):
        return format_html('<span title="{}">{}</span>', story.source.name, story.source.slug)

    @admin.display(description="status", ordering="status")
    def status_chip(self, story: Story):
        return display.status_chip(story.status)

    @admin.display(description="age", ordering="created_at")
    def age(self, story: Story):
        return display.age_cell(story.created_at, story.wire_updated_at or story.wire_created_at)

    @admin.display(description="signals")
    def signals(self, story: Story):
        pending = getattr(story, "has_pending_update", None)
        return display.signal_icons(
            newer_version=pending if pending is not None else story.pending_update is not None,
            boilerplate_removed=story.has_removed_boilerplate,
            flag_count=story.flag_count,
        )

    @admin.display(description="words", ordering="word_count")
    def words(self, story: Story):
        return story.word_count or ""

    @admin.display(description="format")
    def format_language(self, story: Story):
        return " · ".join(filter(None, (story.format, story.language)))

    def changelist_view(self, request, extra_context=None):
        context = {
            "title": "Wire queue",
            # The queue's filters, search and order (no page): what "show" reloads and "Save view" keeps.
            "queue_query": selectors.desk_view_query(request.GET),
            "desk_views": list(selectors.desk_views_for(request.user)),
            "failed_today_query": "problem=failed_today",
            "poll_seconds": ingest_setting("QUEUE_POLL_SECONDS"),
            "since": timezone.now().isoformat(),
        }
        return super().changelist_view(request, {**context, **(extra_context or {})})

    def get_changelist(self, request, **kwargs):
        return QueueCount if getattr(request, "_count_only", False) else super().get_changelist(request, **kwargs)

    # --- the queue's own endpoints: new stories, saved views ------------------------------

    def new_stories_view(self, request):
        """JSON for the queue's "N new stories" bar: how many stories matching the queue's filters and search
        (its own URL parameters) arrived after `since`. Staff only (403 JSON otherwise, never a login page);
        bad parameters are a 400; one COUNT over the created_at index (selectors.stories_arrived_since)."""
        user = request.user
        if not (user.is_active and user.is_staff and self.has_view_or_change_permission(request)):
            return JsonResponse({"detail": "Only desk staff may read the queue."}, status=403)
        params = request.GET.copy()
        since = parse_datetime(params.pop("since", [""])[-1] or "") if "since" in request.GET else None
        if since is None or timezone.is_naive(since):
            return JsonResponse({"detail": "Give `since` as an ISO 8601 time with its offset."}, status=400)
        queue_request = copy(request)
        queue_request.GET, queue_request._count_only = params, True
        try:
            queue = self.get_changelist_instance(queue_request).queryset
            count = selectors.stories_arrived_since(queue, since)
        except (IncorrectLookupParameters, SuspiciousOperation, ValidationError, ValueError):
            return JsonResponse({"detail": "These queue filters cannot be used."}, status=400)
        return JsonResponse({"count": count, "since": since.isoformat()})

    def save_view_view(self, request):
        """Save the queue's current filters as one of this editor's views (POST: name, query)."""
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:ingest_story_changelist"))
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        query = selectors.desk_view_query(QueryDict(request.POST.get("query", "")))
        try:
            view = services.desk_view_save(user=request.user, name=request.POST.get("name", ""), query=query)
        except ValidationError as exc:
            self.message_user(request, f"Not saved: {exc.messages[0]}", messages.ERROR)
        else:
            self.message_user(request, f"Saved the view “{view.name}”.", messages.SUCCESS)
        return HttpResponseRedirect(f"{reverse('admin:ingest_story_changelist')}?{query}")

    def remove_view_view(self, request, view_id):
        """Remove one of this editor's views (POST); another editor's view is not found."""
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:ingest_story_changelist"))
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        if services.desk_view_delete(user=request.user, view_id=view_id):
            self.message_user(request, "View removed.", messages.SUCCESS)
        else:
            self.message_user(request, "That view is not one of yours, or is gone already.", messages.WARNING)
        back = selectors.desk_view_query(QueryDict(request.POST.get("back", "")))
        return HttpResponseRedirect(f"{reverse('admin:ingest_story_changelist')}?{back}")

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

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:object_id>/kill/", view(self.kill_view), name="ingest_story_kill"),
            path("<int:object_id>/reject/", view(self.reject_view), name="ingest_story_reject"),
            path("<int:object_id>/unkill/", view(self.unkill_view), name="ingest_story_unkill"),
            # Not admin_view: a script asks it, and a lapsed login must get a 403 in JSON, not a login page.
            path("new-stories/", never_cache(self.new_stories_view), name="ingest_story_new_stories"),
            path("views/save/", view(self.save_view_view), name="ingest_story_save_view"),
            path("views/<int:view_id>/remove/", view(self.remove_view_view), name="ingest_story_remove_view"),
            path("<int:object_id>/reader/", self.admin_site.admin_view(self.reader_view), name="ingest_story_reader"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {"title": "Review story", **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context.update(story_review_context(obj))
            context["can_act"] = self.has_change_permission(request, obj)
            context["kill_url"] = self._with_filters(request, reverse("admin:ingest_story_kill", args=[obj.pk]))
            context["kill"], context["now"] = selectors.story_kill_record(obj), timezone.now()
            if context["kill"] is not None and services.kill_undo_refusal(obj, request.user) is None:
                context["unkill_url"] = self._with_filters(request, reverse("admin:ingest_story_unkill", args=[obj.pk]))
            context["reader_url"] = self._with_filters(request, reverse("admin:ingest_story_reader", args=[obj.pk]))
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def save_model(self, request, obj, form, change):
        edited = form.edited_fields
        if edited:
            services.story_save_edits(
                story=obj, seen_lock_version=form.cleaned_data["seen_lock_version"], fields=edited, user=request.user
            )
        else:
            # Nothing of this editor's to write: the form's copy of the fields may be older than the row's.
            obj.refresh_from_db()
        obj._opened_stale, obj._unseen_changes = form.opened_stale, form.unseen_changes

    def construct_change_message(self, request, form, formsets, add=False):
        # Only this editor's edits: a field someone else changed meanwhile is theirs, not a change made here.
        return super().construct_change_message(request, form, formsets, add) if form.edited_fields else []

    def log_change(self, request, obj, message):
        if message:  # nothing edited (a workflow button alone): the workflow step is logged by history
            super().log_change(request, obj, message)

    def response_change(self, request, obj):
        """The page's action buttons: the form's edits are saved first, then the action runs."""
        post = request.POST
        refusal = self._stale_refusal(obj, post)
        if refusal:
            self.message_user(request, refusal, messages.WARNING)
            return self._back_to_story(request, obj)
        if "_restore" in post:
            return self._restore(request, obj, post["_restore"])
        if "_flag_keep" in post or "_flag_remove" in post:
            return self._settle_flag(request, obj, post)
        if "_accept_update" in post:
            return self._settle_update(request, obj, services.story_accept_pending_update, "accepted")
        if "_accept_fields" in post:
            return self._accept_fields(request, obj, post.getlist("_accept_field"))
        if "_dismiss_update" in post:
            return self._settle_update(request, obj, services.story_dismiss_pending_update, "dismissed; your version is kept")
        if "_transition_next" in post:
            return self._apply_transition(request, obj, post["_transition_next"], then_next=True)
        if "_transition" in post:
            return self._apply_transition(request, obj, post["_transition"])
        return super().response_change(request, obj)

    # --- moving through the queue with its filters kept ------------------------------------

    def _with_filters(self, request, url: str) -> str:
        """`url` carrying the queue's filters and search (Django's preserved_filters), as the admin's own links do."""
        return add_preserved_filters({"preserved_filters": self.get_preserved_filters(request), "opts": self.opts}, url)

    def _back_to_story(self, request, obj):
        return HttpResponseRedirect(self._with_filters(request, reverse("admin:ingest_story_change", args=[obj.pk])))

    def _queue_after(self, request, story: Story, scan: int = 5000) -> int | None:
        """The story after `story` in the queue as the editor left it (same filters, search and order).

        Read before the workflow step, while `story` still matches the filters; only ids are read.
        A story not among the first `scan` rows falls back to the top of the queue.
        """
        queue_request = copy(request)
        queue_request.GET = QueryDict(request.GET.get("_changelist_filters", ""))
        queue_request.POST = QueryDict()
        queue_request.method = "GET"
        try:
            ids = self.get_changelist_instance(queue_request).queryset.values_list("pk", flat=True)[:scan]
        except IncorrectLookupParameters:
            ids = self.get_queryset(request).values_list("pk", flat=True)[:scan]
        found = False
        first = None
        for pk in ids:
            if found:
                return pk
            if pk == story.pk:
                found = True
            elif first is None:
                first = pk
        return None if found else first

    def _apply_transition(self, request, obj, to, then_next: bool = False):
        if to not in ACTION_LABELS:
            self.message_user(request, f"Unknown workflow step “{to}”.", messages.ERROR)
            return self._back_to_story(request, obj)
        if to in (Story.Status.KILLED, Story.Status.REJECTED):  # each asks for a reason on its own page first
            view = "admin:ingest_story_kill" if to == Story.Status.KILLED else "admin:ingest_story_reject"
            return HttpResponseRedirect(self._with_filters(request, reverse(view, args=[obj.pk])))
        following = self._queue_after(request, obj) if then_next else None
        try:
            services.story_transition(story=obj, to=to, user=request.user)
        except ValidationError as exc:
            self.message_user(request, f"Not done: {exc.messages[0]}.", messages.ERROR)
            return self._back_to_story(request, obj)
        self.message_user(request, f"“{obj}” is now {obj.status}.", messages.SUCCESS)
        if obj.status == Story.Status.PUBLISHED and obj.embargoed_until and obj.embargoed_until > timezone.now():
            self.message_user(
                request, f"Embargoed until {timezone.localtime(obj.embargoed_until):%Y-%m-%d %H:%M %Z}: "
                "the feed serves it from then on.", messages.WARNING,
            )
        if not then_next:
            return self._back_to_story(request, obj)
        if following is None:
            self.message_user(request, "That was the last story in the queue.", messages.INFO)
            return HttpResponseRedirect(self._with_filters(request, reverse("admin:ingest_story_changelist")))
        return HttpResponseRedirect(self._with_filters(request, reverse("admin:ingest_story_change", args=[following])))

    @staticmethod
    def _stale_refusal(obj: Story, post) -> str:
        """Why a button pressed on a page opened before someone else's save must not act, or "".

        Reached only when this editor had no edits of their own (with edits the form itself is refused,
        since they would overwrite the other save). A workflow step still runs when the other save changed
        none of the form's fields (say, a colleague approved it); Restore, Accept and Keep never run on a
        moved story, since the piece or the version they name may have moved with it.
        """
        if not getattr(obj, "_opened_stale", False):
            return ""
        unseen = getattr(obj, "_unseen_changes", [])
        if "_transition" in post or "_transition_next" in post:
            if not unseen:
                return ""
            step = ACTION_LABELS.get(post.get("_transition_next") or post.get("_transition"), "act").lower()
        elif any(name in post for name in ("_restore", "_flag_keep", "_flag_remove", "_accept_update", "_accept_fields", "_dismiss_update")):
            step = "press the button"
        else:
            return ""
        last = obj.history.select_related("history_user").order_by("-history_date", "-history_id").first()
        who = last.history_user.get_username() if last and last.history_user else "the wire"
        when = f" at {timezone.localtime(last.history_date):%H:%M:%S}" if last else ""
        what = f" ({', '.join(Story._meta.get_field(n).verbose_name.capitalize() for n in unseen)})" if unseen else ""
        return (
            f"Not done: this story was changed by {who}{when} after you opened it{what}. You had no edits of your "
            f"own, so nothing was lost: read the current version below, then {step} again."
        )

    # --- kill, reject and a kill undone: always confirmed, with a reason -----------------------

    def kill_view(self, request, object_id):
        return self._reason_view(request, object_id, KILL)

    def reject_view(self, request, object_id):
        return self._reason_view(request, object_id, REJECT)

    def unkill_view(self, request, object_id):
        return self._reason_view(request, object_id, UNKILL)

    def _reason_view(self, request, object_id, step: ReasonStep):
        story = get_object_or_404(Story.objects.select_related("source"), pk=object_id)
        if not self.has_change_permission(request, story):
            raise PermissionDenied
        story_url = self._with_filters(request, reverse("admin:ingest_story_change", args=[story.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": step.title_one,
            "opts": self.opts,
            "step": step,
            "story": story,
            "story_url": story_url,
            "queue_url": self._with_filters(request, reverse("admin:ingest_story_changelist")),
        }
        if step is UNKILL:
            refusal = services.kill_undo_refusal(story, request.user)
            if refusal is not None:
                code, message = refusal
                if code == "forbidden":
                    raise PermissionDenied(message)
                # The story is not (or no longer) restorable: say why, with a 409, never a 500.
                return TemplateResponse(request, "admin/ingest/story/confirm_with_reason.html",
                                        {**context, "refusal": message}, status=409)
            context["kill"] = selectors.story_kill_record(story)
        elif step.to not in services.next_statuses(story.status):
            self.message_user(request, f"A {story.status} story cannot be {step.to}.", messages.WARNING)
            return HttpResponseRedirect(story_url)
        form = ReasonForm(request.POST if request.method == "POST" else None, help_text=step.help_text,
                          max_length=step.max_length)
        if form.is_bound and form.is_valid():
            reason = form.cleaned_data["reason"]
            try:
                if step is UNKILL:
                    services.story_unkill(story=story, user=request.user, reason=reason)
                    story.refresh_from_db()
                    done = f"“{story}” was restored: it is {story.status} again."
                else:
                    services.story_transition(story=story, to=step.to, user=request.user, reason=reason)
                    done = f"“{story}” was {step.to}: {reason}"
            except ValidationError as exc:  # the window closed or someone else acted meanwhile
                self.message_user(request, f"Not done: {exc.messages[0]}", messages.ERROR)
            else:
                self.message_user(request, done, messages.SUCCESS)
            return HttpResponseRedirect(story_url)
        context["form"] = form
        return TemplateResponse(request, "admin/ingest/story/confirm_with_reason.html", context)

    # --- the reader view: the story as the feed serves it -------------------------------------

    def reader_view(self, request, object_id):
        story = get_object_or_404(Story.objects.select_related("source"), pk=object_id)
        if not self.has_view_permission(request, story):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            **reader_view_context(story, request),
            "title": "Reader view",
            "opts": self.opts,
            "story": story,
            "story_url": self._with_filters(request, reverse("admin:ingest_story_change", args=[story.pk])),
        }
        return TemplateResponse(request, "admin/ingest/story/reader_view.html", context)

    # --- the review page's other buttons ---------------------------------------------------

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

    def _settle_flag(self, request, obj, post):
        """Keep or Remove on a flagged line: the service checks the lock and that the flag still reads as shown."""
        keep = "_flag_keep" in post
        raw = post.get("_flag_keep") if keep else post.get("_flag_remove")
        try:
            index = int(raw)
        except (TypeError, ValueError):
            self.message_user(request, "That flagged line is no longer there; reload the story.", messages.ERROR)
            return self._back_to_story(request, obj)
        text = post.get(f"_flag_text_{index}")  # the line as the page showed it: a moved list of flags is refused
        settle = services.story_keep_flagged_line if keep else services.story_remove_flagged_line
        try:
            settle(story=obj, index=index, text=text, user=request.user, seen_lock_version=obj.lock_version)
        except ValidationError as exc:
            self.message_user(request, f"Not done: {exc.messages[0]}.", messages.ERROR)
        else:
            done = "Kept (flag dismissed)" if keep else "Removed (restorable under Boilerplate removed)"
            self.message_user(request, f"{done}: “{text}”", messages.SUCCESS)
        return self._back_to_story(request, obj)

    def _accept_fields(self, request, obj, fields):
        """Take the ticked fields of the newer wire version; the rest stays as the editor has it."""
        if not fields:
            self.message_user(request, "Tick the fields to take from the wire version first.", messages.WARNING)
            return self._back_to_story(request, obj)
        labels = ", ".join(DIFFED_FIELDS.get(name, name) for name in fields)
        return self._settle_update(
            request, obj, partial(services.story_accept_pending_fields, fields=fields),
            f"taken for {labels}; the rest of your version is kept",
        )

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
