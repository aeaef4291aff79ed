"""Hostile payloads through the whole path: webhook -> delivery_process -> admin and feed.

Each is refused with a clear 4xx, or stored and then either failed with a
message or turned into a sanitized story; none gives a 500, hangs the worker,
or reaches the admin or the feed unsanitized. The tests go through the public
parse API (whatever parser is registered for the format), so they keep
guarding as the parsers change.
"""
from __future__ import annotations

import json
import signal
from contextlib import contextmanager
from html.parser import HTMLParser

import pytest

from ingest import services
from ingest.models import Delivery, Story
from tests.fuzz.safety import html_problems

pytestmark = pytest.mark.django_db

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<nitf><head><title>Secrets &xxe;</title></head><body><body.head><hedline><hl1>Secrets &xxe;</hl1></hedline></body.head>
<body.content><p>Leak: &xxe;</p></body.content></body></nitf>"""
XXE_PARAMETER = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<nitf><body><body.content><p>x</p></body.content></body></nitf>"""
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<nitf><head><title>&lol9;</title></head><body><body.content><p>&lol9;</p></body.content></body></nitf>"""
QUADRATIC_BLOWUP = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "' + b"A" * 50_000 + b'">]><rss><channel><item><title>'
    + b"&a;" * 2_000 + b"</title></item></channel></rss>"
)
SCRIPT_PAGE = b"""<!DOCTYPE html><html><head><title>Mayor resigns</title><script>alert('head')</script></head>
<body onload="alert(1)"><article><h1>Mayor resigns <script>alert(2)</script></h1>
<p>CHICAGO (AP) \xe2\x80\x94 The mayor resigned on Monday. <img src=x onerror="alert(3)">
<a href="javascript:alert(4)">Read more</a> <a href=" JaVaScRiPt:alert(5)">again</a>
<b onclick="alert(6)">bold claim</b> <iframe src="https://evil.example/"></iframe></p>
<p style="color:red" onmouseover="alert(7)">The council meets on Tuesday to choose an interim mayor.</p>
<svg onload="alert(8)"></svg></article></body></html>"""
SCRIPT_NINJS = json.dumps({
    "uri": "urn:test:hostile", "version": 1, "type": "text", "headline": "<script>alert(1)</script>Flood warning",
    "byline": '<img src=x onerror="alert(2)">By Jane Doe',
    "body_html": '<p>RIVERTON (AP) \u2014 Rivers rose.<script>alert(3)</script><a href="javascript:alert(4)">map</a>'
                 '<span onclick="alert(5)">x</span></p><p>More copy <a href="https://example.org/">here</a>.</p>',
}).encode()
SCRIPT_TEXT = (
    b"<script>alert(1)</script> Storm update\n\n"
    b"MIAMI (AP) \xe2\x80\x94 <img src=x onerror=alert(2)> The storm <a href=\"javascript:alert(3)\">turned</a> north.\n"
)

CASES = {
    "xxe_file": (XXE, "application/nitf+xml"),
    "xxe_parameter_entity": (XXE_PARAMETER, "application/nitf+xml"),
    "billion_laughs": (BILLION_LAUGHS, "application/nitf+xml"),
    "quadratic_blowup": (QUADRATIC_BLOWUP, "application/rss+xml"),
    "deep_json_arrays": (b"[" * 100_000 + b"]" * 100_000, "application/json"),
    "deep_json_objects": (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "application/json"),
    "invalid_utf8": (b"Bad \xff\xfe bytes \xc3\x28 headline\n\nPARIS (AFP) \xe2\x80 Body \xed\xa0\x80 copy.\n",
                     "text/plain; charset=utf-8"),
    "nul_bytes_text": (b"Head\x00line with NUL\n\nROME (AP) \xe2\x80\x94 Copy\x00 with NUL.\n", "text/plain"),
    "nul_bytes_json": (json.dumps({"uri": "urn:nul", "headline": "NUL\u0000here", "body_text": "x\u0000y"}).encode(),
                       "application/json"),
    "ten_thousand_lines": ("\n".join(f"Line {n} of a very long story." for n in range(10_000)).encode(), "text/plain"),
    "huge_single_line": (b"Headline\n\n" + b"word " * 600_000 + b"\n", "text/plain"),
    "huge_headline_line": (b"H" * 1_000_000 + b"\n\nBody.\n", "text/plain"),
    "script_html_page": (SCRIPT_PAGE, "text/html; charset=utf-8"),
    "script_ninjs": (SCRIPT_NINJS, "application/json"),
    "script_text": (SCRIPT_TEXT, "text/plain; charset=utf-8"),
}

STORY_TEXT_FIELDS = ("headline", "subheadline", "byline", "dateline", "credit", "publisher", "edition", "summary",
                     "body_html", "body_text")


@contextmanager
def must_finish_within(seconds: int):
    """A hang fails the test instead of stalling the suite."""
    def expired(signum, frame):
        raise AssertionError(f"processing did not finish within {seconds}s: a worker would hang")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


class _HostileMarkupFinder(HTMLParser):
    """Hostile markup that a page would *execute*: handler attributes, javascript: links, our payload scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag == "script"
        for name, value in attrs:
            if name.startswith("on") and "alert(" in (value or ""):
                self.found.append(f"{tag}[{name}]")
            if name in ("href", "src") and "".join((value or "").split()).lower().startswith("javascript:"):
                self.found.append(f"{tag}[{name}=javascript:]")

    def handle_data(self, data):
        if self._in_script and "alert(" in data:
            self.found.append("script with the payload")

    def handle_endtag(self, tag):
        self._in_script = False


def executable_payloads(page: str) -> list[str]:
    finder = _HostileMarkupFinder()
    finder.feed(page)
    return finder.found


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_payload_never_crashes_hangs_or_leaks(case, wire_source, post_signed, admin_client, client):
    body, content_type = CASES[case]
    response = post_signed("wire", body, content_type=content_type)
    assert response.status_code < 500, response.content
    if response.status_code != 202:
        assert 400 <= response.status_code < 500 and json.loads(response.content)["detail"]
        return

    delivery_id = int(response.json()["delivery"])
    with must_finish_within(60):
        delivery = services.delivery_process(delivery_id)
    assert delivery.status in (Delivery.Status.DONE, Delivery.Status.DUPLICATE, Delivery.Status.FAILED)
    assert bytes(Delivery.objects.get(pk=delivery_id).body) == body, "the raw delivery must be kept as received"

    if delivery.status == Delivery.Status.FAILED:
        assert delivery.last_error.strip(), "a failed delivery says why"
        page = admin_client.get(f"/admin/ingest/delivery/{delivery_id}/change/")
        assert page.status_code == 200
        assert executable_payloads(page.content.decode()) == []
        return

    story = Story.objects.get(pk=delivery.story_id)
    for name in STORY_TEXT_FIELDS:
        assert "\x00" not in getattr(story, name), f"NUL byte stored in {name}"
    assert html_problems(story.body_html) == [], story.body_html
    assert "root:x:0:0" not in story.body_text + story.headline, "XXE read a local file"
    assert len(story.body_html) < 20 * len(body) + 10_000, "entity expansion blew the story up"

    services.story_transition(story=story, to=Story.Status.PUBLISHED)
    for url in (f"/admin/ingest/story/{story.pk}/change/", f"/admin/ingest/delivery/{delivery_id}/change/"):
        page = admin_client.get(url)
        assert page.status_code == 200, url
        assert executable_payloads(page.content.decode()) == [], url
    feed = client.get(f"/api/stories/{story.pk}/")
    assert feed.status_code == 200
    item = feed.json()
    assert html_problems(item.get("body_html", "")) == []


def test_the_leak_check_is_not_vacuous():
    assert executable_payloads('<p onclick="alert(1)">x</p><a href=" javascript:alert(2)">y</a><script>alert(3)</script>')
    assert not executable_payloads("&lt;script&gt;alert(1)&lt;/script&gt; <p>fine</p>")
