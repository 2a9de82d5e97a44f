"""The schema comes from Alembic migrations, on SQLite and PostgreSQL, however processes start."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from billing import models  # noqa: F401  (registers the tables)
from billing.ledger import UsageLedger
from billing.windows import close_usage_windows
from safety import models as safety_models  # noqa: F401
from sluice.db import Base, dispose_engines, engine_for
from sluice.schema import alembic_config, current_revision, head_revision
from tenants import models as tenant_models  # noqa: F401
from tests.conftest import REPO


def test_the_migrations_build_exactly_the_tables_the_models_describe(database_url):
    with engine_for(database_url).connect() as connection:
        assert current_revision(connection) == head_revision()
        assert compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                Base.metadata) == []


def test_a_database_created_before_migrations_is_upgraded_keeping_its_usage(database_url):
    # What create_all made before there were migrations: the baseline tables, no alembic_version.
    engine = create_engine(database_url, poolclass=NullPool)
    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.execute(text("DROP TABLE alembic_version"))
        connection.execute(text(
            "INSERT INTO usage_ledger (request_id, customer_id, api_key_id, model, prompt_tokens, "
            "completion_tokens, outcome, created_at, finished_at) VALUES "
            "('old-1', 1, 1, 'm', 12, 34, 'completed', :t, :t)"), {"t": datetime(2026, 1, 1, tzinfo=UTC)})
        connection.commit()
    engine.dispose()

    ledger = UsageLedger(database_url)
    assert ledger.totals(1) == (12, 34)
    assert ledger.get("old-1").closing_run is None  # not yet aggregated: the next closing run bills it
    assert close_usage_windows(database_url, 60) == 1


def test_processes_starting_together_migrate_the_database_once(database_url):
    script = ("import sys; from sluice.db import engine_for; from sluice.schema import current_revision\n"
              "with engine_for(sys.argv[1]).connect() as c: print(current_revision(c))")
    processes = [subprocess.Popen([sys.executable, "-c", script, database_url], cwd=REPO,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [process.communicate(timeout=120) for process in processes]
    assert [p.returncode for p in processes] == [0] * 4, [err for _, err in results]
    assert {out.strip() for out, _ in results} == {head_revision()}
    dispose_engines()
