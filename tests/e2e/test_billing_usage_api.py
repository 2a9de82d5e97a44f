"""GET /v1/usage and the usage page on the real stack: each customer sees its own usage, and only that."""

from __future__ import annotations

import shutil
import uuid

import pytest
import requests

from billing.ledger import UsageLedger
from tenants.keys import ensure_customer, new_key, store_key
from tests.conftest import ARTIFACTS, wait_until

pytestmark = pytest.mark.e2e

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def new_customer(stack, *key_names: str) -> tuple[int, list[str]]:
    customer = ensure_customer(stack.database_url, f"usage-{uuid.uuid4().hex[:8]}")
    keys = [new_key() for _ in key_names]
    for key, name in zip(keys, key_names, strict=True):
        store_key(stack.database_url, customer, key, name=name)
    return customer, keys


def chat(stack, key: str, text: str) -> dict:
    response = requests.post(f"{stack.base_url}/v1/chat/completions", headers=stack.headers(key), timeout=120,
                             json={"model": stack.model, "messages": [{"role": "user", "content": text}],
                                   "max_tokens": 4, "temperature": 0})
    assert response.status_code == 200, response.text
    body = response.json()
    wait_until(lambda: UsageLedger(stack.database_url).get(body["id"]), 10, what="the usage record")
    return body["usage"]


def usage(stack, key: str, **params) -> requests.Response:
    return requests.get(f"{stack.base_url}/v1/usage", headers=stack.headers(key), params=params, timeout=10)


@pytest.fixture(scope="module")
def two_customers(stack):
    """Customer A with two keys and two requests, customer B with one key and one request."""
    _, (laptop, server) = new_customer(stack, "laptop", "server")
    _, (other,) = new_customer(stack, "other")
    told = {"laptop": chat(stack, laptop, "Say hi"), "server": chat(stack, server, "Name a colour"),
            "other": chat(stack, other, "Count to three")}
    return {"laptop": laptop, "server": server, "other": other}, told


def test_a_customer_sees_its_own_usage_per_key_and_no_one_elses(stack, two_customers):
    keys, told = two_customers
    body = usage(stack, keys["laptop"], group_by="key").json()

    by_key = {row["key_name"]: row for row in body["data"]}
    assert set(by_key) == {"laptop", "server"}  # both of A's keys, nothing of B's
    for name in ("laptop", "server"):
        assert (by_key[name]["prompt_tokens"], by_key[name]["completion_tokens"]) == (
            told[name]["prompt_tokens"], told[name]["completion_tokens"])
        assert by_key[name]["key_prefix"] == keys[name][:14]
    assert body["total"]["prompt_tokens"] == told["laptop"]["prompt_tokens"] + told["server"]["prompt_tokens"]
    assert body["total"]["requests"] == 2

    other = usage(stack, keys["other"], group_by="model,day").json()
    assert [(r["model"], r["prompt_tokens"], r["completion_tokens"]) for r in other["data"]] == [
        (stack.model, told["other"]["prompt_tokens"], told["other"]["completion_tokens"])]
    assert other["data"][0]["day"] == other["data"][0]["day"][:10] and other["total"]["requests"] == 1


def test_the_usage_range_takes_unix_seconds_and_iso_dates(stack, two_customers):
    keys, told = two_customers
    assert usage(stack, keys["other"], start="2020-01-01", end="2020-02-01").json()["data"] == []
    recent = usage(stack, keys["other"], start="1700000000", group_by=["model", "day"]).json()
    assert recent["total"]["completion_tokens"] == told["other"]["completion_tokens"]
    assert recent["group_by"] == ["model", "day"]


def test_bad_usage_queries_get_openai_shaped_errors(stack, two_customers):
    keys, _ = two_customers
    assert requests.get(f"{stack.base_url}/v1/usage", timeout=10).status_code == 401
    wrong = usage(stack, keys["other"], group_by="customer")
    assert wrong.status_code == 400 and wrong.json()["error"]["param"].startswith("group_by")
    backwards = usage(stack, keys["other"], start="2026-02-01", end="2026-01-01")
    assert backwards.status_code == 400 and "start must be before end" in backwards.json()["error"]["message"]
    assert usage(stack, keys["other"], start="yesterday").status_code == 400


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_the_usage_page_charts_the_callers_tokens_per_day(stack, two_customers):
    from playwright.sync_api import sync_playwright

    keys, told = two_customers
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"])
        try:
            page = browser.new_page()
            page.goto(f"{stack.base_url}/usage#key={keys['other']}")
            page.wait_for_selector("#chart svg g[data-day]", state="attached", timeout=30_000)
            page.wait_for_function("document.querySelector('#totals').textContent.length > 0", timeout=30_000)
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "usage-page.png"), full_page=True)

            assert page.locator("#chart svg g[data-day]").count() == 30
            total = told["other"]["prompt_tokens"] + told["other"]["completion_tokens"]
            assert page.inner_text("#totals").startswith(f"{total:,} tokens")
            assert page.locator("#breakdown tbody tr").count() == 1
            assert "other" in page.inner_text("#breakdown tbody")
        finally:
            browser.close()
