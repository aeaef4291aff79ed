"""Editor-facing cleaning actions: restore a removed piece, preview a rule, learn and confirm a source's boilerplate."""
from __future__ import annotations

import logging
import re
import time
from dataclasses import asdict, dataclass
from html import escape

from django.db import transaction
from django.db.models import Q

from ingest.clean import compile_rule, normalize_line
from ingest.clean.engine import clean
from ingest.clean.learning import StoryLines, recurring_lines, strong_evidence
from ingest.conf import ingest_setting
from ingest.clean.patterns import check_pattern
from ingest.items import HEADING, LIST, PARAGRAPH, Block, ParsedItem
from ingest.models import BoilerplateRule, Delivery, Story, WireSource
from ingest.normalize import render_html, render_text
from ingest.parse import parse

from .workflow import stamp_editor

logger = logging.getLogger("ingest.cleaning")


def _blocks_of(story: Story) -> list[Block]:
    return [Block.from_dict(data) for data in story.blocks]


# --- restore ------------------------------------------------------------------------------


@transaction.atomic
def story_restore_removal(*, story: Story, index: int, user=None) -> Story:
    """Put removed piece number `index` back where the wire had it, and re-render the body.

    Blocks keep their position in the wire's original order (`origin`), and a
    list item its original position among the list's items, so pieces can be
    restored in any order and still land where they were sent. When an
    editor has rewritten the body by hand, the hand-edited HTML is kept and
    the piece is inserted into it after its preceding block, not re-rendered
    over the editor's work.
    """
    story = Story.objects.select_for_update().get(pk=story.pk)
    removed = list(story.removed)
    if not 0 <= index < len(removed):
        raise IndexError(f"story {story.pk} has no removed piece #{index}")
    piece = removed.pop(index)
    if piece["block"] == -1 and not story.subheadline:
        # Taken from the subheadline slot (a nag the parser read as the article's own headline): it goes back there.
        return _save_restored(story, removed, piece, user, subheadline=piece["text"])
    blocks = _blocks_of(story)
    hand_edited = story.body_html.strip() != render_html(blocks).strip()
    previous_block_html = _put_back(blocks, piece, removed)

    story.blocks = [asdict(block) for block in blocks]
    story.body_text = render_text(blocks)
    if hand_edited:
        story.body_html = _insert_into_edited_html(story.body_html, piece, previous_block_html)
    else:
        story.body_html = render_html(blocks)
    return _save_restored(story, removed, piece, user)


def _save_restored(story: Story, removed: list[dict], piece: dict, user, **fields) -> Story:
    for name, value in fields.items():
        setattr(story, name, value)
    story.removed = removed
    story.edited_by_editor = True
    stamp_editor(story, user)
    story._change_reason = f"restored removed text ({piece.get('rule', '')})"
    story.save()
    return story


def _put_back(blocks: list[Block], piece: dict, still_removed: list[dict]) -> str:
    """Insert the piece into `blocks` in place; return the rendered HTML of the block before it ("" if first)."""
    origin, item = piece["block"], piece.get("item")
    target = next((b for b in blocks if b.origin == origin and b.kind == LIST), None)
    if item is not None and target is not None:
        if item == -1:
            target.text = piece["text"]
        else:
            target.items.insert(_item_slot(target, origin, item, still_removed), piece["text"])
        position = blocks.index(target)
    else:
        restored = (
            Block(kind=LIST, items=[piece["text"]] if item != -1 else [], text=piece["text"] if item == -1 else "", origin=origin)
            if item is not None
            else Block(
                # A heading an editor removed comes back a heading, with its links and emphasis (`html`).
                kind=HEADING if piece.get("kind") == HEADING else PARAGRAPH, level=piece.get("level", 2),
                text=piece["text"], html=piece.get("html", ""), origin=origin,
            )
        )
        position = next((i for i, b in enumerate(blocks) if b.origin > origin), len(blocks))
        blocks.insert(position, restored)
    return render_html(blocks[position - 1:position]) if position > 0 else ""


def _item_slot(target: Block, origin: int, item: int, still_removed: list[dict]) -> int:
    """Where original item `item` goes among the list's current items, given which others are still removed."""
    gone = {p["item"] for p in still_removed if p["block"] == origin and p.get("item") is not None and p["item"] >= 0}
    total = len(target.items) + len(gone) + 1
    present = [position for position in range(total) if position not in gone and position != item]
    return sum(1 for position in present if position < item)


def _insert_into_edited_html(body_html: str, piece: dict, previous_block_html: str) -> str:
    tag = "li" if piece.get("item") not in (None, -1) else "p"
    fragment = f"<{tag}>{escape(piece['text'], quote=False)}</{tag}>"
    if tag == "li":
        fragment = f"<ul>{fragment}</ul>"
    anchor = previous_block_html.strip()
    if anchor and anchor in body_html:
        at = body_html.index(anchor) + len(anchor)
        return body_html[:at] + "\n" + fragment + body_html[at:]
    if not anchor:
        return fragment + "\n" + body_html
    return body_html + "\n" + fragment


# --- preview ------------------------------------------------------------------------------


@dataclass
class PreviewHit:
    delivery_id: int
    line: str


def _parsed_items(delivery: Delivery, pinned_format: str) -> list[ParsedItem]:
    try:
        return parse(bytes(delivery.body), delivery.content_type, pinned_format)[1]
    except Exception:  # a delivery that cannot be parsed has no lines to offer
        return []


def _lines_of(blocks: list[Block]) -> list[str]:
    return [line for block in blocks for line in ([block.text] if block.text else []) + list(block.items)]


class PreviewTooSlow(ValueError):
    """The preview ran past its hard time limit: it stopped, and says so instead of holding a web thread."""


def rule_preview(
    *, source: WireSource | None, pattern: str, is_regex: bool, deliveries: int = 50, seconds: float | None = None
) -> list[PreviewHit]:
    """Lines a rule would remove from the recent deliveries of a source (or of all sources), before it is saved.

    Runs in the editor's web request, so it has a hard limit (`RULE_PREVIEW_SECONDS`): the whole preview,
    parsing included, and the rule's matches share it. Raises ValueError with the reason when the pattern
    is unsafe or invalid, PreviewTooSlow when the limit is reached.
    """
    from ingest.conf import ingest_setting

    problems = check_pattern(pattern, is_regex=is_regex)
    if problems:
        raise ValueError(" ".join(problems))
    seconds = ingest_setting("RULE_PREVIEW_SECONDS") if seconds is None else seconds
    deadline = time.monotonic() + seconds
    rule = compile_rule("preview", pattern, is_regex=is_regex, story_budget=seconds)
    recent = Delivery.objects.select_related("source")
    if source is not None:
        recent = recent.filter(source=source)
    hits: list[PreviewHit] = []
    for delivery in recent.order_by("-received_at", "-id")[:deliveries]:
        for item in _parsed_items(delivery, delivery.source.format):
            for line in _lines_of(item.blocks):
                _preview_in_time(rule, deadline, seconds, hits)
                if rule.matches_line(line):
                    hits.append(PreviewHit(delivery.pk, line))
    _preview_in_time(rule, deadline, seconds, hits)
    return hits


def _preview_in_time(rule, deadline: float, seconds: float, hits: list) -> None:
    if time.monotonic() > deadline or rule.budget is not None and rule.budget.exhausted:
        raise PreviewTooSlow(
            f"The preview stopped after {seconds:g} s ({len(hits)} line(s) found so far): this pattern is "
            "too slow on recent deliveries and would be cut off on real stories too. Simplify it."
        )


# --- learned boilerplate -------------------------------------------------------------------


def _known_phrases(source: WireSource) -> set[str]:
    """Normalized lines already covered by a rule of this source or a global one, in any state (a dismissed one too)."""
    rules = BoilerplateRule.objects.filter(Q(source=source) | Q(source__isnull=True))
    return {normalize_line(rule.pattern) for rule in rules if not rule.is_regex}


def source_learn_boilerplate(
    *, source: WireSource, deliveries: int = 200, min_stories: int = 3, min_share: float = 0.3
) -> list[BoilerplateRule]:
    """Suggest (inactive) rules for lines recurring verbatim across the source's recent stories.

    Lines are taken after the current rules ran, so what is already removed is
    not suggested again; nothing is suggested twice, and a suggestion an
    editor dismissed stays dismissed.

    Re-parsing and cleaning up to `deliveries` bodies takes seconds, so it runs
    outside any transaction (it only reads); only the few inserts at the end
    take the write lock, briefly, so a webhook arriving meanwhile is stored at once.
    """
    from ingest.selectors import pipeline_options

    options = pipeline_options(source)
    rules = options.rules
    stories: dict[str, StoryLines] = {}
    recent = Delivery.objects.filter(source=source).exclude(status=Delivery.Status.FAILED).order_by("-received_at", "-id")
    for delivery in list(recent[:deliveries]):
        for item in _parsed_items(delivery, source.format):
            key = normalize_line(item.headline) or item.guid or f"delivery:{delivery.pk}"  # versions share a headline
            cleaned = clean(item, rules, disabled_categories=options.disabled_categories)
            stories.setdefault(key, StoryLines(key=key)).lines.extend(_lines_of(cleaned.item.blocks))
    found = [
        suggestion
        for suggestion in recurring_lines(list(stories.values()), min_stories=min_stories, min_share=min_share)
        if not any(rule.matches_line(suggestion.line) for rule in rules)
    ]
    if not found:
        return []
    created = []
    activate = {
        "min_stories": ingest_setting("LEARN_ACTIVATE_MIN_STORIES"), "min_share": ingest_setting("LEARN_ACTIVATE_MIN_SHARE"),
    }
    with transaction.atomic():  # the only write: known phrases re-read inside it, so two runs never both insert
        known = _known_phrases(source)
        for suggestion in found:
            if normalize_line(suggestion.line) in known:
                continue
            active = strong_evidence(suggestion, **activate)
            note = (f"Learned and active: in {suggestion.stories} of the last {suggestion.of} stories, no story signal; "
                    "dismiss it if it is copy") if active else f"Learned: in {suggestion.stories} of the last {suggestion.of} stories"
            created.append(
                BoilerplateRule.objects.create(
                    source=source, pattern=suggestion.line[:1000], is_regex=False, active=active, suggested=True,
                    hit_count=0, note=note[:300],
                )
            )
            known.add(normalize_line(suggestion.line))
    if created:
        logger.info("learned %d boilerplate suggestion(s)", len(created), extra={"source": source.slug})
    return created


def boilerplate_learn_all(**options) -> int:
    """Learn for every active source; the periodic task calls this."""
    return sum(len(source_learn_boilerplate(source=source, **options)) for source in WireSource.objects.filter(active=True))


def boilerplate_learn_enqueue() -> bool:
    """Hand learning to a worker (the admin's button); False when the broker cannot be reached."""
    from ingest.tasks import learn_boilerplate

    try:
        learn_boilerplate.apply_async(retry=False)
    except Exception as exc:  # broker unreachable: kombu raises several unrelated types
        logger.warning("could not enqueue learning: %s", exc)
        return False
    return True


def rule_confirm_suggestion(*, rule: BoilerplateRule) -> BoilerplateRule:
    """An editor agrees a learned line is boilerplate: the rule goes live."""
    return _settle_suggestion(rule, active=True, verdict="Confirmed")


def rule_dismiss_suggestion(*, rule: BoilerplateRule) -> BoilerplateRule:
    """An editor says the learned line is story text: kept inactive so it is never suggested again."""
    return _settle_suggestion(rule, active=False, verdict="Dismissed")


def _settle_suggestion(rule: BoilerplateRule, *, active: bool, verdict: str) -> BoilerplateRule:
    rule.suggested = False
    rule.active = active
    rule.note = re.sub(r"^Learned:", f"{verdict} (learned):", rule.note)[:300]
    rule.save(update_fields=["suggested", "active", "note"])
    return rule
