"""A Story as an IPTC ninjs 2.2 news item, the JSON most newsroom systems exchange.

A plain function over the model so the serializer, the renderer and the tests share one mapping.
Only properties the 2.2 schema defines are written (its root forbids any other), empty ones left out.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from ingest.models import Story
from ingest.validators import string_list

NINJS_VERSION = "2.2"
NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"
NINJS_SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "ninjs-schema_2.2.json"
NINJS_MEDIA_TYPE = "application/vnd.iptc.ninjs+json"

# An absolute URI with nothing a URI may not contain: such a wire guid is already a global id.
_ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")
_SUBJECT_KEYS = ("name", "rel", "uri", "literal")


def story_uri(story: Story) -> str:
    """The news object's global id: the wire's guid when it is a URI, else a URN scoped by our source slug."""
    if _ABSOLUTE_URI.match(story.guid):
        return story.guid
    return f"urn:newsroom:{quote(story.source.slug, safe='')}:{quote(story.guid, safe='')}"


def story_as_ninjs(story: Story) -> dict:
    item: dict = {
        "uri": story_uri(story),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA_URI},
        "type": "text",
        "representationtype": "full",
        "version": str(story.version),
        "firstcreated": _iso(story.wire_created_at or story.created_at),
        "versioncreated": _iso(story.wire_updated_at or story.updated_at),
        # Only published stories are usable; a draft read by staff is withheld from publication.
        "pubstatus": "usable" if story.status == Story.Status.PUBLISHED else "withheld",
        "headlines": [{"role": "main", "contenttype": "text/plain", "value": story.headline}],
    }
    if story.embargoed_until:
        item["embargoed"] = _iso(story.embargoed_until)
    if story.urgency is not None:
        item["urgency"] = story.urgency
    if story.language:
        item["language"] = story.language
    if story.subheadline:
        item["headlines"].append({"role": "sub", "contenttype": "text/plain", "value": story.subheadline})
    if story.byline:
        item["by"] = story.byline
    people = [{"name": name, "rel": "author"} for name in string_list(story.authors)]
    if people:
        item["people"] = people
    if story.dateline:
        item["located"] = story.dateline
    if story.summary:
        item["descriptions"] = [{"role": "summary", "contenttype": "text/plain", "value": story.summary}]
    bodies = []
    if story.body_html:
        bodies.append({"role": "main", "contenttype": "text/html", "value": story.body_html})
    if story.body_text:
        bodies.append({
            "role": "main", "contenttype": "text/plain", "value": story.body_text,
            "charcount": len(story.body_text), "wordcount": len(story.body_text.split()),
        })
    if bodies:
        item["bodies"] = bodies
    infosources = [{"name": name, "role": role} for name, role in ((story.credit, "source"), (story.publisher, "publisher")) if name]
    if infosources:
        item["infosources"] = infosources
    subjects = [_subject(s) for s in story.subjects if isinstance(s, dict)] if isinstance(story.subjects, list) else []
    subjects += [{"name": k, "rel": "keyword"} for k in string_list(story.keywords)]
    if any(subjects):
        item["subjects"] = [s for s in subjects if s]
    item["altids"] = [
        {"role": "guid", "value": story.guid},
        {"role": "source", "value": story.source.slug},
        {"role": "id", "value": str(story.pk)},
    ]
    return item


def _subject(raw: dict) -> dict:
    """Keep what ninjs 2.2 allows; a subject code with its scheme becomes the `literal`."""
    subject = {key: str(raw[key]) for key in _SUBJECT_KEYS if raw.get(key)}
    if "uri" in subject and not _ABSOLUTE_URI.match(subject["uri"]):
        subject.pop("uri")
    if "literal" not in subject and raw.get("code"):
        subject["literal"] = f"{raw['scheme']}:{raw['code']}" if raw.get("scheme") else str(raw["code"])
    return subject


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")
