"""Date arithmetic, text matching and plan hints that read the same on SQLite and on PostgreSQL.

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
    """A column name given as text (for text queries), a whole number, or any expression."""
    if isinstance(value, str):
        return sa.literal_column(value)
    return sa.literal(value) if isinstance(value, int) else value


class _Function(FunctionElement[Any]):
    """A function whose SQL each dialect writes its own way (see the tables below)."""

    inherit_cache = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*map(_column, args))


class day_of(_Function):  # noqa: N801 - reads as a SQL function
    """`day_of(value)`: the calendar day of a date or timestamp, as a date."""

    type = sa.Date()
    inherit_cache = True


class add_days(_Function):  # noqa: N801
    """`add_days(day, days)`: the day `days` (a number or an integer expression, negative for
    earlier) after `day`."""

    type = sa.Date()
    inherit_cache = True


class days_between(_Function):  # noqa: N801
    """`days_between(later, earlier)`: whole days from `earlier` to `later` (negative when `later`
    comes first)."""

    type = sa.Integer()
    inherit_cache = True


class day_number(_Function):  # noqa: N801
    """`day_number(day)`: a day as a count of days, for `RANGE … PRECEDING` windows."""

    type = sa.Float()
    inherit_cache = True


class week_start(_Function):  # noqa: N801
    """`week_start(day)`: the Monday on or before a day (weeks start on Monday, as in China)."""

    type = sa.Date()
    inherit_cache = True


class to_minute(_Function):  # noqa: N801
    """`to_minute(timestamp)`: cut to its minute, for "published at the same minute"."""

    inherit_cache = True


class month_of(_Function):  # noqa: N801
    """`month_of(value)`: a day's or timestamp's month as 'YYYY-MM' text."""

    type = sa.String()
    inherit_cache = True


class unindexed(_Function):  # noqa: N801
    """`unindexed(column)`: the column's value, kept from steering SQLite's plan: ordering by it then
    scans and sorts instead of walking its index row by row (far faster when few rows match)."""

    inherit_cache = True


#: SQLite keeps days as ISO text and reckons with its own date functions.
SQLITE: dict[type[_Function], str] = {
    day_of: "date({0})",
    add_days: "date({0}, CAST({1} AS TEXT) || ' days')",
    days_between: "CAST(round(julianday(date({0})) - julianday(date({1}))) AS INTEGER)",
    day_number: "julianday(date({0}))",
    # Six days back, then forward to the next Monday: the Monday on or before the day.
    week_start: "date({0}, '-6 days', 'weekday 1')",
    to_minute: "strftime('%Y-%m-%d %H:%M', {0})",
    month_of: "strftime('%Y-%m', {0})",
    unindexed: "+{0}",
}

#: Any other dialect (PostgreSQL, the team store): standard casts, date arithmetic and date_trunc.
STANDARD: dict[type[_Function], str] = {
    day_of: "CAST({0} AS DATE)",
    add_days: "(CAST({0} AS DATE) + CAST({1} AS INTEGER))",
    days_between: "(CAST({0} AS DATE) - CAST({1} AS DATE))",
    day_number: "(CAST({0} AS DATE) - DATE '1970-01-01')",
    week_start: "CAST(date_trunc('week', CAST({0} AS DATE)) AS DATE)",
    to_minute: "date_trunc('minute', CAST({0} AS TIMESTAMP))",
    month_of: "to_char({0}, 'YYYY-MM')",
    unindexed: "{0}",
}


def _writer(template: str) -> Any:
    def write(element: _Function, compiler: SQLCompiler, **kw: Any) -> str:
        return template.format(*(compiler.process(arg, **kw) for arg in element.clauses))

    return write


for _element, _template in SQLITE.items():
    compiles(_element, "sqlite")(_writer(_template))
for _element, _template in STANDARD.items():
    compiles(_element)(_writer(_template))
