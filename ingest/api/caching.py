"""Conditional GET for the API: ETag and Last-Modified on every 200, and 304 when the client's copy is current.

The ETag is a hash of the rendered body, so it changes whenever anything a reader sees changes (a kill
taking a story off a page, a new story on top) and differs between the JSON and ninjs forms.
"""
from __future__ import annotations

from datetime import datetime
from functools import partial

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import http_date, parse_http_date_safe


class ConditionalGetMixin:
    def last_modified(self) -> datetime | None:
        """When what this response shows last changed; None when unknown."""
        return None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        patch_vary_headers(response, ("Accept", "Authorization"))
        if request.user.is_authenticated:
            # A staff answer may hold drafts: never in a shared cache, always revalidated.
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
        modified = self.last_modified()
        if modified is not None:
            response.headers["Last-Modified"] = http_date(modified.timestamp())
        response.add_post_render_callback(partial(_answer_conditionally, request))
        return response


def _answer_conditionally(request, response):
    """After rendering: add the ETag, and swap in a 304 when If-None-Match / If-Modified-Since match."""
    set_response_etag(response)
    return get_conditional_response(
        request,
        etag=response.headers.get("ETag"),
        last_modified=parse_http_date_safe(response.headers.get("Last-Modified", "")),
        response=response,
    )
