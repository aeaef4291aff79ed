"""Headlines: whitespace, quotes and dashes; wire prefixes to labels; site suffixes off; house case.

The original is always kept beside the result. Case is changed only where the
source's house style asks for it: title case through the titlecase library;
sentence case only for an ALL-CAPS wire headline (a mixed-case headline's
capitals may be proper nouns we cannot tell apart). When a shouting headline
is brought down, each word takes the spelling the story's own copy gives it
mid-sentence ("Lavrov", "Kuala Lumpur", "McDonald", "iPhone", "NATO"): the
copy is the best evidence of which words are names. Known acronyms and
dotted abbreviations ("U.S.") keep their capitals without it.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from titlecase import titlecase

from ingest.vocabulary import OUTLET_WORDS, agency_name
from ingest.vocabulary.words import ASSET_TAGS, HEADLINE_STATUS_LABELS, LIVE_HEADLINE_BADGES, collapse_spaces

PRESERVE, SENTENCE, TITLE = "preserve", "sentence", "title"
CASE_CHOICES = ((PRESERVE, "As sent"), (SENTENCE, "Sentence case"), (TITLE, "Title Case"))

_LABEL = (
    r"(?:UPDATE|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|WRAPUP|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER|"
    r"BREAKINGVIEWS|COLUMN|PREVIEW|TIMELINE|GRAPHIC|POLL|SPECIAL REPORT|BRIEF|TABLE|SNAP ANALYSIS|FOCUS|FEATURE)(?:\s*\d+)?"
    r"|BREAKING(?:\s+NEWS)?|EXCLUSIVE|URGENT|FLASH|ALERT|WATCH|LIVE(?:\s+UPDATES)?|DEVELOPING|OPINION|PHOTOS?|VIDEO|BULLETIN"
)
# Of those, the words a page also sets as part of its shown headline ("Live: ...", "Explainer: ..."): a wire's label
# only when written as wires write them, in capitals ("ANALYSIS-", "LIVE-", "FACTBOX-").
_DISPLAY_WORDS = frozenset({"analysis", "explainer", "factbox", "feature", "column", "preview", "timeline", "focus",
                            "insight", "live", "live updates", "watch", "opinion", "photo", "photos", "video", "poll"})
# "UPDATE 2-", "BREAKING: ", "EXCLUSIVE -", "URGENT | ": a label, then a separator.
_PREFIX = re.compile(rf"^\s*(?P<label>{_LABEL})\s*(?:[-:–—|]+)\s*", re.IGNORECASE)
# Yonhap's and others' label in brackets: "(LEAD) S. Korea's exports...", "(2ND LD) ...", "(URGENT) ...".
_BRACKETED_LABEL = re.compile(r"^\s*\((?P<label>(?:\d+(?:ST|ND|RD|TH|st|nd|rd|th)\s+)?(?:LEAD|LD|URGENT|UPDATE|CORRECTED|REPEAT|"
                              r"FLASH|BREAKING|EXCLUSIVE|ATTN|WRAP|RECAST|ADDS?\s+[A-Z ]{1,20}))\)\s*")
# The same labels in the agencies' other languages, as written: capitals then a colon or dash ("URGENTE: ...",
# "DOPUNJENO - ..."), or any script in brackets ("【速報】...", "[속보] ...").
_STATUS_WORDS = "|".join(map(re.escape, sorted(HEADLINE_STATUS_LABELS, key=len, reverse=True)))
# The label may carry its update's number ("GÜNCELLEME 2 - ...") and a slash for its mark ("快訊／...").
_STATUS_LABEL = re.compile(rf"^\s*(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*)?(?:(?P<label>{_STATUS_WORDS})(?:\s*\d+)?\s*[:：\-–—|／/]+|[【\[［〔(（]\s*(?P<bracketed>{_STATUS_WORDS})\s*[】\]］〕)）])\s*")
# A page's badge run into its headline with no mark ("ΕΚΤΑΚΤΟ Κακοκαιρία «Κλεώ»: ..."): a capitals label of a script
# or spelling English headlines do not use, before a word in lower case. (English "URGENT Storm ..." is left alone.)
_BADGE_WORDS = "|".join(map(re.escape, sorted((label for label in HEADLINE_STATUS_LABELS
                                               if label.isupper() and not label.isascii()), key=len, reverse=True)))
_STATUS_BADGE = re.compile(rf"^\s*(?P<label>{_BADGE_WORDS})\s+(?=\S*[^\W\d_])")
# The same labels closing the headline in brackets, as Korean agencies set their update count: "... 24분 단축(종합2보)",
# "...(속보)", "... (UPDATE)".
_TRAILING_STATUS = re.compile(rf"\s*[【\[［〔(（]\s*(?P<label>(?:종합\s*)?\d+보|{_STATUS_WORDS})\s*[】\]］〕)）]\s*$")
# An agency named after a dash or bar at the end: "Rural counsellors stretched thin ... - AAP". The agency is the
# copy's source, not the site presenting it, so it gives no publisher.
_AGENCY_SUFFIX = re.compile(r"\s+[-–—|]\s+(?P<agency>[^-–—|]{2,40}?)\s*$")
# Reuters desk slugs glued to the headline: "GLOBAL MARKETS-Stocks rise", "US STOCKS-Wall St ends higher".
_SLUG = re.compile(r"^(?P<label>[A-Z][A-Z0-9&/ ]{2,30}[A-Z0-9])-(?=[A-Z][a-z])")
_OUTLETS = (
    r"Reuters|AP|AP News|The Associated Press|Associated Press|AFP|Bloomberg|Bloomberg News|BBC|BBC News|CNN|CNBC|NPR|"
    r"Al Jazeera|The Guardian|The New York Times|The Washington Post|Fox News|NBC News|ABC News|CBS News|Politico|Axios|"
    r"The Independent|The Telegraph|Financial Times|The Wall Street Journal|WSJ|Yahoo News|Yahoo Finance|MSN"
)
# " | The Daily Ledger", " - Peachtree Ledger", " — Reuters": a site named at the end. After a dash only a name that
# reads as an outlet's (a known outlet, "The ...", or capitalised words ending in an outlet word) is a suffix:
# "Storm hits coast - again" keeps its tail.
_OUTLET_TAIL = (
    r"(?:The\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}|(?:[A-Z][\w'’&.-]*\s+){0,4}(?:"
    + "|".join(sorted(word.title() for word in OUTLET_WORDS)) + r"))"
)
_SUFFIX = re.compile(rf"\s+(?:[-–—]\s*(?P<dash>{_OUTLETS}|{_OUTLET_TAIL})|\|\s*(?P<bar>[^|]{{1,40}}))\s*$")
# Chinese and Japanese titles set the site after a full-width bar with no space: "...に一本化｜信越タイムス".
_WIDE_SUFFIX = re.compile(r"\s*｜\s*(?P<bar>[^｜|]{1,40})\s*$(?P<dash>)")
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
    site: str = ""  # the outlet a suffix named (" | The Daily Ledger"): the publisher, where nothing else names it


def _collapse(text: str) -> str:
    """Whitespace collapsed; the ASCII art of old wire terminals made real punctuation ("--" a dash,
    ``this'' quotes). Typography as sent stays: straight quotes, German „…“, French «…», a spaced
    hyphen or en dash are the copy's own, and readers and editors search for them as sent."""
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    text = collapse_spaces(text)
    return re.sub(r"\s+--\s+", " — ", text)


def _is_shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.9


_EDGE_PUNCTUATION = "“”‘’\"'(),:;!?[]{}"
_POSSESSIVE = re.compile(r"(?i)['’]s$")
_SENTENCE_END = re.compile(r"[.!?:;—–\-“‘\"(]$")
_OPENERS = "“‘\"'(["
_MIXED_CASE = re.compile(r"[a-z].*[A-Z]|[A-Z].*[a-z].*[A-Z]")


def _amid_lower_case(tokens: list[str], index: int) -> bool:
    """An ALL-CAPS word is an acronym ("NATO officials said") only among mixed-case words, not in "By JOHN DOE"."""
    neighbours = tokens[max(0, index - 1):index] + tokens[index + 1:index + 2]
    return len(neighbours) == 2 and all(any(c.islower() for c in word) for word in neighbours)
_WORD_PART = re.compile(r"[^\W\d_](?:[\w’'.]*\w)?")


def _keep_acronym(word: str, **_) -> str | None:
    bare = word.strip(_EDGE_PUNCTUATION)
    if bare.upper() in _ACRONYMS or re.fullmatch(r"(?:[A-Za-z]\.){2,}", bare):
        return word.upper()
    return None


def case_hints(texts: Iterable[str]) -> dict[str, str]:
    """Words the copy capitalizes mid-sentence and never writes in lower case: their spelling, keyed by lower case.

    A word at the start of a sentence or a quotation says nothing (every word
    is capitalized there); one the copy also writes in lower case ("Rising" /
    "rising") is not a name.
    """
    spellings: dict[str, Counter] = defaultdict(Counter)
    lower_seen: set[str] = set()
    for text in texts:
        tokens = text.split()
        for index, token in enumerate(tokens):
            sentence_start = index == 0 or bool(_SENTENCE_END.search(tokens[index - 1])) or token[:1] in _OPENERS
            for part in _WORD_PART.findall(token):
                stem = _POSSESSIVE.sub("", part)
                if stem.islower():
                    lower_seen.add(stem)
                elif _MIXED_CASE.search(stem) or (
                    not sentence_start and (not stem.isupper() or _amid_lower_case(tokens, index))
                ):
                    spellings[stem.lower()][stem] += 1  # "iPhone", "McDonald" are names wherever they stand
    return {key: counts.most_common(1)[0][0] for key, counts in spellings.items() if key not in lower_seen}


def _bring_down(text: str, hints: dict[str, str]) -> str:
    """A shouting headline in lower case, but for acronyms and the words the copy spells as names."""
    def spell(match: re.Match) -> str:
        part = match.group(0)
        stem = _POSSESSIVE.sub("", part)
        spelled = hints.get(stem.lower())
        return spelled + part[len(stem):].lower() if spelled else (_keep_acronym(part) or part.lower())

    return " ".join(_keep_acronym(word) or _WORD_PART.sub(spell, word) for word in text.split(" "))


Hints = dict[str, str] | Callable[[], dict[str, str]] | None


def _resolved(hints: Hints) -> dict[str, str]:
    return (hints() if callable(hints) else hints) or {}


def apply_case(text: str, case: str, hints: Hints = None) -> str:
    """`hints` may be given as a function: the body is read for them only when a shouting headline needs them."""
    if case == TITLE:
        return titlecase(_bring_down(text, _resolved(hints)) if _is_shouting(text) else text, callback=_keep_acronym)
    if case == SENTENCE and _is_shouting(text):
        lowered = _bring_down(text, _resolved(hints))
        return lowered[:1].upper() + lowered[1:]
    return text


_LIVE_RUN = re.compile(r"^\s*(?P<label>" + "|".join(map(re.escape, LIVE_HEADLINE_BADGES)) + r")\s*[:|–—-]?\s+(?=\S)")


def _badge(text: str) -> re.Match | None:
    """`_STATUS_BADGE`'s match when the headline's next word is in lower case (a headline in capitals is not badged)."""
    match = _STATUS_BADGE.match(text)
    following = text[match.end():].split(maxsplit=1) if match else []
    if match and following and any(c.islower() for c in following[0]):
        return match
    live = _LIVE_RUN.match(text)  # a live page's badge: the headline after it in ordinary case, figures first or not
    return live if live and any(c.islower() for c in text[live.end():]) else None


_WIRE_END_MARK = re.compile(r"\s+=$")
# A wire's label in a language no list holds, by the shape wires give labels. A word and its take's number glued to the
# headline by a hyphen, as Reuters sets "UPDATE 2-" ("XIQTEE 2-Ggubbv ...", "BARAU 1-Pabuei Panrang ..."); two
# or three words in capitals and a colon before a headline in ordinary case ("K'AK'A' TZIJ: Xtz'apïx ri puente ...",
# "KHANQ DZAQ: Meq Saiq ..."; one word is a subject as often as a label: "BMKG: Banjir rob ...", "LETTER: ...";
# the copy's own place is the headline's: "NEW DELHI: Govt clears ...").
# Counted over every case's headline as parsed: 52 such prefixes, each one a label the expected headline leaves off;
# one of them, "Xiqtee 2-" (Naxi), in ordinary case, is left, as a compound of that shape is a headline's own words.
_COUNTED_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_]{3,}\s?\d{1,2})-(?=[^\W\d_])")
_CAPITALS_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]*)*"
_CAPITALS_LABEL = re.compile(rf"^\s*(?P<label>{_CAPITALS_WORD}(?:\s+{_CAPITALS_WORD}){{1,2}})\s*[:：]\s+(?=\S)")


# Any label in square or lenticular brackets opening the headline, in a language no list holds ("[보도자료] 제주 ...",
# a press release's; "[Vidéo] ...", "【特集】..."): a headline never opens on a bracket. Counted over every case's
# answers: no expected headline opens with one. Round brackets are left (a headline may open on an aside).
_ANY_BRACKETED_LABEL = re.compile(r"^\s*[【\[［〔]\s*(?P<label>[^\]】］〕\[【［〔]{1,16}?)\s*[】\]］〕]\s*(?=\S)")


def _unlisted_label(text: str, place: str = "") -> re.Match | None:
    """Either shape, its label in capitals before a headline in ordinary case: a word and its number in ordinary
    case are a compound's ("Formel 1-Rennen in Monza abgesagt", German)."""
    for label in (_COUNTED_LABEL.match(text), _CAPITALS_LABEL.match(text)):
        rest = text[label.end():] if label else ""
        if label and label["label"].isupper() and any(c.islower() for c in " ".join(rest.split()[:2])) \
                and label["label"].casefold() != " ".join(place.split()).casefold():
            return label
    return None


def normalize_headline(raw: str, case: str = PRESERVE, hints: Hints = None, outlet: str = "",
                       place: str = "") -> Headline:
    """`hints`: the story's own spellings of names (`case_hints` over its body), for bringing down an ALL-CAPS wire
    (or a function giving them, called only then). `outlet`: the outlet the delivery names itself (a feed's title, a
    page's site name); after a dash or bar closing the headline it is the site's suffix, whatever its words
    ("... ènìyàn mẹ́fà kú - Ìròyìn Òwúrọ̀"). `place`: the copy's dateline place, never a label before the headline."""
    original = raw or ""
    # dpa's end-of-headline mark, as a pasted take keeps it ("... acht Millionen ="): wire punctuation, not headline
    text = _WIRE_END_MARK.sub("", _collapse(original))
    labels: list[str] = []
    for _ in range(5):  # "RPT-UPDATE 2-..." stacks a few labels, never many
        match = _PREFIX.match(text) or _BRACKETED_LABEL.match(text) or _STATUS_LABEL.match(text) or _badge(text) \
            or _unlisted_label(text, place) or _ANY_BRACKETED_LABEL.match(text)
        rest = text[match.end():] if match else ""
        if not match or len(rest.split()) < 2 and len(rest.strip()) < 8:  # "【速報】日本、..." has no spaces
            break
        label = match.groupdict().get("label") or match.groupdict().get("bracketed")
        if label.lower() in _DISPLAY_WORDS and not label.isupper():
            break  # "Live: Northern Rivers ...", "Explainer: What KL drivers ...": the page's own display word
        labels.append(" ".join(label.upper().split()))
        text = rest
    assets = ASSET_TAGS.search(text)
    if assets and len(text[:assets.start()].split()) >= 3:
        # "(Foto) (Vídeo)": what goes with the story, as EFE notes it after the headline; labels, not the headline's
        labels += [tag.strip("() ").upper() for tag in re.findall(r"\([^()]+\)", assets.group(0))]
        text = text[:assets.start()]
    trailing = _TRAILING_STATUS.search(text)
    if trailing and len(text[:trailing.start()].strip()) >= 8:
        labels.append(" ".join(trailing.group("label").upper().split()))
        text = text[:trailing.start()]
    slug = _SLUG.match(text)
    if slug and not _is_shouting(text) and len(text[slug.end():].split()) >= 2:
        labels.append(slug.group("label"))
        text = text[slug.end():]
    site = ""
    whole = " ".join(outlet.split())
    # the outlet as it names itself, or its name before its section ("மெரினா செய்திகள் - விளையாட்டு": a feed's
    # title of name and section, the item's title closing with the name alone)
    for own in dict.fromkeys((whole, re.split(r"\s+[-–—|｜:]\s+", whole)[0])):
        if own and len(text) > len(own) + 8 and text.casefold().endswith(own.casefold()) \
                and text[: len(text) - len(own)].rstrip().endswith(("-", "–", "—", "|", "｜")):
            site = text[len(text) - len(own):]
            text = text[: len(text) - len(own)].rstrip().rstrip("-–—|｜").rstrip()
            break
    for _ in range(3):  # " | Section | Site": the last one is the site
        suffix = _SUFFIX.search(text, max(0, len(text) - 200))  # suffixes are short: look only near the end
        if not suffix or len(text[: suffix.start()].split()) < 2:
            suffix = _WIDE_SUFFIX.search(text, max(0, len(text) - 200))
            if not suffix or len(text[: suffix.start()].strip()) < 4:
                break
        site = site or (suffix.group("dash") or suffix.group("bar") or "").strip()
        text = text[: suffix.start()]
    by_agency = _AGENCY_SUFFIX.search(text, max(0, len(text) - 60))
    if by_agency and agency_name(by_agency.group("agency")) and len(text[:by_agency.start()].split()) >= 3:
        text = text[:by_agency.start()]
    text = apply_case(text.strip(), case, hints)
    return Headline(text=text, original=original.strip(), labels=labels, site=site)
