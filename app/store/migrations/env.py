"""Alembic environment: runs on the connection the store hands over, batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import app.models  # noqa: F401 - registers every table on SQLModel.metadata
from app.models.base import partial_indexes_for_postgresql

config = context.config
connection = config.attributes["connection"]
if connection.dialect.name == "postgresql":  # the models state partial indexes for SQLite only
    partial_indexes_for_postgresql(SQLModel.metadata)
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
