"""Lists of strings (a story's authors and keywords): one validator for writes, one reader for every renderer.

They are JSON columns, so anything JSON can hold could be stored: `5`, `true`, a dict, a list of lists.
Before this, one such value typed by an editor on a published story made every feed that iterates the
column (the API list, ninjs, RSS, Atom) answer 500 for every reader. Writes are refused at the model
and the admin form (`validate_string_list`); reads go through `string_list`, which turns whatever an
older row or a shell session left behind into a list of strings, so no stored value can break a page.
"""
from __future__ import annotations

from django.core.exceptions import ValidationError

MAX_ITEMS = 200
MAX_ITEM_LENGTH = 500


def validate_string_list(value) -> None:
    """A list of non-empty strings, at most MAX_ITEMS of at most MAX_ITEM_LENGTH characters each."""
    if not isinstance(value, list):
        raise ValidationError("Enter a list of names or words, one per line.", code="not_a_list")
    if len(value) > MAX_ITEMS:
        raise ValidationError(f"At most {MAX_ITEMS} entries.", code="too_many")
    for item in value:
        if not isinstance(item, str):
            raise ValidationError("Each entry must be text.", code="not_text")
        if not item.strip():
            raise ValidationError("An entry is empty.", code="empty")
        if len(item) > MAX_ITEM_LENGTH:
            raise ValidationError(f"An entry is longer than {MAX_ITEM_LENGTH} characters.", code="too_long")


def string_list(value) -> list[str]:
    """Whatever the column holds, as the list of strings a renderer may iterate.

    Text stays; a number becomes its digits; anything else (true, null, objects, nested lists) is
    left out rather than shown as Python's repr of it. A bare string or number is one entry.
    """
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return []
    out = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            continue
        text = str(item).strip()
        if text:
            out.append(text)
    return out
