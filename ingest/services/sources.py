from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from ingest.conf import ingest_setting
from ingest.models import WireSource
from ingest.webhooks.signature import generate_secret


@transaction.atomic
def source_create_or_update(
    *, slug: str, name: str | None = None, secret: str | None = None, format: str | None = None
) -> tuple[WireSource, bool, str | None]:
    """Create or update a source; returns (source, created, generated secret or None)."""
    source = WireSource.objects.filter(slug=slug).first()
    created = source is None
    generated = None
    if created:
        generated = None if secret else generate_secret()
        source = WireSource(slug=slug, name=name or slug, signing_secret=secret or generated)
    else:
        if name:
            source.name = name
        if secret:
            source.signing_secret = secret
    if format:
        source.format = format
    source.active = True
    source.save()
    return source, created, generated


@transaction.atomic
def source_rotate_secret(*, source: WireSource, new_secret: str | None = None) -> str:
    """New secret now; the old one stays valid for the grace period so senders can switch."""
    grace = timedelta(seconds=ingest_setting("SECRET_ROTATION_GRACE_SECONDS"))
    source.previous_signing_secret = source.signing_secret
    source.previous_secret_expires_at = timezone.now() + grace
    source.signing_secret = new_secret or generate_secret()
    source.save(update_fields=["signing_secret", "previous_signing_secret", "previous_secret_expires_at", "updated_at"])
    return source.signing_secret
