"""The "Editors" group: review, edit and publish stories; never manage sources or their secrets."""
from __future__ import annotations

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

EDITORS_GROUP = "Editors"

# app_label.codename. Deliveries are read-only in the admin; `change_delivery`
# only grants their "reprocess" action. Sources: view, nothing more.
EDITOR_PERMISSIONS = (
    "ingest.view_story",
    "ingest.change_story",
    "ingest.view_delivery",
    "ingest.change_delivery",
    "ingest.view_boilerplaterule",
    "ingest.add_boilerplaterule",
    "ingest.change_boilerplaterule",
    "ingest.view_wiresource",
)


@transaction.atomic
def editors_group_ensure() -> Group:
    """Create the group or reset its permissions to exactly EDITOR_PERMISSIONS (idempotent)."""
    # Permissions are created after migrations; on a just-flushed database they may not exist yet.
    create_permissions(apps.get_app_config("ingest"), verbosity=0)
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    wanted = [tuple(name.split(".", 1)) for name in EDITOR_PERMISSIONS]
    permissions = []
    for app_label, codename in wanted:
        permissions.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    group.permissions.set(permissions)
    return group
