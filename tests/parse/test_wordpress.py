"""WordPress REST API posts (wp/v2): every field the parser reads, from invented posts shaped as the API answers."""
import json
from datetime import datetime, timezone

import pytest

from ingest.items import HEADING, LIST
from ingest.parse import wordpress
from ingest.parse.status import CANCELED

from .formats import assert_parse_error, block_texts, fixture, only

UTC = timezone.utc

CASES = [
    # (fixture, post index, field, expected)
    ("wordpress-post-embed.json", 0, "format", "wordpress"),
    ("wordpress-post-embed.json", 0, "guid", "https://lakeshore-ledger.example/?p=51877"),
    ("wordpress-post-embed.json", 0, "headline", "Harbor ferry returns after winter’s repairs & a new dock"),  # entities
    ("wordpress-post-embed.json", 0, "byline", "Mira Castellanos"),  # _embedded.author[].name
    ("wordpress-post-embed.json", 0, "publisher", "The Lakeshore Ledger"),  # yoast og_site_name
    ("wordpress-post-embed.json", 0, "language", "en-US"),  # yoast og_locale
    ("wordpress-post-embed.json", 0, "summary", ""),  # the automatic excerpt, cut with "[&hellip;]": the lede again
    ("wordpress-post-embed.json", 0, "firstcreated", datetime(2024, 5, 14, 10, 45, tzinfo=UTC)),  # date_gmt
    ("wordpress-post-embed.json", 0, "versioncreated", datetime(2024, 5, 14, 13, 2, 11, tzinfo=UTC)),  # modified_gmt
    ("wordpress-post-embed.json", 0, "keywords", ["Local News", "Ferries", "Port Ellis"]),  # no "Uncategorized"
    ("wordpress-post-embed.json", 0, "pubstatus", "usable"),
    ("wordpress-post-embed.json", 0, "embargoed", None),
    ("wordpress-posts-list.json", 0, "headline", "Council backs heritage status for grain elevator"),  # <em> dropped
    ("wordpress-posts-list.json", 0, "byline", "Priya Deshmukh and Tom O’Reilly"),  # coauthors over the "admin" user
    ("wordpress-posts-list.json", 0, "summary", "A petition with 600 names tipped the balance for the 1928 landmark."),
    ("wordpress-posts-list.json", 0, "publisher", ""),  # no Yoast, no site name: none is named
    ("wordpress-posts-list.json", 1, "guid", "https://prairiewire.example/?p=905"),
    ("wordpress-posts-list.json", 1, "byline", ""),  # the embedded author is the API's error entry
    ("wordpress-posts-list.json", 1, "summary", ""),  # a short post's whole text as its excerpt, uncut: still the lede
    ("wordpress-posts-list.json", 1, "embargoed", datetime(2024, 9, 5, 11, 0, tzinfo=UTC)),  # status "future"
    ("wordpress-yoast-head.json", 0, "publisher", "Valley Beacon"),  # older Yoast: meta tags in yoast_head
    ("wordpress-yoast-head.json", 0, "language", "en-CA"),
    ("wordpress-yoast-head.json", 0, "byline", "By Owen Fairweather"),  # no author object: the body's "By" line
    ("wordpress-yoast-head.json", 0, "summary", "Board votes to keep doors open until 8 p.m. on Saturdays."),
]


@pytest.mark.parametrize(("name", "index", "field", "expected"), CASES, ids=[f"{c[0]}[{c[1]}]:{c[2]}" for c in CASES])
def test_fixture_fields(name, index, field, expected):
    items = wordpress.parse(fixture(name), "application/json")
    assert getattr(items[index], field) == expected


def test_an_array_of_posts_gives_one_item_per_post():
    items = wordpress.parse(fixture("wordpress-posts-list.json"), "application/json")
    assert [item.extra["id"] for item in items] == ["902", "905"]


def test_content_goes_through_the_body_markup_reader():
    """Paragraphs, headings, lists and Gutenberg's table figure are copy; a picture's figure and caption are not;
    the newsletter nag stays a paragraph for the cleaner to remove with a record."""
    item = only(wordpress.parse(fixture("wordpress-post-embed.json"), "application/json"))
    assert [block.kind for block in item.blocks][:3] == ["paragraph", "paragraph", HEADING]
    assert LIST in [block.kind for block in item.blocks]
    texts = block_texts(item)
    assert "7:00 a.m. | 7:40 a.m." in texts
    assert not any("Photo: Dan Ortiz" in text for text in texts)
    assert "Sign up for our free daily newsletter to get the latest news delivered to your inbox." in texts
    assert item.extra["link"] == "https://lakeshore-ledger.example/2024/05/14/harbor-ferry-returns/"


def test_the_body_byline_line_is_taken_only_when_no_author_is_named():
    item = only(wordpress.parse(fixture("wordpress-yoast-head.json"), "application/json"))
    assert block_texts(item)[0].startswith("The Valley Public Library")


def _post(**fields) -> bytes:
    post = {"id": 7, "guid": {"rendered": "https://site.example/?p=7"}, "link": "https://site.example/p/",
            "title": {"rendered": "A headline"}, "content": {"rendered": "<p>Copy of the story, long enough.</p>"},
            "excerpt": {"rendered": ""}}
    post.update(fields)
    return json.dumps(post).encode()


EMBEDDED = [
    # (fields of the post, field, expected)
    ({"_embedded": {"author": [{"name": "admin", "slug": "admin"}]}}, "byline", ""),  # a login left as the name
    ({"_embedded": {"author": [{"name": "jdoe42", "slug": "jdoe"}]}}, "byline", ""),
    ({"_embedded": {"author": [{"name": "Ana Ruiz", "slug": "aruiz"}]}}, "byline", "Ana Ruiz"),
    ({"coauthors": [{"display_name": "A One"}, {"display_name": "B Two"}, {"display_name": "C Three"}]}, "byline",
     "A One and B Two and C Three"),
    ({"authors": [{"display_name": "Kim Lee", "slug": "kim-lee"}]}, "byline", "Kim Lee"),  # PublishPress Authors
    ({"coauthors": [3, 4], "yoast_head_json": {"author": "Lu Chen"}}, "byline", "Lu Chen"),  # ids name no one
    ({"yoast_head_json": {"twitter_misc": {"Written by": "Sam Okoro"}}}, "byline", "Sam Okoro"),
    ({"yoast_head_json": {"schema": {"@graph": [{"@type": "WebSite", "name": "Ridge Times"}]}}}, "publisher",
     "Ridge Times"),
    ({"yoast_head_json": {"schema": {"@graph": [{"@type": ["Article"], "articleSection": ["Courts"],
                                                 "keywords": ["Appeals"], "inLanguage": "fr-CA"}]}}},
     "keywords", ["Courts", "Appeals"]),
    ({"excerpt": {"rendered": "<p>Copy of the story, long enough. <a class=\"more-link\" href=\"/p/\">Continue reading</a></p>"}},
     "summary", ""),  # a theme's "Continue reading" link after the automatic excerpt
    ({"excerpt": {"rendered": "<p>What the council decided, and why it matters.</p>"}}, "summary",
     "What the council decided, and why it matters."),
    ({"yoast_head_json": {"description": "Copy of the story, long enough."}}, "summary", ""),
    ({"yoast_head_json": {"description": "A written meta description of the story."}}, "summary",
     "A written meta description of the story."),
    ({"guid": None, "link": None}, "guid", "wordpress:post:7"),  # the post id outlives an edit; a content hash not
    ({"title": "A plain string title &amp; more"}, "headline", "A plain string title & more"),
    ({"status": "trash"}, "pubstatus", CANCELED),
    ({"date_gmt": None, "date": "2024-02-01T08:00:00"}, "firstcreated", datetime(2024, 2, 1, 8, 0, tzinfo=UTC)),
]


@pytest.mark.parametrize(("fields", "field", "expected"), EMBEDDED, ids=[f"{c[1]}-{i}" for i, c in enumerate(EMBEDDED)])
def test_post_fields(fields, field, expected):
    assert getattr(only(wordpress.parse(_post(**fields), "application/json")), field) == expected


REFUSED = [
    # (body, message, where)
    (fixture("wordpress-broken.json"), "WordPress export is not valid JSON", "line 14"),
    (b"", "the body is empty", "byte 0"),
    (b"[]", "an empty list of posts", "the top level"),
    (b'"a string"', "expected a post object, found str", "the top level"),
    (b'[{"id": 1, "title": {"rendered": "T"}, "content": {"rendered": "<p>x</p>"}}, 5]', "found int", "post 1"),
    (_post(title={"rendered": ""}, content={"rendered": ""}), "neither a title.rendered nor a content.rendered",
     "id 7"),
    (_post(title={"rendered": ["list"]}), "title.rendered must be a string, found list", "field 'title'"),
    (_post(link={"href": "x"}), "'link' must be a string", "field 'link'"),
    (b'{"code": "rest_post_invalid_id", "message": "Invalid post ID.", "data": {"status": 404}}',
     "the API's error answer, not a post: rest_post_invalid_id: Invalid post ID.", "the top level"),
    (_post(content={"rendered": "", "protected": True}), "password-protected", "the top level"),
    (_post(type="attachment"), "only media posts", "the top level"),
]


@pytest.mark.parametrize(("raw", "message", "where"), REFUSED, ids=[c[1][:30] for c in REFUSED])
def test_bad_input_is_a_clear_parse_error(raw, message, where):
    assert_parse_error(wordpress.parse, raw, "application/json", message, where)


def test_a_protected_post_in_a_list_is_skipped_the_others_kept():
    posts = [json.loads(_post(content={"rendered": "", "protected": True})), json.loads(_post(id=8))]
    items = wordpress.parse(json.dumps(posts).encode(), "application/json")
    assert [item.extra["id"] for item in items] == ["8"]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"title": {"rendered": "T"}, "content": {"rendered": ""}}, True),
        ([{"title": {"rendered": "T"}, "content": {"rendered": "", "protected": True}}], True),
        ({"title": "T", "content": "<p>x</p>"}, False),  # strings: not the REST API's shape
        ({"uri": "u", "headline": "H", "body_html": "<p>x</p>"}, False),  # ninjs
        ({"title": {"rendered": "T"}}, False),
        ([], False),
    ],
)
def test_the_shape_that_makes_a_post(document, expected):
    assert wordpress.is_wordpress_post(document) is expected
