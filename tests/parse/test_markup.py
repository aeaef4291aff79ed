"""Body markup -> Blocks: structure kept, inline links kept, media and scripts left out, copy untouched."""
import pytest

from ingest.items import HEADING, LIST, PARAGRAPH
from ingest.parse.markup import blocks_from_html, blocks_from_text, looks_like_html

CASES = [
    ("<p>One</p><p>Two</p>", [(PARAGRAPH, "One"), (PARAGRAPH, "Two")]),
    ("<h1>Top</h1><h3>Sub</h3>", [(HEADING, "Top"), (HEADING, "Sub")]),
    ("<ol><li>a</li><li>b</li></ol>", [(LIST, "a / b")]),
    ("<blockquote><p>Quoted</p></blockquote>", [(PARAGRAPH, "Quoted")]),
    ("Loose text <em>with emphasis</em><p>Then a paragraph</p>", [(PARAGRAPH, "Loose text with emphasis"), (PARAGRAPH, "Then a paragraph")]),
    ("<p>Line<br>break</p>", [(PARAGRAPH, "Line break")]),
    ("<p>Keep  its   typo teh</p>", [(PARAGRAPH, "Keep its typo teh")]),
    ("<script>alert(1)</script><style>p{}</style><p>Safe</p>", [(PARAGRAPH, "Safe")]),
    ("<figure><img src=x><figcaption>Caption</figcaption></figure><p>Copy</p>", [(PARAGRAPH, "Copy")]),
    ("<div><div><p>Deep</p></div></div>", [(PARAGRAPH, "Deep")]),
    ("<p><p>nested</p></p>", [(PARAGRAPH, "nested")]),
    ("<p>  </p><p>Kept</p>", [(PARAGRAPH, "Kept")]),
    ("<!-- note --><p>After comment</p>", [(PARAGRAPH, "After comment")]),
    ("<p>Copy <script>track()</script>continues <img src=x>here</p>", [(PARAGRAPH, "Copy continues here")]),
    ("Loose <em>one</em> <strong>two</strong> <a href='x'>three</a><p>Next</p>", [(PARAGRAPH, "Loose one two three"), (PARAGRAPH, "Next")]),
    ("<div>Loose\x01 <b>text</b> with a control character</div>", [(PARAGRAPH, "Loose text with a control character")]),
    ("", []),
]


@pytest.mark.parametrize(("markup", "expected"), CASES)
def test_blocks_from_html(markup, expected):
    blocks = blocks_from_html(markup)
    assert [(b.kind, b.text or " / ".join(b.items)) for b in blocks] == expected


def test_inline_markup_is_kept_for_rendering_only_when_there_is_some():
    linked, plain = blocks_from_html('<p>See <a href="https://x.org">this</a>.</p><p>Plain.</p>')
    assert linked.html == 'See <a href="https://x.org">this</a>.' and linked.text == "See this."
    assert plain.html == ""


def test_heading_levels_start_at_two():
    assert [b.level for b in blocks_from_html("<h1>a</h1><h4>b</h4>")] == [2, 4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\nTwo\nwrapped.", ["One.", "Two wrapped."]),
        ("Line one.\nLine two.", ["Line one.", "Line two."]),
        ("\r\nWindows\r\n\r\nlines\r\n", ["Windows", "lines"]),
        ("   ", []),
    ],
)
def test_blocks_from_text(text, expected):
    assert [b.text for b in blocks_from_text(text)] == expected


@pytest.mark.parametrize(("value", "expected"), [("<p>x</p>", True), ("a <br/> b", True), ("5 < 6 and 7 > 3", False), ("plain", False)])
def test_looks_like_html(value, expected):
    assert looks_like_html(value) is expected


def test_a_hard_wrapped_story_in_one_paragraph_is_split_at_its_indents():
    """Reuters pours the whole teletype story into one <p>: indented lines start paragraphs."""
    markup = (
        "<p>(Adds comments)\n    * Spot gold may edge up\n    * Dollar index down\n\n    By Arpan Varghese\n"
        "    Jan 30 (Reuters) - Gold rose on Tuesday on increased safe\nhaven demand.\n"
        "    Traders were also awaiting the\nFed.\n\n (Reporting by Arpan Varghese)</p>"
    )
    assert [b.text for b in blocks_from_html(markup)] == [
        "(Adds comments)", "* Spot gold may edge up", "* Dollar index down", "By Arpan Varghese",
        "Jan 30 (Reuters) - Gold rose on Tuesday on increased safe haven demand.", "Traders were also awaiting the Fed.",
        "(Reporting by Arpan Varghese)",
    ]


def test_an_ordinary_multi_line_paragraph_stays_one():
    assert [b.text for b in blocks_from_html("<p>One sentence\nwrapped by an editor\nin its source\nfile.</p>")] == [
        "One sentence wrapped by an editor in its source file."
    ]


@pytest.mark.parametrize(
    ("paragraphs", "byline", "left"),
    [
        (["By Arpan Varghese", "Copy."], "By Arpan Varghese", ["Copy."]),
        (["(Adds detail)", "By Jane Doe and John Roe, Associated Press", "Copy."], "By Jane Doe and John Roe, Associated Press", ["(Adds detail)", "Copy."]),
        (["By the end of the day, markets had recovered.", "Copy."], "", ["By the end of the day, markets had recovered.", "Copy."]),
        (["Copy."] * 6 + ["By Late Line"], "", ["Copy."] * 6 + ["By Late Line"]),
    ],
)
def test_take_body_byline(paragraphs, byline, left):
    from ingest.items import Block
    from ingest.parse.markup import take_body_byline

    found, blocks = take_body_byline([Block(text=text) for text in paragraphs])
    assert found == byline and [b.text for b in blocks] == left


def test_entity_declarations_in_an_html_body_are_never_expanded():
    markup = (
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><p>&b;</p>'
        '<p><!ENTITY d SYSTEM "file:///etc/passwd">&d;</p>'
    )
    texts = " ".join(b.text for b in blocks_from_html(markup))
    assert "aaaaaaaaaa" not in texts and "root:" not in texts


@pytest.mark.parametrize("markup, furniture", [
    # the platform's furniture inside a feed's copy, named by the CMS's class, whatever language its words are in
    ('<p class="share">Kabula nsangu yayi ye bakundi baku</p>', "markup:share"),
    ('<div class="newsletter-box"><p>Sapotim lokol nius</p></div>', "markup:newsletter-box"),
    ('<ul class="related"><li>Gatiin shaayii Wandoo Gannatti gadi bu\'e</li></ul>', "markup:related"),
    ('<p class="wa-cta">Landa beto mu WhatsApp</p>', "markup:wa-cta"),
    # copy's classes, a wire's sign-off under "credit", a language's code as a class part: none
    ('<p class="lead">Bimvwama bia ngoma 40 bituka ku Soyo.</p>', ""),
    ('<p class="credit">Reporting by Jane Doe; editing by John Roe</p>', ""),
    ('<p class="lang-nl">De gemeente stemde dinsdag in met het plan.</p>', ""),
    ('<p class="read">Nkembo yayi ikwenda lumbu tatu.</p>', ""),
])
def test_furniture_inside_a_feeds_copy_by_its_class(markup, furniture):
    blocks = blocks_from_html("<p>Nkembo yayi ikwenda lumbu tatu, ye ikusukila ye nzietelo.</p>" + markup)
    assert [block.furniture for block in blocks] == ["", furniture]
