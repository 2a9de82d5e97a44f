"""Billing tasks run by the beat schedule. Each is safe to run twice at once: the window closer and the
reporter serialize on their job's lock row, meter events carry identifiers Stripe de-duplicates, and the
ledger writes a request's usage once however often the orphan sweep or the journal drain writes it."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta

from billing.ledger import UsageLedger
from billing.orphans import close_orphaned_requests as close_orphans
from billing.reconcile import reconcile
from billing.reporter import MeterReporter
from billing.usage_journal import UsageJournal
from billing.windows import OutboxSettings
from billing.windows import close_usage_windows as close_windows
from sluice.redis_client import redis_from_url
from sluice.settings import get_settings
from tasks.celery_app import app


@app.task(name="sluice.billing.close_usage_windows")
def close_usage_windows() -> int:
    settings = get_settings()
    return close_windows(settings.resolved_database_url, settings.billing_window_seconds,
                         outbox=OutboxSettings.from_settings(settings))


@app.task(name="sluice.billing.report_meter_events")
def report_meter_events() -> dict:
    settings = get_settings()
    return asdict(MeterReporter(settings.resolved_database_url, settings).report_due())


@app.task(name="sluice.billing.settle_uncertain_sends")
def settle_uncertain_sends() -> dict:
    """Reconcile the last two days with Stripe, which first settles the meter events whose sends had an
    unknown outcome (billing/reconcile.py). Nothing to do in ledger-only mode."""
    settings = get_settings()
    if not settings.stripe_api_key:
        return {"skipped": "ledger-only mode"}
    end = datetime.now(UTC)
    result = reconcile(settings.resolved_database_url, settings, end - timedelta(days=2), end)
    return {"unexplained_tokens": result.unexplained}


@app.task(name="sluice.billing.close_orphaned_requests")
def close_orphaned_requests() -> int:
    """Close and bill the requests of generation workers whose heartbeat lapsed (billing/orphans.py)."""
    settings = get_settings()
    closed = close_orphans(redis_from_url(settings.redis_url), UsageLedger(settings.resolved_database_url),
                           replay_ttl_seconds=settings.replay_ttl_seconds,
                           replay_max_events=settings.replay_max_events)
    return len(closed)


@app.task(name="sluice.billing.drain_usage_journal")
def drain_usage_journal() -> int:
    """Write the usage that waits in the usage journal to the ledger (billing/usage_journal.py)."""
    settings = get_settings()
    return UsageJournal(redis_from_url(settings.redis_url)).drain(UsageLedger(settings.resolved_database_url))
