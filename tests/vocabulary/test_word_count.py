"""word_count: a length test that holds in scripts written without spaces, and the ideographic space kept as sent."""
import pytest

from ingest.parse.xml import parse_xml, text_of
from ingest.vocabulary.words import collapse_spaces, word_count

WORD_COUNTS = [
    ("Bridge reopens after storm", 4),
    ("クマ出没情報、LINEで即時配信\u3000長野県が運用開始", 4),  # a Japanese headline: 18 characters of kana and kanji
    ("北陸中央新聞", 1),  # a masthead's name is not a headline's length
    ("กรุงเทพมหานครเปิดบัญชีไลน์ทางการ", 8),  # Thai
    ("서울시 침수 경보 서비스", 4),  # Korean sets spaces between words
    ("", 0),
]


@pytest.mark.parametrize("text, words", WORD_COUNTS, ids=[text[:12] or "empty" for text, _ in WORD_COUNTS])
def test_word_count(text, words):
    assert word_count(text) == words


def test_an_ideographic_space_is_kept_as_sent_and_other_runs_collapse():
    assert collapse_spaces(" 北信電鉄、紙の定期券を来春廃止\u3000スマホアプリに一本化  \n") == "北信電鉄、紙の定期券を来春廃止\u3000スマホアプリに一本化"
    assert collapse_spaces("Bridge \n reopens") == "Bridge reopens"


def test_an_xml_element_s_text_keeps_the_ideographic_space():
    root, _ = parse_xml("<nitf><hl1>インドネシア、SNSの年齢確認義務化へ\u300016歳未満は保護者同意</hl1></nitf>".encode(), "", "NITF")
    assert text_of(root) == "インドネシア、SNSの年齢確認義務化へ\u300016歳未満は保護者同意"
