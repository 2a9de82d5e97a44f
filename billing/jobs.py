"""The periodic billing jobs' lock rows: two deliveries of the same job never interleave."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from billing.models import BillingJob


def lock_job(session: Session, name: str) -> int:
    """Take the job's lock row for the rest of ``session``'s transaction (a second run of the same job
    waits for the commit) and count the run. Returns the run's number."""
    session.execute(
        update(BillingJob).where(BillingJob.name == name)
        .values(runs=BillingJob.runs + 1, last_run_at=datetime.now(UTC))
    )
    run = session.scalar(select(BillingJob.runs).where(BillingJob.name == name))
    if run is None:
        raise LookupError(f"no billing job {name!r}: each job's row is added by a migration")
    return run
