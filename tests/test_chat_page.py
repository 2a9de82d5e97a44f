"""The chat page in a real headless browser: a person types a prompt and watches the reply grow."""

from __future__ import annotations

import shutil

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
            # Every change of the reply's text, as the browser renders it: its length and when it happened.
            page.add_init_script("""
                window.replyGrowth = [];
                new MutationObserver((records) => {
                  for (const record of records) {
                    const reply = record.target.closest && record.target.closest(".turn.assistant .text");
                    if (reply) window.replyGrowth.push([performance.now(), reply.textContent.length]);
                  }
                }).observe(document, { subtree: true, childList: true, characterData: true });
            """)
            page.goto(f"{stack.base_url}/#key={stack.key}")
            page.fill("#prompt", "Tell me about rivers in three sentences.")
            page.click("#send")

            reply = page.locator(".turn.assistant .text")
            reply.wait_for(timeout=60_000)
            page.wait_for_function("document.querySelector('#status').innerText.includes('done')", timeout=120_000)
            page.screenshot(path=str(ARTIFACTS / "chat-page.png"), full_page=True)

            growth = page.evaluate("window.replyGrowth")
            lengths = [length for _, length in growth if length > 0]
            final = len(reply.inner_text())
            assert final > 20
            # The reply grew piece by piece as tokens arrived, never all at once at the end.
            assert lengths == sorted(lengths) and lengths[-1] == final
            assert len(set(lengths)) >= 4, f"the reply did not grow step by step: {lengths}"
            assert lengths[0] < final / 2
            assert page.locator(".turn.user .text").inner_text() == "Tell me about rivers in three sentences."
        finally:
            browser.close()
