"""Goals: splitting and allocating targets, editing a month, and actuals computed from imported data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from app.models import Account, AccountDaily, Conversion, Goal, GoalMetric, Post, PostMetrics
from app.services.goals import (
    GoalError,
    allocate_annual_target,
    annual_targets,
    expected_by,
    goal_progress,
    month_actuals,
    set_annual_target,
    set_month_target,
    split_target,
)
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

D = dt.date
T = dt.datetime


def test_split_target_adds_up_exactly() -> None:
    months = split_target(1000)
    assert sum(months) == 1000 and months.count(84) == 4 and months.count(83) == 8
    weighted = split_target(1_200_000, [1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 3, 2])
    assert sum(weighted) == 1_200_000 and weighted[10] == 225_000 and weighted[0] == 75_000
    money = split_target(100_000.01, decimals=2)
    assert round(sum(money), 2) == 100_000.01 and all(round(m, 2) == m for m in money)
    assert split_target(7, [0, 1, 0]) == [0, 7, 0]


@pytest.mark.parametrize("weights", [[0, 0], [-1, 2], []])
def test_split_target_refuses_bad_weights(weights: list[float]) -> None:
    with pytest.raises(GoalError):
        split_target(100, weights)


@pytest.fixture
def accounts(store: Store) -> dict[str, int]:
    with store.writing() as session:
        rows = [Account(platform="douyin", name="抖音号"), Account(platform="wechat", name="公众号"),
                Account(platform="douyin", name="对手", is_own=False)]
        session.add_all(rows)
        session.flush()
        return {row.name: row.id for row in rows}


def test_set_annual_target_writes_twelve_months_and_sums_back(store: Store, accounts: dict[str, int]) -> None:
    months = set_annual_target(store, 2026, GoalMetric.followers_gained, 12_345, account_id=accounts["抖音号"])
    assert len(months) == 12 and sum(months) == 12_345
    stored = annual_targets(store, 2026)[(accounts["抖音号"], GoalMetric.followers_gained)]
    assert stored == months
    set_annual_target(store, 2026, "followers_gained", 1200, account_id=accounts["抖音号"])
    with store.reading() as session:
        assert len(session.exec(select(Goal)).all()) == 12
    set_annual_target(store, 2026, "revenue", 50_000.5)
    assert round(sum(annual_targets(store, 2026)[(None, GoalMetric.revenue)]), 2) == 50_000.5


def test_allocate_among_accounts(store: Store, accounts: dict[str, int]) -> None:
    plan = allocate_annual_target(store, 2026, "posts_published", 1000,
                                  {accounts["抖音号"]: 3, accounts["公众号"]: 1})
    assert sum(plan[accounts["抖音号"]]) == 750 and sum(plan[accounts["公众号"]]) == 250
    with store.reading() as session:
        assert len(session.exec(select(Goal)).all()) == 24


def test_refusals_write_nothing(store: Store, accounts: dict[str, int]) -> None:
    with pytest.raises(GoalError):
        allocate_annual_target(store, 2026, "views", 1000, {accounts["抖音号"]: 1, accounts["对手"]: 1})
    with pytest.raises(GoalError):
        set_annual_target(store, 2026, "likes", 1000)
    with pytest.raises(GoalError):
        set_annual_target(store, 2026, "views", 1000, weights=[1, 2, 3])
    with pytest.raises(GoalError):
        set_month_target(store, "2026-3", "views", 10)
    with store.reading() as session:
        assert session.exec(select(Goal)).all() == []


def test_edit_and_remove_one_month(store: Store, accounts: dict[str, int]) -> None:
    set_annual_target(store, 2026, "views", 1200)
    set_month_target(store, "2026-03", "views", 500)
    months = annual_targets(store, 2026)[(None, GoalMetric.views)]
    assert months[2] == 500 and months[3] == 100
    set_month_target(store, "2026-03", "views", None)
    assert annual_targets(store, 2026)[(None, GoalMetric.views)][2] is None


def _fill(store: Store, accounts: dict[str, int]) -> None:
    douyin, wechat, rival = accounts["抖音号"], accounts["公众号"], accounts["对手"]
    with store.writing() as session:
        session.add_all([
            # douyin: net follows given; the February row is outside the month
            AccountDaily(account_id=douyin, day=D(2026, 2, 28), followers_total=1000, net_follows=50),
            AccountDaily(account_id=douyin, day=D(2026, 3, 1), followers_total=1010, net_follows=10),
            AccountDaily(account_id=douyin, day=D(2026, 3, 2), followers_total=1030, net_follows=20),
            # wechat: no net on 3-2, so the change of the total since the previous row counts (+7)
            AccountDaily(account_id=wechat, day=D(2026, 2, 28), followers_total=500),
            AccountDaily(account_id=wechat, day=D(2026, 3, 1), followers_total=505, net_follows=5),
            AccountDaily(account_id=wechat, day=D(2026, 3, 2), followers_total=512),
            AccountDaily(account_id=rival, day=D(2026, 3, 1), net_follows=999),
        ])
        p1 = Post(account_id=douyin, title="视频一", status="published", published_at=T(2026, 3, 3, 12))
        p2 = Post(account_id=douyin, title="视频二", status="published", published_at=T(2026, 3, 20, 18))
        p3 = Post(account_id=wechat, title="文章", status="published", published_at=T(2026, 3, 5, 8))
        old = Post(account_id=douyin, title="二月的", status="published", published_at=T(2026, 2, 27, 8))
        planned = Post(account_id=douyin, title="排期", status="scheduled", scheduled_at=T(2026, 3, 25, 8))
        rival_post = Post(account_id=rival, title="对手", status="published", published_at=T(2026, 3, 3, 8))
        session.add_all([p1, p2, p3, old, planned, rival_post])
        session.flush()
        session.add_all([
            PostMetrics(post_id=p1.id, captured_on=D(2026, 3, 4), views=100, conversions=3, revenue=30),
            PostMetrics(post_id=p1.id, captured_on=D(2026, 3, 10), views=400, conversions=5, revenue=50),
            PostMetrics(post_id=p2.id, captured_on=D(2026, 3, 21), views=250, conversions=2, revenue=99),
            PostMetrics(post_id=old.id, captured_on=D(2026, 3, 10), views=10_000),
            PostMetrics(post_id=rival_post.id, captured_on=D(2026, 3, 10), views=77_777),
            # p2 has its own conversion records, so its snapshot conversions (2, 99) must not count too
            Conversion(day=D(2026, 3, 22), platform="douyin", post_id=p2.id, orders=4, revenue=400.0),
            Conversion(day=D(2026, 3, 23), platform="douyin", post_id=p2.id, leads=6),
            Conversion(day=D(2026, 3, 9), platform="wechat", leads=3, revenue=None),
            Conversion(day=D(2026, 4, 1), platform="wechat", orders=100, revenue=1000.0),
            Conversion(day=D(2026, 3, 9), platform="weibo", orders=1, revenue=10.0),
        ])


def test_actuals_come_from_imported_data(store: Store, accounts: dict[str, int]) -> None:
    _fill(store, accounts)
    actual = month_actuals(store, "2026-03")
    douyin, wechat = actual[accounts["抖音号"]], actual[accounts["公众号"]]
    assert douyin[GoalMetric.followers_gained] == 30
    assert wechat[GoalMetric.followers_gained] == 12
    assert douyin[GoalMetric.posts_published] == 2 and wechat[GoalMetric.posts_published] == 1
    assert douyin[GoalMetric.views] == 650  # latest snapshots only; the February post is February's
    assert wechat[GoalMetric.views] is None  # published, but no snapshot yet: unknown, not 0
    assert douyin[GoalMetric.conversions] == 5 + 4 + 6  # p1 from its snapshot, p2 from its records
    assert douyin[GoalMetric.revenue] == 50 + 400
    assert wechat[GoalMetric.conversions] == 3  # a post-less record of the only wechat account
    assert wechat[GoalMetric.revenue] is None
    total = actual[None]
    assert total[GoalMetric.followers_gained] == 42
    assert total[GoalMetric.posts_published] == 3
    assert total[GoalMetric.conversions] == 15 + 3 + 1  # the weibo record has no account but counts in all
    assert total[GoalMetric.revenue] == 460
    assert accounts["对手"] not in actual


def test_empty_month_has_no_actuals(store: Store, accounts: dict[str, int]) -> None:
    actual = month_actuals(store, "2025-01")[accounts["抖音号"]]
    assert actual[GoalMetric.followers_gained] is None
    assert actual[GoalMetric.posts_published] == 0
    assert actual[GoalMetric.conversions] is None


def test_goal_progress_ratio_and_pace(store: Store, accounts: dict[str, int]) -> None:
    _fill(store, accounts)
    set_month_target(store, "2026-03", "followers_gained", 60, account_id=accounts["抖音号"])
    set_month_target(store, "2026-03", "posts_published", 0, account_id=accounts["公众号"])
    set_month_target(store, "2026-03", "conversions", 38)
    rows = goal_progress(store, "2026-03", today=D(2026, 3, 10))
    assert [(r.platform, r.metric) for r in rows] == [
        (None, GoalMetric.conversions), ("douyin", GoalMetric.followers_gained), ("wechat", GoalMetric.posts_published),
    ]
    everyone, douyin, wechat = rows
    assert (everyone.actual, everyone.ratio) == (19, 0.5)
    assert everyone.expected == pytest.approx(38 * 10 / 31)
    assert everyone.on_track is True
    assert (douyin.account, douyin.actual, douyin.ratio) == ("抖音号", 30, 0.5)
    assert douyin.on_track is True
    assert wechat.ratio is None and wechat.actual == 1


def test_expected_pace() -> None:
    assert expected_by(300, "2026-04", D(2026, 3, 31)) == 0
    assert expected_by(300, "2026-04", D(2026, 4, 15)) == 150
    assert expected_by(300, "2026-04", D(2026, 5, 2)) == 300
    assert expected_by(None, "2026-04", D(2026, 4, 2)) is None
