"""A page's title, author, date, site, description, URL and tags, read as trafilatura reads them, minus what the product never uses.

The product used to ask the extractor for its metadata (`with_metadata=True`), which runs
`trafilatura.metadata.extract_metadata` on the extractor's copy of the page before extracting the body.
That reads fields the product drops (licence, categories, host name) at about a third of the metadata's
cost, and its result never feeds the body extraction (the body is the same without it: the URL it passes
on only serves links, which the product turns off). So the extractor is called without metadata and this
module makes the same reads on the page tree the product already holds, with trafilatura's own functions
in trafilatura's order (trafilatura 2.3.1, pinned), so every field the product keeps has the same value. Its
readers that name XPath lists (title, author, tags) are run with those lists evaluated faster (`extractor_xpaths`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import lxml.etree
import lxml.html


@dataclass
class PageMetadata:
    title: str = ""
    author: str = ""
    sitename: str = ""
    description: str = ""
    url: str = ""
    date: str = ""
    tags: list[str] = field(default_factory=list)


def page_metadata(tree: lxml.html.HtmlElement) -> PageMetadata:
    """`extract_metadata` of trafilatura 2.3.1 for the fields the product keeps (read only: no change to `tree`)."""
    from htmldate import find_date
    from trafilatura import metadata as meta
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params

    from .extractor_xpaths import extract_catstags, extract_title

    found = meta.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None
    try:
        found = meta.extract_meta_json(tree, found)
    except Exception:  # noqa: BLE001 - as trafilatura: a bug in its JSON-LD reader leaves the meta tags' values
        pass
    if not found.title:
        found.title = extract_title(tree)
    if not found.author:
        found.author = author_of(tree)
    if not found.url:
        found.url = meta.extract_url(tree, None)
    date_config = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    date_config["url"] = found.url
    found.date = find_date(tree, **date_config)  # htmldate prunes a copy of a tree it is handed
    if not found.sitename:
        found.sitename = meta.extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url:
        named = meta.META_URL.match(found.url)
        if named:
            found.sitename = named[1]
    if not found.tags:
        found.tags = extract_catstags("tag", tree)
    as_written = {"title": found.title, "description": found.description}
    found.clean_and_trim()
    for name, value in as_written.items():
        setattr(found, name, _with_its_joiners(value, getattr(found, name)))
    return PageMetadata(title=found.title or "", author=found.author or "", sitename=found.sitename or "",
                        description=found.description or "", url=found.url or "", date=found.date or "",
                        tags=list(found.tags or []))


_JOINERS = ("\u200c", "\u200d")  # zero-width non-joiner and joiner: spelling in Persian and Indic words


def _with_its_joiners(written: str | None, trimmed: str | None) -> str | None:
    """The trimmed text with the zero-width (non-)joiners the page wrote and trafilatura's trim drops ("ल्याय्\u200cम्ह",
    "علی\u200cرضا"): they are spelling, and dropping them rewrites the copy."""
    if not written or not trimmed or not any(joiner in written for joiner in _JOINERS):
        return trimmed
    collapsed = " ".join(written.split())
    bare = collapsed
    for joiner in _JOINERS:
        bare = bare.replace(joiner, "")
    return collapsed if bare == trimmed else trimmed


# --- the author, without a copy of the page --------------------------------------------------------------------


class _Unusual(Exception):
    """A page this reader does not follow (a comment or processing instruction in the tree): trafilatura's own."""


def author_of(tree: lxml.html.HtmlElement) -> str | None:
    """`trafilatura.metadata.extract_author(tree)` (trafilatura 2.3.1), without deep-copying the page.

    trafilatura copies the whole page, deletes from the copy every element `AUTHOR_DISCARD_XPATHS` selects (comments,
    titles, dates, <time>, <figure>...: each with its subtree, its tail joined to the text before it), then takes
    the first element `AUTHOR_XPATHS` selects whose text (`" ".join(itertext())`, trimmed) is 3 to 119 characters.
    That copy and those deletions were about half of a page's metadata time where the page names no author in its
    meta tags. The same reading on the page as it is: `AUTHOR_XPATHS` selects the same elements of the page as of
    the pruned copy (they test only an element's tag and attributes; a page holding a <rel> element, which the
    `rel='me'` test reads the text of, is read trafilatura's way), less those the prune deletes (an ancestor or
    the element itself discarded); and an element's text is read as the prune leaves it (`_pruned_pieces`).
    tests/parse/test_page_metadata.py compares it with trafilatura's on every page the repository holds."""
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.utils import trim

    from .extractor_xpaths import AUTHOR_XPATHS, extract_author

    checks = _discard_checks()
    if checks is None or _HAS_REL(tree):
        return extract_author(tree)
    discarded_here, discarded_within = checks
    try:
        for expression in AUTHOR_XPATHS:
            for element in expression(tree):
                if discarded_here(element):
                    continue
                content = trim(" ".join(_pruned_pieces(element, set(discarded_within(element)))))
                if content and 2 < len(content) < 120:
                    return normalize_authors(None, content)
    except _Unusual:
        return extract_author(tree)
    return None


_HAS_REL = lxml.etree.XPath("boolean(//rel)")
_DISCARD_CHECKS: list = []


def _discard_checks():
    """Two XPaths made of trafilatura's `AUTHOR_DISCARD_XPATHS` (evaluated faster, as `extractor_xpaths` does): whether
    an element or one of its ancestors is discarded, and the discarded elements inside it. None where the list is
    not the one this reader knows (then trafilatura's own function reads the author)."""
    if not _DISCARD_CHECKS:
        from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

        from .extractor_xpaths import _REGEXP_NS, _TESTS_NS, rewritten

        checks = None
        paths = [" ".join(expression.path.split()) for expression in AUTHOR_DISCARD_XPATHS]
        if len(paths) == 2 and paths[0].startswith(".//*[") and paths[1] == "//time|//figure":
            path, functions = rewritten(paths[0])
            path = " ".join(path.split())
            assert path.startswith(".//*[")
            predicates = path[len(".//*"):]
            namespaces = {"re": _REGEXP_NS, "t": _TESTS_NS}
            here = lxml.etree.XPath(f"boolean(ancestor-or-self::*{predicates} | ancestor-or-self::time"
                                    " | ancestor-or-self::figure)", namespaces=namespaces, extensions=functions,
                                    smart_strings=False)
            within = lxml.etree.XPath(f"descendant::*{predicates} | descendant::time | descendant::figure",
                                      namespaces=namespaces, extensions=functions, smart_strings=False)
            checks = (here, within)
        _DISCARD_CHECKS.append(checks)
    return _DISCARD_CHECKS[0]


def _pruned_pieces(element, discarded: set) -> list[str]:
    """`list(element.itertext())` as it reads once every element of `discarded` is deleted with trafilatura's
    `delete_element` (its subtree gone, its tail joined to the previous sibling's tail, or to the parent's text when
    it has none before it)."""
    pieces: list[str] = []

    def walk(node) -> None:
        slot = node.text
        for child in node:
            if child.tag.__class__ is not str:
                raise _Unusual
            if child in discarded:
                if child.tail:
                    slot = (slot or "") + child.tail
                continue
            if slot:
                pieces.append(slot)
            walk(child)
            slot = child.tail
        if slot:
            pieces.append(slot)

    walk(element)
    return pieces
