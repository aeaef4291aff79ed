"""ANPA-1312 and IPTC 7901 transmissions: framing, header fields, takes, versions, datelines."""
from datetime import datetime, timezone

import pytest

from ingest.parse import anpa

from .formats import assert_parse_error, block_texts, fixture, only

UTC = timezone.utc

ANPA_CASES = [
    ("guid", "urn:anpa:britain-brexit:01-05"),
    ("version", 2),  # 1stLd-Writethru: the first new version after the original
    ("headline", "Britain's parliament approves Brexit deal"),
    ("byline", "By JILL LAWLESS"),
    ("dateline", "LONDON"),
    ("credit", "Associated Press"),
    ("urgency", 5),  # priority "r" (regular)
    ("subjects", [{"scheme": "anpa-category", "code": "i"}]),
    ("versioncreated", datetime(2024, 1, 5, 12, 41, tzinfo=UTC)),
]


@pytest.mark.parametrize(("field", "expected"), ANPA_CASES, ids=[c[0] for c in ANPA_CASES])
def test_anpa_fields(field, expected):
    item = only(anpa.parse(fixture("anpa-1312-1stld.anpa"), "text/x-anpa"))
    assert getattr(item, field) == expected


def test_anpa_header_extras_and_body():
    item = only(anpa.parse(fixture("anpa-1312-1stld.anpa"), "text/x-anpa"))
    assert item.extra["standard"] == "ANPA-1312"
    assert item.extra["keyword"] == "BC-Britain-Brexit" and item.extra["slugline"] == "Britain-Brexit"
    assert item.extra["version_key"] == "1stLd-Writethru"
    assert item.extra["category"] == "i" and item.extra["priority"] == "r" and item.extra["word_count"] == 512
    assert item.extra["sequence"] == "a0245"
    assert item.extra["ednote"] == "Eds: UPDATES with vote result."
    assert item.extra["byline_titles"] == ["Associated Press"]
    assert item.extra["framing_dropped"] == ["(MORE)"]
    assert block_texts(item) == [
        "LONDON (AP) _ Britain's Parliament voted Friday to approve the Brexit deal, after years of wrangling over "
        "the country's departure from the European Union.",
        "The vote was 330 to 231.",
        "Prime Minister Boris Johnson called it a “historic” day.",  # cp1252 quotes in a 7-bit-era wire
    ]


def test_original_and_lead_share_the_story_id():
    original = only(anpa.parse(fixture("anpa-1312.anpa")))
    lead = only(anpa.parse(fixture("anpa-1312-1stld.anpa")))
    assert original.guid == lead.guid and (original.version, lead.version) == (1, 2)


IPTC_CASES = [
    ("headline", "Parliament approves Brexit deal"),
    ("byline", "By Jill Lawless"),
    ("urgency", 4),
    ("guid", "urn:exw:brexit-vote:2024-01-05"),
    ("versioncreated", datetime(2024, 1, 5, 12, 41, tzinfo=UTC)),
]


@pytest.mark.parametrize(("field", "expected"), IPTC_CASES, ids=[c[0] for c in IPTC_CASES])
def test_iptc7901_fields(field, expected):
    item = only(anpa.parse(fixture("iptc7901.7901"), "text/x-anpa"))
    assert getattr(item, field) == expected


def test_iptc7901_paragraphs_unwrapped_and_note_kept_out_of_copy():
    item = only(anpa.parse(fixture("iptc7901.7901")))
    assert item.extra["standard"] == "IPTC 7901"
    assert item.extra["source"] == "EXW" and item.extra["message_number"] == "0123" and item.extra["word_count"] == 345
    assert item.extra["keyword"] == "Brexit-Vote"
    assert block_texts(item) == [
        "LONDON, Jan 5 (EXW) - Britain's Parliament voted on Friday to approve the Brexit deal, after years of "
        "wrangling over the country's departure from the European Union.",
        "The vote was 330 to 231, with the opposition Labour Party and the Scottish National Party voting against.",
    ]
    assert item.extra["ednote"] == "Contact the London desk on +44 20 7000 0000."


def _anpa(key_line: str, text: str = "^Headline<\n   WASHINGTON (AP) _ Copy.\n") -> bytes:
    return f"\x16\x16\x01a0001\x1fap-\n{key_line}\n\x02{text}\x03AP-NY-03-02-24 1000GMT\n\x04".encode()


@pytest.mark.parametrize(
    ("raw", "check"),
    [
        (_anpa("f a BC-Quake 03-02 0050"), lambda i: i.urgency == 1),
        (_anpa("b a BC-Quake 03-02 0050"), lambda i: i.urgency == 2),
        (_anpa("u a BC-Quake 03-02 0050"), lambda i: i.urgency == 3),
        (_anpa("r a BC-Quake 2ndTake 03-02 0300"), lambda i: i.extra["take"] == 2 and i.guid.endswith(":take2")),
        (_anpa("r a BC-Quake 1stAdd 03-02 0300"), lambda i: i.extra["add"] == 1 and i.guid.endswith(":add1")),
        (_anpa("r a BC-Quake 3rdLd-Writethru 03-02 0300"), lambda i: i.version == 4),
        (_anpa("r a BC-Quake Writethru 03-02 0300"), lambda i: i.version == 2),
        (_anpa("r a BC-Quake Correction 03-02 0300"), lambda i: i.extra["correction"] is True),
        (_anpa("r a BC-Quake Kill 03-02 0300"), lambda i: i.pubstatus == "canceled"),
        (_anpa("r a BC-Quake 03-02 0050"), lambda i: (i.dateline, i.credit) == ("WASHINGTON", "Associated Press")),
        (_anpa("r a BC-Quake 03-02 0050", "^Headline<\n   Copy.\n   -0-\n   END\n"), lambda i: i.extra["framing_dropped"] == ["-0-", "END"]),
    ],
)
def test_header_variants(raw, check):
    assert check(only(anpa.parse(raw)))


@pytest.mark.parametrize(("text", "headline", "subheadline", "keyword", "byline"), [
    ("BINNENLAND/VERKEER/FIETS/\nUtrecht zet drones in =\nDoor SANNE VAN DEN HEUVEL en JOOST DE WAAL\n   UTRECHT (ANP) - Copy.\n",
     "Utrecht zet drones in", "", "BINNENLAND/VERKEER/FIETS", "Door SANNE VAN DEN HEUVEL en JOOST DE WAAL"),
    ("Graz/Klagenfurt/Verkehr/Bahn\nKoralmbahn: ÖBB kündigen Takt an =\nUtl.: Ab 2027 Direktzüge =\n   Graz (APA) - Copy.\n",
     "Koralmbahn: ÖBB kündigen Takt an", "Ab 2027 Direktzüge", "Graz/Klagenfurt/Verkehr/Bahn", ""),
    ("Le port rouvre =\n   Par ailleurs, le ministre a dit.\n", "Le port rouvre", "", None, ""),
])
def test_iptc7901_keyword_line_subtitle_and_byline_in_other_languages(text, headline, subheadline, keyword, byline):
    """The keyword line over the headline is no part of it; APA's "Utl.:" line is the subtitle; "Door"/"Von" before
    names is a byline, before a sentence copy."""
    item = only(anpa.parse(("\x01\nANP0412 3 bi 0389 ANP\n\x02\n" + text + "\x03").encode()))
    assert (item.headline, item.subheadline, item.extra.get("keyword"), item.byline) == (headline, subheadline, keyword, byline)


def test_iptc7901_headline_sent_in_the_header_before_an_indented_first_paragraph():
    """ATS sends the keyword line and the headline before STX and opens the text with the first paragraph."""
    raw = ("\x01ats0417 4 vd 0312 ATS-FR\r\nVD/Justice/Escroquerie\r\nLausanne: un ex-gérant condamné à 4,5 ans\r\n"
           "\x02\r\n   Lausanne (ats) Le Tribunal a condamné jeudi un ancien gérant.\r\n   La défense fera appel.\r\n\x03")
    item = only(anpa.parse(raw.encode()))
    assert item.headline == "Lausanne: un ex-gérant condamné à 4,5 ans"
    assert [block.text for block in item.blocks][0].startswith("Lausanne (ats) Le Tribunal")
    assert item.extra["keyword"] == "VD/Justice/Escroquerie"


def test_iptc7901_header_closing_with_its_byline_keeps_the_headline_above_it():
    """An agency that sets headline and byline before STX ("Հեղինակ՝ Լիլիթ ԱՎԱԳՅԱՆ"): the byline is no headline."""
    raw = ("\x01ZCZC\r\nNPR0318 3 wea 0412\r\nBC-Հայաստան-Եղանակ-Կարկուտ,0298\r\n"
           "Կարկուտը վնասել է Արարատյան դաշտի այգիները\r\nՀեղինակ՝ Լիլիթ ԱՎԱԳՅԱՆ\r\n"
           "\x02   ԱՐՏԱՇԱՏ, հուլիսի 3 (Նաիրի Պրես) — Կարկուտը վնասել է այգիները։\r\n\x03")
    item = only(anpa.parse(raw.encode()))
    assert (item.headline, item.byline) == ("Կարկուտը վնասել է Արարատյան դաշտի այգիները", "Հեղինակ՝ Լիլիթ ԱՎԱԳՅԱՆ")


@pytest.mark.parametrize("line, byline", [
    # a name and its post, no "by", over the copy: the outlet's name in quotes inside the post
    ("Айыына Саввинова, «Өлүөнэ Информ» кэрэспэдьиэнэ", "Айыына Саввинова, «Өлүөнэ Информ» кэрэспэдьиэнэ"),
    ("Rūta Žemaitytė, teisės apžvalgininkė", "Rūta Žemaitytė, teisės apžvalgininkė"),
    ("Vesi nousi yöllä, kertoi pelastuslaitos.", ""),  # a sentence is copy
    # a byline's label, as a header names one, before the name
    ("Autor: Peter Baláž, ekonomický redaktor STK", "Autor: Peter Baláž, ekonomický redaktor STK"),
    ("Forrás: az Országos Meteorológiai Szolgálat.", ""),  # another field's label, a sentence
    # a "by" no list holds, a capitalised word and a lower-case one, before people in capitals joined as bylines join
    ("Ifyalembwa na MWILA CHANDA na CHILUFYA MULENGA", "Ifyalembwa na MWILA CHANDA na CHILUFYA MULENGA"),
    ("Imigodi na kopa yacefyako amalaiti.", ""),  # a sentence is copy
])
def test_iptc7901_name_and_post_over_the_copy_is_the_byline(line, byline):
    raw = ("\x01ZCZC OLI0218 2 ws 0415\r\nУУ-ДЬОКУУСКАЙ\r\n\x02\r\nӨлүөнэ уута үрдээтэ\r\n" + line
           + "\r\n   ДЬОКУУСКАЙ (ӨИ) — Өлүөнэ өрүс уута 9 миэтэрэҕэ тиийдэ.\r\n\x03")
    assert only(anpa.parse(raw.encode())).byline == byline


@pytest.mark.parametrize("slug, keyword", [
    # a keyword of one word in capitals, hyphen-joined, over a headline in ordinary case: the slug, in any script
    ("КАМА-ВЫЖ", "КАМА-ВЫЖ"),
    ("MINING-POWER", "MINING-POWER"),
])
def test_iptc7901_one_word_slug_over_the_headline(slug, keyword):
    raw = (f"\x01UPB0417 3 tra 0231 12-11-25 10:47\r\n\x02\r\n{slug}\r\nКама вамен выль выж: Сарапул дорын ужъёс кутскизы\r\n"
           "\r\n   САРАПУЛ, 12 ноябрь (УПБ) – Сарапул дорын Кама вамен выль выж лэсьтыны кутскизы.\r\n\x03")
    item = only(anpa.parse(raw.encode()))
    assert (item.headline, item.extra.get("keyword")) == ("Кама вамен выль выж: Сарапул дорын ужъёс кутскизы", keyword)


def test_a_header_closing_with_the_byline_and_the_agencys_line():
    """ANPA-marked header lines before STX: the headline, a by-line whose "by" no list holds, the agency's line under
    it (the credit); the text opens with its indented first paragraph."""
    raw = ("\x16\x16\x01a0417 r l BC-AITUTAKI-TAE 03-14 0329\r\nBC-Aitutaki-Tae,0329\r\n"
           "^Kua akatika te Kaunitara o Aitutaki i te ture taē ou<\r\n^Na Teina Marsters ma Ngametua Tangatapoto<\r\n"
           "^Avaiki News Agency<\r\n\x02   ARUTANGA, Aitutaki (ANA) — Kua akatika te Kaunitara o te enua.\r\n\x03")
    item = only(anpa.parse(raw.encode()))
    assert (item.headline, item.byline, item.credit) == (
        "Kua akatika te Kaunitara o Aitutaki i te ture taē ou", "Na Teina Marsters ma Ngametua Tangatapoto",
        "Avaiki News Agency")


@pytest.mark.parametrize("marked, byline", [
    # people in capitals under the headline with no "by", joined by a short word no list holds: the byline
    ("^ZEYNEP KOCAOĞLU do MURAT TOPALOĞLU<", "ZEYNEP KOCAOĞLU do MURAT TOPALOĞLU"),
    ("^GATLUAK RUEI kɛnɛ NYAKUOTH DEL, Naath Press Agency<", "GATLUAK RUEI kɛnɛ NYAKUOTH DEL, Naath Press Agency"),
    # a second headline line in capitals, or a line in capitals with two words in lower case, is none
    ("^XOPA DO ARK'ABI CIVIL DEFENCE WARNING<", ""),
    ("^ZEYNEP KOCAOĞLU do ve MURAT TOPALOĞLU<", ""),
])
def test_people_in_capitals_under_the_marked_headline_without_a_by(marked, byline):
    raw = ("\x16\x16\x01a0417 r w BC-Lazona 10-27 0214\r\n\x02^Xopa-s dido mç̌imak 12 oxori<\r\n" + marked
           + "\r\n^Pontuşi Ajansi<\r\n\tXOPA (Pontuşi Ajansi) — Xopa do Ark'abi-s dido ç̌kiri moiğu.\r\n\x03")
    assert only(anpa.parse(raw.encode())).byline == byline


@pytest.mark.parametrize("trailer", ["NPA-11-18-26 0512GMT", "ONS 12-05-26 1432ACST", "AP-NY-03-14-26 0547GMT"])
def test_a_takes_trailer_in_the_agencys_zone_is_framing(trailer):
    raw = (f"\x16\x16\x01a0417 4 h 0412 BC-Barkly-Cattle 12-05 1432\r\n\x02^Barkly cattle sales lift<\r\n"
           f"\tTENNANT CREEK (ONS) — Cattle sales at the Barkly yards rose for a third month.\r\n{trailer}\r\n\x03\x04")
    item = only(anpa.parse(raw.encode()))
    assert [block.text for block in item.blocks] == [
        "TENNANT CREEK (ONS) — Cattle sales at the Barkly yards rose for a third month."]


def test_a_marked_line_after_the_copy_is_a_paragraph_of_its_own_and_the_trailer_goes():
    """ANPA's "^" opens a line and its "<" closes one: the agency's notice under the sign-off is no part of the
    sign-off, and the take's trailer ("NPA-11-18-26 0512GMT", the agency's code without a desk) is no copy."""
    raw = ("\x16\x16\x01a0417 4 h 0412 BC-Nasir-Cholera 11-18 0512\r\n\x02^Naath 22,000 cɛ wal cholera<\r\n"
           "\tNASIR, Upper Nile (NPA) — Naath 22,000 cɛ wal cholera ŋuɔ̈t kä ruɔ̈n in kä Nasir.\r\n"
           "\tWël kɛ Gatluak Ruei kɛnɛ Nyakuoth Del; thukni kɛ Jal Bol\r\n"
           "^(c) 2026 Naath Press Agency. Wël ɛmɔ ca ŋuɔ̈t kä tëëth kɛ kuic NPA.<\r\nNPA-11-18-26 0512GMT<\r\n\x03\x04")
    item = only(anpa.parse(raw.encode()))
    assert [block.text for block in item.blocks][-2:] == [
        "Wël kɛ Gatluak Ruei kɛnɛ Nyakuoth Del; thukni kɛ Jal Bol",
        "(c) 2026 Naath Press Agency. Wël ɛmɔ ca ŋuɔ̈t kä tëëth kɛ kuic NPA."]


def test_iptc7901_header_line_is_no_headline_when_the_text_has_its_own():
    raw = "\x01BLG0412 3 ECO 0318 FR\r\nBRUXELLES-STIB-GREVE\r\nMise à jour de la dépêche\r\n\x02Grève à la STIB\r\n\r\n   BRUXELLES (BELGA) = Copie.\r\n\x03"
    assert only(anpa.parse(raw.encode())).headline == "Grève à la STIB"


def test_anpa_marked_byline_in_another_language():
    raw = "\x16\x16\x01r0187 r b BC-DK-Havn 03-12 0318\r\n\x02^Odense Havn bygger ny kaj<\r\n^Af ANNE-METTE HØJGAARD, Ritzau<\r\n\tOdense Havn går i gang.\r\n\x03"
    item = only(anpa.parse(raw.encode()))
    assert (item.headline, item.byline) == ("Odense Havn bygger ny kaj", "Af ANNE-METTE HØJGAARD, Ritzau")


def test_a_slug_repeated_over_the_headline_and_the_agency_line_under_the_byline():
    """CP repeats the slug after STX ("BC-CUR--Northern-Lights, 2nd Ld-Writethru") and sets "THE CANADIAN PRESS" under
    the byline: neither is the headline or copy."""
    raw = ("\x01c0358 bsu-r s BC-CUR--Northern-Lights 2ndLd-Writethru 03-14 0547\r\n\x02BC-CUR--Northern-Lights, 2nd Ld-Writethru\r\n"
           "Ouellet-Gagné rink stays perfect\r\nEds: UPDATES with evening draw results.\r\nBy Graeme Tkachuk\r\n"
           "THE CANADIAN PRESS\r\n\r\n    KAMLOOPS, B.C. - Mélanie Ouellet-Gagné made a double takeout.\r\n\x03")
    item = only(anpa.parse(raw.encode()))
    assert (item.headline, item.byline, item.credit) == ("Ouellet-Gagné rink stays perfect", "By Graeme Tkachuk", "THE CANADIAN PRESS")
    assert [block.text for block in item.blocks] == ["KAMLOOPS, B.C. - Mélanie Ouellet-Gagné made a double takeout."]


def test_an_unlisted_agencys_name_under_a_byline_whose_by_no_list_holds():
    """A take's byline under its headline, a "by" no list holds before people in capitals, and on the line under it
    the agency's name no list holds: the byline's line, not copy; the dateline's code is that name spelled out."""
    from ingest.pipeline import run

    raw = ("\x16\x16\x01a0318  r  j  BC-KALTENG-SUNGAI  05-19  0407\r\n\x02Sungai Kahayan meluap di Palangka Raya\r\n"
           "Ulih SITI RAHMAH wan AGUS SALIM\r\nKantor Barita Dayak\r\n\r\n"
           "\tPALANGKA RAYA (KBD) — Sungai Kahayan meluap Senin malam dan merendam tiga kelurahan di tepi kota.\r\n\r\n"
           "\tWarga mengungsi ke sekolah dan masjid terdekat.\r\n\x03")
    item = only(anpa.parse(raw.encode()))
    assert item.byline == "Ulih SITI RAHMAH wan AGUS SALIM" and item.extra["byline_titles"] == ["Kantor Barita Dayak"]
    (draft,) = run(raw.encode(), "text/plain")
    assert (draft.byline, draft.credit) == ("Siti Rahmah wan Agus Salim", "Kantor Barita Dayak")


def test_several_messages_in_one_body():
    raw = _anpa("r a BC-One 03-02 0050") + _anpa("r a BC-Two 03-02 0050")
    assert [i.extra["slugline"] for i in anpa.parse(raw)] == ["One", "Two"]


@pytest.mark.parametrize(
    ("raw", "message", "where"),
    [
        (fixture("anpa-broken.anpa"), "not closed by ETX", "message 1"),
        (b"\x01EXW0001 4 i 0100\nSlug/\nno start of text here", "no STX", "byte 0"),
        (b"\x01EXW0001 4 i 0100\nSlug/\n\x02\x03\x04", "empty", "message 1"),
        (_anpa("r a BC-One 03-02 0050") + b"\x01EXW0002 4 i 0100\nno text", "a message has no STX", "message 2"),
    ],
)
def test_broken_transmissions_say_what_and_where(raw, message, where):
    assert_parse_error(anpa.parse, raw, "text/x-anpa", message, where)


def test_copy_with_one_paragraph_a_line_is_not_joined():
    text = (
        "Headline of the day\nBy Ann Lee\nPARIS, Jan 5 (EXW) - The first paragraph is a whole sentence on one line.\n"
        "The second paragraph also ends where its line ends.\nAnd a third one, just the same.\n"
    )
    raw = f"\x01EXW0001 4 i 0100\nSlug/\n\x02{text}\x03\x04".encode()
    item = only(anpa.parse(raw))
    assert (item.headline, item.byline) == ("Headline of the day", "By Ann Lee")
    assert block_texts(item) == [
        "PARIS, Jan 5 (EXW) - The first paragraph is a whole sentence on one line.",
        "The second paragraph also ends where its line ends.",
        "And a third one, just the same.",
    ]


def test_ap_text_header_lines_abstract_photos_and_trailer():
    """AP's ANPA: the "^" lines carry slug repeat, headline, photo note, editors' note, abstract, "By ...=" and title."""
    text = (
        "^BC-BKN--Heat-Hawks, 1st Ld-Writethru,416<\n^Deng has 30 points, Heat beat Hawks 115-111<\n"
        "^AP Photo GATK105, GATK106<\n^Eds: Heat 115, Hawks 111. Updates.<\n"
        "^Luol Deng scored 30 points and Josh McRoberts had 19 as the Miami Heat beat the Atlanta Hawks.<\n"
        "^By CHARLES ODUM=\n^AP Sports Writer=\n\t   ATLANTA (AP) _ Luol Deng scored 30 points.\n\t   Wade was ruled out.\n\n"
        "\t   AP-WF-02-20-16 0337GMT<\n"
    )
    raw = f"\x16\x16\x01z6715-----\nr z\x13\x11 BC-BKN--Heat-Hawks 1stLd-Writethru   02-20 0500\n\x02{text}\x03\x04".encode()
    item = only(anpa.parse(raw))
    assert item.headline == "Deng has 30 points, Heat beat Hawks 115-111"
    assert item.summary == "Luol Deng scored 30 points and Josh McRoberts had 19 as the Miami Heat beat the Atlanta Hawks."
    assert (item.byline, item.extra["byline_titles"]) == ("By CHARLES ODUM", ["AP Sports Writer"])
    assert item.extra["media_notes"] == ["AP Photo GATK105, GATK106"]
    assert item.extra["ednote"] == "Eds: Heat 115, Hawks 111. Updates."
    assert block_texts(item) == ["ATLANTA (AP) _ Luol Deng scored 30 points.", "Wade was ruled out."]
    assert item.extra["framing_dropped"] == ["AP-WF-02-20-16 0337GMT<"]
    assert item.versioncreated == datetime(2016, 2, 20, 3, 37, tzinfo=UTC)
    assert (item.guid, item.version) == ("urn:anpa:bkn--heat-hawks:02-20", 2)


def test_iptc7901_second_title_over_the_byline_and_the_takes_sign_off():
    """A second title set flush under the headline, straight over the by-line, is the subheadline; the sign-off of the
    agency's code, the operators' initials and the stamp ("HPA ef/md 201745 SEP 25") is framing, so the rights line
    under it is a line of its own, not the last paragraph's tail."""
    text = ("BC-SHINTY-QUAICH-FINAL\r\nNess Islands end 19-year wait for Highland Quaich\r\n"
            "Strathdearn beaten 3-2 in Bught Park thriller\r\nBy EWAN FRASER\r\n"
            "   INVERNESS, Sept 20 (HPA) - Ness Islands won the Highland Quaich on Saturday.\r\n"
            "   Strathdearn led twice through Donnie Grant.\r\n   (Reporting by Ewan Fraser)\r\n"
            "HPA ef/md 201745 SEP 25\r\nCopyright Highland Press Association. Not for redistribution.\r\n")
    item = only(anpa.parse(f"\x01\r\nHPA0417 3 s 0346 GBR\r\n\x02\r\n{text}\x03".encode(), "text/plain"))
    assert (item.headline, item.subheadline, item.byline) == (
        "Ness Islands end 19-year wait for Highland Quaich", "Strathdearn beaten 3-2 in Bught Park thriller",
        "By EWAN FRASER")
    assert block_texts(item) == ["INVERNESS, Sept 20 (HPA) - Ness Islands won the Highland Quaich on Saturday.",
                                 "Strathdearn led twice through Donnie Grant.", "(Reporting by Ewan Fraser)",
                                 "Copyright Highland Press Association. Not for redistribution."]
    assert item.extra["framing_dropped"] == ["HPA ef/md 201745 SEP 25"]


def test_iptc7901_headline_wrapped_in_lower_case_over_the_byline_is_no_second_title():
    text = ("Ness Islands end 19-year wait\r\nfor the Highland Quaich\r\nBy EWAN FRASER\r\n"
            "   INVERNESS, Sept 20 (HPA) - Ness Islands won.\r\n   Strathdearn led twice.\r\n   It ended 3-2.\r\n")
    item = only(anpa.parse(f"\x01\r\nHPA0417 3 s 0346 GBR\r\n\x02\r\n{text}\x03".encode(), "text/plain"))
    assert item.subheadline == ""


def test_iptc7901_keyword_line_selector_and_stamp_without_gmt():
    text = "Chiefs-Rams 2.0? A fun Super Bowl\nBy Tom Krasovic, The San Diego Union-Tribune =\n\nSan Diego (tca/dpa) - History says.\n\n211259 Nov 18\n"
    raw = f"\x01ecp0007 4 s 850  dpa-tns 0908\n\nAmerican Football/NFL/\n\x02{text}\x03\x04".encode()
    item = only(anpa.parse(raw))
    assert item.extra["keyword"] == "American Football/NFL" and item.extra["selector"] == "dpa-tns 0908"
    assert item.byline == "By Tom Krasovic, The San Diego Union-Tribune"
    assert item.versioncreated == datetime(2018, 11, 21, 12, 59, tzinfo=UTC)
    assert item.guid == "urn:ecp:american-football/nfl:2018-11-21"
    assert block_texts(item) == ["San Diego (tca/dpa) - History says."] and item.extra["framing_dropped"] == ["211259 Nov 18"]


def test_takes_sent_together_are_one_story_and_a_lone_later_take_is_named_by_its_slug():
    first = _anpa("r a BC-Budget 03-02 0300", "^Budget passes<\n   WASHINGTON (AP) _ The House passed the budget.\n   MORE\n")
    second = _anpa("r a BC-Budget 2ndTake 03-02 0200", "   The Senate votes next week.\n")
    (item,) = anpa.parse(first + second)
    assert item.headline == "Budget passes" and item.extra["last_take"] == 2
    assert block_texts(item) == ["WASHINGTON (AP) _ The House passed the budget.", "The Senate votes next week."]
    (alone,) = anpa.parse(second)
    assert alone.headline == "Budget (take 2)" and block_texts(alone) == ["The Senate votes next week."] and alone.guid.endswith(":take2")


def test_iptc7901_later_take_first_line_is_copy_not_a_headline():
    raw = b"\x01EXW0002 4 i 0100\nBrexit-Vote take 2/\n\x02The vote was 330 to 231.\n\x03051250 GMT Jan 24\x04"
    item = only(anpa.parse(raw))
    assert item.extra["take"] == 2 and item.headline == "Brexit-Vote (take 2)" and block_texts(item) == ["The vote was 330 to 231."]
    assert item.extra["slugline"] == "Brexit-Vote" and item.guid == "urn:exw:brexit-vote:2024-01-05:take2"


# --- As agencies really send them (issue 13) ------------------------------------------------------

DPA_CASES = [
    ("headline", "Britisches Parlament stimmt Brexit-Abkommen zu"),  # wrapped over two lines up to its " ="
    ("byline", "Von Sandra Degenhardt, dpa"),  # dpa's byline, its " =" dropped
    ("version", 2),  # "1ST LEAD": the first new version
    ("urgency", 4),
    ("guid", "urn:bdt:brexit/großbritannien/parlament:2024-01-05"),
    ("versioncreated", datetime(2024, 1, 5, 12, 41, tzinfo=UTC)),
]


@pytest.mark.parametrize(("field", "expected"), DPA_CASES, ids=[c[0] for c in DPA_CASES])
def test_dpa_iptc7901_fields(field, expected):
    item = only(anpa.parse(fixture("iptc7901-dpa-lead.7901"), "text/x-iptc7901"))
    assert getattr(item, field) == expected


def test_dpa_marker_line_is_not_the_headline_nor_copy():
    item = only(anpa.parse(fixture("iptc7901-dpa-lead.7901")))
    assert item.extra["markers"] == ["1ST LEAD"] and item.extra["source"] == "bdt"
    assert block_texts(item) == [
        "London (dpa) - Das britische Parlament hat dem Brexit-Abkommen zugestimmt. Die Abstimmung fiel mit 330 zu 231 Stimmen aus.",
        "Premierminister Boris Johnson sprach von einem historischen Tag.",
    ]


def _7901(text: str) -> bytes:
    return f"\x01bdt0001 4 pl 120  dpa 0001\n\nPolitik/\n\x02{text}\x03051241 Jan 24\x04".encode()


COPY = "   Berlin (dpa) - Der Bundestag hat beschlossen.\n"


@pytest.mark.parametrize(
    ("text", "headline", "markers", "blocks"),
    [
        (f"REFILE\nBundestag beschließt Haushalt =\n\n{COPY}", "Bundestag beschließt Haushalt", ["REFILE"], 1),
        (f"EXTRA\nBundestag beschließt Haushalt =\n{COPY}", "Bundestag beschließt Haushalt", ["EXTRA"], 1),
        (f"(Achtung)\nBundestag beschließt Haushalt =\n{COPY}", "Bundestag beschließt Haushalt", ["(Achtung)"], 1),
        (f"(Achtung: Sperrfrist 12.00 Uhr MEZ)\n\nBundestag beschließt Haushalt\n{COPY}", "Bundestag beschließt Haushalt", ["(Achtung: Sperrfrist 12.00 Uhr MEZ)"], 1),
        (f"2ND LEAD - ADDS QUOTES\nBundestag beschließt Haushalt =\n{COPY}", "Bundestag beschließt Haushalt", ["2ND LEAD - ADDS QUOTES"], 1),
        (f"Bundestag beschließt Haushalt =\n{COPY}", "Bundestag beschließt Haushalt", None, 1),  # " =" is punctuation
        (f"FLASH: BUNDESTAG BESCHLIESST HAUSHALT\n{COPY}", "FLASH: BUNDESTAG BESCHLIESST HAUSHALT", None, 1),  # a headline
        (f"Extra-Geld für Schulen =\n{COPY}", "Extra-Geld für Schulen", None, 1),
        (f"Bundestag beschließt\nHaushalt für 2024 =\n{COPY}", "Bundestag beschließt Haushalt für 2024", None, 1),
        (f"Bundestag beschließt Haushalt\nBy Ann Lee =\n{COPY}", "Bundestag beschließt Haushalt", None, 1),
    ],
)
def test_7901_markers_and_headline_ends(text, headline, markers, blocks):
    item = only(anpa.parse(_7901(text)))
    assert item.headline == headline and item.extra.get("markers") == markers
    assert len(item.blocks) == blocks and item.blocks[0].text.startswith("Berlin (dpa)")


def test_ap_keyword_line_is_not_the_headline_and_a_digest_in_caret_lines_is_the_copy():
    item = only(anpa.parse(fixture("anpa-ap-keyword-digest.anpa"), "text/x-anpa"))
    assert item.headline == "AP Top Entertainment News at 6:50 p.m. EDT"
    assert block_texts(item) == [
        "Actors strike enters its second week as talks stall",
        "Taylor Swift adds five dates to stadium tour",
        "Museum returns looted bronzes to Nigeria",
    ]
    assert item.extra["framing_dropped"] == ["*9006<"] and "ednote" not in item.extra  # the format code is framing


@pytest.mark.parametrize(
    ("text", "headline", "copy"),
    [
        # The keyword line alone, then an unmarked headline and indented copy.
        ("*9006< ^AP-Quake,0176\nQuake shakes Alaska\n   ANCHORAGE (AP) _ A quake hit.\n", "Quake shakes Alaska", ["ANCHORAGE (AP) _ A quake hit."]),
        # Several "^...<" lines run together on one line.
        ("*9006< ^BC-Quake,0176< ^Quake shakes Alaska<\n   ANCHORAGE (AP) _ A quake hit.\n", "Quake shakes Alaska", ["ANCHORAGE (AP) _ A quake hit."]),
        # Copy after the marked header: the "^" lines stay notes, the copy keeps no "<".
        ("^Quake shakes Alaska<\n^Eds: Adds details.<\n   ANCHORAGE (AP) _ A quake hit.<\n", "Quake shakes Alaska", ["ANCHORAGE (AP) _ A quake hit."]),
    ],
)
def test_ap_text_openings(text, headline, copy):
    item = only(anpa.parse(_anpa("r a BC-Quake 03-02 0050", text)))
    assert item.headline == headline and block_texts(item) == copy


def test_an_editors_note_over_the_headline_and_the_notice_under_the_last_paragraph():
    """An editors' note opening the text ("Eds: UPDATES with ...") is the note, not the headline; the agency's notice
    set unindented under the last indented paragraph is a paragraph of its own, not that paragraph's wrapped line."""
    raw = ("\x01a0417 4 j BC-NSW-Cobar-Court 1stLd-Writethru 03-12 0388\r\n"
           "\x02Eds: UPDATES with sentence, comments from defence lawyer. Leads 1,3 new.\r\n"
           "Cobar man jailed over copper theft from mine\r\nBy MICK O'DONNELL\r\nWestern Plains Wire\r\n"
           "\tCOBAR, NSW (WPW) - A former underground fitter who smuggled copper plates out of a mine has been jailed.\r\n"
           "\tReporting by Mick O'Donnell in Cobar; Editing by Paul Haddad\r\n"
           "NOT FOR REDISTRIBUTION. Copyright 2026 Western Plains Wire. This material may not be published, broadcast "
           "or rewritten without a current WPW licence.\r\n\x03\x04")
    item = only(anpa.parse(raw.encode()))
    assert item.headline == "Cobar man jailed over copper theft from mine"
    assert item.extra["ednote"].startswith("Eds: UPDATES")
    texts = block_texts(item)
    assert "Reporting by Mick O'Donnell in Cobar; Editing by Paul Haddad" in texts
    assert texts[-1].startswith("NOT FOR REDISTRIBUTION.")


SECOND_HEADLINE_TAKES = [
    # the "^" lines between the headline and the copy; the subheadline
    (["^Growers urged to clean equipment between fields as harvest begins<", "^By KAYLA OSTAPCHUK<",
      "^Prairie Wire Service<"], "Growers urged to clean equipment between fields as harvest begins"),
    # the last "^" line over the copy is its byline, whatever word introduces it
    (["^Mơ̆ng Hơnăm Tơdrong Kon Plông<"], ""),
    # an abstract written as sentences is the summary
    (["^Growers were urged on Thursday to clean their equipment between fields as the harvest begins.<",
      "^By KAYLA OSTAPCHUK<"], ""),
]


@pytest.mark.parametrize("marked, subheadline", SECOND_HEADLINE_TAKES, ids=["deck", "unlisted byline", "abstract"])
def test_a_second_marked_headline_line_is_the_subheadline(marked, subheadline):
    lines = ["\x16\x16\x01a0417  r a  BC-AB-Canola-Clubroot  08-21 0512", "\x02^BC-AB-Canola-Clubroot,0512<",
             "^Clubroot found in three more canola fields near Lloydminster<", *marked,
             "   LLOYDMINSTER, Alta. (PWS) _ Clubroot has been confirmed in three more canola fields, the county",
             "said Thursday.", "\x03"]
    item = only(anpa.parse("\r\n".join(lines).encode(), "text/x-anpa"))
    assert item.headline == "Clubroot found in three more canola fields near Lloydminster"
    assert item.subheadline == subheadline


@pytest.mark.parametrize("slug", ["^AAP-Fire-Ants,0398<", "^BC-PH-SURIGAO-BAGYO<"])
def test_any_services_slug_repeat_is_not_the_headline(slug):
    lines = ["\x16\x16\x01a0412  r  d  AAP-Fire-Ants          03-03 0398", "\x02" + slug,
             "^Fire ant nest found in Brisbane nursery shipment<", "^By LACHLAN McKENZIE<",
             "   BRISBANE, March 3 AAP - A wholesale plant nursery in Brisbane's west has been locked down.", "\x03"]
    item = only(anpa.parse("\r\n".join(lines).encode(), "text/x-anpa"))
    assert item.headline == "Fire ant nest found in Brisbane nursery shipment"
