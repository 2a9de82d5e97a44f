"""Billing's tables: the usage ledger (one row per request), the windows it is aggregated into, the outbox
of Stripe meter events and the billing jobs' lock rows. The migrations in sluice/migrations build them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from sluice.db import Base, utcnow

# Outcomes of a request, as the ledger records them.
COMPLETED = "completed"
CANCELLED = "cancelled"
CONTENT_FILTER = "content_filter"
ERROR = "error"
OUTCOMES = (COMPLETED, CANCELLED, CONTENT_FILTER, ERROR)

# States of an outbox event.
PENDING = "pending"  # waiting to be sent (again, after next_attempt_at)
REPORTED = "reported"  # Stripe holds it
LEDGER_ONLY = "ledger_only"  # written while no Stripe key was configured; never sent
NEEDS_ATTENTION = "needs_attention"  # Stripe cannot take it (too old, refused): an operator decides
# Sent, with no answer known (timeouts, 5xx), until resending it could be counted twice: Stripe may or may
# not hold it, and `sluice billing reconcile` settles it against Stripe's meter event summaries.
UNCERTAIN = "uncertain"


class UsageRecord(Base):
    """One request's usage. ``closing_run`` is set by the window closer that aggregated it (NULL: not yet)."""

    __tablename__ = "usage_ledger"
    __table_args__ = (
        Index("ix_usage_ledger_customer_finished", "customer_id", "finished_at"),
        Index("ix_usage_ledger_unclosed", "finished_at", postgresql_where=text("closing_run IS NULL"),
              sqlite_where=text("closing_run IS NULL")),
    )

    request_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer)
    api_key_id: Mapped[int] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(200))
    prompt_tokens: Mapped[int] = mapped_column(BigInteger)
    completion_tokens: Mapped[int] = mapped_column(BigInteger)
    outcome: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    closing_run: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class MeterWindow(Base):
    """Tokens of one customer and model in one time window, as aggregated by one closing run. Usage that
    reaches the ledger after its window was closed goes into a further window row of a later run."""

    __tablename__ = "meter_windows"
    __table_args__ = (UniqueConstraint("customer_id", "model", "window_start", "closing_run"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    closing_run: Mapped[int] = mapped_column(BigInteger)
    customer_id: Mapped[int] = mapped_column(Integer, index=True)
    model: Mapped[str] = mapped_column(String(200))
    window_start: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    window_seconds: Mapped[int] = mapped_column(Integer)
    prompt_tokens: Mapped[int] = mapped_column(BigInteger)
    completion_tokens: Mapped[int] = mapped_column(BigInteger)
    closed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OutboxEvent(Base):
    """One Stripe meter event to deliver: a window's input or output tokens. Its ``identifier`` is derived
    from the window, so however often it is sent, Stripe counts it once, as long as Stripe remembers it
    (24 hours). ``uncertain_since`` is when the first send of the identifier that may have reached Stripe
    began (NULL: Stripe cannot hold it); ``resends`` counts the new identifiers reconcile gave it after
    Stripe's summaries showed that an uncertain send had not been counted."""

    __tablename__ = "meter_event_outbox"
    __table_args__ = (Index("ix_meter_event_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("meter_windows.id"), index=True)
    customer_id: Mapped[int] = mapped_column(Integer)
    meter: Mapped[str] = mapped_column(String(16))  # input or output
    event_name: Mapped[str] = mapped_column(String(100))
    identifier: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[int] = mapped_column(BigInteger)
    timestamp: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    claim_token: Mapped[str | None] = mapped_column(String(32), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    reported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    uncertain_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    resends: Mapped[int] = mapped_column(Integer, default=0)


class BillingJob(Base):
    """One row per periodic billing job. Its row is locked for the job's short transactions, so two
    deliveries of the same task never interleave; ``runs`` numbers the runs."""

    __tablename__ = "billing_jobs"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    runs: Mapped[int] = mapped_column(BigInteger, default=0)
    last_run_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
