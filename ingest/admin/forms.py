"""Admin forms. The story form carries the version it was opened at, for optimistic locking."""
from __future__ import annotations

from django import forms

from ingest import services
from ingest.models import Story
from ingest.validators import string_list


class TextareaField(forms.CharField):
    """Browsers post textareas with CRLF line ends; without this every save would "change" the body."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")


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
        field_classes = {"summary": TextareaField, "body_html": TextareaField}
        widgets = {
            "headline": forms.TextInput(attrs={"class": "vLargeTextField headline-input"}),
            "subheadline": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body_html": forms.Textarea(attrs={"rows": 16, "class": "vLargeTextField"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["seen_lock_version"].initial = self.instance.lock_version

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
        if self.instance.pk is not None and seen is not None:
            # The admin runs the whole change view in one transaction: the row lock taken here
            # holds until the save, so no other save can land in between.
            services.story_check_fresh(story=self.instance, seen_lock_version=seen)
        return cleaned

    @property
    def edited_fields(self) -> list[str]:
        """Model fields the editor actually changed (not the bookkeeping field)."""
        return [name for name in self.changed_data if name != "seen_lock_version"]
