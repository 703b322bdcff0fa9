"""Competitors: profiles on benchmark accounts, follower snapshots (entered and imported), the
3–5 per platform check and the side-by-side table with the own accounts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.models import Account, AccountDaily, Post, PostStatus
from app.services import competitors as svc
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 30)


def own_account(store: Store) -> int:
    with store.writing() as s:
        account = Account(platform="douyin", name="小美研究所", is_own=True)
        s.add(account)
        s.flush()
        for k in range(8):  # 8 posts in the last 4 weeks → 2 a week; one older post is not counted
            s.add(Post(account_id=account.id, title=f"视频{k}", status=PostStatus.published,
                       published_at=dt.datetime.combine(TODAY - dt.timedelta(days=3 * k), dt.time(20))))
        s.add(Post(account_id=account.id, title="旧视频", status=PostStatus.published,
                   published_at=dt.datetime(2026, 9, 1, 20)))
        s.add(AccountDaily(account_id=account.id, day=TODAY - dt.timedelta(days=31), followers_total=10000))
        s.add(AccountDaily(account_id=account.id, day=TODAY - dt.timedelta(days=1), followers_total=12500))
        return account.id


def test_add_profile_snapshots_and_side_by_side(store: Store) -> None:
    own = own_account(store)
    rival = svc.add_competitor(store, "抖音", "成分党小周", content_types="测评、对比", update_frequency="日更",
                               interaction_style="抽奖带互动", traffic_source="paid", reuse="对比测评画面",
                               gaps="自然流量弱")
    svc.save_snapshot(store, rival, TODAY - dt.timedelta(days=40), 70000)
    svc.save_snapshot(store, rival, TODAY - dt.timedelta(days=5), 79000)
    svc.save_snapshot(store, rival, TODAY - dt.timedelta(days=5), 79317)  # a correction replaces the day

    rows = svc.competitors(store, today=TODAY)
    assert len(rows) == 1
    row = rows[0]
    assert row["platform"] == "douyin" and row["name"] == "成分党小周" and row["traffic_source"] == "paid"
    assert row["followers"] == 79317 and row["followers_30d"] == 9317 and row["snapshots"] == 2
    assert [s["followers"] for s in svc.snapshots(store, rival)] == [70000, 79317]

    side = svc.side_by_side(store, "douyin", TODAY)
    assert [(r["name"], r["is_own"]) for r in side] == [("小美研究所", True), ("成分党小周", False)]
    assert side[0]["followers"] == 12500 and side[0]["followers_30d"] == 2500
    assert side[0]["posts_per_week"] == 2.0
    assert side[1]["posts_per_week"] is None and side[1]["update_frequency"] == "日更"
    assert side[0]["account_id"] == own


def test_coverage_warns_outside_three_to_five(store: Store) -> None:
    own_account(store)
    svc.add_competitor(store, "douyin", "A")
    warning = svc.coverage(store)[0]
    assert warning["platform"] == "douyin" and warning["competitors"] == 1 and "建议 3–5 个" in warning["warning"]
    for name in ("B", "C"):
        svc.add_competitor(store, "douyin", name)
    assert svc.coverage(store)[0]["warning"] is None
    for name in ("D", "E", "F"):
        svc.add_competitor(store, "douyin", name)
    assert "超过 5 个" in svc.coverage(store)[0]["warning"]


def test_update_and_delete_never_touch_own_accounts(store: Store) -> None:
    own = own_account(store)
    rival = svc.add_competitor(store, "douyin", "同行")
    svc.update_competitor(store, rival, name="同行改名", gaps="不做直播", traffic_source="organic")
    row = svc.competitors(store, today=TODAY)[0]
    assert row["name"] == "同行改名" and row["gaps"] == "不做直播" and row["traffic_source"] == "organic"
    with pytest.raises(svc.CompetitorError):
        svc.update_competitor(store, own, gaps="x")
    with pytest.raises(svc.CompetitorError):
        svc.add_competitor(store, "douyin", "小美研究所")  # the own account's name on that platform
    svc.delete_competitor(store, own)
    svc.delete_competitor(store, rival)
    with store.engine.connect() as conn:
        names = [n for (n,) in conn.execute(sa.text("SELECT name FROM account"))]
    assert names == ["小美研究所"]


def test_import_snapshots_all_or_nothing(store: Store, tmp_path: Path) -> None:
    from app.services.excel import Column, export_rows

    a = svc.add_competitor(store, "douyin", "同行A")
    svc.add_competitor(store, "wechat", "同行B")
    template = svc.write_snapshot_template(tmp_path / "template.xlsx")
    assert template.exists()
    cols = [Column("账号"), Column("平台"), Column("日期", "date"), Column("粉丝数")]
    good = tmp_path / "good.xlsx"
    export_rows(good, "粉丝", cols, [["同行A", "抖音", dt.date(2026, 11, 2), "1.2万"],
                                      ["同行B", "", dt.date(2026, 11, 2), 3400]])
    assert svc.import_snapshots(store, good) == {"file": "good.xlsx", "rows": 2}
    assert svc.snapshots(store, a) == [{"day": dt.date(2026, 11, 2), "followers": 12000}]

    bad = tmp_path / "bad.xlsx"
    export_rows(bad, "粉丝", cols, [["同行A", "抖音", dt.date(2026, 11, 9), 13000],
                                     ["不认识的号", "抖音", dt.date(2026, 11, 9), 100]])
    with pytest.raises(svc.CompetitorError) as refused:
        svc.import_snapshots(store, bad)
    assert "不认识的号" in str(refused.value)
    assert len(svc.snapshots(store, a)) == 1  # nothing from the bad file
