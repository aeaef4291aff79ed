"""What "sanitized" means, checked by parsing the HTML rather than by searching its text."""
from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

FORBIDDEN_TAGS = {"script", "style", "iframe", "object", "embed", "svg", "math", "form", "input", "img", "link", "meta", "base"}
SAFE_SCHEMES = {"", "http", "https", "mailto"}


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "srcdoc", "formaction"):
                self.problems.append(f"{tag}[{name}]")
            if name in ("href", "src", "action", "xlink:href") and value is not None:
                scheme = urlsplit("".join(value.split()).lower()).scheme
                if scheme not in SAFE_SCHEMES:
                    self.problems.append(f"{tag}[{name}={value[:40]!r}]")

    handle_startendtag = handle_starttag


def html_problems(html: str) -> list[str]:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.problems
