"""Billing tasks run by the beat schedule. Each is safe to run twice at once: the window closer and the
reporter serialize on their job's lock row, and meter events carry identifiers Stripe de-duplicates."""

from __future__ import annotations

from dataclasses import asdict

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
