"""Every API error is JSON with a `detail`, with the right 4xx."""
import pytest
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions

from ingest.api.errors import exception_handler

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("exc, status, detail_has", [
    (exceptions.ValidationError({"since": ["Enter a valid date/time."]}), 400, "since: Enter a valid date/time."),
    (exceptions.ValidationError(["Not allowed."]), 400, "Not allowed."),
    (DjangoValidationError("Bad value."), 400, "Bad value."),
    (exceptions.NotFound("No story with this id."), 404, "No story with this id."),
    (exceptions.Throttled(wait=5), 429, "throttled"),
])
def test_handler_gives_detail(exc, status, detail_has):
    response = exception_handler(exc, {})
    assert response.status_code == status
    assert detail_has.lower() in response.data["detail"].lower()


def test_field_errors_are_kept_beside_detail():
    response = exception_handler(exceptions.ValidationError({"urgency": ["Too high."]}), {})
    assert response.data["errors"] == {"urgency": ["Too high."]}


@pytest.mark.parametrize("url, status", [
    ("/api/nothing-here/", 404),
    ("/api/stories/not-a-number/", 404),
    ("/api/stories/?format=xml", 400),
    ("/api/stories/?since=2026-02-30", 400),
])
def test_api_errors_are_json(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json") and response.json()["detail"]


def test_writes_are_refused_with_405(client):
    response = client.post("/api/stories/", {"headline": "x"})
    assert response.status_code == 405
    assert response.json()["detail"]


def test_a_parameter_given_twice_is_400(client):
    response = client.get("/api/stories/?byline=doe&byline=roe")
    assert response.status_code == 400 and "byline" in response.json()["detail"]
