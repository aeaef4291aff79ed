"""Editors' own saved queue views: save the queue's current filters under a name, remove them.

Each view belongs to one editor and holds the queue's URL parameters (selectors.desk_view_query),
so opening it is opening that queue through the admin's own filters: nothing to keep in step.
"""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from ingest.models import DeskView

# Enough for any desk; a cap so the views bar above the queue stays one or two lines.
DESK_VIEWS_PER_EDITOR = 20


@transaction.atomic
def desk_view_save(*, user, name: str, query: str) -> DeskView:
    """Save (or, under a name already used, replace) one of `user`'s queue views."""
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("Give the view a name.")
    if len(name) > DeskView._meta.get_field("name").max_length:
        raise ValidationError(f"A view's name is at most {DeskView._meta.get_field('name').max_length} characters.")
    if len(query) > DeskView._meta.get_field("query").max_length:
        raise ValidationError("These filters are too long to save as a view.")
    existing = DeskView.objects.select_for_update().filter(user=user, name=name).first()
    if existing is not None:
        existing.query = query
        existing.save(update_fields=["query"])
        return existing
    if DeskView.objects.filter(user=user).count() >= DESK_VIEWS_PER_EDITOR:
        raise ValidationError(f"You have {DESK_VIEWS_PER_EDITOR} saved views already: remove one first.")
    return DeskView.objects.create(user=user, name=name, query=query)


def desk_view_delete(*, user, view_id: int) -> bool:
    """Remove one of `user`'s own views; another editor's view is never touched (False)."""
    deleted, _ = DeskView.objects.filter(user=user, pk=view_id).delete()
    return bool(deleted)
