"""Headlines: whitespace, quotes and dashes; wire prefixes to labels; site suffixes off; house case.

The original is always kept beside the result. Case is changed only where the
source's house style asks for it: title case through the titlecase library;
sentence case only for an ALL-CAPS wire headline (a mixed-case headline's
capitals may be proper nouns we cannot tell apart). Known acronyms and
dotted abbreviations ("U.S.") keep their capitals when a shouting headline
is brought down.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from titlecase import titlecase

PRESERVE, SENTENCE, TITLE = "preserve", "sentence", "title"
CASE_CHOICES = ((PRESERVE, "As sent"), (SENTENCE, "Sentence case"), (TITLE, "Title Case"))

_LABEL = (
    r"(?:UPDATE|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|WRAPUP|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER|"
    r"BREAKINGVIEWS|COLUMN|PREVIEW|TIMELINE|GRAPHIC|POLL|SPECIAL REPORT|BRIEF|TABLE|SNAP ANALYSIS|FOCUS|FEATURE)(?:\s*\d+)?"
    r"|BREAKING(?:\s+NEWS)?|EXCLUSIVE|URGENT|FLASH|ALERT|WATCH|LIVE(?:\s+UPDATES)?|DEVELOPING|OPINION|PHOTOS?|VIDEO|BULLETIN"
)
# "UPDATE 2-", "BREAKING: ", "EXCLUSIVE -", "URGENT | ": a label, then a separator.
_PREFIX = re.compile(rf"^\s*(?P<label>{_LABEL})\s*(?:[-:–—|]+)\s*", re.IGNORECASE)
# Reuters desk slugs glued to the headline: "GLOBAL MARKETS-Stocks rise", "US STOCKS-Wall St ends higher".
_SLUG = re.compile(r"^(?P<label>[A-Z][A-Z0-9&/ ]{2,30}[A-Z0-9])-(?=[A-Z][a-z])")
_OUTLETS = (
    r"Reuters|AP|AP News|The Associated Press|Associated Press|AFP|Bloomberg|Bloomberg News|BBC|BBC News|CNN|CNBC|NPR|"
    r"Al Jazeera|The Guardian|The New York Times|The Washington Post|Fox News|NBC News|ABC News|CBS News|Politico|Axios|"
    r"The Independent|The Telegraph|Financial Times|The Wall Street Journal|WSJ|Yahoo News|Yahoo Finance|MSN"
)
_SUFFIX = re.compile(rf"\s+(?:[-–—]\s*(?:{_OUTLETS})|\|\s*[^|]{{1,40}})\s*$")
# Low and guillemet quotes become the typographic pair the rest of the copy uses.
_QUOTES = str.maketrans({"\u201e": "\u201c", "\u00ab": "\u201c", "\u00bb": "\u201d"})
_ACRONYMS = {
    "US", "UK", "EU", "UN", "NATO", "OPEC", "FBI", "CIA", "NSA", "CEO", "CFO", "GDP", "AI", "NFL", "NBA", "NHL", "MLB",
    "IMF", "ECB", "IPO", "COVID", "HIV", "AIDS", "NASA", "ASEAN", "G7", "G20", "BRICS", "UAE", "USA", "OK", "TV", "II",
    "III", "IV", "ICE", "IRS", "SEC", "FDA", "CDC", "DOJ", "GOP", "LGBTQ", "ISIS", "BBC", "CNN", "AP", "AFP", "NYC",
}


@dataclass
class Headline:
    text: str
    original: str
    labels: list[str] = field(default_factory=list)


def _curly_quotes(text: str) -> str:
    """Straight quotes to typographic ones: opening after a space or bracket, closing otherwise; apostrophes to ’."""
    text = re.sub(r'(^|[\s(\[{—–-])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = re.sub(r"(^|[\s(\[{—–-])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


def _collapse(text: str) -> str:
    text = text.replace("``", "\u201c").replace("''", "\u201d").translate(_QUOTES)
    text = " ".join(text.split())
    text = re.sub(r"\s+--?\s+|\s+–\s+(?=\w)", " — ", text)
    return _curly_quotes(text)


def _is_shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.9


def _keep_acronym(word: str, **_) -> str | None:
    bare = word.strip("“”‘’\"'(),:;!?")
    if bare.upper() in _ACRONYMS or re.fullmatch(r"(?:[A-Za-z]\.){2,}", bare):
        return word.upper()
    return None


def _lower_keeping_acronyms(text: str) -> str:
    return " ".join(_keep_acronym(word) or word.lower() for word in text.split(" "))


def apply_case(text: str, case: str) -> str:
    if case == TITLE:
        return titlecase(_lower_keeping_acronyms(text) if _is_shouting(text) else text, callback=_keep_acronym)
    if case == SENTENCE and _is_shouting(text):
        lowered = _lower_keeping_acronyms(text)
        return lowered[:1].upper() + lowered[1:]
    return text


def normalize_headline(raw: str, case: str = PRESERVE) -> Headline:
    original = raw or ""
    text = _collapse(original)
    labels: list[str] = []
    for _ in range(5):  # "RPT-UPDATE 2-..." stacks a few labels, never many
        match = _PREFIX.match(text)
        if not match or len(text[match.end():].split()) < 2:
            break
        labels.append(" ".join(match.group("label").upper().split()))
        text = text[match.end():]
    slug = _SLUG.match(text)
    if slug and not _is_shouting(text) and len(text[slug.end():].split()) >= 2:
        labels.append(slug.group("label"))
        text = text[slug.end():]
    for _ in range(3):  # " | Section | Site"
        suffix = _SUFFIX.search(text, max(0, len(text) - 200))  # suffixes are short: look only near the end
        if not suffix or len(text[: suffix.start()].split()) < 2:
            break
        text = text[: suffix.start()]
    text = apply_case(text.strip(), case)
    return Headline(text=text, original=original.strip(), labels=labels)
