"""No one let in: the admin and the non-public API need a login, and a signing secret is never
shown in full after creation, never logged, never served by the feed or the API."""
from __future__ import annotations

import io
import json
import logging

import pytest
from django.core.management import call_command

from ingest import services
from ingest.models import Delivery, Story
from ingest.selectors import active_source
from ingest.webhooks.signature import generate_secret
from newsroom.logging import RedactSecretsFilter, redact_secrets
from tests.conftest import TEST_SECRET

pytestmark = pytest.mark.django_db

BODY = "Port strike ends\n\nROTTERDAM (Reuters) \u2014 Dock workers returned on Monday.\n".encode()


def secret_fragments(secret: str) -> list[str]:
    """The secret and its key alone (a leak of either is a leak)."""
    return [secret, secret.removeprefix("whsec_")]


def assert_no_secret(text: str, *secrets: str) -> None:
    for secret in secrets:
        for fragment in secret_fragments(secret):
            assert fragment not in text, "a signing secret leaked"


@pytest.fixture
def published_story(wire_source, post_signed):
    response = post_signed("wire", BODY)
    delivery = services.delivery_process(int(response.json()["delivery"]))
    story = Story.objects.get(pk=delivery.story_id)
    return services.story_transition(story=story, to=Story.Status.PUBLISHED)


@pytest.mark.parametrize("url", ["/admin/", "/admin/ingest/wiresource/", "/admin/ingest/delivery/", "/admin/ingest/story/"])
def test_admin_needs_a_login(client, url):
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_drafts_and_deliveries_are_not_public(client, wire_source, post_signed):
    delivery = services.delivery_process(int(post_signed("wire", BODY).json()["delivery"]))
    draft = Story.objects.get(pk=delivery.story_id)
    assert draft.status == Story.Status.DRAFT
    assert client.get("/api/stories/").json()["results"] == []
    assert client.get("/api/stories/?status=draft").json().get("results", []) == []
    assert client.get(f"/api/stories/{draft.pk}/").status_code == 404
    for url in ("/api/deliveries/", f"/api/deliveries/{delivery.pk}/"):
        response = client.get(url)
        assert response.status_code in (401, 403), url
        assert "detail" in response.json()


def test_secret_never_in_feed_api_or_schema(published_story, admin_client, client):
    services.source_rotate_secret(source=published_story.source)
    source = published_story.source
    source.refresh_from_db()
    live = [source.signing_secret, source.previous_signing_secret]
    delivery = Delivery.objects.get(story=published_story)
    for url in ("/api/stories/", f"/api/stories/{published_story.pk}/", f"/api/stories/{published_story.pk}/ninjs",
                "/api/schema/"):
        anonymous = client.get(url)
        assert anonymous.status_code == 200, url
        assert_no_secret(anonymous.content.decode(), *live)
    for url in ("/api/deliveries/", f"/api/deliveries/{delivery.pk}/", "/api/stories/?status=draft"):
        staff = admin_client.get(url)
        assert staff.status_code == 200, url
        assert_no_secret(staff.content.decode(), *live)


def test_secret_not_shown_in_full_in_the_admin_after_creation(wire_source, admin_client):
    for url in ("/admin/ingest/wiresource/", f"/admin/ingest/wiresource/{wire_source.pk}/change/",
                f"/admin/ingest/wiresource/{wire_source.pk}/history/"):
        page = admin_client.get(url)
        assert page.status_code == 200, url
        assert_no_secret(page.content.decode(), TEST_SECRET)


def test_webhook_answers_never_echo_a_secret(wire_source, post_signed):
    refused = post_signed("wire", BODY, secret=generate_secret())
    assert refused.status_code == 401
    assert_no_secret(refused.content.decode(), TEST_SECRET)


def test_secrets_never_logged_along_the_whole_path(caplog, wire_source, post_signed, admin_client):
    caplog.set_level(logging.DEBUG)
    delivery_id = int(post_signed("wire", BODY).json()["delivery"])
    services.delivery_process(delivery_id)
    post_signed("wire", BODY, secret=generate_secret())  # refused
    new_secret = services.source_rotate_secret(source=wire_source)
    post_signed("wire", BODY + b"2", secret=new_secret)
    call_command("create_wire_source", "second", stdout=io.StringIO())
    second_secret = active_source("second").signing_secret
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert caplog.records, "the path logs nothing: this test would prove nothing"
    assert_no_secret(logged, TEST_SECRET, new_secret, second_secret)


def test_log_handler_masks_a_secret_whoever_logs_it():
    """Defence in depth: even a careless log call cannot print a secret through the configured handler."""
    handler = next(
        h for h in logging.getLogger().handlers
        if isinstance(h, logging.StreamHandler) and any(isinstance(f, RedactSecretsFilter) for f in h.filters)
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        logging.getLogger("careless").warning("secret is %s", TEST_SECRET)
        logging.getLogger("careless").warning(f"inline {TEST_SECRET} too")
    finally:
        handler.setStream(previous)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [line["message"] for line in lines] == ["secret is whsec_[redacted]", "inline whsec_[redacted] too"]
    assert_no_secret(stream.getvalue(), TEST_SECRET)
    assert redact_secrets("key whsec_abc+/=") == "key whsec_[redacted]"


def test_failure_messages_are_redacted_too(wire_source):
    delivery = services.delivery_receive(source=wire_source, webhook_id="msg_x", body=BODY, content_type="text/plain",
                                         headers={}, enqueue=False).delivery
    services.delivery_mark_failed(delivery.pk, f"boom near {TEST_SECRET}")
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.FAILED
    assert_no_secret(delivery.last_error, TEST_SECRET)
