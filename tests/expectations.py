"""Compare a story (draft or model) with an expected.json entry, field by field."""

SCALAR_FIELDS = ("headline", "subheadline", "publisher", "dateline", "byline", "authors", "edition", "summary", "credit")


def assert_matches_expected(story, expected: dict) -> None:
    for name in SCALAR_FIELDS:
        if name in expected:
            assert getattr(story, name) == expected[name], f"{name}: {getattr(story, name)!r} != {expected[name]!r}"
    paragraphs = story.body_text.split("\n\n")
    for paragraph in expected.get("body_must_contain_paragraphs", []):
        assert paragraph in paragraphs, f"paragraph missing or altered: {paragraph[:80]!r}"
        assert f"<p>{paragraph}</p>" in story.body_html
    lines = story.body_text.split("\n")
    if "body_must_contain_list_title" in expected:
        assert expected["body_must_contain_list_title"] in lines
    for item in expected.get("body_must_contain_list_items", []):
        assert item in lines and f"<li>{item}</li>" in story.body_html
    for text in expected.get("body_must_not_contain", []):
        assert text not in story.body_text and text not in story.body_html
    removed = [piece["text"] for piece in story.removed]
    for text in expected.get("removed_boilerplate", []):
        assert text in removed
