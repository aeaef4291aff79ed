"""Plain-text wire copy: a syndication platform's paste, or a hard-wrapped wire.

What the parser recognises, in order:
- any line ending (CRLF, CR, U+2028/2029, NEL, VT, FF); invisible characters
  and markdown marks on the header lines are trimmed, never inside copy;
- an optional banner ("BREAKING NEWS") above the headline, kept in `extra`;
- an optional packed header line, fields joined by "/ " (headline / publisher
  / dateline / byline / edition / summary), slots told apart by what they
  look like and where they sit, since any may be missing or moved;
- otherwise a first line as the headline and a byline: "By ...", "Por/Von/
  Par/Door/Av ...", or a bare name opening with a known given name, with the
  agency or role line a wire sets under it;
- fact boxes: a short title line followed by bulleted or numbered items, or
  by "Label: value" lines whose bullets were lost;
- the article's own headline just before the first body paragraph (the
  subheadline; dropped when it repeats the header's headline); a short
  section label there ("Deep Look") becomes a heading; a standfirst sentence
  between headline and byline becomes the summary; a dateline set alone on
  its line opens the paragraph below it;
- body paragraphs, one per line, or blank-line separated when hard-wrapped.

Nothing in the copy is rewritten: each paragraph's text is exactly the wire's.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ingest.items import HEADING, LIST, PARAGRAPH, Block, ParsedItem
from ingest.vocabulary.bylines import ROLE, joined_by_an_unlisted_and, looks_like_byline, reads_as_people, without_unlisted_by
from ingest.vocabulary.bylines import given_names as _given_names
from ingest.vocabulary.datelines import is_date_stamp, parse_place_opening
from ingest.vocabulary.headlines import reads_as_a_second_headline
from ingest.vocabulary.signals import addresses_reader, is_platform_note
from ingest.vocabulary.agencies import names_an_agency, split_trailing_agency
from ingest.vocabulary.words import (
    ASSET_TAGS, EMBARGO_LINE, MAIL_HEADER_LABELS, MAIL_NOUNS, MAIL_REPLY_PREFIX, MAIL_SUBJECT_LABELS, MAIL_WARNING_TAG,
    MENU_BUTTONS, READING_TIME_LINE, WORD, WRITETHRU_NOTE, WRITTEN_DATE,
)
from ingest.vocabulary.senders import links_to_sender, sender_domain, sender_name
from ingest.vocabulary.words import COPYRIGHT_MARK, LABEL_COLONS, header_label_field
from ingest.vocabulary.words import DESK_NOTE_LABEL, PUBLISHED_STAMP, SCRIPT_BYLINE_OPENING, DESK_REQUEST, LETTER_SALUTATION, LETTER_SIGN_OFF, MAIL_PROGRAM_LINE, NEWSLETTER_GREETING, SIGNATURE_DELIMITER, DOCUMENT_TYPE_LABELS, LENGTH_IN_MINUTES, NOTE_TO_EDITORS_LABELS, lower_caps_joiners, NOTICE_BUTTON_WORDS, STAFF_BYLINE, VIEW_ONLINE_LINK, WIRE_STATUS, PHOTO_CREDIT_LABEL
from ingest.vocabulary import (
    CALL_TO_ACTION_VERBS, EDITION_WORDS, SECTION_WORDS, HEADER_LABELS, MONTHS, MONTHS_ANY_LANGUAGE, ABBREVIATIONS, AND_WORDS, FOREIGN_BY_WORDS, NAME_PARTICLES, OUTLET_WORDS, READ_TIME_OR_AGE, SENTENCE_END, TITLE_WORDS,
    agency_name, parse_dateline,
)

from .encoding import decode, strip_control

# Every way a paste marks a line end: CRLF, CR, Unicode line/paragraph separators, NEL, vertical tab, form feed.
_LINE_BREAK = re.compile("\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
# Invisible characters a CMS leaves at a line's edges; inside a line they are the copy's own and stay.
_EDGE_INVISIBLES = re.compile(r"^[\s\u200b-\u200f\u2060\ufeff]+|[\s\u200b-\u200f\u2060\ufeff]+$")


def _trim(line: str) -> str:
    return _EDGE_INVISIBLES.sub("", line)

_LIST_MARKER = re.compile(r"^\s*(?:[-*•▪●◦–►▶→✓✔■□○·]|\d{1,2}[.)])\s+")
_BYLINE = re.compile(r"^\s*(?:(?:posted|written|story)\s+)?by\s+\S", re.IGNORECASE)
# An aggregator's byline with its reading time or age: "Ruth Tangaroa · 4 min read", "Jane Doe | 2h".
_BYLINE_WITH_META = re.compile(r"^(?P<name>[^·•|]{3,80}?)\s+" + READ_TIME_OR_AGE + r"$", re.IGNORECASE)
# "Por María Gómez", "Von Klaus Müller", "Par Jean Dupont": the word is also ordinary prose ("Von der
# Leyen said"), so these count only when a capitalised name follows and nothing else does.
_FOREIGN_BY = re.compile(r"^\s*(?:" + "|".join(FOREIGN_BY_WORDS) + r")\s+(?P<name>\S.*)$", re.IGNORECASE)
_SENTENCE_END = SENTENCE_END
_DATED_VALUE = re.compile(r"^\W*(?:\S+\s+){0,2}(?:19|20)\d\d\b")  # a header value opening with a date's year ("2026. május 14.")
_ENDS_SENTENCE_LINE = re.compile(r"[.!?…。]['\"”’»)]*$")  # a sentence's own stop (no colon), its closing quote after it
# The separators a packed header's slots are joined with, tried in turn: "/ " (the seed's), " | ", " • ", " · ",
# " — ", " – ", tabs. A header is a line that splits into three or more slots on one of them.
_HEADER_SEPARATORS = tuple(re.compile(p) for p in (r"\s*/\s+", r"\s+\|\s+", r"\s+[•·]\s+", r"\s+[—–]\s+", r"\s*\t+\s*"))
# "Title: ...", "Byline: ...": a labelled header line; the label must be one HEADER_LABELS knows.
# "Corpo:", "Metin:", "Body:" on a line of its own, closing a labelled header.
_BARE_LABEL = re.compile(r"^\s*[^\W\d_][\w' -]{0,24}:\s*$")
# "Title: ...", and an export's bulleted form of it ("• العنوان: ...").
LABELLED_LINE = re.compile(rf"^\s*(?:[•·▪●◦*-]\s+)?(?P<label>[^\W\d_][^{LABEL_COLONS}]{{0,24}}?)\s*[{LABEL_COLONS}]\s*(?P<value>\S.*)$")  # "标题：" too
_HEADER_DATE = re.compile(
    r"^(?:(?:published|updated|posted|last updated)(?:\s+on)?:?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:" + MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    # a weekday in any language before a day-first date: "dinsdag 1 december 2026", "mardi 3 mars 2026"
    r"|(?:[^\W\d_]{3,12},?\s+)?\d{1,2}\.?\s+" + MONTHS_ANY_LANGUAGE + r",?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{4}年\d{1,2}月\d{1,2}日|\d{4}년 ?\d{1,2}월 ?\d{1,2}일)"  # "2025年11月18日 19:42", "2025년 11월 18일"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?$",  # "GMT+8"
    re.IGNORECASE,
)
_EDITION = re.compile(r"\b(briefing|digest|update|bulletin|newsletter)\b|" + EDITION_WORDS, re.IGNORECASE)
# Outlets are named "Digest" or "Bulletin" too: in the publisher's slot only the word "Edition" makes an edition.
_EDITION_WORD = re.compile(EDITION_WORDS, re.IGNORECASE)
# A one-sentence summary closing the header: "Officials say repairs will take weeks."
_SHORT_SUMMARY = re.compile(r"^\S+(?:\s+\S+){3,}[.!?…]$")
# A wire's banner line above the headline.
_BANNER = re.compile(
    r"^\W*(?:breaking(?: news)?|developing(?: story| news)?|exclusive|just in|urgent|flash|news alert|alert|live(?: updates)?)\W*$",
    re.IGNORECASE,
)
# A role or desk line set under the byline: "Staff Writer", "AP Economics Writer", "Senior Correspondent".
_ROLE_LINE = re.compile(
    r"^(?:[\w.&'’-]+\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|staff|bureau chief|producer|"
    r"journalist)s?\.?$",
    re.IGNORECASE,
)
# "Location: Kuala Lumpur": a label of one to four words, a colon, a value.
_LABEL_VALUE = re.compile(r"^(?P<label>[^\W\d_][\w'’&/.-]*(?:\s+[\w'’&/.-]+){0,3}):\s+\S")
# "# Headline", "## Deck", "**By Jane Doe**", "__Quick Look__": a heading mark or one emphasis wrapping the whole line.
_MARKDOWN_LINE = re.compile(r"^(?P<heading>#{1,6}\s+)?(?:(?P<wrap>\*\*|__)(?P<wrapped>(?:(?!\*\*|__).)+)(?P=wrap)|(?P<plain>.+))$")
# A full stop (or comma, colon, semicolon) at the end, perhaps inside closing quotes: a sentence of copy.
_CLOSES_SENTENCE = re.compile(r"[.,;:…。、][\"”’')\]」』]*$")
_HAS_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.(?:\s|$)")
# A place in capitals, of any cased script ("NEBAJ", "LẠC SƠN", "İSTANBUL", "ΑΘΗΝΑ"), its region after a comma.
_CAPS_PLACE = re.compile(r"^(?P<place>[^\W\d_](?:[^\W\d_]|[ .'’-])*[^\W\d_.]|[^\W\d_])\.?(?:,\s*(?P<region>[^\W\d_][\w .'’-]*))?$")
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_]\.|[^\W\d_][\w'’-]+|" + "|".join(sorted(NAME_PARTICLES)) + r")$")


def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    text = _unfold_mail_headers(strip_control(_LINE_BREAK.sub("\n", decode(raw, content_type))))
    units = _paragraph_units(text)
    item = ParsedItem(format="text", guid=_content_guid(units))
    if not units:
        return []
    units = _unmark_header_lines(units)
    chat_before, units, chat_after = _chat_export(units)
    forwarded, units = _forwarded_mail(units)
    chat_before += forwarded
    sent_units = units
    leading, site, units = _leading_furniture(units)
    if site and units:
        # the site's name over its menu, known as such: the publisher, never a headline for the header to weigh
        item.publisher = site
    leading, units = _greeting_under_masthead(leading, units)
    units = _take_header(units, item)
    item.blocks = chat_before + leading + _body_blocks(units, item) + chat_after
    _mail_tail(item, mailed=any(b.furniture in ("furniture:email-header", "furniture:cover-note") for b in chat_before + leading))
    _page_furniture(item, sent_units)
    _take_wire_frame(item)
    _take_export_tail(item)
    _take_signed_byline(item)
    _take_envelope(item)
    if item.subheadline and (is_date_stamp(item.subheadline) or _is_dated_line(item.subheadline)):
        # the header's date slot, read into the second headline's place: "Vika 42 · 16. október 2026", "Data emiterii:
        # 17.11.2025, ora 07:30" (a packed header's date slot is read so already)
        item.extra.setdefault("header", {})["date_line"], item.subheadline = item.subheadline, ""
    if not item.headline and not any(not block.furniture for block in item.blocks):
        return []  # nothing but header lines ("Fa-a" alone reads as a slug): no wire item, as for an empty body
    return [item]


def _unfold_mail_headers(text: str) -> str:
    """A mail pasted with its headers folds a long one onto indented lines ("Received: from mail.example ..." /
    "\tby mx.example with ESMTPS ..."): each folded line joins its header, so it is not read as copy ("by mx..." is
    no byline). Only the header block a text opens with, up to its first blank line."""
    head, blank, rest = text.lstrip("\n").partition("\n\n")
    lines = head.split("\n")
    if len(lines) < 2 or not _EMAIL_HEADER.match(lines[0]) or not any(line[:1] in (" ", "\t") for line in lines[1:]):
        return text
    unfolded: list[str] = []
    for line in lines:
        if line[:1] in (" ", "\t") and line.strip() and unfolded and _EMAIL_HEADER.match(unfolded[0]):
            unfolded[-1] += " " + line.strip()
        else:
            unfolded.append(line)
    return "\n".join(unfolded) + blank + rest


# A chat app's export or copied thread: each message opens with its time stamp in brackets, then the sender
# ("[09:14, 11/03/2026] Gav Thornley (Newsdesk): Police one just landed", WhatsApp; "[11/03/2026 16:52] Rhiannon
# Price", Teams), or unbracketed with a dash ("11/03/2026, 09:14 - Priya Lal: On it", WhatsApp on Android), or the
# sender first and the stamp after it on a line of its own, the text under it ("Luana Bezerra, [14.03.2026 07:31]",
# Telegram Desktop).
_CHAT_STAMP = re.compile(
    r"^\[(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?,?\s+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)\]\s*(?P<rest>.*)$"
    r"|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+-\s+(?P<dashed>.+)$"
    r"|^(?P<sender_first>[^\W\d_][^\[\]:]{0,60}?),\s*\[\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\]$"
)
# What a chat app writes for a forwarded message, an attachment, an edit or a deletion, left of the message's text.
_CHAT_MARKER = re.compile(
    r"^[\u200e\u200f\s*_]*(?:(?:forwarded|encaminhada|encaminhado|reenviado|reenviada|transféré|weitergeleitet|inoltrato|"
    r"doorgestuurd|przekazano|iletildi|diteruskan)(?: many times| com frequência| muchas veces| plusieurs fois| mehrfach)?"
    r"|<[^<>]{3,40}>|\(edited\)|image omitted|\[(?:foto|photo|image|imagem|imagen|bild|video|vídeo|sticker|audio|áudio)\]"
    r"|this message was deleted|you deleted this message|esta mensa(?:xe|je|gem) (?:foi|fue) (?:eliminada|apagada)"
    r"|questo messaggio è stato eliminato|ce message a été supprimé|diese nachricht wurde gelöscht"
    r"|\S+\.(?:jpe?g|png|heic|mp4|opus|pdf|docx?)\s*\([^()]{3,30}\))[\u200e\u200f\s*_]*$"
    r"|^[^\w\s]{1,6}$", re.IGNORECASE)  # an emoji or a thumbs-up alone
# A message's sender, before its first colon: a name and perhaps a team in brackets ("Gav Thornley (Newsdesk)").
_CHAT_SENDER = re.compile(r"^(?P<sender>[^\W\d_][^:]{0,60}?):\s*(?P<text>.*)$")
# WhatsApp's bold: "*APPEAL AFTER SERIOUS COLLISION ...*", a whole line between asterisks.
_CHAT_BOLD = re.compile(r"^\*(?P<text>[^*]+)\*$")
# The line that ends a piece of copy ("Fim.", "ENDS", "-30-", "###"): a message opening with it closes a story sent
# in parts, and the rest of that message is the sender's note to the desk.
_END_OF_COPY = re.compile(r"^(?:fim|fin|fine|ende|end|ends|slut|loppu|koniec|konec|son|-30-|###|# # #)\b[.!]?", re.IGNORECASE)


@dataclass
class _ChatMessage:
    start: int  # the unit of its stamp
    end: int  # the unit after its last
    sender: str
    first: str  # the text on the stamp's own line ("" when the text starts under it)

    def texts(self, units: list[str]) -> list[str]:
        return ([self.first] if self.first else []) + units[self.start + 1:self.end]


def _chat_messages(units: list[str], stamps: list[int]) -> list[_ChatMessage]:
    messages = []
    for start, end in zip(stamps, stamps[1:] + [len(units)]):
        stamp = _CHAT_STAMP.match(units[start])
        if stamp.group("sender_first") is not None:
            sender, first_text = stamp.group("sender_first"), ""
        else:
            opening = (stamp.group("rest") if stamp.group("rest") is not None else stamp.group("dashed")) or ""
            found = _CHAT_SENDER.match(opening) if ":" in opening else None
            sender = found.group("sender") if found else opening
            first_text = found.group("text") if found else ""
        messages.append(_ChatMessage(start, end, sender.strip(), first_text))
    return messages


def _opens_with_headline_label(message: _ChatMessage, units: list[str]) -> bool:
    texts = message.texts(units)
    labelled = bool(texts) and LABELLED_LINE.match(texts[0])
    return bool(labelled) and HEADER_LABELS.get(" ".join(labelled.group("label").split()).casefold()) == "headline"


def _chat_export(units: list[str]) -> tuple[list[Block], list[str], list[Block]]:
    """A story sent through a chat app: the thread's messages around it are the desk talking, not copy.

    The story is the longest message (the forwarded release, the reporter's copy); or, when its sender sent the
    copy in parts and one of their messages opens with the headline's label ("TITULAR: ...", "Título: ..."), every
    message of theirs from that one on, up to one that ends the copy ("Fim. Qualquer coisa me liga"). Every other
    message, each message's stamp and sender, and the app's markers ("Forwarded", "<Multimedia omitido>", a deleted
    message, an attachment's name, an emoji alone) are handed to the cleaner as furniture ("furniture:chat-message"),
    which removes them with a record. A text without two stamped messages, the first of them opening it, is no chat
    export and comes back as it was.
    """
    stamps = [index for index, unit in enumerate(units) if _CHAT_STAMP.match(unit)]
    if len(stamps) < 2 or stamps[0] != 0:
        return [], units, []
    messages = _chat_messages(units, stamps)
    longest = max(messages, key=lambda m: sum(len(unit) for unit in units[m.start:m.end]))

    def furniture(lines: list[str]) -> list[Block]:
        return [Block(kind=PARAGRAPH, text=line, furniture="furniture:chat-message") for line in lines]

    opening = next((m for m in messages if m.sender == longest.sender and _opens_with_headline_label(m, units)), None)
    if opening is None:  # one message holds the story
        if longest.end - longest.start < 3:
            return [], units, []  # no message long enough to be a story: a conversation, read as it is
        story = [_CHAT_BOLD.sub(r"\g<text>", unit) for unit in units[longest.start + 1:longest.end]]
        before = units[:longest.start + 1]  # its stamp line, with any text on it, is recorded
        if longest.first and not _CHAT_MARKER.match(longest.first):
            story.insert(0, _CHAT_BOLD.sub(r"\g<text>", longest.first))  # the message's text begins on its stamp's line
        while story and _CHAT_MARKER.match(story[0]):
            before.append(story.pop(0))
        return furniture(before), story, furniture(units[longest.end:])
    wrapper: list[str] = units[:opening.start]
    story: list[str] = []
    ended = False
    for message in messages[messages.index(opening):]:
        wrapper.append(units[message.start])  # the stamp line: with the text on it, when the app sets it there
        texts = message.texts(units)
        if ended or message.sender != opening.sender or (texts and _END_OF_COPY.match(texts[0])):
            ended = ended or message.sender == opening.sender
            wrapper += units[message.start + 1:message.end]
            continue
        for text in texts:
            (wrapper if _CHAT_MARKER.match(text) else story).append(_CHAT_BOLD.sub(r"\g<text>", text))
    return furniture(wrapper), story, []


# The line a mail program sets above a forwarded or quoted message, in any language: a few words between runs of
# dashes, box-drawing lines or equals signs ("---------- फ़ॉरवर्ड किया गया संदेश ---------", "-----Original Message-----",
# "---------- הודעה שהועברה ---------", "=== BEGIN STORY ===").
_MAIL_DELIMITER = re.compile(r"^[\u200e\u200f]*(?:-{3,}|─{3,}|={3,}|_{3,})\s*[^\W\d_][^-─=_]{1,40}?\s*(?:-{3,}|─{3,}|={3,}|_{3,})$")
_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MAX_FORWARD_SEARCH = 25  # a forwarder's note and a mail's headers sit at the top


def _take_envelope(item: ParsedItem) -> None:
    """A pasted mail's header fields ("From: ...", "Sent: ...", "Objet : ...") are the delivery's envelope, read as
    header metadata like a wire's slug: kept in `extra["mail_headers"]`, not handed to the cleaner as lines it
    removed. The mail program's delimiter over them ("---------- Forwarded message ---------") stays a removal."""
    fields = [block.furniture == "furniture:email-header" and bool(LABELLED_LINE.match(block.text)) for block in item.blocks]
    if any(fields):
        envelope = [block.text for block, field in zip(item.blocks, fields) if field]
        item.extra["mail_headers"] = envelope
        item.blocks = [block for block, field in zip(item.blocks, fields) if not field]
        _headline_named_by_subject(item, envelope)
        _masthead_named_by_sender(item, envelope)


# A subject's own labels before its title: "[Sous embargo]", "MEDIA RELEASE:", "BREAKING:", "Karoo Courier:", "EFE -",
# "Communiqué de presse –" (a few words, then a colon, a dash or a bar).
_SUBJECT_TAG = re.compile(r"^\s*\[[^\]]{1,40}\]\s*")
_SUBJECT_LABEL = re.compile(r"^\s*[^:|–—]{1,60}?(?:\s?:|\s[|–—-])\s+(?=\S)")


def _subject_titles_as_written(subject: str) -> list[str]:
    """The titles a mail's subject may name, in its own letters: itself without the mail program's prefixes and tags,
    then without one and two of its own labels ("MEDIA RELEASE: Coastal Kelp Co. opens ..." -> "Coastal Kelp Co.
    opens ...")."""
    title = MAIL_REPLY_PREFIX.sub("", _SUBJECT_TAG.sub("", MAIL_REPLY_PREFIX.sub("", subject)))
    titles = [title]
    for _ in range(2):
        label = _SUBJECT_LABEL.match(title)
        if not label or len(label.group(0).split()) > 6:
            break
        title = title[label.end():]
        titles.append(title)
    return [" ".join(t.split()).strip(" .") for t in titles if len(t.split()) >= 4]


def _subject_titles(subject: str) -> list[str]:
    """The titles a mail's subject may name, case folded to compare with a line of the copy."""
    return [_title_key(title) for title in _subject_titles_as_written(subject)]


def _title_key(text: str) -> str:
    """A title as compared across cases: spaces collapsed, folded, and Turkish "İ" and "ı" as the "i" that "I"
    folds to ("MERSİN'DE ... SAĞLIK" is "Mersin'de ... sağlık")."""
    return " ".join(text.split()).strip(" .").casefold().replace("i\u0307", "i").replace("ı", "i")


def _headline_named_by_subject(item: ParsedItem, envelope: list[str]) -> None:
    """A pasted mail's subject names its story: when the headline the header gave is not it and the line under it (the
    subheadline) or the copy's first line is, that line is the headline, and the line taken for it was the mail's
    banner ("WDTV 7 NEWS" over "Water main break closes U.S. 13 in Dover; boil advisory issued", subject "BREAKING:
    Water main break closes ...")."""
    subjects = [labelled.group("value") for line in envelope if (labelled := LABELLED_LINE.match(line))
                and " ".join(labelled.group("label").split()).casefold() in MAIL_SUBJECT_LABELS]
    titles = _subject_titles(subjects[0]) if subjects else []
    if not titles:
        return

    def named(text: str) -> bool:
        return _title_key(text) in titles
    if item.headline and named(item.headline) and item.headline.isupper():
        # the copy sets the title in capitals ("MGETA STARS YAKWELA FAINALI ..."), the subject in its own letters
        # ("HABARI: Mgeta Stars yakwela fainali ..."): the subject's is the headline as written
        written = next(title for title in _subject_titles_as_written(subjects[0])
                       if _title_key(title) == _title_key(item.headline))
        if not written.isupper():
            item.headline = written
        return
    if not item.headline or named(item.headline):
        return
    copy = [index for index, block in enumerate(item.blocks) if not block.furniture][:1]
    opening = next((title for title in titles if _title_key(item.summary).startswith(title + " ")), "")
    if opening and not named(item.summary):
        # the subject's title and the line under it, set with no blank line between and read as one standfirst
        # ("Izikolo ezingama-120 ... iilayibrari ezintsha" / "Inkqubo iqala eBuffalo City ..."): headline and deck
        summary = " ".join(item.summary.split())
        item.extra["banner"], item.headline = item.headline, summary[:len(opening)]
        rest = summary[len(opening):].strip()
        if _CLOSES_SENTENCE.search(rest):
            item.summary = rest
        else:
            item.subheadline, item.summary = item.subheadline or rest, ""
        return
    if item.subheadline and named(item.subheadline):
        item.extra["banner"], item.headline, item.subheadline = item.headline, item.subheadline, ""
    # (a title, never a paragraph of copy that the sender pasted as the subject too)
    elif copy and named(item.blocks[copy[0]].text) and _looks_like_title(item.blocks[copy[0]].text):
        item.extra["banner"], item.headline = item.headline, item.blocks[copy[0]].text
        del item.blocks[copy[0]]
    else:
        return
    under = [index for index, block in enumerate(item.blocks) if not block.furniture][:2]
    if len(under) == 2 and not item.subheadline \
            and _second_headline_between(item.headline, item.blocks[under[0]].text, item.blocks[under[1]].text, item):
        item.subheadline = item.blocks[under[0]].text  # the title's second headline under it
        del item.blocks[under[0]]
        under = [index for index, block in enumerate(item.blocks) if not block.furniture][:2]
    if len(under) == 2 and not item.summary and not item.byline \
            and _is_byline_under_standfirst(item.blocks[under[1]].text) \
            and _CLOSES_SENTENCE.search(item.blocks[under[0]].text) and not parse_dateline(item.blocks[under[0]].text):
        item.summary = _unlabelled_summary(item.blocks[under[0]].text)  # the standfirst between title and byline
        del item.blocks[under[0]]
        under = under[:1]
    text = item.blocks[under[0]].text if under else ""
    if text and not item.byline and (is_byline_line(text) or is_unlisted_byline(text)):
        item.byline = text  # the title's own byline under it ("Rakanyorwa na: Farai Moyo, Mutauriri weBhodhi")
        del item.blocks[under[0]]


_NAME_SLOTS = re.compile(r"\s+[|·•—–-]\s+")


def _word_key(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _sender_as_publisher(sender: str, slots: list[str]) -> str:
    """The outlet a masthead's slots name by the sender's own name, as the sender writes it: "THE KAROO COURIER" from
    "The Karoo Courier"; "HARBOUR TIMES — MORNING BRIEF" from "Harbour Times Morning Brief" is "Harbour Times" (the
    outlet, then its newsletter); "THE PETRI DISH | A newsletter from Kopi Science" from "The Petri Dish from Kopi
    Science" is "Kopi Science" (the newsletter's name, then who sends it, named in the masthead too). "" otherwise."""
    name, first = _word_key(sender), _word_key(slots[0])
    if not first or not name:
        return ""
    if name == first:
        return sender
    if name == [w for slot in slots for w in _word_key(slot)]:
        return " ".join(sender.split()[:len(slots[0].split())])  # the outlet, before its newsletter's slot
    words = sender.split()
    if name[:len(first)] == first and len(words) > len(first) + 1:
        rest = " ".join(words[len(first) + 1:])  # past the newsletter's name and its "from"
        if any(" ".join(_word_key(rest)) in " ".join(_word_key(slot)) for slot in slots[1:]):
            return rest
    return ""


def _title_under_masthead(item: ParsedItem) -> str:
    """The title the header read under a masthead it took for the headline: the second headline, or a title (no
    sentence's stop) in the summary's place; "" when neither."""
    if item.subheadline and _looks_like_title(item.subheadline) and not _LETTERHEAD_SLOTS.search(item.subheadline):
        return item.subheadline
    if item.summary and _looks_like_title(item.summary) and not _ENDS_SENTENCE_LINE.search(item.summary):
        return item.summary
    return ""


def _masthead_named_by_sender(item: ParsedItem, envelope: list[str]) -> None:
    """A mailed newsletter's masthead opens with its sender's name ("அறிவியல் களம் — வார மடல்" from "அறிவியல் களம்
    <madal@...>", "THE PETRI DISH | A newsletter from Kopi Science"): the sender is the publisher, as it writes its
    name; when the header took the masthead for the headline, the line under it is the headline, and a byline line
    under that the byline. A dated line of the header naming the edition ("Friday edition, 7 March 2025") gives the
    edition."""
    sender = sender_name(envelope)
    if not sender or _is_known_person(sender):
        return  # (a person's mail opens with their signature's name, "Jess Whitford | Senior Account Manager")
    if item.publisher.isupper() and _word_key(item.publisher) == _word_key(sender):
        item.publisher = sender  # "THE KAROO COURIER" over the headline, sent by "The Karoo Courier"
    elif item.headline and (under := _title_under_masthead(item)) \
            and (publisher := _sender_as_publisher(sender, [slot for slot in _NAME_SLOTS.split(item.headline) if slot.strip()])):
        item.extra["masthead"] = item.headline
        item.headline, item.subheadline = under, ""
        if item.summary == under:
            item.summary = ""  # ("GORA VESTI - nedelen bilten" / its title, read as the standfirst under it)
        item.publisher = publisher
        copy = [index for index, block in enumerate(item.blocks) if not block.furniture][:1]
        if not item.byline and copy and is_byline_line(item.blocks[copy[0]].text):
            item.byline = item.blocks[copy[0]].text
            del item.blocks[copy[0]]
    else:
        return
    dated = item.extra.get("header", {}).get("date", "")
    named_edition = re.split(r",|\s[—–·|]\s", dated)[0].strip()
    if not item.edition and named_edition != dated and _EDITION_WORD.search(named_edition) and len(named_edition.split()) <= 4:
        item.edition = named_edition


def _is_forwarded_header(line: str) -> bool:
    """A labelled line of the forwarded mail's header: a mail's own field, or any label of a language the mail field
    list lacks, but not the label of a story's header that follows it ("Título: ...", "Publicación: ...")."""
    labelled = LABELLED_LINE.match(line)
    if not labelled:
        return False
    if _EMAIL_HEADER.match(line):
        return True
    # a label no list knows: a field's short value, an address or a date; a title after a kicker's colon ("Laamb:
    # Gaynde Ngor daan na Tigre bu Ndaw ci Arène nationale", under the headers) is the forwarded story's headline
    value = labelled.group("value")
    return " ".join(labelled.group("label").split()).casefold() not in HEADER_LABELS and (
        len(value.split()) <= 6 or bool(_MAIL_ADDRESS.search(value)) or any(ch.isdigit() for ch in value))


def _end_of_addressed_run(units: list[str], start: int) -> int:
    """Where a forwarded mail's headers end when a story label's word names one of its fields: a run of labelled lines
    under the delimiter is the mail's headers down to the last that holds an address ("भेजे वाला: ... <...>" /
    "तारीख: मंगल, 12 अगस्त 2025" / "विसय: ..." / "पाए वाला: डेस्क <desk@...>"), the date's label a header's too."""
    end = start
    for at in range(start, min(start + 8, len(units))):
        if not LABELLED_LINE.match(units[at]) or len(units[at].split()) > 20:
            break
        if _MAIL_ADDRESS.search(units[at]):
            end = at + 1
    return end


def _is_unlisted_subject(units: list[str], at: int) -> bool:
    """The forwarded mail's subject under a label no list holds, its value a title of any length ("Sujet : Papî po l'
    gazete - Teyåte dèl Tchèrète", Walloon): a labelled line, not a story header's label, with the mail's header
    lines going on under it."""
    labelled = LABELLED_LINE.match(units[at])
    return bool(labelled) and at + 1 < len(units) and _is_forwarded_header(units[at + 1]) \
        and " ".join(labelled.group("label").split()).casefold() not in HEADER_LABELS


def _is_mail_warning(line: str) -> bool:
    """The mail system's warning under a message's headers: a tag or label, then a mail noun ("[External email] Use
    caution when opening attachments", "CAUTION: This email originated from outside of the organisation.")."""
    return bool(MAIL_WARNING_TAG.match(line)) and len(line.split()) <= 60 and any(noun in line.casefold() for noun in MAIL_NOUNS)


def _forwarded_mail(units: list[str]) -> tuple[list[Block], list[str]]:
    """A message forwarded to the desk, in any language: above the mail program's delimiter, the forwarder's note
    ("नोमान जी, लखनऊ की यह कॉपी ... देख लें।", "各位 / 明日朝刊の国際面用です。"); under it the forwarded mail's headers, a
    run of labelled lines one of which holds an address ("От: БТА Новини <novini@bta-wire.bg>"). Both are the
    wrapper, handed to the cleaner as furniture ("furniture:cover-note", "furniture:email-header"); a second
    delimiter close under them ("=== BEGIN STORY ===") closes a note of the syndication desk's own. Without a
    delimiter followed by such headers, the text comes back as it was."""
    limit = min(_MAX_FORWARD_SEARCH, len(units) - 3)
    for index in range(max(limit, 0)):
        if not (_MAIL_DELIMITER.match(units[index]) or _RULE_LINE.match(units[index])):
            continue  # (Outlook sets a bare rule of underscores over the forwarded mail's headers)
        end = index + 1
        while end < len(units) and end - index <= 8 and (  # "प्रेषक: ...", "差出人: ...", "От: ..."
                _is_forwarded_header(units[end]) or _is_unlisted_subject(units, end)):
            end += 1
        if end == index + 1 or not any(_MAIL_ADDRESS.search(unit) for unit in units[index + 1:end]):
            continue
        end = max(end, _end_of_addressed_run(units, index + 1))
        wrapper = [(line, "furniture:cover-note") for line in units[:index]]
        wrapper += [(line, "furniture:email-header") for line in units[index:end]]
        # a note of the desk's own under the headers, closed by a second delimiter
        for close in range(end, min(end + 9, len(units) - 3)):
            if _MAIL_DELIMITER.match(units[close]):
                if all(len(unit.split()) <= 60 for unit in units[end:close]):
                    wrapper += [(line, "furniture:cover-note") for line in units[end:close]]
                    wrapper.append((units[close], "furniture:email-header"))
                    end = close + 1
                break
        note = _forwarders_note(units[end:])  # "Mas Dimas, ini rilis ... / Salam, / Rina" over the release
        wrapper += [(line, "furniture:cover-note") for line in units[end:end + note]]
        end += note
        # the mail system's warning over a message from outside ("[ВЪНШЕН ИМЕЙЛ] Това съобщение е изпратено ...")
        warning = []
        if end < len(units) and _is_mail_warning(units[end]):
            warning, end = [units[end]], end + 1
        wrapper += [(line, "furniture:mail-warning") for line in warning]
        return [Block(kind=PARAGRAPH, text=line, furniture=rule) for line, rule in wrapper], units[end:]
    return [], units


def _greeting_under_masthead(leading: list[Block], units: list[str]) -> tuple[list[Block], list[str]]:
    """A newsletter's greeting between its masthead and its first story ("THE HARBOUR BRIEF" / "Friday 13 March 2026 |
    Issue #412" / "Good morning. It's Friday ..." / headline) stands in the header's way: it is furniture, so the
    masthead and the headline under it are read as they would be without it."""
    for index in range(1, min(len(units) - 2, 6)):  # (a masthead between rules: "====" / name / edition / "====")
        if NEWSLETTER_GREETING.match(units[index]) and len(units[index].split()) <= 30 and not addresses_reader(units[index - 1]):
            greeting = Block(kind=PARAGRAPH, text=units[index], furniture="furniture:newsletter-voice")
            return [*leading, greeting], [*units[:index], *units[index + 1:]]
    return leading, units


# A document's page numbers, as a Word or PDF paste keeps them: "Page 2 of 3", "Seite 1 von 3", "Página 2 de 4".
_PAGE_NUMBER = re.compile(r"^\W*(?:page|seite|página|pagina|pag\.|strona|strana|sivu|sida|side)\s+\d{1,3}\s+"
                          r"(?:of|von|de|di|z|ze|/|af|av)\s+\d{1,3}\W*$|^-\s*\d{1,3}\s*-$", re.IGNORECASE)


# A block a CMS marks with its shortcode tags around it: "[PROMO] Stiahnite si aplikáciu ... [/PROMO]".
_SHORTCODE_BLOCK = re.compile(r"^\[(?P<tag>[A-Za-z][\w-]{1,20})(?:\s[^\]]*)?\].*\[/(?P=tag)\]$", re.DOTALL)


def _page_furniture(item: ParsedItem, units: list[str]) -> None:
    """What a pasted document repeats on every page is its furniture, not copy: the page numbers, and a short running
    header or footer met two or more times word for word in what was sent ("THE SUIR VALLEY HERALD — SUB-EDITORS’
    COPY", once above the headline and again on each page)."""
    paragraphs = [b for b in item.blocks if b.kind == PARAGRAPH and not b.furniture]
    seen: dict[str, int] = {}
    for unit in units:
        seen[unit] = seen.get(unit, 0) + 1
    for block in paragraphs:
        if _PAGE_NUMBER.match(block.text):
            block.furniture = "furniture:page-number"
        elif _INLINE_IMAGE.match(block.text):
            block.furniture = "furniture:inline-image"  # a mail's picture as pasted, among the copy
        elif _SHORTCODE_BLOCK.match(block.text):
            block.furniture = "furniture:cms-shortcode"  # "[PROMO] ... [/PROMO]": a CMS's own block, pasted with its tags
        elif seen.get(block.text, 0) >= 2 and 2 <= len(block.text.split()) <= 12 and not _CLOSES_SENTENCE.search(block.text) \
                and not block.text.rstrip().endswith(("?", "!")):
            block.furniture = "furniture:running-header"


def _take_wire_frame(item: ParsedItem) -> None:
    """A transmission pasted with its visible frame ("ZCZC" opening it, "NNNN" closing it): the envelope, kept as
    the item's metadata like its service line, neither copy nor a removal."""
    frame = [b for b in item.blocks if b.kind == PARAGRAPH and not b.furniture and b.text.strip() in _FRAME_LINES]
    if frame:
        item.extra["wire_frame"] = [b.text.strip() for b in frame]
        item.blocks = [b for b in item.blocks if all(b is not f for f in frame)]


_FRAME_LINES = frozenset({"ZCZC", "NNNN"})
# The label of a picture's credit among an export's fields ("Crédito fotográfico", "Photo", "Kuvat", "Bild").
_CREDIT_LABEL = re.compile(r"cr[ée]dit|fotogr|photo|foto|kuva|bild|zdj|beeld")
# A CMS export's marker closing the body, framed by rules: "--- fim do corpo ---", "=== END OF BODY ===", "=== FIM ===".
_END_MARKER = re.compile(r"^\s*[-=_*~#]{2,}\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*[-=_*~#]{2,}\s*$")


# A CMS export's unfenced line closing the body its "BODY:" label opened: "END BODY", "ENDBODY", "END OF BODY".
_BODY_CLOSE = re.compile(r"^\s*(?:END\s*(?:OF\s+)?BODY|BODY\s+ENDS?)\s*$", re.IGNORECASE)


def _take_export_tail(item: ParsedItem) -> None:
    """Under a CMS export's marker closing the body, its fields a labelled line each ("Legenda: ...", "Palavras-chave:
    ...") are the item's metadata, kept with the markers among its extra fields; a line of a label no header reading
    knows ("Direitos: © ...", "Crédito fotográfico: ...") stays for the cleaner, which removes and records it. (The
    fields may have been read as a list under the marker as its title.)"""
    def lines_of(block: Block) -> list[str]:
        return [block.text, *block.items] if block.kind == LIST else [block.text]

    blocks = item.blocks
    marker = next((i for i, b in enumerate(blocks) if i > 0 and b.kind in (PARAGRAPH, LIST) and not b.furniture
                   and (_END_MARKER.match(b.text or "") or _BODY_CLOSE.match((b.text or "").split("\n", 1)[0]))), None)
    if marker is None:
        return
    lines = [line for block in blocks[marker:] for line in lines_of(block) for line in line.split("\n") if line]
    if any(block.kind not in (PARAGRAPH, LIST) for block in blocks[marker:]):
        return
    if not all(_END_MARKER.match(line) or LABELLED_LINE.match(line) for line in lines):
        if _BODY_CLOSE.match(lines[0]):
            _split_under_the_body_close(item, marker, lines)
        return
    kept, fields = [], []
    for line in lines:
        labelled = LABELLED_LINE.match(line)
        label = " ".join(labelled.group("label").split()).casefold() if labelled else ""
        notice = _holds_rights_mark(line) or bool(_CREDIT_LABEL.search(label))  # rights and pictures' credits
        (kept if labelled and notice and label not in HEADER_LABELS else fields).append(line)
    item.extra["export_tail"] = fields
    item.blocks = blocks[:marker] + [Block(kind=PARAGRAPH, text=line) for line in kept]


def _split_under_the_body_close(item: ParsedItem, marker: int, lines: list[str]) -> None:
    """Under an export's "END BODY", lines set one under another with no blank between them ("SHARE: Facebook | X |
    Email" / "RELATED: ..." / "Comments are closed for this story.") are no paragraph of the story's: each becomes a
    block of its own, for the cleaner to weigh as what it is. The export's own lines (the close, a field of a label
    the header knows, "TAGS: ...", a label alone, "WEB EXTRAS:") are its fields, kept with them."""
    fields, kept = [], []
    for line in lines:
        labelled = LABELLED_LINE.match(line)
        known = labelled and " ".join(labelled.group("label").split()).casefold() in HEADER_LABELS
        (fields if _BODY_CLOSE.match(line) or _BARE_LABEL.match(line) or known else kept).append(line.strip())
    item.extra["export_tail"] = fields
    item.blocks = item.blocks[:marker] + [Block(kind=PARAGRAPH, text=line) for line in kept]


def _cover_note(units: list[str], after_mail_header: bool) -> int:
    """How many lines from the top are a sender's note to the desk: a salutation, the lines after it up to a sign-off
    ("Best,") and the one or two short lines that sign it ("Tolu", "Press Office"); or, right under the e-mail's
    headers, a request to the desk ("Please publish in this week's Public Notices section."). 0 when none, or when
    too little would be left for a story."""
    if DESK_REQUEST.match(units[0]) and (after_mail_header or len(units) > 4 and LETTER_SALUTATION.match(units[0])):
        return 1 if len(units) > 3 else 0
    if not (LETTER_SALUTATION.match(units[0]) and len(units[0].split()) <= 6):
        return 0
    for close in range(1, min(len(units), 9)):
        if LETTER_SIGN_OFF.match(units[close]):
            end = close + 1
            while end < min(len(units), close + 3) and _signs_a_note(units[end]):
                end += 1
            return end if len(units) - end >= 3 else 0
    for rule in range(2, min(len(units), 7)):
        # no sign-off word: the sender's name, then a rule under the note ("Hi all," / "Copy from today's court
        # below ..." / "Aoife" / "----------")
        if _RULE_LINE.match(units[rule]) and _signs_a_note(units[rule - 1]):
            return rule + 1 if len(units) - rule - 1 >= 3 else 0
    for signed in range(2, min(len(units), 6)):
        # nor a rule: a name of a word or two closing a few lines under the salutation ("Hi Chidi," / "See below the
        # piece as it ran on our site yesterday." / "Tolu"), the lines above it sentences to the desk
        if len(units[signed].split()) <= 2 and _signs_a_note(units[signed]) \
                and all(_CLOSES_SENTENCE.search(unit) for unit in units[1:signed]):
            return signed + 1 if len(units) - signed - 1 >= 3 else 0
    end = 1
    while end < len(units) and DESK_REQUEST.match(units[end]):
        end += 1
    return end if end > 1 and len(units) - end >= 3 else 0


_RULE_LINE = re.compile(r"^\s*(?:[-_=*~]\s*){3,}$")
# A word or two between rules: an export's own mark ("--- Teks ---", "=== BODY ===", "--- ТЕКСТ ---")
_FENCED_MARK = re.compile(r"^\s*([-_=*~])\1{2,}\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\1{3,}\s*$")
_MAX_FORWARDER_NOTE = 5  # lines: a colleague's word or two to the desk, never a story


def _forwarders_note(units: list[str]) -> int:
    """Under a forwarded mail's headers, the forwarder's note in any language, with no salutation a list knows: a
    few short lines signed by a name ("Rina", "- Jun"), over a rule or over the forwarded document's own label
    ("Mas Dimas, ini rilis dari DPW PGNB ... / Salam, / Rina / -----", "Para sa politics desk — ... / - Jun /
    PAHAYAG PARA SA MEDIA"). The signature and what follows it are the signal: copy is not signed by a bare name
    over a rule or a press-release label. 0 when no such note."""
    for close in range(1, min(len(units) - 3, _MAX_FORWARDER_NOTE + 1)):
        rule = bool(_RULE_LINE.match(units[close]))
        if rule or DOCUMENT_TYPE_LABELS.match(units[close]):
            signed = _signs_a_note(units[close - 1].lstrip("-–— "))
            short = all(len(unit.split()) <= 60 for unit in units[:close])
            return close + rule if signed and short else 0
    return _greeted_note(units) or _note_over_labelled_header(units)


def _note_over_labelled_header(units: list[str]) -> int:
    """A forwarder's line or two to the desk over the story's own labelled header, which runs down to the copy's
    dateline ("डेस्क भइया, नीचे खबर हे, फोटो अलगे से भेजित ही।" / "हेडिंग: ..." / "बाइलाइन: ..." / "गया, 12 अगस्त —
    ..."): the header and its dated copy are the signal, whatever the labels' language. 0 when no such note."""
    for start in range(1, min(3, len(units))):
        end = start
        while end < len(units) and end - start < 6 and LABELLED_LINE.match(units[end]) \
                and len(units[end].split()) <= 30:
            end += 1
        if end - start >= 2 and _opens_dated_copy(units, end):
            short = all(len(unit.split()) <= 40 and not LABELLED_LINE.match(unit) for unit in units[:start])
            return start if short else 0
    return 0


def _greeted_note(units: list[str]) -> int:
    """The reporter's note to the desk at the top of the forwarded mail, unsigned, under a greeting no list holds: a
    greeting of a few words closed by a comma, then one to three short sentences, then the story's title ("Ia ora na
    e Hina," / "Teie tāʻu parau no ananahi. Māuruuru!" / "Ua ʻī te ʻoroʻa himene tārava ..."). Copy never opens on a
    line ending with a comma. 0 when no such note."""
    if not units or not units[0].endswith(",") or not 1 <= len(units[0].split()) <= 6 \
            or any(ch.isdigit() for ch in units[0]) or LETTER_SALUTATION.match(units[0]):
        return 0  # (a salutation a list holds opens a cover note the cover-note reader takes whole, signature and all)
    close = 1
    while close < min(len(units), 4) and _SENTENCE_END.search(units[close]) and len(units[close].split()) <= 30:
        close += 1
    if close == 1 and len(units[0].split()) <= 3 and _looks_like_title(units[1]) and not _SENTENCE_END.search(units[1]):
        return 1  # a greeting alone over the story's title ("Kasumay," / "Bignona: siil 180 ban ejaw kaan ekool")
    if close == 1 or close >= len(units) - 3 or _SENTENCE_END.search(units[close]) or _signs_a_note(units[close]):
        return 0  # (the note's sentences end where the story's title stands, not a name signing them)
    return close


def _signs_a_note(line: str) -> bool:
    """A sender's name or office under a sign-off: a few capitalised words, no sentence, no figure, not the copy's own
    label ("PRESS RELEASE")."""
    words = line.split()
    return (0 < len(words) <= 4 and not _CLOSES_SENTENCE.search(line) and not any(c.isdigit() for c in line)
            and not DOCUMENT_TYPE_LABELS.match(line) and not line.isupper() and words[0][:1].isupper())


def _mail_tail(item: ParsedItem, mailed: bool) -> None:
    """Under a mailed item's story, what the mail adds goes as furniture: the closing ("Kind regards," and the
    sender's lines), the signature after its "--" delimiter, and the mail program's own lines ("Sent from my
    iPhone"). Only in an item that came by mail (its headers or a cover note above it): a letter to the editor
    printed as copy ends "Yours sincerely," too."""
    blocks = item.blocks
    for index, block in enumerate(blocks):
        if block.furniture or block.kind != PARAGRAPH:
            continue
        if MAIL_PROGRAM_LINE.match(block.text):
            block.furniture = "furniture:mail-program"
    if not mailed:
        return
    content = [i for i, block in enumerate(blocks) if not block.furniture and block.kind == PARAGRAPH]
    while content and _is_mail_warning(blocks[content[-1]].text):
        # the mail's own legal notice closing it, in any language: a tag, then the mail speaking of itself
        # ("PAUNAWA: Ang e-mail na ito at anumang kalakip nito ay para lamang sa taong pinadalhan ...")
        blocks[content.pop()].furniture = "furniture:mail-disclaimer"
    for position, index in enumerate(content):
        text = blocks[index].text
        if SIGNATURE_DELIMITER.match(text) and len(content) - position <= 8:
            for later in content[position:]:
                blocks[later].furniture = "furniture:mail-signature"
            break
        if LETTER_SIGN_OFF.match(text) and len(content) - position <= 5 and all(
                _signs_a_note(blocks[later].text) or SIGNATURE_DELIMITER.match(blocks[later].text)
                for later in content[position + 1:position + 3]):
            blocks[index].furniture = "furniture:cover-note"
            for later in content[position + 1:position + 3]:
                if _signs_a_note(blocks[later].text):
                    blocks[later].furniture = "furniture:cover-note"
                else:
                    break


def _take_signed_byline(item: ParsedItem) -> None:
    """A byline given by label under the story ("autor: Tomasz Wróbel", "Texto: Ana Lima"), where no header gave one.

    Only after the story's last long paragraph (what follows is sign-off initials and page furniture), and only a
    label the header vocabulary reads as the byline's, with a person's name (or people joined) after it:
    "Fuente: Ministerio de Salud" or "Editor: ..." are not bylines.
    """
    if item.byline:
        return
    paragraphs = [i for i, block in enumerate(item.blocks) if block.kind == PARAGRAPH and not block.furniture]
    last_story = max((i for i in paragraphs if len(item.blocks[i].text.split()) >= 25
                      and not is_platform_note(item.blocks[i].text)), default=-1)  # a long rights notice is no copy
    for index in [i for i in paragraphs if i > last_story][:8]:
        text = item.blocks[index].text
        labelled = LABELLED_LINE.match(text)
        if labelled:
            label = " ".join(labelled.group("label").split()).casefold()
            value = labelled.group("value").strip()
            named = re.split(r"\s*[,(|]\s*", value)[0]  # (her post after a comma: "Rūta Jankauskienė, ... vadovė")
            if HEADER_LABELS.get(label) == "byline" and (_looks_like_name(named) or _are_joined_people(named)):
                item.byline = text  # with its label, which the byline's reading takes off once ("Pewarta: Ni Komang ...")
                # one labelled line of a sign-off block ("Pewarta: Ni Komang Ayu Lestari" / "Editor: Budi Santoso")
                # stays in the body as the wire sent it; a lone label's line was only the byline's
                neighbours = [item.blocks[i].text for i in (index - 1, index + 1) if 0 <= i < len(item.blocks)
                              and item.blocks[i].kind == PARAGRAPH and not item.blocks[i].furniture]
                if not any(LABELLED_LINE.match(text) and len(text.split()) <= 8 for text in neighbours):
                    del item.blocks[index]
                return
        signed = _SIGN_OFF_AUTHOR.search(text)
        if signed and HEADER_LABELS.get(signed.group("label").casefold()) == "byline" and _looks_like_name(signed.group("name")):
            # "AGERPRES/(A - autor: Mihaela Ionescu, editor: Andrei Pop)": the agency's sign-off names its writer; the
            # sign-off stays in the body as the wire sent it
            item.byline = signed.group("name")
            return
        tagged = _FOOT_BYLINE.match(text)
        if (tagged and agency_name(tagged.group("agency")) and _looks_like_name(tagged.group("name"))
                and _ends_the_copy(item.blocks, index)):
            # "Văn Dũng (TTXVN)", "Magdalena Wrzos (PAP)": the writer and the agency on the copy's last line
            item.byline = text
            del item.blocks[index]
            return


# A labelled writer inside a closing sign-off: "AGERPRES/(A - autor: Mihaela Ionescu, editor: Andrei Pop)".
_SIGN_OFF_AUTHOR = re.compile(r"[(,;]\s*(?:[A-Z]{1,3}\s*-\s*)?(?P<label>[^\W\d_]{3,12})\s*:\s*(?P<name>[^,;()]{3,60}?)\s*(?=[,;)])")
# The writer's name with the agency in brackets, alone on the copy's last line: "Văn Dũng (TTXVN)".
_FOOT_BYLINE = re.compile(r"^(?P<name>[^\W\d_][^()\d]{2,50}?)\s*\((?P<agency>[^()]{2,30})\)$")


def _ends_the_copy(blocks: list[Block], index: int) -> bool:
    """Nothing after the line but notices and furniture: no more copy of more than a few words."""
    return all(b.furniture or b.kind != PARAGRAPH or is_platform_note(b.text) for b in blocks[index + 1:])


def _leading_furniture(units: list[str]) -> tuple[list[Block], str, list[str]]:
    """A cookie, login or share notice pasted above the headline is not the headline: it is handed
    to the cleaner as furniture, which removes it with a record (the shipped library tells it). Returns that
    furniture, the site's name found over its menu ("" if none) and the lines left."""
    blocks: list[Block] = []
    site: list[str] = []  # the site's name above its menu ("The Lakeland Observer"): the publisher
    while len(units) > 1 and len(blocks) < _MAX_LEADING_FURNITURE:
        menu = _menu_run(units)
        # Right under the skip link stands the site's logo, its name, even one as short as a menu label ("Agência
        # Brasil" over "Acessibilidade" / "Buscar" / "Menu" ...)
        after_skip_link = bool(blocks) and blocks[-1].furniture == "furniture:skip-link"
        if (not menu or after_skip_link and units[0].casefold() not in MENU_BUTTONS) and not site \
                and (_menu_run(units, 1) or _is_nav_row(units[1])) and _is_site_name(units[0]):
            site, units = [units[0]], units[1:]
            continue
        if not menu and not site and len(units) > 3 and _is_site_name(units[0]) and _is_tagline(units[1]) \
                and (_menu_run(units, 2) or _is_nav_row(units[2])):
            # "The Galtee Sentinel" / "Tipperary's Independent Voice" / "Search" / "Subscribe" ...: the outlet's
            # name and its tagline over its menu; the tagline is the masthead's, never the headline
            site = [units[0]]
            blocks.append(Block(kind=PARAGRAPH, text=units[1], furniture="furniture:masthead-tagline"))
            units = units[2:]
            continue
        if menu:  # "News" / "Sport" / "Farming" / "Subscribe" / "Sign in": the page's menu, one label a line
            blocks += [Block(kind=PARAGRAPH, text=label, furniture="furniture:navigation") for label in units[:menu]]
            units = units[menu:]
            continue
        # A headline may speak to the reader too ("Nu kan du ha id-kortet i mobilen – så fungerar appen"):
        # an unended line with the byline right under it is the headline, not a prompt.
        headline_over_byline = not _SENTENCE_END.search(units[0]) and is_byline_line(units[1])
        # Under a notice already begun, a button's name quoted in it ("Klikając „Przejdź do serwisu”") is no quotation.
        line = _QUOTED_LABEL.sub("", units[0]) if blocks else units[0]
        rule = "furniture:addressed-to-reader" if (addresses_reader(line) and not headline_over_byline
                                                   and not _is_packed_header(units[0])) else None
        if rule is None and blocks and _is_button_row(units[0]):
            rule = "furniture:banner-buttons"  # "Accept all | Manage preferences" under a consent notice
        if rule is None and _is_breadcrumb(units[0]):
            rule = "furniture:breadcrumb"  # "Home › Obituaries › Sorensen, Margaret Ellen"
        if rule is None and (VIEW_ONLINE_LINK.match(units[0]) or not blocks and _ends_with_an_address(units[0])
                             and _RULE_LINE.match(units[1])):
            # "Voir la version en ligne" over a newsletter's first story; a first line closing on an address over the
            # masthead's rule ("Can't read this properly? Read it online: https://...")
            rule = "furniture:view-online"
        if rule is None and _EMAIL_HEADER.match(units[0]):
            rule = "furniture:email-header"  # "From: The Tidewater Ledger <briefing@...>", "Subject: ..."
        if rule is None and blocks and blocks[-1].furniture == "furniture:email-header" and _is_mail_warning(units[0]):
            rule = "furniture:mail-warning"  # "[External email] Use caution when opening attachments or clicking links."
        if rule is None and blocks and links_to_sender(units[0], sender_domain(
                [block.text for block in blocks if block.furniture == "furniture:email-header"])):
            rule = "furniture:sender-link"  # "இந்த மடல் சரியாகத் தெரியவில்லையா? உலாவியில் படிக்க: https://<sender>/..."
        if rule is None:
            note = _cover_note(units, after_mail_header=bool(blocks) and blocks[-1].furniture == "furniture:email-header")
            if note:  # "Dear Editor, / Kindly find below a press release ... / Best, / Tolu" above the release
                blocks += [Block(kind=PARAGRAPH, text=line, furniture="furniture:cover-note") for line in units[:note]]
                units = units[note:]
                continue
        if rule is None and units.count(units[0]) >= 2 and 2 <= len(units[0].split()) <= 12 \
                and not _CLOSES_SENTENCE.search(units[0]) and not DOCUMENT_TYPE_LABELS.match(units[1]):
            # (the sender over "News release" is its letterhead, named again in its contact block: no running header)
            rule = "furniture:running-header"  # a pasted document's header, repeated on each of its pages
        if rule is None and _BARE_URL.match(units[0]):
            rule = "furniture:share-link"  # "https://apple.news/AqT5yXfQkS9ePq3mN1wZ8rg" pasted above a shared story
        if rule is None and _INLINE_IMAGE.match(units[0]):
            rule = "furniture:inline-image"  # "[cid:image001.png@01DC4211.8A3F2B10]": the mail's logo, as pasted
        if rule is None and _is_language_version(units[0]):
            rule = "furniture:language-version"  # "Version française : Cette page est aussi disponible en français"
        if rule is None and _SKIP_LINK.match(units[0]):
            rule = "furniture:skip-link"  # "Skip to main content" above a page's navigation
        if rule is None and _is_nav_row(units[0]):
            rule = "furniture:navigation"  # "News | Sport | Business | Opinion" pasted with the page
        if rule is None and blocks and blocks[-1].furniture == "furniture:cover-note" and SIGNATURE_DELIMITER.match(units[0]):
            # the sender's signature under the note: "--", the name, the post and firm, the phone; a letterhead in
            # capitals, a rule's end or the document's label is the release's own and stops it
            taken = 1
            while taken < min(len(units) - 1, 6) and _is_signature_line(units[taken]):
                taken += 1
            if taken < len(units) - 1 and _RULE_LINE.match(units[taken]):
                taken += 1  # the rule the sender drew under it, over the release
            blocks += [Block(kind=PARAGRAPH, text=line, furniture="furniture:mail-signature") for line in units[:taken]]
            units = units[taken:]
            continue
        if rule is None and _over_an_anchored_header(units):
            rule = "furniture:above-header"  # a meter's or an alert's sentence pasted above the section labels
        if rule is None:
            break
        blocks.append(Block(kind=PARAGRAPH, text=units[0], furniture=rule))
        units = units[1:]
    return blocks, site[0] if site else "", units


# What a mail program leaves of a picture set in the message when it is pasted as text: Outlook's content id, Gmail's
# "[image: Municipality logo]", Apple Mail's "<image001.png>".
_INLINE_IMAGE = re.compile(r"^\s*(?:\[cid:[^\]\s]+\]|\[image:[^\]]{0,80}\]|<image\d{3}\.(?:png|jpe?g|gif)>)\s*$", re.IGNORECASE)
# A short label in quotation marks: how a consent notice names its own buttons ("By clicking “Accept all”").
_QUOTED_LABEL = re.compile(r"[„“\"«]\s*[^„“”\"«»]{1,30}?\s*[”“\"»]")
_MAX_LEADING_FURNITURE = 24  # a menu pasted one label a line counts each label


def _is_signature_line(line: str) -> bool:
    """A line of a mail signature: a name, a post and firm ("Account Director | Blue Delta PR"), a phone or an
    address ("M: +356 9912 3401"); never a line in capitals (a letterhead), a sentence or a document's label."""
    letterhead = line.isupper() and sum(ch.isalpha() for ch in line) >= 4  # ("M: +356 ..." holds one capital only)
    if letterhead or _CLOSES_SENTENCE.search(line) or DOCUMENT_TYPE_LABELS.match(line) or len(line.split()) > 8:
        return False
    return _looks_like_name(line) or "|" in line or "@" in line or sum(ch.isdigit() for ch in line) >= 6


def _over_an_anchored_header(units: list[str]) -> bool:
    """A sentence standing above a whole header that its byline anchors: the section labels, the headline, perhaps a
    standfirst, then "By ..." ("You have 1 free article remaining this month. ..." / "SPORTS" / "HIGH SCHOOL" /
    headline / standfirst / "By Tom Okafor-Reyes"). Copy does not open above its own headline and byline, so the
    sentence is the page's, whatever language it speaks; the cleaner records its removal."""
    if not _CLOSES_SENTENCE.search(units[0]) or len(units[0].split()) > 40 or is_byline_line(units[0]):
        return False
    for byline_at in range(2, min(len(units), 7)):
        if not is_byline_line(units[byline_at]):
            continue
        for headline_at in (byline_at - 1, byline_at - 2):
            standfirst = units[headline_at + 1:byline_at]
            # (a lone sentence right over the headline may be a headline with a full stop: two sentences, or labels
            # between, say it is not)
            over_labels = headline_at >= 2 or headline_at == 1 and _has_sentence_break(units[0])
            if (over_labels and _looks_like_title(units[headline_at]) and all(_is_kicker(u) for u in units[1:headline_at])
                    and all(_looks_like_summary(u) or _CLOSES_SENTENCE.search(u) for u in standfirst)):
                return True
        return False
    return False


def _is_menu_label(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 2 and not any(c.isdigit() for c in line) and not _CLOSES_SENTENCE.search(line) \
        and not line.rstrip().endswith(("?", "!")) and parse_dateline(line) is None


def _menu_run(units: list[str], start: int = 0) -> int:
    """How many lines from `start` are a menu pasted one label a line: three or more one- or two-word labels (a
    headline is longer; a kicker stands alone over it)."""
    end = start
    while end < len(units) - 1 and _is_menu_label(units[end]):
        end += 1
    return end - start if end - start >= 3 else 0


def _is_site_name(line: str) -> bool:
    """A short line of capitalised words (an outlet's small words aside), no sentence and no figure: how an outlet's
    name looks, over its menu or above a headline ("The Lakeland Observer", "L'Écho des Cimes")."""
    words = line.split()
    if _SKIP_LINK.match(line):
        return False  # the link above the logo
    # a script without capitals ("المكتب الإعلامي لحكومة دبي") shows no case: any of its words may name the outlet
    return 0 < len(words) <= 5 and not _CLOSES_SENTENCE.search(line) and not any(c.isdigit() for c in line) and all(
        w[:1].isupper() or w.lower() in _PARTICLES or w.lower() in _OUTLET_NAME_JOINERS
        or w[:2].lower() in {"l'", "l’", "d'", "d’"} or _uncased(w[:1]) for w in words)


def _uncased(letter: str) -> bool:
    """A letter of a script without capitals (Arabic, Hebrew, Devanagari, CJK)."""
    return letter.isalpha() and not letter.isupper() and not letter.islower()


def _is_tagline(line: str) -> bool:
    """An outlet's tagline under its name: a short phrase, no sentence, no figure ("Tipperary's Independent Voice",
    "Nonprofit news for Gainesville and Hall County"). Only read between a site's name and its menu."""
    words = line.split()
    return 2 <= len(words) <= 10 and not _CLOSES_SENTENCE.search(line) and not any(c.isdigit() for c in line) \
        and not line.rstrip().endswith(("?", "!", ":"))


def _is_letterhead_line(line: str) -> bool:
    """A line of an organisation's letterhead: its name or its office in capitalised words (small words aside), no
    figure, no sentence ("Deccan Institute of Science and Technology", "Office of Communications and Media Relations")."""
    words = line.split()
    return 0 < len(words) <= 8 and not _CLOSES_SENTENCE.search(line) and not any(c.isdigit() for c in line) and all(
        w[:1].isupper() or w.lower() in _PARTICLES or w.lower() in _OUTLET_NAME_JOINERS or w.lower() in ("of", "and", "for", "&")
        for w in words)


def _is_office_line(line: str, *, under: str) -> bool:
    """The office under a letterhead's name: in capitalised words like the name, or, under a name set in capitals, a
    short line as its language writes an office ("MINISTERUL AGRICULTURII ȘI DEZVOLTĂRII RURALE" / "Biroul de
    presă", "Pressestelle", "Gabinete de prensa"): no figure, no sentence."""
    if _is_letterhead_line(line):
        return True
    words = line.split()
    return under.isupper() and 0 < len(words) <= 4 and line[:1].isupper() and not line.isupper() \
        and not _CLOSES_SENTENCE.search(line) and not any(c.isdigit() for c in line)


def _is_nav_row(line: str) -> bool:
    """A site's menu pasted as one line: three or more one- or two-word labels joined by pipes or dots, no digits,
    no sentence ("Zprávy | Brno | Kraj | Sport")."""
    slots = [slot.strip() for slot in re.split(r"\s[|·•]\s", line) if slot.strip()]
    if len(slots) < 3:  # "Home  News  Sport  What's On  Property  Jobs": the labels kept apart by runs of spaces
        slots = [slot.strip() for slot in re.split(r"\s{2,}|\t", line) if slot.strip()]
        slots = slots if len(slots) >= 4 and all(slot[:1].isupper() for slot in slots) else []
    # "AGERPRES | Știri interne | Regional": led by the agency, the feed's own line (read with the header), no menu
    return len(slots) >= 3 and all(0 < len(slot.split()) <= 2 for slot in slots) and not any(c.isdigit() for c in line) \
        and not agency_name(slots[0])


# The header lines of an e-mail pasted whole: who sent it, to whom, when, and its subject (not the headline).
_EMAIL_HEADER = re.compile(
    r"^(?:" + "|".join(map(re.escape, MAIL_HEADER_LABELS)) + r")(?:\s?:\s+|\s?：\s*)\S"  # French sets a space before the colon: "De : ..."
    # the transport's own header fields, when a mail is pasted with all its headers ("Message-ID: <...>",
    # "MIME-Version: 1.0", "Content-Type: text/plain", "List-Id: <...>", "X-Mailer: ...")
    r"|^(?:message-id|mime-version|content-type|content-transfer-encoding|content-language|return-path|received|"
    r"delivered-to|in-reply-to|references|list-id|list-unsubscribe(?:-post)?|list-post|precedence|importance|"
    r"thread-topic|thread-index|dkim-signature|authentication-results|user-agent|x-[a-z0-9-]+)\s?:\s*\S"
    # the line a mail program sets above a forwarded message
    r"|^-{3,}\s*(?:forwarded message|original message|mensaje reenviado|mensaje original|message transféré|"
    r"weitergeleitete nachricht|messaggio inoltrato|mensagem encaminhada|doorgestuurd bericht|vidarebefordrat meddelande|"
    r"videresendt melding|przekazana wiadomość|iletilen ileti|pesan yang diteruskan)\s*-{3,}$",
    re.IGNORECASE)
# A web address alone on a line: a share sheet's link, never a headline.
_BARE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
# The link a page sets first for keyboard and screen-reader users: "Skip to main content", "Přeskočit na obsah".
_SKIP_LINK = re.compile(
    r"^(?:skip to (?:main )?content|skip to (?:the )?main|jump to content|přeskočit na obsah|zum inhalt springen|"
    r"direkt zum inhalt|aller au contenu|passer au contenu|saltar al contenido|ir al contenido|vai al contenuto|"
    r"salta al contenuto|pular para o conteúdo|ir para o conteúdo|naar inhoud|spring naar inhoud|hoppa till innehåll|"
    r"gå til innhold|hopp til innhold|siirry sisältöön|przejdź do treści|ana içeriğe geç|lewati ke konten|"
    r"sari la conținut|ugrás a tartalomhoz|preskočiť na obsah|langsung ke konten|içeriğe atla|chuyển đến nội dung|"
    r"перейти к содержанию|перейти к основному содержанию|перейти до вмісту|перейти до основного вмісту|"
    r"μετάβαση στο περιεχόμενο|דלג לתוכן|تخطي إلى المحتوى|تخطى إلى المحتوى|انتقل إلى المحتوى|"
    r"मुख्य सामग्री पर जाएं|본문 바로가기|本文へスキップ|メインコンテンツへスキップ|跳到主要內容|跳至主要内容|跳到主要内容)"
    # the content's adjective after it: "Pular para o conteúdo principal", "تخطي إلى المحتوى الرئيسي"
    r"(?:\s+(?:principal|principale|main|principais|الرئيسي|הראשי|principali))?\W*$",
    re.IGNORECASE)
_BREADCRUMB_SEPARATOR = re.compile(r"\s+[›»>]\s+")


def _is_breadcrumb(line: str) -> bool:
    """ "Home › Viaggi › Notizie", "Startseite » Wirtschaft", "Home / India / Maharashtra": a site's path, short
    labels joined by arrows, or by slashes when it starts from the site's home."""
    parts = _BREADCRUMB_SEPARATOR.split(line.strip())
    if len(parts) < 2:
        parts = [p.strip() for p in line.strip().split(" / ")]
        if len(parts) < 2 or parts[0].casefold() not in _HOME_WORDS:
            return False
    return all(0 < len(p.split()) <= 5 for p in parts)


# The first step of a site's path: "Home", "Startseite", "Inicio", "Accueil", "Etusivu", "Strona główna" ...
_HOME_WORDS = frozenset({
    "home", "startseite", "inicio", "accueil", "início", "inicial", "etusivu", "forside", "hem", "strona główna",
    "úvod", "anasayfa", "beranda", "acasă", "kezdőlap", "naslovna", "domov", "avaleht", "sākums", "pradžia",
    "начало", "αρχική", "trang chủ", "nyumbani", "tahanan", "home page", "homepage", "news",
})
# An agency's slug line above the copy: "BC-Ice-Storm-Outages, 1st Writethru", "BC-US--Winter Weather-Wyoming".
# AP's "BC-US--Wildfires,3rd Ld-Writethru"; AFP's keyword slug "Britain-weather-storm, 2nd lead" or "France-strike-rail".
_SLUG_LINE = re.compile(
    r"^BC-\S.{0,100}$|^(?:AP|BC)(?:-[A-Za-z]{1,6})*--\S.{0,100}$|^\S.{0,80}\b(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld-)?Writethru$"
    r"|^[A-Z][a-z]+(?:-[a-z]+){1,5}(?:,\s*(?i:(?:\d+(?:st|nd|rd|th)\s+)?(?:lead|update|wrap|writethru|urgent|advisory|factbox)))?$")


def _is_button_row(line: str) -> bool:
    """ "Accept All", "Reject all · Manage preferences": a notice's buttons, each opening with a call to action."""
    buttons = [b.strip() for b in re.split(r"\s*[|·•/]\s*", line) if b.strip()]
    def is_button(label: str) -> bool:
        words = [w.lower().strip(".,!") for w in label.split()]
        return len(words) <= 4 and (words[0] in CALL_TO_ACTION_VERBS or all(w in NOTICE_BUTTON_WORDS or w in CALL_TO_ACTION_VERBS for w in words))

    return bool(buttons) and all(is_button(b) for b in buttons)


# --- paragraphs -----------------------------------------------------------------


def _is_hard_wrapped(lines: list[str]) -> bool:
    """A hard-wrapped wire breaks sentences across lines near a fixed width.

    The signal is a long line that stops mid-sentence and runs on into the next
    line; a short title line without a full stop is not one. At least one
    run-on must carry on in lower case ("upheld a / congressional map"):
    a short item whose headline, subheadline and byline lines are all long
    and unpunctuated runs on only into capitals.
    """
    # (the mail's own header lines over the copy keep their length: "Subject: EMBARGOED 00:01 Friday ...")
    content = [line for line in lines if line.strip() and not _LIST_MARKER.match(line) and not _EMAIL_HEADER.match(line)]
    if len(content) < 3 or sum(1 for line in content if len(line) > 100) > min(2, len(content) // 20):
        return False  # a wrapped text's lines stay under its width; a headline or two may run past it
    run_ons = lower_run_ons = 0
    for line, following in zip(lines, lines[1:]):
        continues = following.strip() and not _LIST_MARKER.match(following)
        if continues and len(line.strip()) >= 45 and not _SENTENCE_END.search(line.rstrip()):
            run_ons += 1
            lower_run_ons += following.strip()[:1].islower()
    return run_ons >= 2 and lower_run_ons >= 1 and run_ons / len(content) >= 0.2


_EDITORS_NOTE_LINE = re.compile(r"^(?:eds|editors|ed\. note|editor's note)\s*:", re.IGNORECASE)
_PARAGRAPH_INDENT = re.compile(r"^ {2,5}(?=\S)|^\t(?=\S)")


def _holds_rights_mark(line: str) -> bool:
    return bool(COPYRIGHT_MARK.search(line)) or "copyright" in line.casefold()


def _notice_after_paragraph(current: list[str], line: str) -> bool:
    """A rights line set flush under the copy's last paragraph, which ended on a sentence: its own unit, not the
    paragraph's wrapped tail ("Riproduzione riservata (c) Copyright ATN - Agenzia Tirrena Notizie")."""
    return bool(current) and bool(_SENTENCE_END.search(current[-1].rstrip())) and _holds_rights_mark(line)


def _paragraph_units(text: str) -> list[str]:
    lines = [line.rstrip() if _trim(line) else "" for line in text.split("\n")]
    if not _is_hard_wrapped(lines):
        return [_trim(line) for line in lines if line]
    units: list[str] = []
    current: list[str] = []
    page_top = False  # under a printed page's running header, before its first block
    framing = True  # every line so far opens a pasted transmission ("ZCZC", its service line, its keyword)
    # A teleprinter take marks each paragraph by an indent alone, no blank line between ("   ROMA, 12 GIU - ..."):
    # an indented line opens a paragraph, and the lines above the first one (code, slug, headline, "Eds:" note,
    # byline, service) are the header's, a line each.
    indented = [index for index, line in enumerate(lines) if _PARAGRAPH_INDENT.match(line)]
    indent_marked = len(indented) >= 3 and all(index and lines[index - 1].strip() for index in indented[1:])
    in_header = indent_marked
    # The width the copy is wrapped at, as the lines that run on into the next reach it (a page's running header
    # padded to its page number, or the mail's own header lines over the copy, keep their own length).
    run_on = sorted(len(line) for line, following in zip(lines, lines[1:])
                    if following and len(line) <= 100 and not _EMAIL_HEADER.match(line))
    width = run_on[len(run_on) * 3 // 4] if run_on else 72
    wrapped_yet = False  # a paragraph wrapped at the width has been read: the copy has begun

    def flush():
        nonlocal page_top, wrapped_yet
        if current:
            wrapped_yet = wrapped_yet or len(current) > 1 and not _EMAIL_HEADER.match(current[0]) and any(
                len(part) >= 0.8 * width for part in current)
            if page_top and _is_set_header_block(current):
                units.extend(_trim(part) for part in current)
            else:
                units.append(" ".join(_trim(part) for part in current))
            current.clear()
            page_top = False

    for line in lines:
        opens = framing and bool(line.strip()) and _opens_a_transmission(line)
        framing = framing and (opens or not line.strip())  # past the first line that opens none, never again
        in_header = in_header and not _PARAGRAPH_INDENT.match(line)
        if not line.strip():
            flush()
        elif in_header or indent_marked and (_PARAGRAPH_INDENT.match(line) or _notice_after_paragraph(current, line)):
            flush()
            if in_header and units and _EDITORS_NOTE_LINE.match(units[-1]) and not is_byline_line(line.strip()):
                units[-1] = f"{units[-1]} {line.strip()}"  # the desk's note run on: "Eds: UPDATES ..." / "Moves on ..."
                continue
            quad_marked = _QUAD_MARKED.match(line.strip()) if in_header else None
            current.append(quad_marked.group("text") if quad_marked else line)
            if in_header:
                flush()
        elif not current and (not units and _page_header(line) or len(units) == 1 and _page_header(units[0])
                              and _is_page_section_line(line)):
            units.append(_trim(line))  # a printed page's header and its section line: lines of their own
            page_top = True
        elif opens or line.strip() in _FRAME_LINES or SIGNATURE_DELIMITER.match(line) or _RULE_LINE.match(line) \
                or line.strip().isupper() and len(line.split()) <= 4 and not current:
            # (and a short line in capitals opening a block: a masthead's or a kicker's, "TEISĖS PULSAS", never run on)
            # a pasted transmission's frame and service lines over its headline, a signature's "--" and a rule:
            # lines of their own
            flush()
            units.append(_trim(line).strip())
        elif _EMAIL_HEADER.match(line) and (not current or _EMAIL_HEADER.match(current[0])):
            flush()  # a mail's header fields over a wrapped copy: a line each ("From: ..." / "Subject: ...")
            units.append(_trim(line))
        elif _is_own_line_byline(line.strip()):  # "By Alex Lawler" right under the headline, no blank line between
            flush()
            current.append(line)
            flush()
        elif current and not wrapped_yet and _opens_with_story_label(line):
            flush()  # "HEAD: ..." / "STANDFIRST: ...": each labelled field of the header opens its own line
            current.append(line)
        elif _LIST_MARKER.match(line) or line.startswith(("    ", "\t")) \
                or current and not wrapped_yet and not page_top and _set_break(current[-1], line, width):
            flush()
            current.append(line)
        else:
            current.append(line)
    flush()
    return units


def _opens_with_story_label(line: str) -> bool:
    """A line opening with a header label that names one of the story's fields ("STANDFIRST: ...", "Title: ...")."""
    labelled = LABELLED_LINE.match(line.strip())
    return bool(labelled) and header_label_field(labelled.group("label")) in _STORY_FIELDS


_STORY_FIELDS = frozenset({"headline", "subheadline", "byline", "summary", "dateline", "publisher", "edition"})


def _set_break(line: str, following: str, width: int) -> bool:
    """A line that stops well short of the text's width though the next line's first word would fit on it was
    ended by its writer, not wrapped: a release's header lines ("10.2.2026 klo 9.15" / "Vapaa julkaistavaksi
    heti" / "Julkaisija: ...") set one under another with no blank line between are lines of their own."""
    return len(line.rstrip()) + 1 + len(following.split()[0]) < 0.6 * width


def _is_set_header_block(lines: list[str]) -> bool:
    """The first block under a printed page's header holds its kicker, headline, standfirst and byline a line each,
    with no blank line between: a sentence ends inside it, or a name in capitals closes it ("FLEURUS" / "Piscine
    communale : la réouverture" / "repoussée au printemps 2027" / "Le désamiantage ... supplémentaires." /
    "THIERRY VANDENBROUCKE"). A standfirst wrapped over two lines is one paragraph. (The header's reading joins a
    headline's lines again.)"""
    return len(lines) >= 3 and (any(_SENTENCE_END.search(line.strip()) for line in lines[:-1])
                                or lines[-1].strip().isupper())


def _unmark_header_lines(units: list[str]) -> list[str]:
    """Markdown a platform left on the lines above the story ("# Headline", "**By Jane Doe**") is markup, not copy.

    Only whole-line markers, and only up to the first line that reads as a
    paragraph of copy: the story's own text is never touched.
    """
    out = list(units)
    for index, unit in enumerate(out):
        if len(unit.split()) > 30 or _SENTENCE_END.search(unit) and not unit.endswith(("**", "__")):
            break
        match = _MARKDOWN_LINE.match(unit)
        text = match and (match.group("wrapped") or (match.group("plain") if match.group("heading") else ""))
        if text and text.strip():
            out[index] = text.strip()
    return out


def _content_guid(units: list[str]) -> str:
    """Plain text has no id: the same copy resent must map to the same story."""
    digest = hashlib.sha256("\n".join(" ".join(unit.split()) for unit in units).encode()).hexdigest()
    return f"urn:sha256:{digest[:40]}"


# --- header -----------------------------------------------------------------------


def _unlisted_document_label(units: list[str]) -> bool:
    """A release's label no list holds, by its place: a short line in capitals over a title in mixed case, and under
    them (and a second title) the copy opening on a dateline with its date ("ŨHORO WA GŨTANGAZWO O RĨU" / "Aũrĩmi a
    macani 12,000 a Nyeri nĩ makaheo bonasi ..." / "NYERI, 14 Mweri wa Ikũmi na Ũmwe 2025 – ...", Kikuyu's "for
    immediate release"). A headline in capitals has its deck under it, but a dated dateline's copy under a deck in
    mixed case of its own words makes a document's label of the line above. Three words or fewer in capitals are a
    kicker (`_is_kicker`: "ESPAÑA CINE", "WEATHER ALERT")."""
    label, title = units[0], units[1]
    words = label.split()
    if not (4 <= len(words) <= 6 and label.isupper() and not any(ch.isdigit() for ch in label)
            and not _SENTENCE_END.search(label) and ":" not in label) or names_an_agency(label):
        return False  # (an agency's name in capitals over its service line is its masthead)
    if title.isupper() or not title[:1].isupper() or "|" in title:
        return False
    for opening in units[2:4]:
        dateline = parse_dateline(opening)
        if dateline and dateline.date:
            return True
    return False


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 20 and not _SENTENCE_END.search(line) and not _LIST_MARKER.match(line)


def _looks_like_name(part: str) -> bool:
    tokens = re.sub(r"^by\s+", "", part, flags=re.IGNORECASE).replace(",", " ").split()
    if _BYLINE.match(part):
        return True
    return 2 <= len(tokens) <= 8 and all(
        t.lower() in AND_WORDS
        or _NAME_TOKEN.match(t) and (t[0].isupper() or t in _PARTICLES or _ELIDED_PARTICLE.match(t))
        for t in tokens
    )


# A particle run into the name it stands before, as French, Italian and Acadian names write it: "d'Entremont",
# "dell'Acqua", "l'Heureux".
_ELIDED_PARTICLE = re.compile(r"^(?:d|l|dell|dall|degl)['’][^\W\d_]")


_OUTLET_WORDS = OUTLET_WORDS


# Between people: ", ", " and ", and the other languages' "and" ("och", "y", "und", "és").
_PEOPLE_JOINER = re.compile(r",?\s+(?:" + "|".join(sorted(AND_WORDS)) + r")\s+|,\s*")


def _without_desk_slot(part: str) -> str:
    """The people before a " | " slot naming their desk or post ("NKOSANA DUBE and THANDEKA MOYO-SIBANDA | Health
    Desk"); the line as it is otherwise."""
    people, bar, slot = part.rpartition(" | ")
    return people if bar and 0 < len(slot.split()) <= 3 and ROLE.search(slot) else part


def _are_joined_people(part: str) -> bool:
    """ "Kovács Eszter és Szabó Márton", "Amina Mwinyi na Baraka Kileo": two or more name-shaped people joined by an
    "and" of some language, under the headline. Two joined names are a byline even when no given name is known."""
    part = lower_caps_joiners(split_trailing_agency(_without_desk_slot(part))[0])  # "Erik Lindqvist och Sara Al-Khouri/TT"
    if _CLOSES_SENTENCE.search(part):
        return False
    if joined_by_an_unlisted_and(part) and not _PEOPLE_JOINER.search(part):
        return True  # two people joined by an "and" no list holds: "Qali Maxammad kee Faaxima Cabdalla" (Afar)
    if not _looks_like_name(part):
        return False
    people = [person.split() for person in _PEOPLE_JOINER.split(part) if person.strip()]
    return len(people) >= 2 and all(
        2 <= len(tokens) <= 4 and all(t[:1].isupper() or t.lower() in _PARTICLES for t in tokens)
        and not any(t.lower() in _OUTLET_WORDS or t.lower() in _TITLE_WORDS for t in tokens)
        for tokens in people
    )


def _is_known_person(part: str) -> bool:
    """ "Rosa Diaz", "Lucía Fernández and Tomás Ortega": name-shaped, opening with a known given name, no outlet word.

    Outlets look like names too ("Coastline Daily"); a given name up front is
    what tells a person apart when there is no "By" or initial to go on.
    """
    part = split_trailing_agency(part)[0]  # "Erik Lindqvist och Sara Al-Khouri/TT": the people
    if not _looks_like_name(part) or _BYLINE.match(part):
        return False
    people = [person.split() for person in _PEOPLE_JOINER.split(part.strip()) if person.strip()]
    return bool(people) and all(
        2 <= len([t for t in tokens if t.lower() not in _PARTICLES]) <= 4
        and not any(t.lower() in _OUTLET_WORDS or t.lower() in _TITLE_WORDS for t in tokens)
        and tokens[0].lower() not in _PARTICLES  # "De Gelderse Bode", "La Voz del Ebro": an article opens an outlet's name
        and _given_names().get_gender(tokens[0].strip(".")) != "unknown"
        for tokens in people
    )


# Words a Title Case headline has and a name does not: "Grace Under Pressure", "Hope For The Harbor".
_TITLE_WORDS = TITLE_WORDS

_PARTICLES = NAME_PARTICLES


def is_byline_line(line: str) -> bool:
    """ "By Jane Doe", or a byline in another language whose opening word must be followed by a name only."""
    line = PUBLISHED_STAMP.sub("", line, count=1)  # "Publicado em 18/03/2025 - 14:32 Por Ana Cristina Moura - ..."
    if len(line.split()) > 16:
        return False
    if _BYLINE.match(line):
        return True
    if _is_byline_with_meta(line):
        return True
    if STAFF_BYLINE.match(split_trailing_agency(line)[0]):
        return True  # "From staff reports", "Staff and wire reports", "La Rédaction, avec Belga"
    if SCRIPT_BYLINE_OPENING.match(line) and len(line.split()) <= 8 and not _CLOSES_SENTENCE.search(line):
        return True  # "מאת כתבי רויטרס", "作者：记者 周敏", "بقلم محمد علي": a by-label of a script without capitals
    foreign = _FOREIGN_BY.match(line)
    if foreign and line.lstrip().startswith("De "):
        foreign = None  # "De Gelderse Bode", "De Telegraaf": the Dutch article; Romanian signs "de Andreea Popescu"
    # "Von Anna Berger, dpa", "Av Sara Nyström/TT", "Par Julien MERCIER avec AFP": the name before a comma, slash or
    # agency joiner must be a name; the agency or role after it may be anything.
    if foreign and _looks_like_name(re.split(r"\s*[,/]\s*|\s+[·•|–—-]\s+", split_trailing_agency(foreign.group("name"))[0])[0]):
        return True
    labelled = LABELLED_LINE.match(line)  # "Autor: Marta Zielińska", "Szerző: Kovács Anna és Tóth Gábor"
    label = labelled and " ".join(labelled.group("label").split()).casefold()
    if label == "words" and _looks_like_name(re.split(r"\s*[,(]\s*", labelled.group("value"))[0]):
        return True  # "Words: Rhodri ap Gwilym (rhodri@...)": the writer, as magazines credit; "Words: 431" counts them
    if labelled and HEADER_LABELS.get(label) == "byline":
        # "Por: Mariana Téllez Ruiz | N+", "Penulis: Rina Kartika | Editor: Agus Salim": the name before the pipe
        value = labelled.group("value")
        first = re.split(r"\s*[,/(|]\s*|\s+[·•–—-]\s+", value)[0]
        # a post in lower case before the name ("Kirjoittaja: viestintäasiantuntija Jussi Lehtonen")
        words = first.split()
        post = next((count for count in (1, 2) if len(words) > count and all(w.islower() for w in words[:count])
                     and words[count][:1].isupper()), 0)
        first = " ".join(words[post:])
        # a name in a script without capitals ("रिपोर्ट: राकेश तिवारी"): a few words of letters, no figure, no sentence
        uncased = 1 <= len(first.split()) <= 4 and not any(ch.isdigit() or ch.isupper() or ch.islower() for ch in first) \
            and not _CLOSES_SENTENCE.search(first)
        return _looks_like_name(first) or uncased or bool(agency_name(value))
    return False


def _is_byline_slot(part: str) -> bool:
    """A header slot that is a byline without "By": "Jussi Korhonen / STT", "Camila Albuquerque - Repórter da
    Agência Brasil", "Anna Kowalczyk i Tomasz Wróbel (PAP)": a name, then an agency or a role."""
    name, _, rest = re.sub(r"\s*/\s*|\s+[-–—]\s+|\s*\(", ", ", part, count=1).partition(",")
    rest = rest.strip(" )")
    return bool(rest) and _looks_like_name(name.strip()) and (bool(agency_name(rest)) or looks_like_byline(f"{name.strip()}, {rest}"))


def _is_own_line_byline(line: str) -> bool:
    """A "By" line a hard-wrapped wire sets on its own: capital "By", then only a name (and an agency after a comma).

    Stricter than `is_byline_line`, since a wrapped sentence can open a line
    with "By contrast, ..." or "by lawmakers".
    """
    if not line.startswith(("By ", "BY ")) or len(line.split()) > 16:
        return False
    return _looks_like_name(line[3:].split(",")[0]) and not _SENTENCE_END.search(line)


def _same_words(a: str, b: str) -> bool:
    """The article's headline repeated under the header's, give or take case, spacing and punctuation."""
    words = lambda text: re.findall(r"\w+", text.casefold())  # noqa: E731
    return bool(a.strip()) and words(a) == words(b)


def _looks_like_summary(part: str) -> bool:
    return len(part.split()) >= 12 or _has_sentence_break(part)


_WORD_BEFORE_STOP = re.compile(r"(\w+)[.!?]\s+\S")
# Words a headline abbreviates with a period that ends no sentence: "Sen. Warren", "St. Louis", "No. 1".
_ABBREVIATIONS = ABBREVIATIONS


def _has_sentence_break(text: str) -> bool:
    """A full stop between sentences, not one inside "D.C.", "U.S." or after "Sen."."""
    for match in _WORD_BEFORE_STOP.finditer(text):
        word = match.group(1)
        if len(word) > 1 and not word.isupper() and word.lower() not in _ABBREVIATIONS:
            return True
    return False


def _take_boxed_masthead(units: list[str], item: ParsedItem) -> list[str]:
    """A newsletter's masthead set between two rules at the top ("=====" / "TEISĖS PULSAS" / "Savaitės teismų
    apžvalga | 2026 m. gruodžio 3 d. | Nr. 48" / "====="): the box is the masthead, its first line the outlet's name;
    neither is the headline. The lines under it."""
    if len(units) < 5 or not _RULE_LINE.match(units[0]):
        return units
    close = next((at for at in range(2, min(len(units) - 2, 6)) if _RULE_LINE.match(units[at])), 0)
    boxed = units[1:close]
    if not close or not all(len(line.split()) <= 12 and not _SENTENCE_END.search(line) for line in boxed):
        return units
    item.extra["masthead"] = boxed
    if not item.publisher and len(boxed[0].split()) <= 5:
        item.publisher = boxed[0]
    for line in boxed[1:]:  # the issue line's edition: "Friday Edition  ·  No. 412  ·  6 March 2026"
        edition = next((slot for slot in (piece.strip() for piece in re.split(r"\s[·•|]\s", line))
                        if _EDITION_WORD.search(slot) and len(slot.split()) <= 4), "")
        if edition and not item.edition:
            item.edition = edition
    return units[close + 1:]


def _take_header(units: list[str], item: ParsedItem) -> list[str]:
    units = _take_boxed_masthead(units, item)
    if len(units) > 1 and _BANNER.match(units[0]) and _looks_like_title(units[1]):
        item.extra["banner"] = units[0]  # "BREAKING NEWS" above the headline is a label, not the headline
        units = units[1:]
    for skip in range(0, 4):  # a portal's title and export lines may stand above the labelled lines
        labelled = _take_labelled_header(units[skip:], item)
        if labelled is not None:
            item.extra["preamble"] = units[:skip]
            above = units[skip - 1] if skip else ""
            if (not item.headline and above and _looks_like_title(above) and not _BREADCRUMB_SEPARATOR.search(above)
                    and len(_header_slots(above)) < 3 and not DOCUMENT_TYPE_LABELS.match(above)):
                # (not a service line, "OHA | POLİTİKA | 14.11.2026 13:42", nor a release's "Vapaa julkaistavaksi heti")
                item.headline = above  # the headline over "Source:", "Author:", "Dek:" lines
            if item.headline or item.byline:
                return labelled
            units = labelled  # the fields named no headline: it is the line under them, read as any header's
            break
    headline_at = _headline_anchored_by_byline(units) or _headline_anchored_by_dateline(units)
    if headline_at:
        units = _take_lines_above_headline(units[:headline_at], units[headline_at:], item)
    first_label = LABELLED_LINE.match(units[0])
    if first_label and HEADER_LABELS.get(" ".join(first_label.group("label").split()).casefold()) == "headline":
        units = [first_label.group("value").strip(), *units[1:]]  # "Titre : Sherbrooke adopte ..." over its "Par" line
    page = _page_header(units[0]) if len(units) > 2 and not item.publisher else None
    if page:
        units = _take_page_header(page, units, item)
    sent = units
    units = _header_metadata(units, item)
    if (len(sent) > 3 and len(units) < len(sent) and units[0] == sent[0] and units[1] == sent[2]
            and _is_lone_masthead(units[0], units[1])):
        # "THE HARBOUR BRIEF" / "Friday 13 March 2026 | Issue #412" / headline: the name over the issue's date line
        # is the outlet's masthead, not a section's kicker
        item.publisher, units = units[0], units[1:]
    masthead: list[str] = [page.outlet] if page else []  # a printed page's header is the masthead
    for _ in range(4):  # the labels above a headline come in any order: outlet, kicker, section, masthead line
        if len(units) > 2 and (DOCUMENT_TYPE_LABELS.match(units[0]) or _unlisted_document_label(units)) \
                and _looks_like_title(units[1]):
            item.extra["document_type"] = units[0]  # "NEWS RELEASE" over the headline: what the copy is, not its title
        elif (len(units) > 3 and not item.publisher and DOCUMENT_TYPE_LABELS.match(units[1]) and _is_site_name(units[0])
              and not agency_name(units[0])):
            item.publisher = units[0]  # "Lakehead Regional Police Service" / "NEWS RELEASE" / headline: the sender
        elif (len(units) > 4 and not item.publisher and DOCUMENT_TYPE_LABELS.match(units[2])
              and _is_letterhead_line(units[0].split(",")[0]) and _is_office_line(units[1], under=units[0])
              and not agency_name(units[0])):
            # a letterhead of two lines: the body, then its office ("BAY METRO POLICE SERVICE" / "Corporate
            # Communication Unit" / "MEDIA STATEMENT"); the body is the sender, without the town after its comma
            item.publisher = units[0].split(",")[0].strip()
            item.extra["letterhead"] = units[1]
            units = units[1:]
        elif not item.publisher and (letterhead := _letterhead_over_label(units)):
            # "KAROO BASIN WATER BOARD" / "Private Bag X1021, ... | Tel: ..." / "MEDIA STATEMENT": the sender, its
            # address and contact lines, then what the document is
            item.publisher, label_at = letterhead
            item.extra["letterhead"] = units[1:label_at]
            item.extra["document_type"] = units[label_at]
            units = units[label_at:]
        elif item.extra.get("document_type") and len(units) > 2 and _is_dated_line(units[0]) and _looks_like_title(units[1]):
            item.extra.setdefault("header", {}).setdefault("date", units[0])  # the release's date under its label
        elif len(units) > 2 and (place := _place_of_dated_line(units[0])) and (
                _looks_like_title(units[1]) or EMBARGO_LINE.match(units[1])):
            # "Lyon, le 3 mars 2026", "Berlin, den 3. März 2026" over the headline: where and when the release was
            # issued, as a letter dates itself
            item.extra.setdefault("header", {}).setdefault("date", units[0])
            item.dateline = item.dateline or place
        elif len(units) > 3 and not item.publisher and _masthead_slots(units[1]) and _is_lone_masthead(units[0], units[2]):
            item.publisher = units[0]  # "EL HERALDO DEL BAJÍO" / "Edición matutina | Miércoles 14 de mayo" / headline;
            # before the kicker: a name in capitals over a date or edition line is the outlet, not a section label
        elif (len(units) > 4 and not item.publisher and _is_kicker(units[1]) and _is_lone_masthead(units[0], units[2])
              and _byline_follows(units, 3)):
            item.publisher = units[0]  # "Cronica Ieșeană" / "Actualitate" / headline / "Redacția": the outlet's name
            # over its section's label, then the headline and its byline
        elif len(units) > 2 and _is_kicker(units[0]) and _looks_like_title(units[1]):
            item.extra["kicker"] = units[0]  # "WEATHER ALERT", "OPINION | COLUMN" above the headline: a label
        elif len(units) > 3 and not item.publisher and _is_lone_masthead(units[0], units[1]) and (
                _byline_follows(units, 2) or any(w.lower() in _OUTLET_WORDS for w in units[0].split())):
            item.publisher = units[0]  # "The Riverside Gazette" / headline / "From staff reports": the outlet's name on top
        elif (len(units) > 3 and (len(units[0].split()) == 1 or _TOPIC_LABEL.fullmatch(units[0]))
              and len(units[1].split()) >= 4 and _looks_like_title(units[1]) and is_byline_line(units[2])):
            # "Querétaro" or dpa's "Fußball: 2. Bundesliga" / headline / "Por ...", "Von ...": a section, place or topic
            # label over the headline
            item.extra["kicker"] = units[0]
        elif not item.publisher and len(units) > 2 and (named := _outlet_over_its_section(units[0])) \
                and _looks_like_title(units[1]):
            item.publisher, item.extra["kicker"] = named  # "THE OGUN CHRONICLE | Faith" over the headline
        elif len(units) > 2 and _is_contents_line(units[0]):
            item.extra["contents"] = units[0]  # "IN THIS ISSUE: Port pay deal | Camp roads update | ...": the issue's
        elif not masthead and len(units) > 1 and _looks_like_title(units[1]) and _masthead_slots(units[0]):
            masthead = _masthead_slots(units[0])
            _assign_packed_header(masthead, item, with_headline=False)  # "Valley Sentinel • Weekend Edition • Sat..."
        else:
            break
        units = units[1:]
    if not masthead and len(units) > 2 and _looks_like_title(units[0]) and not is_byline_line(units[1]):
        under = _masthead_slots(units[1])  # "KXNR Public Radio | By Marisol Ortega | Published ..." under the headline
        if under:
            _assign_packed_header(under, item, with_headline=False)
            units = [units[0], *units[2:]]
    if not units:
        return units  # every line was header metadata ("Fa-a" alone reads as a slug): no headline, no copy
    first = units[0]
    continued = first.endswith("/")  # "... / Morning Edition/" then the summary on the next line
    parts = _header_slots(first) if not masthead else [first]
    if len(parts) >= 4 and _is_kicker(parts[0]) and _looks_like_title(parts[1]):
        item.extra["kicker"] = parts.pop(0)  # "COURTS | Ex-treasurer gets 5 years ... | The Granite Valley Gazette | ..."
    slashed = " / " in first or "/ " in first
    # A long headline may open a header of four or more slots; a sentence break in it says it is copy after all.
    long_headline_header = slashed and len(parts) >= 4 and not _has_sentence_break(parts[0]) and len(parts[0].split()) <= 25
    if len(parts) >= 3 and (long_headline_header or not _opens_with_copy(parts[0], slash=slashed)):
        _assign_packed_header(parts, item)
        rest = units[1:]
        if continued and not item.summary and rest and _looks_like_summary(rest[0]) and not parse_dateline(rest[0]):
            item.summary = rest.pop(0)
        return rest
    if (_looks_like_title(first) or _looks_like_opening_headline(units)) and not is_byline_line(first):
        item.headline = first
        units = units[1:]
        if len(units) > 1 and not item.subheadline and _second_headline_between(first, units[0], units[1], item):
            item.subheadline = units.pop(0)  # a second headline between the headline and the byline or dateline
        if (len(units) > 1 and not item.summary and not is_byline_line(units[0])
                and _is_byline_under_standfirst(units[1])
                and (_looks_like_summary(units[0]) or _CLOSES_SENTENCE.search(units[0])) and not parse_dateline(units[0])):
            item.summary = _unlabelled_summary(units.pop(0))  # the standfirst between headline and byline: sentences
    if units and (is_byline_line(units[0]) or item.headline and is_unlisted_byline(units[0])):
        return units[_take_byline(units, 0, item):]
    return units


def _is_deck_line(unit: str) -> bool:
    """A single line in a second headline's form (the vocabulary's), of four words or more, and neither a byline, a
    dateline's opening, a labelled field, a date nor a row of slots."""
    return ("\n" not in unit and reads_as_a_second_headline(unit, fewest_words=4) and not is_byline_line(unit)
            and not is_unlisted_byline(unit) and parse_dateline(unit) is None and not LABELLED_LINE.match(unit)
            and not _is_dated_line(unit) and len(_header_slots(unit)) < 2 and not PHOTO_CREDIT_LABEL.match(unit)
            and not is_platform_note(unit) and not addresses_reader(unit) and not _is_known_person(unit)
            and not _are_joined_people(unit))


def _second_headline_between(headline: str, unit: str, following: str, item: ParsedItem) -> bool:
    """Whether the line between a headline of four words or more (not a slug or a masthead's name) and the copy's
    first line (`_opens_the_copy`) is its second headline."""
    return len(headline.split()) >= 4 and _is_deck_line(unit) and _opens_the_copy(following, item)


def _opens_the_copy(unit: str, item: ParsedItem) -> bool:
    """Whether the line is where the story's own lines begin: its byline, its lead under a dateline, or a paragraph of
    sentences (the lead, or a standfirst over it)."""
    return (is_byline_line(unit) or bool(item.headline and is_unlisted_byline(unit)) or parse_dateline(unit) is not None
            or len(unit.split()) >= 12 and bool(_CLOSES_SENTENCE.search(unit)))


_WORD_CLOSING_SENTENCE = re.compile(r"[^\W\d_]{3,}[.!?](?:\s|$)")  # ("Ma. Theresa", "P." are a name's)


def is_unlisted_byline(line: str) -> bool:
    """Right under the headline, a byline whose "by" no list holds, read by its shape: a label of its own with its
    colon, or a capitalised word and words in lower case, then only names, joined by an "and" in lower case
    ("Gabaasaa: Caalaa Tolasaa fi Meeron Gammachuu, Tajaajila Oduu Gadaa", "Sau los ntawm Maiv Xyooj thiab Tooj
    Vaj"). A label the header knows names another field ("Summary:"), and a photo's label its credit."""
    if len(line.split()) > 16 or _WORD_CLOSING_SENTENCE.search(line) or PHOTO_CREDIT_LABEL.match(line) \
            or MAIL_PROGRAM_LINE.match(line) or addresses_reader(line):
        return False  # (nor "Sent from Outlook for Android", nor a prompt to the reader)
    labelled = LABELLED_LINE.match(line)
    if labelled and " ".join(labelled.group("label").split()).casefold() in HEADER_LABELS:
        return False
    people = without_unlisted_by(line)
    if people == line:
        return False
    words = re.split(r"\s*[,/(|·•]\s*|\s+[–—-]\s+", people)[0].split()
    capitalised = [word for word in words if word[:1].isupper()]
    joiners = [word for word in words if not word[:1].isupper() and word not in _PARTICLES]
    return 2 <= len(capitalised) <= 8 and len(joiners) <= 1 \
        and all(len(word) <= 6 and word.isalpha() for word in joiners)


def _headline_anchored_by_dateline(units: list[str]) -> int:
    """Where the headline stands when a newsletter's furniture fills the lines over it and no byline the header reading
    knows anchors it: its masthead in capitals ("PLES TOK MEDIA", "LE TAUTAI – Tala o le Vaiaso"), the issue line,
    "view it on the web", rules and a section label. The copy's first paragraph opening with a dateline ("GOROKA —
    ...") anchors it instead: the headline is the title over it, or over the short line (its byline) over it. 0 when
    the first line is no masthead, no dated paragraph comes within twelve lines, or copy stands above it."""
    masthead = re.split(r"\s[–—·•|]\s", units[0])[0] if units else ""
    if not (masthead.isupper() and 1 <= len(masthead.split()) <= 4 and sum(c.isalpha() for c in masthead) >= 3):
        return 0
    for dated in range(2, min(len(units), 13)):
        if len(units[dated - 1].split()) > 30:
            return 0  # copy above: not a header's furniture
        if len(units[dated].split()) >= 12 and parse_dateline(units[dated]):
            break
    else:
        return 0
    furniture = units[1:max(dated - 2, 1)]
    if not any("://" in line or _RULE_LINE.match(line) for line in furniture) or DOCUMENT_TYPE_LABELS.match(units[0]):
        return 0  # (a newsletter's furniture: its web view's address or its rules; a release's label is no masthead)
    above = units[dated - 1]
    if dated >= 3 and len(above.split()) <= 8 and not _SENTENCE_END.search(above) \
            and _looks_like_title(units[dated - 2]) and len(units[dated - 2].split()) >= 4 and "://" not in units[dated - 2]:
        return dated - 2  # the title, then its byline ("Tusia e Lusia Faleolo"), then the dated copy
    if _looks_like_title(above) and len(above.split()) >= 4 and "://" not in above:
        return dated - 1
    return 0


def _is_masthead_over_its_date(units: list[str]) -> bool:
    """A page's masthead as a paste keeps it, its name and section in two slots, over the page's date line ("Toliş
    Sədo — Kənd və təsərrüfot" / "14.05.2025 | 09:15"): the headline stands lower. (Not a person's name over their
    post, a mail's signature: "Jess Whitford | Senior Account Manager".)"""
    slots = _NAME_SLOTS.split(units[0]) if len(units) > 2 else []
    return len(slots) == 2 and all(1 <= len(slot.split()) <= 4 for slot in slots) and not slots[0].isupper() \
        and not _is_known_person(slots[0]) \
        and not _EDITION_WORD.search(units[0]) and not _SENTENCE_END.search(units[0]) and _is_dated_line(units[1])


def _opens_dated_copy(units: list[str], at: int) -> bool:
    """The copy's first paragraph opening with a dateline ("LƏNKON – ..."): the line over it signs the story."""
    return at < len(units) and len(units[at].split()) >= 12 \
        and bool(parse_dateline(units[at]) or parse_place_opening(units[at]))  # ("गया, 12 अगस्त — ...": no capitals)


def _headline_anchored_by_byline(units: list[str]) -> int:
    """Where the headline stands when a byline anchors the header under lines the header reading does not know: a
    newsletter's masthead, its name and date, a "View in browser" line, section labels ("Harbor & Hill" / "View in
    browser" / "OPINION" / headline / standfirst / "By Desmond Achterberg-Lyle • 11 Mar 2026"). The headline is the
    title right over the byline, or over the standfirst's sentences over it; 0 when no byline anchors one, or when
    the lines above are only labels (the header reading takes those itself)."""
    # a newsletter's furniture on top (its masthead, its web view's address, then a rule): a byline whose "by" no
    # list holds anchors the headline under it too ("Ŋlɔla: Eyram Agbeko, ..." under "HO ƑE NUTOA ME TIATIA: ...")
    newsletter = any(_ends_with_an_address(unit) for unit in units[:3]) and any(_RULE_LINE.match(unit) for unit in units[1:6])
    if len(_header_slots(units[0])) >= 3 and not newsletter:
        return 0  # a packed header line: read as one
    first = units[0]
    # a page's masthead over its date: a byline whose "by" no list holds anchors the headline over the copy's dateline
    dated_page = _is_masthead_over_its_date(units)
    if not (_is_site_name(first) or _is_kicker(first) or _is_dated_line(first) or addresses_reader(first)
            or VIEW_ONLINE_LINK.match(first) or _is_masthead_with_subtitle(first) or newsletter
            or any(_is_toolbar_row(unit) for unit in units[1:3]) or dated_page):
        return 0  # the first line may be the headline itself: the header reading weighs it
    sentences = 0
    for byline_at in range(2, min(len(units), 10)):
        if parse_dateline(units[byline_at - 1]):
            return 0  # the copy has begun: a byline under it signs something else
        sentences += bool(_CLOSES_SENTENCE.search(units[byline_at - 1]))
        if sentences > 1:
            return 0  # a standfirst is one paragraph; two paragraphs of sentences are copy (a release's closing)
        if not (is_byline_line(units[byline_at]) or _are_joined_people(units[byline_at])
                or (newsletter or dated_page and _opens_dated_copy(units, byline_at + 1))
                and is_unlisted_byline(units[byline_at])):
            continue  # ("Ганна Лукашэвіч, Павел Шыла і Зміцер Бахар": people joined by "and" sign without a "By")
        above = units[byline_at - 1]
        if _looks_like_title(above) and not _is_kicker(above) and not _is_dated_line(above):
            headline_at = byline_at - 1
            # a title over a title: the headline and its second headline ("... dam at 9% as water trucks roll in" /
            # "Municipality rations supply to two hours a day in some suburbs")
            over = units[headline_at - 1]
            if (headline_at >= 2 and _looks_like_title(over) and len(over.split()) >= 4 and not _is_kicker(over)
                    and not _is_dated_line(over) and not _is_site_name(over) and not addresses_reader(over)
                    and not VIEW_ONLINE_LINK.match(over) and "://" not in over and not _is_toolbar_row(over)):
                headline_at -= 1  # (not a portal's row of buttons, "Maxxansi | Ergi | Kuusi", over the headline)
        elif _RULE_LINE.match(units[byline_at - 2]) and len(above.split()) <= 25:
            headline_at = byline_at - 1  # a newsletter's rule, then a headline of two short sentences, then its byline
        elif byline_at >= 3 and (_looks_like_summary(above) or _CLOSES_SENTENCE.search(above)) \
                and _looks_like_title(units[byline_at - 2]) and not _is_kicker(units[byline_at - 2]):
            headline_at = byline_at - 2
        else:
            return 0
        lines_above = units[:headline_at]
        # (one line over the headline, a masthead, a label or a date, the header reading takes itself)
        return headline_at if len(lines_above) >= 2 and any(not _is_kicker(line) for line in lines_above) else 0
    return 0


def _is_contents_line(line: str) -> bool:
    """A newsletter's contents over its stories: a label in capitals, its colon, then three titles or more between bars
    ("IN THIS ISSUE: Port pay deal | Camp roads update | Netball results | Classifieds"). A packed header's first slot
    is a headline, never a label in capitals with its colon."""
    label, colon, rest = line.partition(":")
    if not colon or not label.isupper() or not 1 <= len(label.split()) <= 4:
        return False
    slots = [slot.strip() for slot in rest.split(" | ")]
    return len(slots) >= 3 and all(1 <= len(slot.split()) <= 5 for slot in slots) and not _SENTENCE_END.search(line)


def _is_toolbar_row(line: str) -> bool:
    """A row of a page's or portal's buttons between bars, in any language ("Stampa | Scarica RTF | Manna pi e-mail |
    Torna a l'elencu"): three slots or more of one to four words, no figure, no sentence. A packed header's slots hold
    a date and a headline; the line over such a row is the page's own title, not the story's headline."""
    slots = [slot.strip() for slot in line.split(" | ")]
    return len(slots) >= 3 and all(1 <= len(slot.split()) <= 4 for slot in slots) \
        and not any(ch.isdigit() for ch in line) and not _SENTENCE_END.search(line)


def _ends_with_an_address(line: str) -> bool:
    """A line closing on a web address: a newsletter's "read it in your browser" in any language ("Ne agbalẽ sia
    medze nyuie o la, xlẽe le: https://kekeli.example/agbale/46"), never a headline."""
    words = line.split()
    return len(words) >= 2 and words[-1].startswith(("http://", "https://", "www."))


def _is_masthead_with_subtitle(line: str) -> bool:
    """An outlet's name in capitals, then after a middle dot what its mail is ("ЗЯЛЁНЫ ГАСЦІНЕЦ · штотыднёвая
    рассылка", "THE BREEZE · Morning Edition"): a masthead, never a headline. (A masthead with a bar, "THE PETRI DISH |
    A newsletter from ...", the header reading takes with its edition line itself.)"""
    slots = [slot.strip() for slot in re.split(r"\s[·•]\s", line) if slot.strip()]
    return len(slots) >= 2 and slots[0].isupper() and sum(ch.isalpha() for ch in slots[0]) >= 3 \
        and len(slots[0].split()) <= 4 and not _SENTENCE_END.search(line) and all(len(s.split()) <= 5 for s in slots)


def _take_lines_above_headline(above: list[str], units: list[str], item: ParsedItem) -> list[str]:
    """The lines over a headline its byline anchors, read for what they are: the outlet's name on top, the date, the
    section labels; the rest (the masthead's second line, a "View in browser" link) is the page's, kept out of the
    copy. Returns the header from its headline on."""
    headline = units[0]
    # the wire's own lines first (its codes, slug, service line, labelled fields), as over any headline
    read = _header_metadata([*above, headline], item)
    left = read[:-1] if read and read[-1] == headline else []
    for line in left:
        masthead = line == above[0] and not item.publisher and _is_lone_masthead(line, headline) \
            and not re.search(r"--|,|:", line) and not agency_name(line.split()[0])  # (a slug: "AP-US--BKN--...")
        if _is_dated_line(line):
            issue, date = _issue_and_date(line)  # "Saturday Edition | 15 March 2025": the edition and its date
            item.extra.setdefault("header", {}).setdefault("date", date)
            item.edition = item.edition or issue
        elif masthead and (len(above) > 1 or any(w.lower() in _OUTLET_WORDS for w in line.split())):
            item.publisher = line  # "Harbor & Hill" over "View in browser", "THE HARBOUR LEDGER": the outlet on top
        elif _is_kicker(line):
            item.extra["kicker"] = line
        elif _masthead_slots(line):
            _assign_packed_header(_masthead_slots(line), item, with_headline=False)  # "Afternoon Edition | Tuesday, ..."
        elif line == above[0] and not item.publisher and _is_masthead_over_its_date(above + [headline]):
            item.publisher, item.extra["kicker"] = (slot.strip() for slot in _NAME_SLOTS.split(line))  # name — section
    item.extra["preamble"] = above
    return units


# A photo's credit or caption label in Latin scripts ("Photo: Courtesy of ...", "Foto: ...", "Bild: ..."): the
# cleaner's library names and removes it; under the headline it is no subheadline.
_PHOTO_LINE = re.compile(r"(?i)^\W*(?:photo|photos|foto|fotos|fotó|image|picture|bild|zdjęcie|kuva|billede|bilde|"
                         r"photo credit|credit|crédit photo|fotografía)\s*[:|/]\s*\S")


def _unlabelled_summary(unit: str) -> str:
    """A standfirst as its value when a summary label opens it ("Dek: Commercial fishermen say ..."), or a label no
    list holds, of a few words, before its sentences ("Ntsiab lus luv: Txij lub Xya Hli los, ...")."""
    labelled = LABELLED_LINE.match(unit)
    label = " ".join(labelled.group("label").split()).casefold() if labelled else ""
    if labelled and (HEADER_LABELS.get(label) == "summary" or label not in HEADER_LABELS and len(label.split()) <= 3
                     and _CLOSES_SENTENCE.search(labelled.group("value"))):
        return labelled.group("value").strip()
    return unit


_BY_WORD = re.compile(r"(?i)^(?:by|" + "|".join(FOREIGN_BY_WORDS) + r")\s*:?\s+")  # "Por: Mariana Téllez Ruiz"


def _is_byline_under_standfirst(line: str) -> bool:
    """The line that tells a standfirst from a second headline above it: a byline, "By"/"Par"/"Por" and a name,
    or the name alone ("Marta Iglesias Couto")."""
    if (_is_own_line_byline(line) or _is_byline_with_meta(line) or _is_known_person(line) or _are_joined_people(line)
            or is_unlisted_byline(line)):
        return True
    first_slot = re.split(r"\s*[|,]\s*", line)[0]
    if STAFF_BYLINE.match(first_slot):
        return False  # "Redazione ANSA": a desk, which signs under a second headline as readily as under a standfirst
    return (bool(_BYLINE.match(line)) or is_byline_line(line)) and _looks_like_name(_BY_WORD.sub("", first_slot))


# The small words of an outlet's name: "The Voice of the Valley", "L'Écho des Cimes", "La Voz del Turia".
_OUTLET_NAME_JOINERS = frozenset({"of", "the", "and", "&", "des", "les", "el", "los", "las", "die", "das", "do", "dos", "du"})


def _outlet_over_its_section(line: str) -> tuple[str, str] | None:
    """A page's masthead as a paste keeps it: the outlet's name, a bar or a middle dot, its section's label ("THE OGUN
    CHRONICLE | Faith", "Harbour Ledger · Business"). The name holds an outlet's word; the section is a word or
    two, no figure. None otherwise."""
    parts = [part.strip() for part in re.split(r"\s+[|·•]\s+", line)]
    if len(parts) != 2 or not parts[1] or len(parts[1].split()) > 2 or any(c.isdigit() for c in line):
        return None
    name, section = parts
    if _masthead_slots(line):
        return None  # "The Seoul Courier | International Edition": the edition's slot, read as a masthead's
    if not _is_site_name(name) or not any(word.lower() in _OUTLET_WORDS for word in name.split()) or agency_name(name):
        return None
    return name, section


def _is_lone_masthead(line: str, next_line: str) -> bool:
    """An outlet's name alone above the headline: a few capitalised words (particles aside), no sentence, no
    figure, no agency, shorter than the headline under it. Only read where a byline line follows that headline.
    """
    words = line.split()
    if not _is_site_name(line):
        return False
    if len(words) == 1 and words[0].lower() not in _OUTLET_WORDS:
        return False  # "Querétaro" alone is as likely the city's section label as an outlet's name
    if agency_name(line) or parse_dateline(line) or is_byline_line(line) or _is_section_slot(line):
        return False
    return len(next_line.split()) > len(words) + 2 and _looks_like_title(next_line)


# A topic line as agencies set it over the headline: a word, a colon, a few words ("Fußball: 2. Bundesliga",
# "Brexit: Verhandlungen"), no sentence.
_TOPIC_LABEL = re.compile(r"[^\W\d_][\w-]*:\s+[^!?:]{1,40}(?<![.!?])")


# A printed page's date anywhere in its running header: "zaterdag 14 maart 2026", "Martedì 10 marzo 2026",
# "MARDI 10 MARS 2026", "Quarta-feira, 15 de abril de 2026", "Wednesday, March 11, 2026".
_PAGE_DATE = re.compile(r"(?:(?<![\w-])[^\W\d_][\w-]{2,14},?\s+)?" + WRITTEN_DATE + r"(?!\d)", re.IGNORECASE)
# A printed page's number at either end of its header line ("12 L'ÉCHO DE LA SAMBRE ...", "... REGIO 7").
_PAGE_NUMBER_EDGE = re.compile(r"^\d{1,3}(?=\s)|(?<=\s)\d{1,3}$")
# Between the slots of a printed page's header: a column's gap of three or more spaces, or a separator.
# A wire's own field with its figure in a header line: "Urgency 3", "Words 431", "Priority: 2", "Version 4".
_WIRE_FIELD_SLOT = re.compile(r"\b(?:urgency|priority|prio|words|word count|version)\s*:?\s*\d+\b", re.IGNORECASE)
_PAGE_GAP = re.compile(r"\s{3,}|\s+[|·•–—]\s+|\t+")


@dataclass
class PageHeader:
    """The running header of a printed page pasted as text (an e-paper's or PDF's): the paper's name, the page's
    date, and the edition when the header names one."""
    outlet: str
    date: str
    edition: str = ""


def _page_header(line: str) -> PageHeader | None:
    """A printed page's running header: the paper's name and the date, with the page's number or a column's gap
    between its slots ("De Kempenaar          zaterdag 14 maart 2026", "12 L'ÉCHO DE LA SAMBRE MARDI 10 MARS 2026",
    "17   Gazzetta del Golfo      Martedì 10 marzo 2026 · Edizione di Olbia"). A release's "Lyon, le 3 mars 2026"
    or a dateline has no name beside its date, and a sentence is no header."""
    if len(line.split()) > 16 or _SENTENCE_END.search(line.rstrip(" 0123456789")) or _WIRE_FIELD_SLOT.search(line):
        return None  # ("CWNA  ENERGY-TARIFFS  Tuesday 27 January 2026  14:05 SAST  Urgency 3  Words 431": a wire's)
    date = _PAGE_DATE.search(line)
    if not date:
        return None
    numbered = bool(_PAGE_NUMBER_EDGE.search(line.strip()))
    gapped = bool(_PAGE_GAP.search(line.strip()))
    if not (numbered or gapped):
        return None
    before = _PAGE_NUMBER_EDGE.sub("", line[:date.start()].strip()).strip(" |·•–—,")
    after = [slot.strip() for slot in _PAGE_GAP.split(line[date.end():]) if slot.strip(" |·•–—,")]
    # the paper's name first; an edition's or section's slot may stand between it and the date
    outlet, *others = [slot.strip() for slot in _PAGE_GAP.split(before) if slot.strip()] or [""]
    if not 1 <= len(outlet.split()) <= 6 or "," in outlet \
            or not all(_EDITION_WORD.search(slot) or _is_section_slot(slot) for slot in others):
        return None
    # a name: capitalised words and short joiners ("Jornal de Aveiro e Vouga", "Gazzetta del Golfo")
    if not all(w[:1].isupper() or w[:1].isdigit() or w.islower() and len(w) <= 3 for w in outlet.split()):
        return None
    edition = next((slot for slot in [*others, *after] if _EDITION_WORD.search(slot)), "")
    return PageHeader(outlet=outlet, date=date.group(0).strip(), edition=edition)


def _take_page_header(page: PageHeader, units: list[str], item: ParsedItem) -> list[str]:
    """A printed page's header and the section line under it are the paper's masthead: its name is the publisher,
    its edition the edition, its date the page's; neither line is copy or a headline. The lines under it."""
    item.publisher = page.outlet
    item.extra.setdefault("header", {}).setdefault("date", page.date)
    item.extra["page_header"] = [" ".join(units[0].split())]
    units = units[1:]
    if len(units) > 2 and _is_page_section_line(units[0]):
        item.extra["page_header"].append(" ".join(units[0].split()))
        page.edition = page.edition or next(
            (slot.strip() for slot in _PAGE_GAP.split(units[0]) if _EDITION_WORD.search(slot)), "")
        units = units[1:]
    item.edition = item.edition or page.edition
    return _rejoin_wrapped_header(units)


# A sentence's own stop at a line's end (a colon goes on: "Il Tar accoglie il ricorso degli ambientalisti:" / "stop ai
# lavori ...").
_FULL_STOP_AT_END = re.compile(r"[.!?…。！？][\"”’')\]」』]*$")


def _rejoin_wrapped_header(units: list[str]) -> list[str]:
    """A printed page's headline and standfirst are set over several lines of its column: a line opening in lower
    case goes on the one above when that one ends no sentence ("Porto turistico, il cantiere" / "si ferma per sei
    mesi"), up to the first paragraph of copy. A byline's lower-case word ("di Giovanna Piredda") opens its own line."""
    out: list[str] = []
    for index, unit in enumerate(units):
        if index >= 8 or is_byline_line(unit) or _is_own_line_byline(unit) or any(len(u.split()) > 30 for u in out):
            return out + units[index:]  # the header ends at its byline, or at the copy
        if out and unit[:1].islower() and not _FULL_STOP_AT_END.search(out[-1]):
            out[-1] = f"{out[-1]} {unit.strip()}"
        else:
            out.append(unit)
    return out


def _is_page_section_line(line: str) -> bool:
    """The line under a printed page's header: its section, edition or number ("Editie Turnhout      REGIO 7",
    "RÉGION CHARLEROI", "REGIÃO 7"): a few words, no sentence, in capitals or ending on the page's number."""
    words = line.split()
    if not 1 <= len(words) <= 6 or _SENTENCE_END.search(line):
        return False
    return bool(_PAGE_NUMBER_EDGE.search(line.strip()) or _EDITION_WORD.search(line)
                or line.isupper() and not any(c.isdigit() for c in line))


def _is_kicker(line: str) -> bool:
    """A short label above a headline: a section ("COURTS", "Local News"), a kicker in capitals ("WEATHER ALERT"),
    or labels in capitals joined by a separator ("WEATHER + TRAFFIC | CENTRAL NORTH ISLAND")."""
    words = line.split()
    if any(c.isdigit() for c in line) or not words:
        return False
    slots = [slot.strip() for slot in re.split(r"\s[|+/•·]\s", line) if slot.strip()]
    if len(slots) > 1 and line.isupper() and all(len(slot.split()) <= 3 for slot in slots):
        return True
    if len(words) > 3:
        return False
    return _is_section_slot(line) or (line.isupper() and parse_dateline(line) is None)


def _header_metadata(units: list[str], item: ParsedItem) -> list[str]:
    """Among the first lines, those that only describe the page: the site's path, the agency's slug, the date.
    Kept in the item's extra fields, out of the way of the outlet, headline and byline lines around them."""
    kept: list[str] = []
    for index, unit in enumerate(units):
        # "HINA - Hrvatska izvještajna novinska agencija" reads like "DEVENTER - ..." but is the feed's own line
        feed_line = not kept and index + 1 < len(units) and _is_feed_line(unit, units[index + 1], item)
        # past five lines only the feed's own lines, or its labelled fields while nothing but header came before
        # ("Slug:", "Category:", "Priority:", "Filed:", "Embargo:" over PA's headline)
        labelled_field = not kept and index + 1 < len(units) and _wire_metadata(unit)
        if index >= _MAX_HEADER_LINES or index >= 5 and not (feed_line or labelled_field) \
                or parse_dateline(unit) and not feed_line and not EMBARGO_LINE.match(unit):  # ("FOR RELEASE: ...")
            kept.extend(units[index:])
            break
        if _is_breadcrumb(unit):
            item.extra.setdefault("breadcrumb", unit)
        elif _FORWARDED_FROM.match(unit) and index + 1 < len(units):
            item.extra.setdefault("forwarded_from", unit)  # "Forwarded from: Kan South" over a pasted channel post
        elif _is_language_version(unit):
            item.extra.setdefault("language_version", unit)  # "This page is also available in Welsh" over the headline
        elif _SLUG_LINE.match(unit) or not kept and index + 1 < len(units) and (
                _is_catchline(unit, *units[index + 1:index + 3]) or _is_slug_over_tagged_headline(unit, units[index + 1])):
            item.extra.setdefault("slug", unit)
        elif index + 1 < len(units) and _wire_metadata(unit):
            label, _, value = unit.partition(":")  # "Priority: 3", "Version: 2 (CORRECTS ...)": the wire's own fields
            item.extra.setdefault("header", {}).setdefault(" ".join(label.split()).casefold(), value.strip())
        elif not kept and index + 1 < len(units) and _WIRE_FIELD_SLOT.search(unit) and _PAGE_DATE.search(unit) \
                and len(unit.split()) <= 20 and not _SENTENCE_END.search(unit):
            # "CWNA  ENERGY-TARIFFS  Tuesday 27 January 2026  14:05 SAST  Urgency 3  Words 431": the wire's header
            item.extra.setdefault("feed_header", []).append(unit)
        elif _WIRE_CODE.match(unit) and index + 1 < len(units):
            item.extra.setdefault("header", {}).setdefault("category", unit)  # "SPORT-RESULTS": the wire's category code
        elif (index == 0 and index + 1 < len(units) and unit.isupper() and len(unit.split()) <= 5
              and not any(c.isdigit() for c in unit) and (_wire_metadata(units[1]) or _WIRE_CODE.match(units[1]))):
            item.extra.setdefault("slug", unit)  # "RUGBYL NRL RESULTS" over the wire's codes: AAP's catchline
        elif index + 1 < len(units) and EMBARGO_LINE.match(unit) and any(c.isdigit() for c in unit):
            item.extra.setdefault("header", {}).setdefault("embargo", unit)  # "EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH"
        elif _is_dated_line(unit) and index + 1 < len(units):
            issue, date = _issue_and_date(unit)
            item.extra.setdefault("header", {}).setdefault("date", date)
            if issue and not item.edition:
                item.edition = issue  # "Afternoon Edition | Tuesday, March 10, 2026": the edition and its date
        elif not kept and index + 1 < len(units) and _after_service_line(item) and (
                _TAGGED_KEYWORD.match(unit) or _KEYWORD_PATH.match(unit)):
            # "SOCCER A-LEAGUE ROVERS SURGE (AAP)", dpa's "Fußball/Bundesliga/Transfer/" under the service line
            item.extra.setdefault("slug", unit)
        elif not kept and index + 1 < len(units) and _after_service_line(item) and _is_service_name(unit):
            item.extra["feed_header"].append(unit)  # "Agensi Berita Wilayah -- Perkhidmatan Berita Dalam Negeri"
        elif feed_line or not kept and index + 1 < len(units) and _is_wire_code_line(unit):
            item.extra.setdefault("feed_header", []).append(unit)
            agency = _agency_led(unit)
            if agency and not item.credit:
                item.credit = agency  # the feed is the agency's own: its copy's credit, when nothing closer names one
        elif not kept and index + 1 < len(units) and _is_version_note(unit):
            item.extra.setdefault("version_note", unit)  # "(Updates power cuts, adds rail disruption)" above the headline
        elif kept and index + 1 < len(units) and (_WIRE_NOTE.match(unit) or WRITETHRU_NOTE.match(unit)) \
                and not any(len(line.split()) > 40 for line in kept):
            # "(ATTN: ADDS comments ...)" under Yonhap's headline, "(Adds union comment in paragraph 5)" under a
            # Reuters byline or its bullets: the take's note to the desk, before the copy's first paragraph
            item.extra.setdefault("version_note", unit)
        elif index + 1 < len(units) and (not kept and _is_note_to_editors(unit)
                                         or DESK_NOTE_LABEL.match(unit) and len(unit.split()) <= 60):
            # "Eds: UPDATES with evacuation numbers." above the headline, or under it among the header's lines (the
            # labels that only ever address the desk: an "Editor's note:" under a headline may open the story)
            item.extra.setdefault("header", {}).setdefault("note", unit)
        else:
            kept.append(unit)
    return kept


_FEED_SLOT_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s+(?:--|[-–—])\s+")
_CODE_VALUE = re.compile(r"[\w./:-]*\d[\w./:-]*")


# The frame a feed system sets around its own line: "=== भारत वार्ता समाचार सेवा | हिंदी सेवा | 03-12-2026 16:10 IST ===".
_FEED_FRAME = re.compile(r"^\s*[=*#~]{3,}\s*|\s*[=*#~]{3,}\s*$")


def _feed_slots(line: str) -> list[str]:
    return [slot.strip() for slot in _FEED_SLOT_SEPARATOR.split(_FEED_FRAME.sub("", line)) if slot.strip()]


def _agency_as_written(slot: str) -> str:
    """The agency a feed line's slot names, as written: the whole slot ("HINA", or one no list knows by the agency's
    noun in its name, "भारत वार्ता समाचार सेवा"), or the first word of its service's name ("ELTA naujienų srautas",
    "dpa-Regiodienst Bayern (lby)"); "" when it names none."""
    if agency_name(slot) or names_an_agency(slot):
        return slot
    words = slot.split()
    if not words or len(words) > 4:
        return ""
    head = words[0] if agency_name(words[0]) else words[0].split("-")[0]
    return head if agency_name(head) else ""


_MAX_HEADER_LINES = 8  # a feed's own lines over the headline: banner, codes, keywords, date, word count
# A wire's code line: its message number and desk codes ("DEL47", "FRS0318 4 SOC /AFP-LO45"), or its keyword slug of
# words joined by hyphens ("France-pêche-environnement-manifestation", "BUS-RBI-COOPBANK").
_CODE_TOKEN = re.compile(r"^/?[^\W\d_]{1,6}[-/]?\d{2,}[\w/-]*$|^\d{1,4}$|^/?[A-Z]{2,}(?:[-/][A-Z0-9]{2,})*/?$")
_KEYWORD_SLUG = re.compile(r"^[^\W\d_][\w]*(?:-[\w]+){2,}(?:,\w+)?$")
_NUMERIC_STAMP = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\.?(?:[ T,]+\d{1,2}[:.]\d{2}(?::\d{2})?)?(?:\s*[A-Za-z]{1,4})?$")


def _is_wire_code_line(line: str) -> bool:
    """A line of the wire's codes or keyword slug over the headline, or its embargo ("EMBARGOED TO 0001 ..."); a
    transmission pasted without its control characters keeps its visible frame: "ZCZC" opening it, and its service
    line ("AAP0412 4 S 0687 AUS /AAP-SPT", "dpa 0412 sp": the source, the message's number, priority and codes)."""
    tokens = line.split()
    if not tokens or len(tokens) > 6:
        return bool(EMBARGO_LINE.match(line)) or _is_service_line(line)
    if tokens[0] == "ZCZC" or _ANPA_HEADER_LINE.match(line):
        return True
    # (a service line dates itself too: "ALA0147 3 RELIGJION /ALA-SHQ/ 21-08-2026 11:40")
    codes = [t for t in tokens if _CODE_TOKEN.match(t) or _NUMERIC_DATE.match(t) or _TIME_SLOT.match(t)]
    mixed = any(any(c.isdigit() for c in t) and any(c.isalpha() for c in t) for t in tokens)
    return (len(codes) == len(tokens) and mixed) or bool(_KEYWORD_SLUG.match(line) and len(tokens) == 1) \
        or bool(EMBARGO_LINE.match(line)) or bool(_NUMERIC_STAMP.match(line)) \
        or _is_service_line(line)  # "13/11/2025 12:02:41"


# An IPTC 7901 service line: the source and the message's number, then short codes (priority, category, word count,
# selector): "AAP0412 4 S 0687 AUS /AAP-SPT", "AGBW0457 3 DN 0412 BM", "dpa 0412 sp", "nds0142 3 vm 341 dpa 0442".
# ("ATN0457 3 POL 0 RR1 / NAZ": a selector with its figure, and a slash standing apart)
_SERVICE_LINE = re.compile(r"^[A-Za-z]{2,10}\s?\d{3,6}(?:\s+(?:\d{1,5}|[A-Za-z]{1,4}\d{0,2}|/\s?[A-Z][\w-]{1,12}|/)){1,8}$")
# An ANPA header as a teleprinter prints it: priority and category letters, then the "BC-" slug, version and word
# count ("r a BC-US-Grain-Barges 1stLd-Writethru 03-12 0362").
_ANPA_HEADER_LINE = re.compile(r"^(?:[a-z]\s+){1,3}(?:BC|AM|PM|AP)-\S+")
# ANPA's quad marks around a headline a teleprinter prints: "^Low Mississippi slows grain barges ...<".
_QUAD_MARKED = re.compile(r"^\^(?P<text>[^^<]+)<$")


# IPTC 7901's keyword as a path of topics: "Fußball/Bundesliga/Transfer/".
_KEYWORD_PATH = re.compile(r"^[^\W\d_](?:[^\W\d/]|[ -]){0,30}(?:/[^\W\d_](?:[^\W\d/]|[ -]){0,30}){1,5}/?$")


def _is_service_name(line: str) -> bool:
    """Under a wire's service line, the agency's name and its service's: two slots of capitalised words, no sentence
    ("Agensi Berita Wilayah -- Perkhidmatan Berita Dalam Negeri")."""
    slots = _feed_slots(line)
    return len(slots) == 2 and not _SENTENCE_END.search(line) and all(
        1 <= len(slot.split()) <= 6 and all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in slot.split())
        for slot in slots)  # names, not a headline's "Lindenau holt Kroaten ... - Ablöse rund acht Millionen"


def _after_service_line(item: ParsedItem) -> bool:
    """The feed's lines read so far hold a transmission's frame or service line."""
    return any(line.startswith("ZCZC") or _is_service_line(line) for line in item.extra.get("feed_header", []))


def _opens_a_transmission(line: str) -> bool:
    """"ZCZC", the service line, or the keyword under it: the lines a pasted transmission opens with."""
    line = line.strip()
    return line.startswith("ZCZC") or _is_service_line(line) or bool(_TAGGED_KEYWORD.match(line))


def _is_service_line(line: str) -> bool:
    return bool(_SERVICE_LINE.match(line.strip()))


# The wire's keyword in capitals with its service's or language's code in brackets: "SOCCER A-LEAGUE ROVERS SURGE
# (AAP)", "DAERAH-PASAR (BM)".
_TAGGED_KEYWORD = re.compile(r"^[A-Z0-9][A-Z0-9 '&/-]{1,60}\s\([A-Z]{2,5}\)$")


_CONTACT_WORDS = re.compile(r"(?i)\b(?:tel|tél|telefon|phone|fax|www|e-?mail|p\.?o\.? box|private bag|cp|apartado|"
                            r"s\.?l\.?p|barua pepe|tovuti|sími|netfang|ffôn|e-bost|posbus|peti surat)\b|@|https?://")


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,8}\)$")


_LETTERHEAD_SLOTS = re.compile(r"\s[|·•]\s")


def _is_office_slot(slot: str) -> bool:
    """An office named beside its organisation on a letterhead's line: a few words, the first capitalised, no figure
    and no sentence ("Press Office", "Komunikacijos skyrius", "Direction de la communication")."""
    words = slot.split()
    return 0 < len(words) <= 6 and slot[:1].isupper() and not any(c.isdigit() for c in slot) \
        and not _CLOSES_SENTENCE.search(slot) and not slot.rstrip().endswith(("?", "!", ":"))


def _letterhead_over_label(units: list[str]) -> tuple[str, int] | None:
    """(the sender, the index of the document's label) when the copy opens with a letterhead over a document label:
    the sender's name (alone, or with the label after a bar: "TURA – Transportes Urbanos da Ria de Aveiro, E.M. |
    Comunicado de Imprensa"), then only its address and contact lines, then the label ("MEDIA STATEMENT",
    "COMUNICADO DE IMPRENSA"), then more copy. None otherwise."""
    for label_at in (1, 2, 3):
        if label_at + 1 >= len(units):
            return None
        if not DOCUMENT_TYPE_LABELS.match(units[label_at]):
            continue
        sender, *rest = [slot.strip() for slot in _LETTERHEAD_SLOTS.split(units[0])]
        sender = _ACRONYM_AFTER.sub("", sender)  # "SHIRIKISHO LA SOKA LA PWANI (SSP)": the name, its letters after it
        # after the name: the label, contact slots, or its office ("Corrib University | Press Office", "Nemuno
        # universitetas · Komunikacijos skyrius")
        if rest and not all(DOCUMENT_TYPE_LABELS.match(slot) or _CONTACT_WORDS.search(slot) or _is_office_slot(slot)
                            for slot in rest):
            return None
        if not sender or len(sender.split()) > 10 or agency_name(sender) or _SENTENCE_END.search(sender.rstrip(".")):
            return None
        contact_lines = units[1:label_at]
        if all(_CONTACT_WORDS.search(line) or any(c.isdigit() for c in line) for line in contact_lines):
            return sender, label_at
        return None
    return None


def _is_section_slots(line: str) -> bool:
    """ "COLOMBIA TRANSPORTE | Sociedad", "Pomorskie | Komunikacja | Samorząd": a feed's desk and section slots, read
    as such only among its other lines (alone, an outlet's masthead or menu looks the same)."""
    slots = [slot.strip() for slot in line.split(" | ") if slot.strip()]
    return len(slots) >= 2 and all(len(slot.split()) <= 2 for slot in slots) and not _CLOSES_SENTENCE.search(line)


def _agency_led(line: str) -> str:
    """The agency (as written) whose name opens a feed line of two or more slots, or ""."""
    slots = _feed_slots(line)
    return _agency_as_written(slots[0]) if len(slots) >= 2 else ""


def _is_feed_line(line: str, next_line: str, item: ParsedItem) -> bool:
    """`line`, above the headline with `next_line` under it, is one of the feed's own lines. The agency's line right
    over the headline is a packed header of its own, read later for its place; among the feed's other lines it is
    theirs, and so are the desk's section slots."""
    if _is_feed_header_line(line) and (
            not _agency_led(line) or _is_feed_header_line(next_line) or _is_dated_line(next_line)
            or _wire_metadata(next_line) or _is_wire_code_line(next_line) or _is_section_slots(next_line)):
        return True
    return bool(item.extra.get("feed_header")) and _is_section_slots(line)


def _is_feed_header_line(line: str) -> bool:
    """A wire's or a feed's own line over the headline, in any language, read by its shape rather than its words:
    the agency's name with its service or desk ("HINA - Hrvatska izvještajna novinska agencija", "AGERPRES | Știri
    interne | Regional", "ইউএনবি | সারাদেশ"); slots of section, date and id ("VIJESTI | Hrvatska - regije |
    14.05.2026. 13:22", "2026-05-14 08:15 | ID 4417028"); labelled slots side by side ("Secció: Societat | Territori:
    Garrotxa"); or one label with a code or a date for its value ("Cod: ore-pod-crisana-140526", "প্রকাশ: ১৪ মে
    ২০২৬, ১১:২০"). None ends a sentence, and no slot is long enough to be a headline."""
    if _CLOSES_SENTENCE.search(line) or len(line.split()) > 14 or is_byline_line(line):
        return False
    slots = _feed_slots(line)
    if any(len(slot.split()) > 6 for slot in slots):
        return False
    # the agency first, named alone or with its service's name after it ("ELTA naujienų srautas"); last, it is a
    # headline's site suffix ("... | ERR")
    if _agency_led(line):
        return True
    if _masthead_slots(line):
        return False  # "Valley Sentinel • Weekend Edition • Saturday, October 18, 2025": the outlet's masthead
    labelled = [LABELLED_LINE.match(slot) for slot in slots]
    if len(slots) >= 2 and all(labelled):
        return True
    dated = [slot for slot in slots if sum(c.isdigit() for c in slot) >= 4]
    if len(slots) >= 2 and dated and all(len(slot.split()) <= 4 or slot in dated for slot in slots):
        return True
    label = labelled[0] if len(slots) == 1 else None
    if not label or len(label.group("label").split()) > 2:
        return False
    field = HEADER_LABELS.get(" ".join(label.group("label").split()).casefold())
    if field in _STORY_FIELDS:
        return False
    value = label.group("value").strip()
    # the wire's own fields: "Ressort: Vermischtes/Bayern", "Wortzahl: 311" (a photo's credit is the cleaner's)
    own_field = field == "other" and len(value.split()) <= 8 and not PHOTO_CREDIT_LABEL.match(line)
    return own_field or bool(_CODE_VALUE.fullmatch(value)) or sum(c.isdigit() for c in value) >= 4 and len(value.split()) <= 6


# A wire's category code alone on a line: "SPORT-RESULTS", "POL-ELECTION", "FIN-MARKETS".
_WIRE_CODE = re.compile(r"^[A-Z]{2,12}(?:-[A-Z]{2,12}){1,3}$")
_TIME_SLOT = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|h|hrs?|uhr))?(?:\s+[A-Z]{2,5})?$", re.IGNORECASE)


def _wire_metadata(unit: str) -> bool:
    """A labelled line of the wire's own fields: "Priority: 3", "Version: 2 (CORRECTS Storm try-scorers)"."""
    labelled = LABELLED_LINE.match(unit)
    bulleted = unit.lstrip()[:1] in "•·▪●◦*-"  # "• Length: 3.3 kilometres" is a fact box's item, not a wire field
    return bool(labelled) and not bulleted and " ".join(labelled.group("label").split()).casefold() in _WIRE_FIELDS \
        and len(unit.split()) <= 16


# The wire's own fields among the header labels the vocabulary reads as no story field (a photo credit's "Foto:" is
# boilerplate to remove with a record, and "Rubriek:" / "Section:" lines are read with the header's slots).
_WIRE_FIELDS = frozenset({"priority", "prio", "version", "urgency", "status", "slug", "word count", "wordcount", "category",
                          "story id", "id", "length",
                          "länge", "zeichen", "embargo", "sperrfrist", "filed", "filed at", "transmitted", "moved"}) & frozenset(label for label, field in HEADER_LABELS.items() if field == "other")


def _is_note_to_editors(unit: str) -> bool:
    """ "Eds: UPDATES with ...", "Note to editors: ...": the wire speaking to the desk, above the headline."""
    labelled = LABELLED_LINE.match(unit)
    label = labelled and " ".join(labelled.group("label").split()).casefold()
    return (bool(label) and label in NOTE_TO_EDITORS_LABELS or bool(DESK_NOTE_LABEL.match(unit))) and len(unit.split()) <= 60


# A catchline as British and Australian wires send it on top: the topic in capitals, then a word or two ("INQUEST
# Care home", "CRICKET Ashes Smith").
_CATCHLINE = re.compile(r"^[A-Z]{3,}(?:\s+[A-Za-z][a-z]+){1,3}$")  # "INQUEST Care home", "COURTS Bakery"


# A messaging app's line over a post forwarded from another channel: "Forwarded from Kan South", "הועבר מ: כאן דרום".
_FORWARDED_FROM = re.compile(
    r"^(?:forwarded from|הועבר מ|переслано от|переслано з|reenviado de|weitergeleitet von|transféré de|inoltrato da|"
    r"encaminhado de|doorgestuurd van|przekazano od|iletildi|تمت إعادة توجيهه من|转发自|轉寄自)\s*:?\s*\S.{0,60}$",
    re.IGNORECASE)
# A page's link to itself in another language: "This page is also available in Welsh", "Version française : Cette page
# est aussi disponible en français", "Mae'r dudalen hon ar gael yn Gymraeg", "English version".
_LANGUAGE_VERSION = re.compile(
    r"(?:also |is )available in (?:english|french|welsh|spanish|irish|gaelic|maori|te reo|other languages)|"
    r"(?:aussi |également )?disponible en (?:français|anglais|espagnol|inglés|francés|catalán)|"
    r"disponível em (?:inglês|espanhol)|disponibile in (?:inglese|tedesco)|auch auf (?:englisch|französisch) verfügbar|"
    r"ar gael yn gymraeg|^(?:version française|english version|fersiwn gymraeg|versión en (?:inglés|español)|"
    r"version anglaise|english\s*/\s*français|français\s*/\s*english)\b", re.IGNORECASE)


def _is_language_version(line: str) -> bool:
    """A short line that is the page's link to itself in another language (`_LANGUAGE_VERSION`)."""
    return len(line.split()) <= 16 and bool(_LANGUAGE_VERSION.search(line))


def _is_slug_over_tagged_headline(line: str, next_line: str) -> bool:
    """EFE's keywords over its headline, the headline marked by its asset tags ("Defensor Pueblo Informe" / "La
    defensora del Pueblo alerta ... (Foto) (Vídeo)"): a few words, no sentence, over a longer tagged line."""
    return bool(ASSET_TAGS.search(next_line)) and 0 < len(line.split()) <= 6 \
        and not _CLOSES_SENTENCE.search(line) and len(next_line.split()) >= len(line.split()) + 3


def _is_catchline(line: str, next_line: str, after: str = "") -> bool:
    """The wire's catchline over the headline: it is the story's label, and the longer title line under it its headline.
    PA sets the byline between the two ("COURTS Bakery" / "By Tom Ashworth, PA Court Reporter" / headline): a title
    line under a byline is the headline, so the label over the byline is the catchline, whatever its case."""
    if not _CATCHLINE.match(line):
        return False
    if after and is_byline_line(next_line) and len(after.split()) >= len(line.split()) + 3 and _looks_like_title(after):
        return True
    # "POLITICS Ferries" over a headline and its byline: the topic and its keyword, in PA's case
    topic_word = _is_section_slot(line.split()[0])  # "POLITICS", "SPORT": a desk's word, where "NASA" is a name
    return (any(w.islower() for w in line.split()[1:]) or topic_word and bool(after) and is_byline_line(after)) and (
        len(next_line.split()) >= len(line.split()) + 3 and _looks_like_title(next_line))


def _byline_follows(units: list[str], index: int) -> bool:
    """A byline at `index`, or right after a standfirst sentence there."""
    if index < len(units) and is_byline_line(units[index]):
        return True
    standfirst = index < len(units) and (_looks_like_summary(units[index]) or len(units[index].split()) >= 6)
    if not standfirst or index + 1 >= len(units) or parse_dateline(units[index]):
        return False
    after = units[index + 1]  # "By Marta Iglesias", or the name alone: "Marta Iglesias Couto"
    return is_byline_line(after) or _is_known_person(after) or _are_joined_people(after)


def _is_section_slot(part: str) -> bool:
    """ "Local News", "Markets", "Page A3", "OPINION": where the story runs in the paper or on the site."""
    words = part.replace("İ", "I").lower().replace("&", " & ").split()  # (Turkish "POLİTİKA": its capital İ lowers to
    # "i" and a combining dot)
    return bool(words) and (all(w in SECTION_WORDS for w in words) or bool(re.fullmatch(r"(?i)page\s+\w{1,4}", part)))


def _masthead_slots(line: str) -> list[str]:
    """The slots of a masthead line (outlet, edition, date, section, byline; no headline among them), or [].

    "Valley Sentinel • Weekend Edition • Saturday, October 18, 2025 • Education" above the headline, or
    "KXNR Public Radio | By Marisol Ortega | Published April 22, 2025" under it.
    """
    for separator in _HEADER_SEPARATORS:
        parts = [p.strip() for p in separator.split(line) if p.strip()]
        if len(parts) < 2:
            continue
        known = sum(1 for p in parts if _HEADER_DATE.match(_slot_value(p)) or _EDITION_WORD.search(p) or _is_section_slot(p)
                    or is_byline_line(p) or agency_name(p))
        headline_like = [p for p in parts if len(p.split()) >= 6 and not _HEADER_DATE.match(p) and not is_byline_line(p)]
        first_is_furniture = _HEADER_DATE.match(_slot_value(parts[0])) or _EDITION_WORD.search(parts[0]) or _is_section_slot(parts[0]) \
            or agency_name(parts[0]) or _wire_metadata(parts[0]) or LABELLED_LINE.match(parts[0]) and \
            HEADER_LABELS.get(" ".join(LABELLED_LINE.match(parts[0]).group("label").split()).casefold()) == "other" \
            or is_byline_line(parts[0]) or all(w[:1].isupper() or w.lower() in _TITLE_WORDS or w.lower() in _PARTICLES
                                                for w in parts[0].split())
        if known >= 1 and first_is_furniture and not headline_like and all(len(p.split()) <= 8 for p in parts):
            return parts
    return []


def _slot_value(slot: str) -> str:
    """A labelled slot's value ("दिनांक: 18/11/2025 15:20" -> "18/11/2025 15:20"); an unlabelled slot as it is."""
    labelled = LABELLED_LINE.match(slot)
    if labelled and HEADER_LABELS.get(" ".join(labelled.group("label").split()).casefold()) == "other":
        return labelled.group("value").strip()
    return slot


def _opens_with_copy(slot: str, *, slash: bool) -> bool:
    """A first slot that is a sentence of copy, not a headline: a line of copy may hold a "/ " ("and/ or")."""
    if slash:
        return _looks_like_summary(slot)
    return _has_sentence_break(slot) or slot.endswith(".")


def _is_packed_header(line: str) -> bool:
    """Headline, outlet, place, byline, edition and summary in one line ("...at the Gabba/ Coastline Daily/
    Brisbane/ ..."): a header, whatever its summary slot says to the reader."""
    parts = _header_slots(line)
    return len(parts) >= 4 and _looks_like_title(parts[0]) and not _has_sentence_break(parts[0])


def _header_slots(line: str) -> list[str]:
    """The slots of a packed header line, split on the first separator that gives three or more."""
    for separator in _HEADER_SEPARATORS:
        parts = [p.strip() for p in separator.split(line.rstrip("/ ")) if p.strip()]
        if len(parts) >= 3:
            return parts
    return [line]


def _take_labelled_header(units: list[str], item: ParsedItem) -> list[str] | None:
    """Header lines given as "Label: value" ("Title:", "Byline:", "Publication:", "Summary:", in several
    languages): each value to the field its label names; the units after them, or None when there is no such header.

    Two or more known labels in a row, one of them naming the headline or the byline, make a header; a fact
    box's "Location: Kuala Lumpur" lines name neither.
    """
    fields: list[tuple[str, str, str]] = []
    taken = 0
    closed = False  # the run ends at the export's own mark that the copy starts ("Corpo:", "KÒ:", a rule)
    for position, unit in enumerate(units):
        following = units[position + 1] if position + 1 < len(units) else ""
        if fields and _RULE_LINE.match(unit) and LABELLED_LINE.match(following) and not _BARE_LABEL.match(following):
            taken += 1  # a rule between two groups of the export's fields ("Publication: ..." / "-----" / "HED: ...")
            continue
        if fields and (_BARE_LABEL.match(unit) or _RULE_LINE.match(unit) or _FENCED_MARK.match(unit)):
            taken += 1  # "Corpo:", "Metin:", "Text:" alone, or a rule ("----------"): the export's mark that the copy starts here
            if _RULE_LINE.match(unit) and _BARE_LABEL.match(following):
                taken += 1  # "-----" / "BODY:": both mark it
            closed = True
            break
        match = LABELLED_LINE.match(unit)
        if not match and fields and "\n" not in unit and is_byline_line(unit) and "byline" not in {f for f, _, _ in fields}:
            fields.append(("byline", "", unit))  # "Headline: ..." / "Standfirst: ..." / "By Martin Oyelaran-Hughes" / ...
            taken += 1
            continue
        if not match or "\n" in unit:
            break
        # An export's own labels ("Editoria:", "Publicado em:") may sit among the known ones: kept, not read.
        label = " ".join(match.group("label").split())
        field = header_label_field(label)
        if field in ("edition", "dateline") and _DATED_VALUE.search(match.group("value")):
            field = "other"  # "Kiadva: 2026. május 14." ("published", spelt like Hungarian's "kiadás", edition): a date
        if not field and (len(label.split()) > 3 or any(c.isdigit() for c in label)):
            break  # "Exported 14/03/2025 09:12 by ...": a time's colon, not a label
        field = field or "unknown"
        fields.append((field, match.group("label"), _unquoted(match.group("value").strip())))
        taken += 1
    # labelled lines straight over the copy's dateline are its header whatever language labels them ("हेडिंग: ..." /
    # "बाइलाइन: ..." / "गया, 12 अगस्त — ..."): the dated copy closes the run as an export's mark does
    # (in scripts without capitals only: "Laamb: Gaynde Ngor daan ..." over "Bindkat yi: ..." is a kicker on the
    # headline, as a capital tells, and no label of it)
    dated = len(fields) >= 2 and _opens_dated_copy(units, taken) \
        and all(label and _uncased(label[0]) for _, label, _ in fields) \
        and any(len(value.split()) >= 4 and _looks_like_title(value) for _, _, value in fields[:-1]) \
        and reads_as_people(fields[-1][2]) and not any(PHOTO_CREDIT_LABEL.match(unit) for unit in units[:taken])
    while fields and fields[-1][0] == "unknown" and not dated and not closed:
        fields.pop()  # a trailing "Note: ..." is the copy's, not the header's (over the export's mark, the header's)
        taken -= 1
    # Five labelled lines or more closed by the export's body mark are its header whatever language labels them:
    # a field no list names is read by what its value looks like (the first title-like value the headline, a
    # sentence the summary, people the byline)
    export = closed and len(fields) >= 5 or dated
    if export:
        fields = _unlisted_fields_by_shape(fields)
    known = [f for f, _, _ in fields if f != "unknown"]
    story_fields = [f for f in known if f != "other"]
    # Without a headline or byline label, the export's fields stand over the headline itself ("Slug:" /
    # "Publication:" / "Edition:" / "Words:", then the headline and its "By" line): the caller reads them from there.
    over_title_and_byline = taken + 1 < len(units) and _looks_like_title(units[taken]) \
        and is_byline_line(units[taken + 1])
    # Two story fields, or a headline with the wire's own fields ("Tytuł: ..." / "Data: ..." / "Serwis: ..."), or a
    # story field over a title and its byline ("Kaynak: <agency>" / "Öncelik: 3" / "Anahtar kelimeler: ..." /
    # headline / "Haber: ...", a release's "Julkaisija: <issuer>" / headline / "Kirjoittaja: ...").
    enough = (len(story_fields) >= 2 or "headline" in story_fields and len(known) >= 2
              or story_fields and over_title_and_byline)
    names_the_story = {"headline", "byline"} & set(known) or over_title_and_byline
    if not enough or not names_the_story or len(known) < len(fields) - len(known) and not export:
        return None
    if fields and fields[0][0] == "unknown" and "headline" not in {f for f, _, _ in fields} and _looks_like_title(fields[0][2]):
        # "SON DAKİKA: İzmir'de deprem!", "EXCLUSIVE: ...": a label on the headline line itself, not a header field
        _, label, value = fields[0]
        item.extra["banner"] = label
        fields[0] = ("headline", label, value)
    for field, label, value in _editions_under_a_publications_label(fields):
        if field in ("other", "unknown"):
            item.extra.setdefault("header", {})[label.casefold()] = value
        elif not _set_labelled_field(item, field, value):
            item.extra.setdefault("header_parts", []).append(value)
    return units[taken:]


def _editions_under_a_publications_label(fields: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A label that names the publication in one language and the edition in another ("Издание: Сутрешно издание"
    beside "Медия: Габровски куриер", Bulgarian), its value of three words or fewer naming an edition: the edition,
    where no other label gives one."""
    if any(field == "edition" for field, _, _ in fields):
        return fields
    return [("edition" if field == "publisher" and len(value.split()) <= 3 and _EDITION_WORD.search(value) else field,
             label, value) for field, label, value in fields]


def _unquoted(value: str) -> str:
    """A front matter's value without the quotes its syntax puts round a string (YAML, TOML: `title: "Suakin: ..."`);
    a value that only opens or closes with a quotation keeps it."""
    if len(value) > 2 and value[0] == value[-1] and value[0] in "\"'" and value[0] not in value[1:-1]:
        return value[1:-1].strip()
    return value


def _unlisted_fields_by_shape(fields: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """An export header's fields whose labels no list names, given the story field their values look like, each
    field once: the first title of four words or more is the headline ("TIT: Kakawo Gran Rivyè: ..."), a
    sentence of eight words or more the summary ("REZIME: Apre twa lane ..."), people the byline ("OTÈ: Jean-Robert
    Pierre-Louis ak Nadège Désir"), a value naming an edition the edition. Other unlisted fields stay the export's own."""
    named = {field for field, _, _ in fields}
    headline_by_shape = False
    read = []
    for field, label, value in fields:
        if field == "unknown":
            if "headline" not in named and len(value.split()) >= 4 and _looks_like_title(value):
                field = "headline"
                headline_by_shape = True
            elif headline_by_shape and "subheadline" not in named and len(value.split()) >= 4 and _looks_like_title(value) \
                    and not reads_as_people(value):  # (people and their agency sign it: "पिंकी कुमारी, मगध खबर सेवा")
                # the second title under the first, where neither label is listed ("Sub-tajuk:", "ITWE LYA KABILI:");
                # beside a listed "Headline:", another title is the export's own ("Web headline:")
                field = "subheadline"
            elif "summary" not in named and len(value.split()) >= 8 and _ENDS_SENTENCE_LINE.search(value):
                field = "summary"
            elif "byline" not in named and not any(c.isdigit() for c in value) \
                    and (is_byline_line(value) or reads_as_people(value) or _people_then_post(value)):
                field = "byline"
            elif "edition" not in named and _EDITION_WORD.search(value) and len(value.split()) <= 4:
                field = "edition"
            elif "dateline" not in named and value.isupper() and _PLACE_IN_CAPITALS.match(value):
                field = "dateline"  # "Lahat: SEMPORNA", "Рыльын: ЭГВЕКИНОТ": a place set in capitals, as datelines are
            named.add(field)
        read.append((field, label, value))
    return read


# One to three words of letters, set in capitals by the caller's check ("SEMPORNA", "TERE KLI, NOGAI"): no slug
# ("SHY-SHULE-IBADAKULI" has hyphens) and no date
_PLACE_IN_CAPITALS = re.compile(r"^[^\W\d_]{3,}(?:[ ,]+[^\W\d_]+){0,2}$")


def _people_then_post(value: str) -> bool:
    """People in capitals, then their post after a comma or in brackets ("MASANJA KULWA NDAKI, ng'wandiki wa
    shule", "MOHD ARIFIN BIN SALLEH MAKA NURAIN JAHALUL (Wartawan)")."""
    people = re.split(r",|\(", value, maxsplit=1)[0].strip()
    return people.isupper() and people != value.strip() and reads_as_people(people.title())


def _set_labelled_field(item: ParsedItem, field: str, value: str) -> bool:
    """A labelled value into its field when the field is still empty; False when it was already set.
    "Quelle: dpa", "Source: Reuters": an agency in the source slot is the copy's credit, not its publisher."""
    if field == "publisher" and agency_name(value):
        item.credit = item.credit or value
        return True
    if getattr(item, field):
        return False
    setattr(item, field, value)
    return True


def _looks_like_opening_headline(units: list[str]) -> bool:
    """The first line as a headline though it ends in "?", "!", a quote or a bracket ("Is the Fed done?").

    Only the first line, only with copy after it, never the dateline paragraph, and
    a line that ends a sentence with a full stop only when a byline follows it.
    """
    first = units[0]
    if len(units) < 2 or not 0 < len(first.split()) <= 20 or _LIST_MARKER.match(first) or parse_dateline(first):
        return False
    # Over a "By" line even a headline written as sentences is one: "Most readers leave, study finds. A few come back."
    return not _CLOSES_SENTENCE.search(first) or is_byline_line(units[1])


def _headline_over_dateline(units: list[str], index: int) -> bool:
    """A line ending in "?" or a quote right above the wire-dateline paragraph is the article's headline too."""
    unit = units[index]
    return (
        index + 1 < len(units) and 0 < len(unit.split()) <= 20 and not _CLOSES_SENTENCE.search(unit)
        and parse_dateline(unit) is None and parse_dateline(units[index + 1]) is not None
    )


# The outlet's name set under the byline: "The Riverbend Record", "Harbor Daily News".
_OUTLET_LINE = re.compile(
    r"^(?:The\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}|(?:[A-Z][\w'’&.-]*\s+){1,4}(?:" + "|".join(sorted(_OUTLET_WORDS)).title() + r"))$"
)


def _take_byline(units: list[str], index: int, item: ParsedItem) -> int:
    """The byline at `index`, with the agency or role line a wire often sets under it; how many units it took.

    "By ANNA LIND" / "Associated Press" is one byline on two lines; kept
    apart by a line break so the byline rules see two segments.
    """
    item.byline = units[index]
    slots = re.split(r"\s+\|\s+", units[index])
    if len(slots) > 1 and all(LABELLED_LINE.match(slot) for slot in slots):
        # "Penulis: Rina Kartika | Editor: Agus Salim": the byline's own slot; the desk's others are header metadata
        item.byline = slots[0]
        item.extra.setdefault("header_parts", []).extend(slots[1:])
    following = units[index + 1] if index + 1 < len(units) else ""
    if following and len(following.split()) <= 6 and (
        agency_name(following) or _ROLE_LINE.match(following) or _OUTLET_LINE.match(following) and parse_dateline(following) is None
    ):
        item.byline = f"{units[index]}\n{following}"
        return 2
    place = _place_over_date(following) if following and not item.dateline else ""
    if place:
        item.dateline = place  # "O Barco de Valdeorras | 09·05·25 | 06:00" under the byline: where and when
        item.extra.setdefault("header", {}).setdefault("date", following)
        return 2
    if following and _is_byline_contact_line(following):
        item.extra["byline_contact"] = following  # "Contributing columnist · jdoe@post.com · @JaneWrites": how to reach her
        return 2
    return 1


# A date or a time as a slot writes it with any separator: "09·05·25", "06:00", "12.03.2025", "21h14".
_NUMERIC_DATE_OR_TIME = re.compile(r"^\d{1,4}(?:\s*[.·/:h-]\s*\d{1,4}){1,2}\.?(?:\s*(?:h|hrs?|uhr))?$", re.IGNORECASE)


_NUMERIC_DATE = re.compile(r"^\d{1,4}\s*([.·/-])\s*\d{1,2}\s*\1\s*\d{2,4}\.?$")


def _place_over_date(line: str) -> str:
    """The place of a "place | date | time" line, or "": the other slots must all be dates or times."""
    for separator in _HEADER_SEPARATORS:
        parts = [p.strip() for p in separator.split(line) if p.strip()]
        if not (len(parts) >= 2 and _looks_like_place_name(parts[0]) and not agency_name(parts[0])
                and parts[0].split()[0].lower() not in CALL_TO_ACTION_VERBS):  # "Listen · 3:12" is a player
            continue
        dates = [p for p in parts[1:] if _HEADER_DATE.match(p) or _LONG_DATE.match(p) or _NUMERIC_DATE.match(p)]
        if dates and all(p in dates or _NUMERIC_DATE_OR_TIME.match(p) for p in parts[1:]):
            return parts[0]
    return ""


_CONTACT_SLOT = re.compile(r"^\S+@\S+\.\w+$|^@\w{2,30}$")


def _is_byline_contact_line(line: str) -> bool:
    """The line under a byline that holds the writer's role, e-mail or handle, joined by dots or pipes."""
    slots = [slot.strip() for slot in re.split(r"\s[·•|]\s", line) if slot.strip()]
    if not 1 < len(slots) <= 5 or len(line.split()) > 14:
        return False
    return any(_CONTACT_SLOT.match(slot) for slot in slots) and all(
        _CONTACT_SLOT.match(slot) or _ROLE_LINE.match(slot) for slot in slots)


def _is_place_slot(part: str, any_script: bool = True) -> bool:
    """A place in capitals. `any_script=False`: in ASCII capitals only, for a masthead's line over the headline, whose
    short slot in capitals is as often its section ("ДІН | 18.03.2025, 14:27", religion) as a place."""
    place = _CAPS_PLACE.match(part)
    return bool(place) and place["place"].isupper() and (any_script or place["place"].isascii()) \
        and (place["region"] or "A")[0].isupper() and len(part.split()) <= 5 and not agency_name(part) and not WIRE_STATUS.match(part) \
        and not _names_an_outlet_in_capitals(part)


def _names_an_outlet_in_capitals(part: str) -> bool:
    """An outlet's or a service's name set in capitals in a header slot: "THE MATABELELAND LEDGER" (an outlet's word
    last), "GENERAL NEWS SERVICE" ("news" anywhere), not a place ("THE HAGUE", "NEW YORK" hold neither)."""
    words = [word.lower() for word in part.split()]
    return len(words) >= 2 and (words[-1] in _OUTLET_WORDS or "news" in words)


def _assign_packed_header(parts: list[str], item: ParsedItem, *, with_headline: bool = True) -> None:
    """Give each "/ "-separated slot its field by what it looks like and where it sits.

    The usual order is headline / publisher / dateline / byline / edition /
    summary, but slots go missing or move. Outlet names and people's names
    look alike ("Coastline Daily", "Rosa Diaz"), so a name-like slot is the
    byline only when "By" says so, it carries an initial ("J. Mansour"), or
    it comes after the dateline slot; otherwise the first such slot is the
    publisher.
    """
    if with_headline:
        item.headline = parts[0]
    rest = parts[1:] if with_headline else parts
    if with_headline and rest and (_looks_like_summary(rest[-1]) or _SHORT_SUMMARY.match(rest[-1])):
        item.summary = rest.pop()
        if _in_the_seeds_order_unread(rest):
            item.publisher, item.dateline, item.byline, item.edition = rest
            return
    place_at = next((i for i, part in enumerate(rest) if _is_place_slot(part, with_headline)), len(rest))
    unassigned = []
    agency_header = False
    for position, part in enumerate(rest):
        is_edition = _EDITION_WORD.search(part) or (position > 0 and _EDITION.search(part))
        labelled = LABELLED_LINE.match(part)
        field = labelled and HEADER_LABELS.get(" ".join(labelled.group("label").split()).casefold())
        if field:  # "Penulis: Rina Kartika | Editor: Agus Salim": a labelled slot goes where its label says
            if field == "byline" and not item.byline:
                item.byline = part
            elif field in ("headline", "other") or not _set_labelled_field(item, field, labelled.group("value").strip()):
                item.extra.setdefault("header_parts", []).append(part)
        elif _HEADER_DATE.match(part):
            item.extra.setdefault("header", {})["date"] = part  # a date slot: when, not who or where
        elif WIRE_STATUS.match(part):
            item.extra.setdefault("header", {})["status"] = part  # "URGENTE", "PRIO 3", "UPPDATERAD": the wire's flags
        elif agency_name(part) and position < place_at and not item.credit:
            item.credit = part  # "ANSA — CRONACA — GENOVA — ...", "... | Berner Landbote | Bern | sda | ...": the agency
            # A header line that opens with the agency is the agency's own: it names no outlet.
            agency_header = agency_header or (position == 0 and not with_headline)
        elif _is_section_slot(part):
            item.extra.setdefault("header", {})["section"] = part  # "Local News", "Markets": where it runs
        elif _WIRE_CODE.match(part):
            item.extra.setdefault("header", {})["category"] = part  # "EKONOMI-TRANSPORTASI": the wire's desk code
        elif _TIME_SLOT.match(part):
            item.extra.setdefault("header", {})["time"] = part  # "09:41 WITA": when, with its zone
        elif not item.edition and is_edition and len(part.split()) <= 4:
            item.edition = part
        elif not item.dateline and _is_place_slot(part, with_headline):
            item.dateline = part
        elif not item.byline and (is_byline_line(part) or _is_byline_slot(part)):
            item.byline = part
        elif not item.byline and _looks_like_name(part) and (
            position > place_at or _HAS_INITIAL.search(part) or _is_known_person(part)
        ):
            item.byline = part
        elif not item.byline and position > place_at and reads_as_people(part):
            item.byline = part  # the byline's slot after the place: people joined in their language ("EKEMINI UDOH ye
            # ANIEFIOK ETUK", "BÙI THỊ NHÀI vả ĐINH CÔNG TƯƠI")
        elif not item.byline and position > place_at and agency_name(part):
            item.byline = part  # "Reuters" alone in the byline slot
        else:
            unassigned.append(part)
    for part in unassigned:
        if agency_header and not item.dateline and _looks_like_place_name(part) and len(part.split()) <= 2:
            item.dateline = part  # an agency's header names no outlet: its one-word slot is the place ("Kraków")
        elif not item.dateline and _is_town_and_region(part):
            item.dateline = part  # "March 2, 2026 – Surrey, British Columbia": a town and its region, no outlet
        elif not item.publisher and not agency_header and not LABELLED_LINE.match(part) and not _is_count_slot(part):
            item.publisher = part  # (a field of a label no list knows, "Код: SP-0314-112", names no outlet; nor a
            # count, "412 palabras")
        elif not item.byline and _looks_like_name(part):
            item.byline = part
        elif not item.dateline and _looks_like_place_name(part) and (item.byline or len(part.split()) == 1):
            item.dateline = part  # "Washington" in ordinary case; two capitalised words could be a person
        else:
            item.extra.setdefault("header_parts", []).append(part)
    last = rest[-1] if with_headline and item.summary and len(rest) >= 3 else ""
    if last and not item.edition and item.extra.get("header_parts", [])[-1:] == [last] and item.byline in rest[:-1] \
            and len(last.split()) <= 4 and not _SENTENCE_END.search(last):
        item.edition = item.extra["header_parts"].pop()  # the seed's order: the slot between byline and summary
        # ("... / NEBAJ/ CATARINA BRITO CEDILLO/ Vatz Q'ii/ summary": an edition named in a word no list holds)


def _in_the_seeds_order_unread(slots: list[str]) -> bool:
    """Four short slots between headline and summary in a script without capitals, which no shape reads (a place,
    a person and an outlet all look alike there): "بلتستان ژھوس/ سکردو/ غلام حیدر ژھنگپو/ صبح نا ایڈیشن". They stand
    in the seed's order: publisher, dateline, byline, edition."""
    return len(slots) == 4 and all(
        1 <= len(slot.split()) <= 5 and not any(ch.isupper() or ch.islower() or ch.isdigit() for ch in slot)
        and not LABELLED_LINE.match(slot) for slot in slots)


# A figure and one word in lower case: a count of the copy's words or minutes ("412 palabras", "212 words", "3 min."),
# never an outlet, whose name is capitalised ("20 Minuten").
_COUNT_SLOT = re.compile(r"\d[\d.,\u00a0 ]*\s+(?P<unit>[^\W\d_]+)\.?")


def _is_count_slot(part: str) -> bool:
    count = _COUNT_SLOT.fullmatch(part)
    return bool(count) and count["unit"].islower()


def _is_town_and_region(part: str) -> bool:
    """ "Surrey, British Columbia", "Dubbo, New South Wales": capitalised words either side of one comma, no outlet's
    word and no "The" ("The Herald, Glasgow" is an outlet and its town)."""
    town, comma, region = part.partition(",")
    words = (town + " " + region).split()
    return bool(comma) and "," not in region and bool(town.strip()) and bool(region.strip()) \
        and _looks_like_place_name(town) and _looks_like_place_name(region) and words[0].lower() != "the" \
        and not any(w.lower() in _OUTLET_WORDS for w in words)


def _looks_like_place_name(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words) and not any(
        c.isdigit() for c in part
    )


# --- body -------------------------------------------------------------------------


def _body_blocks(units: list[str], item: ParsedItem) -> list[Block]:
    blocks: list[Block] = []
    seen_paragraph = False
    index = 0
    while index < len(units):
        unit = units[index]
        if _LIST_MARKER.match(unit) and not _is_quotation_dash(units, index):
            items = []
            while index < len(units) and _LIST_MARKER.match(units[index]):
                items.append(_LIST_MARKER.sub("", units[index], count=1).strip())
                index += 1
            title = ""
            if blocks and blocks[-1].kind == PARAGRAPH and _looks_like_list_title(blocks[-1].text):
                title = blocks.pop().text
            blocks.append(Block(kind=LIST, text=title, items=items, ordered=unit.lstrip()[:1].isdigit()))
            continue
        unmarked = _unmarked_fact_box(units, index)
        if unmarked:
            blocks.append(Block(kind=LIST, text=unit, items=units[index + 1:index + 1 + unmarked]))
            index += 1 + unmarked
            continue
        next_is_list = index + 1 < len(units) and _LIST_MARKER.match(units[index + 1])
        if not seen_paragraph and index + 1 < len(units) and not next_is_list and _is_dateline_only(unit):
            blocks.append(Block(kind=PARAGRAPH, text=f"{unit} {units[index + 1]}"))  # one paragraph, as the wire meant
            seen_paragraph = True
            index += 2
            continue
        if not seen_paragraph and not item.byline and is_byline_line(unit):
            index += _take_byline(units, index, item)
            continue
        if not seen_paragraph and _take_labelled_field(unit, item):
            index += 1  # "Publication: The Cascade Ridge Tribune" under the byline: one more header field
            continue
        if not seen_paragraph and not item.summary and item.headline and (standfirst := _labelled_standfirst(units, index)):
            item.summary = standfirst  # "Le kpuie me: Tiatiadɔwɔƒe la gblɔ be ..." over the dateline
            index += 1
            continue
        if _is_standfirst_then_byline(blocks, unit, item):
            item.summary = _unlabelled_summary(blocks.pop().text)  # a standfirst between the headline and the byline
            seen_paragraph = False
            index += _take_byline(units, index, item)
            continue
        if not seen_paragraph and not item.byline and item.headline and not next_is_list and (
                _is_known_person(unit) or _are_joined_people(unit)):
            index += _take_byline(units, index, item)  # "Jane Doe" alone under the headline: the byline without "By"
            continue
        if not seen_paragraph and not next_is_list and (_looks_like_title(unit) or _headline_over_dateline(units, index)):
            if not item.headline:
                item.headline = unit
            elif _same_words(unit, item.headline):
                item.extra["repeated_headline"] = unit  # the article's own headline, the header's again
            elif len(unit.split()) <= 3 and not looks_like_byline(unit):
                blocks.append(Block(kind=HEADING, text=unit))  # "Deep Look", "The Full Story": a section label, too short for a headline
            elif unit.startswith("(") and unit.endswith(")"):
                blocks.append(Block(kind=PARAGRAPH, text=unit))  # "(Corrects name of ...)": the wire's note on this version, copy
            elif _is_dated_line(unit):
                item.extra.setdefault("header", {}).setdefault("date", unit)  # "November 8, 2026", "Objavljeno: 26.11.2026."
            elif len(unit.split()) <= 7 and READING_TIME_LINE.match(unit):
                item.extra.setdefault("header", {}).setdefault("reading_time", unit)  # "पढ्न लाग्ने समय : ३ मिनेट"
            elif addresses_reader(unit) or is_platform_note(unit) or LENGTH_IN_MINUTES.search(unit) \
                    or PHOTO_CREDIT_LABEL.match(unit) or _PHOTO_LINE.match(unit):
                # a prompt, an update note or a photo credit ("Фото: Служба відновлення") under the headline: the cleaner's
                blocks.append(Block(kind=PARAGRAPH, text=unit))
            elif not item.subheadline and len(unit) <= _LONGEST_SUBHEADLINE:
                item.subheadline = unit
            else:
                blocks.append(Block(kind=PARAGRAPH, text=unit))
                seen_paragraph = seen_paragraph or len(unit) > _LONGEST_SUBHEADLINE  # the lead: the header is over
        else:
            blocks.append(Block(kind=PARAGRAPH, text=unit))
            # "(Adds union comment, prices)": the wire's note on this version; the byline may still follow it
            seen_paragraph = seen_paragraph or not (next_is_list or _is_version_note(unit))
        index += 1
    return blocks


# A wire's note to the desk in brackets, in the words wires write them with: "(ATTN: ADDS comments in paras 6-7)",
# "(UPDATES with casualty figures)", "(RECASTS, adds details)".
_WIRE_NOTE = re.compile(r"^\((?:ATTN|UPDATES?|UPDATING|ADDS|ADDING|CORRECTS?|CORRECTING|RECASTS?|REFILES?|FIXES|CHANGES|"
                        r"REPEATS|WRITETHRU|LEADALL)\b[^()]{0,200}\)$")


def _is_version_note(unit: str) -> bool:
    return unit.startswith("(") and unit.endswith(")") and len(unit.split()) <= 25


# A letter's place and date: "Lyon, le 3 mars 2026", "Berlin, den 3. März 2026", "Madrid, 3 de marzo de 2026".
_PLACE_AND_DATE = re.compile(r"^(?P<place>[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,3}),\s+"
                             r"(?:(?:le|den|el|il|am|the)\s+)?(?P<date>\S.*)$")


def _place_of_dated_line(unit: str) -> str:
    """The place of a line that is a place and a date only, as a release dates itself ("Lyon, le 3 mars 2026"), else
    ""; the place begins with a capital."""
    found = _PLACE_AND_DATE.match(unit)
    if not found or not found.group("place")[:1].isupper() or not any(c.isdigit() for c in found.group("date")):
        return ""
    return found.group("place") if _is_dated_line(found.group("date")) else ""


def _issue_and_date(unit: str) -> tuple[str, str]:
    """("Svētdienas izdevums", "2026. gada 11. oktobris") for a line naming the issue, then its date ("عدد الأحد — 7
    ديسمبر 2025", "Afternoon Edition | Tuesday, March 10, 2026"); ("", unit) for any other line."""
    parts = re.split(r"\s[—·|]\s", unit, maxsplit=1)
    if len(parts) == 2 and _EDITION_WORD.search(parts[0]) and len(parts[0].split()) <= 4:
        return parts[0].strip(), parts[1].strip()
    return "", unit


def _is_dated_line(unit: str) -> bool:
    """A line that only dates the story: "November 8, 2026", "Objavljeno: 26.11.2026. u 13:05", "29 de noviembre de
    2026 · 18:40 hrs"."""
    labelled = LABELLED_LINE.match(unit)
    if labelled and HEADER_LABELS.get(" ".join(labelled.group("label").split()).casefold()) == "other":
        unit = labelled.group("value")
    else:  # "Publicerad 3 april 2025 kl. 10.12", "Veröffentlicht am 12.03.2025": the label without its colon
        words = unit.split(maxsplit=1)
        if len(words) == 2 and HEADER_LABELS.get(words[0].casefold()) == "other":
            unit = re.sub(r"(?i)^(?:on|am|le|el|em|il|den|op|w|dne)\s+", "", words[1])
    unit = _issue_and_date(unit)[1]
    unit = re.split(r"\s[·•|]\s", unit)[0].strip().rstrip(".")
    return bool(_HEADER_DATE.match(unit) or _LONG_DATE.match(unit) or _is_date_in_any_calendar(unit))


# A second headline is a line; a longer "title" is a paragraph in a script without sentence marks (a Thai lead).
_LONGEST_SUBHEADLINE = 250
_NUMBER = re.compile(r"\d+(?:[/:.]\d+)*")  # "२०८२", "10/2017", "११:४५"
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _is_date_in_any_calendar(unit: str) -> bool:
    """A date whose month and weekday words no list holds, told by its shape: a year of four digits in any script, a
    day or a time, and no more than two words ("बिहीबार, साउन ८, २०८२", "ሐምሌ 10/2017", "प्रकाशित मिति : शनिबार, साउन
    ३, २०८२ ११:४५" after its label). "Sensex falls 800 points in 2026" has too many words for one."""
    label, colon, rest = unit.partition(":")
    labelled = bool(colon) and len(label.split()) <= 3 and not any(ch.isdigit() for ch in label)
    if labelled:
        unit = rest  # "प्रकाशित मिति :" ("published on:"), with the time too: a fact box's "Mula: 1 Julai 2026" is no stamp
    numbers = _NUMBER.findall(unit)
    words = WORD.findall(unit)
    return (any(_YEAR.search(number) for number in numbers)
            and (len(numbers) >= (3 if labelled else 2) or "/" in unit and not labelled)
            and len(words) <= 2 and not SENTENCE_END.search(unit.rstrip()))


# "29 de noviembre de 2026", "26.11.2026. u 13:05", "1. prosince 2026": dates as other languages write them.
# A weekday may open it ("Jumapili, Novemba 30, 2026"); Hungarian puts the year first ("2026. november 29. 08:30").
_LONG_DATE = re.compile(
    r"^(?:[^\W\d_]+,?\s+)?(?:" + WRITTEN_DATE
    + r"|\d{4}\.\s+" + MONTHS_ANY_LANGUAGE + r"\s+\d{1,2}\.?"
    r"|\d{1,2}\.\d{1,2}\.\d{4}\.?)"
    r"(?:,?\s+(?:\w{1,3}\.?\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:hrs?|h|uhr))?(?:\s+[A-Z]{2,4})?)?$",  # "07:00 CET"
    re.IGNORECASE)


def _take_labelled_field(unit: str, item: ParsedItem) -> bool:
    """One "Label: value" line among the header lines, for a field still empty (publisher, dateline, edition, summary)."""
    match = LABELLED_LINE.match(unit)
    field = match and HEADER_LABELS.get(" ".join(match.group("label").split()).casefold())
    if field not in ("publisher", "dateline", "edition", "summary"):
        return False
    return _set_labelled_field(item, field, match.group("value").strip())


def _labelled_standfirst(units: list[str], index: int) -> str:
    """Under the header, right over the copy's dateline paragraph, a label no list holds and its colon before
    sentences (`_unlabelled_summary`): the standfirst ("Le kpuie me: ...", Ewe's "in short"; "Asɛm tiawa: ...",
    Twi's); "" where the line is none."""
    unit = units[index]
    value = _unlabelled_summary(unit)
    if value == unit or index + 1 >= len(units) or not parse_dateline(units[index + 1]):
        return ""
    # (a note to the reader or the desk is no standfirst: "Note to readers: This is a corrected story. ...",
    # "Republish: Free to republish under CC BY-ND 4.0. ...")
    label = unit[:unit.rfind(value)]
    return value if "note" not in label.casefold() and len(value.split()) >= 8 and not is_platform_note(value) else ""


def _is_standfirst_then_byline(blocks: list[Block], unit: str, item: ParsedItem) -> bool:
    """Headline, a one-paragraph standfirst, then "By ...": the paragraph was the summary, not copy.

    Only a strict "By Name" line counts, only after exactly one paragraph
    that carries no wire dateline, and only when no summary or byline is known.
    """
    return (
        not item.byline and not item.summary and bool(item.headline) and len(blocks) == 1
        and blocks[0].kind == PARAGRAPH and (_is_own_line_byline(unit) or _is_byline_with_meta(unit))
        and parse_dateline(blocks[0].text) is None
    )


def _is_byline_with_meta(line: str) -> bool:
    match = _BYLINE_WITH_META.match(line)
    if match and _looks_like_name(match.group("name").split(",")[0]):
        return True
    # "Ayşe Karaca, Omar Al-Sulaiti   |05.03.2026 - Update : 05.03.2026": people, then the page's dates after a pipe
    people, bar, stamp = line.partition("|")
    return bool(bar) and any(c.isdigit() for c in stamp) and not any(c.isdigit() for c in people) and (
        _are_joined_people(people.strip()) or _is_known_person(people.strip()))


def _is_dateline_only(unit: str) -> bool:
    """ "ATHENS, Greece (AP) —" set on a line of its own: the dateline of the paragraph below it."""
    found = parse_dateline(unit)
    return found is not None and found.raw == unit.strip() and bool(found.credit or found.place)


def _is_quotation_dash(units: list[str], index: int) -> bool:
    """A lone paragraph opened by a dash is a quotation, as Finnish, Swedish, Polish, Russian and Spanish set reported
    speech ("– Vaurioita on poikkeuksellisen laajalla alueella ..., sanoo käyttöpäällikkö Jari Kettunen."), not a
    one-item list: the dash is the copy's and stays. A list has items beside it, and an item is seldom sentences."""
    unit = units[index]
    alone = not (index > 0 and _LIST_MARKER.match(units[index - 1])) and not (
        index + 1 < len(units) and _LIST_MARKER.match(units[index + 1]))
    return alone and unit.lstrip()[:1] in "–—-" and len(unit.split()) >= 9 and bool(_SENTENCE_END.search(unit.rstrip()))


def _unmarked_fact_box(units: list[str], index: int) -> int:
    """How many "Label: value" lines follow a fact-box title at `index` with their bullets lost (0: not one).

    A paste often drops the "- " of "Quick Look" / "Location: Kuala Lumpur":
    a short title line, then two or more short lines that each open with a
    short label and a colon, is still a fact box.
    """
    title = units[index]
    if len(title.split()) > 8 or not _looks_like_list_title(title) or _LIST_MARKER.match(title) or _RULE_LINE.match(title):
        return 0  # (a rule, "---", over a caption's and a photo credit's labelled lines is no fact box's title)
    count = 0
    while index + 1 + count < len(units) and _is_label_value(units[index + 1 + count]):
        count += 1
    return count if count >= 2 else 0


def _is_label_value(line: str) -> bool:
    match = _LABEL_VALUE.match(line)
    return bool(match) and len(line.split()) <= 15 and len(match.group("label")) > 1 and match.group("label") not in ("Q", "A")


def _looks_like_list_title(text: str) -> bool:
    return len(text.split()) <= 14 and (text.endswith(":") or not _SENTENCE_END.search(text))
