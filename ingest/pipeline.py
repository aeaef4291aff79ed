"""The whole pipeline as one pure function: bytes -> parse -> clean -> normalize -> StoryDraft(s).

The Celery task, `ingest_file` and the admin's previews all call this, so
they cannot drift apart. No Django, no database: rules and house style come in
as plain values.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ingest.clean import SHIPPED, Rule, clean
from ingest.items import StoryDraft
from ingest.normalize import HouseStyle, normalize
from ingest.parse import parse


@dataclass(frozen=True)
class PipelineOptions:
    pinned_format: str = "auto"
    rules: tuple[Rule, ...] = field(default=SHIPPED)
    style: HouseStyle = field(default_factory=HouseStyle)


def run(raw: bytes, content_type: str = "", options: PipelineOptions = PipelineOptions()) -> list[StoryDraft]:
    fmt, items = parse(raw, content_type, options.pinned_format)
    drafts = []
    for item in items:
        item.format = item.format or fmt
        draft = normalize(clean(item, options.rules), options.style)
        draft.extra = dict(item.extra)
        drafts.append(draft)
    return drafts
