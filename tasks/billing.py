"""Billing tasks run by the beat schedule. Each is safe to run twice at once: the window closer and the
reporter serialize on their job's lock row, and meter events carry identifiers Stripe de-duplicates."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta

from billing.reconcile import reconcile
from billing.reporter import MeterReporter
from billing.windows import OutboxSettings
from billing.windows import close_usage_windows as close_windows
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
