"""Standard Webhooks verification (HMAC-SHA256 over "id.timestamp.body"), in one place.

Written against the raw bytes rather than with `standardwebhooks.Webhook.verify`,
which decodes the body as UTF-8 (refusing Latin-1 wires) and fixes its
tolerance at five minutes. The tests check it against that library's signer.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import time
from collections.abc import Iterable, Mapping

SECRET_PREFIX = "whsec_"


class SignatureError(Exception):
    """The request is not provably from the source (401)."""


def generate_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def _secret_key(secret: str) -> bytes:
    encoded = secret[len(SECRET_PREFIX):] if secret.startswith(SECRET_PREFIX) else secret
    try:
        return base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=False)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError("the source's signing secret is not valid base64") from exc


def sign(secret: str, webhook_id: str, timestamp: int, body: bytes) -> str:
    message = f"{webhook_id}.{timestamp}.".encode() + body
    digest = hmac.new(_secret_key(secret), message, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(secret: str, webhook_id: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    """Headers a sender attaches; used by the demo client and the tests."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, webhook_id, timestamp, body),
    }


def verify(
    body: bytes,
    headers: Mapping[str, str],
    secrets_: Iterable[str],
    tolerance_seconds: int,
    now: float | None = None,
) -> str:
    """Return the webhook-id when any `v1` signature matches any live secret; else raise."""
    lowered = {k.lower(): v for k, v in headers.items()}
    webhook_id = lowered.get("webhook-id", "").strip()
    timestamp_text = lowered.get("webhook-timestamp", "").strip()
    signature_header = lowered.get("webhook-signature", "").strip()
    if not (webhook_id and timestamp_text and signature_header):
        raise SignatureError("missing webhook-id, webhook-timestamp or webhook-signature header")
    if "." in webhook_id or len(webhook_id) > 255 or not webhook_id.isprintable():
        raise SignatureError("webhook-id must be at most 255 printable characters and contain no '.'")
    try:
        timestamp = int(timestamp_text)
    except ValueError as exc:
        raise SignatureError("webhook-timestamp must be integer Unix seconds") from exc
    now = time.time() if now is None else now
    if abs(now - timestamp) > tolerance_seconds:
        raise SignatureError(f"webhook-timestamp is outside the {tolerance_seconds}s tolerance; check the sender's clock")

    offered = []
    for entry in signature_header.split():
        version, _, value = entry.partition(",")
        if version != "v1" or not value:
            continue
        try:
            offered.append(base64.b64decode(value, validate=True))
        except (binascii.Error, ValueError):
            continue
    for secret in secrets_:
        if not secret:
            continue
        expected = base64.b64decode(sign(secret, webhook_id, timestamp, body).split(",", 1)[1])
        if any(hmac.compare_digest(expected, candidate) for candidate in offered):
            return webhook_id
    raise SignatureError("no webhook-signature matches this source's signing secret")
