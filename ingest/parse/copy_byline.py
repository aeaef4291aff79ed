"""The byline the copy sets among its own paragraphs, for an item whose format and layout gave none.

Every format's reader looks for the byline where its layout puts it: an element, a header slot, the line right
under the headline. Copy often carries it a little further away, and then it stayed in the story as its first or
last paragraph: under a newsletter's masthead and date line, under a standfirst, a breadcrumb or a repeated title
("Mwet sim: Tulensa Sigrah ac Hardy Nena", "By Lachlan Ferris with AAP", "Ρεπορτάζ: Κατερίνα Φραγκιαδάκη"), or
signed under the story with the editor's line beside it ("Reportajen: N'Dafa Cabi ku Bubacar Nhaga; Rivizon: ...").

One reading for every format, run after the format's own (it never overrides a byline the format gave):
- **At the top**: among the first six paragraphs, one before the copy's first long paragraph or right under it (a
  standfirst may be long), that is a byline by its shape: a listed "by" or label with a name after it, or a label or
  "by" no list holds, then people only (`is_unlisted_byline`).
- **At the end**, after the story's last long paragraph, where press contacts and "Read more:" links also stand:
  the same shapes, with people after the label by their names (no share bar's networks, no headline's words), no
  address or figure (a contact's), and a label with its colon for a "by" no list holds ("Više javno tužilaštvo u
  Novom Sadu", an office signing its release, has none).
- **The deck**: a line the format read as the subheadline that is the writer and, after a slash or comma, the agency
  the copy's dateline credits by its code (`_signed_by_the_datelines_agency`).
The line leaves the copy and is the byline as written (its label and the writers' posts are the byline
normalizer's to take off). Counted over the corpus and every blind round up to 108 before it was written: 29 lines
so read were the expected byline, 4 were a byline where none was expected; those four shapes are refused below.
"""
from __future__ import annotations

import re

from ingest.items import PARAGRAPH, Block, ParsedItem
from ingest.vocabulary.agencies import abbreviates
from ingest.vocabulary.bylines import given_names, reads_as_people, without_unlisted_by
from ingest.vocabulary.datelines import BRACKETED_CODE, parse_dateline
from ingest.vocabulary.words import LATIN_PHOTO_LABEL, PHOTO_CREDIT_LABEL, is_related_label

from .text import LABELLED_LINE, is_byline_line, is_unlisted_byline

_LONG = 20  # words: a paragraph of the story's copy, not a line of its furniture
_TOP_LINES = 6
_END_LINES = 6
# the people before a post, an agency, a date or a contact ("Ana Dolo, reporter", "Maja Lindqvist/TT")
_AFTER_THE_PEOPLE = re.compile(r"\s*[,;(|·•/]\s*|\s+[–—-]\s+")
_CONTACT = re.compile(r"@|\d")
_SENTENCE_CLOSE = re.compile(r"[.!?।۔။]$")


def take_byline_from_copy(item: ParsedItem) -> None:
    """Move a byline the copy sets at its top or under its end into `item.byline` (see the module's docstring)."""
    if item.byline:
        return
    if item.subheadline and _signed_by_the_datelines_agency(item.subheadline, item.blocks):
        item.byline, item.subheadline = item.subheadline, ""
        return
    paragraphs = [index for index, block in enumerate(item.blocks) if block.kind == PARAGRAPH and not block.furniture]
    long = [at for at, index in enumerate(paragraphs) if len(item.blocks[index].text.split()) >= _LONG]
    if not long:
        return  # (no copy to stand above or below: a list of lines is no story with a byline)
    top = paragraphs[:min(long[0] + 2, _TOP_LINES)]
    end = [index for index in paragraphs[long[-1] + 1:][:_END_LINES] if index not in top]
    for index, at_the_end in [(index, False) for index in top] + [(index, True) for index in end]:
        line = " ".join(item.blocks[index].text.split())
        if _signs_the_copy(line, at_the_end):
            item.byline = line
            del item.blocks[index]
            return


def _signed_by_the_datelines_agency(line: str, blocks: list[Block]) -> bool:
    """A line under the headline read as its deck that is the writer and the agency the copy's dateline credits by its
    code, spelled out after a slash or comma ("ສີສຸກ ແສງອາລຸນ / ສຳນັກຂ່າວພູນ້ອຍ" over "ຜົ້ງສາລີ (ສຂພ) – ...",
    "प्रेम घले ल सुकमाया थोर्से, तमु समाचार सेवा" over "... (तसस)"): in a script without capitals no name's shape
    tells a byline from a deck, but the agency's name its own dateline abbreviates does."""
    people, _, agency = max(line.rpartition(" / "), line.rpartition(", "), key=lambda parts: len(parts[0]))
    if not people or not agency or len(people.split()) > 8 or len(agency.split()) > 6 or _CONTACT.search(line) \
            or _SENTENCE_CLOSE.search(people):
        return False
    # the copy's first dateline, under whatever a mail's forwarding left above it
    for block in [block for block in blocks if block.kind == PARAGRAPH and not block.furniture][:8]:
        dateline = parse_dateline(block.text)
        code = BRACKETED_CODE.search(dateline.raw) if dateline else None
        if dateline:
            return bool(code) and abbreviates(code["code"], agency.split())
    return False


def _signs_the_copy(line: str, at_the_end: bool) -> bool:
    if len(line.split()) > 16 or "://" in line:
        return False
    if at_the_end and _CONTACT.search(line):
        return False  # a press contact's line ("Inês Carvalhais Mota | +351 ... | imprensa@...")
    if LATIN_PHOTO_LABEL.match(line) or PHOTO_CREDIT_LABEL.match(line):
        return False  # the photographer's credit ("Kuva: Juha Kalliola / Lehtikuva") names no writer
    labelled = LABELLED_LINE.match(line)
    if labelled and is_related_label(labelled.group("label")):
        return False  # "Read more: Shipping Lines Cancel Sailings to Prop Up Freight Rates"
    if is_byline_line(line):
        return not at_the_end or _names_people(line)  # ("By the numbers" under a newsletter's story)
    if not is_unlisted_byline(line):
        return False
    people = _AFTER_THE_PEOPLE.split(without_unlisted_by(line))[0]
    if not reads_as_people(people):
        return False
    if labelled:
        return True
    # a "by" no list holds and no colon ("Atbild juriste Inese Kalniņa"): the first person by a given name, or in
    # capitals ("Laporan YOHANA WENDA"); "Geplaas deur Kleynhans Begrafnisdienste" is a company posting a notice
    first = people.split()[0]
    return not at_the_end and (first.isupper() or given_names().get_gender(first.title()) != "unknown")


def _names_people(line: str) -> bool:
    """A listed byline's line whose words after the "by" are people ("By Aroha Ngata"; not "By the numbers")."""
    words = line.split()
    first_name = next((at for at in range(1, len(words)) if words[at][:1].isupper()), None)
    return first_name is not None and reads_as_people(_AFTER_THE_PEOPLE.split(" ".join(words[first_name:]))[0])
