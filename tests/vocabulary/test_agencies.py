"""Agencies named in full, and the agency a byline sets after its people."""
import pytest

from ingest.vocabulary import agency_name
from ingest.vocabulary.agencies import split_trailing_agency


@pytest.mark.parametrize("text, people, agency", [
    ("Julien Mercier avec AFP", "Julien Mercier", "AFP"),
    ("Von Lisa Brandt mit dpa", "Von Lisa Brandt", "dpa"),
    ("La Rédaction, avec Belga", "La Rédaction", "Belga"),
    ("Erik Lindqvist och Sara Berg/TT", "Erik Lindqvist och Sara Berg", "TT"),
    ("Ana Ruiz, EFE", "Ana Ruiz", "EFE"),
    # a code of a script without capitals after the people and a slash, its vowel signs marks (Devanagari)
    ("अजय कुमार सिंह अउर प्रिया राय / पूसस", "अजय कुमार सिंह अउर प्रिया राय", "पूसस"),
    # no agency: nothing split off
    ("Rosa Con", "Rosa Con", ""),
    ("Ana Ruiz y Pedro Gil", "Ana Ruiz y Pedro Gil", ""),
    ("Jane Doe, Staff Writer", "Jane Doe, Staff Writer", ""),
    # a longer joiner after an "and": the "and" is the joiner's, not the people's
    ("Lukas Brandtner, Mia Öztürk und mit Material von dpa", "Lukas Brandtner, Mia Öztürk", "dpa"),
])
def test_split_trailing_agency(text, people, agency):
    assert split_trailing_agency(text) == (people, agency)


@pytest.mark.parametrize("short, full", [
    ("PA News Agency", "PA Media"), ("Noticias Argentinas", "Noticias Argentinas"), ("ایرنا", "خبرگزاری جمهوری اسلامی"),
    ("AP", "Associated Press"), ("(AFP)", "Agence France-Presse"), ("PAP", "Polska Agencja Prasowa"),
    ("STT", "Suomen Tietotoimisto"), ("La Presse Canadienne", "La Presse Canadienne"), ("BTA", "Българска телеграфна агенция"),
    ("African News Agency (ANA)", "African News Agency"),  # the full name with its initials after it
    ("ΑΠΕ-ΜΠΕ", "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων"), ("TTXVN", "Thông tấn xã Việt Nam"), ("新华社", "新华通讯社"),
    ("רויטרס", "Reuters"),
    # a full name the table gives is an agency as written ("来源：中国新闻社" names the credit, not the publisher)
    ("中国新闻社", "中国新闻社"), ("Bangladesh Sangbad Sangstha", "Bangladesh Sangbad Sangstha"),
])
def test_agencies_are_named_in_full(short, full):
    assert agency_name(short) == full


@pytest.mark.parametrize("credit,lines,expected", [
    # a code in the dateline spelled out by the item's own envelope: each word gives one to three of its letters
    ("AGBW", ["AGBW0457 3 DN 0412 BM", "Agensi Berita Wilayah -- Perkhidmatan Berita Dalam Negeri"],
     "Agensi Berita Wilayah"),
    ("AGBW", ["Perkhidmatan Berita Dalam Negeri"], "AGBW"),  # nothing spells it out
    ("Agence France-Presse", ["Agence France-Presse -- Service international"], "Agence France-Presse"),  # a name
    ("NHA", ["New Harbour Association -- Weekly"], "New Harbour Association"),
    ("NHA", ["Northern Highlands Advertiser Limited"], "NHA"),  # a word left over: no spelling of the code
    # the agency's own noun for "agency" in lower case, as Uzbek and Latvian write the name
    ("SXA", ["Sharq Xabar agentligi"], "Sharq Xabar agentligi"),
    ("DZA", ["Daugavas Ziņu aģentūra"], "Daugavas Ziņu aģentūra"),
    ("SXA", ["said xenon acts"], "SXA"),  # the name itself opens with a capital
    # a compound gives its parts' letters: Svensk NyhetsTjänst, Mitteleuropäischer NachrichtenDienst
    ("SNT", ["Svensk Nyhetstjänst"], "Svensk Nyhetstjänst"),
    ("MND", ["Mitteleuropäischer Nachrichtendienst"], "Mitteleuropäischer Nachrichtendienst"),
    ("SNT", ["Svensk Nyhedsbureau"], "SNT"),  # no "t" in the second word
    ("ქპს", ["ქართული პრესის სააგენტო"], "ქართული პრესის სააგენტო"),  # a code in a script without capitals
    # the agency after the people's comma in a byline
    ("GCNS", ["By Ama Mensah and Kofi Boateng, Gold Coast News Service"], "Gold Coast News Service"),
    ("GCNS", ["By Grace Cole, Nana Sarpong"], "GCNS"),  # people, no agency: no slot spells it out
    ("AST", ["Agenția de Știri Transilvania"], "Agenția de Știri Transilvania"),  # its small word gives no letter
    ("MS", ["Anna Muhlstein"], "MS"),  # one word spells no code
    ("ສຂພ", ["ສີສຸກ ແສງອາລຸນ / ສຳນັກຂ່າວພູນ້ອຍ"], "ສຳນັກຂ່າວພູນ້ອຍ"),  # the agency after the writer's slash
    # a word opening "Ex" gives the code its "X"; a closing word naming the service may give no letter
    ("SAPX", ["Southern African Press Exchange"], "Southern African Press Exchange"),
    ("NWO", ["Northwestern Ontario Wire"], "Northwestern Ontario Wire"),
    ("NWO", ["Northwestern Ontario Weekly"], "NWO"),  # (a closing word of no service gives its letter or none fits)
])
def test_an_agency_code_spelled_out_by_its_envelope(credit, lines, expected):
    from ingest.vocabulary.agencies import spelled_out
    assert spelled_out(credit, lines) == expected


@pytest.mark.parametrize("code, notice, expected", [
    # the rights notice names the agency inside a sentence: a run of capitalised words giving each letter in turn
    ("CWNA", "This story is distributed by Cape Wire News Agency for use by subscribing publications only.",
     "Cape Wire News Agency"),
    ("WNP", "Hak cipta © 2025 Warta Nusantara Press. Dilarang mengutip tanpa izin.", "Warta Nusantara Press"),
    ("CWNA", "Copyright 2026. Not for resale or onward syndication.", "CWNA"),  # nothing spells it out
    ("CWNA", "Call Will Now at cape wire news agency", "CWNA"),  # the name's own words are capitalised
    # a name's small joining word gives no letter; its lower-case nouns do, where the code follows it in brackets or
    # two of its words are capitalised; a word a letter is the name preferred
    ("APN", "© Agencia Patagónica de Noticias. Todos los derechos reservados.", "Agencia Patagónica de Noticias"),
    ("ДИА", "© Дунавска информационна агенция (ДИА). Всички права запазени.", "Дунавска информационна агенция"),
    ("HTMK", "Bản quyền thuộc Hãng tin Mê Kông. Nghiêm cấm sao chép.", "Hãng tin Mê Kông"),
    ("SXA", "© Sharq Xabar agentligi. Materiallardan foydalanilganda havola shart.", "Sharq Xabar agentligi"),
    ("DIA", "© Dunavska informacija agencije je zabranjeno.", "DIA"),  # one capital, no bracket: no name
    # the code itself before its name spells nothing out; the name after it does
    ("MPA", "Riproduzione riservata (c) Copyright MPA - Mediterranea Porti Agenzia", "Mediterranea Porti Agenzia"),
])
def test_an_agency_code_spelled_out_by_its_rights_notice(code, notice, expected):
    from ingest.vocabulary.agencies import spelled_out
    assert spelled_out(code, [], [notice]) == expected


@pytest.mark.parametrize("credit, known_too, expected", [
    ("CWNA", False, True),  # an unknown code: the item's lines may spell it out
    ("ქპს", False, True),  # a code in a script without capitals
    ("पूसस", False, True),  # its vowel signs are marks, not letters
    ("AFP", False, False), ("AFP", True, True),  # a listed agency's code only when another may share it
    ("Cape Wire News Agency", False, False),  # a name is spelled out already
    ("A", False, False), ("Ab", False, False),  # one letter, or a word in lower case, is no code
])
def test_which_credits_a_line_could_spell_out(credit, known_too, expected):
    """The normalizer reads the copy's opening lines as bylines (which costs) only for such a code."""
    from ingest.vocabulary.agencies import may_be_spelled_out
    assert may_be_spelled_out(credit, known_too) is expected


@pytest.mark.parametrize("name, is_agency", [
    # an agency no list knows, by the agency's noun its name holds
    ("Bharat Press Agency", True),
    ("Agjencia e Lajmeve Adriatik (ALA)", True),
    ("نسیم نیوز ایجنسی", True),
    ("भारत वार्ता समाचार सेवा", True),
    ("寶島通訊社", True),
    # the noun closing a compound (Hungarian, German, Dutch)
    ("Pannon Hírügynökség", True),
    ("Alpenländische Nachrichtenagentur", True),
    ("Vlaams Persagentschap", True),
    ("Werbeagentur Kessler", False),  # an advertising agency is no news agency
    # the loanword's shape in any Latin spelling; a person's "agente" and an "agenda" are none
    ("Agéncia Nordeste", True),  # Mirandese
    ("Ajensia Ondaka yo Planalto", True),  # Umbundu
    ("Agente Silva", False),
    ("Agenda Cultural", False),
    ("Norðatlantiska Tíðindastovan", True),  # Faroese
    ("Moravskoslezská tisková agentura", True),  # Czech (round 139)
    ("Agentura Grischuna da Novitads", True),  # Romansh
    ("Reuters", True),  # or one the list knows
    ("The Harbour Ledger", False),
    ("The agency said it would appeal the ruling on Monday.", False),  # a sentence names none
])
def test_an_agency_is_known_by_its_noun(name, is_agency):
    from ingest.vocabulary.agencies import names_an_agency
    assert names_an_agency(name) is is_agency


def test_the_maltese_agency_noun_names_an_agency():
    from ingest.vocabulary.agencies import names_an_agency
    assert names_an_agency("Aġenzija Stampa Mediterranja")
    assert not names_an_agency("Il-Kunsill Lokali ta' Marsaxlokk")


@pytest.mark.parametrize("credit, notice, expected", [
    ("FHN", "FORMOSA HIGHLANDS NEWSWIRE: o'a ma'tano'u tposu. Mo ci'ei ta FHN ho yupena'o.", "Formosa Highlands Newswire"),
    ("TNS", "TAIMYR NEWS SERVICE. Бәсы ӈуо копирование нягыӈ.", "Taimyr News Service"),
    ("KBB", "Hak cipta 2025 Kantor Barita Borneo. Barita ini kada bulih disiarakan ulang.", "Kantor Barita Borneo"),
])
def test_an_agencys_name_a_notice_sets_in_capitals_is_written_as_a_name(credit, notice, expected):
    from ingest.vocabulary.agencies import spelled_out
    assert spelled_out(credit, [], [notice]) == expected
