"""Authors and keywords: lists of strings when written (model, admin form), and no stored value breaks a page.

Issue 11.2: `keywords=5` or `authors=true` typed into the story form on a published story made the
API list, ninjs, RSS and Atom answer 500 for everyone.
"""
from __future__ import annotations

import json

import pytest
from django.core.exceptions import ValidationError
from django.db.models import JSONField, Value

from ingest.models import Story
from ingest.validators import string_list, validate_string_list
from tests.api.factories import make_source, make_story

# JSON an editor could once type into the form's raw JSON fields, or a shell could store: every shape.
HOSTILE_VALUES = [
    5, -1, 1e308, 10**30, True, False, None, "", "  ", "a bare string", {}, {"name": "Jane"}, [[]], [["nested"]],
    [None], [True, 5, "ok"], [{"name": "x"}], ["", "  "], ["<script>alert(1)</script>"], ["\u202eevil"],
    [1.5, "x" * 5000], list(range(300)),
]


@pytest.mark.parametrize("value", [5, True, None, "Jane", {"a": 1}, [1], [None], ["ok", 2], [""], ["x" * 501],
                                   ["a"] * 201])
def test_model_refuses_anything_but_a_list_of_strings(value):
    with pytest.raises(ValidationError):
        validate_string_list(value)


def test_model_accepts_a_list_of_strings():
    validate_string_list([])
    validate_string_list(["Jane Doe", "O'Brien"])


@pytest.mark.django_db
def test_full_clean_refuses_a_bad_value_on_the_story():
    story = make_story(make_source("wire"), keywords=5, authors=True)
    with pytest.raises(ValidationError) as caught:
        story.full_clean()
    assert set(caught.value.message_dict) >= {"keywords", "authors"}


@pytest.mark.parametrize("value, expected", [
    (5, ["5"]), (True, []), (None, []), ("Jane", ["Jane"]), ({"a": 1}, []), ([1, None, True, " x ", [2], ""], ["1", "x"]),
])
def test_string_list_reads_any_stored_value(value, expected):
    assert string_list(value) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("value", HOSTILE_VALUES, ids=lambda v: json.dumps(v)[:40])
def test_no_stored_value_breaks_a_public_page(client, value):
    source = make_source("wire")
    story = make_story(source)
    stored = Value(None, output_field=JSONField()) if value is None else value  # JSON null, not SQL NULL
    Story.objects.filter(pk=story.pk).update(keywords=stored, authors=stored)  # past every validator
    for path in ("/api/stories/", f"/api/stories/{story.pk}/", f"/api/stories/{story.pk}/ninjs",
                 "/api/stories/?format=ninjs", "/feeds/stories.rss", "/feeds/stories.atom", "/feeds/wire/stories.atom"):
        response = client.get(path)
        assert response.status_code == 200, (path, response.content[:300])
    item = client.get(f"/api/stories/{story.pk}/").json()
    # As the database gives it back: PostgreSQL's jsonb returns 1e308 as an integer of 309 digits.
    assert item["keywords"] == item["authors"] == string_list(Story.objects.get(pk=story.pk).keywords)
    assert item["keywords"] == string_list(value) or isinstance(value, float)
