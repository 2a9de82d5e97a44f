"""The Stripe reporter: delivers the outbox's meter events, each exactly once.

A pass flags events that may no longer be sent, then repeatedly claims a batch of due events (a short
transaction under the job's lock row, so concurrent reporters take disjoint batches), sends them, and
settles each: reported (Stripe took it, or already had its identifier), back off and retry (429, 5xx,
timeouts), or needs attention (Stripe refuses it). A reporter killed mid-batch leaves its claims to
expire after ``billing_report_lease_seconds``; another reporter sends those events again and Stripe,
recognising the identifiers, counts each once.

Stripe recognises an identifier for 24 hours only. A claim marks when the first send that may reach
Stripe began (``uncertain_since``); an answer saying Stripe stored nothing (a 4xx) takes that mark back,
while a timeout or 5xx leaves it. Such an event is resent under its identifier until ``RESEND_CUTOFF``
after that mark, then moved to ``uncertain``: ``billing.reconcile`` settles it against Stripe's
meter event summaries, never by a resend Stripe could count twice.
"""

from __future__ import annotations

import logging
import random
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import bindparam, func, or_, select, update

from billing import stripe_meters
from billing.jobs import lock_job
from billing.models import NEEDS_ATTENTION, PENDING, REPORTED, UNCERTAIN, OutboxEvent
from billing.stripe_meters import IDENTIFIER_MEMORY, Delivery, MeterEventToSend, SendResult
from sluice.db import session_scope
from sluice.settings import Settings
from tenants.models import Customer

log = logging.getLogger(__name__)

REPORT_JOB = "report_meter_events"
LEDGER_ONLY_NOTE = "ledger-only mode: no SLUICE_STRIPE_API_KEY, nothing is sent"
# A pass stops once this many sends of a batch failed and they are at least a quarter of its sends so
# far: scattered errors are retried one by one, an outage is not hammered.
_OUTAGE_FAILURES = 3
# How long after its first uncertain send an event is still resent under the same identifier: 4 hours short
# of Stripe's memory of it, for a send still in flight (lease, timeout), clocks that disagree, and
# Stripe's summaries to take in whatever the last send stored before reconcile reads them.
RESEND_CUTOFF = IDENTIFIER_MEMORY - timedelta(hours=4)


@dataclass
class ReportSummary:
    sent: int = 0  # accepted by Stripe in this pass
    duplicates: int = 0  # Stripe already had them (an earlier answer was lost): now marked reported
    retrying: int = 0  # failed for now; sent again after their back-off
    flagged: int = 0  # moved to needs_attention (too old, or refused by Stripe)
    uncertain: int = 0  # moved to uncertain (no answer until the resend cut-off): reconcile settles them
    stopped: str | None = None  # why the pass ended before the outbox was drained, if it did
    errors: list[str] = field(default_factory=list)

    def add(self, other: ReportSummary) -> None:
        self.sent += other.sent
        self.duplicates += other.duplicates
        self.retrying += other.retrying
        self.flagged += other.flagged
        self.uncertain += other.uncertain
        self.errors.extend(other.errors)


@dataclass(frozen=True)
class _Claimed:
    id: int
    event: MeterEventToSend
    attempts: int
    uncertain_before: datetime | None  # the event's uncertain_since before this claim
    uncertain_if_sent: datetime  # and once this claim's send may have reached Stripe


def utcnow() -> datetime:
    return datetime.now(UTC)


class MeterReporter:
    def __init__(self, database_url: str, settings: Settings, clock: Callable[[], datetime] = utcnow,
                 senders: int = 4) -> None:
        self.database_url = database_url
        self.settings = settings
        self.clock = clock
        self.senders = senders
        if settings.stripe_api_key:
            stripe_meters.configure(settings)

    def report_due(self, time_budget: float | None = None) -> ReportSummary:
        """One reporting pass: send due events until none is left, the pass is stopped (outage, rate
        limit, bad key) or ``time_budget`` seconds (default: the report interval) have passed."""
        if not self.settings.stripe_api_key:
            return ReportSummary(stopped=LEDGER_ONLY_NOTE)
        budget = self.settings.billing_report_interval_seconds if time_budget is None else time_budget
        started = time.monotonic()
        summary = self.flag_unsendable()
        while True:
            batch, token = self._claim()
            if not batch:
                return summary  # nothing due (or only events of customers not linked to Stripe)
            results, stop = self._send(batch)
            summary.add(self._settle(batch, results, token))
            if stop is not None:
                summary.stopped = stop
                log.warning("Stripe reporting paused until the next pass: %s", stop)
                return summary
            if time.monotonic() - started > budget:
                summary.stopped = "time budget used; the next pass continues"
                return summary

    def flag_unsendable(self) -> ReportSummary:
        """Take pending events that may no longer be sent out of the sending: those sent without a known
        outcome whose resend cut-off has passed (or that became too old for Stripe meanwhile) go to
        uncertain, for reconcile; the other events older than Stripe accepts go to needs_attention.
        Returns how many went where."""
        now = self.clock()
        days = self.settings.stripe_max_event_age_days
        too_old = OutboxEvent.timestamp < now - timedelta(days=days)
        waiting = (OutboxEvent.status == PENDING,
                   or_(OutboxEvent.claimed_until.is_(None), OutboxEvent.claimed_until < now))
        with session_scope(self.database_url) as session:
            uncertain = session.execute(
                update(OutboxEvent)
                .where(*waiting, OutboxEvent.uncertain_since.is_not(None),
                       or_(OutboxEvent.uncertain_since < now - RESEND_CUTOFF, too_old))
                .values(status=UNCERTAIN, claimed_until=None, claim_token=None,
                        last_error="sent without a known outcome until it may not be resent (Stripe forgets "
                                   "identifiers): `sluice billing reconcile` settles it against Stripe's "
                                   "summaries; last: " + func.coalesce(OutboxEvent.last_error, "-"))
            ).rowcount
            flagged = session.execute(
                update(OutboxEvent).where(*waiting, too_old)
                .values(status=NEEDS_ATTENTION, claimed_until=None, claim_token=None,
                        last_error=f"older than Stripe accepts ({days} days): bill it by hand or write it off")
            ).rowcount
        if uncertain:
            log.error("%d meter events were sent without a known outcome until the resend cut-off; "
                      "`sluice billing reconcile` settles them", uncertain)
        if flagged:
            log.error("%d meter events are too old for Stripe and need an operator", flagged)
        return ReportSummary(flagged=flagged, uncertain=uncertain)

    def _claim(self) -> tuple[list[_Claimed], str]:
        token = secrets.token_hex(8)
        with session_scope(self.database_url) as session:
            lock_job(session, REPORT_JOB)
            now = self.clock()
            rows = session.execute(
                select(OutboxEvent, Customer.stripe_customer_id)
                .join(Customer, Customer.id == OutboxEvent.customer_id, isouter=True)
                .where(OutboxEvent.status == PENDING, OutboxEvent.next_attempt_at <= now,
                       or_(OutboxEvent.claimed_until.is_(None), OutboxEvent.claimed_until < now),
                       or_(OutboxEvent.uncertain_since.is_(None),
                           OutboxEvent.uncertain_since >= now - RESEND_CUTOFF))
                .order_by(OutboxEvent.timestamp, OutboxEvent.id)
                .limit(self.settings.billing_report_batch_size)
            ).all()
            unmapped = [event.id for event, stripe_id in rows if not stripe_id]
            if unmapped:  # they wait, and go out once the customer is linked to Stripe
                session.execute(update(OutboxEvent).where(OutboxEvent.id.in_(unmapped)).values(
                    next_attempt_at=now + timedelta(seconds=self.settings.billing_retry_max_seconds),
                    last_error="its customer has no Stripe customer id (sluice billing link-customer)"))
            claimed = [_Claimed(event.id, MeterEventToSend(event.event_name, event.identifier, stripe_id,
                                                           event.value, event.timestamp), event.attempts,
                                event.uncertain_since, event.uncertain_since or now)
                       for event, stripe_id in rows if stripe_id]
            if claimed:  # marked before the send: a reporter killed during it leaves the mark
                session.execute(
                    update(OutboxEvent).where(OutboxEvent.id.in_([c.id for c in claimed]))
                    .values(claimed_until=now + timedelta(seconds=self.settings.billing_report_lease_seconds),
                            claim_token=token,
                            uncertain_since=func.coalesce(OutboxEvent.uncertain_since, now))
                )
            return claimed, token

    def _send(self, batch: list[_Claimed]) -> tuple[dict[int, SendResult], str | None]:
        """Send a batch concurrently. Once a send says stop (rate limited, bad key) or failures look like
        an outage, the rest stay unsent; returns the results and why it stopped, if it did."""
        results: dict[int, SendResult] = {}
        stop: str | None = None
        lock = threading.Lock()

        def send(claimed: _Claimed) -> None:
            nonlocal stop
            if stop is not None:
                return
            result = stripe_meters.send_meter_event(claimed.event)
            with lock:
                results[claimed.id] = result
                failures = sum(1 for r in results.values() if r.delivery in (Delivery.RETRY, Delivery.UNKNOWN))
                if result.stop_pass:
                    stop = result.error
                elif failures >= _OUTAGE_FAILURES and failures * 4 >= len(results):
                    stop = f"{failures} of {len(results)} sends failed; last: {result.error}"

        with ThreadPoolExecutor(self.senders) as pool:
            list(pool.map(send, batch))
        return results, stop

    def _settle(self, batch: list[_Claimed], results: dict[int, SendResult], token: str) -> ReportSummary:
        now = self.clock()
        summary = ReportSummary()
        reported, retried, refused, unsent = [], [], [], []
        for claimed in batch:
            result = results.get(claimed.id)
            if result is None:
                unsent.append({"b_id": claimed.id, "b_uncertain": claimed.uncertain_before})
            elif result.delivery in (Delivery.ACCEPTED, Delivery.DUPLICATE):
                if result.delivery is Delivery.ACCEPTED:
                    summary.sent += 1
                else:
                    summary.duplicates += 1
                reported.append({"b_id": claimed.id})
            elif result.delivery in (Delivery.RETRY, Delivery.UNKNOWN):
                summary.retrying += 1
                summary.errors.append(result.error or "")
                uncertain = claimed.uncertain_if_sent if result.delivery is Delivery.UNKNOWN \
                    else claimed.uncertain_before  # Stripe answered that it took nothing
                retried.append({"b_id": claimed.id, "b_error": result.error, "b_uncertain": uncertain,
                                "b_next": now + timedelta(seconds=self._backoff(claimed.attempts))})
            else:
                summary.errors.append(result.error or "")
                if claimed.uncertain_before is None:
                    summary.flagged += 1
                else:  # refused now, but an earlier send may have been stored: reconcile settles it
                    summary.uncertain += 1
                refused.append({"b_id": claimed.id, "b_error": result.error,
                                "b_uncertain": claimed.uncertain_before,
                                "b_status": NEEDS_ATTENTION if claimed.uncertain_before is None else UNCERTAIN})
        table = OutboxEvent.__table__
        owned = (table.c.id == bindparam("b_id")) & (table.c.status == PENDING) & (table.c.claim_token == token)
        released = {"claimed_until": None, "claim_token": None}
        with session_scope(self.database_url) as session:
            connection = session.connection()
            if reported:  # true whoever holds the claim now, and whatever else was concluded meanwhile
                delivered = (table.c.id == bindparam("b_id")) & (table.c.status != REPORTED)
                connection.execute(table.update().where(delivered).values(
                    status=REPORTED, reported_at=now, last_error=None, **released), reported)
            if retried:
                connection.execute(table.update().where(owned).values(
                    attempts=table.c.attempts + 1, next_attempt_at=bindparam("b_next"),
                    last_error=bindparam("b_error"), uncertain_since=bindparam("b_uncertain"), **released),
                    retried)
            if refused:
                connection.execute(table.update().where(owned).values(
                    status=bindparam("b_status"), attempts=table.c.attempts + 1, last_error=bindparam("b_error"),
                    uncertain_since=bindparam("b_uncertain"), **released), refused)
            if unsent:
                connection.execute(table.update().where(owned).values(
                    uncertain_since=bindparam("b_uncertain"), **released), unsent)
            connection.execute(table.update().where(table.c.claim_token == token).values(**released))
        if refused:
            log.error("Stripe refused %d meter events; they need an operator or reconcile: %s", len(refused),
                      refused[0]["b_error"])
        return summary

    def _backoff(self, attempts: int) -> float:
        delay = self.settings.billing_retry_base_seconds * 2 ** min(attempts, 30) * random.uniform(0.8, 1.2)
        return min(delay, self.settings.billing_retry_max_seconds)


def outbox_counts(database_url: str) -> dict[str, int]:
    """Outbox events by status."""
    with session_scope(database_url) as session:
        rows = session.execute(select(OutboxEvent.status, func.count()).group_by(OutboxEvent.status)).all()
    return {status: int(count) for status, count in rows}
