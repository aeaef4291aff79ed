"""Wire agencies as they appear in datelines and bylines, mapped to their full names.

DESIGN.md's convention: a credit names the agency in full. For a national agency that is its full name in its
own language ("Polska Agencja Prasowa" for PAP, "Agenzia Nazionale Stampa Associata" for ANSA, "Anadolu Ajansı"
for AA, "Suomen Tietotoimisto" for STT); a name that is not made of initials stays as it is ("Lusa", "Belga",
"Ritzau", "Tanjug", "ELTA", "LETA").
"""
import re
import unicodedata

from .words import AGENCY_JOINERS, NAME_PARTICLES

AGENCIES: dict[str, str] = {
    "ap": "Associated Press",
    "the associated press": "Associated Press",
    "associated press": "Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "upi": "United Press International",
    "united press international": "United Press International",
    "dpa": "Deutsche Presse-Agentur",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo News",
    "kyodo news": "Kyodo News",
    "yonhap": "Yonhap News Agency",
    "efe": "Agencia EFE",
    "ansa": "Agenzia Nazionale Stampa Associata",
    "pti": "Press Trust of India",
    "ani": "Asian News International",
    "ians": "Indo-Asian News Service",
    "cp": "The Canadian Press",
    "the canadian press": "The Canadian Press",
    "aap": "Australian Associated Press",
    "pa": "PA Media",
    "pa media": "PA Media",
    "tass": "TASS",
    "anadolu": "Anadolu Ajansı",
    "aa": "Anadolu Ajansı",
    "cnn": "CNN",
    "bbc": "BBC",
    "nyt": "The New York Times",
    "the new york times": "The New York Times",
    "the washington post": "The Washington Post",
    "wwd": "WWD",
    "cns": "Catholic News Service",
    "rns": "Religion News Service",
    "ap business writer": "Associated Press",
    "canadian press": "The Canadian Press",
    "press association": "PA Media",
    "australian associated press": "Australian Associated Press",
    "yonhap news agency": "Yonhap News Agency",
    "jiji": "Jiji Press",
    "jiji press": "Jiji Press",
    "agencia efe": "Agencia EFE",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "bernama": "Bernama",
    "antara": "ANTARA",  # as the agency styles itself
    "uni": "United News of India",
    "anadolu agency": "Anadolu Ajansı",
    "kyodo news agency": "Kyodo News",
    "press trust of india": "Press Trust of India",
    "deutsche presse-agentur": "Deutsche Presse-Agentur",
    "efe news": "Agencia EFE",
    "npr": "NPR",
    "cnbc": "CNBC",
    "politico": "Politico",
    "axios": "Axios",
    "al jazeera": "Al Jazeera",
    "the guardian": "The Guardian",
    "financial times": "Financial Times",
    "the wall street journal": "The Wall Street Journal",
    "fox news": "Fox News",
    "nbc news": "NBC News",
    "abc news": "ABC News",
    "cbs news": "CBS News",
    "reuters health": "Reuters",
    "reuters breakingviews": "Reuters Breakingviews",
    # National agencies of Europe and Latin America, as their copy credits them.
    "europa press": "Europa Press",
    "lusa": "Lusa",
    "agência lusa": "Lusa",
    "belga": "Belga",
    "apa": "Austria Presse Agentur",
    "austria presse agentur": "Austria Presse Agentur",
    "agi": "Agenzia Giornalistica Italia",
    "anp": "Algemeen Nederlands Persbureau",
    "ats": "Keystone-ATS",
    "keystone-ats": "Keystone-ATS",
    "sda": "Keystone-SDA",
    "keystone-sda": "Keystone-SDA",
    "agência brasil": "Agência Brasil",
    "agencia brasil": "Agência Brasil",
    "notimex": "Notimex",
    "télam": "Télam",
    "telam": "Télam",
    "prensa latina": "Prensa Latina",
    "ntb": "Norsk Telegrambyrå",
    # The Nordic, Central and East European and Asian national agencies, as they name themselves.
    "tt": "TT Nyhetsbyrån",
    "tt nyhetsbyrån": "TT Nyhetsbyrån",
    "stt": "Suomen Tietotoimisto",
    "stt-info": "Suomen Tietotoimisto",
    "pap": "Polska Agencja Prasowa",
    "polska agencja prasowa": "Polska Agencja Prasowa",
    "mti": "Magyar Távirati Iroda",
    "agerpres": "Agerpres",
    "hina": "Hrvatska izvještajna novinska agencija",
    "sta": "Slovenska tiskovna agencija",
    "bta": "Българска телеграфна агенция",
    "tasr": "Tlačová agentúra Slovenskej republiky",
    "ukrinform": "Ukrinform",
    "elta": "ELTA",
    "lsm": "LSM",
    "err": "ERR",
    "vna": "Vietnam News Agency",
    "pna": "Philippine News Agency",
    "bernama news": "Bernama",
    "ritzau": "Ritzau",
    "ctk": "Česká tisková kancelář",
    "čtk": "Česká tisková kancelář",
    "tanjug": "Tanjug",
    "ana-mpa": "Athens-Macedonian News Agency",
    "afp-jiji": "AFP-Jiji",
    # National agencies as their own copy names them in full in its language: a French page credits "La Presse
    # Canadienne", a Turkish one "Anadolu Ajansı" (the English full names stay for English copy's short forms).
    "la presse canadienne": "La Presse Canadienne",
    "presse canadienne": "La Presse Canadienne",
    "anadolu ajansı": "Anadolu Ajansı",
    "adnkronos": "Adnkronos",
    "askanews": "askanews",
    "servimedia": "Servimedia",
    "agência estado": "Agência Estado",
    "estadão conteúdo": "Estadão Conteúdo",
    "folhapress": "Folhapress",
    "andina": "Andina",
    "agencia andina": "Andina",
    "inter press service": "Inter Press Service",
    "ips": "Inter Press Service",
    "sputnik": "Sputnik",
    "unian": "UNIAN",
    "interfax-ukraine": "Interfax-Ukraine",
    "belta": "BelTA",
    "leta": "LETA",
    "bns": "Baltic News Service",
    "kcna": "KCNA",
    "vietnam news agency": "Vietnam News Agency",
    "philippine news agency": "Philippine News Agency",
    "african news agency": "African News Agency",
    "cna": "Central News Agency", "central news agency": "Central News Agency",  # Taiwan's: "Taipei, March 5 (CNA)"
    "nan": "News Agency of Nigeria",
    "news agency of nigeria": "News Agency of Nigeria",
    "kenya news agency": "Kenya News Agency",
    "kna": "Kenya News Agency",
    "cmc": "Caribbean Media Corporation",
    "caribbean media corporation": "Caribbean Media Corporation",
    "apa news": "APA News",
    "mena": "Middle East News Agency",
    "middle east news agency": "Middle East News Agency",
    "wam": "Emirates News Agency",
    "emirates news agency": "Emirates News Agency",
    "spa": "Saudi Press Agency",
    "saudi press agency": "Saudi Press Agency",
    "kuna": "Kuwait News Agency",
    "qna": "Qatar News Agency",
    "irna": "IRNA",
    "petra": "Petra",
    # agencies as their own scripts write them in a dateline or byline
    "بترا": "Petra", "أ ف ب": "Agence France-Presse", "ا ف ب": "Agence France-Presse", "رويترز": "Reuters",
    "فرانس برس": "Agence France-Presse", "وام": "Emirates News Agency", "واس": "Saudi Press Agency",
    "قنا": "Qatar News Agency", "كونا": "Kuwait News Agency", "أ ش أ": "Middle East News Agency",
    "уніан": "UNIAN", "укрінформ": "Ukrinform", "тасс": "TASS", "риа новости": "RIA Novosti", "интерфакс": "Interfax",
    "бта": "Българска телеграфна агенция", "танјуг": "Tanjug", "ανα-μπε": "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων",
    "απε-μπε": "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων", "απε": "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων",
    "共同": "共同通信社", "共同通信": "共同通信社", "共同通信社": "共同通信社", "時事": "時事通信社", "時事通信": "時事通信社",
    "新華社": "新華通訊社", "新华社": "新华通讯社", "新华通讯社": "新华通讯社", "新華通訊社": "新華通訊社",
    "中央社": "中央通訊社", "中央通訊社": "中央通訊社", "中央通讯社": "中央通訊社",  # Taiwan's CNA
    "中新社": "中国新闻社", "中新网": "中国新闻社", "中新網": "中國新聞社", "聯合": "聯合ニュース", "연합뉴스": "연합뉴스", "뉴시스": "뉴시스", "뉴스1": "뉴스1", "newsis": "Newsis",
    # the agencies' names in the scripts of the papers that run them: Hebrew and Arabic bylines and tags
    "רויטרס": "Reuters", "סוכנות הידיעות רויטרס": "Reuters", "אי-פי": "Associated Press", "איי-פי": "Associated Press",
    "رويترز": "Reuters", "فرانس برس": "Agence France-Presse", "أ ف ب": "Agence France-Presse",
    "ttxvn": "Thông tấn xã Việt Nam", "thông tấn xã việt nam": "Thông tấn xã Việt Nam",
    "وام": "وكالة أنباء الإمارات", "قنا": "وكالة الأنباء القطرية",
    "भाषा": "पीटीआई-भाषा", "पीटीआई-भाषा": "पीटीआई-भाषा", "पीटीआई": "प्रेस ट्रस्ट ऑफ इंडिया", "यूएनआई": "यूनाइटेड न्यूज ऑफ इंडिया",
    "bss": "Bangladesh Sangbad Sangstha",
    "azərtac": "AZƏRTAC",  # as Azerbaijani copy spells it
    "pa news agency": "PA Media", "press association": "PA Media", "noticias argentinas": "Noticias Argentinas",
    "news agency of nigeria": "News Agency of Nigeria", "kenya news agency": "Kenya News Agency",
    "sanews": "South African Government News Agency", "sanews.gov.za": "South African Government News Agency",
    "agência angola press": "Agência Angola Press", "angop": "ANGOP", "aim": "Agência de Informação de Moçambique",
    "agência de informação de moçambique": "Agência de Informação de Moçambique", "abi": "Agencia Boliviana de Información",
    "agencia boliviana de información": "Agencia Boliviana de Información", "aps": "Algérie Presse Service",
    "ایرنا": "خبرگزاری جمهوری اسلامی", "خبرگزاری ایرنا": "خبرگزاری جمهوری اسلامی", "irna": "Islamic Republic News Agency",
    "สำนักข่าวไทย": "สำนักข่าวไทย", "สำนักข่าวไทย อสมท": "สำนักข่าวไทย",
    "xinhua news agency": "Xinhua",
    "sid": "SID",
    "dpa-afx": "dpa-AFX",
    "epd": "epd",
    # Press-release wires, credited in a release's dateline: "NEW YORK, March 3, 2025 /PRNewswire/ --".
    "prnewswire": "PR Newswire",
    "pr newswire": "PR Newswire",
    "prnewswire-prweb": "PR Newswire",
    "business wire": "Business Wire",
    "businesswire": "Business Wire",
    "globe newswire": "GlobeNewswire",
    "globenewswire": "GlobeNewswire",
    "accesswire": "ACCESSWIRE",
    "einpresswire": "EIN Presswire",
    "einpresswire.com": "EIN Presswire",
    "ein presswire": "EIN Presswire",
    "cnw": "Canada Newswire",
    "newswire": "Newswire",
    # Spelled out as the agencies name themselves.
    "agenzia nazionale stampa associata": "Agenzia Nazionale Stampa Associata",
    "algemeen nederlands persbureau": "Algemeen Nederlands Persbureau",
    "magyar távirati iroda": "Magyar Távirati Iroda",
    "acn": "Agència Catalana de Notícies",
    "agència catalana de notícies": "Agència Catalana de Notícies",
    "бта": "Българска телеграфна агенция",
    "българска телеграфна агенция": "Българска телеграфна агенция",
    "suomen tietotoimisto": "Suomen Tietotoimisto",
    "česká tisková kancelář": "Česká tisková kancelář",
    "norsk telegrambyrå": "Norsk Telegrambyrå",
    "tlačová agentúra slovenskej republiky": "Tlačová agentúra Slovenskej republiky",
    "slovenska tiskovna agencija": "Slovenska tiskovna agencija",
    "hrvatska izvještajna novinska agencija": "Hrvatska izvještajna novinska agencija",
    "baltic news service": "Baltic News Service",
    "agenzia giornalistica italia": "Agenzia Giornalistica Italia",
    "fena": "FENA",
    # More national agencies, as their own copy names them; the initials as their datelines and banners write them.
    "tps": "Tazpit Press Service", "tazpit press service": "Tazpit Press Service",
    "unb": "United News of Bangladesh", "united news of bangladesh": "United News of Bangladesh",
    "ইউএনবি": "United News of Bangladesh", "বাসস": "Bangladesh Sangbad Sangstha",
    "app": "Associated Press of Pakistan", "associated press of pakistan": "Associated Press of Pakistan",
    "gna": "Ghana News Agency", "ghana news agency": "Ghana News Agency",
    "ena": "Ethiopian News Agency", "ethiopian news agency": "Ethiopian News Agency",
    "map": "Maghreb Arabe Presse", "maghreb arabe presse": "Maghreb Arabe Presse",
    "aps": "Algérie Presse Service", "algérie presse service": "Algérie Presse Service",
    "tap": "Tunis Afrique Presse", "tunis afrique presse": "Tunis Afrique Presse",
    "sana": "SANA", "nna": "National News Agency", "wafa": "WAFA", "ina": "Iraqi News Agency",
    "bna": "Bahrain News Agency", "ona": "Oman News Agency", "isna": "ISNA", "mehr": "Mehr News Agency",
    "tasnim": "Tasnim News Agency", "irib": "IRIB", "dha": "Demirören Haber Ajansı", "iha": "İhlas Haber Ajansı",
    "ihlas haber ajansı": "İhlas Haber Ajansı", "demirören haber ajansı": "Demirören Haber Ajansı", "anka": "ANKA",
    "armenpress": "Armenpress", "kazinform": "Kazinform", "trend": "Trend", "azertac": "AZERTAC", "moldpres": "Moldpres",
    "ata": "Agjencia Telegrafike Shqiptare", "montsame": "Montsame", "kpl": "Khaosan Pathet Lao",
    "akp": "Agence Kampuchea Presse", "rss": "Rastriya Samachar Samiti", "tna": "Thai News Agency",
    # the same agencies in the scripts their datelines use: Hindi IANS, Urdu APP, Nepali RSS, Amharic ENA; Somalia's
    "आईएएनएस": "Indo-Asian News Service", "اے پی پی": "Associated Press of Pakistan", "रासस": "Rastriya Samachar Samiti",
    "ኢዜአ": "Ethiopian News Agency", "sonna": "Somali National News Agency",
    "somali national news agency": "Somali National News Agency",
    "mna": "Myanmar News Agency", "angop": "ANGOP", "aim": "Agência de Informação de Moçambique",
    "new ziana": "New Ziana", "abi": "Agencia Boliviana de Información", "jis": "Jamaica Information Service",
    "fbc": "Fiji Broadcasting Corporation", "nzpa": "New Zealand Press Association", "ips news": "Inter Press Service",
    "sapa": "South African Press Association", "tanjug info": "Tanjug", "hina info": "Hrvatska izvještajna novinska agencija",
    "tasr info": "Tlačová agentúra Slovenskej republiky", "stt info": "Suomen Tietotoimisto",
    "mia": "MIA",
}


# Each agency's full name is its own key too ("中国新闻社" in a "来源：" slot, "Bangladesh Sangbad Sangstha"): a name the
# table gives is an agency wherever the copy writes it.
_FULL_NAMES = {name.lower(): name for name in AGENCIES.values()}


def agency_name(text: str) -> str | None:
    """Full agency name for "(AP)", "Reuters", "The Associated Press"; None when not an agency."""
    key = " ".join(text.strip(" .,()[]").split()).lower()
    found = AGENCIES.get(key) or _FULL_NAMES.get(key)
    whole = " ".join(text.strip(" .,[]").split()).lower()
    if found is None and whole.endswith(")") and "(" in whole:
        # "African News Agency (ANA)", "Agencia EFE (EFE)": the full name with its initials after it
        name, _, initials = whole[:-1].rpartition("(")
        found = AGENCIES.get(name.strip()) if initials.strip() and len(initials) <= 12 else None
    return found


# How a byline sets the agency after its people: "Julien Mercier avec AFP", "La Rédaction, avec Belga",
# "Sara Nyström/TT", "Ana Ruiz, EFE". Tried in turn; only a known agency counts.
_AGENCY_AFTER_PEOPLE = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    # the longest joiner first ("mit Material von" before "mit"), perhaps after an "and" ("..., Mia Öztürk und mit
    # Material von dpa")
    r"^(?P<people>.*?\S)\s*,?\s+(?:(?:and|und|et|y|e|en|og|och|ja)\s+)?(?:"
    + "|".join(sorted(AGENCY_JOINERS, key=len, reverse=True)) + r")\s+(?P<agency>[^,;|/]{2,40})$",
    r"^(?P<people>.*[^\s/])\s*/\s*(?P<agency>[^/]{2,30})$",
    r"^(?P<people>.*\S)\s*,\s*(?P<agency>[^,]{2,30})$",
))


def split_trailing_agency(text: str) -> tuple[str, str]:
    """(the people, the agency as written) of a byline that ends with its agency, or (text, "") when it does not."""
    stripped = text.strip()
    for shape in _AGENCY_AFTER_PEOPLE:
        match = shape.match(stripped)
        if match and (agency_name(match.group("agency")) or shape is _AGENCY_AFTER_SLASH
                      and _slashed_code(match.group("agency"), match.group("people"))):
            return match.group("people").strip(" ,"), match.group("agency").strip()
    return stripped, ""


_AGENCY_AFTER_SLASH = _AGENCY_AFTER_PEOPLE[1]


def _slashed_code(agency: str, people: str) -> bool:
    """An agency no list knows, by its code in capitals after a whole name and a slash, as agencies sign their
    reporters' copy ("Александра Стојановска / БДА", "Ivan Horvat/HNA"); a second person after a slash is no code."""
    code = agency.strip()
    # (or a code of a script without capitals, its vowel signs marks rather than letters: "अजय ... / पूसस")
    return 2 <= len(code) <= 6 and _letters(code) and (code.isupper() or _unicameral(code)) and len(people.split()) >= 2


def _letters(code: str) -> bool:
    """Letters only, a letter's combining marks counted with it (Devanagari's vowel signs are marks: "पूसस")."""
    return bool(code) and code[0].isalpha() and all(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in code)



def may_be_spelled_out(credit: str, known_too: bool = False) -> bool:
    """Whether `spelled_out` could name `credit` at all: an agency's code (two to six capitals, or letters of a script
    without case) that no list names, or any code with `known_too`. Lets a caller skip gathering lines to look in."""
    return (2 <= len(credit) <= 6 and _letters(credit) and (credit.isupper() or _unicameral(credit))
            and (known_too or not agency_name(credit)))


def spelled_out(credit: str, lines: list[str], notices: list[str] = (), known_too: bool = False) -> str:
    """An agency's code ("AGBW", from the dateline's "(AGBW)") named as the item's own envelope spells it out
    ("Agensi Berita Wilayah -- Perkhidmatan Berita Dalam Negeri" under the service line), or as its rights notice
    does within a sentence ("© 2026 Cape Wire News Agency. Not for resale"): a credit is the agency's name. A known
    agency, a name, or a code nothing spells out stays as it is; `known_too`: a known agency's code too, as another
    agency that shares it spells it out ("VNA" in "Volta News Agency")."""
    if not may_be_spelled_out(credit, known_too):
        return credit
    for line in lines:
        # (the agency after a comma too: "By Chukwuemeka Okafor and Aisha Bello-Adeyemi, West African News Service")
        for slot in re.split(r"\s+(?:--|[-–—|/])\s+|,\s+", line):  # ("ສີສຸກ ແສງອາລຸນ / ສຳນັກຂ່າວພູນ້ອຍ")
            if abbreviates(credit, slot.split()):
                return slot.strip()
    for line in lines:  # a line that is the name with its small words ("Agenția de Știri Transilvania"), and no more
        named = _named_within(credit, line)
        if named and named == " ".join(line.split()):
            return named
    for notice in notices:
        named = _named_within(credit, notice)
        if named:
            return _out_of_capitals(named)
    return credit


def _out_of_capitals(name: str) -> str:
    """A name a notice sets in capitals ("FORMOSA HIGHLANDS NEWSWIRE: ..."), as a name is written: each word's first
    letter a capital, its small words ("de", "du") in lower case; a name written otherwise stays as it is."""
    if not name.isupper() or len(name.split()) < 2:
        return name
    return " ".join(word.lower() if word.lower() in NAME_PARTICLES else word[:1] + word[1:].lower() for word in name.split())


# The article French and Italian elide before a name that opens with a vowel ("avec l'Agence Teranga Presse"): no
# word of the name.
ELIDED_ARTICLE = re.compile(r"(?<!\S)l['’](?=[A-ZÀ-Þ])")
_CAPITALISED_RUN = re.compile(r"(?:[^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’-]*)*")


def _named_within(code: str, text: str) -> str:
    """A run of capitalised words inside a sentence that spells the code out, every word giving its letters ("Warta
    Nusantara Press" for WNP in "... hak cipta Warta Nusantara Press. Dilarang ..."); "" when none does.

    A name's small joining words give no letter ("Agencia Austral de Noticias" for AAN), and its lower-case nouns
    do, as languages write an agency's name ("Балканска информационна агенция (БИА)", "Hãng tin Sông Hồng"): such a
    name counts when its code follows it in brackets, or when two of its words are capitalised."""
    bracketed = f"({code})"
    text = ELIDED_ARTICLE.sub("", text)
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        for start, word in enumerate(words):
            if not word[:1].isupper():
                continue
            found: list[tuple[int, str]] = []  # (how far from a letter a word the reading is, the name)
            for size in range(2, len(code) + 4):  # (one word spells a code too easily: "Muhlstein" for MS)
                window = words[start:start + size]
                if len(window) < size:
                    break
                capitalised = sum(1 for w in window if w[:1].isupper())
                followed = text[run.start() + len(" ".join(words[:start + size])):].lstrip().startswith(bracketed)
                if capitalised < size and not (followed or capitalised >= 2) or window[-1].islower() and len(window[-1]) <= 3:
                    continue  # (a small word ends no name: "Call Will Now at ...")
                lettered = [w for index, w in enumerate(window)
                            if index in (0, size - 1) or not (w.islower() and len(w) <= 3)]
                if sum(ch.isalpha() for w in window for ch in w) <= len(code):
                    continue  # the code itself ("Copyright ATN - Agenzia Tirrena Notizie") spells nothing out
                readings = [reading for reading in (window, lettered) if _abbreviated_by(code, reading)]
                if readings:
                    found.append((min(abs(len(code) - len(reading)) for reading in readings), " ".join(window)))
            if found:
                return min(found, key=lambda pair: pair[0])[1]  # "Sharq Xabar agentligi", a word a letter
    return ""


def _unicameral(code: str) -> bool:
    """A code in a script that writes no capitals for it (Georgian, Arabic, Hebrew: "ქპს"): no capital, no Latin."""
    return not any(ch.isupper() for ch in code) and not any("a" <= ch.lower() <= "z" for ch in code)


def abbreviates(code: str, words: list[str]) -> bool:
    """Each word gives the code's next one to three letters, in order, and every letter is given ("AGBW": AGensi
    Berita Wilayah; "SXA": Sharq Xabar agentligi, the name capitalised, its noun for "agency" perhaps not)."""
    opens = words[0][:1] if words else ""
    if sum(ch.isalpha() for word in words for ch in word) <= len(code):
        return False  # the code itself with a number ("BPA-417", the take's slug) spells nothing out
    if not (opens.isalpha() and (opens.isupper() or _unicameral(code) and _unicameral(opens))):
        return False
    # (a closing word that names the kind of service may give no letter: "NWO", Northwestern Ontario Wire)
    return _abbreviated_by(code, words) or len(words) > 2 and words[-1].casefold() in _SERVICE_WORDS \
        and _abbreviated_by(code, words[:-1])


# The words closing an agency's name that its code may leave out ("Northwestern Ontario Wire" for NWO).
_SERVICE_WORDS = frozenset({"wire", "newswire", "agency", "service", "news"})


def _abbreviated_by(code: str, words: list[str]) -> bool:
    """Each word opens with the code's next letter and may give more of its letters from inside, as a compound gives
    its parts' ("SNT": Svensk NyhetsTjänst; "MND": Mitteleuropäischer NachrichtenDienst); a word opening "Ex" gives
    its "X"."""
    if not code or not words:
        return not code and not words
    first = _folded(words[0])
    if first.startswith("ex") and _folded(code[0]) == "x":
        first = first[1:]  # "X" for a word opening "Ex", as codes write it ("SAPX": Southern African Press Exchange)
    if not first[:1].isalpha() or len(words) > len(code) or first[0] != _folded(code[0]):
        return False
    return any(_holds_in_order(first[1:], _folded(code[1:size])) and _abbreviated_by(code[size:], words[1:])
               for size in range(1, min(len(code), 3) + 1))


def _folded(text: str) -> str:
    """Lower case without accents: a code's plain "S" for "Știri", its "C" for "Česká"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


def _holds_in_order(word: str, letters: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)


# The noun a news agency's own name holds, in the languages agencies file in: "Bharat Press Agency", "Agjencia e
# Lajmeve Adriatik", "نسیم نیوز ایجنسی", "भारत वार्ता समाचार सेवा" (news service, with
# either word for news: "मगध खबर सेवा"), "寶島通訊社", "Ilé-iṣẹ́ Ìròyìn".
# An agency no list knows is still one by its name: the credit, never the outlet presenting the copy. (English
# "agency" alone is no sign: "Agency Report" signs a Nigerian page's agency copy, the agency named in the body.)
AGENCY_NOUNS = re.compile(
    r"(?:\b(?:news|press|wire)\s+(?:agency|service)\b|\bnewswire\b|\bagenc(?:ia|ja|e)\b|\bagência\b|\bagenzia\b|\ba[gġ]enzija\b"
    r"|\bagentur\b|\bagentschap\b|\bajans[ıi]?\b|\bagencija\b|\bagjencia\b|\bagensi\b|\bkantor berita\b"
    r"|\bagentligi\b|\bagentlik\b|\baģentūra\b|\bagentūra\b|\bagentura\b|\bagentuur\b|\buutistoimisto\b"
    # ("agentura": Czech, Slovak, Sorbian and Romansh, "Moravská tisková agentura", "Agentura Grischuna da Novitads")
    # the noun closing a compound, as Hungarian, German and Dutch write one: "Pannon Hírügynökség",
    # "Nachrichtenagentur", "Vlaams Persagentschap"
    r"|ügynökség\b|(?:nachrichten|presse)agentur\b|(?:pers|nieuws)agentschap\b"
    r"|\btíðindastova|\bfréttastofa\b"  # Faroese and Icelandic: "Norðatlantiska Tíðindastovan"
    r"|\bnyhetsbyrå\b|\bnyhedsbureau\b|\bnyhetsbyrå\b|\bshirika la habari\b|\bahentsia\b|\bagentia\b|\bagenția\b"
    # the loanword's shape in any Latin spelling: "agéncia" (Mirandese), "ajensia" (Umbundu), "agencja", "agenzia";
    # its "i" or "j" before the last vowel keeps out a person, "agente", and "agenda"
    r"|\ba(?:gj|g|j|h)[eaêé]n(?:ts|c|s|t|z|ț|ș)[iíjy][aeáéêă]\b"
    r"|агентств|агенци|мэдээллийн агентлаг|ақпарат агенттіг|ایجنسی|خبرگزاری|آژانس|وكالة|סוכנות|(?:समाचार|खबर|ख़बर) सेवा|न्यूज़ एजेंसी|न्यूज एजेंसी|সংবাদ সংস্থা|"
    r"通讯社|通訊社|通信社|뉴스통신|통신사|สำนักข่าว|iṣẹ́\s+ìròyìn)",  # (Yoruba "Ilé-iṣẹ́ Ìròyìn": "Ìròyìn Òwúrọ̀" is a paper)
    re.IGNORECASE)


def names_an_agency(name: str) -> bool:
    """A short name, no sentence, that holds a news agency's noun ("Bharat Press Agency", "Agjencia e Lajmeve
    Adriatik (ALA)"), or one the list knows."""
    name = " ".join(name.split())
    if not name or len(name.split()) > 7 or name.endswith((".", "!", "?")):
        return False
    return bool(agency_name(name) or AGENCY_NOUNS.search(name))
