"""What a line must hold before a signal's search pattern can find anything in it: derived from the pattern.

A signal that searches a line for one of many alternatives (the rights notice's eighty stems, the
relative time's twenty shapes) costs tens of microseconds a line in `re`: a case-insensitive
alternation has no literal prefix to skip ahead by, so every position of the line tries every
alternative. Almost no line holds any of them. So each pattern is read once (Python's own regex
parser) for what every match of each top-level alternative needs: literal strings of three
characters or more, and decimal digits. One Aho-Corasick pass over the line's case-folded text finds
the literals; an alternative whose needs are not all met cannot match anywhere in the line.

`SearchGate.search(text)` is then exactly `pattern.search(text)`, and `finditer` exactly
`pattern.finditer(text)`: a line that meets no alternative's needs returns no match without running
the pattern, and a line that meets some runs a pattern made of only those alternatives (one that
matches nowhere in a line changes nothing a search or finditer of the whole alternation finds
there). It is a necessary condition only; the match itself is always `re`'s.

Case folding is `re`'s own: a case-insensitive `re` pattern matches a character when their simple
lower-case forms are equal or in one of `re`'s extra case classes (dotless i and i, long s and s,
final and medial sigma...). `fold` maps a line to those classes' representatives, position by
position; a line holding U+0130 (whose lower-case form is two characters) is simply searched with the
whole pattern. tests/vocabulary/test_gates.py checks `fold` against `re` on every code point.
"""
from __future__ import annotations

import re
from re import _casefix
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser

import ahocorasick

_MIN_LITERAL = 3  # shorter literals are in nearly every line: not worth looking for...
_RARE = frozenset("@%/|#=+^~<>$()©®™€£·•")  # ...unless they hold a character copy seldom has ("©", "·")
_UNFOLDABLE = "\u0130"  # its lower-case form is two characters: positions would shift

# re's extra case classes ("i" and dotless "ı", "s" and long "ſ", "σ" and "ς"...), each to its smallest member.
_CANONICAL: dict[int, int] = {}
for _lower, _others in _casefix._EXTRA_CASES.items():
    _CANONICAL[_lower] = min(_lower, *_others)
_TO_CANONICAL = {code: canonical for code, canonical in _CANONICAL.items() if code != canonical}
assert all(code >= 128 for code in _TO_CANONICAL)  # an ASCII line folds by lower-casing alone
_NEEDS_CANONICAL = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TO_CANONICAL)) + "]")
_DIGIT = re.compile(r"\d")


def fold(text: str) -> str | None:
    """The line as `re`'s case-insensitive matching sees it, one character for one; None when that is not so."""
    if text.isascii():
        return text.lower()  # every class member that is not its class's representative lies outside ASCII
    if _UNFOLDABLE in text:
        return None
    lowered = text.lower()
    if _NEEDS_CANONICAL.search(lowered):
        lowered = lowered.translate(_TO_CANONICAL)
    return lowered


def fold_literal(text: str) -> str:
    """A pattern's literal as `fold` gives any line it matches case-insensitively (character by character)."""
    return "".join(chr(_CANONICAL.get(ord(c.lower()), ord(c.lower()))) if c != _UNFOLDABLE else "i" for c in text)


# A need is ("lit", folded string), ("digit",), ("all", needs), ("any", needs), or None: nothing known.
_NOTHING = None


def _all(needs: list) -> tuple | None:
    needs = [n for n in needs if n is not _NOTHING]
    if not needs:
        return _NOTHING
    return needs[0] if len(needs) == 1 else ("all", tuple(needs))


def _any(needs: list) -> tuple | None:
    if not needs or any(n is _NOTHING for n in needs):
        return _NOTHING
    return needs[0] if len(needs) == 1 else ("any", tuple(needs))


def _sequence(items: list) -> tuple | None:
    needs, run = [], []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if _worth(run):
            needs.append(("lit", fold_literal("".join(run))))
        run = []
        needs.append(_node(op, av))
    if _worth(run):
        needs.append(("lit", fold_literal("".join(run))))
    return _all(needs)


def _worth(run: list[str]) -> bool:
    return len(run) >= _MIN_LITERAL or not _RARE.isdisjoint(run) or len(run) == 2 and all(c >= _UNSPACED_FROM for c in run)


# From the CJK radicals on (Chinese, Japanese, Korean and beyond), scripts written without spaces, where a word of
# two characters ("评论", "댓글", "邮件") is as rare in a line of other copy as three letters of Latin script.
_UNSPACED_FROM = "\u2e80"


def _node(op, av) -> tuple | None:
    if op is C.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is C.BRANCH:
        return _any([_sequence(list(branch)) for branch in av[1]])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _sequence(list(av[2])) if av[0] >= 1 else _NOTHING
    if op is C.IN and list(av) == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
        return ("digit",)
    if op is C.IN and all(kind is C.LITERAL and chr(code) in _RARE for kind, code in av):
        return _any([("lit", fold_literal(chr(code))) for _, code in av])  # "[·•|]": one of a few rare marks
    return _NOTHING  # a class, any character, a zero-width assertion, a back-reference...: requires nothing known


DIGIT = "\x00digit"  # among a line's atoms: it holds a decimal digit (`\d`: of any script)


def _clauses(need) -> tuple[frozenset[str], ...]:
    """The need as clauses of atoms (literals, DIGIT), each of which the line must meet: a necessary condition.

    An "any" of several needs keeps one clause of each (the first): weaker than the need, never stronger."""
    if need is _NOTHING:
        return ()
    kind = need[0]
    if kind == "lit":
        return (frozenset({need[1]}),)
    if kind == "digit":
        return (frozenset({DIGIT}),)
    if kind == "all":
        return tuple(clause for sub in need[1] for clause in _clauses(sub))
    picked = [_clauses(sub) for sub in need[1]]
    if any(not clauses for clauses in picked):
        return ()
    return (frozenset().union(*(clauses[0] for clauses in picked)),)


_MAX_REMEMBERED = 4096  # atom sets remembered per gate (each maps to a shared pattern: a few bytes)
_MAX_SUBSETS = 64  # patterns of some alternatives compiled per gate: bounded memory whatever the lines hold
_MAX_SUBSET_SOURCE = 1000  # characters of a pattern of some alternatives compiled while lines are read


class SearchGate:
    """`pattern.search` and `pattern.finditer`, run only with the top-level alternatives a line can match."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.branches: tuple[str, ...] = ()  # the source of each top-level alternative, when the pattern is split
        self.clauses: tuple[tuple[frozenset[str], ...], ...] = ()  # per alternative (or one for the whole pattern)
        parsed = _parse(pattern)
        items = list(parsed) if parsed is not None else []
        if len(items) == 1 and items[0][0] is C.BRANCH:
            branches = items[0][1][1]
            self.clauses = tuple(_clauses(_sequence(list(branch))) for branch in branches)
            sources = _top_level_sources(pattern.pattern)
            if sources is not None and _same_branches(sources, branches, pattern.flags):
                self.branches = sources
        elif parsed is not None:
            sources = _top_level_sources(pattern.pattern)
            alternatives = _parse_each(sources, pattern.flags) if sources is not None and len(sources) > 1 else None
            if alternatives is not None:
                # The parser took out what the alternatives share (r"\bthis ...|\bce ..." parses as \b(?:this ...|ce ...)),
                # so its tree has no top-level alternatives: each alternative's source, read alone, still tells what it
                # needs, and "|".join of some of them is those alternatives (their flags are the pattern's).
                self.clauses = tuple(_clauses(_sequence(list(alternative))) for alternative in alternatives)
                self.branches = sources
            else:
                self.clauses = (_clauses(_sequence(items)),)
        # Gated only when every alternative needs something: otherwise some alternative may match any line.
        self._gated = bool(self.clauses) and all(self.clauses)
        literals = {atom for clauses in self.clauses for clause in clauses for atom in clause if atom != DIGIT}
        self._digits = any(DIGIT in clause for clauses in self.clauses for clause in clauses)
        self._automaton = _finder(literals) if self._gated and literals else None
        # What this gate's alternatives can need: a line's other atoms (another gate's, in a GateSet's) change nothing.
        self._needs = frozenset(literals) | ({DIGIT} if self._digits else frozenset())
        self._by_atoms: dict[frozenset[str], re.Pattern | None] = {}  # the line's atoms this gate needs -> the pattern
        self._by_open: dict[tuple[int, ...], re.Pattern] = {}  # the alternatives left open -> their pattern, compiled once
        # Each alternative alone, compiled here, once: most lines leave one open, and compiling one of a big alternation
        # (the rights notice's 282 stems) on first meeting such a line took milliseconds of a worker's first stories.
        self._alone: tuple[re.Pattern, ...] = ()
        if self._gated and 1 < len(self.branches) <= _MAX_SUBSETS:
            self._alone = tuple(re.compile(branch, pattern.flags) for branch in self.branches)

    @property
    def literals(self) -> frozenset[str]:
        return self._automaton.literals if self._automaton is not None else frozenset()

    @property
    def needs(self) -> frozenset[str]:
        """Every atom one of this gate's alternatives needs: a gated search finds nothing in a line holding none."""
        return self._needs

    @property
    def gated(self) -> bool:
        """Whether a line holding no atoms can match nowhere (every alternative needs one)."""
        return self._gated

    @property
    def uses_digits(self) -> bool:
        return self._digits

    def atoms(self, text: str, folded: str | None | bool = False) -> frozenset[str] | None:
        """This gate's literals found in the folded line, and DIGIT when it holds a digit; None when not known."""
        return _atoms(self._automaton, self._digits, text, folded)

    def pattern_for(self, atoms: frozenset[str] | None) -> re.Pattern | None:
        """The pattern to run on a line holding `atoms` (a superset of this gate's atoms the line holds, as a
        GateSet finds; None when not known): only the alternatives it can match, or None when none can."""
        if not self._gated or atoms is None:
            return self.pattern
        if self._needs.isdisjoint(atoms):
            return None  # every alternative needs at least one of this gate's atoms
        # Remembered by the atoms this gate needs, not all the line's: a GateSet's lines differ mostly in the atoms
        # of other gates, which would make each line a new key and work out the open alternatives again.
        atoms = atoms & self._needs
        try:
            return self._by_atoms[atoms]
        except KeyError:
            pass
        open_ = tuple(index for index, clauses in enumerate(self.clauses)
                      if all(not clause.isdisjoint(atoms) for clause in clauses))
        if not open_:
            found = None
        elif not self.branches or len(open_) == len(self.clauses):
            found = self.pattern
        elif len(open_) == 1 and self._alone:
            found = self._alone[open_[0]]
        else:
            found = self._by_open.get(open_)
            if found is None:
                source = "|".join(self.branches[i] for i in open_)
                if len(self._by_open) >= _MAX_SUBSETS or len(source) > _MAX_SUBSET_SOURCE:
                    # odd lines meeting ever new alternatives, or a long alternation among those open (compiling the
                    # rights notice's stems again with one more alternative takes 17 ms): the whole pattern, as before
                    found = self.pattern
                else:
                    found = self._by_open[open_] = re.compile(source, self.pattern.flags)
        if len(self._by_atoms) >= _MAX_REMEMBERED:
            self._by_atoms.clear()
        self._by_atoms[atoms] = found
        return found

    def search(self, text: str, folded: str | None | bool = False) -> re.Match | None:
        """`pattern.search(text)`; `folded` is `fold(text)` when the caller has it already."""
        return self.search_holding(text, self.atoms(text, folded) if self._gated else None)

    def finditer(self, text: str, folded: str | None | bool = False):
        """`pattern.finditer(text)`; `folded` is `fold(text)` when the caller has it already."""
        return self.finditer_holding(text, self.atoms(text, folded) if self._gated else None)

    def may_match(self, atoms: frozenset[str] | None) -> bool:
        """Whether a line holding `atoms` (GateSet.atoms; None when not known) may hold a match: when not, every
        `*_holding` call finds nothing in it without running the pattern."""
        return not (self._gated and atoms is not None and self._needs.isdisjoint(atoms))

    def search_holding(self, text: str, atoms: frozenset[str] | None) -> re.Match | None:
        """`pattern.search(text)`, for a line holding `atoms` (GateSet.atoms)."""
        if self._gated and atoms is not None and self._needs.isdisjoint(atoms):
            return None  # `not may_match(atoms)`, inline: most lines meet no alternative's needs
        pattern = self.pattern_for(atoms)
        return pattern.search(text) if pattern is not None else None

    def finditer_holding(self, text: str, atoms: frozenset[str] | None):
        """`pattern.finditer(text)`, for a line holding `atoms` (GateSet.atoms)."""
        pattern = self.pattern_for(atoms)
        return pattern.finditer(text) if pattern is not None else iter(())


_NO_ATOMS: frozenset[str] = frozenset()


def _atoms(automaton, digits: bool, text: str, folded: str | None | bool) -> frozenset[str] | None:
    if folded is False:
        folded = fold(text)
    if folded is None:
        return None
    found = automaton.found(folded) if automaton is not None else set()
    if digits and _DIGIT.search(text):
        found.add(DIGIT)
    return frozenset(found) if found else _NO_ATOMS


# Up to this many literals, `in` (CPython's fast substring search, in C) finds them in a line sooner than an
# Aho-Corasick pass: the automaton walks the line character by character in its own loop, about 20 ns a character
# (3 us for a paragraph) whatever it finds, where a literal absent from a paragraph costs `in` a tenth of a microsecond.
_FEW_LITERALS = 12


class _Few:
    """A handful of literals, looked for one by one with `in`."""

    __slots__ = ("literals", "_order")

    def __init__(self, literals: frozenset[str]):
        self.literals = literals
        self._order = tuple(sorted(literals))

    def found(self, folded: str) -> set[str]:
        return {literal for literal in self._order if literal in folded}


class _Many:
    """Many literals, found in one Aho-Corasick pass."""

    __slots__ = ("literals", "_automaton")

    def __init__(self, literals: frozenset[str]):
        self.literals = literals
        automaton = ahocorasick.Automaton()
        for literal in literals:
            automaton.add_word(literal, literal)
        automaton.make_automaton()
        self._automaton = automaton

    def found(self, folded: str) -> set[str]:
        return {literal for _, literal in self._automaton.iter(folded)}


def _finder(literals) -> _Few | _Many:
    """What finds these literals in a folded line: the same set either way, by the cheaper means for their number."""
    literals = frozenset(literals)
    return _Few(literals) if len(literals) <= _FEW_LITERALS else _Many(literals)


class GateSet:
    """Several gates' literals found in a line in one Aho-Corasick pass: the atoms each gate's `*_holding` reads."""

    def __init__(self, *gates: SearchGate):
        literals = frozenset().union(*(gate.literals for gate in gates))
        self._digits = any(gate.uses_digits for gate in gates)
        self._automaton = _finder(literals) if literals else None

    @property
    def literals(self) -> frozenset[str]:
        return self._automaton.literals if self._automaton is not None else frozenset()

    def atoms(self, text: str, folded: str | None | bool = False) -> frozenset[str] | None:
        """Every gate's literals found in the folded line, and DIGIT when it holds a digit; None when not known."""
        return _atoms(self._automaton, self._digits, text, folded)


def _parse(pattern: re.Pattern):
    """The parsed pattern, or None when the gate should not read it (bytes, flags that change what a literal is)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.VERBOSE | re.LOCALE | re.ASCII):
        return None
    try:
        return _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError, OverflowError):  # pragma: no cover - the pattern compiled once already
        return None


def _parse_each(sources: tuple[str, ...], flags: int) -> list | None:
    """Each alternative's source parsed alone, or None when one does not parse so (a reference to another's group)."""
    try:
        return [list(_parser.parse(source, flags)) for source in sources]
    except (re.error, RecursionError, OverflowError):
        return None


def _same_branches(sources: tuple[str, ...], branches, flags: int) -> bool:
    """Whether each source parses to its alternative (so "|".join of some is those alternatives, in order)."""
    if len(sources) != len(branches):
        return False
    try:
        return all(repr(list(_parser.parse(source, flags))) == repr(list(branch)) for source, branch in zip(sources, branches))
    except (re.error, RecursionError, OverflowError):
        return False


def _outside_classes(source: str, start: int = 0):
    """(index, character, depth after it) for each character of a pattern's source outside a character class and
    not escaped, from `start`; depth counts the open parentheses. Ends with (len(source), "", -1) when the source
    ends inside a class, so a caller can tell an unfinished one."""
    depth, index, in_class = 0, start, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[index + 1:index + 2] == "^":
                index += 1
            if source[index + 1:index + 2] == "]":
                index += 1
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth
        index += 1
    if in_class:
        yield len(source), "", -1


def _top_level_sources(source: str) -> tuple[str, ...] | None:
    """The source text of each top-level alternative of `(?:A|B|...)` or `A|B|...`, or None when not plainly split."""
    body = source
    if body.startswith("(?:") and body.endswith(")") and _closing(body, 0) == len(body) - 1:
        body = body[3:-1]
    parts, start, depth = [], 0, 0
    for index, char, depth in _outside_classes(body):
        if char == "|" and depth == 0:
            parts.append(body[start:index])
            start = index + 1
    parts.append(body[start:])
    return tuple(parts) if depth == 0 else None


def _closing(source: str, opening: int) -> int:
    """The index of the parenthesis closing the one at `opening` (-1 when unbalanced)."""
    for index, char, depth in _outside_classes(source, opening):
        if char == ")" and depth == 0:
            return index
    return -1
