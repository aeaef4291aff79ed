"""The webhook accepts every wire media type the format detector knows, and nothing else."""
import pytest

from ingest.parse.detect import CONTENT_TYPES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("media_type", sorted(CONTENT_TYPES))
def test_every_detectable_media_type_is_accepted(wire_source, post_signed, media_type):
    response = post_signed("wire", b"Headline\nBody paragraph of the story.\n", content_type=media_type)
    assert response.status_code == 202, (media_type, response.content)


@pytest.mark.parametrize("media_type", ["image/png", "multipart/form-data; boundary=x", "application/pdf"])
def test_other_media_types_are_refused(wire_source, post_signed, media_type):
    response = post_signed("wire", b"Headline\nBody.\n", content_type=media_type)
    assert response.status_code == 415 and "unsupported content type" in response.json()["detail"]
