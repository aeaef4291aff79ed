"""IPTC 7901 and ANPA-1312 wire transmissions -> ParsedItem(s).

A transmission is framed by control characters: SOH (0x01) opens the
message header, STX (0x02) the text, ETX (0x03) closes the text (a time
stamp may follow), EOT (0x04) ends the message. One body may carry several
messages back to back; each becomes its own item.

Header lines, as the two standards lay them out:
  ANPA-1312   "a0245"  (service level + selector/sequence), then
              "r i BC-Britain-Brexit 1stLd-Writethru 01-05 0512"
              priority, category, keyword (slug) with its version/take key,
              date (MM-DD) and word count. Format codes (0x11-0x14) may sit
              between the category and the keyword.
  IPTC 7901   "AFP0123 4 i 0345" source + message number, priority (1-6),
              category, word count; then the keyword line ("Britain-Brexit/").
In the text, ANPA marks its own header lines with "^" ... "<" (slug, headline,
editors' note, "By ..." and the byline title); IPTC 7901 puts the headline
on the first line. Paragraphs are indented or blank-line separated and
hard-wrapped. Transmission markers ("MORE", "-0-", "END") are framing, not
copy: they are dropped and listed in the item's extra.

As agencies really send them:
  dpa (IPTC 7901) may put a take or marker line ("1ST LEAD", "REFILE",
  "EXTRA", "(Achtung: ...)") right after STX: it goes to extra["markers"] and
  the headline is the next line. dpa ends its headline and byline lines with
  " =" (the headline may wrap over two or three lines up to it); that is wire
  punctuation, not headline.
  AP's ANPA may open the text with a format code and the keyword repeated,
  "*9006< ^AP-Top-Entertainment-Headlines,0176<", and may set every line of a
  digest as a "^...<" line: the code is framing, the repeat is not the
  headline, and "^" lines after the headline are copy when nothing else is.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone

from ingest.items import PARAGRAPH, Block, ParsedItem
from ingest.vocabulary import FOREIGN_BY_WORDS, HEADER_LABELS, agency_name
from ingest.vocabulary.agencies import names_an_agency
from ingest.vocabulary.words import LABEL_COLONS, SCRIPT_BYLINE_OPENING, header_label_field
from ingest.vocabulary.headlines import reads_as_a_second_headline
from ingest.vocabulary.bylines import looks_like_byline, reads_as_people, without_unlisted_by
from ingest.vocabulary.signals import rights_notice_wording

from .encoding import decode
from .errors import ParseError
from .status import mark_correction

SOH, STX, ETX, EOT, SYN = "\x01", "\x02", "\x03", "\x04", "\x16"

# ANPA priority letters -> IPTC urgency (1 most urgent .. 8 least).
_ANPA_PRIORITY = {"f": 1, "b": 2, "u": 3, "r": 5, "d": 6, "a": 7, "s": 5, "w": 5}
_ANPA_LINE = re.compile(
    r"^(?P<priority>[a-z])\s+(?P<category>[a-z])\s+(?P<keyword>\S+)(?:\s+(?P<key>.*?))?"
    r"\s+(?P<date>\d{1,2}-\d{1,2})(?:\s+(?P<words>\d{1,5}))?\s*$",
    re.IGNORECASE,
)
_IPTC7901_LINE = re.compile(
    r"^(?P<source>[A-Za-z]{1,10})\s*(?P<number>\d{1,6})\s+(?P<priority>\d)\s+(?P<category>[A-Za-z]{1,3})"
    r"(?:\s+(?P<words>\d{1,5}))?(?:\s+(?P<rest>.*))?$"
)
_SEQUENCE = re.compile(r"^(?P<service>[a-z])(?P<number>\d{4})", re.IGNORECASE)
_CYCLE_PREFIX = re.compile(r"^(?:BC|AM|PM|AP|WA|UP)-", re.IGNORECASE)
_LEAD = re.compile(r"(\d+)(?:st|nd|rd|th)\s*-?\s*(?:Ld|Lead)\b", re.IGNORECASE)
_WRITETHRU = re.compile(r"(?:(\d+)(?:st|nd|rd|th)\s*-?\s*)?(?:Writethru|Write-thru|Writethrough)\b", re.IGNORECASE)
_TAKE = re.compile(r"(?:(\d+)(?:st|nd|rd|th)\s*-?\s*Take\b|\bTake\s*-?\s*(\d+))", re.IGNORECASE)
_ADD = re.compile(r"(\d+)(?:st|nd|rd|th)\s*-?\s*Add\b", re.IGNORECASE)
_FRAMING = re.compile(r"^\s*(?:\(?MORE\)?|-more-|-0-|\(?END\)?|=+|-{3,}|\(ENDS\)|ENDS)\s*$", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*by\s+\S", re.IGNORECASE)
_EDITORS_NOTE = re.compile(r"^\s*(?:eds?\s*:|editors?'?\s*note\b)", re.IGNORECASE)
_NOT_FOR_PUBLICATION = re.compile(r"not (?:intended )?for publication", re.IGNORECASE)
# "LONDON (AP) _ " : ANPA sends the dateline dash as an underscore.
_UNDERSCORE_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w.'’ -]+)?)\s*\((?P<credit>[^()]{1,40})\)\s+_\s+")
_ANPA_STAMP = re.compile(r"(?P<month>\d{2})-(?P<day>\d{2})-(?P<year>\d{2})\s+(?P<hour>\d{2})(?P<minute>\d{2})\s*GMT")
_7901_STAMP = re.compile(
    r"(?:^|\s)(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})\s*(?:GMT\s+)?(?P<month>[A-Za-z]{3})\s+(?P<year>\d{2,4})\s*$", re.MULTILINE
)
# The AP trailer some feeds put before ETX: "AP-WF-02-20-16 0337GMT<".
_TRAILER_LINE = re.compile(
    # ("NPA-11-18-26 0512GMT": no desk; "ONS 12-05-26 1432ACST": a space, and the zone the take was sent in)
    r"^\s*(?:[A-Z]{2,6}(?:-[A-Z]{2})?[-\s]\d{2}-\d{2}-\d{2}\s+\d{4}\s*(?:GMT|UTC|[A-Z]{1,3}T)<?"
    # the take's sign-off: the agency's code and the operators' initials before the stamp ("HPA ef/md 201745 SEP 25")
    r"|(?:[A-Za-z]{2,6}\s+(?:[a-z]{1,4}(?:/[a-z]{1,4})*\s+)?)?\d{6}\s*(?:GMT\s+)?[A-Za-z]{3}\s+\d{2,4})\s*$"
)
# The keyword repeated at the top of the text: "^BC-LT--Argentina-Cancer Beauty,466<".
_SLUG_REPEAT = re.compile(r"^(?:BC|AM|PM|AP|WA)-.*,\s*(?:\d+(?:st|nd|rd|th)?\s*\w*(?:-\w+)?,)?\s*\d+\s*$"
                          r"|^[A-Z]{2,5}-[^\s,]+,\s*\d+\s*$"  # (any service's code: "AAP-Fire-Ants,0398")
                          r"|^(?:BC|AM|PM|AP|WA)-[^\s,]+$", re.IGNORECASE)  # (or the slug alone: "BC-PH-SURIGAO-BAGYO")
_PHOTO_NOTE = re.compile(r"^AP Photos?\b|^(?:AP )?Graphic\b", re.IGNORECASE)
# A take or marker line right after STX: "1ST LEAD", "REFILE", "EXTRA", "2ND LEAD - adds quotes",
# "(Achtung: Sperrfrist 12.00 Uhr)". Bare ones are capitals; a bracketed one opens with a marker word.
_MARKER_WORDS = (
    r"(?:\d+(?:ST|ND|RD|TH)\s+)?(?:LEAD|LD|WRITETHRU|WRITE-THRU|TAKE|ADD|INSERT|SUB|REFILE|REPEAT|RPT|EXTRA|URGENT|"
    r"FLASH|BULLETIN|ALERT|CORRECTION|CORRECTED|CORRECTS|KORREKTUR|BERICHTIGUNG|EIL|EILT|BLITZ|VORAB|ACHTUNG|"
    r"ZUSAMMENFASSUNG|NEU|UPDATE|MISE A JOUR)(?:\s*\d+)?"
)
# Only a version marker may say what changed after it ("2ND LEAD - ADDS QUOTES"); "FLASH: QUAKE HITS TOKYO" is a headline.
_VERSION_MARKER = r"(?:\d+(?:ST|ND|RD|TH)\s+)?(?:LEAD|LD|WRITETHRU|WRITE-THRU|REFILE|CORRECTION|CORRECTS|KORREKTUR|BERICHTIGUNG)"
_BARE_MARKER = re.compile(rf"^(?:{_MARKER_WORDS}|{_VERSION_MARKER}\s+[-:/]\s*[^a-z]*)$")
_BRACKETED_MARKER = re.compile(rf"^\((?:{_MARKER_WORDS})\b[^()]*\)$", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?P<label>[^\W\d_][\w .’'-]{0,24}?)\s*[" + LABEL_COLONS + r"]\s*(?P<name>\S.*)$")


def _is_labelled_byline(line: str) -> bool:
    """A byline's label (as a header names one: "Autor:", "Szerző:", "Raitim" no list holds is not one) before a
    name in capitals or a script without them, and no sentence: the take's byline over its copy."""
    labelled = _LABEL.match(line)
    if not labelled or header_label_field(labelled.group("label")) != "byline" or len(line.split()) > 14:
        return False
    first = labelled.group("name")[:1]
    return (first.isupper() or first.isalpha() and not first.islower()) and not line.rstrip().endswith((".", "!", "?"))


_WIRE_END = re.compile(r"\s+=\s*$")  # dpa's end of a headline or byline line
# A byline in the wire's language: "By", "Von" (dpa), "Par" (AFP), "Por" (EFE), "Di", "Door", "Av", "Af".
# IPTC 7901's keyword line over the headline: slots joined by slashes, a word or three each ("BINNENLAND/VERKEER/
# FIETS/", "Graz/Klagenfurt/Verkehr/Bahn", "SOCIETY/TRANSPORT/SEOUL"): the story's keywords, not its headline.
_KEYWORD_LINE = re.compile(r"^[^\s/]+(?:\s[^\s/]+){0,2}(?:/[^\s/]+(?:\s[^\s/]+){0,2})+/?$|^[^\s/]+/$")
# A subtitle line under the headline, labelled as the vocabulary's header labels name a subheadline ("Untertitel:",
# "Subtitle:"), or as APA abbreviates it ("Utl.:").
_SUBTITLE_LABELS = ("utl.", *(label for label, field in HEADER_LABELS.items() if field == "subheadline"))
_SUBTITLE_LINE = re.compile(r"^(?:" + "|".join(map(re.escape, _SUBTITLE_LABELS)) + r")\s*:\s*(?P<text>\S.*?)\s*=?\s*$",
                            re.IGNORECASE)
_ANY_BYLINE = re.compile(r"^\s*(?:by|" + "|".join(FOREIGN_BY_WORDS) + r")\s+\S", re.IGNORECASE)
# AP's format code before the text: "*9006<" (a star, digits and the end-of-line mark).
_FORMAT_CODE = re.compile(r"^\s*\*\d{2,6}<\s*")


def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    text = decode(raw, content_type).replace("\r\n", "\n").replace("\r", "\n").replace(SYN, "").replace("\x00", "")
    if STX not in text:
        where = f"byte {text.index(SOH)}" if SOH in text else "the whole body"
        raise ParseError("ANPA/IPTC 7901: no STX (0x02, start of text) in the transmission", where)
    messages = [m for m in text.split(SOH) if m.strip()] if SOH in text else [text]
    items = []
    for index, message in enumerate(messages):
        if STX not in message:
            if index == 0 and SOH in text and not text.startswith(SOH):
                continue  # line noise before the first SOH
            raise ParseError("ANPA/IPTC 7901: a message has no STX (0x02, start of text)", f"message {index + 1}")
        items.append(_message(message, index + 1))
    return _join_takes(items)


def _join_takes(items: list[ParsedItem]) -> list[ParsedItem]:
    """Takes of one story sent together (1st take, then "2ndTake"...) are one story: later takes append their copy.

    Takes that arrive in separate transmissions stay items of their own (their
    guid carries the take number); joining those needs the earlier take's story.
    """
    joined: list[ParsedItem] = []
    for item in items:
        take = item.extra.get("take", 1)
        previous = joined[-1] if joined else None
        if (
            previous is not None and take > 1 and previous.extra.get("slugline") == item.extra.get("slugline")
            and previous.extra.get("date") == item.extra.get("date") and previous.extra.get("last_take", 1) == take - 1
        ):
            previous.blocks.extend(item.blocks)
            previous.extra["last_take"] = take
            previous.versioncreated = item.versioncreated or previous.versioncreated
            continue
        joined.append(item)
    return joined


def _message(message: str, number: int) -> ParsedItem:
    header, _, rest = message.partition(STX)
    if ETX not in rest:
        raise ParseError(
            "ANPA/IPTC 7901: the text is not closed by ETX (0x03, end of text); the transmission looks truncated",
            f"message {number}, after STX",
        )
    body, _, trailer = rest.partition(ETX)
    trailer = trailer.split(EOT, 1)[0]
    item = ParsedItem(format="anpa")
    _read_header(header, item)
    _read_text(body, item)
    item.versioncreated = _stamp(trailer) or _stamp(body[-200:])
    item.firstcreated = item.versioncreated
    _read_dateline(item)
    if not item.blocks and not item.headline:
        raise ParseError("ANPA/IPTC 7901: the text between STX and ETX is empty", f"message {number}")
    item.guid = _guid(item, body)
    if item.extra.get("take", 1) > 1 and not item.headline:
        # A later take carries no headline. Joined to its first take this is never seen; a take stored
        # alone (its first take missing or already edited) must still say what it is in the editors' queue.
        name = item.extra.get("slugline") or item.extra.get("keyword") or "Untitled"
        item.headline = f"{name} (take {item.extra['take']})"
    return item


def _visible(line: str) -> str:
    """Format codes (0x11-0x14, 0x1f ...) become spaces; they separate header fields."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", line).split())


def _read_header(header: str, item: ParsedItem) -> None:
    lines = [_visible(line) for line in header.split("\n")]
    lines = [line for line in lines if line]
    keyword_lines = []
    for line in lines:
        anpa = _ANPA_LINE.match(line)
        iptc = _IPTC7901_LINE.match(line)
        sequence = _SEQUENCE.match(line)
        if anpa and not item.extra.get("keyword"):
            item.extra["standard"] = "ANPA-1312"
            item.urgency = _ANPA_PRIORITY.get(anpa.group("priority").lower())
            item.extra["priority"] = anpa.group("priority")
            _category(item, anpa.group("category"))
            _keyword(item, anpa.group("keyword"), anpa.group("key") or "")
            item.extra["date"] = anpa.group("date")
            if anpa.group("words"):
                item.extra["word_count"] = int(anpa.group("words"))
        elif iptc and "standard" not in item.extra:
            item.extra["standard"] = "IPTC 7901"
            item.extra["source"] = iptc.group("source")
            item.extra["message_number"] = iptc.group("number")
            item.urgency = int(iptc.group("priority")) or None
            item.extra["priority"] = iptc.group("priority")
            _category(item, iptc.group("category"))
            if iptc.group("words"):
                item.extra["word_count"] = int(iptc.group("words"))
            if iptc.group("rest"):
                item.extra["selector"] = iptc.group("rest")
        elif sequence and "sequence" not in item.extra:
            item.extra["sequence"] = sequence.group(0)
            remainder = line[sequence.end():].strip()
            if remainder:
                item.extra["selector"] = remainder
        else:
            keyword_lines.append(line)
    closing = _unmarked(keyword_lines[-1]) if keyword_lines else ""
    if len(keyword_lines) >= 4 and names_an_agency(closing) and not _reads_as_sentence(closing):
        # the header closes with the agency's line under the byline ("^Avaiki News Agency<"): the credit's
        item.credit = item.credit or closing
        keyword_lines.pop()
        closing = _unmarked(keyword_lines[-1])
    if len(keyword_lines) >= 3 and (_ANY_BYLINE.match(closing) or SCRIPT_BYLINE_OPENING.match(closing)
                                    or _unlisted_by_before_people(closing)):
        # the header closes with the byline under its headline ("Հեղինակ՝ Լիլիթ ԱՎԱԳՅԱՆ", "^Na Teina Marsters ma
        # Ngametua Tangatapoto<"): the byline's, not a headline
        keyword_lines.pop()
        item.byline = closing
    if len(keyword_lines) >= 2 and _reads_as_headline(keyword_lines[-1]):
        # Some services send the headline in the header, after the keyword line, and open the text with the
        # first paragraph: "VD/Justice/Escroquerie" then "Lausanne: un ex-gérant de fortune condamné ..." (ATS).
        item.extra["header_headline"] = _unmarked(keyword_lines[-1])
    if not item.extra.get("keyword") and keyword_lines:
        # IPTC 7901's keyword line is the whole line: "American Football/NFL/".
        _keyword(item, keyword_lines[0].strip(" /"), " ".join(keyword_lines[1:]))


def _unmarked(line: str) -> str:
    """A header line without ANPA's "^" and "<" marks around it."""
    return line.strip().removeprefix("^").removesuffix("<").strip()


def _reads_as_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?"))


def _reads_as_headline(line: str) -> bool:
    """Several words with lower-case letters, not a slug's "A/B/C" and not a header's codes."""
    words = line.split()
    return len(words) >= 3 and not _KEYWORD_LINE.match(line) and sum(any(c.islower() for c in w) for w in words) >= len(words) / 2


def _category(item: ParsedItem, code: str) -> None:
    item.extra["category"] = code
    item.subjects = [{"scheme": "anpa-category", "code": code.lower()}]


def _keyword(item: ParsedItem, keyword: str, key: str) -> None:
    """The keyword (slug) names the story; the key after it says which version or take this is."""
    keyword = keyword.strip(" /,")
    item.extra["keyword"] = keyword
    item.extra["slugline"] = _version_keys_removed(_CYCLE_PREFIX.sub("", keyword))
    key = key.strip(" /")
    if key:
        item.extra["version_key"] = key
    searched = f"{keyword} {key}"
    lead = _LEAD.search(searched)
    writethru = _WRITETHRU.search(searched)
    if lead:
        item.version = int(lead.group(1)) + 1
    elif writethru:
        item.version = int(writethru.group(1) or 1) + 1
    take = _TAKE.search(searched)
    if take:
        item.extra["take"] = int(take.group(1) or take.group(2))
    add = _ADD.search(searched)
    if add:
        item.extra["add"] = int(add.group(1))
    if re.search(r"\bcorrect", searched, re.IGNORECASE):
        item.extra["correction"] = True
    if re.search(r"\b(kill|elimination|withdraw)", searched, re.IGNORECASE):
        item.pubstatus = "canceled"


def _version_keys_removed(keyword: str) -> str:
    """"Brexit-Vote take 2" and "Brexit-Vote 1st Ld" name the story "Brexit-Vote"."""
    for pattern in (_LEAD, _WRITETHRU, _TAKE, _ADD):
        keyword = pattern.sub(" ", keyword)
    return " ".join(keyword.split()).strip(" -/,") or keyword.strip()


def _is_marker(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line) <= 80 and bool(_BARE_MARKER.match(line) or _BRACKETED_MARKER.match(line))


def _split_ap_lines(body: str, dropped: list[str]) -> list[str]:
    """AP's text: a "*9006<" format code is framing; several "^...<" lines run together are split at each "<"."""
    lines = []
    for line in body.split("\n"):
        if _FORMAT_CODE.match(_visible_line(line)):
            line = _visible_line(line)  # shift codes (SI, SO) before the format code are not text either
        code = _FORMAT_CODE.match(line)
        if code:
            dropped.append(code.group(0).strip())
            line = line[code.end():]
        if line.lstrip().startswith("^") and re.search(r"<\s*\^", line):
            lines.extend(piece.strip() for piece in re.split(r"(?<=<)\s*(?=\^)", line) if piece.strip())
        else:
            lines.append(line)
    return lines


def _opens_a_rights_notice(line: str) -> bool:
    """A line that names two rights notice's words or more and forbids in its own voice, unindented under a paragraph
    of indented copy (eight words or more): the agency's notice, no wrapped line of that paragraph."""
    stems, forbids = rights_notice_wording(line)
    return stems >= 2 and forbids


def _editors_notes_taken(lines: list[str], notes: list[str]) -> list[str]:
    """The text without the editors' notes that open it ("Eds: UPDATES with sentence ..."), which go to `notes`: a note
    to the desk over the headline is neither the headline nor copy."""
    position = 0
    while position < len(lines):
        visible = _visible_line(lines[position]).strip()
        if visible and not _EDITORS_NOTE.match(visible):
            break
        if visible:
            notes.append(visible)
        position += 1
    return lines[position:]


def _read_7901_head(lines: list[str], item: ParsedItem) -> list[str]:
    """The first lines of an unmarked text: markers, then the headline (up to a " =" end when it wraps), maybe a byline.

    Returns the lines left for the copy. Only the headline's lines and the
    markers before it are consumed; a "By"/"Von" line is left to the copy reader.
    """
    position = 0

    def skip_blank(at: int) -> int:
        while at < len(lines) and not _visible_line(lines[at]).strip():
            at += 1
        return at

    position = skip_blank(position)
    sent_in_header = item.extra.pop("header_headline", "")
    if sent_in_header and position < len(lines) and lines[position][:1] in (" ", "\t"):
        item.headline = sent_in_header  # the text opens with an indented paragraph: the header held the headline
        return lines[position:]
    markers = []
    while position < len(lines) and _is_marker(_visible_line(lines[position])):
        markers.append(_visible_line(lines[position]).strip())
        position = skip_blank(position + 1)
    if markers:
        item.extra["markers"] = markers
        lead = _LEAD.search(" ".join(markers)) or re.search(r"(\d+)(?:ST|ND|RD|TH)\s+LEAD", " ".join(markers), re.IGNORECASE)
        if lead and item.version == 1:
            item.version = int(lead.group(1)) + 1
        if any(re.search(r"correct|korrektur|berichtigung", m, re.IGNORECASE) for m in markers):
            item.extra["correction"] = True
    if position >= len(lines):
        return lines[position:]
    first = _visible_line(lines[position]).strip()
    if _FRAMING.match(first) or _TRAILER_LINE.match(first) or _NOT_FOR_PUBLICATION.search(first) or _ANY_BYLINE.match(first):
        return lines[position:]
    ahead_line = _visible_line(lines[position + 1]).strip() if position + 1 < len(lines) else ""
    if (_KEYWORD_LINE.match(first) or _repeats_the_slug(first, item) or _is_one_word_slug(first, ahead_line)) \
            and ahead_line and not _KEYWORD_LINE.match(ahead_line):
        if not item.extra.get("keyword"):
            _keyword(item, first, "")
        position += 1
        first = ahead_line
    group = [first]
    end = position
    if not _WIRE_END.search(first):
        # A wrapped headline ends with " =" on its second or third line, before any blank line or byline.
        for ahead in range(position + 1, min(position + 3, len(lines))):
            line = _visible_line(lines[ahead]).strip()
            if not line or _ANY_BYLINE.match(line) or _FRAMING.match(line):
                break
            if _WIRE_END.search(line):
                group += [_visible_line(l).strip() for l in lines[position + 1:ahead + 1]]
                end = ahead
                break
    item.headline = _WIRE_END.sub("", " ".join(group)).strip()
    subtitle = _SUBTITLE_LINE.match(_visible_line(lines[end + 1]).strip()) if end + 1 < len(lines) else None
    if subtitle:
        item.subheadline = subtitle.group("text")
        end += 1
    elif _second_title_over_byline(lines, end + 1):
        item.subheadline = _visible_line(lines[end + 1]).strip()
        end += 1
    return lines[end + 1:]


def _is_one_word_slug(line: str, next_line: str) -> bool:
    """A keyword of one word in capitals, its parts joined by hyphens, over a headline in ordinary case ("КАМА-ВЫЖ"
    over "Кама вамен выль выж: Сарапул дорын ужъёс кутскизы"): the take's slug, in any script with capitals."""
    cased = [ch for ch in line if ch.isupper() or ch.islower()]
    return " " not in line and len(cased) >= 3 and all(ch.isupper() for ch in cased) and len(line) <= 40 \
        and _reads_as_headline(next_line)


def _is_name_line(line: str) -> bool:
    """Two to five words, each capitalised, no figure and no stop: a name on a line of its own."""
    words = line.strip().rstrip(" =<").split()
    return 2 <= len(words) <= 5 and all(word[:1].isupper() for word in words) and not any(ch.isdigit() for ch in line) \
        and not _SENTENCE_END.search(line.strip())


def _unlisted_by_before_people(line: str) -> bool:
    """A by-line whose "by" no list holds, over the copy: a capitalised word and a word or two in lower case before
    people joined as bylines join them ("Ifyalembwa na MWILA CHANDA na CHILUFYA MULENGA"), no sentence."""
    people = without_unlisted_by(line.strip())
    return people != line.strip() and not line.rstrip().endswith((".", "!", "?", ":")) and reads_as_people(people)


def _people_in_capitals_joined(line: str) -> bool:
    """Two people in capitals joined by one short word in lower case that no list holds, without a "by", closing the
    header ("^ZEYNEP KOCAOĞLU do MURAT TOPALOĞLU" over "^Pontuşi Ajansi", Laz): wires set their writers' names in
    capitals there, and a headline in capitals holds no word in lower case. The agency after a comma goes with them
    ("^GATLUAK RUEI kɛnɛ NYAKUOTH DEL, Naath Press Agency<", Nuer)."""
    people, _, agency = line.strip().rpartition(",")
    if people and names_an_agency(agency.strip()):
        line = people
    words = line.strip().split()
    joiners = [at for at, word in enumerate(words) if word.islower()]
    if len(joiners) != 1 or not 5 <= len(words) <= 9:
        return False
    at = joiners[0]
    return (len(words[at]) <= 5 and words[at].isalpha() and 2 <= at <= 4 and 2 <= len(words) - at - 1 <= 4
            and all(word.isupper() and len(word) >= 2 for word in words if word is not words[at]))


def _second_title_over_byline(lines: list[str], at: int) -> bool:
    """A second title set flush under the headline, straight over the by-line ("Strathdearn beaten 3-2 in Bught Park
    thriller" / "By EWAN FRASER"): the take's subheadline, not the first line of its copy. A headline wrapped onto
    this line goes on in lower case; copy opens below the by-line."""
    if at + 1 >= len(lines) or lines[at][:1] in (" ", "\t"):
        return False
    line, below = _visible_line(lines[at]).strip(), _visible_line(lines[at + 1]).strip()
    return (bool(line) and line[:1].isupper() and len(line.split()) <= 16 and not line.endswith((".", ":"))
            and bool(_ANY_BYLINE.match(below)) and _names_after_by(below))


# AP's and CP's slug as the text repeats it: the category prefix, words joined by hyphens, the version after a comma
# ("BC-CUR--Northern-Lights, 2nd Ld-Writethru").
_PREFIXED_SLUG = re.compile(r"^(?:BC|AM|PM|WA|AP)-[\w-]+(?:,.*)?$")


def _repeats_the_slug(line: str, item: ParsedItem) -> bool:
    """The first line of the text is the slug again: the wire's prefixed slug, or the header's slug word for word
    (an unknown header's selector holds it: "c0358 bsu-r s BC-CUR--Northern-Lights 2ndLd-Writethru 03-14 0547")."""
    if " " not in line.split(",")[0].strip() and _PREFIXED_SLUG.match(line):
        return True
    slug = line.split(",")[0].strip()
    header = f" {item.extra.get('keyword', '')} {item.extra.get('selector', '')} "
    return len(slug) >= 6 and " " not in slug and f" {slug} " in header


def _names_after_by(line: str) -> bool:
    """ "Door SANNE VAN DEN HEUVEL en JOOST DE WAAL", "Von Anna Berger": after the by-word, names (most words
    capitalised, no sentence); "Par ailleurs, le ministre ..." is copy."""
    words = line.split()[1:]
    return 0 < len(words) <= 10 and not _SENTENCE_END.search(line.strip()) and \
        sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _visible_line(line: str) -> str:
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", line).rstrip()


def _read_text(body: str, item: ParsedItem) -> None:
    dropped: list[str] = []
    notes: list[str] = []
    lines = _split_ap_lines(body, dropped)
    marked = [line for line in lines if line.lstrip().startswith("^")]
    if marked:
        lines = _read_marked_header(lines, item, notes)
        first = next((line for line in lines if line.strip()), "")
        if not item.headline and item.extra.get("take", 1) == 1 and first[:1] not in (" ", "\t") and len(first.split()) <= 20:
            # only the slug was marked: the first unindented line heads the story
            lines = _read_7901_head(_editors_notes_taken(lines, notes), item)
    elif item.extra.get("take", 1) == 1:
        lines = _read_7901_head(_editors_notes_taken(lines, notes), item)
    paragraphs: list[str] = []
    current: list[str] = []
    in_note = False
    wrapped = _is_hard_wrapped(lines)

    def flush():
        if current:
            paragraphs.append(" ".join(part.strip() for part in current))
            current.clear()

    for line in lines:
        visible = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", line).rstrip()
        if in_note:
            if visible.strip():
                notes.append(visible.strip())
            continue
        if not visible.strip():
            flush()
            continue
        if _FRAMING.match(visible) or _TRAILER_LINE.match(visible):
            flush()
            dropped.append(visible.strip())
            continue
        if _NOT_FOR_PUBLICATION.search(visible):
            flush()
            in_note = True
            continue
        closes = False
        if marked:
            closes = visible.endswith("<")  # ANPA's end-of-line mark is not copy; it closes its paragraph
            visible = visible.rstrip("<").rstrip()
            if visible.startswith("^"):
                # nor its mark opening a line, which opens a paragraph: "^(c) 2026 Naath Press Agency. ...<"
                visible = visible[1:]
                if current:
                    flush()
            if not visible.strip():
                continue
            if current and (_FRAMING.match(visible) or _TRAILER_LINE.match(visible)):
                flush()  # the take's trailer under its last line ("NPA-11-18-26 0512GMT<")
                dropped.append(visible.strip())
                continue
        if not item.byline and not paragraphs and not current and len(visible.split()) <= 16 and (
            _BYLINE.match(visible) or (_ANY_BYLINE.match(visible) and (_WIRE_END.search(visible) or _names_after_by(visible)))
            # or a name and its post, with no "by", over the copy: "Айыына Саввинова, «Өлүөнэ Информ» кэрэспэдьиэнэ"
            or not visible.rstrip().endswith((".", "!", "?", ":")) and looks_like_byline(visible)
            or _is_labelled_byline(visible)  # "Autor: Peter Baláž, ekonomický redaktor STK"
            or _unlisted_by_before_people(visible)  # "Ifyalembwa na MWILA CHANDA na CHILUFYA MULENGA" (Bemba)
        ):
            item.byline = visible.strip().rstrip(" =<")
            continue
        if item.byline and not item.credit and not paragraphs and not current and len(visible.split()) <= 5 \
                and agency_name(visible.strip()):
            item.credit = visible.strip()  # the agency's line under the byline: "By Graeme Tkachuk" / "THE CANADIAN PRESS"
            continue
        if item.byline and not paragraphs and not current and _is_name_line(visible) \
                and not item.extra.get("byline_titles"):
            # a name no list holds under the byline, its agency's or its desk's ("Ulih JUMRIANSYAH NOOR wan RUSDIANA
            # FITRI" / "Kantor Barita Borneo"): the byline's, as the "^" header's lines under it are
            item.extra.setdefault("byline_titles", []).append(visible.strip())
            continue
        if not paragraphs and not current and _EDITORS_NOTE.match(visible):
            notes.append(visible.strip())
            continue
        if (visible[:1] in ("\t", " ") or not wrapped) and current:
            flush()
        elif current and current[0][:1] in ("\t", " ") and len(" ".join(current).split()) >= 8 \
                and _opens_a_rights_notice(visible):
            flush()  # "NOT FOR REDISTRIBUTION. Copyright 2026 ..." under the last paragraph: the notice's own
        current.append(visible)
        if closes:
            flush()
    flush()
    item.blocks = [Block(kind=PARAGRAPH, text=paragraph) for paragraph in paragraphs if paragraph]
    if dropped:
        item.extra["framing_dropped"] = dropped
    if notes:
        item.extra["ednote"] = " ".join(notes)
    mark_correction(item.extra, [], notes)


_SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]$")


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Teletype copy breaks sentences across lines and marks paragraphs by indentation or blank lines.

    Copy with neither, whose long lines all end a sentence, is one paragraph a
    line and must not be joined.
    """
    content = [line.rstrip() for line in lines if line.strip() and not _FRAMING.match(line)]
    if any(line[:1] in ("\t", " ") for line in content):
        return True
    first, last = next((i for i, l in enumerate(lines) if l.strip()), 0), max((i for i, l in enumerate(lines) if l.strip()), default=0)
    if any(not line.strip() for line in lines[first:last]):
        return True
    long_lines = [line for line in content if len(line) >= 40]
    if len(long_lines) < 2:
        return True
    unterminated = sum(1 for line in long_lines if not _SENTENCE_END.search(line))
    return unterminated / len(long_lines) >= 0.3


def _read_marked_header(lines: list[str], item: ParsedItem, notes: list[str]) -> list[str]:
    """ANPA's "^...<" lines before the copy: slug repeat, headline, editors' note, byline, byline title."""
    rest_start = 0
    after_byline = False
    copy_lines: list[str] = []  # "^" lines after the headline that are neither notes nor bylines
    unplaced: list[str] = []  # those of them that are notes unless nothing else is copy
    for position, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("^"):
            rest_start = position
            break
        value = stripped.strip("^<= ").strip()
        rest_start = position + 1
        keyword = item.extra.get("keyword", "")
        if not value or (keyword and value.split(",")[0].lower() == keyword.lower()) or _SLUG_REPEAT.match(value):
            continue
        if _EDITORS_NOTE.match(value) or value.upper().startswith("EDITOR"):
            notes.append(value)
        elif _PHOTO_NOTE.match(value):
            item.extra.setdefault("media_notes", []).append(value)
        elif _BYLINE.match(value) or (not item.byline and _ANY_BYLINE.match(value) and _names_after_by(value)) \
                or not item.byline and item.headline and _people_in_capitals_joined(value):
            # "^By JANE DOE<", and in other languages "^Af ANNE-METTE HØJGAARD, Ritzau<"; with no "by", people in
            # capitals under the headline, joined by a word no list holds: "^ZEYNEP KOCAOĞLU do MURAT TOPALOĞLU" (Laz)
            item.byline = value
            after_byline = True
        elif after_byline:
            item.extra.setdefault("byline_titles", []).append(value)
        elif not item.headline:
            item.headline = value
        elif not item.subheadline and not item.summary and not copy_lines and _marked_line_follows(lines, position) \
                and reads_as_a_second_headline(value, fewest_words=4):
            # "^Growers urged to clean equipment between fields as harvest begins<" over the byline's "^" lines (the
            # last "^" line over the copy is its byline, whatever word introduces it)
            item.subheadline = value
            copy_lines.append(value)
        elif not item.summary and len(value.split()) >= 12:
            item.summary = value  # AP's "^" abstract between the headline and the byline
            copy_lines.append(value)
        else:
            unplaced.append(value)
            copy_lines.append(value)
    rest = lines[rest_start:]
    if copy_lines and not any(line.strip() for line in rest):
        # A digest set entirely in "^" lines (AP's "Top Headlines"): after the headline they are the copy.
        item.summary = item.subheadline = ""
        return [f"   {value}" for value in copy_lines]
    notes.extend(unplaced)
    return rest


def _marked_line_follows(lines: list[str], position: int) -> bool:
    """Whether the next line with text after `position` is another "^" line of the header."""
    return next((line.strip() for line in lines[position + 1:] if line.strip()), "").startswith("^")


def _read_dateline(item: ParsedItem) -> None:
    if not item.blocks:
        return
    match = _UNDERSCORE_DATELINE.match(item.blocks[0].text)
    if match:
        item.dateline = match.group("place").strip()
        item.credit = agency_name(match.group("credit")) or match.group("credit").strip()


def _stamp(text: str) -> datetime | None:
    match = _ANPA_STAMP.search(text or "")
    try:
        if match:
            return datetime(
                2000 + int(match["year"]), int(match["month"]), int(match["day"]), int(match["hour"]), int(match["minute"]),
                tzinfo=timezone.utc,
            )
        match = _7901_STAMP.search(text or "")
        if match:
            year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
            month = datetime.strptime(match["month"].title(), "%b").month
            return datetime(year, month, int(match["day"]), int(match["hour"]), int(match["minute"]), tzinfo=timezone.utc)
    except ValueError:
        return None
    return None


def _guid(item: ParsedItem, body: str) -> str:
    """The keyword names the story across its leads and write-throughs; a take or add is a piece of its own.

    Keywords repeat from day to day, so the transmission date joins them;
    without a date the copy itself identifies the item.
    """
    keyword = item.extra.get("slugline") or item.extra.get("keyword", "")
    date = item.extra.get("date") or (item.versioncreated.strftime("%Y-%m-%d") if item.versioncreated else "")
    parts = ["-".join(keyword.lower().split()), date] if keyword and date else [hashlib.sha256(" ".join(body.split()).encode()).hexdigest()[:24]]
    if item.extra.get("take", 1) > 1:
        item.extra["take_of"] = f"urn:{(item.extra.get('source') or 'anpa').lower()}:" + ":".join(parts)
        parts.append(f"take{item.extra['take']}")
    if item.extra.get("add"):
        parts.append(f"add{item.extra['add']}")
    source = (item.extra.get("source") or "anpa").lower()
    return f"urn:{source}:" + ":".join(parts)
