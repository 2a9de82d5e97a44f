"""The responses a customer stored (``store: true`` on POST /v1/responses): its input messages, its output
text, its state and usage, so that it can be retrieved, resumed, cancelled, deleted and continued with
``previous_response_id``. A stored response lives ``response_retention_days`` and is visible to its own
customer only; an expired one reads as absent and is purged on later writes."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Boolean, DateTime, Integer, String, Text, delete, select, update
from sqlalchemy.orm import Mapped, mapped_column

from sluice.db import Base, session_scope, utcnow

QUEUED = "queued"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
INCOMPLETE = "incomplete"
FAILED = "failed"
CANCELLED = "cancelled"
UNFINISHED = (QUEUED, IN_PROGRESS)

_PURGE_INTERVAL_SECONDS = 60.0


class StoredResponse(Base):
    __tablename__ = "stored_responses"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer, index=True)
    api_key_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    model: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    background: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    previous_response_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    instructions: Mapped[str | None] = mapped_column(Text, nullable=True)
    # JSON: the request's own input messages ([{"role", "content"}]), without the conversation before it.
    input_messages: Mapped[str] = mapped_column(Text, default="[]")
    # JSON: the request's parameters as the response object shows them (temperature, top_p, metadata, ...).
    parameters: Mapped[str] = mapped_column(Text, default="{}")
    output_text: Mapped[str] = mapped_column(Text, default="")
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    incomplete_reason: Mapped[str | None] = mapped_column(String(40), nullable=True)
    error_message: Mapped[str | None] = mapped_column(Text, nullable=True)


@dataclass
class ResponseRecord:
    """One response, stored or not: what the gateway renders a response object and its events from."""

    id: str
    customer_id: int
    api_key_id: int | None
    model: str
    created_at: int  # unix seconds
    background: bool = False
    stored: bool = True
    status: str = QUEUED
    previous_response_id: str | None = None
    instructions: str | None = None
    input_messages: list[dict] = field(default_factory=list)
    parameters: dict = field(default_factory=dict)
    output_text: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    incomplete_reason: str | None = None
    error_message: str | None = None
    completed_at: int | None = None

    @property
    def finished(self) -> bool:
        return self.status not in UNFINISHED

    @classmethod
    def from_row(cls, row: StoredResponse) -> ResponseRecord:
        return cls(
            id=row.id, customer_id=row.customer_id, api_key_id=row.api_key_id, model=row.model,
            created_at=_unix(row.created_at), background=row.background, status=row.status,
            previous_response_id=row.previous_response_id, instructions=row.instructions,
            input_messages=json.loads(row.input_messages), parameters=json.loads(row.parameters),
            output_text=row.output_text, input_tokens=row.input_tokens, output_tokens=row.output_tokens,
            incomplete_reason=row.incomplete_reason, error_message=row.error_message,
            completed_at=_unix(row.completed_at) if row.completed_at else None,
        )


def _unix(moment: datetime) -> int:
    if moment.tzinfo is None:  # SQLite hands back naive datetimes
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


class ResponseStore:
    """Stored responses in the database at ``database_url``; each kept ``retention_days``."""

    def __init__(self, database_url: str, retention_days: int) -> None:
        self.database_url = database_url
        self.retention = timedelta(days=retention_days)
        self._last_purge = 0.0
        self._purge_lock = threading.Lock()

    def add(self, record: ResponseRecord) -> None:
        """Store a new response (its state as created). Raises what the database raises."""
        created = datetime.fromtimestamp(record.created_at, UTC)
        with session_scope(self.database_url) as session:
            session.add(StoredResponse(
                id=record.id, customer_id=record.customer_id, api_key_id=record.api_key_id, model=record.model,
                status=record.status, background=record.background, created_at=created,
                expires_at=created + self.retention, previous_response_id=record.previous_response_id,
                instructions=record.instructions, input_messages=json.dumps(record.input_messages),
                parameters=json.dumps(record.parameters), input_tokens=record.input_tokens,
            ))
        self._purge_expired()

    def get(self, response_id: str, customer_id: int) -> ResponseRecord | None:
        """The customer's stored response; None when there is none, it expired, or another customer's."""
        with session_scope(self.database_url) as session:
            row = session.scalars(select(StoredResponse).where(
                StoredResponse.id == response_id, StoredResponse.customer_id == customer_id,
                StoredResponse.expires_at > utcnow())).first()
            return ResponseRecord.from_row(row) if row is not None else None

    def finish(self, record: ResponseRecord) -> bool:
        """Write a response's final state (status, output, usage) unless it already has one; True if this
        call wrote it. Safe to call from every reader of the stream: the first one wins."""
        with session_scope(self.database_url) as session:
            result = session.execute(update(StoredResponse).where(
                StoredResponse.id == record.id, StoredResponse.status.in_(UNFINISHED),
            ).values(
                status=record.status, output_text=record.output_text, input_tokens=record.input_tokens,
                output_tokens=record.output_tokens, incomplete_reason=record.incomplete_reason,
                error_message=record.error_message,
                completed_at=datetime.fromtimestamp(record.completed_at or time.time(), UTC),
            ))
            return result.rowcount > 0

    def delete(self, response_id: str, customer_id: int) -> bool:
        """Remove the customer's stored response; False when it has none by that id."""
        with session_scope(self.database_url) as session:
            result = session.execute(delete(StoredResponse).where(
                StoredResponse.id == response_id, StoredResponse.customer_id == customer_id,
                StoredResponse.expires_at > utcnow()))
            return result.rowcount > 0

    def _purge_expired(self) -> None:
        now = time.monotonic()
        with self._purge_lock:
            if now - self._last_purge < _PURGE_INTERVAL_SECONDS:
                return
            self._last_purge = now
        with session_scope(self.database_url) as session:
            session.execute(delete(StoredResponse).where(StoredResponse.expires_at <= utcnow()))
