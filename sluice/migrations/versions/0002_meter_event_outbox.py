"""Windows per closing run, the outbox of Stripe meter events, and the billing jobs' lock rows.

The ledger gains ``closing_run`` (which window closer aggregated a row). Windows written before this
revision were never reported anywhere, so the table is rebuilt and their ledger rows are aggregated
again by the next run.

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JOBS = ("close_usage_windows", "report_meter_events")


def upgrade() -> None:
    op.add_column("usage_ledger", sa.Column("closing_run", sa.BigInteger(), nullable=True))
    op.drop_index("ix_usage_ledger_customer_id", table_name="usage_ledger")
    op.create_index("ix_usage_ledger_customer_finished", "usage_ledger", ["customer_id", "finished_at"])
    op.create_index("ix_usage_ledger_unclosed", "usage_ledger", ["finished_at"],
                    postgresql_where=sa.text("closing_run IS NULL"), sqlite_where=sa.text("closing_run IS NULL"))

    op.drop_index("ix_meter_windows_customer_id", table_name="meter_windows")
    op.drop_table("meter_windows")
    op.create_table(
        "meter_windows",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("closing_run", sa.BigInteger(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("window_seconds", sa.Integer(), nullable=False),
        sa.Column("prompt_tokens", sa.BigInteger(), nullable=False),
        sa.Column("completion_tokens", sa.BigInteger(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("customer_id", "model", "window_start", "closing_run"),
    )
    op.create_index("ix_meter_windows_customer_id", "meter_windows", ["customer_id"])

    op.create_table(
        "meter_event_outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("window_id", sa.Integer(), sa.ForeignKey("meter_windows.id"), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("meter", sa.String(16), nullable=False),
        sa.Column("event_name", sa.String(100), nullable=False),
        sa.Column("identifier", sa.String(100), nullable=False, unique=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("timestamp", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claim_token", sa.String(32), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_meter_event_outbox_window_id", "meter_event_outbox", ["window_id"])
    op.create_index("ix_meter_event_outbox_due", "meter_event_outbox", ["status", "next_attempt_at"])

    jobs = op.create_table(
        "billing_jobs",
        sa.Column("name", sa.String(50), primary_key=True),
        sa.Column("runs", sa.BigInteger(), nullable=False),
        sa.Column("last_run_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.bulk_insert(jobs, [{"name": name, "runs": 0, "last_run_at": None} for name in JOBS])


def downgrade() -> None:
    op.drop_table("billing_jobs")
    op.drop_table("meter_event_outbox")
    op.drop_index("ix_meter_windows_customer_id", table_name="meter_windows")
    op.drop_table("meter_windows")
    op.create_table(
        "meter_windows",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("window_seconds", sa.Integer(), nullable=False),
        sa.Column("prompt_tokens", sa.BigInteger(), nullable=False),
        sa.Column("completion_tokens", sa.BigInteger(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("customer_id", "model", "window_start"),
    )
    op.create_index("ix_meter_windows_customer_id", "meter_windows", ["customer_id"])
    op.drop_index("ix_usage_ledger_unclosed", table_name="usage_ledger")
    op.drop_index("ix_usage_ledger_customer_finished", table_name="usage_ledger")
    op.create_index("ix_usage_ledger_customer_id", "usage_ledger", ["customer_id"])
    op.drop_column("usage_ledger", "closing_run")
