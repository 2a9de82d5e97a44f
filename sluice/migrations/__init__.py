"""Alembic migrations of every table; sluice.schema.upgrade_to_head applies them at start-up."""
