"""Hypothesis settings for the fuzz tests: 1,000 examples per test, no deadline (shared CI cores),
no example database written into the work tree.

Derandomized, so CI runs the same 1,000 examples each time and a red run is reproducible; set
FUZZ_RANDOM=1 to explore new inputs locally (what it finds becomes a regression test).
"""
import os

from hypothesis import HealthCheck, settings

FUZZ = settings(
    max_examples=1000,
    deadline=None,
    database=None,
    derandomize=not os.environ.get("FUZZ_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
