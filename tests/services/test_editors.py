"""The Editors group: review and publish, never manage sources or secrets."""
import pytest
from django.core.management import call_command

from ingest import services

pytestmark = pytest.mark.django_db


def test_group_has_exactly_the_editor_permissions_and_is_idempotent(django_user_model):
    group = services.editors_group_ensure()
    services.editors_group_ensure()
    codenames = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
    assert codenames == set(services.EDITOR_PERMISSIONS)

    editor = django_user_model.objects.create_user("ed", password="x", is_staff=True)
    editor.groups.add(group)
    assert editor.has_perm("ingest.change_story")
    for forbidden in ("ingest.add_wiresource", "ingest.change_wiresource", "ingest.delete_wiresource",
                      "ingest.delete_story", "ingest.add_story"):
        assert not editor.has_perm(forbidden), forbidden


def test_command_repairs_a_group_with_extra_permissions():
    from django.contrib.auth.models import Permission

    group = services.editors_group_ensure()
    group.permissions.add(Permission.objects.get(codename="change_wiresource"))
    call_command("ensure_editors_group", stdout=open("/dev/null", "w"))
    assert not group.permissions.filter(codename="change_wiresource").exists()


def test_migrate_creates_the_group_and_repairs_it():
    """The test database was built by `migrate`: the group is there without ensure_editors_group."""
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.get(name="Editors")
    assert {p.codename for p in group.permissions.all()} == {n.split(".")[1] for n in services.EDITOR_PERMISSIONS}

    group.permissions.add(Permission.objects.get(codename="change_wiresource"))
    call_command("migrate", verbosity=0)
    assert not group.permissions.filter(codename="change_wiresource").exists()

    group.delete()
    call_command("migrate", verbosity=0)
    assert Group.objects.get(name="Editors").permissions.count() == len(services.EDITOR_PERMISSIONS)
