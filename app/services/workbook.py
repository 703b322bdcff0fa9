"""The whole store as one workbook (one sheet per table), and that workbook back in.

The export is the operator's copy of everything; coming back in through the import engine (its
`opsdesk_workbook` source, the one way in), the rows go back by primary key, so the workbook goes
into an empty store as the same rows and into a store that already has them without doubling
anything — which is also how bulk edits made in Excel come back (DESIGN §5).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

import app.models  # noqa: F401 - every table registered on the metadata
from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.services.excel import Column, new_workbook, write_sheet
from app.services.privacy import PERSONAL_FIELDS
from app.services.progress import Cancel, CancelledError, Progress
from app.store import Store
from app.store.db import upsert

RATE_NAMES = ("_rate", "_ctr", "completion_5s", "bounce_2s", "ratio", "share")
MONEY_NAMES = ("spend", "revenue", "budget", "cost", "target_revenue")

class WorkbookError(UserError):
    pass


def exportable_tables() -> list[sa.Table]:
    """Every table in dependency order (parents before children), so the import can insert in order."""
    return list(SQLModel.metadata.sorted_tables)


def column_kind(column: sa.Column[Any]) -> str:
    kind = column.type
    name = column.name
    if isinstance(kind, sa.Boolean):
        return "bool"
    if isinstance(kind, sa.DateTime):
        return "datetime"
    if isinstance(kind, sa.Date):
        return "date"
    if isinstance(kind, sa.JSON):
        return "json"
    if isinstance(kind, sa.Integer):
        return "int"
    if isinstance(kind, sa.Float | sa.Numeric):
        if name.endswith(RATE_NAMES) or name in RATE_NAMES:
            return "rate"
        if name in MONEY_NAMES or name.startswith("target_revenue"):
            return "money"
        return "float"
    return "text"


def _exported_columns(table: sa.Table, personal: bool) -> list[sa.Column[Any]]:
    """A table's columns in the workbook: members' phone and e-mail only when asked for (personal data;
    a sheet without them imports back leaving the stored ones as they are)."""
    if personal or table.name != "member":
        return list(table.columns)
    return [c for c in table.columns if c.name not in PERSONAL_FIELDS]


def _rows(store: Store, table: sa.Table, columns: list[sa.Column[Any]]) -> Iterator[tuple[Any, ...]]:
    with store.reading() as uow:
        conn = uow.connection()
        order = list(table.primary_key.columns)
        result = conn.execution_options(stream_results=True, yield_per=2000).execute(
            sa.select(*columns).order_by(*order))
        for row in result:
            yield tuple(row)


def export_store(
    store: Store,
    path: Path,
    tables: list[str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    personal: bool = False,
) -> dict[str, int]:
    """Write the store (or the named tables) to `path`; returns rows written per sheet. Members' phone
    and e-mail are left out unless `personal`."""
    known = {t.name: t for t in exportable_tables()}
    unknown = sorted(set(tables or []) - set(known))
    if unknown:
        raise WorkbookError(
            QT_TRANSLATE_NOOP("errors", "没有这张表：{names}。可以导出的表：{known}"),
            names="、".join(unknown), known="、".join(known),
        )
    chosen = [t for t in exportable_tables() if not tables or t.name in tables]
    with store.reading() as uow:
        conn = uow.connection()
        totals = {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() for t in chosen}
    grand_total = sum(totals.values()) or 1
    done = 0
    counts: dict[str, int] = {}
    with new_workbook(path) as (workbook, formats):
        for table in chosen:
            if cancel is not None and cancel():
                raise CancelledError
            kept = _exported_columns(table, personal)
            columns = [Column(c.name, column_kind(c)) for c in kept]
            base = done

            def report(n: int, base: int = base, name: str = table.name) -> None:
                if cancel is not None and cancel():
                    raise CancelledError
                if progress is not None:
                    progress(base + n, grand_total, name)

            counts[table.name] = write_sheet(workbook, formats, table.name, columns, _rows(store, table, kept), report)
            done += counts[table.name]
            if progress is not None:
                progress(done, grand_total, table.name)
    return counts


def is_opsdesk_workbook(sheet_names: list[str]) -> bool:
    """A workbook whose sheets are OpsDesk table names (at least the core ones)."""
    return {"account", "post"} <= set(sheet_names) and set(sheet_names) <= {t.name for t in exportable_tables()}


def _is_text(kind: sa.types.TypeEngine[Any]) -> bool:
    impl = kind.impl if isinstance(kind, sa.TypeDecorator) else kind
    return isinstance(impl, sa.String) and not isinstance(impl, sa.Enum)


def _coerce(column: sa.Column[Any], value: Any) -> Any:
    kind = column.type
    if value is None or value == "":
        # Excel keeps no difference between an empty text and no value.
        return "" if _is_text(kind) and not column.nullable else None
    if isinstance(kind, sa.Boolean):
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "是", "yes")
        return bool(value)
    if isinstance(kind, sa.DateTime):
        if isinstance(value, dt.datetime):
            return value.replace(microsecond=0)
        if isinstance(value, dt.date):
            return dt.datetime.combine(value, dt.time())
        return dt.datetime.fromisoformat(str(value).strip())
    if isinstance(kind, sa.Date):
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(str(value).strip()[:10])
    if isinstance(kind, sa.JSON):
        return json.loads(value) if isinstance(value, str) else value
    if isinstance(kind, sa.Integer):
        number = float(value)
        if not number.is_integer():
            raise ValueError(value)
        return int(number)
    if isinstance(kind, sa.Float | sa.Numeric):
        return float(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def workbook_tables(sheets: dict[str, list[list[Any]]]) -> list[tuple[sa.Table, list[dict[str, Any]]]]:
    """An OpsDesk workbook's sheets ({name: rows}) per table, typed and checked, in insert order.

    `title_key` of posts and topics is recomputed from the title, so a title edited in Excel
    still matches the next platform export.
    """
    from app.services.text import title_key

    if not is_opsdesk_workbook(list(sheets)):
        raise WorkbookError(QT_TRANSLATE_NOOP("errors", "这不是 OpsDesk 导出的整库工作簿（工作表名对不上）。"))
    tables = {t.name: t for t in exportable_tables()}
    prepared: list[tuple[sa.Table, list[dict[str, Any]]]] = []
    for table in exportable_tables():
        if table.name not in sheets:
            continue
        rows = sheets[table.name]
        if not rows:
            continue
        header = [str(h).strip() for h in rows[0]]
        columns = [tables[table.name].columns.get(h) for h in header]
        missing = [c.name for c in table.primary_key.columns if c.name not in header]
        if missing:
            raise WorkbookError(
                QT_TRANSLATE_NOOP("errors", "工作表 {sheet} 缺少列 {columns}，没有导入任何数据。"),
                sheet=table.name, columns="、".join(missing),
            )
        rekey = "title_key" in table.c and "title" in header
        records = []
        for number, raw in enumerate(rows[1:], start=2):
            if all(v in (None, "") for v in raw):
                continue
            record: dict[str, Any] = {}
            for column, value in zip(columns, raw, strict=False):
                if column is None:
                    continue
                try:
                    record[column.name] = _coerce(column, value)
                except (ValueError, TypeError) as exc:
                    raise WorkbookError(
                        QT_TRANSLATE_NOOP("errors", "工作表 {sheet} 第 {row} 行「{column}」的值「{value}」不对，没有导入任何数据。"),
                        sheet=table.name, row=number, column=column.name, value=value,
                    ) from exc
            if rekey:
                record["title_key"] = title_key(record.get("title"))
            records.append(record)
        if records:
            prepared.append((table, records))
    return prepared


def write_workbook_tables(
    conn: sa.Connection, prepared: list[tuple[sa.Table, list[dict[str, Any]]]], progress: Progress | None = None
) -> dict[str, dict[str, int]]:
    """Upsert prepared tables inside the caller's transaction; inserted/updated counts per table."""
    summary: dict[str, dict[str, int]] = {}
    total = sum(len(records) for _table, records in prepared)
    done = 0
    for table, records in prepared:
        if progress is not None:
            progress(done, total, table.name)
        summary[table.name] = _upsert(conn, table, records)
        done += len(records)
    return summary


def _upsert(conn: sa.Connection, table: sa.Table, records: list[dict[str, Any]]) -> dict[str, int]:
    """Insert new rows and overwrite existing ones by primary key, in one executemany."""
    keys = [c.name for c in table.primary_key.columns]
    existing = {tuple(row) for row in conn.execute(sa.select(*[table.c[k] for k in keys]))}
    statement = upsert(conn, table, keys, [name for name in records[0] if name not in keys])
    try:
        conn.execute(statement, records)
    except sa.exc.IntegrityError as exc:
        raise WorkbookError(
            QT_TRANSLATE_NOOP("errors", "工作表 {sheet} 里有行和已有数据冲突（{reason}），没有导入任何数据。"),
            sheet=table.name, reason=str(exc.orig),
        ) from exc
    updated = sum(1 for record in records if tuple(record.get(k) for k in keys) in existing)
    return {"inserted": len(records) - updated, "updated": updated}
