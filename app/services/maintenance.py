"""Store health: integrity and row counts per table (`opsdesk-cli check`)."""

from __future__ import annotations

from typing import Any

from sqlmodel import SQLModel

import app.models  # noqa: F401 - every table registered on the metadata
from app.store import Store
from app.store.backup import integrity


def table_counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            name: conn.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar_one()
            for name in sorted(SQLModel.metadata.tables)
        }


def check_store(store: Store) -> dict[str, Any]:
    return {"integrity": integrity(store.db_file), "tables": table_counts(store)}
