"""The shared vocabulary: the words, agencies and dateline shapes that parse, clean and normalize all read copy with.

Nothing here imports a pipeline step, so every step may import it; a word
list lives here once instead of drifting apart in five files.
"""
from .agencies import AGENCIES, agency_name
from .datelines import Dateline, parse_dateline
from .words import (
    AD_LABELS, EDITION_WORDS, SECTION_WORDS, HEADER_LABELS, RELATED_LABELS, ABBREVIATIONS, AND_WORDS, BY_PHRASES, CALL_TO_ACTION_VERBS, FOREIGN_AND_WORDS, FOREIGN_BY_WORDS, MONTHS,
    MONTHS_ANY_LANGUAGE, NAME_PARTICLES, OUTLET_VOICE, OUTLET_WORDS, PLATFORM_NOUNS, CHANNEL_NOUNS, READ_TIME_OR_AGE, RELATIVE_TIME,
    REPORTING_VERBS, SECOND_PERSON, SENTENCE_END, SURNAME_JOINERS, THIRD_PERSON, TITLE_WORDS,
)

__all__ = [
    "AD_LABELS", "EDITION_WORDS", "SECTION_WORDS", "HEADER_LABELS", "RELATED_LABELS", "ABBREVIATIONS", "AGENCIES", "AND_WORDS", "BY_PHRASES", "CALL_TO_ACTION_VERBS", "Dateline", "FOREIGN_AND_WORDS",
    "FOREIGN_BY_WORDS", "MONTHS", "MONTHS_ANY_LANGUAGE", "NAME_PARTICLES", "OUTLET_VOICE", "OUTLET_WORDS",
    "PLATFORM_NOUNS", "CHANNEL_NOUNS", "READ_TIME_OR_AGE", "RELATIVE_TIME", "REPORTING_VERBS", "SECOND_PERSON", "SENTENCE_END",
    "SURNAME_JOINERS", "THIRD_PERSON", "TITLE_WORDS", "agency_name", "parse_dateline",
]
