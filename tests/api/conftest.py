import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def staff_api(django_user_model):
    """A client sending a staff member's DRF token, as a partner integration or the CMS would."""
    user = django_user_model.objects.create_user("desk", password="x", is_staff=True)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def reader_api(django_user_model):
    """A token of a user who is not staff."""
    user = django_user_model.objects.create_user("reader", password="x")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client
