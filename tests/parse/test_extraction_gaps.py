"""What the page extractor left out inside the article is recorded, in place, and can be restored."""
from pathlib import Path

import pytest

from ingest import services
from ingest.items import LIST, PARAGRAPH, Block
from ingest.parse.extraction_gaps import RULE, with_left_out_text
from ingest.pipeline import run

PAGE = (Path(__file__).resolve().parent.parent / "fixtures" / "html" / "page-left-out-by-extractor.html").read_bytes()
LEAD = "PORTLAND (AP) — The harbor bridge reopened on Tuesday after six weeks of repairs, city officials said."
SECOND = "Commuters said the detour through the industrial district had added twenty minutes to every trip."
KEPT = [Block(kind=PARAGRAPH, text=LEAD), Block(kind=PARAGRAPH, text=SECOND)]


def page(article: str, before: str = "", after: str = "") -> str:
    return f"<html><body><nav>{before}</nav><article>{article}</article><section>{after}</section></body></html>"


CASES = [
    # the page's article markup, the left-out texts recorded (in order, each after the kept block it followed)
    (f"<p>{LEAD}</p><figcaption>The bridge at dawn. (Photo: Jo Lee)</figcaption><p>{SECOND}</p>",
     [LEAD, "The bridge at dawn. (Photo: Jo Lee)", SECOND]),
    (f"<p>{LEAD}</p><div>Advertisement</div><div>Advertisement</div><p>{SECOND}</p>",
     [LEAD, "Advertisement", SECOND]),  # the same text twice is one record
    (f"<p>{LEAD}</p><p>{SECOND}</p>", [LEAD, SECOND]),  # nothing left out
    (f"<p>{LEAD}</p><script>var ad = 'Advertisement';</script><p>{SECOND}</p>", [LEAD, SECOND]),  # code is no text
    (f"<p>By Ana Lopez</p><p>{LEAD}</p><p>{SECOND}</p>", [LEAD, SECOND]),  # before the article's first paragraph
    (f"<p>{LEAD}</p><figcaption><span>The bridge at dawn.</span><span>Jo Lee/AP</span></figcaption><p>{SECOND}</p>",
     [LEAD, "The bridge at dawn. Jo Lee/AP", SECOND]),  # separate spans read as separate words
    (f"<p>{LEAD}</p><div class='ad'><span>A</span>dvertisement</div><p>{SECOND}</p>",
     [LEAD, "Advertisement", SECOND]),  # a drop cap's span is no word break
]


def test_an_article_list_the_extractor_dropped_is_kept_as_a_list():
    items = ["Purchase price of about $340 million in cash and stock", "Expected to close in the second quarter"]
    html = page(f"<p>{LEAD}</p><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul><p>{SECOND}</p>")
    blocks = with_left_out_text(html, KEPT)
    assert [(b.kind, b.items, b.furniture) for b in blocks[1:2]] == [(LIST, items, "")]
    assert [b.text for b in blocks if b.kind == PARAGRAPH] == [LEAD, SECOND]


RESULTS = ("<table><tr><th>Candidate</th><th>Votes</th><th>%</th></tr><tr><td>Thabo Mokoena</td><td>870</td><td>27.9</td></tr>"
           "<tr><td><p><span>Johanna Fortuin</span></p></td><td>246</td><td>7.9</td></tr></table>")


@pytest.mark.parametrize("table,rows", [
    (RESULTS, ["Candidate Votes %", "Thabo Mokoena 870 27.9", "Johanna Fortuin 246 7.9"]),  # cells in <p> too
    # layout tables stay recorded furniture: a caption's one-column frame, a presentation grid, an image, links
    ("<table><tr><td>The bridge at dawn.</td></tr><tr><td>Photo: Jo Lee</td></tr></table>", None),
    (RESULTS.replace("<table>", "<table role='presentation'>"), None),
    (RESULTS.replace("<td>870</td>", "<td><img src='x.png'>870</td>"), None),
    ("<table><tr><td><a href='/a'>Most read story one</a></td><td><a href='/b'>Story two</a></td></tr>"
     "<tr><td><a href='/c'>Story three</a></td><td><a href='/d'>Story four</a></td></tr></table>", None),
    ("<table><tr><td>A</td><td>" + "a long cell of prose that runs on and on past a dozen words of text" + "</td></tr>"
     "<tr><td>B</td><td>C</td></tr></table>", None),
])
def test_a_data_table_the_extractor_dropped_is_kept_as_copy_one_paragraph_a_row(table, rows):
    blocks = with_left_out_text(page(f"<p>{LEAD}</p>{table}<p>{SECOND}</p>"), KEPT)
    middle = blocks[1:-1]
    if rows is None:
        assert middle and all(block.furniture == RULE for block in middle)
    else:
        assert [(block.kind, block.text, block.furniture) for block in middle] == [(PARAGRAPH, row, "") for row in rows]


def test_a_list_of_links_the_extractor_dropped_stays_recorded_furniture():
    links = "".join(f"<li><a href='/s{n}'>Related story number {n} about the bridge</a></li>" for n in range(3))
    blocks = with_left_out_text(page(f"<p>{LEAD}</p><ul>{links}</ul><p>{SECOND}</p>"), KEPT)
    assert [b.furniture for b in blocks[1:4]] == [RULE] * 3 and all(b.kind == PARAGRAPH for b in blocks)


def test_a_list_outside_the_article_container_stays_recorded_furniture():
    outside = "<aside><ul><li>Most read: a council story from last week</li></ul></aside>"
    blocks = with_left_out_text(page(f"<div><p>{LEAD}</p></div>{outside}<div><p>{SECOND}</p></div>"), KEPT)
    assert [(b.kind, b.furniture) for b in blocks[1:2]] == [(PARAGRAPH, RULE)]


@pytest.mark.parametrize("article, expected", CASES)
def test_left_out_text_is_inserted_where_the_page_had_it(article, expected):
    blocks = with_left_out_text(page(article, before="<a>News</a> <a>Sports</a>", after="<p>Be the first to comment.</p>"), KEPT)
    assert [b.text for b in blocks] == expected
    assert {b.furniture for b in blocks if b.text not in (LEAD, SECOND)} <= {RULE}
    assert [b.furniture for b in blocks if b.text in (LEAD, SECOND)] == ["", ""]


def test_navigation_and_comments_outside_the_article_span_are_not_recorded():
    html = page(f"<p>{LEAD}</p><p>{SECOND}</p>", before="<p>Subscribe now for unlimited access to local news</p>",
                after="<p>Great story, thanks for reporting on the bridge.</p>")
    assert with_left_out_text(html, KEPT) == KEPT


def test_the_headline_and_byline_the_item_keeps_are_not_left_out():
    html = page(f"<p>{LEAD}</p><p>By Ana Lopez</p><h2>Bridge reopens</h2><p>{SECOND}</p>")
    assert with_left_out_text(html, KEPT, also_kept=("Bridge reopens", "Ana Lopez")) == KEPT


def test_without_a_substantial_matched_paragraph_nothing_is_recorded():
    short = [Block(kind=PARAGRAPH, text="Bridge open.")]
    assert with_left_out_text(page("<p>Bridge open.</p><div>Advertisement</div>"), short) == short


def test_the_pipeline_records_each_left_out_piece_and_keeps_the_body_clean():
    (draft,) = run(PAGE, "text/html; charset=utf-8")
    assert [(p["text"], p["rule"]) for p in draft.removed] == [
        ("Water covers the coastal road near Eastern Passage on Wednesday. (Photo: Jo Lee)", RULE),
        ("Advertisement", RULE),
        ("Share on X Share on Facebook", RULE),
    ]
    assert "Advertisement" not in draft.body_text and "Photo: Jo Lee" not in draft.body_text
    assert "Be the first to comment" not in " ".join(p["text"] for p in draft.removed)  # comments follow the article
    assert draft.byline == "Sam Ortiz" and len(draft.body_text.split("\n\n")) == 4


@pytest.mark.django_db
def test_an_editor_restores_a_caption_the_extractor_left_out(wire_source):
    delivery = services.delivery_receive(source=wire_source, webhook_id="msg_page_gap", body=PAGE,
                                         content_type="text/html; charset=utf-8", headers={}, enqueue=False).delivery
    services.delivery_process(delivery.pk)
    delivery.refresh_from_db()
    story = delivery.story
    index = next(i for i, p in enumerate(story.removed) if p["text"].startswith("Water covers"))
    restored = services.story_restore_removal(story=story, index=index)
    paragraphs = restored.body_text.split("\n\n")
    caption = next(i for i, text in enumerate(paragraphs) if text.startswith("Water covers"))
    assert paragraphs[caption - 1].startswith("HALIFAX, Nova Scotia (CP)")
    assert paragraphs[caption + 1].startswith("Crews pumped water")


@pytest.mark.parametrize("heading, kept_as_subhead", [
    ("<h2>Trains every ten minutes</h2>", True),  # the story's own subhead
    ("<h3>4:15 PM — MRT-3 runs at reduced speed</h3>", True),  # a live page's entry heading
    ("<h2>Related stories</h2>", False),  # a related-links label
    ("<h2><a href='/x'>Council approves new ferry fares</a></h2>", False),  # a link to another story
    ("<h3>Sign up for our morning newsletter</h3>", False),  # a prompt
    ("<h2>Advertisement</h2>", False),
])
def test_a_subhead_the_extractor_dropped_among_kept_paragraphs_is_put_back_as_copy(heading, kept_as_subhead):
    blocks = with_left_out_text(page(f"<p>{LEAD}</p>{heading}<p>{SECOND}</p>"), KEPT)
    middle = blocks[1]
    assert (middle.kind == "heading" and not middle.furniture) is kept_as_subhead
    assert middle.furniture == ("" if kept_as_subhead else RULE)


def test_a_heading_the_extractor_kept_only_the_end_of_is_shown_whole_once():
    kept = [KEPT[0], Block(kind="heading", text="— Trains run at reduced speed"), KEPT[1]]
    html = page(f"<p>{LEAD}</p><h3><time>4:15 PM</time> — Trains run at reduced speed</h3><p>{SECOND}</p>")
    blocks = with_left_out_text(html, kept)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", LEAD), ("heading", "4:15 PM — Trains run at reduced speed"), ("paragraph", SECOND)]


def test_a_live_blogs_entry_times_the_extractor_dropped_are_copy():
    third = "Crews from Kansas and Nebraska are helping with repairs across the metro area, a spokesperson said."
    kept = [*KEPT, Block(kind=PARAGRAPH, text=third)]
    blocks = with_left_out_text(page(f"<div>2:15 PM</div><p>{LEAD}</p><div>12:40 PM</div><p>{SECOND}</p>"
                                     f"<div>08:15 GMT</div><p>{third}</p>"), kept)
    assert [(b.text, b.furniture) for b in blocks] == [
        (LEAD, ""), ("12:40 PM", ""), (SECOND, ""), ("08:15 GMT", ""), (third, "")]


def test_a_single_time_left_out_is_the_pages_stamp_and_stays_recorded():
    blocks = with_left_out_text(page(f"<p>{LEAD}</p><div>12:40 PM</div><p>{SECOND}</p>"), KEPT)
    assert [(b.text, b.furniture) for b in blocks] == [(LEAD, ""), ("12:40 PM", RULE), (SECOND, "")]


@pytest.mark.parametrize("box_class", ["key-points", "what-we-know", "in-brief"])
def test_a_key_points_box_the_extractor_dropped_is_the_storys(box_class):
    """A live page's "Key points" box in an <aside>: its title and items are copy, not a links box."""
    items = ["Daniel Rotich, 38, faced seven counts including manslaughter",
             "Prosecutors say he was never registered as a medical practitioner"]
    html = page(f"<p>{LEAD}</p><aside class='{box_class}'><h2>Key points</h2><ul>"
                f"{''.join(f'<li>{i}</li>' for i in items)}</ul></aside><p>{SECOND}</p>")
    blocks = with_left_out_text(html, KEPT)
    assert [(b.kind, b.items, b.furniture) for b in blocks if b.kind == LIST] == [(LIST, items, "")]


@pytest.mark.parametrize("box, copy", [
    # a box of its own among the copy, marked by no class: a title over a list without links
    ("<table><tr><td><strong>At a glance</strong><ul><li>Visitors: 40,200</li><li>Rise: 28 per cent</li></ul>"
     "</td></tr></table>", True),
    ("<div><h4>At a glance</h4><ul><li>Visitors: 40,200</li><li>Rise: 28 per cent</li></ul></div>", True),
    # the same box of links is another story's, and a box with more in it is not one title's list
    ("<div><strong>More news</strong><ul><li><a href='/a'>Visitors: 40,200</a></li>"
     "<li><a href='/b'>Rise: 28 per cent</a></li></ul></div>", False),
    ("<div><strong>At a glance</strong><p>Figures from the council.</p><ul><li>Visitors: 40,200</li>"
     "<li>Rise: 28 per cent</li></ul></div>", False),
])
def test_a_titled_list_in_a_box_of_its_own_among_the_copy(box, copy):
    blocks = with_left_out_text(page(f"<p>{LEAD}</p>{box}<p>{SECOND}</p>"), KEPT)
    lists = [(b.text, b.items) for b in blocks if b.kind == LIST and not b.furniture]
    assert lists == ([("At a glance", ["Visitors: 40,200", "Rise: 28 per cent"])] if copy else [])


def test_a_subhead_in_a_cell_styled_as_the_copys_cells_is_copy():
    """An HTML e-mail sets each paragraph in a table cell of its own: a heading the extractor left out, in a cell
    styled as the copy's cells, is the story's subhead; one in a cell styled otherwise stays recorded furniture."""
    style = "padding:0 24px;font-family:Georgia,serif"
    cells = "".join(f'<tr><td style="{style}">{inner}</td></tr>' for inner in (
        f"<p>{LEAD}</p>", "<h3>What was promised</h3>", f"<p>{SECOND}</p>"))
    other = '<tr><td style="background:#eee"><h3>From our sponsor today</h3></td></tr>'
    markup = f'<html><body><table role="presentation">{cells}{other}<tr><td style="{style}"><p>{LEAD} Again.</p></td></tr></table></body></html>'
    blocks = with_left_out_text(markup, [*KEPT, Block(kind=PARAGRAPH, text=f"{LEAD} Again.")])
    assert [(b.kind, b.text, b.furniture) for b in blocks] == [
        (PARAGRAPH, LEAD, ""), ("heading", "What was promised", ""), (PARAGRAPH, SECOND, ""),
        (PARAGRAPH, "From our sponsor today", RULE), (PARAGRAPH, f"{LEAD} Again.", "")]


def _entries(kind: str) -> str:
    entries = [("11.05am", "Evacuation centre nearly full",
                "The evacuation centre on the university campus has taken in 640 people and is close to capacity."),
               ("9.20am", "River peaks at 10.4 metres",
                "The river reached 10.4 metres at 9.08am, about 40 centimetres below the forecast peak on the gauge."),
               ("6.42am", "Evacuation order for CBD",
                "Emergency services issued an evacuation order for the CBD at 6.40am, telling residents to leave by 8am.")]
    return "".join(f'<article class="{kind}"><header><time>{time}</time></header><h3>{title}</h3><p>{text}</p>'
                   f'<footer><button>Share this update</button></footer></article>' for time, title, text in entries)


def test_a_live_pages_other_entries_beside_the_one_the_extractor_kept_are_copy():
    """The extractor keeps one <article class="live-entry"> of several and drops the rest silently: the entries
    repeated beside the kept one, each holding its time, are the page's copy too."""
    kept = [Block(kind=PARAGRAPH, text="The evacuation centre on the university campus has taken in 640 people and is "
                                        "close to capacity.")]
    blocks = with_left_out_text(page(f'<section class="live-feed">{_entries("live-entry")}</section>'), kept)
    texts = [block.text for block in blocks if not block.furniture]
    assert "River peaks at 10.4 metres" in texts and "Evacuation order for CBD" in texts
    assert any(text.startswith("The river reached 10.4 metres") for text in texts)
    assert any(text.startswith("Emergency services issued") for text in texts)


def test_a_live_pages_entries_the_extractor_left_out_are_copy_when_it_kept_two_and_a_lead_outside_them():
    """Two entries of three kept, the first kept paragraph a lead set above the entries: the third entry is copy."""
    lead = "Residents of the low-lying streets were told overnight to move to higher ground before the river peaks."
    kept = [Block(kind=PARAGRAPH, text=lead),
            Block(kind=PARAGRAPH, text="The evacuation centre on the university campus has taken in 640 people and is "
                                        "close to capacity."),
            Block(kind=PARAGRAPH, text="The river reached 10.4 metres at 9.08am, about 40 centimetres below the "
                                        "forecast peak on the gauge.")]
    markup = f'<div class="story"><p>{lead}</p><section class="live-feed">{_entries("live-entry")}</section></div>'
    texts = [block.text for block in with_left_out_text(page(markup), kept) if not block.furniture]
    assert "Evacuation order for CBD" in texts
    assert any(text.startswith("Emergency services issued") for text in texts)


def test_repeated_story_cards_beside_the_kept_story_are_not_its_copy():
    """The same repetition under a card's or a post's class is other stories (the next article a page loads)."""
    kept = [Block(kind=PARAGRAPH, text="The evacuation centre on the university campus has taken in 640 people and is "
                                        "close to capacity.")]
    blocks = with_left_out_text(page(f'<section class="more">{_entries("story-card")}</section>'), kept)
    assert not any(block.text.startswith("The river reached") and not block.furniture for block in blocks)


def test_a_cell_holding_the_kept_paragraphs_run_together_is_not_left_out():
    """A page built by hand sets its copy in one cell, its paragraphs split at its <br>s: the cell's text is the kept
    paragraphs one after another, no text left out (round 140's Pitkern page recorded its whole copy so)."""
    html = page(f"<p>{LEAD}</p><div>{LEAD}<br><br>{SECOND}</div><p>{SECOND}</p>")
    assert [b.furniture for b in with_left_out_text(html, KEPT)] == ["", ""]


def test_an_e_mails_fact_box_in_rows_of_its_own_is_kept_as_copy():
    """An HTML e-mail sets a fact box's title in one table row and its list in the next, the list's cell styled as
    the copy's cells with its declarations in another order (round 140's newsletter): both are copy, in place."""
    raw = (Path(__file__).resolve().parent.parent / "fixtures" / "html" / "newsletter-fact-box-in-rows.html").read_bytes()
    draft = run(raw, "text/html; charset=utf-8")[0]
    paragraphs = draft.body_text.split("\n\n")
    assert paragraphs[2] == ("Les bons réflexes à la maison\nMoucher régulièrement le nez de l'enfant.\n"
                             "Fractionner les repas et proposer à boire souvent.")  # the titled list
    assert paragraphs[-1].startswith("Le service rappelle")
    assert "Les bons réflexes à la maison" not in [removal["text"] for removal in draft.removed]
