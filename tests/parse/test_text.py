"""The plain-text parser, table-driven over small real-shaped wire files."""
from pathlib import Path

import pytest

from ingest.items import HEADING, LIST, PARAGRAPH
from ingest.parse import parse
from ingest.parse.text import parse as parse_text
from ingest.pipeline import run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"

CASES = [
    pytest.param(
        "hard-wrapped-ap.txt",
        {"headline": "Storm knocks out power to thousands across the Midwest",
         "byline": "By JANE DOE and JOHN ROE, Associated Press"},
        [
            "CHICAGO (AP) -- A line of severe thunderstorms swept across the Midwest on Tuesday, knocking out power "
            "to more than 200,000 homes and businesses and toppling trees onto cars and roofs.",
            "Utility crews from three states were called in to help restore service, officials said, and some "
            "customers could be without electricity until the weekend.",
            "\"We have never seen damage this widespread,\" said a spokeswoman for the utility.",
        ],
        id="hard-wrapped wire joins lines into paragraphs",
    ),
    pytest.param(
        "plain-headline-byline.txt",
        {"headline": "Central bank holds rates steady as inflation cools", "byline": "By Maria de la Cruz | Reuters"},
        [
            "LONDON, Jan 5 (Reuters) - The central bank held interest rates steady on Thursday, saying inflation was "
            "cooling faster than it had expected.",
            "Policymakers voted 7-2 to keep the benchmark rate at 4.5%.",
            "Advertisement",
            "Economists had broadly expected the decision.",
        ],
        id="one paragraph per line; boilerplate left for the cleaner",
    ),
    pytest.param(
        "cp1252.txt",
        {"headline": "Café owners protest new rules"},
        ["PARIS (AFP) — Café owners gathered outside the town hall on Monday.", "They said the rules would cost jobs."],
        id="windows-1252 bytes without a declared charset",
    ),
]


@pytest.mark.parametrize("filename, fields, paragraphs", CASES)
def test_text_fixture(filename, fields, paragraphs):
    fmt, (item,) = parse((FIXTURES / filename).read_bytes(), "text/plain")
    assert fmt == "text"
    for name, value in fields.items():
        assert getattr(item, name) == value
    assert [b.text for b in item.blocks if b.kind == PARAGRAPH] == paragraphs


def test_fact_box_becomes_titled_list_and_is_not_the_subheadline():
    (item,) = parse_text((FIXTURES / "factbox-list.txt").read_bytes())
    assert item.headline == "City council approves new budget"
    assert item.subheadline == ""
    lists = [b for b in item.blocks if b.kind == LIST]
    assert len(lists) == 1
    assert lists[0].text == "At a glance"
    assert lists[0].items == ["Total: $1.2 billion", "Police: up 3%", "Parks: down 1%"]


PACKED_HEADERS = [
    pytest.param(
        "Fed holds rates/ Daily Wire/ NEW YORK/ By Ann Lee/ Evening Edition/ The Federal Reserve held rates steady on "
        "Wednesday and signalled two cuts later this year as inflation eased.",
        {"headline": "Fed holds rates", "publisher": "Daily Wire", "dateline": "NEW YORK", "byline": "By Ann Lee",
         "edition": "Evening Edition"},
        id="all six slots",
    ),
    pytest.param(
        "Quake shakes coast/ Coast Times/ LIMA/ Rosa Diaz",
        {"headline": "Quake shakes coast", "publisher": "Coast Times", "dateline": "LIMA", "byline": "Rosa Diaz",
         "summary": "", "edition": ""},
        id="four slots, no summary or edition",
    ),
    pytest.param(
        "Ferry orders ships/ HELSINKI/ Aino Virtanen/ Morning Edition",
        {"publisher": "", "dateline": "HELSINKI", "byline": "Aino Virtanen", "edition": "Morning Edition"},
        id="no publisher: the name after the dateline is the byline",
    ),
    pytest.param(
        "Rail link opens/ East Africa Digest/ NAIROBI/ The line halves freight times. Passenger trains follow next year.",
        {"publisher": "East Africa Digest", "dateline": "NAIROBI", "byline": "", "edition": ""},
        id="an outlet named Digest in the publisher slot is not an edition",
    ),
    pytest.param(
        "Fire at plant/ Northern Courier/ By R. Patel/ LEEDS/ Evening Edition",
        {"publisher": "Northern Courier", "dateline": "LEEDS", "byline": "By R. Patel", "edition": "Evening Edition"},
        id="byline slot before the dateline slot",
    ),
    pytest.param(
        "Mill closes/ J. Mansour/ BANGOR/ Weekly Bulletin",
        {"publisher": "", "dateline": "BANGOR", "byline": "J. Mansour", "edition": "Weekly Bulletin"},
        id="a name with an initial is a person wherever it sits",
    ),
    pytest.param(
        "Storm hits coast/ Harbor Times/ BOSTON/ The Associated Press/ Morning Edition",
        {"publisher": "Harbor Times", "dateline": "BOSTON", "byline": "The Associated Press"},
        id="agency-only byline after the dateline",
    ),
    pytest.param(
        "Stellenabbau angekündigt/ Rhein Bulletin/ STUTTGART/ Von Jana Weber",
        {"publisher": "Rhein Bulletin", "dateline": "STUTTGART", "byline": "Von Jana Weber", "edition": ""},
        id="German Von byline",
    ),
    pytest.param(
        "Bridge closed/ Newslooks/ Washington/ J. Mansour/ Morning Edition/ Officials say repairs will take weeks.",
        {"publisher": "Newslooks", "dateline": "Washington", "byline": "J. Mansour", "edition": "Morning Edition",
         "summary": "Officials say repairs will take weeks."},
        id="dateline slot in ordinary case and a one-sentence summary",
    ),
    pytest.param(
        "Bridge closed/ Newslooks/ Kuala Lumpur/ By Aida Rahman",
        {"publisher": "Newslooks", "dateline": "Kuala Lumpur", "byline": "By Aida Rahman", "summary": ""},
        id="two-word place in ordinary case once the byline is known",
    ),
    pytest.param(
        "Talks stall/ Newslooks/ WASHINGTON/ Reuters/ Morning Edition",
        {"publisher": "Newslooks", "dateline": "WASHINGTON", "byline": "Reuters", "edition": "Morning Edition"},
        id="a one-word agency in the byline slot",
    ),
    pytest.param(
        "Talks stall/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/",
        {"edition": "Morning Edition", "byline": "J. Mansour"},
        id="a trailing separator is not part of the last slot",
    ),
]


@pytest.mark.parametrize("masthead, publisher", [
    ("THE OGUN CHRONICLE | Faith", "THE OGUN CHRONICLE"),
    ("Harbour Ledger · Business", "Harbour Ledger"),
])
def test_an_outlets_name_over_its_sections_label(masthead, publisher):
    """A page's masthead as a paste keeps it, over the headline: the outlet, and its section's label."""
    (item,) = parse_text("\n\n".join([masthead, "Abeokuta church marks 100 years with free eye clinic",
                                        "By OLUWASEUN ADEYEMI-COKER", *_STORY_LINES]).encode())
    assert (item.headline, item.publisher) == ("Abeokuta church marks 100 years with free eye clinic", publisher)


def test_a_masthead_lines_labelled_code_is_no_outlet():
    body = "БИА / СПОРТ / ВОЛЕЙБОЛ\nКод: SP-0314-112 | 14.03.2026 19:48\n\n„Морска звезда“ поведе с 2:1 победи\n\n" \
        "Варна, 14 март /БИА/. Волейболистите на „Морска звезда“ обърнаха „Тракия Волей“ в третия мач от финала.\n"
    (item,) = parse_text(body.encode())
    assert item.publisher == ""


@pytest.mark.parametrize("count, publisher", [
    ("412 palabras", ""),  # the copy's count of words is no outlet
    ("3 min.", ""),
    ("20 Minuten", "20 Minuten"),  # an outlet's name opening with a figure is capitalised
])
def test_a_portal_lines_count_of_words_is_no_outlet(count, publisher):
    body = (f"Sección: Campu · Prioridá: Normal · 12/06/2025 09:47 · {count}\n\n"
            "La granizá del martes estroza un tercio de la cereza del Valli del Jerti\n\n"
            "CABEZUELA DEL VALLI, 12 jun (AEN). – La granizá que cayó el martes pola tardi sobri'l Valli ha estrozau "
            "cuasi un tercio de la cereza.\n")
    (item,) = parse_text(body.encode())
    assert item.publisher == publisher


@pytest.mark.parametrize("header, fields", PACKED_HEADERS)
def test_packed_header_slots(header, fields):
    body = f"{header}\n\nThe first paragraph of the story is here and it is long enough to be copy.\n".encode()
    (item,) = parse_text(body)
    for name, value in fields.items():
        assert getattr(item, name) == value, name


def test_a_sentence_with_slashes_is_not_a_packed_header():
    (item,) = parse_text(b"Prices rose 3% in the year to May/ June, the agency said on Tuesday.\nMore copy follows here.\n")
    assert item.publisher == "" and item.dateline == ""
    assert item.blocks[0].text.startswith("Prices rose 3%")


def test_empty_body_gives_no_item():
    assert parse_text(b"  \n\n ") == []


BYLINE_LINES = [
    # second line, byline taken
    ("By Helen Park", "By Helen Park"),
    ("Por María José Gómez", "Por María José Gómez"),
    ("Von Klaus Müller", "Von Klaus Müller"),
    ("Par Jean Dupont", "Par Jean Dupont"),
    ("Von Anna Berger, dpa", "Von Anna Berger, dpa"),
    ("Av Anna Lind", "Av Anna Lind"),
    ("Di Marco Rossi", "Di Marco Rossi"),  # Italian "di" is not read as "by": the whole line is the name
    ("Von der Leyen to visit Kyiv next week", ""),  # prose that opens with the same word
    ("Por ahora, nada cambia", ""),
]


@pytest.mark.parametrize("line, byline", BYLINE_LINES, ids=[c[0] for c in BYLINE_LINES])
def test_byline_line_under_the_headline(line, byline):
    raw = f"A headline here\n{line}\nBERLIN (dpa) - The first paragraph of the story is long enough to be copy.\n"
    (item,) = parse_text(raw.encode())
    assert item.byline == byline
    paragraphs = [b.text for b in item.blocks if b.kind == PARAGRAPH]
    assert (line in paragraphs or item.subheadline == line) == (not byline)


REPEATED_HEADLINES = [
    # article headline line, subheadline
    ("Wildfire forces evacuations near Flagstaff", ""),
    ("WILDFIRE FORCES EVACUATIONS NEAR FLAGSTAFF", ""),
    ("Crews slow wildfire as winds ease near Flagstaff", "Crews slow wildfire as winds ease near Flagstaff"),
]


@pytest.mark.parametrize("line, subheadline", REPEATED_HEADLINES, ids=[c[0] for c in REPEATED_HEADLINES])
def test_article_headline_repeating_the_header_is_not_a_subheadline(line, subheadline):
    header = "Wildfire forces evacuations near Flagstaff/ Desert Wire/ FLAGSTAFF/ Jon Kimura"
    story = "FLAGSTAFF, Ariz. (AP) — A wildfire forced about 600 residents to leave their homes on Sunday."
    (item,) = parse_text(f"{header}\n{line}\n{story}\n".encode())
    assert item.headline == "Wildfire forces evacuations near Flagstaff"
    assert item.subheadline == subheadline
    assert [b.text for b in item.blocks] == [story]


SHORT_ITEMS_NOT_HARD_WRAPPED = [
    # a short paste whose title lines are long and unpunctuated is still one paragraph a line
    "Ferry operator orders three electric ships for Baltic routes\nShipyard Says Deal Secures About 1,000 Jobs Over Five Years\n"
    "HELSINKI (AP) — A ferry operator ordered three battery-powered ships on Monday.\nThe first is due in 2028.\n",
    "Storm cuts power to thousands across the region tonight/ Harbor Times/ BOSTON/ Kim Lee\n"
    "Crews From Three States Head North to Help Restore Service\nBOSTON (AP) — A storm cut power on Tuesday.\n",
]


@pytest.mark.parametrize("text", SHORT_ITEMS_NOT_HARD_WRAPPED, ids=["title stack", "packed header"])
def test_short_items_with_long_title_lines_are_not_read_as_hard_wrapped(text):
    (item,) = parse_text(text.encode())
    lines = text.strip().split("\n")
    assert item.headline and item.subheadline == lines[1]
    assert [b.text for b in item.blocks] == lines[2:]


LINE_ENDINGS = [
    pytest.param("\r\n", "", id="CRLF"),
    pytest.param("\r", "", id="old Mac CR"),
    pytest.param("\u2028", "", id="Unicode line separator"),
    pytest.param("\u2029", "", id="Unicode paragraph separator"),
    pytest.param("\x85", "", id="NEL"),
    pytest.param("\x0b", "", id="vertical tab"),
    pytest.param("\n", "\u200b", id="zero-width space opening each line"),
    pytest.param("\n", "\ufeff", id="stray byte-order marks"),
    pytest.param("\n", "\u3000", id="ideographic space"),
]


@pytest.mark.parametrize("newline, edge", LINE_ENDINGS)
def test_every_line_break_and_invisible_edge_is_understood(newline, edge):
    lines = ["Harbor reopens after storm", "By Jane Doe", "LONDON (Reuters) - The harbor reopened on Monday.", "Ships queued."]
    (item,) = parse_text(newline.join(edge + line + edge for line in lines).encode())
    assert (item.headline, item.byline) == ("Harbor reopens after storm", "By Jane Doe")
    assert [b.text for b in item.blocks] == lines[2:]


def test_invisible_characters_inside_a_line_are_the_copys_own():
    (item,) = parse_text("Headline here\nThe co\u00adoperative said\u200b no.\n".encode())
    assert item.blocks[0].text == "The co\u00adoperative said\u200b no."


HEADER_LINES = [
    # lines above the first paragraph, headline, subheadline, byline, extra
    pytest.param(["Harbor reopens", "By Jane Doe", "Staff Writer"], "Harbor reopens", "", "By Jane Doe\nStaff Writer", {},
                 id="role line under the byline"),
    pytest.param(["Harbor reopens", "By ANNA LIND", "Associated Press"], "Harbor reopens", "", "By ANNA LIND\nAssociated Press", {},
                 id="agency line under the byline"),
    pytest.param(["Harbor reopens", "By Jane Doe", "Ships return as crews clear the channel"], "Harbor reopens",
                 "Ships return as crews clear the channel", "By Jane Doe", {}, id="a subheadline under the byline stays one"),
    pytest.param(["BREAKING NEWS", "Harbor reopens after storm"], "Harbor reopens after storm", "", "",
                 {"banner": "BREAKING NEWS"}, id="banner above the headline"),
    pytest.param(["Harbor reopens after storm", "Ships return as the port clears debris", "By Jane Doe and Ali Khan"],
                 "Harbor reopens after storm", "Ships return as the port clears debris", "By Jane Doe and Ali Khan", {},
                 id="byline after the subheadline"),
    pytest.param(["By Jane Doe"], "", "", "By Jane Doe", {}, id="a byline first is not the headline"),
    # a byline anchors the header under lines the header reading does not know: a newsletter's name, its "View in
    # browser" line and a section label over the headline and standfirst; the outlet's name on top is the publisher
    pytest.param(["Harbor & Hill", "View in browser", "OPINION", "Stop pretending the ferry fare cap is free",
                  "By Dana Whitfield"], "Stop pretending the ferry fare cap is free", "", "By Dana Whitfield",
                 {"kicker": "OPINION", "preamble": ["Harbor & Hill", "View in browser", "OPINION"]},
                 id="a newsletter's lines over a headline its byline anchors"),
    pytest.param(["THE HARBOUR LEDGER", "City Hall Weekly", "Thursday, November 26, 2026",
                  "Council approves $14M overhaul of emergency alerts", "By Priya Natarajan"],
                 "Council approves $14M overhaul of emergency alerts", "", "By Priya Natarajan",
                 {"header": {"date": "Thursday, November 26, 2026"},
                  "preamble": ["THE HARBOUR LEDGER", "City Hall Weekly", "Thursday, November 26, 2026"]},
                 id="a masthead, the newsletter's name and its date"),
    # a meter's sentences over the section labels, the headline and its byline: the page's, handed to the cleaner
    pytest.param(["You have 1 free article left this month. Subscribe for full access.", "SPORTS", "HIGH SCHOOL",
                  "Millbrook rallies past Carver in the quarterfinal", "By Tom Okafor"],
                 "Millbrook rallies past Carver in the quarterfinal", "", "By Tom Okafor", {"kicker": "HIGH SCHOOL"},
                 id="a meter's sentences over the labels, the headline and the byline"),
]


@pytest.mark.parametrize("lines, headline_at", [
    (["Harbor & Hill", "View in browser", "OPINION", "Stop pretending the fare cap is free", "By Dana Whitfield"], 3),
    # the standfirst's sentences between the headline and the byline
    (["THE KAROO COURIER", "Wednesday 4 June 2025", "Dam at 9% as water trucks roll in",
      "The municipality rations supply. Boreholes run dry.", "By Thandeka Nkosi"], 2),
    # a first line that may be the headline itself, one line over the headline, only labels, no byline: not anchored
    (["Harbor reopens after the storm", "Ships return as the port clears debris", "Crews worked", "By Jane Doe"], 0),
    (["The Riverside Gazette", "Harbor reopens after the storm", "By Jane Doe"], 0),
    (["SPORTS", "HIGH SCHOOL", "Millbrook rallies past Carver", "By Tom Okafor"], 0),
    (["Harbor & Hill", "View in browser", "Stop pretending the fare cap is free", "The cap worked."], 0),
    # a masthead in capitals with its dotted subtitle, the "read on the site" link (no headline though it has no full
    # stop), then the headline and its people joined by "and" with no "By"
    (["ЗЯЛЁНЫ ГАСЦІНЕЦ · штотыднёвая рассылка", "Чытаць на сайце: https://zyaleny.example/2026/12/baloty",
      "Палессе: асушаныя балоты зноў заліваюць вадой", "Ганна Лукашэвіч, Павел Шыла і Зміцер Бахар"], 2),
    # a newsletter's rule, then a headline of two short sentences, then its byline
    (["ISLAND CURRENT", "THE BREEZE · Morning Edition · Tuesday 8 December 2026", "==========",
      "Sargassum is coming early. Fishers are changing course.", "By Andre Whyte, Climate Desk"], 3),
])
def test_the_headline_a_byline_anchors(lines, headline_at):
    from ingest.parse.text import _headline_anchored_by_byline
    assert _headline_anchored_by_byline(lines) == headline_at


@pytest.mark.parametrize("lines, headline, subheadline, byline, extra", HEADER_LINES)
def test_lines_above_the_story(lines, headline, subheadline, byline, extra):
    story = "LONDON (Reuters) - The harbor reopened on Monday after a storm closed it for two days, officials said."
    (item,) = parse_text("\n".join([*lines, story]).encode())
    assert (item.headline, item.subheadline, item.byline) == (headline, subheadline, byline)
    assert item.extra == extra
    # (a sentence the page set over its header is handed to the cleaner as furniture, marked as such)
    assert [b.text for b in item.blocks if not b.furniture] == [story]


UNMARKED_FACT_BOXES = [
    # lines after the header, blocks as (kind, title or text, items)
    pytest.param(
        ["Quick Look: Harbor", "Location: Thames estuary", "Closed: two days", "LONDON (Reuters) - The harbor reopened."],
        [("list", "Quick Look: Harbor", ["Location: Thames estuary", "Closed: two days"]),
         ("paragraph", "LONDON (Reuters) - The harbor reopened.", [])],
        id="bullets lost before the body",
    ),
    pytest.param(
        ["LONDON (Reuters) - The harbor reopened.", "Key facts", "Closed: two days", "Ships: 40", "Officials will review the plan."],
        [("paragraph", "LONDON (Reuters) - The harbor reopened.", []),
         ("list", "Key facts", ["Closed: two days", "Ships: 40"]),
         ("paragraph", "Officials will review the plan.", [])],
        id="bullets lost after the body",
    ),
    pytest.param(
        ["LONDON (Reuters) - The harbor reopened.", "Key facts", "Closed: two days", "Officials will review the plan."],
        [("paragraph", "LONDON (Reuters) - The harbor reopened.", []), ("paragraph", "Key facts", []),
         ("paragraph", "Closed: two days", []), ("paragraph", "Officials will review the plan.", [])],
        id="one label line is not a box",
    ),
    pytest.param(
        ["LONDON (Reuters) - The harbor reopened.", "Interview", "Q: Why now?", "A: The channel is clear."],
        [("paragraph", "LONDON (Reuters) - The harbor reopened.", []), ("paragraph", "Interview", []),
         ("paragraph", "Q: Why now?", []), ("paragraph", "A: The channel is clear.", [])],
        id="question and answer lines are copy",
    ),
]


@pytest.mark.parametrize("lines, blocks", UNMARKED_FACT_BOXES)
def test_fact_box_that_lost_its_bullets_is_still_a_titled_list(lines, blocks):
    (item,) = parse_text("\n".join(["Harbor reopens after storm", "By Jane Doe", *lines]).encode())
    assert [(b.kind, b.text, b.items) for b in item.blocks] == blocks


MARKDOWN_HEADERS = [
    # first lines, headline, subheadline, byline, first block
    (["# Harbor reopens", "**By Jane Doe**"], "Harbor reopens", "", "By Jane Doe"),
    (["## **Harbor reopens**", "__Ships return to port__"], "Harbor reopens", "Ships return to port", ""),
    (["**Harbor** reopens **now**"], "**Harbor** reopens **now**", "", ""),  # emphasis inside the line is the sender's
    (["#1 seed wins the final"], "#1 seed wins the final", "", ""),  # no space after '#': not a heading mark
]


@pytest.mark.parametrize("lines, headline, subheadline, byline", MARKDOWN_HEADERS, ids=[c[0][0] for c in MARKDOWN_HEADERS])
def test_markdown_marks_on_header_lines_are_markup_not_copy(lines, headline, subheadline, byline):
    story = ["LONDON (Reuters) - The harbor reopened on Monday, officials said.", "**Bold** lead stays as sent."]
    (item,) = parse_text("\n".join([*lines, *story]).encode())
    assert (item.headline, item.subheadline, item.byline) == (headline, subheadline, byline)
    assert [b.text for b in item.blocks] == story


HARD_WRAPPED_HEADERS = [
    # the wire as sent, headline, byline, first paragraph
    pytest.param(
        "UPDATE 2-Oil rises as supply fears mount\nBy Alex Lawler\n\nLONDON, May 4 (Reuters) - Oil prices rose on Thursday as\n"
        "concerns about supply outweighed worries over demand, with\ntraders focused on an OPEC+ meeting next week.\n\n"
        "Brent crude futures rose 98 cents to $82.10 a barrel by 1140\nGMT.\n",
        "UPDATE 2-Oil rises as supply fears mount", "By Alex Lawler",
        "LONDON, May 4 (Reuters) - Oil prices rose on Thursday as concerns about supply outweighed worries over demand, "
        "with traders focused on an OPEC+ meeting next week.",
        id="byline line right under the headline",
    ),
    pytest.param(
        "City budget grows again\n\nBy JANE DOE, Associated Press\n\nWASHINGTON (AP) -- The city's budget grew 4% this year, the\n"
        "mayor said on Monday, the fifth straight annual increase.\nBy contrast, the county's budget shrank by 2% as property\n"
        "tax revenue fell for the first time in a decade.\n",
        "City budget grows again", "By JANE DOE, Associated Press",
        "WASHINGTON (AP) -- The city's budget grew 4% this year, the mayor said on Monday, the fifth straight annual "
        "increase. By contrast, the county's budget shrank by 2% as property tax revenue fell for the first time in a decade.",
        id="a wrapped line opening 'By contrast,' stays in its paragraph",
    ),
]


@pytest.mark.parametrize("text, headline, byline, first", HARD_WRAPPED_HEADERS)
def test_hard_wrapped_header_lines(text, headline, byline, first):
    (item,) = parse_text(text.encode())
    assert (item.headline, item.byline) == (headline, byline)
    assert item.blocks[0].text == first


DATELINE_LINES = [
    # dateline line, first paragraph
    ("ATHENS, Greece (AP) —", "ATHENS, Greece (AP) — Wildfires forced thousands to flee villages near Athens on Sunday."),
    ("LONDON, May 4 (Reuters) -", "LONDON, May 4 (Reuters) - Wildfires forced thousands to flee villages near Athens on Sunday."),
    ("MIAMI —", "MIAMI — Wildfires forced thousands to flee villages near Athens on Sunday."),
]


@pytest.mark.parametrize("dateline, first", DATELINE_LINES, ids=[c[0] for c in DATELINE_LINES])
def test_a_dateline_alone_on_its_line_opens_the_paragraph_below(dateline, first):
    copy = "Wildfires forced thousands to flee villages near Athens on Sunday."
    (item,) = parse_text(f"Wildfires force thousands to flee\nBy Derek Gatopoulos\n{dateline}\n{copy}\nPlanes were grounded.\n".encode())
    assert item.subheadline == ""
    assert [b.text for b in item.blocks] == [first, "Planes were grounded."]


def test_a_header_ending_in_a_separator_continues_with_the_summary_on_the_next_line():
    text = ("Talks stall/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/\n"
            "Officials met on Thursday to discuss the plan. Talks will resume next week in Geneva.\n"
            "WASHINGTON (AP) — Officials met on Thursday to discuss the plan, aides said.\n")
    (item,) = parse_text(text.encode())
    assert (item.edition, item.summary) == ("Morning Edition", "Officials met on Thursday to discuss the plan. Talks will resume next week in Geneva.")
    assert [b.text for b in item.blocks] == ["WASHINGTON (AP) — Officials met on Thursday to discuss the plan, aides said."]


def test_a_header_ending_in_a_separator_does_not_take_the_first_paragraph_as_summary():
    text = ("Talks stall/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/\n"
            "WASHINGTON (AP) — Officials met on Thursday to discuss the plan, aides said. Talks resume next week.\n")
    (item,) = parse_text(text.encode())
    assert item.summary == ""
    assert len(item.blocks) == 1


@pytest.mark.parametrize("marker", ["-", "*", "•", "▪", "●", "◦", "–", "►", "▶", "→", "✓", "✔", "■", "·", "1.", "1)"])
def test_fact_box_item_markers(marker):
    text = f"Harbor reopens\nAt a glance\n{marker} Closed: two days\n{marker} Ships: 40\nLONDON (Reuters) - The harbor reopened.\n"
    (item,) = parse_text(text.encode())
    assert [(b.kind, b.text, b.items) for b in item.blocks][0] == (LIST, "At a glance", ["Closed: two days", "Ships: 40"])


STANDFIRSTS = [
    # lines between headline and copy, summary, byline, blocks
    pytest.param(["Researchers say the find could reshape conservation plans.", "By Ana Santos"],
                 "Researchers say the find could reshape conservation plans.", "By Ana Santos", 1, id="standfirst then byline"),
    pytest.param(["QUITO, Ecuador (AP) — Researchers say the find matters.", "By Ana Santos"],
                 "", "", 3, id="a dateline paragraph is copy, not a standfirst"),
    pytest.param(["Researchers say the find matters.", "The second paragraph.", "By Ana Santos"],
                 "", "", 4, id="a byline after two paragraphs is left where it is"),
    pytest.param(["Researchers say the find matters.", "By contrast, others doubt it"], "", "", 3, id="not a byline"),
]


@pytest.mark.parametrize("lines, summary, byline, block_count", STANDFIRSTS)
def test_a_standfirst_above_the_byline_is_the_summary(lines, summary, byline, block_count):
    copy = "Scientists have identified a new species of giant tortoise on one of the Galapagos Islands."
    (item,) = parse_text("\n".join(["Scientists find new species of giant tortoise", *lines, copy]).encode())
    assert (item.summary, item.byline) == (summary, byline)
    assert len(item.blocks) == block_count and item.blocks[-1].text == copy


BARE_NAME_LINES = [
    # line under the headline, byline taken
    ("Jane Doe", "Jane Doe"),
    ("Priya Nair and Omar Haddad", "Priya Nair and Omar Haddad"),
    ("María José Gómez de la Cruz", "María José Gómez de la Cruz"),
    ("Jane Doe\nReuters", "Jane Doe\nReuters"),
    ("Markets Rally", ""),  # no given name up front
    ("Grace Under Pressure", ""),  # a Title Case headline's words
    ("Harbor Times", ""),
]


@pytest.mark.parametrize("line, byline", BARE_NAME_LINES, ids=[c[0] for c in BARE_NAME_LINES])
def test_a_bare_name_under_the_headline_is_the_byline_when_it_opens_with_a_given_name(line, byline):
    story = "LONDON (Reuters) - The harbor reopened on Monday after a storm closed it for two days, officials said."
    (item,) = parse_text(f"Harbor reopens after storm\n{line}\n{story}\n".encode())
    assert item.byline == byline
    kept_as = [item.subheadline] + [b.text for b in item.blocks if b.kind == HEADING]
    assert (line in kept_as) == (not byline)  # not a byline: kept, as the subheadline or a section label
    assert [b.text for b in item.blocks if b.kind == PARAGRAPH] == [story]


PACKED_PEOPLE = [
    # header, publisher, byline
    ("Quake shakes coast/ Rosa Diaz/ LIMA/ The quake struck at dawn. No deaths were reported.", "", "Rosa Diaz"),
    ("Quake shakes coast/ Grace Daily/ LIMA/ The quake struck at dawn. No deaths were reported.", "Grace Daily", ""),
    ("Quake shakes coast/ Coastline Courier/ LIMA/ The quake struck at dawn. No deaths were reported.", "Coastline Courier", ""),
]


@pytest.mark.parametrize("header, publisher, byline", PACKED_PEOPLE, ids=[c[0].split("/ ")[1] for c in PACKED_PEOPLE])
def test_a_person_in_the_publisher_slot_is_the_byline(header, publisher, byline):
    (item,) = parse_text(f"{header}\nLIMA, Peru (AP) — The quake struck at dawn, officials said.\n".encode())
    assert (item.publisher, item.byline) == (publisher, byline)


SECTION_LABELS = [
    # lines between the fact box and the copy, subheadline, headings
    (["Deep Look", "Talks Stall as Deadline Nears in Geneva"], "Talks Stall as Deadline Nears in Geneva", ["Deep Look"]),
    (["Talks Stall as Deadline Nears in Geneva", "The Full Story"], "Talks Stall as Deadline Nears in Geneva", ["The Full Story"]),
    (["Deeper Look"], "", ["Deeper Look"]),
    (["Reuters Staff"], "Reuters Staff", []),  # byline-like: left for the byline rules, not a label
]


@pytest.mark.parametrize("lines, subheadline, headings", SECTION_LABELS, ids=[" / ".join(c[0]) for c in SECTION_LABELS])
def test_a_short_section_label_above_the_copy_is_a_heading_not_the_subheadline(lines, subheadline, headings):
    header = "Talks stall/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/ Officials met. Talks will resume next week."
    story = "WASHINGTON (AP) — Officials met on Thursday to discuss the plan, aides said."
    (item,) = parse_text("\n".join([header, "Quick Look", "- Where: Geneva", "- When: next week", *lines, story]).encode())
    assert item.subheadline == subheadline
    assert [b.text for b in item.blocks if b.kind == HEADING] == headings
    assert item.blocks[-1].text == story


OPENING_HEADLINES = [
    # first line, headline taken
    ("Is the Fed done raising rates?", "Is the Fed done raising rates?"),
    ("Mayor: “We will rebuild”", "Mayor: “We will rebuild”"),
    ("Harbor reopens (again)", "Harbor reopens (again)"),
    ("Goal! Harbor team wins cup", "Goal! Harbor team wins cup"),
    ("“We are ready,” the mayor said.", "“We are ready,” the mayor said."),  # over a byline even a sentence heads the story
    ("LONDON (Reuters) - The harbor reopened?", ""),  # the dateline paragraph
]


@pytest.mark.parametrize("first, headline", OPENING_HEADLINES, ids=[c[0] for c in OPENING_HEADLINES])
def test_a_first_line_ending_in_a_question_mark_quote_or_bracket_is_still_the_headline(first, headline):
    (item,) = parse_text(f"{first}\nBy Jane Doe\nLONDON (Reuters) - The harbor reopened on Monday, officials said.\n".encode())
    assert item.headline == headline
    assert (first in [b.text for b in item.blocks]) == (not headline)


@pytest.mark.parametrize("line, subheadline", [
    ("Will the Talks Change Anything?", "Will the Talks Change Anything?"),
    ("Rubio on Lavrov: “A New Approach”", "Rubio on Lavrov: “A New Approach”"),
    ("Rubio said the talks were useful.", ""),  # a sentence of copy stays copy
])
def test_article_headline_ending_in_a_question_or_quote_above_the_dateline(line, subheadline):
    header = "Rubio, Lavrov hold talks/ Newslooks/ WASHINGTON/ J. Mansour/ Morning Edition/ The two met. Talks continue."
    story = "KUALA LUMPUR, Malaysia (Reuters) — Rubio held talks Thursday with Lavrov."
    (item,) = parse_text(f"{header}\n{line}\n{story}\n".encode())
    assert item.subheadline == subheadline
    assert [b.text for b in item.blocks] == ([story] if subheadline else [line, story])


def test_a_notice_pasted_above_the_headline_is_furniture_not_the_headline():
    raw = (
        "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.\n\n"
        "Bakery recalls cookies sold in 12 states\n\nBy Nora Lindqvist, Associated Press\n\n"
        "MINNEAPOLIS (AP) — A Minnesota bakery is recalling cookies, the company said Monday.\n"
    ).encode()
    (item,) = parse_text(raw)
    assert item.headline == "Bakery recalls cookies sold in 12 states"
    assert item.byline.startswith("By Nora Lindqvist")
    assert item.blocks[0].furniture == "furniture:addressed-to-reader" and item.blocks[0].text.startswith("We use cookies")
    assert [b.text for b in item.blocks[1:]] == ["MINNEAPOLIS (AP) — A Minnesota bakery is recalling cookies, the company said Monday."]


@pytest.mark.parametrize("byline_line", ["Ruth Tangaroa · 4 min read", "Story by Ruth Tangaroa • 2h", "Ruth Tangaroa | 5 mins ago"])
def test_an_aggregators_byline_with_its_reading_time_under_a_dek_is_the_byline(byline_line):
    raw = (f"Gulf trawling ban widens\n\nThe move follows years of pressure from scientists.\n\n{byline_line}\n\n"
           "WELLINGTON, New Zealand (AP) — New Zealand will ban bottom trawling across much of the gulf.\n").encode()
    (item,) = parse_text(raw)
    assert (item.byline, item.summary) == (byline_line, "The move follows years of pressure from scientists.")
    assert [b.text for b in item.blocks] == ["WELLINGTON, New Zealand (AP) — New Zealand will ban bottom trawling across much of the gulf."]


def test_a_first_line_that_ends_a_sentence_with_no_byline_under_it_is_copy():
    (item,) = parse_text("“We are ready,” the mayor said.\nLONDON (Reuters) - The harbor reopened on Monday.\n".encode())
    assert item.headline == ""
    assert item.blocks[0].text == "“We are ready,” the mayor said."


_RELEASE = ["PRESS RELEASE", "Harbour ferry adds a night crossing",
            "The Harbour Ferry Company will add a 23:00 crossing from June 1, it said on Monday.",
            "The crossing will run on weekdays for a trial of six months, the company said.",
            "Tickets go on sale next week at the terminal and online."]


@pytest.mark.parametrize("above, below, furniture", [
    # a sender's note to the desk: salutation, request, sign-off and signer
    (["Dear Editor,", "Kindly find below a press release for your use.", "Best,", "Tolu"], [],
     {"Dear Editor,": "furniture:cover-note", "Best,": "furniture:cover-note", "Tolu": "furniture:cover-note",
      "Kindly find below a press release for your use.": "furniture:cover-note"}),
    # under a mail's headers, the desk's instruction; at the foot, the closing, signature and mail program
    (["From: Press Office <press@example.org>", "Subject: Night crossing", "Please publish in this week's notices."],
     ["Kind regards,", "Press Office", "--", "Jo Bloggs | Communications | +44 20 7946 0000", "Sent from my iPhone"],
     {"Please publish in this week's notices.": "furniture:cover-note", "Kind regards,": "furniture:cover-note",
      "Press Office": "furniture:cover-note", "--": "furniture:mail-signature",
      "Jo Bloggs | Communications | +44 20 7946 0000": "furniture:mail-signature",
      "Sent from my iPhone": "furniture:mail-program"}),
    # the sender's signature under its note ("--", name, post and firm, phone) and the rule over the release
    (["From: Press Office <press@example.org>", "Subject: Night crossing", "Dear Newsdesk,",
      "Please find below a press release for your use.", "Kind regards,", "Luana", "--", "Luana Camilleri",
      "Account Director | Blue Delta PR", "M: +356 9912 3401", "-------------------------"], [],
     {"Dear Newsdesk,": "furniture:cover-note", "Please find below a press release for your use.": "furniture:cover-note",
      "Kind regards,": "furniture:cover-note", "Luana": "furniture:cover-note", "--": "furniture:mail-signature",
      "Luana Camilleri": "furniture:mail-signature", "Account Director | Blue Delta PR": "furniture:mail-signature",
      "M: +356 9912 3401": "furniture:mail-signature", "-------------------------": "furniture:mail-signature"}),
    # a note signed by a name alone, no sign-off word and no rule under it
    (["Hi Chidi,", "See below the piece as it ran on our site yesterday. Fine to pick up, as agreed.", "Tolu"], [],
     {"Hi Chidi,": "furniture:cover-note", "Tolu": "furniture:cover-note",
      "See below the piece as it ran on our site yesterday. Fine to pick up, as agreed.": "furniture:cover-note"}),
    # a letter printed as copy, with no mail around it, keeps its closing; a mail program's line goes anyway
    ([], ["Yours sincerely,", "Ann Example", "Sent from my iPad"], {"Sent from my iPad": "furniture:mail-program"}),
])
def test_what_the_mail_adds_around_the_copy_is_furniture(above, below, furniture):
    item = parse_text("\n\n".join([*above, *_RELEASE, *below]).encode())[0]
    found = {block.text: block.furniture for block in item.blocks if block.furniture}
    assert found == furniture
    assert item.headline == "Harbour ferry adds a night crossing"
    # the mail's header fields are its envelope, read as header metadata
    assert item.extra.get("mail_headers", []) == [line for line in above if line.split(":")[0] in ("From", "Subject")]
    assert "The crossing will run on weekdays for a trial of six months, the company said." in [b.text for b in item.blocks]


_STORY_LINES = ["Wellington households will start receiving water bills based on metered use from July 2027, after "
                "the city council voted 11-5 on Thursday to adopt a volumetric charging model.",
                "The average household is expected to pay about $1,150 a year, roughly the same as today.",
                "Meters will be installed street by street from September."]


@pytest.mark.parametrize("header, fields", [
    # a newsletter: masthead, the date line, a greeting, the headline, a packed line of place, date and writer
    (["THE HARBOUR BRIEF", "Friday 13 March 2026 | Issue #412",
      "Good morning. It's Friday, and it's going to rain. Here's what matters today.",
      "Water meters are coming to Wellington. Here's what you'll pay", "Wellington · 13 March 2026 · Aroha Te Whata"],
     {"publisher": "THE HARBOUR BRIEF", "headline": "Water meters are coming to Wellington. Here's what you'll pay",
      "dateline": "Wellington", "byline": "Aroha Te Whata"}),
    # a Dutch masthead: the article "De" opens the outlet's name, no byline; "Door" with "van 't" is one
    (["De Gelderse Bode · Ochtendeditie · dinsdag 1 december 2026",
      "Goedemorgen! Vandaag in je mail: de spoedeisende hulp in Tiel gaat 's nachts dicht.",
      "Spoedeisende hulp in Tiel gaat vanaf maart 's nachts dicht",
      "Door Maarten van 't Hof en Femke Dijkstra-Oudeman · maarten.vanthof@geldersebode.nl"],
     {"publisher": "De Gelderse Bode", "edition": "Ochtendeditie",
      "headline": "Spoedeisende hulp in Tiel gaat vanaf maart 's nachts dicht",
      "byline": "Door Maarten van 't Hof en Femke Dijkstra-Oudeman · maarten.vanthof@geldersebode.nl"}),
])
def test_a_newsletters_masthead_and_greeting(header, fields):
    item = parse_text("\n\n".join([*header, *_STORY_LINES]).encode())[0]
    assert {name: getattr(item, name) for name in fields} == fields
    greeting = next(line for line in header if line.startswith(("Good morning", "Goedemorgen")))
    assert {b.text: b.furniture for b in item.blocks}[greeting] == "furniture:newsletter-voice"


@pytest.mark.parametrize("header, headline, extra", [
    # PA: the catchline, the byline, then the headline
    (["COURTS Bakery", "By Tom Ashworth, PA Court Reporter",
      "Baker who sold cakes laced with allergen 'ignored repeated warnings', court told"],
     "Baker who sold cakes laced with allergen 'ignored repeated warnings', court told", {"slug": "COURTS Bakery"}),
    # AAP: catchline, category code and the wire's labelled fields over the headline
    (["RUGBYL NRL RESULTS", "SPORT-RESULTS", "Priority: 3", "Version: 2 (CORRECTS Storm try-scorers)",
      "NRL round 4 results and ladder"], "NRL round 4 results and ladder",
     {"slug": "RUGBYL NRL RESULTS", "header": {"category": "SPORT-RESULTS", "priority": "3",
                                               "version": "2 (CORRECTS Storm try-scorers)"}}),
])
def test_a_wires_labels_over_the_headline(header, headline, extra):
    item = parse_text("\n\n".join([*header, *_STORY_LINES]).encode())[0]
    assert item.headline == headline
    assert {key: item.extra[key] for key in extra} == extra


@pytest.mark.parametrize("foot, byline, in_body", [
    ("AGERPRES/(A - autor: Mihaela Ionescu, editor: Andrei Pop, editor online: Irina Giurgiu)", "Mihaela Ionescu", True),
    ("Văn Dũng (TTXVN)", "Văn Dũng (TTXVN)", False),  # the writer and the agency on the copy's last line
    ("Harbour Authority (Press Office)", "", True),  # no agency in the brackets: copy
])
def test_a_byline_signed_at_the_foot(foot, byline, in_body):
    long = " ".join(["The council approved the harbour budget after a long debate on Tuesday evening."] * 3)
    item = parse_text("\n\n".join(["Harbour budget approved", long, long, foot,
                                   "© 2025 Harbour Wire. All rights reserved."]).encode())[0]
    assert item.byline == byline
    assert (foot in [b.text for b in item.blocks]) is in_body


@pytest.mark.parametrize("header, headline, extra_key", [
    (["Tytuł: Wrocław/ Miasto kupi 40 niskopodłogowych tramwajów za 620 mln zł", "Data: 18.11.2025 11:52",
      "Serwis: Kraj/Samorząd"], "Wrocław/ Miasto kupi 40 niskopodłogowych tramwajów za 620 mln zł", None),
    (["• العنوان: «طاقة أبوظبي» تطلق برنامجاً لتركيب ألواح شمسية", "• التاريخ: 18 نوفمبر 2025", "• التصنيف: اقتصاد"],
     "«طاقة أبوظبي» تطلق برنامجاً لتركيب ألواح شمسية", None),
    # a wire's line of its own slots over the headline: agency | date | section; labelled date and category
    (["共同通信 | 2025年11月18日 19:42 | 国際", "豪山火事、日本人観光客12人が一時孤立　全員けがなく救出"],
     "豪山火事、日本人観光客12人が一時孤立　全員けがなく救出", "header"),
    (["श्रेणी: राज्य | दिनांक: 18/11/2025 15:20", "उत्तराखंड के दुर्गम गांवों तक ड्रोन से पहुंचेंगी दवाएं, पहले चरण में 120 गांव शामिल"],
     "उत्तराखंड के दुर्गम गांवों तक ड्रोन से पहुंचेंगी दवाएं, पहले चरण में 120 गांव शामिल", None),
    # six labelled wire fields under the wire's banner: all of them header, however many
    (["PA MEDIA NATIONAL NEWSWIRE", "Slug: HEALTH Ambulances", "Category: Health", "Priority: Routine",
      "Filed: 09/03/2026 00:01 GMT", "Embargo: Strictly embargoed to 0001 Monday March 9", "",
      "Ambulance crews lost 41,000 hours waiting outside hospitals"], "Ambulance crews lost 41,000 hours waiting outside hospitals",
     "header"),
    # a labelled keyword line over the headline, in the languages agencies file in
    (["TASR  |  Regióny  |  10.03.2026 10:52", "Kľúčové slová: Košice, odpad, bioodpad", "",
      "Košice zavedú zber kuchynského bioodpadu na sídliskách"], "Košice zavedú zber kuchynského bioodpadu na sídliskách", None),
    (["Ključne besede: Celje, promet", "", "Celje bo zaprlo most čez Savinjo za tri tedne"],
     "Celje bo zaprlo most čez Savinjo za tri tedne", None),
])
def test_a_wires_labelled_or_slotted_fields_are_not_its_headline(header, headline, extra_key):
    item = parse_text("\n".join(header).encode() + b"\n\n" + "\n\n".join(_STORY_LINES).encode())[0]
    assert item.headline == headline
    if extra_key:
        assert extra_key in item.extra


def test_desk_notes_and_an_exports_fields_over_a_headline_and_its_byline():
    header = ["EDITORS' NOTE - NOT FOR PUBLICATION: Legally checked by PA Scotland desk 15:40.",
              "EDS: Pictures of Dunbar arriving at court are on the PA picture wire, ref 7781204.",
              "Slug: COURTS Fraud Harbour", "Publication: The Forth Coast Herald", "Edition: Final", "Words: 470",
              "Former harbour master admits £640,000 fraud at Fife marina trust",
              "By FIONA MCLAREN, PA Scotland Court Reporter"]
    item = parse_text("\n\n".join([*header, *_STORY_LINES]).encode())[0]
    assert (item.headline, item.byline, item.publisher, item.edition, item.dateline) == (
        "Former harbour master admits £640,000 fraud at Fife marina trust",
        "By FIONA MCLAREN, PA Scotland Court Reporter", "The Forth Coast Herald", "Final", "")
    assert not any(b.text.startswith(("EDITORS' NOTE", "EDS:")) for b in item.blocks)


@pytest.mark.parametrize("header, headline, byline", [
    (["标题：杭州“共享厨房”开进老小区 独居老人可就近搭伙", "作者：王晓东"], "杭州“共享厨房”开进老小区 独居老人可就近搭伙",
     "王晓东"),  # a full-width colon after a Chinese label
    (["Titre : Sherbrooke adopte un plan d’urgence pour ses 14 ponts les plus vétustes",
      "Par Marie-Ève Thibodeau et Olivier Lachance-Roy, La Presse Canadienne"],
     "Sherbrooke adopte un plan d’urgence pour ses 14 ponts les plus vétustes",
     "Par Marie-Ève Thibodeau et Olivier Lachance-Roy, La Presse Canadienne"),
    (["خبرگزاری: ایرنا", "کد خبر: ۸۵۷۱۲۳۴۰", "تیتر: سه ایستگاه جدید متروی تبریز تا پایان اسفند به بهره‌برداری می‌رسد",
      "خبرنگار: مریم احمدی‌نژاد"], "سه ایستگاه جدید متروی تبریز تا پایان اسفند به بهره‌برداری می‌رسد", "مریم احمدی‌نژاد"),
    # a Georgian CMS export's labels
    (["ID: 48213", "სტატუსი: გამოქვეყნებული", "სათაური: მცხეთობას ათასობით მომლოცველი შეიკრიბა",
      "ავტორები: ნინო ბერიძე და თამარ კვარაცხელია", "ადგილი: მცხეთა"], "მცხეთობას ათასობით მომლოცველი შეიკრიბა",
     "ნინო ბერიძე და თამარ კვარაცხელია"),
])
def test_a_labelled_headline_alone_or_in_another_script(header, headline, byline):
    item = parse_text("\n".join(header).encode() + b"\n\n" + "\n\n".join(_STORY_LINES).encode())[0]
    assert (item.headline, item.byline) == (headline, byline)


def test_a_pasted_documents_page_numbers_and_running_header_are_furniture():
    header = "THE SUIR VALLEY HERALD — SUB-EDITORS’ COPY"
    text = "\n\n".join([header, "Clonmel GP hub opens next month", _STORY_LINES[0], "Page 1 of 2", header,
                        _STORY_LINES[1], "Page 2 of 2"])
    item = parse_text(text.encode())[0]
    found = {b.text: b.furniture for b in item.blocks if b.furniture}
    assert found == {header: "furniture:running-header", "Page 1 of 2": "furniture:page-number",
                     "Page 2 of 2": "furniture:page-number"}
    assert item.headline == "Clonmel GP hub opens next month"


@pytest.mark.parametrize("header, headline, publisher", [
    (["https://apple.news/AqT5yXfQkS9ePq3mN1wZ8rg", "Ferry cuts leave Parramatta commuters stranded at Rydalmere wharf"],
     "Ferry cuts leave Parramatta commuters stranded at Rydalmere wharf", ""),
    (["SLUG: MB-Flood-Buyouts", "STATUS: DRAFT 3 — legal read requested, do not move before 1400 CT",
      "Province offers buyouts to 212 homes in Red River flood zone"], "Province offers buyouts to 212 homes in Red River flood zone", ""),
    (["Deccan Institute of Science and Technology, Hyderabad", "Office of Communications and Media Relations",
      "PRESS RELEASE", "DIST researchers build low-cost soil sensor that tells farmers when to irrigate"],
     "DIST researchers build low-cost soil sensor that tells farmers when to irrigate", "Deccan Institute of Science and Technology"),
])
def test_lines_above_a_headline_that_are_not_it(header, headline, publisher):
    item = parse_text("\n\n".join([*header, *_STORY_LINES]).encode())[0]
    assert (item.headline, item.publisher) == (headline, publisher)


_CHAT_RELEASE = ["Officers are appealing for witnesses after a motorcyclist was seriously injured on the A689.",
            "The rider, a 27-year-old man, was taken to hospital in Newcastle.",
            "Anyone with information is asked to contact Durham Constabulary on 101."]


@pytest.mark.parametrize("before, first, after, headline", [
    # WhatsApp: the desk's note, the forwarded release (its title in WhatsApp's bold), the replies
    (["[09:14, 11/03/2026] Gav Thornley (Newsdesk): Police one just landed, can someone turn this round?",
      "[09:14, 11/03/2026] Gav Thornley (Newsdesk): \u200eForwarded"], "*APPEAL AFTER SERIOUS COLLISION ON A689 NEAR WOLSTON BRIDGE*",
     ["[09:16, 11/03/2026] Priya Lal: On it 👍", "[09:21, 11/03/2026] Gav Thornley (Newsdesk): \u200e<Media omitted>"],
     "APPEAL AFTER SERIOUS COLLISION ON A689 NEAR WOLSTON BRIDGE"),
    # the release's title on its message's own line
    (["[09:41, 18/11/2026] Rafiqul Islam (Dhaka desk): Forwarding the copy for the evening bulletin"],
     None, ["[09:44, 18/11/2026] Farzana Haque: Noted"], "Appeal after serious collision on A689"),
    # Teams: the stamp and the sender on a line of their own
    (["[11/03/2026 16:52] Rhiannon Price", "LDRS copy from Owain for the politics page.", "[11/03/2026 16:53] Rhiannon Price"],
     "Appeal after serious collision on A689", ["[11/03/2026 16:55] Rhiannon Price", "(edited) ignore the headline"],
     "Appeal after serious collision on A689"),
    # WhatsApp on Android: dashed stamps, a system line, and the forward marker in Portuguese
    (["10/03/26, 06:58 - As mensagens e as chamadas estão protegidas com encriptação ponto a ponto.",
      "10/03/26, 07:42 - Celso Mabunda: *Encaminhada com frequência*"], "Appeal after serious collision on A689",
     ["10/03/26, 07:45 - Ana Sitoe: Obrigada pela partilha", "10/03/26, 07:53 - Celso Mabunda: <Multimédia omitido>"],
     "Appeal after serious collision on A689"),
])
def test_a_story_sent_through_a_chat_app(before, first, after, headline):
    if first is None:  # WhatsApp puts the message's first line on its stamp's line
        before = [*before, "[09:42, 18/11/2026] Rafiqul Islam (Dhaka desk): *Appeal after serious collision on A689*"]
    lines = [*before, *([first] if first else []), *_CHAT_RELEASE, *after]
    item = parse_text("\n".join(lines).encode())[0]
    assert item.headline == headline
    shown = [b.text for b in item.blocks if not b.furniture]
    assert shown == _CHAT_RELEASE
    assert [b.text for b in item.blocks if b.furniture == "furniture:chat-message"][-len(after):] == after


@pytest.mark.parametrize("stamp", [
    lambda sender, time: (f"14/03/26, {time} - {sender}: ", ""),  # WhatsApp on Android: the text on the stamp's line
    lambda sender, time: (f"{sender}, [14.03.2026 {time}]", "\n"),  # Telegram Desktop: the stamp alone, the text under it
])
def test_a_story_a_reporter_sends_through_a_chat_app_in_parts(stamp):
    """The parts from the message opening with the headline's label to the one that ends the copy are the story; the
    reporter's note before it, the desk's messages, the app's markers and the note after "Fim." are the thread."""
    messages = [
        ("Uxía Mesa", "9:02", "Bos días! Mándasme o da feira cando o teñas?"),
        ("Luana Bezerra", "9:40", "Vai!! Mándocho en varias mensaxes que o ordenador non me vai"),
        ("Luana Bezerra", "9:41", "TITULAR: A feira de Monterroso volve superar os 1.200 animais"),
        ("Luana Bezerra", "9:42", "Por X. M. Vilariño"),
        ("Luana Bezerra", "9:43", _CHAT_RELEASE[0]),
        ("Uxía Mesa", "9:43", "Grazas!"),
        ("Luana Bezerra", "9:44", "IMG-20260314-WA0007.jpg (ficheiro anexo)"),
        ("Luana Bezerra", "9:45", _CHAT_RELEASE[1]),
        ("Luana Bezerra", "9:46", "Esta mensaxe foi eliminada"),
        ("Luana Bezerra", "9:47", "Fim. Qualquer coisa me liga, tô na estrada"),
        ("Luana Bezerra", "9:48", _CHAT_RELEASE[2]),
    ]
    lines = []
    for sender, time, text in messages:
        head, gap = stamp(sender, time)
        lines.append(head + gap + text if gap else head + text)
    item = parse_text("\n\n".join(lines).encode())[0]
    assert (item.headline, item.byline) == ("A feira de Monterroso volve superar os 1.200 animais", "Por X. M. Vilariño")
    assert [b.text for b in item.blocks if not b.furniture] == _CHAT_RELEASE[:2]


def test_a_text_that_only_opens_with_a_time_in_brackets_is_no_chat():
    lines = ["[09:14] Council approves harbour budget", *_CHAT_RELEASE]
    item = parse_text("\n\n".join(lines).encode())[0]
    assert item.headline == "[09:14] Council approves harbour budget"
    assert not any(b.furniture == "furniture:chat-message" for b in item.blocks)


_FORWARDED_STORY = ["Harbour ferry adds a night crossing",
                    "The Harbour Ferry Company will add a 23:00 crossing from June 1, it said on Monday.",
                    "The crossing will run on weekdays for a trial of six months, the company said.",
                    "Tickets go on sale next week at the terminal and online."]


@pytest.mark.parametrize("wrapper", [
    # a forwarder's note, the mail program's delimiter and the forwarded mail's headers, in any language
    ["नोमान जी, यह कॉपी शाम के संस्करण के लिए देख लें।", "सलीम", "---------- फ़ॉरवर्ड किया गया संदेश ---------",
     "प्रेषक: पीटीआई-भाषा अलर्ट <alerts@bhasha-feed-desk.in>", "विषय: DEL67 राज्य"],
    ["各位", "明日朝刊の国際面用です。", "-----Original Message-----", "差出人: 共同通信 配信センター <haishin@kyodo-member-mail.jp>",
     "件名: FW: 【共同】防潮堤"],
    # the subject under a label no list holds, its value a title of any length, the header lines under it (Walloon)
    ["Bondjou, vo-chal li papî po vosse rubrike culturèle. Aline", "-------- Message transféré --------",
     "Sujet : Papî po l' gazete - Teyåte dèl Tchèrète", "Date : Mon, 10 Nov 2025 14:02:11 +0100",
     "De : Rèdaccion Li Gazete di Lîdje <redaccion@gazete-lidje.example>"],
    # the mail system's warning over a message from outside the organisation
    ["Колеги, за сайта.", "-----Original Message-----", "От: БТА Новини <novini@bta-wire.bg>", "Тема: Три къщи",
     "[ВЪНШЕН ИМЕЙЛ] Това съобщение е изпратено от адрес извън организацията."],
    # the forwarder's note under the forwarded headers, no salutation a list knows, signed by a name over a rule
    ["---------- Pesan terusan ---------", "Dari: Humas DPW <humas@partai-jatim.example>", "Subjek: SIARAN PERS: Feri",
     "Mas Dimas, ini rilis dari humas, masuk tadi sore.", "Salam,", "Rina", "------------------------------"],
    ["---------- Ipinasang mensahe ---------", "Mula kay: Media Team <media@konsehal.example>", "Paksa: PAHAYAG",
     "Para sa politics desk — pahayag ng konsehal tungkol sa ferry.", "- Jun", "----------"],
    # a syndication desk's own note, closed by a second delimiter
    ["---------- Forwarded message ---------", "From: Gazette Syndication <syndication@example.com>", "Subject: Ferry",
     "Hi all,", "Cleared for partner use from 6 p.m. ET today.", "Thanks,", "Meredith", "=== BEGIN STORY ==="],
    # the reporter's unsigned note under a greeting no list holds, closed by a comma, over the story's title
    ["---------- Message transféré ---------", "De : Teva Tehei <teva.tehei@veatahiti.example>", "Objet : Parau",
     "Ia ora na e Hina,", "Teie tāʻu parau no ananahi. Māuruuru!"],
])
def test_a_message_forwarded_in_any_language(wrapper):
    item = parse_text("\n\n".join([*wrapper, *_FORWARDED_STORY]).encode())[0]
    assert item.headline == _FORWARDED_STORY[0]
    # the forwarded mail's header fields are the envelope, read as header metadata; the rest of the wrapper is removed
    headers = item.extra["mail_headers"]
    assert headers and all(line in wrapper for line in headers)
    assert [b.text for b in item.blocks if b.furniture] == [line for line in wrapper if line not in headers]
    assert [b.text for b in item.blocks if not b.furniture] == _FORWARDED_STORY[1:]


def test_a_note_under_forwarded_headers_needs_a_signature_over_a_rule():
    # copy under the headers (no name signing it over a rule or a release label) is the story, not a note
    lines = ["---------- Forwarded message ---------", "From: Harbour Ferry <press@ferry.example>", "Subject: Ferry",
             *_FORWARDED_STORY]
    item = parse_text("\n\n".join(lines).encode())[0]
    assert item.headline == _FORWARDED_STORY[0]
    assert [b.text for b in item.blocks if not b.furniture] == _FORWARDED_STORY[1:]


@pytest.mark.parametrize("notice", [
    "PAUNAWA: Ang e-mail na ito at anumang kalakip nito ay para lamang sa taong pinadalhan. Kung natanggap mo ito nang "
    "hindi sinasadya, ipaalam agad sa nagpadala.",
    "PEMBERITAHUAN: Pesan ini hanya untuk penerima yang dituju. Jika Anda menerimanya karena kekeliruan, hapus segera.",
])
def test_a_mails_own_notice_closing_a_forwarded_item_is_furniture(notice):
    lines = ["---------- Forwarded message ---------", "From: Harbour Ferry <press@ferry.example>", "Subject: Ferry",
             *_FORWARDED_STORY, notice]
    item = parse_text("\n\n".join(lines).encode())[0]
    assert [b.furniture for b in item.blocks if b.text == notice] == ["furniture:mail-disclaimer"]
    assert [b.text for b in item.blocks if not b.furniture] == _FORWARDED_STORY[1:]


def test_a_notice_in_copy_that_came_by_no_mail_stays():
    notice = "WARNING: Police say the message asking for bank details is a scam and should be deleted."
    item = parse_text("\n\n".join([*_FORWARDED_STORY, notice]).encode())[0]
    assert notice in [b.text for b in item.blocks if not b.furniture]


def test_outlooks_bare_rule_over_a_forwarded_mails_headers_is_the_delimiter():
    wrapper = ["Buenas tardes, colegas:", "Les reenvío la nota.", "Saludos cordiales,", "Mariela Rocha",
               "________________________________", "De: Prensa ABI <despachos@abi-noticias.example.bo>",
               "Asunto: ABI | Ferry"]
    item = parse_text("\n\n".join([*wrapper, *_FORWARDED_STORY]).encode())[0]
    assert item.headline == _FORWARDED_STORY[0]
    assert [b.text for b in item.blocks if not b.furniture] == _FORWARDED_STORY[1:]


@pytest.mark.parametrize("quotation", [
    "– Vaurioita on poikkeuksellisen laajalla alueella, ja osaan vikapaikoista päästään vasta huomenna, sanoo Kettunen.",
    "— Нам нужно ещё два дня, чтобы восстановить все линии в районе, — сказал начальник смены.",
])
def test_a_lone_paragraph_opened_by_a_dash_is_a_quotation_not_a_list(quotation):
    item = parse_text("\n".join(["Myrsky katkaisi sähköt", _FORWARDED_STORY[1], quotation, _FORWARDED_STORY[2]]).encode())[0]
    assert [(b.kind, b.text) for b in item.blocks][1] == (PARAGRAPH, quotation)


def test_dashed_items_beside_each_other_are_still_a_list():
    lines = ["Ferry adds a crossing", _FORWARDED_STORY[1], "Key numbers:", "- Municipal tariff increase from 1 July: 12.7%",
             "- Utility's original request for the coming year, as filed: 36%"]
    item = parse_text("\n".join(lines).encode())[0]
    assert [b.kind for b in item.blocks][-1] == LIST and len(item.blocks[-1].items) == 2


def test_a_rule_over_labelled_caption_lines_is_no_fact_box_title():
    lines = ["Ferry adds a crossing", *_FORWARDED_STORY[1:], "---", "Caption: Crews repair a line near Laukaa.",
             "Photo: Timo Lahtinen"]
    item = parse_text("\n".join(lines).encode())[0]
    assert LIST not in [b.kind for b in item.blocks]


def test_a_hard_wrapped_mail_under_a_long_subject_is_joined_and_its_signature_stays_apart():
    wrapped = ["Subject: EMBARGOED 00:01 Friday 4 December: Long trolley waits linked to higher death risk for older people",
               "", "Long trolley waits linked to higher death risk", "",
               "GALWAY, 4 December 2026 – Patients aged 75 and over who spend more than",
               "24 hours on a trolley in an emergency department are significantly more",
               "likely to die within 30 days than those admitted to a ward within six hours.", "",
               "The study, published today in the European Journal of Emergency",
               "Practice, examined 61,482 attendances by older patients at six hospitals.", "",
               "--", "You are receiving this because your newsroom is on the Corrib Institute",
               "health media list."]
    item = parse_text("\n".join(wrapped).encode())[0]
    texts = [b.text for b in item.blocks]
    assert texts[0].startswith("GALWAY, 4 December 2026 – Patients") and texts[0].endswith("within six hours.")
    assert "--" in texts


def test_a_cms_shortcode_block_is_furniture():
    promo = "[PROMO] Predpoveď počasia vám každé ráno pošleme aj do mobilu. Stiahnite si aplikáciu. [/PROMO]"
    item = parse_text("\n\n".join([*_FORWARDED_STORY, promo]).encode())[0]
    assert [b.furniture for b in item.blocks if b.text == promo] == ["furniture:cms-shortcode"]


def test_a_delimiter_without_a_mails_headers_under_it_is_no_forward():
    lines = ["=== Council notes ===", *_FORWARDED_STORY]
    item = parse_text("\n\n".join(lines).encode())[0]
    assert not any(b.furniture in ("furniture:cover-note", "furniture:email-header") for b in item.blocks)


@pytest.mark.parametrize("salutation", ["Hoi Ruud,", "Buenas tardes, colegas:", "Grüezi mitenand,", "Salut Julien,"])
def test_a_senders_note_opens_with_a_greeting_in_more_languages(salutation):
    note = [salutation, "Kindly find below a press release for your use.", "Best,", "Tolu"]
    item = parse_text("\n\n".join([*note, *_RELEASE]).encode())[0]
    assert item.headline == "Harbour ferry adds a night crossing"
    assert [b.text for b in item.blocks if b.furniture == "furniture:cover-note"] == note


@pytest.mark.parametrize("raw", [b"Fa-a", b"\n\nFa-a"])
def test_a_body_that_is_only_a_header_line_is_no_item(raw):
    """A lone line the header reader takes whole (as a slug) left nothing to read a headline from: it raised
    IndexError (found by the mail parser's robustness test) instead of saying the body holds no item."""
    from ingest.parse import ParseError

    assert parse_text(raw, "text/plain") == []
    with pytest.raises(ParseError, match="no wire item"):
        parse(raw, "text/plain")


_TELEPRINTER_TAKE = """ZCZC
MPA0311 3 ECO 0 RR1 / NAZ
^PORTI: TRAFFICO CONTAINER IN CRESCITA A GENOVA NEL PRIMO TRIMESTRE<
Eds: ADDS the authority's figures in 2nd graf.
Moves on business and transport wires.
   (MPA) - GENOVA, 3 APR - Il traffico container nel porto di Genova
e' cresciuto del 6 per cento nel primo trimestre, secondo i dati
diffusi oggi dall'autorita' di sistema portuale.
   Il presidente dell'autorita' ha parlato di un risultato atteso
dopo la riapertura della diga foranea.
   Le stime per l'intero anno restano prudenti.
Riproduzione riservata (c) Copyright MPA - Mediterranea Porti Agenzia
NNNN
"""


def test_a_teleprinter_take_marks_its_paragraphs_by_indent():
    """A take with no blank line between paragraphs: each indented line opens one; the lines above the first are the
    header's, a line each (service line, the headline in its quad marks, the desk's note under it, read as the
    header's note: the headline in capitals with its colon is no dateline, so the copy has not begun); the rights line
    flush under the last paragraph is its own."""
    (item,) = parse_text(_TELEPRINTER_TAKE.encode())
    assert item.headline == "PORTI: TRAFFICO CONTAINER IN CRESCITA A GENOVA NEL PRIMO TRIMESTRE"
    assert item.summary == ""  # the desk's note run over two lines is no standfirst
    assert item.extra["header"]["note"] == "Eds: ADDS the authority's figures in 2nd graf. Moves on business and transport wires."
    texts = [block.text for block in item.blocks if not block.furniture]
    assert texts[0:3] == [
        "(MPA) - GENOVA, 3 APR - Il traffico container nel porto di Genova e' cresciuto del 6 per cento nel primo "
        "trimestre, secondo i dati diffusi oggi dall'autorita' di sistema portuale.",
        "Il presidente dell'autorita' ha parlato di un risultato atteso dopo la riapertura della diga foranea.",
        "Le stime per l'intero anno restano prudenti."]
    assert "Riproduzione riservata (c) Copyright MPA - Mediterranea Porti Agenzia" in [b.text for b in item.blocks]


@pytest.mark.parametrize("label", ["PRESS RELEASE – FOR IMMEDIATE RELEASE", "Communiqué de presse | Pour diffusion immédiate"])
def test_two_document_labels_on_one_line_are_no_headline(label):
    item = parse_text("\n\n".join([label, *_RELEASE[1:]]).encode())[0]
    assert item.headline == "Harbour ferry adds a night crossing"
    assert item.extra.get("document_type") == label


def test_a_cms_exports_fields_under_its_end_of_body_marker_are_metadata():
    """The fields a labelled line each under "--- fim do corpo ---": caption and keywords are the item's; the rights
    line and the picture's credit stay for the cleaner to remove and record."""
    long = "A campanha de descortiçamento arranca em abril, mais cedo do que o habitual, disseram os produtores da região."
    lines = ["Cortiça: campanha arranca mais cedo", long, long.replace("abril", "maio"), "--- fim do corpo ---",
             "Legenda: Sobreiros com a marca da última extração.", "Crédito fotográfico: Rui Tavares/AIN",
             "Palavras-chave: cortiça; montado", "Direitos: © Agência Ibérica de Notícias. Reprodução proibida.",
             "=== FIM ==="]
    (item,) = parse_text("\n".join(lines).encode())
    assert item.extra["export_tail"] == ["--- fim do corpo ---", "Legenda: Sobreiros com a marca da última extração.",
                                         "Palavras-chave: cortiça; montado", "=== FIM ==="]
    assert [b.text for b in item.blocks][-2:] == ["Crédito fotográfico: Rui Tavares/AIN",
                                                  "Direitos: © Agência Ibérica de Notícias. Reprodução proibida."]


def test_lines_set_together_under_an_exports_end_body_are_each_their_own_block():
    """"END BODY" closes what "BODY:" opened: the lines under it, set with no blank between them, are each weighed by
    the cleaner as what it is (not one paragraph of the story's); the close and a field of a known label are the
    export's own."""
    long = "Ganǫhsa' 12 ęgahwę:nǫ́t tsi' ǫgwehǫ́:weh ǫgwaę́hsa:' hoya'dǫh, ahę́: Hill, housing ha'ǫ́ge:t, ne' council."
    lines = ["HEADLINE: Ohswé:gę' ganǫhsa' 24 ęhadinǫhsǫ:nih", "BYLINE: Karen Jamieson-Hill", "BODY:", long,
             "", long.replace("12", "14"), "", "END BODY", "SHARE: Facebook | X | Email",
             "Ęsahsnyédǫ' gęh? Comments are closed for this story.", "TAGS: housing; Six Nations"]
    (item,) = parse_text("\n".join(lines).encode())
    assert [b.text for b in item.blocks][-2:] == ["SHARE: Facebook | X | Email",
                                                  "Ęsahsnyédǫ' gęh? Comments are closed for this story."]
    assert item.extra["export_tail"] == ["END BODY", "TAGS: housing; Six Nations"]
    (draft,) = run("\n".join(lines).encode(), "text/plain; charset=utf-8")
    assert "SHARE: Facebook | X | Email" not in draft.body_text
    assert any(removal["text"] == "SHARE: Facebook | X | Email" for removal in draft.removed)


@pytest.mark.parametrize("signed, byline", [
    # "prepared by" under the copy, the writer's post after a comma
    ("Parengė: Rūta Jankauskienė, Pajūrio aplinkos fondo komunikacijos vadovė",
     "Parengė: Rūta Jankauskienė, Pajūrio aplinkos fondo komunikacijos vadovė"),
    ("Przygotowała: Anna Kowalczyk", "Przygotowała: Anna Kowalczyk"),
    ("Źródło: Ministerstwo Zdrowia", ""),  # a source's label signs no one
])
def test_a_byline_signed_under_the_copy_with_a_prepared_by_label(signed, byline):
    paragraphs = ["Klaipėda, 2025 m. rugpjūčio 12 d. – Kuršių mariose šią savaitę fiksuotas didžiausias per penkerius metus "
                  "melsvabakterių žydėjimas, rodo aplinkosaugininkų atlikti matavimai keliolikoje vietų prie kranto.",
                  "Specialistai gyventojams ir poilsiautojams rekomenduoja nesimaudyti vietose, kur vanduo žalsvas ir "
                  "drumstas, o augintinių neleisti gerti marių vandens, kol žydėjimas nesibaigs ir nebus naujų matavimų.",
                  signed]
    item = parse_text(("Kuršių mariose – didžiausias per penkerius metus žydėjimas\n\n" + "\n\n".join(paragraphs)).encode())[0]
    assert item.byline == byline


@pytest.mark.parametrize("label, title, opening, headline", [
    # a release's label no list holds: four words or more in capitals over a title, the copy on a dated dateline
    ("ŨHORO WA GŨTANGAZWO O RĨU", "Aũrĩmi a macani 12,000 a Nyeri nĩ makaheo bonasi ya Sh18 o kilo",
     "NYERI, 14 Mweri wa Ikũmi na Ũmwe 2025 – Kiama kia Kampuni ya Macani kĩanĩrĩire ũmũthĩ.",
     "Aũrĩmi a macani 12,000 a Nyeri nĩ makaheo bonasi ya Sh18 o kilo"),
    ("PARA KING AGAD A PAMAGLABAS", "Dapu Digital, miglunsad yang keyboard app para king Kapampangan",
     "SAN FERNANDO, Pampanga (Abril 8, 2025) – Ngeni Martes, ipalwal na ning Dapu Digital ing Tipa.",
     "Dapu Digital, miglunsad yang keyboard app para king Kapampangan"),
    # a headline in capitals over its deck, the copy with no date in its dateline: the headline stays
    ("HARBOUR FERRY ADDS NIGHT CROSSING", "The council backs a two-year trial from June",
     "PORTSMOUTH – The harbour ferry will add a night crossing from June, the council said.",
     "HARBOUR FERRY ADDS NIGHT CROSSING"),
])
def test_a_releases_label_no_list_holds_over_its_title(label, title, opening, headline):
    (item,) = parse_text("\n\n".join([label, title, opening, "The second paragraph of the copy goes on here."]).encode())
    assert item.headline == headline


@pytest.mark.parametrize("slot, place", [
    ("THE MATABELELAND LEDGER", False),  # an outlet's word last: the masthead, no place
    ("GENERAL NEWS SERVICE", False),  # a service
    ("THE HAGUE", True),
    ("NEW YORK", True),
])
def test_an_outlets_name_in_capitals_is_no_place_slot(slot, place):
    from ingest.parse.text import _is_place_slot

    assert _is_place_slot(slot) is place


def test_joined_people_with_their_desk_after_a_bar_are_the_byline():
    text = ("THE MATABELELAND LEDGER | Evening Edition\nWednesday 16 April 2025\n\n"
            "Nketa hospital opens maternity waiting home for rural mothers\n\n"
            "NKOSANA DUBE and THANDEKA MOYO-SIBANDA | Health Desk\n\n"
            "BULAWAYO – A 20-bed maternity waiting home opened at Nketa Community Hospital on Wednesday.\n\n"
            "The shelter will house women referred from clinics in Umguza, Insiza and Matobo.\n")
    (item,) = parse_text(text.encode())
    assert (item.publisher, item.edition, item.dateline) == ("THE MATABELELAND LEDGER", "Evening Edition", "")
    assert item.byline.startswith("NKOSANA DUBE and THANDEKA MOYO-SIBANDA")


def test_a_newsletters_web_view_line_and_rule_over_the_headline_its_unlisted_byline_and_standfirst():
    """A plain-text newsletter in a language no list holds: its masthead and web view's address over a rule, the
    headline, a byline whose label no list holds, a labelled standfirst over the dateline paragraph."""
    text = ("KEKELI NYADZƆDZƆ — Kwasiɖa ƒe nyadzɔdzɔgbalẽ | Agbalẽ 46 | Dzove 17, 2025\n"
            "Ne agbalẽ sia medze nyuie o la, xlẽe le: https://kekeli.example/agbale/46\n\n" + "=" * 50 + "\n\n"
            "HO ƑE NUTOA ME TIATIA: AME 38 LE ALAFA ME KOE DA AKƆ\n\n"
            "Ŋlɔla: Eyram Agbeko, míaƒe nyadzɔdzɔŋlɔla le Ho\n"
            "Le kpuie me: Tiatiadɔwɔƒe la gblɔ be ame 41,230 koe da akɔ le Kɔsiɖagbe, eye ame yeyewo xɔ zikpui 15.\n\n"
            "HO – Ame siwo ŋkɔ le akɔdadagbalẽ dzi le Ho ƒe nutoa me la ƒe 38 le alafa me koe yi ɖada akɔ.\n\n"
            "Tiatiadɔwɔƒe la ƒe amegã le Ho, Mawuli Tsikata, gblɔ be ame 41,230 koe da akɔ.\n")
    (item,) = parse_text(text.encode())
    assert item.headline == "HO ƑE NUTOA ME TIATIA: AME 38 LE ALAFA ME KOE DA AKƆ"
    assert item.byline.startswith("Ŋlɔla: Eyram Agbeko")
    assert item.summary.startswith("Tiatiadɔwɔƒe la gblɔ be ame 41,230")


@pytest.mark.parametrize("note", [
    "Note to readers: This is a corrected story. A previous version misspelled the name of the community.",
    "Republish: Free to republish under CC BY-ND 4.0. Please keep the byline and the credit line.",
])
def test_a_labelled_note_over_the_dateline_is_no_standfirst(note):
    text = (f"Ferry adds a night crossing\n\nBy Jane Doe\n\n{note}\n\n"
            "PORTSMOUTH, Jan 5 (CP) - The harbour ferry will add a night crossing from June, the council said.\n\n"
            "Tickets go on sale next week.\n")
    (item,) = parse_text(text.encode())
    assert item.summary == ""


def _fields(text: str) -> dict:
    """The draft's fields as the whole pipeline gives them (the header's reading shows in them)."""
    from ingest.pipeline import run

    (draft,) = run(text.encode(), "text/plain; charset=utf-8")
    return {name: getattr(draft, name) for name in ("headline", "subheadline", "byline", "authors", "dateline",
                                                      "credit", "publisher", "summary")} | {"body": draft.body_text}


_DATED_COPY = ("— Siil yaaw ebaj kaan ferry yati Kafountine nan bakaan, bukan boo baŋar ferry yabu ban yoo aw.\n\n"
               "Ahaanumaw Aliou Badji alaŋ an bajaw fuluk esuk esuum kaanoor ebeŋ ferry ahu.\n")


def test_a_greeting_alone_over_the_forwarded_storys_title_is_the_forwarders():
    """Under a forwarded mail's headers in a language no list holds, a greeting closed by a comma and nothing
    else, then the story's title: the greeting is the forwarder's, the title the headline."""
    text = ("Forwarded: Kafountine ferry\n\nMariama, ufuloor ni emeel yoo. — K.\n\n"
            "---------- Emeel ya fati ----------\nAjukaw: Tomas Ekwe <t.ekwe@kasanews.example>\n"
            "Kanaak: Alaamisa 9 Abril 2026, 18:42\nEjuk: Kafountine: ferry ebaj kaan\nAhu ujukul: desk@kasanews.example\n\n"
            "Kasumay,\n\nKafountine: ferry ebaj kaan siil 40 bakaan\n\nAjukaw: Tomas EKWE, Kafountine\n\n"
            "KAFOUNTINE " + _DATED_COPY)
    fields = _fields(text)
    assert (fields["headline"], fields["subheadline"], fields["byline"]) == (
        "Kafountine: ferry ebaj kaan siil 40 bakaan", "", "Tomas Ekwe")
    assert "Kasumay," not in fields["body"]


def test_a_pages_masthead_over_its_date_then_a_byline_whose_label_no_list_holds():
    """A pasted page: the outlet and its section over the page's date, the headline, a labelled byline of a
    language no list holds, the dated copy. The masthead names the publisher; the byline anchors the headline."""
    text = ("Astara Sədo — Şəhər\n14.05.2025 | 09:15\n\nAstarə bandəri tojə ferry xəto sıfte kardə bıə\n\n"
            "Nıvıştə: RƏŞİD MƏMMƏDOV, mıxbir\n\n"
            "ASTARƏ – Astarə bandəri tojə ferry ımsor sıfte bə vaxt omə, həmə sabəh sə nəfər əməkdor bandəro şedə.\n\n"
            "Bandəri şəbə votışe ki ımsor 12 tojə gəmi bandəro omedən.\n")
    fields = _fields(text)
    assert (fields["headline"], fields["byline"], fields["publisher"], fields["dateline"]) == (
        "Astarə bandəri tojə ferry xəto sıfte kardə bıə",
        "Rəşid Məmmədov", "Astara Sədo", "ASTARƏ")


def test_forwarded_headers_whose_date_label_is_a_storys_run_to_the_last_address_then_a_labelled_header():
    """The mail's headers run down to the last line holding an address, whatever their labels ("तारीख:" names a
    story's date too); a note to the desk; then the story's own labels, no list's, over the dated copy: in a
    script without capitals the title's value is the headline and the people's the byline, their agency the credit."""
    text = ("---------- फॉरवर्ड कएल संदेस ---------\nभेजे वाला: सुनीता देवी <sunita@bhojpur-khabar.example>\n"
            "तारीख: बुध, 13 अगस्त 2025, 4:10 सांझ\nविसय: खबर: आरा पुल\nपाए वाला: डेस्क <desk@bhojpur-khabar.example>\n\n"
            "डेस्क भइया, नीचे खबर हे, फोटो अलगे से भेजित ही।\n\n"
            "हेडिंग: आरा में गंगा पुल के मरम्मत के काम अगिला महीना से सुरू होई\n\n"
            "बाइलाइन: सुनीता देवी, भोजपुर खबर सेवा\n\n"
            "आरा, 13 अगस्त — जिला प्रसासन बुध के बतइलक कि गंगा पुल के मरम्मत के काम अगिला महीना से सुरू होई आ छव महीना चली।\n\n"
            "पुल पर भारी गाड़ी के आवाजाही ओह घरी बंद रही।\n")
    fields = _fields(text)
    assert (fields["headline"], fields["subheadline"], fields["byline"], fields["credit"]) == (
        "आरा में गंगा पुल के मरम्मत के काम अगिला महीना से सुरू होई", "", "सुनीता देवी", "भोजपुर खबर सेवा")
    assert "तारीख" not in fields["body"] and "डेस्क भइया" not in fields["body"]


def test_a_front_matters_quoted_values_and_its_agency_slot():
    """A CMS export with YAML front matter: the quotes its syntax puts round a string are no part of the value, and
    the agency's slot names the credit."""
    text = ('---\nid: 4411\ntitle: "Tokar: the mobile clinic reaches two more villages"\n'
            'subtitle: "Nurses will visit every Tuesday"\nauthor: "Aasha Ela (health reporter) <aasha@desk.example>"\n'
            'agency: "Red Sea Press Agency"\npublication: "Coastal Courier"\n---\n\n'
            "TOKAR — The state's mobile clinic reached two more villages on Monday, with a doctor and two nurses.\n\n"
            "It saw 180 patients in its first week, the health ministry said.\n")
    fields = _fields(text)
    assert (fields["headline"], fields["subheadline"], fields["byline"], fields["credit"], fields["publisher"]) == (
        "Tokar: the mobile clinic reaches two more villages", "Nurses will visit every Tuesday", "Aasha Ela",
        "Red Sea Press Agency", "Coastal Courier")


def test_a_mailed_mastheads_title_read_as_its_standfirst_is_the_headline():
    """A forwarded newsletter whose masthead opens with its sender's name: the header took the masthead for the
    headline and the title under it for the standfirst; the title is the headline, and no standfirst."""
    text = ("Zdravo Senad, ti go prakam tekstot za sabotniot broj.\n\n---------- Prateno pismo ----------\n"
            "Od: Sar Vesti <bilten@sarvesti.example>\nDatum: sab, 8 noe 2025 u 07:12\nTema: Bilten: Pazar vo Dragaš\n"
            "Do: <desk@sarpress.example>\n\nSAR VESTI - nedelen bilten\n\n"
            "Slatkarite na pazarot vo Dragaš: šekerot ja diga cenata na baklavata\n\n"
            "Od NAZIM BERIŠA, Sar Vesti\n\n"
            "DRAGAŠ – Na sabotniot pazar vo Dragaš slatkarite ovaja nedela prodavaja baklava po povisoka cena.\n\n"
            "Spored združenieto na pazarnite trgovci, na pazarot ima 46 tezgi.\n")
    fields = _fields(text)
    assert (fields["headline"], fields["summary"], fields["publisher"]) == (
        "Slatkarite na pazarot vo Dragaš: šekerot ja diga cenata na baklavata", "", "Sar Vesti")



SECOND_HEADLINE_LINES = [
    # the line under the headline, the subheadline taken
    ("Besiciler, kuru ot ve saman nakliyesi için Bakanlıktan destek istedi",
     "Besiciler, kuru ot ve saman nakliyesi için Bakanlıktan destek istedi"),
    # a standfirst of sentences, a byline in capitals with an unlisted word, an update note: no second headline
    ("Besiciler ise Bakanlıktan nakliye için destek istedi.", ""),
    ("Yuj MALIN PASKUAL DIEGO yet LUKAS TOMAS ANDRES", ""),
    ("Depesza aktualizowana – kolejne informacje wkrótce", ""),
]


@pytest.mark.parametrize("line, subheadline", SECOND_HEADLINE_LINES, ids=[line[:40] for line, _ in SECOND_HEADLINE_LINES])
def test_a_line_in_a_headlines_form_under_the_subjects_title_is_the_second_headline(line, subheadline):
    """A mailed release whose subject names its title: the line under the title, in a headline's form, over the
    dated lead, is its second headline."""
    mail = ("From: Palandöken Besiciler Birliği <basin@besici.example>\nTo: haber@gazete.example\n"
            "Subject: BASIN BÜLTENİ: Erzurum'da kışlık yem fiyatları bir yılda yüzde 40 arttı\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            "BASIN BÜLTENİ\n\nHemen yayımlanmak üzere\n\nErzurum'da kışlık yem fiyatları bir yılda yüzde 40 arttı\n\n"
            f"{line}\n\nErzurum, 3 Ekim 2026 — Palandöken Besiciler Birliği'nin araştırmasına göre kuru otun fiyatı "
            "yüzde 40 artarak 6 bin 300 liraya yükseldi.\n")
    fmt, (item,) = parse(mail.encode(), "message/rfc822")
    assert item.headline == "Erzurum'da kışlık yem fiyatları bir yılda yüzde 40 arttı"
    assert item.subheadline == subheadline
    assert not subheadline or line not in [b.text for b in item.blocks]
