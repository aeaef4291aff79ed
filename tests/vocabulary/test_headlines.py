"""What a second headline looks like, read alike by every format's parser."""
import pytest

from ingest.vocabulary.headlines import has_sentence_break, names_people, reads_as_a_second_headline

SECOND_HEADLINES = [
    ("Growers urged to clean equipment between fields as harvest begins", True),
    ("Besiciler, kuru ot ve saman nakliyesi için Bakanlıktan destek istedi", True),
    ("Хорин нэгэн аймгаас 140 гаруй дуучин оролцохоор бүртгүүлжээ", True),  # Cyrillic in lower case: no capitals
    ("वन विभाग की तीन टीमें देर रात तक आग बुझाने में जुटी रहीं", True),  # an uncased script
    ("NSW RFS crews hold the line near Tenterfield overnight", True),  # two acronyms are no name in capitals
    ("Sen. Warren to visit St. Louis plant on Monday", True),  # abbreviations end no sentence
    # a standfirst of sentences, one too long for a headline, people named as a byline
    ("Growers are urged to clean their equipment between fields.", False),
    ("Growers are urged to act. The harvest begins on Monday", False),
    ("Growers across the county are urged to clean every piece of equipment between fields as the canola harvest "
     "begins", False),
    ("ELİF ŞAHİN VE MURAT KOÇ", False),
    ("Yuj MALIN PASKUAL DIEGO yet LUKAS TOMAS ANDRES", False),
    ("Nabirye Aisha ne Kagoya Rose", False),
]


@pytest.mark.parametrize("line, expected", SECOND_HEADLINES, ids=[line[:40] for line, _ in SECOND_HEADLINES])
def test_a_second_headlines_form(line, expected):
    assert reads_as_a_second_headline(line) is expected


def test_fewest_words():
    assert reads_as_a_second_headline("Harvest begins", fewest_words=1)
    assert not reads_as_a_second_headline("Harvest begins", fewest_words=4)


@pytest.mark.parametrize("line, expected", [
    ("Growers act. Harvest begins", True), ("Dal primo aprile. La tessera", True), ("Made in the U.S. and sold", False),
    ("St. Louis plant", False), ("東京で大雨。 交通に乱れ", True),
])
def test_sentence_breaks(line, expected):
    assert has_sentence_break(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("KIPROTICH ARAP SANG", True), ("By MEGAN O'LOUGHLIN", True), ("Megan O'Loughlin and Tom Lee", True),
    ("US FDA approves drug for rare disease", False),
])
def test_names_people(line, expected):
    assert names_people(line) is expected
