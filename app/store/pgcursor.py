"""The import's bulk SQL on the team store's PostgreSQL, unchanged (issue 21).

The import and the workbook write through a DB-API cursor with SQLite's conventions: `?`
placeholders, times as ISO text ('2026-03-01 18:00:00.000000'), booleans as 0/1, JSON as text — and
they read values back in that same form to compare them with what a file brings (so importing a file
again changes nothing). `ServerCursor` wraps a psycopg cursor so that SQL and those values mean the
same on PostgreSQL: placeholders rewritten, whole numbers sent untyped (PostgreSQL takes 1 for a
boolean column as it takes it for an integer one), and times, days, booleans and JSON loaded back as
SQLite hands them out. Its adapters are its own, so SQLAlchemy's use of the same connection is untouched.

Rows inserted with ids of their own (the import, the demo, a pushed store) leave a table's id sequence
behind; `advance_before_insert` moves it on before an insert that takes its id from the sequence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import sqlalchemy as sa
from psycopg.adapt import Dumper, Loader

#: A single-quoted literal (kept as it is) or a `?` / `%` outside one (rewritten for psycopg).
_TOKENS = re.compile(r"'(?:[^']|'')*'|\?|%")


class _UntypedInt(Dumper):
    """A whole number sent as an untyped literal: PostgreSQL reads it as the column's type."""

    def dump(self, obj: int) -> bytes:
        return str(int(obj)).encode()


class _Text(Loader):
    def load(self, data: Any) -> str:
        return bytes(data).decode()


class _Stamp(Loader):
    """A timestamp as SQLAlchemy writes it into SQLite: 'YYYY-MM-DD HH:MM:SS.ffffff'."""

    def load(self, data: Any) -> str:
        day, _, time = bytes(data).decode().partition(" ")
        whole, _, fraction = time.partition(".")
        return f"{day} {whole}.{fraction.ljust(6, '0')}"


class _Bool(Loader):
    def load(self, data: Any) -> int:
        return 1 if bytes(data) == b"t" else 0


def translate(sql: str) -> str:
    """SQLite's `?` placeholders as psycopg's `%s`, a literal `%` doubled (string literals kept)."""
    return _TOKENS.sub(lambda m: "%s" if m.group() == "?" else "%%" if m.group() == "%" else m.group(), sql)


class ServerCursor:
    """A psycopg cursor that takes and gives values as the sqlite3 cursor does (see the module doc)."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        #: The id the last INSERT that took it from the sequence gave its row (as sqlite3's).
        self.lastrowid: int | None = None
        adapters = cursor.adapters
        adapters.register_dumper(int, _UntypedInt)
        for name in ("json", "jsonb", "date", "text", "varchar"):
            adapters.register_loader(name, _Text)
        adapters.register_loader("timestamp", _Stamp)
        adapters.register_loader("bool", _Bool)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> ServerCursor:
        """Run one statement. SQLite's `PRAGMA` tuning (the import's cache size) means nothing on a
        server and is skipped; an INSERT that leaves the id to the sequence returns it as `lastrowid`."""
        if sql.lstrip()[:6].upper() == "PRAGMA":
            return self
        returning = _takes_sequence_id(sql)
        if returning is not None:
            self._cursor.execute(returning)
            sql += " RETURNING id"
        if params:
            self._cursor.execute(translate(sql), tuple(params))
        else:
            self._cursor.execute(sql)
        if returning is not None:
            self.lastrowid = int(self._cursor.fetchone()[0])
        return self

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement per row; rows inserted with ids of their own first move the table's
        sequence past them (at once, outside the transaction), so a colleague's new row meanwhile
        takes a later id instead of colliding with the import's."""
        params = [tuple(r) for r in rows]
        found = _INSERT.match(sql)
        if found is not None and params:
            columns = [c.strip().strip('"') for c in found.group(2).split(",")]
            if "id" in columns and _advance_sql(found.group(1)) is not None:
                at = columns.index("id")
                sequence = f'"{found.group(1)}_id_seq"'
                self._cursor.execute(f"SELECT setval('{sequence}', GREATEST(%s, (SELECT last_value FROM {sequence})))",
                                     (max(int(p[at]) for p in params),))
        self._cursor.executemany(translate(sql), params)

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._cursor.fetchone()

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._cursor.fetchall()

    def fetchmany(self, size: int = 1) -> list[tuple[Any, ...]]:
        return self._cursor.fetchmany(size)

    def __iter__(self) -> Any:
        return iter(self._cursor)

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    def close(self) -> None:
        self._cursor.close()


#: An INSERT as SQLAlchemy writes it: the table and its column list.
_INSERT = re.compile(r'^\s*INSERT INTO "?(\w+)"? \(([^)]*)\)', re.IGNORECASE)


@cache
def _advance_sql(table: str) -> str | None:
    """Move `table`'s id sequence past its highest id, or None when the table has no id sequence."""
    from sqlmodel import SQLModel

    import app.models  # noqa: F401 - every table on the metadata

    known = SQLModel.metadata.tables.get(table)
    column = None if known is None else known.c.get("id")
    if column is None or not isinstance(column.type, sa.Integer) or not column.primary_key:
        return None
    sequence = f'"{table}_id_seq"'
    return (f"SELECT setval('{sequence}', m) FROM (SELECT MAX(id) AS m FROM \"{table}\") AS t "
            f"WHERE m >= (SELECT last_value FROM {sequence})")


def _takes_sequence_id(statement: str) -> str | None:
    """For an INSERT that leaves the id to the table's sequence, the SQL that first moves the sequence
    past the ids bulk writes (import, demo, push) gave their rows themselves; else None."""
    found = _INSERT.match(statement)
    if found is None or "id" in {c.strip().strip('"') for c in found.group(2).split(",")}:
        return None
    return _advance_sql(found.group(1))


def advance_before_insert(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
    """`before_cursor_execute` on the server engine: SQLAlchemy's inserts see a sequence moved on."""
    sql = _takes_sequence_id(statement)
    if sql is not None:
        cursor.execute(sql)
