"""Shared pieces of every table: the constraint naming convention, enums and column helpers.

The enums are `StrEnum`s whose member names equal their values, because SQLAlchemy stores an
enum's *name*: the database then holds exactly the codes of the data contract (DESIGN §4.1).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app import clock
from app.vocabulary import Platform

__all__ = ["JSON", "Platform", "TimestampedModel", "now", "partial_index", "partial_indexes_for_postgresql"]

# Alembic with render_as_batch needs named constraints to alter them on SQLite.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
# Each table's validation schema is built when first used, not when the class is made: start-up and an
# import load every table and validate rows of few (issue 17).
SQLModel.model_config["defer_build"] = True


def now() -> datetime:
    """Local wall-clock time without zone, to the second (DESIGN §4.1)."""
    return clock.now().replace(microsecond=0)


#: The SQL type of list and mapping columns (tags, platforms, channels, an export row's `extra`).
JSON = sa.JSON


def partial_index(name: str, column: str, where: str) -> sa.Index:
    """An index of only the rows matching `where`. Stated for SQLite here, because naming PostgreSQL's
    option loads that dialect on every start; `partial_indexes_for_postgresql` adds it for a server."""
    return sa.Index(name, column, sqlite_where=sa.text(where))


def partial_indexes_for_postgresql(metadata: sa.MetaData) -> None:
    """Give every partial index the same condition on PostgreSQL (when a server store is used), so both
    engines' schemas are the same."""
    for table in metadata.tables.values():
        for index in table.indexes:
            where = index.dialect_options["sqlite"]["where"]
            if where is not None:
                index.dialect_options["postgresql"]["where"] = where


class TimestampedModel(SQLModel):
    """Creation and last-change times and who made them (the operator's name on a team store), kept
    by the services that write the row."""

    created_at: NaiveDatetime = Field(default_factory=now)
    updated_at: NaiveDatetime = Field(default_factory=now)
    created_by: str | None = None
    updated_by: str | None = None
