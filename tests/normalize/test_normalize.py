"""The normalize step as a whole: fields fit their columns, bare bylines are found, the packed header wins."""
import pytest

from ingest.vocabulary import agency_name

from ingest.clean import clean
from ingest.items import HEADING, Block, ParsedItem
from ingest.normalize import FIELD_LIMITS, HouseStyle, normalize
from ingest.normalize.headline import SENTENCE


def _draft(**fields):
    item = ParsedItem(format="text", blocks=[Block(text="LONDON, Jan 5 (Reuters) - Markets rose on Monday.")], **fields)
    return normalize(clean(item), HouseStyle())


def test_overlong_fields_are_cut_at_a_word_to_fit_their_columns():
    draft = _draft(headline="word " * 600, byline="By " + "Name " * 400, publisher="Outlet " * 100)
    for name, limit in FIELD_LIMITS.items():
        assert len(getattr(draft, name)) <= limit, name
    assert draft.headline.endswith("word…")


def test_a_bare_agency_byline_in_the_subheadline_slot_is_the_byline():
    draft = _draft(headline="Gold edges higher", subheadline="Reuters Staff")
    assert (draft.byline, draft.subheadline, draft.credit, draft.authors) == ("Reuters Staff", "", "Reuters", [])


def test_a_real_subheadline_stays():
    draft = _draft(headline="Gold edges higher", subheadline="Chaos in Brussels")
    assert (draft.subheadline, draft.byline) == ("Chaos in Brussels", "")


def test_one_text_is_the_summary_not_also_the_subheadline():
    deck = "Three platforms, one problem: readers have hit their subscription ceiling"
    draft = _draft(headline="The subscription ceiling", subheadline=deck, summary=deck)
    assert (draft.subheadline, draft.summary) == ("", deck)
    draft = _draft(headline="The subscription ceiling", subheadline="A second headline", summary=deck)
    assert (draft.subheadline, draft.summary) == ("A second headline", deck)  # two texts: both fields


def test_packed_header_dateline_wins_but_the_wire_dateline_gives_credit_and_date():
    draft = _draft(headline="Markets rise", dateline="NEW YORK")
    assert (draft.dateline, draft.credit, draft.dateline_date) == ("NEW YORK", "Reuters", "Jan 5")


DATELINE_SLOTS = [
    # what a structured dateline field held, the dateline
    ("NEW YORK", "NEW YORK"),
    ("DES MOINES, Iowa", "DES MOINES, Iowa"),
    ("新华社北京6月11日电", "北京"),  # the whole wire dateline: agency, place, date
    ("Lyon, 12 mars 2026", "Lyon"),  # the place with its date
    ("Одеса, 14 березня", "Одеса"),
    ("Kilkee, Co Clare", "Kilkee, Co Clare"),
    ("台北22日電", "台北"),  # CNA's place with its day glued on
    ("አዲስ አበባ፣ ጥቅምት 3/2018", "አዲስ አበባ"),  # after the Ethiopic comma, the date
    ("台北", "台北"),
]


@pytest.mark.parametrize("slot, dateline", DATELINE_SLOTS, ids=[case[0] for case in DATELINE_SLOTS])
def test_a_dateline_slot_gives_its_place_only(slot, dateline):
    assert _draft(headline="Markets rise", dateline=slot).dateline == dateline


def test_body_text_keeps_the_dateline_as_sent():
    draft = _draft(headline="Markets rise")
    assert draft.body_text == "LONDON, Jan 5 (Reuters) - Markets rose on Monday."
    assert draft.body_html == "<p>LONDON, Jan 5 (Reuters) - Markets rose on Monday.</p>"


BODY_DATELINES = [
    # paragraphs, dateline, credit
    (["Editor's note: This story contains graphic descriptions.", "DERNA, Libya (AP) — Survivors said."], "DERNA, Libya", "Associated Press"),
    (["They are all out.", "“We heard them,” he said.", "LIMA, Peru (Reuters) - Rescuers said."], "LIMA, Peru", "Reuters"),
    (["DENVER — Voters will decide.", "The council agreed."], "DENVER", ""),
    # past the first paragraph, a dateline with no agency credit counts only with its place in capitals, as wires
    # write it, under what a page or a paste left above the copy
    (["We apologize, but this video has failed to load.", "OTTAWA — Canada's economy grew."], "OTTAWA", ""),
    (["Republish: Free to republish under CC BY-ND 4.0.", "LAKEPORT, Mich. — Detectives arrested a man."],
     "LAKEPORT, Mich.", ""),
    (["The vote was close.", "Denver — Voters will decide."], "", ""),
    # a credited dateline under a capitals one wins: "DOPUNJENO" ("UPDATED") is the desk's label
    (["Dodana izjava gradonačelnika.", "DOPUNJENO - Split: Vijeće zabranilo romobile", "SPLIT, 14. svibnja 2026. (Hina) - Gradsko vijeće je odlučilo."],
     "SPLIT", "Hrvatska izvještajna novinska agencija"),
    # a dateline with its full date under a standfirst; a dateline in ordinary case with neither stays unread above
    (["Ülikooli uus labor avatakse kevadel.", "Tartu, 3. märts 2026 – Ülikool teatas uuest laborist."], "Tartu", ""),
    # the fourth and fifth paragraphs only for a wire dateline in capitals with its agency (a breaking-news label,
    # a video's caption and its countdown above the copy); nothing past the fifth
    (["SON DAKİKA", "Fabrika önünde bekleyiş | 02:14", "Sıradaki video başlayacak", "BURSA (AP) — Four."], "BURSA",
     "Associated Press"),
    (["One.", "Two.", "Three.", "Oslo (NTB) — Four."], "", ""),
    (["One.", "Two.", "Three.", "Four.", "Five.", "OSLO (AP) — Six."], "", ""),
    # the place alone opening the lead, the first paragraph of twenty words or more, under short lines the page left
    # above the copy (a video's title, a photo credit); the place's full stop before the dash, as Afrikaans sets it
    (["Reportáž: Jak by mohla vypadat nová hala v Porubě", "Přehrát video (2:14)",
      "Ostrava – Hokejisté HC Slezan Ostrava by mohli do konce desetiletí hrát v nové multifunkční hale, kterou klub "
      "představil ve čtvrtek zastupitelům města."], "Ostrava", ""),
    (["Ceres. – Vrugteboere in die Koue Bokkeveld skat dat tot 'n derde van vanjaar se oes verlore is."], "Ceres", ""),
    # a long paragraph above it is copy: the place in ordinary case opening a later one is no dateline
    (["The council met on Tuesday evening to debate the harbour budget, which has been delayed for more than a year.",
      "Ostrava – Hokejisté HC Slezan Ostrava by mohli do konce desetiletí hrát v nové hale, řekl ve čtvrtek."], "", ""),
]


@pytest.mark.parametrize("paragraphs, dateline, credit", BODY_DATELINES, ids=[c[1] or "none" for c in BODY_DATELINES])
def test_wire_dateline_is_read_from_the_first_paragraphs(paragraphs, dateline, credit):
    item = ParsedItem(format="text", guid="g", headline="Headline", blocks=[Block(text=text) for text in paragraphs])
    draft = normalize(clean(item))
    assert (draft.dateline, draft.credit) == (dateline, credit)
    assert draft.body_text.split("\n\n") == paragraphs  # the copy itself is untouched


SUBHEADLINE_SLOT = [
    # what a parser left as the subheadline, subheadline, byline, authors
    ("Reuters Staff", "", "Reuters Staff", []),
    ("Jane Doe, Reuters", "", "Jane Doe", ["Jane Doe"]),
    ("Jane Doe, Staff Writer", "", "Jane Doe", ["Jane Doe"]),
    ("Jane Doe | Reuters", "", "Jane Doe", ["Jane Doe"]),
    ("Jane Doe - AP", "", "Jane Doe", ["Jane Doe"]),
    ("Markets - a Reuters poll", "Markets - a Reuters poll", "", []),  # a spaced hyphen stays as sent, as in headlines
    ("Chaos in Brussels", "Chaos in Brussels", "", []),
    ("Markets, Reuters poll shows, expect two cuts", "Markets, Reuters poll shows, expect two cuts", "", []),
]


@pytest.mark.parametrize("line, subheadline, byline, authors", SUBHEADLINE_SLOT, ids=[c[0] for c in SUBHEADLINE_SLOT])
def test_only_a_line_that_can_only_be_a_byline_leaves_the_subheadline_slot(line, subheadline, byline, authors):
    draft = _draft(headline="Gold edges higher", subheadline=line)
    assert (draft.subheadline, draft.byline, draft.authors) == (subheadline, byline, authors)


def test_a_shouting_headline_is_brought_down_with_the_names_its_copy_spells():
    item = ParsedItem(format="text", headline="MERKEL AND MACRON MEET IN PARIS", blocks=[
        Block(kind=HEADING, text="What Happens Next"),
        Block(text="PARIS (AP) — German Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday."),
    ])
    draft = normalize(clean(item), HouseStyle(headline_case=SENTENCE))
    assert (draft.headline, draft.original_headline) == ("Merkel and Macron meet in Paris", "MERKEL AND MACRON MEET IN PARIS")
    # A title-cased heading in the copy is no evidence: "Happens" is not a name.
    assert normalize(clean(ParsedItem(format="text", headline="WHAT HAPPENS NEXT IN PARIS", blocks=item.blocks)),
                     HouseStyle(headline_case=SENTENCE)).headline == "What happens next in Paris"


@pytest.mark.parametrize("last, credit", [
    ("– SAnews.gov.za", "South African Government News Agency"),  # a wire's sign-off line: the agency's site
    ("(MAP)", "Maghreb Arabe Presse"),
    ("APS", "Algérie Presse Service"),
    ("Thanks for reading.", ""),  # a closing line that names no agency
])
def test_an_agency_signing_off_on_the_last_line_is_the_credit(last, credit):
    item = ParsedItem(format="text", headline="Harbour budget approved",
                      blocks=[Block(text="The council approved the harbour budget on Tuesday after a long debate."),
                              Block(text=last)])
    assert normalize(clean(item), HouseStyle()).credit == credit


@pytest.mark.parametrize("paragraphs,dateline", [
    # an interview's questioner opens several paragraphs: a speaker, not a dateline
    (["Z autorką rozmawiamy o pamięci miasta.", "PAP: Zaczyna pani książkę od zapachu. Dlaczego?",
      "Hanna Wróbel-Kos: Bo daty w Gdańsku są już zajęte.", "PAP: Czy to książka o pani ojcu?", "Hanna Wróbel-Kos: Nie."],
     ""),
    (["PV: Vì sao chị đặt tên triển lãm như vậy?", "Họa sĩ: Vì tranh có mười hai lớp sơn.", "PV: Xin cảm ơn chị!"], ""),
    # a dateline opens one paragraph
    (["WARSZAWA (PAP) - Sejm przyjął ustawę.", "Posłowie głosowali w piątek."], "WARSZAWA"),
])
def test_an_interviews_speaker_label_is_no_dateline(paragraphs, dateline):
    item = ParsedItem(format="text", headline="x", blocks=[Block(text=text) for text in paragraphs])
    assert normalize(clean(item), HouseStyle()).dateline == dateline


@pytest.mark.parametrize("publisher, credit, shown_publisher", [
    # an agency no list knows: its code in the dateline, its name where the item names its outlet
    ("Sharq Xabar agentligi", "Sharq Xabar agentligi", ""),
    ("Daugavas Ziņu aģentūra", "Daugavas Ziņu aģentūra", ""),
    ("The Tashkent Courier", "SXA", "The Tashkent Courier"),  # an outlet that does not spell the code stays the outlet
])
def test_an_unknown_agencys_code_is_named_as_the_item_names_it(publisher, credit, shown_publisher):
    code = "SXA" if credit in ("SXA", "Sharq Xabar agentligi") else "DZA"
    item = ParsedItem(format="text", headline="Senat qonunni maʼqulladi", publisher=publisher,
                      blocks=[Block(text=f"TOSHKENT, 18-mart ({code}) — Oliy Majlis Senati qonunni maʼqulladi.")])
    draft = normalize(clean(item), HouseStyle())
    assert (draft.credit, draft.publisher) == (credit, shown_publisher)
    if not shown_publisher:  # the agency's name read as the outlet's line: the agency signs, and is no author
        assert (draft.byline, draft.authors) == (credit, [])



@pytest.mark.parametrize("extra, publisher, credit, shown_publisher", [
    # a structured envelope's party: its code beside its name, whether or not the initials spell the code
    ({"party_names": {"IKK": "Ikigo Ndangamakuru Karyenda"}}, "", "Ikigo Ndangamakuru Karyenda", ""),
    # and the agency's own notice naming it by code and name is no outlet
    ({"party_names": {"IKK": "Ikigo Ndangamakuru Karyenda"}}, "IKK – Ikigo Ndangamakuru Karyenda",
     "Ikigo Ndangamakuru Karyenda", ""),
    # a provider's name in the envelope that spells the code out (NewsML 1.2's Provider, as a feed header line)
    ({"feed_header": ["Agéncia Occitana de Premsa"]}, "", "Agéncia Occitana de Premsa", ""),
    ({}, "", "IKK", ""),  # nothing names it
])
def test_an_envelopes_party_names_the_credit_sent_as_its_code(extra, publisher, credit, shown_publisher):
    item = ParsedItem(format="newsmlg2", headline="Mukaza yemeje ingengo y'imari", publisher=publisher, extra=extra,
                      blocks=[Block(text="BUJUMBURA (IKK) – Inama ya komine yemeje ingengo y'imari ku wa gatatu."),
                              Block(text="Abajejwe inama bavuga ko amafaranga azokoreshwa neza.")])
    item.credit = "AOP" if "feed_header" in extra else "IKK"
    draft = normalize(clean(item), HouseStyle())
    assert (draft.credit, draft.publisher) == (credit, shown_publisher)


@pytest.mark.parametrize("byline, shown, authors, credit", [
    # the envelope's own provider closing the byline after a comma: the agency that filed it, no person
    ("Айгүл Токтосунова, Ала-Тоо Пресс", "Айгүл Токтосунова", ["Айгүл Токтосунова"], "Ала-Тоо Пресс"),
    ("Айгүл Токтосунова, Бакыт Осмонов", "Айгүл Токтосунова, Бакыт Осмонов",
     ["Айгүл Токтосунова", "Бакыт Осмонов"], ""),  # a second person the envelope does not name stays
])
def test_the_envelopes_party_closing_the_byline_is_the_credit(byline, shown, authors, credit):
    item = ParsedItem(format="newsmlg2", headline="Сот курулуш компаниясын жоопко тартты", byline=byline,
                      extra={"party_names": {"alatoopress": "Ала-Тоо Пресс"}},
                      blocks=[Block(text="Бишкек шаарынын райондук соту компаниянын ишин карады, деп билдирди сот."),
                              Block(text="Үлүшчүлөр акчаларын кайтарып алууну талап кылышууда.")])
    draft = normalize(clean(item), HouseStyle())
    assert (draft.byline, draft.authors, draft.credit) == (shown, authors, credit)


@pytest.mark.parametrize("byline, credit, shown, authors", [
    # the agency joined to the byline as a person, by a code its credit spells out or by its name
    ("Karin Lindqvist och Erik Holmberg/SNT", "Svensk Nyhetstjänst", "Karin Lindqvist och Erik Holmberg",
     ["Karin Lindqvist", "Erik Holmberg"]),
    ("Katharina Albrecht, Timo Berger und Mnd", "Mitteleuropäischer Nachrichtendienst",
     "Katharina Albrecht und Timo Berger", ["Katharina Albrecht", "Timo Berger"]),
    ("Andrei Popescu, Ioana Mărginean și Agenția de Presă Dunărea", "Agenția de Presă Dunărea",
     "Andrei Popescu și Ioana Mărginean", ["Andrei Popescu", "Ioana Mărginean"]),
    ("Восток-Пресс", "Восток-Пресс", "Восток-Пресс", []),  # the agency signs alone
    ("نیاز محمد برکی / برکی خبر اداره", "برکی خبر اداره", "نیاز محمد برکی", ["نیاز محمد برکی"]),  # after a slash
    ("By Leilani Brooks | Cascadia Press", "Cascadia Press", "Leilani Brooks", ["Leilani Brooks"]),  # after a bar
    ("Jane Doe and John Roe", "Svensk Nyhetstjänst", "Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
])
def test_the_credited_agency_is_no_author(byline, credit, shown, authors):
    item = ParsedItem(format="nitf", headline="Riksdagen röstade", byline=byline, credit=credit,
                      blocks=[Block(text="Riksdagen röstade på tisdag om förtidsröstningen, enligt förslaget.")])
    draft = normalize(clean(item), HouseStyle())
    assert (draft.byline, draft.authors, draft.credit) == (shown, authors, credit)


@pytest.mark.parametrize("dateline, opening, credit, place", [
    # the header's slot held the agency's code, read as a place; the copy's dateline names the place
    ("WNP", "DENPASAR, Bali (WNP) - Bandara Ngurah Rai ditutup sementara sejak Senin pagi.", "Warta Nusantara Press",
     "DENPASAR, Bali"),
    # the copy opens with the code alone: the credit, named as the rights notice names it, and no place
    ("", "(WNP) - Bandara Ngurah Rai ditutup sementara sejak Senin pagi.", "Warta Nusantara Press", ""),
])
def test_an_unknown_agencys_code_is_its_credit_named_by_its_rights_notice(dateline, opening, credit, place):
    notice = "Hak cipta © 2025 Warta Nusantara Press. Dilarang mengutip atau menyebarluaskan tanpa izin tertulis."
    item = ParsedItem(format="text", headline="Abu vulkanik tutup bandara", dateline=dateline,
                      blocks=[Block(text=opening), Block(text="Penerbangan dibatalkan hingga sore."), Block(text=notice)])
    draft = normalize(clean(item), HouseStyle())
    assert (draft.credit, draft.dateline) == (credit, place)
    assert notice in [removal["text"] for removal in draft.removed]


@pytest.mark.parametrize("extra, closing, credit", [
    # the page's footer the extractor left out, its rights line naming the agency
    ({"page_rights": ["© 2026 The Soo Ledger. Northland Press Agency material may not be redistributed."]}, "",
     "Northland Press Agency"),
    ({"copyright": "© 2026 Northland Press Agency"}, "", "Northland Press Agency"),  # NewsML's own copyright line
    ({}, "Northland Press Agency contributed to this report.", "Northland Press Agency"),  # the copy names it
    # the copy names another body of the same letters, no agency by its words: the code stays
    ({}, "Officials from the National Parks Authority were not available.", "NPA"),
])
def test_an_unknown_agencys_code_is_spelled_out_wherever_the_delivery_names_it(extra, closing, credit):
    blocks = [Block(text="SAULT STE. MARIE, Ont. (NPA) — The tailings dam will be inspected again on Monday."),
              Block(text="The mine's owner said repairs were finished last month, ahead of the winter freeze.")]
    item = ParsedItem(format="html", headline="Tailings dam inspection", extra=extra,
                      blocks=blocks + ([Block(text=closing)] if closing else []))
    assert normalize(clean(item), HouseStyle()).credit == credit


def test_a_takes_slug_holding_the_agencys_code_spells_nothing_out():
    """"BPA-417" above the take holds the code and a number: the rights notice names the agency; the agency named only
    there signs nothing."""
    item = ParsedItem(format="text", headline="Two more test positive", extra={"feed_header": ["BPA-417"]},
                      blocks=[Block(text="Kozhikode (Kerala), Dec 3 (BPA) Two more people tested positive on Thursday."),
                              Block(text="(c) Bharat Press Agency 2026. For subscribers' internal use only.")])
    draft = normalize(clean(item), HouseStyle())
    assert (draft.credit, draft.dateline, draft.byline, draft.publisher) == (
        "Bharat Press Agency", "Kozhikode (Kerala)", "", "")


@pytest.mark.parametrize("byline, notice, credit", [
    # a list's agency for the dateline's code yields to another agency of that code the item spells out
    # (a page's byline reader leaves the agency off the name: only the rights notice names it)
    ("Gabriel Kaupa", "© 2025 Pacific News Agency. All rights reserved.", "Pacific News Agency"),
    # the list's own agency, or nothing spelling the code out: the list's name stays
    ("Gabriel Kaupa", "All rights reserved.", "Philippine News Agency"),
    ("Gabriel Kaupa", "© 2025 Philippine News Agency. All rights reserved.", "Philippine News Agency"),
])
def test_a_known_code_named_as_another_agency_by_the_item_is_that_agency(byline, notice, credit):
    assert agency_name("PNA") == "Philippine News Agency"
    item = ParsedItem(format="html", headline="Dock workers walk out", byline=byline, publisher="The Coral Sea Courier",
                      blocks=[Block(text="PORT MORESBY (PNA) — More than 400 dock workers walked off the job on Monday."),
                              Block(text="The union said allowances owed since March have not been paid."),
                              *([Block(text=notice)] if notice else [])])
    assert normalize(clean(item), HouseStyle()).credit == credit


def test_a_credit_sent_with_its_code_in_brackets_is_the_name():
    item = ParsedItem(format="newsml", headline="Segu sugandili", credit="Kunnafoni Jɛkulu Ajansi (KJA)",
                      blocks=[Block(text="SEGU (KJA) – Segu kɔmini sugandili kɛra Kari don.")])
    assert normalize(clean(item), HouseStyle()).credit == "Kunnafoni Jɛkulu Ajansi"


def test_a_credit_sent_with_its_code_in_brackets_is_the_name_in_any_script():
    """The dateline reads a code in any script ("ຜົ້ງສາລີ (ສຂພ) –"); the credit's bracketed code is read the same way."""
    item = ParsedItem(format="nitf", headline="محطة تحلية جديدة", credit="وكالة الأنباء الكويتية (كونا)",
                      blocks=[Block(text="الكويت - افتتحت الوزارة محطة جديدة لتحلية المياه يوم الأحد.")])
    assert normalize(clean(item), HouseStyle()).credit == "وكالة الأنباء الكويتية"


def test_a_bracketed_code_nothing_spells_out_is_no_credit():
    item = ParsedItem(format="text", headline="Ferry adds a crossing",
                      blocks=[Block(text="(VIDEO) - The ferry will add a night crossing from June, it said."),
                              Block(text="Tickets go on sale next week.")])
    assert normalize(clean(item), HouseStyle()).credit == ""


@pytest.mark.parametrize("publisher, credit, shown_credit", [
    # an agency no list knows, read as the outlet: raw agency copy has no outlet, the agency is its credit
    ("Bharat Press Agency", "", "Bharat Press Agency"),
    ("Agjencia e Lajmeve Adriatik (ALA)", "ALA", "Agjencia e Lajmeve Adriatik"),
    ("Agjencia e Lajmeve Adriatik", "Reuters", "Reuters"),  # the copy's own credit stays
])
def test_an_agency_read_as_the_outlet_is_the_credit(publisher, credit, shown_credit):
    item = ParsedItem(format="text", headline="Nipah case confirmed", publisher=publisher, credit=credit,
                      blocks=[Block(text="Health officials confirmed a case on Thursday, the ministry said.")])
    draft = normalize(clean(item), HouseStyle())
    assert (draft.publisher, draft.credit) == ("", agency_name(shown_credit) or shown_credit)


@pytest.mark.parametrize("fmt, publisher", [("text", ""), ("html", "Варзоб-Пресс")])
def test_raw_agency_copy_names_no_outlet_where_its_header_names_the_dateline_agency(fmt, publisher):
    """"ВАРЗОБ-ПРЕСС | ХАБАРҲО | ..." over "ДУШАНБЕ, 5 декабр /Варзоб-Пресс/.": the agency, no outlet; its own page
    presents its copy itself."""
    item = ParsedItem(format=fmt, headline="Об барои зимистон кофӣ аст", publisher="Варзоб-Пресс",
                      blocks=[Block(text="ДУШАНБЕ, 5 декабр /Варзоб-Пресс/. Ҳаҷми об дар обанбори Норак зиёд шуд.")])
    draft = normalize(clean(item), HouseStyle())
    assert (draft.publisher, draft.dateline, draft.credit) == (publisher, "ДУШАНБЕ", "Варзоб-Пресс")


def test_a_code_a_list_knows_is_the_agency_this_copy_spells_out():
    """"ACCRA (VNA) —" under "VOLTA NEWS AGENCY | GENERAL NEWS SERVICE | ...": the list's VNA is the Vietnam News
    Agency, but this copy spells its code out as Volta News Agency, which is its credit; its name is no dateline."""
    item = ParsedItem(format="text", headline="EC opens voter registration", publisher="Volta News Agency",
                      dateline="VOLTA NEWS AGENCY", byline="By KWABENA OWUSU-ANSAH and Adwoa Sarpong, Volta News Agency",
                      blocks=[Block(text="ACCRA (VNA) — The Electoral Commission will open a two-week registration.")])
    draft = normalize(clean(item), HouseStyle())
    assert (draft.publisher, draft.dateline, draft.credit) == ("", "ACCRA", "Volta News Agency")
    assert draft.authors == ["Kwabena Owusu-Ansah", "Adwoa Sarpong"]


def test_a_byline_line_the_copy_opens_with_spells_the_datelines_code_out():
    item = ParsedItem(format="rss", headline="Le festival Kàddu fait revivre le conte", byline="Aïssatou Ndiaye",
                      blocks=[Block(text="Par Aïssatou Ndiaye et Mamadou Lamine Sarr, avec l'Agence Teranga Presse"),
                              Block(text="Saint-Louis, 9 fév. (ATP) – Ils étaient plus de deux mille, samedi soir, "
                                         "assis le long du quai, pour écouter des contes.")])
    assert normalize(clean(item), HouseStyle()).credit == "Agence Teranga Presse"


@pytest.mark.parametrize("fmt, opening, credit", [
    # the outlet tagging its own copy's dateline on its own page: a staff story, no agency
    ("html", "አዲስ አበባ፣ ጥቅምት 5/2018 (ዋልያ ዜና)፦ ከሳሪስ እስከ ለቡ የሚዘረጋው የቀላል ባቡር ሁለተኛ መስመር ግንባታ በመጪው ወር ይጀመራል።", ""),
    # the same copy sent raw by the wire: the tag is its credit
    ("text", "አዲስ አበባ፣ ጥቅምት 5/2018 (ዋልያ ዜና)፦ ከሳሪስ እስከ ለቡ የሚዘረጋው የቀላል ባቡር ሁለተኛ መስመር ግንባታ በመጪው ወር ይጀመራል።", "ዋልያ ዜና"),
    # a release wire's own page keeps the wire between slashes as the credit
    ("html", "LAHORE, Pakistan, March 5, 2025 /WireDesk Asia/ -- Daftar AI, a Lahore-based startup, raised $4 million.",
     "WireDesk Asia"),
])
def test_an_outlets_own_tag_on_its_own_page_is_no_credit(fmt, opening, credit):
    publisher = "ዋልያ ዜና" if "ዋልያ" in opening else "WireDesk Asia"
    item = ParsedItem(format=fmt, headline="የቀላል ባቡር ሁለተኛው መስመር ግንባታ", publisher=publisher, blocks=[Block(text=opening)])
    draft = normalize(clean(item), HouseStyle())
    assert draft.credit == credit


def test_a_headers_provider_code_its_credit_spells_out_names_no_outlet():
    """G2's provider "GHG" over copy whose notice spells the agency out: raw agency copy, no outlet presenting it."""
    item = ParsedItem(format="newsmlg2", headline="Mary welaýatynda Gün elektrik beketi işe girizildi", publisher="GHG",
                      credit="Garagum Habarlar Gullugy",
                      blocks=[Block(text="Mary welaýatynda gurlan 30 megawatt kuwwatly Gün elektrik beketi synag "
                                         "tertibinde işe girizildi, diýip Garagum Habarlar Gullugy habar berdi.")])
    draft = normalize(clean(item), HouseStyle())
    assert (draft.publisher, draft.credit) == ("", "Garagum Habarlar Gullugy")


@pytest.mark.parametrize("holder, opening, publisher", [
    # a ninjs item's rights holder names the outlet when nothing else does and no agency is credited
    ("Te Tai Tokerau Ledger", "Whangārei's Town Basin will be car-free on Saturdays from next month.", "Te Tai Tokerau Ledger"),
    ("Pwani Leo Media Ltd", "The Likoni ferry will run an extra crossing from Monday.", "Pwani Leo Media"),
    # an agency, by its noun, or by tagging its copy's opening, is no outlet
    ("Semenanjung News Agency", "Port Klang's tug operators will add four boats.", ""),
    ("Արմենպրես", "ԳՅՈՒՄՐԻ, 14 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ: Մարզադաշտը կվերաբացվի։", ""),
])
def test_a_ninjs_items_rights_holder_as_the_outlet(holder, opening, publisher):
    import json

    from ingest.pipeline import run
    item = {"uri": "urn:x:1", "type": "text", "headline": "Town Basin goes car-free", "copyrightholder": holder,
            "body_html": f"<p>{opening}</p><p>The council voted for it on Thursday, the mayor said.</p>"}
    assert run(json.dumps(item).encode(), "application/json")[0].publisher == publisher


def test_the_credited_agency_named_again_in_a_wire_envelope_is_no_outlet():
    """NewsML 1.2's <CreditLine>, <CopyrightLine> and provider all name an agency no list holds (round 90/17): agency
    copy, credited to it, no outlet presenting it."""
    from pathlib import Path

    from ingest.pipeline import run
    raw = (Path(__file__).parent.parent / "blind" / "round-90" / "17-umbundu-huambo-maize-prices.xml").read_bytes()
    draft = run(raw, "application/xml")[0]
    assert (draft.credit, draft.publisher) == ("Ajensia Ondaka yo Planalto", "")


@pytest.mark.parametrize("byline, extra, shown, authors", [
    # the envelope's post (NITF <byttl>) is a post in any script; its marked people are the authors where the
    # reader ran two of them together (an "and" no list holds: Shan "လႄႈ")
    ("ၸၢႆးၶမ်းလႅင် လႄႈ ၼၢင်းယုမ်ႈႁွမ်, ၽူႈသိုပ်ႇၶၢဝ်ႇ",
     {"byline_titles": ["ၽူႈသိုပ်ႇၶၢဝ်ႇ"], "byline_people": ["ၸၢႆးၶမ်းလႅင်", "ၼၢင်းယုမ်ႈႁွမ်"]},
     "ၸၢႆးၶမ်းလႅင် လႄႈ ၼၢင်းယုမ်ႈႁွမ်", ["ၸၢႆးၶမ်းလႅင်", "ၼၢင်းယုမ်ႈႁွမ်"]),
    ("Tama Vake ʻo Sela Tonga, faiongoongo", {"byline_titles": ["faiongoongo"], "byline_people": ["Tama Vake", "Sela Tonga"]},
     "Tama Vake ʻo Sela Tonga", ["Tama Vake", "Sela Tonga"]),
    # a marked person the byline does not show changes nothing
    ("Ann Lee", {"byline_people": ["Ann Lee", "Bo Chan"]}, "Ann Lee", ["Ann Lee"]),
])
def test_the_envelopes_marked_posts_and_people(byline, extra, shown, authors):
    draft = _draft(byline=byline, extra=extra)
    assert (draft.byline, draft.authors) == (shown, authors)


@pytest.mark.parametrize("byline, extra, shown, authors", [
    # the outlet's writers, in words no list holds, before the outlet's own name: a collective, no person
    ("Abhandiki bha Bukima Leo", {"feed_header": ["Bukima Leo"]}, "Abhandiki bha Bukima Leo", []),
    ("Bandiki ba Makani Unyanyembe", {"provider": "Shilika lya Makani Unyanyembe"}, "Bandiki ba Makani Unyanyembe", []),
    # a person the envelope does not name stays one
    ("Na Amina Juma", {"feed_header": ["Bukima Leo"]}, "Amina Juma", ["Amina Juma"]),
])
def test_a_byline_naming_only_the_outlets_writers_is_a_collective(byline, extra, shown, authors):
    item = ParsedItem(format="newsmlg2", headline="Isoko lipya lyafunguliwa Bukima", byline=byline, extra=extra,
                      blocks=[Block(text="BUKIMA — Isoko lipya lyafunguliwa ku wa kabili, abakulu bhaalomela.")])
    draft = normalize(clean(item), HouseStyle())
    assert (draft.byline, draft.authors) == (shown, authors)
