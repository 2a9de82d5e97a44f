"""Usage survives a database that cannot be written: it waits in the usage journal (real Redis) and reaches
the ledger once the database is back (SQLite locked by another connection, PostgreSQL refusing
connections), written once, without holding up the stream that made it."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
import redis
from sqlalchemy.exc import OperationalError

from billing.ledger import Usage, UsageLedger
from billing.usage_journal import DurableUsageWriter, UsageJournal
from billing.windows import as_utc
from tests.conftest import postgres_admin_url, wait_until

WAIT_SECONDS = 0.5


@contextmanager
def sqlite_write_locked(database_url: str) -> Iterator[None]:
    """Another connection holds the SQLite database's write lock until exit."""
    holder = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@contextmanager
def database_unavailable(database_url: str) -> Iterator[None]:
    """SQLite: another connection holds the write lock. PostgreSQL: the database refuses connections and
    its open ones are ended. Restored on exit."""
    if database_url.startswith("sqlite:///"):
        with sqlite_write_locked(database_url):
            yield
        return
    name = database_url.rsplit("/", 1)[1]
    with psycopg.connect(postgres_admin_url().replace("+psycopg", ""), autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        try:
            yield
        finally:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')


def usage(request_id: str, prompt: int, completion: int) -> Usage:
    return Usage(request_id, 1, 1, "m", prompt, completion, "completed", datetime.now(UTC) - timedelta(seconds=3))


@pytest.fixture
def journal(redis_url) -> Iterator[UsageJournal]:
    journal = UsageJournal(redis.Redis.from_url(redis_url), key=f"test:usage-journal:{uuid.uuid4().hex}")
    yield journal
    journal.redis.delete(journal.key, journal.refused_key)


def test_usage_recorded_while_the_database_is_down_is_kept_and_written_once_it_is_back(database_url, journal):
    ledger = UsageLedger(database_url)
    assert ledger.totals() == (0, 0)  # the schema exists before the outage
    writer = DurableUsageWriter(ledger, journal, wait_seconds=WAIT_SECONDS)

    with database_unavailable(database_url):
        started = time.monotonic()
        writer.record(usage("r1", 100, 40))
        writer.record(usage("r2", 7, 3))
        # The stream's terminal event waits for the journal, not for the database.
        assert time.monotonic() - started < 2 * WAIT_SECONDS + 1
        assert journal.waiting() == 2
        if database_url.startswith("postgresql"):  # a drain now fails and keeps every record for the next
            with pytest.raises(OperationalError):
                journal.drain(ledger)
            assert journal.waiting() == 2
        down_until = datetime.now(UTC)

    def drained() -> bool:
        journal.drain(ledger)
        return journal.waiting() == 0

    wait_until(drained, 40, interval=0.5, what="the usage journal to drain into the ledger")
    writer.close()
    assert ledger.totals(1) == (107, 43)
    # Billed in the window it finished in, not when the database came back.
    assert as_utc(ledger.get("r2").finished_at) <= down_until

    writer.record(usage("r1", 100, 999))  # a redelivered report of a written request changes nothing
    journal.drain(ledger)
    assert ledger.totals(1) == (107, 43)
    assert journal.waiting() == 0


def test_a_moderations_usage_waits_in_the_journal_while_the_database_is_down(database_url, journal):
    """/v1/moderations bills its inputs' tokens from the safety worker: with the database down the record
    waits in the journal (the caller is answered meanwhile) and the drain writes it once, like a stream's."""
    from tasks.moderate import MODERATION_MODEL, ModerationJob, _record_usage

    ledger = UsageLedger(database_url)
    assert ledger.totals() == (0, 0)  # the schema exists before the outage
    now = time.time()
    job = ModerationJob(request_id=f"modr-{uuid.uuid4().hex}", customer_id=1, api_key_id=1, texts=["hello"],
                        tokens=12, created=now, deadline=now + 30)

    writer = DurableUsageWriter(ledger, journal, wait_seconds=WAIT_SECONDS)
    with database_unavailable(database_url):
        started = time.monotonic()
        _record_usage(job, writer)
        assert time.monotonic() - started < 2 * WAIT_SECONDS + 1  # the caller's answer waits no longer
        assert journal.waiting() == 1

    def drained() -> bool:
        journal.drain(ledger)
        return journal.waiting() == 0

    wait_until(drained, 40, interval=0.5, what="the usage journal to drain into the ledger")
    row = ledger.get(job.request_id)
    assert (row.model, row.prompt_tokens, row.completion_tokens) == (MODERATION_MODEL, 12, 0)

    _record_usage(job, writer)  # a redelivered task: counted once
    writer.close()
    journal.drain(ledger)
    assert ledger.totals(1) == (12, 0)
    assert journal.waiting() == 0


def test_a_record_the_ledger_refuses_for_good_is_set_aside_and_holds_up_no_other(database_url, journal):
    ledger = UsageLedger(database_url)
    journal.append(usage("r1", 10, 4))
    journal.append(replace(usage("no-customer", 1, 1), customer_id=None))
    journal.append(usage("r2", 5, 1))

    assert journal.drain(ledger) == 2

    assert ledger.totals(1) == (15, 5)
    assert journal.waiting() == 0
    (refused,) = journal.redis.xrange(journal.refused_key)
    assert b"no-customer" in refused[1][b"u"] and refused[1][b"error"]


def test_usage_is_in_the_ledger_when_its_stream_ends_while_the_database_answers(database_url, journal):
    ledger = UsageLedger(database_url)
    writer = DurableUsageWriter(ledger, journal, wait_seconds=5)

    writer.record(usage("r1", 10, 4))

    assert (ledger.get("r1").prompt_tokens, ledger.get("r1").completion_tokens) == (10, 4)
    assert journal.waiting() == 0
    writer.close()


def test_usage_is_written_to_the_ledger_directly_when_redis_is_unavailable(database_url):
    ledger = UsageLedger(database_url)
    unreachable = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.5)
    writer = DurableUsageWriter(ledger, UsageJournal(unreachable), wait_seconds=WAIT_SECONDS)

    writer.record(usage("r1", 10, 4))

    assert ledger.totals(1) == (10, 4)
    writer.close()


@contextmanager
def ledger_writes_held(database_url: str) -> Iterator[None]:
    """Inserts into the ledger wait (they do not fail) until exit: SQLite, another connection holds the
    write lock for less than the driver's busy timeout; PostgreSQL, another transaction locks the table."""
    if database_url.startswith("sqlite:///"):
        with sqlite_write_locked(database_url):
            yield
        return
    with psycopg.connect(database_url.replace("+psycopg", "")) as holder:
        holder.execute("LOCK TABLE usage_ledger IN EXCLUSIVE MODE")
        try:
            yield
        finally:
            holder.rollback()


def test_records_that_arrive_while_the_ledger_writes_go_in_one_insert_each_counted_once(database_url, journal):
    ledger = UsageLedger(database_url)
    assert ledger.totals() == (0, 0)
    writer = DurableUsageWriter(ledger, journal, wait_seconds=30)
    threads = [threading.Thread(target=writer.record, args=(usage(f"r{i}", 10 + i, i),)) for i in range(48)]
    with ledger_writes_held(database_url):
        for thread in threads:
            thread.start()
        # Every record is in the journal; the writer's first insert waits on the lock, the rest wait for it.
        wait_until(lambda: journal.waiting() == 48, 10, what="every record in the usage journal")
    for thread in threads:
        thread.join(30)

    assert writer.batches <= 2  # the first record (or the first few), then everything that came meanwhile
    assert ledger.totals(1) == (sum(10 + i for i in range(48)), sum(range(48)))
    assert journal.waiting() == 0
    writer.record(usage("r3", 1000, 1000))  # recorded before: a second report changes nothing
    writer.close()
    assert writer.batches == 3
    assert ledger.totals(1) == (sum(10 + i for i in range(48)), sum(range(48)))
    assert journal.waiting() == 0
