"""HTML pages and fragments: the article's own title, byline and body among navigation, comments and links.

A whole page goes through trafilatura (favor_precision), the main-content
extractor that scored best on the article-extraction development set; its
structured output (paragraphs, headings, lists, quotes, inline links) becomes
blocks. A bare fragment (a syndication platform's article body, no <html>
or <body> around it) is already the article: extractors drop short fragments
wholesale, so its block elements are walked directly, skipping elements that
are page furniture by their tag or class (nav, aside, comments, share bars).

Either way the result still goes through the line rules: extractors keep
in-body junk ("You must Register or Login to post a comment.").
"""
from __future__ import annotations

import functools
import hashlib
import re
from datetime import datetime, timezone
from copy import copy
from html import escape

import lxml.html
import regex
from lxml import etree
from lxml.etree import strip_tags
from trafilatura.settings import Extractor

from ingest.items import HEADING, LIST, PARAGRAPH, Block, ParsedItem
from ingest.vocabulary import AND_WORDS, FOREIGN_BY_WORDS, MONTHS, NAME_PARTICLES, agency_name
from ingest.vocabulary.agencies import names_an_agency, split_trailing_agency
from ingest.vocabulary.bylines import LISTED_BY, is_label_before_people, joined_by_an_unlisted_and, reads_as_people, uncased_joiner_at
from ingest.vocabulary.bylines import without_unlisted_by
from ingest.vocabulary.datelines import parse_dateline
from ingest.vocabulary.headlines import reads_as_a_second_headline
from ingest.vocabulary.words import EDITION_WORDS, SECTION_WORDS, AND_ONLY_IN_LANGUAGE, NAME_PARTICLES, collapse_spaces, word_count, BYLINE_LABELS, BYLINE_MARKUP_WORDS, LABEL_COLONS, LATIN_PHOTO_LABEL, PHOTO_CREDIT_LABEL, PHOTO_MARKUP, SCRIPT_BYLINE_OPENING
from ingest.vocabulary.words import is_furniture_class

from .depth import checked_page_tree, refuse_too_deep
from .encoding import decode, strip_control
from .extraction_gaps import with_left_out_text
from .extractor_xpaths import trafilatura_sequence
from .page_metadata import PageMetadata, page_metadata

_PAGE = re.compile(r"<\s*(html|body|head)[\s>]|<!doctype", re.IGNORECASE)
# Tags and class/id words that mark page furniture rather than the article.
_SILENT_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "button", "input", "select", "link", "meta"}
_FURNITURE_TAGS = {"nav", "aside", "footer", "form", "figure", "figcaption"}
_FURNITURE_WORDS = re.compile(
    r"(?:^|[\s_-])(comments?|comment-form|share|sharing|social|newsletter|subscribe|subscription|related|recommended|"
    r"promo|advert|advertisement|ad-slot|ads|sponsor|sponsored|cookie|consent|paywall|breadcrumbs?|sidebar|nav|menu|"
    r"footer|masthead|tags|author-bio|caption|disqus|outbrain|taboola|entry-meta|post-meta|article-meta|posted-on|"
    r"timestamp|pubdate)(?:$|[\s_-])",
    re.IGNORECASE,
)
# The names only a deck goes by, in the CMSes of several countries: "dek", "standfirst", "perex" (cs), "ingress" (no,
# sv), "chapo"/"chapeau" (fr), "bajada"/"entradilla" (es), "entradeta" (ca), "catenaccio"/"sommario" (it).
_DECK_WORDS = ("dek", "standfirst", "deck", "strapline", "perex", "ingress", "chapo", "chapeau", "bajada", "entradilla",
               "entradeta", "catenaccio", "sommario", "linha-fina")


def _class_words(words) -> re.Pattern:
    return re.compile(r"(^|[\s_-])(" + "|".join(words) + r")($|[\s_-])", re.IGNORECASE)


# A deck so marked (and "synopsis") is the summary even where the extractor left it out of the copy; "lead",
# "intro", "teaser" and "summary" also mark other articles' boxes, so they count only as the copy's first paragraph.
_DECK_ONLY_CLASS = _class_words((*_DECK_WORDS, "synopsis"))
# The classes a standfirst is marked with: the deck's own names, and the looser ones ("lead", "sapo", "spot" (tr)).
_DEK_CLASS = _class_words((*_DECK_WORDS, "subtitle", "sub-headline", "subheadline", "kicker-summary", "lead",
                           "lede-summary", "intro", "sapo", "spot", "teaser", "excerpt", "summary", "article-summary"))
_BYLINE_CLASS = _class_words(BYLINE_MARKUP_WORDS)
# "Authorship": a byline's element where it holds the names itself, a container where a marked element inside does.
_AUTHORSHIP_CLASS = _class_words(("autoria", "autoría"))
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "div", "section", "article", "main", "header", "table"}
_INLINE_KEEP = {"a", "strong", "b", "em", "i", "br", "sub", "sup"}


def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    html = strip_control(decode(raw, content_type)).strip()
    if not html:
        return []
    if _PAGE.search(html[:2000]):
        # A page is parsed once, as the extractor reads a page, and every read shares that tree (the extractor
        # is handed it and works on its own copy).
        tree = checked_page_tree(html, "HTML", controls_stripped=True)  # strip_control above
        extracted = _from_page(html, tree)
        # (a cell of prose the extractor could have left out is only looked for where it kept little)
        longest_prose = _longest_cell_of_prose(tree) \
            if extracted is None or _text_size(extracted) < _LITTLE_KEPT else 0
        if extracted is None and tree is not None and _unwrap_layout_tables(tree):
            extracted = _from_page(html, tree)  # an HTML e-mail's copy in layout tables, read as blocks
        if extracted is not None and longest_prose and _text_size(extracted) < longest_prose / 2:
            # a page built by hand whose copy, in a cell of <font> and <br>, the extractor left out for another cell
            # (its footer's): read again with its cells' lines as paragraphs, if that keeps more
            again_tree = checked_page_tree(html, "HTML", controls_stripped=True)
            _unwrap_layout_tables(again_tree, copy_left_out=True)
            again = _from_page(html, again_tree)
            if again is not None and _text_size(again) > _text_size(extracted):
                extracted, tree = again, again_tree
    else:
        refuse_too_deep(html, "HTML")
        tree = extracted = None
    item = extracted or _from_fragment(html)  # an extractor failure on a malformed page: read it as a fragment
    if item is None or not (item.blocks or item.headline):
        return []
    if not item.headline and item.blocks and item.blocks[0].kind == HEADING:
        item.headline = item.blocks.pop(0).text  # no <h1> or title: the first heading before the copy is the title
    _take_byline_line(item)
    if extracted and not item.summary and _stands_over_the_dated_copy(item.blocks):
        item.summary = item.blocks.pop(0).text  # a standfirst the page marks in no way, over the dated first paragraph
    if extracted:
        if rights := _rights_lines(tree):
            item.extra["page_rights"] = rights
        if not item.publisher and (named := _masthead_by_class(tree)):
            item.extra["page_masthead"] = named
        # Last reader of the tree: it clears scripts and styles in place.
        item.blocks = with_left_out_text(tree, item.blocks, also_kept=(item.headline, item.byline, item.summary))
    if not item.guid:
        body = "\n".join(block.text for block in item.blocks)
        item.guid = "urn:sha256:" + hashlib.sha256((item.headline + "\n" + body).encode()).hexdigest()[:40]
    return [item]


# An issue line's slots ("Caman Weekly · Saturday Edition · 14 November 2026"), and the one naming the edition.
_ISSUE_SLOT = re.compile(r"\s+[|•·—–]\s+")
_EDITION_SLOT = re.compile(EDITION_WORDS, re.IGNORECASE)
# The classes that mark the masthead's edition ("edition", "ep-edition", "masthead__edition") or its issue ("issue"),
# the word closing the class ("edition-date" marks a date).
_EDITION_CLASS = re.compile(r"(?:^|[\s_-])(?P<word>edition|issue)(?:$|\s)", re.IGNORECASE)


def _lines_above_the_headline(tree: lxml.html.HtmlElement, headline: str) -> set[str]:
    """The lines the page shows before its <h1> (the headline the page shows), normalized: each piece of text and
    each short element holding it ("Harbour Weekly · Friday Edition · 6 November 2026"); none without that <h1>."""
    lines: set[str] = set()
    for h1 in tree.iter("h1"):
        if headline and _clean(h1.text_content()) == headline:
            for piece in h1.xpath("preceding::text()[normalize-space() and not(ancestor::head or ancestor::script "
                                  "or ancestor::style)]"):
                if len(piece) > 300:
                    continue  # (a paragraph, not a masthead's line)
                lines.add(_normalized(piece))
                holder = piece.getparent()
                holder = holder.getparent() if piece.is_tail and holder is not None else holder
                if holder is not None and len(holder) <= 6:
                    lines.add(_normalized(holder.text_content()))
            break
    lines.discard("")
    return lines


def _issue_line_edition(tree: lxml.html.HtmlElement) -> str:
    """The edition an issue line above the headline names: "Caman Weekly · Saturday Edition · 14 November 2026" ->
    "Saturday Edition". Only a line of several short slots, outside links and navigation ("Print edition" in a menu
    is a link to the paper, not this story's edition)."""
    for element in tree.iter(etree.Element):
        if element.tag == "h1":
            break
        text = element.text
        if element.tag in ("a", "button", "script", "style", "option", "title", "nav", "menu", "footer"):
            # (a radio player's button, "KHPM 91.5 FM · Morning Edition", names the programme on air; a menu's
            # "News | Sports | e-Edition | Subscribe" links to the paper's replica)
            continue
        if not text:
            named = _edition_among_the_children(element)
            if named:
                return named
            continue
        marked = _EDITION_CLASS.search(element.get("class") or "")
        if marked and not any(ancestor.tag in ("nav", "a", "footer") for ancestor in element.iterancestors()):
            # the masthead's element marked as the edition: "Wydanie trójmiejskie", or the slot of it that names the
            # edition ("Sarere Edisen · 14 Maret 2026 · Pepa 3"), else its first ("Tinaqis 212 · Lhinaz-ufaz"); an
            # issue's element only by the edition's word
            slots = [" ".join(slot.split()) for slot in _ISSUE_SLOT.split(text.strip()) if slot.strip()]
            named = next((slot for slot in slots if len(slot.split()) <= 4 and _EDITION_SLOT.search(slot)), "")
            if named:
                return named
            if marked["word"].casefold() == "edition" and slots and len(slots[0].split()) <= 4:
                return slots[0]  # (its first slot: the issue's date and page after it are not the edition)
        for line in text.split("\n"):
            slots = [slot.strip() for slot in _ISSUE_SLOT.split(line.strip()) if slot.strip()]
            if len(slots) < 2 or any(len(slot.split()) > 5 for slot in slots):
                continue
            edition = next((slot for slot in slots if len(slot.split()) <= 3 and _EDITION_SLOT.search(slot)), "")
            if edition and not any(ancestor.tag in ("nav", "a", "footer") for ancestor in element.iterancestors()):
                return edition
    return ""


# A class with "edition" as one of its words ("edition-picker", "ep-edition"), but not a date's ("edition-date").
_EDITION_PART_CLASS = re.compile(r"(?:^|[\s_-])edition(?:[\s_-](?!date)|$)", re.IGNORECASE)


def _edition_among_the_children(element) -> str:
    """An e-paper reader's edition picker, its label, edition and date each an element of its own ("<div
    class="ep-edition"><label>संस्करण</label> <span>बीकानेर संस्करण</span> <span>15 नवंबर 2026</span>"): the child
    naming an edition with a word more than the label's, outside links and navigation; "" otherwise."""
    if not _EDITION_PART_CLASS.search(element.get("class") or "") or len(element) > 6 \
            or any(ancestor.tag in ("nav", "a", "footer") for ancestor in element.iterancestors()):
        return ""
    for child in element:
        if not isinstance(child.tag, str) or child.tag == "a":
            continue
        slot = " ".join(child.text_content().split()).rstrip(LABEL_COLONS + " ")
        if 2 <= len(slot.split()) <= 4 and _EDITION_SLOT.search(slot) and not any(ch.isdigit() for ch in slot):
            return slot
    return ""


_LITTLE_KEPT = 2000  # characters of text the extractor kept, spaces aside


def _text_size(item: ParsedItem) -> int:
    """The letters and figures of the item's blocks."""
    return sum(len("".join(block.text.split())) for block in item.blocks)


def _longest_cell_of_prose(tree: lxml.html.HtmlElement | None) -> int:
    """The characters of the page's longest cell of prose in a table laid out by hand (no role marks it), 0 where it
    has none."""
    if tree is None or next(tree.iter("table"), None) is None:
        return 0
    longest = max((_cell_prose(cell) for table in tree.iter("table") if table.get("role") not in ("presentation", "none")
                   for cell in table.xpath("./tr/td|./tbody/tr/td")), default=0)
    return longest if longest >= _PROSE_CELL_CHARACTERS else 0


def _unwrap_layout_tables(tree: lxml.html.HtmlElement, copy_left_out: bool = False) -> bool:
    """A table that lays the page out, not one that holds data, read as the blocks it holds: an HTML e-mail
    (a newsletter's web version, a release mailed as HTML) sets its whole copy in the cells of tables marked
    role="presentation", and a page built by hand sets its copy in a table's cell, in <font> with <br> between its
    paragraphs; the extractor, which leaves tables out, found no article there. A table marked so, one holding the
    page's <h1>, or one with a cell of prose (no data table has any) has its rows and cells renamed to divisions; a
    data table inside it stays a table. Done only where the extractor found no article in the page as sent, or
    (`copy_left_out`) left out a cell of prose; whether any table was unwrapped. A page built so has the loose text of
    its cells put in paragraphs, its headline marked first where it has no <h1> (`_mark_the_headline_by_the_title`)."""
    built_by_hand = [table for table in tree.iter("table")
                     if table.get("role") not in ("presentation", "none") and _holds_prose(table)]
    if built_by_hand and next(tree.iter("h1"), None) is None:
        _mark_the_headline_by_the_title(tree)
    elif not copy_left_out:
        built_by_hand = []  # (a page with its <h1> is read as before: its tables' cells as they are)
    unwrapped = False
    for table in list(tree.iter("table")):
        set_by_hand = table in built_by_hand
        if table.get("role") not in ("presentation", "none") and next(table.iter("h1"), None) is None \
                and not set_by_hand:
            continue
        unwrapped = True
        for row in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
            for cell in row.xpath("./td|./th"):
                # a cell of text alone is a paragraph ("What’s next", a subhead set in a bold cell); one holding
                # blocks is their division
                holds_blocks = any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in cell.iter())
                cell.tag = "div" if holds_blocks and len(cell) else "p"
                if set_by_hand and cell.tag == "div":
                    _paragraphs_of_loose_text(cell)
            row.tag = "div"
        for section in table.xpath("./thead|./tbody|./tfoot"):
            section.tag = "div"
        table.tag = "div"
    return unwrapped


def _wholly_links(paragraph: etree._Element) -> bool:
    """Every letter of the paragraph is in its links (a heading over them in bold aside)."""
    links = "".join(link.text_content() for link in paragraph.iter("a"))
    linked = sum(ch.isalpha() for ch in links)
    bold = sum(ch.isalpha() for element in paragraph.iter("b", "strong") for ch in element.text_content())
    return linked > 0 and sum(ch.isalpha() for ch in paragraph.text_content()) - linked <= bold


_HAND_BUILT_BLOCKS = frozenset({"header", "hr", "img", "center"})  # (a <center> line is a block of its own)
# The classes a hand-built page's lines are given, which the extractor leaves out as a caption or the site's links (its
# left-out text is then recorded as furniture).
_CAPTION_CLASS = "wp-caption-text"
_SITE_LINKS_CLASS = "related-links"


def _paragraphs_of_loose_text(division: etree._Element) -> None:
    """The text a hand-built page sets loose in a cell beside its blocks (its headline's <h1>), in <font> and <b> with
    <br> between lines, put in paragraphs as a browser shows it: a line of inline content between two blocks or two
    line breaks (such a page sets a blank line between its paragraphs) is one <p>; the line right under an <img> is
    the picture's caption, and marked as a caption; a line wholly of links is marked as the site's. Its <font>
    elements, which set only a face and a size, are taken out first, so the line breaks inside them are the
    division's own."""
    strip_tags(division, "font")
    parts: list[etree._Element] = []
    run: list[etree._Element] = []
    run_text = division.text

    def close_the_run() -> None:
        nonlocal run, run_text
        if (run_text or "").strip() or run:
            # the line a picture stands over is its caption, which the page marks in no other way
            under_a_picture = bool(parts) and parts[-1].tag == "img"
            paragraph = division.makeelement("p", {"class": _CAPTION_CLASS} if under_a_picture else {})
            paragraph.text = run_text
            paragraph.extend(run)
            if not under_a_picture and _wholly_links(paragraph):
                paragraph.set("class", _SITE_LINKS_CLASS)  # a line of links alone: the site's, not the copy's
            parts.append(paragraph)
        run, run_text = [], None

    for child in list(division):
        is_block = isinstance(child.tag, str) and (child.tag in _BLOCK_TAGS or child.tag in _HAND_BUILT_BLOCKS)
        if is_block:
            if child.tag == "center":
                child.tag = "div" if any(inner.tag in _BLOCK_TAGS for inner in child.iterdescendants()) else "p"
            close_the_run()
            tail, child.tail = child.tail, None
            parts.append(child)
            run_text = tail
        elif child.tag == "br":
            close_the_run()
            run_text = child.tail
        else:
            run.append(child)
    close_the_run()
    division.text = None
    for child in list(division):
        division.remove(child)
    division.extend(parts)


# A cell of prose: the copy of a page laid out in a table, as no data table's cell holds it (characters of its own
# text other than spaces, a nested table's left out).
_PROSE_CELL_CHARACTERS = 300


def _holds_prose(table: etree._Element) -> bool:
    return any(_cell_prose(cell) >= _PROSE_CELL_CHARACTERS for cell in table.xpath("./tr/td|./tbody/tr/td"))


def _cell_prose(cell: etree._Element) -> int:
    """The cell's own characters other than spaces, a nested table's left out."""
    nested = sum(len("".join(inner.text_content().split())) for inner in cell.iter("table"))
    return len("".join(cell.text_content().split())) - nested


# What a <title> sets between the headline and the site's name: " - ", " | ", " :: ", " — ", " · ".
_TITLE_SLOTS = re.compile(r"\s+(?:[-–—|·•]|::)\s+")


def _mark_the_headline_by_the_title(tree: lxml.html.HtmlElement) -> None:
    """A page built by hand has no <h1>: its headline is a bold line in a big font, which its <title> gives whole or
    shortened, beside the site's name ("Ye'pâ Wereri :: Mitúpʉ numiã kii ʉ'sea" over "Mitúpʉ numiã kii ʉ'sea ma'mã
    wasoapã"). The innermost element, of 30 words at most, that opens with a slot of the title of three words or more
    becomes the <h1>; what the page sets before it (its masthead, tagline and navigation) becomes a <header>, which
    the extractor leaves out and the cleaner records."""
    title = _clean(tree.findtext(".//title") or "")
    slots = [slot for slot in _TITLE_SLOTS.split(title) if word_count(slot) >= 3]
    if not slots:
        return
    # the headline's slot is the title's longest ("Valle Sur Noticias :: Cooperativa de quinua vende su cosecha"):
    # the site's name, shorter, is the masthead's line
    slot = max(slots, key=word_count)
    body = tree.find(".//body")
    headline = None
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag in ("title", "script", "style", "a"):
            continue
        text = _clean(element.text_content())
        if word_count(text) <= 30 and text.startswith(slot):
            headline = element  # (iter() goes down: the last of the chain so read is the innermost)
        elif headline is not None:
            break
    if headline is None or any(a.tag in ("a", "nav") for a in headline.iterancestors()):
        return
    text = _clean(headline.text_content())
    while (parent := headline.getparent()) is not None and parent.tag not in ("td", "th", "div", "body") \
            and _clean(parent.text_content()) == text:
        headline = parent  # "<center><font size=5><b>...</b></font></center>": the line, not its bold
    walked = headline
    for ancestor in headline.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        for before in walked.itersiblings(preceding=True):
            if isinstance(before.tag, str) and before.tag not in ("br", "img", "hr"):
                before.tag = "header"
        walked = ancestor
    headline.tag = "h1"


_BY_LINE = re.compile(r"^\s*by\s+(?P<names>\S.*)$", re.IGNORECASE)
_NAME_GLUE = NAME_PARTICLES | {"and", "&", "of", "the", "in"}


def _take_byline_line(item: ParsedItem) -> None:
    """A "By Jane Doe" paragraph above the copy is the byline, not body text ("By the time..." is copy); so is one
    that reads as the byline the page marked, in whatever words ("گزارش: مریم رضایی و حامد نوری")."""
    for position, block in enumerate(item.blocks[:3]):
        if item.byline and block.kind == PARAGRAPH and _normalized(item.byline) in (
                _normalized(block.text), _normalized(_people_after_a_label(block.text))):
            del item.blocks[position]
            return
        match = _BY_LINE.match(block.text) if block.kind == PARAGRAPH else None
        if not match:
            continue
        # (the names before a comma: a post may follow them, "..., Transport correspondents")
        words = match.group("names").split(",")[0].split()
        if len(match.group("names").split()) > 16 or not all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in words):
            return
        if not item.byline or _normalized(item.byline) in _normalized(block.text):
            item.byline = item.byline or block.text
            del item.blocks[position]
        return


# --- whole pages: trafilatura -------------------------------------------------------


# How the product calls the extractor. Without its metadata: `page_metadata` reads the fields the product keeps
# from the product's own tree, with trafilatura's functions (the same values, a third less work); the body is
# the same either way. benchmarks/bench_cleaning.py times trafilatura alone as a user gets body and metadata
# (`EXTRACTOR_ALONE_OPTIONS`), the product's own call beside it.
EXTRACTION_OPTIONS = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,  # with links on, trafilatura 2.3 drops the text before a paragraph's first link
    "include_formatting": False,  # likewise formatting loses text around <hi>; pages give plain paragraphs
    "with_metadata": False,
}
EXTRACTOR_ALONE_OPTIONS = {**EXTRACTION_OPTIONS, "with_metadata": True}


_EXTRACTOR: Extractor | None = None


def _with_inline_times_as_text(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The page with each <time> that is part of a paragraph's words kept as those words: the extractor drops every
    <time> element, which cut a live entry's time from its sentence ("<p><time>18:02</time> Red card! ...</p>" gave
    "Red card! ...") and would cut "on <time>Monday</time> the council ..." alike; the copy is never rewritten.
    A <time> alone in its element (a post's date line) stays for the extractor to drop."""
    for time in list(tree.iter("time")):
        parent = time.getparent()
        if parent is None or parent.tag != "p":  # (a list's "<li><a>...</a> <time>2 Awst 2025</time>": a link list's)
            continue
        words_beside = "".join(parent.itertext()).replace(time.text_content(), "", 1)
        if len(words_beside.split()) >= 6:  # (not a date line's "<time>...</time> · Atualizado há 2 horas")
            time.drop_tag()
    return tree


def _extracted_body(tree: lxml.html.HtmlElement) -> etree._Element | None:
    """`trafilatura.bare_extraction(tree, **EXTRACTION_OPTIONS).body` (trafilatura 2.3.1, pinned), or None where it
    returns None: its steps for these options, less the plain-text rendering of the body (`Document.text`, which
    the product never reads). tests/parse/test_html.py compares the two on every page the repository holds."""
    global _EXTRACTOR
    if _EXTRACTOR is None:  # bare_extraction's own Extractor for these options (it is only read)
        _EXTRACTOR = Extractor(output_format="python", precision=EXTRACTION_OPTIONS["favor_precision"],
                               comments=EXTRACTION_OPTIONS["include_comments"], tables=EXTRACTION_OPTIONS["include_tables"],
                               images=EXTRACTION_OPTIONS["include_images"], links=EXTRACTION_OPTIONS["include_links"],
                               formatting=EXTRACTION_OPTIONS["include_formatting"],
                               with_metadata=EXTRACTION_OPTIONS["with_metadata"])
    options = _EXTRACTOR
    try:
        page = _with_inline_times_as_text(copy(tree))  # (a copy: the extractor prunes its input)
        body, text, _, comments = trafilatura_sequence(page, options, options.url)
        if options.max_tree_size and len(body) > options.max_tree_size:
            strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return None
        if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
            return None
    except (TypeError, ValueError):  # as bare_extraction: no document
        return None
    return body


def _masthead_h1(tree: lxml.html.HtmlElement) -> str:
    """The page's one <h1> when it shows the outlet's name, not the story's headline, as an HTML newsletter sets its
    masthead ("<h1>Viti Daily Brief</h1>" over "<h2>Suva's informal settlers brace for rent rises ...</h2>"): the name
    the page's own rights line gives ("© 2026 Viti Daily Brief Ltd, Suva, Fiji."), with a heading of three words or
    more after it. That heading becomes the page's <h1> (every reader of the page looks for the headline there) and
    the name a paragraph; the name is returned ("" when the page is no such page, and nothing is changed)."""
    demoted = tree.xpath("//p[@data-masthead-h1]")
    if demoted:  # (the page read again, as the layout tables' reading does: the name found the first time)
        return _clean(demoted[0].text_content())
    h1s = list(tree.iter("h1"))
    if len(h1s) != 1:
        return ""
    name = _clean(h1s[0].text_content())
    if not 1 <= len(name.split()) <= 6:
        return ""
    rights = [_clean(text) for text in tree.xpath("//body//text()[contains(., '©')]")]
    if not any(name.casefold() in line.casefold() for line in rights):
        return ""
    headline = next((h for h in h1s[0].xpath("following::*[self::h2 or self::h3]")
                     if len(_clean(h.text_content()).split()) >= 3 and not _is_date_heading(_clean(h.text_content()))
                     and not any(a.tag in ("nav", "aside", "footer") for a in h.iterancestors())), None)
    if headline is None:
        return ""
    h1s[0].tag, headline.tag = "p", "h1"
    h1s[0].set("data-masthead-h1", "")
    return name


def _rights_lines(tree: lxml.html.HtmlElement) -> list[str]:
    """The page's rights lines, each the block holding a "©" (a footer's "<p>© 2026 Rmeet Tàmnaaw. ... Khaaw SKR: Sɔɔm
    Khaaw Rmeet ...</p>"), short ones only: the extractor leaves a footer out, and its notice may be the one line that
    spells out the credited agency's code. At most three, in page order."""
    found: list[str] = []
    for text in tree.xpath("//body//text()[contains(., '©')]"):
        holder = text.getparent()
        holder = holder.getparent() if text.is_tail and holder is not None else holder
        while holder is not None and holder.tag in _INLINE_TAGS and holder.getparent() is not None:
            holder = holder.getparent()
        line = _clean(holder.text_content()) if holder is not None else ""
        if line and len(line.split()) <= 60 and line not in found:
            found.append(line)
    return found[:3]


_INLINE_TAGS = frozenset({"a", "span", "small", "em", "strong", "b", "i"})

# The element a page sets its outlet's name in, by its class or id: "masthead", "logo", "site-name", "brand", a
# printed edition's "paper" (not "masthead-nav" or "logo-link-list": the name's own element, by a whole word).
_MASTHEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:masthead|logo|brand|site-?(?:name|title)|paper|publication)(?:$|\s)",
                             re.IGNORECASE)


def _masthead_by_class(tree: lxml.html.HtmlElement) -> str:
    """The outlet's name as the page's masthead element shows it, its text or its logo's alt ("<td
    class="masthead">Valley Current</td>", "<div class="masthead"><img alt="Nisg̱a'a Adaawak"></div>", "<span
    class="paper">Sea to Sky Sentinel</span>"): the first such element, a name of one to five words without a figure
    (an issue line's "Hoobiyee 2026" is no name); "" when the page sets none."""
    for element in tree.iter():
        marks = f"{element.get('class', '')} {element.get('id', '')}" if isinstance(element.tag, str) else ""
        if not marks.strip() or not _MASTHEAD_CLASS.search(marks):
            continue
        name = _clean(element.text_content())
        if not name:
            image = next(element.iter("img"), None)
            name = _clean(image.get("alt", "")) if image is not None else ""
        elif len(name.split()) > 5:
            # the name and the edition in one masthead ("<span>La Voce dei Sassi</span> <span>Edizione di
            # Matera</span>"): its first element of text
            name = next((_clean(child.text_content()) for child in element.iterdescendants()
                         if isinstance(child.tag, str) and _clean(child.text_content())), name)
        if name:
            # (a logo's alt that names the picture, "ascom-image-Logo", names no outlet)
            plain = 1 <= len(name.split()) <= 5 and "logo" not in name.casefold()
            return name if plain and not any(ch.isdigit() for ch in name) else ""
    return ""


def _is_date_heading(text: str) -> bool:
    """A blog's date over its posts ("Jumamosi, Mei 16, 2026", "புதன், 15 அக்டோபர், 2025"): a few words and a year."""
    return len(text.split()) <= 6 and re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text) is not None


def _from_page(html: str, tree: lxml.html.HtmlElement | None) -> ParsedItem | None:
    """The article of a whole page by trafilatura; None when it finds none. `tree`: the page as lxml read it (read only here)."""
    if tree is None:  # only where the extractor finds no tree either (depth.checked_page_tree)
        return None
    masthead = _masthead_h1(tree)
    try:
        body = _extracted_body(tree)
        found = page_metadata(tree) if body is not None else PageMetadata()
    except Exception:  # noqa: BLE001 - an extractor failure on a malformed page: the caller reads it as a fragment
        body = None
    if body is None:
        return None
    item = ParsedItem(format="html")
    item.headline = _article_h1(tree) or _without_site_name(_clean(found.title), _clean(found.sitename))
    if item.headline != _clean(found.title):
        item.extra["page_title"] = _clean(found.title)
    marked_text, marked_element = _marked_byline(tree)
    marked = _TRAILING_DATE.sub("", marked_text)
    # neither an author nor a marked byline: the page's <meta name="author"> (the marked one is "" by now)
    extracted = _byline_from_author(found.author, html)
    if _credits_a_picture("", extracted):
        extracted = ""  # the extractor took a picture's credit in an "author" element for the author
    elif extracted and _runs_linked_people_together(extracted, marked, marked_element):
        extracted = ""  # "Tom O'Driscoll Sophie Kwan-Hartley; Sport Reporter ...": the page's own line names them apart
    elif extracted and marked and extracted.casefold() not in marked.casefold() and _a_readers_name(extracted, tree):
        extracted = ""  # the extractor took a reader's name in the comment section ("Juan_Etla") for the author
    byline = _as_the_page_shows(extracted, marked, _clean(found.sitename)) or _meta_author(tree) \
        or _byline_by_its_words(tree) or _byline_under_headline_by_shape(tree)
    item.byline = _joined_as_the_page_joins(byline, extracted, tree)
    if label := _marked_label_run_into_the_byline(marked, item.byline):
        item.byline = item.byline[len(label):].strip()
    label = _label_before_linked_people(marked_element)
    unlabelled = label.rstrip(LABEL_COLONS + " ")
    for shown in (label, unlabelled):  # (the extractor may drop the label's colon: "Olih I Gusti Ayu Made Sriani")
        if shown and item.byline.startswith(shown + " "):
            item.byline = item.byline[len(shown):].strip()
            break
    item.publisher = _site_name_as_written(_clean(found.sitename), tree) \
        or _site_after_headline(_clean(tree.findtext(".//title") or ""), item.headline) or masthead
    if item.publisher and re.match(re.escape(item.publisher) + r"\s*[-–—|:·•]\s", _clean(found.description)):
        found.description = ""  # "Colombo Evening Tribune - Sri Lanka's evening news leader. ...": the site's, not the story's
    item.language = _page_language(tree)
    item.summary = _clean(found.description)
    item.guid = _clean(found.url)
    item.firstcreated = _date(found.date)
    item.keywords = [k.strip() for k in found.tags if k and k.strip()]
    item.blocks, above_title = _blocks_from_extraction(body, item.headline)
    _furniture_by_class(tree, item.blocks)
    opens_short = item.blocks and item.blocks[0].kind == PARAGRAPH and len(item.blocks[0].text.split()) <= 12
    above_lines = _lines_above_the_headline(tree, item.headline) if opens_short else set()  # (read only then: a
    # page's text before its <h1> is a quarter of the reader's time)
    while above_lines and item.blocks and len(above_title) < 3 and item.blocks[0].kind == PARAGRAPH \
            and len(item.blocks[0].text.split()) <= 12 and _normalized(item.blocks[0].text) in above_lines:
        above_title.append(item.blocks.pop(0))  # a masthead or issue line the page sets above its <h1>: no copy
    item.edition = _issue_line_edition(tree)
    _relink(item.blocks, _paragraph_links(tree))
    item.subheadline = _subtitle_heading(tree, item.headline)
    if item.subheadline and item.blocks and _normalized(item.blocks[0].text) == _normalized(item.subheadline):
        item.blocks = item.blocks[1:]
    standfirst = _standfirst(tree, skip=item.subheadline, headline=item.headline)
    # (first, or under a newsletter's greeting: "Good morning. Today: ...")
    # (a deck set as a heading under the time line is the copy's own display, as the page annotates it)
    at = next((index for index, block in enumerate(item.blocks[:2]) if standfirst
               and _normalized(block.text) == _normalized(standfirst) and (index == 0 or block.kind == PARAGRAPH)), None)
    if at is not None:
        item.summary = standfirst  # the page marks it as its standfirst: the summary, not the first paragraph
        del item.blocks[at]
    elif item.summary and item.blocks and _normalized(" ".join(b.text for b in [*above_title, *item.blocks][:3])).startswith(
            _normalized(item.summary.rstrip(".…"))):
        # a description that merely repeats the copy's opening is no summary: the lead paragraph, or the platform's
        # excerpt of the first paragraphs cut off ("... banned from driving for four years. The accused, who...")
        item.summary = ""
    deck = _deck_by_the_headline(tree, item.headline, skip=item.subheadline)
    if deck and len(deck.split()) >= 6 and not any(_normalized(deck) in _normalized(block.text) for block in item.blocks):
        item.summary = deck  # the deck the page shows over the copy wins over a description written for search engines
    return item


# A furniture-named element this long or holding more of the extracted blocks is a container ("<div class="paywall">"
# around the story's second half, "<body class="app-news">"), not a box the platform set into the copy.
_FURNITURE_BOX_WORDS = 80
_FURNITURE_BOX_BLOCKS = 3
_PAGE_CONTAINERS = frozenset({"html", "body", "main", "article"})


def _furniture_by_class(tree: lxml.html.HtmlElement, blocks: list[Block]) -> None:
    """Mark the extracted blocks that stand in a small element whose class names platform furniture (a live page's
    refresh note, an app's promotion, a subscription nudge, a sign-up form: `vocabulary.words.is_furniture_class`),
    as a feed's body markup is read (`markup.py`): the CMS's class says what the extractor's text no longer does,
    in whatever language the copy is in. Recorded under the class for the cleaner."""
    candidates = [(block, _normalized(block.text)) for block in blocks if block.kind != LIST and not block.furniture]
    candidates = [(block, text) for block, text in candidates if text]
    for element in tree.iterfind(".//*[@class]"):
        if not isinstance(element.tag, str) or element.tag.lower() in _PAGE_CONTAINERS \
                or not _names_furniture(element.get("class") or ""):
            continue
        shown = element.text_content()
        if len(shown) > 40 * _FURNITURE_BOX_WORDS:
            continue  # (a container's text, too long to count its words: most of a page)
        normalized = _normalized(shown)
        if normalized.count(" ") >= _FURNITURE_BOX_WORDS:
            continue
        text = f" {normalized} "
        found = [(block, block_text) for block, block_text in candidates if not block.furniture and block_text in normalized]
        if not found:
            continue  # (a quick look first: most furniture-named elements hold no block the extractor kept)
        # a block is the box's when it is the box's text or one of its elements' ("Assinar" of a paywall's button),
        # or a longer run of its text; a word or two merely found in it ("All..." of a cut paragraph in "Copyright
        # ©2019 Dow Jones & Company, Inc. All Rights Reserved.") is not
        pieces = {_normalized(part.text_content()) for part in element.iter() if isinstance(part.tag, str)}
        inside = [block for block, block_text in found
                  if block_text in pieces or len(block_text.split()) >= 5 and f" {block_text} " in text]
        if len(inside) <= _FURNITURE_BOX_BLOCKS:
            for block in inside:
                block.furniture = f"markup:{(element.get('class') or '').split()[0].lower()}"


@functools.lru_cache(maxsize=4096)
def _names_furniture(class_name: str) -> bool:
    return is_furniture_class(class_name)  # (a page repeats its class names hundreds of times)


def _stands_over_the_dated_copy(blocks: list[Block]) -> bool:
    """The first block is one or two sentences of six to forty-five words, the copy's dateline opening the next: copy
    opens with its dateline, so what stands over it is the standfirst ("The year-long pilot will track students'
    sleep and attendance, ..." over "SINGAPORE — Six secondary schools ..."). Not a note in capitals over the copy
    ("THIS IS A BREAKING NEWS UPDATE. ...")."""
    if len(blocks) < 2 or blocks[0].kind != PARAGRAPH or blocks[1].kind != PARAGRAPH:
        return False
    first = blocks[0].text
    words = first.split()
    return 6 <= len(words) <= 45 and bool(_ENDS_WITH_STOP.search(first)) and sum(w.isupper() for w in words) < 3 \
        and not parse_dateline(first) and parse_dateline(blocks[1].text) is not None


_ENDS_WITH_STOP = re.compile(r"[.!?…]['\"”’»]?$")


_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def _page_language(tree: lxml.html.HtmlElement) -> str:
    """The page's language as it declares it: `<html lang="sl">`, else its Content-Language or og:locale ("sl_SI"
    -> "sl-SI"); "" when it declares none. The byline's "and" depends on it (Slovenian "in")."""
    declared = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    declared += tree.xpath("//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content")
    declared += tree.xpath("//meta[@property='og:locale']/@content")
    for tag in declared:
        tag = (tag or "").strip().split(",")[0].strip()
        if _LANGUAGE_TAG.match(tag):
            return tag.replace("_", "-")
    return ""


def _standfirst(tree, skip: str = "", headline: str = "") -> str:
    """The text of the first element the page marks as its standfirst ("dek", "perex", "ingress"...), or that its
    type sets as one (`_emphasised_under_the_headline`), or ""."""
    if tree is None:  # a page lxml could not build a tree of (the extractor may still have read it)
        return ""
    for element in tree.iter("p", "div", "h2", "h3"):
        if _DEK_CLASS.search(element.get("class") or ""):
            text = _clean(element.text_content())
            if not skip or _normalized(text) != _normalized(skip):
                return text
    return _emphasised_under_the_headline(tree, headline)


_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)


def _emphasised_under_the_headline(tree, headline: str) -> str:
    """A paragraph wholly in italics or bold right under the <h1> that shows the headline, written as sentences: the
    standfirst as an HTML newsletter sets it without a class ("<h2>Suva's informal settlers ...</h2><p><em>Families
    moved from ... Most are still waiting — and paying more.</em></p>"). "" when there is none."""
    h1 = next((h for h in tree.iter("h1") if headline and _normalized(h.text_content()) == _normalized(headline)), None)
    following = next((e for e in h1.itersiblings() if isinstance(e.tag, str)), None) if h1 is not None else None
    if following is None or following.tag != "p":
        return ""
    styled = bool(_ITALIC_STYLE.search(following.get("style") or ""))  # (an e-mail sets its italics inline)
    if not styled and (len(following) != 1 or (following.text or "").strip()
                       or following[0].tag not in ("em", "i", "strong", "b") or (following[0].tail or "").strip()):
        return ""
    text = _clean(following.text_content())
    return text if len(text.split()) >= 8 and _SENTENCE_STOP.search(text) else ""


def _deck_by_the_headline(tree, headline: str, skip: str = "") -> str:
    """The deck the page sets with its headline: an element marked only as a deck (standfirst, dek, perex ...) after
    the <h1> that shows the headline, within its header block (the h1's parent or grandparent), not in an aside or a
    related-links box. A deck elsewhere on the page is another story's teaser or the masthead's strapline. "" when
    there is none."""
    if tree is None or not headline:
        return ""
    h1 = next((h for h in tree.iter("h1") if _normalized(h.text_content()) == _normalized(headline)), None)
    if h1 is None:
        return ""
    for block in list(h1.iterancestors())[:2]:
        after = False
        for element in block.iter():
            if element is h1:
                after = True
            elif after and isinstance(element.tag, str) and element.tag in ("p", "div", "h2", "h3") \
                    and _DECK_ONLY_CLASS.search(element.get("class") or "") \
                    and not any(_outside_the_article(a) for a in element.iterancestors()):
                text = _clean(element.text_content())
                if text and (not skip or _normalized(text) != _normalized(skip)):
                    return text
    return ""


_SUBTITLE_CLASS = re.compile(r"(?i)sub-?(?:title|headline|heading)")
_SENTENCE_STOP = re.compile(r"[.。!?！？][\"”’»)]*$")
_STOP_INSIDE = re.compile(r"[.。!?！？][\"”’»)]*\s")
# A heading right under the <h1> is the second headline whatever the page calls it ("ep-deck", "alcim", "podnaslov",
# "art-subhead", none at all) when it reads as one (the vocabulary's `reads_as_a_second_headline`, with no stop
# anywhere). Over the blind rounds' pages, such headings were the subheadline 47 times and the summary twice; longer
# ones, or ones with a stop, were mostly the summary (25 of 31). A class that names a summary keeps it one.
_SUMMARY_CLASS = _class_words(("summary", "excerpt", "intro", "lead", "teaser", "synopsis", "standfirst", "entradilla",
                               "sommario", "linha-fina", "bajada", "perex", "chapo", "chapeau", "sapo", "ingress",
                               "catenaccio", "entradeta", "spot"))


# A life's span under a name: two dates, each with its year, joined by a dash ("June 2, 1938 – October 9, 2025",
# "14 Maart 1942 – 2 Oktober 2025", "1938 – 2025"), perhaps in brackets or with the signs for born and died.
_LIFESPAN = re.compile(r"^[(*✝†\s]*(?:[^\W_][\w.,]*\s+){0,3}(?:1[89]|20)\d\d\s*[–—-]\s*[*✝†\s]*(?:[^\W_][\w.,]*\s+){0,3}"
                       r"(?:1[89]|20)\d\d\s*\)?$")


def _subtitle_heading(tree, headline: str) -> str:
    """A second headline: a heading element (h2 to h4) the page marks as its subtitle, next after the <h1> it
    stands under, in a headline's form (no full stop). A subtitle written as sentences is the standfirst (the
    summary), and a subheading further down is one of the story's own subheads."""
    if tree is None or not headline:
        return ""
    for h1 in tree.iter("h1"):
        if _normalized(h1.text_content()) != _normalized(headline):
            continue
        for place, sibling in enumerate(element for element in h1.itersiblings() if isinstance(element.tag, str)):
            if place == 2:
                break
            text = _clean(sibling.text_content())
            if sibling.tag in ("p", "div", "span", "h2", "h3", "h4") and _LIFESPAN.match(text):
                return text  # under a death notice's name, the years of the life ("June 2, 1938 – October 9, 2025")
            if sibling.tag not in ("h2", "h3", "h4"):
                continue
            if _SUBTITLE_CLASS.search(sibling.get("class") or "") and text and not _SENTENCE_STOP.search(text):
                return text
            if _DECK_ONLY_CLASS.search(sibling.get("class") or "") and text and not _SENTENCE_STOP.search(text) \
                    and _standfirst_follows(sibling):
                return text  # a deck heading in a headline's form over a standfirst of sentences: the second headline
            if place == 0 and _reads_as_a_second_headline(sibling, text):
                return text
        return ""
    return ""


def _reads_as_a_second_headline(heading, text: str) -> bool:
    """Whether the heading next under the <h1> is set as a second headline: short, with no sentence stop, and not
    marked as the summary ("<h2 class=ep-deck>Eight classrooms and a science lab approved after six-year
    campaign</h2>", "<h3>الحكم قابل للطعن أمام المحكمة العليا خلال ستين يوماً</h3>")."""
    # (the vocabulary's form already has no stop at the end; on a page, any stop inside, "U.S." too, makes sentences)
    return reads_as_a_second_headline(text) and not _STOP_INSIDE.search(text) \
        and not _SUMMARY_CLASS.search(heading.get("class") or "")


def _standfirst_follows(heading) -> bool:
    """Whether the next element after a heading is a paragraph the page marks as its standfirst and writes as
    sentences ("<h2 class=feature-dek>Jori Angove a gows ...</h2><p class=standfirst>Wosa deg bledhen ... .</p>"):
    then the page has both a second headline and a standfirst, and the heading is the first."""
    following = next((element for element in heading.itersiblings() if isinstance(element.tag, str)), None)
    return following is not None and following.tag in ("p", "div") and bool(_DEK_CLASS.search(following.get("class") or "")) \
        and bool(_SENTENCE_STOP.search(_clean(following.text_content())))


def _blocks_from_extraction(body: etree._Element, title: str) -> tuple[list[Block], list[Block]]:
    """The copy's blocks, and the short lines the extractor kept above the page's own title (a kicker, a masthead,
    an issue line: "København · Bolig", "Caman Weekly · Saturday Edition · 14 November 2026"), which are no copy."""
    blocks: list[Block] = []
    above: list[Block] = []
    title_key = _normalized(title)
    for line_break in body.iter("lb"):
        line_break.tail = "\n" + (line_break.tail or "")
    if _clean(body.text or ""):  # trafilatura leaves loose text as body.text and element tails
        blocks.append(Block(kind=PARAGRAPH, text=_clean(body.text)))
    for element in body:
        _add_extracted_block(element, blocks, title_key, above)
        if _clean(element.tail or ""):
            blocks.append(Block(kind=PARAGRAPH, text=_clean(element.tail)))
    return blocks, above


_EXTRACTED_BLOCKS = frozenset({"p", "head", "list", "quote", "code", "div", "table"})  # the extractor's block elements


def _add_extracted_block(element: etree._Element, blocks: list[Block], title_key: str, above: list[Block]) -> None:
    tag = element.tag
    text = _text_of(element)
    if tag == "div" and any(child.tag in _EXTRACTED_BLOCKS for child in element):
        # a layout table's cell, unwrapped (_unwrap_layout_tables): the extractor keeps it as a division around its
        # paragraphs and headings; each is a block
        if _clean(element.text or ""):
            blocks.append(Block(kind=PARAGRAPH, text=_clean(element.text)))
        for child in element:
            _add_extracted_block(child, blocks, title_key, above)
            if _clean(child.tail or ""):
                blocks.append(Block(kind=PARAGRAPH, text=_clean(child.tail)))
        return
    if tag == "list":
        items = [entry for entry in (_text_of(child) for child in element if child.tag == "item") if entry]
        if items:
            blocks.append(Block(kind=LIST, items=items, ordered=(element.get("rend") or "").startswith("ol")))
        return
    if not text:
        return
    if tag == "head":
        if len(blocks) < 3 and _normalized(text) == title_key:
            # the page's own title repeated as a heading above the copy; short lines before it are the page's header
            # (a longer line there, "Forwarded this email? Sign up to ...", stays for the cleaner to judge)
            header = [block for block in blocks if block.kind == PARAGRAPH and len(block.text.split()) <= 12]
            if not above and header:
                above.extend(header)
                blocks[:] = [block for block in blocks if block not in header]
            return
        blocks.append(Block(kind=HEADING, text=text, html=_inline_html(element), level=_heading_level(element.get("rend") or "h2")))
    else:  # p, quote, code, and anything else trafilatura keeps as text; a line break starts a new line block
        lines = [_clean(line) for line in "".join(element.itertext()).split("\n")]
        lines = [line for line in lines if line]
        if len(lines) > 1:
            blocks.extend(Block(kind=PARAGRAPH, text=line) for line in lines)
        else:
            blocks.append(Block(kind=PARAGRAPH, text=text, html=_inline_html(element)))


_NOT_THE_ARTICLE = re.compile(r"site-title|site-name|logo|brand|masthead", re.IGNORECASE)


def _article_h1(tree: lxml.html.HtmlElement | None) -> str:
    """The headline the page shows: its one <h1> outside the masthead and navigation.

    The <title> and og:title often carry a headline written for search and social feeds
    ("Phoenix light rail extension opens after delays") while readers see another; the
    shown one is the story's. None when the page has no such <h1> or several.
    """
    if tree is None:
        return ""
    shown = []
    for h1 in tree.iter("h1"):
        marks = " ".join(f"{e.tag} {e.get('class', '')} {e.get('id', '')}" for e in (h1, *h1.iterancestors()) if isinstance(e.tag, str))
        if re.search(r"\b(nav|footer|aside)\b", marks) or _NOT_THE_ARTICLE.search(marks):
            continue
        text = _clean(h1.text_content())
        if word_count(text) >= 3:
            shown.append(text)
    return shown[0] if len(shown) == 1 else ""


def _site_after_headline(title: str, headline: str) -> str:
    """A page naming no site in its metadata names it in its <title> after the headline the page shows:
    "Kelani River level rises ... - Colombo Evening Tribune - Breaking News" -> "Colombo Evening Tribune"; a
    section's slot before it ("... | Politics | The Daily Ledger") is passed over."""
    if not headline or not title.startswith(headline) or title == headline:
        return ""
    slots = [slot.strip() for slot in re.split(r"\s+[-–—|·•]\s+|\s*[|·•]\s*", title[len(headline):]) if slot.strip()]
    for slot in slots:
        if not all(word.casefold() in SECTION_WORDS for word in slot.split()):
            return slot if 1 <= len(slot.split()) <= 6 else ""
    return ""


def _without_site_name(title: str, site: str) -> str:
    """ "Bridge reopens - Harbor Daily" -> "Bridge reopens" when the page names its site "Harbor Daily"."""
    if not site or len(site) >= len(title):
        return title
    match = re.search(r"\s*[-–—|:·•]\s*" + re.escape(site) + r"\s*$", title, re.IGNORECASE)
    return title[: match.start()].strip() if match and match.start() > 0 else title


def _paragraph_links(tree: lxml.html.HtmlElement | None) -> dict[str, str]:
    """Anchor text -> href for links inside the page's own paragraphs (navigation and lists left out)."""
    if tree is None:
        return {}
    links: dict[str, str] = {}
    for anchor in tree.xpath("//p//a[@href]"):
        text, href = _clean(anchor.text_content()), anchor.get("href", "")
        if len(text) >= 8 and " " in text and href.startswith(("http://", "https://")):
            links.setdefault(text, href)
    return links


def _relink(blocks: list[Block], links: dict[str, str]) -> None:
    """Put the page's in-copy links back on the extracted paragraphs (the extractor runs without links)."""
    if not links:
        return
    for block in blocks:
        if block.kind != PARAGRAPH or block.html:
            continue
        html = escape(block.text, quote=False)
        changed = False
        for text, href in sorted(links.items(), key=lambda kv: -len(kv[0])):  # longest first: no link inside a link
            needle = escape(text, quote=False)
            at = html.find(needle)
            if at < 0 or html.count("<a ", 0, at) != html.count("</a>", 0, at):
                continue
            html = f'{html[:at]}<a href="{escape(href)}">{needle}</a>{html[at + len(needle):]}'
            changed = True
        if changed:
            block.html = html


def _inline_html(element: etree._Element) -> str:
    """trafilatura's inline markup (ref, hi, lb) as the few HTML tags the body allows; "" when it has none."""
    if not len(element):
        return ""  # no child element: its markup is its escaped text
    html = " ".join(_extracted_markup(element).split())
    return "" if html == escape(_text_of(element), quote=False) else html


def _extracted_markup(element: etree._Element) -> str:
    parts = [escape(element.text or "", quote=False)]
    for child in element:
        inner = _extracted_markup(child)
        if child.tag == "ref" and child.get("target", "").startswith(("http://", "https://", "mailto:")):
            parts.append(f'<a href="{escape(child.get("target"))}">{inner}</a>')
        elif child.tag == "hi" and "#b" in (child.get("rend") or ""):
            parts.append(f"<strong>{inner}</strong>")
        elif child.tag == "hi" and "#i" in (child.get("rend") or ""):
            parts.append(f"<em>{inner}</em>")
        elif child.tag == "lb":
            parts.append("<br>")
        else:
            parts.append(inner)
        parts.append(escape(child.tail or "", quote=False))
    return "".join(parts)


def _heading_level(rend: str) -> int:
    match = re.search(r"\d", rend)
    return min(max(int(match.group(0)) if match else 2, 2), 6)


# The page's byline element opening on a label and its colon: "Wikhikemuwinuwok: Mali Newell (...) naka Piyel Tomah".
_LABEL_THEN_PEOPLE = re.compile(
    rf"^\s*(?P<label>[^\W\d_][^{LABEL_COLONS}\d]{{0,40}}?)\s*[{LABEL_COLONS}]\s*(?P<rest>\S.*)$")


def _people_after_a_label(text: str) -> str:
    """What follows a line's label of one to three words and its colon ("مریم رضایی و حامد نوری" from "گزارش: مریم
    رضایی و حامد نوری"), or "" when the line opens on no such label."""
    found = _LABEL_THEN_PEOPLE.match(text)
    return found["rest"] if found and len(found["label"].split()) <= 3 else ""


def _marked_label_run_into_the_byline(marked: str, byline: str) -> str:
    """The label of the page's byline element that the extractor ran into the byline without its colon (without it the
    label reads as a first name), the people after it and perhaps more of the element (their addresses, their posts)
    dropped: "Nuştoxî Rojda Azad û Mehmed Kaya" from "Nuştoxî: Rojda Azad û Mehmed Kaya" (Zaza), "Wikhikemuwinuwok Mali
    Newell naka Piyel Tomah" from "Wikhikemuwinuwok: Mali Newell (mnewell@...) naka Piyel Tomah (...)", "च्वमि राजेन्द्र
    श्रेष्ठ, ..."
    from "च्वमि: राजेन्द्र श्रेष्ठ, ...". The label (one to three words) is returned when the byline opens with it and
    goes on with the element's first two words after the colon; "" otherwise."""
    found = _LABEL_THEN_PEOPLE.match(marked or "")
    if not found or not byline or not 1 <= len(found["label"].split()) <= 3:
        return ""
    label = found["label"].strip()
    after = found["rest"].split()[:2]
    if any(ch.isdigit() for ch in "".join(after)):
        return ""  # "Updated: 12 May 2026": a date after the label, no people
    rest = byline[len(label):].split() if byline.startswith(label + " ") else []
    return label if after and [word.strip(",;") for word in rest[:len(after)]] == [word.strip(",;") for word in after] else ""


def _byline_from_author(author: str, html: str = "") -> str:
    """trafilatura joins authors and roles with "; " ("Tom Krisher; Ap Auto Writer") and drops the periods of a
    name's initials and abbreviations ("Rodel M Tuazon", "Jose Ma Santos Jr"), which the page's own spelling restores."""
    # an e-mail address the extractor took from the byline's mailto link is how to reach the writer, not a name
    parts = [part.strip() for part in author.split(";") if part.strip() and not _EMAIL_ONLY.fullmatch(part.strip())]
    # the field's label the extractor took with the name, or for it ("Written by" in an element of its own)
    parts = [part for part in parts if not _BY_LABEL_ONLY.fullmatch(part)]
    # (or its pieces, capitalised into a name after the writer's: "Dinhmo Example" from "dinhmo@playhre.example")
    parts = parts[:1] + [part for part in parts[1:] if not _is_an_address_as_a_name(part, html)]
    return ", ".join(_as_spelled_on_the_page(_without_mangled_address(part, html), html) for part in parts)


def _is_an_address_as_a_name(part: str, html: str) -> bool:
    """A name the extractor made of an e-mail address's pieces ("Dinhmo Example" from "dinhmo@playhre.example", "Gwen
    Moore-News Example" from "gwen.moore@adaawak-news.example"): every word one of the address's pieces, from both its
    sides (the writer's own name is the local part's alone, "Gwen Moore"; an outlet's, the domain's, "Cleveland com")."""
    words = [word.casefold() for word in re.split(r"[\s-]+", part) if word]
    if not words or "@" not in html or not any(f"{mark}{words[-1]}" in _lowered(html) for mark in ".@-"):
        return False  # (the last word a domain's piece, as an address sets it: the page's addresses are read only then)
    for address in _addresses_in(html):
        local, _, domain = address.partition("@")
        local_pieces, domain_pieces = set(re.split(r"[._+-]", local)), set(re.split(r"[.-]", domain))
        only_local, only_domain = local_pieces - domain_pieces, domain_pieces - local_pieces
        if all(word in local_pieces | domain_pieces for word in words) \
                and only_local.intersection(words) and only_domain.intersection(words):
            return True  # (an outlet's name from its address, "Cleveland com", has no piece of the writer's local part)
    return False


_ADDRESS_LOCAL = re.compile(r"[\w.+-]{1,64}$")
_ADDRESS_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")


_lowered = functools.lru_cache(maxsize=4)(str.lower)  # a page in lower case, once for all its author parts


@functools.lru_cache(maxsize=4)
def _addresses_in(html: str) -> tuple[str, ...]:
    """The e-mail addresses a page holds, read around each "@" (a pattern over the whole page tries every word of it);
    kept for the page's next author part, each of which asks again."""
    found = []
    at = html.find("@")
    while at != -1 and len(found) < 50:
        local = _ADDRESS_LOCAL.search(html, max(0, at - 64), at)
        domain = _ADDRESS_DOMAIN.match(html, at + 1, at + 256)
        if local and domain:
            found.append(f"{local.group(0)}@{domain.group(0)}".lower())
        at = html.find("@", at + 1)
    return tuple(found)


def _without_mangled_address(part: str, html: str) -> str:
    """The name without the writer's e-mail address the extractor ran into it, its "@" and dots dropped ("Anna
    Kowalczyk a kowalczyk-nadwieprzanski example" from "a.kowalczyk@kurier-nadwieprzanski.example"): a trailing run of
    lower-case words after the capitalised name, whose last word ends an address the page holds."""
    words = part.split()
    if len(words) < 2 or "@" not in html:
        return part
    start = len(words)
    while start > 1 and words[start - 1].islower() and words[start - 1] not in NAME_PARTICLES:
        start -= 1
    if start < len(words) and any(word[:1].isupper() for word in words[:start]):
        return " ".join(words[:start]) if any(address.endswith(words[-1]) for address in _addresses_in(html)) else part
    # after a name in a script without capitals, the address's pieces however the extractor cased them ("글 한서윤 기자
    # Hsy Example" from "hsy@concert.example"); a name with no caseless word before its last has none (the page's
    # addresses, read around each "@" of its scripts and styles, are then not looked for)
    if all(_is_cased(word) for word in words[:-1]):
        return part
    addresses = _addresses_in(html)
    start = len(words)
    while start > 1 and words[start - 1].isascii() and any(words[start - 1].lower() in address for address in addresses):
        start -= 1
    if start < len(words) and not _is_cased(words[start - 1]):
        return " ".join(words[:start])
    return part


def _is_cased(word: str) -> bool:
    return any(ch.isupper() or ch.islower() for ch in word)


# A by-label and nothing else: "Written by", "Posted by", "By:", "Por", "Texto de".
_BY_LABEL_ONLY = re.compile(
    r"(?:(?:written|posted|reported|published|words|story|text|texto|reportage|texte)\s+)?(?:by|" + "|".join(FOREIGN_BY_WORDS)
    + r")\s*:?", re.IGNORECASE)


def _as_spelled_on_the_page(name: str, html: str) -> str:
    """The name as the page writes it, where the extractor dropped what the page writes: the periods of initials and
    abbreviations ("M" -> "M.", "Jr" -> "Jr."), and a word's closing vowel sign, which its clean-up takes for
    punctuation ("अंकित मिश्र" for the page's "अंकित मिश्रा", "ராஜசேகர" for "ராஜசேகர்"). Nothing else may differ. The
    name as given when the page has no such spelling."""
    words = name.split()
    if not html or not words or len(words) > 8 or "." in name:
        return name
    # only an initial or an abbreviation takes one ("M", "Ma", "Jr"): "Regan." ends a sentence, not a name
    may_take = [len(word) <= 2 or word in _ABBREVIATED_NAME_WORDS for word in words]
    may_lack_marks = any(_ENDS_IN_MARKS.search(word) for word in words)  # Devanagari, Tamil, Thai, Khmer ...
    if not (may_lack_marks or len(words) > 1 and any(may_take)) or words[0] not in html:
        return name  # most names: nothing to look for (the page is not searched)
    # the first word's letters lead the pattern, so the search skips to them; what stands before is checked after
    marks = r"(\p{M}*)" if may_lack_marks else "()"
    pattern = r"\s+".join(regex.escape(word) + marks + (r"(\.?)" if take else "()")
                          for word, take in zip(words, may_take)) + r"(?!\w)"
    for found in regex.finditer(pattern, html):
        before = html[found.start() - 1:found.start()]
        if any(found.groups()) and not (before.isalnum() or before in "._"):
            added = found.groups()
            return " ".join(word + added[2 * at] + added[2 * at + 1] for at, word in enumerate(words))
    return name


# The scripts whose words end in a vowel sign or virama (combining marks) the extractor's clean-up drops: the Indic
# blocks to Sinhala, Thai and Lao, Myanmar, Khmer. Accented Latin letters are precomposed: such names are not searched.
_ENDS_IN_MARKS = re.compile("[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_EMAIL_ONLY = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ABBREVIATED_NAME_WORDS = frozenset({"Jr", "Sr", "St", "Wm", "Chas", "Jos", "Geo", "Thos"})


_FIELD_LABEL = re.compile(r"(^|[\s_-])(label|date|time|published|updated|timestamp|role|job|position|title|rol|rôl|rolle|"
                          r"ruolo|cargo|fonction|swydd|readtime|read-time|reading-time|readingtime)($|[\s_-])",
                          re.IGNORECASE)  # the role in other languages; the reading time


_PERSON_BLOCK_TAGS = frozenset({"div", "li", "p", "section", "article"})


def _repeated_children(element) -> list:
    """The block children that repeat one class, two or more: one block a person, each with its name and role
    (`<div class="author"><a>Jane Holloway</a> <span class="author__role">Live news reporter</span></div>`); links
    in a line ("<a>JESSE BRANNIGAN</a> and <a>MAYA TRUONG</a>") are joined by the line's own words."""
    blocks = [child for child in element if child.tag in _PERSON_BLOCK_TAGS and child.get("class")]
    classes = [child.get("class") for child in blocks]
    return [child for child in blocks if classes.count(child.get("class")) >= 2]


def with_people_beside(element, text: str) -> str:
    """A marked byline `element`'s text with the next people's blocks beside it, marked alike ("byline-contributor",
    one a person): "Gwenllian Morris, Rhodri Tudur-Evans"."""
    if not text:
        return text
    joined, previous = text, element
    for sibling in element.itersiblings():
        if sibling.get("class") != element.get("class"):
            continue
        other = _byline_text(sibling)
        between = (previous.tail or "").strip() if previous.getnext() is sibling else ""
        # the word the page sets between two people marked alike is how it joins them ("<span class="author">रचना
        # शाक्य</span> व <span class="author">सुजन महर्जन</span>", Newar); otherwise a comma
        joiner = f" {between} " if between.isalpha() and len(between) <= 6 else ", "
        if other:
            joined += joiner + other
        previous = sibling
    return joined


def _byline_text(element) -> str:
    """A byline element's words, each piece apart ("Autor" and "Tereza Nováková" are two divs, not "AutorTereza"),
    without the field's own label (a CMS's `field__label`: "Autor", "Written by")."""
    pieces: list[str] = []
    people = _repeated_children(element)

    def visit(node) -> None:
        if not isinstance(node.tag, str):
            return
        # a field's label ("Autor"), the byline's date or the writer's role, each in its own element
        if node is not element and (node.tag == "time" or _FIELD_LABEL.search(node.get("class", ""))
                                    or node.tag in _PERSON_BLOCK_TAGS and LATIN_PHOTO_LABEL.match(node.text or "")):
            pieces.append(node.tail or "")  # (a photographer's credit beside the writer: "Argazkia: Jon Arregi")
            return
        if node in people[1:]:
            pieces.append(",")  # one person's block after another's: "Jane Holloway, Ed Mwangi"
        pieces.append(node.text or "")
        for child in node:
            visit(child)
        if node is not element:
            pieces.append(node.tail or "")

    visit(element)
    return _clean(" ".join(pieces)).replace(" ,", ",")


def _capitalised_by_extractor(person: str, marked: str) -> bool:
    """Whether the extractor capitalised words the page writes in lower case ("Dpa" for the page's "dpa", "Di ... E
    ..." for "di ... e ..."); a name the page sets in capitals ("MINH KHÔI") is the extractor's to restore."""
    at = marked.casefold().find(person.casefold())
    shown = marked[at:at + len(person)] if at >= 0 else ""
    if not shown or shown == person or len(shown.split()) != len(person.split()):
        return False
    # only words' first letters raised: "Di Marta Cusimano E Gianluca Bonanno" for "di Marta Cusimano e Gianluca
    # Bonanno", whose small words are the byline's label and joiner; a word the page sets in capitals may have been
    # re-cased beside them ("De Andreea Popescu-Vlad Și Mihai" for "de Andreea POPESCU-VLAD și Mihai"), so long as one
    # word in lower case was raised
    pairs = list(zip(person.split(), shown.split()))
    raised = [word != page and word == page[:1].upper() + page[1:] for word, page in pairs]
    return any(raised) and all(
        word == page or up or page.isupper() and word.casefold() == page.casefold() for (word, page), up in zip(pairs, raised))


# The date a byline element sets after the names: "Jenna Marchetti and Tomás Reyes Mar 13, 2025", "... 13 March 2025,
# 10:42", "... 2025-03-13" (the page's date, not a part of the byline).
_TRAILING_DATE = re.compile(
    rf"\s+[·•|–—-]?\s*(?:{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+{MONTHS},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*$", re.IGNORECASE)


# A byline element opening with its label: "Text and photos: Mereana Collins-Pōtae", "Texto: Ana Ruiz".
_BYLINE_LABEL_OPENING = re.compile(r"^\s*(" + "|".join(map(re.escape, BYLINE_LABELS)) + r")\s*:", re.IGNORECASE)


def _without_dots(text: str) -> str:
    return " ".join(text.replace(".", " ").split())


def _as_the_page_shows(extracted: str, marked: str, outlet: str = "") -> str:
    """The extractor's author list joins people with ", " ("Camille Dubois, Yanis Benali"); the page's own byline
    element names the same people with its own joiner ("Par Camille Dubois et Yanis Benali"), which a byline in
    another language keeps. The marked one is taken when it names every extracted person and little else."""
    if not extracted:
        return marked
    people = [p.strip() for p in extracted.split(",") if p.strip()]
    joiner_at = uncased_joiner_at(marked.split())  # an "and" in a script without capitals: "रचना शाक्य व सुजन महर्जन"
    raised = [_capitalised_by_extractor(p, marked) for p in people]
    if marked and people and any(raised) and all(up or p in marked for p, up in zip(people, raised)):
        # "Von dpa" where the extractor wrote "Dpa", "Petra Horáčková, sportovní redaktorka" where it wrote her post
        # "Sportovní Redaktorka" as a second person: the page's own spelling
        return marked
    if marked and len(people) == 1 and names_an_agency(people[0]) and people[0] in marked \
            and len(marked.split()) > len(people[0].split()) + 1:
        # the page's metadata names the agency as its author ("Pacific Islands Newswire"), its byline the people
        # with the agency ("By KAIA NAMALIU and JOSEPH AIRI-KUMUL, Pacific Islands Newswire"): the byline
        return marked
    listed = [p.strip() for p in marked.split(",") if p.strip()]
    if len(listed) > 1 and len(listed) >= len(people) and all(
            any(p.startswith(name) and p != name for name in listed) for p in people):
        # "Gwenllian Morris BBC Wales": the extractor ran the first person's role on and lost the second, whom the
        # page's byline lists, one block a person
        return marked
    if marked and people and all(p in marked for p in people) and (
            _names_an_agency(marked.replace(people[-1], "", 1))
            or _ends_with_an_agency(marked[marked.rindex(people[-1]) + len(people[-1]):], outlet)):
        # "Par Julie Marchand (avec AFP) - Le 17 juin", "By Jack Pemberton-Yarran, AAP", "Sipho Ndlovu African News
        # Agency (ANA)": the agency the page names beside them is the credit, which the metadata's people lack
        return marked
    if marked and people and all(p.casefold() in marked.casefold() for p in people):
        tail = marked[marked.casefold().rindex(people[-1].casefold()) + len(people[-1]):]
        named = tail.strip(" ,;|–—-")
        if tail.strip()[:1] in (",", "|", "–", "—", "-") and named and names_an_agency(named) \
                and named.casefold() != outlet.casefold():
            # "By KAREN O'DWYER and LIAM McTAGGART, Pilbara Press Agency": an agency no list holds, by its noun, after
            # the people the metadata names in its own case
            return marked
    if marked and len(people) > 1 and all(p in marked for p in people) and len(marked.split()) <= len(extracted.split()) + 4:
        between = marked[marked.index(people[0]) + len(people[0]):marked.index(people[-1])]
        joiner = between.strip().split()[-1] if between.strip(" ,") else ""
        if joiner.lower() in AND_WORDS | {"&"} \
                or between.strip().isalpha() and between.strip().islower() and len(joiner) <= 6 \
                or joiner_at >= 0 and between.strip().isalpha() and len(joiner) <= 3:
            # "Par Camille Dubois et Yanis Benali", Javanese "... lan Bagus Prasetyo": the people joined as the page
            # joins them, with an "and" of any language (one short word in lower case between them)
            return marked
    if marked and people and all(p in marked for p in people) and len(marked.split()) <= 12:
        after = marked[marked.index(people[-1]) + len(people[-1]):].split()
        if len(after) >= 2 and (after[0].lower() in AND_WORDS | {"&"} and after[1][:1].isupper()
                                or joiner_at >= 0 and marked.split()[joiner_at] == after[0]):
            return marked  # "Minn Marija Camilleri u Jean Paul Farrugia": the page names one more than the extractor found
    if marked and any(p not in marked for p in people) and all(_without_dots(p) in _without_dots(marked) for p in people) \
            and len(marked.split()) <= 12:
        return marked  # "M F M RIZWAN" where the page writes "M.F.M. RIZWAN": the initials as the page sets them
    if marked and _read_off_the_marked(extracted, marked):
        return marked
    return extracted


def _read_off_the_marked(extracted: str, marked: str) -> bool:
    """The extractor's author list is the marked byline's own words, cut on the way: each of its words begins one of
    the marked element's, and one of them is cut short ("भाष, अपडेटेड" from "भाषा | अपडेटेड: 12 मई 2026": a vowel
    sign lost); or it took the element's label for people ("Text, Photos Mereana" from "Text and photos: Mereana").
    The page's own line is then what the byline reader should read. (Names only re-cased, "Десислава" from
    "ДЕСИСЛАВА", are the extractor's to keep.)"""
    def words(text: str) -> list[str]:
        return [w.strip(".,:;|()·•-–—") for w in text.split() if w.strip(".,:;|()·•-–—")]
    folded = [w.casefold() for w in words(marked)]
    taken = [w.casefold() for w in words(extracted.replace(",", " "))]
    if not taken or not all(any(m.startswith(w) for m in folded) for w in taken):
        return False
    label = _BYLINE_LABEL_OPENING.match(marked)
    return any(w not in folded for w in taken) or bool(label) and taken[0] == label.group(1).split()[0].casefold()


def _joined_as_the_page_joins(byline: str, extracted: str, tree: lxml.html.HtmlElement | None) -> str:
    """The extractor's list of people ("Maja Kranjc, Rok Zupan", from the page's metadata) joined as the page writes
    them in its text when no marked byline said it: "Maja Kranjc in Rok Zupan", "Lotte Peeters en Koen Van den
    Broeck" (DESIGN.md: in another language, its own joiner as sent). Between two people the extractor named, a
    short "and" word of any language is the joiner; Slovenian "in" only on a page in Slovenian (elsewhere "in" is a
    place's: "Jennifer Rankin in Brussels")."""
    people = [p.strip() for p in extracted.split(",") if p.strip()]
    if byline != extracted or len(people) < 2 or tree is None:
        return byline
    body = tree.find("body")
    text = " ".join((body if body is not None else tree).text_content().split())
    pattern = (r"(?<!\w)" + r"\s*,\s*".join(map(re.escape, people[:-1])) + r"\s+(?P<joiner>\w{1,4}|&)\s+"
               + re.escape(people[-1]) + r"(?!\w)")
    for found in re.finditer(pattern, text):
        joiner = found.group("joiner")
        own = AND_ONLY_IN_LANGUAGE.get(_page_language(tree).split("-")[0].lower())
        if joiner.lower() in AND_WORDS | {"&"} or joiner == own \
                or joiner.isalpha() and joiner.islower() and joiner != "in":  # (an "and" no list holds: Javanese "lan")
            return ", ".join(people[:-1]) + f" {joiner} " + people[-1]
    return byline


# A reporter named by the post written after (Korean) or before (Chinese) the name, in an element no class marks as
# the byline: "<li>박지훈 기자 jhpark@gnonnews.kr</li>", "<span>记者 周敏</span>".
_REPORTER_BY_POST = etree.XPath(
    "//*[self::li or self::span or self::p or self::div or self::em or self::strong]"
    "[re:test(normalize-space(text()), '^([가-힣]{2,4} ?(기자|특파원|통신원)|(记者|記者)[ ：:]?[一-鿿]{2,4})( |$)')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})


# An element that prints "By" and a name, unmarked by class: "<span class="field--name-uid">By <a>Nur Aisyah
# Rahman</a></span>" (the name inside a link, so the element's whole text is read).
_PRINTS_BY_AND_NAME = etree.XPath(
    "//*[self::span or self::p or self::div][string-length(normalize-space(.)) < 60]"
    "[re:test(normalize-space(.), '^(By|Par|Por|Von|Door|Af|Av|Di) [A-ZÀ-Þ][\\w.’-]+( [A-ZÀ-Þ][\\w.’-]*| [a-z]{1,4}){0,4}$')]",
    namespaces={"re": "http://exslt.org/regular-expressions"})


def _byline_by_its_words(tree: lxml.html.HtmlElement | None) -> str:
    """The first short element whose own text is a reporter and a post in Korean or Chinese, or that prints "By" and
    a name, when nothing marked one."""
    if tree is None:
        return ""
    for element in _REPORTER_BY_POST(tree):
        text = " ".join((element.text or "").split())
        if 0 < len(text.split()) <= 6:
            return text
    for element in _PRINTS_BY_AND_NAME(tree):
        return " ".join(element.text_content().split())
    return ""


def _byline_under_headline_by_shape(tree: lxml.html.HtmlElement | None) -> str:
    """A byline no class marks, under the headline, by its shape: a label of a language no list holds and its colon,
    or its "by" (a capitalised word and words in lower case), then people ("Qoraalka: Maxamed Cali Faarax iyo Hodan
    Axmed Jaamac", "Тэкст: Алеся Кавалёва", "Fa'u 'e Mele Vaipulu mo Sione Taufa"). Read only in the
    elements between the page's <h1> and its copy (the first element of 25 words or more), and never a picture's
    credit ("Фота: ..." under it is the photographer's)."""
    if tree is None:
        return ""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return ""
    for element in h1.xpath("following::*[position() <= 40]"):
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        text = _clean(element.text_content())
        if len(text.split()) >= 25:
            break
        people_part, byline = _without_stamp_and_agency(text)
        if not text or len(people_part.split()) > 12 or _credits_a_picture(element.get("class", ""), text):
            continue
        if element.tag in ("figcaption", "figure") or any(a.tag in ("figure", "figcaption") for a in element.iterancestors()):
            continue  # a picture's caption ("Laboratorij podjetja v Črnučah Foto: Lipica Biotech")
        if _set_under_a_picture(element):
            continue  # a page built by hand sets a picture's credit as the line under its <img> ("Ĩ'yaseri: Rosa Villegas")
        if _people_after_an_unlisted_by(people_part):
            return byline  # (or a capitalised word and words in lower case before them: Tongan "Fa'u 'e ... mo ...")
        if joined_by_an_unlisted_and(people_part):
            return byline  # "Сергей Ямбаршев ден Ольга Иванова": an "and" no list holds, alone in its element
    return ""


def _set_under_a_picture(element: etree._Element) -> bool:
    """The element comes right after an <img>, line breaks and blanks aside."""
    before = element.getprevious()
    while before is not None and before.tag == "br" and not (before.tail or "").strip():
        before = before.getprevious()
    parent = element.getparent()
    if before is None and parent is not None and not (parent.text or "").strip() \
            and parent.tag not in ("div", "td", "th", "body", "section", "article"):
        return _set_under_a_picture(parent)  # (its paragraph's or its <font>'s first line)
    return before is not None and before.tag == "img" and not (before.tail or "").strip()


_STAMP_SLOT = re.compile(r"\s+[|·•]\s+(?=[^|·•]*\d)[^|·•]*$")  # "... | 2025 Zarh 9, 10:40": the line's date slot
_AGENCY_AFTER = re.compile(r",\s+(?P<agency>[^,]+?\s*\((?P<code>[^\W\d_a-z]{2,8})\))$")  # ", Chinram Thawngpang Zung (CTZ)"


def _without_stamp_and_agency(text: str) -> tuple[str, str]:
    """(the people part, the byline) of a labelled by-line that also carries its date slot and the agency its writer
    files for: "Thawngtialtu: SUI HNEM PAR, Chinram Thawngpang Zung (CTZ) | 2025 Zarh 9, 10:40" is read as
    "Thawngtialtu: SUI HNEM PAR", and kept with its agency (the normaliser makes the agency the credit)."""
    if not any(mark in text for mark in LABEL_COLONS):
        return text, text  # (a "by" without its colon may sign for a business: "Geplaas deur Kleynhans Begrafnisdienste")
    byline = _STAMP_SLOT.sub("", text)
    agency = _AGENCY_AFTER.search(byline)
    return (byline[:agency.start()] if agency else byline), byline



_BRACKETED = re.compile(r"\(([^()]{2,40})\)")


def _names_an_agency(text: str) -> bool:
    """A known agency in brackets ("(avec AFP)", "(dpa)"), with or without the word joining it to the writer."""
    for inside in _BRACKETED.findall(text):
        words = inside.split()
        if agency_name(inside) or len(words) > 1 and agency_name(" ".join(words[1:])):
            return True
    return False


def _ends_with_an_agency(tail: str, outlet: str = "") -> bool:
    """What a byline element prints after its last person ends with a known agency, after at most three joining or
    role words: ", AAP", "with AFP", ", KNA -", "- Repórter da Agência Brasil", " African News Agency (ANA)". Not the
    outlet whose page it is ("By Andy Sahadeo | Fox News" on Fox News's own page: his paper, no credit)."""
    words = [word for word in (piece.strip("-–—|/,;:") for piece in tail.split()) if word]
    own = agency_name(outlet) if outlet else None
    for size in range(min(len(words), 6), 0, -1):
        agency = agency_name(" ".join(words[-size:])) if len(words) - size <= 3 else None
        if agency:
            return agency != own
    return False


# A printed page's number as an e-edition's title closes on it: "pag. 21", "S. 3", "p. 12", "Page B4".
_PAGE_NUMBER = re.compile(r"^\s*(?:[^\W\d_]{1,5}\.\s*|page\s+)[A-Z]?\d{1,3}\s*$", re.IGNORECASE)


# The word for a paper's replica closing a reader's site name, in the scripts e-papers are read in ("ई-पेपर", "e-Paper",
# "ePaper", "E-Edition"): the outlet is the name before it (rounds 138 and 140; no expected publisher closes on one).
_REPLICA_CLOSING = re.compile(r"\s+(?:e-?paper|e-edition|ई-पेपर|ई पेपर|ই-পেপার|இ-பேப்பர்|ఈ-పేపర్)$", re.IGNORECASE)


def _site_name_as_written(sitename: str, tree: lxml.html.HtmlElement | None) -> str:
    """The extractor's site name as the page's `og:site_name` spells it: the extractor raises the first letter ("Idw –
    Informationsdienst Wissenschaft" for "idw – ...", "Ynet" for "ynet"), which is the outlet's own spelling to keep."""
    if _PAGE_NUMBER.match(sitename):
        return ""  # "La Voce dei Sassi — Edizione di Matera — 10 aprile 2026 — pag. 21": the title's last slot, a page
    if (replica := _REPLICA_CLOSING.search(sitename)) and replica.start() > 0:
        sitename = sitename[:replica.start()]  # "मरुधरा समाचार ई-पेपर": the paper's replica reader names the paper
    if tree is None or not sitename or not sitename[:1].isupper():
        return sitename
    for written in tree.xpath("//meta[@property='og:site_name']/@content"):
        written = _clean(written)
        if written != sitename and written.casefold() == sitename.casefold():
            return written
    return sitename


def _meta_author(tree: lxml.html.HtmlElement | None) -> str:
    if tree is None:
        return ""
    meta = tree.xpath("//meta[@name='author']/@content")
    return _clean(meta[0]) if meta and meta[0].strip() else ""


def _marked(tree):
    """The elements with a class or rel (only those can be marked as the byline), in document order, one at a time:
    the reader stops at the first byline, which most pages carry early, so the elements after it are never made.
    (An XPath selecting them all, `descendant-or-self::*[@class or @rel]`, made a Python object for each of the
    page's 450 or so at once: most of this reader's time.)"""
    for element in tree.iter(etree.Element):
        get = element.get
        if get("class") is not None or get("rel") is not None:
            yield element


# A theme may name the element by the word it prints (class="by", "post-by"); "sort-by" is a control, so such an
# element counts only when its text opens with a "by" word of some language ("מאת: יעל בן-דוד", "By Jane Doe") or a
# byline's label ("Texti: Hrafnhildur Sigþórsdóttir").
_BY_CLASS = re.compile(r"(?:^|[\s_-])by(?:$|[\s_-])", re.IGNORECASE)
_PRINTS_BY = LISTED_BY


_BYLINE, _BY = 1, 2  # what an element's class or rel marks it as


# A class token that ends in "label" names a field's label ("article-author-label", "byline__label"); Drupal's
# "field--label-inline" says how the field sets its label, not that this is one.
_LABEL_CLASS = re.compile(r"(?:^|[\s_-])label(?:\s|$)", re.IGNORECASE)


def _byline_element_text(tree: lxml.html.HtmlElement | None) -> str:
    """The first short element the page marks as its byline (class byline/author/autor ...), as it reads."""
    return _marked_byline(tree)[0]


def _marked_byline(tree: lxml.html.HtmlElement | None) -> tuple[str, lxml.html.HtmlElement | None]:
    """`_byline_element_text`, with the element it read (None where none)."""
    if tree is None:
        return "", None
    kinds: dict[str, int] = {}  # a page repeats its classes ("menu-item"): each is read once
    for element in _marked(tree):
        marks = f"{element.get('class', '')} {element.get('rel', '')}"
        kind = kinds.get(marks)
        if kind is None:
            kind = kinds[marks] = _BYLINE if _BYLINE_CLASS.search(marks) else _BY if _BY_CLASS.search(marks) else 0
        if kind and _READER_CONTRIBUTION.search(marks):
            continue  # a tribute's or guestbook's author ("tribute__author"): a reader, no byline
        if kind == _BYLINE:
            if _LABEL_CLASS.search(element.get("class", "")):
                continue  # "article-author-label": the field's label ("Written by"); the name is in the next one
            if _AUTHORSHIP_CLASS.search(marks) and any(
                    isinstance(inner.tag, str) and _BYLINE_CLASS.search(inner.get("class", ""))
                    for inner in element.iterdescendants()):
                continue  # "gf-autoria" around "gf-autores" and the place: the people's own element is read
            text = _byline_text(element)
            if _credits_a_picture(marks, text):
                continue
            text = with_people_beside(element, text)
            if 0 < len(text.split()) <= 12 and not _EMAIL_ONLY.fullmatch(text):  # "author-email": how to reach them
                return text, element
            line = _by_line_inside(element) if len(text.split()) > 12 else None
            if line is not None:
                return _byline_text(line), line
        elif kind == _BY:
            text = _byline_text(element)
            if 0 < len(text.split()) <= 12 and (_PRINTS_BY.match(text) or SCRIPT_BYLINE_OPENING.match(text)
                                                 or _BYLINE_LABEL_OPENING.match(text) or split_trailing_agency(text)[1]
                                                 or _label_then_people(text)):
                return text, element  # (or a name signed with its agency: "Александра Стојановска / БДА")
    return "", None


_LABEL_COLON = re.compile(f"[{LABEL_COLONS}]")


def _label_then_people(text: str) -> bool:
    """A label no list holds, its colon, then people ("گزارشگر: علی‌رضا احمدی و زهرا نادری", Hazaragi): what an element
    the theme names "by" prints; a control's "Sort by: Newest" names no one."""
    if not any(mark in text for mark in LABEL_COLONS) or len(_LABEL_COLON.split(text, 1)[0].split()) != 1:
        return False  # (one word before the colon: "Sort by: Most Popular" is a control's)
    return _people_after_an_unlisted_by(text)


def _people_after_an_unlisted_by(text: str) -> bool:
    """The text is a label or a "by" no list holds, then people and nothing else ("Qoraalka: Maxamed Cali Faarax iyo
    Hodan Axmed Jaamac", "Fa'u 'e Mele Vaipulu mo Sione Taufa"): what the page's by-shaped lines are asked."""
    named = without_unlisted_by(text)
    return named != text and not any(mark in LABEL_COLONS for mark in named) and reads_as_people(named)


# The comment section's own elements, as CMSs mark them: Drupal's "comment__meta" and "comment-wrapper", WordPress's
# "comment-author" and "comments-area", Disqus. (A plain "comment" class may mark an opinion article, so alone it is
# not read.)
_COMMENT_SECTION_CLASS = re.compile(r"comment__|comment-(?:author|meta|list|thread|item|body|content|wrapper)|comments"
                                    r"|commenter|disqus", re.IGNORECASE)


def _a_readers_name(author: str, tree: lxml.html.HtmlElement) -> bool:
    """The extractor's author is a name the page shows only inside its comment section ("Juan_Etla" over "Enviado por
    Juan_Etla el jue, 14/05/2026", round 140), while the page marks its own byline: a reader, no author."""
    names = {author, author.replace(" ", "_")}
    shown = [element for element in tree.iter() if isinstance(element.tag, str) and element.text
             and any(name in element.text for name in names)]
    return bool(shown) and all(any(_COMMENT_SECTION_CLASS.search(holder.get("class") or "")
                                   for holder in (element, *element.iterancestors())) for element in shown)


def _runs_linked_people_together(extracted: str, marked: str, element: lxml.html.HtmlElement | None) -> bool:
    """Whether the extractor's author list runs together the people the page's byline links one by one: every linked
    name is in the list, but a person of the list is not in the page's line ("Tom O'Driscoll Sophie Kwan-Hartley"
    for "By <a>Sophie Kwan-Hartley</a> and <a>Tom O'Driscoll</a>")."""
    if element is None or not marked:
        return False
    linked = [_clean(link.text_content()) for link in element.iter("a") if _clean(link.text_content())]
    people = [part.strip() for part in re.split(r"[;,]", extracted) if part.strip()]
    return len(linked) >= 2 and all(name in extracted for name in linked) and not all(p in marked for p in people[:1])


def _by_line_inside(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """A byline element too long to be one line, holding the by-line and the people's posts each in an element of
    its own ("<span>By <a>Sophie Kwan-Hartley</a> and <a>Tom O'Driscoll</a></span> <div class=posts>...</div>"):
    the first child that opens with a listed "by" and names its people as links, at most twelve words."""
    for child in element:
        if not isinstance(child.tag, str) or child.find(".//a") is None:
            continue
        text = _byline_text(child)
        if 0 < len(text.split()) <= 12 and _PRINTS_BY.match(text):
            return child
    return None


def _label_before_linked_people(element: lxml.html.HtmlElement | None) -> str:
    """The words a byline element sets before the first of its people where each person is a link (to the writer's
    page): the field's label or "by" in any language, which no list need hold ("Ku <a>Dedi Supriadi</a> jeung
    <a>Rini Anggraeni</a>", Sundanese; "Wolemba: <a>Chikondi Banda</a> ndi ...", Chichewa). One to three words of
    text, no link, no name of their own (`is_label_before_people`)."""
    if element is None:
        return ""
    links = [link for link in element.iter("a") if _clean(link.text_content())]
    if not links or element.text is None:
        return ""
    before = _clean(element.text)
    for node in element.iterdescendants():
        if node is links[0]:
            break
        if node.tag in ("a", "time") or not isinstance(node.tag, str):
            return ""
        before = _clean(f"{before} {node.text or ''} {node.tail or ''}")
    return before if is_label_before_people(before) else ""


def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


# --- fragments: the markup is the article -------------------------------------------


def _markup_root(html: str) -> etree._Element | None:
    """The fragment's elements under one parent; a page's <body> when the markup is a whole (or broken) page."""
    try:
        return lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on stray <html>/<body> tags
        pass
    try:
        document = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    body = document.find("body")
    return body if body is not None else document


def _from_fragment(html: str) -> ParsedItem | None:
    root = _markup_root(html)
    if root is None:
        return None
    item = ParsedItem(format="html")
    for control in [e for e in root.iter() if isinstance(e.tag, str) and e.tag.lower() in _SILENT_TAGS]:
        control.drop_tree()  # scripts and controls are never copy, at any depth ("<div><button>Share</button>...")
    item.byline = _take_byline_element(root)
    blocks: list[Block] = []
    _walk(root, blocks, item)
    item.blocks = blocks
    return item


def _furniture_kind(element: etree._Element) -> str:
    """ "html:<why>" for page furniture (recorded when the cleaner removes it), "" for article markup."""
    tag = element.tag.lower()
    if tag in _FURNITURE_TAGS:
        return f"html:{tag}"
    marker = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    found = _FURNITURE_WORDS.search(marker) if marker.strip() else None
    return f"html:{found.group(1).lower()}" if found else ""


_ELSEWHERE = re.compile(r"comment|respond|disqus|sidebar|related|recommended|footer|promo|newsletter", re.IGNORECASE)
# A reader's contribution marked on the element itself: a death notice's tribute wall or guestbook, a condolence.
_READER_CONTRIBUTION = re.compile(r"tribute|guestbook|guest-book|condolence|comment-author|commenter", re.IGNORECASE)


def _credits_a_picture(marks: str, text: str) -> bool:
    """A byline-marked element that credits a picture ("field-autor-foto": "Foto: Oriol Bosch"): no byline."""
    return bool(PHOTO_MARKUP.search(marks) or LATIN_PHOTO_LABEL.match(text) or PHOTO_CREDIT_LABEL.match(text))


def _outside_the_article(element: etree._Element) -> bool:
    if not isinstance(element.tag, str):
        return False
    marker = f"{element.get('class', '')} {element.get('id', '')}"
    return element.tag.lower() in ("aside", "footer", "nav") or bool(_ELSEWHERE.search(marker))


def _take_byline_element(root: etree._Element) -> str:
    """The first short element marked as the byline (class byline/author), taken out of the markup."""
    for element in root.iter():
        if not isinstance(element.tag, str) or not _BYLINE_CLASS.search(element.get("class", "")):
            continue
        if any(_outside_the_article(a) for a in element.iterancestors()):
            continue  # a commenter's name ("comment-author") is no byline
        text = _byline_text(element)
        if not 0 < len(text.split()) <= 12 or _credits_a_picture(element.get("class", ""), text):
            continue
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()  # keeps the text that follows it (its tail)
        return text
    return ""


def _walk(element: etree._Element, blocks: list[Block], item: ParsedItem, furniture: str = "") -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag in _SILENT_TAGS:
            continue
        if not furniture and _BYLINE_CLASS.search(child.get("class", "")) and not item.byline:
            text = _byline_text(child)
            if 0 < len(text.split()) <= 12:
                item.byline = text
                continue
        if not furniture and not item.summary and not blocks and tag in ("p", "h2", "h3", "div") and _DEK_CLASS.search(child.get("class", "")):
            item.summary = _clean(child.text_content())  # the standfirst above the copy: the summary, not a paragraph
            continue
        kind = furniture or _furniture_kind(child)
        start = len(blocks)
        if tag == "h1" and not item.headline and not blocks and not kind:
            item.headline = _clean(child.text_content())
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = _clean(child.text_content())
            if text:
                blocks.append(Block(kind=HEADING, text=text, html=_fragment_inline(child), level=max(int(tag[1]), 2)))
        elif tag in ("ul", "ol"):
            items = [_clean(li.text_content()) for li in child if isinstance(li.tag, str) and li.tag.lower() == "li"]
            items = [entry for entry in items if entry]
            if items:
                blocks.append(Block(kind=LIST, items=items, ordered=tag == "ol"))
        elif tag in ("p", "blockquote", "pre") or (tag in _BLOCK_TAGS | _FURNITURE_TAGS and not _has_block_children(child)):
            _add_lines(child, blocks)
        elif tag in _BLOCK_TAGS | _FURNITURE_TAGS:
            _walk(child, blocks, item, kind)
        else:
            text = _clean(child.text_content())
            if text:
                blocks.append(Block(kind=PARAGRAPH, text=text))
        if kind:
            for block in blocks[start:]:
                block.furniture = kind


def _add_lines(element: etree._Element, blocks: list[Block]) -> None:
    """A paragraph; one split by <br> into lines becomes one block a line, so each line is cleaned alone."""
    if any(isinstance(c.tag, str) and c.tag.lower() == "br" for c in element):
        for br in element.iter("br"):
            br.tail = "\n" + (br.tail or "")
        lines = [_clean(line) for line in element.text_content().split("\n")]
        lines = [line for line in lines if line]
        if len(lines) > 1:
            blocks.extend(Block(kind=PARAGRAPH, text=line) for line in lines)
            return
    text = _clean(element.text_content())
    if text:
        blocks.append(Block(kind=PARAGRAPH, text=text, html=_fragment_inline(element)))


def _has_block_children(element: etree._Element) -> bool:
    return any(isinstance(child.tag, str) and child.tag.lower() in _BLOCK_TAGS | {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"} for child in element)


def _fragment_inline(element: etree._Element) -> str:
    """Links and emphasis kept, everything else flattened to text (nh3 sanitizes again later); "" when plain."""
    html = " ".join(_fragment_markup(element).split())
    return "" if html == escape(_clean(element.text_content()), quote=False) else html


def _fragment_markup(element: etree._Element) -> str:
    parts = [escape(element.text or "", quote=False)]
    for child in element:
        if isinstance(child.tag, str):
            tag = child.tag.lower()
            inner = _fragment_markup(child)
            if tag == "a" and (child.get("href") or "").startswith(("http://", "https://", "mailto:")):
                parts.append(f'<a href="{escape(child.get("href"))}">{inner}</a>')
            elif tag in _INLINE_KEEP and tag != "a":
                parts.append("<br>" if tag == "br" else f"<{tag}>{inner}</{tag}>")
            else:
                parts.append(inner)
        parts.append(escape(child.tail or "", quote=False))
    return "".join(parts)


# --- helpers --------------------------------------------------------------------------


def _text_of(element: etree._Element) -> str:
    return _clean("".join(element.itertext()))


def _clean(text: str) -> str:
    return collapse_spaces(text)


def _normalized(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
