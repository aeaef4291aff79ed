"""Every parsed field and block comes out in Unicode's composed form (NFC), whatever coding the sender used."""
import unicodedata

from ingest.parse import parse

DECOMPOSED = unicodedata.normalize("NFD", "Aruti wĩra ba kĩnu gĩa cotoni Marimanti baũgĩte wĩra")


def test_a_decomposed_delivery_is_read_composed():
    raw = (f"{DECOMPOSED}\n\nBy Kaimenyi M'Rimberia\n\nMARIMANTI — Aruti wĩra 212 ba kĩnu bathiĩte mĩgomo "
           "Jumatatũ bakiuria mĩcara ya mweri ĩthatũ.\n")
    raw = unicodedata.normalize("NFD", raw)
    fmt, (item,) = parse(raw.encode(), "text/plain")
    assert item.headline == unicodedata.normalize("NFC", DECOMPOSED)
    assert all(unicodedata.is_normalized("NFC", block.text) for block in item.blocks)
    assert "Jumatatũ" in item.blocks[-1].text  # (the composed letter, one character)


def test_composed_copy_is_left_as_it_is():
    raw = "Ferry sails again\n\nBy Jo Lee\n\nWELLINGTON — The ferry sailed again on Monday, the operator said.\n"
    fmt, (item,) = parse(raw.encode(), "text/plain")
    assert item.headline == "Ferry sails again"
