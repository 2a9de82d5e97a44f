"""Writes safety decisions to the moderation record, keeping no more of the text than the policy allows."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time

from sqlalchemy import Engine, Insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from safety.coalesce import Coalescer
from safety.models import ModerationRecord
from safety.policy import BLOCK, FLAG, AuditConfig, Decision
from safety.rules import personal_data
from sluice.db import autocommit_engine_for, session_scope

log = logging.getLogger(__name__)

_INSERT_NEW = {
    name: dialect.insert(ModerationRecord).on_conflict_do_nothing(
        index_elements=[ModerationRecord.request_id, ModerationRecord.stage, ModerationRecord.item])
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))
}


def mask_personal_data(text: str) -> str:
    """``text`` with every email, phone number, SSN, card number and labelled identifier replaced by its kind."""
    for kind, values in personal_data(text).items():
        for value in sorted(values, key=len, reverse=True):
            text = text.replace(value, f"[{kind}]")
    return text


def kept_text(text: str, decision: Decision, audit: AuditConfig) -> str | None:
    """What of ``text`` the record keeps under ``audit``: nothing, an excerpt of a blocked or flagged text,
    or all of it; personal data is masked in whatever is kept."""
    if audit.text == "none" or (audit.text == "excerpt" and decision.action not in (BLOCK, FLAG)):
        return None
    kept = text[: audit.excerpt_chars] if audit.text == "excerpt" else text
    return mask_personal_data(kept)


class ModerationLog:
    """The moderation record of one database. Decisions recorded at the same time from many threads (a
    generation worker ends many streams at once) share one insert: each caller still returns only once
    its row is written."""

    def __init__(self, database_url: str, audit: AuditConfig) -> None:
        self.database_url = database_url
        self.audit = audit
        self._writes: Coalescer[dict, bool] = Coalescer(self._write_rows, max_batch=256)
        self._later: list[dict] = []  # rows of record_later waiting for the writer thread
        self._later_ready = threading.Condition()
        self._later_busy = False
        self._writer: threading.Thread | None = None

    def record(self, decision: Decision, *, request_id: str, text: str, customer_id: int | None = None,
               item: int = 0, windows: int | None = None, text_digest: str | None = None,
               text_chars: int | None = None) -> bool:
        """Write one decision unless (request id, stage, item) is already recorded: a redelivered task
        records once. ``text`` is what the record may keep an excerpt of; ``text_digest`` and
        ``text_chars`` describe the whole text checked when it was seen in pieces (a stream).
        Returns True if this call wrote the row."""
        row = self._row(decision, request_id=request_id, text=text, customer_id=customer_id, item=item,
                        windows=windows, text_digest=text_digest, text_chars=text_chars)
        return self._writes.submit(row)

    def record_later(self, decision: Decision, **fields) -> None:
        """``record`` by this log's writer thread, which writes what waits in batches, retrying a database
        that is away for up to a minute. The caller does not wait; ``flush`` does."""
        row = self._row(decision, **fields)
        with self._later_ready:
            self._later.append(row)
            if self._writer is None or not self._writer.is_alive():
                self._writer = threading.Thread(target=self._write_later, name="moderation-writer", daemon=True)
                self._writer.start()
            self._later_ready.notify()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every ``record_later`` row is written (or given up); False after ``timeout``."""
        with self._later_ready:
            return self._later_ready.wait_for(lambda: not self._later and not self._later_busy, timeout)

    def _write_later(self) -> None:
        while True:
            with self._later_ready:
                self._later_ready.wait_for(lambda: self._later)
                rows, self._later = self._later, []
                self._later_busy = True
            give_up_at = time.monotonic() + 60
            while True:
                try:
                    self._write_rows(rows)
                    break
                except SQLAlchemyError as exc:
                    if time.monotonic() >= give_up_at:
                        log.error("dropped %d moderation records: the database is away (%s)", len(rows), exc)
                        break
                    time.sleep(1.0)
            with self._later_ready:
                self._later_busy = False
                self._later_ready.notify_all()

    def _row(self, decision: Decision, *, request_id: str, text: str, customer_id: int | None = None,
             item: int = 0, windows: int | None = None, text_digest: str | None = None,
             text_chars: int | None = None) -> dict:
        return {
            "request_id": request_id,
            "stage": decision.stage,
            "item": item,
            "customer_id": customer_id,
            "action": decision.action,
            "categories": ",".join(decision.categories),
            "scores": json.dumps({c: round(s, 4) for c, s in decision.scores.items()}, separators=(",", ":")),
            "classifiers": ",".join(decision.classifiers),
            "windows": windows,
            "text_sha256": text_digest or hashlib.sha256(text.encode()).hexdigest(),
            "text_chars": len(text) if text_chars is None else text_chars,
            "excerpt": kept_text(text, decision, self.audit),
        }

    @property
    def inserts(self) -> int:
        """How many insert statements recorded decisions so far."""
        return self._writes.batches

    def _write_rows(self, rows: list[dict]) -> list[bool]:
        engine = autocommit_engine_for(self.database_url)
        try:
            written = _insert_new_rows(engine, rows)
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            written = _insert_new_rows(engine, rows)  # a dropped pooled connection; the insert repeats safely
        firsts = []
        for row in rows:  # a decision given twice in one batch is written by its first caller
            key = (row["request_id"], row["stage"], row["item"])
            firsts.append(key in written)
            written.discard(key)
        return firsts

    def for_request(self, request_id: str) -> list[ModerationRecord]:
        """Every decision recorded for ``request_id``, in the order they were made."""
        with session_scope(self.database_url) as session:
            query = select(ModerationRecord).where(ModerationRecord.request_id == request_id)
            return list(session.scalars(query.order_by(ModerationRecord.id)))


def _insert_new_rows(engine: Engine, rows: list[dict]) -> set[tuple[str, str, int]]:
    """Insert the rows not recorded yet, in one statement; the keys of those it wrote."""
    statement = _insert_new(engine).returning(ModerationRecord.request_id, ModerationRecord.stage,
                                              ModerationRecord.item)
    with engine.connect() as connection:  # one statement for the lot (SQLAlchemy's "insertmanyvalues")
        return {tuple(key) for key in connection.execute(statement, rows)}


def _insert_new(engine: Engine) -> Insert:
    return _INSERT_NEW[engine.dialect.name]
