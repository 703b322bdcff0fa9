"""Collaborations: CRUD with money to the cent and derived costs (None when nothing came of it)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import collaborations as svc
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def test_add_edit_delete_with_derived_costs(store: Store) -> None:
    first = svc.save_collaboration(store, partner=" 配方师阿楠 ", partner_kind="kol", platform="douyin",
                                   kind="live_cohost", day=dt.date(2026, 6, 1), cost=3000.004, new_followers=2100,
                                   conversions=85, notes="连麦导粉")
    second = svc.save_collaboration(store, partner="植研家", partner_kind="brand", kind="resource_swap",
                                    day=dt.date(2026, 7, 1), cost=0.0, new_followers=0)
    rows = svc.collaborations(store)
    assert [r["id"] for r in rows] == [second, first]  # newest first
    row = rows[1]
    assert row["partner"] == "配方师阿楠" and row["cost"] == 3000.0
    assert row["cost_per_follower"] == 1.43  # 3000 / 2100 = 1.4286
    assert row["cost_per_conversion"] == 35.29  # 3000 / 85 = 35.294
    assert rows[0]["cost_per_follower"] is None and rows[0]["cost_per_conversion"] is None

    svc.save_collaboration(store, first, conversions=100, notes="  ")
    row = next(r for r in svc.collaborations(store) if r["id"] == first)
    assert row["cost_per_conversion"] == 30.0 and row["notes"] is None and row["partner"] == "配方师阿楠"

    svc.delete_collaboration(store, second)
    assert [r["id"] for r in svc.collaborations(store)] == [first]


def test_refuses_bad_input_and_writes_nothing(store: Store) -> None:
    with pytest.raises(svc.CollaborationError):
        svc.save_collaboration(store, partner="  ")
    with pytest.raises(svc.CollaborationError):
        svc.save_collaboration(store, partner="某机构", cost=-5)
    with pytest.raises(svc.CollaborationError):
        svc.save_collaboration(store, 999, partner="不存在")
    assert svc.collaborations(store) == []
