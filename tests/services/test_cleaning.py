"""Cleaning services: restoring removed pieces, previewing rules, learning recurring boilerplate."""
import uuid

import pytest

from ingest import services
from ingest.models import BoilerplateRule, Story

pytestmark = pytest.mark.django_db

FOOTER = "The Daily Ledger is published by Ledger Media Group, 12 Main St., Springfield."


def _receive(source, body: str, content_type="text/plain; charset=utf-8"):
    outcome = services.delivery_receive(
        source=source, webhook_id=f"msg_{uuid.uuid4().hex}", body=body.encode(), content_type=content_type,
        headers={}, enqueue=False,
    )
    return outcome.delivery


def _ingest(source, body: str) -> Story:
    delivery = _receive(source, body)
    services.delivery_process(delivery.pk)
    delivery.refresh_from_db()
    return delivery.story


STORY_WITH_JUNK = """Harbor bridge reopens after repairs
By Ana Lopez

PORTLAND, Maine (AP) — The harbor bridge reopened Tuesday after six weeks of repairs, city officials said.
Advertisement
Readers can comment on the repair plan until March 1, the city said.
Related stories:
- Bridge closed for repairs
- City council approves budget
Traffic was light on the first morning, and commuters said the detour had added 20 minutes each way.
You must Register or Login to post a comment.
"""


# --- restore -----------------------------------------------------------------------


def test_pipeline_records_each_removal_with_rule_and_position(wire_source):
    story = _ingest(wire_source, STORY_WITH_JUNK)
    pieces = {(p["text"], p["rule"]) for p in story.removed}
    assert ("Advertisement", "library:advertisement") in pieces
    assert ("You must Register or Login to post a comment.", "library:comment-prompt") in pieces
    assert ("Bridge closed for repairs", "library:related-links:block") in pieces
    assert "Readers can comment on the repair plan until March 1, the city said." in story.body_text
    assert all(isinstance(p["block"], int) for p in story.removed)


def test_restore_puts_a_paragraph_back_in_its_place(wire_source, django_user_model):
    story = _ingest(wire_source, STORY_WITH_JUNK)
    editor = django_user_model.objects.create_user("ed", password="x")
    index = next(i for i, p in enumerate(story.removed) if p["text"] == "Advertisement")
    before = len(story.removed)
    restored = services.story_restore_removal(story=story, index=index, user=editor)
    paragraphs = restored.body_text.split("\n\n")
    assert paragraphs[paragraphs.index("Advertisement") - 1].startswith("PORTLAND, Maine (AP)")
    assert paragraphs[paragraphs.index("Advertisement") + 1].startswith("Readers can comment")
    assert "<p>Advertisement</p>" in restored.body_html
    assert len(restored.removed) == before - 1
    assert restored.edited_by == editor and restored.edited_by_editor
    assert restored.history.first().history_user == editor


def test_restore_list_items_in_any_order_lands_them_in_wire_order(wire_source):
    story = _ingest(wire_source, STORY_WITH_JUNK)

    def restore(text):
        index = next(i for i, p in enumerate(story.removed) if p["text"] == text)
        return services.story_restore_removal(story=story, index=index)

    story = restore("City council approves budget")
    story = restore("Related stories:")
    story = restore("Bridge closed for repairs")
    lines = story.body_text.split("\n")
    start = lines.index("Related stories:")
    assert lines[start:start + 3] == ["Related stories:", "Bridge closed for repairs", "City council approves budget"]
    assert "<li>Bridge closed for repairs</li><li>City council approves budget</li>" in story.body_html


def test_restore_every_piece_gives_back_the_whole_wire_body(wire_source):
    story = _ingest(wire_source, STORY_WITH_JUNK)
    while story.removed:
        story = services.story_restore_removal(story=story, index=len(story.removed) - 1)
    text = story.body_text
    for line in ("Advertisement", "You must Register or Login to post a comment.", "Related stories:", "Bridge closed for repairs"):
        assert line in text
    assert text.index("Advertisement") < text.index("Readers can comment") < text.index("Related stories:")
    assert text.rstrip().endswith("You must Register or Login to post a comment.")


def test_restore_into_a_hand_edited_body_keeps_the_editors_html(wire_source):
    story = _ingest(wire_source, STORY_WITH_JUNK)
    story.body_html = story.body_html.replace("Traffic was light", "Traffic was very light")
    story.save()
    index = next(i for i, p in enumerate(story.removed) if p["text"].startswith("You must Register"))
    restored = services.story_restore_removal(story=story, index=index)
    assert "Traffic was very light" in restored.body_html
    assert "<p>You must Register or Login to post a comment.</p>" in restored.body_html


def test_restore_of_a_nag_taken_from_the_subheadline_slot_puts_it_back_there(wire_source):
    # (A prompt to the reader under the headline, "Share | Email | Print", is handed to the cleaner as a paragraph
    # by the parser; a line only the library knows still reaches the subheadline slot.)
    story = _ingest(wire_source, "County adopts new flood maps\n\nStory continues below advertisement\nThe county adopted new flood maps on Tuesday.\n")
    assert story.subheadline == "" and story.removed[0]["block"] == -1
    restored = services.story_restore_removal(story=story, index=0)
    assert restored.subheadline == "Story continues below advertisement"
    assert restored.body_text == "The county adopted new flood maps on Tuesday." and restored.removed == []


def test_restore_of_a_missing_piece_is_an_index_error(wire_source):
    story = _ingest(wire_source, STORY_WITH_JUNK)
    with pytest.raises(IndexError):
        services.story_restore_removal(story=story, index=len(story.removed))
    with pytest.raises(IndexError):
        services.story_restore_removal(story=story, index=-1)


# --- preview -------------------------------------------------------------------------


def test_rule_preview_lists_lines_from_recent_deliveries_without_saving(wire_source):
    first = _receive(wire_source, "Storm hits coast\n\nThe storm hit the coast.\nFollow the Ledger on Mastodon\n")
    second = _receive(wire_source, "Vote count delayed\n\nThe count was delayed.\n")
    hits = services.rule_preview(source=wire_source, pattern="Follow the Ledger on Mastodon", is_regex=False)
    assert [(h.delivery_id, h.line) for h in hits] == [(first.pk, "Follow the Ledger on Mastodon")]
    assert second.pk not in {h.delivery_id for h in hits}
    assert not BoilerplateRule.objects.exists()


def test_rule_preview_regex_and_refusal_of_backtracking_patterns(wire_source):
    _receive(wire_source, "Storm hits coast\n\nThe storm hit the coast.\nSponsored by Acme Tools\n")
    hits = services.rule_preview(source=wire_source, pattern=r"sponsored by [\w ]+", is_regex=True)
    assert [h.line for h in hits] == ["Sponsored by Acme Tools"]
    with pytest.raises(ValueError, match="backtrack"):
        services.rule_preview(source=wire_source, pattern=r"(\w+\s?)+$", is_regex=True)
    with pytest.raises(ValueError, match="valid"):
        services.rule_preview(source=wire_source, pattern=r"(unclosed", is_regex=True)


def test_editor_rule_removes_and_counts_hits(wire_source):
    rule = BoilerplateRule.objects.create(source=wire_source, pattern="Sponsored by Acme Tools", is_regex=False)
    story = _ingest(wire_source, "Storm hits coast\n\nThe storm hit the coast on Monday.\nSponsored by Acme Tools\n")
    assert {"text": "Sponsored by Acme Tools", "rule": f"rule:{rule.pk}", "block": 1, "item": None} in story.removed
    rule.refresh_from_db()
    assert rule.hit_count == 1


# --- learning --------------------------------------------------------------------------

TOPICS = [
    ("Council passes budget", "The council passed a $2 million budget on Monday after a long debate."),
    ("School board picks chief", "The school board chose a new superintendent from three finalists."),
    ("Storm knocks out power", "About 4,000 homes lost power when the storm moved through overnight."),
    ("Mill to close in spring", "The paper mill will close in April, putting 120 people out of work."),
    ("Ferry fares go up", "Ferry fares will rise by 50 cents on July 1, the operator said."),
]


def _story_body(headline: str, lead: str) -> str:
    # A standing dateline opens every lead; a standard sentence recurs inside a paragraph; the footer recurs whole.
    return (
        f"{headline}\n\nSPRINGFIELD (AP) — {lead}\n"
        f"Officials said more details would follow. {headline} was the week's top item in the city.\n"
        "SPRINGFIELD (AP) —\n"
        f"{FOOTER}\n"
    )


def test_learning_suggests_a_recurring_footer_but_not_story_text(wire_source):
    for headline, lead in TOPICS[:4]:  # four stories: evidence enough to suggest, not to act alone
        _receive(wire_source, _story_body(headline, lead))
    created = services.source_learn_boilerplate(source=wire_source)
    assert [rule.pattern for rule in created] == [FOOTER]
    rule = created[0]
    assert rule.suggested and not rule.active and rule.source == wire_source
    assert "4 of the last 4" in rule.note
    # Asking again suggests nothing new.
    assert services.source_learn_boilerplate(source=wire_source) == []


def test_learning_counts_a_resent_story_once(wire_source):
    headline, lead = TOPICS[0]
    for _ in range(5):
        _receive(wire_source, _story_body(headline, lead))
    assert services.source_learn_boilerplate(source=wire_source) == []


def test_confirmed_suggestion_becomes_an_active_rule_and_cleans_new_stories(wire_source):
    for headline, lead in TOPICS[:4]:
        _receive(wire_source, _story_body(headline, lead))
    (rule,) = services.source_learn_boilerplate(source=wire_source)
    assert services.boilerplate_learn_all() == 0
    services.rule_confirm_suggestion(rule=rule)
    rule.refresh_from_db()
    assert rule.active and not rule.suggested
    story = _ingest(wire_source, _story_body("Library hours extended", "The library will open on Sundays from May."))
    assert FOOTER not in story.body_text
    assert any(p["rule"] == f"rule:{rule.pk}" for p in story.removed)


def test_dismissed_suggestion_is_not_suggested_again(wire_source):
    for headline, lead in TOPICS[:4]:
        _receive(wire_source, _story_body(headline, lead))
    (rule,) = services.source_learn_boilerplate(source=wire_source)
    services.rule_dismiss_suggestion(rule=rule)
    rule.refresh_from_db()
    assert not rule.active and not rule.suggested and rule.note.startswith("Dismissed")
    assert services.source_learn_boilerplate(source=wire_source) == []


def test_the_periodic_task_learns_for_every_active_source(wire_source, settings):
    from ingest.tasks import learn_boilerplate

    for headline, lead in TOPICS:
        _receive(wire_source, _story_body(headline, lead))
    assert learn_boilerplate() == 1  # the task body, run in-process: thin wiring over boilerplate_learn_all
    assert BoilerplateRule.objects.get().pattern == FOOTER
    schedule = settings.CELERY_BEAT_SCHEDULE["learn-boilerplate"]
    assert schedule["task"] == "ingest.tasks.learn_boilerplate" and schedule["schedule"] > 0


def test_rule_preview_stops_at_its_hard_time_limit_and_says_so(wire_source, settings, admin_client):
    """Issue 11.4: a preview ran 314 s in a web thread; now it has a hard limit and a clear message."""
    from ingest.services.cleaning import PreviewTooSlow

    _receive(wire_source, "Storm hits coast\n\n" + "\n".join(f"Line {i} of the story." for i in range(200)) + "\n")
    with pytest.raises(PreviewTooSlow, match="preview stopped after"):
        services.rule_preview(source=wire_source, pattern=r"line \d+ of the \w+", is_regex=True, seconds=0.000001)
    settings.INGEST = {**settings.INGEST, "RULE_PREVIEW_SECONDS": 0.000001}
    page = admin_client.get(f"/admin/ingest/wiresource/{wire_source.pk}/rule-preview/",
                            {"pattern": r"line \d+ of the \w+", "is_regex": "1"})
    assert page.status_code == 200 and "The preview stopped after" in page.content.decode()


@pytest.mark.django_db(transaction=True)
def test_learning_reads_outside_any_transaction_and_writes_briefly(wire_source, monkeypatch):
    """Issue 11.3: re-parsing 200 deliveries under the write lock made webhooks wait and fail with 503."""
    from django.db import connection

    from ingest.services import cleaning

    for n in range(4):
        _receive(wire_source, f"Story {n} headline\n\nSPRINGFIELD (AP) \u2014 Lead {n}.\nThe Ledger is published by Ledger Media.\n")
    in_transaction = []
    real_clean = cleaning.clean
    monkeypatch.setattr(cleaning, "clean", lambda item, rules, **options: in_transaction.append(connection.in_atomic_block)
                        or real_clean(item, rules, **options))
    created = services.source_learn_boilerplate(source=wire_source)
    assert [rule.pattern for rule in created] == ["The Ledger is published by Ledger Media."]
    assert in_transaction and not any(in_transaction)


# --- learned furniture that acts on its own ------------------------------------------------

# Worded as no shipped rule knows it ("Thanks for reading ..." is a newsletter's closing the library now names).
PLATFORM_FOOTER = "Enjoyed the Ledger Line? Forward this to a neighbor who cares about City Hall."
DESK_SENTENCE = "The company did not respond to a request for comment, a spokesman said on Monday."


def _platform_story(n: int) -> str:
    return (
        f"Council item {n} moves ahead\n\nSPRINGFIELD — The council advanced item {n} on Tuesday after a debate "
        f"that ran past midnight, with {n + 3} members in favor.\n{DESK_SENTENCE}\n{PLATFORM_FOOTER}\n"
    )


def test_a_platforms_footer_in_no_list_is_learned_and_removed_on_its_own(wire_source):
    """Twenty items from one platform whose footer no shipped rule knows: strong evidence makes it an active rule."""
    for n in range(20):
        _ingest(wire_source, _platform_story(n))
    assert all(PLATFORM_FOOTER in s.body_text for s in Story.objects.all())  # no list knew it
    created = services.source_learn_boilerplate(source=wire_source)
    rule = next(r for r in created if r.pattern == PLATFORM_FOOTER)
    assert rule.active and rule.suggested and rule.note.startswith("Learned and active")
    # The recurring sentence of copy (reported speech) is only suggested, never removed on its own.
    desk = next(r for r in created if r.pattern == DESK_SENTENCE)
    assert not desk.active and desk.suggested

    story = _ingest(wire_source, _platform_story(99))
    assert PLATFORM_FOOTER not in story.body_text and DESK_SENTENCE in story.body_text
    piece = next(p for p in story.removed if p["text"] == PLATFORM_FOOTER)
    assert piece["rule"] == f"learned:{rule.pk}"
    rule.refresh_from_db()
    assert rule.hit_count == 1

    # Restorable like any removal, and an editor can dismiss the rule: it stops acting.
    index = story.removed.index(piece)
    services.story_restore_removal(story=story, index=index)
    story.refresh_from_db()
    assert PLATFORM_FOOTER in story.body_text
    services.rule_dismiss_suggestion(rule=rule)
    later = _ingest(wire_source, _platform_story(100))
    assert PLATFORM_FOOTER in later.body_text
