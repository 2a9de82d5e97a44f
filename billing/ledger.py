"""The usage ledger: one row per request id, written once however often it is recorded.

Every write is an insert that does nothing when the request id is already there, so a Celery redelivery,
a retried task, two workers racing, or a worker's late report after its request was closed as orphaned
all leave the first write standing. Only SQLite and PostgreSQL are supported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Engine, Insert, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from billing.models import ERROR, OUTCOMES, UsageRecord
from sluice.db import autocommit_engine_for, engine_for, session_scope
from tenants.models import ApiKey

GROUPINGS = ("model", "key", "day")


class InvalidUsage(ValueError):
    """A usage record that cannot be billed as given (unknown outcome, negative counts)."""


@dataclass(frozen=True)
class Usage:
    request_id: str
    customer_id: int
    api_key_id: int
    model: str
    prompt_tokens: int
    completion_tokens: int
    outcome: str
    created_at: datetime
    finished_at: datetime | None = None  # None: the moment it is recorded


@dataclass(frozen=True)
class UsageRow:
    """Tokens of one group of a customer's requests (the fields not grouped by are None)."""

    prompt_tokens: int
    completion_tokens: int
    requests: int
    model: str | None = None
    api_key_id: int | None = None
    key_prefix: str | None = None
    key_name: str | None = None
    day: str | None = None  # YYYY-MM-DD, UTC


class UsageLedger:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    def record(self, usage: Usage) -> bool:
        """Write ``usage`` unless its request id is already recorded. Returns True if this call wrote it.
        Raises InvalidUsage for an unknown outcome or negative token counts."""
        row = _row(usage)
        engine = autocommit_engine_for(self.database_url)  # one statement, atomic on its own
        try:
            return _insert_one(engine, row)
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            return _insert_one(engine, row)  # a pooled connection the database dropped; the insert repeats safely

    def validate(self, usage: Usage) -> None:
        """Raise InvalidUsage for usage that ``record`` would refuse."""
        _row(usage)

    def record_many(self, usages: Iterable[Usage]) -> int:
        """Write a batch in one statement (the batch-friendly path for bulk loads); request ids already
        recorded, in the ledger or earlier in the batch, are skipped. Returns how many rows were written."""
        rows = [_row(usage) for usage in usages]
        if not rows:
            return 0
        engine = engine_for(self.database_url)
        with engine.begin() as connection:
            written = connection.execute(_insert_new(engine).returning(UsageRecord.request_id), rows)
            return len(written.all())

    def close_orphaned(self, request_id: str, *, customer_id: int, api_key_id: int, model: str,
                       prompt_tokens: int, streamed_tokens: int, created_at: datetime) -> bool:
        """Close a request whose generation worker died mid-stream: bill its prompt and the completion
        tokens known to have streamed to the client, with outcome ``error``.

        The orphan sweep (billing/orphans.py) calls it for each request of a worker whose heartbeat lapsed.
        It is idempotent like ``record``: if the request is already recorded (its worker finished after all,
        or a redelivered task did), nothing changes and it returns False; once it has written the row, a
        later report of the same request is ignored, so the customer pays for what reached them, once."""
        return self.record(Usage(request_id, customer_id, api_key_id, model, prompt_tokens, streamed_tokens,
                                 ERROR, created_at))

    def get(self, request_id: str) -> UsageRecord | None:
        with session_scope(self.database_url) as session:
            return session.get(UsageRecord, request_id)

    def totals(self, customer_id: int | None = None) -> tuple[int, int]:
        """Prompt and completion tokens recorded for a customer (every customer when None)."""
        query = select(func.coalesce(func.sum(UsageRecord.prompt_tokens), 0),
                       func.coalesce(func.sum(UsageRecord.completion_tokens), 0))
        if customer_id is not None:
            query = query.where(UsageRecord.customer_id == customer_id)
        with session_scope(self.database_url) as session:
            prompt, completion = session.execute(query).one()
            return int(prompt), int(completion)

    def month_so_far(self, customer_id: int, start: datetime, end: datetime,
                     request_ids: Sequence[str]) -> tuple[dict[int, int], set[str]]:
        """In one snapshot: the customer's tokens per API key of requests finished in [start, end), and
        which of ``request_ids`` the ledger holds (whenever they finished)."""
        with session_scope(self.database_url) as session:
            if session.get_bind().dialect.name == "postgresql":  # SQLite's read transaction is a snapshot already
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            per_key = {
                int(key_id): int(tokens or 0) for key_id, tokens in session.execute(
                    select(UsageRecord.api_key_id,
                           func.sum(UsageRecord.prompt_tokens + UsageRecord.completion_tokens))
                    .where(UsageRecord.customer_id == customer_id, UsageRecord.finished_at >= _utc(start),
                           UsageRecord.finished_at < _utc(end))
                    .group_by(UsageRecord.api_key_id))
            }
            recorded: set[str] = set()
            for offset in range(0, len(request_ids), 500):
                chunk = list(request_ids[offset:offset + 500])
                recorded.update(session.scalars(select(UsageRecord.request_id)
                                                .where(UsageRecord.request_id.in_(chunk))))
            return per_key, recorded

    def summarize(self, customer_id: int, start: datetime, end: datetime,
                  group_by: Sequence[str] = ()) -> list[UsageRow]:
        """A customer's tokens of requests finished in [start, end), grouped by any of ``GROUPINGS``
        (model, key, day in UTC) and ordered by them in the order given; no grouping gives one total row.
        Raises ValueError for another grouping."""
        unknown = set(group_by) - set(GROUPINGS)
        if unknown:
            raise ValueError(f"cannot group usage by {', '.join(sorted(unknown))}")
        with session_scope(self.database_url) as session:
            available = {"model": ("model", UsageRecord.model), "key": ("api_key_id", UsageRecord.api_key_id),
                         "day": ("day", _utc_day(session))}
            columns: dict[str, ColumnElement] = dict(available[grouping] for grouping in group_by)
            query = (
                select(*[c.label(n) for n, c in columns.items()],
                       func.sum(UsageRecord.prompt_tokens).label("prompt_tokens"),
                       func.sum(UsageRecord.completion_tokens).label("completion_tokens"),
                       func.count().label("requests"))
                .where(UsageRecord.customer_id == customer_id,
                       UsageRecord.finished_at >= _utc(start), UsageRecord.finished_at < _utc(end))
                .group_by(*columns.values())
                .order_by(*columns.values())
            )
            rows = session.execute(query).mappings().all()
            keys = {}
            if "key" in group_by:
                ids = {row["api_key_id"] for row in rows}
                keys = {k.id: k for k in session.scalars(select(ApiKey).where(ApiKey.id.in_(ids)))}
            return [
                UsageRow(
                    prompt_tokens=int(row["prompt_tokens"] or 0),
                    completion_tokens=int(row["completion_tokens"] or 0),
                    requests=int(row["requests"]),
                    model=row.get("model"),
                    api_key_id=row.get("api_key_id"),
                    key_prefix=keys[row["api_key_id"]].prefix if row.get("api_key_id") in keys else None,
                    key_name=keys[row["api_key_id"]].name if row.get("api_key_id") in keys else None,
                    day=row.get("day"),
                )
                for row in rows
                if row["requests"]
            ]


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _row(usage: Usage) -> dict:
    if usage.outcome not in OUTCOMES:
        raise InvalidUsage(f"unknown outcome {usage.outcome!r}; one of {', '.join(OUTCOMES)}")
    if usage.prompt_tokens < 0 or usage.completion_tokens < 0:
        raise InvalidUsage(f"negative token counts for {usage.request_id}")
    return {
        "request_id": usage.request_id,
        "customer_id": usage.customer_id,
        "api_key_id": usage.api_key_id,
        "model": usage.model,
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "outcome": usage.outcome,
        "created_at": _utc(usage.created_at),
        "finished_at": _utc(usage.finished_at or datetime.now(UTC)),
    }


_INSERT_NEW = {
    name: dialect.insert(UsageRecord).on_conflict_do_nothing(index_elements=[UsageRecord.request_id])
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))
}


def _insert_one(engine: Engine, row: dict) -> bool:
    with engine.connect() as connection:
        written = connection.execute(_insert_new(engine).returning(UsageRecord.request_id), row)
        return written.scalar() is not None


def _insert_new(engine: Engine) -> Insert:
    """INSERT ... ON CONFLICT (request_id) DO NOTHING, in the engine's SQL dialect (built once)."""
    return _INSERT_NEW[engine.dialect.name]


def _utc_day(session: Session) -> ColumnElement:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", UsageRecord.finished_at), "YYYY-MM-DD")
    return func.date(UsageRecord.finished_at)  # SQLite keeps the UTC time as text
