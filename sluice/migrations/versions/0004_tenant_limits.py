"""Tenant limits: requests and tokens per minute, concurrent streams and a monthly token budget on each
customer and each API key (NULL: the customer's default from the settings, or no key-level limit).

Revision ID: 0004
Revises: 0003
Create Date: 2026-01-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LIMIT_COLUMNS = (
    ("rpm_limit", sa.Integer()),
    ("tpm_limit", sa.BigInteger()),
    ("stream_limit", sa.Integer()),
    ("monthly_token_budget", sa.BigInteger()),
)


def upgrade() -> None:
    for table in ("customers", "api_keys"):
        with op.batch_alter_table(table) as batch:
            for name, type_ in LIMIT_COLUMNS:
                batch.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    for table in ("customers", "api_keys"):
        with op.batch_alter_table(table) as batch:
            for name, _ in reversed(LIMIT_COLUMNS):
                batch.drop_column(name)
