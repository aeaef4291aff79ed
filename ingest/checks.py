"""System checks for the INGEST settings: a typo in a rate limit is reported at start-up, not as a 500 per request."""
from django.core import checks

from ingest.conf import ingest_setting


@checks.register(checks.Tags.security)
def check_rate_limits(app_configs=None, **kwargs):
    from ingest.webhooks.ratelimit import parse_rate

    rates = {"INGEST_RATE_LIMIT": ingest_setting("RATE_LIMIT"),
             "INGEST_FAILED_SIGNATURE_LIMIT": ingest_setting("FAILED_SIGNATURE_LIMIT")}
    rates.update({f"INGEST_SOURCE_RATE_LIMITS[{slug}]": text
                  for slug, text in (ingest_setting("SOURCE_RATE_LIMITS") or {}).items()})
    errors = []
    for name, text in rates.items():
        try:
            parse_rate(text)
        except ValueError as exc:
            errors.append(checks.Error(str(exc), hint="Write it like '600/m', '20/s', '1000/10m' or 'off'.",
                                       obj=name, id="ingest.E001"))
    return errors
