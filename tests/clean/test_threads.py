"""Reader comment threads under a story are removed by their structure, from the opener to the end."""
import pytest

from ingest.clean.engine import SHIPPED, clean
from ingest.items import Block, ParsedItem

STORY = [
    "PORTLAND, Maine — The city council approved a $12 million harbor budget on Tuesday after a four-hour debate.",
    "Council member Ray Stone said the plan would fix the north pier and dredge the channel before summer.",
]
THREADS = [
    ["Comments (14)", "Sort by: Newest", "harborfan22 · 2 hours ago", "This is a waste of money.", "Reply · Report",
     "Load more comments"],
    ["Kommentare (3)", "Anna K. · vor 2 Stunden", "Endlich passiert etwas.", "Antworten", "Reply", "Report"],
    ["maria_r 3h", "Finally some good news for the island.", "Reply", "Report", "ferryrider 5h", "Agreed.", "Reply"],
]


@pytest.mark.parametrize("thread", THREADS)
def test_a_thread_is_removed_to_the_end_with_a_record(thread):
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in [*STORY, *thread]]), SHIPPED)
    assert [b.text for b in cleaned.item.blocks] == STORY
    assert {r.text for r in cleaned.removed if r.rule == "structure:comment-thread"} >= {thread[0], thread[-1]}


def test_a_product_list_with_wattages_is_no_thread():
    lines = [*STORY, "Satechi 72W USB-C Power Delivery Car Charger",
             "It charges a laptop at full speed from the car, and it has held up on three long road trips so far.",
             "RAVPower 61W USB-C PD GaN Wall Charger",
             "The brick is small enough for a jacket pocket and charges an iPad Pro and a MacBook Pro together."]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in lines]), SHIPPED)
    assert [b.text for b in cleaned.item.blocks] == lines


def test_a_comments_line_inside_the_story_is_not_a_thread():
    lines = [*STORY, "Comments", "The board will take public comments until March 30, the chair said on Tuesday.",
             "Residents may write to the transit office or speak at the next meeting, officials said."]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in lines]), SHIPPED)
    assert "The board will take public comments until March 30, the chair said on Tuesday." in [b.text for b in cleaned.item.blocks]
