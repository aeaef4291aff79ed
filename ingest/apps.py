from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "ingest"
    verbose_name = "Wire ingest"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from ingest import checks  # noqa: F401 - registers the system checks
