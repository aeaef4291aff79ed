"""The whole pipeline as one pure function: bytes -> parse -> clean -> normalize -> StoryDraft(s).

The Celery task, `ingest_file` and the admin's previews all call this, so
they cannot drift apart. No Django, no database: rules and house style come in
as plain values.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from ingest.clean import SHIPPED, Rule, clean
from ingest.items import StoryDraft
from ingest.normalize import HouseStyle, normalize
from ingest.parse import ParseError, parse
from ingest.urgency import label_urgency


@dataclass(frozen=True)
class PipelineOptions:
    pinned_format: str = "auto"
    rules: tuple[Rule, ...] = field(default=SHIPPED)
    style: HouseStyle = field(default_factory=HouseStyle)
    # Items one body may hold (None: no cap). Checked right after parsing, before any cleaning.
    max_items: int | None = None
    # Shipped library categories the source has switched off ("photo-credit"): plain names, see clean().
    disabled_categories: frozenset[str] = frozenset()


class TooManyItems(ParseError):
    """A body holding more stories than a delivery may carry: refused whole, nothing stored."""


def run(
    raw: bytes, content_type: str = "", options: PipelineOptions = PipelineOptions(), timings: dict | None = None
) -> list[StoryDraft]:
    """`timings`, when given, receives the seconds spent in each step (parse, clean, normalize) for the metrics."""
    timings = {} if timings is None else timings
    started = time.perf_counter()
    fmt, items = parse(raw, content_type, options.pinned_format)
    timings["parse"] = time.perf_counter() - started
    timings.setdefault("clean", 0.0)
    timings.setdefault("normalize", 0.0)
    if options.max_items is not None and len(items) > options.max_items:
        raise TooManyItems(
            f"the {fmt} body holds {len(items)} stories; at most {options.max_items} are taken per delivery "
            "(INGEST_MAX_ITEMS_PER_DELIVERY): split it into smaller deliveries"
        )
    drafts = []
    for item in items:
        item.format = item.format or fmt
        started = time.perf_counter()
        cleaned = clean(item, options.rules, disabled_categories=options.disabled_categories)
        timings["clean"] += time.perf_counter() - started
        started = time.perf_counter()
        draft = normalize(cleaned, options.style)
        timings["normalize"] += time.perf_counter() - started
        draft.extra = dict(item.extra)
        # What a parser had to decide about the file ("no id-string: the id is a content hash") is shown
        # to editors on the story's page with the flagged lines.
        draft.flagged += [{"text": "", "reason": f"wire note: {note}", "block": None, "item": None}
                          for note in item.extra.get("notes", [])]
        if draft.urgency is None:  # "FLASH", "URGENT", "BREAKING" in the headline: as urgent as the wire meant
            draft.urgency = label_urgency(draft.headline_labels)
        drafts.append(draft)
    return drafts


# A short plain-text wire and a ninjs item, shaped like what arrives most: running them builds what the
# steps prepare on first use (the rule prefilter, the vocabulary's tables, the model, nameparser's data).
_WARM_UP_ITEMS = (
    (b"Council approves harbour budget\n\nBy Ann Example\n\nOSLO (Reuters) - The council approved the harbour "
     b"budget on Friday after a long debate, officials said.\n\n\"We are pleased,\" the mayor said.\n",
     "text/plain; charset=utf-8"),
    (b'{"uri": "urn:newsroom:warm-up", "version": "1", "headline": "Warm-up", "body_text": "One line."}',
     "application/json"),
)


def warm_up() -> None:
    """Run the pipeline once on built-in items, so a worker's first delivery costs what every other does.

    The steps build their tables lazily, which costs about 0.1 s on the first plain-text item a process
    meets (ten times a usual item): without this, the first story after a deploy (often the flash that
    needed speed most) pays it. What costs seconds to load is loaded apart, once per worker (`warm_up_data`).
    """
    for raw, content_type in _WARM_UP_ITEMS:
        run(raw, content_type)


def warm_up_data() -> None:
    """Load the data the steps read on first use that the warm-up items do not reach, and that costs seconds.

    - A page's date reader: htmldate hands a date only dateparser reads to dateparser with no language
      (`languages=None`), so dateparser builds and compiles the word lists and patterns of all its 205 locales:
      4 to 5 s of CPU and about 40 MB, once per process, on the first page that needs one (the corpus's TV-station
      page does). A string no locale reads loads exactly that (every locale is tried); the parser keeps no state
      between calls (no `try_previous_locales`), so what it reads afterwards is unchanged.
    - The given names a byline is checked against (gender-guesser's 40,000 names, `vocabulary.bylines.given_names`): about
      0.25 s of CPU.

    In a burst each pool process paid these in the middle of its work (BENCHMARKS.md section 4, sixth look); the
    worker loads them once in its main process before the pool forks (`ingest.tasks`), and the pool shares them.
    """
    from htmldate.extractors import get_external_parser  # the one parser htmldate keeps (lru_cache)

    from ingest.vocabulary.bylines import given_names

    get_external_parser().get_date_data("warm up")
    given_names()
