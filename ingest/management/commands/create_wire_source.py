from django.core.management.base import BaseCommand, CommandError

from ingest import services
from ingest.parse import FORMAT_CHOICES


class Command(BaseCommand):
    help = "Create or update a wire source. Prints the signing secret when it generates one."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--name")
        parser.add_argument("--secret", help="whsec_ + base64 key; generated when omitted on creation")
        parser.add_argument("--format", choices=FORMAT_CHOICES)

    def handle(self, *args, slug, name, secret, format, **options):
        if secret and not secret.startswith("whsec_"):
            raise CommandError("--secret must start with whsec_ (Standard Webhooks format)")
        source, created, generated = services.source_create_or_update(slug=slug, name=name, secret=secret, format=format)
        self.stdout.write(f"{'Created' if created else 'Updated'} wire source {source.slug!r} (format {source.format}).")
        if generated:
            self.stdout.write(f"Signing secret (shown once, store it with the sender): {generated}")
