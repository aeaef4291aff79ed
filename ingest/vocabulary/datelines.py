"""Wire datelines: "KUALA LUMPUR, Malaysia (Reuters) —", "WASHINGTON (AP) --", "LONDON, Jan 5 (Reuters) -".

The dateline text stays in the body as sent; this only reads place, date and credit from it.
Two shapes are recognised: the wire style, a city in capitals (with optional
region and date) then an optional credit and a dash; and the broadcaster style,
a city in ordinary case followed by the outlet in parentheses ("Washington
(CNN) —", "Hong Kong (CNN Business)A muddled..."), accepted only when the
parentheses name an agency or outlet, since ordinary prose starts that way too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .agencies import agency_name, names_an_agency
from .words import OUTLET_WORDS, DESK_NAMES, MONTHS_ANY_LANGUAGE, WEEKDAYS, WRITTEN_DATE, YEAR_FIRST_DATE

_MONTH = r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-zA-Z]*\.?"  # "Jan 5", "MAY 14" (ANSA)
# Day-first dates in European agencies' copy: "5 mar" (EFE), "5 mars 2025" (AFP), "5. März" (dpa), "5 MAR" (ANSA).
_MONTH_ANY_LANGUAGE = "(?i:" + MONTHS_ANY_LANGUAGE + ")"
_DASH = r"(?P<dash>\.?(?:—|–|--?)|:|_)"  # AP's ANPA copy sends "_" for the dash; EFE writes "(EFE).-"
_DATE = (
    r"(?:,\s*(?P<date>" + _MONTH + r"\s*\d{1,2}(?:,\s*\d{4})?"
    + r"|\d{1,2}(?:\.?\s+|-)" + _MONTH_ANY_LANGUAGE + r"(?:\s+\d{4})?"  # "18-mart": Uzbek joins day and month
    # a month no list holds, vouched for by the day and the year around it: "4 Mbudzi 2025" (Shona), "Onkoloolessa
    # 12, 2025" (Oromo), or a month named in words, capitalised ("14 Mweri wa Ikũmi na Ũmwe 2025", Kikuyu)
    + r"|\d{1,2}\.?\s+[^\W\d_]{3,15}\.?\s+(?:19|20)\d\d|[^\W\d_]{3,15}\s+\d{1,2},\s*(?:19|20)\d\d"
    + r"|\d{1,2}\s+(?=[^\W\d_a-z])[^\W\d_]{3,15}(?:\s+[^\W\d_]{1,15}){1,4}\s+(?:19|20)\d\d))?"
)
def _cased_letters(is_case) -> str:
    """A character class's ranges for every letter of the Latin, Greek and Cyrillic blocks in one case: each
    language's own capitals, not a list that stops at Russian's ("СОЬЛЖА-ГӀАЛА" holds the Chechen palochka, "ĐÀ
    NẴNG" Vietnamese's, "PĀPEʻETE" Tahitian's macron)."""
    blocks = [(0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF), (0x1F00, 0x1FFF)]
    letters = [code for low, high in blocks for code in range(low, high + 1) if is_case(chr(code)) and chr(code).isalpha()]
    ranges, start = [], None
    for index, code in enumerate(letters):
        start = code if start is None else start
        if index + 1 == len(letters) or letters[index + 1] != code + 1:
            ranges.append(chr(start) if start == code else f"{chr(start)}-{chr(code)}")
            start = None
    return "".join(ranges)


# Capitals beyond ASCII: "SÃO PAULO", "BOGOTÁ", "ZÜRICH", "ŁÓDŹ" (a lower-case letter slipping in is refused below).
_UP_BEYOND_ASCII = _cased_letters(str.isupper)
_UP = r"A-Z" + _UP_BEYOND_ASCII  # Latin, Cyrillic ("СТАРА ЗАГОРА", "Стара Загора") and Greek capitals
_LOW = r"a-z" + _cased_letters(str.islower)
# ", Malaysia", ", Calif.", and EFE's "Guadalajara (México), 5 mar": a region in brackets, then a date.
_REGION = (
    r"(?:,\s*(?!" + _MONTH + r"\s*\d)[" + _UP + r"][\w.'’\-]*(?:\s+[" + _UP + r"][\w.'’\-]*)*"
    r"|\s*\([" + _UP + r"][^()]{1,30}\)(?=,\s*\d)){0,2}"
)
_CREDIT = r"(?:\((?P<credit>[^()]{1,40})\))"
# A press release's wire: "/PRNewswire/ --", "--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE) --".
_RELEASE_CREDIT = r"(?:/(?P<release>[A-Za-z][\w .-]{1,30}?)/|--\((?P<release_paren>[A-Za-z][\w .-]{1,30}?)\))"

# After a credit the dash may touch the copy ("(AP) —The"); without one a space must follow ("US—China talks" is prose).
# AAP files its credit bare between the date and the dash: "SYDNEY, March 29 AAP - Results ..." (a known agency only).
_BARE_CREDIT = r"(?P<bare>[A-Z]{2,5}(?=\s*(?:—|–|--?)\s))"
# A word of a place in capitals; a Scottish or Irish name keeps its "Mc" or "Mac" in ordinary case ("FORT McMURRAY").
_CAPS_PLACE_WORD = r"(?:Ma?c(?=[" + _UP + r"]{2}))?[" + _UP + r"][" + _UP + r".'’ʻ/\-]*"
_WIRE = re.compile(
    r"^\s*(?P<place>" + _CAPS_PLACE_WORD + r"(?:\s+" + _CAPS_PLACE_WORD + r")*" + _REGION + r")" + _DATE
    + r"\s*(?:" + _CREDIT + r"|" + _RELEASE_CREDIT + r"|" + _BARE_CREDIT + r")?\s*(?:" + _DASH + r"(?:\s+|$|(?<=\)[—–])(?=\S)|(?<=\) [—–])(?=\S))|(?<=\))(?=\S))"
)
# "Port of Spain, March 5 (IANS)": an English place may hold "of" (Spanish "de" opens too much prose: "La Agencia
# Nacional de Infraestructura (ANI) ...").
_BROADCAST = re.compile(
    r"^\s*(?P<place>[" + _UP + r"][" + _LOW + r"][\w.'’/\-]*(?:\s+(?:of\s+)?[" + _UP + r"][\w.'’/\-]*){0,3}"
    + _REGION + r")" + _DATE
    + r"\s*" + _CREDIT + r"\s*(?:" + _DASH + r"\s*)?(?=\S)"
)
# "(Reuters) - Apple said ...", "March 5 (UPI) -- The FAA ...": a credit with no place.
_CREDIT_ONLY = re.compile(
    r"^\s*(?:(?P<date>" + _MONTH + r"\s*\d{1,2}(?:,\s*\d{4})?)\s*)?" + _CREDIT + r"\s*" + _DASH + r"\s+"
)
# The credit before the place, as ANSA and AGI file: "(ANSA) - ROME, MAY 14 - The Colosseum ...",
# "(AGI) - Milano, 5 mar. - La giunta ..." (the credit in front vouches for a place in ordinary case).
_CREDIT_FIRST = re.compile(
    r"^\s*" + _CREDIT + r"\s*" + _DASH + r"\s*(?P<place>[" + _UP + r"][\w.'’/\-]*(?:\s+[" + _UP + r"][\w.'’/\-]*){0,3}"
    + _REGION + r")" + _DATE + r"\s*(?:—|–|--?)\s+"
)
# The dateline of agencies that write the date their own way between place and credit, and may leave out the dash:
# "Budapest, 2025. február 17., hétfő (MTI) –", "Praha 14. března (ČTK) -", "Bacău, 14 mai /Agerpres/ -",
# "STOCKHOLM (TT) Från och med...". Only a known agency's credit vouches for it; the date holds a digit.
_PLACE_PARTICLE = r"(?:(?:de|del|la|las|los|di|da|do|dos|des|du|le|sur|am|an|der|upon|on|nad|pod)\s+)?"
_AGENCY_DATED = re.compile(
    # the place, and its state or province in brackets as Indian agencies add it ("Kozhikode (Kerala), Dec 3 (PTI)")
    r"^\s*(?P<place>[" + _UP + r"][\w.'’\-]*(?:\s+" + _PLACE_PARTICLE + r"[" + _UP + r"][\w.'’\-]*){0,2}"
    r"(?:\s+\([" + _UP + r"][\w.'’\- ]{1,25}\)(?=,))?)"
    # the day, perhaps a short word ("14 de julio de 2025", Hausa "14 ga Yuli, 2025"), the month, perhaps the year
    r"(?:,?\s+(?P<date>\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.?\s+(?:[^\W\d_]{1,3}['’]?\s+)?[^\W\d_]+\.?"
    r"(?:,?\s+(?:[^\W\d_]{1,3}\s+)?\d{4}\.?)?|\d{4}\.?\s+[^()/\n]{1,40}?|[^\W\d_]+\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?\s*d?\.?"
    # a month of two words, the day, and the word for "day" after it, as Sakha dates ("ыам ыйын 18 күнэ")
    r"|[^\W\d_]+\s+[^\W\d_]+\s+\d{1,2}\s+[^\W\d_]{2,6}"
    r"|\d{1,2}))?\s*"  # ("Onkoloolessa 12, 2025": the month first, then the day and the year)
    r"(?:\((?P<credit>[^()]{1,30})\)|/(?P<release>[^/\n]{1,30})/|,\s+(?P<named>[" + _UP + r"][\w -]{1,28}?)(?=\.?\s*(?:—|–|-|\.)))"
    # "=": the 7901 services' dash; the paragraph's end: Europa Press sets "VALLADOLID, 14 (EUROPA PRESS)" on its own
    r"\s*\.?\s*(?:(?:—|–|--?|:|=)\s*|(?<=\.)\s+|(?=[" + _UP + r"„“\"])|$)"
)
# The agency before the place, as ACN files: "ACN Figueres.-El temporal ...".
_AGENCY_THEN_PLACE = re.compile(
    r"^\s*(?P<credit>[" + _UP + r"]{2,6})\s+(?P<place>[" + _UP + r"][\w'’\-]*(?:\s+[" + _UP + r"][\w'’\-]*){0,2})\s*\.?(?:—|–|-)\s*(?=\S)"
)
# Scripts without capitals write the dateline by the agency's name alone: "عمّان 18 آذار (بترا)-" (place, day,
# month, agency in brackets), and Japanese agencies close a bracket on the place: "【那覇共同】". Read only with a
# known agency, since nothing else tells a place from the sentence's first word there.
# the stops of scripts without capitals end a dateline as a dash does: Devanagari's danda "।", Urdu's "۔", Ethiopic's
# "፤" and "፦" ("नई दिल्ली, 14 जून (आईएएनएस)।", "اسلام آباد۔14 جولائی (اے پی پی):", "አዲስ አበባ፤ ሐምሌ 10/2017(ኢዜአ)፦")
_SCRIPT_STOPS = "।۔፤፦"
_UNCASED_WORD = r"[^\s\d()\[\]【】:,.\-–،" + _SCRIPT_STOPS + _UP + _LOW + r"]+"  # a word of a script without capitals
_UNCASED_DATED = re.compile(
    # the place in up to three words ("באר שבע"), the date in whatever words and digits the agency writes it ("नौ
    # दिसंबर", "১০ নভেম্বর, ২০২৫", "11 בנובמבר 2025")
    r"^\s*(?P<place>" + _UNCASED_WORD + r"(?:\s+" + _UNCASED_WORD + r"){1,2}(?=[,،፣" + _SCRIPT_STOPS + r"])|" + _UNCASED_WORD
    # then a comma (Ethiopic's "፣" too) or a stop, or a dash before the date as MAP files ("الرباط - 26 يونيو 2026 (ومع) -")
    + r")(?:[,،፣" + _SCRIPT_STOPS + r"]|\s+[–-](?=\s*\d))?"
    r"(?:\s*(?:في\s+)?(?P<date>[^()\s\-–][^()\n\-–]{0,29}?))?"  # "اسلام آباد۔14 جولائی", "ሐምሌ 10/2017"
    # the agency in brackets, or between slashes as WAM files it: "أبوظبي في 18 نوفمبر / وام /"; PTI-Bhasha sets no
    # dash after its bracket: "देहरादून, 18 नवंबर (भाषा) उत्तराखंड सरकार ने ..."; IRNA between dashes: "تهران- ایرنا-"
    r"\s*(?:\((?P<credit>[^()]{1,30})\)\s*(?:—|–|-|:|[" + _SCRIPT_STOPS + r"])?|/\s*(?P<slashed>[^/\d]{1,20}?)\s*/"
    r"|[-–]\s*(?P<dashed>[^\s\d()/\-–]{2,20})\s*[-–])\s*"
)
# The place in a script without capitals, the agency's name in brackets, a dash: "ከረን (ቀይሕ ባሕር ዜና) —", "කොළඹ (ලංකා
# පුවත් සේවය) –", "بلیا (पूसस) —". No case tells the place, so the whole run vouches for it: one or two words, then the
# name of one to four words without a figure, then the dash with copy after it. Every copy paragraph of the corpus and
# the rounds opening so in such a script is a dateline (13 of 13, five of them the agencies the lists know).
_UNCASED_PLACE_THEN_AGENCY = re.compile(
    r"^\s*(?P<place>" + _UNCASED_WORD + r"(?:\s" + _UNCASED_WORD + r")?)\s+\((?P<credit>" + _UNCASED_WORD
    + r"(?:\s" + _UNCASED_WORD + r"){0,3})\)\s*[—–-]\s+(?=\S)")
# Japanese agencies close a bracket on the place, and may name the writer after "＝": "【シドニー共同＝石川遼子】".
_BRACKETED_PLACE = re.compile(r"^\s*【(?P<place>[^】\s]{1,12}?)(?P<credit>共同|時事|新華社|聯合|聯合ニュース)(?:[＝=](?P<reporters>[^】]{1,20}))?】")
# ... or the place, "＝", then the agency, named by its ending ("news service", "newspaper"): "【仙台＝東北通信】".
_PLACE_THEN_AGENCY_BRACKET = re.compile(
    r"^\s*【(?P<place>[^】＝=\s]{1,12})[＝=](?P<credit>[^】＝=\s]{1,12}?(?:通信社|通信|新聞社|新聞|ニュース))】")
# Korean agencies bracket the place and the agency with "=", then name the reporters before "기자 =":
# "(서울=연합뉴스) 김민수 이서연 기자 = ...", "(부산=뉴시스) 박지훈 기자 = ...". Chinese agencies run agency, place and
# date into "电" and bracket the reporters: "新华社北京3月18日电（记者王晓明、李静）...". The reporters are the byline.
_KOREAN_OPENING = re.compile(  # Newsis brackets it square: "[청주=뉴시스]김도현 기자 ="
    r"^\s*[(\[](?P<place>[^()\[\]=\s]{1,10})=(?P<credit>[^()\[\]=]{1,12})[)\]]\s*"
    r"(?:(?P<reporters>[^=()]{2,40}?)\s*(?:기자|특파원|통신원|객원기자)\s*=\s*)?"
)
_CHINESE_OPENING = re.compile(
    r"^\s*(?P<credit>新华社|新華社|中新社|中新網|中新网)(?P<place>[^\d\s（(]{1,8}?)(?P<date>\d{1,2}月\d{1,2}日)电\s*"
    r"(?:[（(](?P<reporters>(?:记者|記者|特约记者|通讯员)[^）)]{1,40})[）)])?"
)
# The regional papers' dateline in Italy, Germany and Austria: the place in capitals and a full stop, then the copy
# ("ACIREALE. Dal primo aprile ...", "FREISTADT. Die Gemeinde ..."). Capitals only: "Hagen. Die ..." in ordinary case
# is any one-word sentence, and five letters at least: "NATO. The alliance ..." is an acronym.
_CAPS_PLACE_PERIOD = re.compile(
    r"^\s*(?P<place>[" + _UP + r"][" + _UP + r"'’\-]+(?:\s+[" + _UP + r"][" + _UP + r"'’\-]+){0,2})\.\s+"
    # the date after it, closed by a period and a dash, as Kazakh and Russian agencies write it ("АСТАНА. 20 наурыз. –")
    # and the agency in capitals before the dash, as Kazakh agencies add it ("ТҮРКІСТАН. 18 наурыз. ДАЛА АҚПАРАТ –")
    r"(?:(?P<date>\d{1,2}\s+" + _MONTH_ANY_LANGUAGE + r"|" + _MONTH_ANY_LANGUAGE + r"\s+\d{1,2})\.?"
    r"(?:\s*(?P<agency>[" + _UP + r"]{2,}(?:\s+[" + _UP + r"]{2,}){0,2}))?\s*[–—-]\s+)?"
    r"(?=[" + _UP + r"„“\"«])"
)
# Capitalised words that open a paragraph with a colon without being a place.
_NOT_PLACES = {
    "NOTE", "UPDATE", "UPDATED", "CORRECTION", "CORRECTED", "EDITOR'S NOTE", "EDITORS NOTE", "EDITORS' NOTE",
    "EDITORS’ NOTE", "EDITOR’S NOTE", "NOTE TO EDITORS", "EDS", "SLUG", "STATUS", "PRIORITY", "VERSION", "CATEGORY",
    "KEYWORDS", "SECTION", "EMBARGO", "HEADLINE", "BYLINE", "DATELINE", "BREAKING", "EXCLUSIVE",
    "URGENT", "WARNING", "ADVISORY", "WATCH", "LIVE", "PHOTOS", "VIDEO", "Q", "A", "FILE", "RELATED", "ADVERTISEMENT",
    "CLARIFICATION", "EMBARGOED", "OPINION", "ANALYSIS", "FACTBOX", "SOURCE", "SOURCES", "FILE PHOTO", "PHOTO", "PICTURE",
    "PICTURED", "CAPTION", "GRAPHIC", "MEDIA CONTACT", "CONTACT", "ABOUT",
}


@dataclass
class Dateline:
    raw: str
    place: str
    date: str
    credit: str  # full agency name, or the text in parentheses when not a known agency
    reporters: str = ""  # the people an agency's opening names ("김민수 이서연", "记者王晓明、李静"): a byline


def _credit(text: str) -> str:
    return agency_name(text) or text


def _names_an_outlet(credit: str) -> bool:
    words = credit.split()
    return bool(words) and (agency_name(credit) is not None or agency_name(words[0]) is not None)


def _agency_of_credit(text: str) -> str | None:
    """The agency a credit names, also with its regional service after a slash: "dpa/lno", "ANSA/Milano"."""
    return agency_name(text) or (agency_name(text.split("/")[0]) if "/" in text else None)


def _reporters_and_agency(credit_text: str) -> tuple[str, str]:
    """BTA and others name the reporter with the agency between the slashes: "/Петя Колева, БТА/" -> the reporter
    and the agency (only when the last part is a known agency)."""
    name, comma, last = credit_text.rpartition(",")
    if comma and name.strip() and _agency_of_credit(last.strip()):
        return name.strip(), last.strip()
    return "", credit_text


def _unknown_agency_in_dated_shape(match: re.Match, credit_text: str) -> bool:
    """An agency not in the list still shows by the dateline's whole shape: the place, a comma, a date with a digit
    and a month or day word, the name alone in brackets or slashes, then the dash: "Korhogo, 9 mars 2026 (AIP) –",
    "ქუთაისი, 14 მარტი /საქინფორმი/.". Prose has no such run ("Smith, 42 (right), said")."""
    date = (match.groupdict().get("date") or "").strip()
    after_place = match.group(0)[match.end("place"):]
    words = credit_text.split()
    # Indian agencies set no dash after the bracket: "Kozhikode (Kerala), Dec 3 (BPA) Two more ...", "लखनऊ, 3 दिसंबर
    # (भावा) उत्तर ...": an acronym in capitals, or a name in a script without capitals, closes the dateline there
    undashed = re.fullmatch("[" + _UP + "]{2,6}", credit_text) or not re.search("[" + _UP + _LOW + "]", credit_text)
    return (
        # (the date after the place in capitals without a comma, as Czech and Slovak agencies set it: "BRATISLAVA
        # 12. novembra (STK) -")
        (after_place.lstrip().startswith((",", "–", "-", "፣", "،"))
         or match.group("place").isupper() and after_place[:1] == " "
         and date[:1].isdigit()) and any(ch.isdigit() for ch in date)
        # a month's word, or day and month in figures before an agency's code ("TP.HCM, 18/1 (TPN) –")
        and (any(ch.isalpha() for ch in date) or re.fullmatch(r"\d{1,2}/\d{1,2}", date) and bool(undashed))
        and 1 <= len(words) <= 2 and not any(ch.isdigit() for ch in credit_text)
        and not any(re.match("[" + _LOW + "]", w) for w in words)  # "(right)": a lower-case word of a cased script
        and (match.group(0).rstrip()[-1:] in ("—", "–", "-", "=", ".", ":", "/", *_SCRIPT_STOPS)
             or bool(undashed) and match.group(0).rstrip().endswith(")") and match.end() < len(match.string.rstrip()))
    )


def _code_between_slashes(match: re.Match, credit_text: str) -> bool:
    """An agency's code in capitals between slashes right after the place, closed by a stop or a dash, as agencies
    of the Russian-writing world and Mongolia date their copy without a date: "Улаанбаатар /ХТМА/. Сүхбаатар ...".
    Prose sets no code between slashes there; a date or words between place and code are the dated shape's."""
    return (not match.group("date") and match.group("release") is not None
            and re.fullmatch("[" + _UP + "]{2,6}", credit_text) is not None
            and match.group(0)[match.end("place"):].lstrip().startswith("/")
            and match.group(0).rstrip()[-1:] in (".", "—", "–", "-"))


# An outlet's web address after the place: "SURABAYA, WARTANUSANTARA.id -" is dated by the site, not by a second place.
_PLACE_THEN_SITE = re.compile(r",\s*[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,6}|[A-Z]{2,6})$")  # "KOMPAS.TV" too


def _weekday_slot(place: str) -> str:
    """The weekday a place's last comma slot names ("KILIFI, Jumanne" -> "Jumanne"), else ""."""
    if "," not in place:
        return ""
    slot = place.rsplit(",", 1)[1].strip()
    return slot if slot.casefold() in WEEKDAYS else ""


# The papers of scripts without capitals open the lead with the place alone, then a colon, a danda or the desk in
# brackets: "சென்னை: வடகிழக்கு பருவமழையை ...", "पुणे : खडकवासला ...", "वाराणसी। शेयर बाजार ...", "لاہور (ویب ڈیسک) پنجاب ...".
_UNCASED_PLACE_OPENING = re.compile(
    # (or a spaced dash after the place, as Tigrinya, Uyghur and Moroccan papers set it: "መቐለ — ...", "طنجة – ...")
    r"^\s*(?P<place>" + _UNCASED_WORD + r"(?:\s+" + _UNCASED_WORD + r")?)\s*(?:[:।۔]|(?<=\s)[—–]|\((?P<desk>[^()]{1,20})\)\s*[—–-]?"
    # or the date after the place's comma, closed by a stop: "जयपुर, 22 जनवरी। गुलाबी नगर ..."; the month first, as
    # Nepali and Burmese date a lead ("काठमाडौं, भदौ २१ —", "မန္တလေး၊ ဧပြီ ၃ ရက် —": Burmese's comma "၊", its "day"),
    # or the word for "date" cut short before the day, as Gujarati and Hindi papers set it ("અમરેલી, તા. ૧૨:")
    r"|[,،၊]\s*(?P<date>\d{1,2}\s+" + _UNCASED_WORD + r"(?:\s+\d{4})?|" + _UNCASED_WORD + r"(?:\.\s*|\s+)\d{1,2}(?:\s+ရက်)?)"
    r"\s*[।۔:—–-])\s+(?=\S)")
# The German, Austrian and Swiss papers' lead opens with the place in ordinary case and a spaced dash, no agency and no
# date: "Dresden – Zwölf Minuten Applaus ...", "Linz/Wien – Die Alpenfeld ...". One to three capitalised words (places
# joined by "/"), an en or em dash, then a capitalised word; a word that opens sentences is no place ("Ja – das ...").
_CASED_PLACE_OPENING = re.compile(
    r"^\s*(?P<place>[" + _UP + r"][" + _LOW + r"][\w'’.\-]*(?:(?:/|\s+" + _PLACE_PARTICLE + r")[" + _UP + r"][\w'’.\-]*){0,2})"
    r"\s+[–—]\s+(?=[" + _UP + r"„“\"«])")


_DESK = re.compile(DESK_NAMES, re.IGNORECASE)


def parse_place_opening(lead: str) -> Dateline | None:
    """The place a lead in a script without capitals opens with, without an agency: only the story's first paragraph
    is asked, and only a lead of ten words or more (a label's "नोट:" heads a line, not a lead). Nothing but that
    position tells such a place from a sentence's first word, so `parse_dateline` does not read it."""
    if len((lead or "").split()) < 10:
        return None
    cased = _CASED_PLACE_OPENING.match(lead)
    if cased and cased.group("place").split("/")[0].split()[0].casefold() not in _NOT_PLACE_WORDS | _SENTENCE_OPENERS:
        place = cased.group("place").strip()
        if place.endswith(".") and place.count(".") == 1 and len(place) > 4:
            place = place[:-1]  # "Ceres. – Vrugteboere ...": the place's full stop before the dash, as Afrikaans sets it
        return Dateline(raw=cased.group(0).strip(), place=place, date="", credit="")
    match = _UNCASED_PLACE_OPENING.match(lead)
    if not match or any(ch.isdigit() for ch in match.group("place")):
        return None
    desk = match.group("desk")
    credit = ""
    if desk and names_an_agency(desk) or desk and any(word.casefold() in OUTLET_WORDS for word in desk.split()):
        credit = desk  # "لاہور (نسیم نیوز) —": the agency or outlet in the brackets, its name spelled out elsewhere
    elif desk and not _DESK.search(desk):
        return None  # "กรุงเทพมหานคร (กทม.) เปิดใช้ ...": a subject and its initials, not a place and its desk
    return Dateline(raw=match.group(0).strip(), place=match.group("place").strip(), date=(match.group("date") or "").strip(),
                    credit=credit)


# A distributor's name as a release's dateline tags it: one to three capitalised words ("WireDesk Asia", "PressLink").
_DISTRIBUTOR_NAME = re.compile(r"[A-Z][\w.-]+(?: [A-Z][\w.-]*){0,2}")


def is_set_in_capitals(text: str) -> bool:
    """Words in capitals (a headline, a wire's writer set so): copy after a dateline is written in ordinary case.
    The first 80 characters decide, so a long paragraph is not read to its end."""
    cased = [ch for ch in text[:80] if ch.isupper() or ch.islower()]
    return len(cased) >= 4 and all(ch.isupper() for ch in cased)


# An agency's code in brackets, as a dateline gives it ("МАГАС (ГХА) –", "ຜົ້ງສາລີ (ສຂພ) –"): two to six letters.
BRACKETED_CODE = re.compile(r"\((?P<code>[^\W\d_]{2,6})\)")


# A region's abbreviation after a dateline's comma is five letters at most and its period ("Calif.", "Sask.", "Chih.",
# "N.S.W."): of 184 expected datelines closing on a region and a period, none is longer (counted over every case).
_LONGEST_REGION_ABBREVIATION = len("Calif.")


def parse_dateline(paragraph: str) -> Dateline | None:
    match = _WIRE.match(paragraph or "")
    if match:
        place = match.group("place").strip().rstrip("-–—")  # Business Wire runs the wire into the city: "SAN FRANCISCO--(BUSINESS WIRE)"
        place = _PLACE_THEN_SITE.sub("", place)
        if place.endswith(".") and place.count(".") == 1 and len(place) > 4 \
                and ("," not in place or len(place.split()[-1]) > _LONGEST_REGION_ABBREVIATION):
            # "ТҮРКІСТАН. KAZINFORM —", "MITÚ, Vaupés. —": the place's full stop, not a state's abbreviation
            # ("LAKEPORT, Mich.", "HAPPY CAMP, Calif.")
            place = place[:-1]
        weekday = _weekday_slot(place)
        if weekday:  # "KILIFI, Jumanne (KNA) —": the day of the week is the date, not the place's region
            place = place[: place.rindex(",")].rstrip()
        city = place.split(",")[0]
        credit_text = (match.group("credit") or "").strip()
        bracket_date = ""
        if credit_text and _DATE_ONLY.fullmatch(credit_text):
            bracket_date, credit_text = credit_text, ""  # "HARBOR CITY, Calif. (Oct. 17, 2026) –": the date, no agency
        bare = match.group("bare")
        if bare:  # "SYDNEY, March 29 AAP -": only a known agency stands bare there
            if not agency_name(bare):
                return None
            credit_text = bare
        elif not credit_text and " " in place and agency_name(place.rsplit(" ", 1)[1]) and match.group("dash"):
            place, credit_text = place.rsplit(" ", 1)  # "SYDNEY AAP -": the agency ran into the place
            city = place.split(",")[0]
        release = (match.group("release") or match.group("release_paren") or "").strip()
        if release:  # a known press-release wire; "/s/" or "--(see below)" in prose is not one
            if not agency_name(release) and not (match.group("date") and _DISTRIBUTOR_NAME.fullmatch(release)):
                return None  # an unknown one only in the whole shape: "LAHORE, Pakistan, March 5, 2025 /WireDesk Asia/ --"
            credit_text = release
        letters = city.replace(" ", "").replace(".", "")
        if len(letters) < 2 or not re.sub(r"\bMa?c(?=[" + _UP + r"]{2})", "", city).isupper():
            return None  # "I — for one —" or an ordinary word (a name's "Mc" aside: "FORT McMURRAY")
        if not credit_text and (match.group("dash") is None or city.strip() in _NOT_PLACES):
            return None
        if not credit_text and match.group("dash") == ":" and is_set_in_capitals(paragraph[match.end():]):
            return None  # "HO ƑE NUTOA ME TIATIA: AME 38 LE ALAFA ...": a headline in capitals with its colon, no copy
        if credit_text and city.strip() in _NOT_PLACES:
            return None
        return Dateline(raw=match.group(0).strip(), place=place,
                        date=(match.group("date") or weekday or bracket_date).strip(), credit=_credit(credit_text))
    match = _CREDIT_FIRST.match(paragraph or "")
    # an agency no list knows in front, vouched for by its initials and the place in capitals with its date after
    # them: "(ATN) - ROMA, 12 GIU - Le commissioni ..."
    unknown_in_front = match and re.fullmatch("[" + _UP + "]{2,6}", match.group("credit")) and match.group("place").isupper() \
        and any(ch.isdigit() for ch in match.group("date") or "")
    if match and (agency_name(match.group("credit")) or unknown_in_front) \
            and match.group("place").split(",")[0].strip() not in _NOT_PLACES:
        return Dateline(raw=match.group(0).strip(), place=match.group("place").strip(), date=(match.group("date") or "").strip(),
                        credit=_credit(match.group("credit").strip()))
    match = _CREDIT_ONLY.match(paragraph or "")
    if match and agency_name(match.group("credit")):
        return Dateline(raw=match.group(0).strip(), place="", date=(match.group("date") or "").strip(),
                        credit=_credit(match.group("credit").strip()))
    match = _AGENCY_THEN_PLACE.match(paragraph or "")
    if match and agency_name(match.group("credit")) and match.group("place") not in _NOT_PLACES:
        return Dateline(raw=match.group(0).strip(), place=match.group("place").strip(), date="", credit=_credit(match.group("credit")))
    match = _AGENCY_DATED.match(paragraph or "")
    credit_text = match and (match.group("credit") or match.group("release") or match.group("named") or "").strip()
    reporters, credit_text = _reporters_and_agency(credit_text or "")
    known = _agency_of_credit(credit_text)
    if match and (known or _unknown_agency_in_dated_shape(match, credit_text) or _code_between_slashes(match, credit_text)) and \
            match.group("place").split(",")[0].strip() not in _NOT_PLACES:
        return Dateline(raw=match.group(0).strip(), place=match.group("place").strip(), date=(match.group("date") or "").strip(),
                        credit=known or credit_text, reporters=reporters)
    match = _UNCASED_DATED.match(paragraph or "") or _BRACKETED_PLACE.match(paragraph or "")
    credit_text = match and (match.group("credit") or match.groupdict().get("slashed") or match.groupdict().get("dashed") or "").strip()
    reporters, credit_text = _reporters_and_agency(credit_text or "")
    date = match and match.groupdict().get("date") or ""
    # a date in words only after the place's comma ("मुंबई, नौ दिसंबर (भाषा)"): "وقال الوزير (رويترز):" ("the minister
    # said (Reuters):") is a sentence, its second word no date
    dated = not date or any(ch.isdigit() for ch in date) or match.group(0)[match.end("place"):].lstrip().startswith(",")
    if match and credit_text and (agency_name(credit_text) or _unknown_agency_in_dated_shape(match, credit_text)) and dated:
        return Dateline(raw=match.group(0).strip(), place=match.group("place").strip(), date=date.strip(),
                        credit=_credit(credit_text), reporters=(match.groupdict().get("reporters") or reporters).strip())
    match = _PLACE_THEN_AGENCY_BRACKET.match(paragraph or "")
    if match:  # "【仙台＝東北通信】": an agency no list knows, by its "news service" or "newspaper" ending
        return Dateline(raw=match.group(0).strip(), place=match.group("place"), date="",
                        credit=agency_name(match.group("credit")) or match.group("credit"))
    match = _KOREAN_OPENING.match(paragraph or "") or _CHINESE_OPENING.match(paragraph or "")
    if match and agency_name(match.group("credit")):
        return Dateline(raw=match.group(0).strip(), place=match.group("place"), date=match.groupdict().get("date") or "",
                        credit=_credit(match.group("credit")), reporters=(match.group("reporters") or "").strip())
    match = _BROADCAST.match(paragraph or "")
    if match and _names_an_outlet(match.group("credit").strip()):
        return Dateline(
            raw=match.group(0).strip(), place=match.group("place").strip(), date=(match.group("date") or "").strip(),
            credit=_credit(match.group("credit").strip()),
        )
    match = _CAPS_PLACE_PERIOD.match(paragraph or "")
    if match and sum(ch.isalpha() for ch in match.group("place")) >= 5 and match.group("place") not in _NOT_PLACES \
            and not agency_name(match.group("place")):
        agency = match.group("agency") or ""
        # an agency no list knows, in capitals: written as its name is ("ДАЛА АҚПАРАТ" -> "Дала Ақпарат")
        credit = agency_name(agency) or " ".join(word.capitalize() for word in agency.split()) if agency else ""
        return Dateline(raw=match.group(0).strip(), place=match.group("place"), date=(match.group("date") or "").strip().rstrip("."),
                        credit=credit)
    match = _UNCASED_PLACE_THEN_AGENCY.match(paragraph or "")
    if match:
        return Dateline(raw=match.group(0).strip(), place=match.group("place"), date="",
                        credit=_credit(match.group("credit")))
    match = _RELEASE_PLACE_DATE.match(paragraph or "")
    if match and match.group("place").split()[0].casefold() not in _NOT_PLACE_WORDS:
        return Dateline(raw=match.group(0).strip(), place=match.group("place"), date=match.group("date").strip(), credit="")
    return None


# A date standing where an agency's name would, in the brackets after the place: "Oct. 17, 2026", "17 October 2026",
# "10/17/2026".
_DATE_ONLY = re.compile(r"(?:[^\W\d_]{3,12}\.?,?\s+)?(?:(?i:" + WRITTEN_DATE + r")|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})")
# A release's own dateline, the place as written and the full date, then a dash or a colon: "Zürich, 12. November
# 2026 – Die Alpenwerk Robotics AG ...", "Mombasa, Jumatano 14 Oktoba 2026 - Kamati ya Nidhamu ...", "Lyon, le 3 mars
# 2026 –", "Galway, 6 March 2025: A seaweed ...", "Kaunas, 2025 m. kovo 11 d. – ...".
# "SANTIAGO, Chile, 12 de mayo de 2026.–": the country after the city, and a full stop against the dash.
_RELEASE_PLACE_DATE = re.compile(
    r"^(?P<place>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3}(?:, [" + _UP + r"][\w'’.-]*(?: [" + _UP + r"][\w'’.-]*)?"
    r"(?=, \d))?),\s+(?P<date>(?:[^\W\d_]{2,12},?\s+)?"
    r"(?i:" + WRITTEN_DATE + r"|" + YEAR_FIRST_DATE
    # the day and month without the year, as Catalan and Spanish papers date the lead ("Sant Cugat del Vallès, 13 de
    # maig.–"), and Uzbek's year, day and month joined by hyphens ("Toshkent, 2025-yil 20-may –")
    + r"|\d{1,2}\.?\s+(?:de\s+)?" + MONTHS_ANY_LANGUAGE + r"|\d{4}-yil\s+\d{1,2}-" + MONTHS_ANY_LANGUAGE
    + r"))\.?\s*(?:[–—-]|:)\s*(?=\S)")
# Capitalised words that open a sentence, not a place ("On 12 March 2026 - ...", "However, 12 March 2026 - ...").
_NOT_PLACE_WORDS = frozenset({"on", "in", "at", "since", "by", "from", "until", "as", "the", "el", "la", "le", "der",
                              "die", "das", "am", "im", "em", "no", "na", "il", "lo", "de", "however", "meanwhile",
                              "today", "yesterday", "tomorrow", "then", "also", "now", "thus", "but", "and"})
# Words that open a sentence before a dash in the languages with a dash-led dateline: "Ja – das war ...", "Yes — and".
_SENTENCE_OPENERS = frozenset({"ja", "nein", "nee", "doch", "aber", "und", "oder", "so", "also", "nun", "jetzt", "heute",
                               "gestern", "morgen", "dann", "hier", "dort", "da", "wer", "was", "wie", "wo", "warum",
                               "yes", "well", "oh", "ah", "sure", "first", "second", "finally", "update", "fazit",
                               "achtung", "wichtig", "hinweis", "tipp", "oui", "non", "mais", "sí", "si", "pero"})


_YEAR_OR_TIME = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:.]\d{2}\b")
_MONTH_WORD = re.compile(MONTHS_ANY_LANGUAGE, re.IGNORECASE)
_STOPS_A_SENTENCE = re.compile(r"[.!?…。]['\"”’»)]*$")


def is_date_stamp(line: str) -> bool:
    """A short line that only dates the story or its issue, in any language: two to eight words holding a year or a
    time of day and another figure (the day), no sentence's stop, at most one word in lower case of three letters or
    more but a month's ("Vika 42 · 16. október 2026", "Data emiterii: 17.11.2025, ora 07:30", "Kompas.tv - 3 Juni 2026,
    07:45 WIB"). "Elections 2026: The Results" is a title (one figure); "Council approves the 2026 budget" says something."""
    words = [word for word in line.split() if any(c.isalnum() for c in word)]
    if not 2 <= len(words) <= 8 or _STOPS_A_SENTENCE.search(line) or not _YEAR_OR_TIME.search(line) \
            or len(re.findall(r"\d+", line)) < 2:
        return False
    return sum(word.isalpha() and word.islower() and len(word) >= 3 and not _MONTH_WORD.fullmatch(word)
               for word in words[1:]) <= 1
