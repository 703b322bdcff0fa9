"""Raw-row plumbing for bulk writes: model defaults, SQLite value encoding, executemany, id ranges.

Imports write through the sqlite3 cursor of an open SQLAlchemy transaction (DESIGN: executemany,
never one ORM object per row), so values are encoded here exactly as SQLAlchemy stores them.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from pydantic_core import PydanticUndefined
from sqlmodel import SQLModel

import app.models as models

if TYPE_CHECKING:
    from app.services.importing.rows import Records

MODELS: dict[str, type[SQLModel]] = {
    "account": models.Account,
    "account_daily": models.AccountDaily,
    "post": models.Post,
    "post_metrics": models.PostMetrics,
    "conversion": models.Conversion,
    "community": models.Community,
    "member": models.Member,
    "feedback": models.Feedback,
    "topic": models.Topic,
    "goal": models.Goal,
    "campaign": models.Campaign,
    "campaign_daily": models.CampaignDaily,
    "promotion": models.Promotion,
    "shop_order": models.ShopOrder,
    "community_daily": models.CommunityDaily,
    "survey": models.Survey,
    "survey_response": models.SurveyResponse,
}
#: Parents before children: inserts go in this order, undo deletes in reverse.
TABLE_ORDER = (
    "account", "community", "campaign", "post", "topic", "post_metrics", "account_daily", "member",
    "feedback", "goal", "campaign_daily", "promotion", "conversion", "shop_order",
    "community_daily", "survey", "survey_response",
)


_to_json = json.JSONEncoder(ensure_ascii=False).encode


@lru_cache(maxsize=4096)
def _small_json(items: tuple[Any, ...], is_dict: bool) -> str:
    return _to_json(dict(items) if is_dict else list(items))


@cache
def columns_of(table: str) -> tuple[str, ...]:
    return tuple(c.name for c in SQLModel.metadata.tables[table].columns)


@cache
def json_columns(table: str) -> frozenset[str]:
    import sqlalchemy as sa

    return frozenset(c.name for c in SQLModel.metadata.tables[table].columns if isinstance(c.type, sa.JSON))


@cache
def defaults_of(table: str) -> dict[str, Any]:
    """Python-side defaults of the model (the database has none), encoded for SQLite."""
    out: dict[str, Any] = {}
    for name, info in MODELS[table].model_fields.items():
        if name == "id":
            continue
        if info.default_factory is not None:
            out[name] = encode(info.default_factory())  # type: ignore[call-arg]
        elif info.default is not PydanticUndefined:
            out[name] = encode(info.default)
    return out


def encode(value: Any) -> Any:
    """A Python value as SQLAlchemy would store it in SQLite."""
    if value is None or isinstance(value, int | float | str) and not isinstance(value, bool | enum.Enum):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return encode_json(value)
    return str(value)


def encode_json(value: dict[str, Any] | list[Any]) -> str:
    """`encode` of a dict or list (a record's `extra`, capped columns), without the type tests."""
    try:  # exports repeat the same few extra values (审核状态 = 公开) on every row
        return _small_json(tuple(value.items()) if isinstance(value, dict) else tuple(value), type(value) is dict)
    except TypeError:
        return _to_json(value)


def json_objects(records: Records) -> list[str | None]:
    """Per position, `encode_json` of the records' `extra` there (None where it is empty), built
    column by column: an export's extra columns repeat a few values down 100,000 rows, so each
    distinct value is encoded once and each row is one string join."""
    keys, columns, length = records.extra_keys, records.extra_columns, len(records.rows)
    if len(set(keys)) != len(keys):  # a repeated header: the dict keeps its last value
        return [encode_json(extra) if (extra := records.extra(i)) else None for i in range(length)]
    held = [(", " + _to_json(key) + ": ", column) for key, column in zip(keys, columns, strict=True)
            if column.count(None) != len(column)]
    if not held:
        return [None] * length
    out: list[str | None] = []
    for start in range(0, length, _JSON_BLOCK):
        parts = [_json_items(prefix, column[start:start + _JSON_BLOCK]) for prefix, column in held]
        out += [f"{{{text[2:]}}}" if text else None for text in map("".join, zip(*parts, strict=True))]
    return out


_JSON_BLOCK = 10_000


def _json_items(prefix: str, values: Sequence[Any]) -> list[str]:
    if set(map(type, values)) <= {str, type(None)}:
        text = {x: prefix + _to_json(x) for x in set(values)}
        text[None] = ""
        return list(map(text.__getitem__, values))
    return ["" if x is None else prefix + _to_json(x) for x in values]


@cache
def boolean_columns(table: str) -> frozenset[str]:
    import sqlalchemy as sa

    return frozenset(c.name for c in SQLModel.metadata.tables[table].columns if isinstance(c.type, sa.Boolean))


def literal(value: Any, boolean: bool = False) -> str:
    """An encoded value (None, a number, text) as an SQL literal, for values the code itself chose;
    a `boolean` column's 0/1 as FALSE/TRUE, which SQLite and PostgreSQL both read."""
    if boolean and value in (0, 1):
        return "TRUE" if value else "FALSE"
    if value is None:
        return "NULL"
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return repr(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


def same(table: str, column: str, new: Any, stored: Any) -> bool:
    """Whether an encoded new value equals what the row holds (JSON compared as data)."""
    if column in json_columns(table):
        old = json.loads(stored) if isinstance(stored, str) else stored
        fresh = json.loads(new) if isinstance(new, str) else new
        return bool(old == fresh or (not old and not fresh))
    if isinstance(new, float) and isinstance(stored, int | float):
        return abs(new - stored) <= 1e-9 * max(1.0, abs(new))
    return bool(new == stored)


def json_load(stored: Any) -> Any:
    return json.loads(stored) if isinstance(stored, str) else stored


def fetch_dicts(cursor: Any, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor.execute(sql, tuple(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def chunks(items: list[Any], size: int = 900) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def to_ranges(ids: Iterable[int]) -> list[list[int]]:
    """[1,2,3,7] → [[1,3],[7,7]]: an import's new ids are mostly consecutive, so undo data stays small."""
    ranges: list[list[int]] = []
    for value in sorted(ids):
        if ranges and value == ranges[-1][1] + 1:
            ranges[-1][1] = value
        else:
            ranges.append([value, value])
    return ranges


def from_ranges(ranges: Iterable[Iterable[int]]) -> list[int]:
    out: list[int] = []
    for start, end in ranges:
        out.extend(range(start, end + 1))
    return out
