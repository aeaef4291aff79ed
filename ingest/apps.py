from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "ingest"
    verbose_name = "Wire ingest"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save

        from ingest import checks  # noqa: F401 - registers the system checks
        from ingest.selectors import forget_webhook_sources
        from ingest.services.editors import editors_group_after_migrate

        # `migrate` creates or repairs the Editors group (after auth has made the permissions).
        post_migrate.connect(editors_group_after_migrate, sender=self, dispatch_uid="ingest.editors_group")
        # The webhook's remembered sources (selectors.webhook_source) go stale when one changes.
        post_save.connect(forget_webhook_sources, sender="ingest.WireSource", dispatch_uid="ingest.forget_sources_saved")
        post_delete.connect(forget_webhook_sources, sender="ingest.WireSource", dispatch_uid="ingest.forget_sources_deleted")
