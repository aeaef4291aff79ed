"""GET /metrics: the Prometheus text format, for a scraper holding METRICS_TOKEN or a staff login.

Counts are not secret, but source slugs and backlog sizes are nobody else's
business, and each scrape queries the database and Redis: so no anonymous
access. Prometheus sends the token as `Authorization: Bearer <METRICS_TOKEN>`
(`authorization: {credentials: ...}` in a scrape config).
"""
from __future__ import annotations

import hmac

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from ingest import metrics


def _token_matches(request: HttpRequest) -> bool:
    expected = getattr(settings, "METRICS_TOKEN", "")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return bool(expected) and scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), expected.encode())


@never_cache
@require_GET
def metrics_view(request: HttpRequest) -> HttpResponse:
    user = getattr(request, "user", None)
    if not (_token_matches(request) or (user is not None and user.is_active and user.is_staff)):
        return JsonResponse(
            {"detail": "metrics need `Authorization: Bearer <METRICS_TOKEN>` or a staff login"},
            status=401, headers={"WWW-Authenticate": 'Bearer realm="metrics"'},
        )
    return HttpResponse(generate_latest(metrics.registry()), content_type=CONTENT_TYPE_LATEST)
