"""Small pieces of the desk's screens: urgency badges, ages, signal icons, status chips.

Plain functions returning escaped HTML, so list columns and templates share one look
and the tests can check each piece on its own.
"""
from __future__ import annotations

from datetime import datetime

from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

# IPTC urgency 1-3 (ANPA's flash, bulletin, urgent) need an editor now; 4 and below are routine and show nothing.
URGENCY_BADGES = {1: ("FLASH", "flash"), 2: ("BULLETIN", "bulletin"), 3: ("URGENT", "urgent")}
URGENT_AT_OR_ABOVE = 3


def urgency_badge(urgency: int | None) -> SafeString | str:
    if urgency not in URGENCY_BADGES:
        return ""
    label, kind = URGENCY_BADGES[urgency]
    return format_html('<span class="badge badge-{}" title="urgency {}">{}</span>', kind, urgency, label)


def age(when: datetime | None, *, now: datetime | None = None) -> str:
    """"just now", "12 min ago", "3 h ago", "2 d ago": how long a story has waited, as a desk says it."""
    if when is None:
        return ""
    seconds = max(0, int(((now or timezone.now()) - when).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    return f"{seconds // 86400} d ago"


def exact_time(when: datetime | None) -> str:
    return f"{timezone.localtime(when):%Y-%m-%d %H:%M %Z}" if when else ""


def age_cell(received: datetime | None, wire_time: datetime | None) -> SafeString:
    """The age, with the exact received and wire times on hover."""
    title = f"received {exact_time(received)}" + (f" · wire time {exact_time(wire_time)}" if wire_time else "")
    return format_html('<time datetime="{}" title="{}">{}</time>', received.isoformat() if received else "", title, age(received))


def signal_icons(*, newer_version: bool, boilerplate_removed: bool, flag_count: int) -> SafeString:
    """Icons only for what needs a look: nothing at all for a story with nothing to check."""
    icons = []
    if newer_version:
        icons.append(("newer", "⟳", "a newer wire version is waiting"))
    if flag_count:
        icons.append(("flagged", f"⚑{flag_count}", f"{flag_count} doubtful line{'s' if flag_count != 1 else ''} flagged"))
    if boilerplate_removed:
        icons.append(("removed", "✂", "boilerplate removed"))
    return format_html_join(
        "", '<span class="signal signal-{}" role="img" title="{}" aria-label="{}">{}</span>',
        ((kind, words, words, icon) for kind, icon, words in icons),
    )


def status_chip(status: str) -> SafeString:
    return format_html('<span class="status-chip status-{}">{}</span>', status, status)
