"""Workflow transitions, optimistic locking and the history they leave."""
from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from ingest import services
from ingest.models import Story
from ingest.services.workflow import TRANSITIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(wire_source):
    return Story.objects.create(source=wire_source, guid="g-1", headline="Original headline", body_text="Body.")


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("ed", password="x", is_staff=True)


ALL_PAIRS = [(a, b) for a in Story.Status.values for b in Story.Status.values if a != b]


@pytest.mark.parametrize(("start", "to"), ALL_PAIRS)
def test_transition_table(story, user, start, to):
    Story.objects.filter(pk=story.pk).update(status=start)
    story.refresh_from_db()
    if to in TRANSITIONS[start]:
        services.story_transition(story=story, to=to, user=user)
        story.refresh_from_db()
        assert story.status == to
    else:
        with pytest.raises(ValidationError):
            services.story_transition(story=story, to=to, user=user)
        story.refresh_from_db()
        assert story.status == start


def test_publish_sets_published_at_once_and_records_who(story, user):
    services.story_transition(story=story, to=Story.Status.APPROVED, user=user)
    services.story_transition(story=story, to=Story.Status.PUBLISHED, user=user)
    story.refresh_from_db()
    first_published = story.published_at
    assert first_published is not None
    services.story_transition(story=story, to=Story.Status.DRAFT, user=user)
    services.story_transition(story=story, to=Story.Status.PUBLISHED, user=user)
    story.refresh_from_db()
    assert story.published_at == first_published  # the first publication time is kept
    statuses = list(story.history.order_by("history_date", "history_id").values_list("status", "history_user__username"))
    assert statuses[1:] == [("approved", "ed"), ("published", "ed"), ("draft", "ed"), ("published", "ed")]


def test_every_transition_bumps_lock_version(story, user):
    before = story.lock_version
    services.story_transition(story=story, to=Story.Status.APPROVED, user=user)
    assert Story.objects.get(pk=story.pk).lock_version == before + 1


def test_next_statuses_follow_the_table():
    for status, allowed in TRANSITIONS.items():
        assert set(services.next_statuses(status)) == allowed
    assert services.next_statuses(Story.Status.KILLED) == []


def test_save_edits_writes_only_changed_fields_and_marks_editor(story, user):
    seen = story.lock_version
    # A wire update recorded after the editor opened the form must survive the editor's save.
    Story.objects.filter(pk=story.pk).update(pending_update={"version": 2, "fields": {"headline": "Wire v2"}})
    story.headline = "Editor headline"
    services.story_save_edits(story=story, seen_lock_version=seen, fields=["headline"], user=user)
    story.refresh_from_db()
    assert story.headline == "Editor headline"
    assert story.lock_version == seen + 1
    assert story.edited_by_editor and story.edited_by == user
    assert story.pending_update == {"version": 2, "fields": {"headline": "Wire v2"}}
    assert story.history.latest("history_date").history_user == user


def test_stale_save_is_refused_and_names_who_saved(story, user, django_user_model):
    other = django_user_model.objects.create_user("rival", password="x")
    seen_by_first = story.lock_version
    rival_copy = Story.objects.get(pk=story.pk)
    rival_copy.headline = "Rival headline"
    services.story_save_edits(story=rival_copy, seen_lock_version=seen_by_first, fields=["headline"], user=other)

    story.headline = "My headline"
    with pytest.raises(services.StaleStoryError) as refused:
        services.story_save_edits(story=story, seen_lock_version=seen_by_first, fields=["headline"], user=user)
    assert "rival" in refused.value.messages[0] and "Reload" in refused.value.messages[0]
    assert Story.objects.get(pk=story.pk).headline == "Rival headline"


def test_a_workflow_step_also_makes_an_open_form_stale(story, user):
    seen = story.lock_version
    services.story_transition(story=Story.objects.get(pk=story.pk), to=Story.Status.APPROVED, user=user)
    with pytest.raises(services.StaleStoryError):
        services.story_check_fresh(story=story, seen_lock_version=seen)
    services.story_check_fresh(story=story, seen_lock_version=seen + 1)  # the current version passes


def test_has_removed_boilerplate_follows_removed(story):
    assert story.has_removed_boilerplate is False
    story.removed = [{"text": "Advertisement", "rule": "library:ad", "block": 1, "item": None}]
    story.save(update_fields=["removed"])
    assert Story.objects.get(pk=story.pk).has_removed_boilerplate is True
    story.removed = []
    story.save()
    assert Story.objects.get(pk=story.pk).has_removed_boilerplate is False


# --- an editor's body edit -----------------------------------------------------------------


@pytest.fixture
def sample_story(wire_source, sample_bytes):
    from tests.admin.conftest import make_story_from_sample

    return make_story_from_sample(wire_source, sample_bytes)


def test_body_edit_is_sanitized_and_plain_text_follows(sample_story, user):
    story = sample_story
    story.body_html = story.body_html.replace("<p>", "<p onclick=\"steal()\">", 1) + '\n<p>Editor\'s note.<script>alert(1)</script></p>'
    services.story_save_edits(story=story, seen_lock_version=story.lock_version, fields=["body_html"], user=user)
    story.refresh_from_db()
    assert "script" not in story.body_html and "onclick" not in story.body_html
    assert story.body_html.endswith("<p>Editor's note.</p>")
    assert story.body_text.endswith("Editor's note.")
    assert len(story.blocks) > 3


def test_restore_after_a_body_edit_keeps_the_edit_and_the_position(sample_story, user):
    from ingest.models import Story as StoryModel

    story = sample_story
    prompt = story.removed[0]["text"]
    edited_html = story.body_html.replace("Rubio", "Secretary Rubio", 1)
    assert edited_html != story.body_html
    story.body_html = edited_html
    services.story_save_edits(story=story, seen_lock_version=story.lock_version, fields=["body_html"], user=user)
    restored = services.story_restore_removal(story=StoryModel.objects.get(pk=story.pk), index=0, user=user)
    assert "Secretary Rubio" in restored.body_html  # the edit survived the re-render
    paragraphs = restored.body_text.split("\n\n")
    assert paragraphs[-1] == prompt  # back at the end, where the wire had it


@pytest.mark.parametrize(
    ("old_texts", "new_texts", "origins"),
    [
        (["a", "b", "c"], ["a", "b", "c"], [0, 1, 2]),              # unchanged
        (["a", "b", "c"], ["a", "B!", "c"], [0, 1, 2]),             # one edited in place
        (["a", "b", "c"], ["a", "new", "b", "c"], [0, 0, 1, 2]),    # inserted: takes its predecessor's
        (["a", "b", "c"], ["a", "c"], [0, 2]),                      # deleted
        (["a", "b"], ["new", "a", "b"], [0, 0, 1]),                 # inserted first
        ([], ["x"], [-1]),                                          # nothing to carry
    ],
)
def test_carry_origins(old_texts, new_texts, origins):
    from ingest.items import Block
    from ingest.services.workflow import carry_origins

    old = [Block(text=t, origin=i) for i, t in enumerate(old_texts)]
    new = [Block(text=t) for t in new_texts]
    carry_origins(old, new)
    assert [b.origin for b in new] == origins


def test_publishing_an_embargoed_story_dates_it_from_the_embargo(story, user):
    from datetime import timedelta

    from django.utils import timezone

    lifts = timezone.now() + timedelta(hours=3)
    story.embargoed_until = lifts
    story.save()
    story = services.story_transition(story=story, to=Story.Status.PUBLISHED, user=user)
    assert story.published_at == lifts  # on top of the feed when it appears, not buried under later stories


# --- what the rich-text editor posts: one sanitizer, on save -----------------------------------

EDITOR_OUTPUT = [
    # (what, posted HTML as the editor or a tampered post sends it, must be stored, must not be stored)
    ("heading, list and link kept",
     '<h2>What changes</h2><ul><li><p>Tolls rise</p></li><li><p>Lanes close</p></li></ul>'
     '<p>See <a href="https://example.com/plan" rel="noopener" target="_blank">the plan</a>.</p>',
     ["<h2>What changes</h2>", "<ul><li>Tolls rise</li><li>Lanes close</li></ul>", 'href="https://example.com/plan"', "the plan"],
     ['target="_blank"']),
    ("script element and its text dropped", "<p>Copy.</p><script>alert(1)</script>", ["<p>Copy.</p>"], ["script", "alert"]),
    ("style element dropped", "<style>p{display:none}</style><p>Copy.</p>", ["<p>Copy.</p>"], ["style", "display"]),
    ("onclick handler dropped", '<p onclick="steal()">Copy.</p>', ["<p>Copy.</p>"], ["onclick", "steal"]),
    ("javascript: link dropped", '<p><a href="javascript:steal()">Copy</a>.</p>', ["Copy"], ["javascript"]),
    ("inline style dropped", '<p style="color:red">Copy.</p>', ["<p>Copy.</p>"], ["style", "color"]),
    ("iframe dropped", '<p>Copy.</p><iframe src="https://evil.example"></iframe>', ["<p>Copy.</p>"], ["iframe", "evil"]),
    ("an h1 (the editor offers none) keeps its text as a paragraph", "<h1>Big</h1><p>Copy.</p>", ["<p>Big</p>"], ["<h1>"]),
    ("numbered list kept, its attributes not", '<ol start="3" type="a"><li><p>Third</p></li></ol>', ["<ol><li>Third</li></ol>"],
     ["start=", "type="]),
    ("the editor's empty link title left out", '<p><a href="https://example.com" title="">Copy</a>.</p>',
     ['<a href="https://example.com" rel="noopener noreferrer nofollow">Copy</a>'], ['title=']),
    ("bold and italic kept", "<p><strong>Key</strong> and <em>stress</em>.</p>", ["<strong>Key</strong>", "<em>stress</em>"], []),
]


@pytest.mark.parametrize("what,posted,kept,dropped", EDITOR_OUTPUT, ids=[case[0] for case in EDITOR_OUTPUT])
def test_editor_output_is_sanitized_on_save(sample_story, user, what, posted, kept, dropped):
    story = sample_story
    story.body_html = posted
    services.story_save_edits(story=story, seen_lock_version=story.lock_version, fields=["body_html"], user=user)
    story.refresh_from_db()
    for fragment in kept:
        assert fragment in story.body_html, (what, story.body_html)
    for fragment in dropped:
        assert fragment not in story.body_html and fragment not in story.body_text, (what, story.body_html)


@pytest.mark.parametrize("reserialized", [
    lambda html: html.replace("\n", ""),                                  # no line breaks between blocks
    lambda html: html.replace("<li>", "<li><p>").replace("</li>", "</p></li>"),  # list items as paragraphs
    lambda html: html.replace('rel="noopener noreferrer nofollow"', ""),  # its own link attributes
], ids=["no newlines", "paragraphs in list items", "link attributes"])
def test_the_editors_own_serialization_of_the_same_copy_is_no_edit(sample_story, reserialized):
    html = sample_story.body_html + '\n<ul><li>One</li></ul>\n<p><a href="https://example.com" rel="noopener noreferrer nofollow">x</a></p>'
    assert services.canonical_body_html(reserialized(html)) == services.canonical_body_html(html)
    assert services.canonical_body_html(html.replace("Rubio", "Secretary Rubio", 1)) != services.canonical_body_html(html)
