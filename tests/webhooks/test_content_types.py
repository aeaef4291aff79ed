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


def test_a_wordpress_rest_api_post_sent_as_json_becomes_a_story(wire_source, post_signed):
    """A partner forwarding `GET /wp-json/wp/v2/posts/<id>` as application/json: accepted, read as WordPress (it
    used to fail as ninjs: "'title' must be a string, found dict"), the newsletter nag in its content removed."""
    from ingest import services
    from ingest.models import Delivery, Story
    from tests.conftest import FIXTURES

    body = (FIXTURES / "formats" / "wordpress-post-embed.json").read_bytes()
    response = post_signed("wire", body, content_type="application/json")
    assert response.status_code == 202, response.content
    delivery = services.delivery_process(int(response.json()["delivery"]))
    assert delivery.status == Delivery.Status.DONE, delivery.last_error
    story = Story.objects.get(pk=delivery.story_id)
    assert story.headline == "Harbor ferry returns after winter’s repairs & a new dock"
    assert (story.byline, story.publisher, story.summary) == ("Mira Castellanos", "The Lakeshore Ledger", "")
    assert story.guid == "https://lakeshore-ledger.example/?p=51877"
    assert "newsletter" not in story.body_text and "The county paid $1.2 million" in story.body_text
