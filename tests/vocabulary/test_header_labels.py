"""A header's label to the field it names: as listed, without its accents, or as a cognate of a listed label."""
import pytest

from ingest.vocabulary.words import header_label_field


@pytest.mark.parametrize("label, field", [
    ("Title", "headline"), ("TÍTULU", "headline"), ("Titulu", "headline"),  # listed, with or without accents
    # a cognate of a listed label of five letters or more: the closest listed label's field
    ("PIBLIKASYON", "publisher"),  # Haitian, beside Norwegian "publikasjon"
    ("SUBTÍTULU", "subheadline"),  # Asturian: "subtítulo" is closer than "títulu"
    ("LLUGAR", "dateline"),  # Asturian, beside Spanish "lugar"
    ("Surtitre", "other"),  # the kicker's label, listed: spelt like "sous-titre", no subheadline
    ("Raksta ID", None),  # two words: no cognate of the Latvian byline label "raksta"
    ("ENTAMU", None), ("KOTE", None), ("Notes", None),  # nothing listed is that close
    # a label in two languages, named by its listed half
    ("ሜጠ ጊዳ / Headline", "headline"), ("ጺሓፋኖ / Byline", "byline"), ("Ọrọ / Summary", "summary"),
    ("ኣይዲ / ID", "other"), ("ቃላ / Tags", "other"), ("ሜጠ ጊዳ / ካሚ", None),
])
def test_a_header_label_names_its_field(label, field):
    assert header_label_field(label) == field
