"""WordPress REST API posts (`GET /wp-json/wp/v2/posts/<id>`, or the list endpoint's array) -> one ParsedItem per post.

Partners on WordPress forward what their site's API answers rather than a
wire format. A post's copy is in objects, not strings: `title.rendered`
(HTML-escaped, "&#8217;"), `content.rendered` (the story's HTML, after the
site's content filters) and `excerpt.rendered`. The rest:

- `guid.rendered` ("https://site.example/?p=123") is the post's id for good,
  else `link`, else the numeric `id`: each survives an edit, where a hash of
  the content would not (the permalink is kept in `extra["link"]`);
- `date_gmt`/`modified_gmt` are UTC without a zone (`date`/`modified` are the
  site's local time, a fallback); an edit moves `modified` on, which is how
  the story service tells a newer version;
- authors: Co-Authors Plus / PublishPress `coauthors`/`authors[].display_name`,
  else `_embedded.author[].name` (with `?_embed`), else Yoast's `author`. A
  display name WordPress left as the login ("admin") names no one;
- Yoast SEO's `yoast_head_json` (or the older `yoast_head` meta tags) gives
  the publisher (`og_site_name`, else the schema graph's WebSite), the
  language, and a written meta description;
- categories and tags by name from `_embedded["wp:term"]` (a bare post has
  only their numeric ids), else Yoast's schema `articleSection`/`keywords`.

The excerpt is the summary only when someone wrote it: WordPress's automatic
excerpt is the post's first 55 words cut off with "[&hellip;]" (or the whole
of a short post), the lede again. Everything after this step is format-free.
"""
from __future__ import annotations

import hashlib
import html
import json
import re

import lxml.etree
import lxml.html

from ingest.items import ParsedItem

from .dates import parse_datetime
from .jsonbody import load_json
from .errors import ParseError
from .markup import blocks_from_body_html, blocks_from_html, take_body_byline
from .newsmlg2 import is_login
from .status import CANCELED

# Post types that are media, not stories: an attachment has a caption and a file, no content.
_MEDIA_TYPES = {"attachment"}
# WordPress statuses that say something about the story: a trashed post was pulled (a kill); a scheduled ("future")
# post is not to run before its date, which is an embargo. publish, draft, pending and private say nothing.
_PULLED_STATUSES = {"trash"}
_SCHEDULED_STATUSES = {"future"}
# The category every post lands in when nobody chose one: no subject.
_DEFAULT_CATEGORY_SLUGS = {"uncategorized"}
# Where a site cuts its automatic excerpt: WordPress's "[…]", a theme's "…" or "...", and a "Continue reading" or
# "Read more" link after it (themes replace excerpt_more with one).
_EXCERPT_CUT = re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)(?:\s.*)?$", re.DOTALL)
_MORE_LINK = re.compile(r"^\s*(?:continue reading|read more|keep reading|read the full|more)\b", re.IGNORECASE)
# Gutenberg wraps a table block in <figure class="wp-block-table">; body markup skips figures (pictures and their
# captions), but a results table is copy, so that figure is read as the table it holds.
_TABLE_FIGURE = re.compile(r"<figure\b[^>]*\bwp-block-table\b[^>]*>(.*?)</figure\s*>", re.IGNORECASE | re.DOTALL)


def parse(raw: bytes, content_type: str = "") -> list[ParsedItem]:
    document, encoding = load_json(raw, content_type, "WordPress export", "a post")
    if isinstance(document, dict) and "code" in document and "message" in document and "title" not in document:
        # The API's error answer ({"code": "rest_post_invalid_id", "message": "Invalid post ID.", ...}) forwarded as a post.
        raise ParseError(f"WordPress: the body is the API's error answer, not a post: {_words(document.get('code'))}: "
                         f"{_words(document.get('message'))}", "the top level")
    posts = document if isinstance(document, list) else [document]
    items = []
    skipped = []
    for index, post in enumerate(posts):
        where = f"post {index}" if isinstance(document, list) else "the top level"
        if not isinstance(post, dict):
            raise ParseError(f"WordPress: expected a post object, found {type(post).__name__}", where)
        if "id" in post:
            where += f", id {_words(post['id'])}"
        if str(post.get("type") or "").lower() in _MEDIA_TYPES:
            skipped.append("media")
            continue
        if _is_protected(post):
            skipped.append("password-protected")
            continue
        item = _item(post, where)
        item.extra["encoding"] = encoding
        if not item.headline and not item.blocks:
            raise ParseError("WordPress: the post has neither a title.rendered nor a content.rendered", where)
        items.append(item)
    if not items and skipped:
        raise ParseError(f"WordPress: no post with copy: the export holds only {' and '.join(sorted(set(skipped)))} "
                         "posts (a protected post's content is not in the API's answer)", "the top level")
    if not items:
        raise ParseError("WordPress: the export is an empty list of posts", "the top level")
    return items


def is_wordpress_post(document) -> bool:
    """A post as the REST API renders it: `title` and `content` are objects with a `rendered` string (ninjs has
    string fields). For a list, its first object decides."""
    if isinstance(document, list):
        document = next((entry for entry in document if isinstance(entry, dict)), None)
    if not isinstance(document, dict):
        return False
    return all(isinstance(document.get(key), dict) and "rendered" in document[key] for key in ("title", "content"))


def _item(post: dict, where: str) -> ParsedItem:
    item = ParsedItem(format="wordpress")
    yoast = _yoast(post)
    item.headline = _plain(_rendered(post, "title", where))
    content = _TABLE_FIGURE.sub(r"<div>\1</div>", _rendered(post, "content", where))
    item.blocks = blocks_from_body_html(content) if content.strip() else []

    link = _string(post, "link", where)
    guid = _rendered(post, "guid", where).strip()
    post_id = _words(post.get("id"))
    item.guid = guid or link or (f"wordpress:{_words(post.get('type')) or 'post'}:{post_id}" if post_id else _content_hash(post))
    for key, value in (("link", link), ("id", post_id), ("slug", _string(post, "slug", where)),
                       ("status", _string(post, "status", where)), ("type", _string(post, "type", where))):
        if value:
            item.extra[key] = value

    item.byline = _byline(post, yoast)
    if not item.byline:
        item.byline, item.blocks = take_body_byline(item.blocks)
    item.publisher = yoast.get("site_name", "")
    item.language = yoast.get("language", "")
    excerpt = "" if _is_protected(post, "excerpt") else _excerpt_text(_rendered(post, "excerpt", where))
    item.summary = _written_summary((excerpt, yoast.get("description", "")), item.blocks, content)

    item.firstcreated = (parse_datetime(_string(post, "date_gmt", where)) or parse_datetime(yoast.get("published"))
                         or parse_datetime(_string(post, "date", where)))
    item.versioncreated = (parse_datetime(_string(post, "modified_gmt", where)) or parse_datetime(yoast.get("modified"))
                           or parse_datetime(_string(post, "modified", where)) or item.firstcreated)
    status = _string(post, "status", where).lower()
    if status in _PULLED_STATUSES:
        item.pubstatus = CANCELED
    if status in _SCHEDULED_STATUSES:
        item.embargoed = item.firstcreated
    item.keywords = _terms(post) or yoast.get("terms", [])
    return item


# --- fields ------------------------------------------------------------------------------------------------------


def _words(value) -> str:
    return " ".join(str(value).split()) if value is not None and not isinstance(value, (dict, list, bool)) else ""


def _string(post: dict, key: str, where: str) -> str:
    value = post.get(key)
    if value is None or value is False:  # the API answers false for a missing date on some plugins' post types
        return ""
    if isinstance(value, (dict, list)):
        raise ParseError(f"WordPress: {key!r} must be a string, found {type(value).__name__}", f"{where}, field {key!r}")
    return str(value).strip()


def _rendered(post: dict, key: str, where: str) -> str:
    """`post[key]["rendered"]`; a plain string too (an export written with `?context=edit` stripped, or by hand)."""
    value = post.get(key)
    if isinstance(value, dict):
        value = value.get("rendered")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ParseError(f"WordPress: {key}.rendered must be a string, found {type(value).__name__}",
                         f"{where}, field {key!r}")
    return value


def _is_protected(post: dict, key: str = "content") -> bool:
    """A password-protected post: the API leaves its rendered content out unless asked with the password."""
    value = post.get(key)
    return isinstance(value, dict) and value.get("protected") is True and not str(value.get("rendered") or "").strip()


def _plain(markup: str) -> str:
    """A title as text: entities resolved ("&#8217;" -> "’"), inline tags (<em>) dropped."""
    if "<" in markup:
        return " ".join(block.text for block in blocks_from_html(markup))
    return " ".join(html.unescape(markup).split())


def _byline(post: dict, yoast: dict) -> str:
    """People joined with "and", as the other structured wires give them; the byline normalizer sets the display."""
    embedded = post.get("_embedded") if isinstance(post.get("_embedded"), dict) else {}
    for entries, name_keys in ((post.get("coauthors"), ("display_name", "name")), (post.get("authors"), ("display_name", "name")),
                               (embedded.get("author"), ("name",))):
        names = [_person(entry, name_keys) for entry in entries] if isinstance(entries, list) else []
        names = [name for name in names if name]
        if names:
            return " and ".join(dict.fromkeys(names))
    return yoast.get("author", "")


def _person(entry, name_keys: tuple[str, ...]) -> str:
    """An author entry's name; "" for a login left as the display name ("admin", slug "admin") or an error entry
    (`{"code": "rest_user_invalid_id"}` where the user is not public)."""
    if not isinstance(entry, dict):
        return ""  # a bare user or term id names no one
    name = next((_words(entry.get(key)) for key in name_keys if _words(entry.get(key))), "")
    slug = _words(entry.get("slug") or entry.get("user_nicename"))
    if not name or is_login(name) or (" " not in name and name.islower() and name == slug):
        return ""
    return html.unescape(name)


def _terms(post: dict) -> list[str]:
    """Category then tag names from `_embedded["wp:term"]` (a list per taxonomy), without the default category."""
    embedded = post.get("_embedded") if isinstance(post.get("_embedded"), dict) else {}
    groups = embedded.get("wp:term")
    names: list[str] = []
    for group in groups if isinstance(groups, list) else []:
        for term in group if isinstance(group, list) else []:
            if not isinstance(term, dict) or str(term.get("slug") or "").lower() in _DEFAULT_CATEGORY_SLUGS:
                continue
            if str(term.get("taxonomy") or "category") in ("category", "post_tag"):
                name = html.unescape(_words(term.get("name")))
                if name and name not in names:
                    names.append(name)
    return names


# --- the excerpt ---------------------------------------------------------------------------------------------------


def _excerpt_text(markup: str) -> str:
    """The excerpt's words without a theme's "Continue reading" link."""
    if "<" not in markup:
        return " ".join(html.unescape(markup).split())
    markup = _ANCHOR.sub(lambda link: "" if _is_more_link(link) else link.group(0), markup)
    return " ".join(" ".join(block.text for block in blocks_from_html(markup)).split())


_MORE_CLASS = re.compile(r"class\s*=\s*[\"'][^\"']*\bmore\b", re.IGNORECASE)  # "more-link", "read-more"
_ANCHOR = re.compile(r"<a\b(?P<attributes>[^>]*)>(?P<text>.*?)</a\s*>", re.IGNORECASE | re.DOTALL)


def _is_more_link(link: re.Match) -> bool:
    text = html.unescape(re.sub(r"<[^>]+>", " ", link.group("text")))
    return bool(_MORE_LINK.match(text) or _MORE_CLASS.search(link.group("attributes")))


def _written_summary(candidates: tuple[str, ...], blocks: list, content: str) -> str:
    """The first candidate someone wrote: an excerpt or description that is the post's opening words, cut off or
    whole, is WordPress's automatic excerpt (or Yoast's default description), the lede again, not a summary.

    Compared word by word, punctuation aside: WordPress builds the excerpt from the content's text with the tags
    stripped, so a table's cells or a list's items run on as plain words; the body read without its figures and
    the content's whole text (captions and all) are both tried, as plugins differ in what they leave out."""
    lede = _words_of(" ".join(block.text or " ".join(block.items) for block in blocks[:20]))
    page_text = _words_of(html.unescape(re.sub(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", " ", content[:30000],
                                                flags=re.IGNORECASE | re.DOTALL)))
    for candidate in candidates:
        if not candidate:
            continue
        opening = _words_of(_EXCERPT_CUT.sub("", candidate))
        if len(opening) >= 5 and opening in (lede[:len(opening)], page_text[:len(opening)]):
            continue
        return candidate
    return ""


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


# --- Yoast SEO ------------------------------------------------------------------------------------------------------


def _yoast(post: dict) -> dict:
    """What Yoast's head says about the post, from `yoast_head_json` or the older `yoast_head` HTML:
    site_name, language, description, author, published, modified, terms."""
    found: dict = {}
    data = post.get("yoast_head_json")
    if isinstance(data, dict):
        found["site_name"] = _words(data.get("og_site_name"))
        found["language"] = _words(data.get("og_locale")).replace("_", "-")
        found["description"] = _words(data.get("description"))
        found["author"] = _words(data.get("author"))
        misc = data.get("twitter_misc")
        if not found["author"] and isinstance(misc, dict):
            found["author"] = _words(misc.get("Written by"))
        found["published"] = _words(data.get("article_published_time"))
        found["modified"] = _words(data.get("article_modified_time"))
        _from_schema(data.get("schema"), found)
    elif isinstance(post.get("yoast_head"), str) and post["yoast_head"].strip():
        _from_head(post["yoast_head"], found)
    return {key: value for key, value in found.items() if value}


def _from_schema(schema, found: dict) -> None:
    """Yoast's JSON-LD graph: the WebSite's name (when og_site_name is off), the Article's language, sections, keywords."""
    graph = schema.get("@graph") if isinstance(schema, dict) else None
    for node in graph if isinstance(graph, list) else []:
        if not isinstance(node, dict):
            continue
        types = node.get("@type") if isinstance(node.get("@type"), list) else [node.get("@type")]
        if "WebSite" in types and not found.get("site_name"):
            found["site_name"] = _words(node.get("name"))
        if any(t in ("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle") for t in types):
            found["language"] = found.get("language") or _words(node.get("inLanguage"))
            terms = []
            for key in ("articleSection", "keywords"):
                value = node.get(key)
                terms.extend(_words(v) for v in (value if isinstance(value, list) else [value]) if _words(v))
            found["terms"] = list(dict.fromkeys(html.unescape(t) for t in terms))


_META = {"og:site_name": "site_name", "og:locale": "language", "description": "description",
         "article:published_time": "published", "article:modified_time": "modified", "author": "author"}


def _from_head(markup: str, found: dict) -> None:
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return
    for meta in root.iter("meta"):
        key = _META.get(meta.get("property") or meta.get("name") or "")
        if key and not found.get(key):
            found[key] = _words(meta.get("content")).replace("_", "-") if key == "language" else _words(meta.get("content"))


def _content_hash(post: dict) -> str:
    """No guid, link or id: the same post resent must still map to one story."""
    digest = hashlib.sha256(json.dumps(post, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()
    return f"urn:sha256:{digest[:40]}"
