"""The "Editors" group: review, edit and publish stories; never manage sources or their secrets."""
from __future__ import annotations

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS, transaction

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


def editors_group_ensure(*, using: str = DEFAULT_DB_ALIAS) -> Group:
    """Create the group or reset its permissions to exactly EDITOR_PERMISSIONS (idempotent).

    Runs after every `migrate` (IngestConfig connects it to post_migrate), so a
    new deployment has the group without a separate step; `ensure_editors_group`
    repairs a group someone edited by hand.
    """
    with transaction.atomic(using=using):
        # Permissions are created after migrations; on a just-flushed database they may not exist yet.
        create_permissions(apps.get_app_config("ingest"), verbosity=0, using=using)
        group, _ = Group.objects.db_manager(using).get_or_create(name=EDITORS_GROUP)
        permissions = []
        for name in EDITOR_PERMISSIONS:
            app_label, codename = name.split(".", 1)
            permissions.append(
                Permission.objects.db_manager(using).get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(permissions)
    return group


def editors_group_after_migrate(sender, using: str = DEFAULT_DB_ALIAS, plan=None, **kwargs) -> None:
    """post_migrate receiver: every `migrate` leaves the Editors group as editors need it."""
    if plan is not None and plan and all(backwards for _, backwards in plan):
        return  # unapplying migrations: the tables the permissions name may be gone
    editors_group_ensure(using=using)
