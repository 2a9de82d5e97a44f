"""The durable way usage reaches the ledger: a Redis Stream of usage records that the ledger has not
confirmed yet.

A generation worker appends a request's usage to the journal (one Redis round trip), then has it written to
the ledger (with the other records of that moment, in one insert), waiting at most ``wait_seconds`` for the
database before its stream's terminal event goes out.
A write that succeeds removes the entry; one that fails or is still waiting leaves it, and the drain (a
beat task) writes what is left, again and again until the database takes it. Every write is the ledger's
insert-once by request id, so an entry written twice (the worker's late write and a drain, or two drains)
counts once.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from dataclasses import asdict, replace
from datetime import UTC, datetime

import redis
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from billing.ledger import InvalidUsage, Usage, UsageLedger

log = logging.getLogger(__name__)

JOURNAL_KEY = "sluice:usage-journal"


class UsageJournal:
    """Usage records waiting for the ledger, oldest first, in one Redis Stream."""

    def __init__(self, client: redis.Redis, key: str = JOURNAL_KEY) -> None:
        self.redis = client
        self.key = key

    def append(self, usage: Usage) -> str:
        """Keep ``usage`` until ``remove``; returns its entry id. Raises redis.RedisError."""
        entry = self.redis.xadd(self.key, {"u": _to_json(usage)})
        return entry.decode() if isinstance(entry, bytes) else entry

    def remove(self, *entry_ids: str) -> None:
        if entry_ids:
            self.redis.xdel(self.key, *entry_ids)

    def waiting(self) -> int:
        """How many records wait for the ledger."""
        return int(self.redis.xlen(self.key))

    @property
    def refused_key(self) -> str:
        """Where records the ledger can never take are kept for an operator, with the reason."""
        return f"{self.key}:refused"

    def drain(self, ledger: UsageLedger, batch_size: int = 500) -> int:
        """Write every waiting record to ``ledger`` and remove it; returns how many rows this wrote (records
        the ledger held already are removed too). Stops at the first batch the database cannot take now
        (it is down, locked, failing over), leaving it and everything after it for the next drain, and
        raises that error. A record the ledger refuses for good (a constraint, bad data) is moved to
        ``refused_key`` and logged, so that it never holds up the others."""
        written = 0
        while True:
            entries = self.redis.xrange(self.key, count=batch_size)  # what a batch wrote is removed
            if not entries:
                return written
            try:
                written += ledger.record_many(_from_json(fields[b"u"]) for _, fields in entries)
            except (IntegrityError, DataError, InvalidUsage, ValueError, TypeError, KeyError):
                written += self._write_one_by_one(ledger, entries)
            self.remove(*(entry_id.decode() for entry_id, _ in entries))

    def _write_one_by_one(self, ledger: UsageLedger, entries: list) -> int:
        written = 0
        for entry_id, fields in entries:
            try:
                written += ledger.record(_from_json(fields[b"u"]))
            except (IntegrityError, DataError, InvalidUsage, ValueError, TypeError, KeyError) as exc:
                log.error("the ledger refuses usage journal entry %s: %s; kept in %s", entry_id.decode(), exc,
                          self.refused_key)
                self.redis.xadd(self.refused_key, {**fields, b"error": str(exc)[:500]})
        return written


class _Pending:
    """A record handed to the ledger's writer thread: its journal entry, and the outcome once written."""

    __slots__ = ("usage", "entry", "error", "done")

    def __init__(self, usage: Usage, entry: str) -> None:
        self.usage = usage
        self.entry = entry
        self.error: Exception | None = None
        self.done = threading.Event()


class DurableUsageWriter:
    """Records usage so that neither a slow nor an unavailable database loses it or holds up a stream.

    One writer thread takes the ledger writes: every record handed over while it wrote the last batch goes
    in the next, one multi-row insert and one removal from the journal for all of them (a group commit). So
    when a burst of streams ends together, the database and Redis see a few statements, not one per request."""

    def __init__(self, ledger: UsageLedger, journal: UsageJournal, *, wait_seconds: float,
                 max_batch: int = 256) -> None:
        self.ledger = ledger
        self.journal = journal
        self.wait_seconds = wait_seconds
        self.max_batch = max_batch
        self.batches = 0  # ledger writes so far (each of one or more records)
        self._lock = threading.Lock()
        self._database_failing_until = 0.0
        self._waiting: deque[_Pending] = deque()
        self._wakeup = threading.Condition()
        self._closing = False
        self._writer = threading.Thread(target=self._write_forever, name="usage-writer", daemon=True)
        self._writer.start()

    def record(self, usage: Usage) -> None:
        """Record ``usage`` (its ``finished_at`` fixed now when unset): in the journal first, then in the
        ledger if the database answers within ``wait_seconds``; otherwise the drain writes it. While writes
        are failing, the ledger is not tried for a few seconds: the journal alone takes the records.
        Raises InvalidUsage for usage the ledger refuses, and the ledger's error only when Redis is
        unavailable too (then nothing could keep the record)."""
        usage = replace(usage, finished_at=usage.finished_at or datetime.now(UTC))
        self.ledger.validate(usage)
        try:
            entry = self.journal.append(usage)
        except redis.RedisError:
            log.warning("usage journal unavailable; writing %s to the ledger directly", usage.request_id)
            self.ledger.record(usage)
            return
        if self._database_failing():
            return
        pending = _Pending(usage, entry)
        with self._wakeup:
            if self._closing:  # the journal has it; the drain writes it
                return
            self._waiting.append(pending)
            self._wakeup.notify()
        if not pending.done.wait(self.wait_seconds):
            log.warning("the ledger did not take %s within %.1fs; it stays in the usage journal",
                        usage.request_id, self.wait_seconds)
            self._note_failure()
        elif pending.error is not None:  # the database refused: the drain retries from the journal
            log.warning("the ledger refused %s (%s); it stays in the usage journal", usage.request_id,
                        pending.error)
            self._note_failure()

    def close(self) -> None:
        """Let the writes under way finish (each entry stays in the journal until its write succeeds)."""
        with self._wakeup:
            self._closing = True
            self._wakeup.notify()
        self._writer.join()

    def _write_forever(self) -> None:
        while True:
            with self._wakeup:
                while not self._waiting and not self._closing:
                    self._wakeup.wait()
                if not self._waiting:
                    return
                batch = [self._waiting.popleft() for _ in range(min(len(self._waiting), self.max_batch))]
            self._write(batch)

    def _write(self, batch: list[_Pending]) -> None:
        """One insert for the batch; if the ledger refuses one of its records for good (bad data), each is
        written alone, so only that one fails. The written records leave the journal in one call."""
        self.batches += 1
        try:
            try:
                self.ledger.record_many(pending.usage for pending in batch)
            except DBAPIError as exc:
                if exc.connection_invalidated:  # a pooled connection the database dropped: insert-once repeats
                    self.ledger.record_many(pending.usage for pending in batch)
                elif isinstance(exc, (IntegrityError, DataError)):
                    self._write_each(batch)
                else:
                    raise
        except Exception as exc:
            for pending in batch:
                pending.error = exc
        written = [pending for pending in batch if pending.error is None]
        try:
            self.journal.remove(*(pending.entry for pending in written))
        except redis.RedisError:  # the drain finds them written and removes them
            log.warning("could not remove %d written records from the usage journal", len(written))
        for pending in batch:
            pending.done.set()

    def _write_each(self, batch: list[_Pending]) -> None:
        for pending in batch:
            try:
                self.ledger.record(pending.usage)
            except Exception as exc:
                pending.error = exc

    def _database_failing(self) -> bool:
        with self._lock:
            return time.monotonic() < self._database_failing_until

    def _note_failure(self) -> None:
        with self._lock:
            self._database_failing_until = time.monotonic() + max(5.0, self.wait_seconds)


def _to_json(usage: Usage) -> str:
    fields = asdict(usage)
    for name in ("created_at", "finished_at"):
        if fields[name] is not None:
            fields[name] = fields[name].isoformat()
    return json.dumps(fields, separators=(",", ":"))


def _from_json(raw: bytes | str) -> Usage:
    fields = json.loads(raw)
    for name in ("created_at", "finished_at"):
        if fields[name] is not None:
            fields[name] = datetime.fromisoformat(fields[name])
    return Usage(**fields)
