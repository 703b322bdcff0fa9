"""Dialect-neutral SQL (issue 17 item 1): the date and text helpers of `app.store.sql` give the same
answers as Python on SQLite, compile to PostgreSQL without SQLite's own functions, and the services
write no SQLite-only function by hand.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from app.services.metrics import post_figures_cte
from app.store import Store
from app.store.sql import (
    SQLITE,
    STANDARD,
    add_days,
    day_number,
    day_of,
    days_between,
    like_pattern,
    month_of,
    to_minute,
    unindexed,
    week_start,
)

APP = Path(__file__).resolve().parents[2] / "app"
#: SQLite's own functions (PostgreSQL has none of these, or one that means something else).
SQLITE_ONLY = re.compile(r"\b(julianday|strftime|instr|date|datetime|group_concat|ifnull|printf)\(", re.I)
#: The one module that may name them: it writes each for SQLite beside the PostgreSQL form.
HELPERS = APP / "store" / "sql.py"

HELPER_CASES = [
    day_of("p.published_at"),
    add_days("p.published_at", 7),
    add_days("start_day", "-warmup_days"),
    days_between("s.captured_on", "pp.pub_day"),
    day_number("d.day"),
    week_start("d.day"),
    to_minute("f.published_at"),
    month_of("day"),
    unindexed("m.last_active"),
]


def _postgresql(expression: sa.ColumnElement[Any]) -> str:
    return str(expression.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))


@pytest.mark.parametrize("expression", HELPER_CASES, ids=lambda e: type(e).__name__)
def test_each_helper_compiles_for_postgresql_without_sqlite_functions(expression: sa.ColumnElement[Any]) -> None:
    text = _postgresql(expression)
    assert not SQLITE_ONLY.search(text), text
    assert text == STANDARD[type(expression)].format(*(_postgresql(arg) for arg in expression.clauses))


def test_the_post_figures_sql_reads_on_postgresql() -> None:
    """The CTE every dashboard and review builds on, written for a PostgreSQL unit of work."""
    uow = SimpleNamespace(sql=_postgresql)
    sql, params = post_figures_cte(uow, dt.date(2026, 5, 1), dt.date(2026, 5, 31), age_days=7)  # type: ignore[arg-type]
    assert not SQLITE_ONLY.search(sql)
    assert "(CAST(p.published_at AS DATE) + CAST(7 AS INTEGER)) AS target_day" in sql
    assert "(CAST(s.captured_on AS DATE) - CAST(pp.pub_day AS DATE)) AS age_days" in sql
    assert params["start"] == "2026-05-01"


def test_every_helper_is_written_for_both_dialects() -> None:
    assert set(SQLITE) == set(STANDARD) == {type(e) for e in HELPER_CASES}


def _one(store: Store, expression: sa.ColumnElement[Any]) -> Any:
    with store.reading() as uow:
        return uow.connection().execute(sa.text(f"SELECT {uow.sql(expression)}")).scalar()


def test_day_arithmetic_on_sqlite_agrees_with_python(store: Store) -> None:
    start = dt.date(2026, 12, 20)  # across a month and a year end, every weekday twice
    for offset in range(14):
        day = start + dt.timedelta(days=offset)
        stamp = f"'{day.isoformat()} 23:59:30'"
        assert _one(store, day_of(stamp)) == day.isoformat()
        assert _one(store, week_start(stamp)) == (day - dt.timedelta(days=day.weekday())).isoformat()
        for days in (-40, -1, 0, 1, 7, 365):
            assert _one(store, add_days(stamp, days)) == (day + dt.timedelta(days=days)).isoformat()
        assert _one(store, days_between(stamp, f"'{start.isoformat()} 00:00:00'")) == offset
        assert _one(store, days_between(f"'{start.isoformat()}'", stamp)) == -offset
        assert _one(store, day_number(stamp)) - _one(store, day_number(f"'{start}'")) == offset
        assert _one(store, month_of(stamp)) == day.isoformat()[:7]
    assert _one(store, to_minute("'2026-11-18 10:30:59.123'")) == _one(store, to_minute("'2026-11-18 10:30:00'"))
    assert _one(store, to_minute("'2026-11-18 10:31:00'")) != _one(store, to_minute("'2026-11-18 10:30:59'"))
    assert _one(store, unindexed("'2026-11-18'")) == "2026-11-18"


def test_a_like_pattern_takes_percent_underscore_and_backslash_literally(store: Store) -> None:
    texts = ["100% 纯净", "1000 纯净", "a_b", "axb", "C:\\dir", "C:dir"]
    with store.reading() as uow:
        def found(word: str) -> list[str]:
            values = " UNION ALL ".join(f"SELECT :t{i} AS v" for i in range(len(texts)))
            rows = uow.connection().execute(sa.text(f"SELECT v FROM ({values}) WHERE v LIKE :p ESCAPE '\\'"),
                                            {"p": like_pattern(word), **{f"t{i}": t for i, t in enumerate(texts)}})
            return [r[0] for r in rows]

        assert found("0%") == ["100% 纯净"]
        assert found("a_b") == ["a_b"]
        assert found("C:\\") == ["C:\\dir"]
        assert found("纯净") == ["100% 纯净", "1000 纯净"]


def _sql_texts(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module (its SQL), f-strings' literal parts included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_services_and_store_write_no_sqlite_only_function() -> None:
    modules = [p for part in ("services", "store") for p in (APP / part).rglob("*.py")
               if "migrations" not in p.parts and p != HELPERS]
    found = [f"{path.relative_to(APP)}:{line}: {match.group(0)}" for path in modules
             for line, text in _sql_texts(path) for match in [SQLITE_ONLY.search(text)] if match]
    assert found == []
    assert len(modules) > 50



def test_rows_binds_named_parameters_in_the_dialects_paramstyle(store: Store) -> None:
    """`UnitOfWork.rows` (the driver's cursor, for long id lists) takes `:name` like every text query."""
    with store.reading() as uow:
        assert uow.rows("SELECT :a, :b, :a", {"a": 1, "b": "乙"}) == [(1, "乙", 1)]
        assert uow.rows("SELECT 1 WHERE 1 = 0") == []
    compiled = sa.text("SELECT :a, :b, :a").compile(dialect=postgresql.dialect())
    assert compiled.string == "SELECT %(a)s, %(b)s, %(a)s"
