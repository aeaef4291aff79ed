"""A line that only dates the story or its issue, in any language, told from a title holding a year."""
import pytest

from ingest.vocabulary.datelines import is_date_stamp


@pytest.mark.parametrize("line, stamp", [
    ("Vika 42 · 16. október 2026", True),  # Icelandic: the week and date
    ("Data emiterii: 17.11.2025, ora 07:30", True),  # Romanian: a label, the date and the time
    ("Kompas.tv - 3 Juni 2026, 07:45 WIB", True),
    ("Mëttesausgab · Nr. 214 · Donneschdeg, 22. Mee 2025", True),
    ("Maxxanfame: Onkoloolessa 12, 2025", True),  # Oromo: a month no list holds, vouched for by the day and year
    ("Elections 2026: The Results", False),  # one figure: a title
    ("Council approves the 2026 budget after long debate", False),  # says something
    ("Firefighters battle 60 blazes as winds strengthen", False),  # no year or time
    ("The vote was held on 3 March 2026.", False),  # a sentence
])
def test_a_date_stamp(line, stamp):
    assert is_date_stamp(line) is stamp
