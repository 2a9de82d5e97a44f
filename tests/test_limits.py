"""Tenant limits: requests and tokens per window, concurrent streams and the monthly budget trip at the
configured numbers, also under concurrent load from several processes through two gateways, refuse with
429 + Retry-After in OpenAI's error shape, and recover after the window or when streams end."""

from __future__ import annotations

import multiprocessing
import time
import uuid
from datetime import UTC, datetime

import pytest
import redis
import requests

from api.errors import QuotaExceeded, RateLimitExceeded
from api.limits import TenantLimiter
from billing.ledger import Usage, UsageLedger
from sluice.settings import Settings
from sluice.streams import events
from sluice.streams.events import StreamEvent
from tenants.keys import KeyOwner, Limits, create_customer, issue_key
from tests.conftest import wait_until
from tests.tenant_stack import WINDOW_SECONDS

MODEL = "SmolLM2-135M-Instruct"
# Greedy counting goes on for hundreds of tokens: these streams stay open until the test cancels them.
LONG = {"model": MODEL, "prompt": "Count from 1 to 500, separated by commas.", "max_tokens": 300, "temperature": 0}


# -- the limiter on a real Redis -----------------------------------------------------------------------------


@pytest.fixture
def limiter(redis_url, tmp_path):
    # A database of its own on the session's Redis: the stack's customers (ids from 1) live in database 0.
    own_url = redis_url.rsplit("/", 1)[0] + "/15"
    client = redis.Redis.from_url(own_url)
    client.flushdb()

    def make(**settings) -> TenantLimiter:
        defaults = {"limit_requests_per_minute": 0, "limit_tokens_per_minute": 0, "limit_concurrent_streams": 0,
                    "limit_monthly_tokens": 0, "data_dir": tmp_path, "redis_url": own_url}
        return TenantLimiter(client, Settings(**{**defaults, **settings}))
    return make


def owner(customer_id: int | None = None, key_id: int = 1, **key_limits) -> KeyOwner:
    return KeyOwner(key_id, customer_id or int(uuid.uuid4().int % 10**9), "user", Limits(), Limits(**key_limits))


def refusal(call) -> RateLimitExceeded | QuotaExceeded:
    with pytest.raises((RateLimitExceeded, QuotaExceeded)) as caught:
        call()
    return caught.value


def test_a_refusal_names_the_limit_and_counts_nothing(limiter):
    limits = limiter(limit_requests_per_minute=2, limit_tokens_per_minute=1000)
    tenant = owner()
    limits.admit(tenant, "r1", 100)
    limits.admit(tenant, "r2", 100)
    refused = refusal(lambda: limits.admit(tenant, "r3", 100))
    assert (refused.status, refused.type, refused.code) == (429, "requests", "rate_limit_exceeded")
    assert "requests per minute" in refused.message and "limit 2" in refused.message
    assert 1 <= int(refused.headers["Retry-After"]) <= 61
    assert limits.use([(tenant.customer_id, "c", limits.scopes(tenant)[0][1])])[0].tokens == 200


def test_tokens_are_reserved_at_admission_and_corrected_when_the_request_ends(limiter):
    limits = limiter(limit_tokens_per_minute=1000)
    tenant = owner()
    limits.admit(tenant, "big", 900)
    refused = refusal(lambda: limits.admit(tenant, "next", 200))
    assert refused.type == "tokens" and "used 900" in refused.message
    assert limits.settle(tenant.customer_id, "big", 150) is True
    assert limits.settle(tenant.customer_id, "big", 10) is False  # only the first end counts
    limits.admit(tenant, "next", 200)
    assert limits.use([(tenant.customer_id, "c", limits.scopes(tenant)[0][1])])[0].tokens == 350


def test_a_request_larger_than_the_token_limit_is_told_so(limiter):
    refused = refusal(lambda: limiter(limit_tokens_per_minute=100).admit(owner(), "huge", 500))
    assert refused.type == "tokens" and "Request too large" in refused.message


def test_a_stream_slot_that_nobody_releases_expires_after_its_lease(limiter):
    limits = limiter(limit_concurrent_streams=1, stream_lease_seconds=1)
    tenant = owner()
    limits.admit(tenant, "crashed", 10)
    assert refusal(lambda: limits.admit(tenant, "next", 10)).type == "streams"
    wait_until(lambda: _admitted(limits, tenant, "next"), 5, what="the lease to expire")


def _admitted(limits: TenantLimiter, tenant: KeyOwner, request_id: str) -> bool:
    try:
        limits.admit(tenant, request_id, 10)
        return True
    except RateLimitExceeded:
        return False


def test_a_key_limit_applies_within_its_customers(limiter):
    limits = limiter(limit_requests_per_minute=3)
    customer = int(uuid.uuid4().int % 10**9)
    narrow, wide = owner(customer, key_id=1, rpm_limit=1), owner(customer, key_id=2)
    limits.admit(narrow, "a", 1)
    assert "this API key" in refusal(lambda: limits.admit(narrow, "b", 1)).message
    limits.admit(wide, "c", 1)
    limits.admit(wide, "d", 1)
    assert "your customer account" in refusal(lambda: limits.admit(wide, "e", 1)).message


def test_the_sweep_settles_streams_whose_end_nobody_read(limiter):
    limits = limiter(limit_concurrent_streams=1)
    tenant = owner()
    limits.admit(tenant, "unread", 10)
    limits.redis.xadd(events.replay_log_key("unread"), {"e": StreamEvent(
        "unread", 3, events.DONE, {"usage": {"prompt_tokens": 4, "completion_tokens": 2, "total_tokens": 6}},
    ).to_json()})
    limits.admit(tenant, "next", 10)  # refused at first, then the sweep finds the done event and frees the slot


def test_the_monthly_budget_starts_from_the_ledger_and_stops_with_insufficient_quota(limiter, tmp_path):
    database_url = f"sqlite:///{tmp_path / 'sluice.db'}"
    customer_id = create_customer(database_url, "budgeted", Limits(monthly_token_budget=1000))
    key_id, _ = issue_key(database_url, customer_id)
    UsageLedger(database_url).record(Usage(
        request_id="earlier", customer_id=customer_id, api_key_id=key_id, model=MODEL, prompt_tokens=600,
        completion_tokens=200, outcome="completed", created_at=datetime.now(UTC)))
    limits = limiter(database_url=database_url)
    tenant = KeyOwner(key_id, customer_id, "user", Limits(monthly_token_budget=1000), Limits())
    limits.admit(tenant, "fits", 150)
    refused = refusal(lambda: limits.admit(tenant, "too-much", 100))
    assert (refused.status, refused.type, refused.code) == (429, "insufficient_quota", "insufficient_quota")
    assert "monthly token budget" in refused.message and "used 950" in refused.message
    assert int(refused.headers["Retry-After"]) > 0


# -- through the real gateways, from several processes --------------------------------------------------------


def _fire(args: tuple[list[str], str, dict, int, multiprocessing.Barrier]) -> list[tuple[int, str, dict, str]]:
    urls, key, body, count, barrier = args
    session = requests.Session()
    barrier.wait(timeout=60)  # every process starts its burst at the same moment
    answers = []
    for i in range(count):
        response = session.post(f"{urls[i % len(urls)]}/v1/prompts", json=body,
                                headers={"Authorization": f"Bearer {key}"}, timeout=60)
        answers.append((response.status_code, response.headers.get("Retry-After", ""), response.json(),
                        response.headers.get("Content-Type", "")))
    return answers


def burst(urls: list[str], key: str, body: dict, processes: int, each: int) -> tuple[list, float]:
    """``processes`` processes send ``each`` requests at once; returns every answer and the burst's seconds."""
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(processes)
        with context.Pool(processes) as pool:
            started = time.monotonic()
            results = pool.map(_fire, [(urls, key, body, each, barrier)] * processes)
            elapsed = time.monotonic() - started
    return [answer for result in results for answer in result], elapsed


def assert_refused(answer: tuple, limit_type: str, code: str = "rate_limit_exceeded") -> None:
    status, retry_after, body, _ = answer
    assert status == 429, body
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert (body["error"]["type"], body["error"]["code"]) == (limit_type, code)
    assert retry_after.isdigit() and int(retry_after) >= 1


def cancel_all(urls: list[str], key: str, answers: list) -> None:
    for status, _, body, _ in answers:
        if status == 201:
            requests.delete(f"{urls[0]}/v1/prompts/{body['id']}", headers={"Authorization": f"Bearer {key}"},
                            timeout=30)


@pytest.mark.e2e
def test_requests_per_window_trip_at_the_limit_across_processes_and_gateways_and_recover(tenant_gateways):
    gw = tenant_gateways
    _, key = gw.tenant(rpm_limit=6)
    short = {"model": MODEL, "prompt": "Say hi.", "max_tokens": 1}
    answers, elapsed = burst(gw.urls, key, short, processes=4, each=4)
    assert elapsed < WINDOW_SECONDS, "the burst must fit in one window for the count to be exact"
    assert sorted(a[0] for a in answers) == [201] * 6 + [429] * 10
    for answer in answers:
        if answer[0] == 429:
            assert_refused(answer, "requests")
            assert int(answer[1]) <= WINDOW_SECONDS + 1
    refused_at = time.monotonic()
    headers = {"Authorization": f"Bearer {key}"}
    wait_until(lambda: requests.post(f"{gw.urls[1]}/v1/prompts", json=short, headers=headers,
                                     timeout=30).status_code == 201, WINDOW_SECONDS + 5, interval=0.5,
               what="the window to pass")
    assert time.monotonic() - refused_at <= WINDOW_SECONDS + 5


@pytest.mark.e2e
def test_concurrent_streams_trip_at_the_limit_and_free_when_a_stream_ends(tenant_gateways):
    gw = tenant_gateways
    _, key = gw.tenant(stream_limit=3)
    answers, _ = burst(gw.urls, key, LONG, processes=4, each=3)
    try:
        assert sorted(a[0] for a in answers) == [201] * 3 + [429] * 9
        for answer in answers:
            if answer[0] == 429:
                assert_refused(answer, "streams")
        first = next(a[2]["id"] for a in answers if a[0] == 201)
        headers = {"Authorization": f"Bearer {key}"}
        assert requests.delete(f"{gw.urls[0]}/v1/prompts/{first}", headers=headers, timeout=30).status_code == 202
        # The worker ends the cancelled stream; no one reads it, so the gateway finds its end in the replay log.
        another = wait_until(lambda: _created(gw.urls[1], key, LONG), 30, interval=0.5, what="a freed slot")
        answers.append((201, "", another, ""))
    finally:
        cancel_all(gw.urls, key, answers)


def _created(url: str, key: str, body: dict) -> dict | None:
    response = requests.post(f"{url}/v1/prompts", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=30)
    return response.json() if response.status_code == 201 else None


@pytest.mark.e2e
def test_tokens_per_window_trip_under_concurrent_load_and_are_corrected_when_requests_end(tenant_gateways):
    gw = tenant_gateways
    probe_customer, probe_key = gw.tenant()
    reserved = _reservation(gw, probe_customer, probe_key)  # prompt tokens + max_tokens of one LONG request
    _, key = gw.tenant(tpm_limit=3 * reserved + reserved // 2)
    answers, elapsed = burst(gw.urls, key, LONG, processes=3, each=3)
    try:
        assert elapsed < WINDOW_SECONDS
        assert sorted(a[0] for a in answers) == [201] * 3 + [429] * 6
        for answer in answers:
            if answer[0] == 429:
                assert_refused(answer, "tokens")
    finally:
        cancel_all(gw.urls, key, answers)

    # A non-streamed request: the gateway corrects its reservation as the terminal event passes. The
    # stop string ends the answer within a few tokens: the usage must still be inside the 8 s window
    # when it is read (a 70-token answer took longer than that on a slow day, and had aged out).
    customer_id, key = gw.tenant(tpm_limit=100_000)
    body = {"model": MODEL, "messages": [{"role": "user", "content": "Say yes."}], "max_tokens": 200,
            "temperature": 0, "stop": ["."]}
    reply = requests.post(f"{gw.urls[0]}/v1/chat/completions", json=body,
                          headers={"Authorization": f"Bearer {key}"}, timeout=120)
    assert reply.status_code == 200, reply.text
    used = reply.json()["usage"]["total_tokens"]
    assert used < reply.json()["usage"]["prompt_tokens"] + 200
    tokens = _use(gw, customer_id)["tokens"]
    assert tokens == {"limit": 100_000, "used": used}


def _use(gw, customer_id: int) -> dict:
    listing = requests.get(f"{gw.urls[0]}/v1/admin/limits", params={"customer_id": customer_id},
                           headers=gw.stack.headers(), timeout=30).json()
    return next(entry for entry in listing["data"] if entry["scope"] == "customer")


def _reservation(gw, customer_id: int, key: str) -> int:
    created = requests.post(f"{gw.urls[0]}/v1/prompts", json=LONG, headers={"Authorization": f"Bearer {key}"},
                            timeout=30)
    assert created.status_code == 201, created.text
    try:
        return _use(gw, customer_id)["tokens"]["used"]
    finally:
        cancel_all(gw.urls, key, [(201, "", created.json(), "")])


@pytest.mark.e2e
def test_a_spent_monthly_budget_is_a_429_insufficient_quota(tenant_gateways):
    gw = tenant_gateways
    _, key = gw.tenant(monthly_token_budget=350)  # one request of 300 fits, two do not
    headers = {"Authorization": f"Bearer {key}"}
    body = {"model": MODEL, "messages": [{"role": "user", "content": "Say yes."}], "max_tokens": 300}
    first = requests.post(f"{gw.urls[0]}/v1/chat/completions", json={**body, "max_tokens": 5}, headers=headers,
                          timeout=120)
    assert first.status_code == 200, first.text
    refused = requests.post(f"{gw.urls[1]}/v1/chat/completions", json=body, headers=headers, timeout=30)
    assert refused.status_code == 429
    error = refused.json()["error"]
    assert (error["type"], error["code"]) == ("insufficient_quota", "insufficient_quota")
    assert "monthly token budget" in error["message"]
    assert int(refused.headers["Retry-After"]) >= 1
