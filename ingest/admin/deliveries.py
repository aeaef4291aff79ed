"""Deliveries: the raw requests as received, read-only, with "reprocess" for failed ones."""
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat, truncatechars
from django.urls import path, reverse
from django.utils.html import format_html

from ingest import services
from ingest.models import Delivery

from .compare import error_place, lines_around
from .filters import DeliveryProblemFilter


@admin.action(description="Reprocess selected failed deliveries", permissions=["reprocess"])
def reprocess(modeladmin, request, queryset):
    failed = list(queryset.filter(status=Delivery.Status.FAILED).select_related(None).only("pk"))
    skipped = queryset.exclude(status=Delivery.Status.FAILED).count()
    for delivery in failed:
        services.delivery_reprocess(delivery)
    if failed:
        modeladmin.message_user(request, f"{len(failed)} deliver{'y' if len(failed) == 1 else 'ies'} queued again.", messages.SUCCESS)
    if skipped:
        modeladmin.message_user(request, f"{skipped} not failed, left alone: only failed deliveries are reprocessed.", messages.WARNING)


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ("id", "source", "status", "error", "body_size", "format", "content_type", "attempts", "received_at", "story_link")
    list_display_links = ("id",)
    list_filter = (DeliveryProblemFilter, "status", "source", "format")
    search_fields = ("webhook_id", "sha256", "last_error")
    list_select_related = ("source",)
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    actions = [reprocess]
    readonly_fields = [f.name for f in Delivery._meta.fields if f.name != "body"] + ["raw_body"]
    exclude = ("body",)
    change_form_template = "admin/ingest/delivery/change_form.html"

    def get_urls(self):
        return [
            path("<int:object_id>/reprocess/", self.admin_site.admin_view(self.reprocess_view), name="ingest_delivery_reprocess"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        delivery = self.get_object(request, object_id)
        extra = {"title": "Delivery as received"}
        if delivery is not None and delivery.status == Delivery.Status.FAILED:
            place = error_place(delivery.last_error)
            extra.update(
                can_reprocess=self.has_reprocess_permission(request),
                error_place=place,
                error_lines=lines_around(delivery.body_text, *place) if place else [],
            )
        return super().change_view(request, object_id, form_url, {**extra, **(extra_context or {})})

    def reprocess_view(self, request, object_id):
        """The Reprocess button on a failed delivery's page: the same service as the list's action."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_reprocess_permission(request):
            raise PermissionDenied
        delivery = get_object_or_404(Delivery, pk=object_id)
        if delivery.status != Delivery.Status.FAILED:
            self.message_user(request, "Only a failed delivery is reprocessed; this one is " + delivery.status + ".", messages.WARNING)
        else:
            services.delivery_reprocess(delivery)
            self.message_user(request, f"Delivery {delivery.pk} queued again.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:ingest_delivery_change", args=[delivery.pk]))

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "ingest_delivery_changelist":
            queryset = queryset.defer("body", "headers")
        return queryset

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # a delivery is a record of what arrived: never edited

    def has_delete_permission(self, request, obj=None):
        return False  # nothing accepted is lost

    def has_reprocess_permission(self, request):
        return request.user.has_perm("ingest.change_delivery")

    @admin.display(description="error", ordering="last_error")
    def error(self, delivery: Delivery):
        return truncatechars(delivery.last_error, 120) or "—"

    @admin.display(description="size", ordering="size")
    def body_size(self, delivery: Delivery):
        return filesizeformat(delivery.size)

    @admin.display(description="story", ordering="story_id")
    def story_link(self, delivery: Delivery):
        if delivery.story_id is None:
            return "—"
        return format_html('<a href="{}">story {}</a>', reverse("admin:ingest_story_change", args=[delivery.story_id]), delivery.story_id)

    @admin.display(description="body as received")
    def raw_body(self, delivery: Delivery):
        return format_html('<pre class="raw-delivery" style="white-space:pre-wrap">{}</pre>', delivery.body_text)
