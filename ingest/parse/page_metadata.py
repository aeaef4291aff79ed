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

    from .extractor_xpaths import extract_author, extract_catstags, extract_title

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
        found.author = extract_author(tree)  # works on its own copy
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
    found.clean_and_trim()
    return PageMetadata(title=found.title or "", author=found.author or "", sitename=found.sitename or "",
                        description=found.description or "", url=found.url or "", date=found.date or "",
                        tags=list(found.tags or []))
