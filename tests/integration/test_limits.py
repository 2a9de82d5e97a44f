"""Tenant limits on a real Redis: requests and tokens per window, concurrent streams and the monthly budget
trip at the configured numbers, refuse with 429 + Retry-After in OpenAI's error shape, and recover after
the window or when streams end. tests/e2e/test_limits.py drives them through two gateways."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
import redis

from api.errors import QuotaExceeded, RateLimitExceeded
from api.limits import TenantLimiter
from billing.ledger import Usage, UsageLedger
from sluice.settings import Settings
from sluice.streams import events
from sluice.streams.events import StreamEvent
from tenants.keys import KeyOwner, Limits, create_customer, issue_key
from tests.conftest import wait_until

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
    settings = {"limit_concurrent_streams": 1, "limit_tokens_per_minute": 1000}
    limits = limiter(**settings)
    tenant = owner()
    scope = limits.scopes(tenant)[0][1]
    limits.admit(tenant, "unread", 100)
    # Still generating (nothing in its replay log): the slot is taken, and the sweep finds nothing to settle.
    still_open = refusal(lambda: limits.admit(tenant, "next", 10))
    assert still_open.type == "streams" and "open 1" in still_open.message
    assert limits.use([(tenant.customer_id, "c", scope)])[0].tokens == 100

    limits.redis.xadd(events.replay_log_key("unread"), {"e": StreamEvent(
        "unread", 3, events.DONE, {"usage": {"prompt_tokens": 4, "completion_tokens": 2, "total_tokens": 6}},
    ).to_json()})
    # Another gateway process (a sweep of its own) admits the next request: the sweep found the done event,
    # freed the slot and corrected the reservation of 100 to the 6 tokens used.
    limiter(**settings).admit(tenant, "next", 10)
    use = limits.use([(tenant.customer_id, "c", scope)])[0]
    assert (use.streams, use.tokens) == (1, 6 + 10)


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




def test_the_monthly_budget_stays_exact_when_its_counter_is_reseeded_with_requests_in_flight(limiter, tmp_path):
    database_url = f"sqlite:///{tmp_path / 'sluice.db'}"
    customer_id = create_customer(database_url, "reseeded", Limits(monthly_token_budget=100_000))
    key_id, _ = issue_key(database_url, customer_id)
    limits = limiter(database_url=database_url)
    tenant = KeyOwner(key_id, customer_id, "user", Limits(monthly_token_budget=100_000), Limits())
    ledger = UsageLedger(database_url)

    def finish(request_id: str, used: int) -> None:
        # As a worker and the gateway do: the usage is in the ledger before the stream's end settles it.
        ledger.record(Usage(request_id=request_id, customer_id=customer_id, api_key_id=key_id, model=MODEL,
                            prompt_tokens=used, completion_tokens=0, outcome="completed",
                            created_at=datetime.now(UTC)))
        limits.settle(customer_id, request_id, used)

    def month_counter() -> int:
        month = datetime.now(UTC).strftime("%Y-%m")
        return int(limits.redis.get(f"sluice:limits:{{c{customer_id}}}:c:month:{month}"))

    for n in range(8):
        limits.admit(tenant, f"early-{n}", 5_000)  # 40,000 reserved, in flight
    finish("early-0", 1_000)  # one ends before the counter expires
    # The counter expires (budget_resync_seconds) while seven requests are in flight; one of them reaches
    # the ledger before the next request makes the gateway reseed the counter.
    month = datetime.now(UTC).strftime("%Y-%m")
    limits.redis.delete(f"sluice:limits:{{c{customer_id}}}:c:month:{month}",
                        f"sluice:limits:{{c{customer_id}}}:k{key_id}:month:{month}")
    ledger.record(Usage(request_id="early-1", customer_id=customer_id, api_key_id=key_id, model=MODEL,
                        prompt_tokens=2_000, completion_tokens=0, outcome="completed", created_at=datetime.now(UTC)))
    limits.admit(tenant, "after-reseed", 5_000)
    limits.settle(customer_id, "early-1", 2_000)
    for n in range(2, 8):
        finish(f"early-{n}", 1_000)
    finish("after-reseed", 500)

    # Every request has ended: the counter holds exactly what the ledger holds.
    assert month_counter() == 1_000 + 2_000 + 6 * 1_000 + 500
    # ... so the budget refuses at the right point, not 35,000 tokens later.
    limits.admit(tenant, "fits", 100_000 - month_counter())
    assert refusal(lambda: limits.admit(tenant, "over", 1)).type == "insufficient_quota"
