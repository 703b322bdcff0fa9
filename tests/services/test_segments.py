"""Segmentation: extremes land where an operator expects, precedence, NULLs, thresholds, snapshots, export."""

from __future__ import annotations

import datetime as dt
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa

from app.i18n import untranslated
from app.report.workbooks import write_segment_xlsx
from app.services import segments
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 26)


def days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def add_members(store: Store, *members: dict[str, Any]) -> list[int]:
    columns = ("nickname", "platform", "first_seen", "last_active", "active_days_30", "browse_minutes_30",
               "purchases", "spend", "tags", "region", "community_id", "external_id")
    rows = [{key: m.get(key) for key in columns} for m in members]
    with store.engine.begin() as conn:
        conn.execute(sa.text(f"INSERT INTO member ({', '.join(columns)}) VALUES "
                             f"({', '.join(':' + c for c in columns)})"), rows)
        return [r[0] for r in conn.execute(sa.text("SELECT id FROM member ORDER BY id DESC LIMIT :n"),
                                           {"n": len(rows)})][::-1]


def segment_of(store: Store) -> dict[str, str]:
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.text("SELECT nickname, segment FROM member")).all())


BIG_SPENDER = {"nickname": "铁粉", "first_seen": days_ago(400), "last_active": days_ago(1), "active_days_30": 25,
               "browse_minutes_30": 600, "purchases": 12, "spend": 3800}
JUST_JOINED_BUYER = {"nickname": "新来的", "first_seen": days_ago(3), "last_active": days_ago(0),
                     "active_days_30": 3, "purchases": 3, "spend": 900}
GONE = {"nickname": "走了", "first_seen": days_ago(500), "last_active": days_ago(200), "active_days_30": 0,
        "browse_minutes_30": 0, "purchases": 0, "spend": 0}
MODERATE = {"nickname": "偶尔来", "first_seen": days_ago(200), "last_active": days_ago(10), "active_days_30": 3,
            "browse_minutes_30": 40, "purchases": 1, "spend": 99}


def test_extremes_land_in_the_obvious_segment(store: Store) -> None:
    add_members(store, BIG_SPENDER, JUST_JOINED_BUYER, GONE, MODERATE)
    counts = segments.recompute_segments(store, TODAY)
    assert segment_of(store) == {"铁粉": "core", "新来的": "new", "走了": "churned", "偶尔来": "potential"}
    assert counts == {"core": 1, "potential": 1, "churned": 1, "new": 1}


def test_precedence_new_over_core_over_churned(store: Store) -> None:
    add_members(
        store,
        # core by numbers and joined yesterday: new wins
        {**BIG_SPENDER, "nickname": "新而核心", "first_seen": days_ago(1)},
        # high activity + conversion but last_active long ago (contradictory file): core wins over churned
        {**BIG_SPENDER, "nickname": "核心且久未活跃", "last_active": days_ago(300), "purchases": 1, "spend": 600},
        # inactive for long but bought twice: not low conversion, so not churned
        {**GONE, "nickname": "久未活跃但买过两次", "purchases": 2, "spend": 200},
    )
    segments.recompute_segments(store, TODAY)
    assert segment_of(store) == {"新而核心": "new", "核心且久未活跃": "core", "久未活跃但买过两次": "potential"}


def test_members_with_missing_data_still_get_a_segment(store: Store) -> None:
    add_members(
        store,
        {"nickname": "什么都没有"},
        {"nickname": "只知道零活跃", "active_days_30": 0},
        {"nickname": "只有首次关注", "first_seen": days_ago(5)},
        {"nickname": "高活跃没买过", "active_days_30": 20, "last_active": days_ago(1)},
    )
    counts = segments.recompute_segments(store, TODAY)
    assert segment_of(store) == {"什么都没有": "potential", "只知道零活跃": "churned", "只有首次关注": "new",
                                 "高活跃没买过": "potential"}
    assert sum(counts.values()) == 4


def test_counts_add_up_and_recompute_is_stable(store: Store) -> None:
    import random

    rng = random.Random(3)
    members = [{"nickname": f"u{i}", "first_seen": days_ago(rng.randint(0, 900)),
                "last_active": rng.choice([None, days_ago(rng.randint(0, 400))]),
                "active_days_30": rng.choice([None, rng.randint(0, 30)]), "purchases": rng.choice([None, 0, 1, 5]),
                "spend": rng.choice([None, 0.0, 50.0, 2000.0])} for i in range(500)]
    add_members(store, *members)
    first = segments.recompute_segments(store, TODAY)
    assert sum(first.values()) == 500
    assert segments.recompute_segments(store, TODAY) == first == segments.segment_counts(store)
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM member WHERE segment IS NULL")).scalar() == 0


def test_thresholds_change_results_and_are_validated(store: Store) -> None:
    add_members(store, MODERATE)
    segments.recompute_segments(store, TODAY)
    assert segment_of(store)["偶尔来"] == "potential"
    assert segments.get_thresholds(store) == segments.DEFAULT_THRESHOLDS
    counts = segments.set_thresholds(store, {"core_active_days": 3, "core_purchases": 1}, today=TODAY)
    assert counts["core"] == 1 and segment_of(store)["偶尔来"] == "core"
    assert segments.get_thresholds(store)["core_active_days"] == 3
    assert segments.get_thresholds(store)["churn_days"] == 60
    with pytest.raises(segments.ThresholdError):
        segments.set_thresholds(store, {"churn_days": -5})
    with pytest.raises(segments.ThresholdError):
        segments.set_thresholds(store, {"new_days": "abc"})
    with pytest.raises(segments.ThresholdError):
        segments.set_thresholds(store, {"no_such": 1})
    assert segments.get_thresholds(store)["core_active_days"] == 3  # refused input saved nothing


def test_rules_text_fills_in_thresholds() -> None:
    lines = segments.rules_text(segments.DEFAULT_THRESHOLDS)
    assert [line["segment"] for line in lines] == ["new", "core", "churned", "potential"]
    assert "30" in lines[0]["text"] and "8" in lines[1]["text"] and "60" in lines[2]["text"]
    assert set(segments.STRATEGY_CARDS) == set(segments.SEGMENTS)
    assert all(card["actions"] for card in segments.STRATEGY_CARDS.values())


def test_recompute_records_the_month_and_history_gives_churn(store: Store) -> None:
    ids = add_members(store, BIG_SPENDER, MODERATE, {**MODERATE, "nickname": "b"}, {**MODERATE, "nickname": "c"})
    segments.recompute_segments(store, dt.date(2026, 9, 30))
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE member SET last_active = '2026-01-01', active_days_30 = 0 WHERE id IN (:a, :b)"),
                     {"a": ids[1], "b": ids[2]})
    segments.recompute_segments(store, dt.date(2026, 10, 31))
    history = segments.segment_history(store)
    assert [h["month"] for h in history] == ["2026-09", "2026-10"]
    assert history[0]["churned"] == 0 and history[0]["churn_rate"] is None
    assert history[1]["churned"] == 2 and history[1]["total"] == 4
    assert history[1]["churn_rate"] == pytest.approx(2 / 4)
    assert history[1]["churned_share"] == pytest.approx(0.5)


def test_snapshot_upserts_one_row_per_segment(store: Store) -> None:
    add_members(store, BIG_SPENDER)
    segments.recompute_segments(store, TODAY)
    segments.snapshot_segments(store, "2025-12")
    add_members(store, GONE)
    segments.recompute_segments(store, TODAY)
    segments.snapshot_segments(store, "2025-12")
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT segment, members FROM segment_snapshot WHERE month = '2025-12'")).all()
    assert dict(rows) == {"core": 1, "potential": 0, "churned": 1, "new": 0}
    with pytest.raises(segments.SegmentError):
        segments.snapshot_segments(store, "2025-13")


def test_export_segment_is_a_readable_outreach_sheet(store: Store, tmp_path: Any) -> None:
    add_members(store, BIG_SPENDER, {**BIG_SPENDER, "nickname": "=HYPERLINK(1)", "platform": "douyin", "spend": 9000},
                GONE)
    segments.recompute_segments(store, TODAY)
    path = tmp_path / "核心.xlsx"
    assert write_segment_xlsx(path, "core", segments.segment_members(store, "core"), translate=untranslated) == 2
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("用户ID", "昵称", "平台")
    assert [r[1] for r in rows[1:]] == ["=HYPERLINK(1)", "铁粉"]  # biggest spender first, formula kept as text
    assert rows[1][2] == "抖音" and rows[1][14] == "核心用户"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert isinstance(rows[2][6], dt.datetime)
    with pytest.raises(segments.SegmentError):
        segments.segment_members(store, "vip")
