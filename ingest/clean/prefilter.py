"""What a rule's regular expression needs of a line before it can match: derived from the pattern, never written by hand.

A line rule matches a whole normalized line, and almost every story line
is far from every rule: trying the library's fifty-odd patterns on it one
after the other is what cleaning used to spend its time on. So each pattern
is read once (Python's own regex parser), one top-level alternative at a time
("advertisement|sponsored( content)?|..."), for what any line it matches must
have:

- its length bounds: `[^\n]{0,250}\bnewsletters?\b[^\n]{0,120}` cannot match
  a 600-character paragraph;
- required literals, as clauses ("the line contains 'newsletter'" AND one of
  "'sign up' or 'subscribe'"): each clause lists strings one of which any
  match contains;
- how it begins: the characters, and where known the strings ("share",
  "tweet", "email"...), a match of the whole line starts with.

`LiteralIndex` finds every required literal of a rule set in a line with one
Aho-Corasick pass, so a rule is tried only on the lines that have what one of
its alternatives needs. It is a necessary condition only: a rule that passes
still runs its full pattern, in the rules' order, so the first matching rule,
and hence every removal, is the one trying each rule in turn finds.

Only what is certain is derived: a construct the reader does not know
(lookarounds, classes of many characters, back-references, anything only
the `regex` module reads) requires nothing, and the rule is simply tried.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser

import ahocorasick
import regex

# Characters a case-insensitive `re` or `regex` pattern matches to an ASCII letter though they do not lower-case
# to it: dotted and dotless i, long s, the Kelvin sign. A line holding one is tried on every rule
# (tests/clean/test_prefilter.py scans every code point to keep this list true).
CASE_FOLD_SPECIALS = frozenset("\u0130\u0131\u017f\u212a")

_MAX_EXACT = 64  # strings an exact set may hold before it is only a requirement
_MAX_CLASS = 10  # characters a class may have and still be read as a choice of literals
_MIN_LITERAL = 3  # shorter required literals are in nearly every line: not worth looking for...
_RARE = frozenset("@%/|#=+^~<>$()©®™€£")  # ...unless they hold a character copy seldom has ("@", "©")
_UNBOUNDED = C.MAXREPEAT


@dataclass(frozen=True)
class Requirement:
    """Length bounds and required literals (clauses of alternatives, all lower case) of one pattern."""

    min_len: int = 0
    max_len: float = float("inf")
    clauses: tuple[frozenset[str], ...] = ()
    first_chars: frozenset[str] | None = None  # what a whole-line match can begin with (None: anything)
    prefixes: frozenset[str] | None = None  # strings one of which every match begins with (None: not known)


NOTHING_KNOWN = Requirement()


@dataclass(frozen=True)
class _Info:
    exact: frozenset[str] | None  # every string the node can match, when few and all literal
    clauses: tuple[frozenset[str], ...]  # strings one of which each match contains, per clause


_UNKNOWN = _Info(None, ())
_EMPTY = _Info(frozenset({""}), ())


class _Unsupported(Exception):
    """A construct whose reading by the `regex` module may differ from `re`'s: derive nothing."""


def requirement(pattern: str, *, flags: int = re.IGNORECASE, regex_module: bool = False) -> Requirement:
    """The pattern's length bounds and required literals; NOTHING_KNOWN when it cannot be read safely.

    `regex_module`: the pattern is compiled by the `regex` module (editor rules), whose syntax is a
    superset of `re`'s: whatever `re` would read differently (a literal brace or bracket, which `regex`
    may read as fuzzy matching or a POSIX class) makes the requirement NOTHING_KNOWN.
    """
    try:
        parsed = _parser.parse(pattern, flags)
        if regex_module:
            _refuse_what_regex_reads_otherwise(parsed)
        return _requirement_of(parsed, regex_module)
    except (re.error, _Unsupported, RecursionError, OverflowError):
        return NOTHING_KNOWN


def alternatives(pattern: str, *, flags: int = re.IGNORECASE, regex_module: bool = False) -> tuple[Requirement, ...]:
    """One requirement per top-level alternative ("advertisement|sponsored( content)?|..."): a line may match the
    pattern only if it meets one of them, and each alone says far more than what all share."""
    try:
        parsed = _parser.parse(pattern, flags)
        if regex_module:
            _refuse_what_regex_reads_otherwise(parsed)
        items = list(parsed)
        while items and items[0][0] in (C.AT, C.ASSERT, C.ASSERT_NOT):
            items = items[1:]  # zero width ("not reported speech"): requires nothing a branch would not
        while len(items) == 1 and items[0][0] is C.SUBPATTERN:
            items = list(items[0][1][3])
        if len(items) != 1 or items[0][0] is not C.BRANCH:
            return (_requirement_of(parsed, regex_module),)
        return tuple(_requirement_of(branch, regex_module) for branch in items[0][1][1])
    except (re.error, _Unsupported, RecursionError, OverflowError):
        return (NOTHING_KNOWN,)


def _requirement_of(parsed, regex_module: bool) -> Requirement:
    """The requirement of a parsed (sub)pattern: what any whole-line match of it needs."""
    info = _sequence(list(parsed), regex_module)
    first, _ = _first_of_sequence(list(parsed))
    prefixes = _leading_of_sequence(list(parsed), regex_module)
    low, high = parsed.getwidth()
    clauses = list(info.clauses)
    if info.exact is not None:
        clauses.append(info.exact)
    useful = tuple(dict.fromkeys(_minimal(c) for c in clauses if "" not in c and all(map(_worth_finding, c))))
    return Requirement(min_len=low, max_len=float("inf") if high >= _UNBOUNDED else high, clauses=useful,
                       first_chars=first, prefixes=prefixes)


def _minimal(clause: frozenset[str]) -> frozenset[str]:
    """The clause without literals that hold another of its literals ("newsletters" says no more than "newsletter")."""
    return frozenset(a for a in clause if not any(b != a and b in a for b in clause))


def _worth_finding(literal: str) -> bool:
    return len(literal) >= _MIN_LITERAL or not _RARE.isdisjoint(literal)


def _literal(code: int) -> str | None:
    """The character as a lower-case line holds it, or None when case folding makes that uncertain."""
    return _as_in_line(chr(code))


def _as_in_line(char: str) -> str | None:
    if char.isascii():
        return char.lower()
    # An uncased character ("©", "€", "→") matches only itself, however the line was cased.
    return char if char.lower() == char == char.upper() else None


def _refuse_what_regex_reads_otherwise(items) -> None:
    """Raise _Unsupported at a brace or bracket `re` took as a literal character, anywhere in the tree: the `regex`
    module may read it as fuzzy matching ("(?:abc){e<=1}") or a POSIX class ("[[:alpha:]]")."""
    for op, av in items:
        if op is C.LITERAL and chr(av) in "{}[]":
            raise _Unsupported(chr(av))
        if op is C.IN:
            _refuse_what_regex_reads_otherwise([(kind, value) for kind, value in av if kind is C.LITERAL])
        elif op is C.SUBPATTERN:
            _refuse_what_regex_reads_otherwise(av[3])
        elif op is C.ATOMIC_GROUP:
            _refuse_what_regex_reads_otherwise(av)
        elif op is C.BRANCH:
            for branch in av[1]:
                _refuse_what_regex_reads_otherwise(branch)
        elif op is C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _refuse_what_regex_reads_otherwise(branch)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _refuse_what_regex_reads_otherwise(av[2])
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _refuse_what_regex_reads_otherwise(av[1])


def _best(info: _Info) -> frozenset[str] | None:
    """The one clause that says most (its shortest literal longest), or None when the node needs nothing."""
    candidates = list(info.clauses) + ([info.exact] if info.exact is not None else [])
    candidates = [c for c in candidates if "" not in c]
    # One worth looking for first ("(" of a credit beats "ap"), then the longest shortest literal, then the fewest.
    return max(candidates, key=lambda c: (all(map(_worth_finding, c)), min(map(len, c)), -len(c)), default=None)


def _sequence(items: list, regex_module: bool) -> _Info:
    run: set[str] = {""}  # the exact strings of the literal run being built
    clauses: list[frozenset[str]] = []
    exact_throughout = True
    for op, av in items:
        node = _node(op, av, regex_module)
        if node.exact is not None and len(run) * len(node.exact) <= _MAX_EXACT:
            run = {a + b for a in run for b in node.exact}
            clauses.extend(node.clauses)
            continue
        exact_throughout = False
        if "" not in run:
            clauses.append(frozenset(run))
        clauses.extend(node.clauses)
        run = set(node.exact) if node.exact is not None else {""}
    if exact_throughout:
        return _Info(frozenset(run), tuple(clauses))
    if "" not in run:
        clauses.append(frozenset(run))
    return _Info(None, tuple(clauses))


def _node(op, av, regex_module: bool) -> _Info:
    if op is C.LITERAL:
        char = _literal(av)
        return _Info(frozenset({char}), ()) if char is not None else _UNKNOWN
    if op is C.IN:
        return _char_class(av, regex_module)
    if op is C.SUBPATTERN:
        return _sequence(list(av[3]), regex_module)
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av), regex_module)
    if op is C.BRANCH:
        branches = [_sequence(list(branch), regex_module) for branch in av[1]]
        if all(b.exact is not None for b in branches) and sum(len(b.exact) for b in branches) <= _MAX_EXACT:
            return _Info(frozenset().union(*(b.exact for b in branches)), ())
        best = [_best(b) for b in branches]
        return _Info(None, () if any(b is None for b in best) else (frozenset().union(*best),))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, sub = av
        inner = _sequence(list(sub), regex_module)
        if low == high == 1:
            return inner
        if low == 0 and high == 1 and inner.exact is not None:
            return _Info(inner.exact | {""}, ())
        if low == 0:
            return _UNKNOWN
        # Repeated at least once: what the body needs, the repetition needs.
        return _Info(None, inner.clauses + ((inner.exact,) if inner.exact is not None and "" not in inner.exact else ()))
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        if op is not C.AT:
            _sequence(list(av[1]), regex_module)  # only to refuse what `regex` reads differently inside
        return _EMPTY  # zero width: adds nothing, requires nothing of its own
    return _UNKNOWN  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, CATEGORY...


# --- the first character of a match ------------------------------------------------------------
# A rule matches a whole line, so the line's first character is one a match can begin with: for most patterns
# a handful of letters ("advertisement|sponsored|promoted..." begins with a, s or p).


# --- how a match begins --------------------------------------------------------------------------
# "(share|tweet|email|print|...)((\s*[|/]\s*|\s)(share|...))*" matches only lines that begin with one of its words:
# a story line beginning "the mayor said" is not tried, though it begins with the "t" of "tweet".

_MAX_PREFIXES = 256
DIGIT = "\x00digit"  # among prefixes: the match may begin with any digit (\d: a decimal digit of any script)


def _leading_of_sequence(items: list, regex_module: bool) -> frozenset[str] | None:
    """Strings one of which every match of the sequence begins with (DIGIT for "a digit"), or None when not known."""
    run: set[str] = {""}
    for index, (op, av) in enumerate(items):
        node = _node(op, av, regex_module)
        if node.exact is not None and len(run) * len(node.exact) <= _MAX_PREFIXES:
            run = {a + b for a in run for b in node.exact}
            continue
        leading = _leading_of_node(op, av, regex_module)
        if leading is None and op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] == 0:
            # Optional: the match begins with the optional part, or with what follows it.
            body, rest = _leading_of_sequence(list(av[2]), regex_module), _leading_of_sequence(items[index + 1:], regex_module)
            leading = body | rest if body is not None and rest is not None else None
        if leading is not None and len(run) * len(leading) <= _MAX_PREFIXES:
            if DIGIT in leading and run != {""}:
                break  # "abc" then a digit: "abc" is what can be checked
            run = {a + b for a in run for b in leading}
        break
    return None if "" in run else frozenset(run)


def _leading_of_node(op, av, regex_module: bool) -> frozenset[str] | None:
    if op is C.SUBPATTERN:
        return _leading_of_sequence(list(av[3]), regex_module)
    if op is C.ATOMIC_GROUP:
        return _leading_of_sequence(list(av), regex_module)
    if op is C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            leading = _leading_of_sequence(list(branch), regex_module)
            if leading is None:
                return None
            found |= leading
        return frozenset(found) if len(found) <= _MAX_PREFIXES else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _leading_of_sequence(list(av[2]), regex_module)
    if op is C.IN and av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
        return frozenset({DIGIT})
    return None


# A character class by its ASCII members, and NON_ASCII: it may also be any character outside ASCII.
NON_ASCII = "\x80+"
_CATEGORY_FIRST = {
    C.CATEGORY_DIGIT: frozenset("0123456789") | {NON_ASCII},
    C.CATEGORY_WORD: frozenset("abcdefghijklmnopqrstuvwxyz0123456789_") | {NON_ASCII},
    C.CATEGORY_SPACE: frozenset(c for c in map(chr, range(128)) if c.isspace()) | {NON_ASCII},  # as str.isspace
}


def _first_of_sequence(items: list) -> tuple[frozenset[str] | None, bool]:
    """(the characters a match of the sequence can begin with, or None for any; whether it can match empty).

    When the whole pattern can match empty, its non-empty matches still begin with one of the characters found.
    """
    found: set[str] = set()
    for op, av in items:
        first, nullable = _first_of_node(op, av)
        if first is None:
            return None, False
        found |= first
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _first_of_node(op, av) -> tuple[frozenset[str] | None, bool]:
    if op is C.LITERAL:
        char = _as_in_line(chr(av))
        return (frozenset({char}) if char is not None else None), False
    if op is C.IN:
        chars: set[str] = set()
        for kind, value in av:
            char = _as_in_line(chr(value)) if kind is C.LITERAL else None
            if char is not None:
                chars.add(char)
            elif kind is C.RANGE and value[1] < 128:
                chars.update(chr(code).lower() for code in range(value[0], value[1] + 1))
            elif kind is C.CATEGORY and value in _CATEGORY_FIRST:
                chars |= _CATEGORY_FIRST[value]
            else:
                return None, False
        return frozenset(chars), False
    if op is C.SUBPATTERN:
        return _first_of_sequence(list(av[3]))
    if op is C.ATOMIC_GROUP:
        return _first_of_sequence(list(av))
    if op is C.BRANCH:
        found: set[str] = set()
        nullable = False
        for branch in av[1]:
            first, empty = _first_of_sequence(list(branch))
            if first is None:
                return None, False
            found |= first
            nullable = nullable or empty
        return frozenset(found), nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        first, empty = _first_of_sequence(list(av[2]))
        return first, (av[0] == 0 or empty) if first is not None else False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset(), True  # zero width: the next node gives the first character
    return None, False


def _char_class(items, regex_module: bool) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            char = _literal(av)
            if char is None:
                return _UNKNOWN
            chars.add(char)
        elif op is C.RANGE and av[1] - av[0] < _MAX_CLASS and av[1] < 128:
            chars.update(chr(code).lower() for code in range(av[0], av[1] + 1))
        else:
            return _UNKNOWN  # NEGATE, CATEGORY (\w, \d, \s), a wide or non-ASCII range
    return _Info(frozenset(chars), ()) if len(chars) <= _MAX_CLASS else _UNKNOWN


class LiteralIndex:
    """The required literals of a list of rules' requirements, found in a line in one Aho-Corasick pass.

    Each position (a rule) has one requirement per top-level alternative; `scan(line)` gives, in order, the
    positions with an alternative the line meets (its length, every clause, how it begins): the rules at the
    others cannot match it.
    """

    def __init__(self, requirements: list[tuple[Requirement, ...]] | tuple[tuple[Requirement, ...], ...]):
        self.requirements = tuple(requirements)
        meeting: dict[str, int] = {}  # literal -> the clauses (as bits) it meets
        needing: dict[str, int] = {}  # literal -> the entries (as bits) with a clause it meets
        clause_count = 0
        # One entry per alternative: (its rule's position, min length, max length, its clauses as bits, prefixes).
        self._checks: list[tuple[int, int, float, int, tuple[dict[str, tuple[str, ...]], bool] | None]] = []
        self._always = 0  # entries that need no literal: tried on any line of a fitting length
        self._any_first = 0  # entries whose match may begin with any character
        self._by_first: dict[str, int] = {}  # a line's first character -> the entries that may begin with it
        self._non_ascii_first = 0  # entries whose match may begin with any character outside ASCII
        for position, alternatives_ in enumerate(self.requirements):
            for req in alternatives_:
                entry = len(self._checks)
                clauses = 0  # one bit per clause: the entry is met when the line meets every one
                for clause in req.clauses:
                    clauses |= 1 << clause_count
                    for literal in clause:
                        meeting[literal] = meeting.get(literal, 0) | 1 << clause_count
                        needing[literal] = needing.get(literal, 0) | 1 << entry
                    clause_count += 1
                prefixes = None
                if req.prefixes and "" not in req.prefixes:  # the strings, and whether a digit may begin a match
                    # By their first character: a line can begin only with those that begin with its own (`startswith`
                    # of a long tuple compares the line with each; a few hundred instructions apiece).
                    by_first: dict[str, tuple[str, ...]] = {}
                    for prefix in sorted(req.prefixes - {DIGIT}):
                        by_first[prefix[0]] = by_first.get(prefix[0], ()) + (prefix,)
                    prefixes = (by_first, DIGIT in req.prefixes)
                self._checks.append((position, req.min_len, req.max_len, clauses, prefixes))
                if not clauses:
                    self._always |= 1 << entry
                if req.first_chars is None:
                    self._any_first |= 1 << entry
                else:
                    for char in req.first_chars:
                        if char == NON_ASCII:
                            self._non_ascii_first |= 1 << entry
                        else:
                            self._by_first[char] = self._by_first.get(char, 0) | 1 << entry
        self._everything = (1 << len(self._checks)) - 1
        self._automaton = None
        if meeting:
            automaton = ahocorasick.Automaton()
            for literal, clauses in meeting.items():
                automaton.add_word(literal, (clauses, needing[literal]))
            automaton.make_automaton()
            self._automaton = automaton

    def present(self, line: str) -> tuple[int, int, bool]:
        """(a bit per clause the lower-case line meets: one of its literals is there; a bit per entry it may match:
        one of the entry's literals is there and the line begins as its matches can; whether case folding could
        hide a literal, in which case every clause and every entry is given)."""
        if not line.isascii() and any(special in line for special in CASE_FOLD_SPECIALS):  # the specials lie outside ASCII
            return -1, self._everything, True
        if not line:
            return 0, 0, False
        met, touched = 0, self._always
        if self._automaton is not None:
            for _, (clauses, entries) in self._automaton.iter(line):
                met |= clauses
                touched |= entries
        first = line[0]
        begins = self._by_first.get(first, 0) | (self._any_first if first.isascii() else self._any_first | self._non_ascii_first)
        return met, touched & begins, False

    def scan(self, line: str) -> tuple[list[int], bool]:
        """(the positions whose rule may match the whole line, in order; whether any rule may match a line this one
        begins with, such as its first sentence: one that holds no more literals and begins the same way)."""
        met, touched, folded = self.present(line)
        length = len(line)
        found: list[int] = []
        begun = False
        checks = self._checks
        while touched:
            lowest = touched & -touched
            touched ^= lowest
            position, low, high, clauses, prefixes = checks[lowest.bit_length() - 1]
            if low > length or clauses & ~met:
                continue
            if prefixes is not None and not folded and not (
                    line.startswith(prefixes[0].get(line[0], ())) or prefixes[1] and line[0].isdecimal()):
                continue
            begun = True
            if length <= high and (not found or found[-1] != position):
                found.append(position)  # entries go in rule order: a rule's alternatives are neighbours
        return found, begun

    def candidates(self, line: str) -> list[int]:
        return self.scan(line)[0]


# --- rules ----------------------------------------------------------------------------------------

_PATTERN_TYPES = (re.Pattern, type(regex.compile("")))
_REGEX_FLAGS_READ = 2 | 8 | 16 | 32 | 64 | 8192  # regex's IGNORECASE, MULTILINE, DOTALL, UNICODE, VERBOSE, VERSION0
_RE_FLAGS_READ = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE


def pattern_requirements(pattern) -> tuple[Requirement, ...]:
    """The requirements (one per top-level alternative) of a compiled `re` (the shipped library) or `regex`
    (an editor's rule) pattern."""
    source, flags = getattr(pattern, "pattern", None), getattr(pattern, "flags", None)
    if not isinstance(source, str) or not isinstance(flags, int) or type(pattern) not in _PATTERN_TYPES:
        return (NOTHING_KNOWN,)  # something else that matches lines: tried on every line, as before
    return _compiled_requirements(type(pattern), source, flags)


@functools.lru_cache(maxsize=4096)
def _compiled_requirements(kind: type, source: str, flags: int) -> tuple[Requirement, ...]:
    if kind is re.Pattern:
        return alternatives(source, flags=flags & _RE_FLAGS_READ)
    if flags & ~_REGEX_FLAGS_READ:  # full case folding, fuzzy best match, POSIX, reversed...: not `re`'s reading
        return (NOTHING_KNOWN,)
    return alternatives(source, flags=flags & _RE_FLAGS_READ, regex_module=True)


class RulePrefilter:
    """One literal index over a tuple of rules' requirements: `scan(line)` gives the positions of the rules worth trying."""

    def __init__(self, requirements: tuple[tuple[Requirement, ...], ...]):
        self.requirements = requirements
        self.index = LiteralIndex(requirements)

    def candidates(self, line: str) -> list[int]:
        return self.index.candidates(line)

    def scan(self, line: str) -> tuple[list[int], bool]:
        return self.index.scan(line)


_BY_PATTERNS: dict[tuple[int, ...], tuple[tuple, RulePrefilter]] = {}
_BY_REQUIREMENTS: dict[tuple[int, ...], RulePrefilter] = {}
_BY_RULE_TUPLE: dict[int, tuple[tuple, RulePrefilter]] = {}
_MAX_PREFILTERS = 64


def for_rules(rules) -> RulePrefilter:
    """The prefilter of these rules, built once per distinct set of patterns.

    Looked up first by the pattern objects (the shipped library's are the same for the life of the process),
    then by their requirements (a source's editor rules compiled anew for its next delivery read the same),
    so an Aho-Corasick automaton is built only for rules not seen before. Each entry holds the objects whose
    ids key it, so an id is never reused while it keys an entry.
    """
    if type(rules) is tuple:  # the same tuple of (frozen) rules as a moment ago: the shipped library, story after story
        known = _BY_RULE_TUPLE.get(id(rules))
        if known is not None and known[0] is rules:
            return known[1]
    found = _for_patterns(rules)
    if type(rules) is tuple:
        _remember(_BY_RULE_TUPLE, id(rules), (rules, found))
    return found


def _for_patterns(rules) -> RulePrefilter:
    patterns = tuple(rule.pattern for rule in rules)
    key = tuple(map(id, patterns))
    seen = _BY_PATTERNS.get(key)
    if seen is not None and all(a is b for a, b in zip(seen[0], patterns)):
        return seen[1]
    requirements = tuple(map(pattern_requirements, patterns))
    by_requirements = tuple(map(id, requirements))
    found = _BY_REQUIREMENTS.get(by_requirements)
    if found is None or any(a is not b for a, b in zip(found.requirements, requirements)):
        found = RulePrefilter(requirements)
        _remember(_BY_REQUIREMENTS, by_requirements, found)
    _remember(_BY_PATTERNS, key, (patterns, found))
    return found


def _remember(cache: dict, key: tuple, value) -> None:
    if key not in cache and len(cache) >= _MAX_PREFILTERS:
        cache.pop(next(iter(cache)))  # the oldest entry
    cache[key] = value
