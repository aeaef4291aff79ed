from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.http import conditional_page

from ingest.feeds import LatestStoriesAtomFeed, LatestStoriesFeed, SourceStoriesAtomFeed, SourceStoriesFeed

from ingest.health import healthz
from ingest.metrics_view import metrics_view

urlpatterns = [
    path("admin/", admin.site.urls),
    path("ingest/", include("ingest.urls")),
    path("api/", include("ingest.api.urls")),
    # RSS 2.0 and Atom; conditional_page adds an ETag and answers 304 to a reader whose copy is current.
    path("feeds/stories.rss", conditional_page(LatestStoriesFeed()), name="feed-rss"),
    path("feeds/stories.atom", conditional_page(LatestStoriesAtomFeed()), name="feed-atom"),
    path("feeds/<slug:slug>/stories.rss", conditional_page(SourceStoriesFeed()), name="source-feed-rss"),
    path("feeds/<slug:slug>/stories.atom", conditional_page(SourceStoriesAtomFeed()), name="source-feed-atom"),
    path("healthz", healthz, name="healthz"),
    path("metrics", metrics_view, name="metrics"),
]

if settings.BENCH_BARE_VIEW:  # benchmarks only: the floor the webhook's intake is measured against
    from newsroom.bench_views import bare_accept

    urlpatterns.append(path("bench/bare/<slug:slug>/", bare_accept, name="bench-bare"))

handler404 = "newsroom.errors.not_found"
handler500 = "newsroom.errors.server_error"
