"""Each diagnosis rule fires on exactly the subjects built to deserve it, and on nothing else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import pytest

from app.models import (
    Account,
    AccountDaily,
    Goal,
    GoalMetric,
    Post,
    PostFormat,
    PostMetrics,
    PostStatus,
    Promotion,
    PromotionObjective,
    Topic,
)
from app.services.diagnosis import Finding, diagnose, thresholds
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

MONTH = "2026-05"
AFTER = dt.date(2026, 7, 1)
NORMAL = {"views": 1000, "likes": 50, "comments": 10, "shares": 10, "saves": 10, "completion_rate": 0.4,
          "conversions": 10}


class Builder:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.ids: dict[str, int] = {}

    def account(self, key: str, platform: str, name: str) -> int:
        with self.store.writing() as s:
            account = Account(platform=platform, name=name)
            s.add(account)
            s.flush()
            self.ids[key] = account.id
        return account.id

    def post(self, key: str, account: str, published: dt.datetime, snapshots: dict[int, dict[str, Any]],
             topic_id: int | None = None, fmt: PostFormat = PostFormat.video) -> int:
        with self.store.writing() as s:
            post = Post(account_id=self.ids[account], title=key, status=PostStatus.published,
                        published_at=published, topic_id=topic_id, format=fmt)
            s.add(post)
            s.flush()
            for age, values in snapshots.items():
                s.add(PostMetrics(post_id=post.id, captured_on=published.date() + dt.timedelta(days=age), **values))
            self.ids[key] = post.id
        return post.id

    def daily(self, account: str, days: Iterable[dt.date], **values: Any) -> None:
        with self.store.writing() as s:
            for day in days:
                row = {k: (v(day) if callable(v) else v) for k, v in values.items()}
                s.add(AccountDaily(account_id=self.ids[account], day=day, **row))

    def promotion(self, key: str, **values: Any) -> None:
        with self.store.writing() as s:
            promo = Promotion(name=key, **values)
            s.add(promo)
            s.flush()
            self.ids[key] = promo.id


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def subjects(findings: list[Finding], rule: str, severity: str | None = None) -> set[tuple[str, Any]]:
    return {(f.subject["kind"], f.subject["id"]) for f in findings
            if f.rule == rule and (severity is None or f.severity == severity)}


@pytest.fixture
def world(store: Store) -> Builder:
    """Two content accounts with a normal history and one outlier per post rule, plus a WeChat
    account with channel data, promotions, a posting plan and goals — all for May 2026."""
    b = Builder(store)
    b.account("dy", "douyin", "抖音号")
    b.account("xhs", "xiaohongshu", "小红书号")
    b.account("wx", "wechat", "公众号")
    with store.writing() as s:
        topic = Topic(title="面试技巧")
        s.add(topic)
        s.flush()
        topic_id = topic.id
    for i in range(5):  # April history of the Douyin account: all normal
        b.post(f"dy-apr-{i}", "dy", dt.datetime(2026, 4, 3 + i * 5, 20), {7: NORMAL})
    for i in range(5):  # May: normal posts
        b.post(f"dy-normal-{i}", "dy", dt.datetime(2026, 5, 2 + i * 2, 12), {7: NORMAL})
    b.post("hv", "dy", dt.datetime(2026, 5, 13, 20), {7: {**NORMAL, "views": 5000, "likes": 250, "comments": 50,
                                                          "shares": 50, "saves": 50, "conversions": 5}})
    b.post("comp", "dy", dt.datetime(2026, 5, 15, 20), {7: {**NORMAL, "completion_rate": 0.1}})
    b.post("conv", "dy", dt.datetime(2026, 5, 17, 20), {7: {**NORMAL, "conversions": 40}}, topic_id=topic_id)
    b.post("lowint", "dy", dt.datetime(2026, 5, 19, 20),
           {7: {**NORMAL, "likes": 5, "comments": 1, "shares": 1, "saves": 1}})
    # Young and late numbers look odd, the 7-day snapshot is normal: nothing may fire on it.
    b.post("aged", "dy", dt.datetime(2026, 5, 21, 9), {
        1: {**NORMAL, "views": 100, "likes": 0, "comments": 0, "shares": 0, "saves": 0, "completion_rate": 0.05,
            "conversions": 0},
        7: NORMAL,
        30: {**NORMAL, "views": 90000, "conversions": 10},
    })
    # Two days old at the last import, and weak so far: too fresh to be judged against 7-day numbers.
    b.post("fresh", "dy", dt.datetime(2026, 5, 29, 20), {2: {**NORMAL, "views": 90, "completion_rate": 0.05}})
    for i in range(6):  # Xiaohongshu: no conversions, no completion rate exported
        b.post(f"xhs-{i}", "xhs", dt.datetime(2026, 5, 3 + i * 4, 18),
               {7: {"views": 800, "likes": 40, "comments": 8, "shares": 8, "saves": 8}}, fmt=PostFormat.image)
    april_may = days(dt.date(2026, 4, 1), dt.date(2026, 5, 31))
    spike = dt.date(2026, 5, 20)
    b.daily("dy", april_may, unfollows=lambda d: 60 if d == spike else 5, new_follows=lambda d: 66 if d == spike else 6,
            net_follows=1)
    b.daily("xhs", april_may, unfollows=4, new_follows=20, net_follows=16)
    b.daily("wx", days(dt.date(2026, 5, 1), dt.date(2026, 5, 31)), unfollows=3, new_follows=5, net_follows=2,
            extra={"channels": {"全部": 1000, "朋友圈": 700, "公众号消息": 200, "搜一搜": 100}})
    b.promotion("roi-loss", objective=PromotionObjective.conversion, start_at=dt.datetime(2026, 5, 5, 10),
                spend=1000.0, revenue=500.0, clicks=100, impressions=10000, conversions=5)
    b.promotion("roi-win", objective=PromotionObjective.conversion, start_at=dt.datetime(2026, 5, 6, 10),
                spend=1000.0, revenue=3000.0)
    b.promotion("roi-loss-april", objective=PromotionObjective.conversion, start_at=dt.datetime(2026, 4, 6, 10),
                spend=1000.0, revenue=200.0)
    b.promotion("fans-april", objective=PromotionObjective.followers, account_id=b.ids["dy"],
                start_at=dt.datetime(2026, 4, 8, 10), spend=100.0, follows_gained=50)
    b.promotion("fans-ok", objective=PromotionObjective.followers, account_id=b.ids["dy"],
                start_at=dt.datetime(2026, 5, 8, 10), spend=100.0, follows_gained=40)
    b.promotion("fans-dear", objective=PromotionObjective.followers, account_id=b.ids["dy"],
                start_at=dt.datetime(2026, 5, 9, 10), spend=300.0, follows_gained=30)
    b.promotion("no-revenue", objective=PromotionObjective.conversion, start_at=dt.datetime(2026, 5, 10, 10),
                spend=200.0)
    store.set_setting("calendar.posting_plan", {"douyin": 2, "xiaohongshu": 5})
    with store.writing() as s:
        goal = Goal(month=MONTH, account_id=b.ids["dy"], metric=GoalMetric.followers_gained, target=100)
        s.add(goal)
        s.flush()
        b.ids["goal-dy-followers"] = goal.id
        s.add(Goal(month=MONTH, account_id=b.ids["xhs"], metric=GoalMetric.posts_published, target=5))
        s.add(Goal(month=MONTH, account_id=b.ids["xhs"], metric=GoalMetric.views, target=1000))
        # 496 of 520 followers (95 %): a slight miss, left to the monthly review.
        s.add(Goal(month=MONTH, account_id=b.ids["xhs"], metric=GoalMetric.followers_gained, target=520))
    return b


def test_each_post_rule_fires_on_exactly_its_post(store: Store, world: Builder) -> None:
    findings = diagnose(store, MONTH, today=AFTER)
    ids = world.ids
    assert subjects(findings, "high_views_low_conversion", "warning") == {("post", ids["hv"])}
    assert subjects(findings, "low_completion", "warning") == {("post", ids["comp"])}
    assert subjects(findings, "reuse_direction", "suggestion") == {("post", ids["conv"])}
    assert subjects(findings, "low_interaction", "warning") == {("post", ids["lowint"])}
    flagged_posts = {f.subject["id"] for f in findings if f.subject["kind"] == "post"}
    assert ids["aged"] not in flagged_posts and ids["fresh"] not in flagged_posts
    [fresh] = [f for f in findings if f.rule == "too_fresh"]
    assert (fresh.severity, fresh.subject["id"], fresh.evidence["posts"]) == ("info", ids["dy"], [ids["fresh"]])
    assert not any(f.subject["id"] in {ids[f"dy-normal-{i}"] for i in range(5)} for f in findings
                   if f.subject["kind"] == "post")


def test_post_findings_carry_the_numbers_compared_at_seven_days(store: Store, world: Builder) -> None:
    findings = diagnose(store, MONTH, today=AFTER)
    hv = next(f for f in findings if f.rule == "high_views_low_conversion" and f.severity == "warning")
    assert hv.subject == {"kind": "post", "id": world.ids["hv"], "title": "hv", "platform": "douyin"}
    assert hv.evidence["views"] == 5000
    assert hv.evidence["views_median"] == 1000
    assert hv.evidence["conversion_rate"] == pytest.approx(0.001)
    assert hv.evidence["conversion_rate_median"] == pytest.approx(0.01)
    assert hv.evidence["age_days"] == 7
    assert "落地页" in hv.suggestion
    reuse = next(f for f in findings if f.rule == "reuse_direction")
    assert reuse.evidence["topic"] == "面试技巧"
    assert "面试技巧" in reuse.suggestion


def test_missing_inputs_are_said_not_judged(store: Store, world: Builder) -> None:
    findings = diagnose(store, MONTH, today=AFTER)
    xhs = ("account", world.ids["xhs"])
    assert subjects(findings, "high_views_low_conversion", "info") == {xhs}
    assert subjects(findings, "low_completion", "info") == {xhs}
    no_conversion = next(f for f in findings if f.rule == "high_views_low_conversion" and f.severity == "info")
    assert "无转化数据" in no_conversion.suggestion
    assert no_conversion.evidence["missing"] == "conversion_rate"
    assert not any(f.subject["kind"] == "post" and f.subject["platform"] == "xiaohongshu" for f in findings)
    assert subjects(findings, "promotion_roi", "info") == {("promotion", world.ids["no-revenue"])}


def test_channel_rule_names_the_wechat_channel_and_the_leading_platform(store: Store, world: Builder) -> None:
    findings = diagnose(store, MONTH, today=AFTER)
    assert subjects(findings, "main_channel") == {("channel", "朋友圈"), ("platform", "douyin")}
    wechat = next(f for f in findings if f.subject["kind"] == "channel")
    assert wechat.evidence["share"] == pytest.approx(0.7)
    assert wechat.subject["platform"] == "wechat"


def test_promotions_churn_plan_and_goals(store: Store, world: Builder) -> None:
    findings = diagnose(store, MONTH, today=AFTER)
    ids = world.ids
    assert subjects(findings, "promotion_roi", "critical") == {("promotion", ids["roi-loss"])}
    assert subjects(findings, "promotion_follower_cost") == {("promotion", ids["fans-dear"])}
    assert subjects(findings, "churn_spike", "warning") == {("account", ids["dy"])}
    churn = next(f for f in findings if f.rule == "churn_spike")
    assert churn.evidence["day"] == dt.date(2026, 5, 20)
    assert churn.evidence["unfollows"] == 60
    assert subjects(findings, "posting_below_plan") == {("platform", "xiaohongshu")}
    goals = [f for f in findings if f.rule == "goal_off_track"]
    assert [(f.evidence["metric"], f.subject["platform"]) for f in goals] == [("followers_gained", "douyin")]
    assert goals[0].evidence["actual"] == 31


def test_findings_are_most_urgent_first(store: Store, world: Builder) -> None:
    severities = [f.severity for f in diagnose(store, MONTH, today=AFTER)]
    order = ["critical", "warning", "suggestion", "info"]
    assert severities == sorted(severities, key=order.index)


def test_posts_of_other_months_are_not_judged(store: Store, world: Builder) -> None:
    findings = diagnose(store, "2026-04", today=AFTER)
    assert not any(f.subject["kind"] == "post" and f.severity != "info" for f in findings)
    assert subjects(findings, "promotion_roi", "critical") == {("promotion", world.ids["roi-loss-april"])}


def test_thresholds_are_editable_in_settings(store: Store, world: Builder) -> None:
    store.set_setting("diagnosis.thresholds", {"low_completion_factor": 0.2, "bogus": 1})
    assert thresholds(store)["low_completion_factor"] == 0.2
    assert "bogus" not in thresholds(store)
    assert subjects(diagnose(store, MONTH, today=AFTER), "low_completion", "warning") == set()


def test_current_month_is_judged_on_pace(store: Store, world: Builder) -> None:
    # On May 10 the Douyin account has published 5 posts: plan 2/week → 2.9 due; Xiaohongshu 3 of 7.1 due.
    findings = diagnose(store, MONTH, today=dt.date(2026, 5, 10))
    assert subjects(findings, "posting_below_plan") == {("platform", "xiaohongshu")}
    plan = next(f for f in findings if f.rule == "posting_below_plan")
    assert plan.evidence["days"] == 10
    assert plan.evidence["published"] == 6  # published_at counts the whole month's imported posts


def test_thin_history_is_reported_instead_of_judged(store: Store) -> None:
    b = Builder(store)
    b.account("dy", "douyin", "新号")
    for i in range(3):
        b.post(f"p{i}", "dy", dt.datetime(2026, 5, 3 + i, 12), {7: {**NORMAL, "completion_rate": 0.1 * (i + 1)}})
    findings = diagnose(store, MONTH, today=AFTER)
    thin = [f for f in findings if f.rule == "low_completion"]
    assert [(f.severity, f.evidence["baseline_posts"]) for f in thin] == [("info", 3)]
    assert not any(f.subject["kind"] == "post" for f in findings)


def test_nothing_else_fires(store: Store, world: Builder) -> None:
    ids = world.ids
    judged = {(f.rule, f.subject["kind"], f.subject["id"]) for f in diagnose(store, MONTH, today=AFTER)
              if f.severity != "info"}
    assert judged == {
        ("high_views_low_conversion", "post", ids["hv"]),
        ("low_completion", "post", ids["comp"]),
        ("reuse_direction", "post", ids["conv"]),
        ("low_interaction", "post", ids["lowint"]),
        ("main_channel", "channel", "朋友圈"),
        ("main_channel", "platform", "douyin"),
        ("promotion_roi", "promotion", ids["roi-loss"]),
        ("promotion_follower_cost", "promotion", ids["fans-dear"]),
        ("churn_spike", "account", ids["dy"]),
        ("posting_below_plan", "platform", "xiaohongshu"),
        ("goal_off_track", "goal", ids["goal-dy-followers"]),
    }


def test_each_finding_names_its_cause(store: Store, world: Builder) -> None:
    findings = diagnose(store, MONTH, today=AFTER)
    ids = world.ids

    def one(rule: str) -> Finding:
        [finding] = [f for f in findings if f.rule == rule and f.severity != "info"]
        return finding

    hv = one("high_views_low_conversion")
    assert (hv.cause, hv.missing) == ("unknown", ("product_clicks",))  # no clicks exported: cannot tell
    lowint = one("low_interaction")
    assert (lowint.cause, lowint.confidence) == ("weak_resonance", "high")  # likes and comments both low
    assert lowint.evidence["like_rate"] == pytest.approx(0.005) and lowint.evidence["like_rate_median"] == 0.05
    churn = one("churn_spike")
    assert (churn.cause, churn.evidence["posts"]) == ("after_post", [ids["lowint"]])
    assert "《lowint》" in churn.suggestion
    goal = one("goal_off_track")
    assert goal.cause == "weak_posts" and "篇数按计划发了（11 篇）" in goal.suggestion
    assert one("posting_below_plan").cause == "under_posting"
    assert one("reuse_direction").cause == "proven_direction"
    assert {f.cause for f in findings if f.rule == "promotion_roi" and f.severity == "critical"} == {"below_break_even"}
    assert all(f.cause == "no_data" and f.missing for f in findings if f.severity == "info" and f.rule != "too_fresh")


def test_a_comment_prompt_is_missing_when_likes_are_normal(store: Store) -> None:
    b = Builder(store)
    b.account("dy", "douyin", "抖音号")
    for i in range(6):
        b.post(f"p{i}", "dy", dt.datetime(2026, 5, 2 + i, 12), {7: NORMAL})
    b.post("quiet", "dy", dt.datetime(2026, 5, 20, 12), {7: {**NORMAL, "likes": 30, "comments": 0, "shares": 0, "saves": 0}})
    [finding] = [f for f in diagnose(store, MONTH, today=AFTER) if f.rule == "low_interaction" and f.severity != "info"]
    assert (finding.cause, finding.confidence) == ("no_prompt", "high")
    assert "抛一个具体问题" in finding.suggestion


def test_reach_that_stops_after_a_good_start_is_found_with_its_cause(store: Store) -> None:
    b = Builder(store)
    b.account("dy", "douyin", "抖音号")
    for i in range(6):  # day 2: 500 views, day 7: 1,000
        b.post(f"p{i}", "dy", dt.datetime(2026, 5, 2 + i, 12), {2: {**NORMAL, "views": 500}, 7: NORMAL})
    b.post("stalled", "dy", dt.datetime(2026, 5, 12, 12), {
        2: {**NORMAL, "views": 900}, 7: {**NORMAL, "views": 950, "completion_rate": 0.2}})
    b.post("steady", "dy", dt.datetime(2026, 5, 14, 12), {2: {**NORMAL, "views": 900}, 7: {**NORMAL, "views": 1900}})
    [finding] = [f for f in diagnose(store, MONTH, today=AFTER) if f.rule == "reach_collapsed"]
    assert finding.subject["id"] == b.ids["stalled"]
    assert (finding.cause, finding.confidence) == ("retention_drop", "medium")
    assert (finding.evidence["early_views"], finding.evidence["views_gained_after"]) == (900, 50)
    assert finding.evidence["views_gained_after_median"] == 500


def test_a_goal_that_is_the_post_count_is_behind_on_posting(store: Store) -> None:
    b = Builder(store)
    b.account("dy", "douyin", "抖音号")
    b.post("only", "dy", dt.datetime(2026, 5, 2, 12), {7: NORMAL})
    store.set_setting("calendar.posting_plan", {"douyin": 1})
    with store.writing() as s:
        s.add(Goal(month=MONTH, account_id=b.ids["dy"], metric=GoalMetric.posts_published, target=8))
    [goal] = [f for f in diagnose(store, MONTH, today=AFTER) if f.rule == "goal_off_track"]
    assert (goal.cause, goal.confidence) == ("under_posting", "high")
