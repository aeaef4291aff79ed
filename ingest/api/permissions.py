"""Who may read what: anyone reads the public feed; staff (token or admin session) also read drafts and deliveries."""
from rest_framework.permissions import IsAdminUser


def is_staff(user) -> bool:
    return bool(user and user.is_authenticated and user.is_staff)


class IsStaff(IsAdminUser):
    """Django's `is_staff` flag: the same people who work in the admin."""
