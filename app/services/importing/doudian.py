"""抖店 order exports (`订单 › 订单管理 › 导出查询订单`) → `shop_order`, one row per 子订单.

The columns are the `doudian.json` profile, matched by name (the 75- and 74-column layouts and
custom exports with fewer columns alike); the CSV may be UTF-8 with BOM or GB18030, or several
CSVs in a .zip (`reader`); ids lose their `'` or backtick and an `E+` id is a bad row (`rows`).
A 子订单编号 already stored is updated — a newer export changes its status and 售后状态, and so
whether it counts (`orders.is_valid`). The buyer's name, phone and address are never stored
(the profile's `ignored`).
"""

from __future__ import annotations

from app.services.importing import sqlrows as sq
from app.services.importing.plan import ImportPlan
from app.services.importing.writer import Changes, _upsert
from app.services.orders import is_valid

_FIELDS = ("order_id", "product", "product_id", "quantity", "amount", "submitted_at", "paid_at", "finished_at",
           "status", "after_sale", "cancel_reason", "traffic_source", "traffic_kind", "traffic_type", "creator_id",
           "creator_name", "province", "city")


def resolve_shop_orders(changes: Changes, plan: ImportPlan) -> None:
    """Insert new 子订单, update the ones a newer export changed, count the rest unchanged."""
    bad_rows = {e.row for e in changes.errors}
    existing = {r["sub_order_id"]: r for r in sq.fetch_dicts(changes.cursor, "SELECT * FROM shop_order")}
    for table in plan.records:
        for record in table:
            if record["_row"] in bad_rows:
                continue
            row = {field: sq.encode(record.get(field)) for field in _FIELDS}
            row["sub_order_id"] = record["sub_order_id"]
            row["order_id"] = row["order_id"] or row["sub_order_id"]
            row["valid"] = int(is_valid(record.get("status"), record.get("after_sale")))
            row["extra"] = sq.encode(record.get("_extra") or None)
            _upsert(changes, "shop_order", existing, row["sub_order_id"], row)
