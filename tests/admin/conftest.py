"""Fixtures for the editors' admin: a real story made by the pipeline from the seed sample, and an editor."""
from __future__ import annotations

import pytest

from ingest import services
from ingest.models import Story


def make_story_from_sample(source, body: bytes, webhook_id: str = "msg_sample") -> Story:
    """The real path minus the queue: store the delivery, then process it in-process."""
    outcome = services.delivery_receive(
        source=source, webhook_id=webhook_id, body=body, content_type="text/plain; charset=utf-8", headers={},
        enqueue=False,
    )
    delivery = services.delivery_process(outcome.delivery.pk)
    assert delivery.story_id is not None, delivery.last_error
    return Story.objects.get(pk=delivery.story_id)


def make_editor(username: str = "editor", password: str = "editor-pass"):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username, f"{username}@example.com", password, is_staff=True)
    user.groups.add(services.editors_group_ensure())
    return user


@pytest.fixture
def sample_story(wire_source, sample_bytes) -> Story:
    return make_story_from_sample(wire_source, sample_bytes)


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
