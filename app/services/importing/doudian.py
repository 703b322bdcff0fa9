"""抖店 order exports (`订单 › 订单管理 › 导出查询订单`) → `shop_order`, one row per 子订单.

The columns are the `doudian.json` profile, matched by name (the 75- and 74-column layouts and
custom exports with fewer columns alike); the CSV may be UTF-8 with BOM or GB18030, or several
CSVs in a .zip (`reader`). A 子订单编号 already stored is updated — a newer export changes its
status and 售后状态, and so whether it counts (`orders.is_valid`). The buyer's name, phone and
address are never stored (the profile's `ignored`).
"""

from __future__ import annotations

import re

from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing import sqlrows as sq
from app.services.importing.plan import ImportPlan
from app.services.importing.writer import Changes, _bad, _upsert
from app.services.orders import is_valid

#: Excel shows a 19-digit id as `3.71234E+18` and saves it so: the last digits are gone for good.
ID_LOST_DIGITS = QT_TRANSLATE_NOOP(
    "import", "编号被 Excel 改成了科学计数法（E+），后几位已经丢失：请用抖店导出的原始 CSV，不要用 Excel 另存过的文件")
_SCIENTIFIC = re.compile(r"^\d+(\.\d+)?[eE]\+?\d+$")
_FIELDS = ("order_id", "product", "product_id", "quantity", "amount", "submitted_at", "paid_at", "finished_at",
           "status", "after_sale", "cancel_reason", "traffic_source", "traffic_kind", "traffic_type", "creator_id",
           "creator_name", "province", "city")
_IDS = ("sub_order_id", "order_id", "product_id", "creator_id")
_HEADERS = {"sub_order_id": "子订单编号", "order_id": "主订单编号", "product_id": "商品ID", "creator_id": "达人ID"}


def clean_id(value: str | None) -> str | None:
    """A long id as exported: the `'` or backtick that keeps Excel off it stripped; None when empty.

    Raises ValueError for an id Excel turned into `3.71E+18` (its digits are lost).
    """
    if value is None:
        return None
    text = value.strip().lstrip("'`\t").strip()
    if _SCIENTIFIC.match(text):
        raise ValueError(text)
    return text or None


def resolve_shop_orders(changes: Changes, plan: ImportPlan) -> None:
    """Insert new 子订单, update the ones a newer export changed, count the rest unchanged."""
    bad_rows = {e.row for e in changes.errors}
    records = [r for table in plan.records for r in table if r["_row"] not in bad_rows]
    existing = {r["sub_order_id"]: r for r in sq.fetch_dicts(changes.cursor, "SELECT * FROM shop_order")}
    for record in records:
        ids: dict[str, str | None] = {}
        for field in _IDS:
            try:
                ids[field] = clean_id(record.get(field))
            except ValueError as exc:
                _bad(changes, record, _HEADERS[field], str(exc), ID_LOST_DIGITS)
        if len(ids) < len(_IDS):
            continue
        row = {field: sq.encode(record.get(field)) for field in _FIELDS}
        row.update(ids)
        row["order_id"] = row["order_id"] or row["sub_order_id"]
        row["valid"] = int(is_valid(record.get("status"), record.get("after_sale")))
        row["extra"] = sq.encode(record.get("_extra") or None)
        _upsert(changes, "shop_order", existing, row["sub_order_id"], row)
