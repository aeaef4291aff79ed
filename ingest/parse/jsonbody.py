"""A JSON body decoded and loaded, with the parser's own name in what is wrong and where (ninjs, WordPress).

Both read one JSON document: an empty body, invalid JSON and nesting too deep for Python fail the same way,
each named by the format that was expected.
"""
from __future__ import annotations

import json

from .encoding import decode_with
from .errors import ParseError


def load_json(raw: bytes, content_type: str, name: str, noun: str) -> tuple[object, str]:
    """(the document, the encoding it was read in); `name` as a ParseError names the format ("ninjs", "WordPress"),
    `noun` what a document of it holds ("a news item", "a post")."""
    text, encoding = decode_with(raw, content_type)
    if not text.strip():
        raise ParseError(f"{name}: the body is empty", "byte 0")
    try:
        return json.loads(text), encoding
    except json.JSONDecodeError as exc:
        raise ParseError(f"{name} is not valid JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError:
        raise ParseError(f"{name}: the JSON is nested too deeply to be {noun}", "the top level") from None
