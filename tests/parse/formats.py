"""Helpers shared by the format parser tests: fixture bytes and one-item parsing."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.parse.errors import ParseError

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"


def fixture(name: str) -> bytes:
    return (FORMATS / name).read_bytes()


def only(items):
    assert len(items) == 1, f"expected one item, got {len(items)}"
    return items[0]


def block_texts(item) -> list[str]:
    return [block.text or " / ".join(block.items) for block in item.blocks]


def assert_parse_error(parse, raw: bytes, content_type: str, message: str, where: str) -> ParseError:
    """The parser refuses `raw` with a message naming what was wrong and a `where` naming the place."""
    with pytest.raises(ParseError) as caught:
        parse(raw, content_type)
    assert message in caught.value.message, caught.value.message
    assert where in caught.value.where, caught.value.where
    return caught.value
