"""The usage ledger's write paths, its usage summaries and the billing windows it is closed into, on
SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from billing.ledger import InvalidUsage, Usage, UsageLedger
from billing.windows import close_usage_windows
from tenants.keys import ensure_customer, new_key, store_key

DAY = datetime(2026, 3, 1, tzinfo=UTC)


def usage(request_id: str, customer: int = 1, key: int = 1, model: str = "m", prompt: int = 10,
          completion: int = 5, finished: datetime = DAY, outcome: str = "completed") -> Usage:
    return Usage(request_id, customer, key, model, prompt, completion, outcome, finished - timedelta(seconds=3),
                 finished)


def test_recording_the_same_request_twice_counts_it_once(database_url):
    ledger = UsageLedger(database_url)
    assert ledger.record(usage("r1", prompt=10, completion=20)) is True
    assert ledger.record(usage("r1", prompt=10, completion=999)) is False
    assert ledger.totals(1) == (10, 20)


def test_concurrent_deliveries_of_one_request_write_one_row(database_url):
    ledger = UsageLedger(database_url)
    results = []
    threads = [threading.Thread(target=lambda: results.append(ledger.record(usage("same", prompt=10, completion=20))))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 1
    assert ledger.totals(1) == (10, 20)


def test_a_batch_skips_request_ids_already_recorded_or_repeated_in_it(database_url):
    ledger = UsageLedger(database_url)
    ledger.record(usage("a"))
    assert ledger.record_many([usage("a"), usage("b"), usage("b"), usage("c")]) == 2
    assert ledger.totals(1) == (30, 15)


def test_usage_that_cannot_be_billed_is_refused(database_url):
    ledger = UsageLedger(database_url)
    with pytest.raises(InvalidUsage):
        ledger.record(usage("x", outcome="finished"))
    with pytest.raises(InvalidUsage):
        ledger.record(usage("y", completion=-1))
    assert ledger.totals() == (0, 0)


def test_a_ledger_write_survives_the_database_dropping_its_connections(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has no server to drop connections")
    ledger = UsageLedger(database_url)
    ledger.record(usage("before"))  # the pool now holds a connection
    name = database_url.rsplit("/", 1)[1]
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
    assert ledger.record(usage("after")) is True
    assert ledger.totals(1) == (20, 10)


def test_usage_is_summed_per_model_key_and_utc_day_within_the_range(database_url):
    customer = ensure_customer(database_url, "acme")
    laptop = store_key(database_url, customer, new_key(), name="laptop")
    server = store_key(database_url, customer, new_key(), name="server")
    ledger = UsageLedger(database_url)
    ledger.record_many([
        usage("1", customer, laptop, "small", 10, 1, DAY + timedelta(hours=1)),
        usage("2", customer, laptop, "small", 20, 2, DAY + timedelta(hours=23, minutes=59)),
        usage("3", customer, server, "large", 40, 4, DAY + timedelta(days=1, minutes=1)),
        usage("4", customer, server, "small", 80, 8, DAY + timedelta(days=3)),  # outside the range
        usage("5", customer + 1, laptop, "small", 1000, 100, DAY + timedelta(hours=2)),  # someone else's
    ])
    end = DAY + timedelta(days=2)

    by_day = ledger.summarize(customer, DAY, end, ["day"])
    assert [(r.day, r.prompt_tokens, r.completion_tokens, r.requests) for r in by_day] == [
        ("2026-03-01", 30, 3, 2), ("2026-03-02", 40, 4, 1)]
    by_key_and_model = ledger.summarize(customer, DAY, end, ["key", "model"])
    assert [(r.key_name, r.model, r.prompt_tokens) for r in by_key_and_model] == [
        ("laptop", "small", 30), ("server", "large", 40)]
    (total,) = ledger.summarize(customer, DAY, end)
    assert (total.prompt_tokens, total.completion_tokens, total.requests) == (70, 7, 3)
    assert ledger.summarize(customer, end, end + timedelta(hours=1)) == []


def test_closed_windows_sum_the_ledger_exactly_once(database_url):
    from sqlalchemy import func, select

    from billing.models import MeterWindow
    from sluice.db import session_scope

    ledger = UsageLedger(database_url)
    now = datetime.now(UTC)
    for i in range(5):
        ledger.record(usage(f"w{i}", customer=1 + i % 2, prompt=10, completion=20, finished=now))
    later = now + timedelta(minutes=2)
    assert close_usage_windows(database_url, 60, now=later) >= 2
    assert close_usage_windows(database_url, 60, now=later) == 0
    with session_scope(database_url) as session:
        prompt, completion = session.execute(
            select(func.sum(MeterWindow.prompt_tokens), func.sum(MeterWindow.completion_tokens))
        ).one()
    assert (prompt, completion) == (50, 100)
