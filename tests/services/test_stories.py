"""Versions and updates: resends, newer versions, editors' edits kept beside the wire, corrections, holds and kills."""
import json
from datetime import datetime, timezone

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest import services
from ingest.models import Story
from ingest.pipeline import run

pytestmark = pytest.mark.django_db

GUID = "urn:example:wire:story-1"


def draft(version=1, headline="Original headline", pubstatus="usable", ednote="", versioncreated="2024-01-05T09:00:00Z", body="First copy.", guid=GUID):
    """A draft made the real way: ninjs bytes through the pipeline."""
    obj = {
        "uri": guid, "version": str(version), "headline": headline, "pubstatus": pubstatus, "body_text": body,
        "versioncreated": versioncreated, "firstcreated": "2024-01-05T08:00:00Z", "embargoed": "2024-01-05T10:00:00Z",
    }
    if ednote:
        obj["ednote"] = ednote
    (made,) = run(json.dumps(obj).encode(), "application/json")
    return made


def upsert(source, made):
    return services.story_upsert_from_draft(source=source, draft=made)


def edit_headline(story, headline, user=None):
    story.headline = headline
    return services.story_save_edits(story=story, seen_lock_version=story.lock_version, fields=["headline"], user=user)


def publish(story):
    return services.story_transition(story=story, to=Story.Status.PUBLISHED)


def test_first_version_creates_a_draft(wire_source):
    story, changed = upsert(wire_source, draft())
    assert changed and story.status == Story.Status.DRAFT
    assert (story.guid, story.version, story.headline, story.body_text) == (GUID, 1, "Original headline", "First copy.")
    assert story.wire_updated_at == datetime(2024, 1, 5, 9, 0, tzinfo=timezone.utc)
    assert story.embargoed_until == datetime(2024, 1, 5, 10, 0, tzinfo=timezone.utc)
    assert story.wire_notice is None and story.pending_update is None


@pytest.mark.parametrize(
    ("second", "changed"),
    [
        (dict(version=1), False),  # the same item resent
        (dict(version=1, headline="Changed but same version and time"), False),
        (dict(version=1, versioncreated="2024-01-05T08:00:00Z"), False),  # older time
        (dict(version=2, headline="Newer"), True),
        (dict(version=1, versioncreated="2024-01-05T11:00:00Z", headline="Newer by time"), True),  # feeds that never bump the number
    ],
)
def test_only_a_newer_version_changes_the_story(wire_source, second, changed):
    upsert(wire_source, draft(version=1))
    story, was_changed = upsert(wire_source, draft(**second))
    assert was_changed is changed
    assert story.headline == (second.get("headline", "Original headline") if changed else "Original headline")
    assert Story.objects.count() == 1


def test_an_older_version_after_a_newer_one_is_ignored(wire_source):
    upsert(wire_source, draft(version=3, headline="Third"))
    story, changed = upsert(wire_source, draft(version=2, headline="Second, late"))
    assert not changed and story.headline == "Third" and story.version == 3


def test_newer_version_updates_an_unedited_draft(wire_source):
    story, _ = upsert(wire_source, draft())
    lock = story.lock_version
    story, changed = upsert(wire_source, draft(version=2, headline="Updated headline", body="Second copy."))
    story.refresh_from_db()
    assert changed and story.version == 2 and story.headline == "Updated headline" and story.body_text == "Second copy."
    assert story.lock_version == lock + 1 and story.pending_update is None


def test_newer_version_after_an_editor_edit_is_kept_beside_it(wire_source, admin_user):
    story, _ = upsert(wire_source, draft())
    story = edit_headline(story, "Editor's headline", admin_user)
    lock = story.lock_version
    story, changed = upsert(wire_source, draft(version=2, headline="Wire v2", body="Second copy."))
    story.refresh_from_db()
    assert changed
    assert story.headline == "Editor's headline" and story.version == 1 and story.body_text == "First copy."
    assert story.pending_update["version"] == 2
    assert story.pending_update["fields"]["headline"] == "Wire v2"
    assert story.pending_update["fields"]["body_text"] == "Second copy."
    assert story.lock_version == lock  # an editor's open form still saves

    # The same pending version again is a resend; a newer one replaces it.
    assert upsert(wire_source, draft(version=2, headline="Wire v2"))[1] is False
    story, changed = upsert(wire_source, draft(version=3, headline="Wire v3"))
    assert changed and story.pending_update["version"] == 3 and story.headline == "Editor's headline"


def _settle_version_2(wire_source, user, settle) -> Story:
    """An edited story, wire version 2 waiting beside it, then accepted or dismissed by `user`."""
    story, _ = upsert(wire_source, draft())
    story = edit_headline(story, "Editor's headline", user)
    upsert(wire_source, draft(version=2, headline="Wire v2", body="Second copy.", versioncreated="2024-01-05T12:00:00Z"))
    story = settle(story=Story.objects.get(pk=story.pk), user=user)
    story.refresh_from_db()
    assert story.wire_updated_at == datetime(2024, 1, 5, 12, 0, tzinfo=timezone.utc)
    assert story.pending_update is None and story.history.first().history_user == user
    return story


def test_accepting_the_pending_version(wire_source, admin_user):
    story = _settle_version_2(wire_source, admin_user, services.story_accept_pending_update)
    assert (story.headline, story.body_text, story.version) == ("Wire v2", "Second copy.", 2)
    assert story.edited_by_editor is False
    # The story is the wire's copy again: the next version applies directly.
    story, _ = upsert(wire_source, draft(version=3, headline="Wire v3"))
    assert story.headline == "Wire v3" and story.pending_update is None


def test_dismissing_the_pending_version_keeps_the_edit_and_marks_it_seen(wire_source, admin_user):
    story = _settle_version_2(wire_source, admin_user, services.story_dismiss_pending_update)
    assert (story.headline, story.body_text, story.version) == ("Editor's headline", "First copy.", 2)
    assert story.edited_by_editor is True
    # A resend of the dismissed version is not offered again; a later version is.
    assert upsert(wire_source, draft(version=2, headline="Wire v2", versioncreated="2024-01-05T12:00:00Z"))[1] is False
    story, changed = upsert(wire_source, draft(version=3, headline="Wire v3"))
    assert changed and story.pending_update["version"] == 3 and story.headline == "Editor's headline"


@pytest.mark.parametrize("settle", [services.story_accept_pending_update, services.story_dismiss_pending_update])
def test_settling_without_a_pending_version_is_refused(wire_source, settle):
    story, _ = upsert(wire_source, draft())
    with pytest.raises(ValidationError):
        settle(story=story)


def test_kill_notice_kills_a_published_story_and_keeps_its_copy(wire_source):
    story, _ = upsert(wire_source, draft())
    publish(story)
    story, changed = upsert(wire_source, draft(version=2, pubstatus="canceled", headline="KILL", ednote="Eds: KILL. Legal."))
    story.refresh_from_db()
    assert changed and story.status == Story.Status.KILLED and story.pubstatus == "canceled" and story.version == 2
    assert story.headline == "Original headline"
    assert story.wire_notice["kind"] == "kill" and story.wire_notice["note"] == "Eds: KILL. Legal."


def test_kill_notice_for_an_unknown_story_creates_it_killed(wire_source):
    story, changed = upsert(wire_source, draft(pubstatus="canceled"))
    assert changed and story.status == Story.Status.KILLED and story.wire_notice["kind"] == "kill"


def test_killed_story_stays_killed_and_keeps_a_later_version_aside(wire_source):
    upsert(wire_source, draft(pubstatus="canceled"))
    story, changed = upsert(wire_source, draft(version=2, headline="Reissued"))
    assert changed and story.status == Story.Status.KILLED and story.pending_update["version"] == 2
    assert story.headline == "Original headline"


def test_hold_takes_a_published_story_back_to_draft_and_release_is_noted(wire_source):
    story, _ = upsert(wire_source, draft())
    publish(story)
    story, _ = upsert(wire_source, draft(version=2, pubstatus="withheld", ednote="Withheld pending legal review."))
    assert story.status == Story.Status.DRAFT and story.pubstatus == "withheld"
    assert story.wire_notice["kind"] == "withheld" and story.wire_notice["note"] == "Withheld pending legal review."
    story, _ = upsert(wire_source, draft(version=3))
    assert story.status == Story.Status.DRAFT and story.pubstatus == "usable" and story.wire_notice["kind"] == "released"


@pytest.mark.parametrize("edited", [False, True])
def test_correction_returns_a_published_story_to_draft(wire_source, admin_user, edited):
    story, _ = upsert(wire_source, draft())
    if edited:
        story = edit_headline(story, "Editor's headline", admin_user)
    publish(Story.objects.get(pk=story.pk))
    story, changed = upsert(wire_source, draft(version=2, headline="Corrected", ednote="Eds: CORRECTS spelling of name."))
    story.refresh_from_db()
    assert changed and story.status == Story.Status.DRAFT
    assert story.wire_notice["kind"] == "correction" and story.wire_notice["version"] == 2
    if edited:
        assert story.headline == "Editor's headline" and story.pending_update["fields"]["headline"] == "Corrected"
    else:
        assert story.headline == "Corrected" and story.pending_update is None


def test_a_correction_on_a_draft_leaves_it_a_draft(wire_source):
    upsert(wire_source, draft())
    story, _ = upsert(wire_source, draft(version=2, ednote="CORRECTION: fixes date"))
    assert story.status == Story.Status.DRAFT and story.wire_notice["kind"] == "correction"


def test_each_source_has_its_own_guids(wire_source):
    other, _, _ = services.source_create_or_update(slug="other", name="Other wire")
    upsert(wire_source, draft())
    upsert(other, draft(headline="Same guid, other source"))
    assert Story.objects.count() == 2


def test_a_guid_longer_than_the_column_is_kept_unique(wire_source):
    long_guid = "https://example.org/" + "a" * 600
    story, _ = upsert(wire_source, draft(guid=long_guid))
    assert len(story.guid) <= 500 and story.guid.startswith("https://example.org/aaa")
    again, changed = upsert(wire_source, draft(guid=long_guid))
    other, _ = upsert(wire_source, draft(guid=long_guid + "b"))
    assert again.pk == story.pk and not changed and other.pk != story.pk


def _take(take: int, text: str, headline: str = "Budget passes") -> bytes:
    key = "" if take == 1 else {2: "2ndTake", 3: "3rdTake"}[take] + " "
    copy = f"^{headline}<\n" if take == 1 else ""
    return (
        f"\x16\x16\x01a000{take}\x1fap-\nr a BC-Budget {key}03-02 0300\n\x02{copy}   {text}\n   MORE\n"
        f"\x03AP-NY-03-02-24 100{take}GMT\n\x04"
    ).encode()


def _anpa_draft(raw: bytes):
    (made,) = run(raw, "text/x-anpa")
    return made


def test_later_takes_arriving_separately_join_the_first(wire_source):
    story, _ = upsert(wire_source, _anpa_draft(_take(1, "WASHINGTON (AP) _ The House passed the budget.")))
    joined, changed = upsert(wire_source, _anpa_draft(_take(2, "The Senate votes next week.")))
    assert changed and joined.pk == story.pk and Story.objects.count() == 1
    joined.refresh_from_db()
    assert joined.body_text == "WASHINGTON (AP) _ The House passed the budget.\n\nThe Senate votes next week."
    assert [b.get("take", 1) for b in joined.blocks] == [1, 2] and [b["origin"] for b in joined.blocks] == [0, 1]
    assert joined.wire_updated_at == datetime(2024, 3, 2, 10, 2, tzinfo=timezone.utc)
    assert upsert(wire_source, _anpa_draft(_take(2, "The Senate votes next week.")))[1] is False  # resend
    upsert(wire_source, _anpa_draft(_take(3, "Final passage is expected Friday.")))
    joined.refresh_from_db()
    assert joined.body_text.endswith("The Senate votes next week.\n\nFinal passage is expected Friday.")


def test_a_take_is_its_own_story_when_the_first_was_edited_or_is_missing(wire_source, admin_user):
    orphan, _ = upsert(wire_source, _anpa_draft(_take(3, "Out of order.")))
    assert orphan.guid.endswith(":take3") and orphan.body_text == "Out of order."
    assert orphan.headline == "Budget (take 3)"  # it says what it is in the queue
    story, _ = upsert(wire_source, _anpa_draft(_take(1, "WASHINGTON (AP) _ The House passed the budget.")))
    edit_headline(story, "Editor's headline", admin_user)
    take2, changed = upsert(wire_source, _anpa_draft(_take(2, "The Senate votes next week.")))
    assert changed and take2.pk != story.pk and take2.guid.endswith(":take2")
    story.refresh_from_db()
    assert story.body_text == "WASHINGTON (AP) _ The House passed the budget."


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations([1, 2, 3, 4, 5]), resend=st.sampled_from([1, 2, 3, 4, 5]))
def test_whatever_order_versions_arrive_in_the_newest_wins(wire_source, order, resend):
    drafts = {v: draft(version=v, headline=f"Version {v}", body=f"Copy {v}.") for v in {*order, resend}}
    with transaction.atomic():
        savepoint = transaction.savepoint()
        for version in [*order, resend]:
            upsert(wire_source, drafts[version])
        story = Story.objects.get(guid=GUID)
        assert (story.version, story.headline, story.body_text) == (5, "Version 5", "Copy 5.")
        assert story.pending_update is None and story.status == Story.Status.DRAFT
        transaction.savepoint_rollback(savepoint)


def test_over_long_wire_fields_are_cut_and_flagged_not_failed(wire_source):
    from ingest.models import Story
    from ingest.pipeline import run
    from ingest.services import story_upsert_from_draft

    from dataclasses import replace

    headline = " ".join(["Extraordinarily"] * 120)  # ~1,900 characters, past the 1,000-character column
    (draft,) = run(b"Short headline\n\nThe story's first paragraph, long enough to be body copy.\n", "text/plain")
    draft = replace(draft, headline=headline)
    story, created = story_upsert_from_draft(source=wire_source, draft=draft)
    story.refresh_from_db()
    assert created and len(story.headline) <= Story._meta.get_field("headline").max_length
    assert story.headline.endswith("…") and story.headline.startswith("Extraordinarily Extraordinarily")
    assert any(flag["rule"] == "truncated:headline" for flag in story.flagged)


# --- issue 11.6: an update to a published story goes live only when the source allows it -------------------


def test_a_newer_version_of_a_published_story_waits_for_an_editor_by_default(wire_source, client):
    story, _ = upsert(wire_source, draft())
    publish(story)
    updated, changed = upsert(wire_source, draft(version=2, headline="Wire rewrote the headline", body="New copy."))
    assert changed
    updated.refresh_from_db()
    assert updated.status == Story.Status.PUBLISHED and updated.headline == "Original headline" and updated.version == 1
    assert updated.pending_update["version"] == 2
    assert updated.pending_update["fields"]["headline"] == "Wire rewrote the headline"
    accepted = services.story_accept_pending_update(story=updated)
    assert accepted.headline == "Wire rewrote the headline" and accepted.version == 2


def test_a_source_may_allow_automatic_updates_of_published_stories(wire_source):
    wire_source.auto_update_published = True
    wire_source.save()
    story, _ = upsert(wire_source, draft())
    publish(story)
    updated, _ = upsert(wire_source, draft(version=2, headline="Wire rewrote the headline"))
    updated.refresh_from_db()
    assert updated.headline == "Wire rewrote the headline" and updated.pending_update is None and updated.version == 2


def test_an_unpublished_draft_still_takes_a_newer_version_directly(wire_source):
    upsert(wire_source, draft())
    updated, _ = upsert(wire_source, draft(version=2, headline="Second take on it"))
    updated.refresh_from_db()
    assert updated.headline == "Second take on it" and updated.pending_update is None
