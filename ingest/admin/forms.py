"""Admin forms. The story form carries the version it was opened at, for optimistic locking."""
from __future__ import annotations

from django import forms

from ingest import services
from ingest.clean import LIBRARY_CATEGORIES
from ingest.models import Story, WireSource
from ingest.validators import string_list


class TextareaField(forms.CharField):
    """Browsers post textareas with CRLF line ends; without this every save would "change" the body."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


# What the body editor offers: paragraphs, two heading levels, lists, links, bold and italic. Nothing it can make is
# outside the stored body's allow-list (ingest.normalize.body); the one sanitizer runs on save all the same.
BODY_EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "History": True,
}


class BodyField(TextareaField):
    """The story body, edited as rich text.

    The editor writes its own serialization of the same copy back into the form; only a change of the
    copy itself (the stored, canonical form) counts as an edit, so pressing Publish never "edits" the body.
    """

    def has_changed(self, initial, data):
        return services.canonical_body_html(initial or "") != services.canonical_body_html(self.to_python(data) or "")


def body_editor_widget():
    from django_prose_editor.widgets import AdminProseEditorWidget

    return AdminProseEditorWidget(config={"extensions": BODY_EDITOR_EXTENSIONS}, preset="configurable")


class LinesField(forms.CharField):
    """A list of strings edited as plain text, one entry a line, so editors never type JSON.

    Whatever is typed becomes a list of strings (blank lines dropped); a stored value that is not one
    (an older row) is shown as its entries, never as raw JSON or a crash.
    """

    widget = forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", "One per line.")
        super().__init__(strip=False, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, str):
            return value  # the editor's own text, redisplayed after an error
        return "\n".join(string_list(value))

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]

    def has_changed(self, initial, data):
        return string_list(initial) != self.to_python(data)


class StoryEditForm(forms.ModelForm):
    """An editor's edit of a story; refused when someone saved the story after it was opened."""

    seen_lock_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    authors = LinesField(label="Authors")
    keywords = LinesField(label="Keywords")

    class Meta:
        model = Story
        fields = "__all__"
        field_classes = {"summary": TextareaField, "body_html": BodyField}
        labels = {"body_html": "Body"}
        widgets = {
            "headline": forms.TextInput(attrs={"class": "vLargeTextField headline-input"}),
            "subheadline": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body_html": body_editor_widget(),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["seen_lock_version"].initial = self.instance.lock_version

    #: Whether someone saved the story after this form was opened, and which form fields they changed (set by clean()).
    opened_stale: bool = False
    unseen_changes: list[str] = []

    def clean_body_html(self):
        """Markup nested past what the parser reads would lose the text after it when the body is rebuilt."""
        from ingest.parse import ParseError
        from ingest.parse.depth import refuse_too_deep

        body = self.cleaned_data.get("body_html") or ""
        try:
            refuse_too_deep(body, "body")
        except ParseError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return body

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("seen_lock_version")
        self._own_edits = [name for name in self.changed_data if name != "seen_lock_version"]
        self.opened_stale = self.instance.pk is not None and seen is not None and seen != self.instance.lock_version
        if not self.opened_stale:
            self.unseen_changes = []
        else:
            self._own_edits, self.unseen_changes = self._split_changes(seen)
        if self._own_edits:
            # The admin runs the whole change view in one transaction: the row lock taken here
            # holds until the save, so no other save can land in between.
            services.story_check_fresh(story=self.instance, seen_lock_version=seen)
        return cleaned

    def _split_changes(self, seen: int) -> tuple[list[str], list[str]]:
        """The story moved on since the form was opened: which differences are this editor's, which are theirs.

        The story as the editor saw it is in its history (each save records the lock version); a
        field posted differently from that snapshot is the editor's edit, a field the row now holds
        differently is someone else's. Without the snapshot every difference counts as an edit.
        """
        snapshot = self.instance.history.filter(lock_version=seen).order_by("-history_date", "-history_id").first()
        changed = [name for name in self.changed_data if name != "seen_lock_version"]
        if snapshot is None:
            return changed, changed
        names = [name for name in self.fields if name != "seen_lock_version" and hasattr(snapshot, name)]
        own = [name for name in names if name in self.cleaned_data and self._differs(name, self.cleaned_data[name], getattr(snapshot, name))]
        theirs = [name for name in names if self.initial.get(name) != getattr(snapshot, name)]
        return own, theirs

    def _differs(self, name: str, posted, stored) -> bool:
        if name == "body_html":
            return services.canonical_body_html(posted or "") != services.canonical_body_html(stored or "")
        return posted != stored

    @property
    def edited_fields(self) -> list[str]:
        """Model fields this editor actually changed (not the bookkeeping field, not someone else's changes)."""
        return list(getattr(self, "_own_edits", []))


class ReasonForm(forms.Form):
    """The reason a kill, a rejection or a kill's undoing asks for; kept in the story's history.

    One form for all three (their pages share one template too: ingest/admin/confirm.py says what each asks).
    """

    reason = forms.CharField(
        max_length=services.REASON_MAX_LENGTH, label="Reason",
        widget=forms.TextInput(attrs={"size": 60, "autofocus": True}),
    )

    def __init__(self, *args, help_text: str = "", max_length: int = services.REASON_MAX_LENGTH, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].help_text = help_text
        self.fields["reason"].widget.attrs["maxlength"] = str(max_length)
        self.max_length = max_length

    def clean_reason(self):
        reason = self.cleaned_data["reason"]
        if len(reason) > self.max_length:
            raise forms.ValidationError(f"At most {self.max_length} characters, please (it has {len(reason)}).")
        return reason

def category_label(name: str) -> str:
    """ "newsletter-nag" as editors read it: "newsletter nag"."""
    return name.replace("-", " ")


class WireSourceForm(forms.ModelForm):
    """A source's settings; the shipped library's categories as checkboxes, ticked for the ones switched off."""

    disabled_categories = forms.MultipleChoiceField(
        choices=[(name, category_label(name)) for name in LIBRARY_CATEGORIES],
        widget=forms.CheckboxSelectMultiple(attrs={"class": "library-switch"}),
        required=False,
        label="Library categories off",
        help_text="Tick a category to keep its lines in this source's copy (say, its photo credits): the cleaner skips it "
                  "for this source from the next delivery on. Every other source still loses those lines.",
    )

    class Meta:
        model = WireSource
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = self.instance.disabled_categories if isinstance(self.instance.disabled_categories, list) else []
        # A name the library no longer has is dropped on the next save rather than shown as an unknown choice.
        self.initial["disabled_categories"] = [name for name in stored if name in LIBRARY_CATEGORIES]

    def clean_disabled_categories(self):
        chosen = set(self.cleaned_data.get("disabled_categories") or [])
        return [name for name in LIBRARY_CATEGORIES if name in chosen]  # the library's order, each once
