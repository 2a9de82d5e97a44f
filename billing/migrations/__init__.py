"""Alembic migrations of the billing schema; billing.schema.upgrade_to_head applies them at start-up."""
