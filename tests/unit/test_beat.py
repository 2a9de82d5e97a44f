"""The beat's schedule: every billing job it names exists and goes to the billing queue."""

from __future__ import annotations

import tasks.billing  # noqa: F401  (registers the billing tasks)
from tasks.celery_app import app, route_task


def test_every_scheduled_billing_job_is_a_registered_task_on_the_billing_queue():
    scheduled = {entry["task"] for entry in app.conf.beat_schedule.values()}
    assert scheduled == {"sluice.billing.close_usage_windows", "sluice.billing.report_meter_events",
                         "sluice.billing.settle_uncertain_sends", "sluice.billing.close_orphaned_requests",
                         "sluice.billing.drain_usage_journal"}
    for name in scheduled:
        assert name in app.tasks
        assert route_task(name, (), {}, {}) == {"queue": "billing"}


def test_settling_uncertain_sends_does_nothing_without_stripe():
    assert tasks.billing.settle_uncertain_sends.run() == {"skipped": "ledger-only mode"}
