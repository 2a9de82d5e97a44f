"""Reconciliation: the ledger against Stripe's meter event summaries, per customer and meter.

For a time range, each line holds the tokens in the ledger and what Stripe reports, and explains the
difference by where the rest is: not yet aggregated into a window, waiting in the outbox, flagged for an
operator, or kept ledger-only. Whatever remains is unexplained, and is what an operator must look at.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from billing import stripe_meters
from billing.models import LEDGER_ONLY, NEEDS_ATTENTION, PENDING, OutboxEvent, UsageRecord
from billing.windows import INPUT, OUTPUT
from sluice.db import session_scope
from sluice.settings import Settings
from tenants.models import Customer


@dataclass(frozen=True)
class MeterLine:
    customer: str
    stripe_customer_id: str | None
    meter: str  # input or output
    ledger: int
    stripe: int
    not_windowed: int = 0
    waiting: int = 0
    flagged: int = 0
    ledger_only: int = 0

    @property
    def difference(self) -> int:
        return self.ledger - self.stripe

    @property
    def unexplained(self) -> int:
        return self.difference - self.not_windowed - self.waiting - self.flagged - self.ledger_only


@dataclass(frozen=True)
class Reconciliation:
    start: datetime
    end: datetime
    lines: list[MeterLine]

    @property
    def unexplained(self) -> int:
        return sum(abs(line.unexplained) for line in self.lines)

    def table(self) -> str:
        header = ("customer", "stripe id", "meter", "ledger", "stripe", "difference", "not windowed",
                  "waiting", "flagged", "ledger-only", "unexplained")
        rows = [header] + [
            (line.customer, line.stripe_customer_id or "-", line.meter, f"{line.ledger:,}", f"{line.stripe:,}",
             f"{line.difference:,}", f"{line.not_windowed:,}", f"{line.waiting:,}", f"{line.flagged:,}",
             f"{line.ledger_only:,}", f"{line.unexplained:,}")
            for line in self.lines
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        return "\n".join(
            "  ".join(cell.ljust(w) if i < 3 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
            for row in rows
        )


def reconcile(database_url: str, settings: Settings, start: datetime, end: datetime) -> Reconciliation:
    """Compare the ledger with Stripe over [start, end), widened to whole windows and minutes (Stripe's
    summaries take minute boundaries). Raises stripe.StripeError when Stripe cannot be read, and
    LookupError when the account has no meter for a configured event name."""
    step = math.lcm(60, settings.billing_window_seconds)
    start_s = int(start.timestamp()) // step * step
    end_s = math.ceil(end.timestamp() / step) * step  # round the real instant up, not its whole second
    start, end = datetime.fromtimestamp(start_s, UTC), datetime.fromtimestamp(end_s, UTC)
    event_names = {INPUT: settings.stripe_input_event_name, OUTPUT: settings.stripe_output_event_name}

    stripe_meters.configure(settings)
    meter_ids = stripe_meters.meter_ids_by_event_name()
    missing = [name for name in event_names.values() if name not in meter_ids]
    if missing:
        raise LookupError(f"no Stripe meter has the event name {', '.join(missing)}")

    ledger, not_windowed, outbox, customers = _database_side(database_url, start, end)
    lines = []
    for customer_id, (name, stripe_id) in sorted(customers.items(), key=lambda item: item[1][0]):
        for meter, event_name in event_names.items():
            by_status = outbox[(customer_id, meter)]
            in_stripe = stripe_meters.meter_total(meter_ids[event_name], stripe_id, start_s, end_s) if stripe_id else 0
            line = MeterLine(name, stripe_id, meter, ledger[(customer_id, meter)], in_stripe,
                             not_windowed[(customer_id, meter)], by_status[PENDING], by_status[NEEDS_ATTENTION],
                             by_status[LEDGER_ONLY])
            if line.ledger or line.stripe:
                lines.append(line)
    return Reconciliation(start, end, lines)


def _database_side(database_url: str, start: datetime, end: datetime):
    ledger: dict[tuple[int, str], int] = defaultdict(int)
    not_windowed: dict[tuple[int, str], int] = defaultdict(int)
    outbox: dict[tuple[int, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    in_range = (UsageRecord.finished_at >= start, UsageRecord.finished_at < end)
    with session_scope(database_url) as session:
        for customer_id, windowed, prompt, completion in session.execute(
            select(UsageRecord.customer_id, UsageRecord.closing_run.is_not(None),
                   func.sum(UsageRecord.prompt_tokens), func.sum(UsageRecord.completion_tokens))
            .where(*in_range).group_by(UsageRecord.customer_id, UsageRecord.closing_run.is_not(None))
        ):
            for meter, value in ((INPUT, int(prompt)), (OUTPUT, int(completion))):
                ledger[(customer_id, meter)] += value
                if not windowed:
                    not_windowed[(customer_id, meter)] += value
        for customer_id, meter, status, value in session.execute(
            select(OutboxEvent.customer_id, OutboxEvent.meter, OutboxEvent.status, func.sum(OutboxEvent.value))
            .where(OutboxEvent.timestamp >= start, OutboxEvent.timestamp < end)
            .group_by(OutboxEvent.customer_id, OutboxEvent.meter, OutboxEvent.status)
        ):
            outbox[(customer_id, meter)][status] += int(value)
        customers = {c.id: (c.name, c.stripe_customer_id) for c in session.scalars(select(Customer))}
    return ledger, not_windowed, outbox, customers
