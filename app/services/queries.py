"""Read-only queries behind the tabs: small Qt-free functions, so views hold no SQL.

A `TableQuery` describes one browsable table (columns, search fields, fixed filter); the
SQL-backed Qt model in `app/views/table_models.py` asks it for the ordered ids that match and
for the rows of one page, which keeps a 100,000-row member list fast: sorting and filtering
happen in SQLite, and only visible rows are fetched. Other functions return plain dataclasses
for the calendar, charts and review tabs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP
from app.store.sql import month_of

if TYPE_CHECKING:
    from app.store import Store

#: How many ids go into one `IN (...)` list (SQLite's variable limit is far above this).
CHUNK = 500


@dataclass(frozen=True)
class Column:
    """One column of a browsable table.

    `kind` tells the view how to show the value: text, int, float, money, rate (0–1), date,
    datetime, platform (a code), json_list, or `label:<group>` (an enum code shown through
    `LABELS[group]`).
    """

    key: str
    title: str
    sql: str
    kind: str = "text"


@dataclass(frozen=True)
class TableQuery:
    """A browsable table: `source` is the FROM clause, `id_sql` the row id, `where` a fixed filter."""

    source: str
    id_sql: str
    columns: tuple[Column, ...]
    search: tuple[str, ...] = ()
    where: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def filtered(self, where: str, **params: Any) -> TableQuery:
        """The same table with one more fixed condition (e.g. one platform's drafts)."""
        combined = f"({self.where}) AND ({where})" if self.where else where
        return replace(self, where=combined, params={**self.params, **params})

    def _conditions(self, text: str, equals: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        conds, params = ([self.where] if self.where else []), dict(self.params)
        text = text.strip()
        if text and self.search:
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params["q"] = f"%{escaped}%"
            # As text: a JSON column (a topic's tags) is matched by its text on PostgreSQL too.
            conds.append("(" + " OR ".join(f"CAST({expr} AS TEXT) LIKE :q ESCAPE '\\'" for expr in self.search) + ")")
        by_key = {c.key: c for c in self.columns}
        for n, (key, value) in enumerate(sorted(equals.items())):
            if value is None:
                continue
            params[f"eq{n}"] = value
            conds.append(f"{by_key[key].sql} = :eq{n}")
        return (" WHERE " + " AND ".join(conds)) if conds else "", params

    def ids(
        self,
        store: Store,
        text: str = "",
        equals: dict[str, Any] | None = None,
        sort_key: str | None = None,
        descending: bool = False,
    ) -> list[int]:
        """Ids of the matching rows in display order (missing values last, then by id)."""
        where, params = self._conditions(text, equals or {})
        order = f"{self.id_sql}"
        if sort_key is not None:
            expr = next(c.sql for c in self.columns if c.key == sort_key)
            direction = "DESC" if descending else "ASC"
            order = f"({expr}) IS NULL, {expr} {direction}, {self.id_sql}"
        sql = f"SELECT {self.id_sql} FROM {self.source}{where} ORDER BY {order}"
        with store.reading() as uow:
            return [row[0] for row in uow.connection().execute(sa.text(sql), params)]

    def rows(self, store: Store, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """The column values of these rows, keyed by id."""
        select = ", ".join([self.id_sql, *(c.sql for c in self.columns)])
        out: dict[int, tuple[Any, ...]] = {}
        with store.reading() as uow:
            conn = uow.connection()
            for start in range(0, len(ids), CHUNK):
                chunk = [int(i) for i in ids[start : start + CHUNK]]
                sql = f"SELECT {select} FROM {self.source} WHERE {self.id_sql} IN ({','.join(map(str, chunk))})"
                for row in conn.exec_driver_sql(sql):
                    out[row[0]] = tuple(row[1:])
        return out


TOPICS = TableQuery(
    source="topic t",
    id_sql="t.id",
    columns=(
        Column("title", QT_TRANSLATE_NOOP("columns", "选题"), "t.title"),
        Column("source", QT_TRANSLATE_NOOP("columns", "来源"), "t.source", "label:topic_source"),
        Column("status", QT_TRANSLATE_NOOP("columns", "状态"), "t.status", "label:topic_status"),
        Column("target_month", QT_TRANSLATE_NOOP("columns", "计划月份"), "t.target_month"),
        Column("timeliness", QT_TRANSLATE_NOOP("columns", "时效性"), "t.score_timeliness", "int"),
        Column("value", QT_TRANSLATE_NOOP("columns", "价值度"), "t.score_value", "int"),
        Column("conversion", QT_TRANSLATE_NOOP("columns", "转化力"), "t.score_conversion", "int"),
        Column(
            "total",
            QT_TRANSLATE_NOOP("columns", "总分"),
            "(t.score_timeliness + t.score_value + t.score_conversion)",
            "int",
        ),
        Column("platforms", QT_TRANSLATE_NOOP("columns", "适合平台"), "t.platforms", "platform_list"),
        Column("tags", QT_TRANSLATE_NOOP("columns", "标签"), "t.tags", "json_list"),
    ),
    search=("t.title", "t.description", "t.tags"),
)

MEMBERS = TableQuery(
    source="member m LEFT JOIN community c ON c.id = m.community_id",
    id_sql="m.id",
    columns=(
        Column("nickname", QT_TRANSLATE_NOOP("columns", "昵称"), "m.nickname"),
        Column("platform", QT_TRANSLATE_NOOP("columns", "平台"), "m.platform", "platform"),
        Column("community", QT_TRANSLATE_NOOP("columns", "社群"), "c.name"),
        Column("segment", QT_TRANSLATE_NOOP("columns", "分层"), "m.segment", "label:segment"),
        Column("region", QT_TRANSLATE_NOOP("columns", "地区"), "m.region"),
        Column("gender", QT_TRANSLATE_NOOP("columns", "性别"), "m.gender"),
        Column("first_seen", QT_TRANSLATE_NOOP("columns", "首次出现"), "m.first_seen", "date"),
        Column("last_active", QT_TRANSLATE_NOOP("columns", "最近活跃"), "m.last_active", "date"),
        Column("purchases", QT_TRANSLATE_NOOP("columns", "购买次数"), "m.purchases", "int"),
        Column("spend", QT_TRANSLATE_NOOP("columns", "消费金额"), "m.spend", "money"),
        Column("tags", QT_TRANSLATE_NOOP("columns", "标签"), "m.tags"),
    ),
    search=("m.nickname", "m.region", "m.tags", "c.name"),
)

CAMPAIGNS = TableQuery(
    source="campaign c",
    id_sql="c.id",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("columns", "活动"), "c.name"),
        Column("type", QT_TRANSLATE_NOOP("columns", "类型"), "c.type", "label:campaign_type"),
        Column("status", QT_TRANSLATE_NOOP("columns", "状态"), "c.status", "label:campaign_status"),
        Column("start_day", QT_TRANSLATE_NOOP("columns", "开始"), "c.start_day", "date"),
        Column("end_day", QT_TRANSLATE_NOOP("columns", "结束"), "c.end_day", "date"),
        Column("goal", QT_TRANSLATE_NOOP("columns", "目标"), "c.goal_type", "label:campaign_goal"),
        Column("target_participants", QT_TRANSLATE_NOOP("columns", "目标参与"), "c.target_participants", "int"),
        Column("target_followers", QT_TRANSLATE_NOOP("columns", "目标涨粉"), "c.target_followers", "int"),
        Column("target_conversions", QT_TRANSLATE_NOOP("columns", "目标转化"), "c.target_conversions", "int"),
        Column("budget", QT_TRANSLATE_NOOP("columns", "预算"), "c.budget", "money"),
    ),
    search=("c.name", "c.occasion", "c.notes"),
)


def own_platforms(store: Store) -> list[str]:
    """Platform codes of the operator's own accounts, in the order the accounts were added."""
    sql = "SELECT platform FROM account WHERE is_own = TRUE GROUP BY platform ORDER BY min(id)"
    with store.reading() as uow:
        return [row[0] for row in uow.connection().exec_driver_sql(sql)]


@dataclass(frozen=True)
class CalendarPost:
    """A post placed on the calendar: at its publish time, or its scheduled time if not out yet."""

    id: int
    platform: str
    account: str
    title: str
    status: str
    when: dt.datetime


def months_with_data(store: Store) -> list[str]:
    """"YYYY-MM" months that have published posts or follower data, newest first."""
    with store.reading() as uow:
        sql = f"""
            SELECT {uow.sql(month_of("published_at"))} FROM post WHERE published_at IS NOT NULL
            UNION SELECT {uow.sql(month_of("day"))} FROM account_daily
            ORDER BY 1 DESC
        """
        return [row[0] for row in uow.connection().execute(sa.text(sql))]
