"""Collaborations (合作): KOL, brand and institution partners, the kind of work and what it brought.

Cost per follower = cost ÷ new followers and cost per conversion = cost ÷ conversions are derived
(None when the divisor is 0 or missing), money to the cent.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models.campaigns import Collaboration, CollaborationKind, PartnerKind
from app.services.promotions import money
from app.services.records import checked_fields, delete_record, required_text, save_record

if TYPE_CHECKING:
    from app.store import Store

_FIELDS = ("partner", "partner_kind", "platform", "kind", "day", "cost", "new_followers", "conversions", "notes")


class CollaborationError(UserError):
    context = "collaborations"


def _per(cost: float | None, count: int | None) -> float | None:
    """Cost per follower/conversion; None without a cost (a free collaboration has no 元/粉) or count."""
    if not cost or not count:
        return None
    return money(cost / count)


def collaborations(store: Store) -> list[dict[str, Any]]:
    """Every collaboration, newest first, with `cost_per_follower` and `cost_per_conversion`."""
    with store.reading() as session:
        rows = [r.model_dump() for r in session.exec(select(Collaboration)).all()]
    for row in rows:
        row["cost_per_follower"] = _per(row["cost"], row["new_followers"])
        row["cost_per_conversion"] = _per(row["cost"], row["conversions"])
    rows.sort(key=lambda r: (r["day"] or dt.date.min, r["id"]), reverse=True)
    return rows


def save_collaboration(store: Store, collaboration_id: int | None = None, **fields: Any) -> int:
    """Add a collaboration, or change the one with `collaboration_id`; returns its id."""
    fields = checked_fields(fields, _FIELDS, "collaboration")
    required_text(fields, "partner", CollaborationError(QT_TRANSLATE_NOOP("collaborations", "合作方名称不能为空。")),
                  creating=collaboration_id is None)
    if "partner_kind" in fields:
        fields["partner_kind"] = PartnerKind(fields["partner_kind"])
    if "kind" in fields:
        fields["kind"] = CollaborationKind(fields["kind"])
    if "cost" in fields:
        fields["cost"] = money(None if fields["cost"] is None else float(fields["cost"]))
    for key in ("cost", "new_followers", "conversions"):
        if fields.get(key) is not None and fields[key] < 0:
            raise CollaborationError(QT_TRANSLATE_NOOP("collaborations", "花费和效果数字不能是负数。"))
    if "notes" in fields:
        fields["notes"] = (fields["notes"] or "").strip() or None
    missing = CollaborationError(QT_TRANSLATE_NOOP("collaborations", "合作记录 {id} 不存在。"), id=collaboration_id)
    return save_record(store, Collaboration, collaboration_id, fields, missing)


def delete_collaboration(store: Store, collaboration_id: int) -> None:
    delete_record(store, Collaboration, collaboration_id)
