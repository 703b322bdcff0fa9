"""How long every dashboard dataset takes over 3 years × 6 platforms of daily data (target ≤ 0.5 s).

Builds a throwaway store (bulk inserts in one transaction): daily account numbers for 6 own
accounts over 3 years, about one post per platform per day with 4 snapshots each, monthly goals,
campaigns with daily numbers, promotions and segment snapshots. Then times `dashboard_data()`
for the last quarter and the last year, cold and warm, and prints the figures.

The GUI part (skip with --no-gui) times the 图表 tab at 1400×900, offscreen: its first show
(pyqtgraph imported, charts built, the latest month drawn), then asking it for the year: the
datasets, the drawing of every chart and the paint of the visible page, and separately the
paint of every sub-tab (what the user sees when clicking through them).

    uv run python bench/dashboard.py [--keep DIR] [--no-gui]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models import (  # noqa: E402
    Account,
    AccountDaily,
    Campaign,
    CampaignDaily,
    Goal,
    Post,
    PostMetrics,
    Promotion,
    SegmentSnapshot,
)
from app.services.dashboard import Period, dashboard_data  # noqa: E402
from app.store import Store  # noqa: E402

PLATFORMS = ("wechat", "douyin", "xiaohongshu", "channels", "bilibili", "zhihu")
END = dt.date(2026, 10, 31)
DAYS = 3 * 365 + 1
SNAPSHOT_AGES = (1, 3, 7, 14)


def build(store: Store, seed: int = 1) -> dict[str, int]:
    rnd = random.Random(seed)
    start = END - dt.timedelta(days=DAYS - 1)
    accounts = [{"id": i + 1, "platform": code, "name": f"bench-{code}", "is_own": True}
                for i, code in enumerate(PLATFORMS)]
    daily, posts, metrics, goals = [], [], [], []
    post_id = 0
    for account in accounts:
        followers = rnd.randint(2_000, 50_000)
        for offset in range(DAYS):
            day = start + dt.timedelta(days=offset)
            new, lost = rnd.randint(10, 200), rnd.randint(0, 60)
            followers += new - lost
            daily.append({"account_id": account["id"], "day": day, "followers_total": followers,
                          "new_follows": new, "unfollows": lost, "net_follows": new - lost,
                          "views": rnd.randint(500, 20_000)})
            if rnd.random() < 0.9:
                post_id += 1
                published = dt.datetime.combine(day, dt.time(rnd.randint(6, 23), rnd.choice((0, 30))))
                posts.append({"id": post_id, "account_id": account["id"], "title": f"帖子 {post_id}",
                              "title_key": f"post{post_id}", "format": "video", "status": "published",
                              "published_at": published})
                views = rnd.randint(200, 50_000)
                for age in SNAPSHOT_AGES:
                    captured = day + dt.timedelta(days=age)
                    if captured > END:
                        break
                    seen = int(views * age / 14)
                    metrics.append({"post_id": post_id, "captured_on": captured, "views": seen,
                                    "likes": seen // 20, "comments": seen // 200, "shares": seen // 100,
                                    "saves": seen // 80, "follows_gained": seen // 150,
                                    "completion_rate": rnd.uniform(0.1, 0.6),
                                    "conversions": seen // 1000 if rnd.random() < 0.5 else None})
        for month in range(36):
            year, mon = divmod(start.month - 1 + month, 12)
            goals.append({"month": f"{start.year + year}-{mon + 1:02d}", "account_id": account["id"],
                          "metric": "followers_gained", "target": 3000})
    campaigns, campaign_daily, promotions, segments = [], [], [], []
    for i in range(40):
        first = start + dt.timedelta(days=rnd.randint(0, DAYS - 20))
        campaigns.append({"id": i + 1, "name": f"活动 {i + 1}", "start_day": first,
                          "end_day": first + dt.timedelta(days=10)})
        for d in range(11):
            campaign_daily.append({"campaign_id": i + 1, "day": first + dt.timedelta(days=d),
                                   "participants": rnd.randint(10, 500), "cost": rnd.uniform(50, 500),
                                   "revenue": rnd.uniform(0, 1500)})
    for i in range(300):
        promotions.append({"name": f"投放 {i}", "post_id": rnd.randint(1, post_id), "account_id": None,
                           "objective": rnd.choice(("followers", "conversion", "engagement")),
                           "start_at": dt.datetime.combine(start + dt.timedelta(days=rnd.randint(0, DAYS - 1)),
                                                           dt.time(12)),
                           "spend": rnd.uniform(100, 2000), "impressions": rnd.randint(5_000, 200_000),
                           "clicks": rnd.randint(50, 5_000), "follows_gained": rnd.randint(0, 400),
                           "conversions": rnd.randint(0, 50), "revenue": rnd.uniform(0, 4000)})
    for month in Period(start, END).months():
        for segment in ("core", "potential", "churned", "new"):
            segments.append({"month": month, "segment": segment, "members": rnd.randint(100, 5_000)})
    with store.writing() as uow:
        conn = uow.connection()
        for model, rows in ((Account, accounts), (AccountDaily, daily), (Post, posts), (PostMetrics, metrics),
                            (Goal, goals), (Campaign, campaigns), (CampaignDaily, campaign_daily),
                            (Promotion, promotions), (SegmentSnapshot, segments)):
            conn.execute(model.__table__.insert(), rows)
        conn.exec_driver_sql("ANALYZE")
    return {"account_daily": len(daily), "post": len(posts), "post_metrics": len(metrics),
            "promotion": len(promotions), "campaign_daily": len(campaign_daily)}


def timed(store: Store, period: Period) -> tuple[float, float]:
    """Wall and CPU seconds (CPU shows the cost when other work shares the machine)."""
    began, cpu = time.perf_counter(), time.process_time()
    dashboard_data(store, period)
    return time.perf_counter() - began, time.process_time() - cpu


def gui_timing(store: Store, periods: list[tuple[str, Period]]) -> None:
    """Time the charts tab (the task runner synchronous: the datasets are computed in place)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.views.charts_tab import ChartsTab
    from app.views.context import DataSignals, ViewContext
    from app.views.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    tab = ChartsTab(ViewContext(store, TaskRunner(synchronous=True), DataSignals()))
    tab.resize(1400, 900)
    began, cpu = time.perf_counter(), time.process_time()
    tab.show()
    app.processEvents()
    print(f"charts tab first show (pyqtgraph import, charts built, latest month): "
          f"{time.perf_counter() - began:.3f} s (cpu {time.process_time() - cpu:.3f})")
    for label, period in periods:
        runs = []
        for _ in range(3):
            tab.set_period(Period.month("2024-01"))
            app.processEvents()
            began, cpu = time.perf_counter(), time.process_time()
            tab.set_period(period)
            app.processEvents()
            shown = time.perf_counter() - began, time.process_time() - cpu
            for page in range(tab.pages.count() - 1):
                tab.pages.setCurrentIndex(page)
                app.processEvents()
            tab.pages.setCurrentIndex(0)
            app.processEvents()
            runs.append((shown, time.perf_counter() - began, dict(tab.timing)))
        (wall, cpu_s), every, timing = min(runs, key=lambda r: r[0][0])
        print(f"charts tab {label:8s}: all charts drawn and the page painted {wall:.3f} s (cpu {cpu_s:.3f}; "
              f"data {timing['data']:.3f}, draw {timing['draw']:.3f}); every sub-tab painted {every:.3f} s")
    tab.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", metavar="DIR", help="build the store in DIR and keep it")
    parser.add_argument("--no-gui", action="store_true", help="time the datasets only, not the charts tab")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="opsdesk-bench-"))
    store = Store.open(folder)
    began = time.perf_counter()
    counts = build(store)
    print(f"built store in {time.perf_counter() - began:.2f} s: "
          + ", ".join(f"{name} {count:,}" for name, count in counts.items()))
    quarter = Period.quarter(2026, 3)
    year = Period.custom(END - dt.timedelta(days=364), END)
    periods = [("quarter", quarter), ("year", year)]
    for label, period in periods:
        cold = timed(store, period)
        warm = min(timed(store, period) for _ in range(3))
        print(f"dashboard_data {label:8s} {period.start}..{period.end}: cold {cold[0]:.3f} s "
              f"(cpu {cold[1]:.3f}), warm {warm[0]:.3f} s (cpu {warm[1]:.3f})")
    if not args.no_gui:
        gui_timing(store, periods)
    store.close()


if __name__ == "__main__":
    main()
