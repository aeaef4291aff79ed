"""A bare view for benchmarks only: the floor the webhook's intake is measured against.

`make bench` (benchmarks/bench_intake.py) posts the same signed deliveries to
the webhook and to this view on the same gunicorn server; the view goes
through the same middleware but does no work, so the ratio of the two rates is
what the webhook's own work costs. Routed only when NEWSROOM_BENCH_BARE_VIEW is
on (newsroom/urls.py): never part of the URLs a server normally answers.
"""
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def bare_accept(request, slug: str) -> JsonResponse:
    return JsonResponse({"status": "queued"}, status=202)
