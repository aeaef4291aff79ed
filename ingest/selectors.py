"""Reads: the queries views, tasks and the admin share."""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.db import connection
from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from ingest.clean import LIBRARY_CATEGORIES, SHIPPED, compile_rule
from ingest.conf import ingest_setting
from ingest.models import BoilerplateRule, Delivery, DeskView, Story, WireSource
from ingest.normalize import HouseStyle
from ingest.pipeline import PipelineOptions


def active_source(slug: str) -> WireSource | None:
    return WireSource.objects.filter(slug=slug, active=True).first()


# The webhook reads its source on every request; each process remembers it a few seconds
# (INGEST["SOURCE_CACHE_SECONDS"]): one query less per delivery, which under load is a fifth of
# what intake costs. Saving or deleting a source forgets them all in that process (ingest/apps.py);
# a secret rotated elsewhere is picked up at once, since a signature that fails against the
# remembered source is checked again against a fresh read (the webhook view), so only a
# deactivation reaches the other processes up to that many seconds late. Unknown slugs are not remembered.
_webhook_sources: dict[str, tuple[float, WireSource]] = {}


def webhook_source(slug: str, *, fresh: bool = False) -> WireSource | None:
    """`active_source`, remembered by this process for SOURCE_CACHE_SECONDS (0: read every time)."""
    max_age = ingest_setting("SOURCE_CACHE_SECONDS")
    now = time.monotonic()
    if max_age > 0 and not fresh:
        remembered = _webhook_sources.get(slug)
        if remembered and now - remembered[0] < max_age:
            return remembered[1]
    source = active_source(slug)
    if source is None:
        _webhook_sources.pop(slug, None)
    elif max_age > 0:
        _webhook_sources[slug] = (now, source)
    return source


def forget_webhook_sources(**kwargs) -> None:
    """Signal receiver: a source was saved or deleted in this process."""
    _webhook_sources.clear()


def live_secrets(source: WireSource) -> list[str]:
    """The current secret, plus the previous one while its rotation grace period lasts."""
    secrets = [source.signing_secret]
    if source.previous_signing_secret and (
        source.previous_secret_expires_at is None or source.previous_secret_expires_at > timezone.now()
    ):
        secrets.append(source.previous_signing_secret)
    return secrets


def rules_for_source(source: WireSource | None) -> QuerySet[BoilerplateRule]:
    scope = Q(source__isnull=True) | Q(source=source) if source else Q(source__isnull=True)
    return BoilerplateRule.objects.filter(scope, active=True).order_by("id")


def pipeline_options(source: WireSource, rules: list[tuple[int, str, bool, bool]] | None = None) -> PipelineOptions:
    """`rules`: the source's editor rules as `rows.editor_rules` returns them, when the caller read them already (the
    worker's claim does, on PostgreSQL); else they are read here."""
    from ingest.services.rows import editor_rules  # rules_for_source's rows, by a SELECT built once (every delivery reads them)

    budget = ingest_setting("RULE_STORY_BUDGET_SECONDS")
    editor_rules = tuple(
        # A learned rule active on its own, not yet confirmed, records its removals as "learned:<id>".
        compile_rule(f"{'learned' if suggested else 'rule'}:{pk}", pattern, is_regex=is_regex, rule_id=pk, story_budget=budget)
        for pk, pattern, is_regex, suggested in (editor_rules(source.pk if source else None) if rules is None else rules)
    )
    return PipelineOptions(
        pinned_format=source.format,
        rules=SHIPPED + editor_rules,
        style=HouseStyle(headline_case=source.headline_case),
        max_items=ingest_setting("MAX_ITEMS_PER_DELIVERY"),
        disabled_categories=source_disabled_categories(source),
    )


def source_disabled_categories(source: WireSource) -> frozenset[str]:
    """The shipped library categories a source has switched off, as the cleaner takes them (unknown names dropped:
    a category the library no longer has switches nothing off)."""
    stored = source.disabled_categories if isinstance(source.disabled_categories, list) else []
    return frozenset(name for name in stored if name in LIBRARY_CATEGORIES)


def library_categories_switched_off() -> dict[str, list[WireSource]]:
    """For the rules page: each shipped category some source has switched off, and those sources (by slug)."""
    off: dict[str, list[WireSource]] = {}
    for source in WireSource.objects.exclude(disabled_categories=[]).order_by("slug"):
        for name in sorted(source_disabled_categories(source)):
            off.setdefault(name, []).append(source)
    return off


# --- The feed's reads -----------------------------------------------------------------------
# Statuses staff may list through the API; killed stories are never served to anyone.
STAFF_LISTABLE = (Story.Status.DRAFT, Story.Status.APPROVED, Story.Status.PUBLISHED, Story.Status.REJECTED)


def published_stories(*, now=None) -> QuerySet[Story]:
    """What anyone may read: published and out of embargo. Killed stories are not published, so never here."""
    now = now or timezone.now()
    return (
        Story.objects.filter(status=Story.Status.PUBLISHED, published_at__isnull=False)
        .filter(Q(embargoed_until__isnull=True) | Q(embargoed_until__lte=now))
        .select_related("source")
    )


def stories_with_status(status: str) -> QuerySet[Story]:
    """Staff reads: every story of one workflow status, embargoed or not (never killed ones)."""
    if status not in STAFF_LISTABLE:
        return Story.objects.none()
    return Story.objects.filter(status=status).select_related("source")


def story_by_id(pk: int) -> Story | None:
    return Story.objects.select_related("source").filter(pk=pk).first()


def story_is_public(story: Story, *, now=None) -> bool:
    """The same rule as `published_stories`, for one story already in hand."""
    now = now or timezone.now()
    return (
        story.status == Story.Status.PUBLISHED
        and story.published_at is not None
        and (story.embargoed_until is None or story.embargoed_until <= now)
    )


RARE_MATCHES = 1000


def stories_matching(queryset: QuerySet[Story], text: str) -> QuerySet[Story]:
    """Full-text search over headline and body.

    PostgreSQL: a `simple`-config tsvector with web-search syntax ("a phrase", -word, or), matching
    whole words in any language. Elsewhere (SQLite): every word must appear in the headline or body.
    """
    text = text.strip()
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery

        query = SearchQuery(text, search_type="websearch", config="simple")
        # PostgreSQL misjudges how rare a word is, then walks the whole feed index looking for a page of
        # matches (seconds at 1M stories for a word no story has). A cheap probe settles it, unordered so
        # that nothing but the match decides the plan: few matches in the whole archive (found through the
        # GIN index) -> hand over their ids; many -> the newest-first walk fills a page within a few rows.
        # Either way the answer is the same. Both test the stored tsvector (migration 0014): a row met is
        # never parsed again, which is what the probe of a common word spent its time on.
        probe = Story.objects.order_by().alias(_search=story_search_vector()).filter(_search=query)
        few = list(probe.values_list("pk", flat=True)[: RARE_MATCHES + 1])
        if len(few) <= RARE_MATCHES:
            return queryset.filter(pk__in=few)
        return queryset.alias(_search=story_search_vector()).filter(_search=query)
    for word in text.replace('"', " ").split():
        queryset = queryset.filter(Q(headline__icontains=word) | Q(body_text__icontains=word))
    return queryset


def queue_search(queryset: QuerySet[Story], term: str) -> QuerySet[Story]:
    """The desk queue's search on PostgreSQL: headline or byline containing the term (any case), or a
    full-text match on headline and body.

    Each half is probed on its own index first (the trigram indexes of migration 0011 for the
    substrings, the feed's GIN index for the words), unordered and capped: when both find few stories
    in the whole archive, the queue is just those ids; otherwise the matches are many, and the
    newest-first walk of the queue fills a page within a few rows. The answer is the same either way;
    what it costs no longer grows with the archive.
    """
    by_line = Q(headline__icontains=term) | Q(byline__icontains=term)
    line_ids = list(Story.objects.filter(by_line).order_by().values_list("pk", flat=True)[: RARE_MATCHES + 1])
    if len(line_ids) <= RARE_MATCHES:
        by_words = stories_matching(Story.objects.order_by(), term)
        word_ids = list(by_words.values_list("pk", flat=True)[: RARE_MATCHES + 1])
        if len(word_ids) <= RARE_MATCHES:
            return queryset.filter(pk__in=set(line_ids) | set(word_ids))
    return queryset.filter(by_line | Q(pk__in=stories_matching(Story.objects.order_by(), term).values("pk")))


def story_search_vector():
    """The stored tsvector of headline and body that the PostgreSQL GIN index `story_search_stored` is built on.

    A generated column of migration 0014, not a model field (PostgreSQL computes it on every write; SQLite,
    which searches with LIKE, has none), so it is named here as SQL. Unqualified: inside a subquery Django
    renames the table (U0), and only the story table has such a column.
    """
    from django.contrib.postgres.search import SearchVectorField
    from django.db.models.expressions import RawSQL

    return RawSQL(SEARCH_COLUMN, [], output_field=SearchVectorField())


SEARCH_COLUMN = "search_vector"


def feed_last_modified(*, now=None) -> datetime | None:
    """When anything a feed could show last changed: the newest story write or the latest embargo to lift.

    Conservative on purpose (any story's change counts), so a list is never answered 304 after a kill
    or an embargo lifting; both MAX()es walk an index, so the cost does not grow with the archive.
    """
    now = now or timezone.now()
    written = Story.objects.aggregate(latest=Max("updated_at"))["latest"]
    lifted = Story.objects.filter(embargoed_until__lte=now).aggregate(latest=Max("embargoed_until"))["latest"]
    return max((t for t in (written, lifted) if t is not None), default=None)


def source_ids(slugs: list[str]) -> list[int]:
    """Ids for slugs, so a feed filter reads `source_id = ...` and walks the (source, status, published_at) index."""
    return list(WireSource.objects.filter(slug__in=slugs).values_list("id", flat=True))


def source_by_slug(slug: str) -> WireSource | None:
    return WireSource.objects.filter(slug=slug).first()


def recent_deliveries() -> QuerySet[Delivery]:
    return Delivery.objects.select_related("source")


def delivery_by_id(pk: int) -> Delivery | None:
    return Delivery.objects.select_related("source").filter(pk=pk).first()


# --- The desk's reads (admin) ---------------------------------------------------------------


def stories_arrived_since(queryset: QuerySet[Story], since: datetime) -> int:
    """How many stories of a queue (already filtered and searched as the editor sees it) arrived after `since`.

    The "N new stories" bar asks this every few seconds per open queue: one COUNT over the created_at
    index (or the filter's own (field, created_at) index), never the rows.
    """
    return queryset.filter(created_at__gt=since).order_by().count()


# Queue parameters that say how the list is shown, not which stories it holds: never part of a saved view.
_PRESENTATION_PARAMS = ("p", "e", "all", "_changelist_filters", "_to_field", "_popup")


def desk_view_query(params) -> str:
    """The queue's filters, search and order from its URL parameters, in a stable order (p, e... dropped)."""
    pairs = sorted((key, value) for key in params for value in params.getlist(key) if key not in _PRESENTATION_PARAMS)
    return urlencode(pairs)


def desk_views_for(user) -> QuerySet[DeskView]:
    """An editor's own saved queue views, by name."""
    if not getattr(user, "pk", None):
        return DeskView.objects.none()
    return DeskView.objects.filter(user=user).order_by("name")


@dataclass(frozen=True)
class KillRecord:
    """Who killed a story, when and why, and what it was before: read from the story's history."""

    by: str  # username; "" when the wire killed it (a kill notice) or history has no user
    by_editor: bool
    at: datetime
    reason: str
    status_before: str | None  # None: the story arrived killed
    undo_until: datetime

    def undo_open(self, now: datetime | None = None) -> bool:
        return self.by_editor and self.status_before is not None and (now or timezone.now()) < self.undo_until


def story_kill_record(story: Story, *, scan: int = 50) -> KillRecord | None:
    """The kill that left `story` killed: the first of the trailing run of killed history records.

    Saves made while it stays killed (a wire version put aside beside it) extend the run without
    being the kill; the record before the run tells the status to go back to. None when not killed.
    """
    if story.status != Story.Status.KILLED:
        return None
    records = list(story.history.select_related("history_user").order_by("-history_date", "-history_id")[:scan])
    kill, before = None, None
    for record in records:
        if record.status == Story.Status.KILLED:
            kill = record
            continue
        before = record
        break
    if kill is None:
        return None
    user = kill.history_user
    return KillRecord(
        by=user.get_username() if user else "",
        by_editor=user is not None,
        at=kill.history_date,
        reason=kill.history_change_reason or "",
        status_before=before.status if before is not None else None,
        undo_until=kill.history_date + timedelta(seconds=ingest_setting("KILL_UNDO_SECONDS")),
    )


def user_may_unkill(user) -> bool:
    """Administrators (superusers) and holders of `ingest.unkill_story` may undo an editor's kill."""
    return bool(user and user.is_active and user.is_staff and (user.is_superuser or user.has_perm("ingest.unkill_story")))



def deliveries_failed(*, since: datetime | None = None) -> QuerySet[Delivery]:
    """Deliveries that ended failed and were not reprocessed: stories that never reached the desk.

    `since`: only those received from then on (the desk's "Failed today"), on the (status, received_at) index.
    """
    failed = Delivery.objects.filter(status=Delivery.Status.FAILED)
    return failed if since is None else failed.filter(received_at__gte=since)


def start_of_today(now: datetime | None = None) -> datetime:
    """Midnight in the newsroom's time zone (TIME_ZONE): where the desk's "today" begins."""
    return timezone.localtime(now or timezone.now()).replace(hour=0, minute=0, second=0, microsecond=0)


def deliveries_stuck(*, now: datetime | None = None) -> QuerySet[Delivery]:
    """Deliveries still unprocessed after the sweep's stale threshold: a worker or the broker is in trouble."""
    cutoff = (now or timezone.now()) - timedelta(seconds=ingest_setting("STALE_AFTER_SECONDS"))
    unfinished = (Delivery.Status.RECEIVED, Delivery.Status.QUEUED, Delivery.Status.PROCESSING)
    return Delivery.objects.filter(status__in=unfinished, received_at__lt=cutoff)


def delivery_problem_counts() -> dict[str, int]:
    """What the index and the queue warn about; two counts over the (status, received_at) index."""
    return {"failed": deliveries_failed().count(), "stuck": deliveries_stuck().count()}


def shipped_library_categories() -> list[tuple[str, int]]:
    """The shipped boilerplate library by category (rule name) with how many patterns each has, in order."""
    counts: dict[str, int] = {}
    for rule in SHIPPED:
        counts[rule.name] = counts.get(rule.name, 0) + 1
    return list(counts.items())
