"""A hand-built month (2026-03) whose review numbers are known, shared by the review tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from app.store import Store

MONTH = "2026-03"
AS_OF = dt.date(2026, 4, 10)
STAMP = dt.datetime(2026, 4, 1, 9, 0)


def _daily(account_id: int, start_total: int, new: int, lost: int) -> list[dict[str, Any]]:
    rows = [{"account_id": account_id, "day": dt.date(2026, 2, 28), "followers_total": start_total}]
    for day in range(1, 32):
        rows.append({"account_id": account_id, "day": dt.date(2026, 3, day), "new_follows": new, "unfollows": lost,
                     "net_follows": new - lost, "followers_total": start_total + (new - lost) * day})
    return rows


def _metrics(post_id: int, day: dt.date, **values: Any) -> dict[str, Any]:
    row = {"post_id": post_id, "captured_on": day}
    for key in ("views", "likes", "comments", "shares", "saves", "follows_gained", "conversions"):
        row[key] = values.get(key)
    return row


ROWS: dict[str, list[dict[str, Any]]] = {
    "account": [
        {"id": 1, "platform": "wechat", "name": "测试研究所", "is_own": True},
        {"id": 2, "platform": "douyin", "name": "测试研究所", "is_own": True},
        {"id": 3, "platform": "douyin", "name": "同行", "is_own": False},
    ],
    "post": [
        {"id": 1, "account_id": 1, "title": "公众号长文A", "format": "article", "status": "published",
         "published_at": dt.datetime(2026, 3, 5, 10)},
        {"id": 2, "account_id": 1, "title": "公众号长文B", "format": "article", "status": "published",
         "published_at": dt.datetime(2026, 3, 20, 10)},
        {"id": 3, "account_id": 2, "title": "抖音视频C", "format": "video", "status": "published",
         "published_at": dt.datetime(2026, 3, 10, 18)},
        {"id": 4, "account_id": 2, "title": "抖音视频D", "format": "video", "status": "published",
         "published_at": dt.datetime(2026, 3, 28, 18)},
        {"id": 5, "account_id": 2, "title": "二月的视频", "format": "video", "status": "published",
         "published_at": dt.datetime(2026, 2, 27, 18)},
        {"id": 6, "account_id": 3, "title": "同行视频", "format": "video", "status": "published",
         "published_at": dt.datetime(2026, 3, 12, 18)},
    ],
    "post_metrics": [
        _metrics(1, dt.date(2026, 3, 6), views=1000, likes=10, comments=1, shares=1, saves=1),
        _metrics(1, dt.date(2026, 3, 20), views=2000, likes=50, comments=10, shares=20, saves=20,
                 follows_gained=30, conversions=10),
        _metrics(1, dt.date(2026, 4, 15), views=9999, likes=99, comments=99, shares=99, saves=99,
                 follows_gained=99, conversions=99),
        _metrics(2, dt.date(2026, 3, 25), views=500, likes=5, comments=5, shares=5, saves=5, follows_gained=10,
                 conversions=0),
        _metrics(3, dt.date(2026, 4, 5), views=10000, likes=400, comments=50, shares=30, saves=20,
                 follows_gained=200, conversions=5),
        _metrics(5, dt.date(2026, 3, 5), views=77777, likes=1, comments=1, shares=1, saves=1),
        _metrics(6, dt.date(2026, 3, 20), views=55555, likes=1, comments=1, shares=1, saves=1),
    ],
    "account_daily": _daily(1, 1000, 10, 2) + _daily(2, 5000, 20, 30),
    "goal": [
        {"month": MONTH, "account_id": 1, "metric": "followers_gained", "target": 200},
        {"month": MONTH, "account_id": 2, "metric": "followers_gained", "target": 500},
        {"month": MONTH, "account_id": None, "metric": "views", "target": 10000},
        {"month": MONTH, "account_id": None, "metric": "posts_published", "target": 5},
    ],
    "campaign": [
        {"id": 1, "name": "打卡活动", "type": "checkin", "goal_type": "followers", "status": "finished",
         "start_day": dt.date(2026, 3, 10), "end_day": dt.date(2026, 3, 16), "target_participants": 1000,
         "channels": [], "warmup_days": 0},
        {"id": 2, "name": "一月的活动", "type": "other", "goal_type": "followers", "status": "finished",
         "start_day": dt.date(2026, 1, 10), "end_day": dt.date(2026, 1, 16), "channels": [], "warmup_days": 0},
    ],
    "campaign_daily": [
        {"campaign_id": 1, "day": dt.date(2026, 3, 10), "participants": 60, "shares": 15, "new_followers": 12,
         "conversions": 2, "cost": 300.0, "revenue": 900.0},
        {"campaign_id": 1, "day": dt.date(2026, 3, 11), "participants": 40, "shares": 10, "new_followers": 8,
         "conversions": 1, "cost": 200.0, "revenue": 600.0},
    ],
    "promotion": [
        {"name": "Dou+ 抖音视频C", "post_id": 3, "tool": "dou_plus", "objective": "conversion",
         "start_at": dt.datetime(2026, 3, 12, 20), "spend": 1000.0, "revenue": 600.0, "follows_gained": 40,
         "conversions": 3},
    ],
    "segment_snapshot": [
        {"month": "2026-02", "segment": s, "members": n}
        for s, n in (("core", 10), ("potential", 20), ("churned", 5), ("new", 5))
    ] + [
        {"month": MONTH, "segment": s, "members": n}
        for s, n in (("core", 12), ("potential", 18), ("churned", 8), ("new", 7))
    ],
    "lesson": [
        {"month": MONTH, "kind": "failure", "area": "campaigns", "title": "打卡 3 天门槛太高",
         "evidence": "打卡活动参与率仅 10%", "detail": "改成打卡 1 天送资料"},
        {"month": "2026-02", "kind": "success", "area": "content", "title": "成分科普系列涨粉好",
         "evidence": "篇均涨粉 80"},
    ],
}


def build_month(store: Store) -> None:
    """Write the month's rows (one statement per row: a handful of rows)."""
    from sqlmodel import SQLModel

    import app.models  # noqa: F401 - registers every table

    with store.writing() as session:
        for table, values in ROWS.items():
            sa_table = SQLModel.metadata.tables[table]
            stamps = {key: STAMP for key in ("created_at", "updated_at") if key in sa_table.c}
            for row in values:
                session.execute(sa.insert(sa_table).values({**stamps, **row}))
