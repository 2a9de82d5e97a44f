"""Alembic's environment for every table: the connection sluice.schema hands over, or (from the alembic
command line, ``alembic -c sluice/alembic.ini ...``) the configured database URL."""

from __future__ import annotations

import importlib

from alembic import context
from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import NullPool

from sluice.db import Base

# Autogenerate compares the tables of these modules with the database; the migrations themselves name
# every column, so a start-up upgrade needs none of them.
for module in (context.config.get_main_option("table_modules") or "").split():
    importlib.import_module(module)


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("migrations run against a database; offline (--sql) mode is not supported")

connection = context.config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    from sluice.settings import get_settings

    url = context.config.get_main_option("sqlalchemy.url") or get_settings().resolved_database_url
    with create_engine(url, poolclass=NullPool).connect() as own_connection:
        run_migrations(own_connection)
        own_connection.commit()
