"""Issue 11.7, 11.8, 11.11: Content-Encoding, charset labels that are codecs, and a tab in Content-Type."""
from __future__ import annotations

import gzip
import uuid
import zlib

import pytest

from ingest import services
from ingest.models import Delivery, Story
from ingest.webhooks.signature import signed_headers
from tests.conftest import TEST_SECRET

pytestmark = pytest.mark.django_db

STORY = "Harbour reopens\n\nOSLO (Reuters) \u2014 The harbour reopened on Friday after the storm.\n".encode()


def post(client, body: bytes, content_type="text/plain; charset=utf-8", encoding=None, signed_body=None):
    headers = signed_headers(TEST_SECRET, f"msg_{uuid.uuid4().hex}", signed_body if signed_body is not None else body)
    if encoding:
        headers["Content-Encoding"] = encoding
    # generic(): post() would re-encode the bytes with the declared charset (and choke on "rot13" itself).
    return client.generic("POST", "/ingest/webhooks/wire/", data=body, content_type=content_type, headers=headers)


@pytest.mark.parametrize("encoding, compress", [
    ("gzip", gzip.compress), ("x-gzip", gzip.compress), ("deflate", zlib.compress),
    ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some senders send it
])
@pytest.mark.parametrize("signed", ["sent bytes", "payload"])
def test_a_compressed_body_is_decoded_and_stored_as_text(client, wire_source, encoding, compress, signed):
    body = compress(STORY)
    response = post(client, body, encoding=encoding, signed_body=body if signed == "sent bytes" else STORY)
    assert response.status_code == 202, response.content
    delivery = Delivery.objects.get(pk=response.json()["delivery"])
    assert bytes(delivery.body) == STORY
    story = Story.objects.get(pk=services.delivery_process(delivery.pk).story_id)
    assert story.headline == "Harbour reopens"


def test_a_body_that_expands_past_the_limit_is_413(client, wire_source, settings):
    settings.INGEST = {**settings.INGEST, "MAX_BODY_BYTES": 100_000}
    bomb = gzip.compress(b"a" * 5_000_000)  # 5 KB on the wire
    response = post(client, bomb, encoding="gzip")
    assert response.status_code == 413 and "decompressed" in response.json()["detail"]
    assert not Delivery.objects.exists()


@pytest.mark.parametrize("encoding", ["br", "compress", "zstd", "gzip, br"])
def test_other_content_encodings_are_415(client, wire_source, encoding):
    response = post(client, STORY, encoding=encoding)
    assert response.status_code == 415 and "Content-Encoding" in response.json()["detail"]


def test_corrupt_gzip_is_400(client, wire_source):
    response = post(client, b"\x1f\x8b\x08\x00 not really gzip", encoding="gzip")
    assert response.status_code == 400 and "gzip" in response.json()["detail"]


@pytest.mark.parametrize("charset", ["rot13", "base64", "hex_codec", "zlib_codec", "uu", "idna", "bz2_codec", "nonsense"])
def test_a_charset_that_is_no_text_encoding_is_refused_clearly(client, wire_source, charset):
    response = post(client, STORY, content_type=f"text/plain; charset={charset}")
    assert response.status_code == 415 and charset in response.json()["detail"]


@pytest.mark.parametrize("charset", ["rot13", "base64", "hex_codec", "zlib_codec", "uu", "idna"])
def test_a_stored_delivery_declaring_a_codec_never_breaks_the_admin_or_the_staff_api(admin_client, wire_source, charset):
    """Stored before this fix (or by `ingest_file`): its pages answer 200 and the body reads as text."""
    delivery = services.delivery_receive(source=wire_source, webhook_id=f"msg_{charset}", body=STORY,
                                         content_type=f"text/plain; charset={charset}", headers={}, enqueue=False).delivery
    assert admin_client.get(f"/admin/ingest/delivery/{delivery.pk}/change/").status_code == 200
    api = admin_client.get(f"/api/deliveries/{delivery.pk}/")
    assert api.status_code == 200 and api.json()["body"] == STORY.decode()
    assert services.delivery_process(delivery.pk).status == Delivery.Status.DONE


@pytest.mark.parametrize("content_type", ["text/plain;\tcharset=utf-8", "text/plain;\t charset=\"UTF-8\"", "text/plain; charset=latin1"])
def test_valid_content_type_spellings_are_accepted(client, wire_source, content_type):
    response = post(client, STORY if "latin1" not in content_type else STORY.decode().replace("\u2014", "-").encode("latin-1"),
                    content_type=content_type)
    assert response.status_code == 202, response.content
