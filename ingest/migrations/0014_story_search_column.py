"""Full text matched on a stored tsvector instead of one computed per row (PostgreSQL only).

EXPLAIN ANALYZE of `q=<a common word>` at 1,000,000 stories showed where its time went: the probe of
`selectors.stories_matching` walked an index (or the table) and ran `to_tsvector` over headline and body
of every row it met until 1,001 matched (about 4,300 rows, some 30 ms), and the feed's newest-first walk
did the same for each row it passed. The GIN index on that expression cannot help a walk: every row the
walk meets is parsed again. A stored generated column is parsed once, when the story is written, and the
walks then only test `@@` on it. The GIN index moves to the column; the expression index goes.

The column is not a model field (Django would try to write it, and SQLite, which searches with LIKE,
has no tsvector): `selectors.stories_matching` names it. PostgreSQL computes it on every INSERT and
UPDATE of headline or body, so nothing in the product has to keep it up to date. Adding it rewrites
the table once (a lock for the length of that rewrite on a large archive).
"""
from django.db import migrations

COLUMN = "search_vector"
INDEX = "story_search_stored"
OLD_INDEX = "story_search"
# The same expression the old index (migration 0003) was built on: the same words match.
EXPRESSION = "to_tsvector('simple'::regconfig, COALESCE(headline, '')::text || ' ' || COALESCE(body_text, '')::text)"


def add_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return  # SQLite searches with LIKE (see selectors.stories_matching)
    schema_editor.execute(f"ALTER TABLE ingest_story ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS ({EXPRESSION}) STORED")
    schema_editor.execute(f"CREATE INDEX {INDEX} ON ingest_story USING gin ({COLUMN})")
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def drop_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON ingest_story USING gin (({EXPRESSION}))")
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"ALTER TABLE ingest_story DROP COLUMN IF EXISTS {COLUMN}")


class Migration(migrations.Migration):

    dependencies = [
        ('ingest', '0013_source_disabled_categories'),
    ]

    operations = [
        migrations.RunPython(add_column, drop_column),
    ]
