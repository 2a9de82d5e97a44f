"""The database every part shares: the declarative base, one engine per URL (SQLite by default,
PostgreSQL by URL) that brings the schema to the newest migration, and sessions."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker


class Base(DeclarativeBase):
    pass


def utcnow() -> datetime:
    return datetime.now(UTC)


_engines: dict[tuple[str, bool], Engine] = {}
_engines_lock = threading.Lock()


def engine_for(url: str) -> Engine:
    """One engine per database URL and process. On first use it brings the schema to the newest Alembic
    revision (once, even when many threads or processes ask at the same moment)."""
    with _engines_lock:
        if (url, False) not in _engines:
            engine = _create_engine(url)
            from sluice.schema import upgrade_to_head

            upgrade_to_head(engine)
            _engines[(url, False)] = engine
        return _engines[(url, False)]


def autocommit_engine_for(url: str) -> Engine:
    """A second engine per URL whose connections commit every statement on their own: for a write that
    is one idempotent statement (the ledger's insert), it saves the BEGIN and COMMIT round trips. It
    does not ping a connection before each use: a caller retries once on a dropped connection
    (``DBAPIError.connection_invalidated``), which a repeatable statement allows."""
    engine_for(url)  # the schema first
    with _engines_lock:
        if (url, True) not in _engines:
            _engines[(url, True)] = _create_engine(url, autocommit=True)
        return _engines[(url, True)]


def dispose_engines() -> None:
    """Close every pooled connection (tests drop their databases afterwards)."""
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def _use_wal(dbapi_connection, patience: float = 30.0) -> None:
    """Put the SQLite database in WAL mode, unless it is already (the mode stays with the file). Switching
    needs the database to itself, and SQLite refuses at once, without waiting, while another connection
    holds it (processes that start together, each opening the new database): then try again, for up to
    ``patience`` seconds."""
    deadline = time.monotonic() + patience
    while True:
        cursor = dbapi_connection.cursor()
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
        finally:
            cursor.close()


def _create_engine(url: str, autocommit: bool = False) -> Engine:
    options = {"isolation_level": "AUTOCOMMIT"} if autocommit else {}
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **options)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # WAL: readers never block the one writer
            _use_wal(dbapi_connection)
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
    else:
        engine = create_engine(url, pool_pre_ping=not autocommit, pool_size=10, max_overflow=20, **options)
    return engine


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = sessionmaker(engine_for(url), expire_on_commit=False)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
