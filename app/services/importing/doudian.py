"""抖店 order exports (`订单 › 订单管理 › 导出查询订单`) → `shop_order`, one row per 子订单.

The columns are the `doudian.json` profile, matched by name (the 75- and 74-column layouts and
custom exports with fewer columns alike); the CSV may be UTF-8 with BOM or GB18030, or several
CSVs in a .zip (`reader`); ids lose their `'` or backtick and an `E+` id is a bad row (`rows`).
A 子订单编号 already stored is updated — a newer export changes its status and 售后状态, and so
whether it counts (`orders.is_valid`). The buyer's name, phone and address are never stored
(the profile's `ignored`). A shop's first export goes in as packed rows, column by column.
"""

from __future__ import annotations

import functools
from typing import Any

from app.services.importing import sqlrows as sq
from app.services.importing.plan import ImportPlan
from app.services.importing.rows import Records
from app.services.importing.writer import Changes, _upsert
from app.services.orders import is_valid

_FIELDS = ("sub_order_id", "order_id", "product", "product_id", "quantity", "amount", "submitted_at", "paid_at",
           "finished_at", "status", "after_sale", "cancel_reason", "traffic_source", "traffic_kind", "traffic_type",
           "creator_id", "creator_name", "province", "city")
_TIMES = frozenset({"submitted_at", "paid_at", "finished_at"})
#: A stored row's columns, in the order `_rows` gives them.
COLUMNS = (*_FIELDS, "valid", "extra")


@functools.lru_cache(maxsize=1024)
def _valid(status: str | None, after_sale: str | None) -> int:
    return int(is_valid(status, after_sale))


def _rows(records: Records) -> list[tuple[Any, ...]]:
    """The good records as tuples of `COLUMNS`, encoded as stored (worked column by column)."""
    columns = {f: records.column(f) for f in _FIELDS}
    for field in _TIMES:  # stored as `sqlrows.encode` stores a datetime, without its checks per cell
        columns[field] = [None if x is None else x.isoformat(" ", "microseconds") for x in columns[field]]
    columns["order_id"] = [o or s for o, s in zip(columns["order_id"], columns["sub_order_id"], strict=True)]
    valid = list(map(_valid, columns["status"], columns["after_sale"]))
    extras = sq.json_objects(records)
    every = list(zip(*columns.values(), valid, extras, strict=True))
    return [every[at] for at in records.positions()]


def resolve_shop_orders(changes: Changes, plan: ImportPlan) -> None:
    """Insert new 子订单, update the ones a newer export changed, count the rest unchanged."""
    rows = [row for records in plan.records for row in _rows(records)]
    existing = {r["sub_order_id"]: r for r in sq.fetch_dicts(changes.cursor, "SELECT * FROM shop_order")}
    if not existing and not changes.has_new("shop_order") and len({r[0] for r in rows}) == len(rows):
        changes.packer("shop_order", ("id", *COLUMNS))
        ids = changes.new_ids("shop_order", len(rows))
        changes.insert_packed("shop_order", *((row_id, *row) for row_id, row in zip(ids, rows, strict=True)))
        changes.count("inserted", len(rows))
        return
    for row in rows:
        _upsert(changes, "shop_order", existing, row[0], dict(zip(COLUMNS, row, strict=True)))
