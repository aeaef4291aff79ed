"""What the feed sends: the Story fields a front end renders, a ninjs 2.2 item, and deliveries for staff."""
from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ingest.models import Delivery, Story
from ingest.validators import string_list

from .ninjs import story_as_ninjs


class StringListField(serializers.ListField):
    """A JSON column read as a list of strings whatever it holds (see ingest.validators.string_list)."""

    def __init__(self, **kwargs):
        super().__init__(child=serializers.CharField(), read_only=True, **kwargs)

    def get_attribute(self, instance):
        # Read here, not in to_representation: DRF sends a stored null as null without asking the field.
        return string_list(super().get_attribute(instance))

    def to_representation(self, data):
        return data


class StorySerializer(serializers.ModelSerializer):
    source = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    authors = StringListField()
    keywords = StringListField()
    url = serializers.HyperlinkedIdentityField(view_name="story-detail")

    class Meta:
        model = Story
        fields = (
            "id", "url", "source", "guid", "version", "status",
            "headline", "subheadline", "byline", "authors", "dateline", "credit", "publisher", "edition",
            "summary", "body_html", "body_text", "language", "urgency", "keywords",
            "embargoed_until", "published_at", "updated_at", "wire_created_at", "wire_updated_at",
        )
        read_only_fields = fields


class NinjsStorySerializer(serializers.BaseSerializer):
    """A story as IPTC ninjs 2.2 (see `ingest.api.ninjs`)."""

    def to_representation(self, instance: Story) -> dict:
        return story_as_ninjs(instance)


def _text_objects(description: str) -> dict:
    return {
        "type": "array", "description": description,
        "items": {"type": "object", "required": ["value"], "properties": {
            "role": {"type": "string"}, "contenttype": {"type": "string"}, "value": {"type": "string"},
        }},
    }


class NinjsStorySchema(OpenApiSerializerExtension):
    """The OpenAPI outline of a ninjs item; the full rules are the IPTC schema shipped in ingest/api/schemas/."""

    target_class = NinjsStorySerializer

    def map_serializer(self, auto_schema, direction):
        named = {"type": "array", "items": {"type": "object", "properties": {
            "name": {"type": "string"}, "rel": {"type": "string"}, "role": {"type": "string"},
            "uri": {"type": "string"}, "literal": {"type": "string"}}}}
        return {
            "type": "object",
            "description": "An IPTC ninjs 2.2 news item (http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json).",
            "required": ["uri", "standard", "type", "version", "pubstatus", "headlines"],
            "properties": {
                "uri": {"type": "string"},
                "standard": {"type": "object", "properties": {
                    "name": {"type": "string"}, "version": {"type": "string"}, "schema": {"type": "string"}}},
                "type": {"type": "string", "enum": ["text"]},
                "representationtype": {"type": "string", "enum": ["full", "partial"]},
                "version": {"type": "string"},
                "firstcreated": {"type": "string", "format": "date-time"},
                "versioncreated": {"type": "string", "format": "date-time"},
                "embargoed": {"type": "string", "format": "date-time"},
                "pubstatus": {"type": "string", "enum": ["usable", "withheld", "canceled"]},
                "urgency": {"type": "number"},
                "language": {"type": "string"},
                "headlines": _text_objects("Main headline, and the subheadline with role `sub`."),
                "descriptions": _text_objects("The summary."),
                "bodies": _text_objects("The body as sanitized HTML and as plain text."),
                "by": {"type": "string"},
                "located": {"type": "string"},
                "people": named,
                "infosources": named,
                "subjects": named,
                "altids": {"type": "array", "items": {"type": "object", "properties": {
                    "role": {"type": "string"}, "value": {"type": "string"}}}},
            },
        }


class DeliverySerializer(serializers.ModelSerializer):
    """A webhook request as received (without its body: that is in the detail), for staff."""

    source = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Delivery
        fields = (
            "id", "source", "webhook_id", "received_at", "content_type", "size", "sha256", "status", "format",
            "attempts", "last_error", "queued_at", "processed_at", "story",
        )
        read_only_fields = fields


class DeliveryDetailSerializer(DeliverySerializer):
    body = serializers.SerializerMethodField()

    class Meta(DeliverySerializer.Meta):
        fields = (*DeliverySerializer.Meta.fields, "headers", "body")
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.STR)
    def get_body(self, delivery: Delivery) -> str:
        return delivery.body_text


class ErrorSerializer(serializers.Serializer):
    """Every error the API sends: a one-line `detail`, and per-parameter `errors` for a 400 on bad input."""

    detail = serializers.CharField()
    errors = serializers.DictField(child=serializers.ListField(child=serializers.CharField()), required=False)
