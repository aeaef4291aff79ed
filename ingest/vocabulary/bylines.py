"""What tells a byline's people from its posts, desks and agencies, read by parse (is this line a byline?) and by
normalize (who are the authors?) alike, so the two steps cannot disagree and parse needs no later step.
"""
from __future__ import annotations

import functools
import re

from .agencies import agency_name
from .gates import SearchGate
from .words import FOREIGN_AND_WORDS, FOREIGN_BY_WORDS, LABEL_COLONS, NAME_PARTICLES, NOT_BYLINE_LABELS, PLATFORM_BRANDS, uncased, written_without_spaces
from .words import DESK_NAMES, POST_WORD_ENDINGS, PRESS_OFFICE_OPENING, SCRIPT_ROLE_WORDS, STAFF_BYLINE, TITLES_BEFORE_NAME

ROLE = re.compile(
    r"\b(staff|writers?|reporters?|correspondents?|editors?|columnists?|contributors?|bureau|desk|producers?|"
    r"journalists?|analyst|chief|senior|special|political|business|sports|science|health|technology|"
    r"photographers?|critic|news service|wire services?|newsroom|team|"  # two people's post: "AP Medical Writers"
    # a contributor's post and institution: "Jane Doe, Associate Professor of Hydrology, Utrecht University"
    r"professor|lecturer|fellow|researcher|scientist|scholar|student|candidate|director|president|founder|"
    r"officer|manager|partner|university|institute|institution|college|school|academy|centre|center|foundation|"
    r"council|association|society|department|ministry|laboratory|hospital|"
    # a school's or a council's post signing its newsletter or notice: "Hinerangi Tūhoe-Paki, Tumuaki and Principal"
    r"principal|headteacher|headmaster|headmistress|spokesperson|spokesman|spokeswoman|secretary|chairperson|"
    r"chairman|chairwoman|coordinator|mayor|councillor|commissioner|tumuaki|"
    # the same posts in the languages agencies file in: "Repórter da Agência Brasil", "corresponsal", "envoyé spécial"
    r"rep[óo]rter|reportero|reportera|redactora?|corresponsal|periodista|enviad[oa] especial|journaliste|correspondante?|"
    r"envoy[ée]e? sp[ée]ciale?|korrespondent(?:in)?|redakteur(?:in)?|giornalista|inviat[oa]|corrispondente|jornalista|"
    r"correspondente|verslaggever|correspondent|"
    # Indonesian, Malay and Tagalog: "Dewi Anggraini, Wartawan KBNR", "koresponden", "mamamahayag"
    r"wartawan|jurnalis|koresponden|kontributor|redaktur|pewarta|mamamahayag|kasulat|"
    # and, inflected, in the Caucasus, Central Asia and the Balkans: "AZƏRTAC-ın Gəncə bölgə müxbiri", "Kazinform
    # тілшісі", "dopisnik Tanjuga", "թղթակից", "კორესპონდენტი"
    r"müxbir\w*|muxbir\w*|тілші\w*|дописни\w*|dopisni\w*|кореспондент\w*|korespondent\w*|թղթակից\w*|კორესპონდენტ\w*|"
    r"gazetar\w*|журналист\w*|"
    # Swahili, Hausa, Yoruba, Zulu, Amharic's Latin neighbours: "Afisa Mawasiliano" (communications officer), "mwandishi
    # wetu", "mhariri", "msemaji"; Albanian "gazetare", "redaktore"; Icelandic "blaðamaður"; Welsh "gohebydd"; Irish
    # "tuairisceoir"; Latvian "žurnālist"; Slovenian "novinar"
    r"afisa|mwandishi|mhariri|msemaji|wakili|wakala|mai rahoto|wakilin|onirohin|intatheli|"
    r"redaktore|blaðama\w*|gohebydd|tuairisceoir|žurnālist\w*|novinar\w*)\b",
    re.IGNORECASE,
)
NOT_PERSON = re.compile(
    r"^(?:the\s+)?(?:\w+\s+)?(?:staff|staff reports?|wire reports?|news services?|wire services?|reporters|correspondents|"
    r"newsroom|editorial board|editors|desk|team)\b|\bstaff\b|\breports?\b|\bwire\b|\bnews service\b|"
    r"\b(?:" + DESK_NAMES + r")(?!\w)"  # (not "\b": a desk may end on a vowel sign, "ब्यूरो", which is no word letter)
    # an institution signing its own release: "U.S. Attorney's Office", "Ministry of the Interior", "Surrey Police"
    r"|\b(?:office|department|ministry|ministerio|ministère|ministerium|police|policía|polizei|council|commission|"
    # a team or a communications unit signing: "Equipo de Comunicaciones", "Équipe communication"
    r"equipo|équipe|equipa|comunicaciones|communications|comunicação|kommunikation|"
    r"authority|government|parliament|university|district|prefecture|municipality)\b"
    # a company's legal form at the end: a press release's issuer ("Meridian Lattice Holdings Ltd", "Acme, Inc.")
    r"|(?:\s|,)(?:inc|ltd|llc|plc|gmbh|corp|corporation|holdings|limited|pvt\.? ltd|s\.?a\.?|s\.p\.a\.?|b\.?v\.?|n\.?v\.?)\.?$"
    # a press office signing: "Prensa Ribera", "Pressestelle SC Freiburg"
    r"|" + PRESS_OFFICE_OPENING.pattern,
    re.IGNORECASE,
)
# A post stands apart from the name in spaced scripts ("김민수 기자", "ανταποκρίτρια"), glued to it in Chinese
# ("记者王晓明"): a word of its own there, anywhere in Chinese and Japanese.
SCRIPT_ROLE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, SCRIPT_ROLE_WORDS)) + r")(?![^\W\d_])"
    r"|(?:特约记者|记者|記者|特派员|特派員|通讯员|通訊員|編集委員|ผู้สื่อข่าว)")  # (Thai glues its post to the beat it covers)


# ROLE and NOT_PERSON each try dozens of words in any case at every position of a fragment (about 25 us for a name):
# their gates search a fragment only for the words its literals leave open (`SearchGate.search` is `pattern.search`).
ROLE_GATE = SearchGate(ROLE)
NOT_PERSON_GATE = SearchGate(NOT_PERSON)


def is_person(fragment: str) -> bool:
    """A fragment that can be one person's name: a few words of letters, no agency, desk, collective or post."""
    words = fragment.replace(".", ". ").split()
    if not words or len(words) > 6 or agency_name(fragment) or NOT_PERSON_GATE.search(fragment):
        return False
    if ROLE_GATE.search(fragment):
        return False
    return any(c.isalpha() for c in fragment) and all(w[:1].isalpha() or w[:1] in "'’(" for w in words)


_QUOTED_NAME = re.compile(r"«[^«»]{1,40}»|„[^„“”]{1,40}[“”]|“[^“”]{1,40}”|\"[^\"]{1,40}\"")


def looks_like_byline(line: str) -> bool:
    """A line that can only be a byline even without "By": an agency, a staff line, or "Name, Role".

    Used when a parser left the byline as the article's second title line.
    Deliberately narrow: a subheadline is far more common than a bare byline.
    """
    text = " ".join((line or "").split()).strip(" .")
    if not text or len(text.split()) > 8:
        return False
    if agency_name(text):
        return True
    if STAFF_BYLINE.match(text):
        first = text.split()[0].lower()
        return first in ("from", "staff", "wire", "news") or agency_name(first) is not None or bool(NOT_PERSON.match(text))
    name, _, role = re.sub(r"\s*\|\s*|\s+[-–—]\s+", ", ", text).partition(",")  # "Jane Doe | Reuters", "Jane Doe - AP"
    if role.strip() and SCRIPT_ROLE.search(role) and 0 < len(name.split()) <= 4 and not any(c.isdigit() for c in name):
        return True  # "Ελένη Μαυρίδου, ανταποκρίτρια ΑΠΕ-ΜΠΕ": a name, then a post in its own script
    # "Rūta Žemaitytė, teisės apžvalgininkė": a name, then a post in lower case in any language, perhaps with the
    # outlet's name in quotes inside it ("Айыына Саввинова, «Өлүөнэ Информ» кэрэспэдьиэнэ": its correspondent)
    post = _QUOTED_NAME.sub("", role).strip()
    described = post.replace(" ", "").isalpha() and post.islower() and len(post.split()) <= 4 \
        and 2 <= len(name.split()) <= 3
    return bool(role.strip()) and bool(ROLE_GATE.search(role) or agency_name(role) or described) and is_person(name.strip())


def split_leading_titles(fragment: str) -> tuple[str, str]:
    """(titles, name) for a person written after titles or a one-word post: "доц. д-р Мария Петрова" -> ("доц. д-р",
    "Мария Петрова"); "Ing. Agr. Martín Ezcurra"; "Tehnikatoimetaja Kristjan Kask" (technology editor). Only before
    a name of two or more words, so a lone surname after "Dr" is left as it is; ("", fragment) when nothing leads."""
    words = fragment.split()
    cut = 0
    while cut < len(words) - 2 and words[cut].casefold() in TITLES_BEFORE_NAME:
        cut += 1
    if cut < len(words) - 2 and words[cut][:1].isupper() and words[cut].casefold().endswith(POST_WORD_ENDINGS):
        cut += 1  # one post, glued or not, after the titles
    elif cut < len(words) - 3 and words[cut][:1].isupper() and words[cut + 1].islower() \
            and words[cut + 1].endswith(POST_WORD_ENDINGS):
        cut += 2  # a post of two words, the second in lower case: "Vakthavende meteorolog Sigrid Haugland"
    if not cut or not all(word[:1].isupper() for word in words[cut:]):
        return "", fragment
    return " ".join(words[:cut]), " ".join(words[cut:])


ENGLISH_SMALL_WORDS = frozenset({"by", "the", "a", "an", "to", "on", "at", "of", "for", "with", "from", "our", "your", "us",
                                 "and", "or", "is", "are", "was"})
_ENGLISH_SMALL_WORDS = ENGLISH_SMALL_WORDS
# A label no list holds, with its colon, before the name: "Gabaasaa: ...", "Rakanyorwa na: ...", "Ohai: ...".
_UNLISTED_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s*[" + LABEL_COLONS + r"]\s*(?=\S)")


def _joins_people_later(words: list[str]) -> bool:
    """A word in lower case between capitalised words further on, no name's particle: the byline joins its people
    with that word ("Papaʻihia e Teva Tehei ʻe Hinatea Teriʻitahi"), so the first one in lower case was its "by"."""
    return any(word.strip("'’ʻ").isalpha() and word.islower() and word not in NAME_PARTICLES
               and words[at - 1][:1].isupper() and words[at + 1][:1].isupper()
               for at, word in enumerate(words[1:-1], start=1))


def _is_a_word_in_capitals(word: str) -> bool:
    """One word in capitals, two letters or more ("NATALYA"; not "A" or "—")."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and word.isupper()


def by_before_people_in_capitals(words: list[str]) -> int:
    """Where the people start when the byline sets them in capitals after words that are not ("Insurat di BENEDICT
    LIGLIGEN ya MARIFE PACALSO", "Od NAZIM BERIŠA i ELMAZ ĐOKIĆ", "Kirjutai MARINA ZAICEVA"): a person in capitals is
    in capitals whole, so what stands before, one to three words, is the byline's "by". Counted over every case's
    byline: 200-odd such openings are a "by", two a given name before its surnames in capitals ("Jean-Paul MBARGA
    ATANGANA", "Claire DUBOIS, AFP": a hyphenated or known given name, or one surname alone, keeps its place). 0
    when the byline has no such opening."""
    for start in range(1, min(4, len(words) - 1)):
        if not (_is_a_word_in_capitals(words[start]) and _is_a_word_in_capitals(words[start + 1])):
            continue
        opening = words[:start]
        if any(_is_a_word_in_capitals(word) or word.endswith(",") for word in opening) or not opening[0][:1].isupper() \
                or words[start].endswith(","):
            return 0  # ("Claire DUBOIS, AFP": one surname, then the agency)
        if start == 1 and not opening[0].endswith(":") and ("-" in opening[0] or _is_given_name(opening[0])):
            return 0  # "Jean-Paul MBARGA ATANGANA", "Ana LÓPEZ GARCÍA": the given name, then the surnames
        return start
    return 0


@functools.lru_cache(maxsize=1)
def given_names():
    """gender-guesser's dictionary of some 40,000 given names from many countries, loaded once, when first needed
    (about 0.25 s of CPU; a worker loads it before its pool forks: `ingest.pipeline.warm_up_data`)."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


def _is_given_name(word: str) -> bool:
    """A given name the dictionary holds ("Claire", "Ana")."""
    return given_names().get_gender(word.strip(":,")) != "unknown"


def without_unlisted_by(text: str) -> str:
    """The byline slot's own "by", in a language no list covers, taken by its shape. A label with its colon before
    a name: one word, or words with one in lower case ("Binndol: Mamadou Saliou Diallo", "Rakanyorwa na: Farai
    Moyo"; "Jane Doe: ..." is a name). Or a capitalised word and words in lower case before the name ("Sau los
    ntawm Maiv Xyooj", "Ekomami na Jean-Pierre Mbuyi na Grâce Lukusa"); a lone "and" there joins a given name to
    the next person ("Amina na Baraka Kileo") unless the byline joins its people with it again."""
    label = _UNLISTED_LABEL.match(text)
    if label and starts_a_name(text[label.end():]) and not agency_name(label.group("label")) \
            and " ".join(label.group("label").split()).casefold() not in NOT_BYLINE_LABELS:
        words = label.group("label").split()
        if len(words) == 1 or any(word.islower() for word in words) and _ENGLISH_SMALL_WORDS.isdisjoint(words[1:]):
            return text[label.end():]  # (an English label is a control's: "Sort by: Most Popular")
    words = text.split()
    if not words:
        return text
    in_capitals = by_before_people_in_capitals(words)
    if in_capitals:
        return " ".join(words[in_capitals:])
    lower = 0
    # (a glottal stop's apostrophe is a letter: Tongan "Fa'u 'e", Hawaiian "ʻo")
    while 1 + lower < len(words) and words[1 + lower].strip("'’ʻ").isalpha() and words[1 + lower].islower():
        lower += 1
    if not (words[0][:1].isupper() and 1 <= lower <= 3 and len(words) >= 3 + lower and words[1 + lower][:1].isupper()):
        return text
    run = words[1:1 + lower]
    if all(word in NAME_PARTICLES for word in run):
        return text  # "Maria da Silva", "Jean de la Fontaine"
    if _ENGLISH_SMALL_WORDS.intersection(run) or words[0].casefold() in NOT_BYLINE_LABELS:
        # "Sponsored by Acme Tools", "Follow the Ledger on Mastodon": English lists every phrase its bylines open with
        # ("Written by", "Reported by"), so another English phrase is a prompt's or a credit's, not a byline's
        return text
    if lower == 1 and run[0] in FOREIGN_AND_WORDS and run[0] not in words[2:] \
            and not _joins_people_later(words[2 + lower:]):
        return text

    return " ".join(words[1 + lower:])


# A "by" the lists hold, opening a byline, then its colon or a space ("By ", "Von ", "Por:", "Yanditswe na "); the
# page reader asks it of a marked element's text too.
LISTED_BY = re.compile(r"^\s*(?:by|" + "|".join(FOREIGN_BY_WORDS) + r")[:\s]", re.IGNORECASE)


def is_label_before_people(words: str) -> bool:
    """Whether the words a byline sets before the first person its markup names (a link to the writer's page, NITF's
    <person>, a NewsML-G2 creator) are the byline's label, in any language: one to three words, at most one of them
    capitalised (a name the markup does not mark, "Jane Doe and <person>John Roe</person>", is two), no "by" a list
    holds (the byline's reader reads the names after that one itself: "By Kipchumba arap Too")."""
    stripped = words.strip().rstrip(LABEL_COLONS + " ")
    parts = stripped.split()
    return (1 <= len(parts) <= 3 and len(stripped) <= 30 and sum(1 for part in parts if part[:1].isupper()) <= 1
            and not any(ch.isdigit() for ch in stripped) and not LISTED_BY.match(stripped + " "))


def from_the_first_person(byline: str, person: str) -> str:
    """The byline from the first person its envelope names, where the words before that person are its label
    (`is_label_before_people`): "Hi Nkateko Baloyi na Tsakani Maluleke" under the creator "Nkateko Baloyi" (Tsonga's
    "by") is "Nkateko Baloyi na Tsakani Maluleke"."""
    at = byline.find(person) if person else -1
    if at <= 0 or not is_label_before_people(byline[:at]):
        return byline
    return byline[at:]


def reads_as_people(text: str) -> bool:
    """One to three people, joined by commas, "&" or one word in lower case ("iyo", "ak", "æмæ"), each a name of
    two to four words that no network names (a share bar's "LinkedIn Facebook Email" is no one), in a script that
    spaces its words (Chinese sets a name's characters together: "大 中 小" are a text-size control's)."""
    parts, person = [], []
    words = text.replace(",", " , ").split()
    joiner_at = uncased_joiner_at(words)  # ("علی‌رضا احمدی و زهرا نادری": an "and" in a script without capitals)
    for at, word in enumerate(words):
        if word in (",", "&") or word.islower() or at == joiner_at:
            parts.append(person)
            person = []
        else:
            person.append(word)
    parts.append(person)
    return 1 <= len(parts) <= 3 and all(
        2 <= len(part) <= 4 and all(starts_a_name(word) for word in part) and is_person(" ".join(part))
        and not any(word.casefold() in PLATFORM_BRANDS or written_without_spaces(word) for word in part) for part in parts)


def joined_by_an_unlisted_and(text: str) -> bool:
    """Two people of two to four capitalised words joined by one word in lower case that is no English small word
    ("Qali Maxammad kee Faaxima Cabdalla", Afar; "Сергей Ямбаршев ден Ольга Иванова", Meadow Mari): a byline without
    its label ("On AM with Nadia Korsgaard" is a programme's line)."""
    lower = [word for word in text.split() if word.islower()]
    return len(text.split()) <= 9 and len(lower) == 1 and lower[0] not in ENGLISH_SMALL_WORDS and reads_as_people(text)


# A name's own short word in the scripts of Arabic and Hebrew: "son of", "daughter of", "family of" ("محمد بن سلمان").
_UNCASED_NAME_PARTICLES = frozenset({"بن", "بنت", "ابن", "آل", "בן", "בת"})


def _letters(word: str) -> int:
    return sum(ch.isalpha() for ch in word)


def uncased_joiner_at(words: list[str]) -> int:
    """Where an "and" no list holds joins two people in a script without capitals: a word of one or two letters
    between two names of two to four words ("ნინო კვარაცხელია დო გიორგი შონია", Mingrelian; "თამარ ფილფანი ი ლევან
    გულედანი", Svan). Every such word in the expected bylines of the corpus and the rounds is an "and" (12 of 12: "ও",
    "සහ", "و", "እና", "र" ...); a name's own particle ("بن") joins no one. -1 where there is none."""
    if not 5 <= len(words) <= 9 or not all(uncased(word) for word in words):
        return -1  # (a sentence is longer: "구독하기 김민지 기자의 기사를 구독하고 새 기사 ...")
    for at in range(2, min(5, len(words) - 2)):
        word = words[at]
        if (len(word) <= 3 and _letters(word) <= 2 and len(words) - at - 1 <= 4 and word not in _UNCASED_NAME_PARTICLES
                and all(len(w) >= 2 for w in words if w is not word)):
            return at  # (two letters, a vowel sign beside them: "आरो", Bodo; "सिंह", a name, is two letters in four)
    return -1


def starts_a_name(text: str) -> bool:
    """A capital first, or a letter of a script without capitals (Arabic, Hebrew, Devanagari)."""
    first = text[:1]
    return first.isupper() or first.isalpha() and not first.islower()
