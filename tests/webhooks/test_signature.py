"""Standard Webhooks verification, checked against the reference library's own signer."""
from __future__ import annotations

import base64
import time
from datetime import datetime, timezone

import pytest
from standardwebhooks.webhooks import Webhook

from ingest.webhooks import signature
from ingest.webhooks.signature import SignatureError, sign, verify

SECRET = "whsec_" + base64.b64encode(b"k" * 32).decode()
OTHER = "whsec_" + base64.b64encode(b"o" * 32).decode()
BODY = "Caf\u00e9 WASHINGTON (AP) \u2014 copy".encode()
NOW = 1_767_000_000


def reference_headers(secret: str, webhook_id: str, body: bytes, timestamp: int) -> dict[str, str]:
    signed = Webhook(secret).sign(webhook_id, datetime.fromtimestamp(timestamp, tz=timezone.utc), body.decode())
    return {"webhook-id": webhook_id, "webhook-timestamp": str(timestamp), "webhook-signature": signed}


def test_our_signature_equals_the_reference_signer():
    assert sign(SECRET, "msg_1", NOW, BODY) == reference_headers(SECRET, "msg_1", BODY, NOW)["webhook-signature"]


def test_reference_signed_request_verifies():
    assert verify(BODY, reference_headers(SECRET, "msg_1", BODY, NOW), [SECRET], 300, now=NOW) == "msg_1"


def test_reference_library_accepts_what_we_sign():
    headers = signature.signed_headers(SECRET, "msg_2", BODY, int(time.time()))
    Webhook(SECRET).verify(BODY.decode(), headers, json_parse=False)  # raises if not compatible


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda h: {**h, "webhook-signature": "v1," + base64.b64encode(b"x" * 32).decode()}, "no webhook-signature matches"),
        (lambda h: {**h, "webhook-id": "msg_other"}, "no webhook-signature matches"),
        (lambda h: {**h, "webhook-timestamp": str(NOW + 1)}, "no webhook-signature matches"),
        (lambda h: {**h, "webhook-signature": h["webhook-signature"].replace("v1,", "v2,")}, "no webhook-signature matches"),
        (lambda h: {**h, "webhook-signature": "v1,not base64!!"}, "no webhook-signature matches"),
        (lambda h: {k: v for k, v in h.items() if k != "webhook-signature"}, "missing"),
        (lambda h: {k: v for k, v in h.items() if k != "webhook-timestamp"}, "missing"),
        (lambda h: {**h, "webhook-timestamp": "soon"}, "integer Unix seconds"),
        (lambda h: {**h, "webhook-timestamp": "9" * 5000}, "integer Unix seconds"),
        (lambda h: {**h, "webhook-id": "a.b"}, "contain no '.'"),
        (lambda h: {**h, "webhook-id": "msg\x00nul"}, "printable"),
        (lambda h: {**h, "webhook-id": "m" * 256}, "at most 255"),
    ],
)
def test_refusals(change, reason):
    headers = change(reference_headers(SECRET, "msg_1", BODY, NOW))
    with pytest.raises(SignatureError, match=reason):
        verify(BODY, headers, [SECRET], 300, now=NOW)


def test_body_is_verified_byte_for_byte():
    headers = reference_headers(SECRET, "msg_1", BODY, NOW)
    with pytest.raises(SignatureError):
        verify(BODY + b" ", headers, [SECRET], 300, now=NOW)


@pytest.mark.parametrize("skew, ok", [(0, True), (299, True), (-299, True), (301, False), (-301, False), (86400, False)])
def test_timestamp_tolerance_both_ways(skew, ok):
    headers = reference_headers(SECRET, "msg_1", BODY, NOW + skew)
    if ok:
        assert verify(BODY, headers, [SECRET], 300, now=NOW) == "msg_1"
    else:
        with pytest.raises(SignatureError, match="tolerance"):
            verify(BODY, headers, [SECRET], 300, now=NOW)


def test_rotation_any_live_secret_and_any_offered_signature():
    # A sender in the middle of a rotation signs with both secrets, space separated.
    both = f"{sign(OTHER, 'msg_1', NOW, BODY)} {sign(SECRET, 'msg_1', NOW, BODY)}"
    headers = {"webhook-id": "msg_1", "webhook-timestamp": str(NOW), "webhook-signature": both}
    assert verify(BODY, headers, [SECRET], 300, now=NOW) == "msg_1"
    # A receiver with two live secrets accepts a sender still on the old one.
    old_only = reference_headers(OTHER, "msg_1", BODY, NOW)
    assert verify(BODY, old_only, [SECRET, OTHER], 300, now=NOW) == "msg_1"
    with pytest.raises(SignatureError):
        verify(BODY, old_only, [SECRET], 300, now=NOW)


def test_comparison_is_constant_time(monkeypatch):
    """Signatures are compared with hmac.compare_digest, never ==, so timing reveals nothing."""
    calls = []
    real = signature.hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(signature.hmac, "compare_digest", spy)
    verify(BODY, reference_headers(SECRET, "msg_1", BODY, NOW), [SECRET], 300, now=NOW)
    assert calls, "the signature must be compared with hmac.compare_digest"
