"""The benchmarks' bare view exists only when a benchmark turns it on (NEWSROOM_BENCH_BARE_VIEW)."""
from __future__ import annotations

import importlib

import pytest
from django.test import override_settings
from django.urls import clear_url_caches

import newsroom.urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def reload_urls():
    """Rebuild the URLs under the settings the test sets, and put the usual ones back after."""
    def reload():
        clear_url_caches()
        importlib.reload(newsroom.urls)

    yield reload
    reload()


def test_the_bare_view_is_not_routed_by_default(client, settings):
    assert settings.BENCH_BARE_VIEW is False
    assert client.post("/bench/bare/any/", data=b"x", content_type="text/plain").status_code == 404


def test_the_bare_view_answers_202_without_work_when_a_benchmark_turns_it_on(client, reload_urls, django_assert_num_queries):
    with override_settings(BENCH_BARE_VIEW=True):
        reload_urls()
        with django_assert_num_queries(0):
            response = client.post("/bench/bare/any/", data=b"x", content_type="text/plain")
        assert response.status_code == 202 and response.json() == {"status": "queued"}
        assert client.get("/bench/bare/any/").status_code == 405
