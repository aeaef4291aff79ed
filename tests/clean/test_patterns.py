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
        # issue 11.4: the same explosive shapes spelled so that a textual look misses them
        (r"((a)+)+$", True, "nests quantifiers"),
        (r"(a{1,})+$", True, "nests quantifiers"),
        (r"(?:(?:\w)*x)+y", True, "nests quantifiers"),
        (r"t(?:[^!]|[^!])+!", True, "alternatives can match the same text"),
        (r"(?:a|a)*b", True, "alternatives can match the same text"),
        (r"(?:\d|[0-9])+x", True, None),  # the parser merges these into one class: safe
        (r"(?:subscribe|sign up)(?: now| today)? for (?:our|the) newsletter", True, None),
        (r"(?:register|read)+ more", True, None),
        (r"follow us on (?:facebook|twitter|instagram)", True, None),
        (r"photo: \w+(?: \w+){0,3}/(?:afp|reuters|ap)", True, None),
    ],
)
def test_check_pattern(pattern, is_regex, problem):
    problems = check_pattern(pattern, is_regex=is_regex)
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems
