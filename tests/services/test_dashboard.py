"""Dashboard datasets: periods, followers with goal lines, weekly net follows, posts, heat map, ROI, segments."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.models import (
    Account,
    AccountDaily,
    Campaign,
    CampaignDaily,
    Goal,
    GoalMetric,
    Post,
    PostMetrics,
    PostStatus,
    Promotion,
    PromotionObjective,
    Segment,
    SegmentSnapshot,
)
from app.services.dashboard import (
    Period,
    PeriodError,
    best_time_to_post,
    content_performance,
    dashboard_data,
    default_period,
    followers_over_time,
    net_follows_weekly,
    platform_comparison,
    roi_bars,
    segment_sizes,
    top_bottom_posts,
    views_vs_conversion,
)
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

MAY = Period.month("2026-05")


def account(store: Store, platform: str, name: str = "号") -> int:
    with store.writing() as s:
        row = Account(platform=platform, name=name)
        s.add(row)
        s.flush()
        return row.id


def post(store: Store, account_id: int, published: dt.datetime, **values: Any) -> int:
    with store.writing() as s:
        row = Post(account_id=account_id, title=f"p{published:%m%d%H}", status=PostStatus.published,
                   published_at=published)
        s.add(row)
        s.flush()
        s.add(PostMetrics(post_id=row.id, captured_on=published.date() + dt.timedelta(days=7), **values))
        return row.id


def test_periods() -> None:
    assert (MAY.start, MAY.end, MAY.days) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31), 31)
    assert MAY.previous() == Period.month("2026-04")
    assert Period.month("2026-01").previous() == Period.month("2025-12")
    q1 = Period.quarter(2026, 1)
    assert (q1.start, q1.end) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert q1.previous() == Period.quarter(2025, 4)
    assert q1.months() == ["2026-01", "2026-02", "2026-03"]
    custom = Period.custom(dt.date(2026, 5, 10), dt.date(2026, 5, 19))
    assert (custom.previous().start, custom.previous().end) == (dt.date(2026, 4, 30), dt.date(2026, 5, 9))
    with pytest.raises(PeriodError):
        Period.month("2026-13")
    with pytest.raises(PeriodError):
        Period.custom(dt.date(2026, 5, 2), dt.date(2026, 5, 1))


def test_followers_sum_per_platform_with_a_cumulative_goal_line(store: Store) -> None:
    a, b = account(store, "douyin", "甲"), account(store, "douyin", "乙")
    c = account(store, "wechat")
    with store.writing() as s:
        s.add(AccountDaily(account_id=a, day=dt.date(2026, 3, 31), followers_total=1000))
        s.add(AccountDaily(account_id=b, day=dt.date(2026, 3, 30), followers_total=500))
        for day in (dt.date(2026, 4, 1), dt.date(2026, 5, 31)):
            s.add(AccountDaily(account_id=a, day=day, followers_total=1100))
            s.add(AccountDaily(account_id=b, day=day, followers_total=600))
        s.add(AccountDaily(account_id=c, day=dt.date(2026, 4, 2), followers_total=None, new_follows=3))
        s.add(Goal(month="2026-04", account_id=a, metric=GoalMetric.followers_gained, target=100))
        s.add(Goal(month="2026-05", account_id=b, metric=GoalMetric.followers_gained, target=50))
        s.add(Goal(month="2026-05", account_id=None, metric=GoalMetric.followers_gained, target=400))
        s.add(Goal(month="2026-05", account_id=a, metric=GoalMetric.views, target=99999))
    data = followers_over_time(store, Period.custom(dt.date(2026, 4, 1), dt.date(2026, 5, 31)))
    douyin = data["platforms"]["douyin"]
    assert douyin["days"] == [dt.date(2026, 4, 1), dt.date(2026, 5, 31)]
    assert douyin["followers"] == [1700, 1700]
    assert douyin["goal"] == [
        {"day": dt.date(2026, 4, 1), "target": 1500.0},
        {"day": dt.date(2026, 4, 30), "target": 1600.0},
        {"day": dt.date(2026, 5, 31), "target": 1650.0},
    ]
    assert "wechat" not in data["platforms"]  # no follower count, no line (not a line at 0)
    assert data["total"]["goal"][-1] == {"day": dt.date(2026, 5, 31), "target": 1900.0}


def test_net_follows_per_monday_week(store: Store) -> None:
    a = account(store, "douyin")
    with store.writing() as s:
        s.add(AccountDaily(account_id=a, day=dt.date(2026, 5, 3), net_follows=5))      # Sunday: week of 04-27
        s.add(AccountDaily(account_id=a, day=dt.date(2026, 5, 4), net_follows=7))      # Monday
        s.add(AccountDaily(account_id=a, day=dt.date(2026, 5, 10), new_follows=10, unfollows=4))
        s.add(AccountDaily(account_id=a, day=dt.date(2026, 5, 12), followers_total=9))
    data = net_follows_weekly(store, MAY)
    assert data["weeks"] == [dt.date(2026, 4, 27), dt.date(2026, 5, 4), dt.date(2026, 5, 11)]
    assert data["platforms"]["douyin"] == [5, 13, None]


def test_content_scatter_and_rankings(store: Store) -> None:
    a = account(store, "douyin")
    ids = [post(store, a, dt.datetime(2026, 5, 1 + i, 12), views=1000 * (i + 1), likes=10 * (i + 1),
                comments=0, shares=0, saves=0, follows_gained=i) for i in range(5)]
    rows = content_performance(store, MAY)
    assert [r["post_id"] for r in rows] == ids
    assert rows[0]["engagement_rate"] == pytest.approx(0.01)
    scatter = views_vs_conversion(store, MAY)
    assert scatter["y_metric"] == "engagement_rate"  # no post has conversions
    assert (scatter["median_x"], scatter["left_out"]) == (3000, 0)
    post(store, a, dt.datetime(2026, 5, 20, 12), views=100, conversions=4, likes=None)
    scatter = views_vs_conversion(store, MAY)
    assert scatter["y_metric"] == "conversion_rate"
    assert [(p["x"], p["y"]) for p in scatter["points"]] == [(100, pytest.approx(0.04))]
    assert scatter["left_out"] == 5
    ranks = top_bottom_posts(store, MAY, metric="views", n=2)
    assert [r["views"] for r in ranks["top"]] == [5000, 4000]
    assert [r["views"] for r in ranks["bottom"]] == [100, 1000]
    with pytest.raises(ValueError):
        top_bottom_posts(store, MAY, metric="title; DROP TABLE post")


def test_best_time_masks_thin_cells(store: Store) -> None:
    a = account(store, "douyin")
    for week in range(3):  # three Monday-evening posts
        post(store, a, dt.datetime(2026, 5, 4 + 7 * week, 19), views=100, likes=10, comments=0, shares=0, saves=0)
    post(store, a, dt.datetime(2026, 5, 6, 8), views=100, likes=50, comments=0, shares=0, saves=0)  # Wed 8:00
    data = best_time_to_post(store, MAY, min_posts=3, min_history=10)
    assert data["counts"][0][5] == 3 and data["mean"][0][5] == pytest.approx(0.1)
    assert data["counts"][2][1] == 1 and data["mean"][2][1] is None
    assert (data["posts"], data["thin"]) == (4, True)
    assert len(data["mean"]) == 7 and len(data["slots"]) == len(data["mean"][0])


def test_platform_comparison_against_previous_month(store: Store) -> None:
    a = account(store, "douyin")
    post(store, a, dt.datetime(2026, 4, 10, 12), views=1000)
    post(store, a, dt.datetime(2026, 5, 10, 12), views=1500)
    post(store, a, dt.datetime(2026, 5, 11, 12), views=1500)
    rows = {r["metric"]: r for r in platform_comparison(store, MAY)["rows"] if r["platform"] == "douyin"}
    assert (rows["posts"]["current"], rows["posts"]["previous"], rows["posts"]["change"]) == (2, 1, 1.0)
    assert (rows["views"]["current"], rows["views"]["previous"]) == (3000, 1000)
    assert rows["views"]["change"] == pytest.approx(2.0)
    assert rows["followers_end"]["current"] is None and rows["followers_end"]["change"] is None
    with store.writing() as s:
        s.add(AccountDaily(account_id=a, day=dt.date(2026, 4, 30), followers_total=800, net_follows=10))
        s.add(AccountDaily(account_id=a, day=dt.date(2026, 5, 20), followers_total=900, net_follows=60))
        s.add(AccountDaily(account_id=a, day=dt.date(2026, 5, 30), followers_total=1000, net_follows=40))
        s.add(AccountDaily(account_id=a, day=dt.date(2026, 5, 31), followers_total=None, net_follows=-5))
    rows = {r["metric"]: r for r in platform_comparison(store, MAY)["rows"] if r["platform"] == "douyin"}
    assert (rows["followers_end"]["current"], rows["followers_end"]["previous"]) == (1000, 800)
    assert (rows["net_follows"]["current"], rows["net_follows"]["previous"]) == (95, 10)


def test_roi_bars_and_segments(store: Store) -> None:
    with store.writing() as s:
        camp = Campaign(name="打卡", start_day=dt.date(2026, 4, 28), end_day=dt.date(2026, 5, 3))
        s.add(camp)
        s.add(Campaign(name="去年", start_day=dt.date(2025, 4, 1), end_day=dt.date(2025, 4, 3)))
        s.flush()
        s.add(CampaignDaily(campaign_id=camp.id, day=dt.date(2026, 4, 28), cost=100.0, revenue=50.0))
        s.add(CampaignDaily(campaign_id=camp.id, day=dt.date(2026, 5, 1), cost=100.0, revenue=250.0))
        s.add(Promotion(name="薯条", objective=PromotionObjective.conversion, spend=100.0, revenue=80.0,
                        start_at=dt.datetime(2026, 5, 2, 10)))
        s.add(SegmentSnapshot(month="2026-05", segment=Segment.core, members=30))
        s.add(SegmentSnapshot(month="2026-04", segment=Segment.core, members=20))
        s.add(SegmentSnapshot(month="2026-05", segment=Segment.new, members=7))
    bars = roi_bars(store, MAY)
    assert [(c["name"], c["cost"], c["revenue"], c["roi"]) for c in bars["campaigns"]] == [("打卡", 200.0, 300.0, 1.5)]
    assert [(p["name"], p["roi"], p["flag"]) for p in bars["promotions"]] == [("薯条", 0.8, True)]
    segments = segment_sizes(store, Period.custom(dt.date(2026, 3, 1), dt.date(2026, 5, 31)))
    assert segments == {"months": ["2026-03", "2026-04", "2026-05"],
                        "segments": {"core": [None, 20, 30], "new": [None, None, 7]}}


def test_dashboard_data_on_an_empty_store(store: Store) -> None:
    data = dashboard_data(store, MAY, platforms=["douyin"])
    assert data["content"] == [] and data["scatter"]["points"] == []
    assert data["followers"]["platforms"] == {} and data["best_time"]["thin"] is True


def test_posts_count_every_post_published_not_only_those_with_numbers(store: Store) -> None:
    a = account(store, "douyin")
    post(store, a, dt.datetime(2026, 5, 3, 12), views=1000)
    with store.writing() as s:  # published, numbers not imported yet; and a live session
        s.add(Post(account_id=a, title="还没数据", status=PostStatus.published, published_at=dt.datetime(2026, 5, 4, 9)))
        s.add(Post(account_id=a, title="直播", format="live", status=PostStatus.published,
                   published_at=dt.datetime(2026, 5, 5, 20)))
    rows = {r["metric"]: r for r in platform_comparison(store, MAY, today=dt.date(2026, 7, 1))["rows"]}
    assert rows["posts"]["current"] == 2


def test_a_running_month_is_compared_with_the_same_days_of_the_month_before(store: Store) -> None:
    a = account(store, "douyin")
    post(store, a, dt.datetime(2026, 4, 5, 12), views=1000)
    post(store, a, dt.datetime(2026, 4, 20, 12), views=1000)  # after the 12th: not like for like
    post(store, a, dt.datetime(2026, 5, 6, 12), views=1000)
    data = platform_comparison(store, MAY, today=dt.date(2026, 5, 12))
    assert data["to_date"] is True
    assert (data["current"]["start"], data["current"]["end"]) == (dt.date(2026, 5, 1), dt.date(2026, 5, 12))
    assert (data["previous"]["start"], data["previous"]["end"]) == (dt.date(2026, 4, 1), dt.date(2026, 4, 12))
    rows = {r["metric"]: r for r in data["rows"]}
    assert (rows["posts"]["current"], rows["posts"]["previous"], rows["posts"]["change"]) == (1, 1, 0.0)
    # 31 March against a 28-day February: the whole of February, never days after it.
    march = platform_comparison(store, Period.month("2026-03"), today=dt.date(2026, 3, 30))
    assert march["previous"]["end"] == dt.date(2026, 2, 28)
    assert platform_comparison(store, MAY, today=dt.date(2026, 6, 2))["to_date"] is False


def test_default_period_is_the_last_complete_month_while_this_one_is_young(store: Store) -> None:
    assert default_period(store, dt.date(2026, 12, 6)) == Period.month("2026-11")
    assert default_period(store, dt.date(2026, 1, 1)) == Period.month("2025-12")
    assert default_period(store, dt.date(2026, 12, 10)) == Period.month("2026-12")
    a = account(store, "douyin")
    post(store, a, dt.datetime(2026, 8, 30, 12), views=10)  # data ends in August: show August
    assert default_period(store, dt.date(2026, 12, 20)) == Period.month("2026-08")


def test_live_sessions_are_not_ranked_among_posts(store: Store) -> None:
    a = account(store, "douyin")
    ids = [post(store, a, dt.datetime(2026, 5, 1 + i, 12), views=1000, likes=10 * (i + 1), comments=0, shares=0,
                saves=0) for i in range(3)]
    with store.writing() as s:
        live = Post(account_id=a, title="直播专场", format="live", status=PostStatus.published,
                    published_at=dt.datetime(2026, 5, 9, 20))
        s.add(live)
        s.flush()  # likes are taps: far more than viewers
        s.add(PostMetrics(post_id=live.id, captured_on=dt.date(2026, 5, 16), views=800, likes=5000, comments=0,
                          shares=0, saves=0))
        live_id = live.id
    ranks = top_bottom_posts(store, MAY, metric="engagement_rate", n=5)
    assert [r["post_id"] for r in ranks["top"]] == ids[::-1]
    assert live_id not in {r["post_id"] for r in ranks["bottom"]} and ranks["live_left_out"] == 1
    assert live_id not in {r["post_id"] for r in content_performance(store, MAY)}
    assert best_time_to_post(store, MAY, min_posts=1)["posts"] == 3
