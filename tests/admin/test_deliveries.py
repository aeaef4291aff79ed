"""Deliveries in the admin: a read-only record of what arrived, with "reprocess" for failed ones."""
import re

import pytest

from ingest import services
from ingest.models import Delivery

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/ingest/delivery/"


def receive(source, webhook_id, body=b"Headline\n\nBody paragraph.", content_type="text/plain"):
    return services.delivery_receive(
        source=source, webhook_id=webhook_id, body=body, content_type=content_type, headers={}, enqueue=False
    ).delivery


@pytest.fixture
def failed(wire_source):
    delivery = receive(wire_source, "msg_failed")
    Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.FAILED, last_error="ParseError: no headline found")
    return Delivery.objects.get(pk=delivery.pk)


def test_list_shows_status_error_source_and_size(editor_client, failed):
    html = editor_client.get(CHANGELIST).content.decode()
    for text in ("failed", "ParseError: no headline found", "Test wire", "25\xa0bytes"):
        assert text in html, text


def test_list_does_not_load_bodies(editor_client, failed, django_assert_max_num_queries):
    with django_assert_max_num_queries(12) as queries:
        editor_client.get(CHANGELIST)
    listing = [q["sql"] for q in queries.captured_queries if '"ingest_delivery"."webhook_id"' in q["sql"]]
    assert listing and all('"ingest_delivery"."body"' not in sql for sql in listing)


def test_deliveries_are_read_only(editor_client, failed):
    page = editor_client.get(f"{CHANGELIST}{failed.pk}/change/")
    assert page.status_code == 200 and b"Body paragraph." in page.content
    assert b'name="_save"' not in page.content
    assert editor_client.get(f"{CHANGELIST}add/").status_code == 403
    assert editor_client.post(f"{CHANGELIST}{failed.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Delivery.objects.filter(pk=failed.pk).exists()


def test_reprocess_requeues_only_failed_deliveries(editor_client, failed, wire_source, django_capture_on_commit_callbacks):
    done = receive(wire_source, "msg_done")
    Delivery.objects.filter(pk=done.pk).update(status=Delivery.Status.DONE)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = editor_client.post(
            CHANGELIST, {"action": "reprocess", "_selected_action": [failed.pk, done.pk]}, follow=True
        )
    html = response.content.decode()
    assert "1 delivery queued again" in html and "1 not failed" in html
    failed.refresh_from_db()
    assert failed.status == Delivery.Status.RECEIVED and failed.last_error == "" and failed.attempts == 0
    assert Delivery.objects.get(pk=done.pk).status == Delivery.Status.DONE
    assert len(callbacks) == 1  # one enqueue, after commit


def test_reprocess_runs_the_pipeline_again(failed):
    """After the fix, the re-queued delivery goes through the real pipeline and makes a story."""
    services.delivery_reprocess(failed)
    processed = services.delivery_process(failed.pk)
    assert processed.status == Delivery.Status.DONE and processed.story is not None


def test_reprocess_needs_the_permission(client, failed, django_user_model):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_delivery"))
    client.force_login(viewer)
    page = client.get(CHANGELIST).content.decode()
    assert 'value="reprocess"' not in page
    client.post(CHANGELIST, {"action": "reprocess", "_selected_action": [failed.pk]})
    assert Delivery.objects.get(pk=failed.pk).status == Delivery.Status.FAILED


@pytest.mark.parametrize(
    "body, content_type",
    [(b"Caf\xe9 owners protest\n\nThey gathered on Monday.", "text/plain; charset=windows-1252"),
     (b"Caf\xe9 owners protest\n\nThey gathered on Monday.", "text/plain"),  # undeclared Latin-1 wire
     ("Café owners protest\n\nThey gathered on Monday.".encode("utf-16"), "text/plain; charset=utf-16")],
)
def test_raw_body_is_shown_decoded_as_the_parsers_decode_it(editor_client, wire_source, body, content_type):
    delivery = receive(wire_source, "msg_latin", body=body, content_type=content_type)
    page = editor_client.get(f"/admin/ingest/delivery/{delivery.pk}/change/").content.decode()
    assert "Café owners protest" in page and "\ufffd" not in page


# --- failures where editors look ----------------------------------------------------------


def test_failed_and_stuck_deliveries_are_counted_on_the_index_and_the_queue(editor_client, failed, wire_source):
    from datetime import timedelta

    from django.utils import timezone

    stuck = receive(wire_source, "msg_stuck")
    Delivery.objects.filter(pk=stuck.pk).update(status=Delivery.Status.QUEUED, received_at=timezone.now() - timedelta(hours=1))
    receive(wire_source, "msg_just_arrived")  # received a moment ago: waiting, not stuck
    for url in ("/admin/", "/admin/ingest/story/"):
        html = editor_client.get(url).content.decode()
        assert f'href="{CHANGELIST}?problem=failed">1 failed delivery</a>' in html, url
        assert f'href="{CHANGELIST}?problem=stuck">1 stuck delivery</a>' in html, url
    assert [d.pk for d in editor_client.get(f"{CHANGELIST}?problem=failed").context["cl"].result_list] == [failed.pk]
    assert [d.pk for d in editor_client.get(f"{CHANGELIST}?problem=stuck").context["cl"].result_list] == [stuck.pk]


def test_no_alert_when_nothing_failed(editor_client, wire_source):
    receive(wire_source, "msg_fine")
    assert 'id="delivery-alerts"' not in editor_client.get("/admin/").content.decode()


def test_failed_delivery_page_shows_the_error_line_and_reprocesses(editor_client, wire_source, django_capture_on_commit_callbacks):
    body = b'<?xml version="1.0"?>\n<nitf>\n<head><title>T</title></head>\n<body>\n<body.content><p>Text</p>\n</body>\n</nitf>\n'
    delivery = receive(wire_source, "msg_bad_xml", body=body, content_type="application/xml")
    processed = services.delivery_process(delivery.pk)
    assert processed.status == Delivery.Status.FAILED and "line 6, column" in processed.last_error
    page = editor_client.get(f"{CHANGELIST}{delivery.pk}/change/").content.decode()
    assert processed.last_error.split(" (at")[0] in page
    error_line = page.split('id="error-line">')[1].split("</li>")[0]
    assert 'class="error-column" title="column 3">b</span>' in error_line  # column 3 of "</body>"
    assert re.sub(r"<[^>]+>", "", error_line) == "&lt;/body&gt;"
    assert '<li value="5">' in page  # the lines before it, numbered as in the body

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = editor_client.post(f"{CHANGELIST}{delivery.pk}/reprocess/", follow=True)
    assert "queued again" in response.content.decode()
    assert Delivery.objects.get(pk=delivery.pk).status == Delivery.Status.RECEIVED and len(callbacks) == 1
    assert editor_client.get(f"{CHANGELIST}{delivery.pk}/reprocess/").status_code == 405


def test_reprocess_button_needs_the_permission(client, failed, django_user_model):
    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    from django.contrib.auth.models import Permission

    viewer.user_permissions.add(Permission.objects.get(codename="view_delivery"))
    client.force_login(viewer)
    assert 'id="reprocess-button"' not in client.get(f"{CHANGELIST}{failed.pk}/change/").content.decode()
    assert client.post(f"{CHANGELIST}{failed.pk}/reprocess/").status_code == 403
    assert Delivery.objects.get(pk=failed.pk).status == Delivery.Status.FAILED
