"""The publisher: the outlet presenting the copy, decided in one place from wherever the copy names it.

In order: what the parser read from the header (a publisher slot, a
"Publication:" line, a page's og:site_name or masthead); the site a
headline suffix names (" | The Daily Ledger", " - Peachtree Ledger"); the
outlet's own copyright footer ("© 2025 Lakeview Herald. All rights
reserved."), which the cleaner removed and recorded. An agency is never the
publisher from a suffix or a footer: its copyright or redistribution notice
says where the copy came from (the credit), not who presents it.
"""
from __future__ import annotations

import re
import unicodedata

from ingest.vocabulary import NAME_PARTICLES, SECTION_WORDS, agency_name

# "© 2025 Lakeview Herald", "Copyright 2026 Prairie Daily Ledger. All rights reserved.", "(c) The Harbor Gazette 2025"
_COPYRIGHT = re.compile(
    r"^\W*(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright\b))*\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?P<name>[^\W\d][^.,;|·•©]{1,60}?)"
    # (or a spaced dash or a middle dot before the notice in a language no list holds: "© 2026 Bersntoler Nochrichtn –
    # olle rechtn vorbeholtn", "© 2026 S'Colmarer Blättel · Àlli Rächt vorbhàlte")
    r"(?:,?\s*\d{4})?\s*(?:[.,;|·•]|\s+all\s+rights\b|\s[-–—]\s|\s*$)",
    re.IGNORECASE,
)
_NOT_AN_OUTLET = re.compile(r"\b(?:rights|reserved|license|licen[cs]ed|material|content|article|story|may not)\b", re.IGNORECASE)


# "Australian Associated Press Pty Ltd", "Thomson Reuters Inc", "dpa GmbH": the company behind a name.
_COMPANY_SUFFIX = re.compile(r",?\s+(?:pty\.?\s+ltd|ltd|limited|inc|llc|gmbh|ag|s\.?a\.?|s\.?p\.?a\.?|plc|corp(?:oration)?|"
                             r"co|ab|asa|a/s|oy|oyj|n\.?v\.?|b\.?v\.?|ehf|hf|aps|oü|s\.?r\.?l|s\.l|kft|zrt|d\.o\.o|"
                             r"s\.r\.o|sp\. z o\.o|"
                             # Malaysia, Singapore, India, South Africa, France, Latin America, Indonesia
                             r"sdn\.?\s+bhd|bhd|berhad|pte\.?\s+ltd|pvt\.?\s+ltd|private\s+limited|\(pty\)\s+ltd|"
                             r"sarl|sas|"
                             r"ltda|s\.a\.c|tbk)\.?$", re.IGNORECASE)


def _outlet(name: str) -> str:
    name = " ".join(name.split()).strip(" .,-–—")
    if not name or len(name.split()) > 6 or _NOT_AN_OUTLET.search(name) or not name[:1].isupper():
        return ""
    first_word = name.split()[0]
    if agency_name(name) or agency_name(first_word) or agency_name(_COMPANY_SUFFIX.sub("", name)):
        return ""
    return name


def outlet_of_holder(holder: str) -> str:
    """The outlet a rights holder's name gives, without its company form ("Pwani Leo Media Ltd" -> "Pwani Leo Media");
    "" for an agency."""
    return _COMPANY_SUFFIX.sub("", _outlet(holder.strip()))


def outlet_from_copyright(text: str) -> str:
    """The outlet a copyright line names, or "" (an agency's own notice names no publisher)."""
    match = _COPYRIGHT.match(text.strip())
    # "© 2025 Harbour Times Ltd": the company that holds the rights; the outlet is its name without the form
    return _COMPANY_SUFFIX.sub("", _outlet(match.group("name"))) if match else ""


# A site's name with its tagline after a dash, a pipe or a colon: "VnExpress International - Latest news, business,
# travel and analysis from Vietnam", "The Ledger | Local news for the Valley since 1889".
_NAME_THEN_TAGLINE = re.compile(r"^(?P<name>[^|–—:-]{2,60}?)\s+[|–—:-]\s+(?P<tagline>.{10,200})$")


# A feed's title naming its section after a spaced colon, dash or bar: "香港電台 : 本地新聞", "Radio Example : Local
# News", "Gol Paraná - Futebol", "Lakeuden Sanomat | Kotimaa", "Irirangi Te Awa Roa — Ngā Pitopito Kōrero".
_NAME_THEN_SECTION = re.compile(r"^(?P<name>.+?)\s+[:：|–—-]\s+(?P<section>\S.{0,30})$")
_NEWS_IN_SECTIONS = ("新聞", "新闻", "ニュース", "뉴스", "أخبار", "חדשות", "новости", "haber", "noticias", "nachrichten",
                     "pitopito kōrero", "newyddion", "nuacht", "albisteak", "fréttir", "nuus", "balita")


def _without_section(name: str) -> str:
    """The outlet's name without the section its feed's title adds: the section's words are a desk's ("Local News",
    "Sport") or hold the word for news ("本地新聞")."""
    match = _NAME_THEN_SECTION.match(name)
    if not match:
        return name
    section = match.group("section").casefold()
    if all(word in SECTION_WORDS for word in section.split()) or any(news in section for news in _NEWS_IN_SECTIONS):
        return match.group("name").strip()
    return name


def _spells_the_host(name: str, address: str) -> bool:
    """Whether the name's letters are the address's host name ("Iilun Bleed" and "https://iilunbleed.example/..."),
    accents and spaces aside: a feed's title names the outlet in the slot its own address spells."""
    host = re.sub(r"^(?:[a-z]+:)?//(?:www\.)?", "", address.strip().casefold()).split("/")[0].split(".")[0]
    letters = "".join(ch for ch in unicodedata.normalize("NFKD", name.casefold()) if ch.isalnum())
    return len(letters) >= 4 and letters == host.replace("-", "")


def _without_tagline(name: str) -> str:
    """The outlet's name without its tagline: a phrase of four words or more after the separator, with a word in
    lower case that is no name's particle (a name's own words are capitalised: "Marca - Diario deportivo" keeps its
    two-word subtitle, "TURA – Transportes Urbanos da Ria de Aveiro, E.M." its spelled-out name)."""
    match = _NAME_THEN_TAGLINE.match(name)
    if not match:
        return name
    tagline = match.group("tagline").split()
    if len(tagline) < 4 or not any(word[:1].islower() and word not in NAME_PARTICLES for word in tagline):
        return name
    return match.group("name").strip()


# A company's legal form around its quoted name, as the Baltic, Central European and post-Soviet registers write it:
# "UAB „Teisės pulsas“", "SIA "Patērētāja Padoms"", "OÜ „Uudised“", "ООО «Вести»", "Kurier s.r.o.": the outlet is the name.
_LEGAL_FORM = (r"(?:UAB|AB|SIA|AS|OÜ|SA|SRL|S\.R\.L\.|d\.o\.o\.|s\.r\.o\.|a\.s\.|Sp\. z o\.o\.|Kft\.|Zrt\.|Nyrt\.|"
               r"ООО|ОАО|ПАО|АО|ЗАО|ТОВ|ТзОВ|ПрАТ|ЕООД|ООД|АД)")
_QUOTED_WITH_FORM = re.compile(r"^(?:" + _LEGAL_FORM + r"\s+)?[„\"“«'‚](?P<name>[^„\"“”«»']{2,60})[“\"”»'‘](?:\s+" + _LEGAL_FORM + r")?$")


def _without_legal_form(name: str) -> str:
    """The outlet's name without the legal form its company is registered under, where the name is quoted with it."""
    quoted = _QUOTED_WITH_FORM.match(name.strip())
    if not quoted:
        return name
    form = name.strip()[:quoted.start("name") - 1] + name.strip()[quoted.end("name") + 1:]
    return quoted.group("name").strip() if re.fullmatch(_LEGAL_FORM, form.strip()) else name  # (quotes alone: the name's)


def decide_publisher(parsed: str, headline_site: str, removed_texts: list[str], copy_texts: tuple[str, ...] = (),
                     address: str = "", rights: str = "", masthead: str = "") -> str:
    """`copy_texts`: the story's paragraphs, where a masthead or letterhead set in capitals is written as a name.
    `address`: the item's own web address, whose host may spell the outlet's name. `rights`: the feed's own rights
    line, which may name the outlet alone. `masthead`: the name a page's masthead element shows, the last resort (a
    newsletter's masthead may name the letter, its rights line the outlet)."""
    section = _NAME_THEN_SECTION.match(parsed.strip())
    if section and (address and _spells_the_host(section["name"], address)
                    or rights and outlet_from_copyright(rights) == section["name"]):
        # "Iilun Bleed – Naiighaiden" at iilunbleed.example, "Le Jornau du Galo – Justice" under "© 2026 Le Jornau du
        # Galo": the name, then its section
        parsed = section["name"]
    decided = _without_legal_form(_decided_publisher(parsed, headline_site, removed_texts, copy_texts)
                                  or _outlet(masthead))
    return decided if any(ch.isalpha() for ch in decided) else ""  # a rule ("-----") read as a masthead names no one


# A site's address where its name should be: "ijsselbode.example", "balitangpanay.blogspot.com", "www.hppm.org".
_DOMAIN = re.compile(r"^(?:www\.)?(?P<label>[a-z0-9-]{3,40})(?:\.[a-z0-9-]{2,20}){1,3}$")
_WORD_RUN = re.compile(r"[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*){0,5}")


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _named_by_address(address: str, texts: list[str]) -> str:
    """The outlet's name its address spells, as the page writes it somewhere ("De IJsselbode" in its footer for
    "ijsselbode.example", "Balitang Panay" for "balitangpanay.blogspot.com", "Sauti ya Pwani" for
    "sautiyapwani.co.tz"): a run of words opening with a capital whose letters are the address's name, perhaps after
    an article; "" when nothing spells it."""
    match = _DOMAIN.match(address.strip())
    if not match:
        return ""
    label = _letters(match.group("label"))
    for text in texts:
        for run in _WORD_RUN.finditer(text):
            words = run.group(0).split()
            for start in range(len(words)):
                if not words[start][:1].isupper():
                    continue
                for end in range(start + 1, len(words) + 1):
                    spelled = _letters(" ".join(words[start:end]))
                    if len(spelled) > len(label) + 4:
                        break
                    name = " ".join(words[start:end]).strip(".,;:")
                    if spelled == label or start + 1 < end and _letters(" ".join(words[start + 1:end])) == label \
                            and words[start].casefold() in _ARTICLES:
                        return name
    return ""


_ARTICLES = frozenset({"the", "de", "het", "el", "la", "los", "las", "le", "les", "il", "lo", "o", "a", "os", "as", "der",
                       "die", "das", "den", "det"})


def _decided_publisher(parsed: str, headline_site: str, removed_texts: list[str], copy_texts: tuple[str, ...] = ()) -> str:
    if parsed.strip() and _DOMAIN.match(parsed.strip()) and parsed.strip().islower():  # ("Space.com" is a brand as written)
        # an address read where the name should be: the name it spells, as the page writes it, if it does
        parsed = _named_by_address(parsed, [headline_site, *removed_texts, *copy_texts]) or parsed
    if parsed.strip() and headline_site and re.match(re.escape(headline_site) + r"\s+[-–—|｜:]\s+\S", parsed.strip()):
        # "மெரினா செய்திகள் - விளையாட்டு" whose items' titles close with the name alone: its section after it
        return headline_site
    if parsed.strip():
        parsed = _without_tagline(_without_section(parsed.strip()))
        if parsed.isupper():
            # a masthead set in capitals ("THE HARBOUR BRIEF"): the outlet's own footer spells its name as it is written
            for text in removed_texts:
                name = outlet_from_copyright(text)
                if name and (name.casefold() == parsed.casefold() or name.casefold().startswith(parsed.casefold() + " ")):
                    return name[:len(parsed)]  # "© 2026 Pwani Leo Media" spells "PWANI LEO" as "Pwani Leo"
            return _as_written_elsewhere(parsed, [*removed_texts, *copy_texts])
        return parsed
    site = _outlet(headline_site)
    if site:
        return site
    for text in removed_texts:
        name = outlet_from_copyright(text)
        if name:
            return name
    return ""


def _as_written_elsewhere(name: str, texts: list[str]) -> str:
    """A name of two or more words set in capitals ("SHIRIKISHO LA SOKA LA PWANI", "L'ÉCHO DE LA SAMBRE") as the
    copy or a notice writes it ("... la Kamati ya Nidhamu ya Shirikisho la Soka la Pwani (SSP) ...", "© L'Écho de la
    Sambre – Reproduction ..."); as set when nothing writes it otherwise."""
    if len(name.split()) < 2:
        return name  # an acronym ("RTÉ", "BBC") is written in capitals
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
    for text in texts:
        found = pattern.search(text)
        if found and not found.group(0).isupper():
            return found.group(0)
    return name
