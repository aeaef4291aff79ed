"""Vetting editor rules before they are saved."""
import pytest

from ingest.clean.patterns import check_pattern


@pytest.mark.parametrize(
    "pattern,is_regex,problem",
    [
        ("Sponsored by Acme", False, None),
        ("...", False, "no words"),
        ("   ", False, "empty"),
        (r"sponsored by [\w ]+", True, None),
        (r"read more at \w+\.com", True, None),
        (r"(a+)+", True, "nests quantifiers"),
        (r"(\w+\s?)*$", True, "nests quantifiers"),
        (r"^(\d+)+$", True, "nests quantifiers"),
        (r"(x+x+)+y", True, "nests quantifiers"),
        (r"(unclosed", True, "valid regular expression"),
        (r"x*", True, "empty line"),
    ],
)
def test_check_pattern(pattern, is_regex, problem):
    problems = check_pattern(pattern, is_regex=is_regex)
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems
