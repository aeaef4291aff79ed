"""RSS 2.0 and Atom feeds: the latest public stories, all sources or one, with conditional GET."""
from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from ingest.feeds import FEED_ITEMS
from ingest.models import Story
from tests.api.factories import make_source, make_story

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(response):
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    return ElementTree.fromstring(response.content).findall("./channel/item")


def atom_entries(response):
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content).findall(f"{ATOM}entry")


@pytest.fixture
def stories(wire_source):
    other = make_source("other")
    return {
        "old": make_story(wire_source, minutes=1, headline="Old news", keywords=["politics"]),
        "new": make_story(wire_source, minutes=2, headline="Fresh <news> & more", byline="By Ana Lima"),
        "other": make_story(other, minutes=3, headline="From the other wire"),
        "draft": make_story(wire_source, status=Story.Status.DRAFT, headline="Draft"),
        "killed": make_story(wire_source, minutes=4, status=Story.Status.KILLED, headline="Killed"),
        "embargoed": make_story(wire_source, minutes=5, headline="Embargoed",
                                embargoed_until=timezone.now() + timedelta(hours=2)),
    }


def test_rss_lists_public_stories_newest_first(client, stories):
    items = rss_items(client.get("/feeds/stories.rss"))
    assert [i.findtext("title") for i in items] == ["From the other wire", "Fresh <news> & more", "Old news"]
    newest_wire = items[1]
    assert newest_wire.findtext("description") == stories["new"].body_html
    assert newest_wire.find("guid").get("isPermaLink") == "false"
    assert newest_wire.findtext("guid") == f"urn:newsroom:wire:{stories['new'].guid}"
    assert newest_wire.findtext("link").endswith(f"/api/stories/{stories['new'].pk}/")
    assert "Ana Lima" in newest_wire.findtext("author", "") + newest_wire.findtext("{http://purl.org/dc/elements/1.1/}creator", "")
    assert [c.text for c in items[2].findall("category")] == ["politics"]


def test_atom_has_the_same_stories(client, stories):
    entries = atom_entries(client.get("/feeds/stories.atom"))
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["From the other wire", "Fresh <news> & more", "Old news"]
    assert entries[1].findtext(f"{ATOM}author/{ATOM}name") == "By Ana Lima"
    assert entries[1].findtext(f"{ATOM}updated")


@pytest.mark.parametrize("suffix, parse", [("rss", rss_items), ("atom", atom_entries)])
def test_per_source_feed(client, stories, suffix, parse):
    titles = [i.findtext("title") or i.findtext(f"{ATOM}title") for i in parse(client.get(f"/feeds/other/stories.{suffix}"))]
    assert titles == ["From the other wire"]
    root = ElementTree.fromstring(client.get(f"/feeds/wire/stories.{suffix}").content)
    assert "Test wire" in (root.findtext("./channel/title") or root.findtext(f"{ATOM}title"))
    assert client.get(f"/feeds/nobody/stories.{suffix}").status_code == 404


def test_feed_is_capped(client, wire_source):
    for i in range(FEED_ITEMS + 5):
        make_story(wire_source, minutes=i)
    assert len(rss_items(client.get("/feeds/stories.rss"))) == FEED_ITEMS


def test_feed_conditional_get_and_kill(client, stories, time_machine):
    first = client.get("/feeds/stories.rss")
    assert first["ETag"] and first["Last-Modified"] and "public" in first["Cache-Control"]
    assert client.get("/feeds/stories.rss", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/feeds/stories.rss", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304

    time_machine.move_to(timezone.now() + timedelta(seconds=2))
    stories["other"].status = Story.Status.KILLED
    stories["other"].save()
    after = client.get("/feeds/stories.rss", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert after.status_code == 200
    assert "From the other wire" not in [i.findtext("title") for i in rss_items(after)]
