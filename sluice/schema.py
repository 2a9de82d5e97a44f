"""Bring a database to the newest schema with the Alembic migrations in sluice/migrations.

Every process calls this on its first use of a database (through ``engine_for``). When several start at
once, one migrates under a lock (a PostgreSQL advisory lock, a file lock beside a SQLite file) and the
others wait for it, then find the schema already at head.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The schema that create_all built before there were migrations: such a database is stamped with it.
BASELINE_REVISION = "0001"
_ADVISORY_LOCK_KEY = 0x5_1A1CE_B111  # any constant that no other application uses on the same server


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the migrations, using ``connection`` when one is given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Apply every migration the database lacks. Raises what the database raises when it cannot."""
    head = head_revision()
    with engine.connect() as connection, _exclusive(engine, connection):
        if current_revision(connection) == head:
            return
        config = alembic_config(connection)
        if current_revision(connection) is None and inspect(connection).has_table("usage_ledger"):
            command.stamp(config, BASELINE_REVISION)
        command.upgrade(config, "head")
        connection.commit()


@contextmanager
def _exclusive(engine: Engine, connection: Connection) -> Iterator[None]:
    if engine.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _ADVISORY_LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.rollback()
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _ADVISORY_LOCK_KEY})
            connection.commit()
        return
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    with open(Path(database).with_name(Path(database).name + ".migrate-lock"), "a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        yield
