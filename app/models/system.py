"""Import batches (for idempotence and undo) and settings shared by the GUI and the CLI."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app.models.base import JSON, now


class ImportBatch(SQLModel, table=True):
    """One imported file; `undo` holds what the batch replaced so it can be put back exactly."""

    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    file_name: str
    sha256: str = Field(index=True, max_length=64)
    platform: str | None = None
    kind: str | None = None
    profile: str | None = None
    parser_version: str | None = None
    confidence: float | None = None
    captured_on: dt.date | None = None
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    status: str = "imported"
    undo: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    imported_at: NaiveDatetime = Field(default_factory=now)
    imported_by: str | None = None


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: Any = Field(default=None, sa_type=JSON)
