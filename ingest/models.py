"""Wire sources, raw deliveries as received, and the stories editors work on."""
from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from ingest.normalize.headline import CASE_CHOICES, PRESERVE
from ingest.parse import FORMAT_CHOICES
from ingest.validators import validate_string_list


class WireSource(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    active = models.BooleanField(default=True)
    signing_secret = models.CharField(max_length=200, help_text="Standard Webhooks secret (whsec_…).")
    previous_signing_secret = models.CharField(max_length=200, blank=True, default="")
    previous_secret_expires_at = models.DateTimeField(null=True, blank=True)
    format = models.CharField(max_length=16, choices=[(f, f) for f in FORMAT_CHOICES], default="auto")
    headline_case = models.CharField(max_length=16, choices=CASE_CHOICES, default=PRESERVE)
    auto_update_published = models.BooleanField(
        default=False,
        help_text="Let a newer wire version of a published story go live at once. Off (the default): it waits "
                  "beside the story, like an update to an edited story, until an editor accepts it.",
    )
    disabled_categories = models.JSONField(
        default=list, blank=True,
        help_text="Shipped boilerplate library categories switched off for this source: its lines of those kinds stay in "
                  "the copy (from its next delivery on).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name or self.slug


class Delivery(models.Model):
    """One webhook request exactly as received; stored before it is acknowledged."""

    class Status(models.TextChoices):
        RECEIVED = "received"
        QUEUED = "queued"
        PROCESSING = "processing"
        DONE = "done"
        DUPLICATE = "duplicate"
        FAILED = "failed"

    source = models.ForeignKey(WireSource, on_delete=models.PROTECT, related_name="deliveries")
    webhook_id = models.CharField(max_length=255)
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)
    content_type = models.CharField(max_length=255, blank=True, default="")
    headers = models.JSONField(default=dict, blank=True)
    body = models.BinaryField()
    size = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64, db_index=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RECEIVED)
    format = models.CharField(max_length=16, blank=True, default="")
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True, default="")
    queued_at = models.DateTimeField(null=True, blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    story = models.ForeignKey("Story", null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries")
    # Looked urgent on arrival (a flash, a bulletin, a BREAKING label: ingest/urgency.py), so it
    # goes to the urgent queue that workers drain first, now and whenever it is re-enqueued.
    urgent = models.BooleanField(default=False)

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(fields=["source", "webhook_id"], name="delivery_unique_webhook_id"),
        ]
        indexes = [models.Index(fields=["status", "received_at"], name="delivery_status_received")]

    def __str__(self) -> str:
        return f"{self.source.slug}/{self.webhook_id}"

    @property
    def body_text(self) -> str:
        """The body as text for display, decoded the way the parsers decode it (BOM, charset, cp1252)."""
        from ingest.parse.encoding import decode

        return decode(bytes(self.body), self.content_type)


class Story(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft"
        APPROVED = "approved"
        PUBLISHED = "published"
        REJECTED = "rejected"
        KILLED = "killed"

    source = models.ForeignKey(WireSource, on_delete=models.PROTECT, related_name="stories")
    guid = models.CharField(max_length=500)
    version = models.PositiveIntegerField(default=1)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)
    format = models.CharField(max_length=16, blank=True, default="")

    headline = models.CharField(max_length=1000)
    original_headline = models.CharField(max_length=1000, blank=True, default="")
    headline_labels = models.JSONField(default=list, blank=True)
    subheadline = models.CharField(max_length=1000, blank=True, default="")
    byline = models.CharField(max_length=500, blank=True, default="")
    byline_raw = models.CharField(max_length=500, blank=True, default="")
    authors = models.JSONField(default=list, blank=True, validators=[validate_string_list])
    dateline = models.CharField(max_length=200, blank=True, default="")
    dateline_raw = models.CharField(max_length=300, blank=True, default="")
    credit = models.CharField(max_length=200, blank=True, default="")
    publisher = models.CharField(max_length=200, blank=True, default="")
    edition = models.CharField(max_length=200, blank=True, default="")
    summary = models.TextField(blank=True, default="")
    body_html = models.TextField(blank=True, default="")
    body_text = models.TextField(blank=True, default="")
    blocks = models.JSONField(default=list, blank=True)
    language = models.CharField(max_length=16, blank=True, default="")
    urgency = models.PositiveSmallIntegerField(null=True, blank=True, db_index=True)
    keywords = models.JSONField(default=list, blank=True, validators=[validate_string_list])
    subjects = models.JSONField(default=list, blank=True)
    pubstatus = models.CharField(max_length=16, blank=True, default="usable")
    embargoed_until = models.DateTimeField(null=True, blank=True)
    wire_created_at = models.DateTimeField(null=True, blank=True)
    wire_updated_at = models.DateTimeField(null=True, blank=True)
    removed = models.JSONField(default=list, blank=True, help_text="Boilerplate the cleaner took out, each with its rule.")
    flagged = models.JSONField(default=list, blank=True)
    pending_update = models.JSONField(
        null=True, blank=True, help_text="A newer wire version that arrived after an editor changed the story."
    )
    wire_notice = models.JSONField(
        null=True, blank=True,
        help_text="The wire's latest correction, hold or kill notice for this story: kind, version, note, when.",
    )
    # Derived from `removed` in save(): an indexed flag filters the same way on SQLite and PostgreSQL.
    has_removed_boilerplate = models.BooleanField(default=False, db_index=True, editable=False)
    # Derived in save() too, so the queue shows them without loading the body or the flags.
    word_count = models.PositiveIntegerField(default=0, editable=False)
    flag_count = models.PositiveIntegerField(default=0, editable=False)
    slug = models.CharField(
        max_length=200, blank=True, default="", editable=False, help_text="The wire's slugline (keyword), when it sends one."
    )

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)
    edited_by_editor = models.BooleanField(default=False)
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    lock_version = models.PositiveIntegerField(default=0, help_text="Bumped on every save; a stale form is refused.")

    history = HistoricalRecords(excluded_fields=["blocks", "body_text"])

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "stories"
        # Undoing a kill puts copy back in front of readers: administrators (superusers) and whoever is given
        # this permission, within INGEST["KILL_UNDO_SECONDS"] of the kill (ingest/services/kills.py).
        permissions = [("unkill_story", "Can restore a story killed by an editor, shortly after the kill")]
        constraints = [models.UniqueConstraint(fields=["source", "guid"], name="story_unique_guid")]
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="story_feed"),
            # The API: a source's feed pages, and cheap MAX()es for the lists' Last-Modified.
            models.Index(fields=["source", "status", "-published_at", "-id"], name="story_source_feed"),
            models.Index(fields=["updated_at"], name="story_updated"),
            models.Index(fields=["embargoed_until"], name="story_embargo"),
            models.Index(fields=["status", "-created_at", "-id"], name="story_review_queue"),
            # The desk queue's "one source" and urgency filters, newest first (headline and byline search:
            # PostgreSQL trigram indexes made by migration 0011, which SQLite cannot have).
            models.Index(fields=["source", "-created_at", "-id"], name="story_source_queue"),
            models.Index(fields=["urgency", "-created_at", "-id"], name="story_urgency_queue"),
            # Few stories wait with a newer wire version: a partial index finds them without a scan.
            models.Index(
                fields=["-created_at", "-id"], name="story_pending_update", condition=models.Q(pending_update__isnull=False)
            ),
        ]

    def __str__(self) -> str:
        return self.headline

    # Columns kept in step with the field they are derived from, whoever saves.
    _DERIVED = {"removed": "has_removed_boilerplate", "body_text": "word_count", "flagged": "flag_count"}

    def save(self, *args, **kwargs):
        """Keep the queue's derived columns (boilerplate removed, word count, flag count) in step."""
        update_fields = kwargs.get("update_fields")
        derived = self.derive_columns(update_fields)
        if update_fields is not None and derived:
            kwargs["update_fields"] = {*update_fields, *derived}
        super().save(*args, **kwargs)

    def derive_columns(self, update_fields=None) -> list[str]:
        """Set the derived columns from the fields they follow (those of `update_fields`, else all loaded ones);
        returns the derived columns set. save() calls it; so does the worker's INSERT of a new story, which
        bypasses save() (ingest/services/rows.py)."""
        deferred = self.get_deferred_fields()
        derived = {
            source: target for source, target in self._DERIVED.items()
            if source not in deferred and (update_fields is None or source in update_fields)
        }
        if "removed" in derived:
            self.has_removed_boilerplate = bool(self.removed)
        if "body_text" in derived:
            self.word_count = len((self.body_text or "").split())
        if "flagged" in derived:
            self.flag_count = len(self.flagged or [])
        return list(derived.values())


class BoilerplateRule(models.Model):
    """An editor's rule: a phrase or regular expression matching whole lines, global or for one source."""

    source = models.ForeignKey(
        WireSource, null=True, blank=True, on_delete=models.CASCADE, related_name="rules",
        help_text="Empty for a rule that applies to every source.",
    )
    pattern = models.CharField(max_length=1000)
    is_regex = models.BooleanField(default=False, help_text="Otherwise the pattern is a literal phrase.")
    active = models.BooleanField(default=True)
    hit_count = models.PositiveIntegerField(default=0)
    note = models.CharField(max_length=300, blank=True, default="")
    suggested = models.BooleanField(
        default=False, db_index=True,
        help_text="Learned from lines recurring across the source's recent stories; inactive until an editor confirms it.",
    )
    overrun_count = models.PositiveIntegerField(
        default=0, help_text="Stories on which this regex used up its time budget (see ingest/clean/budget.py).",
    )
    disabled_reason = models.CharField(
        max_length=300, blank=True, default="",
        help_text="Why the system turned this rule off (it kept running out of time); cleared when an editor saves it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["source__slug", "pattern"]

    def __str__(self) -> str:
        return self.pattern


class DeskView(models.Model):
    """An editor's own saved queue: a name and the queue's filters, search and order as a query string.

    Personal (one editor's list), so no model permission guards it: whoever may open the queue may keep
    views of it. The query is stored as the queue's own URL parameters, so a view opens exactly the
    queue the editor saved, through the admin's own filters.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="desk_views")
    name = models.CharField(max_length=60)
    query = models.CharField(max_length=2000, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["user", "name"]
        constraints = [models.UniqueConstraint(fields=["user", "name"], name="deskview_unique_name_per_user")]

    def __str__(self) -> str:
        return self.name
