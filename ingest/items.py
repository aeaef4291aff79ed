"""Plain data passed between the pipeline's steps: parse -> clean -> normalize.

Nothing here touches Django, so every step can be unit-tested on its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

PARAGRAPH = "paragraph"
HEADING = "heading"
LIST = "list"


@dataclass
class Block:
    """One piece of body copy as the wire sent it.

    `text` is the plain text the cleaner matches against; `html` optionally
    keeps inline markup (links, emphasis) for rendering. A list block carries
    its items and an optional title ("Quick Look: ...").
    """

    kind: str = PARAGRAPH
    text: str = ""
    html: str = ""
    items: list[str] = field(default_factory=list)
    ordered: bool = False
    level: int = 2  # headings only
    origin: int = -1  # index in the parsed item's block list, kept through cleaning so removals can be restored
    furniture: str = ""  # set by a parser for page furniture (an HTML share bar, comment section): the cleaner removes it, recorded

    @classmethod
    def from_dict(cls, data: dict) -> "Block":
        """A block stored as JSON on a Story (keys it no longer has are ignored)."""
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass
class ParsedItem:
    """What any format parser produces: one wire item, fields still raw."""

    format: str
    guid: str = ""
    version: int = 1
    headline: str = ""
    subheadline: str = ""
    byline: str = ""
    dateline: str = ""
    credit: str = ""
    publisher: str = ""
    edition: str = ""
    summary: str = ""
    blocks: list[Block] = field(default_factory=list)
    language: str = ""
    urgency: int | None = None
    keywords: list[str] = field(default_factory=list)
    subjects: list[dict] = field(default_factory=list)
    pubstatus: str = "usable"  # usable | withdrawn | canceled (kill)
    embargoed: datetime | None = None
    firstcreated: datetime | None = None
    versioncreated: datetime | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Removal:
    """One piece of boilerplate taken out of the body, and why.

    `block` is the index in the original block list; `item` the index inside
    a list block (None for a whole block). Enough to put the piece back.
    """

    text: str
    rule: str
    block: int
    item: int | None = None

    def as_dict(self) -> dict:
        return {"text": self.text, "rule": self.rule, "block": self.block, "item": self.item}


@dataclass
class CleanedItem:
    item: ParsedItem
    removed: list[Removal] = field(default_factory=list)
    flagged: list[dict] = field(default_factory=list)  # suspected boilerplate, kept


@dataclass
class StoryDraft:
    """The normalized story, ready to be upserted as a Story row."""

    format: str
    guid: str
    version: int
    headline: str
    original_headline: str
    headline_labels: list[str]
    subheadline: str
    byline: str
    byline_raw: str
    authors: list[str]
    dateline: str
    dateline_raw: str
    dateline_date: str
    credit: str
    publisher: str
    edition: str
    summary: str
    body_html: str
    body_text: str
    blocks: list[dict]
    language: str
    urgency: int | None
    keywords: list[str]
    subjects: list[dict]
    pubstatus: str
    embargoed: datetime | None
    firstcreated: datetime | None
    versioncreated: datetime | None
    removed: list[dict]
    flagged: list[dict]
    # The parser's format-specific notes (slugline, editors' note, correction flag, take):
    # the story service reads the correction flag from here.
    extra: dict = field(default_factory=dict)

    # Fields an API/CLI consumer sees; matches DESIGN.md's Story interface.
    PUBLIC_FIELDS = (
        "headline", "subheadline", "byline", "authors", "dateline", "credit", "publisher",
        "edition", "summary", "body_html", "body_text",
    )

    def public_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.PUBLIC_FIELDS}
