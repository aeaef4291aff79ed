"""Editor boilerplate rules: vetted patterns, a preview before saving, hit counts, learned suggestions to confirm."""
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse

from ingest import selectors, services
from ingest.clean.patterns import check_pattern
from ingest.models import BoilerplateRule, WireSource

PREVIEW_DELIVERIES = 50
PREVIEW_SHOWN = 200


class BoilerplateRuleForm(forms.ModelForm):
    """Refuses a pattern that does not compile or could backtrack catastrophically."""

    class Meta:
        model = BoilerplateRule
        fields = ("source", "pattern", "is_regex", "active", "note")

    def clean(self):
        data = super().clean()
        pattern = data.get("pattern") or ""
        for problem in check_pattern(pattern, is_regex=bool(data.get("is_regex"))) if pattern else []:
            self.add_error("pattern", problem)
        return data


PREVIEW_ONLY = "preview"


class PreviewOnlyForm(BoilerplateRuleForm):
    """The same form when the editor pressed Preview: valid input is shown, never saved.

    The admin saves a valid form, so Preview makes it "invalid" with one error of its own code; the page
    then shows that as a plain note, never as Django's red "Please correct the error below".
    """

    def clean(self):
        data = super().clean()
        if not self.errors:
            raise forms.ValidationError("Preview only: nothing was saved.", code=PREVIEW_ONLY)
        return data

    @property
    def only_previewed(self) -> bool:
        errors = self.errors.as_data()
        return list(errors) == [NON_FIELD_ERRORS] and all(e.code == PREVIEW_ONLY for e in errors[NON_FIELD_ERRORS])


def _settle(modeladmin, request, queryset, settle, done: str) -> None:
    rules = list(queryset.filter(suggested=True))
    for rule in rules:
        settle(rule=rule)
    modeladmin.message_user(request, f"{len(rules)} suggestion(s) {done}.", messages.SUCCESS)


@admin.action(description="Confirm selected suggestions (make them active rules)", permissions=["change"])
def confirm_suggestions(modeladmin, request, queryset):
    _settle(modeladmin, request, queryset, services.rule_confirm_suggestion, "confirmed as active rules")


@admin.action(description="Dismiss selected suggestions (story text, never suggest again)", permissions=["change"])
def dismiss_suggestions(modeladmin, request, queryset):
    _settle(modeladmin, request, queryset, services.rule_dismiss_suggestion, "dismissed")


@admin.register(BoilerplateRule)
class BoilerplateRuleAdmin(admin.ModelAdmin):
    form = BoilerplateRuleForm
    list_display = ("pattern", "source", "is_regex", "active", "suggested", "hit_count", "note", "created_at")
    list_filter = ("suggested", "active", "is_regex", "source")
    search_fields = ("pattern", "note")
    readonly_fields = ("hit_count", "suggested", "disabled_reason", "overrun_count", "created_at")
    list_select_related = ("source",)
    actions = (confirm_suggestions, dismiss_suggestions)
    change_form_template = "admin/ingest/boilerplaterule/change_form.html"
    change_list_template = "admin/ingest/boilerplaterule/change_list.html"

    def get_form(self, request, obj=None, change=False, **kwargs):
        if request.method == "POST" and "_preview" in request.POST:
            kwargs["form"] = PreviewOnlyForm
        return super().get_form(request, obj, change, **kwargs)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        if request.method == "POST" and "_preview" in request.POST:
            extra_context["rule_preview"] = self._preview(request)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        if getattr(form, "only_previewed", False):
            context["errors"] = []  # a preview is no error: the page shows the lines it would remove
            context["preview_only"] = True
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def _preview(self, request) -> dict:
        """What the rule as typed would remove from recent deliveries (of its source, or of all sources)."""
        pattern = request.POST.get("pattern", "").strip()
        is_regex = bool(request.POST.get("is_regex"))
        source_id = request.POST.get("source") or None
        source = WireSource.objects.filter(pk=source_id).first() if source_id and source_id.isdigit() else None
        try:
            hits = services.rule_preview(source=source, pattern=pattern, is_regex=is_regex, deliveries=PREVIEW_DELIVERIES)
        except ValueError as exc:
            return {"error": str(exc), "hits": [], "source": source, "deliveries": PREVIEW_DELIVERIES}
        return {
            "hits": hits[:PREVIEW_SHOWN], "total": len(hits), "deliveries_hit": len({h.delivery_id for h in hits}),
            "source": source, "deliveries": PREVIEW_DELIVERIES, "error": "",
        }

    # --- learning on demand ------------------------------------------------------------

    def get_urls(self):
        return [
            path("learn/", self.admin_site.admin_view(self.learn_view), name="ingest_boilerplaterule_learn"),
            *super().get_urls(),
        ]

    def learn_view(self, request):
        """Learning re-parses hundreds of deliveries: a task does it, never the editor's web request."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_add_permission(request):
            raise PermissionDenied
        if services.boilerplate_learn_enqueue():
            self.message_user(
                request, "Learning from recent deliveries has started; new suggestions appear here in a minute or two.",
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request, "The task queue cannot be reached right now; learning also runs every hour on its own.",
                messages.ERROR,
            )
        return HttpResponseRedirect(reverse("admin:ingest_boilerplaterule_changelist") + "?suggested__exact=1")

    def save_model(self, request, obj, form, change):
        """An editor saving the rule (simplified, or switched back on) gives it a fresh start."""
        if obj.disabled_reason or obj.overrun_count:
            obj.disabled_reason, obj.overrun_count = "", 0
        super().save_model(request, obj, form, change)

    def changelist_view(self, request, extra_context=None):
        turned_off = BoilerplateRule.objects.exclude(disabled_reason="").filter(active=False)
        for rule in turned_off[:20]:
            self.message_user(request, f"Rule “{rule.pattern[:80]}” is off: {rule.disabled_reason}", messages.WARNING)
        extra_context = dict(extra_context or {})
        extra_context["pending_suggestions"] = BoilerplateRule.objects.filter(suggested=True).count()
        switched_off = selectors.library_categories_switched_off()
        extra_context["library"] = [
            {
                "name": name.removeprefix("library:"), "label": name.removeprefix("library:").replace("-", " "),
                "patterns": count, "off_for": switched_off.get(name.removeprefix("library:"), []),
            }
            for name, count in selectors.shipped_library_categories()
        ]
        return super().changelist_view(request, extra_context)

