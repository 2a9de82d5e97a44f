"""Usage reaches Stripe exactly once: the ledger, its windows, the outbox and the real ``stripe`` library
against a local Stripe-compatible server that fails on demand."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
import redis
from sqlalchemy import select

from billing.customers import link_stripe_customer
from billing.ledger import Usage, UsageLedger
from billing.models import LEDGER_ONLY, NEEDS_ATTENTION, REPORTED, UNCERTAIN, OutboxEvent
from billing.orphans import InFlightRequests, close_orphaned_requests
from billing.reconcile import reconcile
from billing.reporter import MeterReporter, outbox_counts
from billing.windows import OutboxSettings, as_utc, close_usage_windows
from sluice.db import session_scope
from sluice.settings import Settings
from sluice.streams import events
from sluice.streams.events import StreamEvent
from sluice.streams.publisher import StreamPublisher
from tenants.keys import ensure_customer
from tests.conftest import REPO, SLUICE, wait_until
from tests.fake_stripe import FakeStripe

INPUT, OUTPUT = "sluice_input_tokens", "sluice_output_tokens"


class Clock:
    """The reporter's clock, moved forward by hand so back-offs and leases pass without waiting."""

    def __init__(self) -> None:
        self.ahead = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.ahead

    def advance(self, seconds: float) -> None:
        self.ahead += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def stripe_server(clock):
    fake = FakeStripe(clock=lambda: clock().timestamp())  # Stripe's day passes with the reporter's
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def settings(stripe_server) -> Settings:
    return Settings(stripe_api_key="sk_test_sluice", stripe_api_base=stripe_server.url,
                    stripe_timeout_seconds=0.5, billing_retry_base_seconds=1, billing_report_lease_seconds=60,
                    billing_report_batch_size=50)


class Billing:
    """The billing side of a deployment: a customer linked to Stripe, its ledger, closer and reporter."""

    def __init__(self, database_url: str, settings: Settings, clock: Clock | None = None) -> None:
        self.url = database_url
        self.settings = settings
        self.clock = clock or Clock()
        self.ledger = UsageLedger(database_url)
        self.customer = link_stripe_customer(database_url, "acme", "cus_acme")
        self.started = datetime.now(UTC) - timedelta(minutes=10)
        self.count = 0

    def generate(self, prompt: int, completion: int, outcome: str = "completed", model: str = "m",
                 customer: int | None = None, minutes_ago: float = 5) -> Usage:
        self.count += 1
        finished = datetime.now(UTC) - timedelta(minutes=minutes_ago)
        usage = Usage(f"req-{self.count}", customer or self.customer, 1, model, prompt, completion, outcome,
                      finished - timedelta(seconds=2), finished)
        self.ledger.record(usage)
        return usage

    def close_windows(self) -> int:
        """Close every window, the current one included (as the next beat after it would)."""
        return close_usage_windows(self.url, 60, now=datetime.now(UTC) + timedelta(seconds=60),
                                   outbox=OutboxSettings.from_settings(self.settings))

    def reporter(self) -> MeterReporter:
        return MeterReporter(self.url, self.settings, clock=self.clock)

    def report_until_drained(self, passes: int = 30) -> None:
        """Report pass after pass, letting each back-off pass, until no event waits."""
        for _ in range(passes):
            self.reporter().report_due()
            if not outbox_counts(self.url).get("pending"):
                return
            self.clock.advance(self.settings.billing_retry_max_seconds)
        raise AssertionError(f"the outbox did not drain: {outbox_counts(self.url)}")


@pytest.fixture
def billing(database_url, settings, clock) -> Billing:
    return Billing(database_url, settings, clock)


def test_usage_reaches_stripe_as_one_meter_event_per_window_and_meter(billing, stripe_server):
    billing.generate(100, 40, minutes_ago=5)
    billing.generate(50, 10, minutes_ago=5)
    billing.generate(7, 3, model="other", minutes_ago=4)

    assert billing.close_windows() == 2
    summary = billing.reporter().report_due()

    assert (summary.sent, summary.retrying, summary.flagged) == (4, 0, 0)
    assert stripe_server.total(INPUT, "cus_acme") == 157
    assert stripe_server.total(OUTPUT, "cus_acme") == 53
    sent = next(e for e in stripe_server.events.values() if e.event_name == INPUT and e.value == 150)
    assert sent.identifier.startswith(f"sluice-{billing.customer}-")
    assert billing.reporter().report_due().sent == 0  # nothing is sent twice


def test_repeated_reports_of_one_request_are_billed_once(billing, stripe_server):
    usage = billing.generate(100, 40)
    for _ in range(3):  # the usage journal's drain and the worker's own write report the same request again
        assert billing.ledger.record(usage) is False
    threads = [threading.Thread(target=billing.ledger.record, args=(usage,)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert billing.ledger.record_many([usage, usage]) == 0

    billing.close_windows()
    billing.report_until_drained()
    assert billing.ledger.totals(billing.customer) == (100, 40)
    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == (100, 40)


def test_cancelled_and_filtered_requests_are_billed_for_what_was_generated(billing, stripe_server):
    billing.generate(30, 200, "completed")
    billing.generate(20, 7, "cancelled")  # the client went away after 7 tokens
    billing.generate(25, 3, "content_filter")  # the streaming check stopped it after 3 tokens
    billing.generate(40, 0, "cancelled")  # cancelled before its first token: the prompt was still read

    billing.close_windows()
    billing.report_until_drained()
    assert stripe_server.total(INPUT) == 30 + 20 + 25 + 40
    assert stripe_server.total(OUTPUT) == 200 + 7 + 3


def test_a_dead_workers_request_reaches_stripe_once_for_what_streamed(billing, stripe_server, redis_url):
    # A worker streams 17 of a prompt's completion tokens, then its heartbeat lapses (the real kill, and the
    # broker's redelivery of its task: tests/e2e/test_usage_survives_crashes.py).
    client = redis.Redis.from_url(redis_url.rsplit("/", 1)[0] + "/9")
    client.flushdb()
    worker = InFlightRequests(client, "dead-worker", lapse_seconds=1)
    worker.begin("req-died", customer_id=billing.customer, api_key_id=1, model="m", prompt_tokens=50,
                 created=int(time.time()) - 180)
    publisher = StreamPublisher(client, replay_ttl_seconds=60, replay_max_events=100)
    for seq in range(1, 18):
        publisher.publish_and_wait(StreamEvent("req-died", seq, events.TOKEN, {"text": " x", "tokens": seq}))
    publisher.close()

    def sweep():
        return close_orphaned_requests(client, billing.ledger, replay_ttl_seconds=60, replay_max_events=100,
                                       now=time.time() + 5)

    assert [(c.prompt_tokens, c.completion_tokens, c.billed) for c in sweep()] == [(50, 17, True)]
    assert sweep() == []
    # The worker's own report, had it come late, would find the request closed.
    assert billing.ledger.record(Usage("req-died", billing.customer, 1, "m", 50, 256, "completed",
                                       datetime.now(UTC))) is False
    client.flushdb()

    billing.close_windows()
    billing.report_until_drained()
    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == (50, 17)


def test_totals_are_exact_under_errors_timeouts_rate_limits_and_lost_answers(billing, stripe_server):
    for i in range(40):
        billing.generate(100 + i, 10 + i, model=f"model-{i % 4}", minutes_ago=2 + i % 6)
    billing.close_windows()
    stripe_server.fail_next("error", 2)
    stripe_server.fail_next("lost_response", 3)  # stored, but the answer says 500: sent again later
    stripe_server.fail_next("timeout", 2)  # stored, but the answer comes too late
    stripe_server.fail_next("rate_limit")

    billing.report_until_drained()

    ledger_prompt, ledger_completion = billing.ledger.totals(billing.customer)
    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == (ledger_prompt, ledger_completion)
    # Events whose answer was lost were sent again, and Stripe refused those as duplicates.
    assert stripe_server.stats["duplicates_refused"] >= 1
    assert outbox_counts(billing.url) == {REPORTED: len(stripe_server.events)}


def test_during_a_stripe_outage_windows_wait_in_the_outbox_and_nothing_is_lost(billing, stripe_server):
    for i in range(12):
        billing.generate(10, 5, minutes_ago=1 + i)
    billing.close_windows()
    stripe_server.faults.outage = True

    summary = billing.reporter().report_due()
    assert summary.sent == 0 and "failed" in summary.stopped  # it backs off instead of hammering
    assert stripe_server.stats["outage"] <= 2 * billing.reporter().senders
    billing.clock.advance(3600)
    billing.reporter().report_due()
    assert outbox_counts(billing.url) == {"pending": 24}

    stripe_server.faults.outage = False
    billing.report_until_drained()
    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == (120, 60)


def test_concurrent_deliveries_of_the_billing_tasks_bill_once(billing, stripe_server):
    for i in range(60):
        billing.generate(10 + i, 1 + i, model=f"model-{i % 5}", minutes_ago=1 + i % 9)

    def twice(task):
        threads = [threading.Thread(target=task) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    twice(billing.close_windows)
    twice(lambda: billing.reporter().report_due())
    billing.report_until_drained()

    assert billing.ledger.totals(billing.customer) == (stripe_server.total(INPUT), stripe_server.total(OUTPUT))
    assert stripe_server.stats["duplicates_refused"] == 0  # the two reporters took disjoint batches


def test_a_reporter_killed_mid_batch_leaves_nothing_unsent_and_nothing_doubled(billing, stripe_server, database_url):
    for i in range(30):
        billing.generate(100, 10, model=f"model-{i}", minutes_ago=3)
    billing.close_windows()
    stripe_server.fail_next("timeout")  # one send hangs, so the reporter is caught mid-batch
    stripe_server.faults.hold_seconds = 30
    env = {**os.environ, "SLUICE_DATABASE_URL": database_url, "SLUICE_STRIPE_API_KEY": "sk_test_sluice",
           "SLUICE_STRIPE_API_BASE": stripe_server.url, "SLUICE_STRIPE_TIMEOUT_SECONDS": "60",
           "SLUICE_BILLING_REPORT_LEASE_SECONDS": str(billing.settings.billing_report_lease_seconds)}
    reporter = subprocess.Popen([SLUICE, "billing", "report"], env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until(lambda: stripe_server.stats["accepted"] >= 40, 60, what="the reporter to send most of its batch")
    finally:
        os.killpg(reporter.pid, signal.SIGKILL)
        reporter.wait()
    assert outbox_counts(billing.url) == {"pending": 60}  # sent, but the dead reporter settled nothing

    assert billing.reporter().report_due().sent == 0  # its claims hold until its lease runs out
    billing.clock.advance(billing.settings.billing_report_lease_seconds + 1)
    summary = billing.reporter().report_due()
    assert summary.sent + summary.duplicates == 60 and summary.duplicates >= 40  # Stripe had those already
    billing.report_until_drained()

    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == (3000, 300)
    assert outbox_counts(billing.url) == {REPORTED: 60}


def test_usage_recorded_after_its_window_closed_is_billed_in_a_later_window(billing, stripe_server):
    billing.generate(10, 1, minutes_ago=5)
    billing.close_windows()
    billing.generate(20, 2, minutes_ago=5)  # finished in the same minute, but its write came late
    billing.close_windows()
    billing.report_until_drained()

    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == (30, 3)
    assert len({e.identifier for e in stripe_server.events.values()}) == 4


def test_windows_older_than_stripe_accepts_are_flagged_for_an_operator(billing, stripe_server):
    billing.generate(10, 5, minutes_ago=36 * 24 * 60)
    billing.generate(1, 1, minutes_ago=2)
    billing.close_windows()
    summary = billing.reporter().report_due()

    assert (summary.sent, summary.flagged) == (2, 2)
    with session_scope(billing.url) as session:
        flagged = session.scalars(select(OutboxEvent).where(OutboxEvent.status == NEEDS_ATTENTION)).all()
    assert sorted(e.value for e in flagged) == [5, 10]
    assert all("older than Stripe accepts (35 days)" in e.last_error for e in flagged)
    assert stripe_server.total() == 2


def test_events_of_a_customer_not_yet_linked_to_stripe_wait_until_it_is(billing, stripe_server):
    newcomer = ensure_customer(billing.url, "newcomer")
    billing.generate(10, 5, customer=newcomer)
    billing.close_windows()
    billing.reporter().report_due()
    assert stripe_server.total() == 0 and outbox_counts(billing.url) == {"pending": 2}

    link_stripe_customer(billing.url, "newcomer", "cus_new")
    billing.reporter().report_due()
    assert (stripe_server.total(INPUT, "cus_new"), stripe_server.total(OUTPUT, "cus_new")) == (10, 5)


def test_without_a_stripe_key_billing_is_ledger_only(database_url, stripe_server):
    billing = Billing(database_url, Settings(stripe_api_key="", stripe_api_base=stripe_server.url))
    billing.generate(10, 5)
    billing.close_windows()

    summary = billing.reporter().report_due()
    assert "ledger-only" in summary.stopped
    with session_scope(database_url) as session:
        events = session.scalars(select(OutboxEvent)).all()
    assert {e.status for e in events} == {LEDGER_ONLY}
    assert all("ledger-only" in e.last_error for e in events)
    assert stripe_server.total() == 0 and stripe_server.stats["accepted"] == 0


def test_reconcile_explains_every_difference_between_ledger_and_stripe(billing, stripe_server):
    billing.generate(100, 40, minutes_ago=5)
    billing.close_windows()
    billing.report_until_drained()
    billing.generate(7, 3, minutes_ago=4)  # aggregated, but Stripe is down when it is reported
    billing.close_windows()
    stripe_server.faults.outage = True
    billing.reporter().report_due()
    billing.generate(1, 1, minutes_ago=0)  # still in the open window

    now = datetime.now(UTC)
    lines = {line.meter: line for line in reconcile(billing.url, billing.settings, now - timedelta(hours=1),
                                                      now).lines}
    assert (lines["input"].ledger, lines["input"].stripe, lines["input"].waiting) == (108, 100, 7)
    assert (lines["output"].ledger, lines["output"].stripe, lines["output"].not_windowed) == (44, 40, 1)
    assert lines["input"].unexplained == lines["output"].unexplained == 0

    stripe_server.events.pop(next(i for i, e in stripe_server.events.items() if e.event_name == OUTPUT))
    out = subprocess.run([SLUICE, "billing", "reconcile"], cwd=REPO, capture_output=True, text=True, env={
        **os.environ, "SLUICE_DATABASE_URL": billing.url, "SLUICE_STRIPE_API_KEY": "sk_test_sluice",
        "SLUICE_STRIPE_API_BASE": stripe_server.url})
    assert out.returncode == 1, out.stderr  # Stripe lost an event: 40 output tokens nobody can explain
    assert "unexplained tokens: 40" in out.stdout
    assert "cus_acme" in out.stdout


def test_reconcile_widens_an_end_just_past_a_minute_to_include_usage_before_it(billing, stripe_server):
    minute = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=10)
    billing.ledger.record(Usage("req-edge", billing.customer, 1, "m", 5, 2, "completed",
                                minute, minute + timedelta(milliseconds=300)))
    lines = {line.meter: line for line in reconcile(billing.url, billing.settings, minute - timedelta(hours=1),
                                                      minute + timedelta(milliseconds=500)).lines}
    assert (lines["input"].ledger, lines["output"].ledger) == (5, 2)


def _report_every(billing: Billing, hours: float, passes: int) -> None:
    """A report pass, then ``hours`` later another, ``passes`` times."""
    for _ in range(passes):
        billing.reporter().report_due()
        billing.clock.advance(hours * 3600)


def _outbox(billing: Billing) -> list[OutboxEvent]:
    with session_scope(billing.url) as session:
        return list(session.scalars(select(OutboxEvent).order_by(OutboxEvent.id)))


def _reconcile_last_hour(billing: Billing):
    now = datetime.now(UTC)
    return reconcile(billing.url, billing.settings, now - timedelta(hours=1), now, now=billing.clock())


def test_a_send_stripe_stored_but_never_answered_stops_before_stripe_forgets_it_and_reconcile_settles_it(
        billing, stripe_server):
    billing.generate(100, 40, minutes_ago=5)
    billing.close_windows()
    first_send = billing.clock()
    stripe_server.faults.answers_lost = True  # Stripe stores the events; no answer ever comes back

    _report_every(billing, hours=6, passes=4)  # sent at 0, 6, 12 and 18 hours: each resend is a duplicate
    assert stripe_server.stats["requests"] == 8
    billing.clock.advance(3 * 3600)  # 21 hours after the first send: past the cut-off
    billing.reporter().report_due()
    billing.clock.advance(9 * 3600)  # 30 hours: Stripe has forgotten the identifiers
    stripe_server.faults.answers_lost = False
    billing.reporter().report_due()

    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == (100, 40)  # not counted twice
    assert stripe_server.stats["requests"] == 8  # nothing was sent past the cut-off
    events = _outbox(billing)
    assert {e.status for e in events} == {UNCERTAIN}
    assert all(abs(as_utc(e.uncertain_since) - first_send) < timedelta(seconds=5) for e in events)

    lines = _reconcile_last_hour(billing).lines  # Stripe's summaries show both events counted
    assert outbox_counts(billing.url) == {REPORTED: 2}
    assert [(line.ledger, line.stripe, line.unexplained) for line in lines] == [(100, 100, 0), (40, 40, 0)]
    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == billing.ledger.totals(billing.customer)


def test_a_send_stripe_never_stored_is_billed_once_under_a_new_identifier_after_reconcile(billing, stripe_server):
    billing.generate(100, 40, minutes_ago=5)
    billing.close_windows()
    identifiers = {e.identifier for e in _outbox(billing)}
    stripe_server.faults.outage = True  # 503: for all the reporter knows, Stripe stored them

    _report_every(billing, hours=7, passes=3)  # sent at 0, 7 and 14 hours; flagged at 21
    billing.reporter().report_due()
    stripe_server.faults.outage = False
    assert outbox_counts(billing.url) == {UNCERTAIN: 2}

    lines = _reconcile_last_hour(billing).lines  # not counted, but the last send is only 7 hours old
    assert [(line.stripe, line.uncertain, line.unexplained) for line in lines] == [(0, 100, 0), (0, 40, 0)]
    assert outbox_counts(billing.url) == {UNCERTAIN: 2}

    billing.clock.advance(4 * 3600)  # 25 hours after the first send
    _reconcile_last_hour(billing)
    resent = _outbox(billing)
    assert {e.status for e in resent} == {"pending"}
    assert {e.identifier for e in resent} == {f"{identifier}-r1" for identifier in identifiers}
    billing.report_until_drained()

    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == (100, 40)
    assert [line.unexplained for line in _reconcile_last_hour(billing).lines] == [0, 0]


def test_reconcile_settles_a_minute_in_which_stripe_counted_some_of_its_uncertain_sends(billing, stripe_server):
    billing.generate(100, 40, model="large", minutes_ago=5)
    billing.generate(7, 3, model="small", minutes_ago=5)  # the same minute: one Stripe summary holds both
    billing.close_windows()
    stripe_server.faults.answers_lost = True
    _report_every(billing, hours=21, passes=2)
    stripe_server.faults.answers_lost = False
    # Stripe counted the small model's input tokens, not the large one's.
    stripe_server.events.pop(next(i for i, e in stripe_server.events.items() if e.event_name == INPUT and e.value == 100))
    billing.clock.advance(4 * 3600)

    _reconcile_last_hour(billing)
    billing.report_until_drained()

    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == (107, 43)
    assert outbox_counts(billing.url) == {REPORTED: 4}
    assert [e.identifier.endswith("-input-r1") for e in _outbox(billing)].count(True) == 1


def test_sends_stripe_refused_outright_are_retried_past_a_day_as_before(billing, stripe_server):
    billing.generate(100, 40, minutes_ago=5)
    billing.close_windows()
    stripe_server.faults.rate_limit = 1.0  # 429: Stripe took nothing

    _report_every(billing, hours=7, passes=4)
    assert outbox_counts(billing.url) == {"pending": 2}
    assert all(e.uncertain_since is None for e in _outbox(billing))
    stripe_server.faults.rate_limit = 0.0
    billing.report_until_drained()

    assert (stripe_server.total(INPUT), stripe_server.total(OUTPUT)) == (100, 40)
