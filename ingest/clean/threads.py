"""A reader comment thread pasted under the story: found by its structure, removed as one block.

No phrase list can name the comments themselves ("This is a waste of
money."), but a thread has a shape no story has: a section opener ("Comments
(14)", "Join the conversation", "Sort by: Newest") or a commenter's header
("harborfan22 · 2 hours ago"), then interface chrome among the lines that
follow (relative times, "Reply · Report", "Load more comments", counts).
The thread runs while its chrome does: to the end of the item, or, where
the page's footer follows it ("© 2026 The Lakeland Observer", "Privacy
Policy"), to its last piece of chrome. All of it goes, each piece recorded so
an editor can put it back.
"""
from __future__ import annotations

import re

from ingest.items import Block
from ingest.vocabulary.signals import line_signals

from .scoring import story_span

_COMMENT_WORDS = (
    r"comments?|reader comments|responses|replies|discussion|conversation|kommentare|commentaires|comentarios|commenti|"
    r"comentários|reacties|kommentarer|kommentit|komentarze|komentáře|yorumlar|komentar|comentarii|hozzászólások"
)
_OPENER = re.compile(
    r"^\W*(?:\d+\s+)?(?:" + _COMMENT_WORDS + r")\b(?:\s*\(\d+\))?\W*$"
    r"|^\W*(?:join|start|read|view|show|see|load)\s+(?:the\s+|all\s+|more\s+)?(?:\d+\s+)?(?:" + _COMMENT_WORDS + r")\b"
    r"|^\W*(?:leave|post|add|write)\s+an?\s+(?:comment|reply)\b|^\W*sort(?:ed)?\s+by\b",
    re.IGNORECASE,
)
# Interface controls of a thread: "Reply", "Report", "Like", "Share", "Flag", "Load more comments", "Show replies".
_CONTROL = re.compile(
    r"^\W*(?:(?:reply|report|like|likes|flag|share|upvote|downvote|quote|edit|delete|hide|block|mute|follow|"
    r"show (?:\d+ )?(?:more )?repl(?:y|ies)|view (?:\d+ )?repl(?:y|ies)|load more(?: comments| replies)?|"
    r"see more|show more|read more)(?:\s*\(\d+\)|\s+\d+)?\W*)+$",  # a count beside a control: "Reply · Like (12)"
    re.IGNORECASE,
)
_MAX_WORDS_OPENER = 10


def _at_most_words(text: str, count: int) -> bool:
    """len(text.split()) <= count, without splitting the rest of a long paragraph."""
    return len(text.split(maxsplit=count)) <= count


def _is_opener(block: Block) -> bool:
    text = block.text.strip()
    # The count of words first: a paragraph of copy has more than ten, told by a split that stops there, where the
    # pattern, anchored but case-insensitive over dozens of words, tries each at the line's start (about 4 us).
    return bool(text) and _at_most_words(text, _MAX_WORDS_OPENER) and bool(_OPENER.match(text))


def _is_commenter_header(block: Block) -> bool:
    """ "harborfan22 · 2 hours ago", "Maria K. 3h": a short line whose age is what it says."""
    text = block.text.strip()
    return bool(text) and _at_most_words(text, 8) and bool(line_signals(text)["relative_time"])


def _is_chrome(block: Block) -> bool:
    text = block.text.strip()
    if not text:
        return False
    signals = line_signals(text)
    return bool(_CONTROL.match(text) or _OPENER.match(text) and len(text.split()) <= _MAX_WORDS_OPENER
                or (signals["relative_time"] and len(text.split()) <= 8) or signals["count_only"])


def comment_thread_span(blocks: list[Block], span: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """(first, last) index of a comment thread under the story, or None. `span` is `story_span(blocks)` when the
    caller has it."""
    first_story, _ = story_span(blocks) if span is None else span
    if first_story < 0:
        return None
    for index in range(first_story + 1, len(blocks)):
        block = blocks[index]
        opener = _is_opener(block)
        if not (opener or _is_commenter_header(block)):
            continue
        later = blocks[index:]
        marks = _dense_run([i for i, b in enumerate(later) if _is_chrome(b)])
        controls = any(_CONTROL.match(b.text.strip()) or _is_opener(b) for b in later[:marks[-1] + 1] if b.text.strip()) \
            if marks else False
        # From an opener, two chrome lines make a thread; from a commenter's header, three and a control.
        if len(marks) >= 2 and opener or len(marks) >= 3 and controls:
            last = len(blocks) - 1 if len(later) - marks[-1] <= _MAX_GAP else index + marks[-1]
            return index, last
    return None


# A thread is dense with chrome: no run of more than three lines without any.
_MAX_GAP = 4


def _dense_run(marks: list[int]) -> list[int]:
    """The chrome lines of the thread that opens at 0: those from the start up to the first gap of more than three
    lines without any. Empty when the opener's line is itself no chrome and the next chrome is too far."""
    if not marks or marks[0] >= _MAX_GAP:
        return []
    run = [marks[0]]
    for mark in marks[1:]:
        if mark - run[-1] > _MAX_GAP:
            break
        run.append(mark)
    return run
