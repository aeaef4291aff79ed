"""Wire timestamps: ISO 8601 (ninjs, NewsML-G2, Atom), its basic form (NITF), RFC 822 (RSS).

A timestamp without a zone is taken as UTC: every store downstream is
zone-aware, and a wrong zone is better than a crash on a partner's feed.
An unreadable timestamp is not worth failing a story for: it becomes None and
the raw value is kept by the caller.
"""
from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime


def parse_datetime(value: str | None) -> datetime | None:
    value = (value or "").strip()
    if not value:
        return None
    parsed = None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def parse_version(value) -> int:
    """Wire versions are strings ("2") or numbers; anything else counts as the first version."""
    text = str(value).strip()
    if text.endswith(".0"):  # "2.0": a number some feeds serialise as a float
        text = text[:-2]
    try:
        version = int(text)
    except (TypeError, ValueError):
        return 1
    # Stored in a 32-bit column; Reuters sends ten-digit versions that still fit, larger ones are clamped.
    return min(version, 2_147_483_647) if version > 0 else 1
