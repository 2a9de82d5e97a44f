"""The chat page in a real headless browser: a person types a prompt and watches the reply grow."""

from __future__ import annotations

import shutil
import time

import pytest

from tests.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_the_reply_appears_word_by_word_in_the_browser(stack):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        try:
            page = browser.new_page()
            page.goto(f"{stack.base_url}/#key={stack.key}")
            page.fill("#prompt", "Tell me about rivers in three sentences.")
            page.click("#send")

            reply = page.locator(".turn.assistant .text")
            reply.wait_for(timeout=60_000)
            lengths = []
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                lengths.append(len(reply.inner_text()))
                if "done" in page.inner_text("#status"):
                    break
                time.sleep(0.05)
            page.screenshot(path=str(ARTIFACTS / "chat-page.png"), full_page=True)

            distinct = sorted(set(lengths))
            assert "done" in page.inner_text("#status")
            assert len(distinct) >= 4, f"the reply did not grow step by step: {distinct}"
            assert len(reply.inner_text()) > 20
            assert page.locator(".turn.user .text").inner_text() == "Tell me about rivers in three sentences."
        finally:
            browser.close()
