"""The usage ledger and billing windows on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from billing.ledger import Usage, UsageLedger
from billing.windows import close_usage_windows
from tenants.keys import ensure_customer, find_key_owner, new_key, store_key


def usage(request_id: str, customer_id: int = 1, prompt: int = 10, completion: int = 20) -> Usage:
    return Usage(request_id, customer_id, 1, "m", prompt, completion, "completed", datetime.now(UTC))


def test_recording_the_same_request_twice_counts_it_once(database_url):
    ledger = UsageLedger(database_url)
    assert ledger.record(usage("r1")) is True
    assert ledger.record(usage("r1", completion=999)) is False
    assert ledger.totals(1) == (10, 20)


def test_concurrent_deliveries_of_one_request_write_one_row(database_url):
    ledger = UsageLedger(database_url)
    results = []
    threads = [threading.Thread(target=lambda: results.append(ledger.record(usage("same")))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 1
    assert ledger.totals(1) == (10, 20)


def test_keys_are_stored_hashed_and_resolve_to_their_customer(database_url):
    customer = ensure_customer(database_url, "acme")
    key = new_key()
    store_key(database_url, customer, key, role="user")
    owner = find_key_owner(database_url, key)
    assert owner is not None and owner.customer_id == customer and owner.role == "user"
    assert find_key_owner(database_url, key + "x") is None
    from sluice.db import session_scope
    from tenants.models import ApiKey

    with session_scope(database_url) as session:
        stored = session.query(ApiKey).one()
        assert key not in (stored.key_hash, stored.prefix)


def test_closed_windows_sum_the_ledger_exactly_once(database_url):
    ledger = UsageLedger(database_url)
    for i in range(5):
        ledger.record(usage(f"w{i}", customer_id=1 + i % 2))
    later = datetime.now(UTC) + timedelta(minutes=2)
    assert close_usage_windows(database_url, 60, now=later) >= 2
    assert close_usage_windows(database_url, 60, now=later) == 0
    from sqlalchemy import func, select

    from billing.models import MeterWindow
    from sluice.db import session_scope

    with session_scope(database_url) as session:
        prompt, completion = session.execute(
            select(func.sum(MeterWindow.prompt_tokens), func.sum(MeterWindow.completion_tokens))
        ).one()
    assert (prompt, completion) == (50, 100)
