"""trafilatura's own extraction and metadata functions, run with its XPath expressions evaluated faster (same results).

About two fifths of a page's time in the product went to trafilatura's XPath prunes and readers (cProfile and
timing every expression over the development set's 91 pages: `OVERALL_DISCARD_XPATH` alone a sixth). Two things
make them slow, neither part of what they select:

- a `re:test(@class, '...')` is a call into Python for *every* element the step before it lets through, with or
  without the attribute: an element without it hands the pattern "" (lxml's EXSLT reads an empty node-set as "");
- lxml hands the attribute's value to that call as a "smart string", which carries its element: one Python
  element object made per call (the element class lookup, the proxy), only for the value to be searched.

So each expression is compiled again from its own text (`XPath.path`), with `smart_strings=False`, and each
`re:test(@a|@b, 'pattern')` guarded by `(@a|@b) and ...` wherever the pattern cannot match "" (where it can, the
call is left as it is): an element without the attribute gave "" to a pattern that finds nothing in "", so the guard
gives the same false without the call. The call that remains is not EXSLT's `re:test` but a function of the
product's own for that one pattern (`rewritten`): EXSLT's is handed the pattern on every call, made a Python string
again each time (seventy alternatives for one class test) and looked up among the compiled ones, and searches it
anew for each element although a page repeats its classes; the pattern's own function takes the value only and
searches each distinct value once. (Writing a pattern of plain words as XPath's own `contains()` tests
instead, with no call at all, measured slower: each reads the attribute again, and one class pattern has seventy
words.) Every expression of trafilatura's lists selects the same elements, in the same order, on every page of the
corpus and the development set (tests/parse/test_extractor_xpaths.py), and the product's
body and metadata come out the same (tests/parse/test_html.py compares the body with `bare_extraction`'s).

The faster lists reach trafilatura's code without changing trafilatura: the functions that name the lists
(`trafilatura_sequence`, `compare_extraction`, `prune_unwanted_sections`, `extract_author`...) are made again from
their own code objects over a copy of their module's namespace in which the lists are the faster ones (and the
module's other functions are those copies, so a call from one to another stays on the faster side). trafilatura
itself, and any other caller of it in the process, keeps its own lists. trafilatura is pinned (2.3.1): a new
version's lists are compiled again the same way, and the tests above say whether they still select the same.
In the sequence's namespace `_extract_and_compare` is the product's (`_extract_and_compare_owning`: one copy of the
page fewer in precision mode).
"""
from __future__ import annotations

import re
import types

from lxml.etree import XPath

_REGEXP_NS = "http://exslt.org/regular-expressions"
# An EXSLT regular-expression test on attributes only: `re:test(@id|@class, 'pattern')` (trafilatura's patterns hold
# no quote).
_ATTRIBUTE_TEST = re.compile(r"re:test\(\s*(@[\w-]+(?:\s*\|\s*@[\w-]+)*)\s*,\s*'([^']*)'\s*\)")


def guarded(path: str) -> str:
    """The expression with each attribute `re:test` behind a test that the attribute is there, where the pattern
    finds nothing in "" (what an absent attribute gives it)."""

    def guard(match: re.Match) -> str:
        attributes, pattern = match.group(1), match.group(2)
        if re.search(pattern, "") is not None:
            return match.group(0)
        return f"(({attributes}) and {match.group(0)})"

    return _ATTRIBUTE_TEST.sub(guard, path)


# The product's own XPath functions, one per attribute pattern of trafilatura's lists (see `rewritten`).
_TESTS_NS = "urn:newsroom:extractor-attribute-tests"
_TESTS: dict[str, tuple[str, object]] = {}  # pattern -> (function name, function)
# A pattern's verdicts are forgotten all at once past this many values (a long-lived worker meets many sites).
_REMEMBERED_VALUES = 50_000


def _attribute_test(pattern: str):
    """`re:test(<attributes>, pattern)` as lxml's EXSLT evaluates it (`_ExsltRegExp.test`: the node-set read as its
    first node's value, "" when empty; the pattern searched with `re`, no flags), with each value searched once:
    a page repeats its classes ("menu-item", "col-md-6"), and so do the pages of one site."""
    compiled = re.compile(pattern)
    verdicts: dict[str, bool] = {}

    def test(context, values):
        if values.__class__ is list and (not values or values[0].__class__ is str):
            value = values[0] if values else ""
        else:  # not what an attribute node-set with smart_strings=False gives: read as EXSLT reads it
            value = _as_string(values)
        found = verdicts.get(value)
        if found is None:
            if len(verdicts) >= _REMEMBERED_VALUES:
                verdicts.clear()
            found = verdicts[value] = compiled.search(value) is not None
        return found

    return test


def _as_string(value) -> str:
    if isinstance(value, list):
        if not value:
            return ""
        value = value[0]
        if not isinstance(value, str) and hasattr(value, "xpath"):
            return value.xpath("string()")  # an element: its text, as libxml2 gives a node's content
    return value if isinstance(value, str) else str(value)


def rewritten(path: str) -> tuple[str, dict]:
    """`guarded(path)` with each attribute `re:test(@a|@b, 'pattern')` a call of the product's own function for that
    pattern (`_attribute_test`), and the functions the expression calls. Passing the pattern to EXSLT's `re:test`
    costs, on each call, the pattern made a Python string again (seventy alternatives for one class test) and a
    lookup of its compiled form; the pattern's own function takes the attribute's value only."""
    used: dict = {}

    def call(match: re.Match) -> str:
        attributes, pattern = match.group(1), match.group(2)
        if pattern not in _TESTS:
            _TESTS[pattern] = (f"t{len(_TESTS)}", _attribute_test(pattern))
        name, function = _TESTS[pattern]
        used[(_TESTS_NS, name)] = function
        return f"t:{name}({attributes})"

    return _ATTRIBUTE_TEST.sub(call, guarded(path)), used


# A `//` step outside a quoted literal, followed by a name test ("//a[@href]", ".//*[...]", "|//author").
_ABBREVIATED_DESCENDANT = re.compile(r"(?<![/:])//(?=[\w*])")
# A predicate that counts (`[1]`, `position()`, `last()`): there `//x[1]` (each parent's first x) is not
# `/descendant::x[1]` (the first x of all).
_COUNTING = re.compile(r"\[\s*\d|position\(\)|last\(\)")


def descendant_steps(path: str) -> str:
    """`path` with each `//name` written `/descendant::name` where no predicate of the expression counts.

    `a//b[p]` is `a/descendant-or-self::node()/child::b[p]`, which selects the same nodes as `a/descendant::b[p]`
    when `p` does not count positions; libxml2 evaluates the second form in one walk, where the first ran a child
    step from every node of the subtree (for `//div[...]//a[@href]`, from every node under every selected div:
    `TAGS_XPATHS`' last two 0.076 -> 0.030 and 0.065 -> 0.042 s per 91 pages)."""
    if _COUNTING.search(path):
        return path
    parts = path.split("'")  # trafilatura's literals are single-quoted and hold no quote
    return "'".join(_ABBREVIATED_DESCENDANT.sub("/descendant::", part) if index % 2 == 0 else part
                    for index, part in enumerate(parts))


def faster(expression: XPath) -> XPath:
    """The same selection as `expression` (trafilatura's, built with its EXSLT namespace), evaluated faster."""
    path, functions = rewritten(expression.path)
    path = descendant_steps(path)
    return XPath(path, namespaces={"re": _REGEXP_NS, "t": _TESTS_NS}, smart_strings=False, extensions=functions)


def _xpath_lists(module: types.ModuleType) -> dict[str, list[XPath]]:
    return {name: value for name, value in vars(module).items()
            if isinstance(value, list) and value and all(isinstance(entry, XPath) for entry in value)}


def _faster_lists() -> dict[str, list[XPath]]:
    from trafilatura import xpaths

    return {name: [faster(expression) for expression in expressions] for name, expressions in _xpath_lists(xpaths).items()}


def _with_namespace(module: types.ModuleType, replaced: dict[str, object]) -> dict[str, object]:
    """A copy of `module`'s namespace with `replaced` in it, and each function the module defines made again over that
    copy (so it reads the replaced names, and calls the module's other functions' copies)."""
    namespace = dict(vars(module))
    namespace.update(replaced)
    for name, value in vars(module).items():
        if isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
            copy = types.FunctionType(value.__code__, namespace, value.__name__, value.__defaults__, value.__closure__)
            copy.__kwdefaults__ = value.__kwdefaults__
            copy.__doc__ = value.__doc__
            namespace[name] = copy
    return namespace


def _build() -> tuple[dict, dict, dict, dict]:
    from trafilatura import core, external, main_extractor, metadata

    lists = _faster_lists()

    def named_in(module: types.ModuleType) -> dict[str, object]:
        return {name: value for name, value in lists.items() if name in vars(module)}

    main = _with_namespace(main_extractor, named_in(main_extractor))
    other = _with_namespace(external, named_in(external))
    sequence = _with_namespace(core, {**named_in(core), "extract_content": main["extract_content"],
                                      "extract_comments": main["extract_comments"],
                                      "compare_extraction": other["compare_extraction"]})
    sequence["_extract_and_compare"] = _extract_and_compare_owning(sequence)
    return sequence, main, other, _with_namespace(metadata, named_in(metadata))


def _extract_and_compare_owning(sequence: dict):
    """trafilatura 2.3.1's `core._extract_and_compare`, less one copy of the page where nothing reads the page after it.

    trafilatura's copies the (raw-pruned) tree it hands `compare_extraction`, which prunes it and runs readability
    on it. In `trafilatura_sequence` with focus "precision" (the product's `favor_precision`) nothing reads that
    tree after this step (the baseline rescue and the recall retry run only for the other focuses), and the tree
    is the sequence's own: the product hands it a copy of its page (`html._extracted_body`), which the sequence
    prunes in place before this step. So it is handed over as it is, a copy of the whole page less per page (about
    a twelfth of the extraction's own time). Any other focus (the recall retry included) copies, as trafilatura
    does."""
    extract_content, compare_extraction = sequence["extract_content"], sequence["compare_extraction"]
    copy = sequence["copy"]

    def _extract_and_compare(cleaned_tree, cleaned_tree_backup, tree, options):
        postbody, temp_text = extract_content(cleaned_tree, options)
        if not options.fast:
            raw_tree = tree if options.focus == "precision" else copy(tree)
            postbody, temp_text = compare_extraction(cleaned_tree_backup, raw_tree, postbody, temp_text, options)
        return postbody, temp_text

    return _extract_and_compare


_SEQUENCE, _MAIN, _EXTERNAL, _METADATA = _build()

# trafilatura 2.3.1's functions, each running with the faster lists.
trafilatura_sequence = _SEQUENCE["trafilatura_sequence"]
extract_title = _METADATA["extract_title"]
extract_author = _METADATA["extract_author"]
AUTHOR_XPATHS = _METADATA["AUTHOR_XPATHS"]  # the faster list (page_metadata.author_of reads the page with it)
extract_catstags = _METADATA["extract_catstags"]
