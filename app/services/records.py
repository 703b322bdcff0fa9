"""Saving and deleting one record by id: the shared tail of every small editor's service.

Each service validates its own fields and names its own "not found" error; this does the write
in one transaction and keeps `updated_at` current on the tables that carry it.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import SQLModel

from app.i18n import UserError
from app.store import Store


def save_record(store: Store, model: type[SQLModel], record_id: int | None, fields: dict[str, Any],
                missing: UserError) -> int:
    """Insert a `model` row from `fields`, or update the row with `record_id` (raising `missing`
    when it is gone); returns the id."""
    with store.writing() as session:
        if record_id is None:
            return session.insert(model(**fields))
        session.change((model, record_id), fields, missing=missing)
        return record_id


def delete_record(store: Store, model: type[SQLModel], record_id: int) -> None:
    """Delete the row if it is still there (deleting twice is not an error)."""
    with store.writing() as session:
        row = session.get(model, record_id)
        if row is not None:
            session.delete(row)
