"""A mail message as the mail system sent it: MIME undone, the copy read as text (or as a page for HTML-only mail)."""
import pytest

from ingest.parse import detect_format, mail, parse
from ingest.parse.errors import ParseError
from ingest.pipeline import run

from .formats import fixture, only

MULTIPART = fixture("mail-multipart.eml")  # quoted-printable text/plain beside a base64 text/html part
ISO_2022_JP = fixture("mail-iso-2022-jp.eml")  # the usual Japanese mail charset, 7bit on the wire


@pytest.mark.parametrize("raw, content_type", [
    (MULTIPART, "message/rfc822"),
    (MULTIPART, "text/plain"),  # labelled as text, known by its header block
    (ISO_2022_JP, ""),
])
def test_a_mail_message_is_known(raw, content_type):
    assert detect_format(raw, content_type) == "mail"


@pytest.mark.parametrize("raw", [
    b"From: Desk <desk@example.org>\nTo: you@example.org\nSubject: Copy\n\nHEADLINE\n\nBody.",  # a paste: no transport field
    b"Headline\n\nFrom: the mayor's office, MIME-Version: 1.0 was said.",  # fields under a first line are copy
    b"MIME-Version: 1.0\nX-Wire: 1\n\nBody.",  # no field a reader sees
])
def test_text_that_only_resembles_a_mail_is_text(raw):
    assert detect_format(raw, "text/plain") == "text"


def test_the_plain_part_is_read_decoded_and_the_covering_note_is_wrapper():
    fmt, items = parse(MULTIPART, "message/rfc822")
    item = only(items)
    assert fmt == "mail" and item.format == "mail"
    texts = [block.text for block in item.blocks if not block.furniture]
    assert "“Compártanlo con sus compañeros de cuadrilla”, pidió la promotora de salud." in texts  # quoted-printable undone
    assert not any("versión HTML" in text for text in texts)  # the HTML alternative is not read twice
    assert not any("=C3" in block.text for block in item.blocks)
    furniture = {block.text: block.furniture for block in item.blocks if block.furniture}
    # the shown fields are the envelope, read as header metadata (encoded word undone), not lines the cleaner removes
    assert "From: Lorena Ibáñez <libanez@valle-herald.example>" in item.extra["mail_headers"]
    assert not any(text.startswith("From:") for text in furniture)
    assert "Received" not in " ".join([*furniture, *item.extra["mail_headers"]])  # transport fields are not passed on


def test_the_whole_pipeline_reads_the_story_under_the_note():
    draft = only(run(MULTIPART, "message/rfc822"))
    assert draft.headline == "El distrito abre clínicas móviles de vacunación en los campos"
    assert draft.authors == ["Rosa Elvira Cázares"]
    assert draft.dateline == "YUMA, Arizona"
    assert draft.body_text.startswith("YUMA, Arizona — El distrito de salud")


def test_a_charset_of_the_mail_is_decoded():
    draft = only(run(ISO_2022_JP, "message/rfc822"))
    assert draft.headline == "タイ中銀、電子決済事業者の監督強化"
    assert draft.dateline == "バンコク"
    assert "【バンコク時事】タイ中央銀行は11日" in draft.body_text


def test_an_html_only_mail_is_read_as_a_page():
    raw = (b"From: a@example.org\nTo: b@example.org\nSubject: x\nMIME-Version: 1.0\n"
           b"Content-Type: text/html; charset=utf-8\n\n<html><body><article><h1>Harbour reopens after storm</h1>"
           b"<p>The harbour reopened on Monday after the storm passed, the port authority said in a statement.</p>"
           b"<p>Ferries will run a reduced timetable until Wednesday while the damaged pier is inspected.</p>"
           b"</article></body></html>")
    draft = only(run(raw, "message/rfc822"))
    assert draft.headline == "Harbour reopens after storm"
    assert "<" not in draft.body_text and "The harbour reopened on Monday" in draft.body_text


def test_a_mail_with_no_text_part_is_a_parse_error():
    raw = (b"From: a@example.org\nTo: b@example.org\nMIME-Version: 1.0\nContent-Type: image/png\n"
           b"Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n")
    with pytest.raises(ParseError, match="no text or HTML part"):
        mail.parse(raw, "message/rfc822")


def test_a_header_the_standard_library_cannot_read_is_a_parse_error():
    """The robustness test's find: cut inside the multipart Content-Type and a NUL added, the standard library's
    reader raised IndexError while reading the message."""
    with pytest.raises(ParseError):
        mail.parse(MULTIPART[:397] + b"\x00*", "message/rfc822")


NEWSLETTER = """From: {sender}
To: desk@newsroom.example
Date: Fri, 07 Mar 2025 07:00:00 +0800
Subject: This week: mangroves on the move

இந்த மடல் சரியாகத் தெரியவில்லையா? உலாவியில் படிக்க: https://kopiscience.example/petri-dish/issue-112

{masthead}
Friday edition, 7 March 2025

Why Singapore's mangroves are moving inland

By Rachel Lim and Arjun Pillai

Walk along the boardwalk at Pasir Ris today and you are standing where, by 2070, the tide may reach twice a day.

The team compared drone maps from 2019 and 2024 across 14 mangrove patches, the survey's authors said on Thursday.

இந்த மடலை நண்பர்களுக்கு அனுப்புங்கள் — அவர்களும் இங்கே இணையலாம்: https://kopiscience.example/join
"""


@pytest.mark.parametrize("sender, masthead, publisher, edition", [
    ("The Petri Dish from Kopi Science <petridish@kopiscience.example>", "THE PETRI DISH | A newsletter from Kopi Science",
     "Kopi Science", "Friday edition"),
    ("Kopi Science <petridish@kopiscience.example>", "KOPI SCIENCE", "Kopi Science", "Friday edition"),
    ("Kopi Science Weekly Brief <petridish@kopiscience.example>", "KOPI SCIENCE — WEEKLY BRIEF", "Kopi Science",
     "Friday edition"),
])
def test_a_newsletters_masthead_named_by_its_sender(sender, masthead, publisher, edition):
    """The masthead opens with the sender's own name: the sender publishes, the line under it is the headline, and
    the lines ending with a link to the sender's site are its prompts (worded here as no list words them)."""
    draft = run(NEWSLETTER.format(sender=sender, masthead=masthead).encode(), "text/plain")[0]
    assert (draft.headline, draft.publisher, draft.edition, draft.byline) == (
        "Why Singapore's mangroves are moving inland", publisher, edition, "Rachel Lim and Arjun Pillai")
    assert {r["rule"] for r in draft.removed if "kopiscience.example" in r["text"]} == {
        "furniture:sender-link", "structure:sender-link"}
    assert "kopiscience.example" not in draft.body_text


def test_a_persons_mail_opens_with_no_masthead():
    # a person's name over their post is a signature's, not an outlet's masthead
    text = NEWSLETTER.format(sender="Jess Whitford <jess@kopiscience.example>", masthead="Jess Whitford | Senior Account Manager")
    assert run(text.encode(), "text/plain")[0].publisher != "Jess Whitford"


def test_a_hard_wrapped_mails_header_fields_stay_a_line_each_so_its_subject_names_the_headline():
    message = "\n".join([
        "From: Koskelan ammattiopisto <viestinta@koskela-opisto.example>", "To: toimitus@uutiset.example",
        "Date: Tue, 10 Feb 2026 09:15:02 +0200",
        "Subject: TIEDOTE: Koskelan ammattiopisto avaa Tampereelle robotiikan oppimiskeskuksen",
        "Content-Type: text/plain; charset=utf-8", "",
        "TIEDOTE", "Vapaa julkaistavaksi heti", "",
        "Koskelan ammattiopisto avaa Tampereelle robotiikan oppimiskeskuksen", "",
        "Koskelan ammattiopisto avaa elokuussa Tampereen Hervantaan robotiikan ja",
        "automaation oppimiskeskuksen, jossa opiskelijat harjoittelevat",
        "teollisuusrobottien ohjelmointia ja huoltoa aidoissa tuotantoympäristöissä.", "",
        "Keskukseen hankitaan kahdeksan teollisuusrobottia, kaksi",
        "yhteistyörobottia ja automaattinen varastojärjestelmä. Hankinnan",
        "kokonaiskustannus on noin 2,4 miljoonaa euroa."])
    item = mail.parse(message.encode())[0]
    assert item.headline == "Koskelan ammattiopisto avaa Tampereelle robotiikan oppimiskeskuksen"
    assert item.extra["mail_headers"][3].startswith("Subject: TIEDOTE:")


@pytest.mark.parametrize("sender, subject, above, title, summary, byline, copy", [
    # a release's labels over the title, its byline under it ("written by" in Shona, the post after a comma)
    ("Hofisi yeVezvenhau <nhau@masvingo-mvura.example>", "CHIZIVISO CHEVATORI VENHAU: Bhodhi yeMvura yeMasvingo "
     "yozivisa hurongwa hutsva", ["CHIZIVISO CHEVATORI VENHAU", "Chinobudiswa pakarepo"],
     "Bhodhi yeMvura yeMasvingo yozivisa hurongwa hutsva", "", "Rakanyorwa na: Farai Moyo, Mutauriri weBhodhi",
     ["MASVINGO, 4 Mbudzi 2025 — Bhodhi yeMvura neTsvina yeMasvingo yazivisa hurongwa hutsva hwekugoverana mvura.",
      "Maererano nehurongwa uhwu, nzvimbo dzeRujeko neMucheke dzichawana mvura neMuvhuro."]),
    # a newsletter's masthead over the title, a labelled standfirst and the byline under it (Hmong)
    ("Lub Zos Xov Xwm <xovxwm@lubzos.example>", "Xov Xwm Hnub Nim No — Tub ceev xwm ceeb toom cov laus Hmoob txog kev "
     "dag xov tooj", ["LUB ZOS XOV XWM | Xov Xwm Hnub Nim No"],
     "Tub ceev xwm ceeb toom cov laus Hmoob txog kev dag xov tooj",
     "Txij lub Xya Hli los, muaj 14 tsev neeg Hmoob raug dag poob nyiaj.", "Sau los ntawm Maiv Xyooj thiab Tooj Vaj",
     ["ST. PAUL, Minn. — Tub ceev xwm hauv nroog St. Paul ceeb toom rau cov neeg laus Hmoob kom ceev faj.",
      "Raws li tub ceev xwm hais, txij li lub Xya Hli los, muaj 14 tsev neeg Hmoob tau raug dag poob nyiaj."]),
])
def test_the_title_the_subject_names_brings_its_standfirst_and_byline_under_it(sender, subject, above, title, summary,
                                                                              byline, copy):
    standfirst = [f"Ntsiab lus luv: {summary}", ""] if summary else []
    message = "\n".join([f"From: {sender}", "To: newsdesk@example.org", f"Subject: {subject}",
                         "Content-Type: text/plain; charset=utf-8", "", *above, "", title, "", *standfirst, byline, "",
                         "\n\n".join(copy)])
    item = mail.parse(message.encode())[0]
    assert (item.headline, item.summary, item.byline) == (title, summary, byline)
