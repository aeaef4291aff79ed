"""What `make run` needs on a fresh database: a demo wire source and a demo editor login."""
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from ingest import selectors, services


class Command(BaseCommand):
    help = (
        "Create the 'demo' wire source, an 'admin' superuser (password 'admin'), the Editors group and an "
        "'editor' login (password 'editor') when missing. Not for production."
    )

    def handle(self, *args, **options):
        if selectors.active_source("demo") is None:
            _, _, secret = services.source_create_or_update(slug="demo", name="Demo wire")
            self.stdout.write(f"Created wire source 'demo'; signing secret: {secret}")
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            User.objects.create_superuser("admin", "admin@example.com", "admin")
            self.stdout.write("Created demo superuser admin / admin")
        editors = services.editors_group_ensure()
        if not User.objects.filter(username="editor").exists():
            editor = User.objects.create_user("editor", "editor@example.com", "editor", is_staff=True)
            editor.groups.add(editors)
            self.stdout.write('Created demo editor editor / editor (group "Editors": review and publish, no sources)')
