"""Step 3 of the pipeline: a cleaned item -> a StoryDraft with every field normalized."""
from __future__ import annotations

import re

from dataclasses import asdict, dataclass, fields, replace

from ingest.items import HEADING, PARAGRAPH, Block, CleanedItem, StoryDraft

from .body import render_html, render_text, sanitize
from .byline import Byline, looks_like_byline, parse_byline
from .publisher import decide_publisher, outlet_of_holder
from ingest.vocabulary import BY_PHRASES, Dateline, agency_name, parse_dateline
from ingest.vocabulary.agencies import may_be_spelled_out, names_an_agency, spelled_out
from ingest.vocabulary.datelines import BRACKETED_CODE, parse_place_opening
from ingest.vocabulary.words import collapse_spaces
from .headline import PRESERVE, case_hints, normalize_headline


@dataclass(frozen=True)
class HouseStyle:
    headline_case: str = PRESERVE


def _clean_field(text: str) -> str:
    return collapse_spaces(text)


# The Story columns these fields land in (ingest.models.Story max_length): a broken feed's
# paragraph-long "headline" is cut at a word boundary rather than failing the whole delivery.
FIELD_LIMITS = {
    "headline": 1000, "original_headline": 1000, "subheadline": 1000, "byline": 500, "byline_raw": 500,
    "dateline": 200, "dateline_raw": 300, "credit": 200, "publisher": 200, "edition": 200,
}


def _fit(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2:] else cut) + "…"


_BULLET = re.compile(r"^\s*[*•·▪■►]\s")


# A paragraph opened by who speaks: "PAP: ...", "PV: ...", "Hanna Wróbel-Kos: ...".
_SPEAKER_LABEL = re.compile(r"^(?P<speaker>[^\W\d_][\w.'’ -]{0,40}?)\s?:\s")


def _speaker_labels(paragraphs: list[str]) -> set[str]:
    """The labels that open two or more paragraphs: an interview's or a transcript's speakers. A dateline opens one."""
    seen: dict[str, int] = {}
    for text in paragraphs:
        match = _SPEAKER_LABEL.match(text)
        if match:
            seen[match.group("speaker")] = seen.get(match.group("speaker"), 0) + 1
    return {speaker for speaker, count in seen.items() if count >= 2}


def _body_dateline(blocks, summary: str = "") -> Dateline | None:
    """The wire dateline opens the first paragraph, or the one after an editor's note or a short lead-in.

    Past the first paragraph a dateline counts with an agency credit, or as the wire writes it, its place in
    capitals ("OTTAWA —", "LAKEPORT, Mich. —"): a stray line the page or the paste left above the copy ("We
    apologize, but this video has failed to load.", a slug) does not hide it. A later paragraph opening "Denver —"
    in ordinary case is too weak a sign on its own.
    """
    # Reuters opens some stories with "*" bullet points above the dateline: bullets do not count as paragraphs here.
    every_paragraph = [block.text for block in blocks if block.kind == PARAGRAPH and not _BULLET.match(block.text)]
    paragraphs = every_paragraph[:5]
    speakers = _speaker_labels(every_paragraph)
    in_capitals = None
    for position, text in enumerate(paragraphs):
        label = _SPEAKER_LABEL.match(text)
        if label and label.group("speaker") in speakers:
            continue  # "PAP: Zaczyna pani książkę ...", "PV: Vì sao chị ...": an interview's questioner, not a dateline
        found = parse_dateline(text)
        # a dateline with its agency, or with its full date ("Tallinn, 3. september 2026 –"), under a standfirst the
        # copy set as its first paragraph; past the third paragraph (a video's caption and a breaking-news label above
        # it) only in capitals with an agency ("BURSA (MHA) –")
        dated = found and any(ch.isdigit() for ch in found.date) and any(ch.isalpha() for ch in found.date)
        if found and position >= 3 and not (found.credit and found.place.split(",")[0].isupper()):
            continue
        if found and (position == 0 or found.credit or dated or _EDITORS_NOTE.match(paragraphs[position - 1])):
            return found
        if found and in_capitals is None and found.place.split(",")[0].isupper():
            in_capitals = found  # a credited dateline under it wins ("UPDATED - Split: ..." over "SPLIT, ... (Hina) -")
    if in_capitals or not paragraphs:
        return in_capitals
    # the place alone opening the lead: the first paragraph's, or the second's under a standfirst when the agency or
    # outlet stands in its brackets ("لاہور (نسیم نیوز) —") or the date after the place ("ਲੁਧਿਆਣਾ, 7 ਅਪ੍ਰੈਲ:" under a
    # release's "ਪ੍ਰੈੱਸ ਰਿਲੀਜ਼ · 7 ਅਪ੍ਰੈਲ 2025")
    opening = parse_place_opening(paragraphs[0])
    second = parse_place_opening(paragraphs[1]) if not opening and len(paragraphs) > 1 else None
    if opening or second and (second.credit or second.date):
        return opening or second
    # or the lead's, under short lines the page left above the copy (a video's title, a photo credit, the standfirst
    # repeated): the first paragraph of twenty words or more ("Ostrava – Hokejisté HC Slezan Ostrava by mohli ...")
    lead = next((index for index, text in enumerate(paragraphs) if len(text.split()) >= 20 and text != summary), None)
    if lead and all(len(text.split()) < 20 or text == summary for text in paragraphs[:lead]):
        return parse_place_opening(paragraphs[lead])
    return None


# A dateline slot's date after the place: "Lyon, 12 mars 2026", "Одеса, 14 березня" (a figure and a word or two).
# the date after the place's comma (also Ethiopic "፣" and Arabic "،"), or glued to a Chinese place ("台北22日電")
_SLOT_DATE = re.compile(r"[,፣،]\s*(?=[^,፣،]*\d)[^,፣،]{1,24}$|(?<=[\u3400-\u9fff])\d{1,2}日[電电]?$")


def _place_of_slot(slot: str) -> str:
    """A structured dateline field holds the place, but some feeds put the whole wire dateline there
    ("新华社北京6月11日电") or the place with its date ("Lyon, 12 mars 2026"): the field's place is the place only
    (DESIGN.md: without agency tag, date or dash)."""
    if not slot:
        return ""
    sent = parse_dateline(slot + " — x")
    if sent and (sent.credit or sent.date) and sent.place:
        return sent.place
    return _SLOT_DATE.sub("", slot) or slot


# The byline's last piece after a slash, a comma or a short "and": "Erik Holmberg/SNT", "Timo Berger und Mnd".
_CODE_AT_END = re.compile(r"(?:\s*/\s*|\s*,\s*|\s+(?P<joiner>[^\W\d_]{1,4})\s+)(?P<code>[^\W\d_]{2,5})/?\s*$")


def _without_the_credit(byline: Byline, credit: str, outlet: str, language: str) -> Byline:
    """The agency the copy is credited to, joined to the byline as one of its people, by its name ("Andrei Popescu,
    Ioana Mărginean și Agenția de Presă Dunărea", after a slash "نیاز محمد برکی / برکی خبر اداره" or a bar "By Leilani
    Brooks | Cascadia Press") or by a code the
    credit spells out ("Erik Holmberg/SNT" credited to Svensk Nyhetstjänst, "... und Mnd" to Mitteleuropäischer
    Nachrichtendienst): the credit, never an author."""
    if [author.casefold() for author in byline.authors] == [credit.casefold()]:
        return replace(byline, authors=[])  # "Восток-Пресс" signs alone: the agency, no person
    raw = " ".join(byline.raw.split())
    last = byline.authors[-1]
    code = _CODE_AT_END.search(raw)
    if last.casefold() == credit.casefold() and raw.casefold().endswith(last.casefold()):
        cut = re.search(r"(?:\s*[,/|]\s*|\s+(?P<joiner>[^\W\d_]{1,4})\s+)$", raw[:len(raw) - len(last)])
        trimmed = raw[:len(raw) - len(last)][:cut.start()] if cut else ""
    elif code and spelled_out(code.group("code").upper(), [credit]) == credit:
        cut, trimmed = code, raw[:code.start()]
    else:
        return byline
    joiner = cut and cut.groupdict().get("joiner")
    if joiner and ", " in trimmed:  # "A, B și <agency>": the people are joined by the "and" the agency took
        head, _, tail = trimmed.rpartition(", ")
        trimmed = f"{head} {joiner} {tail}"
    again = parse_byline(trimmed, outlet=outlet, language=language)
    return replace(again, credit=byline.credit) if again.authors else byline


def _closing_agency(blocks) -> str:
    """The agency a wire's copy signs off with, on a line of its own at the end: "(MAP)", "APS", "– SAnews.gov.za",
    "(NAN)": the credit, when nothing closer names one. Only a known agency, a line of three words at most."""
    paragraphs = [block.text for block in blocks if block.kind == PARAGRAPH]
    if not paragraphs:
        return ""
    words = paragraphs[-1].strip(" \t–—-()[]/.").split()
    if not 1 <= len(words) <= 3:
        return ""
    text = " ".join(words)
    return agency_name(text) or agency_name(text.split(".")[0]) or ""  # "SAnews.gov.za": the site's name


_BLOCK_FIELDS = tuple(f.name for f in fields(Block))
_PLAIN = (str, int, bool, float, type(None))


_BLOCK_TYPES = frozenset(_PLAIN) | {list}


def _block_dict(block: Block) -> dict:
    """`dataclasses.asdict(block)` without its generic deep copy of each string (a block is strings, numbers and
    lists of strings); a block holding anything else goes through asdict itself."""
    own = getattr(block, "__dict__", None)
    if type(block) is Block and own is not None and tuple(own) == _BLOCK_FIELDS and _BLOCK_TYPES.issuperset(map(type, own.values())):
        found = dict(own)  # its fields, in their order: copied at once, then each list of strings copied
        for name, value in own.items():
            if type(value) is list:
                if not all(type(v) is str for v in value):
                    return asdict(block)
                found[name] = list(value)
        return found
    found = {}
    for name in _BLOCK_FIELDS:
        value = getattr(block, name)
        if type(value) in _PLAIN:
            found[name] = value
        elif type(value) is list and all(type(v) is str for v in value):
            found[name] = list(value)
        else:
            return asdict(block)
    return found


# An agency's code in brackets after its name: "Agjencia e Lajmeve Adriatik (ALA)" (the dateline's own shape).
_TRAILING_BRACKETED_CODE = re.compile(rf"\s*{BRACKETED_CODE.pattern}\s*$")
# The copy opening with an agency's code alone in brackets: "(CWNA) – The energy regulator ...".
_OPENING_TAG = re.compile(r"^\s*\((?P<code>[A-Z]{2,6})\)\s*[-–—]\s")


def _tag_spelled_out(blocks: list[Block], notices: list[str]) -> str:
    """An unknown agency's code opening the copy alone ("(CWNA) –") is the credit when the item's rights notice spells
    it out ("© 2026 Cape Wire News Agency"): the name. A bracketed code nothing spells out ("(VIDEO) –") is none."""
    first = next((block.text for block in blocks if block.kind == PARAGRAPH), "")
    tag = _OPENING_TAG.match(first)
    if not tag:
        return ""
    named = spelled_out(tag.group("code"), [], notices)
    return named if named != tag.group("code") else ""


def _with_the_marked_people(byline: Byline, marked: list[str], language: str) -> Byline:
    """The authors the envelope marks one by one (NITF's <person>: 53 of 53 such cases in the corpus and the rounds
    list exactly those people), each read as a name ("ALMA RIIS" is Alma Riis), where the byline's reader, reading
    the joined text, found fewer: an "and" no list holds ran two of them together ("<person>..</person> လႄႈ <person>..</person>",
    Shan). Only where every marked person stands in the byline shown, so a marked agency or a stray element changes
    nothing."""
    shown = byline.text.casefold()
    if not marked or not all(" ".join(person.split()).casefold() in shown for person in marked):
        return byline
    people = []
    for person in marked:
        read = parse_byline(person, language=language).authors
        people.append(read[0] if len(read) == 1 else " ".join(person.split()))
    if len(byline.authors) >= len(people):
        return byline  # (more found than marked: a post or an agency read as a person, which later steps take off)
    return replace(byline, authors=people)


def _party_off_the_byline(byline: Byline, parties) -> Byline:
    """The envelope's own provider or rights holder closing the byline after a comma ("Айгүл Токтосунова, Ала-Тоо
    Пресс", the G2 item's provider named "Ала-Тоо Пресс"): the agency that filed it, its credit, no person."""
    parties = set(parties)
    if len(byline.authors) < 2 or byline.authors[-1] not in parties:
        return byline
    agency = byline.authors[-1]
    text = byline.text[: byline.text.rindex(agency)].rstrip(" ,/–—-") if byline.text.endswith(agency) else byline.text
    return replace(byline, text=text, authors=byline.authors[:-1], credit=byline.credit or agency)


def _the_outlets_collective(byline: Byline, raw: str, outlets: set[str]) -> Byline:
    """A byline whose one "person" is the outlet itself, or the end of its name, after two words or more no list
    holds: the outlet's writers as a collective ("Abhandiki bha Bukima Leo", "Bandiki ba Makani Unyanyembe" from
    "Shilika lya Makani Unyanyembe"), shown as written with no author. The outlets: the publisher and the
    envelope's parties."""
    if len(byline.authors) != 1 or not outlets:
        return byline
    name = " ".join(byline.authors[0].split()).casefold()
    written = " ".join(raw.split())
    lead_in = written[:len(written) - len(name)].strip(" :,").casefold()
    if len(lead_in.split()) < 2 or lead_in in BY_PHRASES or not written.casefold().endswith(name) or not any(
            f" {' '.join(outlet.split()).casefold()}".endswith(f" {name}") for outlet in outlets):
        return byline  # (a lead-in of two words or more, "the writers of": not "By", which a publisher read wrong
        # from the byline would make a collective of a person)
    return replace(byline, text=written, authors=[])


def _as_the_item_names_it(credit: str, wire_dateline, lines: list[str], notices: list[str]) -> str:
    """The credit as the item itself names its agency. A list's agency for the dateline's code yields to another
    agency of that code the item spells out ("PORT MORESBY (PNA) —" under "By GABRIEL KAUPA, Pacific News Agency"
    and its "© 2025 Pacific News Agency" notice: the list's PNA is the Philippine News Agency); and a name sent with
    its code in brackets is the name ("Kunnafoni Jɛkulu Ajansi (KJA)", a NewsML credit line)."""
    code = BRACKETED_CODE.search(wire_dateline.raw) if wire_dateline and credit else None
    if code and agency_name(code.group("code")) == credit:
        own = spelled_out(code.group("code"), lines, notices, known_too=True)
        # (the list's own name read with the words around it is the same agency: "Anadolu Ajansı'nın")
        if own != code.group("code") and names_an_agency(own) and credit.casefold() not in own.casefold():
            credit = own
    bracketed = _TRAILING_BRACKETED_CODE.search(credit)
    if bracketed and len(credit[:bracketed.start()].split()) >= 2:
        credit = credit[:bracketed.start()].strip()
    return credit


def _signature_lines(blocks: list[Block]) -> list[str]:
    """A byline the copy opens with, its people and agency named: "Par A et B, avec l'Agence Teranga Presse" over
    "Saint-Louis, 9 fév. (ATP) –" spells the dateline's code out as a notice would."""
    signed = []
    for block in blocks[:3]:
        if block.kind == PARAGRAPH and len(block.text.split()) <= 25:
            read = parse_byline(block.text)
            if read.authors and read.text != block.text:
                signed.append(block.text)
    return signed


# "EDITOR'S NOTE — ...", "Editor’s note: ...": the copy's own dateline is in the paragraph after it.
_EDITORS_NOTE = re.compile(r"^\W*editor[’'`]?s[’'`]? note\b", re.IGNORECASE)


_NAME_SLOT_SEPARATOR = re.compile(r"\s+[–—|-]\s+")
_OUTLETS_OWN_FORMATS = frozenset({"html", "rss", "atom", "wordpress", "arc"})
# The formats an agency files in, whose envelope names the agency again where an outlet's name could stand (NewsML's
# <CopyrightLine>, NITF's doc.copyright, ninjs's copyrightholder): a pasted agency page names its outlet as it shows.
_WIRE_ENVELOPE_FORMATS = frozenset({"nitf", "newsml12", "newsmlg2", "ninjs"})


def normalize(cleaned: CleanedItem, style: HouseStyle = HouseStyle()) -> StoryDraft:
    item = cleaned.item
    # The body's spellings of names matter only to a shouting headline brought to house case: read them then
    # (headings are title-cased, so not read).
    wire_dateline = _body_dateline(item.blocks, " ".join(item.summary.split())) or (parse_dateline(item.dateline + " — x") if item.dateline else None)
    headline = normalize_headline(item.headline, style.headline_case, lambda: case_hints(
        [text for block in item.blocks if block.kind != HEADING for text in (block.text, *block.items)]),
        outlet=_clean_field(item.publisher), place=wire_dateline.place if wire_dateline else "")
    byline_raw, subheadline_raw = item.byline, item.subheadline
    if not byline_raw and looks_like_byline(subheadline_raw):
        byline_raw, subheadline_raw = subheadline_raw, ""  # "Reuters Staff" under the headline is the byline
    subheadline = normalize_headline(subheadline_raw, PRESERVE).text if subheadline_raw else ""
    if subheadline and " ".join(subheadline.split()) == " ".join(_clean_field(item.summary).split()):
        subheadline = ""  # the page's deck, also its description: one text is the summary, never both fields
    if not byline_raw and wire_dateline and wire_dateline.reporters:
        byline_raw = wire_dateline.reporters  # "(서울=연합뉴스) 김민수 이서연 기자 =": the agency's opening names them
    # The outlet presenting the story, read first: a byline naming it ("Jane Doe, The Harbour Ledger") names the
    # writer's own paper, which is neither an author nor a credit.
    publisher = decide_publisher(_clean_field(item.publisher), headline.site,
                                 [r.text for r in cleaned.removed] + list(item.extra.get("page_rights", ())),
                                 tuple(block.text for block in item.blocks if block.kind == PARAGRAPH),
                                 address=item.extra.get("link", ""), rights=item.extra.get("feed_rights", ""),
                                 masthead=item.extra.get("page_masthead", ""))
    byline = _party_off_the_byline(parse_byline(byline_raw, outlet=publisher, language=item.language,
                                                titles=tuple(item.extra.get("byline_titles", ()))),
                                   item.extra.get("party_names", {}).values())
    byline = _with_the_marked_people(byline, item.extra.get("byline_people", ()), item.language)
    byline = _the_outlets_collective(byline, byline_raw, {publisher, item.extra.get("provider", ""),
                                                          *item.extra.get("feed_header", ()),
                                                          *item.extra.get("party_names", {}).values()} - {""})

    # A packed header's dateline slot wins; the body's wire dateline still gives place and credit.
    # ... or, with neither, the place the byline says the writer filed from ("- Repórter da Agência Brasil - Recife")
    sent_dateline = _clean_field(item.dateline)
    if wire_dateline and sent_dateline and sent_dateline == wire_dateline.credit:
        sent_dateline = ""  # the agency's code in a header slot ("WNP | EKONOMI | ..."), read as a place: the copy's place
    dateline = _place_of_slot(sent_dateline) or (wire_dateline.place if wire_dateline else "") or byline.place
    # A credit sent as the agency's short name ("dpa", "AP") is named in full, as every other credit is.
    sent_credit = _clean_field(item.credit)
    credit = ((agency_name(sent_credit) or sent_credit) or byline.credit or (wire_dateline.credit if wire_dateline else "")
              or _closing_agency(item.blocks))
    # an unknown agency's code spelled out where the item names the agency: its envelope, the line taken for its
    # outlet or byline ("SXA" under "Sharq Xabar agentligi"); then that name is the credit, and raw agency copy has
    # no outlet of its own
    notices = [removal.text for removal in cleaned.removed if removal.rule != "furniture:cover-note"]
    if not credit:
        credit = _tag_spelled_out(item.blocks, notices)
    # (the copy's opening lines are read as bylines only for a code a line could spell out: reading costs)
    signed = _signature_lines(item.blocks) if may_be_spelled_out(credit) else []
    named = item.extra.get("party_names", {}).get(credit) \
        or spelled_out(credit, [*item.extra.get("feed_header", []), publisher, byline_raw,
                                *item.extra.get("byline_titles", ())],
                       [*notices, *signed, *item.extra.get("page_rights", ()), item.extra.get("copyright", "")])
    if named == credit and may_be_spelled_out(credit):
        # last, the copy itself naming the agency ("Namib Press Agency contributed to this report."), by a name whose
        # words name an agency: the copy names other bodies of the same letters ("National Parks Watch" for NPW).
        # Counted over every case whose credit stayed an unknown code: the copy spelled out 11, ten the expected
        # credit, six of them named by an agency's words ("Marianas Wire", "Pơhiăp Brao" are not, and stay codes)
        in_copy = spelled_out(credit, [], [block.text for block in item.blocks if block.kind == PARAGRAPH])
        named = in_copy if names_an_agency(in_copy) else credit
    if named != credit:
        if publisher != named and named in _NAME_SLOT_SEPARATOR.split(publisher) and credit in _NAME_SLOT_SEPARATOR.split(publisher):
            publisher = named  # "IKK – Ikigo Ndangamakuru Karyenda" from the agency's own notice: its code and name
        if publisher == named:
            # the agency's name under the headline, read as an outlet's: the agency signs ("Sharq Xabar agentligi")
            publisher = ""
            standing_alone = any(" ".join(text.split()) == named for text in [
                _clean_field(item.publisher), *(removal.text for removal in cleaned.removed), *(block.text for block in item.blocks)])
            if not byline.text and standing_alone:
                byline = Byline(text=named, raw=named)  # (an outlet named only in the rights notice signs nothing)
        if byline.authors == [named]:
            byline = replace(byline, authors=[])  # the agency signing is no person
    credit = _as_the_item_names_it(named, wire_dateline, [byline_raw, publisher], notices)
    if publisher and names_an_agency(publisher) and not agency_name(publisher):
        # an agency no list knows, read as the outlet ("Bharat Press Agency", "Agjencia e Lajmeve Adriatik (ALA)"):
        # raw agency copy has no outlet, and the agency is the credit when the copy names no other
        agency = _TRAILING_BRACKETED_CODE.sub("", publisher).strip()
        code = _TRAILING_BRACKETED_CODE.search(publisher)
        dateline_code = BRACKETED_CODE.search(wire_dateline.raw) if wire_dateline else None
        if not credit or code and credit == code.group("code") or spelled_out(credit, [agency]) == agency \
                or dateline_code and spelled_out(dateline_code.group("code"), [agency], known_too=True) == agency:
            credit = agency  # (a list's agency of the same code, "VNA", is not the one this copy spells out)
        publisher = ""
    tagged = wire_dateline.credit.casefold() if wire_dateline and wire_dateline.credit else ""
    if publisher and credit and item.format not in _OUTLETS_OWN_FORMATS and (
            publisher.casefold() == credit.casefold() and item.format in _WIRE_ENVELOPE_FORMATS
            or tagged and publisher.casefold() == tagged
            or spelled_out(publisher, [credit], known_too=True) == credit != publisher):
        # raw agency copy: the header's name is the agency its dateline tags ("ВАРЗОБ-ПРЕСС | ..." over
        # "/Варзоб-Пресс/"), or its code the credit spells out (G2's provider "GHG" over copy credited to "Garagum
        # Habarlar Gullugy"), or the credited agency itself (NewsML's <CopyrightLine> and <CreditLine> both "Ajensia
        # Ondaka yo Planalto"), no outlet presenting it (an agency's own page or feed presents its copy itself)
        publisher = ""
    if publisher and credit and item.format in _OUTLETS_OWN_FORMATS and publisher.casefold() == credit.casefold() \
            and not names_an_agency(credit) and wire_dateline \
            and f"({credit})".casefold() in wire_dateline.raw.casefold():
        # the outlet tagging its own copy's dateline on its own page ("አዲስ አበባ፣ ጥቅምት 5/2018 (ዋልያ ዜና)፦" on ዋልያ ዜና's
        # site): a staff story, no agency to credit (an agency's own page keeps its name as the credit, and a release
        # wire's page its "/WireDesk Asia/")
        credit = ""
    if credit and byline.authors:
        byline = _without_the_credit(byline, credit, publisher, item.language)
    if dateline and credit and dateline.casefold() == credit.casefold():
        # the agency's name in a header slot ("VOLTA NEWS AGENCY | GENERAL NEWS SERVICE | ..."), read as a place
        dateline = (wire_dateline.place if wire_dateline else "") or byline.place
    holder = _clean_field(item.extra.get("copyrightholder", ""))
    opening = next((block.text[:100].casefold() for block in item.blocks if block.kind == PARAGRAPH), "")
    if not publisher and not credit and holder and not names_an_agency(holder) and not agency_name(holder) \
            and holder.casefold() not in opening:  # ("ԳՅՈՒՄՐԻ, 14 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ:": the agency tags its copy)
        # a ninjs item's rights holder where nothing else names an outlet and no agency is credited: the outlet's own
        # story ("copyrightholder": "Te Tai Tokerau Ledger"); agency copy credits its agency and names no outlet
        publisher = outlet_of_holder(holder)

    draft = StoryDraft(
        format=item.format,
        guid=item.guid,
        version=item.version,
        headline=headline.text,
        original_headline=headline.original,
        headline_labels=headline.labels,
        subheadline=subheadline,
        byline=byline.text,
        byline_raw=byline_raw,
        authors=byline.authors,
        dateline=dateline,
        dateline_raw=wire_dateline.raw if wire_dateline else item.dateline,
        dateline_date=wire_dateline.date if wire_dateline else "",
        credit=credit,
        publisher=publisher,
        edition=_clean_field(item.edition),
        summary=_clean_field(item.summary),
        body_html=render_html(item.blocks),
        body_text=render_text(item.blocks),
        blocks=[_block_dict(block) for block in item.blocks],
        language=item.language,
        urgency=item.urgency,
        keywords=list(item.keywords),
        subjects=list(item.subjects),
        pubstatus=item.pubstatus,
        embargoed=item.embargoed,
        firstcreated=item.firstcreated,
        versioncreated=item.versioncreated,
        removed=[removal.as_dict() for removal in cleaned.removed],
        flagged=list(cleaned.flagged),
    )
    for name, limit in FIELD_LIMITS.items():
        setattr(draft, name, _fit(getattr(draft, name) or "", limit))
    return draft


__all__ = ["HouseStyle", "normalize", "render_html", "render_text", "sanitize"]
