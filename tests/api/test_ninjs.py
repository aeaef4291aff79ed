"""Stories as IPTC ninjs 2.2, checked against the schema shipped in the repo (formats included)."""
import json
from datetime import datetime, timezone as dt_timezone

import pytest
from jsonschema import Draft202012Validator

from ingest.api.ninjs import NINJS_MEDIA_TYPE, NINJS_SCHEMA_PATH, story_as_ninjs
from ingest.models import Story

from .factories import make_story

pytestmark = pytest.mark.django_db

VALIDATOR = Draft202012Validator(
    json.loads(NINJS_SCHEMA_PATH.read_text()), format_checker=Draft202012Validator.FORMAT_CHECKER
)


def assert_valid_ninjs(item: dict) -> None:
    errors = [f"{list(e.path)}: {e.message}" for e in VALIDATOR.iter_errors(item)]
    assert not errors, errors


def test_the_validator_does_reject_bad_ninjs():
    """The checks below mean something only if the schema and the format checks bite."""
    assert list(VALIDATOR.iter_errors({"headlines": []}))  # no uri
    assert list(VALIDATOR.iter_errors({"uri": "not a uri"}))
    assert list(VALIDATOR.iter_errors({"uri": "urn:x:y", "versioncreated": "yesterday"}))
    assert list(VALIDATOR.iter_errors({"uri": "urn:x:y", "headline": "1.x field name"}))


@pytest.fixture
def full_story(wire_source):
    return make_story(
        wire_source, guid="rubio lavrov/2026#1", version=2, headline="Rubio meets Lavrov", subheadline="Talks in Malaysia",
        byline="By Jane Doe and John Roe, Reuters", authors=["Jane Doe", "John Roe"], dateline="KUALA LUMPUR",
        credit="Reuters", publisher="Newslooks", edition="Morning", summary="They met.", urgency=3, language="en",
        body_html="<p>KUALA LUMPUR, Malaysia (Reuters) — They met.</p>", body_text="KUALA LUMPUR, Malaysia (Reuters) — They met.",
        keywords=["diplomacy", "Russia"], subjects=[{"name": "Politics", "code": "11000000", "scheme": "medtop"},
                                                    {"name": "bad uri", "uri": "not a uri"}],
        wire_created_at=datetime(2026, 11, 1, 8, 0, tzinfo=dt_timezone.utc),
    )


def test_full_story_maps_to_valid_ninjs(full_story):
    item = story_as_ninjs(full_story)
    assert_valid_ninjs(item)
    assert item["uri"] == "urn:newsroom:wire:rubio%20lavrov%2F2026%231"
    assert item["standard"]["version"] == "2.2" and item["version"] == "2"
    assert item["headlines"] == [
        {"role": "main", "contenttype": "text/plain", "value": "Rubio meets Lavrov"},
        {"role": "sub", "contenttype": "text/plain", "value": "Talks in Malaysia"},
    ]
    assert item["by"] == "By Jane Doe and John Roe, Reuters"
    assert [p["name"] for p in item["people"]] == ["Jane Doe", "John Roe"]
    assert item["located"] == "KUALA LUMPUR" and item["urgency"] == 3 and item["pubstatus"] == "usable"
    assert {b["contenttype"]: b["value"] for b in item["bodies"]}["text/html"] == full_story.body_html
    assert {s["role"]: s["name"] for s in item["infosources"]} == {"source": "Reuters", "publisher": "Newslooks"}
    assert {"name": "Politics", "literal": "medtop:11000000"} in item["subjects"]
    assert {"name": "bad uri"} in item["subjects"]
    assert item["firstcreated"] == "2026-11-01T08:00:00Z"


def test_minimal_draft_is_valid_ninjs_and_withheld(wire_source):
    story = make_story(wire_source, status=Story.Status.DRAFT, guid="https://wire.example/items/42", byline="",
                       authors=[], credit="", body_html="", body_text="", language="")
    item = story_as_ninjs(story)
    assert_valid_ninjs(item)
    assert item["uri"] == "https://wire.example/items/42" and item["pubstatus"] == "withheld"
    assert "bodies" not in item and "people" not in item


@pytest.mark.parametrize("how", ["path", "accept", "format"])
def test_detail_as_ninjs(api, full_story, how):
    url = f"/api/stories/{full_story.pk}/"
    if how == "path":
        response = api.get(f"{url}ninjs", HTTP_ACCEPT="application/json")  # the path wins over Accept
    elif how == "accept":
        response = api.get(url, HTTP_ACCEPT=NINJS_MEDIA_TYPE)
    else:
        response = api.get(f"{url}?format=ninjs")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(NINJS_MEDIA_TYPE)
    item = json.loads(response.content)
    assert_valid_ninjs(item)
    assert item["uri"] == story_as_ninjs(full_story)["uri"]


def test_plain_json_stays_the_default(api, full_story):
    response = api.get(f"/api/stories/{full_story.pk}/")
    assert response["Content-Type"].startswith("application/json") and response.json()["headline"] == "Rubio meets Lavrov"


def test_list_as_ninjs_keeps_the_page_shape(api, full_story, wire_source):
    make_story(wire_source, minutes=5)
    body = json.loads(api.get("/api/stories/", HTTP_ACCEPT=NINJS_MEDIA_TYPE).content)
    assert set(body) == {"next", "previous", "results"} and len(body["results"]) == 2
    for item in body["results"]:
        assert_valid_ninjs(item)
