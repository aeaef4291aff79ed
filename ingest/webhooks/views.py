"""The webhook view: checks in a fixed order, stores the raw delivery, answers fast.

Order: source (404) -> content type, charset and Content-Encoding (415) -> a
client that keeps sending bad signatures (429, before its body is read) ->
size (413/411, enforced while reading, never after; a gzip/deflate body is
decoded with the same bound, 413 past it) -> signature and timestamp (401) -> per-source
rate limit (429 + Retry-After) -> store (202, or 200 for a repeated
webhook-id, 409 when that id arrives with a different body).

The per-source limit is counted only for signed requests, so someone
without the secret cannot spend a partner's budget; badly signed requests
are counted per client address instead. The work happens in Celery; this view
never parses the copy, and a broker outage does not change its answer: the
delivery is stored and the sweep enqueues it later.
"""
from __future__ import annotations

import logging

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from ingest import selectors, services
from ingest.conf import ingest_setting
from newsroom.logging import delivery_context

from ingest.parse.encoding import unusable_charset

from .body import BodyError, read_body
from .content_encoding import ACCEPTED as ACCEPTED_CODINGS
from .content_encoding import decode_content_encoding
from .ratelimit import check_rate, failed_signatures_exceeded, record_failed_signature
from .signature import SignatureError, verify

logger = logging.getLogger("ingest.webhooks")


def verify_any(bodies, headers, secrets, tolerance) -> str:
    """The webhook-id when the signature matches one of the bodies (the first error otherwise)."""
    first_error = None
    for candidate in bodies:
        try:
            return verify(candidate, headers, secrets, tolerance)
        except SignatureError as exc:
            first_error = first_error or exc
    raise first_error


def error(status: int, detail: str, headers: dict | None = None, **extra) -> JsonResponse:
    return JsonResponse({"detail": detail, **extra}, status=status, headers=headers)


def _media_type(content_type: str) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _printable(text: str, limit: int = 100) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in text[:limit])


def _verified(payloads: tuple[bytes, ...], request: HttpRequest, source):
    """The webhook-id and the source it is signed for, the signature over any of `payloads` (the bytes as
    sent or, for a compressed request, the payload they carry). A signature that fails against this
    process's remembered source is checked once more against a fresh read, so a secret rotated in another
    process counts at once; a source deactivated meanwhile refuses it."""
    tolerance = ingest_setting("TIMESTAMP_TOLERANCE_SECONDS")
    try:
        return verify_any(payloads, request.headers, selectors.live_secrets(source), tolerance), source
    except SignatureError:
        fresh = selectors.webhook_source(source.slug, fresh=True)
        if fresh is None or (fresh.signing_secret, fresh.previous_signing_secret, fresh.previous_secret_expires_at) == (
            source.signing_secret, source.previous_signing_secret, source.previous_secret_expires_at
        ):
            raise
        return verify_any(payloads, request.headers, selectors.live_secrets(fresh), tolerance), fresh


@method_decorator(csrf_exempt, name="dispatch")
class WireWebhookView(View):
    http_method_names = ["post", "head", "options"]

    def head(self, request: HttpRequest, slug: str) -> HttpResponse:
        # Some senders probe the URL when it is configured.
        return HttpResponse(status=200 if selectors.webhook_source(slug) else 404)

    def post(self, request: HttpRequest, slug: str) -> HttpResponse:
        source = selectors.webhook_source(slug)
        if source is None:
            return error(404, f"unknown or inactive wire source {_printable(slug)!r}")

        content_type = request.META.get("CONTENT_TYPE", "")
        media_type = _media_type(content_type)
        if media_type not in ingest_setting("ALLOWED_CONTENT_TYPES"):
            return error(415, f"unsupported content type {_printable(media_type) or '(none)'!r}",
                         allowed=list(ingest_setting("ALLOWED_CONTENT_TYPES")))
        if not content_type.replace("\t", " ").isprintable():  # a tab is valid whitespace in a header (RFC 9110)
            return error(400, "the Content-Type header holds control characters")
        bad_charset = unusable_charset(content_type)
        if bad_charset is not None:
            return error(415, f"unsupported charset {_printable(bad_charset)!r}: name a text encoding (e.g. utf-8)")
        coding = request.META.get("HTTP_CONTENT_ENCODING", "")
        if any(c.strip().lower() not in ACCEPTED_CODINGS for c in coding.split(",") if c.strip()):
            return error(415, f"unsupported Content-Encoding {_printable(coding)!r}; send gzip, deflate or none")

        client = request.META.get("REMOTE_ADDR", "") or "unknown"
        refused = failed_signatures_exceeded(client)
        if not refused.allowed:
            logger.warning("webhook client refused after repeated bad signatures", extra={"source": source.slug, "status": 429})
            return error(429, f"too many badly signed requests from this address; retry after {refused.retry_after}s",
                         headers={"Retry-After": str(refused.retry_after)})

        try:
            body = read_body(request, ingest_setting("MAX_BODY_BYTES"), ingest_setting("BODY_READ_SECONDS"))
        except BodyError as exc:
            return error(exc.status, exc.detail)
        sent = body
        try:
            body = decode_content_encoding(body, coding, ingest_setting("MAX_BODY_BYTES"))
        except BodyError as exc:
            return error(exc.status, exc.detail)
        if not body.strip():
            return error(400, "empty body")

        try:
            # Signed over the bytes as sent or, for a compressed request, over the payload they carry.
            webhook_id, source = _verified((sent, body) if sent is not body else (body,), request, source)
        except SignatureError as exc:
            record_failed_signature(client)
            logger.info("webhook refused: %s", exc, extra={"source": source.slug, "status": 401})
            return error(401, str(exc))

        decision = check_rate(source.slug)
        if not decision.allowed:
            logger.warning("webhook rate limited", extra={"source": source.slug, "status": 429})
            return error(429, f"rate limit of {decision.limit} requests for source {source.slug!r} reached; "
                              f"retry after {decision.retry_after}s",
                         headers={"Retry-After": str(decision.retry_after)})

        try:
            outcome = services.delivery_receive(
                source=source, webhook_id=webhook_id, body=body, content_type=content_type, headers=dict(request.headers)
            )
        except DatabaseError as exc:
            # Not acknowledged, so not lost: the sender retries (Standard Webhooks senders retry 5xx for days).
            logger.error("could not store a delivery: %s", exc, extra={"source": source.slug, "status": 503})
            return error(503, "the delivery could not be stored; retry later", headers={"Retry-After": "30"})
        delivery_id = str(outcome.delivery.pk)
        with delivery_context(outcome.delivery.pk):
            if outcome.conflict:
                logger.warning("webhook-id replayed with a different body", extra={"source": source.slug, "status": 409})
                return error(409, "this webhook-id was already used for a different body", delivery=delivery_id)
            if outcome.created:
                return JsonResponse({"delivery": delivery_id, "status": "queued"}, status=202)
            logger.info("webhook-id repeated, no new work", extra={"source": source.slug, "status": 200})
            return JsonResponse({"delivery": delivery_id, "status": outcome.delivery.status, "duplicate": True},
                                status=200)
