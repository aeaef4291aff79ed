"""A lean path through the middleware for signed webhooks.

A wire's webhook (`ingest.webhooks.views.WireWebhookView`) is a machine posting a signed body: it has no
session, no user, no CSRF token, no flash messages, no browser to frame the answer or to send a CORS
preflight, and it writes no model history. The middleware for those (whitenoise, sessions, CORS, common,
CSRF, auth, messages, X-Frame-Options, simple_history) cost a webhook about 0.1 ms of CPU in Django's
handler and more under gunicorn, on the request the newsroom most needs to take quickly (BENCHMARKS.md
section 4, fifth look). This middleware, placed right after SecurityMiddleware (so plain HTTP is still sent to
HTTPS, and HSTS and nosniff still answer), calls the webhook view at once for a path the URLconf resolves
to it, and hands every other request to the rest of the chain untouched.

What the skipped middleware would have done for a webhook, and why nothing is lost:
- CommonMiddleware validates the Host header (ALLOWED_HOSTS): done here too, as it does, by
  `request.get_host()` (DisallowedHost answers 400). Its slash redirect never applies: a path without the
  slash does not resolve to the view, so it goes the usual way and is redirected as before.
- CsrfViewMiddleware: the view is `csrf_exempt`. Sessions, auth, messages: the view reads none of them.
- CORS: `CORS_URLS_REGEX` covers only /api/ and /feeds/, so a webhook never had CORS headers.
- X-Frame-Options on a JSON answer to a server: nothing frames it.
- simple_history's middleware names the request's user on history rows: the webhook writes none.
An exception in the view is turned into a response as before (Django wraps every middleware with
`convert_exception_to_response`, so the JSON 500 of `newsroom.errors` answers).
"""
from __future__ import annotations

from django.urls import Resolver404, get_resolver

_WEBHOOK_PREFIX = "/ingest/webhooks/"


class WebhookFastPathMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith(_WEBHOOK_PREFIX):
            try:
                match = get_resolver().resolve(path)
            except Resolver404:
                match = None
            if match is not None and getattr(match.func, "view_class", None) is _webhook_view():
                request.get_host()  # ALLOWED_HOSTS, as CommonMiddleware checks it (DisallowedHost: 400)
                request.resolver_match = match
                return match.func(request, *match.args, **match.kwargs)
        return self.get_response(request)


def _webhook_view():
    from ingest.webhooks.views import WireWebhookView

    return WireWebhookView
