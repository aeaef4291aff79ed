"""What the page extractor left out of the article, put back as recorded furniture so an editor can see it.

trafilatura (favor_precision) keeps the article's text and drops the rest of
the page silently. Most of what it drops inside the article is furniture
(captions, share bars, "Advertisement", related links), but sometimes it is a
sentence of the story. An editor must be able to see either and restore the
latter, so every text element *between the article's first and last extracted
paragraph* that the extraction did not keep becomes a block marked
`html:left-out-by-extractor`: the cleaner removes it and records the removal
like any other (text, rule, position). Navigation before the article and
comments after it stay out: they are outside that span.

Three kinds of left-out text are put back as copy instead: a list set among the
paragraphs the extractor kept and not made of links (a release's highlights,
a story's points), a data table (results, prices; one paragraph a row), and a
live blog's entry times (two or more clock times alone in the span), all of which
favor_precision drops with the furniture.
"""
from __future__ import annotations

import functools
import re

import lxml.html
from lxml import etree

from ingest.items import HEADING, LIST, PARAGRAPH, Block
from ingest.vocabulary import RELATED_LABELS
from ingest.vocabulary.signals import addresses_reader, line_signals

RULE = "html:left-out-by-extractor"
# A matched element this long anchors the article's span; a shorter one ("News") may match anywhere.
_ANCHOR_WORDS = 8
_MAX_ELEMENTS = 20_000
_MAX_RECORDED = 100
_BLOCK_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "div", "section", "article",
    "main", "header", "footer", "aside", "nav", "table", "tr", "td", "th", "figure", "figcaption", "dl", "dt", "dd", "form",
}
_CONTAINERS = {"ul", "ol", "table", "tr", "dl", "figure", "form"}  # their text is in their children
_TEXT_TAGS = tuple(_BLOCK_TAGS - _CONTAINERS)  # elements whose own text is read
_SILENT_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "button", "select", "head", "title"}


def with_left_out_text(page: str | etree._Element | None, blocks: list[Block], also_kept: tuple[str, ...] = ()) -> list[Block]:
    """`blocks` with the article's left-out text elements inserted where the page had them, marked as furniture.

    `page`: the markup, or the tree `lxml.html.fromstring` made of it (the HTML parser's, so the page is
    read once); a tree is changed in place (scripts and styles emptied). `also_kept`: text the item keeps
    elsewhere (headline, byline, summary), so it is not reported as left out.
    """
    nodes = _text_elements(page)
    if not nodes or not blocks:
        return blocks
    elements = [text for text, _ in nodes]
    kept = f" {' | '.join(_key(text) for block in blocks for text in (block.text, *block.items))} "
    kept_run = kept.replace(" | ", " ")  # (the copy's paragraphs one after another, for a cell that holds several)
    elsewhere = [f" {_key(text)} " for text in also_kept if _key(text)]
    in_body = [f" {_key(text)} " in kept for text in elements]
    anchors = [i for i, (text, matched) in enumerate(zip(elements, in_body)) if matched and len(text.split()) >= _ANCHOR_WORDS]
    if not anchors:
        return blocks
    # a live page's other entries, beside the one the extractor kept: the span runs over them, their text is copy
    entry_copy = _other_live_entries([node for (_, node), matched in zip(nodes, in_body) if matched])
    if entry_copy:
        at = [i for i, (_, node) in enumerate(nodes) if node in entry_copy]
        anchors = sorted({*anchors, at[0], at[-1]})
    # (a kept field's own element, however long: the standfirst the item keeps as its summary)
    found = [(text, matched or _holds_any(text, elsewhere) or f" {_key(text)} " in elsewhere)
             for text, matched in zip(elements, in_body)]

    # lxml hands out the same element object while one is alive, so elements can key these (they hold them alive).
    kept_parents = {node.getparent() for (_, node), (_, matched) in zip(nodes, found) if matched}
    # (an e-mail's styled cell holding its paragraph's text itself, read as a paragraph, holds the copy as a <p>'s
    # parent would: a list in a cell styled as it is sits among the copy)
    kept_parents |= {node for (_, node), (_, matched) in zip(nodes, found) if matched and node.get("style")}
    rescued: dict = {}  # an article list or table the extractor dropped: its <ul>/<ol> -> the list block, its <table> -> rows
    result = list(blocks)
    table_verdicts: dict = {}  # each <table> met -> whether it is a data table
    inserted, position, seen = 0, 0, set()
    # A live blog's entry times ("9:10pm", "08:15 GMT", "19h05"), which favor_precision drops: copy where the
    # article's span holds two or more of them left out; a single time by itself is the page's stamp.
    entry_times = sum(1 for i in range(anchors[0], anchors[-1] + 1) if not found[i][1] and _ENTRY_TIME.match(nodes[i][0])) >= 2
    for index in range(anchors[0], anchors[-1] + 1):
        (text, node), (_, matched) = nodes[index], found[index]
        key = _key(text)
        if matched and not (node in entry_copy and not in_body[index]):  # (an entry's title the headline holds too)
            position = _block_after(result, key, position)
            continue
        if not key or key in seen or inserted >= _MAX_RECORDED:
            continue
        if len(key) > 80 and f" {key} " in kept_run:
            continue  # the kept paragraphs run together: a hand-built page's cell, its lines split at its <br>s
        seen.add(key)
        table = _data_table(node, table_verdicts)
        if table is not None:
            if table not in rescued:  # the story's own table (results, prices, phases): one block a row, as copy
                rows = _table_rows(table)
                rescued[table] = rows
                result[position:position] = rows
                position += len(rows)
            continue
        box_list = None
        if node.tag.lower() in _BOX_TITLE_TAGS:
            box_list = _fact_box_list(node)
            box_list = _titled_list(node) if box_list is None else box_list
        elif (inner := _box_children(node)) and inner[-1].tag.lower() in ("ul", "ol"):
            box_list = _titled_list(inner[0])  # the box's own text, its title in a <strong>, read with it
        if box_list is not None and box_list not in rescued:  # the fact box's title: the list's title
            rescued[box_list] = Block(kind=LIST, text=text, items=[], ordered=box_list.tag.lower() == "ol")
            result.insert(position, rescued[box_list])
            position += 1
            continue
        article_list = _article_list(node, kept_parents)
        if article_list is None and node.tag.lower() == "li" and node.getparent() is not None \
                and _titled_list(_box_title(node.getparent())) is node.getparent():
            article_list = node.getparent()  # a box of its own among the copy: a title over a list, no links
        if article_list is not None:
            block = rescued.get(article_list)
            if block is None:
                block = rescued[article_list] = Block(kind=LIST, items=[], ordered=article_list.tag.lower() == "ol")
                result.insert(position, block)
                position += 1
            block.items.append(text)
            continue
        if node in entry_copy and node.tag.lower() in ("p", "h2", "h3", "h4", "blockquote") \
                and not _ENTRY_TIME.match(text):
            heading = node.tag.lower() != "p" and node.tag.lower() != "blockquote"
            result.insert(position, Block(kind=HEADING if heading else PARAGRAPH, text=text))  # a live entry's copy
            position += 1
            continue
        if entry_times and _ENTRY_TIME.match(text):
            result.insert(position, Block(kind=PARAGRAPH, text=text))  # a live blog entry's time, as the page shows it
            position += 1
            continue
        if _article_subhead(node, text, kept_parents):
            partial = _partly_kept_heading(key, result)
            if partial is not None:  # the extractor kept "— MRT-3 runs at reduced speed" of "4:15 PM — MRT-3 ...": whole
                result[partial] = Block(kind=HEADING, text=text, level=result[partial].level)
                continue
            result.insert(position, Block(kind=HEADING, text=text))  # the story's own subhead, put back as copy
            position += 1
            continue
        result.insert(position, Block(kind=PARAGRAPH, text=text, furniture=RULE))
        position += 1
        inserted += 1
    return result


# A live page's entry by its class: "live-entry", "liveblog-update", "timeline-event" (not a card, a teaser or a post,
# which a page repeats for other stories, the next article it loads among them).
_LIVE_ENTRY_CLASS = re.compile(r"live|update|entry|timeline|event", re.IGNORECASE)


def _other_live_entries(kept: list) -> set:
    """The text elements of a live page's entries the extractor left out while it kept some of them (it keeps one
    <article class="live-entry"> of several, silently): the kept copy's container repeated beside it, two or more of
    the same tag and class, a live entry's class, each holding its time. Empty when the kept copy stands in no such
    entry."""
    walked: set = set()  # containers already looked at (the kept paragraphs share most of their ancestors)
    entries = next((found for node in kept if (found := _live_entries_around(node, walked))), None)
    if entries is None:
        return set()
    kept_entries = {entry for entry in entries for node in kept if entry in node.iterancestors()}
    return {node for entry in entries if entry not in kept_entries for node in entry.iter(*_TEXT_TAGS)}


def _live_entries_around(node, walked: set) -> list | None:
    """The live entries one of which holds `node`: its nearest container with a live entry's class that is
    repeated beside it (same tag and class), each repetition holding a <time>; None when it stands in none
    (or only in containers in `walked`, which were looked at for an earlier paragraph)."""
    for ancestor in node.iterancestors():
        if ancestor in walked:
            return None
        walked.add(ancestor)
        parent = ancestor.getparent()
        look = (ancestor.tag, ancestor.get("class") or "")
        if parent is None or not look[1] or not _LIVE_ENTRY_CLASS.search(look[1]):
            continue
        siblings = [child for child in parent if (child.tag, child.get("class") or "") == look]
        if len(siblings) >= 2 and all(next(child.iter("time"), None) is not None for child in siblings):
            return siblings
    return None


# A clock time alone: "9:10pm", "8:15 p.m. CDT", "08:15 GMT", "14.46 GMT", "19h05".
_ENTRY_TIME = re.compile(r"^\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?\s*$", re.IGNORECASE)


def _partly_kept_heading(key: str, blocks: list[Block]) -> int | None:
    """The heading the extractor kept of this text's end ("— MRT-3 runs at reduced speed" of "4:15 PM — MRT-3 ..."),
    whose place the whole heading takes rather than showing twice; None when there is none."""
    words = key.split()
    endings = {" ".join(words[start:]) for start in range(1, len(words) - 2)}
    return next((i for i, block in enumerate(blocks) if block.kind == HEADING and _key(block.text) in endings), None)


def _article_subhead(node, text: str, kept_parents: set) -> bool:
    """A heading set among the paragraphs the extractor kept ("Tàu chạy 10 phút/chuyến", "4:15 PM — MRT-3 runs at
    reduced speed"): the story's own subhead, which favor_precision drops with the furniture. Not a heading that is
    a link, a related-links or interface label, or a prompt to the reader."""
    if node.tag.lower() not in ("h2", "h3", "h4", "h5") or not _among_the_copy(node.getparent(), kept_parents):
        return False
    if not 0 < len(text.split()) <= 16 or next(node.iter("a"), None) is not None:
        return False
    signals = line_signals(text)
    lowered = text.lower().strip(" :»›")
    if len(text.split()) <= 4 and any(lowered.startswith(label) for label in RELATED_LABELS):
        return False  # "Related stories", "Read more", "Most read": a links box's title
    return not (signals["related_label"] or signals["ad_label"] or signals["count_only"] or addresses_reader(text)
                or signals["platform_nouns"] or signals["relative_time"] and len(text.split()) <= 4)


def _among_the_copy(parent, kept_parents: set) -> bool:
    """The element holds kept copy, or is set as the copy's holders are: an HTML e-mail gives each paragraph a table
    cell of its own, the subhead's cell styled as the copy's cells (same tag, class and style)."""
    if parent is None:
        return False
    if parent in kept_parents:
        return True
    look = (_holder(parent.tag), parent.get("class"), _declarations(parent.get("style")))
    return bool(look[1] or look[2]) and any(
        (_holder(kept.tag), kept.get("class"), _declarations(kept.get("style"))) == look
        for kept in kept_parents if kept is not None)


def _holder(tag: str) -> str:
    """A layout table's cell read as the blocks it holds is a <div> where it holds a list and a <p> where it holds
    text alone (html.py): both are the e-mail's cells."""
    return "cell" if tag in ("p", "div", "td", "th") else tag


@functools.lru_cache(maxsize=4096)  # (each left-out element compares its cell's style with every kept one's)
def _declarations(style: str | None) -> frozenset:
    """A style attribute's declarations, whatever their order and spacing: an e-mail's builder writes the same cell's
    style as "padding:0 32px; font-family:Georgia" in one row and "font-family: Georgia;padding:0 32px" in the next."""
    return frozenset(" ".join(part.split()).replace(": ", ":") for part in (style or "").split(";") if part.strip())


# A box the page marks as the article's fact box ("Survey at a glance", "Key facts"): story, wherever it sits.
_FACT_BOX_CLASS = re.compile(r"fact-?box|info-?box|key-?facts|key-?points|at-a-glance|glance|highlights|takeaways|quick-?look|"
                             r"by-the-numbers|what-?we-?know|in-?brief|tl-?dr",  # ("Key points" over a live page)
                             re.IGNORECASE)


def _fact_box(node):
    """The fact-box container holding `node` (up to three levels up), or None."""
    for ancestor in list(node.iterancestors())[:3]:
        if _FACT_BOX_CLASS.search(ancestor.get("class", "") or ""):
            return ancestor
    return None


def _fact_box_list(node):
    """The list of the fact box a heading stands in, when it has one."""
    box = _fact_box(node)
    if box is None:
        return None
    return next((element for element in box.iter("ul", "ol")), None)


_BOX_TITLE_TAGS = ("h2", "h3", "h4", "h5", "p", "strong", "b")


def _titled_list(title):
    """The list a box sets under its title with nothing else in the box ("<td><strong>Shifrat në nji sy</strong><ul>
    <li>Vizitorë: 40.200</li>...</ul></td>" between the copy's cells of an HTML e-mail): a fact box the page marks by
    no class. The title eight words or fewer, the list's text not mostly links (a related-stories box links each
    item); None otherwise. (Only read inside the span of the copy the extractor kept.)"""
    if title is None or title.tag.lower() not in _BOX_TITLE_TAGS or len(title.text_content().split()) > 8:
        return None
    children = _box_children(title.getparent())
    if len(children) != 2 or children[0] is not title or children[1].tag.lower() not in ("ul", "ol"):
        listed = _list_in_the_next_box(title)
        return None if listed is None or _mostly_links(listed) else listed
    return None if _mostly_links(children[1]) else children[1]


def _list_in_the_next_box(title):
    """The list alone in the box right after the one the title stands alone in: an HTML e-mail sets the title in one
    table row and its list in the next ("Les bons réflexes à la maison", round 140); None otherwise."""
    box = title
    for _ in range(3):  # up while the title is all its box holds
        parent = box.getparent()
        if parent is None or len(_box_children(parent)) != 1:
            break
        box = parent
    if box is title:
        return None  # (the title beside other elements in its box: `_titled_list` reads that box)
    following = box.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    for _ in range(4):  # down while the next box holds one element
        if following is None or following.tag.lower() in ("ul", "ol"):
            break
        inner = _box_children(following)
        following = inner[0] if len(inner) == 1 and not (following.text or "").strip() else None
    return following if following is not None and following.tag.lower() in ("ul", "ol") else None


def _box_children(box) -> list:
    """The box's elements (line breaks aside)."""
    if box is None:
        return []
    return [child for child in box if isinstance(child.tag, str) and child.tag.lower() != "br"]


def _box_title(listed):
    """The element before a list in its box (its title, when `_titled_list` says so), or None."""
    children = _box_children(listed.getparent())
    return children[0] if len(children) == 2 and children[1] is listed else None


def _article_list(node, kept_parents: set):
    """The <ul>/<ol> of a dropped list item that is the article's own: set among the paragraphs the
    extractor kept, or in a box the page marks as a fact box, and not a list of links (related stories,
    share buttons)."""
    if node.tag.lower() != "li":
        return None
    article_list = node.getparent()
    if article_list is None or article_list.tag.lower() not in ("ul", "ol"):
        return None
    if not _among_the_copy(article_list.getparent(), kept_parents) and _fact_box(node) is None:
        return None  # (an e-mail's list in a cell of its own, styled as the copy's cells, is among the copy)
    return None if _mostly_links(article_list) else article_list


def _mostly_links(listed) -> bool:
    """A list with no text, or whose text is mostly its links' (related stories, share buttons): not the article's."""
    text = " ".join(listed.text_content().split())
    linked = sum(len(" ".join(a.text_content().split())) for a in listed.iter("a"))
    return not text or linked / len(text) >= 0.5


_MAX_CELL_WORDS = 12


def _data_table(node, verdicts: dict):
    """The <table> a dropped cell belongs to when it is a data table set in the article (results, a stock table, a
    release's phases), which favor_precision drops with the furniture; None for a layout table (a caption's frame,
    a newsletter's grid): those have a single column, images, nested tables, long cells or mostly links."""
    cell = node if node.tag.lower() in ("td", "th") else next(node.iterancestors("td", "th"), None)
    table = None if cell is None else next(cell.iterancestors("table"), None)
    if table is None:
        return None
    if table not in verdicts:
        verdicts[table] = _is_data_table(table)
    return table if verdicts[table] else None


def _is_data_table(table) -> bool:
    if (table.get("role") or "").lower() == "presentation":
        return False
    rows = [row for row in table.iter("tr")]
    cells = [[cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")] for row in rows]
    nested = any(element is not table for element in table.iter("table", "img"))
    if len(rows) < 2 or any(len(row) < 2 for row in cells) or nested:
        return False
    texts = [" ".join(cell.text_content().split()) for row in cells for cell in row]
    if any(len(text.split()) > _MAX_CELL_WORDS for text in texts):
        return False
    linked = sum(len(" ".join(a.text_content().split())) for a in table.iter("a"))
    return linked * 2 < sum(map(len, texts))


def _table_rows(table) -> list[Block]:
    """Each row of the table as a paragraph of its cells' text, in order: "Thabo Mokoena Progressive Movement 870 27.9"."""
    rows = []
    for row in table.iter("tr"):
        text = " ".join(" ".join(cell.text_content().split()) for cell in row
                        if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th"))
        if text.strip():
            rows.append(Block(kind=PARAGRAPH, text=text.strip()))
    return rows


def _text_elements(page: str | etree._Element | None) -> list[tuple[str, etree._Element]]:
    """The page's innermost block elements' text, with the element, in document order."""
    if page is None:
        return []
    try:
        root = lxml.html.fromstring(page) if isinstance(page, str) else page
    except (etree.ParserError, ValueError):
        return []
    # The HTML parser names every element in lower case, so lxml can pick the tags itself (no Python
    # object made for each of the page's thousands of other elements).
    silent = list(root.iter(*_SILENT_TAGS))
    for element in silent:
        element.clear(keep_tail=True)  # its text is code, not copy; its tail belongs to the parent
    texts: list[tuple[str, etree._Element]] = []
    for element in root.iter(*_TEXT_TAGS):
        if len(texts) >= _MAX_ELEMENTS:
            break
        text = " ".join((_own_inline_text(element) if _has_block_children(element) else _spaced_text(element)).split())
        if text:
            texts.append((text, element))
    return texts


def _spaced_text(element: etree._Element) -> str:
    """The element's text with a space where two of its nodes meet as separate words would
    ("<span>The Harbor Dispatch</span><span>Nora Lindqvist</span>", "...2025.</span><span>Jane Doe/AP"),
    never inside a word ("<span>A</span>t the dock" stays "At the dock")."""
    if not len(element):  # no child: its one piece of text, as the loop below would give it
        return element.text or ""
    text = ""
    for piece in element.itertext():
        if text and piece and piece[0].isupper() and (text[-1].islower() or text[-1].isdigit() or text[-1] in ".!?:;,)”\""):
            text += " "
        text += piece
    return text


def _own_inline_text(element: etree._Element) -> str:
    """The text a block holds outside its block children: "<div><span>ADVERTISEMENT</span><div></div></div>"."""
    parts = [element.text or ""]
    for child in element:
        is_block = isinstance(child.tag, str) and child.tag.lower() in _BLOCK_TAGS
        if not is_block and isinstance(child.tag, str):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join(parts)


def _holds_any(text: str, keys: list[str]) -> bool:
    """A short element that is (or wraps) the headline or byline the item keeps: "By Ana Lopez" for "Ana Lopez"."""
    padded = f" {_key(text)} "
    return len(text.split()) <= 2 * _ANCHOR_WORDS and any(key in padded or padded in key for key in keys)


def _has_block_children(element: etree._Element) -> bool:
    # The HTML parser names every element in lower case (as `_text_elements` relies on); a comment's or an
    # entity's tag is no string, so it is in no set of names either.
    for child in element:
        if child.tag in _BLOCK_TAGS:
            return True
    return False


def _block_after(blocks: list[Block], key: str, start: int) -> int:
    """The position just after the block (at or after `start`) that holds this text; `start` when none does."""
    for index in range(max(0, start - 1), len(blocks)):
        block = blocks[index]
        if block.furniture == RULE:
            continue
        if any(f" {key} " in f" {_key(text)} " for text in (block.text, *block.items) if text):
            return index + 1
    return start


_WORDS = re.compile(r"\w+")


@functools.lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """The text's words, lower case: how element and block texts are compared (asked of the same texts many
    times over one page, so remembered)."""
    return " ".join(_WORDS.findall(text.lower()))
