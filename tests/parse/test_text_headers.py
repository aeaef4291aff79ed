"""Text headers read as slots, whatever the separator, or as labelled lines in several languages."""
import pytest

from ingest.parse.text import parse

BODY = "PORTLAND, Maine — The council approved the harbor budget on Tuesday after a long debate.\nIt passed 5-2."


@pytest.mark.parametrize("header", [
    "Council approves harbor budget | The Harbor Gazette | March 3, 2026 | PORTLAND | By Maria Ellison",
    "Council approves harbor budget • The Harbor Gazette • March 3, 2026 • PORTLAND • By Maria Ellison",
    "Council approves harbor budget · The Harbor Gazette · March 3, 2026 · PORTLAND · By Maria Ellison",
    "Council approves harbor budget — The Harbor Gazette — March 3, 2026 — PORTLAND — By Maria Ellison",
    "Council approves harbor budget\tThe Harbor Gazette\tMarch 3, 2026\tPORTLAND\tBy Maria Ellison",
    "Council approves harbor budget / The Harbor Gazette / March 3, 2026 / PORTLAND / By Maria Ellison",
])
def test_a_packed_header_on_any_separator(header):
    item = parse(f"{header}\n{BODY}".encode())[0]
    assert (item.headline, item.publisher, item.dateline, item.byline) == (
        "Council approves harbor budget", "The Harbor Gazette", "PORTLAND", "By Maria Ellison")
    assert item.extra["header"]["date"] == "March 3, 2026"


@pytest.mark.parametrize("lines,expected", [
    (["Title: Council approves harbor budget", "Byline: Maria Ellison", "Publication: The Harbor Gazette",
      "Summary: The vote ends a year of delays."],
     ("Council approves harbor budget", "Maria Ellison", "The Harbor Gazette", "The vote ends a year of delays.")),
    (["Tittel: Strømprisen stiger", "Av: Kari Nordmann", "Publikasjon: Bergens Dagblad", "Ingress: Prisen øker."],
     ("Strømprisen stiger", "Kari Nordmann", "Bergens Dagblad", "Prisen øker.")),
    (["Başlık: Malatya'da deprem", "Yazan: Ayşe Yılmaz", "Kaynak: Anadolu Haber", "Özet: Hasar yok."],
     ("Malatya'da deprem", "Ayşe Yılmaz", "Anadolu Haber", "Hasar yok.")),
    (["Kop: Dijkwachters oefenen met nieuwe app", "Onderkop: Waterschap test systeem", "Auteur: Sanne de Haan",
      "Publicatie: IJsselbode"],
     ("Dijkwachters oefenen met nieuwe app", "Sanne de Haan", "IJsselbode", "")),
    (["Titel: Hafenbrücke wird saniert", "Autoren: Lisa Brandt und Ole Jansen", "Ort: Kiel", "Quelle: dpa",
      "Medium: Förde-Kurier"],
     ("Hafenbrücke wird saniert", "Lisa Brandt und Ole Jansen", "Förde-Kurier", "")),
    # the byline's label in French ("Signature") and Dutch ("Door"), the value with its own "by" word
    (["Titre : Le port rouvre", "Signature : Par Léa MARCHAND", "Chapô : Après dix jours."],
     ("Le port rouvre", "Par Léa MARCHAND", "", "Après dix jours.")),
    (["• Kop: Stalling open", "• Door: Sanne de Vries (ANP)", "• Samenvatting: Plek voor 2400 fietsen."],
     ("Stalling open", "Sanne de Vries (ANP)", "", "Plek voor 2400 fietsen.")),
    # a Catalan CMS export: its medium, edition, section, state, kicker, title and standfirst labels
    (["MITJÀ: Diari de la Selva", "EDICIÓ: Comarques Gironines", "SECCIÓ: Comarques", "ESTAT: Pendent de revisió",
      "AVANTTÍTOL: Rodalies", "TÍTOL: La R11 recupera els directes", "ENTRADETA: Guanyaran 25 minuts.", "SIGNATURA: Redacció"],
     ("La R11 recupera els directes", "Redacció", "Diari de la Selva", "Guanyaran 25 minuts.")),
    # a "By" line among the labelled lines is the byline's slot
    (["Headline: Council approves harbor budget", "Standfirst: The vote ends a year of delays.", "By Maria Ellison",
      "Publication: The Harbor Gazette", "Words: 618"],
     ("Council approves harbor budget", "By Maria Ellison", "The Harbor Gazette", "The vote ends a year of delays.")),
    # Greek labels end in a final sigma, which casefolding writes as a medial one ("Τίτλος" -> "τίτλοσ")
    (["Τίτλος: Ψηφίστηκε η επιστολική ψήφος", "Υπότιτλος: Με 158 «ναι»", "Συντάκτης: Μαρία Παπαδοπούλου",
      "Μέσο: Η Ημερησία της Λάρισας", "Ετικέτες: Βουλή, εκλογές"],
     ("Ψηφίστηκε η επιστολική ψήφος", "Μαρία Παπαδοπούλου", "Η Ημερησία της Λάρισας", "")),
    (["Otsikko: Myrsky katkaisi sähköt", "Alaotsikko: Pahimmat tuhot Keski-Suomessa", "Toimittaja: Kalle Nieminen",
      "Julkaisu: Sisä-Suomen Uutiset"],
     ("Myrsky katkaisi sähköt", "Kalle Nieminen", "Sisä-Suomen Uutiset", "")),
    # a Slovak CMS export: its publication, edition, title, subtitle, place and keyword labels
    (["ID článku: VSD-2026-10-0917", "Publikácia: Východoslovenský denník", "Vydanie: Víkendové vydanie",
      "Titulok: Víkend prinesie babie leto", "Podtitulok: Na juhu kraja ešte 22 stupňov", "Autori: Peter Hudák",
      "Miesto: Košice", "Perex: Posledný teplý víkend.", "Kľúčové slová: počasie, predpoveď"],
     ("Víkend prinesie babie leto", "Peter Hudák", "Východoslovenský denník", "Posledný teplý víkend.")),
    # a Ukrainian CMS export: its lead and place labels
    (["Видання: Слобідський кур’єр", "Заголовок: У Харкові відновили три багатоповерхівки", "Лід: Перші 312 родин уже отримали ключі.",
      "Автори: Олена Мельник та Ігор Бондаренко", "Місце: Харків"],
     ("У Харкові відновили три багатоповерхівки", "Олена Мельник та Ігор Бондаренко", "Слобідський кур’єр",
      "Перші 312 родин уже отримали ключі.")),
    # a Romanian CMS export under its system's framed banner
    (["### EXPORT CMS — Redacția Cotidianul Financiar ###", "ID articol: 448213", "Stare: Gata de publicare",
      "Supratitlu: DECIZIE", "Titlu: Banca centrală menține dobânda-cheie", "Semnătură: Irina Vlădescu",
      "Localitate: BUCUREȘTI", "Publicație: Cotidianul Financiar", "Rezumat: Inflația a coborât.",
      "Drepturi: licență abonament", "Notă redacție: Se actualizează."],
     ("Banca centrală menține dobânda-cheie", "Irina Vlădescu", "Cotidianul Financiar", "Inflația a coborât.")),
    (["TITOLO: Acireale, il pronto soccorso chiude di notte", "CATENACCIO: Mancano sei medici",
      "SOMMARIO: Dal 1° aprile stop dalle 20 alle 8"],
     ("Acireale, il pronto soccorso chiude di notte", "", "", "Dal 1° aprile stop dalle 20 alle 8")),
])
def test_a_labelled_header(lines, expected):
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert (item.headline, item.byline, item.publisher, item.summary) == expected
    assert item.blocks[0].text.startswith("PORTLAND, Maine")


def test_an_exports_field_groups_split_by_a_rule_are_one_header():
    lines = ["METHODE STORY EXPORT  (Print preview — plain text)", "Story name:   NAT-HARBOR-0309",
             "Publication:  The Capitol Ledger", "Edition:      Late City Final", "-----------------------------",
             "HED:      Council approves harbor budget", "BYLINE:   By Maria Ellison", "-----------------------------",
             "BODY:"]
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert (item.headline, item.byline, item.publisher, item.edition) == (
        "Council approves harbor budget", "By Maria Ellison", "The Capitol Ledger", "Late City Final")
    assert item.blocks[0].text.startswith("PORTLAND, Maine")


def test_a_newsletters_masthead_boxed_between_rules_is_no_headline():
    lines = ["==============================", "TEISĖS PULSAS", "Savaitės teismų apžvalga | 2026 m. gruodžio 3 d. | Nr. 48",
             "==============================", "", "Council approves harbor budget", "",
             "Santrauka: The vote ends a year of delays.", "", "Rūta Žemaitytė, teisės apžvalgininkė", ""]
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert (item.headline, item.publisher, item.summary) == (
        "Council approves harbor budget", "TEISĖS PULSAS", "The vote ends a year of delays.")
    assert item.extra["masthead"][0] == "TEISĖS PULSAS"
    # the name and her post in lower case under it sign the story (read as its byline when the story is normalized)
    from ingest.vocabulary.bylines import looks_like_byline
    assert "Rūta Žemaitytė, teisės apžvalgininkė" in (item.byline, item.subheadline)
    assert looks_like_byline("Rūta Žemaitytė, teisės apžvalgininkė")


@pytest.mark.parametrize("label", ["Alaotsikko", "Podtitulok", "Υπότιτλος"])
def test_a_subheadlines_label_in_more_languages(label):
    lines = ["Title: Council approves harbor budget", f"{label}: A year of delays ends", "Byline: Maria Ellison"]
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert (item.headline, item.subheadline) == ("Council approves harbor budget", "A year of delays ends")


def test_a_fact_box_of_labels_is_no_header():
    text = "Harbor budget passes\nLocation: Portland\nVote: 5-2\n" + BODY
    item = parse(text.encode())[0]
    assert item.headline == "Harbor budget passes" and not item.byline


def test_a_consent_notice_and_its_buttons_above_the_headline_are_furniture():
    text = "We use cookies to improve your experience on our site.\nAccept all | Manage preferences\nHarbor budget passes\n" + BODY
    item = parse(text.encode())[0]
    assert item.headline == "Harbor budget passes"
    assert [b.text for b in item.blocks[:2] if b.furniture.startswith("furniture:")] == [
        "We use cookies to improve your experience on our site.", "Accept all | Manage preferences"]


@pytest.mark.parametrize("preamble", [
    ["Home › Local › Courts"],
    ["Startseite » Wirtschaft » Energie"],
    ["From: The Harbor Gazette <briefing@harborgazette.example>", "Sent: Sunday, June 8, 2025 6:02 AM",
     "To: desk@example.org", "Subject: Sunday briefing: the budget, explained"],
    # a French mail program sets a space before the colon
    ["De : Thomas Dubuis <t.dubuis@reveil.example>", "Envoyé : jeudi, 13 novembre 2025 07:52",
     "À : desk@pool.example", "Objet : TR: Papier pour demain"],
    # a mail's headers folded onto indented lines, as a mail program keeps a long one
    ["Return-Path: <syndication@ledger.example>", "Received: from mail.ledger.example (mail.ledger.example [198.51.100.23]) "
     "by mx.partnerdesk.example with ESMTPS id 4f9a2c1b; Sat, 14 Mar 2026 09:41:07 +0000", "From: Ledger <s@ledger.example>"],
    # a Finnish mail program's fields
    ["Lähettäjä: STT Info <noreply@sttinfo.example>", "Aihe: Kaakkois-Suomen yliopisto: Järvien tummuminen"],
    # a mail pasted with its transport's own header fields
    ["From: Salvo <s@gazzetta.example>", "Subject: Re: pezzo", "Message-ID: <CAF3x9q2Lw7@mail.gazzetta.example>",
     "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"UTF-8\"", "Content-Transfer-Encoding: 8bit",
     "List-Id: <kopiledger.substack.example>", "X-Mailer: Example Mail 2.1"],
])
def test_breadcrumbs_and_email_headers_above_the_headline_are_furniture(preamble):
    sent = [line.replace(" by mx.", "\n\tby mx.") for line in preamble]  # the folded header as the mail program sent it
    text = "\n".join([*sent, "Harbor budget passes", "By Maria Ellison", *BODY.split("\n")])
    item = parse(text.encode())[0]
    assert item.headline == "Harbor budget passes" and item.byline == "By Maria Ellison"
    # a breadcrumb is furniture the cleaner removes; a mail's header fields are its envelope, header metadata
    assert [b.text for b in item.blocks if b.furniture] + item.extra.get("mail_headers", []) == preamble


@pytest.mark.parametrize("text,kicker", [
    ("WEATHER ALERT\nWinter storm warning issued for the foothills\nBy Ana Ruiz\n" + BODY, "WEATHER ALERT"),
    ("COURTS | Ex-treasurer gets 5 years for embezzlement | The Granite Gazette | CONCORD | Late Edition\n" + BODY, "COURTS"),
])
def test_a_kicker_above_the_headline_is_a_label(text, kicker):
    item = parse(text.encode())[0]
    assert item.extra["kicker"] == kicker and kicker not in item.headline and item.headline


def test_a_portals_title_and_export_lines_above_labelled_lines():
    text = ("Agency Client Portal | Saved story export\nExported 14/03/2025 09:12 by user desk.west\n"
            "Headline: Dock workers walk off at the port\nBy: Tessa MacGregor, Australian Associated Press\n" + BODY)
    item = parse(text.encode())[0]
    assert item.headline == "Dock workers walk off at the port"
    assert item.byline == "Tessa MacGregor, Australian Associated Press"
    assert len(item.extra["preamble"]) == 2


def test_a_headline_that_speaks_to_the_reader_over_a_byline_is_the_headline():
    text = "Now you can carry your ID card in your phone – how the new app works\nBy Sara Nystrom\n" + BODY
    item = parse(text.encode())[0]
    assert item.headline.startswith("Now you can carry") and not any(b.furniture for b in item.blocks)


def test_an_agency_in_the_source_slot_is_the_credit_not_the_publisher():
    text = "Titel: Hafenbrücke wird saniert\nAutor: Lisa Brandt\nQuelle: dpa\n" + BODY
    item = parse(text.encode())[0]
    assert (item.credit, item.publisher) == ("dpa", "")


@pytest.mark.parametrize("masthead,byline", [
    ("The Harbor Gazette", "From staff reports"),
    ("L'Écho des Cimes", "Par Julien MERCIER avec AFP"),
    ("La Voz del Turia", "Por Ana Ruiz"),
])
def test_an_outlets_name_alone_above_headline_and_byline_is_the_publisher(masthead, byline):
    text = f"{masthead}\nCouncil approves the harbor budget after a year of delays\n{byline}\n" + BODY
    item = parse(text.encode())[0]
    assert (item.publisher, item.headline, item.byline) == (
        masthead, "Council approves the harbor budget after a year of delays", byline)


def test_a_short_headline_over_a_longer_one_is_no_masthead():
    text = "Budget passes\nCouncil approves the harbor budget after a year of delays\nBy Ana Ruiz\n" + BODY
    item = parse(text.encode())[0]
    assert item.publisher == ""


@pytest.mark.parametrize("buttons", [
    "Accept All  |  Reject All  |  Customise",
    "Alle akzeptieren · Einstellungen",
    "Tout refuser | Paramétrer | Accepter",
    "OK | More options",
])
def test_a_consent_notices_buttons_of_any_wording_are_furniture(buttons):
    text = f"We value your privacy\nWe and our partners use cookies on your device.\n{buttons}\nHarbor budget passes\n" + BODY
    item = parse(text.encode())[0]
    assert item.headline == "Harbor budget passes"
    assert [b.text for b in item.blocks if b.furniture][-1] == buttons


@pytest.mark.parametrize("header,credit,dateline", [
    ("ANSA — CRONACA — GENOVA — 01/12/2026 13:58 — URGENTE", "ANSA", "GENOVA"),
    ("PAP | Kraj | Kraków | 01.12.2026 11:42", "PAP", "Kraków"),
    ("TT\tINRIKES\t2026-12-01 07:55\tKIRUNA\tPRIO 3\tUPPDATERAD", "TT", "KIRUNA"),
])
def test_an_agencys_own_header_line_gives_credit_and_place_not_a_publisher(header, credit, dateline):
    text = f"{header}\nBridge closed to traffic after inspectors find cracks in its supports\n\n" + BODY
    item = parse(text.encode())[0]
    assert (item.credit, item.dateline, item.publisher) == (credit, dateline, "")
    assert item.headline == "Bridge closed to traffic after inspectors find cracks in its supports"


def test_an_unknown_agencys_header_line_names_no_outlet_and_no_place_of_its_desk_code_or_time():
    text = ("WNP | EKONOMI-TRANSPORTASI | Senin, 10 November 2025 | 09:41 WITA\n\n"
            "Bridge closed to traffic after inspectors find cracks in its supports\n\n" + BODY)
    item = parse(text.encode())[0]
    assert item.publisher == ""
    assert item.extra["header"]["category"] == "EKONOMI-TRANSPORTASI"
    assert item.extra["header"]["time"] == "09:41 WITA"


def test_a_wires_header_with_its_urgency_and_word_count_is_no_printed_pages_masthead():
    header = "CWNA  ENERGY-TARIFFS  Tuesday 27 January 2026  14:05 SAST  Urgency 3  Words 431"
    item = parse(f"{header}\n\nBridge closed to traffic after inspectors find cracks\n\n{BODY}".encode())[0]
    assert (item.headline, item.publisher) == ("Bridge closed to traffic after inspectors find cracks", "")
    assert item.extra["feed_header"] == [header]


def test_a_feed_systems_framed_line_and_its_labelled_fields_over_the_headline():
    lines = ["=== भारत वार्ता समाचार सेवा | हिंदी सेवा | 03-12-2026 16:10 IST ===", "क्रमांक: भावा-हि-0932",
             "स्लग: उप्र-लखनऊ-नकली दवा", "शब्द: 312", "", "लखनऊ में नकली दवाएं बरामद, तीन गिरफ्तार", "",
             "रिपोर्ट: राकेश तिवारी", ""]
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert (item.headline, item.credit, item.publisher) == ("लखनऊ में नकली दवाएं बरामद, तीन गिरफ्तार", "भारत वार्ता समाचार सेवा", "")
    assert item.byline == "रिपोर्ट: राकेश तिवारी"  # a labelled name in a script without capitals


def test_a_service_line_that_dates_itself_is_no_headline():
    lines = ["ALA0147 3 RELIGJION /ALA-SHQ/ 21-08-2026 11:40", "ALA-BESIM-TOMORR", "", "Mijëra besimtarë ngjiten në Tomorr", ""]
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert item.headline == "Mijëra besimtarë ngjiten në Tomorr"


def test_a_labelled_export_with_labels_of_its_own_and_a_body_mark():
    lines = ["Título: Chuvas deixam desalojados no Recife", "Editoria: Cotidiano", "Autoria: Por Ana Lima",
             "Veículo: Jornal do Capibaribe", "Publicado em: 01/12/2026 09h41", "Corpo:"]
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert (item.headline, item.byline, item.publisher) == ("Chuvas deixam desalojados no Recife", "Por Ana Lima", "Jornal do Capibaribe")
    assert item.blocks[0].text.startswith("PORTLAND, Maine")


def test_an_exports_header_in_labels_no_list_holds_is_read_by_its_values():
    """Five labelled lines or more closed by the export's body mark: each label no list holds (nor a cognate of one)
    gives its value to the field the value looks like."""
    lines = ["ID: lavwano-2025-10-14-0057", "ESTATI: Pou revizyon",
             "TIT: Kakawo Gran Rivyè: kooperativ fanm yo ekspòte premye kontenè òganik yo",
             "OTÈ: Jean-Robert Pierre-Louis ak Nadège Désir", "PIBLIKASYON: Lavwa Nò", "KOTE: OKAP",
             "REZIME: Apre twa lane fòmasyon, 412 ti plantè nan Nò jwenn prèske de fwa pri mache lokal la.", "KÒ:"]
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert (item.headline, item.byline, item.publisher) == (
        "Kakawo Gran Rivyè: kooperativ fanm yo ekspòte premye kontenè òganik yo",
        "Jean-Robert Pierre-Louis ak Nadège Désir", "Lavwa Nò")
    assert item.summary.startswith("Apre twa lane") and item.blocks[0].text.startswith("PORTLAND, Maine")


@pytest.mark.parametrize("lines, expected", [
    # a second title under the first is the subheadline, people in capitals with their post the byline, a place in
    # capitals the dateline; the export's own mark between rules ("--- Teks ---") closes the header
    (["=== EKSPORT CMS / ARTIKEL #55817 ===", "Status: Terbit", "Seksyen: Mahkamah",
      "Tajuk: Mahkamah ngahalin kes luma' ma dilaut Kampung Bangau-Bangau",
      "Sub-tajuk: Kaum kampung angamu' lahat pahāp maka magdaing",
      "Panulis: MOHD ARIFIN BIN SALLEH MAKA NURAIN JAHALUL (Wartawan)", "Lahat: SEMPORNA",
      "Ringkasan: Mahkamah Majistret ma Semporna ngahalin kes luma' ma dilaut ni 15 Oktober.",
      "Tarikh: 2025-09-27 08:30", "--- Teks ---"],
     {"headline": "Mahkamah ngahalin kes luma' ma dilaut Kampung Bangau-Bangau",
      "subheadline": "Kaum kampung angamu' lahat pahāp maka magdaing",
      "byline": "MOHD ARIFIN BIN SALLEH MAKA NURAIN JAHALUL (Wartawan)", "dateline": "SEMPORNA"}),
    (["SLUG: SHY-SHULE-IBADAKULI", "ITWE: Bana ba shule ya Ibadakuli bakabona madarasa mapya",
      "ITWE LYA KABILI: Serikali na bapandi ba giko bakahambisha madarasa ane",
      "ANDIKILE: MASANJA KULWA NDAKI, ng'wandiki wa shule", "LUBALA: Sayi ya Shinyanga", "MHAYO:"],
     {"headline": "Bana ba shule ya Ibadakuli bakabona madarasa mapya",
      "subheadline": "Serikali na bapandi ba giko bakahambisha madarasa ane",
      "byline": "MASANJA KULWA NDAKI, ng'wandiki wa shule", "dateline": ""}),
    # beside a listed "Headline:", another title is the export's own; a one-word value in mixed case is no place
    (["Headline: Levee lift to cost $31m, but north Wagga still left out",
      "Web headline: Wagga levee upgrade: $31m plan leaves North Wagga exposed", "Byline: Jacinta Moloney",
      "TUR: Janalyk", "Section: News", "=== BODY ==="],
     {"headline": "Levee lift to cost $31m, but north Wagga still left out", "subheadline": "", "dateline": ""}),
])
def test_an_exports_unlisted_fields_by_their_values(lines, expected):
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert {field: getattr(item, field) for field in expected} == expected
    assert item.blocks[0].text.startswith("PORTLAND, Maine")


def test_unlisted_labels_with_no_body_mark_are_no_header():
    lines = ["Kakawo Gran Rivyè ekspòte premye kontenè", "", "KOTE: OKAP", "ESTATI: Pou revizyon", "PRI: 3,40 dola",
             "KANTITE: 18 tòn", "MACHE: Bèljik"]
    item = parse(("\n".join(lines) + "\n\n" + BODY).encode())[0]
    assert item.headline == "Kakawo Gran Rivyè ekspòte premye kontenè"


def test_names_joined_in_another_language_with_the_agency_after_a_slash_are_the_byline():
    text = "Mine collapse injures two workers\nErik Lindqvist och Sara Berg/TT\n\n" + BODY
    item = parse(text.encode())[0]
    assert item.byline == "Erik Lindqvist och Sara Berg/TT" and not item.subheadline


@pytest.mark.parametrize("byline", [
    "Kovács Eszter és Szabó Márton",
    "Na Amina Mwinyi na Baraka Kileo",
    "Jan Dvořák a Petra Malá",
])
def test_two_people_joined_in_any_language_under_the_headline_are_the_byline(byline):
    text = f"Harbor budget passes after a year of delays\n{byline}\n\n" + BODY
    item = parse(text.encode())[0]
    assert item.byline == byline and not item.subheadline


def test_a_headline_over_a_subheadline_in_title_case_is_no_byline():
    text = "Harbor budget passes\nGrace Under Pressure And The Long Night\n\n" + BODY
    item = parse(text.encode())[0]
    assert not item.byline


def test_one_word_above_the_headline_is_no_masthead_unless_it_is_an_outlet_word():
    text = "Querétaro\nAnuncian tandeos en 38 colonias por bajo nivel del acueducto\nPor Ana Lucía Gutiérrez\n" + BODY
    item = parse(text.encode())[0]
    assert item.publisher == ""


def test_an_agency_slot_inside_an_outlets_header_keeps_the_outlet():
    text = ("Stadtrat sagt Ja zur Velohauptroute | Berner Landbote | Bern | sda | Ausgabe Stadt Bern\n\n" + BODY)
    item = parse(text.encode())[0]
    assert (item.publisher, item.credit) == ("Berner Landbote", "sda")


@pytest.mark.parametrize("second_line", [
    "November 8, 2026",
    "Objavljeno: 26.11.2026. u 13:05",
    "29 de noviembre de 2026 · 18:40 hrs",
    "2026. november 29. 08:30",
    "Jumapili, Novemba 30, 2026",
    "Budite u toku – zapratite nas na Viberu!",
    "Artikeln uppdateras.",
    # dates in calendars and scripts no month list holds: Nepal's Bikram Sambat, Ethiopia's calendar
    "बिहीबार, साउन ८, २०८२",
    "प्रकाशित मिति : शनिबार, साउन ३, २०८२ ११:४५",
    "ሐምሌ 10/2017",
    "Jan. 14, 2026 / 7:52 PM",
    "Do, Nov 12, 2026 07:00 CET",  # with its time zone
    "Ika-3 ng Abril, 2028",  # Filipino writes the day as an ordinal
    "عدد الأحد — 7 ديسمبر 2025",  # the issue named, then its date
    "Svētdienas izdevums · 2026. gada 11. oktobris",
    # the story's reading time, in any language
    "पढ्न लाग्ने समय : ३ मिनेट",
    "Lesezeit: 3 Minuten",
    "4 min read",
])
def test_a_date_a_prompt_or_an_update_note_under_the_headline_is_no_subheadline(second_line):
    text = f"Harbor budget passes after a year of delays\n{second_line}\n\n" + BODY
    item = parse(text.encode())[0]
    assert item.headline == "Harbor budget passes after a year of delays" and item.subheadline == ""


@pytest.mark.parametrize("second_line", [
    "Sensex falls 800 points in 2026",  # too many words for a date
    "Record: 96 degrees, set in 2023",  # a fact's label and value
])
def test_a_line_with_a_year_and_words_is_no_date(second_line):
    from ingest.parse.text import _is_dated_line
    assert not _is_dated_line(second_line)


def test_an_agencys_topic_line_over_headline_and_byline_is_a_kicker():
    text = "Fußball: 2. Bundesliga\nLindner erlöst Fortuna in der Nachspielzeit - Magdeburg hadert\nVon Jonas Brandt, dpa\n" + BODY
    item = parse(text.encode())[0]
    assert (item.extra.get("kicker"), item.headline, item.subheadline) == (
        "Fußball: 2. Bundesliga", "Lindner erlöst Fortuna in der Nachspielzeit - Magdeburg hadert", "")


def test_a_one_word_label_over_headline_and_byline_is_a_kicker():
    text = "Querétaro\nAnuncian tandeos en 38 colonias por bajo nivel del acueducto\nPor Ana Lucía Gutiérrez\n" + BODY
    item = parse(text.encode())[0]
    assert (item.extra.get("kicker"), item.headline) == ("Querétaro", "Anuncian tandeos en 38 colonias por bajo nivel del acueducto")


@pytest.mark.parametrize("lines, publisher, headline", [
    # outlet, the site's path, headline, standfirst, byline
    (["The Penwith Packet", "News › Cornwall › Penzance", "Trawler sinks off Land's End in a gale",
      "Three crew spent almost an hour in a life raft.", "By Eleanor Trewin, PA Media"],
     "The Penwith Packet", "Trawler sinks off Land's End in a gale"),
    # outlet, path from home, headline, byline
    (["The Deccan Ledger", "Home / India / Maharashtra", "BMC to trial speed cameras in coastal road tunnels",
      "By Staff Reporter"], "The Deccan Ledger", "BMC to trial speed cameras in coastal road tunnels"),
    # an agency's slug line, headline
    (["BC-Ice-Storm-Outages, 1st Writethru", "Ice storm leaves 190,000 without power in eastern Ontario",
      "Jordan Whitfield, The Canadian Press"], "", "Ice storm leaves 190,000 without power in eastern Ontario"),
    # labels in capitals joined by separators
    (["WEATHER + TRAFFIC | CENTRAL NORTH ISLAND", "Snow closes Desert Road as polar blast sweeps in",
      "By Staff reporters"], "", "Snow closes Desert Road as polar blast sweeps in"),
    # a share line from an app above the headline
    (["Shared from Brekkie · tap to open this story in the app", "Firefighters race to contain Hunter blaze",
      "By Callum Nguyen-Hartley"], "", "Firefighters race to contain Hunter blaze"),
])
def test_what_stands_above_the_headline(lines, publisher, headline):
    item = parse(("\n".join(lines) + "\n\n" + BODY).encode())[0]
    assert (item.publisher, item.headline) == (publisher, headline)


@pytest.mark.parametrize("byline", ["La Rédaction, avec Belga", "Staff reporters", "The Newsroom"])
def test_a_desk_with_or_without_its_agency_is_a_byline(byline):
    text = f"Harbor budget passes after a year of delays\n{byline}\n\n" + BODY
    item = parse(text.encode())[0]
    assert item.byline == byline and not item.subheadline


def test_a_standfirst_sentence_between_headline_and_byline_is_the_summary():
    text = ("Trawler sinks off Land's End in a gale\nThree crew spent almost an hour in a life raft before the "
            "lifeboat reached them\nBy Eleanor Trewin | Reporter\n\n" + BODY)
    item = parse(text.encode())[0]
    assert item.summary.startswith("Three crew") and not item.subheadline


def test_a_headline_over_labelled_source_author_and_dek_lines_stays_the_headline():
    text = ("Police warn of a new mobile money scam\n\nSource: The Accra Mirror\nAuthor: Efua Mensah\n"
            "Dek: Fraudsters credit wallets on purpose, then ask for the money back.\n\n" + BODY)
    item = parse(text.encode())[0]
    assert (item.headline, item.publisher, item.byline) == ("Police warn of a new mobile money scam", "The Accra Mirror", "Efua Mensah")


def test_a_label_on_the_headline_line_of_a_labelled_header_is_a_banner():
    text = "SON DAKİKA: İzmir'de 4,9 büyüklüğünde deprem\nSpot: Deprem çevre illerde de hissedildi.\nYazar: Haber Merkezi\n\n" + BODY
    item = parse(text.encode())[0]
    assert (item.headline, item.extra.get("banner")) == ("İzmir'de 4,9 büyüklüğünde deprem", "SON DAKİKA")


def test_a_packed_header_may_open_with_a_long_headline():
    text = ("NWC imposes water restrictions across Corporate Area as Mona Reservoir dips to 38%/ The Kingston Sentinel/ "
            "KINGSTON/ Kimone Thompson-Barrett/ Weekend Edition\n\n" + BODY)
    item = parse(text.encode())[0]
    assert (item.publisher, item.dateline, item.edition) == ("The Kingston Sentinel", "KINGSTON", "Weekend Edition")
    assert item.headline.startswith("NWC imposes")


def test_a_packed_headers_outlet_named_like_a_person_is_the_publisher():
    """ "Lachlan Valley Leader" opens on a given name, but a regional paper's noun closes it: the outlet, and the
    people after the place are the byline (round 139)."""
    text = ("Cowra abattoir to add night shift, 90 jobs/ Lachlan Valley Leader/ COWRA/ Kate Ferris and Tom Nguyen/ "
            "Weekend Edition/ Lachlan Valley Meats will run a second shift from February after winning a five-year "
            "export contract, lifting its Cowra workforce to more than 400.\n\n" + BODY)
    item = parse(text.encode())[0]
    assert (item.publisher, item.byline) == ("Lachlan Valley Leader", "Kate Ferris and Tom Nguyen")


def test_an_outlets_name_over_its_edition_line_and_the_headline():
    text = "EL HERALDO DEL BAJÍO\nEdición matutina | Miércoles 14 de mayo\nMetro reabre tramo oriente de la Línea 1\nPor Redacción\n\n" + BODY
    item = parse(text.encode())[0]
    assert (item.publisher, item.headline) == ("EL HERALDO DEL BAJÍO", "Metro reabre tramo oriente de la Línea 1")


@pytest.mark.parametrize("above", [
    ["Skip to main content"],
    ["Přeskočit na obsah", "Zprávy | Brno | Kraj | Sport"],
    ["---------- Forwarded message ---------", "From: Faith Wanjiru <faith@example.org>", "Date: Mon, 30 Nov 2026",
     "Subject: Fwd: fertiliser vouchers", "To: desk@example.org"],
    ["---------- Mensaje reenviado ---------", "De: Camila Fuentes <cfuentes@example.cl>", "Asunto: nota EFE"],
])
def test_a_pages_skip_link_and_menu_and_a_forwarded_mails_header_are_furniture(above):
    text = "\n".join(above) + "\nHarbor budget passes after a year of delays\nBy Ana Ruiz\n\n" + BODY
    item = parse(text.encode())[0]
    assert item.headline == "Harbor budget passes after a year of delays"
    # the page's chrome and the mail program's delimiter are removed; a mail's header fields are header metadata
    assert [b.text for b in item.blocks if b.furniture] + item.extra.get("mail_headers", []) == above


def test_a_pasted_pages_menu_one_label_a_line_is_furniture_and_the_site_name_above_it_the_publisher():
    above = ["Skip to main content", "The Lakeland Observer", "News", "Sport", "Farming", "Community Notes", "Subscribe",
             "Sign in"]
    text = "\n".join(above) + "\n\nHarbor budget passes after a year of delays\nBy Ana Ruiz\n\n" + BODY
    item = parse(text.encode())[0]
    assert (item.publisher, item.headline) == ("The Lakeland Observer", "Harbor budget passes after a year of delays")
    assert [b.text for b in item.blocks if b.furniture] == [line for line in above if line != "The Lakeland Observer"]


@pytest.mark.parametrize("site,tagline", [
    ("The Galtee Sentinel", "Tipperary's Independent Voice"),
    ("The Hall County Ledger", "Nonprofit news for Gainesville and Hall County"),
])
def test_a_site_names_tagline_over_its_menu_is_the_mastheads_not_the_headline(site, tagline):
    above = [site, tagline, "Search", "Subscribe", "Sign In", "Home", "News", "Sport"]
    text = "\n".join(above) + "\nHarbor budget passes after a year of delays\nBy Ana Ruiz\n\n" + BODY
    item = parse(text.encode())[0]
    assert (item.publisher, item.headline, item.subheadline) == (site, "Harbor budget passes after a year of delays", "")
    assert [b.text for b in item.blocks if b.furniture] == above[1:]


@pytest.mark.parametrize("skip,site,menu", [
    # the skip link in other languages, its content's adjective after it; the logo's name under it, however short
    ("Pular para o conteúdo principal", "Agência Brasil", ["Acessibilidade", "Buscar", "Menu", "Política", "Economia"]),
    ("تخطي إلى المحتوى الرئيسي", "المكتب الإعلامي لحكومة دبي", ["English", "الرئيسية", "الأخبار", "الصور", "اتصل بنا"]),
    # a menu's first button under the skip link is no site
    ("Skip to content", "", ["Menu", "Search", "Subscribe", "Sign in"]),
])
def test_the_site_name_under_the_skip_link_is_the_publisher(skip, site, menu):
    above = [skip, *([site] if site else []), *menu]
    text = "\n".join(above) + "\nHarbor budget passes after a year of delays\nBy Ana Ruiz\n\n" + BODY
    item = parse(text.encode())[0]
    assert (item.publisher, item.headline) == (site, "Harbor budget passes after a year of delays")
    assert [b.text for b in item.blocks if b.furniture] == [line for line in above if line != site]


def test_the_site_name_over_its_menu_is_the_publisher_never_the_headline():
    above = ["Annapolis Valley Register", "Menu", "Search", "Log in", "News", "Obituaries"]
    text = "\n".join(above) + "\nYvonne Marie Doucette\nApril 2, 1938 – March 19, 2025\n\n" + BODY
    item = parse(text.encode())[0]
    assert (item.publisher, item.headline) == ("Annapolis Valley Register", "Yvonne Marie Doucette")
    assert item.byline == ""


def test_an_outlets_name_over_its_sections_label_then_the_headline_and_byline():
    text = "Cronica Ieșeană\nActualitate\nIncendiu puternic la un depozit de mobilă din zona industrială\nRedacția\n\n" + BODY
    item = parse(text.encode())[0]
    assert (item.publisher, item.extra.get("kicker"), item.headline) == (
        "Cronica Ieșeană", "Actualitate", "Incendiu puternic la un depozit de mobilă din zona industrială")


def test_a_headline_under_a_site_name_is_no_tagline_without_a_menu_under_it():
    text = "The Galtee Sentinel\nHarbor budget passes after a year of delays\nBy Ana Ruiz\n\n" + BODY
    item = parse(text.encode())[0]
    assert "Harbor budget passes after a year of delays" in (item.headline, item.subheadline)
    assert not [b for b in item.blocks if b.furniture == "furniture:masthead-tagline"]


def test_two_short_lines_over_a_headline_are_no_menu():
    text = "OPINION\nLocal News\nHarbor budget passes after a year of delays\nBy Ana Ruiz\n\n" + BODY
    item = parse(text.encode())[0]
    assert not [b for b in item.blocks if b.furniture == "furniture:navigation"]


def test_a_packed_header_whose_summary_slot_speaks_to_the_reader_is_still_the_header():
    header = ("Harbour ferry returns after winter/ Bayside Courier/ Hobart/ Lena Marsh/ Weekend Edition/ "
              "Your crossing to Bruny Island gets easier from Monday as the refitted ferry returns to service.")
    item = parse(f"{header}\n\n{BODY}".encode())[0]
    assert (item.headline, item.publisher, item.dateline, item.edition) == (
        "Harbour ferry returns after winter", "Bayside Courier", "Hobart", "Weekend Edition")
    assert item.summary.startswith("Your crossing") and not any(b.furniture for b in item.blocks)


@pytest.mark.parametrize("sender, label", [
    ("Northfield County Sheriff's Office", "NEWS RELEASE"),
    ("Riverton Water Board", "Press Release"),
    ("Stadtwerke Kiel", "PRESSEMITTEILUNG"),
    ("Mairie de Rouen", "Communiqué de presse"),
])
def test_a_senders_name_over_a_document_label_is_the_publisher_and_the_label_no_headline(sender, label):
    lines = [sender, label, "", "Road closed after water main break", "", "Release date: March 3, 2026", "", BODY]
    item = parse("\n".join(lines).encode())[0]
    assert (item.headline, item.publisher, item.subheadline) == ("Road closed after water main break", sender, "")
    assert item.extra["document_type"] == label and item.extra["header"]["date"] == "Release date: March 3, 2026"


@pytest.mark.parametrize("catchline, is_slug", [
    ("COURTS Fraud trial", True), ("INQUEST Harbour death", True),
    ("NASA Launches Probe", False),  # no lower-case word: a headline in title case
])
def test_a_wires_catchline_over_the_headline(catchline, is_slug):
    headline = "Former treasurer jailed for five years over council fraud"
    item = parse(f"{catchline}\n{headline}\nBy Ann Lee, PA Media\n\n{BODY}".encode())[0]
    assert (item.extra.get("slug") == catchline) is is_slug
    if is_slug:
        assert (item.headline, item.subheadline) == (headline, "")


@pytest.mark.parametrize("link", ["View this email in your browser", "Voir la version en ligne", "Im Browser ansehen",
                                  "Ver versión web", "Bekijk de online versie", "Zobacz w przeglądarce"])
def test_a_newsletters_view_online_link_above_the_headline_is_furniture(link):
    item = parse(f"{link}\n\nHarbour budget approved after long debate\n\n{BODY}".encode())[0]
    assert item.headline == "Harbour budget approved after long debate"
    assert item.blocks[0].furniture.startswith("furniture:") and item.blocks[0].text == link  # English ones also speak to the reader


def test_a_consent_notice_naming_its_own_button_in_quotes_is_furniture():
    lines = ["Cenimy Twoją prywatność",
             "Wraz z partnerami zapisujemy pliki cookies. Klikając „Przejdź do serwisu”, wyrażasz zgodę na "
             "przetwarzanie Twoje danych.", "Przejdź do serwisu", "", "Most w Gdańsku zamknięty do piątku", "", BODY]
    item = parse("\n".join(lines).encode())[0]
    assert item.headline == "Most w Gdańsku zamknięty do piątku"
    assert [b.furniture for b in item.blocks[:3]] == ["furniture:addressed-to-reader"] * 3


@pytest.mark.parametrize("signature, byline", [
    # the byline keeps its label, which the byline's reading takes off once ("Ni" opens a Balinese name too)
    ("autor: Tomasz Nowak", "autor: Tomasz Nowak"), ("Texto: Ana Lima e João Prado", "Texto: Ana Lima e João Prado"),
    ("Teksti: Ville Korhonen ja Aino Mäkelä", "Teksti: Ville Korhonen ja Aino Mäkelä"),
    ("Pewarta: Ni Komang Ayu Lestari", "Pewarta: Ni Komang Ayu Lestari"),
    ("Fuente: Ministerio de Salud", ""),  # a source, not a byline
])
def test_a_byline_signed_by_label_under_the_story(signature, byline):
    story = ("The council approved the harbor budget on Tuesday after a long debate that ran late into the "
             "evening, with members split over the cost of dredging the northern channel.")
    item = parse(f"Harbour budget approved\n\n{story}\n\n{signature}\n\nmk/ jp/\n\nShare".encode())[0]
    assert item.byline == byline
    assert (signature in [b.text for b in item.blocks]) is (not byline)


def test_a_labelled_line_of_a_sign_off_block_stays_in_the_body():
    """Antara's "Pewarta:" over its "Editor:": the wire's own sign-off, kept as sent; the reporter is the byline."""
    story = ("Festival itu berlangsung hingga Selasa dan tiket harian dijual mulai Rp350.000, sedangkan tiket untuk "
             "pelajar dijual lebih murah dengan menunjukkan kartu pelajar di loket.")
    item = parse(f"Festival penulis dibuka\n\n{story}\n\nPewarta: Ni Komang Ayu Lestari\n\nEditor: Budi Santoso".encode())[0]
    assert item.byline == "Pewarta: Ni Komang Ayu Lestari"
    assert "Pewarta: Ni Komang Ayu Lestari" in [b.text for b in item.blocks]


@pytest.mark.parametrize("under, dateline", [
    ("O Porriño | 09·05·25 | 06:00", "O Porriño"), ("Vigo | 12.03.2025", "Vigo"),
    ("Listen · 3:12", ""),  # an audio player, not a place and a time
])
def test_a_place_and_date_line_under_a_name_alone_byline(under, dateline):
    lines = ["Faro do Miño", "", "New health centre opens in June after two years of delays", "",
             "The building will serve five municipalities and add a public dental clinic", "", "Marta Couto Pérez", "",
             under, "", "The regional health service will open the centre in the middle of June, officials said."]
    item = parse("\n".join(lines).encode())[0]
    assert (item.publisher, item.byline, item.summary[:12]) == ("Faro do Miño", "Marta Couto Pérez", "The building")
    assert item.dateline == dateline


def test_a_byline_after_the_wires_fact_bullets_and_version_note():
    lines = ["UPDATE 1-Port strike halts grain exports", "* Dockers reject 3% offer", "* Exports down 40%",
             "(Adds union comment, prices)", "By Ana Ortiz and Piet de Vries", "", BODY]
    item = parse("\n".join(lines).encode())[0]
    assert item.byline == "By Ana Ortiz and Piet de Vries"


@pytest.mark.parametrize("lines", [
    ["UPDATE 2-Plant closure cuts 410 jobs", "By Priya Raman and Tomás Lind", "",
     "(Adds union comment in paragraph 5, share move in paragraph 4)", ""],
    ["REFILE-UPDATE 2-Storm halts trains", "(Refiles to fix typo in headline; adds Network Rail quote in paragraph 5)",
     "By Hannah Prothero"],
])
def test_a_writethrus_note_under_the_headline_or_byline_is_the_takes_note_not_copy(lines):
    item = parse("\n".join([*lines, "", BODY]).encode())[0]
    note = next(line for line in lines if line.startswith("("))
    assert item.extra["version_note"] == note and item.summary == ""
    assert all(note != block.text for block in item.blocks)


@pytest.mark.parametrize("lines,field,value", [
    # a release's embargo over its headline is when it may run, not its headline
    (["Department for Energy Security and Net Zero", "PRESS RELEASE", "EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH 2026"],
     "embargo", "EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH 2026"),
    (["SOUS EMBARGO JUSQU’AU 4 MARS 2026, 6H"], "embargo", "SOUS EMBARGO JUSQU’AU 4 MARS 2026, 6H"),
    # the page's link to itself in another language
    (["Surrey RCMP", "News release", "Version française : Cette page est aussi disponible en français"],
     "language_version", "Version française : Cette page est aussi disponible en français"),
])
def test_an_embargo_or_a_language_version_line_over_the_headline_is_no_headline(lines, field, value):
    item = parse("\n".join([*lines, "Harbor budget passes after a year of delays", "", BODY]).encode())[0]
    assert item.headline == "Harbor budget passes after a year of delays"
    assert (item.extra.get("header", {}) | item.extra).get(field) == value


def test_a_channel_post_forwarded_from_another_channel_names_its_channel_as_the_publisher():
    lines = ["כאן חדשות", "הועבר מ: כאן דרום", "🔴 מבזק | שיטפון בנחל צאלים: שלושה מטיילים נסחפו, אחד מהם נעדר", ""]
    item = parse("\n".join([*lines, BODY]).encode())[0]
    assert (item.publisher, item.extra["forwarded_from"]) == ("כאן חדשות", "הועבר מ: כאן דרום")
    assert item.headline.endswith("אחד מהם נעדר") and item.subheadline == ""


def test_a_headline_about_an_embargo_is_a_headline():
    item = parse(f"Embargo on Russian oil takes effect as tankers idle\n\n{BODY}".encode())[0]
    assert item.headline == "Embargo on Russian oil takes effect as tankers idle"


def test_a_releases_sender_named_again_in_its_contact_block_is_its_publisher_and_its_date_place_line_the_dateline():
    lines = ["Surrey RCMP", "News release", "Surrey RCMP seeks dashcam video after fatal hit-and-run",
             "March 2, 2026 – Surrey, British Columbia", "", BODY, "", "Released by:", "Surrey RCMP"]
    item = parse("\n".join(lines).encode())[0]
    assert (item.publisher, item.dateline, item.headline) == (
        "Surrey RCMP", "Surrey, British Columbia", "Surrey RCMP seeks dashcam video after fatal hit-and-run")


@pytest.mark.parametrize("slug,headline", [
    ("Defensor Pueblo Informe", "La defensora del Pueblo alerta de 4.000 quejas por la cita previa (Foto) (Vídeo)"),
    ("France-justice-transports-surveillance, LEAD", "Le Conseil constitutionnel censure la reconnaissance faciale"),
])
def test_an_agencys_keywords_over_its_headline_are_its_slug(slug, headline):
    item = parse(f"{slug}\n{headline}\n\n{BODY}".encode())[0]
    assert (item.headline, item.extra.get("slug"), item.publisher) == (headline, slug, "")


@pytest.mark.parametrize("dated", ["Publicerad 3 april 2025 kl. 10.12", "Veröffentlicht am 12.03.2025",
                                   "Pubblicato 14 marzo 2025"])
def test_a_publication_date_without_its_colon_under_the_headline_is_no_subheadline(dated):
    item = parse(f"Harbour budget approved after long debate\nBy Ann Lee\n{dated}\n\n{BODY}".encode())[0]
    assert item.subheadline == "" and item.extra["header"]["date"] == dated


def test_a_cms_export_labels_its_outlet_and_summary_in_spanish():
    lines = ["ID: 20251114-1532", "Sección: Internacional", "Medio: El Heraldo del Norte", "Titular: Lluvias en Colombia",
             "Sumario: La alerta roja rige en siete departamentos.", "Firma: EFE", "Cuerpo:", BODY]
    item = parse("\n".join(lines).encode())[0]
    assert (item.headline, item.publisher, item.summary) == (
        "Lluvias en Colombia", "El Heraldo del Norte", "La alerta roja rige en siete departamentos.")


def test_labelled_slots_under_the_headline_go_where_their_labels_say():
    item = parse(f"Pemkot Siapkan Bus Listrik Baru\nPenulis: Rina Kartika | Editor: Agus Salim\n\n{BODY}".encode())[0]
    assert (item.byline, item.publisher) == ("Penulis: Rina Kartika", "")
    assert item.extra["header_parts"] == ["Editor: Agus Salim"]


@pytest.mark.parametrize("above", [
    ["BC-US--Harbor-Fire,2nd Ld-Writethru", "Eds: UPDATES with evacuation numbers. With AP Photos."],
    ["France-strike-rail, 2nd lead", "(Updates with union vote, adds minister's comment)"],
    ["Note to editors: embargoed until 0600 GMT"],
])
def test_a_wires_slug_and_notes_to_the_desk_above_the_headline_are_metadata(above):
    item = parse("\n".join([*above, "Harbour fire forces 2,000 from homes", "By ANN LEE", "", BODY]).encode())[0]
    assert (item.headline, item.byline, item.subheadline) == ("Harbour fire forces 2,000 from homes", "By ANN LEE", "")
    assert item.blocks[0].text.startswith("PORTLAND, Maine")


def test_a_pasted_menu_of_labels_kept_apart_by_spaces_is_furniture():
    item = parse(f"Home  News  Sport  What's On  Property  Jobs\nHarbour budget approved after long debate\n\n{BODY}".encode())[0]
    assert item.headline == "Harbour budget approved after long debate"
    assert item.blocks[0].furniture == "furniture:navigation"


def test_japanese_paragraphs_end_their_sentences_and_keep_the_ideographic_space_of_the_headline():
    text = ("那覇市、防災アプリを拡充\u3000観光客向けに５言語で\n\n【那覇共同】那覇市は18日、防災アプリの避難情報を5言語で配信すると"
            "発表した。4月1日から運用を始める。\n\n対応するのは英語、中国語、韓国語、タイ語。")
    item = parse(text.encode())[0]
    assert item.headline == "那覇市、防災アプリを拡充\u3000観光客向けに５言語で"
    assert [b.kind for b in item.blocks] == ["paragraph", "paragraph"]


def test_an_all_caps_byline_joined_by_a_capital_and_of_its_language():
    item = parse(f"Kura çekildi, hak sahipleri evlerine kavuşuyor\n\nELİF ŞAHİN VE MURAT KOÇ\n\n{BODY}".encode())[0]
    assert item.byline == "ELİF ŞAHİN VE MURAT KOÇ" and item.subheadline == ""


@pytest.mark.parametrize("lines,headline,credit", [
    (["HINA - Hrvatska izvještajna novinska agencija", "VIJESTI | Hrvatska - regije | 14.05.2026. 13:22",
      "Split zabranio romobile"], "Split zabranio romobile", "HINA"),
    (["ELTA naujienų srautas | Regionai", "2026-05-14 08:15 | ID 4417028", "Neringa didina rinkliavą"],
     "Neringa didina rinkliavą", "ELTA"),
    (["AGERPRES | Știri interne | Regional", "Cod: ore-pod-crisana-140526", "Oradea: Podul Crișana se închide"],
     "Oradea: Podul Crișana se închide", "AGERPRES"),
    (["Secció: Societat | Territori: Garrotxa", "Olot tanca l'aparcament del Firal"], "Olot tanca l'aparcament del Firal", ""),
    # the wire's codes, keyword slug, time stamp, word count; the desk's section slots among them
    (["AFP - Service Français Général", "FRS0318 4 SOC /AFP-LO45", "France-pêche-environnement-manifestation",
      "13/11/2025 12:02:41", "Marseille: des pêcheurs bloquent le Vieux-Port"], "Marseille: des pêcheurs bloquent le Vieux-Port", "AFP"),
    (["EFE - Servicio Internacional para América", "COLOMBIA TRANSPORTE | Sociedad", "13-11-2025 14:18 GMT", "Palabras: 274",
      "Medellín suspende su teleférico turístico"], "Medellín suspende su teleférico turístico", "EFE"),
    (["dpa-Regiodienst Bayern (lby) | 13.11.2025, 10:47 Uhr | 2. Fassung", "Ressort: Vermischtes/Bayern", "Wortzahl: 311",
      "Stellwerksstörung legt Regionalverkehr lahm"], "Stellwerksstörung legt Regionalverkehr lahm", "dpa"),
    (["DEL47", "BUS-RBI-COOPBANK", "RBI caps withdrawals at Nashik co-op bank"], "RBI caps withdrawals at Nashik co-op bank", ""),
    (["EMBARGOED TO 0001 WEDNESDAY NOVEMBER 18", "Ministers order review of island ferry contracts"],
     "Ministers order review of island ferry contracts", ""),
])
def test_a_feeds_own_lines_over_the_headline_are_not_the_headline(lines, headline, credit):
    """The agency's banner, its section/date/id slots and labelled codes: the feed's lines, read by their shape."""
    item = parse(("\n\n".join(lines) + "\n\n" + BODY).encode())[0]
    assert (item.headline, item.credit) == (headline, credit)


def test_a_headline_with_an_agency_as_its_site_suffix_stays_the_headline():
    item = parse(("Riigikogu kaotas registreerimistasu | ERR\n\n" + BODY).encode())[0]
    assert item.headline == "Riigikogu kaotas registreerimistasu | ERR"


def test_a_catchline_under_the_embargo_line_is_no_masthead():
    text = ("EMBARGOED TO 0001 WEDNESDAY NOVEMBER 18\n\nPOLITICS Ferries\n\nMinisters order review of island ferry "
            "contracts after winter of cancellations\n\nBy Ellen Harcourt, PA Political Correspondent\n\n" + BODY)
    item = parse(text.encode())[0]
    assert (item.headline, item.publisher, item.extra.get("slug")) == (
        "Ministers order review of island ferry contracts after winter of cancellations", "", "POLITICS Ferries")


@pytest.mark.parametrize("letterhead,sender", [
    (["KAROO BASIN WATER BOARD", "Private Bag X1021, Beaufort West, 6970 | Tel: 023 555 0190 | www.karoo.example",
      "MEDIA STATEMENT", "17 November 2026"], "KAROO BASIN WATER BOARD"),
    (["TURA – Transportes Urbanos da Ria de Aveiro, E.M. | Comunicado de Imprensa", "COMUNICADO DE IMPRENSA"],
     "TURA – Transportes Urbanos da Ria de Aveiro, E.M."),
])
def test_a_letterhead_with_its_address_over_a_document_label(letterhead, sender):
    """The sender, its address and contact lines, the document's label and date: none of them the headline."""
    item = parse(("\n\n".join([*letterhead, "Boil-water notice for two towns after failed tests"]) + "\n\n" + BODY).encode())[0]
    assert (item.headline, item.publisher) == ("Boil-water notice for two towns after failed tests", sender)


@pytest.mark.parametrize("letterhead,sender", [
    # a name in capitals over its press office as its language writes an office, then the document's label
    (["MINISTERUL AGRICULTURII ȘI DEZVOLTĂRII RURALE", "Biroul de presă", "COMUNICAT DE PRESĂ"],
     "MINISTERUL AGRICULTURII ȘI DEZVOLTĂRII RURALE"),
    (["BAY METRO POLICE SERVICE", "Corporate Communication Unit", "MEDIA STATEMENT"], "BAY METRO POLICE SERVICE"),
])
def test_a_letterhead_over_its_office_and_a_document_label(letterhead, sender):
    item = parse(("\n\n".join([*letterhead, "Boil-water notice for two towns after failed tests"]) + "\n\n" + BODY).encode())[0]
    assert (item.headline, item.publisher) == ("Boil-water notice for two towns after failed tests", sender)


@pytest.mark.parametrize("letterhead,sender", [
    # the name and its office on one line, over the label (and what the label says of release): the name is the sender
    (["Corrib University | Press Office", "PRESS RELEASE", "EMBARGOED UNTIL 00:01 (IST) THURSDAY 6 MARCH 2025"],
     "Corrib University"),
    (["Nemuno universitetas · Komunikacijos skyrius", "PRANEŠIMAS ŽINIASKLAIDAI", "Skelbti nedelsiant"],
     "Nemuno universitetas"),
    (["Lietuvos sporto centras", "Preses relīze"], "Lietuvos sporto centras"),
    (["Univerza v Mariboru · Služba za odnose z javnostmi", "SPOROČILO ZA JAVNOST"], "Univerza v Mariboru"),
    (["Εθνικό Αστεροσκοπείο | Γραφείο Τύπου", "ΔΕΛΤΙΟ ΤΥΠΟΥ"], "Εθνικό Αστεροσκοπείο"),
])
def test_a_letterhead_and_its_office_on_one_line_over_a_document_label(letterhead, sender):
    item = parse(("\n\n".join([*letterhead, "Boil-water notice for two towns after failed tests"]) + "\n\n" + BODY).encode())[0]
    assert (item.headline, item.publisher) == ("Boil-water notice for two towns after failed tests", sender)


def test_a_sentence_beside_a_name_is_no_office():
    lines = ["Corrib University | We said it would rain today.", "PRESS RELEASE", "Boil-water notice for two towns after failed tests"]
    item = parse(("\n\n".join(lines) + "\n\n" + BODY).encode())[0]
    assert item.publisher != "Corrib University"


def test_an_office_in_lower_case_is_no_letterhead_under_a_name_in_mixed_case():
    # under a name not set in capitals, a short line in lower case is no office: the name is no letterhead
    item = parse(("\n\n".join(["Harbour council", "Budget notes", "MEDIA STATEMENT",
                                 "Boil-water notice for two towns after failed tests"]) + "\n\n" + BODY).encode())[0]
    assert item.publisher != "Harbour council"


@pytest.mark.parametrize("lines,expected", [
    # a labelled header in Hebrew, closed by a rule line that is no copy
    (["פרסום: ערב פלוס", "מהדורה: מוסף סוף השבוע", "מדור: טלוויזיה ובידור", "כותרת: הסדרה חוזרת לעונה רביעית",
      "כותרת משנה: המשפחה עוברת לחיפה", "מאת: נועה ברגר ואיתי שפירא", "תקציר: העונה החדשה תעלה בינואר.",
      "תאריך: 04.12.2026", "----------"],
     ("הסדרה חוזרת לעונה רביעית", "המשפחה עוברת לחיפה", "נועה ברגר ואיתי שפירא", "ערב פלוס", "מוסף סוף השבוע",
      "העונה החדשה תעלה בינואר.")),
    # a source slot naming an agency by its full name is the credit, not the publisher
    (["标题：杭州“共享厨房”开进老小区 独居老人可就近搭伙", "摘要：首批12个社区共享厨房本月投用，居民可自带食材使用灶台。",
      "作者：王晓东", "来源：中国新闻社"],
     ("杭州“共享厨房”开进老小区 独居老人可就近搭伙", "", "王晓东", "", "", "首批12个社区共享厨房本月投用，居民可自带食材使用灶台。")),
])
def test_a_labelled_header_in_more_languages(lines, expected):
    item = parse(("\n".join(lines) + "\n\n" + BODY).encode())[0]
    assert (item.headline, item.subheadline, item.byline, item.publisher, item.edition, item.summary) == expected
    assert not item.blocks[0].text.startswith("---")


def test_a_labelled_export_under_three_lines_of_its_own():
    lines = ["=== ARTIKELEXPORT ===", "System: NewsDesk 8.4 | Artikel-ID 1402283 | Status: freigegeben",
             "Exportiert am 13.11.2025 um 09:14 von k.lanz", "Publikation: Kärntner Landbote", "Ausgabe: Villach/Spittal",
             "Titel: Stadt verbietet Glasflaschen", "Untertitel: Gastronomen kritisieren die Kosten"]
    item = parse(("\n".join(lines) + "\n\n" + BODY).encode())[0]
    assert (item.headline, item.subheadline, item.publisher, item.edition) == (
        "Stadt verbietet Glasflaschen", "Gastronomen kritisieren die Kosten", "Kärntner Landbote", "Villach/Spittal")


@pytest.mark.parametrize("dated, place", [
    ("Lyon, le 3 mars 2026", "Lyon"),
    ("Berlin, den 3. März 2026", "Berlin"),
])
def test_a_releases_place_and_date_over_its_headline_give_the_dateline(dated, place):
    text = "\n\n".join(["COMMUNIQUÉ DE PRESSE", dated, "Un thermostat de la faim identifié chez la souris", BODY])
    item = parse(text.encode())[0]
    assert (item.headline, item.dateline) == ("Un thermostat de la faim identifié chez la souris", place)
    assert item.extra["header"]["date"] == dated


def test_a_line_that_only_looks_like_a_place_and_a_figure_is_no_dateline():
    text = "\n\n".join(["Hello, 3 people came to the meeting", "By Ana Ruiz", BODY])
    item = parse(text.encode())[0]
    assert item.dateline != "Hello"


@pytest.mark.parametrize("warning", [
    "[External email] Use caution when opening attachments or clicking links.",
    "CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless "
    "you recognise the sender and know the content is safe.",
])
def test_the_mail_systems_warning_under_the_headers_is_furniture_not_the_sender(warning):
    headers = ["From: Coral Coast University Media <media@ccu.example.edu.au>", "Subject: Backyard pools"]
    text = "\n\n".join([*headers, warning, "Harbor budget passes", BODY])
    item = parse(text.encode())[0]
    assert [b.text for b in item.blocks if b.furniture] == [warning]  # (the second also speaks to the reader)
    assert item.extra["mail_headers"] == headers and item.publisher != warning
    assert item.headline == "Harbor budget passes"


@pytest.mark.parametrize("byline", ["Por: Mariana Téllez Ruiz | N+", "Por: Mariana Téllez Ruiz | El Universal"])
def test_a_labelled_byline_with_the_outlet_after_a_pipe_closes_the_standfirst(byline):
    standfirst = ("Un sismo de magnitud 5.4 se registró la mañana de este miércoles con epicentro al sur de Pinotepa "
                  "Nacional, Oaxaca; no se reportan daños hasta el momento.")
    text = "\n\n".join(["Sismo Hoy: Tiembla en Oaxaca; Magnitud 5.4", standfirst, byline, BODY])
    item = parse(text.encode())[0]
    assert item.summary == standfirst and item.byline == byline


@pytest.mark.parametrize("subject, above, headline_at", [
    # the banner over the headline: the subject names the line under it
    ("Subject: BREAKING: Water main break closes U.S. 13 in Dover", ["WDTV 7 NEWS"], 1),
    # a desk's note to colleagues taken for the headline: the subject names the copy's first line
    ("Subject: Fwd: Weekend Edition: Waiting for the ambulance",
     ["Dana — could be a Sunday follow for us, need to check the figures"], 1),
])
def test_a_pasted_mails_subject_names_its_headline(subject, above, headline_at):
    title = subject.split(": ")[-1]
    lines = ["From: Desk <desk@example.org>", subject, *above, title, BODY]
    item = parse("\n\n".join(lines).encode())[0]
    assert item.headline == title and item.extra["banner"] == above[0]
    assert title not in [b.text for b in item.blocks]


def test_a_subject_naming_the_first_of_two_lines_read_as_one_standfirst_splits_them():
    """The title the subject names and the deck under it, set with no blank line between under a release's labels."""
    text = ("Return-Path: <unxibelelwano@emfundo.example>\n"
            "From: Iofisi yoNxibelelwano <unxibelelwano@emfundo.example>\nTo: iindaba@newsdesk.example\n"
            "Subject: ISAZISO KOONONDABA: Izikolo ezingama-120 zaseMpuma Koloni ziza\n kufumana iilayibrari ezintsha\n"
            "Date: Tue, 14 Oct 2025 09:12:03 +0200\nMessage-ID: <20251014091203.7731@emfundo.example>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
            "ISAZISO KOONONDABA\nSikhutshwa ngoko nangoko\n\n"
            "Izikolo ezingama-120 zaseMpuma Koloni ziza kufumana iilayibrari ezintsha\n"
            "Inkqubo iqala eBuffalo City naseMthatha ngoJanuwari\n\n"
            "Ibhalwe ngu: Nomvula Dlamini, Isithethi seSebe\n\n"
            "EMONTI – ISebe leMfundo laseMpuma Koloni libhengeze namhlanje ukuba\nizikolo zamabanga aphantsi "
            "ezingama-120 ziza kufumana iilayibrari\nezintsha phantsi kwenkqubo ebizwa ngokuba yi-Funda Ekhaya.\n")
    from ingest.parse import parse as parse_delivery  # (a mail: the mail reader hands its text to this one)
    fmt, (item,) = parse_delivery(text.encode(), "text/plain")
    assert fmt == "mail" and (item.headline, item.subheadline, item.summary) == (
        "Izikolo ezingama-120 zaseMpuma Koloni ziza kufumana iilayibrari ezintsha",
        "Inkqubo iqala eBuffalo City naseMthatha ngoJanuwari", "")


def test_a_subject_that_names_the_headline_already_changes_nothing():
    lines = ["From: Desk <desk@example.org>", "Subject: RE: Harbor budget passes after a year", "Harbor budget passes after a year", BODY]
    item = parse("\n\n".join(lines).encode())[0]
    assert item.headline == "Harbor budget passes after a year" and "banner" not in item.extra


@pytest.mark.parametrize("subject, in_capitals, headline", [
    # the copy sets the title in capitals, the subject in its own letters: the subject's is the headline
    ("Subject: Fwd: HABARI: Mgeta Stars yakwela fainali ya Kombe la Uluguru",
     "MGETA STARS YAKWELA FAINALI YA KOMBE LA ULUGURU", "Mgeta Stars yakwela fainali ya Kombe la Uluguru"),
    ("Subject: Basın Bülteni: Mersin'de evde sağlık hizmeti kırsal mahallelere ulaşıyor",
     "MERSİN'DE EVDE SAĞLIK HİZMETİ KIRSAL MAHALLELERE ULAŞIYOR",
     "Mersin'de evde sağlık hizmeti kırsal mahallelere ulaşıyor"),  # (Turkish "İ" and "ı" compare as "i")
    # a subject in capitals too gives no other letters
    ("Subject: HARBOR BUDGET PASSES AFTER A YEAR", "HARBOR BUDGET PASSES AFTER A YEAR", "HARBOR BUDGET PASSES AFTER A YEAR"),
])
def test_a_title_in_capitals_takes_the_subjects_letters(subject, in_capitals, headline):
    lines = ["From: Desk <desk@example.org>", subject, in_capitals, BODY]
    item = parse("\n\n".join(lines).encode())[0]
    assert item.headline == headline


def test_a_subject_that_repeats_the_lede_takes_no_copy_from_the_body():
    lede = "The council approved the harbor budget on Tuesday after a long debate, officials said."
    lines = ["From: Desk <desk@example.org>", f"Subject: {lede}", "HARBOR TIMES", lede, "It passed 5-2."]
    item = parse("\n\n".join(lines).encode())[0]
    assert lede in [b.text for b in item.blocks] and item.headline != lede


@pytest.mark.parametrize("page,expected", [
    # a printed page pasted as text: its running header (page number, paper, date, edition) and the section line
    # under it are the masthead; the headline is the column's, set over two lines
    ("De Kempenaar                                  zaterdag 14 maart 2026\n"
     "Editie Turnhout                                              REGIO 7\n\n"
     "Kempense ziekenhuizen bundelen spoeddiensten 's nachts\n\n",
     ("Kempense ziekenhuizen bundelen spoeddiensten 's nachts", "De Kempenaar", "Editie Turnhout")),
    ("17   Gazzetta del Golfo          Martedì 10 marzo 2026 · Edizione di Olbia\nCRONACA\n\n"
     "Porto turistico, il cantiere\nsi ferma per sei mesi\n\n",
     ("Porto turistico, il cantiere si ferma per sei mesi", "Gazzetta del Golfo", "Edizione di Olbia")),
    ("Jornal de Aveiro e Vouga | Edição Região Centro | Quarta-feira, 15 de abril de 2026\nREGIÃO 7\n\n"
     "Ria de Aveiro vai ter barreira contra\nsal para proteger arrozais do Baixo Vouga\n\n",
     ("Ria de Aveiro vai ter barreira contra sal para proteger arrozais do Baixo Vouga", "Jornal de Aveiro e Vouga",
      "Edição Região Centro")),
])
def test_a_printed_pages_running_header_is_its_masthead(page, expected):
    story = ("Die ziekenhuizen bundelen vanaf 1 september hun spoeddiensten tijdens de nacht, zo maakten de drie\n"
             "directies vrijdag bekend na maanden overleg met de artsen en de gemeenten in de regio.\n\n"
             "Tussen 22 uur en 7 uur is er dan nog maar een spoedpost open, in het ziekenhuis van Turnhout.\n")
    item = parse((page + story).encode())[0]
    assert (item.headline, item.publisher, item.edition) == expected
    assert all("2026" not in block.text for block in item.blocks)


def test_a_printed_pages_header_block_set_a_line_each():
    """Under the header, the kicker, headline, standfirst and byline with no blank line between: a line each."""
    page = ("12 L'ÉCHO DE LA SAMBRE MARDI 10 MARS 2026\nRÉGION CHARLEROI\n\nFLEURUS\nPiscine communale : la réouverture\n"
            "repoussée au printemps 2027\nLe désamiantage des vestiaires impose six mois de travaux supplémentaires.\n"
            "THIERRY VANDENBROUCKE\n\nLe chantier de rénovation de la piscine communale de Fleurus, fermée\n"
            "depuis l'été 2023, accuse un nouveau retard de six mois, a indiqué la commune mardi.\n")
    item = parse(page.encode())[0]
    assert item.headline == "Piscine communale : la réouverture repoussée au printemps 2027"
    assert item.byline == "THIERRY VANDENBROUCKE"  # its casing is the normalizer's
    assert item.blocks[-1].text.startswith("Le chantier de rénovation")


@pytest.mark.parametrize("line", [
    "Lyon, le 3 mars 2026",  # a release's place and date: no paper's name beside it
    "Council approves harbor budget after four-hour debate on Tuesday, March 3, 2026.",  # a sentence
    "Tuesday, 10 March 2026",  # a date alone
])
def test_what_is_no_printed_pages_header(line):
    from ingest.parse.text import _page_header
    assert _page_header(line) is None


@pytest.mark.parametrize("take,headline,slug", [
    # a transmission pasted without its control characters keeps its visible frame and service line
    ("ZCZC\nAAP0412 4 S 0687 AUS /AAP-SPT\nSOCCER A-LEAGUE ROVERS SURGE (AAP)\n"
     "Rovers rally late to sink Surge in Hunter thriller\nBy Tahlia Nguyen-Brooks\n",
     "Rovers rally late to sink Surge in Hunter thriller", "SOCCER A-LEAGUE ROVERS SURGE (AAP)"),
    ("ZCZC\nAGBW0457 3 DN 0412 BM\n14/11/2025 15:42 MYT\nDAERAH-PASAR (BM)\n"
     "Agensi Berita Wilayah -- Perkhidmatan Berita Dalam Negeri\n\n"
     "PASAR BASAH BANDAR LAMA MERBAU JAYA AKAN DIPINDAHKAN KE TAPAK BAHARU\n\n",
     "PASAR BASAH BANDAR LAMA MERBAU JAYA AKAN DIPINDAHKAN KE TAPAK BAHARU", "DAERAH-PASAR (BM)"),
    ("dpa 0412 sp\nFußball/Bundesliga/Transfer/\n(Zusammenfassung 1745)\n"
     "Lindenau holt Kroaten Kovačević im Winter - Ablöse rund acht Millionen =\n",
     "Lindenau holt Kroaten Kovačević im Winter - Ablöse rund acht Millionen =", "Fußball/Bundesliga/Transfer/"),
])
def test_a_pasted_transmissions_frame_and_service_line(take, headline, slug):
    story = ("NEWCASTLE, Oct 17 AAP - Substitute Kai Whitford scored twice in the final 12 minutes as the Rovers came\n"
             "from behind to win 3-2 at Harbourside Stadium on Friday night.\n\n"
             "The Surge had led 2-1 after 71 minutes.\n\nNNNN\n")
    item = parse((take + story).encode())[0]
    assert (item.headline, item.extra["slug"]) == (headline, slug)
    assert item.extra["feed_header"]
    assert [b.text for b in item.blocks][-1] == "The Surge had led 2-1 after 71 minutes."
    assert item.extra["wire_frame"][-1] == "NNNN"


def test_a_headline_with_a_service_lines_shape_is_still_read():
    item = parse("Council approves harbor budget after long debate\nBy Maria Ellison\n\n"
                 "The council approved the budget on Tuesday after a four-hour debate, the clerk said.\n".encode())[0]
    assert item.headline == "Council approves harbor budget after long debate"


def test_a_mailed_release_in_swahili_with_its_letterhead():
    release = ("Kutoka: Idara ya Habari SSP <habari@ssp.example>\nTarehe: Jumatano, 14 Oktoba 2026 saa 16:05\n"
               "Kwa: dawati.michezo@habaripwani.example\nMada: TAARIFA KWA VYOMBO VYA HABARI: Maamuzi ya Kamati\n\n"
               "SHIRIKISHO LA SOKA LA PWANI (SSP)\nS.L.P. 90210-80100, Mombasa\n"
               "Barua pepe: habari@ssp.example | Tovuti: www.ssp.example\n\nTAARIFA KWA VYOMBO VYA HABARI\n\n"
               "KAMATI YA NIDHAMU YAIPIGA FAINI BANDARI STARS\n\n"
               "Mombasa, Jumatano 14 Oktoba 2026 - Kamati ya Nidhamu ya Shirikisho la Soka la Pwani (SSP) imekutana leo "
               "kujadili matukio ya mchezo wa Ligi Kuu ya Pwani.\n")
    item = parse(release.encode())[0]
    assert (item.headline, item.publisher) == ("KAMATI YA NIDHAMU YAIPIGA FAINI BANDARI STARS", "SHIRIKISHO LA SOKA LA PWANI")
    assert item.extra["document_type"] == "TAARIFA KWA VYOMBO VYA HABARI"
    assert len(item.extra["mail_headers"]) == 4


def test_an_ap_takes_selector_and_its_note_to_editors_under_the_headline():
    take = ("AP-US--BKN--Cyclones-Dalton Injury\nBC-BKN--Cyclones-Dalton Injury,0438\n"
            "Cyclones star Dalton out 4 to 6 weeks with fractured left hand\n"
            "Eds: UPDATES with comments from coach Renée Castellanos, details. With AP Photos.\n"
            "By DARNELL MCKINNEY and KATHLEEN O'HARE\nAP Sports Writers\n"
            "   COLUMBUS, Ohio (AP) — Columbus Cyclones guard Terrance Dalton will miss at least three weeks, the team "
            "said Wednesday.\n   Dalton had surgery Wednesday morning.\n")
    item = parse(take.encode())[0]
    assert (item.headline, item.publisher, item.summary) == (
        "Cyclones star Dalton out 4 to 6 weeks with fractured left hand", "", "")
    assert item.extra["header"]["note"].startswith("Eds: UPDATES")
    assert item.extra["slug"] == "AP-US--BKN--Cyclones-Dalton Injury"


def test_a_syndicates_release_time_and_fields_over_the_headline():
    column = ("FOR RELEASE: SUNDAY, MARCH 15, 2026, AND THEREAFTER\nCATEGORY: COMMENTARY\nWORDCOUNT: 598\n\n"
              "The quiet collapse of the small-town pharmacy\n\nBy Marisol Tennant\n\n"
              "The pharmacy in my hometown closed on a Friday in February. There was no ceremony.\n\n"
              "It was the fourth independent pharmacy to close in our part of the state in two years.\n")
    item = parse(column.encode())[0]
    assert item.headline == "The quiet collapse of the small-town pharmacy"
    assert item.extra["header"]["embargo"].startswith("FOR RELEASE")
    assert item.extra["header"]["wordcount"] == "598"


@pytest.mark.parametrize("label", ["Pentru difuzare imediată", "Azonnali közlésre", "För omedelbar publicering",
                                   "Välittömästi julkaistavaksi", "Για άμεση δημοσίευση", "Fir direkt Verëffentlechung",
                                   "PRESSEMATDEELUNG"])
def test_for_immediate_release_in_more_languages_is_no_headline(label):
    story = ("The rail operator will run new electric trains on the route from 1 April, cutting the journey by "
             "almost forty minutes, it said on Thursday.")
    item = parse(f"{label}\n\nNew electric trains for the northern line\n\n{story}".encode())[0]
    assert item.headline == "New electric trains for the northern line"


def test_a_kyrgyz_cms_exports_labelled_fields():
    lines = ["ID: 48213", "Статус: жарыяланды", "Басылма: Нарын Маалымат", "Бөлүм: Энергетика",
             "Аталышы: Нарындагы суунун деңгээли төмөндөдү", "Кошумча аталыш: Кышкы жүктөмгө суу жетеби",
             "Авторлор: Айгерим Токтосунова жана Бакыт Абдыкалыков", "Кыскача: Суу сактагычтагы суу азайды.",
             "Тексти:", "",
             "НАРЫН — Суу сактагычтагы суунун көлөмү өткөн жылга караганда азыраак, деп билдиришти адистер."]
    item = parse("\n".join(lines).encode())[0]
    assert (item.headline, item.subheadline, item.publisher, item.summary) == (
        "Нарындагы суунун деңгээли төмөндөдү", "Кышкы жүктөмгө суу жетеби", "Нарын Маалымат",
        "Суу сактагычтагы суу азайды.")
    assert item.byline.endswith("Айгерим Токтосунова жана Бакыт Абдыкалыков")


@pytest.mark.parametrize("slot, section", [("POLİTİKA", True), ("EKONOMİ", True), ("Local News", True),
                                           ("Orta Anadolu Haber Ajansı", False)])
def test_a_section_slot_in_turkish_capitals(slot, section):
    """Turkish "İ" lowers to "i" and a combining dot: "POLİTİKA" is still the politics section."""
    from ingest.parse.text import _is_section_slot
    assert _is_section_slot(slot) is section


def test_a_greeting_under_a_masthead_between_rules_stands_in_no_headlines_way():
    """ "====" / masthead / edition line / "====" / "Good morning, commuters! ..." / headline / byline: the greeting,
    addressed to readers named after its comma, is the letter's voice; the headline and byline under it are read."""
    raw = ("============================================================\n"
           "SUGBO DAILY LEDGER | COMMUTER BRIEF\nWeekend Edition | November 14, 2026\n"
           "============================================================\n\n"
           "Good morning, commuters! Here's what's moving this week.\n\n"
           "Cebu BRT trial runs extended to Talamban as ridership tops 60,000 a day\n\n"
           "By Jose Mari dela Cruz Jr. and Ma. Theresa Villanueva\n\n"
           "CEBU CITY — Trial runs of the Cebu Bus Rapid Transit will be extended north to Talamban starting "
           "December 1, project officials said Friday.\n\n"
           "The extension adds four stations along Governor M. Cuenco Avenue.\n").encode()
    (item,) = parse(raw, "text/plain")
    assert item.headline == "Cebu BRT trial runs extended to Talamban as ridership tops 60,000 a day"
    assert item.byline == "By Jose Mari dela Cruz Jr. and Ma. Theresa Villanueva"


def test_a_forwarded_storys_headline_with_a_kickers_colon_is_no_mail_header():
    raw = ("Salaam, yónnee naa la xibaar bi.\nMoussa\n\n---------- Message transféré ---------\n"
           "De : Xibaar Laamb <redaksion@xibaarlaamb.example>\nDate: dim. 15 nov. 2026 à 23:40\n"
           "Subject: Laamb: Gaynde Ngor daan na Tigre bu Ndaw\nTo: <jokkoo@xibaarlaamb.example>\n\n\n"
           "Laamb: Gaynde Ngor daan na Tigre bu Ndaw ci Arène nationale\n\n"
           "PIKINE — Gaynde Ngor moo daan Tigre bu Ndaw dibéer ci ngoon ci Arène nationale, ci kanamu ay junniy nit.\n\n"
           "Bëre bi yàggul: ci ñetteelu simili bi la Gaynde Ngor jàpp loxob Tigre bu Ndaw.\n").encode()
    (item,) = parse(raw, "text/plain")
    assert item.headline == "Laamb: Gaynde Ngor daan na Tigre bu Ndaw ci Arène nationale"


@pytest.mark.parametrize("above, fields, headline, byline, publisher", [
    # a portal's service line, then the wire's own labelled fields (its source, priority, keywords) over the title
    (["OHA | POLİTİKA | 14.11.2026 13:42"], ["Kaynak: Orta Anadolu Haber Ajansı (OHA)",
      "Öncelik: 3 (Normal) · Kelime sayısı: 356", "Anahtar kelimeler: Eskişehir, belediye meclisi"],
     "ESKİŞEHİR'DE MECLİSTE ÇOĞUNLUK EL DEĞİŞTİRDİ", "Haber: Elif KOÇAK / OHA", "Orta Anadolu Haber Ajansı (OHA)"),
    # a release's label, date and release line, then its issuer's labelled line over the title
    (["TIEDOTE", "10.2.2026 klo 9.15", "Vapaa julkaistavaksi heti"], ["Julkaisija: Koskelan ammattiopisto"],
     "Koskelan ammattiopisto avaa robotiikan oppimiskeskuksen", "Kirjoittaja: viestintäasiantuntija Jussi Lehtonen",
     "Koskelan ammattiopisto"),
])
def test_one_story_field_over_a_title_and_its_byline_is_a_header(above, fields, headline, byline, publisher):
    lines = [*above, *fields, "", headline, "", byline, ""]
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert (item.headline, item.byline, item.publisher) == (headline, byline, publisher)
    assert item.blocks[0].text.startswith("PORTLAND, Maine")


def test_a_hard_wrapped_releases_header_lines_set_without_blank_lines_stay_lines():
    wrapped = ["TIEDOTE", "10.2.2026 klo 9.15", "Vapaa julkaistavaksi heti", "Julkaisija: Koskelan ammattiopisto", "",
               "Koskelan ammattiopisto avaa Tampereelle robotiikan oppimiskeskuksen", "", "Kirjoittaja: Jussi Lehtonen", "",
               "Koskelan ammattiopisto avaa elokuussa Tampereen Hervantaan robotiikan ja",
               "automaation oppimiskeskuksen, jossa opiskelijat harjoittelevat",
               "teollisuusrobottien ohjelmointia ja huoltoa aidoissa tuotantoympäristöissä.", "",
               "Keskukseen hankitaan kahdeksan teollisuusrobottia, kaksi",
               "yhteistyörobottia ja automaattinen varastojärjestelmä. Hankinnan",
               "kokonaiskustannus on noin 2,4 miljoonaa euroa."]
    item = parse("\n".join(wrapped).encode())[0]
    assert item.headline == "Koskelan ammattiopisto avaa Tampereelle robotiikan oppimiskeskuksen"
    assert item.publisher == "Koskelan ammattiopisto"
    # the copy's own wrapped lines are still one paragraph each, its short last lines included
    assert [b.text[:20] for b in item.blocks] == ["Koskelan ammattiopis", "Keskukseen hankitaan"]


@pytest.mark.parametrize("byline", [
    "Gabaasaa: Caalaa Tolasaa fi Meeron Gammachuu, Tajaajila Oduu Gadaa",  # a label no list holds, with its colon
    "Sau los ntawm Maiv Xyooj thiab Tooj Vaj",  # a capitalised word and words in lower case, then the names
    "Bài: Trần Minh Khoa và Lê Hồng Nhung (TPN)",  # the agency's code in brackets after them
])
def test_a_byline_whose_by_no_list_holds_right_under_the_headline(byline):
    lines = ["Adaamaatti shakkamtoonni garee hanna konkolaataa 7 to'annoo jala oolan", "", byline, ""]
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert item.byline == byline
    assert item.blocks[0].text.startswith("PORTLAND, Maine")


@pytest.mark.parametrize("line", [
    "Sent from Outlook for Android", "Photo: Mikko Salo Lehtonen", "Summary: Harbor Board Votes",
    # an English phrase (English lists every phrase its bylines open with), a label naming someone else, a prompt
    "Sponsored by Acme Tools", "Sponsor: Acme Tools", "Contact: Jane Doe", "Follow the Ledger on Mastodon",
])
def test_a_mail_programs_line_a_photo_credit_or_a_known_label_under_the_headline_is_no_byline(line):
    lines = ["Council approves the harbor budget after a long debate", "", line, ""]
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert item.byline == ""


@pytest.mark.parametrize("last", ["Sponsored by Acme Tools", "Follow the Ledger on Mastodon"])
def test_a_one_paragraph_item_keeps_its_closing_line_for_the_cleaner(last):
    item = parse(f"Storm hits coast\n\nThe storm hit the coast on Monday.\n{last}\n".encode())[0]
    assert (item.byline, item.summary) == ("", "")
    assert [block.text for block in item.blocks] == ["The storm hit the coast on Monday.", last]


def test_a_hard_wrapped_texts_labelled_header_lines_are_a_line_each():
    """A labelled field as long as the wrap width is not run on into the next label's line."""
    copy = ("DUNEDIN — The Caversham Playhouse, the timber hall that has staged amateur\n"
            "theatre in South Dunedin since 1911, will stay open after 1,400 donors gave\n"
            "$620,000 in a month-long appeal that closed on Monday night in the city.\n\n"
            "The Caversham Players needed the money to replace a roof that engineers\n"
            "warned last winter could fail under heavy snow, the society said today.\n")
    text = ("HEAD: Caversham Playhouse saved as 1,400 donors raise $620,000 in 30 days\n"
            "STANDFIRST: Volunteers behind Dunedin's oldest amateur stage say roof work can start.\n"
            "By Hine Karaka-Reid, arts reporter\n\n" + copy)
    item = parse(text.encode())[0]
    assert item.headline == "Caversham Playhouse saved as 1,400 donors raise $620,000 in 30 days"
    assert item.summary == "Volunteers behind Dunedin's oldest amateur stage say roof work can start."


@pytest.mark.parametrize("masthead, issue", [
    ("PLES TOK MEDIA", "NIUS LETA BILONG WIK — Namba 38 — Fraide, 24 Oktoba 2025"),
    ("LE TAUTAI – Tala o le Vaiaso", "Lomiga #42 · Aso Lulu, 15 Oketopa 2025"),
])
def test_a_newsletters_headline_anchored_by_its_dated_copy(masthead, issue):
    """A masthead, its issue line, its web view and rules over the headline: the copy's dated first paragraph anchors
    the headline, the title over the line over it."""
    lines = [masthead, issue, "Lukim dispela nius leta long web: https://plestok.example/niusleta/38", "=" * 40,
             "SIOS NA KOMUNITI", "=" * 40, "Ol meri bilong sios long Goroka i kirapim skul bilong ritim na raitim",
             "Raitim: Joseph Waine na Rose Kila",
             "GOROKA — Ol meri bilong ol sios long Goroka i statim wanpela skul bilong ritim na raitim bilong ol mama.",
             "Klostu 90 mama i kam long namba wan wik."]
    item = parse("\n\n".join(lines).encode())[0]
    assert item.headline == "Ol meri bilong sios long Goroka i kirapim skul bilong ritim na raitim"
    assert item.blocks[0].text.startswith("GOROKA —")


def test_a_masthead_over_dated_copy_without_a_newsletters_furniture_is_read_as_before():
    lines = ["HARBOR TIMES", "Council approves the harbor budget after a long year",
             "PORTLAND, Maine — The council approved the harbor budget on Tuesday after a long debate, officials said."]
    item = parse("\n\n".join(lines).encode())[0]
    assert item.headline == "Council approves the harbor budget after a long year"


def test_the_headers_date_read_under_the_headline_is_no_subheadline():
    lines = ["Brimrót stekkur beint á toppinn", "Vika 42 · 16. október 2026",
             "REYKJAVÍK — Hljómsveitin Brimrót fór beint í efsta sæti vinsældalistans í vikunni, sagði útgefandinn."]
    item = parse("\n\n".join(lines).encode())[0]
    assert item.subheadline == "" and item.extra["header"]["date_line"] == "Vika 42 · 16. október 2026"


@pytest.mark.parametrize("byline_line, headline, byline", [
    # "Words:" before a name is the writer's credit, as magazines and newsletters set it, anchoring the headline
    ("Words: Rhodri ap Gwilym (rhodri@tawedispatch.example)",
     "Port Tennant hydrogen plant wins £48m backing, but first jobs are two years away",
     "Words: Rhodri ap Gwilym (rhodri@tawedispatch.example)"),
])
def test_a_newsletters_words_credit_is_its_byline(byline_line, headline, byline):
    text = "\n".join(["THE TAWE DISPATCH", "Friday edition · No. 214 · 13 March 2026",
                      "Trouble reading this? Open it in your browser: https://tawedispatch.example/214", "=" * 40, "",
                      headline, "", byline_line, "",
                      "SWANSEA — A green hydrogen plant planned for the old coal wharves has secured £48 million.", "",
                      "Tawe Hydrogen Ltd said the money would pay for a 35-megawatt electrolyser."])
    item = parse(text.encode())[0]
    assert (item.headline, item.byline) == (headline, byline)


def test_words_with_a_count_are_no_byline():
    """A wire header's "Words: 431" counts the copy's words."""
    from ingest.parse.text import is_byline_line
    assert is_byline_line("Words: Rhodri ap Gwilym") and not is_byline_line("Words: 431")


@pytest.mark.parametrize("byline_line, byline", [
    # two people joined by an "and" no list holds, under the headline
    ("Qali Maxammad kee Faaxima Cabdalla", "Qali Maxammad kee Faaxima Cabdalla"),
    # an English small word between capitalised words is no "and": a programme's line
    ("On AM with Nadia Korsgaard", ""),
])
def test_people_joined_by_an_unlisted_and_under_the_headline(byline_line, byline):
    text = "\n\n".join(["QAFAR XAGANA | Barti", "Samara magaalal Qusba barti qari fakkime: 600 baxsa-xaylo barta",
                       byline_line, "SAMARA – Qafar Rakaakayak Barti Biiro Samara magaalal barti qari fakkime.",
                       "Barti qari 24 kutaatiy 2 laboratoorih lih tan."])
    item = parse(text.encode())[0]
    assert item.byline == byline


@pytest.mark.parametrize("toolbar, headline", [
    # a portal's title over its row of buttons: the page's title, not the story's headline
    ("Stampa | Scarica RTF | Manna pi e-mail | Torna a l'elencu", "PALERMU, CUNNANNATI SETTI PI L'ESTORSIONI Ô MERCATU"),
    # a packed header's slots hold a date: the first line stays the headline
    ("Harbor Gazette | March 3, 2026 | PORTLAND", "ASN Portali Clienti — Nutiziariu Sicilia"),
])
def test_a_portals_title_over_its_toolbar_is_no_headline(toolbar, headline):
    text = "\n\n".join(["ASN Portali Clienti — Nutiziariu Sicilia", toolbar,
                       "ASN · 14:32 · 12/11/2025 · Cronaca · Prioritati: urgenti",
                       "PALERMU, CUNNANNATI SETTI PI L'ESTORSIONI Ô MERCATU",
                       "Lu tribunali: «Pagavanu tutti, ogni simana»", "di SALVATORE LO PRESTI",
                       "PALERMU (ASN) – Lu tribunali di Palermu cunnannau ajeri setti pirsuni pi estorsioni.",
                       "Li peni vannu di dui a ottu anni di càrciri."])
    assert parse(text.encode())[0].headline == headline


def test_a_portals_second_row_of_buttons_over_the_headline_is_no_headline():
    """Title, menu, item lines, then a row of buttons right over the headline and its byline: the title over the byline
    is the headline, not the row over it (round 90/09's Gedeo paste)."""
    text = "\n\n".join([
        "Dilla Oduu Ajansiya | Portaala Maamiltootaa", "Mana | Oduu Haaraa | Kuusaa | Ba'i",
        "Seente: gaazexaa-hawaasaa-07", "Kutaa: Diinagdee    Lakk.: DOA-2026-11-4471    Yeroo: 19/11/2026 08:40",
        "Maxxansi | Ergi | Kuusi", "Gatiin buna Yirgachaffee gabaa Dillaatti dabaleera",
        "Tigist Dube, Dilla Oduu Ajansiya",
        "YIRGACHAFFE, Gedeo (DOA) — Gatiin buna dheedhii kiiloon tokko gabaa Yirgachaffeetti torban kana qarshii 148 "
        "ga'eera.", "Waldaan hojii gamtaa qonnaan bultoota buna Gedeo akka jedhutti, oomishni hir'achuu danda'a."])
    item = parse(text.encode())[0]
    assert (item.headline, item.publisher) == ("Gatiin buna Yirgachaffee gabaa Dillaatti dabaleera", "")


def test_a_newsletters_web_view_over_its_boxed_masthead_and_its_contents_line():
    """The web view's line over the masthead's box, the issue line's edition, a contents line in capitals with its
    titles between bars: furniture, the headline the title under them (round 92/14)."""
    text = "\n".join([
        "Can't read this properly? Read it online: https://stanleydispatch.example/issues/412", "",
        "=" * 49, "THE STANLEY WEEKLY DISPATCH", "Friday Edition  ·  No. 412  ·  6 March 2026", "=" * 49, "",
        "IN THIS ISSUE: Port pay deal | Camp roads update | Netball results | Classifieds", "", "-" * 49, "",
        "PORT WORKERS ACCEPT TWO-YEAR DEAL, ENDING EARLY-SHIFT DISPUTE", "", "By Dispatch Staff", "",
        "STANLEY — Dock and cold-store workers at the main fishing port have voted to accept a two-year pay deal.", "",
        "Members of the union voted 71 to 18 in favour of the offer, which includes a 5.5 per cent rise this year."])
    item = parse(text.encode())[0]
    assert (item.headline, item.publisher, item.edition) == (
        "PORT WORKERS ACCEPT TWO-YEAR DEAL, ENDING EARLY-SHIFT DISPUTE", "THE STANLEY WEEKLY DISPATCH", "Friday Edition")


def test_a_newsletters_web_view_on_its_third_line_and_a_greeting_over_its_rule():
    """Masthead, issue line, web view, greeting, rule: the byline anchors the headline under them; the issue line
    names the edition and its date."""
    text = "\n".join([
        "THE AVARUA LEDGER — SPORTS WRAP", "Saturday Edition | 15 March 2025",
        "View this newsletter in your browser: https://avarualedger.example/wrap/2025-03-15", "",
        "Kia orana and welcome to the Sports Wrap, your Saturday round-up of everything on and off the water.", "",
        "=" * 40, "", "Ngatangiia crew storm home in round-the-island va'a marathon", "",
        "Record field of 31 crews braves northerly chop on the 32km lap of Rarotonga", "",
        "By Mereana Tangitoru, Sports Editor", "",
        "Ngatangiia Toa took the open men's title in the annual round-the-island va'a marathon on Saturday.", "",
        "Titikaveka Blue finished second, nearly four minutes behind."])
    item = parse(text.encode())[0]
    assert (item.headline, item.edition) == ("Ngatangiia crew storm home in round-the-island va'a marathon",
                                             "Saturday Edition")
    assert item.byline == "By Mereana Tangitoru, Sports Editor"


@pytest.mark.parametrize("byline_slot", [
    pytest.param("EKEMINI UDOH ye ANIEFIOK ETUK", id="people in capitals joined by a word no list holds"),
    pytest.param("Maricel Taguinod anna Joven Baggayan", id="people joined in their language"),
    pytest.param("Colleen d'Entremont", id="a particle run into the surname"),
])
def test_the_slot_after_the_place_holding_people_is_the_byline(byline_slot):
    header = f"Council approves harbor budget/ The Harbor Gazette/ PORTLAND/ {byline_slot}/ Weekend Edition/"
    item = parse(f"{header}\n{BODY}".encode())[0]
    assert (item.headline, item.publisher, item.dateline, item.byline, item.edition) == (
        "Council approves harbor budget", "The Harbor Gazette", "PORTLAND", byline_slot, "Weekend Edition")


@pytest.mark.parametrize("place", ["LẠC SƠN", "ΑΘΗΝΑ", "İSTANBUL", "NEBAJ"])
def test_a_packed_headers_place_in_capitals_of_any_cased_script(place):
    header = f"Council approves harbor budget/ The Harbor Gazette/ {place}/ BÙI THỊ NHÀI vả ĐINH CÔNG TƯƠI/"
    item = parse(f"{header}\n{BODY}".encode())[0]
    assert (item.publisher, item.dateline, item.byline) == (
        "The Harbor Gazette", place, "BÙI THỊ NHÀI vả ĐINH CÔNG TƯƠI")


def test_a_mastheads_section_in_capitals_over_its_date_is_no_place():
    item = parse("ДІН | 18.03.2025, 14:27\n\nТүркістандағы XIX ғасыр мешіті жөндеуден кейін қайта ашылды\n\n"
                 "ТҮРКІСТАН. 18 наурыз. ДАЛА АҚПАРАТ – Түркістандағы мешіт жөндеуден кейін қайта ашылды деп хабарлады "
                 "облыс әкімдігі.".encode())[0]
    assert item.dateline != "ДІН"


@pytest.mark.parametrize("edition", ["Vatz Q'ii", "Πρωινή Έκδοση", "Edisyon ta Umma"])
def test_the_seeds_slot_between_byline_and_summary_is_the_edition_in_any_words(edition):
    header = (f"Council approves harbor budget/ The Harbor Gazette/ PORTLAND/ Maria Ellison/ {edition}/ "
              "The vote ends a year of delays over the harbor's dredging plan.")
    item = parse(f"{header}\n{BODY}".encode())[0]
    assert (item.byline, item.edition) == ("Maria Ellison", edition)
    assert edition not in item.extra.get("header_parts", [])


def test_a_slot_after_the_byline_with_no_summary_after_it_is_not_read_as_the_edition():
    item = parse(f"Council approves harbor budget/ The Harbor Gazette/ PORTLAND/ Maria Ellison/ Vatz Q'ii\n{BODY}".encode())[0]
    assert item.edition == ""


def test_a_header_in_a_script_without_capitals_stands_in_the_seeds_order():
    header = ("سکردو میونسپل کمیٹی نا بجٹ ۷۲ کروڑ/ بلتستان ژھوس/ سکردو/ غلام حیدر ژھنگپو/ صبح نا ایڈیشن/ "
              "سکردو میونسپل کمیٹی ۷۲ کروڑ روپیہ نا بجٹ منظور بیدسے؛ چھو نا پائپ لائن ۲۱ کروڑ۔")
    item = parse(f"{header}\n{BODY}".encode())[0]
    assert (item.publisher, item.dateline, item.byline, item.edition) == (
        "بلتستان ژھوس", "سکردو", "غلام حیدر ژھنگپو", "صبح نا ایڈیشن")


def test_an_exports_fields_in_labels_no_list_holds_over_its_rule_are_its_header_to_the_last():
    """Every label unknown and the last field over the export's rule: the run closed by the rule is the header, the
    last field with it (a trailing labelled line is the copy's only where no mark closes the run)."""
    export = ("Tiefmuf: Laifvfongx hof 86 ngaz tiaoflouf lix sif, Bifzivkar nifzaf ngaz lax\n"
              "Xiefkar: Tianf Xiaofyunx ca Pengf Zhix\n"
              "Dizdiaf: LAIFVFONGX\n"
              "Zaifyaof: Laifvfongx xianf Hefzhenx 86 ngaz tiaoflouf lix sif, Bifzivkar nifzaf ngaz lax.\n"
              "Lanfmuf: Ngaz nief lix\n"
              "----\n" + BODY)
    item = parse(export.encode())[0]
    assert (item.headline, item.byline, item.dateline) == (
        "Laifvfongx hof 86 ngaz tiaoflouf lix sif, Bifzivkar nifzaf ngaz lax", "Tianf Xiaofyunx ca Pengf Zhix",
        "LAIFVFONGX")
    assert not any("Lanfmuf" in block.text or block.text == "----" for block in item.blocks)


@pytest.mark.parametrize("lines, publisher, edition", [
    # the edition's label and word in Afrikaans, Albanian and Bulgarian, whose "Издание" also names a publication
    (["Opskrif: Boer kry tronkstraf oor diefstal van volstruise", "Onderopskrif: Voormalige plaasbestuurder moet sit",
      "Deur: ANNELIE DU TOIT, Suid-Kaap Nuusdiens", "Plek: OUDTSHOORN", "Publikasie: Die Klein-Karoo Koerant",
      "Uitgawe: Donderdag-uitgawe", "Afdeling: Hof", "Woorde: 212", "", "Teks:"], "Die Klein-Karoo Koerant",
     "Donderdag-uitgawe"),
    (["TITULLI: Këshilli miraton zonën këmbësore", "AUTORI: Elira Dhamo", "BOTUESI: Gazeta Korça Sot",
      "BOTIMI: Edicioni i mbrëmjes"], "Gazeta Korça Sot", "Edicioni i mbrëmjes"),
    (["ID: gk-2025-03-27-0412", "Заглавие: Общинският съвет отхвърли поскъпването на водата",
      "Автор: ДЕСИСЛАВА КОЛЕВА, репортер", "Място: ГАБРОВО", "Издание: Сутрешно издание", "Медия: Габровски куриер",
      "Рубрика: Местна власт"], "Габровски куриер", "Сутрешно издание"),
    # "Видання" naming the publication, as Ukrainian exports label it
    (["Видання: Слобідський кур’єр", "Заголовок: У Харкові відновили три багатоповерхівки",
      "Автори: Олена Мельник та Ігор Бондаренко"], "Слобідський кур’єр", ""),
])
def test_an_exports_edition_in_more_languages(lines, publisher, edition):
    item = parse(("\n".join(lines) + "\n" + BODY).encode())[0]
    assert (item.publisher, item.edition) == (publisher, edition)
