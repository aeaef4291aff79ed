"""Bylines: "By JANE DOE and JOHN ROE, Associated Press" -> authors + credit.

People are told apart from staff and agency bylines ("Reuters Staff",
"From staff reports", "By The Associated Press"): those keep their cleaned
text as the byline with no authors. Names keep their own capitalisation
rules (McDonald, O'Brien, van der Berg) through nameparser.
"""
from __future__ import annotations

import functools

import re
from dataclasses import dataclass, field, replace

from nameparser import HumanName

from ingest.vocabulary.agencies import AGENCY_NOUNS, ELIDED_ARTICLE, abbreviates, names_an_agency, split_trailing_agency
from ingest.vocabulary.bylines import NOT_PERSON_GATE as _NOT_PERSON_GATE, ROLE as _ROLE, ROLE_GATE as _ROLE_GATE
from ingest.vocabulary.bylines import SCRIPT_ROLE as _SCRIPT_ROLE
from ingest.vocabulary.bylines import is_person as _is_person, looks_like_byline  # noqa: F401 - re-exported
from ingest.vocabulary.bylines import by_before_people_in_capitals, joined_by_an_unlisted_and, split_leading_titles, starts_a_name as _starts_a_name, uncased_joiner_at, without_unlisted_by
from ingest.vocabulary.datelines import is_set_in_capitals
from ingest.vocabulary.words import AND_ONLY_IN_LANGUAGE, AGENCY_JOINERS, BY_ONLY_IN_LANGUAGE, FUSED_BY_PREFIXES, BYLINE_LABELS, FOLLOW_BUTTONS, LEADING_ARTICLE, PUBLISHED_LABELS, PUBLISHED_STAMP
from ingest.vocabulary.words import FUSED_AND_PREFIXES, SCRIPT_BY_WORDS, SCRIPT_DESK_SUFFIXES, SCRIPT_PEOPLE_JOINERS, STAFF_BYLINE
from ingest.vocabulary.words import COMBINING_MARKS, DESK_NAMES, LABEL_COLONS, PHOTO_LABEL_AFTER_WRITERS, WRITTEN_DATE
from ingest.vocabulary.words import lower_caps_joiners
from ingest.vocabulary import MONTHS, AND_WORDS, FOREIGN_AND_WORDS, FOREIGN_BY_WORDS, NAME_PARTICLES, READ_TIME_OR_AGE, SURNAME_JOINERS, agency_name

_BY = re.compile(r"^\s*(?:by|words? by|written by|posted by|compiled by|story by|text by|report(?:ed|ing)? by)[:\s]+", re.IGNORECASE)
# A blog's "Posted by Jane Doe on June 3, 2025": the date after the name is no part of the byline.
_TRAILING_DATE = re.compile(
    r"\s+(?:on|at|le|el|il|em|am|op|den|dne|[-–—|·•])\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:" + MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+" + MONTHS + r",?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\b.*$"
    # the date written out in any language closing the line, perhaps with its time: "Martín Ezcurra 11 de octubre de
    # 2025 · 00:05" (a page's byline element with its stamp, no word between)
    r"|\s+(?:" + WRITTEN_DATE + r")(?:\s*[·•|,–-]?\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$",
    re.IGNORECASE,
)
# An outlet named after the writer: "Jane Doe, Riverside Gazette", "By Jane Doe | The Harbor Courier".
_OUTLET_NAME = re.compile(
    r"^(?:the\s+[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}|(?:[A-Z][\w'’&.-]*\s+){1,4}(?:courier|gazette|tribune|herald|chronicle|"
    r"sentinel|journal|examiner|inquirer|enquirer|dispatch|bulletin|telegraph|observer|newswire|news|times|record|register|"
    r"ledger|courant|democrat|advocate|argus|beacon|clarion|newsroom|daily|weekly|magazine|media|network))$",
    re.IGNORECASE,
)
# "Autor: Jane Doe", "Szerző: Kovács Anna", "Author - Jane Doe": a header's byline label left on the byline.
_BYLINE_LABEL = re.compile(
    r"^\s*(?:" + "|".join(re.escape(label).replace(r"\.", r"\.?") if label.endswith(".") else re.escape(label)
                        for label in BYLINE_LABELS)
    + r")(?!\w)(?P<mark>\s*:|\s[-–—]\s)?\s*(?=\S)",
    re.IGNORECASE,
)
_TRAILING_META = re.compile(r"\s*(?:" + READ_TIME_OR_AGE + r"|(?<=\s)\d+\s*min(?:ute)?s?\s+read)\s*$", re.IGNORECASE)
_BRACKETED_JOINED_AGENCY = re.compile(
    r"\s*\((?:" + "|".join(re.escape(j) for j in AGENCY_JOINERS) + r")\s+(?P<agency>[^()]{2,30})\)(?:\s+[-–—|·]\s+.*)?$",
    re.IGNORECASE)
# A page's time stamp label run into its byline: "AFP Updated 03:45 PM", "Jane Doe Published Jan 3".
_TRAILING_STAMP = re.compile(r"\s+(?:" + "|".join(map(re.escape, PUBLISHED_LABELS)) + r")(?!\w).*$", re.IGNORECASE)
# The author box's follow button after the name ("Phạm Minh Khôi Theo dõi tác giả", "Jane Doe + Follow").
_FOLLOW_BUTTON = re.compile(r"\s+(?:\+\s*)?(?:" + "|".join(map(re.escape, sorted(FOLLOW_BUTTONS, key=len, reverse=True)))
                            + r")\s*$", re.IGNORECASE)
# "Por María Gómez", "Von Klaus Müller", "Par Jean Dupont": "by" in other languages, taken only before a capital.
_FOREIGN_BY = re.compile(r"^\s*(?:" + "|".join(FOREIGN_BY_WORDS) + r")\s*:?\s+(?=\S)", re.IGNORECASE)  # "Por: ..." too
# Where a byline's names end and an agency, outlet or role begins: ", Reuters", "| AP", " for The Times", " with AFP".
_SPLIT_CREDIT = re.compile(r"\s*(?:\||,|;|\s/\s|\s-\s|\s–\s|\s—\s|\s[•·]\s|\bfor\b|\bwith\b)\s*", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
# An address written after the name, bare, bracketed or after a mark: "Jane Doe jdoe@example.com", "Jane Doe
# <jdoe@example.com>", "Door Maarten van 't Hof · maarten@example.nl"
# A reading time's label, figure and unit run in after the name: "Tempo di lettura: 4 minuti", "Lesezeit: 3 Minuten".
_READING_TIME_AFTER = re.compile(r"\s+[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+){0,2}\s*:\s*\d{1,2}\s*"
                                 r"(?:min\w*|perc\w*|dakika\w*|мин\w*|хвил\w*|minuut\w*|分钟?)\.?$", re.IGNORECASE)
_EMAIL_AFTER_NAME = re.compile(r"\s*(?:[·•|,;/–—-]\s*)?[<(\[]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)\]]?(?=\s|$|[,;|])")
# "McDONALD", "MacLEOD": a Scottish or Irish surname sent in capitals after its prefix.
_CAPS_AFTER_PREFIX = re.compile(r"(?:Mc|Mac|O['’])[A-Z]{3,}")
_OUTLET_CAPS = re.compile(r"[A-Z][A-Z0-9&+]{1,7}")  # one all-caps token: call letters, an outlet's initials ("N+")
_DOMAIN = re.compile(r"\w\.(?:com|org|net|co\.uk|news|io)\b", re.IGNORECASE)
_PAREN_CREDIT = re.compile(r"\s*\(([^()]{1,40})\)\s*$")
# A remark in brackets after a name that names no agency: a live blog's "(now)", "(earlier)", a place "(Madrid)".
_TRAILING_REMARK = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<remark>[^()]{1,30})\)$")
# "and" in the bylines of agencies that file in other languages too: y, et, und, e, en (kept as sent when shown).
# The other languages' words count only in lower case between spaces: the "E." of "Robert E. Martinez" is an initial.
_DESK_OPENING = re.compile(r"^(?:" + DESK_NAMES + r")(?![^\W\d_])", re.IGNORECASE)  # "Redactie Haven & Logistiek"
_JOIN = re.compile(r"\s*(,|;|&|\b(?i:and)\b|(?<=\s)(?:" + "|".join(sorted(FOREIGN_AND_WORDS)) + r")(?=\s))\s*")
_FOREIGN_AND = FOREIGN_AND_WORDS
_SURNAME_JOINERS = SURNAME_JOINERS


@functools.lru_cache(maxsize=None)
def _joins_in(language: str) -> re.Pattern:
    """The joiners between people, with the "and" that is one only in the copy's own language (Slovenian "in")."""
    own = AND_ONLY_IN_LANGUAGE.get((language or "").split("-")[0].split("_")[0].lower())
    return re.compile(_JOIN.pattern[:-len(r")\s*")] + r"|(?<=\s)" + own + r"(?=\s))\s*") if own else _JOIN


# A short word right after a listed "and" and before the next name: Hawaiian "a me" ("... a me Leilani Kapuāiwa").
_JOINER_SECOND_WORD = re.compile(r"(?P<word>[^\W\d_]{1,3})\s+(?=[^\W\d_][^\s]*\s+[^\W\d_])")


# An "and" set on the next name's first letter, as Nguni languages write it: siSwati "Sibusiso Dlamini naNomsa Simelane".
_FUSED_AND = re.compile(r"(?<=[^\W\d_] )(?P<joiner>[^\W\d_]{1,3})(?=[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?: |$))")


def _unfused(segment: str) -> str:
    """The segment with a fused "and" set apart: "... Dlamini naNomsa Simelane" -> "... Dlamini na Nomsa Simelane"."""
    return _FUSED_AND.sub(lambda m: f"{m['joiner']} " if m["joiner"] in FOREIGN_AND_WORDS
                          else "na " if m["joiner"] in FUSED_AND_PREFIXES else m["joiner"], segment)


def _name_parts(segment: str, language: str = "") -> list[tuple[str, str]]:
    """(joiner before it, part) for each name in a segment; a lone surname after "y"/"e" stays with its name."""
    pieces = _joins_in(language).split(_unfused(segment))
    parts = [("", pieces[0])]
    for joiner, part in zip(pieces[1::2], pieces[2::2]):
        word = joiner.lower()
        second = _JOINER_SECOND_WORD.match(part)
        if second and second.group("word").islower() and second.group("word") not in _PARTICLES \
                and part[second.end():][:1].isupper():
            # an "and" of two words, its second in no list: Hawaiian "a me" ("Keola Kahananui a me Leilani Kapuāiwa")
            word, part = f"{word} {second.group('word')}", part[second.end():]
        if word in _SURNAME_JOINERS and len(part.split()) == 1 and part[:1].isupper() and parts[-1][1].strip():
            parts[-1] = (parts[-1][0], f"{parts[-1][1]} {joiner} {part}")
        else:
            parts.append((word, part))
    return [piece for joiner, part in parts for piece in _split_at_unlisted_joiner(joiner, part)]


def _holds_a_lower_case_word(segment: str) -> bool:
    """A word in lower case that is no name's particle nor an "and": a post or a desk after the name, in a language
    no list covers ("Mukuru wezveMashoko", "GHG-nyň habarçylary"); a name's own words are capitalised."""
    return not _LOCATED.match(segment) and any(  # ("Tom Whitaker in London": where he filed from)
        word[:1].islower() and word.isalpha() and word not in _PARTICLES and word not in AND_WORDS
        for word in segment.replace("-", " ").split())


def _split_at_unlisted_joiner(joiner: str, part: str) -> list[tuple[str, str]]:
    """Two people joined by an "and" no list holds: one short word in lower case between two names of two or more
    capitalised words each ("Sekar Ayuningtyas lan Bagus Prasetyo", "Caalaa Tolasaa fi Meeron Gammachuu"). A name's
    own particle ("da", "van", "bin") joins no one, and a lone word on either side is a surname's, not a person's."""
    words = part.split()
    for at in range(2, len(words) - 2):
        word = words[at]
        if (word.strip("'’ʼ").isalpha() and word.islower() and len(word) <= 7 and word not in _PARTICLES
                and all(w[:1].isupper() for w in (*words[:at], *words[at + 1:]))):
            return [(joiner, " ".join(words[:at])), (word, " ".join(words[at + 1:]))]
    at = uncased_joiner_at(words)
    if at > 0:
        return [(joiner, " ".join(words[:at])), (words[at], " ".join(words[at + 1:]))]
    return [(joiner, part)]


_SUFFIX_TOKEN = re.compile(r"^(?:jr|sr|ii|iii|iv|phd|md)\.?$", re.IGNORECASE)



_PARTICLES = NAME_PARTICLES
_LONGEST_BYLINE = 300
_LOCATED = re.compile(r"^(?P<name>.+?)\s+(?P<place>in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})$")


@dataclass
class Byline:
    text: str
    raw: str
    authors: list[str] = field(default_factory=list)
    credit: str = ""
    roles: list[str] = field(default_factory=list)
    place: str = ""  # "Recife" from "... - Repórter da Agência Brasil - Recife": a dateline where the copy has none


@functools.lru_cache(maxsize=4096)
def _capitalized(name: str) -> str:
    """nameparser's capitalisation of a name (a parse costs about half a millisecond; a wire's bylines are
    the same few hundred names, so each is parsed once)."""
    parsed = HumanName(name)
    parsed.capitalize(force=True)
    # Python lower-cases the Turkish dotted capital İ to "i" and a combining dot: "ELİF" would read "Eli̇f".
    return str(parsed).replace("i\u0307", "i")


def _proper_case(name: str) -> str:
    """Bring ALL-CAPS or all-lower names to their own capitalisation; in a mixed name only its ALL-CAPS surname.

    AFP and other European agencies set the family name in capitals
    ("Claire DUBOIS"); the given name shows the person's own case is wanted.
    """
    letters = [c for c in name if c.isalpha()]
    if letters and (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        return _capitalised_articles(_capitalized(name))
    def word_case(word: str) -> str:
        if _CAPS_AFTER_PREFIX.fullmatch(word):
            return _capitalized(word.lower())
        if not word.isupper() or _SUFFIX_TOKEN.match(word):
            return word
        if word.lower() in _PARTICLES:
            return word.lower()  # "Anna DE LA CRUZ" -> "Anna de la Cruz"
        return _capitalized(word.lower()) if sum(c.isalpha() for c in word) >= 3 else word

    words = name.split(" ")
    cased = [word_case(word) for word in words]
    # Only the particles sent in capitals are the parser's to case: "Jean le Blanc" as written stays so.
    return " ".join(_capitalised_articles(" ".join(cased)).split(" ")[i] if words[i].isupper() else cased[i]
                    for i in range(len(words)))


_COLLECTIVE = re.compile(r"\s+(?:staff|reporters|correspondents)$", re.IGNORECASE)


def _split_trailing_role(part: str) -> tuple[str, str]:
    """("Chris Baddeley", "Sports reporter") from "Chris Baddeley Sports reporter", or ("", "") when no person
    stands before a post: every word after the name must be a post's word or a small lower-case one ("of")."""
    words = part.split()
    for cut in range(2, len(words)):
        head, tail = " ".join(words[:cut]), words[cut:]
        if _ROLE_GATE.search(" ".join(tail)) and all(_ROLE.fullmatch(w) or w.islower() for w in tail) and _is_person(head):
            return head, " ".join(tail)
    return "", ""


# French and Breton family names keep their article capitalised ("Le Gall", "La Fontaine"); after another
# particle it is part of a compound and stays small ("de la Cruz").
_ARTICLE_PARTICLES = frozenset({"le", "la", "les"})


# Patronymic words inside a name sent in capitals, written as their languages write them: Welsh "ap" and "ferch" in
# lower case ("Rhodri ap Gwilym"), Irish and Scottish "Mac", "Nic", "Ní", "Ó" capitalised ("Dónal Mac Cárthaigh").
_LOWER_PATRONYMICS = frozenset({"ap", "ab", "ferch", "verch"})
_CAPITALISED_PATRONYMICS = frozenset({"mac", "mhic", "nic", "ní", "ó", "uí", "ua"})


def _capitalised_articles(name: str) -> str:
    words = name.split(" ")
    for index in range(1, len(words) - 1):
        if words[index] in _ARTICLE_PARTICLES and words[index - 1].lower() not in _PARTICLES:
            words[index] = words[index].capitalize()
        elif words[index].lower() in _LOWER_PATRONYMICS:
            words[index] = words[index].lower()
        elif words[index].lower() in _CAPITALISED_PATRONYMICS:
            words[index] = words[index].capitalize()
    return " ".join(words)





# A news, wire or press service's name: the role list holds "news service" for a byline's "Tribune News Service"
# desk, but a capitalised name of one after the writer is the service credited. Over every case's answers, 60
# credits are such a service, and no byline keeps one as its writer's post.
_SERVICE_CLOSING = re.compile(r"\s(?:news|wire|press|newswire)\s+services?$", re.IGNORECASE)


def _names_a_service(token: str) -> bool:
    """ "Prairie News Service", "Kgotla News Service": three to six words, a name of capitalised words closing on the
    service's noun, with no other role word before it ("Staff News Service" is a post)."""
    words = token.split()
    closing = _SERVICE_CLOSING.search(token)
    return closing is not None and 3 <= len(words) <= 6 and all(word[:1].isupper() for word in words[:-2]) \
        and not _ROLE_GATE.search(token[:closing.start()])


def _split_trailing_agency(segment: str) -> tuple[str, str, str]:
    """ "KARL RITTER Associated Press" / "JOSH BOAK AP Economics Writer" -> (name, agency, role)."""
    words = segment.split()
    for start in range(1, len(words)):
        if words[start] in _PARTICLES:
            continue  # "Rhodri ap Gwilym": a particle in lower case is the name's, not the AP
        for end in range(min(len(words), start + 4), start, -1):
            agency = agency_name(" ".join(words[start:end]))
            rest = " ".join(words[end:])
            if agency and AGENCY_NOUNS.fullmatch(" ".join(words[start:end])):
                continue  # a bare agency noun ends an agency's own name: "Pacific Islands Newswire" is one agency
            if agency and (not rest or _ROLE_GATE.search(rest)):
                return " ".join(words[:start]), agency, rest
    return segment, "", ""


def _strip_outer(text: str) -> str:
    """Outer separators off; a final period only when it does not end "Jr." or an initial."""
    text = text.strip(" ,:;|-–—·•")
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]|\b(?:jr|sr|dr))\.$", text, re.IGNORECASE):
        text = text[:-1].rstrip(" ,:;|-–—")
    return text


# An agency joined after the comma by a "with" word: "..., cu Carpatica Press", "..., com AKN", "..., with NZPA".
_JOINED_AGENCY = re.compile(r"^(?:" + "|".join(sorted(map(re.escape, AGENCY_JOINERS), key=len, reverse=True))
                            + r")\s+(?P<agency>\S.{1,60})$", re.IGNORECASE)
_PRESS_WORDS = ("press", "presse", "prensa", "imprensa", "news", "wire", "newswire", "pres", "прес", "пресс")


def _joins_an_unlisted_agency(segment: str) -> bool:
    joined = _JOINED_AGENCY.match(segment.strip())
    return bool(joined) and _is_unlisted_agency(ELIDED_ARTICLE.sub("", joined.group("agency")))


def _is_unlisted_agency(name: str) -> bool:
    """An agency no list knows, as a "with" word joins it to the byline: a code in capitals ("AKN"), a name holding an
    agency's noun, or a name ending in its press or news word ("Carpatica Press"). A person joined so ("with Jane
    Doe") is none of these."""
    words = name.split()
    return (name.isupper() and name.isalpha() and 2 <= len(name) <= 6 or names_an_agency(name)
            or 2 <= len(words) <= 4 and all(word[:1].isupper() for word in words) and words[-1].casefold() in _PRESS_WORDS)


def _strip_by(text: str, language: str = "") -> str:
    if _BY.match(text):
        return _BY.sub("", text, count=1)
    labelled = _BYLINE_LABEL.match(text)
    # Without its colon or dash ("Autor ČTK", as a page shows label and name in two elements) only before a
    # capital, in any script with capitals: "Autor desconocido" is no label.
    if labelled and (labelled.group("mark") or _starts_a_name(text[labelled.end():])):
        return text[labelled.end():]
    foreign = _FOREIGN_BY.match(text)
    following = text[foreign.end():] if foreign else ""
    # "Von dpa": the agency as it writes itself; "di avv. Giulia Ferraresi": a title, then the name
    if foreign and (_starts_a_name(following) or agency_name(following) or split_leading_titles(following)[0]):
        return following
    if text.startswith("de ") and text[3:4].isupper():  # Romanian "de Andreea Popescu" (a capital "De Luca" is a name)
        return text[3:]
    code = (language or "").split("-")[0].split("_")[0].lower()
    own = BY_ONLY_IN_LANGUAGE.get(code)
    if own and text[: len(own) + 1].lower() == own + " " and _starts_a_name(text[len(own) + 1:]):
        return text[len(own) + 1:]  # Catalan "Per Jordi Casas i Ferrer"
    # isiZulu "NguThandeka Ndlovu"; in a language no list names, any language's fused "by" (siSwati "NguSibusiso")
    for fused in [FUSED_BY_PREFIXES[code]] if code in FUSED_BY_PREFIXES else set(FUSED_BY_PREFIXES.values()):
        if text[: len(fused)].lower() == fused and text[len(fused):][:1].isupper() and text[:1].isupper():
            return text[len(fused):]
    return without_unlisted_by(text)


# One to three words in lower case, then a capitalised name: "viestintäasiantuntija Jussi Lehtonen".
_POST_BEFORE_NAME = re.compile(r"^(?P<post>(?:[a-zß-öø-ÿā-ž][\w-]*\s+){1,3})(?=[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:\s|$))")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")
_SCRIPT_BY = re.compile(r"^\s*(?:" + "|".join(map(re.escape, SCRIPT_BY_WORDS)) + rf")(?:\s*[{LABEL_COLONS}/｜|፥＝=՝]\s*|\s+[-–—]\s+|\s+)")  # "፦": Ethiopic; "＝": Japanese ("文＝高橋 和也"); "သတင်း - "
_SCRIPT_JOIN = re.compile(SCRIPT_PEOPLE_JOINERS)
# A place's words: capitalised, with the particles place names hold ("Rio de Janeiro", "Port of Spain").
_PLACE_WORDS = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:de|da|do|dos|das|del|la|of|on|upon|am|an)\s+)?[A-ZÀ-Þ][\w'’.-]*){0,3}")
# A Japanese or Chinese desk named before its writers: "地域報道部", "社会部", "经济部", "編集局".
_SCRIPT_DESK = re.compile(r"^[一-龯]{1,6}(?:部|局|課|室)[\s\u3000]+")
_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")
# A Chinese name of three characters, family name first ("王晓川"); a Japanese name sets a space inside ("山口 美咲").
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{3}")
_AND_PREFIX = re.compile(r"^[וو](?=[^\W\d_]{2,})")


# (a word's vowel signs are marks, no letters: "लेख:" is a label; so is a label of two words, "लिखबे वारे:", Bundeli's
# "written by": a name is never followed by its colon in a byline)
_SCRIPT_WORD = rf"[^\W\d_](?:[^\W\d_]|[{COMBINING_MARKS}])*"
_SCRIPT_LABEL = re.compile(rf"^{_SCRIPT_WORD}(?:\s+{_SCRIPT_WORD})?\s*[{LABEL_COLONS}]\s*(?=\S)")


def _script_byline(text: str, raw: str, titles: set[str] = frozenset()) -> Byline | None:
    """A byline in a script without Latin letters (Chinese, Korean, Japanese, Greek, Hebrew, Arabic, Cyrillic,
    Thai, Devanagari), or None for a Latin one. Its label, posts, e-mail and agency go; the people stay as the copy
    joined them: "作者：记者 周敏" -> "周敏"; "김민수 이서연 기자" -> "김민수 이서연" (two reporters: Korean names are
    one word); "Ελένη Μαυρίδου, ανταποκρίτρια ΑΠΕ-ΜΠΕ" -> "Ελένη Μαυρίδου", credit the agency."""
    text = _EMAIL.sub(" ", text)
    if _LATIN_LETTER.search(_SCRIPT_ROLE.sub("", text).replace("DB", "")) or not any(c.isalpha() for c in text):
        return None
    # (the label, and a "by" after it: Dari "گزارش از ..." is "report by ..."; a stamp's separator at the end)
    for _ in range(2):
        unlabelled = _SCRIPT_BY.sub("", text, count=1)
        if unlabelled == text or not unlabelled.strip():
            break
        text = unlabelled
    credit = ""
    code = _TRAILING_BRACKETED_CODE.search(text)
    if code and code.group("code").isupper() and len(text[:code.start()].split()) >= 2:
        # "Айдыс Ооржак болгаш Чечек Монгуш (ТМА)": the agency's code in brackets after the people is the credit
        text, credit = text[:code.start()], agency_name(code.group("code")) or code.group("code")
    text = " ".join(text.split()).strip("（）()").rstrip(" |·•-–—,:፣،、၊")  # (Ethiopic, Arabic, CJK, Burmese commas too)
    text = _SCRIPT_LABEL.sub("", text, count=1)  # a label no list holds, with its colon: "ዘጋቢዎች፦ ሕይወት መኮንን ..."
    opening = by_before_people_in_capitals(text.split())  # "Нирухэни НАТАЛЬЯ ДУВАН": a "by" before people in capitals
    text = " ".join(text.split()[opening:]) if opening else text
    people_part, slashed = split_trailing_agency(text) if "/" in text else (text, "")
    if slashed:  # "Иван Петров / БТА", "Александра Стојановска / БДА": the agency after the slash is the credit
        text, credit = people_part, agency_name(slashed) or slashed
    signed = text  # as written, its desk included: "社会部 交通取材班" when a team signs
    text = _SCRIPT_DESK.sub("", text).strip()  # "（地域報道部　森本佳奈、川口翔太）": the desk before its writers
    people: list[str] = []
    shown: list[str] = []  # each person's piece as the copy wrote it, joiners and all
    for piece in re.split(r"\s*[,،|]\s*(?=\S*" + _SCRIPT_ROLE.pattern + r"|[^,،|]*$)|\s+[-–—|]\s+", text):
        agency = agency_name(piece.strip())
        leftover = "" if agency else _SCRIPT_ROLE.sub(" ", piece)
        for word in leftover.split():
            if agency_name(word):
                agency = agency or agency_name(word)
                leftover = leftover.replace(word, " ")
        if not agency and people and _is_agency_code(piece.strip()):
            # "Зарема Исаева, ЧХА": one word in capitals after the people, an agency's code
            agency, leftover = piece.strip(), ""
        elif not agency and people and names_an_agency(piece.strip()):
            agency, leftover = piece.strip(), ""  # "पिंकी कुमारी, मगध खबर सेवा": an agency no list holds, by its noun
        if agency:
            credit = credit or agency
        if people and (_SCRIPT_ROLE.search(piece) or _NOT_PERSON_GATE.search(piece) or _holds_a_lower_case_word(piece)
                       or " ".join(piece.split()) in titles):
            # "سارة المنصوري، محررة شؤون النفط", "..., തിരുവനന്തപുരം ബ്യൂറോ", "..., корреспонденты УрИА": after the
            # name, a post or a desk
            continue
        leftover = " ".join(leftover.split()).strip(" ,:：;፣،、၊")
        leftover = split_leading_titles(leftover)[1]  # "доц. д-р Мария Петрова": the titles before her name
        if not leftover:
            continue
        names = [_AND_PREFIX.sub("", n.strip()) if i else n.strip() for i, n in enumerate(_SCRIPT_JOIN.split(leftover)) if n.strip()]
        # an "and" no list holds between two names: "Айдыс Ооржак болгаш Чечек Монгуш" (Tuvan)
        names = [part for name in names for _, part in _split_at_unlisted_joiner("", name)]
        if len(names) > 1 and any(len(n.split()) < 2 for n in names) and re.search(r"\s[וو]", leftover):
            names = [leftover]  # a prefix letter inside one person's name, not "and"
        if all(_HANGUL_NAME.fullmatch(w) or _HAN_NAME.fullmatch(w) for n in names for w in n.split()):
            # Korean or Chinese reporters side by side ("김민수 이서연", "王晓川 李梦溪"): each name one word
            names = [w for n in names for w in n.split()]
        if any(word.isupper() and len(word) > 2 for n in names for word in n.split()):
            # a name in capitals, or a surname in capitals beside its given name ("ԱՆԻ ՄԿՐՏՉՅԱՆ", "Լիլիթ ԱՎԱԳՅԱՆ",
            # "Айгерім НҰРЛАНҚЫЗЫ"), as wires set it: written as names are
            names = [_proper_case(n) for n in names]
            leftover = _proper_case(leftover)
        people += names
        shown.append(leftover)
    if len(people) == 1 and (_STAFF_LINE.match(people[0]) or _NOT_PERSON_GATE.search(people[0])
                             or not re.search(r"[,،|/–—-]", text) and _NOT_PERSON_GATE.search(text)):
        # "নিজস্ব প্রতিবেদক" ("own correspondent"): the desk, its post word and all
        # "กองบรรณาธิการ", "編集部", "ویب ڈیسک", "लोकवार्ता ऑनलाइन टीम": the desk or the team signs, no person
        return Byline(text=text, raw=raw, credit=credit)
    if people and all(person.endswith(SCRIPT_DESK_SUFFIXES) for person in people):
        return Byline(text=signed, raw=raw, credit=credit)  # "静岡県知事選取材班": a reporting team, no person
    if not people:
        # "כתבי רויטרס" (Reuters' reporters): the collective as written, the agency its credit
        return Byline(text=text, raw=raw, credit=credit) if credit else None
    comma = "، " if "،" in text else ", "  # (Arabic and Persian write their own comma between people)
    return Byline(text=comma.join(shown), raw=raw, authors=people, credit=credit)


# Words that put a place after a post ("correspondent in New York", "correspondant à Paris", "Korrespondent in
# Wien"); none of them is an "and" in any language the lists know.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "of", "on", "for", "to", "with", "near", "à", "au", "aux", "en",
                                 "de", "del", "della", "em", "im", "am", "aus", "bei", "para", "per", "desde"})


def _two_people_with_posts(text: str) -> Byline | None:
    """Two people, each with a post in lower case after a comma, joined by a word in lower case: "Гæбæраты Зæринæ,
    нæ хъусынгæнæг æмæ Цæболты Алан, фотографист" (Ossetian: "our correspondent and ..., photographer"), "Anna Berg,
    vår reporter och Erik Lund, fotograf". The second post after the second name vouches for the shape: a post
    naming a place ("correspondent in New York") has no ", post" after the place."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != 3 or not parts[1][:1].islower() or not parts[2][:1].islower():
        return None
    first, middle, post2 = parts
    words = middle.split()
    # the joiner: the last word in lower case, only a name of two to four capitalised words after it
    at = next((index for index in range(len(words) - 3, 0, -1) if words[index].islower()), None)
    if at is None or words[at] in _PLACE_PREPOSITIONS:
        return None  # "Jane Doe, based in New York, said": a place after the post, no second person
    second = words[at + 1:]
    if not (2 <= len(second) <= 4 and all(_starts_a_name(word) for word in second)
            and _is_person(first) and _is_person(" ".join(second))):
        return None
    name = " ".join(second)
    return Byline(text=f"{first} {words[at]} {name}", raw=text, authors=[first, name],
                  roles=[" ".join(words[:at]), post2])


# An agency's code in brackets closing the byline: "Jan Kónkel, (KAP)", "... Чечек Монгуш (ТМА)" (capitals checked).
_TRAILING_BRACKETED_CODE = re.compile(r"[\s,]+\((?P<code>[^\W\d_]{2,6})\)\s*$")


def _is_agency_code(word: str) -> bool:
    """One word of two to six capitals in any script with capitals: an agency's code ("ЧХА", "KAP"); a person in
    capitals is two words or more."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _listed_and_between_names(text: str) -> bool:
    """An "and" of the lists between two capitalised words ("Mārtiņš Ozols un Līga Kalniņa")."""
    words = text.split()
    return any(word.casefold() in AND_WORDS and words[at - 1][:1].isupper() and words[at + 1][:1].isupper()
               for at, word in enumerate(words[1:-1], start=1))


def _name_set_in_capitals(text: str) -> bool:
    """Two words or more, every cased letter a capital ("LORNA DUMANGENG", "KAREN O'DWYER")."""
    return len(text.split()) >= 2 and is_set_in_capitals(text)


# Where a Chinese byline's writers report from, after a slash: "／台南報導" (reporting in Tainan), "/北京报道", "／花蓮
# 電" (wired from): the place is the story's dateline where the copy gives none.
_FILED_FROM = re.compile(r"\s*[／/]\s*(?P<place>[^\s／/【】\[\]]{1,8}?)\s*(?:報導|报道|電|电)\s*[】\]]?\s*$")


def parse_byline(raw: str, outlet: str = "", language: str = "", titles: tuple[str, ...] = ()) -> Byline:
    """`titles`: the posts the envelope marks as such (NITF's <byttl>, NewsML's title, ninjs's role): a segment that
    is one of them, and names no agency, is a post whatever its script or case ("ၽူႈသိုပ်ႇၶၢဝ်ႇ", Shan's "reporter",
    after "<person>...</person> လႄႈ <person>...</person>")."""
    # A byline set on two lines ("By ANNA LIND" / "Associated Press") reads as two comma-separated segments.
    # "Mette Kjærgaard/ritzau/": Ritzau closes its name with a slash too
    text = lower_caps_joiners(" ".join(re.sub(r"\s*\n\s*", ", ", (raw or "").strip()).split())).rstrip("/ ")
    text = _FOLLOW_BUTTON.sub("", _TRAILING_STAMP.sub("", PUBLISHED_STAMP.sub("", text, count=1))) \
        if len(text.split()) > 1 else text
    photographer = PHOTO_LABEL_AFTER_WRITERS.search(text)
    if photographer and photographer.start() > 0 \
            and text[:photographer.start()].split()[-1].casefold() not in AND_WORDS | FOREIGN_AND_WORDS:
        # "... · Argazkia: Jon Urkizu": the picture's credit, no author ("Text and photos: ..." labels them both)
        text = text[:photographer.start()]
    if not text:
        return Byline(text="", raw=raw or "")
    if len(text) > _LONGEST_BYLINE:  # not a byline but a paragraph in the byline slot: shown as sent, no names read
        return Byline(text=text, raw=raw)
    marked_titles = {" ".join(title.split()) for title in titles if title and not names_an_agency(title)} - {""}
    filed_from = _FILED_FROM.search(text)
    if filed_from and filed_from.start() > 0:
        # "記者陳怡君、林志明／台南報導", "【記者林雅婷／台中報導】": the writers, then where they report from
        text = text[:filed_from.start()].strip(" 【[")
    scripted = _script_byline(text, raw, marked_titles)
    if scripted is not None:
        return replace(scripted, place=scripted.place or filed_from.group("place")) if filed_from else scripted
    unlabelled = _strip_outer(_TRAILING_DATE.sub("", _strip_by(_TRAILING_META.sub("", text), language)))
    if _STAFF_LINE.match(text) and not _STAFF_LINE.match(unlabelled):
        return Byline(text=text, raw=raw)  # "Mwandishi Wetu" ("our writer"): a desk whose first word is also a label
    # "By Jane Doe jdoe@example.com": how to reach her is neither her name nor a credit (an address alone names no one)
    text = _EMAIL_AFTER_NAME.sub("", unlabelled).strip(" ,;|") or unlabelled
    text = _READING_TIME_AFTER.sub("", text) or text  # "... Tempo di lettura: 4 minuti": the page's, not the byline's
    # "Julie Marchand (avec AFP) - Le 17 juin 2025": the agency joined in brackets is the credit, what follows the date
    with_agency = _BRACKETED_JOINED_AGENCY.search(text)
    if with_agency and agency_name(with_agency.group("agency")):
        text = f"{text[:with_agency.start()].rstrip()}, {with_agency.group('agency')}"
    credit = ""
    code = _TRAILING_BRACKETED_CODE.search(text)
    if code and code.group("code").isupper() and not agency_name(code.group("code")):
        before = text[:code.start()].rstrip(" ,")
        named = re.split(r",\s*|\s+[|–—-]\s+", before)[-1].strip()
        if named != before and len(code.group("code")) >= 3 and len(named.split()) >= 3 \
                and abbreviates(code.group("code"), named.split()):
            # "SUI HNEM PAR, Chinram Thawngpang Zung (CTZ)": the agency named in full, its code after it, no person
            credit, text = named, before[:-len(named)].rstrip(" ,|–—-")
        else:
            # "Jan Kónkel, (KAP)" (NITF's <byttl>(KAP)</byttl>): an agency's code no list holds, read as "Jan Kónkel, KAP"
            text = f"{before}, {code.group('code')}"
    paren = _PAREN_CREDIT.search(text)
    if paren and agency_name(paren.group(1)):
        credit = agency_name(paren.group(1)) or ""
        text = text[: paren.start()].strip(" ,")

    text = _agency_after_joiner(text)
    posted = _two_people_with_posts(text)
    if posted is not None:
        return replace(posted, raw=raw, credit=credit)
    segments = [s for s in _SPLIT_CREDIT.split(text) if s]
    and_word = "and"  # how the names are joined when shown: as the byline joined them ("y", "et", "und")
    names: list[str] = []
    roles: list[str] = []
    place = ""  # where the writer filed from, when the byline says so after the post
    joined_people = False  # a segment named its people joined by an "and"
    for index, segment in enumerate(segments):
        agency = agency_name(segment)
        if not agency and len(segments) == 1 and names_an_agency(segment) and not _ROLE_GATE.search(segment) \
                and not _split_trailing_agency(segment)[1]:
            agency = segment.strip()  # the byline is an agency no list knows, by its noun: "Marmara Haber Ajansı"
        if agency:
            credit = credit or agency
            continue
        token = segment.strip()
        if index > 0 and token in marked_titles:
            roles.append(token)
            continue
        if index > 0 and names and _NOT_PERSON_GATE.search(token) and " & " in token:
            roles.append(token)  # "..., Ibiene Sand & Silica Ltd": the writer's company, no second person
            continue
        if index > 0 and outlet and _same_outlet(token, outlet):
            continue  # "Petr Novotný, Podještědský zpravodaj" on that paper's page: his own paper, no author, no credit
        if _EMAIL.fullmatch(token):
            continue  # "By Jane Doe, jdoe@example.com": how to reach her, neither a name nor a credit
        if index > 0 and not credit and (_DOMAIN.search(token) or _OUTLET_CAPS.fullmatch(token) and not _SUFFIX_TOKEN.match(token)
                                         or _OUTLET_NAME.match(token) and token[:1].isupper()):
            credit = token  # "Jane Doe, CNBC.com" / "Jane Doe, WWLTV" / "Jane Doe, Riverside Gazette": the outlet
            continue
        if (index == len(segments) - 1 and names and roles and roles[-1] == segments[index - 1].strip()
                and _PLACE_WORDS.fullmatch(token) and (len(token.split()) == 1 or any(w.islower() for w in token.split()))
                and not _ROLE_GATE.search(token)):  # (a second post, "Tumuaki and Principal", is no place)
            # one word, or a place's particle in it: "Ingrid Solheim" after "Senior Editor" is the next person
            # "Por X - Repórter da Agência Brasil - Recife" / "- Rio de Janeiro": the place after the post, no person
            roles.append(token)
            place = place or token
            continue
        if index > 0 and (_ROLE_GATE.search(segment) or _SUFFIX_TOKEN.match(segment.strip())):
            if _SUFFIX_TOKEN.match(segment.strip()) and names:
                names[-1] = f"{names[-1]} {segment.strip()}"
            else:
                name, agency, role = _split_trailing_agency(segment)
                if agency:  # "Staff Writer, Reuters", "Repórter da Agência Brasil"
                    credit = credit or agency
                elif segment.split()[0] and agency_name(segment.split()[0]):
                    credit = credit or agency_name(segment.split()[0])  # "AP Auto Writer"
                elif names and not credit and _names_a_service(token):
                    credit = token  # "Harpreet Dhillon, Prairie News Service": the service credited, no post
                    continue
                roles.append(segment.strip())
            continue
        if index > 0 and _DESK_OPENING.match(token):
            roles.append(token)  # "Pieter Van den Broeck | Redactie Haven & Logistiek": the desk, "&" and all
            continue
        if index > 0 and _joins_an_unlisted_agency(token):
            # "..., cu Carpatica Press", "..., com AKN", "..., avec l'Agence Teranga Presse" (the article elided off)
            credit = credit or ELIDED_ARTICLE.sub("", _JOINED_AGENCY.match(token).group("agency"))
            continue
        if index == len(segments) - 1 and len(names) == 1 and len(names[0].split()) >= 2 and len(token.split()) == 1 \
                and token[:1].isupper() and token.isalpha():
            roles.append(token)  # "Marie-Ève Tremblay, Pharmacienne": one word after a whole name is her post
            continue
        if index > 0 and names and (token.islower() or token[:1].islower()
                                    and token.split()[0] not in _PARTICLES and token.split()[0] not in AND_WORDS
                                    or _holds_a_lower_case_word(token) and not joined_by_an_unlisted_and(token)) \
                and any(name[:1].isupper() for name in names):
            # (a post in lower case before a place's capital: "..., mpanao gazety any Toliara")
            roles.append(token)  # "Peter Hudák a Zuzana Kmeťová, meteorológovia redakcie": a description, in lower case
            continue
        if index > 0 and joined_people:
            # "Caalaa Tolasaa fi Meeron Gammachuu, Tajaajila Oduu Gadaa": people joined by their "and" close the list;
            # what a comma adds after them is a post, a desk or a service, no third person
            if names_an_agency(token) and not _ROLE_GATE.search(token):
                credit = credit or token  # "A and B, Volta News Agency": an agency no list knows, by its noun
            else:
                roles.append(token)
            continue
        if index > 0 and len(names) == 1 and _name_set_in_capitals(_BY.sub("", segments[0].strip(), count=1)) \
                and token[:1].isupper() and not any(len(word) > 1 and word.isupper() for word in token.split()) \
                and not joined_by_an_unlisted_and(token) and not _listed_and_between_names(token):
            # "LORNA DUMANGENG, Baliti Kaywan", "HEMI O'CONNELL, Council Watch reporter": a wire sets its writer in
            # capitals and what it adds after the comma in ordinary case, a post or a service, never a second person
            # (counted: 37 such bylines, the tail the credit in 20 and a post in 17, a person in none); two people
            # joined by an "and" after the comma are people ("ILZE BĒRZIŅA, Mārtiņš Ozols un Līga Kalniņa")
            if names_an_agency(token) and not _ROLE_GATE.search(token):
                credit = credit or token
            else:
                roles.append(token)
            continue
        parts = _name_parts(segment, language)
        joined_people = any(joiner.replace(" ", "").strip("'’ʼ").isalpha() for joiner, _ in parts)
        for joiner, part in parts:
            part = _BY.sub("", part.strip(), count=1)  # "By Jane Doe and By John Roe": each name may carry its own "By"
            if not part:
                continue
            if agency_name(part):  # "A, B and African News Agency (ANA)": the agency joined as one of them
                credit = credit or agency_name(part) or ""
                continue
            if names and names_an_agency(part) and not _ROLE_GATE.search(part):
                # "A and B, Volta News Agency": an agency no list knows, by its noun; the "and" it took joins the people
                credit = credit or part.strip()
                if joiner in _FOREIGN_AND or joiner and joiner == AND_ONLY_IN_LANGUAGE.get(language.split("-")[0].lower()):
                    and_word = joiner
                continue
            if joiner.replace(" ", "").strip("'’ʼ").isalpha() and joiner != "and":  # (the copy's own "and", listed or not, is shown as sent)
                and_word = joiner
            located = _LOCATED.match(part)
            if located:  # "Jennifer Rankin in Brussels": the place is not part of the name
                part = located.group("name")
                roles.append(located.group("place"))
            name, agency, role = _split_trailing_agency(part)
            if agency:
                credit = credit or agency
                part = name
                if role:
                    roles.append(role)
            remark = _TRAILING_REMARK.match(part)
            if remark and _is_person(remark.group("name")):  # "Ellie Brandreth-Kaur (now)", "Ana Ruiz (Madrid)"
                part = remark.group("name")
                roles.append(remark.group("remark"))
            post = _POST_BEFORE_NAME.match(part)
            if post and all(word.islower() and word not in _PARTICLES and word not in AND_WORDS and word != "by"
                            for word in post.group("post").split()):
                # "viestintäasiantuntija Jussi Lehtonen": a post in lower case before the name, as Finnish and
                # Baltic papers set it, is no part of it
                roles.append(post.group("post").strip())
                part = part[post.end():]
            titles, untitled = split_leading_titles(part)
            if titles:  # "Ing. Agr. Martín Ezcurra", "Tehnikatoimetaja Kristjan Kask": the titles are no part of the name
                part = untitled
                roles.append(titles)
            if not _is_person(part):
                person, role = _split_trailing_role(part)
                if person:  # "Chris Baddeley Sports reporter": the post after the name, with no comma between
                    part = person
                    roles.append(role)
            if _SUFFIX_TOKEN.match(part) and names:
                names[-1] = f"{names[-1]}, {part}"
            elif _is_person(part):
                names.append(_proper_case(part))
            else:
                roles.append(part)

    if not names:
        # No person: show the line as written (less "By"), credit an agency if it is one.
        as_written = _strip_by(_TRAILING_META.sub("", _FOLLOW_BUTTON.sub("", _TRAILING_STAMP.sub("", " ".join(raw.split())))), language)
        as_written = as_written.strip(" .,:;|·•–—-")  # with the separators a page sets after it ("Keystone-ATS ·")
        if re.match(r"(?i)from\s+(?:staff|wire|news)\b", as_written):  # "From staff reports" -> "Staff reports"
            as_written = as_written[5:].strip()
            as_written = as_written[:1].upper() + as_written[1:]
        staff_agency = agency_name(_COLLECTIVE.sub("", text))  # "AP Staff", "PA Reporters": the agency's own people
        if credit and not staff_agency:  # "La Rédaction avec AFP": the desk signs, the agency is the credit
            as_written = ", ".join(seg for seg in _SPLIT_CREDIT.split(_agency_after_joiner(as_written))
                                   if seg and not agency_name(seg) and not _joins_an_unlisted_agency(seg)) or as_written
        return Byline(text=as_written, raw=raw, credit=credit or staff_agency or "", roles=roles)
    if len({name.casefold() for name in names}) < len(names):
        # a feed that lists its people and then its byline ("A, B, A dan B"): each person once
        names = list({name.casefold(): name for name in reversed(names)}.values())[::-1]
    shown = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {and_word} " + names[-1]
    if len(names) > 1 and " ".join(text.split()).casefold() == " - ".join(names).casefold():
        shown = " - ".join(names)  # "Minh Anh - Thu Trang": people joined by a dash, as Vietnamese papers sign, as sent
    fused = [prefix for prefix in (and_word, *sorted(FUSED_AND_PREFIXES))
             if len(names) == 2 and " ".join(text.split()) == f"{names[0]} {prefix}{names[1]}"]
    if fused:
        shown = f"{names[0]} {fused[0]}{names[1]}"  # "Sibusiso Dlamini naNomsa Simelane": the fused "and" as sent
    return Byline(text=shown, raw=raw, authors=names, credit=credit, roles=roles, place=place)


def _same_outlet(segment: str, outlet: str) -> bool:
    """A byline's segment naming the outlet that presents the story, with or without its article."""
    def key(name: str) -> str:
        return LEADING_ARTICLE.sub("", " ".join(name.split())).casefold().strip(" .")
    return key(segment) == key(outlet)


def _agency_after_joiner(text: str) -> str:
    """ "Julien Mercier avec AFP", "Sara Nyström/TT" -> "..., AFP": the joiner or slash before an agency is no "and"."""
    people, agency = split_trailing_agency(text)
    return f"{people}, {agency}" if agency else text


_STAFF_LINE = STAFF_BYLINE  # a desk: "From staff reports", "Redacción Internacional"
