"""Promotion ratios (None on a zero divisor), money to the cent, and stop flags on exactly the losing boosts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.models import Account, Post, PostStatus, Promotion, PromotionObjective, PromotionTool
from app.services.promotions import money, promotion_figures, ratios
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def add(store: Store, name: str, **values: Any) -> int:
    with store.writing() as s:
        promo = Promotion(name=name, **values)
        s.add(promo)
        s.flush()
        return promo.id


def by_name(store: Store, **kwargs: Any) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in promotion_figures(store, **kwargs)}


def test_ratios_and_zero_divisors() -> None:
    assert ratios(500.0, 20000, 400, 20, 1500.0, 100) == {
        "ctr": 0.02, "cvr": 0.05, "cpa": 25.0, "roi": 3.0, "cost_per_follower": 5.0}
    assert ratios(500.0, 0, 0, 0, None, 0) == {
        "ctr": None, "cvr": None, "cpa": None, "roi": None, "cost_per_follower": None}
    assert ratios(0.0, None, 10, 1, 100.0, 1)["roi"] is None


def test_money_rounds_half_up_to_the_cent() -> None:
    assert money(2.675) == 2.68
    assert money(1 / 3) == 0.33
    assert money(None) is None


def test_figures_round_money_and_keep_fields(store: Store) -> None:
    with store.writing() as s:
        account = Account(platform="douyin", name="号")
        s.add(account)
        s.flush()
        post = Post(account_id=account.id, title="爆款视频", status=PostStatus.published,
                    published_at=dt.datetime(2026, 5, 1, 12))
        s.add(post)
        s.flush()
        post_id = post.id
    add(store, "dou+", post_id=post_id, objective=PromotionObjective.conversion, spend=333.333, impressions=30000,
        clicks=600, conversions=7, revenue=1000.005, start_at=dt.datetime(2026, 5, 2, 9))
    row = by_name(store)["dou+"]
    assert row["platform"] == "douyin" and row["post_title"] == "爆款视频" and row["account_id"] == account.id
    assert row["spend"] == 333.33
    assert row["revenue"] == 1000.01
    assert row["cpa"] == 47.62
    assert row["ctr"] == pytest.approx(0.02)
    assert row["cvr"] == pytest.approx(7 / 600, abs=1e-6)
    assert row["roi"] == pytest.approx(3.0, abs=0.005)
    assert row["cost_per_follower"] is None
    assert row["flag"] is False and row["stop_suggestion"] is None


def test_flags_exactly_the_losing_boosts(store: Store) -> None:
    with store.writing() as s:
        a, b = Account(platform="douyin", name="甲"), Account(platform="xiaohongshu", name="乙")
        s.add_all([a, b])
        s.flush()
        a_id, b_id = a.id, b.id
    conversion, followers = PromotionObjective.conversion, PromotionObjective.followers
    add(store, "loss", objective=conversion, spend=1000.0, revenue=999.0)
    add(store, "even", objective=conversion, spend=1000.0, revenue=1000.0)
    add(store, "no-revenue", objective=conversion, spend=1000.0)
    add(store, "engagement-loss", objective=PromotionObjective.engagement, spend=1000.0, revenue=10.0)
    add(store, "fans-1", objective=followers, account_id=a_id, spend=100.0, follows_gained=50)   # 2.00 / follower
    add(store, "fans-2", objective=followers, account_id=a_id, spend=100.0, follows_gained=40)   # 2.50
    add(store, "fans-dear", objective=followers, account_id=a_id, spend=400.0, follows_gained=50)  # 8.00
    add(store, "fans-zero", objective=followers, account_id=a_id, spend=80.0, follows_gained=0)
    add(store, "fans-other-account", objective=followers, account_id=b_id, spend=400.0, follows_gained=50)
    add(store, "fans-other-tool", objective=followers, account_id=a_id, tool=PromotionTool.dou_plus, spend=400.0,
        follows_gained=50)
    rows = by_name(store)
    assert {name for name, row in rows.items() if row["flag"]} == {"loss", "fans-dear", "fans-zero"}
    assert rows["loss"]["flag_reason"] == "below_break_even"
    assert "停投" in rows["loss"]["stop_suggestion"]
    assert rows["fans-dear"]["flag_reason"] == "cost_per_follower_high"
    assert rows["fans-dear"]["usual_cost_per_follower"] == 2.25
    assert rows["fans-dear"]["baseline"] == "same_account_tool"
    assert "同账号、同工具其他 2 次" in rows["fans-dear"]["stop_suggestion"]
    assert rows["fans-zero"]["flag_reason"] == "no_followers"
    # No other follower boost of its account and tool: no baseline, said so, measured against the ceiling.
    for name in ("fans-other-account", "fans-other-tool"):
        assert rows[name]["baseline"] == "none" and rows[name]["usual_cost_per_follower"] == 10.0
        assert "无平时数据" in rows[name]["baseline_text"]


def test_break_even_follows_the_gross_margin(store: Store) -> None:
    add(store, "roi-1.8", objective=PromotionObjective.conversion, spend=1000.0, revenue=1800.0)
    row = by_name(store)["roi-1.8"]
    assert (row["flag"], row["break_even_roi"], row["gross_margin"]) == (False, 1.0, 1.0)
    store.set_setting("promotions.thresholds", {"gross_margin": 0.4})
    row = by_name(store)["roi-1.8"]
    assert (row["flag"], row["flag_reason"], row["break_even_roi"]) == (True, "below_break_even", 2.5)
    assert "保本线 2.50" in row["stop_suggestion"] and "40%" in row["stop_suggestion"]


def test_a_lone_follower_boost_is_measured_against_the_ceiling(store: Store) -> None:
    add(store, "cheap", objective=PromotionObjective.followers, spend=90.0, follows_gained=10)   # 9.00
    assert not promotion_figures(store)[0]["flag"]
    add(store, "dear", objective=PromotionObjective.followers, spend=600.0, follows_gained=23)   # 26.09
    rows = by_name(store)
    assert rows["dear"]["flag"] and rows["dear"]["usual_cost_per_follower"] == 9.0
    assert "同账号、同工具其他 1 次" in rows["dear"]["stop_suggestion"]
    store.set_setting("promotions.thresholds", {"max_cost_per_follower": 5})
    with store.writing() as s:
        s.delete(s.get(Promotion, next(r["id"] for r in promotion_figures(store) if r["name"] == "dear")))
    assert by_name(store)["cheap"]["flag"] is True


def test_follower_cost_factor_is_a_setting(store: Store) -> None:
    add(store, "a", objective=PromotionObjective.followers, spend=100.0, follows_gained=50)
    add(store, "b", objective=PromotionObjective.followers, spend=130.0, follows_gained=50)
    assert not any(row["flag"] for row in promotion_figures(store))
    store.set_setting("promotions.thresholds", {"follower_cost_factor": 1.2})
    assert [row["name"] for row in promotion_figures(store) if row["flag"]] == ["b"]


def test_period_filter_keeps_usual_cost_from_all_time(store: Store) -> None:
    add(store, "old", objective=PromotionObjective.followers, spend=100.0, follows_gained=100,
        start_at=dt.datetime(2026, 1, 5))
    add(store, "new", objective=PromotionObjective.followers, spend=300.0, follows_gained=100,
        start_at=dt.datetime(2026, 5, 5))
    rows = promotion_figures(store, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    assert [(r["name"], r["flag"], r["usual_cost_per_follower"]) for r in rows] == [("new", True, 1.0)]
