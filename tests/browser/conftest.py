"""Real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright against pytest-django's live_server.

Never a downloaded browser: Playwright launches the system binary by path.
Screenshots go to test-artifacts/ (git-ignored), one set per test.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run `bash scripts/ensure-services.sh chromium` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread while it is open, and Django
    # then refuses ORM calls from the test body as if they were async code. Allowed only while the
    # browser is open (module scope), so the rest of the suite keeps Django's check.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class Shots:
    """Numbered screenshots for one test, under test-artifacts/<test name>/."""

    def __init__(self, name: str):
        self.folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", name)
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("*.png"):
            old.unlink()  # a rerun's pictures only
        self.count = 0

    def __call__(self, page, label: str) -> Path:
        self.count += 1
        path = self.folder / f"{self.count:02d}-{label}.png"
        page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def shots(request) -> Shots:
    return Shots(request.node.name)


@pytest.fixture
def new_page(browser, live_server, shots):
    """Pages in fresh browser contexts (separate cookies: separate editors); a last screenshot on teardown."""
    contexts = []

    def open_page():
        context = browser.new_context(base_url=live_server.url, viewport={"width": 1400, "height": 1000})
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for number, context in enumerate(contexts):
        for page in context.pages:
            shots(page, f"final-{number}")
        context.close()


def log_in(page, username: str, password: str) -> None:
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    assert "/admin/login/" not in page.url, "login failed"


def walk_reason_step(page, shots, verb: str, *, story, single_reason: str, doomed, bulk_reason: str, query: str) -> None:
    """Kill and reject ask the same way: the single story's button, an empty reason refused, then a reason taken;
    then the bulk action on a filtered queue, its list of stories, a reason, and the queue's filter kept."""
    from ingest.models import Story

    page.wait_for_selector(f"#{verb}-form")
    shots(page, f"{verb}-asks")
    page.click(f"#{verb}-confirm")  # no reason yet: the browser's own check, or the form's, keeps it alive
    assert Story.objects.get(pk=story.pk).status == "draft"
    page.fill("#id_reason", single_reason)
    page.click(f"#{verb}-confirm")
    page.wait_for_selector(".messagelist .success")
    assert single_reason in page.locator("#recent-history").inner_text()
    shots(page, f"{verb}-done")

    page.goto(f"/admin/ingest/story/?q={query}")
    for victim in doomed:
        page.check(f"#result_list input[value='{victim.pk}']")
    page.select_option("select[name=action]", verb)
    page.click("button[name=index]")
    page.wait_for_selector(f"#{verb}-list")
    assert page.locator(f"#{verb}-list li").count() == len(doomed)
    assert set(Story.objects.filter(pk__in=[s.pk for s in doomed]).values_list("status", flat=True)) == {"draft"}
    shots(page, f"bulk-{verb}-asks")
    page.fill("#id_reason", bulk_reason)
    page.click(f"#{verb}-confirm")
    page.wait_for_selector(".messagelist .success")
    assert f"q={query}" in page.url
