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
from collections.abc import Mapping

from .gates import DIGIT, GateSet, SearchGate, fold
from .words import (
    ACCOUNT_LOANWORD, ACCOUNT_STEMS, AD_LABELS, ADVICE_STEMS, AUTHOR_STEMS, BECAUSE_STEMS, CALL_TO_ACTION_VERBS, COMMENT_POLICY_STEMS,
    AMBIGUOUS_RELATED_LABELS, COMMENT_STEMS, INBOX_CADENCE, LABEL_COLONS, INBOX_PHRASES, LIST_MEMBERSHIP_STEMS, MAIL_DISCLAIMER_SELF, MAIL_NOUNS,
    NOTIFICATION_ALLOWING_STEMS, NOTIFICATION_STEMS,
    FREE_ARTICLE_STEMS, NEWSLETTER_STEMS, NOT_NECESSARILY, OFFER_STEMS, OUTLET_VOICE, PLATFORM_NOUNS, RECEIVE_STEMS, RELATED_LABELS,
    RELATIVE_TIME, REPORTING_IN_COMPANY, REPORTING_VERBS, RIGHTS_FORBIDDING_STEMS, RIGHTS_FORBIDDING_STEMS_UNSPACED, RIGHTS_NOTICE_STEMS,
    RIGHTS_NOTICE_STEMS_UNSPACED, SECOND_PERSON, SUBSCRIBER_STEMS, SUBSCRIBE_STEMS, THIRD_PERSON, UPDATE_NOTICE,
    VIEW_STEMS, WORD, written_without_spaces,
)

_WORD = WORD  # a word of any script, its vowel signs inside it
# `_WORD` on a lower-cased ASCII line, where its letters are a-z, `\w` is [a-z0-9_] and "’" cannot stand: the same words,
# read by a plain character set instead of Unicode categories (a third less time a paragraph).
_ASCII_WORD = re.compile(r"[a-z][a-z0-9_'-]*")
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
QUOTED_RUN = re.compile(r"[\"“«„]([^\"“”«»„]+)[\"”»“]")
_FIGURE = re.compile(r"\d")
_TIME_OR_COUNT_ONLY = re.compile(r"^[\d:.,%()\s]+$")
_URL = re.compile(r"https?://|www\.|\.com\b|@\w+\.\w", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")  # what `_ends_sentence` tells without a search of the whole line
_CLOSERS, _STOPS = "\"”’')]", frozenset(".!?…")


def _ends_sentence(stripped: str) -> bool:
    """`_SENTENCE_END.search(stripped)` for a stripped line: a stop, perhaps inside closing quotes or brackets, at its end."""
    return stripped.rstrip(_CLOSERS)[-1:] in _STOPS
# A press release's contact details: a phone number, or a "Media contact:" / "Contact:" label.
_CONTACT = re.compile(r"\+?\d[\d\s().-]{7,}\d|^\W*(?:media |press )?contacts?:", re.IGNORECASE)
# A capitalised word after the first word: a name or a place ("Mayor Karen Bass", "in Lagos").
_NAME_INSIDE = re.compile(r"(?<=\s)[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ]+)?")
_LABEL_OPENING = re.compile(r"^[^\W\d_][\w'’ -]{1,25}:\s")
_RELATED_OPENING = re.compile(r"^\W*(?:" + "|".join(re.escape(label) for label in RELATED_LABELS) + rf")\s*[{LABEL_COLONS}՝|»›>-]", re.IGNORECASE)  # "፦": Ethiopic's colon
# Where a prompt's imperative may stand: the line's start, a sentence's, or after a dash or an interface separator
# ("Shared from Brekkie · tap to open this story in the app", "Budite u toku – zapratite nas na Viberu!").
_SENTENCE_START = re.compile(r"(?:^|[.!?।]\s+|\s(?:[–—·•|]|--)\s+)(" + WORD.pattern + ")")  # "... lands at 6 p.m. -- sign up free"
_RIGHTS_NOTICE = re.compile(
    # the forbidding stems first: at one place the longer "autorização prévia" is read, not "autorização" alone
    r"(?<!\w)(?:" + "|".join(re.escape(stem) for stem in (*RIGHTS_FORBIDDING_STEMS, *RIGHTS_NOTICE_STEMS)) + r")|©|"
    + "|".join(re.escape(stem) for stem in (*RIGHTS_NOTICE_STEMS_UNSPACED, *RIGHTS_FORBIDDING_STEMS_UNSPACED)), re.IGNORECASE)
_FORBIDDING = frozenset(stem.casefold() for stem in (*RIGHTS_FORBIDDING_STEMS, *RIGHTS_FORBIDDING_STEMS_UNSPACED))
# The update notice's search is the vocabulary's own (UPDATE_NOTICE): the update-notice label searches with its gate too.
_UPDATE_NOTICE = UPDATE_NOTICE

# The searches above with many alternatives, each run only with the alternatives a line's literals and digits leave
# open (ingest/vocabulary/gates.py): the same matches, without trying eighty stems at every position of a paragraph.
_RELATIVE_TIME_GATE = SearchGate(_RELATIVE_TIME)
_COUNT_GATE = SearchGate(_COUNT)
_CHROME_JOIN_GATE = SearchGate(_CHROME_JOIN)
_URL_GATE = SearchGate(_URL)
_CONTACT_GATE = SearchGate(_CONTACT)
_RIGHTS_NOTICE_GATE = SearchGate(_RIGHTS_NOTICE)
_UPDATE_NOTICE_GATE = SearchGate(_UPDATE_NOTICE)
# A related label opens the line ("^", no MULTILINE): its search is its match at the start, so it is gated like the searches.
_RELATED_OPENING_GATE = SearchGate(_RELATED_OPENING)
assert _RELATED_OPENING.pattern.startswith("^") and not _RELATED_OPENING.flags & re.MULTILINE
# Not a signal: the mail disclaimer's label (ingest/clean/labels.py) searches a line for a mail speaking of itself
# ("this e-mail", "ce message"), with the atoms found for the line's signals (`search_line`); so does the
# update-notice label, with the signal's gate.
MAIL_DISCLAIMER_SELF_GATE = SearchGate(MAIL_DISCLAIMER_SELF)
UPDATE_NOTICE_GATE = _UPDATE_NOTICE_GATE




def stem_pattern(stems: tuple[str, ...]) -> re.Pattern:
    """Word beginnings ("komentē" -> komentētu), or anywhere for a stem in a script written without spaces."""
    spaced = "|".join(re.escape(stem) for stem in stems if not written_without_spaces(stem))
    unspaced = "|".join(re.escape(stem) for stem in stems if written_without_spaces(stem))
    return re.compile(rf"(?<!\w)(?:{spaced})" + (f"|{unspaced}" if unspaced else ""), re.IGNORECASE)


# Not signals either: the halves of the platform prompts the labels look for in a short line (commenting and an
# account, a newsletter and signing up, a mail and a list's membership, a subscriber and an offer's terms, a view, the
# author and "not necessarily", a comment policy, an inbox and its cadence), each a search for dozens of stems in many
# languages that would try every stem at every position of the line (20 to 35 us a line); with the line's atoms, a
# line holding none of a half's stems is not searched.
COMMENTING_GATE = SearchGate(stem_pattern(COMMENT_STEMS))
SUBSCRIBER_GATE = SearchGate(stem_pattern(SUBSCRIBER_STEMS))
NOT_NECESSARILY_GATE = SearchGate(stem_pattern(NOT_NECESSARILY))
ADVICE_GATE = SearchGate(stem_pattern(ADVICE_STEMS))
VIEW_GATE = SearchGate(stem_pattern(VIEW_STEMS))
AUTHOR_GATE = SearchGate(stem_pattern(AUTHOR_STEMS))
COMMENT_POLICY_GATE = SearchGate(stem_pattern(COMMENT_POLICY_STEMS))
INBOX_GATE = SearchGate(stem_pattern(INBOX_PHRASES))
INBOX_CADENCE_GATE = SearchGate(stem_pattern(INBOX_CADENCE))
OFFER_GATE = SearchGate(stem_pattern(OFFER_STEMS))
FREE_ARTICLE_GATE = SearchGate(stem_pattern(FREE_ARTICLE_STEMS))
ACCOUNT_GATE = SearchGate(stem_pattern(ACCOUNT_STEMS))
ACCOUNT_LOANWORD_GATE = SearchGate(ACCOUNT_LOANWORD)  # an account's words as other languages borrow them (labels.py)
NEWSLETTER_GATE = SearchGate(stem_pattern(NEWSLETTER_STEMS))
SUBSCRIBING_GATE = SearchGate(stem_pattern(SUBSCRIBE_STEMS))
MAIL_GATE = SearchGate(stem_pattern(MAIL_NOUNS))
LIST_MEMBERSHIP_GATE = SearchGate(stem_pattern(LIST_MEMBERSHIP_STEMS))
RECEIVE_GATE = SearchGate(stem_pattern(RECEIVE_STEMS))
BECAUSE_GATE = SearchGate(stem_pattern(BECAUSE_STEMS))
NOTIFICATION_GATE = SearchGate(stem_pattern(NOTIFICATION_STEMS))
NOTIFICATION_ALLOWING_GATE = SearchGate(stem_pattern(NOTIFICATION_ALLOWING_STEMS))
# Nor this: the related-link label's line, a label that only ever heads a link ("More:", "Watch:" and "Listen:" also
# head copy, so not these), a colon or a mark, and a headline ("Czytaj także: ...", "READ ALSO: ..."). It opens with
# "^" (no MULTILINE): its search is its match. Its labels are the related-label signal's, already in the one pass.
_AMBIGUOUS_RELATED = AMBIGUOUS_RELATED_LABELS
_UNAMBIGUOUS_RELATED = tuple(label for label in RELATED_LABELS if label not in _AMBIGUOUS_RELATED)
_UNAMBIGUOUS_RELATED_PATTERN = "|".join(map(re.escape, _UNAMBIGUOUS_RELATED))
RELATED_LINE = re.compile(
    r"^\W*(?:" + _UNAMBIGUOUS_RELATED_PATTERN + rf")\s*[{LABEL_COLONS}՝|»›>–—►▶→\]】)]\s*\S.{{0,160}}$",
    re.IGNORECASE,
)
assert not RELATED_LINE.flags & re.MULTILINE
RELATED_LINE_GATE = SearchGate(RELATED_LINE)
# A pasted related box, its label and its headlines run together with no mark between ("BERITA TERKAIT Tarif Air PDAM
# Surabaya Tidak Naik hingga 2026 Pipa Bocor ...", "Související články Brno chystá ..."): the label, a space, the rest.
RELATED_RUN = re.compile(
    r"^\W*(?:" + _UNAMBIGUOUS_RELATED_PATTERN + r")\s+(?P<rest>\S.{10,400})$",
    re.IGNORECASE,
)
RELATED_RUN_GATE = SearchGate(RELATED_RUN)
# A related label alone on its line, heading the headlines under it ("BERITA TERKAIT", "Lea también", "[Related]").
RELATED_HEADINGS = frozenset(_UNAMBIGUOUS_RELATED)
_GATES = GateSet(_RELATIVE_TIME_GATE, _COUNT_GATE, _CHROME_JOIN_GATE, _URL_GATE, _CONTACT_GATE, _RIGHTS_NOTICE_GATE,
                 _UPDATE_NOTICE_GATE, _RELATED_OPENING_GATE, MAIL_DISCLAIMER_SELF_GATE, COMMENTING_GATE, ACCOUNT_GATE,
                 NEWSLETTER_GATE, SUBSCRIBING_GATE, MAIL_GATE, LIST_MEMBERSHIP_GATE, RELATED_LINE_GATE, SUBSCRIBER_GATE,
                 OFFER_GATE, FREE_ARTICLE_GATE, NOT_NECESSARILY_GATE, VIEW_GATE, AUTHOR_GATE, COMMENT_POLICY_GATE,
                 INBOX_GATE, INBOX_CADENCE_GATE, RECEIVE_GATE, BECAUSE_GATE, ADVICE_GATE,
                 NOTIFICATION_GATE, NOTIFICATION_ALLOWING_GATE, RELATED_RUN_GATE, ACCOUNT_LOANWORD_GATE)  # every gate's literals found in a line in one pass
assert all(gate.gated for gate in (COMMENTING_GATE, ACCOUNT_GATE, NEWSLETTER_GATE, SUBSCRIBING_GATE, MAIL_GATE,
                                   LIST_MEMBERSHIP_GATE, RELATED_LINE_GATE, SUBSCRIBER_GATE, OFFER_GATE, FREE_ARTICLE_GATE,
                                   NOT_NECESSARILY_GATE, VIEW_GATE, AUTHOR_GATE, COMMENT_POLICY_GATE,
                                   INBOX_GATE, INBOX_CADENCE_GATE, RECEIVE_GATE,
                                   BECAUSE_GATE, ADVICE_GATE, NOTIFICATION_GATE, NOTIFICATION_ALLOWING_GATE,
                                   ACCOUNT_LOANWORD_GATE))  # each stem a literal the pass finds (gates._worth)

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


def line_signals(text: str) -> LineSignals:
    """The signals of one line of text, each in [0, 1] (read-only: the same line's are computed once).

    The cleaner asks for a line's signals several times (the story's span, a comment thread, the
    model's features), so they are remembered for the most recent lines; and each signal is worked
    out only when first read, so a caller that needs a few (the story's span needs three) does not
    pay for the scans of the others.
    """
    return _signals_of(text[:MAX_CHARS])


def lower_words(text: str) -> list[str]:
    """`words_of(text)` for a line whose signals are read anyway (remembered with them): no second scan.
    Only for a line of at most MAX_CHARS characters (the signals read no further)."""
    return _signals_of(text[:MAX_CHARS])._line.words if len(text) <= MAX_CHARS else words_of(text)


@functools.lru_cache(maxsize=4096)
def _signals_of(text: str) -> LineSignals:
    return LineSignals(text)


def collapsed(text: str) -> str:
    """`" ".join(text.split())`, remembered for a line of at most MAX_CHARS characters: the cleaner's rule matching
    (engine.normalize_line), its labels and the gated searches of a line's signals each read the line with its
    whitespace collapsed, one after the other. A longer line is collapsed each time (no cache holds megabytes)."""
    return _collapsed(text) if len(text) <= MAX_CHARS else " ".join(text.split())


@functools.lru_cache(maxsize=4096)
def _collapsed(text: str) -> str:
    return " ".join(text.split())


@functools.lru_cache(maxsize=4096)
def _atoms_of(stripped: str) -> frozenset[str] | None:
    """Every gated search's atoms in a stripped line (GateSet.atoms), found once: the line's signals read them, and so
    does the rights-notice label (`rights_notice_wording`) on the same line, as its words collapsed to single spaces."""
    return _GATES.atoms(stripped, fold(stripped))


class _Line:
    """What several signals read of one line: its words at once (nearly every reader needs them), the relative
    times only when first asked for (the costliest scan)."""

    __slots__ = ("stripped", "_raw_words", "words", "count", "ended", "_relative_times", "_atoms", "_imperative", "_reported")

    def __init__(self, text: str):
        self.stripped = text.strip()
        if self.stripped.isascii():
            # Lower-casing ASCII keeps every character's class and the line's length: the same words, lower-cased
            # at once; the words as written are read only for the title-case signal.
            self._raw_words: list[str] | None = None
            self.words = _ASCII_WORD.findall(self.stripped.lower())
        else:
            self._raw_words = _WORD.findall(self.stripped)  # the same words as in `text`: a word never holds a space
            self.words = list(map(str.lower, self._raw_words))
        self.count = len(self.words)
        self.ended = _ends_sentence(self.stripped)
        self._relative_times: list[re.Match] | None = None
        self._atoms: frozenset[str] | None | bool = False
        self._imperative: bool | None = None
        self._reported: bool | None = None

    @property
    def raw_words(self) -> list[str]:
        """The line's words as written."""
        if self._raw_words is None:
            self._raw_words = _WORD.findall(self.stripped)
        return self._raw_words

    @property
    def atoms(self) -> frozenset[str] | None:
        """What every gated search needs of the line (gates.GateSet), found once for all of them."""
        if self._atoms is False:
            # Found in the line with its whitespace collapsed, as its rule matching and labels read it: the same
            # atoms or more (_COLLAPSING_KEEPS_ATOMS), so each search runs with the same alternatives or more
            # and finds the same matches, and a line's atoms are found once for all its readers.
            self._atoms = _atoms_of(collapsed(self.stripped)) if _COLLAPSING_KEEPS_ATOMS else _GATES.atoms(self.stripped)
        return self._atoms

    def search(self, gate: SearchGate) -> bool:
        return bool(gate.search_holding(self.stripped, self.atoms))

    @property
    def relative_times(self) -> list[re.Match]:
        if self._relative_times is None:
            self._relative_times = list(_RELATIVE_TIME_GATE.finditer_holding(self.stripped, self.atoms))
        return self._relative_times

    def figures(self) -> int:
        """Digits outside relative times ("2 hours ago" is chrome, not a figure)."""
        if not _FIGURE.search(self.stripped):
            return 0  # no digit at all: no time to leave out
        return len(_FIGURE.findall(self.stripped)) - sum(len(_FIGURE.findall(m.group(0))) for m in self.relative_times)

    def openings(self) -> set[str]:
        """The first word of each sentence or interface slot: where an imperative stands."""
        return {m.group(1).lower() for m in _SENTENCE_START.finditer(self.stripped)}

    def imperative(self) -> bool:
        """A call-to-action verb where an imperative stands. An opening is one of the line's words (it begins at the
        line's start or after a space, as a word does), so a line without such a verb has none: no scan."""
        if self._imperative is None:
            self._imperative = not CALL_TO_ACTION_VERBS.isdisjoint(self.words) and bool(self.openings() & CALL_TO_ACTION_VERBS)
        return self._imperative

    def speaks_to_reader(self) -> bool:
        return bool(not SECOND_PERSON.isdisjoint(self.words) or not OUTLET_VOICE.isdisjoint(self.words) or self.imperative())

    def reported(self) -> bool:
        """Worked out once: four signals ask."""
        if self._reported is None:
            self._reported = not _REPORTING_ANYWHERE.isdisjoint(self.words) or any(
                phrase in self.stripped.lower() for phrase in ("according to", "a déclaré", "ha detto", "a declarat", "a spus")
            ) or any(verb in self.words and not company.isdisjoint(self.words) for verb, company in REPORTING_IN_COMPANY.items())
        return self._reported


_REPORTING_ANYWHERE = REPORTING_VERBS - REPORTING_IN_COMPANY.keys()


def _capped_count(vocabulary: frozenset[str], words: list[str], cap: int) -> int:
    """min(how many of `words` are in `vocabulary`, cap), counting repeats: the distinct ones first (one set
    operation), then, only when fewer than `cap`, how often each occurs."""
    found = vocabulary.intersection(words)
    if len(found) >= cap or not found:
        return min(len(found), cap)
    return min(sum(map(words.count, found)), cap)


# How each signal reads a line, in SIGNAL_NAMES order.
_SIGNALS = {
    "second_person": lambda line: min(len(SECOND_PERSON.intersection(line.words)), 2) / 2,
    "outlet_voice": lambda line: float(not OUTLET_VOICE.isdisjoint(line.words)),
    "imperative_opening": lambda line: float(line.imperative()),
    "call_to_action": lambda line: _capped_count(CALL_TO_ACTION_VERBS, line.words, 3) / 3,
    "platform_nouns": lambda line: _capped_count(PLATFORM_NOUNS, line.words, 3) / 3,
    "chrome_joined": lambda line: float(line.count <= 12 and line.search(_CHROME_JOIN_GATE)),
    "relative_time": lambda line: float(bool(line.relative_times)),
    "count_only": lambda line: float(line.count <= 3 and line.search(_COUNT_GATE)
                                     or bool(_TIME_OR_COUNT_ONLY.match(line.stripped))),
    "short_unended": lambda line: float(line.count <= 8 and not line.ended),
    "question_or_exclamation": lambda line: float(line.stripped.endswith(("?", "!"))),
    # a match's colon is its third to 27th character: a line without one there is not searched
    "label_opening": lambda line: float(":" in line.stripped[2:27] and bool(_LABEL_OPENING.match(line.stripped))),
    "related_label": lambda line: float(line.search(_RELATED_OPENING_GATE)),  # `_RELATED_OPENING.match`: it opens with "^"
    "ad_label": lambda line: float(line.count <= 3 and not AD_LABELS.isdisjoint(line.words)),
    "title_case": lambda line: float(line.count >= 4 and not line.ended
                                     and sum(1 for w in line.raw_words if w[:1].isupper()) / line.count >= 0.6),
    "has_link": lambda line: float(line.search(_URL_GATE)),
    "contact_details": lambda line: float(line.search(_CONTACT_GATE)),
    # A rights or redistribution notice, and a note that the story is still being written: both are the
    # platform's or the agency's voice about the copy, not the copy.
    "rights_notice": lambda line: float(line.search(_RIGHTS_NOTICE_GATE) and not line.reported()),
    "update_notice": lambda line: float(line.search(_UPDATE_NOTICE_GATE) and not line.reported()),
    # The conjunction a linear model cannot draw by itself: the line speaks to the reader (you, we, an
    # imperative) *and* about the platform or an action on it, and reports nobody.
    "reader_prompt": lambda line: float(line.speaks_to_reader() and (
        not PLATFORM_NOUNS.isdisjoint(line.words) or not CALL_TO_ACTION_VERBS.isdisjoint(line.words)) and not line.reported()),
    "reported_speech": lambda line: float(line.reported()),
    "quotation": lambda line: float(any(len(m.group(1).split()) > 2 for m in QUOTED_RUN.finditer(line.stripped))),
    "third_person": lambda line: _capped_count(THIRD_PERSON, line.words, 2) / 2,
    "figures": lambda line: min(line.figures(), 4) / 4,
    "names_inside": lambda line: min(len(_NAME_INSIDE.findall(line.stripped)), 3) / 3,
    "long_line": lambda line: min(line.count, 60) / 60,
}
assert tuple(_SIGNALS) == SIGNAL_NAMES
# What each signal costs to read, in microseconds a line (measured on the corpus's paragraphs, after the words are
# read; a gated search once the line's atoms are found): a reader that can stop early (the model, once a line is
# plainly copy) reads first what tells most for least.
SIGNAL_COSTS = {
    "second_person": 1.4, "outlet_voice": 1.4, "imperative_opening": 3.2, "call_to_action": 1.5, "platform_nouns": 1.5,
    "chrome_joined": 1.0, "relative_time": 10.6, "count_only": 0.7, "short_unended": 0.1, "question_or_exclamation": 0.3,
    "label_opening": 0.5, "related_label": 1.3, "ad_label": 0.2, "title_case": 0.5, "has_link": 1.0,
    "contact_details": 3.7, "rights_notice": 1.0, "update_notice": 1.0, "reader_prompt": 5.5, "reported_speech": 4.7,
    "quotation": 1.4, "third_person": 2.0, "figures": 9.0, "names_inside": 2.7, "long_line": 0.2,
}
assert set(SIGNAL_COSTS) == set(SIGNAL_NAMES)

# Signals a single cheap test shows are all 0 for most lines, each group with that test and its cost (as above):
# - a line none of whose words is an outlet's voice, a call to action, a platform noun or an ad label has none of
#   those signals, no imperative (an opening is one of the line's words) and no reader prompt (it needs a platform
#   noun or a call to action);
# - a line holding none of the gated searches' atoms (ingest/vocabulary/gates.py) matches none of them.
_PROMPT_WORDS = OUTLET_VOICE | CALL_TO_ACTION_VERBS | PLATFORM_NOUNS | AD_LABELS
_GATED_SIGNALS = {"relative_time": _RELATIVE_TIME_GATE, "chrome_joined": _CHROME_JOIN_GATE, "has_link": _URL_GATE,
                  "contact_details": _CONTACT_GATE, "rights_notice": _RIGHTS_NOTICE_GATE, "update_notice": _UPDATE_NOTICE_GATE,
                  "related_label": _RELATED_OPENING_GATE}
ZERO_GROUPS = {
    "no prompt words": (lambda line: _PROMPT_WORDS.isdisjoint(line.words),
                        ("outlet_voice", "call_to_action", "platform_nouns", "ad_label", "imperative_opening", "reader_prompt"),
                        1.0),
    "no atoms": (lambda line: line.atoms is not None and _GROUP_ATOMS.isdisjoint(line.atoms),
                 tuple(name for name, gate in _GATED_SIGNALS.items() if gate.gated), 0.5),
}
_NO_ATOMS: frozenset[str] = frozenset()
# What the "no atoms" group's searches can need: their literals, and a digit when one of them needs one. A line holding
# none matches none of them, whatever other gates' literals it holds (a count's bracket, a mail's "this ").
_GROUP_ATOMS = frozenset().union(*(gate.literals for name, gate in _GATED_SIGNALS.items() if gate.gated)) | (
    {DIGIT} if any(gate.uses_digits for gate in _GATED_SIGNALS.values() if gate.gated) else set())
# Collapsing a line's whitespace (" ".join(line.split())) loses no gate literal found in it, when no literal holds
# whitespace other than single spaces: an occurrence of such a literal in a stripped line lies inside a run of
# non-space characters and single spaces, each whitespace run of it then a lone space between two non-space
# characters of the line, which collapsing keeps (and `fold` maps no whitespace to anything else). The collapsed
# line may hold more literals ("all\nrights" becomes "all rights"): a superset, which a gate reads as such.
_COLLAPSING_KEEPS_ATOMS = all("  " not in literal and not any(c.isspace() and c != " " for c in literal)
                              for literal in _GATES.literals)


_STEPS: dict[int, tuple[tuple, tuple]] = {}


def _steps(plan: tuple[tuple[str, float, tuple | None], ...]) -> tuple:
    """A bound's plan as falls_short walks it, worked out once per plan: each step with what it takes off the slack
    (its weight when positive, else 0.0: the same subtraction), the function that reads it (a signal's or a group's
    test), and for a group only the members no earlier single step of the plan reads (those are counted already).
    The arithmetic is the plan's, in its order; what is saved is the bookkeeping of which signals are counted."""
    known = _STEPS.get(id(plan))
    if known is not None and known[0] is plan:
        return known[1]
    steps, read = [], set()
    for name, weight, members in plan:
        if members is None:
            if name not in read:
                steps.append((name, weight, weight if weight > 0 else 0.0, _SIGNALS[name], None))
                read.add(name)
        else:
            pending = tuple((member, member_weight, member_weight if member_weight > 0 else 0.0)
                            for member, member_weight in members if member not in read)
            steps.append((name, 0.0, 0.0, ZERO_GROUPS[name][0], pending))
    if len(_STEPS) >= 16:
        _STEPS.pop(next(iter(_STEPS)))
    _STEPS[id(plan)] = (plan, tuple(steps))  # the plan is held, so its id is not reused while it keys an entry
    return _STEPS[id(plan)][1]


class LineSignals(Mapping):
    """A line's signals by name, read-only; each is computed the first time it is read, then kept."""

    __slots__ = ("_line", "_values")

    def __init__(self, text: str):
        self._line = _Line(text)
        self._values: dict[str, float] = {}

    def __getitem__(self, name: str) -> float:
        try:
            return self._values[name]
        except KeyError:
            value = self._values[name] = _SIGNALS[name](self._line)
            return value

    def falls_short(self, plan: tuple[tuple[str, float, tuple | None], ...], z: float, slack: float, target: float) -> bool:
        """Whether z plus the weighted signals stays below `target` whatever the signals not yet read say, reading
        them in the plan's order and stopping as soon as that is certain.

        A step is (signal, weight, None), or (group, 0, ((signal, weight), ...)) for a ZERO_GROUPS test that, when
        it holds, shows every signal of the group is 0 without reading them one by one. `slack` is the sum of the
        positive weights: what the unread signals can add at most, each lying in [0, 1]. The model's bound
        (scoring.Model.may_reach), in one call rather than one per signal.
        """
        if z + slack < target:
            return True
        values, line = self._values, self._line
        settled: set[str] | None = None  # the members of the groups whose test held so far
        for name, weight, gain, read, members in _steps(plan):
            if members is None:
                if settled is not None and name in settled:
                    continue
                value = values.get(name)
                if value is None:
                    value = values[name] = read(line)
                z += weight * value
                slack -= gain
            else:
                if not read(line):
                    continue
                if settled is None:
                    settled = set()
                for member, member_weight, member_gain in members:
                    if member in settled:
                        continue
                    z += member_weight * values.setdefault(member, 0.0)
                    slack -= member_gain
                    settled.add(member)
            if z + slack < target:
                return True
        return False

    def __iter__(self):
        return iter(SIGNAL_NAMES)

    def __len__(self) -> int:
        return len(SIGNAL_NAMES)

    def __repr__(self) -> str:
        return f"LineSignals({dict(self)!r})"


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


def rights_notice_wording(text: str) -> tuple[int, bool]:
    """How many distinct rights-notice stems a line holds, and whether one forbids or reserves ("prohibida",
    "all rights reserved", "不得转载"): a notice names rights or reuse and forbids in its own voice, copy about a
    copyright case names them without forbidding anything."""
    if _reads_shared_atoms(text):  # the atoms the line's signals read (most often, the same line)
        matches = _RIGHTS_NOTICE_GATE.finditer_holding(text, _atoms_of(text))
    else:
        matches = _RIGHTS_NOTICE_GATE.finditer(text)
    stems = {match.group(0).casefold() for match in matches}
    return len(stems), bool(stems & _FORBIDDING)


def search_line(gate: SearchGate, text: str) -> re.Match | None:
    """`gate.pattern.search(text)` for a gate of this module's one pass (MAIL_DISCLAIMER_SELF_GATE, UPDATE_NOTICE_GATE,
    the prompts' stems),
    reading the atoms found once for the line: a label asking of a line its signals read costs no pass of its own
    over it, and runs the pattern only with the alternatives the line's literals leave open."""
    if len(text) <= MAX_CHARS and text == text.strip():  # _reads_shared_atoms(text), inline: a label asks it often
        return gate.search_holding(text, _atoms_of(text))
    return gate.search(text)


def line_atoms(text: str) -> frozenset[str] | None:
    """The atoms `search_line` reads for the line (a gate's `may_match` tells from them whether its search can find
    anything there), or None when it reads none of the one pass (a longer or unstripped line: each gate finds its own)."""
    return _atoms_of(text) if _reads_shared_atoms(text) else None


def _reads_shared_atoms(text: str) -> bool:
    """Whether `_atoms_of(text)` are the line's atoms: a stripped line (as a label reads it, collapsed) the length of
    those the signals read."""
    return len(text) <= MAX_CHARS and text == text.strip()
