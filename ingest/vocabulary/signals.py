"""What a single line says about itself: is it addressed to the reader, is it interface chrome, or is it copy?

These signals hold across wordings and languages, where a phrase list does
not: a prompt speaks to the reader ("you", an imperative) about the platform
(app, newsletter, comments, cookies); chrome is short labels joined by dots
or pipes, relative times and counts ("2 hours ago", "14 replies"); copy
reports speech, quotes people, narrates in the third person and carries
figures and names. The cleaner weighs them (ingest/clean/scoring.py); the
text parser asks the one question it needs before the headline.

Every value is a number in [0, 1], so a linear model can weigh them.
"""
from __future__ import annotations

import functools
import re
from types import MappingProxyType

from .words import (
    AD_LABELS, RELATED_LABELS, CALL_TO_ACTION_VERBS, OUTLET_VOICE, PLATFORM_NOUNS, RELATIVE_TIME, REPORTING_VERBS, RIGHTS_NOTICE_STEMS,
    SECOND_PERSON, THIRD_PERSON, UPDATE_NOTICE_STEMS,
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_RELATIVE_TIME = re.compile(RELATIVE_TIME, re.IGNORECASE)
# "14 replies", "(14)", "3 likes", "12 comments", "1.2K views": counts an interface shows.
_COUNT = re.compile(r"(?:^|\s)\(?\d[\d.,]*[kKmM]?\)?\s*(?:replies|reply|likes?|comments?|views?|shares?|votes?|points?|"
                    r"respuestas|réponses|antworten|risposte|respostas|reacties|svar|vastausta|odpowiedzi|odpovědí|"
                    r"yanıt|balasan|răspunsuri|válasz)?\s*$|^\(\d+\)$"
                    # a comments heading with its count in other languages: "Maoni (2)", "Bình luận (3)", "Σχόλια (4)"
                    r"|^(?:maoni|bình luận|σχόλια|hozzászólások|komentarze|komentáře|kommentarer|kommentare|comentarios|"
                    r"comentários|commentaires|commenti|reacties|yorumlar|komentar|comentarii|kommentit|mga komento)\s*\(\d+\)$",
                    re.IGNORECASE)
# Labels joined by middle dots, bullets or pipes: "Reply · Report", "Share | Email | Print".
_CHROME_JOIN = re.compile(r"\s[·•|]\s|^[·•|]|[·•|]$")
# A quotation is words in quotes; a button's label in quotes ("Accept", "Manage settings") is not one.
_QUOTE = re.compile(r"[\"“«„]([^\"“”«»„]+)[\"”»“]")
_FIGURE = re.compile(r"\d")
_TIME_OR_COUNT_ONLY = re.compile(r"^[\d:.,%()\s]+$")
_URL = re.compile(r"https?://|www\.|\.com\b|@\w+\.\w", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
# A press release's contact details: a phone number, or a "Media contact:" / "Contact:" label.
_CONTACT = re.compile(r"\+?\d[\d\s().-]{7,}\d|^\W*(?:media |press )?contacts?:", re.IGNORECASE)
# A capitalised word after the first word: a name or a place ("Mayor Karen Bass", "in Lagos").
_NAME_INSIDE = re.compile(r"(?<=\s)[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ]+)?")
_LABEL_OPENING = re.compile(r"^[^\W\d_][\w'’ -]{1,25}:\s")
_RELATED_OPENING = re.compile(r"^\W*(?:" + "|".join(re.escape(label) for label in RELATED_LABELS) + r")\s*[:|»›>-]", re.IGNORECASE)
# Where a prompt's imperative may stand: the line's start, a sentence's, or after a dash or an interface separator
# ("Shared from Brekkie · tap to open this story in the app", "Budite u toku – zapratite nas na Viberu!").
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\s[–—·•|]\s+)([^\W\d_][\w'’-]*)")
_RIGHTS_NOTICE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(stem) for stem in RIGHTS_NOTICE_STEMS) + r")|©", re.IGNORECASE)
_UPDATE_NOTICE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(stem) for stem in UPDATE_NOTICE_STEMS) + r")", re.IGNORECASE)

SIGNAL_NAMES = (
    "second_person", "outlet_voice", "imperative_opening", "call_to_action", "platform_nouns", "chrome_joined",
    "relative_time", "count_only", "short_unended", "question_or_exclamation", "label_opening", "related_label",
    "ad_label", "title_case", "has_link", "contact_details", "rights_notice", "update_notice", "reader_prompt",
    "reported_speech", "quotation", "third_person", "figures", "names_inside", "long_line",
)


def words_of(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


# Every signal saturates well within this many characters (a prompt is short; "long_line" tops out at 60 words),
# so a megabyte line costs no more than a paragraph.
MAX_CHARS = 1000


def line_signals(text: str) -> MappingProxyType:
    """The signals of one line of text, each in [0, 1] (read-only: the same line's are computed once).

    The cleaner asks for a line's signals several times (the story's span, a comment thread, the
    model's features), so they are remembered for the most recent lines.
    """
    return _signals_of(text[:MAX_CHARS])


@functools.lru_cache(maxsize=4096)
def _signals_of(text: str) -> MappingProxyType:
    words = words_of(text)
    count = len(words)
    stripped = text.strip()
    lowered = set(words)
    openings = {m.group(1).lower() for m in _SENTENCE_START.finditer(stripped)}
    capitalised = sum(1 for w in _WORD.findall(stripped) if w[:1].isupper())
    second_person = len(lowered & SECOND_PERSON)
    platform = sum(1 for w in words if w in PLATFORM_NOUNS)
    names = len(_NAME_INSIDE.findall(stripped))
    figures = len(_FIGURE.findall(_RELATIVE_TIME.sub("", stripped)))
    reported = any(w in REPORTING_VERBS for w in words) or any(
        phrase in stripped.lower() for phrase in ("according to", "a déclaré", "ha detto", "a declarat", "a spus")
    )
    call_to_action = sum(1 for w in words if w in CALL_TO_ACTION_VERBS)
    speaks_to_reader = bool(second_person or lowered & OUTLET_VOICE or openings & CALL_TO_ACTION_VERBS)
    return MappingProxyType({
        "second_person": min(second_person, 2) / 2,
        "outlet_voice": float(bool(lowered & OUTLET_VOICE)),
        "imperative_opening": float(bool(openings & CALL_TO_ACTION_VERBS)),
        "call_to_action": min(call_to_action, 3) / 3,
        "platform_nouns": min(platform, 3) / 3,
        "chrome_joined": float(bool(_CHROME_JOIN.search(stripped)) and count <= 12),
        "relative_time": float(bool(_RELATIVE_TIME.search(stripped))),
        "count_only": float(bool(_COUNT.search(stripped)) and count <= 3 or bool(_TIME_OR_COUNT_ONLY.match(stripped))),
        "short_unended": float(count <= 8 and not _SENTENCE_END.search(stripped)),
        "question_or_exclamation": float(stripped.endswith(("?", "!"))),
        "label_opening": float(bool(_LABEL_OPENING.match(stripped))),
        "related_label": float(bool(_RELATED_OPENING.match(stripped))),
        "ad_label": float(count <= 3 and bool(lowered & AD_LABELS)),
        "title_case": float(count >= 4 and capitalised / count >= 0.6 and not _SENTENCE_END.search(stripped)),
        "has_link": float(bool(_URL.search(stripped))),
        "contact_details": float(bool(_CONTACT.search(stripped))),
        # A rights or redistribution notice, and a note that the story is still being written: both are the
        # platform's or the agency's voice about the copy, not the copy.
        "rights_notice": float(bool(_RIGHTS_NOTICE.search(stripped)) and not reported),
        "update_notice": float(bool(_UPDATE_NOTICE.search(stripped)) and not reported),
        # The conjunction a linear model cannot draw by itself: the line speaks to the reader (you, we, an
        # imperative) *and* about the platform or an action on it, and reports nobody.
        "reader_prompt": float(speaks_to_reader and bool(platform or call_to_action) and not reported),
        "reported_speech": float(reported),
        "quotation": float(any(len(m.group(1).split()) > 2 for m in _QUOTE.finditer(stripped))),
        "third_person": min(len([w for w in words if w in THIRD_PERSON]), 2) / 2,
        "figures": min(figures, 4) / 4,
        "names_inside": min(names, 3) / 3,
        "long_line": min(count, 60) / 60,
    })


def addresses_reader(text: str) -> bool:
    """A line that speaks to the reader about the platform, and reports nobody, or an ad label: a prompt, not copy.

    "We use cookies to personalise content. Accept all?" is one;
    "Readers can sign up for the newsletter, the company said." is not.
    """
    signals = line_signals(text)
    if signals["ad_label"] and signals["short_unended"]:
        return True  # "Advertisement", "Publicidad" where an ad sits
    if signals["reported_speech"] or signals["quotation"]:
        return False
    speaks_to_reader = signals["second_person"] or signals["outlet_voice"] or (
        # "Subscribe, Unsubscribe: Newsletters Hit a Ceiling" is a headline; "Síguenos en Google News" is too short for one
        signals["imperative_opening"] and (not signals["title_case"] or len(text.split()) <= 4)
    )
    return bool(speaks_to_reader and signals["platform_nouns"])


def is_platform_note(text: str) -> bool:
    """A rights notice or a note that the story is still being written ("Artikeln uppdateras.", "Saken
    oppdateres."): the platform's or the agency's voice, never a headline's second line."""
    signals = line_signals(text)
    return bool(signals["rights_notice"] or signals["update_notice"])
