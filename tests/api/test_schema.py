"""The OpenAPI document, its docs pages, and a bounded schemathesis run against the app in-process."""
import re

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token

from ingest.models import Delivery, Story

from .factories import make_source, make_story

pytestmark = pytest.mark.django_db


def test_schema_is_valid_openapi_and_documents_the_feed(client):
    from drf_spectacular.validation import validate_schema

    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    document = response.json()
    validate_schema(document)  # the OpenAPI 3 JSON Schema bundled with drf-spectacular
    assert document["openapi"].startswith("3.")
    paths = document["paths"]
    assert {"/api/stories/", "/api/stories/{id}/", "/api/deliveries/"} <= set(paths)
    parameters = {p["name"] for p in paths["/api/stories/"]["get"]["parameters"]}
    assert {"cursor", "page_size", "source", "since", "until", "updated_since", "byline", "q", "urgency", "language",
            "status"} <= parameters


@pytest.mark.parametrize("url, marker", [("/api/docs/", b"swagger-ui"), ("/api/redoc/", b"redoc")])
def test_docs_pages_work_offline(client, url, marker):
    response = client.get(url)
    assert response.status_code == 200 and marker in response.content.lower()
    assert b"cdn.jsdelivr.net" not in response.content  # assets come from drf-spectacular-sidecar
    # Issue 11.11: nothing at all from another host (Redoc's page loaded Google Fonts).
    external = re.findall(rb'(?:src|href)\s*=\s*["\']((?:https?:)?//[^"\']+)', response.content)
    assert external == [], external


@pytest.fixture
def feed_data(db):
    """Stories of every kind, and a delivery, behind the API while schemathesis probes it."""
    source = make_source("fuzz")
    for status in Story.Status.values:
        make_story(source, status=status, urgency=2, keywords=["a"])
    make_story(source, minutes=5)
    Delivery.objects.create(source=source, webhook_id="m1", body=b"x", size=1, sha256="0" * 64)
    # As Django's test client does: requests must not close the test's connection (and its transaction).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


# Loaded from the app in-process (the schema needs no database); requests go through the WSGI app too.
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_api_conforms_to_its_schema(case, feed_data):
    """No 5xx, and every answer (errors included) matches what the schema says, for anonymous callers."""
    call_and_validate(case)


@schema.parametrize()
@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_api_conforms_to_its_schema_for_staff(case, feed_data, django_user_model):
    user, _ = django_user_model.objects.get_or_create(username="fuzz-staff", defaults={"is_staff": True})
    token, _ = Token.objects.get_or_create(user=user)
    call_and_validate(case, headers={"Authorization": f"Token {token.key}"})


def call_and_validate(case, **kwargs):
    """A cursor is opaque: valid only as handed out in a `next`/`previous` link, so a generated one is
    rightly refused (400); tampered cursors have their own tests in test_pagination.py."""
    if case.query:
        case.query.pop("cursor", None)
    case.call_and_validate(**kwargs)
