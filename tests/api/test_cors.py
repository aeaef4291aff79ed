"""The front end's origins (CORS_ALLOWED_ORIGINS) may read the feed from a browser; others may not."""
import pytest

from .factories import make_story

pytestmark = pytest.mark.django_db

FRONT_END = "https://www.example-news.com"


@pytest.fixture
def allowed(settings):
    settings.CORS_ALLOWED_ORIGINS = [FRONT_END]


def test_allowed_origin_can_read_and_see_cache_headers(api, wire_source, allowed):
    make_story(wire_source)
    response = api.get("/api/stories/", HTTP_ORIGIN=FRONT_END)
    assert response["Access-Control-Allow-Origin"] == FRONT_END
    exposed = response["Access-Control-Expose-Headers"]
    assert "ETag" in exposed and "Last-Modified" in exposed


def test_other_origins_get_no_cors_grant(api, wire_source, allowed):
    response = api.get("/api/stories/", HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 200 and not response.has_header("Access-Control-Allow-Origin")


def test_preflight_for_a_token_request(api, allowed):
    response = api.options(
        "/api/stories/", HTTP_ORIGIN=FRONT_END, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == FRONT_END
    assert "authorization" in response["Access-Control-Allow-Headers"].lower()
    assert "POST" not in response["Access-Control-Allow-Methods"]


def test_feeds_are_covered_and_the_admin_is_not(client, allowed):
    assert client.get("/feeds/stories.rss", HTTP_ORIGIN=FRONT_END)["Access-Control-Allow-Origin"] == FRONT_END
    assert not client.get("/admin/login/", HTTP_ORIGIN=FRONT_END).has_header("Access-Control-Allow-Origin")
