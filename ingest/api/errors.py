"""Every API error is JSON with a `detail` message (DRF's shape), never an HTML 500 page."""
from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, status
from rest_framework.views import exception_handler as drf_exception_handler


class Gone(exceptions.APIException):
    """The story existed and was killed: 410 tells caches and partners to drop their copy."""

    status_code = status.HTTP_410_GONE
    default_detail = "This story was withdrawn (killed) and is no longer available."
    default_code = "gone"


class BadQuery(exceptions.APIException):
    """A query parameter the API cannot use (bad filter value, tampered cursor)."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = "Invalid query parameter."
    default_code = "invalid"


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):  # e.g. a model field refusing a value: the caller's fault
        exc = exceptions.ValidationError(exc.messages)
    response = drf_exception_handler(exc, context)
    if response is not None and not (isinstance(response.data, dict) and "detail" in response.data):
        # Field-by-field validation errors: keep them, and add the one-line `detail` every error has.
        response.data = {"detail": _summary(response.data), "errors": response.data}
    return response


def _summary(errors) -> str:
    if isinstance(errors, dict):
        parts = [f"{field}: {' '.join(map(str, msgs)) if isinstance(msgs, list) else msgs}" for field, msgs in errors.items()]
        return "Invalid request. " + "; ".join(parts)
    if isinstance(errors, list):
        return "Invalid request. " + " ".join(map(str, errors))
    return str(errors)
