"""Deterministic demo data: one year of a skincare-science brand's new-media operation.

`fill_demo()` builds every row in memory from one `random.Random(seed)` and `today` (the 抖店, 企业微信
and 问卷星 rows of `sources` from a stream of their own, so they change nothing else), then writes
them with Core executemany in one transaction under the store's writer lock — so the same seed and
day give the same store, and a failure writes nothing. The numbers tell a story the tabs can show:
steady growth, a bad month four months ago, one viral 抖音 video, a boost that lost money, a
follower boost with a bad cost per follower and a campaign that missed its participation target.
Dated things sit where a Chinese operator expects them: 618 in mid-June, 双11 warmed up in late
October and peaking on 11 November, lessons and monthly notes in the month of what they came from.

The demo runs on the operator's own accounts where there are some (typed at the welcome, or
already in the store): one per platform is reused, never doubled. A posting plan and a brand guide
are set only when the operator has none.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import app.models  # noqa: F401 - every table registered on the metadata
from app import clock
from app.store import Store

#: Tables a demo replace keeps: the operator's settings (alembic_version is not in the metadata).
KEPT_TABLES = ("setting",)


def _model_defaults() -> dict[str, dict[str, Any]]:
    """Per table, the value a missing column gets (model defaults; timestamps filled by the builder)."""
    out: dict[str, dict[str, Any]] = {}
    for model in SQLModel.__subclasses__():
        _collect(model, out)
    return out


def _collect(model: type[SQLModel], out: dict[str, dict[str, Any]]) -> None:
    table = getattr(model, "__table__", None)
    if table is not None:
        defaults: dict[str, Any] = {}
        for name, field in model.model_fields.items():
            if field.default_factory is not None:
                defaults[name] = field.default_factory
            elif not field.is_required():
                defaults[name] = field.default
        out[table.name] = defaults
    for sub in model.__subclasses__():
        _collect(sub, out)


class Builder:
    """Rows of every table, with ids handed out in advance so links need no round trips."""

    def __init__(self, conn: Connection, seed: int, today: dt.date) -> None:
        self.conn = conn
        self.rng = random.Random(seed)
        self.today = today
        #: Creation time of rows that have no better one: the morning of `today`.
        self.stamp = dt.datetime.combine(today, dt.time(9, 0))
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self._next_id: dict[str, int] = {}
        #: Facts one generator leaves for the next (own accounts, posts, topics …).
        self.facts: dict[str, Any] = {}

    def add(self, table: str, **values: Any) -> int:
        if table not in self._next_id:
            start = self.conn.exec_driver_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').scalar_one()
            self._next_id[table] = int(start) + 1
        row_id = self._next_id[table]
        self._next_id[table] += 1
        values["id"] = row_id
        self.rows.setdefault(table, []).append(values)
        return row_id

    def write(self) -> dict[str, int]:
        """Insert every table's rows in foreign-key order; one executemany per table."""
        defaults = _model_defaults()
        counts: dict[str, int] = {}
        for table in SQLModel.metadata.sorted_tables:
            rows = self.rows.get(table.name)
            if not rows:
                continue
            columns = [c.name for c in table.columns]
            table_defaults = defaults.get(table.name, {})
            filled = [{c: self._value(row, c, table_defaults) for c in columns} for row in rows]
            self.conn.execute(table.insert(), filled)
            counts[table.name] = len(rows)
        return counts

    def _value(self, row: dict[str, Any], column: str, defaults: dict[str, Any]) -> Any:
        if column in row:
            return row[column]
        if column in ("created_at", "updated_at"):
            return self.stamp
        default = defaults.get(column)
        if callable(default):
            return self.stamp if default is app.models.now else default()
        return default


def clear_data(conn: Connection) -> None:
    """Delete every data row (children first), keeping settings and the schema revision."""
    for table in reversed(SQLModel.metadata.sorted_tables):
        if table.name not in KEPT_TABLES:
            conn.execute(sa.delete(table))


def own_accounts_in(conn: Connection) -> dict[str, int]:
    """The first own account of each platform already in the store (the demo fills those)."""
    rows = conn.execute(sa.text("SELECT platform, MIN(id) FROM account WHERE is_own = TRUE GROUP BY platform"))
    return {str(platform): int(account_id) for platform, account_id in rows}


def fill_demo(
    store: Store, *, seed: int = 7, replace: bool = False, today: dt.date | None = None,
    own_accounts: Sequence[tuple[str, str]] = (),
) -> dict[str, int]:
    """Fill the store with a year of demo data up to `today` (the clock's by default); returns
    rows written per table.

    `own_accounts` are the operator's (platform code, name) pairs, e.g. typed at the welcome: the
    demo's account of that platform takes the name; others are added as they are. Own accounts
    already in the store (kept unless `replace`) are used as they are.
    """
    from app.services.demo import audience, content, operations, sources
    from app.services.orders import attribute_orders
    from app.services.segments import recompute_segments

    day = today or clock.today()
    with store.writing() as uow:
        conn = uow.connection()
        if replace:
            clear_data(conn)
        builder = Builder(conn, seed, day)
        builder.facts["existing_own"] = own_accounts_in(conn)
        builder.facts["typed_own"] = [(str(p), str(n).strip()) for p, n in own_accounts if str(n).strip()]
        operations.hot_dates(builder)
        content.build(builder)
        audience.build(builder)
        operations.build(builder)
        sources.build(builder, seed)
        counts = builder.write()
        attribute_orders(conn)  # as after a 抖店 import: orders tied to the lives and videos (估算)
        # The app's own rules (and the operator's thresholds) put members in segments and record
        # this month's segment sizes.
        this_month = recompute_segments(conn, day)
        counts["segment_snapshot"] = counts.get("segment_snapshot", 0) + len(this_month)
    operations.settings(store)
    return counts
