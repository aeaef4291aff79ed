from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from .views import DeliveryDetailView, DeliveryListView, StoryDetailView, StoryListView, StoryNinjsView

urlpatterns = [
    path("stories/", StoryListView.as_view(), name="story-list"),
    path("stories/<int:pk>/", StoryDetailView.as_view(), name="story-detail"),
    path("stories/<int:pk>/ninjs", StoryNinjsView.as_view(), name="story-ninjs"),
    path("deliveries/", DeliveryListView.as_view(), name="delivery-list"),
    path("deliveries/<int:pk>/", DeliveryDetailView.as_view(), name="delivery-detail"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema", template_name="api/redoc.html"), name="redoc"),
]
