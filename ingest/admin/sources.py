"""Wire sources: who may post, with which secret, format and house style; their boilerplate rules inline.

A signing secret is shown once, on the page that answers its creation or
rotation (never stored in messages or the session), and masked afterwards.
"""
from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode

from ingest import services
from ingest.models import BoilerplateRule, WireSource
from ingest.webhooks.signature import generate_secret

from .forms import WireSourceForm
from .rules import BoilerplateRuleForm

SECRET_PAGE = "admin/ingest/wiresource/secret_once.html"


def mask_secret(secret: str) -> str:
    """Enough of a secret to tell two apart, never enough to use it."""
    if not secret:
        return "—"
    prefix, _, key = secret.rpartition("_")
    return f"{prefix + '_' if prefix else ''}{key[:4]}…"


class BoilerplateRuleInline(admin.TabularInline):
    """This source's own rules, vetted like on the rules page; each links to a preview against its recent deliveries."""

    model = BoilerplateRule
    form = BoilerplateRuleForm
    extra = 1
    fields = ("pattern", "is_regex", "active", "note", "hit_count", "preview")
    readonly_fields = ("hit_count", "preview")

    @admin.display(description="preview")
    def preview(self, rule: BoilerplateRule):
        if rule.pk is None or rule.source_id is None:
            return "—"
        url = reverse("admin:ingest_wiresource_rule_preview", args=[rule.source_id])
        query = urlencode({"pattern": rule.pattern, "is_regex": "1" if rule.is_regex else ""})
        return format_html('<a href="{}?{}">what it removes</a>', url, query)


@admin.action(description="Deactivate selected sources (their webhooks answer 404)", permissions=["change"])
def deactivate(modeladmin, request, queryset):
    count = queryset.update(active=False)
    modeladmin.message_user(request, f"{count} source(s) deactivated.", messages.SUCCESS)


@admin.action(description="Activate selected sources", permissions=["change"])
def activate(modeladmin, request, queryset):
    count = queryset.update(active=True)
    modeladmin.message_user(request, f"{count} source(s) activated.", messages.SUCCESS)


@admin.action(description="Rotate signing secret (the old one stays valid for the grace period)", permissions=["change"])
def rotate_secret(modeladmin, request, queryset):
    rotated = [(source, services.source_rotate_secret(source=source)) for source in queryset]
    return modeladmin.secret_page(request, rotated, rotated=True)


@admin.register(WireSource)
class WireSourceAdmin(admin.ModelAdmin):
    form = WireSourceForm
    change_form_template = "admin/ingest/wiresource/change_form.html"
    list_display = ("slug", "name", "active", "format", "headline_case", "secret", "previous_secret_valid_until", "created_at")
    list_filter = ("active", "format", "headline_case")
    search_fields = ("slug", "name")
    actions = [deactivate, activate, rotate_secret]
    inlines = [BoilerplateRuleInline]
    readonly_fields = ("secret", "previous_secret_valid_until", "created_at", "updated_at")
    exclude = ("signing_secret", "previous_signing_secret", "previous_secret_expires_at")

    def get_fieldsets(self, request, obj=None):
        """Django's one fieldset, with the library switch set apart under its own heading."""
        fields = [name for name in self.get_fields(request, obj) if name != "disabled_categories"]
        return [
            (None, {"fields": fields}),
            ("Shipped boilerplate library", {"fields": ["disabled_categories"], "classes": ["library-switches"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        # The slug is in the partner's webhook URL: changing it breaks their sender.
        return ("slug", *self.readonly_fields) if obj is not None else self.readonly_fields

    @admin.display(description="signing secret")
    def secret(self, source: WireSource):
        return mask_secret(source.signing_secret)

    @admin.display(description="previous secret valid until")
    def previous_secret_valid_until(self, source: WireSource):
        if not source.previous_signing_secret:
            return "—"
        return source.previous_secret_expires_at or "no expiry"

    # --- secrets, shown once ------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if not change:
            obj.signing_secret = generate_secret()
            request._new_secret = obj.signing_secret
        super().save_model(request, obj, form, change)

    def response_add(self, request, obj, post_url_continue=None):
        secret = getattr(request, "_new_secret", None)
        if secret is None or "_popup" in request.POST:
            return super().response_add(request, obj, post_url_continue)
        return self.secret_page(request, [(obj, secret)], rotated=False)

    def secret_page(self, request, sources_and_secrets, *, rotated: bool):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "New signing secret" if len(sources_and_secrets) == 1 else "New signing secrets",
            "secrets": sources_and_secrets,
            "rotated": rotated,
        }
        response = TemplateResponse(request, SECRET_PAGE, context)
        response["Cache-Control"] = "no-store"
        return response

    def get_urls(self):
        own = [
            path("<int:object_id>/rotate-secret/", self.admin_site.admin_view(self.rotate_secret_view),
                 name="ingest_wiresource_rotate_secret"),
            path("<int:object_id>/rule-preview/", self.admin_site.admin_view(self.rule_preview_view),
                 name="ingest_wiresource_rule_preview"),
        ]
        return own + super().get_urls()

    def rotate_secret_view(self, request, object_id):
        source = get_object_or_404(WireSource, pk=object_id)
        if not self.has_change_permission(request, source):
            raise PermissionDenied
        if request.method == "GET":
            context = {**self.admin_site.each_context(request), "opts": self.opts, "source": source,
                       "title": f"Rotate the signing secret of {source}"}
            return TemplateResponse(request, "admin/ingest/wiresource/rotate_confirm.html", context)
        if request.method != "POST":
            return HttpResponseNotAllowed(["GET", "POST"])
        return self.secret_page(request, [(source, services.source_rotate_secret(source=source))], rotated=True)

    # --- rule preview ------------------------------------------------------------------

    def rule_preview_view(self, request, object_id):
        source = get_object_or_404(WireSource, pk=object_id)
        if not self.has_view_permission(request, source):
            raise PermissionDenied
        pattern = request.GET.get("pattern", "").strip()
        is_regex = bool(request.GET.get("is_regex"))
        hits, error = [], ""
        if pattern:
            try:
                hits = services.rule_preview(source=source, pattern=pattern, is_regex=is_regex)
            except ValueError as exc:  # invalid, or could backtrack for ever: the service says why
                error = str(exc)
        context = {
            **self.admin_site.each_context(request), "opts": self.opts, "source": source,
            "title": f"Rule preview for {source}", "pattern": pattern, "is_regex": is_regex,
            "hits": hits, "error": error,
        }
        return TemplateResponse(request, "admin/ingest/wiresource/rule_preview.html", context)
