"""GET /healthz: is this web node able to take deliveries, and how far behind are the workers?

For load balancers the answer is about *this node's* job: it stores
deliveries, so it is unhealthy (503) only when the database cannot be reached.
A broker outage is reported as "degraded" with 200, because the webhook still
stores and acknowledges deliveries then and the sweep enqueues them later;
taking every node out of rotation would turn a queue delay into refused
deliveries. Monitoring that wants every dependency up asks `?strict=1`,
which answers 503 when any check fails.

No authentication (load balancers have none) and nothing secret in the body:
counts and ages only.
"""
from __future__ import annotations

import time

import redis
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from ingest import broker
from ingest.models import Delivery

_UNFINISHED = (Delivery.Status.RECEIVED, Delivery.Status.QUEUED, Delivery.Status.PROCESSING)


def _check_database() -> dict:
    started = time.monotonic()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        oldest = (
            Delivery.objects.filter(status__in=_UNFINISHED).order_by("received_at").values_list("received_at", flat=True).first()
        )
        unfinished = Delivery.objects.filter(status__in=_UNFINISHED).count()
        failed = Delivery.objects.filter(status=Delivery.Status.FAILED).count()
    except DatabaseError as exc:
        return {"ok": False, "error": type(exc).__name__}
    return {
        "ok": True,
        "latency_ms": round((time.monotonic() - started) * 1000, 1),
        "unprocessed_deliveries": unfinished,
        "oldest_unprocessed_age_seconds": round((timezone.now() - oldest).total_seconds(), 1) if oldest else None,
        "failed_deliveries": failed,
    }


def _check_broker() -> dict:
    started = time.monotonic()
    try:
        depths = broker.queue_depths()
    except redis.RedisError as exc:
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True, "latency_ms": round((time.monotonic() - started) * 1000, 1), "queue": broker.task_queue(),
            "queue_depth": sum(depths.values()), "queues": depths}


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    database = _check_database()
    broker = _check_broker()
    strict = request.GET.get("strict", "").lower() in ("1", "true", "yes")
    if not database["ok"]:
        status, code = "unavailable", 503
    elif not broker["ok"]:
        status, code = "degraded", 503 if strict else 200
    else:
        status, code = "ok", 200
    return JsonResponse({"status": status, "database": database, "broker": broker}, status=code)
