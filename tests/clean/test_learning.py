"""Learning recurring lines: footers are suggested, story text that merely repeats is not."""
import pytest

from ingest.clean.learning import StoryLines, recurring_lines

FOOTER = "Get the Ledger app for alerts, free for subscribers."


def _stories(count, extra_lines=()):
    return [
        StoryLines(key=f"story-{n}", lines=[
            f"SPRINGFIELD (AP) — Story number {n} begins with its own news about topic {n}.",
            f"Officials said more details would follow. Topic {n} was the week's top item.",
            *extra_lines,
        ])
        for n in range(count)
    ]


def test_a_footer_in_most_stories_is_suggested_once_with_its_counts():
    suggestions = recurring_lines(_stories(6, [FOOTER]))
    assert [(s.line, s.stories, s.of) for s in suggestions] == [(FOOTER, 6, 6)]


@pytest.mark.parametrize(
    "line",
    [
        "SPRINGFIELD (AP) —",  # a standing dateline alone on its line
        "WASHINGTON (AP) -- The Senate met.",  # a paragraph a dateline opens
        "By Jane Doe",  # the same reporter files every day
        "— — —",  # a separator has no words
        "2025",
    ],
)
def test_lines_that_repeat_in_real_copy_are_never_suggested(line):
    assert recurring_lines(_stories(6, [line])) == []


def test_the_same_story_resent_counts_once():
    stories = [StoryLines(key="same-story", lines=[FOOTER]) for _ in range(10)]
    assert recurring_lines(stories) == []


def test_thresholds_need_enough_stories_and_a_large_enough_share():
    few = _stories(2, [FOOTER])
    assert recurring_lines(few) == []  # fewer than min_stories
    many = _stories(20)
    for story in many[:4]:
        story.lines.append(FOOTER)  # 4 of 20 = 20 % < 30 %
    assert recurring_lines(many) == []
    assert [s.line for s in recurring_lines(many, min_share=0.2)] == [FOOTER]


def test_spelling_variants_are_one_line_shown_as_most_often_sent():
    stories = _stories(4, [FOOTER])
    stories[0].lines[-1] = FOOTER.upper()
    assert [s.line for s in recurring_lines(stories)] == [FOOTER]
