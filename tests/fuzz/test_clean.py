"""The cleaner, fuzzed: it never raises, and it only ever removes whole blocks or list items from the input."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.clean import SHIPPED, clean, compile_rule
from ingest.items import HEADING, LIST, PARAGRAPH, Block, ParsedItem

from .conftest import FUZZ
from .strategies import nasty_text, short_text

blocks = st.lists(
    st.one_of(
        st.builds(Block, kind=st.just(PARAGRAPH), text=nasty_text, html=st.one_of(st.just(""), nasty_text)),
        st.builds(Block, kind=st.just(HEADING), text=short_text, level=st.integers(-2, 9)),
        st.builds(Block, kind=st.just(LIST), text=short_text, items=st.lists(short_text, max_size=5), ordered=st.booleans()),
    ),
    max_size=8,
).map(lambda bs: [Block(**{**b.__dict__, "origin": i}) for i, b in enumerate(bs)])

items = st.builds(ParsedItem, format=st.sampled_from(["text", "html", "ninjs"]), headline=short_text, byline=short_text,
                  dateline=short_text, summary=short_text, blocks=blocks)

editor_phrases = st.lists(short_text.filter(lambda s: s.strip()), max_size=3)


@FUZZ
@given(item=items, phrases=editor_phrases)
def test_clean_never_raises_and_only_removes_whole_pieces(item, phrases):
    rules = SHIPPED + tuple(compile_rule(f"rule:{n}", phrase, is_regex=False, rule_id=n) for n, phrase in enumerate(phrases, 1))
    original = {b.origin: b for b in item.blocks}
    original_texts = {b.text for b in item.blocks} | {i for b in item.blocks for i in b.items}
    cleaned = clean(item, rules)

    for removal in cleaned.removed:
        assert removal.text in original_texts or any(removal.text in t for t in original_texts), removal
    for block in cleaned.item.blocks:
        source = original.get(block.origin)
        assert source is not None, "a block appeared that was not in the input"
        if block.kind != LIST:
            assert block.text == source.text, "the copy of a kept block was rewritten"
        else:
            assert set(block.items) <= set(source.items), "a list gained an item"
