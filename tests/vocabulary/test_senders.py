"""Who sent a mailed item, and which of its lines link back to the sender's own site (ingest/vocabulary/senders.py)."""
import pytest

from ingest.vocabulary.senders import links_to_sender, sender_domain, sender_name

HEADERS = ["From: The Petri Dish from Kopi Science <petridish@kopiscience.example>", "To: desk@newsroom.example"]


@pytest.mark.parametrize("headers, domain, name", [
    (HEADERS, "kopiscience.example", "The Petri Dish from Kopi Science"),
    (["To: desk@newsroom.example", "From: brief@harbourtimes.co.nz"], "harbourtimes.co.nz", ""),  # address only
    (['Von: "Ostsee Bote" <news@ostseebote.example.de>'], "ostseebote.example.de", "Ostsee Bote"),
    (["Kutoka: Sauti ya Ushirika <habari@ushirika-olkalou.example>"], "ushirika-olkalou.example", "Sauti ya Ushirika"),
    (["Subject: no address here"], "", ""),
])
def test_the_sender(headers, domain, name):
    assert (sender_domain(headers), sender_name(headers)) == (domain, name)


@pytest.mark.parametrize("line, linked", [
    ("Trouble viewing this message? Open it in your browser: https://kopiscience.example/petri-dish/issue-112", True),
    ("இந்த மடலை நண்பர்களுக்கு அனுப்புங்கள்: https://www.kopiscience.example/join", True),  # any host of the domain
    ("Unsubscribe (https://kopiscience.example/action/disable_email?token=x)", True),  # in brackets, as plain text sets it
    ("The study is at https://journal.example.org/articles/123", False),  # another site: copy may cite it
    ("Read https://kopiscience.example/prefs before the vote, the minister said on Tuesday.", False),  # not at the end
    ("No link at all.", False),
])
def test_a_line_ending_with_a_link_to_the_senders_site(line, linked):
    assert links_to_sender(line, sender_domain(HEADERS)) is linked
