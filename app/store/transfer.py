"""Moving a whole store between engines: a local store up to a team server (`push`), a team store
down to a local folder (`pull`) (issue 21).

Rows travel through SQLAlchemy's types (days, times, JSON and enumerations are read in one dialect
and written in the other), table by table in foreign-key order, with their ids, in one write
transaction on the target: a failure leaves the target as empty as it was. The target must hold no
data — copying into a store that has some would mix two operators' histories.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import SQLModel

import app.models  # noqa: F401 - every table on the metadata
from app.i18n import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from app.store import Store

#: Rows read and written per round trip.
CHUNK = 5000
#: Bookkeeping the target's own migration wrote; not data.
NOT_DATA = frozenset({"alembic_version"})
#: Preferences, not data: a target that only has these (a window opened on the new server once) is
#: still empty, and the copied store's own settings replace them.
PREFERENCES = "setting"


class TargetNotEmptyError(UserError):
    pass


def _tables() -> list[sa.Table]:
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in NOT_DATA]


def row_counts(store: Store) -> dict[str, int]:
    """Rows per table (every table of the models), read in one unit of work."""
    with store.reading() as uow:
        conn = uow.connection()
        return {t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()) for t in _tables()}


def copy_store(source: Store, target: Store, progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty `target`; returns rows copied per table.

    Refused, changing nothing, when the target already holds any data (its settings do not count).
    """
    filled = {name: n for name, n in row_counts(target).items() if n and name != PREFERENCES}
    if filled:
        raise TargetNotEmptyError(
            QT_TRANSLATE_NOOP("errors", "目标 {target} 里已经有数据（{tables} 等表），没有复制，两边的数据都没有改动。"
                                        "请换一个空的数据库或空的数据文件夹。"),
            target=target.describe(), tables="、".join(sorted(filled)[:3]),
        )
    copied: dict[str, int] = {}
    with source.reading() as reader, target.writing() as writer:
        src, dst = reader.connection(), writer.connection()
        for table in _tables():
            order = list(table.primary_key.columns) or list(table.columns)[:1]
            result = src.execution_options(stream_results=True, yield_per=CHUNK).execute(
                sa.select(*table.columns).order_by(*order))
            total = 0
            if table.name == PREFERENCES:
                dst.execute(sa.delete(table))
            for part in result.mappings().partitions(CHUNK):
                dst.execute(table.insert(), [dict(row) for row in part])
                total += len(part)
            copied[table.name] = total
            if progress is not None:
                progress(table.name, total)
    return copied
