"""The desk queue's search and filters without scans as the archive grows.

- "one source" and "urgency" filters list newest first: an index each on (field, -created_at, -id), so
  the page is a walk of the index, not a sort of every matching story (both databases).
- Headline and byline search by substring: on PostgreSQL, pg_trgm GIN indexes on the exact expression
  Django's `icontains` compares (`UPPER(col::text) LIKE UPPER('%term%')`), so a term of three or more
  characters is looked up in the index instead of read from every row. SQLite has no such index:
  there the search stays one LIKE pass over the table (the README says so).
"""
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

TRIGRAM_INDEXES = {
    "story_headline_trgm": "headline",
    "story_byline_trgm": "byline",
}


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, column in TRIGRAM_INDEXES.items():
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "ingest_story" USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):

    dependencies = [
        ("ingest", "0010_queue_columns"),
    ]

    operations = [
        TrigramExtension(),  # does nothing on other databases
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
        migrations.AddIndex(
            model_name="story",
            index=models.Index(fields=["source", "-created_at", "-id"], name="story_source_queue"),
        ),
        migrations.AddIndex(
            model_name="story",
            index=models.Index(fields=["urgency", "-created_at", "-id"], name="story_urgency_queue"),
        ),
    ]
