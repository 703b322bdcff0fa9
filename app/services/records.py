"""Saving and deleting one record by id: the shared head and tail of every small editor's service.

Each service validates its own fields and names its own errors; `checked_fields` and `required_text`
are the two checks they all make, and `save_record` does the write in one transaction, keeping
`updated_at` current on the tables that carry it (`UnitOfWork.change`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlmodel import SQLModel

from app.i18n import UserError
from app.store import Store


def checked_fields(fields: Mapping[str, Any], allowed: Iterable[str], record: str) -> dict[str, Any]:
    """A copy of `fields` once every name is one the `record` has; another name is the calling
    code's mistake, not the user's, so it is a TypeError."""
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"unknown {record} fields: {sorted(unknown)}")
    return dict(fields)


def required_text(fields: dict[str, Any], key: str, empty: UserError, *, creating: bool = False) -> None:
    """Strip `fields[key]` in place and raise `empty` when it is blank: whenever the field is given,
    and also when it is missing from a record being created."""
    if key in fields or creating:
        fields[key] = str(fields.get(key) or "").strip()
        if not fields[key]:
            raise empty


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
