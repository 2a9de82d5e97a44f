"""Aggregation of the ledger into per-customer, per-model windows, each with its outbox of Stripe meter
events (input tokens, output tokens).

A closing run takes every ledger row not yet aggregated whose window has ended, stamps it with the run's
number, and writes the run's windows and their outbox events, all in one transaction. Rows are never
aggregated twice, and a row that reaches the ledger after its window was closed (a transaction that
committed late, an orphaned request closed later) goes into a new window row of the next run with its own
meter-event identifier, so it is billed, and billed once.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update

from billing.jobs import lock_job
from billing.models import LEDGER_ONLY, PENDING, MeterWindow, OutboxEvent, UsageRecord
from sluice.db import session_scope
from sluice.settings import Settings

CLOSE_JOB = "close_usage_windows"
INPUT, OUTPUT = "input", "output"


@dataclass(frozen=True)
class OutboxSettings:
    """How a window's meter events are named, and whether they are to be sent (False: ledger-only)."""

    input_event_name: str = "sluice_input_tokens"
    output_event_name: str = "sluice_output_tokens"
    identifier_prefix: str = "sluice"
    report_to_stripe: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> OutboxSettings:
        return cls(settings.stripe_input_event_name, settings.stripe_output_event_name,
                   settings.stripe_identifier_prefix, bool(settings.stripe_api_key))


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every time billing stores is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def window_start(moment: datetime, seconds: int) -> datetime:
    epoch = int(as_utc(moment).timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, UTC)


def meter_event_identifier(prefix: str, window: MeterWindow, meter: str) -> str:
    """The Stripe identifier of a window's event: the window's natural key (customer, model, start,
    closing run) and the meter, so every send of it is the same event to Stripe."""
    model = hashlib.sha256(window.model.encode()).hexdigest()[:12]
    start = int(as_utc(window.window_start).timestamp())
    return f"{prefix}-{window.customer_id}-{model}-{start}-{window.closing_run}-{meter}"


def close_usage_windows(database_url: str, window_seconds: int, now: datetime | None = None,
                        outbox: OutboxSettings | None = None) -> int:
    """Aggregate every ledger row whose window ended before ``now`` and that no run has aggregated yet
    into windows and their outbox events. Safe to run twice at once (the second waits, then finds
    nothing). Returns the number of windows written."""
    outbox = outbox or OutboxSettings()
    cutoff = window_start(now or datetime.now(UTC), window_seconds)
    with session_scope(database_url) as session:
        run = lock_job(session, CLOSE_JOB)
        claimed = session.execute(
            update(UsageRecord)
            .where(UsageRecord.closing_run.is_(None), UsageRecord.finished_at < cutoff)
            .values(closing_run=run)
        ).rowcount
        if not claimed:
            return 0
        totals: dict[tuple[int, str, datetime], list[int]] = defaultdict(lambda: [0, 0])
        rows = session.execute(
            select(UsageRecord.customer_id, UsageRecord.model, UsageRecord.finished_at,
                   UsageRecord.prompt_tokens, UsageRecord.completion_tokens)
            .where(UsageRecord.closing_run == run)
        )
        for customer_id, model, finished_at, prompt_tokens, completion_tokens in rows:
            total = totals[(customer_id, model, window_start(finished_at, window_seconds))]
            total[0] += prompt_tokens
            total[1] += completion_tokens
        windows = [
            MeterWindow(closing_run=run, customer_id=customer_id, model=model, window_start=start,
                        window_seconds=window_seconds, prompt_tokens=prompt, completion_tokens=completion)
            for (customer_id, model, start), (prompt, completion) in sorted(totals.items())
        ]
        session.add_all(windows)
        session.flush()
        session.add_all(_outbox_events(windows, outbox))
        return len(windows)


def _outbox_events(windows: list[MeterWindow], outbox: OutboxSettings) -> list[OutboxEvent]:
    status = PENDING if outbox.report_to_stripe else LEDGER_ONLY
    events = []
    for window in windows:
        for meter, event_name, value in ((INPUT, outbox.input_event_name, window.prompt_tokens),
                                         (OUTPUT, outbox.output_event_name, window.completion_tokens)):
            if value <= 0:
                continue  # nothing to bill
            events.append(OutboxEvent(
                window_id=window.id, customer_id=window.customer_id, meter=meter, event_name=event_name,
                identifier=meter_event_identifier(outbox.identifier_prefix, window, meter), value=value,
                timestamp=window.window_start, status=status,
                last_error=None if outbox.report_to_stripe else "ledger-only mode: no SLUICE_STRIPE_API_KEY",
            ))
    return events
