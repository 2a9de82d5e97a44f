"""The moderation record (safety/models.py): one row per safety decision, for audit.

Revision ID: 0003
Revises: 0002
Create Date: 2026-01-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "moderation_records",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("item", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("categories", sa.String(300), nullable=False),
        sa.Column("scores", sa.Text(), nullable=False),
        sa.Column("classifiers", sa.String(100), nullable=False),
        sa.Column("windows", sa.Integer(), nullable=True),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("text_chars", sa.Integer(), nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("request_id", "stage", "item", name="uq_moderation_records_decision"),
    )
    op.create_index("ix_moderation_records_customer_created", "moderation_records", ["customer_id", "created_at"])
    op.create_index("ix_moderation_records_action_created", "moderation_records", ["action", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_moderation_records_action_created", table_name="moderation_records")
    op.drop_index("ix_moderation_records_customer_created", table_name="moderation_records")
    op.drop_table("moderation_records")
