"""Reader comment threads under a story are removed by their structure, from the opener to the end or to their last chrome."""
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


def test_a_thread_over_the_pages_footer_ends_at_its_last_chrome():
    """A pasted page's thread is followed by its footer: the thread goes, with a count beside its controls
    ("Reply · Like (12)"), and the footer's lines are left to their own rules."""
    thread = ["Comments (3)", "Sort by: Newest", "Pat O'Rourke", "2 hours ago",
              "Another 64 units and not a single extra school place in the town. Who is planning any of this?",
              "Reply · Like (12)", "Sheila M", "1 hour ago", "@Pat O'Rourke the school extension was approved in June.",
              "Reply · Like (4)", "Load more comments"]
    footer = ["You must be signed in to join the conversation. Sign in or create an account",
              "© 2026 The Lakeland Observer. All rights reserved.", "Terms & Conditions", "Privacy Policy",
              "Privacy Settings", "Contact Us"]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in [*STORY, *thread, *footer]]), SHIPPED)
    in_thread = [r.text for r in cleaned.removed if r.rule == "structure:comment-thread"]
    assert in_thread == thread
    assert [b.text for b in cleaned.item.blocks][:2] == STORY


def test_copy_after_a_short_run_of_comment_chrome_stays():
    lines = [*STORY, "Comments (2)", "Sort by: Newest", "Load more comments",
             "The council meets again on March 3, when it will vote on the dredging contract, the clerk said.",
             "Bids from three firms were opened on Friday and range from $2.1 million to $2.9 million.",
             "The harbor master said work could begin in April if the vote passes.",
             "A public hearing is set for February 24 at City Hall.",
             "Residents can send written comments to the clerk until then."]
    cleaned = clean(ParsedItem(format="text", blocks=[Block(text=t) for t in lines]), SHIPPED)
    assert [b.text for b in cleaned.item.blocks][-5:] == lines[-5:]
