"""Store health (`opsdesk-cli check`): integrity, the schema against the models, row counts per table.

A store can say it is at the current revision and still lack a column (earlier builds edited the
first migration in place), so `check` compares what the file holds with what the code reads.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

import app.models  # noqa: F401 - every table registered on the metadata
from app.i18n import QT_TRANSLATE_NOOP
from app.store import Store

MISSING_TABLE = QT_TRANSLATE_NOOP("errors", "缺少表 {table}")
MISSING_COLUMN = QT_TRANSLATE_NOOP("errors", "表 {table} 缺少列 {column}")


def schema_problems(store: Store) -> list[dict[str, str]]:
    """Every table and column of the models that the store's file lacks."""
    problems: list[dict[str, str]] = []
    with store.reading() as uow:
        inspector = sa.inspect(uow.connection())
        present = set(inspector.get_table_names())
        for name, table in sorted(SQLModel.metadata.tables.items()):
            if name not in present:
                problems.append({"table": name, "column": "", "problem": MISSING_TABLE.format(table=name)})
                continue
            columns = {c["name"] for c in inspector.get_columns(name)}
            problems += [{"table": name, "column": c.name, "problem": MISSING_COLUMN.format(table=name, column=c.name)}
                         for c in table.columns if c.name not in columns]
    return problems


def table_counts(store: Store, tables: list[str] | None = None) -> dict[str, int]:
    with store.reading() as uow:
        conn = uow.connection()
        return {
            name: conn.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar_one()
            for name in sorted(tables if tables is not None else SQLModel.metadata.tables)
        }


def check_store(store: Store) -> dict[str, Any]:
    problems = schema_problems(store)
    missing = {p["table"] for p in problems if not p["column"]}
    return {"integrity": store.integrity(), "schema": problems,
            "tables": table_counts(store, [t for t in SQLModel.metadata.tables if t not in missing])}
