"""Wire timestamps and version numbers as the formats spell them."""
from datetime import datetime, timedelta, timezone

import pytest

from ingest.parse.dates import parse_datetime, parse_version

UTC = timezone.utc


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-05T09:30:00Z", datetime(2024, 1, 5, 9, 30, tzinfo=UTC)),  # ninjs, NewsML-G2, Atom
        ("2024-01-05T09:30:00.000Z", datetime(2024, 1, 5, 9, 30, tzinfo=UTC)),
        ("2024-01-05T09:30:00+0000", datetime(2024, 1, 5, 9, 30, tzinfo=UTC)),
        ("2024-01-05T10:30:00+01:00", datetime(2024, 1, 5, 10, 30, tzinfo=timezone(timedelta(hours=1)))),
        ("20240108T061500Z", datetime(2024, 1, 8, 6, 15, tzinfo=UTC)),  # NITF norm, basic format
        ("20240108T061500-0500", datetime(2024, 1, 8, 6, 15, tzinfo=timezone(timedelta(hours=-5)))),
        ("Fri, 12 Jan 2024 15:04:00 GMT", datetime(2024, 1, 12, 15, 4, tzinfo=UTC)),  # RSS
        ("Thu, 11 Jan 2024 09:00:00 -0500", datetime(2024, 1, 11, 9, 0, tzinfo=timezone(timedelta(hours=-5)))),
        ("2024-01-05 09:30:00", datetime(2024, 1, 5, 9, 30, tzinfo=UTC)),  # no zone: UTC
        ("", None),
        (None, None),
        ("next Tuesday", None),
        ("2024-13-45", None),
    ],
)
def test_parse_datetime(value, expected):
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3", 3), (" 7 ", 7), (4, 4), ("2.0", 2), ("1132689232", 1132689232), ("99999999999", 2_147_483_647),
     ("v2", 1), ("", 1), (None, 1), ("0", 1), ("-4", 1)],
)
def test_parse_version(value, expected):
    assert parse_version(value) == expected
