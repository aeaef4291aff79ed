"""What a second headline looks like, read alike by every format's parser: a page's heading under its <h1>, a text
delivery's line under its headline, an ANPA take's second "^" line.

Over the blind rounds' answers, such a line in a headline's form (no sentence stop at its end or inside it) of 14 words
or fewer was the subheadline far more often than the summary: 47 against 2 on pages, 53 against 7 in text. Longer ones,
or ones written as sentences, were mostly the summary.
"""
from __future__ import annotations

import re

from .bylines import joined_by_an_unlisted_and, reads_as_people
from .words import ABBREVIATIONS

LONGEST_SECOND_HEADLINE = 14
_CLOSING_STOP = re.compile(r"[.,;:…。、!?！？।][\"”’')\]»」』]*$")
_WORD_BEFORE_STOP = re.compile(r"([^\W\d_]+)[.!?](?=[\"”’')\]»]*\s)|[。！？।]\s*\S")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _capitals_pair(text: str) -> bool:
    """Two words in capitals side by side, in a cased script, one of five letters or more: a name set in capitals
    ("ELİF ŞAHİN VE MURAT KOÇ", "Yuj MALIN PASKUAL DIEGO"), a byline whatever word introduces it."""
    words = text.replace(",", " ").split()
    return any(min(len(a), len(b)) >= 3 and max(len(a), len(b)) >= 5 and _WORD.fullmatch(a) and _WORD.fullmatch(b)
               and a.isupper() and b.isupper() for a, b in zip(words, words[1:]))  # (not two acronyms: "NSW RFS")


def has_sentence_break(text: str) -> bool:
    """A stop between two sentences inside the text, not one after "Sen.", "St." or inside "U.S."."""
    for match in _WORD_BEFORE_STOP.finditer(text):
        word = match.group(1)
        if word is None or len(word) > 1 and not word.isupper() and word.lower() not in ABBREVIATIONS:
            return True
    return False


def names_people(text: str) -> bool:
    """Whether the line names people as a byline does: names in capitals, or one to three people joined."""
    return _capitals_pair(text) or reads_as_people(text) or joined_by_an_unlisted_and(text)


def reads_as_a_second_headline(text: str, fewest_words: int = 1) -> bool:
    """A line in a headline's form: `fewest_words` to 14 words, no sentence stop at its end or inside it, and no
    people named ("Growers urged to clean equipment between fields as harvest begins", "Besiciler, kuru ot ve saman
    nakliyesi için Bakanlıktan destek istedi"); not "By JANE DOE", not a standfirst of sentences."""
    words = text.split()
    return (fewest_words <= len(words) <= LONGEST_SECOND_HEADLINE and not _CLOSING_STOP.search(text)
            and not has_sentence_break(text) and not names_people(text))
