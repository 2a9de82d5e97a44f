"""Meter events of unknown outcome: when the first send that may have reached Stripe began, how often
reconcile gave an event a new identifier, and the lock row of reconcile's settling of such events.

Revision ID: 0005
Revises: 0004
Create Date: 2026-01-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

JOB = "settle_uncertain_meter_events"


def upgrade() -> None:
    with op.batch_alter_table("meter_event_outbox") as batch:
        batch.add_column(sa.Column("uncertain_since", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("resends", sa.Integer(), nullable=False, server_default="0"))
    jobs = sa.table("billing_jobs", sa.column("name", sa.String), sa.column("runs", sa.BigInteger),
                    sa.column("last_run_at", sa.DateTime(timezone=True)))
    op.bulk_insert(jobs, [{"name": JOB, "runs": 0, "last_run_at": None}])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM billing_jobs WHERE name = :name").bindparams(name=JOB))
    with op.batch_alter_table("meter_event_outbox") as batch:
        batch.drop_column("resends")
        batch.drop_column("uncertain_since")
