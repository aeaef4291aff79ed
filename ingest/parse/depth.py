"""Refuse markup nested deeper than lxml reads, instead of losing the copy after it without a word.

libxml2's HTML parser stops descending at 256 levels (2048 with XML_PARSE_HUGE) and silently drops
everything after the deep element: a page, a fragment, a ninjs `body_html` or an NITF body would then
become a story missing most of its text, and the delivery would end *done*. Every HTML body goes
through lxml (`markup.blocks_from_html`, the page extractor), so the check is made once on the markup
before that: the parser's own error log says whether it hit the limit. A body that does fails its
delivery with this error (the raw delivery is kept and can be reprocessed), so copy is never lost
without a record. `huge_tree` is not used: it only moves the cliff to 2048 levels, the page extractor
(trafilatura) parses with its own parser, and Python's recursion would fail first anyway.
"""
from __future__ import annotations

import lxml.etree
import lxml.html

from .encoding import has_control
from .errors import ParseError

LIBXML_DEPTH_LIMIT = 256


def refuse_too_deep(markup: str, where: str) -> None:
    """Raise ParseError when lxml's HTML parser would stop reading this markup part-way (too deeply nested)."""
    if not markup or markup.count("<") < LIBXML_DEPTH_LIMIT:
        return  # fewer tags than levels: cannot be that deep
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return  # the callers' own fallbacks handle markup lxml cannot read at all
    _refuse_if_cut(parser, where)


def checked_page_tree(page: str, where: str, controls_stripped: bool = False) -> lxml.html.HtmlElement | None:
    """A whole page read once, exactly as the page extractor reads a page given as text, and checked for depth.

    trafilatura (pinned in requirements.txt) reads a string with `trafilatura.utils.load_html`: invalid XML
    characters and a faulty doctype or self-closing <html/> repaired, then lxml with its own parser options
    (no comments, no processing instructions). The same steps here, with a parser of our own whose error log
    gives the depth check, make the one tree both the extractor (handed the tree, it copies it) and the
    product's own reads use. None when the extractor would have found no tree either. `controls_stripped`: the
    caller has put the page through `strip_control` (so it holds no control character, and the repair need not
    look for one again).
    """
    from trafilatura import utils

    beginning = page[:50].lower()
    dubious = utils.is_dubious_html(beginning)
    page = _repaired(page, beginning, controls_stripped)
    parser = lxml.html.HTMLParser(**_EXTRACTOR_PARSER_OPTIONS)
    parser.set_element_class_lookup(_HTML_CLASSES)
    tree, by_bytes = None, False
    try:
        tree = lxml.html.fromstring(page, parser=parser)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree, by_bytes = _from_bytes(page, parser), True
    except Exception:  # noqa: BLE001 - as the extractor: no tree
        tree = None
    if (tree is None or len(tree) < 1) and not by_bytes:
        tree = _from_bytes(page, parser)
    if tree is not None and dubious and len(tree) < 2:
        tree = None
    if tree is not None:
        _refuse_if_cut(parser, where)
    return tree


def _repaired(page: str, beginning: str, controls_stripped: bool = False) -> str:
    """`trafilatura.utils.repair_faulty_html(page, beginning)` (trafilatura 2.3.1), without its pass of
    `INVALID_XML_CHARS` over the whole page where the page holds none of those characters (a page through
    `strip_control` holds at most U+FFFE or U+FFFF of them): that pass costs about a millisecond a page and would
    change nothing. The controls are looked for as `strip_control` looks for them (a DEL, which that pass keeps, only
    sends the page the longer way, to the same result); a page through `strip_control` holds none (`controls_stripped`:
    they are not looked for twice)."""
    from trafilatura import utils

    if "\ufffe" in page or "\uffff" in page or not controls_stripped and has_control(page):
        return utils.repair_faulty_html(page, beginning)
    # the rest of repair_faulty_html, as trafilatura 2.3.1 writes it
    if "doctype" in beginning:
        firstline, _, rest = page.partition("\n")
        page = utils.DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in page[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            page = utils.FAULTY_HTML.sub(r"\1>", page, count=1)
            break
    return page



# trafilatura.utils.HTML_PARSER's options (trafilatura 2.3.1).
_EXTRACTOR_PARSER_OPTIONS = {"collect_ids": False, "default_doctype": False, "encoding": "utf-8",
                             "remove_comments": True, "remove_pis": True}


def _html_classes() -> lxml.etree.ElementClassLookup:
    """lxml.html's element classes for each tag (`HtmlElementClassLookup`: <form>, <input>... get their own), picked
    without calling Python for every element lxml hands out: `HtmlElementClassLookup.lookup` is a Python method
    run each time an element object is made, and the page's reads and the extractor make hundreds of thousands."""
    fallback = lxml.etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
                                                    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)
    lookup = lxml.etree.ElementNamespaceClassLookup(fallback)
    by_tag = lookup.get_namespace(None)
    for tag, element_class in lxml.html.HtmlElementClassLookup._default_element_classes.items():
        by_tag[tag] = element_class
    return lookup


_HTML_CLASSES = _html_classes()


def _from_bytes(page: str, parser: lxml.html.HTMLParser) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(page.encode("utf8", "surrogatepass"), parser=parser)
    except Exception:  # noqa: BLE001 - as the extractor: no tree
        return None


def _refuse_if_cut(parser: lxml.html.HTMLParser, where: str) -> None:
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" or "excessive depth" in entry.message.lower():
            raise ParseError(
                f"the {where} nests elements more than {LIBXML_DEPTH_LIMIT} levels deep; the HTML parser stops "
                "there and the copy after it would be lost, so the delivery is refused whole",
                f"line {entry.line}" if entry.line else where,
            )
