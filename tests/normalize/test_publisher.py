"""The publisher from the copy's own copyright footer, never from an agency's notice (ingest/normalize/publisher.py)."""
import pytest

from ingest.normalize.publisher import decide_publisher, outlet_from_copyright


@pytest.mark.parametrize("line, outlet", [
    ("© 2025 Lakeview Herald. All rights reserved.", "Lakeview Herald"),
    ("Copyright 2026 Prairie Daily Ledger. All rights reserved.", "Prairie Daily Ledger"),
    ("(c) The Harbor Gazette 2025", "The Harbor Gazette"),
    ("© Copyright 2026 Tóparti Hírek", "Tóparti Hírek"),
    # the company's legal form is no part of the outlet's name
    ("© 2025 Harbour Times Ltd. All rights reserved.", "Harbour Times"),
    ("Copyright 2026 Westfield Courier Media, Inc.", "Westfield Courier Media"),
    ("© 2025 Semenanjung Post Sdn Bhd. All rights reserved.", "Semenanjung Post"),
    ("© 2026 Straits Ledger Pte Ltd. All rights reserved.", "Straits Ledger"),
    ("© 2026 Deccan Evening Pvt Ltd.", "Deccan Evening"),
    # the notice after a spaced dash, in a language no list holds
    ("© 2026 Bersntoler Nochrichtn – olle rechtn vorbeholtn", "Bersntoler Nochrichtn"),
    ("© 2019 - 2026 Harbour Times", "Harbour Times"),
    # or after a middle dot
    ("© 2026 S'Colmarer Blättel · Àlli Rächt vorbhàlte", "S'Colmarer Blättel"),
    ("© 2026 Nisg̱a'a Adaawak · Gitlaxt'aamiks, B.C.", "Nisg̱a'a Adaawak"),
    # an agency's own notice names no publisher, however it stacks its marks
    ("(c) Copyright Thomson Reuters 2026. Click For Restrictions - https://agency.reuters.com/en/copyright.html", ""),
    ("(c) 2025 Australian Associated Press Pty Ltd. Licensed to the subscriber named above.", ""),
    ("© 2026 The Associated Press. All rights reserved.", ""),
    ("This material may not be published, broadcast, rewritten or redistributed.", ""),
])
def test_outlet_from_copyright(line, outlet):
    assert outlet_from_copyright(line) == outlet


def test_the_parsed_publisher_wins_over_suffix_and_footer():
    assert decide_publisher("Weser-Bote Online", "The Daily Ledger", ["© 2025 Lakeview Herald."]) == "Weser-Bote Online"
    assert decide_publisher("", "The Daily Ledger", ["© 2025 Lakeview Herald."]) == "The Daily Ledger"
    assert decide_publisher("", "", ["© 2025 Lakeview Herald."]) == "Lakeview Herald"


def test_a_pages_masthead_is_the_last_resort_after_its_rights_line():
    assert decide_publisher("", "", [], masthead="Valley Current") == "Valley Current"
    # (a newsletter's masthead names the letter, its rights line the outlet)
    assert decide_publisher("", "", ["© 2025 Lion City Ledger. All rights reserved."], masthead="School Bell") \
        == "Lion City Ledger"
    assert decide_publisher("", "", [], masthead="Reuters") == ""  # an agency presents nothing


def test_a_masthead_in_capitals_takes_the_spelling_of_the_outlets_own_footer():
    footer = ["© 2026 The Harbour Brief Ltd, PO Box 11-204, Wellington 6142"]
    assert decide_publisher("THE HARBOUR BRIEF", "", footer) == "The Harbour Brief"
    assert decide_publisher("THE HARBOUR BRIEF", "", ["© 2026 Other Paper Ltd"]) == "THE HARBOUR BRIEF"
    assert decide_publisher("PWANI LEO", "", ["© 2026 Pwani Leo Media. Haki zote zimehifadhiwa."]) == "Pwani Leo"


def test_a_name_in_capitals_takes_the_spelling_the_copy_or_a_notice_gives_it():
    copy = ("Mombasa - Kamati ya Nidhamu ya Shirikisho la Soka la Pwani (SSP) imekutana leo.",)
    assert decide_publisher("SHIRIKISHO LA SOKA LA PWANI", "", [], copy) == "Shirikisho la Soka la Pwani"
    notice = ["© L'Écho de la Sambre – Reproduction et diffusion interdites sans l'accord écrit de l'éditeur."]
    assert decide_publisher("L'ÉCHO DE LA SAMBRE", "", notice) == "L'Écho de la Sambre"
    assert decide_publisher("RTÉ", "", [], ("Rté said nothing.",)) == "RTÉ"  # an acronym is written in capitals
    assert decide_publisher("THE HARBOUR BRIEF", "", [], ("The harbour briefing was held on Monday.",)) == "THE HARBOUR BRIEF"


@pytest.mark.parametrize("parsed,publisher", [
    # a site's name with its tagline after a separator: the name
    ("VnExpress International - Latest news, business, travel and analysis from Vietnam", "VnExpress International"),
    ("LinkNaija | Nigeria's popular news platform", "LinkNaija"),
    # a name's own parts, or a spelled-out name, stay
    ("Marca - Diario deportivo", "Marca - Diario deportivo"),
    ("TURA – Transportes Urbanos da Ria de Aveiro, E.M.", "TURA – Transportes Urbanos da Ria de Aveiro, E.M."),
    ("Weser-Bote Online", "Weser-Bote Online"),
])
def test_a_site_names_tagline_is_no_part_of_the_publisher(parsed, publisher):
    assert decide_publisher(parsed, "", []) == publisher


@pytest.mark.parametrize("parsed,publisher", [
    ("香港電台 : 本地新聞", "香港電台"),  # a feed's title with its section after a spaced colon
    ("Radio Example : Local News", "Radio Example"),
    ("Harbour Ledger : The Podcast", "Harbour Ledger : The Podcast"),  # no desk's words: kept as the feed names it
    # after a dash or a bar too, in the desks' words of more languages
    ("Gol Paraná - Futebol", "Gol Paraná"),
    ("Lakeuden Sanomat | Kotimaa", "Lakeuden Sanomat"),
    ("Irirangi Te Awa Roa — Ngā Pitopito Kōrero", "Irirangi Te Awa Roa"),
    ("Noticias - El Tiempo de Cali", "Noticias - El Tiempo de Cali"),  # a name after the dash, no section
    # politics in more languages, and a press office's feed of its releases
    ("Kavşak Gazetesi - Politika", "Kavşak Gazetesi"),
    ("Gazeta da Ribeira Lima – Política", "Gazeta da Ribeira Lima"),
    ("Fundación Bosque Vivo – Comunicados de prensa", "Fundación Bosque Vivo"),
    # education and health desks
    ("Diario Alerce | Educación", "Diario Alerce"),
    ("Helsingin Viikko - Terveys", "Helsingin Viikko"),
])
def test_a_feeds_section_after_a_spaced_colon_is_no_part_of_the_publisher(parsed, publisher):
    assert decide_publisher(parsed, "", []) == publisher


def test_a_feeds_name_its_items_titles_close_with_is_the_publisher_without_the_section():
    # a desk's word no list holds ("விளையாட்டு", sport): the titles' own suffix says where the name ends
    assert decide_publisher("மெரினா செய்திகள் - விளையாட்டு", "மெரினா செய்திகள்", []) == "மெரினா செய்திகள்"


@pytest.mark.parametrize("parsed,publisher", [
    # a company's legal form around its quoted name, as registers write it: the outlet is the name
    ("UAB „Teisės pulsas“", "Teisės pulsas"),
    ('SIA "Patērētāja Padoms"', "Patērētāja Padoms"),
    ("ООО «Вести Поволжья»", "Вести Поволжья"),
    ('"The Harbour Ledger"', '"The Harbour Ledger"'),  # quotes without a legal form are the outlet's own
    ("Kurier Lubelski", "Kurier Lubelski"),
    ("------------------------------------------------------------", ""),  # a rule read as a masthead names no one
])
def test_a_legal_form_around_a_quoted_name_is_no_part_of_the_publisher(parsed, publisher):
    assert decide_publisher(parsed, "", []) == publisher


@pytest.mark.parametrize("parsed, texts, publisher", [
    # a site's address where its name should be: the name it spells, as the page writes it (after an article too)
    ("ijsselbode.example", ["© 2026 De IJsselbode. Alle rechten voorbehouden."], "De IJsselbode"),
    ("sautiyapwani.co.tz", ["Haki zote zimehifadhiwa © Sauti ya Pwani 2026"], "Sauti ya Pwani"),
    ("balitangpanay.blogspot.com", ["Mga komento sa Balitang Panay"], "Balitang Panay"),
    # nothing spells it, or a brand written with its domain: as read
    ("hppm.org", ["© 2026 High Plains Public Media"], "hppm.org"),
    ("Space.com", ["© Future US, Inc."], "Space.com"),
])
def test_an_address_read_as_the_publisher_gives_the_name_it_spells(parsed, texts, publisher):
    assert decide_publisher(parsed, "", texts) == publisher


@pytest.mark.parametrize("title, address, publisher", [
    # a feed's title whose first slot the item's own address spells: the name, then a section no list holds
    ("Iilun Bleed – Naiighaiden", "https://iilunbleed.example/weeder/stormflud-wyk", "Iilun Bleed"),
    ("Teknokrat – Startup", "https://www.teknokrat.example/startup/panen", "Teknokrat"),
    # an address spelling neither slot leaves the title to the other readings
    ("Bual Budaya | Warta Seni Kita", "https://podcasts.example/bual", "Bual Budaya | Warta Seni Kita"),
])
def test_a_feeds_title_slot_its_address_spells_is_the_outlet(title, address, publisher):
    assert decide_publisher(title, "", [], address=address) == publisher


@pytest.mark.parametrize("title, rights, publisher", [
    # a feed's title whose first slot its own rights line names: the name, then its section
    ("Le Jornau du Galo – Justice", "© 2026 Le Jornau du Galo", "Le Jornau du Galo"),
    # a rights line naming someone else leaves the title as it is
    ("Le Jornau du Galo – Justice", "© 2026 Ouest Média SA", "Le Jornau du Galo – Justice"),
])
def test_a_feeds_title_slot_its_rights_line_names_is_the_outlet(title, rights, publisher):
    assert decide_publisher(title, "", [], rights=rights) == publisher
