"""A plain-text body skips the sanitizer only where the sanitizer would give it back unchanged: every code point is
tried, and made-up bodies of paragraphs, headings and lists come out as `sanitize` makes them."""
from __future__ import annotations

from html import escape

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.items import HEADING, LIST, PARAGRAPH, Block
from ingest.normalize import body
from ingest.normalize.body import render_html, sanitize, unsanitized_html

from ..clean.test_cases import BLIND_CASES, CORPUS_CASES


def _rewritten(char: str) -> bool:
    html = f"<p>a{escape(char, quote=False)}b</p>"
    try:
        return sanitize(html) != html
    except UnicodeEncodeError:  # a lone surrogate: the sanitizer refuses it, and so must render_html
        return True


def test_the_sanitizer_rewrites_in_escaped_text_exactly_the_characters_the_fast_path_sends_to_it():
    everything = [chr(c) for c in range(0x110000)]
    kept = [c for c in everything if not body._SANITIZER_REWRITES.match(c)]
    # Tried a thousand at a time (a run where one came back changed is tried character by character).
    for start in range(0, len(kept), 1000):
        chunk = "".join(kept[start:start + 1000])
        html = f"<p>{escape(chunk, quote=False)}</p>"
        if sanitize(html) != html:
            assert not [c for c in chunk if _rewritten(c)]
    assert all(_rewritten(c) for c in "\x00\r\xa0\ud800\udbff\udfff")


_TEXT = st.text(st.characters(codec="utf-8") | st.sampled_from("\x00\r\n\xa0<>&\"' \t\u2028\ufeff"), max_size=40)
_BLOCK = st.one_of(
    st.builds(Block, kind=st.just(PARAGRAPH), text=_TEXT),
    st.builds(Block, kind=st.just(HEADING), text=_TEXT, level=st.integers(0, 8)),
    st.builds(Block, kind=st.just(LIST), text=_TEXT, items=st.lists(_TEXT, max_size=4), ordered=st.booleans()),
    st.builds(Block, kind=st.just(PARAGRAPH), text=_TEXT, html=st.sampled_from(["", "<em>x</em>", "<script>x</script>"])),
)


def _outcome(render, *args):
    try:
        return render(*args)
    except UnicodeEncodeError as exc:
        return type(exc)


@settings(max_examples=300, deadline=None)
@given(st.lists(_BLOCK, max_size=6))
def test_a_body_is_what_the_sanitizer_makes_of_it(blocks):
    assert _outcome(render_html, blocks) == _outcome(sanitize, unsanitized_html(blocks)[0])


def test_markup_of_a_block_always_goes_through_the_sanitizer():
    blocks = [Block(text="Hi", html='<a href="javascript:alert(1)" onclick="x()">Hi</a><script>x</script>')]
    assert render_html(blocks) == sanitize(unsanitized_html(blocks)[0]) == '<p><a rel="noopener noreferrer nofollow">Hi</a></p>'


def test_every_corpus_body_is_what_the_sanitizer_makes_of_it():
    for input_path, _ in CORPUS_CASES + BLIND_CASES:
        if input_path.suffix == ".txt":
            paragraphs = [Block(text=p) for p in input_path.read_text(errors="replace").split("\n\n")]
            assert render_html(paragraphs) == sanitize(unsanitized_html(paragraphs)[0]), input_path


def test_a_plain_text_body_is_not_sent_through_the_sanitizer_and_one_with_markup_is(monkeypatch):
    sent = []
    monkeypatch.setattr(body, "sanitize", lambda html: sent.append(html) or html)
    render_html([Block(text="Fish & chips <3"), Block(kind=LIST, items=["a"]), Block(kind=HEADING, text="H")])
    assert sent == []
    render_html([Block(text="No\xa0break")])
    render_html([Block(text="x", html="<em>x</em>")])
    assert len(sent) == 2
