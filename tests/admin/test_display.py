"""The queue's small pieces: ages as a desk says them, urgency badges, signal icons; no database."""
from datetime import datetime, timedelta, timezone

import pytest

from ingest.admin.display import age, signal_icons, urgency_badge

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("ago", "shown"),
    [
        (timedelta(seconds=5), "just now"),
        (timedelta(minutes=12, seconds=40), "12 min ago"),
        (timedelta(hours=3, minutes=59), "3 h ago"),
        (timedelta(days=2, hours=5), "2 d ago"),
        (timedelta(seconds=-30), "just now"),  # a clock a little ahead is no negative age
    ],
)
def test_age(ago, shown):
    assert age(NOW - ago, now=NOW) == shown


def test_age_of_nothing_is_blank():
    assert age(None, now=NOW) == ""


@pytest.mark.parametrize(
    ("urgency", "label"),
    [(1, "FLASH"), (2, "BULLETIN"), (3, "URGENT"), (4, None), (9, None), (None, None)],
)
def test_urgency_badge_only_for_what_needs_an_editor_now(urgency, label):
    badge = str(urgency_badge(urgency))
    assert (f">{label}</span>" in badge) if label else badge == ""


def test_signal_icons_only_for_what_needs_a_look():
    assert str(signal_icons(newer_version=False, boilerplate_removed=False, flag_count=0)) == ""
    icons = str(signal_icons(newer_version=True, boilerplate_removed=True, flag_count=2))
    assert icons.count('class="signal ') == 3
    assert 'aria-label="2 doubtful lines flagged"' in icons and "⚑2" in icons
    assert 'aria-label="a newer wire version is waiting"' in icons
