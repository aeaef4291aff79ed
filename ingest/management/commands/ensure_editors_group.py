"""Create or repair the "Editors" group (review and publish; no sources or secrets)."""
from django.core.management.base import BaseCommand

from ingest import services


class Command(BaseCommand):
    help = 'Create the "Editors" group, or reset its permissions to what editors need. Safe to run again.'

    def handle(self, *args, **options):
        group = services.editors_group_ensure()
        self.stdout.write(f'Group "{group.name}" has {group.permissions.count()} permissions: '
                          + ", ".join(services.EDITOR_PERMISSIONS))
