from django.urls import path

from ingest.webhooks.views import WireWebhookView

app_name = "ingest"

urlpatterns = [
    path("webhooks/<slug:slug>/", WireWebhookView.as_view(), name="webhook"),
]
