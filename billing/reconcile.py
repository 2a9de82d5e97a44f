"""Reconciliation: the ledger against Stripe's meter event summaries, per customer and meter.

For a time range, each line holds the tokens in the ledger and what Stripe reports, and explains the
difference by where the rest is: not yet aggregated into a window, waiting in the outbox, flagged for an
operator, kept ledger-only, or sent with no known outcome (uncertain). Whatever remains is unexplained,
and is what an operator must look at.

First it settles the uncertain events (``settle_uncertain``). Stripe's summaries hold totals per customer
and minute, not events, so an event is settled with the others of its minute: once none of them is still
being sent, Stripe's total less the minute's reported events is what its uncertain events put there.
All of them: each is reported. Fewer: once a day has passed since their first uncertain send (Stripe no
longer knows those identifiers, and the last send is hours old), the events that make up that amount are
reported and the rest are queued again under a new identifier, which only the new send can have stored.
Otherwise they wait for a later reconcile, or, when no combination makes up the amount, for an operator.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from billing import stripe_meters
from billing.jobs import lock_job
from billing.models import (
    LEDGER_ONLY,
    NEEDS_ATTENTION,
    PENDING,
    REPORTED,
    UNCERTAIN,
    OutboxEvent,
    UsageRecord,
)
from billing.stripe_meters import IDENTIFIER_MEMORY
from billing.windows import INPUT, OUTPUT, as_utc
from sluice.db import session_scope
from sluice.settings import Settings
from tenants.models import Customer

SETTLE_JOB = "settle_uncertain_meter_events"
# A search for the uncertain events that make up a minute's total gives up past this many partial sums.
_MAX_PARTIAL_SUMS = 1 << 16


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
    uncertain: int = 0  # sent with no known outcome, not yet settled (in Stripe's total or not)

    @property
    def difference(self) -> int:
        return self.ledger - self.stripe

    @property
    def unexplained(self) -> int:
        return self.difference - self.not_windowed - self.waiting - self.flagged - self.ledger_only - self.uncertain


@dataclass
class Settlement:
    """What ``settle_uncertain`` did with the uncertain events."""

    counted: int = 0  # in Stripe's totals: now reported
    resent: int = 0  # not in them: queued again under a new identifier
    flagged: int = 0  # not in them and too old for Stripe now: needs_attention
    left: int = 0  # still uncertain: too early to tell, their minute still being sent, or for an operator
    for_operator: list[str] = field(default_factory=list)  # minutes reconcile cannot settle, and why

    def describe(self) -> str:
        lines = [f"sends of unknown outcome: {self.counted} counted by Stripe, {self.resent} resent under a new "
                 f"identifier, {self.flagged} too old to send (needs attention), {self.left} still uncertain"]
        return "\n".join(lines + [f"  for an operator: {note}" for note in self.for_operator])


@dataclass(frozen=True)
class Reconciliation:
    start: datetime
    end: datetime
    lines: list[MeterLine]
    settled: Settlement = field(default_factory=Settlement)

    @property
    def unexplained(self) -> int:
        return sum(abs(line.unexplained) for line in self.lines)

    def table(self) -> str:
        header = ("customer", "stripe id", "meter", "ledger", "stripe", "difference", "not windowed",
                  "waiting", "flagged", "ledger-only", "uncertain", "unexplained")
        rows = [header] + [
            (line.customer, line.stripe_customer_id or "-", line.meter, f"{line.ledger:,}", f"{line.stripe:,}",
             f"{line.difference:,}", f"{line.not_windowed:,}", f"{line.waiting:,}", f"{line.flagged:,}",
             f"{line.ledger_only:,}", f"{line.uncertain:,}", f"{line.unexplained:,}")
            for line in self.lines
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        table = [
            "  ".join(cell.ljust(w) if i < 3 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
            for row in rows
        ]
        settled = self.settled
        if settled.counted or settled.resent or settled.flagged or settled.left:
            table.append(settled.describe())
        return "\n".join(table)


def reconcile(database_url: str, settings: Settings, start: datetime, end: datetime,
              now: datetime | None = None) -> Reconciliation:
    """Settle the uncertain events of [start, end), then compare the ledger with Stripe over that range,
    widened to whole windows and minutes (Stripe's summaries take minute boundaries). Raises
    stripe.StripeError when Stripe cannot be read, and LookupError when the account has no meter for a
    configured event name."""
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

    settled = settle_uncertain(database_url, settings, meter_ids, start, end, now or datetime.now(UTC))
    ledger, not_windowed, outbox, customers = _database_side(database_url, start, end)
    lines = []
    for customer_id, (name, stripe_id) in sorted(customers.items(), key=lambda item: item[1][0]):
        for meter, event_name in event_names.items():
            by_status = outbox[(customer_id, meter)]
            in_stripe = stripe_meters.meter_total(meter_ids[event_name], stripe_id, start_s, end_s) if stripe_id else 0
            line = MeterLine(name, stripe_id, meter, ledger[(customer_id, meter)], in_stripe,
                             not_windowed[(customer_id, meter)], by_status[PENDING], by_status[NEEDS_ATTENTION],
                             by_status[LEDGER_ONLY], by_status[UNCERTAIN])
            if line.ledger or line.stripe:
                lines.append(line)
    return Reconciliation(start, end, lines, settled)


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


def settle_uncertain(database_url: str, settings: Settings, meter_ids: dict[str, str], start: datetime,
                     end: datetime, now: datetime) -> Settlement:
    """Settle the uncertain events stamped in [start, end) against Stripe's summaries of their minutes (see
    the module's docstring). Safe beside running reporters and another reconcile: a minute is settled only
    if none of its events changed while Stripe was read. Raises stripe.StripeError."""
    settlement = Settlement()
    with session_scope(database_url) as session:
        minutes = Counter(
            (stripe_id or "", event_name, _minute(timestamp))
            for stripe_id, event_name, timestamp in session.execute(
                select(Customer.stripe_customer_id, OutboxEvent.event_name, OutboxEvent.timestamp)
                .join(Customer, Customer.id == OutboxEvent.customer_id, isouter=True)
                .where(OutboxEvent.status == UNCERTAIN, OutboxEvent.timestamp >= start, OutboxEvent.timestamp < end)))
    for (stripe_id, event_name, minute), count in sorted(minutes.items()):
        if not stripe_id or event_name not in meter_ids:  # unlinked since, or its meter renamed
            settlement.left += count
            settlement.for_operator.append(f"{event_name} of {stripe_id or 'an unlinked customer'} at "
                                           f"{minute.isoformat()}: no Stripe customer or meter to read")
            continue
        with session_scope(database_url) as session:
            before = _minute_events(session, stripe_id, event_name, minute)
        if any(event.status == PENDING for event in before):
            settlement.left += sum(1 for event in before if event.status == UNCERTAIN)
            continue  # a send of the minute may be under way: its total is not final
        in_stripe = stripe_meters.meter_total(meter_ids[event_name], stripe_id, int(minute.timestamp()),
                                              int(minute.timestamp()) + 60)
        with session_scope(database_url) as session:
            lock_job(session, SETTLE_JOB)
            events = _minute_events(session, stripe_id, event_name, minute)
            if _states(events) != _states(before):
                settlement.left += sum(1 for event in events if event.status == UNCERTAIN)
                continue  # changed while Stripe was read: a later reconcile settles it
            _settle_minute(session, settings, events, in_stripe, now, settlement)
    return settlement


def _minute(moment: datetime) -> datetime:
    epoch = int(as_utc(moment).timestamp())
    return datetime.fromtimestamp(epoch - epoch % 60, UTC)


def _minute_events(session: Session, stripe_id: str, event_name: str, minute: datetime) -> list[OutboxEvent]:
    """The outbox events that Stripe sums into one summary: one Stripe customer's, one meter's, one minute's."""
    return list(session.scalars(
        select(OutboxEvent).join(Customer, Customer.id == OutboxEvent.customer_id)
        .where(Customer.stripe_customer_id == stripe_id, OutboxEvent.event_name == event_name,
               OutboxEvent.timestamp >= minute, OutboxEvent.timestamp < minute + timedelta(seconds=60))
        .order_by(OutboxEvent.id)))


def _states(events: list[OutboxEvent]) -> list[tuple[int, str, str]]:
    return [(event.id, event.status, event.identifier) for event in events]


def _settle_minute(session: Session, settings: Settings, events: list[OutboxEvent], in_stripe: int,
                   now: datetime, settlement: Settlement) -> None:
    uncertain = [event for event in events if event.status == UNCERTAIN]
    from_uncertain = in_stripe - sum(event.value for event in events if event.status == REPORTED)
    if from_uncertain == sum(event.value for event in uncertain):
        counted = {event.id for event in uncertain}
    elif any(now < as_utc(event.uncertain_since) + IDENTIFIER_MEMORY for event in uncertain):
        settlement.left += len(uncertain)  # a send may be too recent to show in Stripe's totals yet
        return
    else:
        counted = _making_up(uncertain, from_uncertain)
        if counted is None:
            settlement.left += len(uncertain)
            settlement.for_operator.append(
                f"{uncertain[0].event_name} of customer {uncertain[0].customer_id} at "
                f"{_minute(uncertain[0].timestamp).isoformat()}: Stripe holds {from_uncertain:,} more than the "
                f"reported events, which no combination of its uncertain events "
                f"({', '.join(f'{e.value:,}' for e in uncertain)}) makes up")
            return
    too_old = now - timedelta(days=settings.stripe_max_event_age_days)
    for event in uncertain:
        if event.id in counted:
            settlement.counted += 1
            values = {"status": REPORTED, "reported_at": now,
                      "last_error": "no answer came, but Stripe's summaries show it counted (reconcile)"}
        elif as_utc(event.timestamp) < too_old:
            settlement.flagged += 1
            values = {"status": NEEDS_ATTENTION,
                      "last_error": f"not counted by Stripe (its summaries, at reconcile), and now older than "
                                    f"Stripe accepts ({settings.stripe_max_event_age_days} days): bill it by hand"}
        else:
            settlement.resent += 1
            identifier = _next_identifier(event)
            values = {"status": PENDING, "identifier": identifier, "resends": event.resends + 1,
                      "uncertain_since": None, "attempts": 0, "next_attempt_at": now,
                      "last_error": f"not counted by Stripe as {event.identifier} (its summaries, at reconcile): "
                                    f"sent again as {identifier}"}
        session.execute(update(OutboxEvent).where(OutboxEvent.id == event.id).values(**values))


def _making_up(events: list[OutboxEvent], amount: int) -> set[int] | None:
    """Ids of events whose values sum to ``amount``; None if none do (or the search grows too large).
    Any such set will do: Stripe bills the minute's total, not the events in it."""
    partial_sums: dict[int, tuple[int, ...]] = {0: ()}
    for event in events:
        for total, ids in list(partial_sums.items()):
            if total + event.value <= amount:
                partial_sums.setdefault(total + event.value, (*ids, event.id))
        if len(partial_sums) > _MAX_PARTIAL_SUMS:
            return None
    found = partial_sums.get(amount)
    return None if found is None else set(found)


def _next_identifier(event: OutboxEvent) -> str:
    """The window's identifier with a new ``-r<n>`` ending, one Stripe has never seen."""
    base = event.identifier.rsplit("-r", 1)[0] if event.resends else event.identifier
    return f"{base}-r{event.resends + 1}"
