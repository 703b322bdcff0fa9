"""Date arithmetic and text matching that read the same on SQLite and on PostgreSQL.

SQLite keeps days and times as ISO text and reckons with `date()`, `julianday()` and `strftime()`;
PostgreSQL has date types, `date_trunc` and date subtraction. The services write these few ideas
through the elements below, each compiled by the dialect of the connection that runs it, so the
same query serves the local store and the team store. Use them in Core expressions, or in a text
query through `UnitOfWork.sql(...)`.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

#: The escape character `like_pattern` uses; write `LIKE :p ESCAPE '\'` (both dialects accept it).
LIKE_ESCAPE = "\\"


def like_pattern(text: str) -> str:
    """A `LIKE` pattern that finds `text` anywhere, its `%`, `_` and `\\` taken literally."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")
    return f"%{escaped}%"


def _column(value: Any) -> sa.ColumnElement[Any]:
    """A column name given as text (for text queries) or any expression."""
    return sa.literal_column(value) if isinstance(value, str) else sa.literal(value) if isinstance(value, int) else value


class day_of(FunctionElement[Any]):  # noqa: N801 - reads as a SQL function
    """The calendar day of a date or timestamp, as a date."""

    type = sa.Date()
    inherit_cache = True

    def __init__(self, value: Any) -> None:
        super().__init__(_column(value))


class add_days(FunctionElement[Any]):  # noqa: N801
    """The day `days` (a number or an integer expression, negative for earlier) after `day`."""

    type = sa.Date()
    inherit_cache = True

    def __init__(self, day: Any, days: Any) -> None:
        super().__init__(_column(day), _column(days))


class days_between(FunctionElement[Any]):  # noqa: N801
    """Whole days from `earlier` to `later` (negative when `later` comes first)."""

    type = sa.Integer()
    inherit_cache = True

    def __init__(self, later: Any, earlier: Any) -> None:
        super().__init__(_column(later), _column(earlier))


class day_number(FunctionElement[Any]):  # noqa: N801
    """A day as a count of days, for `RANGE … PRECEDING` windows and day differences."""

    type = sa.Float()
    inherit_cache = True

    def __init__(self, value: Any) -> None:
        super().__init__(_column(value))


class week_start(FunctionElement[Any]):  # noqa: N801
    """The Monday on or before a day (weeks start on Monday, as in China)."""

    type = sa.Date()
    inherit_cache = True

    def __init__(self, value: Any) -> None:
        super().__init__(_column(value))


class to_minute(FunctionElement[Any]):  # noqa: N801
    """A timestamp cut to its minute, for "published at the same minute" comparisons."""

    inherit_cache = True

    def __init__(self, value: Any) -> None:
        super().__init__(_column(value))


class month_of(FunctionElement[Any]):  # noqa: N801
    """A day's or timestamp's month as 'YYYY-MM' text."""

    type = sa.String()
    inherit_cache = True

    def __init__(self, value: Any) -> None:
        super().__init__(_column(value))


def _args(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> list[str]:
    return [compiler.process(arg, **kw) for arg in element.clauses]


# SQLite: ISO text reckoned with its date functions.

@compiles(day_of, "sqlite")
def _day_of_sqlite(element: day_of, compiler: SQLCompiler, **kw: Any) -> str:
    return "date({})".format(*_args(element, compiler, **kw))


@compiles(add_days, "sqlite")
def _add_days_sqlite(element: add_days, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = _args(element, compiler, **kw)
    return f"date({day}, CAST({days} AS TEXT) || ' days')"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return f"CAST(round(julianday(date({later})) - julianday(date({earlier}))) AS INTEGER)"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return "julianday(date({}))".format(*_args(element, compiler, **kw))


@compiles(week_start, "sqlite")
def _week_start_sqlite(element: week_start, compiler: SQLCompiler, **kw: Any) -> str:
    # Six days back, then forward to the next Monday: the Monday on or before the day.
    return "date({}, '-6 days', 'weekday 1')".format(*_args(element, compiler, **kw))


@compiles(to_minute, "sqlite")
def _to_minute_sqlite(element: to_minute, compiler: SQLCompiler, **kw: Any) -> str:
    return "strftime('%Y-%m-%d %H:%M', {})".format(*_args(element, compiler, **kw))


@compiles(month_of, "sqlite")
def _month_of_sqlite(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    return "strftime('%Y-%m', {})".format(*_args(element, compiler, **kw))


# Any other dialect (PostgreSQL, the team store): standard casts, date arithmetic and date_trunc.

@compiles(day_of)
def _day_of(element: day_of, compiler: SQLCompiler, **kw: Any) -> str:
    return "CAST({} AS DATE)".format(*_args(element, compiler, **kw))


@compiles(add_days)
def _add_days(element: add_days, compiler: SQLCompiler, **kw: Any) -> str:
    day, days = _args(element, compiler, **kw)
    return f"(CAST({day} AS DATE) + CAST({days} AS INTEGER))"


@compiles(days_between)
def _days_between(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return f"(CAST({later} AS DATE) - CAST({earlier} AS DATE))"


@compiles(day_number)
def _day_number(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return "(CAST({} AS DATE) - DATE '1970-01-01')".format(*_args(element, compiler, **kw))


@compiles(week_start)
def _week_start(element: week_start, compiler: SQLCompiler, **kw: Any) -> str:
    return "CAST(date_trunc('week', CAST({} AS DATE)) AS DATE)".format(*_args(element, compiler, **kw))


@compiles(to_minute)
def _to_minute(element: to_minute, compiler: SQLCompiler, **kw: Any) -> str:
    return "date_trunc('minute', CAST({} AS TIMESTAMP))".format(*_args(element, compiler, **kw))


@compiles(month_of)
def _month_of(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    return "to_char({}, 'YYYY-MM')".format(*_args(element, compiler, **kw))
