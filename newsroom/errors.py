"""JSON errors for machine clients (webhook senders, feed readers); HTML for people in the admin."""
from django.http import JsonResponse
from django.views import defaults


def _wants_json(request) -> bool:
    return request.path.startswith(("/api/", "/ingest/")) or "application/json" in request.headers.get("Accept", "")


def not_found(request, exception=None):
    if _wants_json(request):
        return JsonResponse({"detail": "not found"}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    if _wants_json(request):
        return JsonResponse({"detail": "internal error; the request was not lost if it was acknowledged"}, status=500)
    return defaults.server_error(request)
