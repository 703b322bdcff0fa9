"""The engine and sessions: WAL, foreign keys and a busy timeout on every connection; one writer.

Every way into the data is a `UnitOfWork`: one session on one connection, usable for the ORM (it
is a `Session`), Core (`connection()`) and bulk DB-API `executemany` (`cursor()`), so no code outside
the store opens a connection, reaches the driver or takes the lock. Reads open their own
(`read_session`). Anything that writes goes through `write_session`, which holds one process-wide
lock, so a background import and an edit in the UI never interleave
their transactions on the same file (DESIGN §3). Writes begin IMMEDIATE, so a writer in another
process (the CLI beside the window, a second import) waits for the busy timeout instead of failing
when its deferred read lock would have to become a write lock; what still times out, and a file
SQLite finds damaged, reach the user as a plain `UserError`, never as "出错了".
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from app.models.base import now
from app.store.errors import StaleEditError, plain_error
from app.store.operator import operator_name
from app.store.writer import write_lock, writing_here

BUSY_TIMEOUT_MS = 10_000

#: Bytes per page of a new store's file (SQLite's default is 4096).
PAGE_SIZE = 16384


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
    # A new store gets 16 KiB pages (a no-op once a store has its tables): a weekly import appends
    # tens of thousands of rows, and bigger pages make its inserts and its commit a quarter cheaper.
    cursor.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk when it returns, so "已导入" is never printed for rows a power cut loses.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _begin(connection: sa.Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing_here() else "BEGIN")


def _plain_error(db_file: Path) -> object:
    """`handle_error` listener: a busy store or a damaged file becomes a UserError in plain words."""

    def handle(context: sa.engine.ExceptionContext) -> None:
        plain = plain_error(context.original_exception, db_file)
        if plain is not None:
            raise plain from context.original_exception

    return handle


def create_store_engine(db_file: Path) -> Engine:
    engine = sa.create_engine(
        engine_url(db_file),
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _begin)
    event.listen(engine, "handle_error", _plain_error(db_file))
    return engine


class UnitOfWork(Session):
    """One transaction on one connection, for the ORM, Core and bulk writes alike.

    It is a `Session`; `connection()` is its Core connection and `cursor()` a DB-API cursor on that
    same connection, for the import's `executemany` over 100,000 rows (the driver's own loop is what
    keeps it fast). Everything done through the three lands in the one transaction.
    """

    def cursor(self) -> Any:
        """A driver cursor inside this unit's transaction (for bulk `executemany`).

        The SQL and values are SQLite's (`?` placeholders, ISO text for times, 0/1 for booleans); on
        the team store's PostgreSQL the cursor is a `ServerCursor` that speaks them there.
        """
        raw = self.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        self.info[_RAW] = True
        if self.connection().dialect.name == "postgresql":
            from app.store.pgcursor import ServerCursor

            return ServerCursor(raw)
        return raw

    def rows(self, query: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """A text query's rows as plain tuples straight from the driver's cursor: no per-row result
        processing (SQLAlchemy's doubled the time at 70,000 member ids). `:name` parameters are
        written in the dialect's own paramstyle, so the query is the same on every store."""
        compiled = sa.text(query).compile(dialect=self.connection().dialect)
        values = compiled.construct_params(dict(params or {}))
        args: Any = tuple(values[name] for name in compiled.positiontup or ()) if compiled.positional else values
        cursor = self.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(compiled.string, args)
            return [tuple(row) for row in cursor.fetchall()]
        finally:
            cursor.close()

    def one_at_a_time(self, job: str) -> None:
        """Wait until no other transaction doing `job` (an import) is open, and keep them waiting until
        this one ends. SQLite's writers already queue (BEGIN IMMEDIATE); on the team store this is a
        transaction-scoped advisory lock, so two operators importing overlapping files at the same
        moment match the second file against the first one's rows instead of doubling them."""
        if self.connection().dialect.name == "postgresql":
            self.connection().execute(sa.text("SELECT pg_advisory_xact_lock(hashtext(:job))"), {"job": f"opsdesk:{job}"})

    def insert(self, row: Any) -> int:
        """Add one new ORM row and return the id the database gave it: flushed at once, so the
        caller can hand the id back (or link other rows to it) inside the same transaction."""
        self.add(row)
        self.flush()
        assert row.id is not None
        return int(row.id)

    def change(self, target: Any, values: Mapping[str, Any], *, missing: BaseException | None = None,
               seen_version: int | None = None) -> Any:
        """Set `values` on a row and stamp its `updated_at` (on tables that keep one); returns the row.

        `target` is the row, or a `(Model, id)` pair to load, raising `missing` (the caller's own
        "not found" error) when that row is gone. Every service's update goes through here, so a
        change is stamped the same way everywhere (who made it: `_stamp` at the flush).
        `seen_version` is the `version` the editor loaded: when someone saved since, nothing is
        written and `StaleEditError` says who and when (`claim`).
        """
        if isinstance(target, tuple):
            model, row_id = target
            row = self.get(model, row_id)
            if row is None:
                assert missing is not None, "loading by id needs the caller's not-found error"
                raise missing
        else:
            row = target
        if seen_version is not None:
            self.claim(row, seen_version)
        for key, value in values.items():
            setattr(row, key, value)
        if "updated_at" in type(row).model_fields:
            row.updated_at = now()
        self.add(row)
        return row

    def claim(self, row: Any, seen_version: int) -> None:
        """Compare and bump a versioned row in one statement (UPDATE … WHERE version = seen): the
        first of two editors saving the same copy wins, the later one gets `StaleEditError` with
        who changed the row and when. On PostgreSQL the UPDATE waits for the other's transaction."""
        table = type(row).__table__
        moved = self.connection().execute(
            sa.update(table).where(table.c.id == row.id, table.c.version == seen_version)
            .values(version=table.c.version + 1))
        if moved.rowcount == 0:
            columns = [table.c.version, *(table.c[name] for name in ("updated_by", "updated_at") if name in table.c)]
            current = self.connection().execute(sa.select(*columns).where(table.c.id == row.id)).mappings().first()
            current = current or {"version": seen_version}
            raise StaleEditError(current.get("updated_by"), current.get("updated_at"), int(current["version"]))
        set_committed_value(row, "version", seen_version + 1)
        self.info.setdefault(_CLAIMED, set()).add((type(row), row.id))

    def cursor_used(self) -> bool:
        """True once the unit wrote through a driver cursor (tables it touched are not known)."""
        return bool(self.info.get(_RAW))

    def sql(self, expression: sa.ColumnElement[Any]) -> str:
        """A Core expression as this unit's dialect writes it, for a text query: dates through
        `sa.extract` and the like read on SQLite and on the team store's PostgreSQL alike."""
        return str(expression.compile(dialect=self.connection().dialect, compile_kwargs={"literal_binds": True}))


def upsert(conn: sa.Connection, table: sa.Table, keys: Sequence[str], update: Iterable[str] = ()) -> Any:
    """INSERT … ON CONFLICT (`keys`) in the connection's own dialect: the `update` columns take the new
    row's values, or the existing row stays as it is when there are none.

    SQLite's and PostgreSQL's dialects both offer it, so a service's upsert runs on the team store too.
    """
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table)
    values = {name: statement.excluded[name] for name in update}
    if not values:
        return statement.on_conflict_do_nothing(index_elements=list(keys))
    return statement.on_conflict_do_update(index_elements=list(keys), set_=values)


#: session.info keys: rows whose version `claim` bumped; tables the unit wrote; a driver cursor used.
_CLAIMED, _TABLES, _RAW = "opsdesk.claimed", "opsdesk.tables", "opsdesk.raw"


@event.listens_for(UnitOfWork, "before_flush")
def _stamp(session: Session, _context: object, _instances: object) -> None:
    """Who made each change (this computer's operator name) and a new `version` for every changed
    versioned row, so an editor holding the old one is told before it overwrites."""
    name = operator_name()
    claimed = session.info.setdefault(_CLAIMED, set())
    tables = session.info.setdefault(_TABLES, set())
    for row in session.new:
        fields = getattr(type(row), "model_fields", {})
        tables.add(getattr(type(row), "__tablename__", ""))
        for field in ("created_by", "updated_by", "imported_by", "saved_by"):
            if field in fields and getattr(row, field) is None:
                setattr(row, field, name)
    for row in session.dirty:
        fields = getattr(type(row), "model_fields", {})
        if not session.is_modified(row, include_collections=False):
            continue
        tables.add(getattr(type(row), "__tablename__", ""))
        if "updated_by" in fields:
            row.updated_by = name
        if "version" in fields and (type(row), row.id) not in claimed:
            row.version = (row.version or 0) + 1
            claimed.add((type(row), row.id))
    tables.update(getattr(type(row), "__tablename__", "") for row in session.deleted)


def _note_write(conn: sa.Connection, _cursor: object, statement: str, *_args: object) -> None:
    match = _WRITE.match(statement)
    if match:
        conn.info.setdefault(_TABLES, set()).add(match.group(1))


_WRITE = re.compile(r'\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.IGNORECASE)


def _announce(session: UnitOfWork) -> None:
    """On a team store, tell the other windows which tables this transaction wrote (NOTIFY is
    delivered at commit, never for a rolled-back one); "*" when a driver cursor wrote."""
    session.flush()
    conn = session.connection()
    tables = session.info.get(_TABLES, set()) | conn.info.pop(_TABLES, set())
    tables.discard("")
    if session.cursor_used():
        tables = {"*"}
    if tables:
        from app.store.notify import payload, sender_of

        conn.exec_driver_sql("SELECT pg_notify(%(channel)s, %(payload)s)",
                             {"channel": CHANNEL, "payload": payload(tables, sender_of(conn.engine))})


#: The PostgreSQL NOTIFY channel every team-store write announces itself on.
CHANNEL = "opsdesk"


@contextmanager
def write_session(engine: Engine) -> Iterator[UnitOfWork]:
    """One unit of work that writes: committed as a whole, or rolled back as a whole (and on a
    team store announced to the other windows, `_announce`)."""
    server = engine.dialect.name == "postgresql"
    if server and not event.contains(engine, "before_cursor_execute", _note_write):
        event.listen(engine, "before_cursor_execute", _note_write)
    with write_lock(), UnitOfWork(engine, expire_on_commit=False) as session:
        try:
            if server:
                session.connection().info.pop(_TABLES, None)
            yield session
            if server:
                _announce(session)
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_session(engine: Engine) -> Iterator[UnitOfWork]:
    """One unit of work that only reads: a deferred transaction, rolled back when the block ends."""
    with UnitOfWork(engine, expire_on_commit=False) as session:
        yield session
