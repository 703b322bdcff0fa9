"""The metric dictionary and post numbers at the same age."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import select

from app.models import Account, AccountDaily, Conversion, Post, PostMetrics, PostStatus
from app.services.metrics import (
    DAILY_TABLE,
    METRICS,
    POST_METRIC_KEYS,
    POST_TABLE,
    Unit,
    describe,
    metric,
    post_figures,
    stored_columns,
)
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

MAY = (dt.date(2026, 5, 1), dt.date(2026, 5, 31))


def add_post(store: Store, platform: str, published: dt.datetime, snapshots: dict[int, dict[str, Any]],
             *, own: bool = True, name: str | None = None) -> int:
    with store.writing() as s:
        account_name = name or f"{platform}-{'own' if own else 'rival'}"
        account = s.exec(select(Account).where(Account.platform == platform, Account.name == account_name)).first()
        if account is None:
            account = Account(platform=platform, name=account_name, is_own=own)
            s.add(account)
            s.flush()
        post = Post(account_id=account.id, title=f"{platform} {published:%m-%d}", status=PostStatus.published,
                    published_at=published)
        s.add(post)
        s.flush()
        for age, values in snapshots.items():
            s.add(PostMetrics(post_id=post.id, captured_on=published.date() + dt.timedelta(days=age), **values))
        return post.id


def test_every_metric_has_a_name_unit_and_definition() -> None:
    for key, entry in METRICS.items():
        assert entry.key == key
        assert entry.name and entry.definition
        assert isinstance(entry.unit, Unit)
    assert set(POST_METRIC_KEYS) <= set(METRICS)
    assert metric("engagement_rate").unit is Unit.rate
    assert metric("spend").unit is Unit.yuan


def test_the_dictionary_names_every_stored_metric_column() -> None:
    """post_metrics and account_daily hold no number the dictionary cannot name and define."""
    bookkeeping = {"id", "post_id", "account_id", "captured_on", "day", "import_batch_id", "capped", "extra"}
    for table, model in ((POST_TABLE, PostMetrics), (DAILY_TABLE, AccountDaily)):
        columns = [name for name in model.model_fields if name not in bookkeeping]
        assert sorted(stored_columns(table)) == sorted(columns), table
        for name in columns:
            assert sa.inspect(model).columns[name].type.python_type in (int, float), name
    assert stored_columns(POST_TABLE, Unit.rate) == (
        "completion_rate", "completion_5s", "bounce_2s", "cover_ctr")
    assert metric("wows").name == "在看" and metric("posts_published").stored == (DAILY_TABLE,)
    assert set(stored_columns(DAILY_TABLE)) & set(stored_columns(POST_TABLE)) == {
        "views", "readers", "exposures", "likes", "comments", "shares", "saves", "profile_visits"}


def test_definitions_differ_per_platform() -> None:
    views = metric("views")
    assert "观看量" in views.definition_for("xiaohongshu")
    assert "播放量" in views.definition_for("douyin")
    assert "阅读人数" in views.definition_for("wechat")
    assert views.definition_for("unknown") == views.definition
    assert "收藏" in metric("engagement_rate").definition_for("channels")
    assert describe("engagement_rate", "channels") == "互动率（比例）：视频号：（喜欢 + 评论 + 分享）÷ 播放量，平台不导出收藏。"
    assert describe("views", translate=lambda context, text: f"{context}:{text}").startswith("metrics:浏览量（metrics:")


def test_snapshot_nearest_seven_days_and_latest(store: Store) -> None:
    post_id = add_post(store, "douyin", dt.datetime(2026, 5, 3, 20), {
        -1: {"views": 1},
        1: {"views": 100},
        6: {"views": 500},
        8: {"views": 600},
        20: {"views": 900},
    })
    [figures] = post_figures(store, *MAY)
    assert figures.post_id == post_id
    assert figures.at_age is not None and figures.latest is not None
    assert (figures.at_age.captured_on, figures.at_age.age_days, figures.at_age["views"]) == (
        dt.date(2026, 5, 11), 8, 600)  # day 6 and day 8 tie: the later one wins
    assert (figures.latest.captured_on, figures.latest["views"]) == (dt.date(2026, 5, 23), 900)
    [cut] = post_figures(store, *MAY, as_of=dt.date(2026, 5, 10))
    assert cut.latest is not None and cut.latest["views"] == 500
    assert cut.at_age is not None and cut.at_age["views"] == 500
    [young] = post_figures(store, *MAY, age_days=1)
    assert young.at_age is not None and young.at_age["views"] == 100


def test_engagement_is_null_when_a_part_is_missing_not_a_partial_sum(store: Store) -> None:
    parts = {"views": 1000, "likes": 30, "comments": 10, "shares": 10}
    add_post(store, "xiaohongshu", dt.datetime(2026, 5, 2, 9), {7: {**parts, "saves": None}})
    add_post(store, "channels", dt.datetime(2026, 5, 3, 9), {7: {**parts, "saves": None}})
    add_post(store, "douyin", dt.datetime(2026, 5, 4, 9), {7: {**parts, "saves": 50}})
    rates = {f.platform: f.at_age["engagement_rate"] for f in post_figures(store, *MAY) if f.at_age}
    assert rates["xiaohongshu"] is None
    assert rates["channels"] == pytest.approx(0.05)  # 视频号 exports no 收藏: likes + comments + shares
    assert rates["douyin"] == pytest.approx(0.1)


def test_views_fall_back_to_readers_and_zero_divisors_give_null(store: Store) -> None:
    add_post(store, "wechat", dt.datetime(2026, 5, 5, 8), {7: {"readers": 400, "follows_gained": 8}})
    add_post(store, "douyin", dt.datetime(2026, 5, 6, 8), {7: {"views": 0, "follows_gained": 0, "conversions": 0}})
    by_platform = {f.platform: f.at_age for f in post_figures(store, *MAY)}
    assert by_platform["wechat"]["views"] == 400
    assert by_platform["wechat"]["follow_rate"] == pytest.approx(0.02)
    assert by_platform["douyin"]["follow_rate"] is None
    assert by_platform["douyin"]["conversion_rate"] is None


def test_conversions_come_from_attributed_records_when_the_snapshot_has_none(store: Store) -> None:
    post_id = add_post(store, "douyin", dt.datetime(2026, 5, 6, 8), {7: {"views": 1000}, 14: {"views": 2000}})
    with store.writing() as s:
        s.add(Conversion(day=dt.date(2026, 5, 8), post_id=post_id, orders=3, revenue=99.0))
        s.add(Conversion(day=dt.date(2026, 5, 18), post_id=post_id, orders=2, revenue=50.0))
    [figures] = post_figures(store, *MAY)
    assert figures.at_age["conversions"] == 3 and figures.at_age["revenue"] == 99.0
    assert figures.at_age["conversion_rate"] == pytest.approx(0.003)
    assert figures.latest["conversions"] == 5


def test_only_own_posts_of_the_period_and_platforms(store: Store) -> None:
    add_post(store, "douyin", dt.datetime(2026, 5, 31, 23, 30), {7: {"views": 1}})
    add_post(store, "douyin", dt.datetime(2026, 6, 1, 0, 0), {7: {"views": 2}})
    add_post(store, "douyin", dt.datetime(2026, 5, 10), {7: {"views": 3}}, own=False)
    add_post(store, "bilibili", dt.datetime(2026, 5, 10), {})
    rows = post_figures(store, *MAY)
    assert [(f.platform, f.at_age["views"] if f.at_age else None) for f in rows] == [
        ("bilibili", None), ("douyin", 1)]
    assert [f.platform for f in post_figures(store, *MAY, platforms=["bilibili"])] == ["bilibili"]
