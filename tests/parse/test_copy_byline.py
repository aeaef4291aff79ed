"""The byline the copy sets among its own paragraphs (ingest/parse/copy_byline.py), table-driven: where it stands,
which lines sign the copy and which only look like it (a press contact, a photographer's credit, a related link)."""
import pytest

from ingest.items import PARAGRAPH, Block, ParsedItem
from ingest.parse import parse
from ingest.parse.copy_byline import take_byline_from_copy

COPY = ("TOFOL, Kosrae — Tulik sukul tausin ac limfoko ke sukul srisrik ac sukul fulat nukewa in Kosrae ac fah tuku "
        "nu ke Alu Fulat lun Church Lelu ke Sunday uh.")
MORE = ("Mwet luti ac mwet kol lun church elos orala pac pwapa se in kasru tulik uh in lotu ac luti ke kas Kosrae ac "
        "kas English in len Sabbath nukewa, ke yac se inge.")


def _item(*paragraphs: str, byline: str = "") -> ParsedItem:
    return ParsedItem(format="text", headline="Title", byline=byline,
                      blocks=[Block(kind=PARAGRAPH, text=text) for text in paragraphs])


@pytest.mark.parametrize("paragraphs,byline", [
    pytest.param(("Mwet sim: Tulensa Sigrah ac Hardy Nena", COPY, MORE), "Mwet sim: Tulensa Sigrah ac Hardy Nena",
                 id="an unlisted label over the copy, two people joined in the language"),
    pytest.param((COPY, "By Lachlan Ferris with AAP", MORE), "By Lachlan Ferris with AAP",
                 id="a listed by-line right under a long standfirst"),
    pytest.param(("Ngolo agirit: EKAI LOKORU ka AKAI NAMOE, ngikigirak ngolo a Akiro Lodwar", COPY, MORE),
                 "Ngolo agirit: EKAI LOKORU ka AKAI NAMOE, ngikigirak ngolo a Akiro Lodwar",
                 id="people in capitals with their post after a comma"),
    pytest.param(("Laporan YOHANA WENDA, wartawan Kabar Tanah Papua", COPY, MORE),
                 "Laporan YOHANA WENDA, wartawan Kabar Tanah Papua",
                 id="a by-word no list holds before a name in capitals"),
    pytest.param((COPY, MORE, "Reportajen: N'Dafa Cabi ku Bubacar Nhaga; Rivizon: Quintino Na Tchuto"),
                 "Reportajen: N'Dafa Cabi ku Bubacar Nhaga; Rivizon: Quintino Na Tchuto",
                 id="signed under the story with the editor's line beside it"),
    pytest.param((COPY, MORE, "Written by Aroha Ngata"), "Written by Aroha Ngata", id="a listed by-line under the story"),
])
def test_a_line_that_signs_the_copy_is_the_byline(paragraphs, byline):
    item = _item(*paragraphs)
    take_byline_from_copy(item)
    assert item.byline == byline
    assert byline not in [block.text for block in item.blocks]
    assert len(item.blocks) == len(paragraphs) - 1


@pytest.mark.parametrize("paragraphs", [
    pytest.param((COPY, MORE, "Inês Carvalhais Mota | +351 234 098 410 | imprensa@tura-aveiro.example"),
                 id="a press contact under a release"),
    pytest.param((COPY, MORE, "Amaneɛbɔlɛ ɛdeɛ: Ama Bonzo, amaneebole@aximhospital.example"),
                 id="a labelled press contact with an address"),
    pytest.param((COPY, MORE, "Read more: Shipping Lines Cancel Sailings to Prop Up Freight Rates"),
                 id="a related story's title after its label"),
    pytest.param((COPY, MORE, "Share this page: Facebook X LinkedIn Email"), id="a share bar's networks"),
    pytest.param((COPY, MORE, "By the numbers"), id="a box's title under the story"),
    pytest.param((COPY, MORE, "Više javno tužilaštvo u Novom Sadu"), id="an office signing its release, no label"),
    pytest.param(("Kuva: Juha Kalliola / Lehtikuva", COPY, MORE), id="a photographer's credit"),
    pytest.param(("Geplaas deur Kleynhans Begrafnisdienste · 3 Oktober 2025", COPY, MORE),
                 id="a company posting a notice, no given name"),
    pytest.param(("Mwet sim: Tulensa Sigrah ac Hardy Nena", "Riti pac: Sukul Srisrik Malem ac eis mwe luti sasu"),
                 id="no long paragraph: no copy to sign"),
    pytest.param((COPY, MORE, MORE, MORE, "Mwet sim: Tulensa Sigrah ac Hardy Nena", MORE),
                 id="between the story's paragraphs"),
])
def test_a_line_that_only_looks_like_a_byline_stays(paragraphs):
    item = _item(*paragraphs)
    take_byline_from_copy(item)
    assert item.byline == ""
    assert [block.text for block in item.blocks] == list(paragraphs)


def test_a_byline_the_format_gave_is_kept():
    item = _item("Mwet sim: Tulensa Sigrah ac Hardy Nena", COPY, MORE, byline="By Jane Doe")
    take_byline_from_copy(item)
    assert item.byline == "By Jane Doe" and len(item.blocks) == 3


def test_every_format_reads_it_through_parse():
    """Through the format's parser: a page whose theme prints the byline as a paragraph of the story."""
    page = ("<html><head><title>Alu Fulat</title></head><body><article><h1>Tulik sukul tausin se tukeni ke Alu Fulat"
            f"</h1><p>Mwet sim: Tulensa Sigrah ac Hardy Nena</p><p>{COPY}</p><p>{MORE}</p></article></body></html>")
    _, items = parse(page.encode(), "text/html; charset=utf-8")
    assert items[0].byline == "Mwet sim: Tulensa Sigrah ac Hardy Nena"
    assert all("Tulensa" not in block.text for block in items[0].blocks)


LAO_COPY = "ໝອກກ້ອນລົງ ສວນຊາເກົ່າ ເມືອງອູ່ໃຕ້ ເສຍຫາຍ 40 ເຮັກຕາ."
LAO_DECK = "ສີສຸກ ແສງອາລຸນ / ສຳນັກຂ່າວພູນ້ອຍ"


@pytest.mark.parametrize("deck,dateline,byline", [
    pytest.param(LAO_DECK, f"ຜົ້ງສາລີ (ສຂພ) – {LAO_COPY}", LAO_DECK, id="the agency its dateline abbreviates after a slash"),
    pytest.param("प्रेम घले ल सुकमाया थोर्से, तमु समाचार सेवा",
                 "बेसीसहर, लमजुङ, फागुन ७ (तसस) — लमजुङ जिल्लाबै ५ स्कुलर तमु क्यी सिबै ल्हाप्पा।",
                 "प्रेम घले ल सुकमाया थोर्से, तमु समाचार सेवा", id="after a comma"),
    pytest.param(LAO_DECK, f"ຜົ້ງສາລີ (ສຊຂ) – {LAO_COPY}", "", id="another agency's code: a deck"),
    pytest.param(LAO_DECK, f"ຜົ້ງສາລີ – {LAO_COPY}", "", id="no code in the dateline: a deck"),
])
def test_a_deck_that_is_the_writer_and_the_datelines_agency_is_the_byline(deck, dateline, byline):
    item = ParsedItem(format="text", headline="Title", subheadline=deck, blocks=[Block(kind=PARAGRAPH, text=dateline)])
    take_byline_from_copy(item)
    assert (item.byline, item.subheadline) == (byline, "" if byline else deck)
