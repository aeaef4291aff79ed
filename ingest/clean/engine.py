"""Step 2: remove whole boilerplate lines and blocks from a parsed item, recording each removal.

A rule matches a whole normalized line or nothing; the story's own sentences
are never edited, only whole lines (paragraphs, headings, list items, list
titles) removed. A line that opens a link section ("Related stories") takes
the list right after it along, piece by piece, so each piece can be restored.

Editor-written regular expressions run on the `regex` engine with a time
bound: a pattern that backtracks catastrophically on some line simply does
not match that line (and the line is flagged) instead of stalling a worker.

Web-corpus heuristics (jusText / C4 style: short lines without a sentence
end, link-dense lines, lines mentioning cookies or JavaScript) would delete
about a fifth of real article text, so they only *flag* lines for an editor.

A line the boilerplate model doubts is removed only by its company: between
removals, right beside a rule's removal as a widget's short button, closing
the item after furniture a rule named, or naming the item's own outlet.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import regex

from ingest.items import HEADING, LIST, PARAGRAPH, Block, CleanedItem, ParsedItem, Removal
from ingest.vocabulary.gates import fold
from ingest.vocabulary.senders import links_to_sender, sender_domain, web_view_domain
from ingest.vocabulary.signals import collapsed, line_signals
from ingest.vocabulary.words import (
    ABOUT_THE_ISSUER, BACK_MATTER_LABEL, DESK_NOTES_HEADING, LABEL_COLONS, LEADING_ARTICLE, PHOTO_CREDIT_LABEL, PLATFORM_BRANDS,
)
from ingest.vocabulary.agencies import abbreviates, agency_name
from ingest.vocabulary.bylines import ENGLISH_SMALL_WORDS
from ingest.vocabulary.datelines import BRACKETED_CODE, parse_dateline

from . import prefilter, scoring
from .budget import StoryBudget
from .labels import (
    CONTROL_LABELS, LABEL_BEFORE_COLON, RELATED_HEADING, SECTION_LABELS, is_agency_materials_notice,
    is_emphasised_related_line, is_related_heading, is_unlisted_related_line, label_rule, names_materials,
)
from .library import SECTION_OPENERS, SHIPPED_RULES
from .threads import comment_thread_span

# Trailing link decorations: "Read more »", "Subscribe here →", "(link)", a bare URL, and the
# ", opens new tab" a screen-reader label leaves after each link in text copied from a news site.
_TRAILING_DECORATION = re.compile(
    r"(?:[\s»›→>|]+|\s*\((?:link|here|opens in (?:a )?new (?:tab|window))\)|\s*,?\s*\bopens (?:in )?(?:a )?new (?:tab|window)"
    r"|\s*<?https?://\S+>?|\s*\bwww\.\S+)$",
    re.IGNORECASE,
)
_OUTER_PUNCTUATION = " \t.!?:;,-–—*•·|»«›‹→←\"'“”‘’[](){}#…"
_NEVER = regex.compile(r"(?!)")
logger = logging.getLogger("ingest.clean")
_MAX_DECORATIONS, _TAIL = 20, 300
EDITOR_RULE_TIMEOUT = 0.05  # seconds per line for an editor's regular expression


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: object  # a compiled `re` (shipped) or `regex` (editor) pattern
    rule_id: int | None = None  # BoilerplateRule pk for editor rules
    timeout: float | None = None  # set for editor regexes: bounded run time per line
    timed_out: list = field(default_factory=list, compare=False, hash=False, repr=False)
    budget: StoryBudget | None = field(default=None, compare=False, hash=False, repr=False)  # per story, see budget.py

    def matches(self, normalized_line: str) -> bool:
        if self.timeout is None:
            return bool(self.pattern.fullmatch(normalized_line))
        try:
            if self.budget is not None:
                return bool(self.budget.fullmatch(self.pattern, normalized_line, self.timeout))
            return bool(self.pattern.fullmatch(normalized_line, timeout=self.timeout))
        except TimeoutError:
            self.timed_out.append(normalized_line)
            return False

    def matches_line(self, line: str) -> bool:
        normalized = normalize_line(line)
        return bool(normalized) and self.matches(normalized)


def compile_rule(
    name: str, pattern: str, *, is_regex: bool = True, rule_id: int | None = None, story_budget: float | None = None
) -> Rule:
    """An editor's rule: a phrase (matched as a whole normalized line) or a time-bounded regex."""
    if not is_regex:
        return Rule(name=name, pattern=regex.compile(regex.escape(normalize_line(pattern)), regex.IGNORECASE), rule_id=rule_id)
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE | regex.V0)
    except regex.error as exc:
        # A rule saved around the admin's check must not fail every delivery of its source: it matches nothing.
        logger.warning("boilerplate rule %s is not a valid regular expression (%s); it is skipped", name, exc)
        compiled = _NEVER
    budget = StoryBudget(story_budget) if story_budget is not None else StoryBudget()
    return Rule(name=name, pattern=compiled, rule_id=rule_id, timeout=EDITOR_RULE_TIMEOUT, budget=budget)


def _shipped(name: str, pattern: str) -> Rule:
    return Rule(name=f"library:{name}", pattern=re.compile(pattern, re.IGNORECASE))


SHIPPED = tuple(_shipped(name, pattern) for name, pattern in SHIPPED_RULES)
# The library's categories, in the library's order: what the rules page lists and a source may switch off.
LIBRARY_CATEGORIES = tuple(dict.fromkeys(name for name, _ in SHIPPED_RULES))


def rule_category(rule: Rule) -> str:
    """The shipped library category a rule belongs to ("newsletter-nag"), or "" for an editor's rule."""
    return rule.name.removeprefix("library:") if rule.name.startswith("library:") else ""


def normalize_line(line: str) -> str:
    """Lower-case, collapse whitespace, drop outer punctuation and trailing links or arrows."""
    text = collapsed(line).lower()  # " ".join(line.split()), remembered: the line's label and signals read it too
    for _ in range(_MAX_DECORATIONS):  # bounded: a line of a thousand URLs must not cost seconds
        if _may_end_in_decoration(text[-_TAIL:]):
            stripped = (text[:-_TAIL] + _TRAILING_DECORATION.sub("", text[-_TAIL:])).strip(_OUTER_PUNCTUATION)
        else:
            stripped = text.strip(_OUTER_PUNCTUATION)  # nothing to take off the tail: no copy of the line made
        if stripped == text:
            break
        text = stripped
    return text


def _may_end_in_decoration(tail: str) -> bool:
    """Whether `_TRAILING_DECORATION` can match at all. Each of its choices ends in a mark or a space, or in "link)",
    "here)", "tab)", "window)", "tab" or "window" (as `re` folds case: a dotless "ı" is an "i" to it), or its last run
    of non-space characters holds a link ("http" and "://", or "www."). Most lines end in a word and a stop, and are
    spared the search (about 70 us a line: the pattern is tried at each position of the tail)."""
    if not tail:
        return False
    last = tail[-1]
    if last in _DECORATION_MARKS or last.isspace():
        return True
    end = tail[-_LONGEST_DECORATION_WORD:]
    folded = end if end.isascii() else fold(end)
    if folded is None or folded.endswith(_DECORATION_WORDS):
        return True
    run = tail.rsplit(None, 1)[-1]
    return "www." in run or "://" in run and "http" in run


_DECORATION_MARKS = frozenset("»›→>|")
_DECORATION_WORDS = ("link)", "here)", "tab)", "window)", "tab", "window")
_LONGEST_DECORATION_WORD = max(map(len, _DECORATION_WORDS))


# A short label and a link, nothing else: "AP sports: https://apnews.com/sports". A bare link stays:
# in a blog or a report it is often the source the copy cites.
_LINK_ONLY = re.compile(r"[\w'’&.,-]+(?: [\w'’&.,-]+){0,5}:\s*<?(?:https?://|www\.)\S+>?", re.IGNORECASE)
LINK_LINE = Rule(name="library:link-line", pattern=re.compile(r"(?!)"))
# The marks agencies and press releases close copy with: "###", "-30-", "-0-", "(END)", "==Kyodo". Read before
# normalizing, which would strip them to nothing.
# "###", "-30-", "(END)", "ENDS", "== desk", Xinhua's "Enditem" with its editor's initials ("Enditem/kb"), and the
# teleprinter's end of message, "NNNN".
_END_MARKER = re.compile(r"#(\s?#){2,}|-+\s?(30|0)\s?-+|\(?(end|ends)\)?|={2}\s?\w[\w .-]{0,30}|enditem(\s?/\s?[a-z]{1,4})?"
                         r"|nnnn", re.IGNORECASE)
END_MARKER = Rule(name="library:end-marker", pattern=re.compile(r"(?!)"))
_END_MARKER_FIRST = frozenset("#-(eE=nN")  # what a whole-line match of _END_MARKER begins with (tests/clean/test_engine.py)
# The end in a language no list holds, as agencies and press offices set it: one word in capitals between dashes
# ("-- MŨTHIA --", Kikuyu; "-FELA-", Setswana). A word in lower case there is a separator's caption, not a mark; and
# only after copy (`clean`): a CMS export marks where its body begins the same way ("--- BODY ---", "--- CORPS ---").
_DASHED_END_WORD = re.compile(r"-{1,3} ?(?P<word>[^\W\d_]{2,15}) ?-{1,3}")
DASHED_END_MARKER = Rule(name="library:end-marker", pattern=re.compile(r"(?!)"))
# The same mark as a press office sets it closing a release, in any case and up to four words, between hyphens or
# dashes: "— ends —", "— close of release —", "— FIN —", "-- FIN DE L’EXPORTACION --", "— انتهى البلاغ —". Over the
# blind rounds' answers, 29 lines of this shape are boilerplate (end marks and advertisement labels) and none is copy.
# It is read only where no rule of the library took the line (an advertisement label keeps its own rule), only after
# copy, and only where it closes the copy: no paragraph of narrative after it, unless a labelled line right after it
# opens the release's back matter (`clean`). AFP sets its subheads so ("- Exemptions for news -") and a CMS export its
# sections with three hyphens ("--- Infobox ---", "--- Ende Fließtext ---"), which writers list as neither.
# "- more -" says a page follows, not the end.
_MARK_WORD = r"[^\W\d_]+(?:[’'][^\W\d_]+)*"
_DASHED_CLOSING_MARK = re.compile(rf"(?:--?|[–—]{{1,2}}) ?(?P<words>{_MARK_WORD}(?: {_MARK_WORD}){{0,3}}) ?(?:--?|[–—]{{1,2}})")
_NOT_AN_END = frozenset({"more", "mehr", "plus", "suite", "sigue", "segue", "continua", "continued"})

# Sentence breaks inside a normalized (lower-cased) line, and the middle dots that join UI labels
# ("Advertisement · Scroll to continue"); a bar joins copy too ("29 November 2018 | 20 January 2019").
# r"(?<=[.!?])\s+|\s+[·•]\s+" as it reads a normalized line, whose whitespace is single spaces (normalize_line collapses
# it): each break is one space, so the pattern opens with it, a literal `re` skips ahead to, instead of a look-behind
# tried at every position (a fifth of the time; tests/clean/test_engine.py compares the two on every corpus line).
_SENTENCES = re.compile(r" (?:(?<=[.!?] )|[·•] )")
_MAX_CHAINED = 4


def match_line(line: str, rules: tuple[Rule, ...] | list[Rule], candidates: prefilter.RulePrefilter | None = None) -> Rule | None:
    """The rule that matches the whole line, or None.

    A line may also be several nags run together ("You've reached your limit
    of free articles. Subscribe now."): it matches when *every* sentence in
    it does, so a story sentence beside a nag keeps the whole line.

    Rules are tried in order, but only those whose required literals and length the line has
    (`prefilter`): the first that matches is the one trying each in turn would find.
    `candidates` is the rules' prefilter when the caller already has it (once per story).
    """
    candidates = candidates or prefilter.for_rules(rules)
    if len(line) < 300:
        # Each needs a character a line of copy seldom has where it would: a colon anywhere, or one of a few first
        # marks; and only the library's rules bring them (whether these rules hold it is asked only then).
        stripped = line.strip()
        if ":" in line and _has_library(rules) and _LINK_ONLY.fullmatch(stripped):
            return LINK_LINE
        if stripped[:1] in _END_MARKER_FIRST and _has_library(rules) and _END_MARKER.fullmatch(stripped):
            return END_MARKER
        if stripped[:1] == "-" and (dashed := _DASHED_END_WORD.fullmatch(stripped)) and dashed["word"].isupper() \
                and _has_library(rules):
            return DASHED_END_MARKER
    normalized = normalize_line(line)
    if not normalized:
        return None
    positions, may_begin = candidates.scan(normalized)
    for position in positions:  # most lines have none (a loop, not a generator to set up for each)
        if rules[position].matches(normalized):
            return rules[position]
    if not may_begin:
        return None  # no rule can match the line's first sentence either: no chain of nags to look for
    sentences = _SENTENCES.split(normalized, maxsplit=_MAX_CHAINED)  # one part more than allowed says "too many"
    if not 2 <= len(sentences) <= _MAX_CHAINED:
        return None
    first = None
    for sentence in sentences:
        sentence = normalize_line(sentence)
        found = _first_rule(sentence, rules, candidates) if sentence else None
        if found is None:
            return None
        first = first or found
    return first


def _first_rule(normalized: str, rules, candidates: prefilter.RulePrefilter) -> Rule | None:
    for position in candidates.candidates(normalized):
        if rules[position].matches(normalized):
            return rules[position]
    return None


def _has_library(rules) -> bool:
    return any(r.name.startswith("library:") for r in rules)


def _opens_section(rule: Rule, line: str) -> bool:
    """ "Related stories" / "More from Reuters:" alone on a line heads a block of links."""
    return rule.name.removeprefix("library:") in SECTION_OPENERS and len(line.split()) <= 8 and ":" not in line.rstrip(":")


_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\"”’]? [A-Z]")
_WHOLE_LINK = re.compile(r"\s*<a\b[^>]*>[^<]*</a>\s*", re.IGNORECASE)


def _is_link_list(block: Block) -> bool:
    """A list of headlines: short items, none of them running sentences of copy."""
    return block.kind == LIST and bool(block.items) and all(
        len(entry.split()) <= 20 and not _SENTENCE_BREAK.search(entry) for entry in block.items
    )


def _is_link_line(block: Block) -> bool:
    """A paragraph that is nothing but one link: a headline in a "Related" block."""
    return block.kind == PARAGRAPH and bool(block.html) and bool(_WHOLE_LINK.fullmatch(block.html)) and len(block.text.split()) <= 20


_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _is_labelled_link(block: Block) -> bool:
    """A label of a few words and a colon, then one link holding the rest: "Irakurri ere: <a>Barakaldon ...</a>",
    "مۇناسىۋەتلىك خەۋەر: <a>...</a>", or the whole line one link ("<a>Ñawinchay kaytapas: Qhapaq Ñan ...</a>"). A
    page's pointer to another of its stories, whatever language labels it: copy that links a name or a report links
    within a sentence, not after a label ("Additional reporting by <a>Joseph Hudak</a>", "Get started with <a>2B
    Mindset</a> here." stay; on the blind rounds and the corpus, every such line is boilerplate)."""
    if block.kind != PARAGRAPH or "<a" not in block.html:
        return False
    text = " ".join(block.text.split())
    shape = LABEL_BEFORE_COLON.match(text)
    if not shape or not 1 <= len(shape["label"].split()) <= 4 or not 2 <= len(shape["rest"].split()) <= 20:
        return False
    links = _LINK.findall(block.html)
    if len(links) != 1:
        return False
    linked = " ".join(_TAG.sub("", links[0]).split())
    outside = " ".join(_TAG.sub("", _LINK.sub(" ", block.html)).split())
    return linked == text and not outside or linked == shape["rest"] and outside.rstrip(LABEL_COLONS + " ") == shape["label"]


_WHOLLY_EMPHASISED = re.compile(r"\s*<(strong|b|em|i)>(?:(?!<\1>).)*</\1>\s*", re.IGNORECASE | re.DOTALL)


def _is_unlisted_related_line(block: Block, index: int) -> bool:
    """A "read also" line whose label no list holds (labels.is_unlisted_related_line), or one the page sets off in
    bold or italics whole (labels.is_emphasised_related_line). Not the first block: a label and a title there are the
    story's own kicker and headline, read by the parser."""
    if block.kind != PARAGRAPH or index == 0:
        return False
    text = " ".join(block.text.split())
    if is_unlisted_related_line(text):
        return True
    return bool(block.html) and bool(_WHOLLY_EMPHASISED.fullmatch(block.html)) and is_emphasised_related_line(text)


_HREF = re.compile(r'href="([^"]+)"')


def _links_the_item_itself(block: Block, index: int, item: ParsedItem) -> bool:
    """A feed's own footer under the copy, in any language: one of the last two blocks, short, linking to the item's
    own address ("The post <a href=item>...</a> appeared first on <a href=site>...</a>", "Disfala stori <a
    href=item>...</a> hem fes kamap long ...", Pijin). Copy does not link to the page it is on."""
    link = (item.extra.get("link") or "").rstrip("/")
    if not link or not block.html or index < len(item.blocks) - 2 or len(block.text.split()) > 40:
        return False
    return any(href.rstrip("/") == link for href in _HREF.findall(block.html))


_AD_LABEL_RULES = frozenset({"library:advertisement", "structure:ad-label"})
# A web address or a bare domain closing the line: "... this spring. gowerheat.example", "Bukani pa lodge.example/book".
_CLOSING_ADDRESS = re.compile(r"(?:https?://\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?)\s*$")


def _is_advertisement_under_its_label(block: Block, index: int, removed: list[Removal]) -> bool:
    """The advertiser's own line right under the label the cleaner has just removed ("— ADVERTISEMENT —" over "Gower
    Heat Pumps: free surveys for SA1 homes this spring. gowerheat.example"): short, closing on the advertiser's
    address. Copy under a stray label does not end on a web address, and reports or quotes."""
    if block.kind != PARAGRAPH or not removed or removed[-1].block != index - 1 or removed[-1].rule not in _AD_LABEL_RULES:
        return False
    text = " ".join(block.text.split())
    if not 3 <= len(text.split()) <= 30 or not _CLOSING_ADDRESS.search(text):
        return False
    signals = line_signals(text)
    return not (signals["reported_speech"] or signals["quotation"])


def _dateline_code(content: list[Block]) -> str:
    """The agency's code the copy's dateline gives in brackets ("МАГАС (ГХА) –" -> "ГХА"), or ""."""
    for block in content[:4]:
        if block.kind == PARAGRAPH and (dateline := parse_dateline(block.text)) is not None:
            code = BRACKETED_CODE.search(dateline.raw)
            return code["code"] if code and code["code"].isupper() else ""
    return ""


def _opens_a_list(blocks: list[Block], index: int) -> bool:
    """A list, or a bulleted line, right under the block: the block is the title of a fact box ("Με μια ματιά: Ο
    σεισμός στη Χαλκιδική" over "- Μέγεθος: 5,3 βαθμοί ..."), not a pointer to another story."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return following is not None and (following.kind == LIST or following.text.lstrip().startswith(("- ", "• ", "* ")))


_SENTENCE_END = re.compile(r"[.!?…;\"”’)]$")


def _is_headline_line(block: Block) -> bool:
    """A short unpunctuated line: how a plain-text paste shows a linked headline."""
    text = block.text.strip()
    return block.kind == PARAGRAPH and 0 < len(text.split()) <= 16 and not _SENTENCE_END.search(text)


def _trailing_headlines_start(blocks: list[Block], rules, candidates: prefilter.RulePrefilter) -> int:
    """Where the item's closing run of headline lines and boilerplate begins (len(blocks) when none).

    Plain text loses the links that mark a "Read more:" section's entries, so
    unmarked lines after the opener go with it only when nothing but such
    lines follows: a story paragraph after them shows the section was not a
    block of links. Walks back from the end only as far as the run goes.
    """
    start = len(blocks)
    while start > 0:
        block = blocks[start - 1]
        if not (_is_headline_line(block) or block.kind == PARAGRAPH and match_line(block.text, rules, candidates)):
            break
        start -= 1
    return start


def clean(
    item: ParsedItem, rules: tuple[Rule, ...] | list[Rule] = SHIPPED, *, model: scoring.Model | None = None,
    disabled_categories: frozenset[str] | set[str] | tuple[str, ...] = frozenset(),
) -> CleanedItem:
    """Remove boilerplate: what the parser marked as furniture, what a rule names, a reader comment
    thread under the story, and what the boilerplate model scores as certain; flag what it finds doubtful.

    The model runs only beside the shipped library (an editor's preview of their own rules runs without it).

    `disabled_categories` are shipped library categories the item's source has switched off (plain names,
    "photo-credit"): their rules are skipped, and a line only they would remove is kept as copy, neither
    scored nor flagged, since an editor has said that kind of line is this source's copy.
    """
    kept: list[Block] = []
    removed: list[Removal] = []
    flagged: list[dict] = []
    if model is None and any(r.name.startswith("library:") for r in rules):
        model = scoring.shipped_model()
    every_rule = tuple(rules)
    rules = tuple(r for r in every_rule if rule_category(r) not in disabled_categories) if disabled_categories else every_rule
    switched_off = len(rules) != len(every_rule)
    candidates = prefilter.for_rules(rules)  # which of *these* rules a line can match: built once per rule tuple

    def kept_by_switch(text: str) -> bool:
        """Only a switched-off category would remove this line."""
        return switched_off and bool(text) and match_line(text, every_rule) is not None
    content = [b for b in item.blocks if not b.furniture]
    content_index = {id(b): i for i, b in enumerate(content)}
    story = scoring.story_flags(content)  # which paragraphs read as story: once per item, for the span and each line's neighbours
    span = scoring.story_span(content, story)
    story_end = _last_story_line(content, story, span, rules, candidates) if model is not None else span[1]
    agency_code: str | None = None  # the dateline's code, read only when a closing line names materials
    # The thread check reads the span of all the blocks: the same when the parser marked none as furniture.
    thread = comment_thread_span(item.blocks, span if len(content) == len(item.blocks) else None) if model else None
    desk_notes_at = _desk_notes_start(item.blocks) if model else None
    section_rule: str | None = None  # set right after a line that opens a link section
    tail_start: int | None = None  # start of the closing run of headline lines, worked out when first needed
    subheadline = item.subheadline
    if subheadline:
        # A parser may take a nag pasted above the story ("Share | Email | Print", "Most Read from Bloomberg")
        # for the article's own headline; an opener there heads the link lines that start the body.
        rule = match_line(subheadline, rules, candidates)
        control = label_rule(subheadline) if model is not None and not rule else None
        if rule:
            removed.append(Removal(text=subheadline, rule=rule.name, block=-1))
            subheadline = ""
            section_rule = rule.name if _opens_section(rule, item.subheadline) else None
        elif control in CONTROL_LABELS:  # a share bar under the byline, read into the second headline's slot
            removed.append(Removal(text=subheadline, rule=control, block=-1))
            subheadline = ""
        elif model is not None and not kept_by_switch(subheadline):
            # Above the story, a line the model is sure of is no headline ("Listen to this article · 4 min").
            decision, reason = _scored(model, subheadline, [Block(text=subheadline), *content], 0, scoring.story_span(content))
            if decision == "remove":
                removed.append(Removal(text=subheadline, rule=reason, block=-1))
                subheadline = ""
    ended = False  # the story's end mark ("ENDS", "###") has passed, after copy
    ended_at = -1  # the block of the latest end mark
    back_matter = False  # and a label of the release's back matter opened it: the rest is the issuer's
    for index, block in enumerate(item.blocks):
        closing_about = not ended and model is not None and _opens_issuers_about(block) \
            and _closes_the_item(content, content_index.get(id(block), -1))
        opens_after_the_mark = ended and model is not None and (
            _opens_back_matter(block) or ended_at == index - 1 and _is_labelled_line(block))
        if back_matter or opens_after_the_mark or closing_about:
            back_matter = True
            removed.append(Removal(text=block.text or "\n".join(block.items), rule="structure:back-matter", block=index))
            continue
        if desk_notes_at is not None and index >= desk_notes_at:
            removed.append(Removal(text=block.text or "\n".join(block.items), rule="structure:desk-notes", block=index))
            continue  # "Notizblock" and what follows it: the agency's notes to the desk, to the item's end
        if thread is not None and thread[0] <= index <= thread[1]:
            removed.append(Removal(text=block.text or "\n".join(block.items), rule="structure:comment-thread", block=index))
            continue
        if block.furniture:  # the parser saw page furniture (share bar, comment section): remove it, recorded
            if block.kind == LIST:
                _remove_whole_list(block, index, block.furniture, removed)
            else:
                removed.append(Removal(text=block.text, rule=block.furniture, block=index))
            continue
        if block.kind == LIST:
            if section_rule and _is_link_list(block):
                _remove_whole_list(block, index, f"{section_rule}:block", removed)
                section_rule = None
                continue
            kept_block = _clean_list(block, index, rules, candidates, removed, flagged,
                                     structural=model is not None and not kept_by_switch(block.text))
            if kept_block is not None:
                kept.append(_at(kept_block, index))
            section_rule = None
            continue
        if section_rule and not block.html and tail_start is None:
            tail_start = _trailing_headlines_start(item.blocks, rules, candidates)
        if section_rule and (_is_link_line(block) or not block.html and (index >= tail_start or _is_headline_line(block))):
            removed.append(Removal(text=block.text, rule=f"{section_rule}:block", block=index))
            continue  # the section goes on while its links do
        rule = match_line(block.text, rules, candidates)
        if rule is None and model is not None and _is_dashed_closing_mark(block) and _closes_the_copy(item.blocks, index):
            rule = DASHED_END_MARKER
        if rule is DASHED_END_MARKER and not any(_is_narrative(kept_block) for kept_block in kept):
            rule = None  # "--- BODY ---" over the copy: the export's mark where its body begins, not the end
        if rule:
            removed.append(Removal(text=block.text, rule=rule.name, block=index))
            if rule in (END_MARKER, DASHED_END_MARKER) and kept:
                ended, ended_at = True, index
            section_rule = rule.name if _opens_section(rule, block.text) else None
            continue
        section_rule = None
        if kept_by_switch(block.text):
            kept.append(replace(block, origin=index))
            continue
        label = None
        if model is not None and _is_labelled_link(block):
            label = "structure:related-link"
        elif model is not None and block.kind == PARAGRAPH:
            label = label_rule(block.text, at_story_end=content_index.get(id(block), -1) >= story_end)
            if label is None and _is_unlisted_related_line(block, index) and not _opens_a_list(item.blocks, index):
                label = "structure:related-link"
            if label is None and _is_advertisement_under_its_label(block, index, removed):
                label = "structure:ad-copy"
            if label is None and _links_the_item_itself(block, index, item):
                label = "structure:syndication-footer"
            if label is None and content_index.get(id(block), -1) >= story_end and names_materials(block.text):
                agency_code = _dateline_code(content) if agency_code is None else agency_code
                if is_agency_materials_notice(" ".join(block.text.split()), agency_code):
                    label = "structure:rights-notice"
        elif model is not None and block.kind == HEADING:
            if is_related_heading(collapsed(block.text)):
                label = RELATED_HEADING  # "<h3>Læs også</h3>" over its list of links
            elif (control := label_rule(block.text)) in CONTROL_LABELS:
                label = control  # "Partilhar" read as a short section label: the share button
        if label:
            removed.append(Removal(text=block.text, rule=label, block=index))
            section_rule = label if label in SECTION_LABELS else None  # its headlines or buttons follow it
            continue
        if model is not None and block.kind == PARAGRAPH:
            decision, reason = _scored(model, block.text, content, content_index.get(id(block), -1), span, story)
            if decision == "remove":
                removed.append(Removal(text=block.text, rule=reason, block=index))
                continue
            if decision == "flag":
                kept.append(_at(block, index))
                flagged.append({"text": block.text, "reason": reason, "block": index, "item": None})
                continue
        kept.append(_at(block, index))
        flag = line_flag(block.text, block.html, heading=block.kind == HEADING)
        if flag:
            flagged.append({"text": block.text, "reason": flag, "block": index, "item": None})
    if model is not None:
        kept, flagged = _doubt_among_boilerplate(item.blocks, kept, removed, flagged)
        kept, flagged = _doubt_beside_furniture(kept, removed, flagged)
        kept, flagged = _doubt_closing_the_item(item.blocks, kept, removed, flagged)
        kept, flagged = _doubt_naming_own_outlet(item.publisher, kept, removed, flagged)
        dateline_code = (lambda: agency_code) if agency_code is not None else (lambda: _dateline_code(content))
        kept, flagged = _agency_notice_closing_the_item(item.credit, dateline_code, kept, removed, flagged)
        kept, flagged = _links_to_the_sender(item.extra.get("mail_headers") or (), kept, removed, flagged,
                                             preamble=item.extra.get("preamble") or ())
    for rule in _bounded(rules):  # only an editor's regex can time out or overrun its story's budget
        for line in rule.timed_out:
            flagged.append({"text": line, "reason": f"{rule.name} took too long on this line (skipped)", "block": None, "item": None})
        rule.timed_out.clear()
        overrun = rule.budget.settle(rule.name) if rule.budget is not None else None
        if overrun:
            flagged.append(overrun)
    return CleanedItem(item=replace(item, blocks=kept, subheadline=subheadline), removed=removed, flagged=flagged)


_BOUNDED: dict[int, tuple[tuple, tuple]] = {}


def _is_narrative(block: Block) -> bool:
    """A paragraph of copy: twelve words or more ending on a sentence's stop (an export's header fields are not)."""
    text = block.text.rstrip()
    return block.kind == PARAGRAPH and len(text.split()) >= 12 and text.rstrip("\"”’»)").endswith((".", "!", "?", "।", "。"))


def _opens_back_matter(block: Block) -> bool:
    """After the story's end mark, a short line that labels the issuer's "About" paragraph or its press contacts
    ("Media contact:", "About Coral Coast University", "Sajtókapcsolat:"): the release's back matter opens there
    and runs to the item's end (vocabulary BACK_MATTER_LABEL says what the writers list)."""
    if block.kind not in (PARAGRAPH, HEADING) or not block.text:
        return False
    first = block.text.split("\n", 1)[0].strip()
    return len(first.split()) <= 12 and BACK_MATTER_LABEL.match(first) is not None


def _is_dashed_closing_mark(block: Block) -> bool:
    """A short line between hyphens or dashes and nothing else ("— close of release —"): `_DASHED_CLOSING_MARK`."""
    text = block.text.strip() if block.kind == PARAGRAPH and block.text else ""
    if len(text) > 48 or text[:1] not in "-–—":
        return False
    found = _DASHED_CLOSING_MARK.fullmatch(text)
    return found is not None and found["words"].casefold() not in _NOT_AN_END


def _closes_the_copy(blocks: list[Block], at: int) -> bool:
    """No paragraph of narrative follows the block at `at`; or a labelled line right after it opens back matter, and
    at most two paragraphs of narrative follow (an issuer's About and a list's note). An advertisement's label in the
    copy has its advertiser's line under it and the story after ("— ADVERTISEMENT —", "Gower Heat Pumps: free
    surveys ...", then three paragraphs and a subhead: round 86)."""
    after = blocks[at + 1:]
    narrative = sum(1 for block in after if _is_narrative(block))
    return narrative == 0 or narrative <= 2 and _is_labelled_line(after[0])


_LABEL_COLON = re.compile(f"([{LABEL_COLONS}])")


def _label_split(line: str) -> tuple[str, str, str]:
    """(what stands before the line's first label colon, the colon, the rest), or (line, "", "") with none."""
    return tuple((_LABEL_COLON.split(line, maxsplit=1) + ["", ""])[:3])


def _is_labelled_line(block: Block) -> bool:
    """A block that opens on a short label and its colon with something after it ("About the gallery: ...",
    "للاستفسارات الصحفية: ...", "Media contact: ..."): right after a release's end mark, its back matter in any
    language. The label is at most five words, with no figure (a time or a score is no label)."""
    if block.kind not in (PARAGRAPH, HEADING) or not block.text:
        return False
    first = block.text.split("\n", 1)[0].strip()
    head, colon, rest = _label_split(first)
    return bool(colon and head.strip() and rest.strip()) and len(head.split()) <= 5 \
        and not any(ch.isdigit() for ch in head)


def _closes_the_item(content: list[Block], at: int) -> bool:
    """The block at `at` stands in the item's second half with no paragraph of narrative after it."""
    return at >= max(1, len(content) // 2) and not any(_is_narrative(block) for block in content[at + 1:])


def _opens_issuers_about(block: Block) -> bool:
    """Closing the item, with no end mark passed, the issuer's "About" heading opens the release's back matter all the
    same ("About the Sierra Foothills Fire Cooperative: The Cooperative is ...", then "Media contact:
    ...", then "###"; "Tentang Huyula Watch: ..."): the heading alone, or the label before a colon, naming the issuer
    (a capital or a script without capitals after "About", no figure: "About 21,000 people are connected." is copy).
    A contact line alone opens nothing here: one round's writer keeps a release's closing "Media enquiries:" as copy."""
    if block.kind not in (PARAGRAPH, HEADING) or not block.text:
        return False
    first = block.text.split("\n", 1)[0].strip()
    head, colon, _ = _label_split(first)
    if colon and len(head.split()) <= 8:
        label = head.strip()
    elif len(first.split()) <= 12 and not first.rstrip().endswith((".", "!", "?")):
        label = first
    else:
        return False
    found = ABOUT_THE_ISSUER.match(label)
    if not found or any(ch.isdigit() for ch in label):
        return False
    rest = label[found.end():].strip()
    return not rest or not rest[0].islower()


def _desk_notes_start(blocks: list[Block]) -> int | None:
    """Where the agency's notes to the desk begin after the story ("Notizblock", "Not for publication" alone on a line,
    past the story's first three blocks), or None."""
    for index in range(3, len(blocks)):
        text = blocks[index].text
        if text and len(text) <= 60 and DESK_NOTES_HEADING.match(text):
            return index
    return None


def _bounded(rules: tuple) -> tuple:
    """The rules with a time bound or a story budget (editor regexes), worked out once per rule tuple: a shipped
    rule has neither, so its timed-out list stays empty and it has no budget to settle."""
    seen = _BOUNDED.get(id(rules))
    if seen is not None and seen[0] is rules:
        return seen[1]
    found = tuple(rule for rule in rules if rule.timeout is not None or rule.budget is not None or rule.timed_out)
    if len(_BOUNDED) >= 64:
        _BOUNDED.pop(next(iter(_BOUNDED)))
    _BOUNDED[id(rules)] = (rules, found)  # the tuple is held, so its id is not reused while it keys an entry
    return found


def _doubt_among_boilerplate(blocks: list[Block], kept: list[Block], removed: list[Removal], flagged: list[dict]):
    """A line the model doubted (flagged) that stands between removed boilerplate, or between removed boilerplate
    and the end of the item, goes with it: furniture comes in runs ("Share this story", the doubted "Join our
    WhatsApp channel", "Comments (3)"), copy does not sit alone inside one. Reported speech and quotation stay.
    Returns the kept blocks and the flags left; each line it takes is recorded with the rule "scored:among-boilerplate".
    """
    gone = {piece.block for piece in removed if piece.item is None}
    doubted = _doubted_lines(flagged)
    taken: set[int] = set()
    changed = True
    while changed:  # a run of doubted lines between removals goes whole
        changed = False
        for index, flag in doubted.items():
            if index in taken:
                continue
            before = index - 1 in gone or index - 1 in taken
            after = index + 1 in gone or index + 1 in taken or index + 1 >= len(blocks)
            signals = line_signals(flag["text"])
            if before and after and not (signals["reported_speech"] or signals["quotation"]) \
                    and not _names_the_copys_source(flag["text"]):
                taken.add(index)
                changed = True
    return _take_doubted({index: doubted[index] for index in taken}, "scored:among-boilerplate", kept, removed, flagged)


# A label and its value alone on the line: "Kaynak: Anadolu Ajansı", "Izvor: Hina", "Źródło: PAP".
_LABEL_AND_VALUE = re.compile(rf"^[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s*[{LABEL_COLONS}]\s*(?P<value>.{{2,60}})$")


def _names_the_copys_source(line: str) -> bool:
    """A label and an agency the lists know, not a picture's credit: the copy's source ("Kaynak: Anadolu Ajansı",
    "Πηγή: ΑΠΕ-ΜΠΕ"), which writers keep as copy wherever it stands (seven cases; a picture's "Foto: ACN" is
    boilerplate in eight)."""
    shape = _LABEL_AND_VALUE.match(" ".join(line.split()))
    return bool(shape) and bool(agency_name(shape["value"].strip(" ."))) and not PHOTO_CREDIT_LABEL.match(line)


_WIDGET_PART_MOST_WORDS = 5
_INTERFACE_SIGNALS = ("imperative_opening", "reader_prompt", "chrome_joined", "platform_nouns")


def _doubt_beside_furniture(kept: list[Block], removed: list[Removal], flagged: list[dict]):
    """A short doubted line right beside a line a rule removed is that widget's button or label: "Abonneer nu" under
    "Je leest dit artikel gratis. Nog 2 gratis artikels deze maand.", "Sort by: Newest" under the comments' heading,
    "Upgrade to paid" by a newsletter's buttons. Widgets are a few short lines, and the rule has named one of them.
    A sign-off or source line closing the copy beside a notice ("Edição: Valéria Aguiar", "Källa: Naturvårdsverket")
    is a label too, but with no word of an interface (an order, a prompt, a platform, marks between labels); a contact
    line is the copy's; reported speech and quotation stay. Recorded as "scored:beside-furniture"."""
    doubted = _doubted_lines(flagged)
    if not doubted:
        return kept, flagged
    by_rule = {piece.block for piece in removed if piece.item is None and not piece.rule.startswith("scored")}
    taken = {}
    for index, flag in doubted.items():
        text = flag["text"]
        if not (index - 1 in by_rule or index + 1 in by_rule) or len(text.split()) > _WIDGET_PART_MOST_WORDS:
            continue
        signals = line_signals(text)
        if not signals["short_unended"] or signals["reported_speech"] or signals["quotation"] \
                or signals["contact_details"]:
            continue
        if signals["label_opening"] and not any(signals[name] for name in _INTERFACE_SIGNALS):
            continue
        taken[index] = flag
    return _take_doubted(taken, "scored:beside-furniture", kept, removed, flagged)


def _doubt_closing_the_item(blocks: list[Block], kept: list[Block], removed: list[Removal], flagged: list[dict]):
    """Doubted lines that close the item and speak to the reader go, where a rule found furniture there too: after
    the last line kept without doubt, nothing but removals, doubted lines and short labels follows ("Reageren? Log in of maak een gratis account aan." /
    "Privacy"). A story ends on copy, a page on its furniture; copy that closes on practical information speaks of
    the reader in the third person ("Written comments can be submitted ... until Dec. 12.") and stays, as do reported
    speech, quotation and sign-offs. Recorded as "scored:closing-the-item"."""
    doubted = _doubted_lines(flagged)
    if not doubted:
        return kept, flagged
    flagged_blocks = {flag["block"] for flag in flagged if flag.get("block") is not None}
    last_sure = max((block.origin for block in kept if block.origin not in flagged_blocks and block.kind == PARAGRAPH
                     and len(block.text.split()) > 3), default=-1)
    # Only where the tail holds furniture a rule named (a notice, a share bar, a comment prompt): a plain body that
    # closes on a doubted line ("Get started with 2B Mindset here.") has nothing around it to say it is a page's.
    if not any(piece.block > last_sure and not piece.rule.startswith("scored") for piece in removed if piece.item is None):
        return kept, flagged
    taken = {}
    for index, flag in doubted.items():
        signals = line_signals(flag["text"])
        speaks_to_reader = signals["second_person"] or signals["imperative_opening"] or signals["outlet_voice"] \
            or signals["reader_prompt"]
        # narration of others ("... and our reporters will answer them next week") is the story speaking, whatever
        # it asks of the reader
        # a phone line or an address to call is practical information the copy closes on ("... or call our 24-hour
        # line on 023 555 0100."), not a page's furniture
        if index > last_sure and speaks_to_reader and not (signals["reported_speech"] or signals["quotation"]
                                                          or signals["third_person"] or signals["contact_details"]
                                                          or _signs_off(flag["text"], signals)):
            taken[index] = flag
    return _take_doubted(taken, "scored:closing-the-item", kept, removed, flagged)


def _signs_off(text: str, signals) -> bool:
    """A wire's or a page's closing note about the copy itself, which is copy: a labelled sign-off ("Edição: Valéria
    Aguiar"), a source or republishing note ("This article was first published by ...", "A cikk az MTI anyagának
    felhasználásával készült.": it names the agency)."""
    return bool(signals["label_opening"] or signals["rights_notice"]
                or any(agency_name(word) for word in text.split() if word.isupper() and len(word) >= 2))


def _doubted_lines(flagged: list[dict]) -> dict[int, dict]:
    """The flags the model raised on a line of the body (not a rule's time-out, not a list item), by block."""
    return {flag["block"]: flag for flag in flagged if flag.get("block") is not None and flag["reason"].startswith("scored ")}


def _take_doubted(taken: dict[int, dict], rule: str, kept: list[Block], removed: list[Removal], flagged: list[dict]):
    """Remove the doubted lines `taken` (block -> flag) with `rule`: out of the kept blocks and the flags, into removals."""
    if not taken:
        return kept, flagged
    for index in sorted(taken):
        removed.append(Removal(text=taken[index]["text"], rule=rule, block=index))
    removed.sort(key=lambda piece: (piece.block, -1 if piece.item is None else piece.item))
    taken_flags = list(taken.values())
    return [b for b in kept if b.origin not in taken], [f for f in flagged if not any(f is t for t in taken_flags)]


def _doubt_naming_own_outlet(publisher: str, kept: list[Block], removed: list[Removal], flagged: list[dict]):
    """A line the model doubted that names the outlet publishing the story goes: the platform promoting itself
    ("Download the Warta Nusantara app", "Sledujte Vysočinu Dnes na Facebooku", "Kopiereg © 2026 Karoo Nuus").
    Copy names its own outlet when someone spoke to it ("..., she told the Ledger"), so reported speech and
    quotation stay, and only the outlet's whole name counts (at least two words or eight letters), never a word of it.
    Each line it takes is recorded with the rule "scored:names-own-outlet".
    """
    name = LEADING_ARTICLE.sub("", " ".join(publisher.split())).casefold()
    if len(name.split()) < 2 and len(name) < 8:
        name = ""  # too short to tell the outlet by: only the network prompts below that need no name
    # The name as a word, or inflected as agglutinative languages inflect it: "Kövesse a Baranyai Naplót a Facebookon".
    # Compiled only for an item with a line holding the name at all (a new outlet's pattern costs a compilation).
    pattern: list[re.Pattern] = []

    def names_outlet(folded: str) -> bool:
        if not name or name not in folded:
            return False  # every match of the pattern holds the name
        if not pattern:
            pattern.append(re.compile(r"(?<!\w)" + re.escape(name) + r"\w{0,3}(?!\w)"))
        return pattern[0].search(folded) is not None

    # The outlet's own address: its name run together in an e-mail or web address ("tips@fjellbygdasavis.no",
    # "www.gaujmalaszinas.lv" for Fjellbygdas Avis, Gaujmalas Ziņas): a line giving it asks the reader to write to
    # the outlet (tips, letters, corrections), while copy's practical information gives the issuer's address.
    squeezed = "".join(ch for ch in name if ch.isalnum())

    def gives_outlet_address(text: str) -> bool:
        if len(squeezed) < 6 or not _may_hold_address(text):
            return False
        return any(squeezed in "".join(ch for ch in address.casefold() if ch.isalnum())
                   for address in _ADDRESS.findall(text))

    taken = {}
    for index, flag in _doubted_lines(flagged).items():
        signals = line_signals(flag["text"])
        # a line to call ("... on the Water Board's Facebook page or call our 24-hour line on 023 555 0100.") is the
        # issuer's practical information, as it is closing the item
        if names_outlet(flag["text"].casefold()) and not (signals["reported_speech"] or signals["quotation"]
                                                          or signals["contact_details"]):
            taken[index] = flag
    kept, flagged = _take_doubted(taken, "scored:names-own-outlet", kept, removed, flagged)
    # Undoubted too: a short line naming the outlet and a network or app store it is followed on, whatever language
    # asks ("Theo dõi Báo Sông Hậu trên Google News", "Follow the Ledger on WhatsApp"): the outlet promoting itself.
    # So does one naming the network with the outlet's handle ("Síguenos en Instagram (@travesiasdelsur)") or an
    # agency's name, inflected or not ("AZƏRTAC-ın xəbərlərini Telegram kanalımızda izləyin"). A network named with
    # nothing else ("Appen finns att ladda ner gratis i App Store och Google Play.") is copy about an app.
    taken = {}
    for block in kept:
        text = block.text
        if block.kind != PARAGRAPH or len(text.split(maxsplit=16)) > 16 or _holds_digit(text):
            continue  # more than 16 words (a paragraph is not split whole to tell), or a figure
        folded = text.casefold()
        if not _PLATFORM_BRAND.search(folded):
            continue
        if names_outlet(folded) or _HANDLE.search(text) or _names_an_agency(text):
            signals = line_signals(text)
            if not (signals["reported_speech"] or signals["quotation"]):
                taken[block.origin] = {"text": text, "block": block.origin}
    kept, flagged = _take_doubted(taken, "structure:follow-prompt", kept, removed, flagged)
    # Undoubted too: a short line asking the reader to write to the outlet's own address ("Har du tips til en sak?
    # Send oss en e-post på tips@fjellbygdasavis.no ...", "Got a tip? Email news@harborledger.com"): the outlet
    # asking, in its own voice or the reader's imperative; copy that reports someone giving an address stays.
    taken = {}
    for block in kept if len(squeezed) >= 6 else ():  # a shorter name gives no address to tell the outlet by
        text = block.text
        if block.kind != PARAGRAPH or len(text.split(maxsplit=40)) > 40 or not gives_outlet_address(text):
            continue
        signals = line_signals(text)
        if (signals["second_person"] or signals["imperative_opening"] or signals["outlet_voice"]) \
                and not (signals["reported_speech"] or signals["quotation"]):
            taken[block.origin] = {"text": text, "block": block.origin}
    return _take_doubted(taken, "structure:outlet-address-prompt", kept, removed, flagged)


# A network handle: "(@travesiasdelsur)".
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{3,30}\b")


# A notice's own words: no name beside the agency's (a capital that opens no sentence), no figure but a year, no
# quotation, and enough words to be a sentence about the copy, not a sign-off ("-- BERNAMA", "Manba: ... (O‘zA)").
_NOTICE_MIN_WORDS = 7  # ("A cikk az MTI anyagának felhasználásával készült.": six besides the agency, a sign-off)
_NOTICE_MAX_WORDS = 45
_NOT_A_NOTICE = re.compile(r"[\"“”«»„]|\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _agency_notice_closing_the_item(credit: str, read_dateline_code: Callable[[], str], kept: list[Block],
                                    removed: list[Removal], flagged: list[dict]):
    """The item's last paragraph, when it is the credited agency's notice about its copy, in any language but English
    (whose notices the library lists): it names the agency (by its whole name, its code in brackets or alone in its
    capitals, or the name its code spells out) and nothing else by name, holds no figure but a year, no quotation and no reported speech
    ("Testu ne'e pertense ba Agénsia Notísia Tasi Mane (ANTM). La bele fahe fali la ho lisensa.", "Ko te tala tenei e
    puipuia e Moana Press. E hē mafai ke toe lomia ..."). Copy that names the agency names people or figures with it
    ("Economists polled by Reuters had expected ...") or reports what it was told ("... opplyser til NTB at ..."); a
    bare sign-off ("-- BERNAMA", "/ritzau/") is too short to be a notice. Counted over every case's last paragraph
    naming the credit (rounds up to 104 and the corpus): 17 such notices, one source line ("Manba: O‘zbekiston milliy
    axborot agentligi (O‘zA)", kept by its words' count). Recorded as "structure:agency-notice". The dateline's code
    is read (`read_dateline_code()`) only once a short last paragraph is found: most items stop before it, and clean()
    may have read it already."""
    # the last paragraph, under which only a sign-off's code or initials may stand ("НЯГ-ЛТ", "jm/kk")
    at = next((at for at in range(len(kept) - 1, -1, -1) if len(kept[at].text.split()) > 2), None)
    if at is None or kept[at].kind != PARAGRAPH or any(block.kind != PARAGRAPH for block in kept[at + 1:]):
        return kept, flagged
    last = kept[at]
    text = collapsed(last.text)
    if len(text.split()) > _NOTICE_MAX_WORDS:
        return kept, flagged  # (a story's closing paragraph, read no further)
    dateline_code = read_dateline_code()
    # the agency by its whole name ("Moana Press", "Самур-Пресс") or its code in brackets ("(KBBS)"): one word
    # ("Reuters", "Antara") a story names in its own sentences ("... did not respond to a Reuters request")
    names = [name for name in (credit, dateline_code)
             if name and (len(re.split(r"[\s-]+", name)) >= 2 or f"({name})" in text)]
    for code in (credit, dateline_code):  # "FORMOSA HIGHLANDS NEWSWIRE: ... ta FHN ...": the name its code spells out
        if code and code.isupper() and code not in names and (spelled := _spelled_out_in(code, text)):
            names += [spelled, code]
        elif code and code.isupper() and 2 <= len(code) <= 6 and code not in names \
                and re.search(r"(?<!\w)" + re.escape(code) + r"(?!\w)", text):
            # the code alone, in its capitals ("Bu haber yalnızca KHA abonelerinin kullanımı içindir; ...", "Zpráva
            # je určena výhradně odběratelům MTA. ..."): a one-word name in ordinary case ("Reuters") is not read so
            names.append(code)
    if credit and len(credit.split()) >= 2:  # "Notisia aki ri APK. ...": the credit's own code, which it spells out
        names += [word for word in set(re.findall(r"(?<!\w)[^\W\d_a-z]{2,6}(?!\w)", text))
                  if word.isupper() and word not in names and abbreviates(word, credit.split())]
    if not names or len(ENGLISH_SMALL_WORDS.intersection(word.casefold() for word in text.split())) >= 2:
        return kept, flagged  # (English notices the library lists; an English line naming the agency is copy)
    rest = text
    for name in names:
        # the code in brackets with the name spelled out before it ("Kantor Berita Bumi Sikerei (KBBS)")
        rest = re.sub(r"(?:[^\W\d_][\w'’-]*\s+){0,6}\(" + re.escape(name) + r"\)", " ", rest)
        rest = re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", " ", rest, flags=re.IGNORECASE)
    if rest == text or _NOT_A_NOTICE.search(_YEAR.sub(" ", rest)):
        return kept, flagged
    signals = line_signals(text)
    if signals["third_person"] or signals["reported_speech"] or signals["quotation"]:
        return kept, flagged  # "Energidepartementet opplyser til NTB at ...": the agency told, in the story
    words = rest.split()
    opens_sentence = [True] + [bool(re.search(r"[.!?:;]$", word)) for word in words[:-1]]
    if len(words) < _NOTICE_MIN_WORDS or any(word[:1].isupper() and not opening
                                             for word, opening in zip(words, opens_sentence)):
        return kept, flagged
    removed.append(Removal(text=last.text, rule="structure:agency-notice", block=last.origin))
    removed.sort(key=lambda piece: (piece.block, -1 if piece.item is None else piece.item))
    return kept[:at] + kept[at + 1:], [flag for flag in flagged if flag.get("block") != last.origin]


def _spelled_out_in(code: str, text: str) -> str:
    """The agency's name a line spells out for its code ("Ӈәнә Таймыр Агентство" for ӇТА), two to six words, or ""."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    for size in range(min(6, len(code)), 1, -1):
        for start in range(len(words) - size + 1):
            # (each word a name's, capitalised: "Тываның малчыннар эвилелиниң" spells "ТМА" only from inside words)
            run = words[start:start + size]
            if all(word[:1].isupper() for word in run) and abbreviates(code, run):
                return " ".join(run)
    return ""


def _links_to_the_sender(mail_headers, kept: list[Block], removed: list[Removal], flagged: list[dict], preamble=()):
    """In a mailed item, a paragraph ending with a link to the sender's own site is the sender's prompt (forward it,
    support us, subscribe, unsubscribe: ingest/vocabulary/senders.py says why), recorded "structure:sender-link". A
    newsletter pasted as text names its site in the web view's address over its headline (`preamble`): the same."""
    domain = sender_domain(mail_headers) if mail_headers else web_view_domain(preamble)
    if not domain:
        return kept, flagged
    staying, taken = [], set()
    for block in kept:
        if block.kind == PARAGRAPH and links_to_sender(block.text, domain):
            removed.append(Removal(text=block.text, rule="structure:sender-link", block=block.origin))
            taken.add(block.origin)
        elif block.kind == LIST and block.items and all(links_to_sender(item, domain) for item in block.items):
            # the issue's other stories, each a headline and its address on the sender's site, under their label
            _remove_whole_list(block, block.origin, "structure:sender-link", removed)
            taken.add(block.origin)
        else:
            staying.append(block)
    return staying, [flag for flag in flagged if flag["block"] not in taken] if taken else flagged


def _names_an_agency(text: str) -> bool:
    """A word of the line names an agency, perhaps with a case ending after a hyphen or apostrophe ("AZƏRTAC-ın")."""
    for word in text.split():
        head = re.split(r"[-'’]", word.strip("«»„“”\"(),.:;"))[0]
        # initials only in capitals: "App Store" is no APP
        if head[:1].isupper() and (len(head) > 4 or head.isupper()) and agency_name(head):
            return True
    return False


# An e-mail address's domain or a web address's host.
_ADDRESS = re.compile(r"(?<=@)[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[\w.-]+", re.IGNORECASE)


def _may_hold_address(text: str) -> bool:
    """Whether `_ADDRESS` can find anything: each match follows an "@", holds "://" or "www." (only "W" and "w" match
    "w" without regard to case), so a paragraph without them is not searched (the pattern's look-behind opens it:
    no literal to skip ahead by)."""
    return "@" in text or "://" in text or "www." in text.lower()


_ASCII_DIGIT = re.compile(r"[0-9]")


def _holds_digit(text: str) -> bool:
    """`any(c.isdigit() for c in text)`: in an ASCII line the digits are 0 to 9, found by one search."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(c.isdigit() for c in text)
_PLATFORM_BRAND = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(brand) for brand in PLATFORM_BRANDS) + r")\w{0,3}(?!\w)")


def _at(block: Block, index: int) -> Block:
    """`replace(block, origin=index)`: a shallow copy with its place in the parsed item, without running __init__."""
    kept = object.__new__(type(block))
    kept.__dict__.update(block.__dict__)
    kept.origin = index
    return kept


def _last_story_line(content: list[Block], story: list[bool], span: tuple[int, int], rules, candidates) -> int:
    """The index of the story's last paragraph that stays: a newsletter prompt or a share line that reads as a
    sentence is no story paragraph to stand after, so an agency's notice above it ("Содржината е преземена од ...
    Секое натамошно преземање без писмена дозвола е забрането.", then "Претплатете се на неделниот билтен ...")
    still stands at the story's end."""
    first, last = span
    while last > first and (match_line(content[last].text, rules, candidates) or label_rule(content[last].text)):
        last -= 1
        while last > first and not story[last]:
            last -= 1
    return last


def _scored(model: scoring.Model, text: str, content: list[Block], index: int, span, story=None) -> tuple[str, str]:
    """("remove" | "flag" | "", the reason to record) for a line no rule named (`story`: scoring.story_flags(content))."""
    if index < 0:
        return "", ""
    signals, position = line_signals(text), scoring.position_features(content, index, span, story)
    if not model.may_reach(signals, position, min(model.flag, model.remove)):
        return "", ""  # plainly copy: nothing to record, and its costlier signals never computed
    features = {**signals, **position}
    probability = model.probability(features)
    signals = ", ".join(scoring.strongest_signals(features, model)) or "no single signal"
    if probability >= model.remove and not scoring.never_by_score(features):
        return "remove", f"scored:{signals}"
    if probability >= model.flag:
        return "flag", f"scored {probability:.2f} as boilerplate ({signals}); kept for an editor to decide"
    return "", ""


def _remove_whole_list(block: Block, index: int, rule_name: str, removed: list[Removal]) -> None:
    if block.text:
        removed.append(Removal(text=block.text, rule=rule_name, block=index, item=-1))
    for position, text in enumerate(block.items):
        removed.append(Removal(text=text, rule=rule_name, block=index, item=position))


# (and the comment section's gate, set as its list of links: "Inicie sesión o regístrese para publicar comentarios",
# Drupal's "comment-forbidden" item under the comments)
_LIST_ITEM_LABELS = frozenset({"structure:ad-label", "structure:related-link", "structure:comment-gate"})


def _clean_list(block: Block, index: int, rules, candidates, removed: list[Removal], flagged: list[dict],
                structural: bool = True) -> Block | None:
    """The list's boilerplate items removed (or the whole list, under a related box's title); None when none stays.
    `structural`: the structural reading may apply (the model runs, and no category the editor switched off would
    take the title)."""
    if block.text:
        title_rule = match_line(block.text, rules, candidates)
        if title_rule and _opens_section(title_rule, block.text) and _is_link_list(block):
            _remove_whole_list(block, index, f"{title_rule.name}:block", removed)
            return None
        if structural and is_related_heading(" ".join(block.text.split())) and _is_link_list(block):
            # "ELSEWHERE IN THE DISPATCH" over "* Landore flats: council buys back 40 homes" ...: the newsletter's
            # other stories, its title the related box's label
            _remove_whole_list(block, index, f"{RELATED_HEADING}:block", removed)
            return None
    items = []
    matches = [match_line(text, rules, candidates) for text in block.items]
    if not all(matches) and len(block.items) >= 2 and label_rule(" ".join(block.items)) == "structure:share-bar":
        # a share bar set as a list, its label and its buttons an item each ("Compartí esta nota" / "WhatsApp" /
        # "Facebook" / "Copiar link"): the whole bar, though not every item alone says so
        _remove_whole_list(block, index, "structure:share-bar", removed)
        return None
    # A list of the story's own instructions ("Download the ReadyClark app", "Text FLOOD to 888777") keeps a line
    # that reads like a prompt: only when every item is boilerplate (a share bar, a link list) do items go one by one.
    mixed = any(matches) and not all(matches) and len(block.items) >= 3
    for position, (text, rule) in enumerate(zip(block.items, matches)):
        # an advertisement's label or a pointer to another story set as an entry among a live page's entries
        # ("Publicidade", "Le tamén: Que supón a nova lei ...?"): no entry of the story, whatever the others are
        label = label_rule(text)
        if label in _LIST_ITEM_LABELS:
            removed.append(Removal(text=text, rule=rule.name if rule else label, block=index, item=position))
            continue
        if rule and mixed:
            items.append(text)
            flagged.append({"text": text, "reason": f"{rule.name} matched an item of a list whose other items are story; "
                                                  "kept for an editor to decide", "block": index, "item": position})
        elif rule:
            removed.append(Removal(text=text, rule=rule.name, block=index, item=position))
        else:
            items.append(text)
    if not items:
        if block.text:
            removed.append(Removal(text=block.text, rule="empty-list-title", block=index, item=-1))
        return None
    return replace(block, items=items)


# --- flags: web-corpus heuristics, never used to delete ------------------------------

_FLAG_WORDS = re.compile(
    r"\b(subscri\w*|newsletters?|sign(ed)? ?up|log ?in|sign ?in|cookies?|javascript|advert\w*|sponsor\w*|"
    r"comments?|share|follow us|download|app store|google play|click|tap here|terms of (use|service)|privacy)\b",
    re.IGNORECASE,
)
_LINK_TEXT = re.compile(r"<a\b[^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"[.!?…\"”’')]\s*$")


def line_flag(text: str, html: str = "", *, heading: bool = False) -> str:
    """Why a kept line looks like boilerplate to web-corpus rules, or "" (flag only, never delete)."""
    words = text.split(maxsplit=12)  # what is asked is only whether it has none, fewer than 3, or at most 12
    if not words:
        return ""
    lowered = text.lower()
    if "lorem ipsum" in lowered or "{" in text and "}" in text:
        return "looks like template or code"
    if html and _LINK_TEXT.search(html):
        link_chars = sum(len(_TAGS.sub("", m)) for m in _LINK_TEXT.findall(html))
        if link_chars / max(len(text), 1) > 0.8:
            return "mostly link text"
    if "javascript" in lowered or "cookie" in lowered:  # C4 drops any line mentioning these
        return "mentions cookies or JavaScript"
    if len(words) <= 12 and not _SENTENCE_END.search(text):  # a short call to action, not a sentence
        keyword = _FLAG_WORDS.search(text)
        if keyword:
            return f"short line mentioning {keyword.group(0).lower()!r}"
    if not heading and len(words) < 3 and not _SENTENCE_END.search(text):
        return "very short line without a sentence end"
    return ""
