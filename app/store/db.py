"""The engine and sessions: WAL, foreign keys and a busy timeout on every connection; one writer.

Reads open their own session (`read_session`). Anything that writes goes through `write_session`,
which holds one process-wide lock, so a background import and an edit in the UI never interleave
their transactions on the same file (DESIGN §3).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.store.writer import write_lock

BUSY_TIMEOUT_MS = 10_000

def engine_url(db_file: Path) -> str:
    """The one place the store's URL is made."""
    return f"sqlite:///{db_file}"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not the sqlite3 module, open transactions, so DDL in migrations is
    # transactional too (SQLAlchemy's documented pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def create_store_engine(db_file: Path) -> Engine:
    engine = sa.create_engine(
        engine_url(db_file),
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    return engine


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One unit of work that writes: committed as a whole, or rolled back as a whole."""
    with write_lock(), Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session
