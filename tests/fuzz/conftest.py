"""Hypothesis settings for the fuzz tests: 1,000 examples per test, no deadline (shared CI cores),
no example database written into the work tree."""
from hypothesis import HealthCheck, settings

FUZZ = settings(
    max_examples=1000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
