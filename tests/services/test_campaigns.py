"""Campaign service: template prefill, rules warning, timeline, tasks, daily numbers, figures to the
cent, the below-plan hint, post-mortem and lessons, promotion writes."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app.models.campaigns import CampaignStatus
from app.services import campaigns as svc
from app.services.promotions import promotion_figures
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

START = dt.date(2026, 12, 1)


def daily(store: Store, campaign_id: int, rows: list[tuple[int, ...]]) -> None:
    """rows: (day offset, participants, shares, new followers, conversions, cost, revenue)."""
    svc.save_daily_numbers(store, campaign_id, [
        {"day": START + dt.timedelta(days=k), "participants": p, "shares": s, "new_followers": f,
         "conversions": c, "cost": cost, "revenue": rev} for k, p, s, f, c, cost, rev in rows])


def test_templates_cover_the_common_types_and_prefill_everything(store: Store) -> None:
    keys = {t["key"]: t for t in svc.campaign_templates()}
    assert {"referral", "checkin", "lottery", "live"} <= set(keys)
    assert "邀请 3 位好友" in keys["referral"]["rules"]
    assert "7 天" in keys["checkin"]["name"]

    campaign_id = svc.create_from_template(store, "referral", START)
    info = svc.campaign(store, campaign_id)
    assert info is not None
    assert info["type"] == "referral" and info["goal_type"] == "followers"
    assert info["rules"] == "邀请 3 位好友关注并进群，即可领取资料包。"
    assert info["target_participants"] == 1000 and info["target_followers"] == 2000
    assert info["budget"] == 1500.0 and info["channels"] == ["公众号", "社群", "朋友圈"]
    assert info["warmup_days"] == 3 and info["start_day"] == START
    assert info["end_day"] == START + dt.timedelta(days=6)
    assert info["status"] == CampaignStatus.planning
    tasks = svc.tasks(store, campaign_id, today=START - dt.timedelta(days=30))
    assert len(tasks) == 8
    assert tasks[0]["title"].startswith("活动海报") and tasks[0]["due_date"] == START - dt.timedelta(days=7)
    assert tasks[0]["owner"] == "设计"


def test_template_overrides_win_and_unknown_template_is_refused(store: Store) -> None:
    campaign_id = svc.create_from_template(store, "live", START, name="周年庆直播", budget=4999.999)
    info = svc.campaign(store, campaign_id)
    assert info["name"] == "周年庆直播" and info["budget"] == 5000.0
    assert info["start_day"] == info["end_day"] == START
    with pytest.raises(svc.CampaignError):
        svc.create_from_template(store, "nope", START)


def test_rules_warning_only_when_long() -> None:
    assert svc.rules_warning("邀请 3 位好友关注并进群，即可领取资料包。") is None
    long_rules = "参与方式：" + "关注账号并转发海报到朋友圈保留两小时截图发到群里" * 4
    warning = svc.rules_warning(long_rules)
    assert warning is not None and "60" in warning


def test_bad_plans_write_nothing(store: Store) -> None:
    with pytest.raises(svc.CampaignError):
        svc.create_campaign(store, name="反了", start_day=START, end_day=START - dt.timedelta(days=1))
    with pytest.raises(svc.CampaignError):
        svc.create_campaign(store, name="  ", start_day=START, end_day=START)
    with pytest.raises(svc.CampaignError):
        svc.create_campaign(store, name="负预算", start_day=START, end_day=START, budget=-1)
    assert svc.campaign_figures(store) == []


def test_timeline_warmup_launch_pushes_end() -> None:
    items = svc.timeline(START, START + dt.timedelta(days=6), 3, ["公众号", "社群"])
    assert items[0].day == START - dt.timedelta(days=3) and items[0].kind == "warmup"
    kinds = [(i.day, i.kind, i.channel, i.push) for i in items]
    assert (START, "launch", None, None) in kinds
    assert (START - dt.timedelta(days=3), "push", "公众号", "teaser") in kinds
    assert (START, "push", "社群", "launch") in kinds
    assert (START + dt.timedelta(days=6), "push", "社群", "last_call") in kinds
    assert items[-1] == svc.TimelineItem(START + dt.timedelta(days=6), "end")
    assert [i.kind for i in svc.timeline(START, START, 0, ["抖音"])] == ["launch", "push", "end"]


def test_status_by_date() -> None:
    end = START + dt.timedelta(days=6)
    assert svc.status_by_date(START, end, 3, START - dt.timedelta(days=4)) == "planning"
    assert svc.status_by_date(START, end, 3, START - dt.timedelta(days=3)) == "warmup"
    assert svc.status_by_date(START, end, 3, START) == "live"
    assert svc.status_by_date(START, end, 3, end + dt.timedelta(days=1)) == "finished"
    assert svc.status_by_date(START, end, 3, end + dt.timedelta(days=1), "reviewed") == "reviewed"


def test_overdue_tasks_are_the_open_ones_past_due(store: Store) -> None:
    campaign_id = svc.create_campaign(store, name="打卡", start_day=START, end_day=START, tasks=[
        {"title": "海报", "owner": "小周", "due_date": START - dt.timedelta(days=5)},
        {"title": "落地页", "due_date": START - dt.timedelta(days=5), "done": True},
        {"title": "推送文案", "owner": "我", "due_date": START},
        {"title": "奖品采购", "due_date": None},
    ])
    today = START - dt.timedelta(days=2)
    overdue = svc.overdue_tasks(store, today)
    assert [t["title"] for t in overdue] == ["海报"]
    assert overdue[0]["days_overdue"] == 3 and overdue[0]["campaign_id"] == campaign_id
    assert "已过期 3 天" in overdue[0]["warning"] and "小周" in overdue[0]["warning"]
    flags = {t["title"]: t["overdue"] for t in svc.tasks(store, campaign_id, today)}
    assert flags == {"海报": True, "落地页": False, "推送文案": False, "奖品采购": False}
    task_id = next(t["id"] for t in svc.tasks(store, campaign_id, today) if t["title"] == "海报")
    svc.set_task_done(store, task_id, True)
    assert svc.overdue_tasks(store, today) == []


def test_figures_to_the_cent(store: Store) -> None:
    campaign_id = svc.create_campaign(
        store, name="裂变", start_day=START, end_day=START + dt.timedelta(days=9), target_participants=1000,
        target_followers=800, target_conversions=30, target_revenue=3000.0, budget=1000.0)
    daily(store, campaign_id, [(0, 120, 45, 80, 3, 100.125, 297.0), (1, 80, 35, 60, 2, 99.995, 198.0),
                               (2, 100, 20, 70, None, 50.0, None)])
    fig = svc.campaign_figures(store, campaign_id, START + dt.timedelta(days=20))[0]
    assert fig["results"] == {"days_entered": 3, "participants": 300, "shares": 100, "new_followers": 210,
                              "conversions": 5, "cost": 250.13, "revenue": 495.0}
    r = fig["ratios"]
    assert r["share_rate"] == pytest.approx(1 / 3, abs=1e-6)
    assert r["participants_vs_target"] == 0.3
    assert r["followers_vs_target"] == 0.2625
    assert r["budget_used"] == pytest.approx(0.25013, abs=1e-6)
    assert r["cost_per_follower"] == 1.19  # costs are stored to the cent: 250.13 / 210 = 1.1910…
    assert r["cost_per_conversion"] == 50.03  # stored costs 100.13 + 100.0 + 50.0 = 250.13; /5 = 50.026
    assert fig["roi"] == round(495.0 / 250.13, 4) == 1.979
    assert fig["status_by_date"] == "finished"


def test_ratios_null_when_divisor_zero_or_missing(store: Store) -> None:
    campaign_id = svc.create_campaign(store, name="空", start_day=START, end_day=START)
    fig = svc.campaign_figures(store, campaign_id)[0]
    assert all(v is None for v in fig["ratios"].values())
    assert fig["roi"] is None and fig["results"]["participants"] is None
    daily(store, campaign_id, [(0, 0, 0, 0, 0, 0.0, None)])
    fig = svc.campaign_figures(store, campaign_id)[0]
    assert fig["ratios"]["share_rate"] is None  # 0 participants
    assert fig["roi"] is None  # no cost, no revenue
    assert fig["results"]["participants"] == 0


def test_below_plan_hint_compares_cumulative_to_pro_rata(store: Store) -> None:
    campaign_id = svc.create_campaign(store, name="打卡", start_day=START, end_day=START + dt.timedelta(days=9),
                                      target_participants=1000)
    daily(store, campaign_id, [(0, 150, 10, 10, 0, 0.0, None), (1, 100, 10, 10, 0, 0.0, None),
                               (2, 50, 10, 10, 0, 0.0, None), (3, 999, 0, 0, 0, 0.0, None)])
    # Day 4 of 10 (three days gone): expected 300, actual 300 → on plan (today's 999 not counted).
    pace = svc.campaign_figures(store, campaign_id, START + dt.timedelta(days=3))[0]["pace"]
    assert pace["expected"] == 300 and pace["actual"] == 300 and not pace["below_plan"] and pace["hint"] is None
    # Day 5 (four days gone): expected 400; with day 3 at 10 the actual is 310 → 0.775 < 0.8.
    daily(store, campaign_id, [(3, 10, 0, 0, 0, 0.0, None)])
    pace = svc.campaign_figures(store, campaign_id, START + dt.timedelta(days=4))[0]["pace"]
    assert pace["actual"] == 310 and pace["expected"] == 400 and pace["ratio"] == 0.775
    assert pace["below_plan"] and "简化规则" in pace["hint"] and "78%" in pace["hint"]
    # Before the start and after the end there is nothing to judge.
    assert not svc.campaign_figures(store, campaign_id, START)[0]["pace"]["below_plan"]
    assert svc.campaign_figures(store, campaign_id, START + dt.timedelta(days=30))[0]["pace"]["hint"] is None


def test_threshold_setting_moves_the_hint(store: Store) -> None:
    campaign_id = svc.create_campaign(store, name="打卡", start_day=START, end_day=START + dt.timedelta(days=9),
                                      target_participants=1000)
    daily(store, campaign_id, [(0, 90, 0, 0, 0, 0.0, None)])
    assert svc.campaign_figures(store, campaign_id, START + dt.timedelta(days=1))[0]["pace"]["below_plan"] is False
    store.set_setting(svc.SETTING_KEY, {"below_plan_ratio": 0.95})
    assert svc.campaign_figures(store, campaign_id, START + dt.timedelta(days=1))[0]["pace"]["below_plan"] is True


def test_daily_numbers_upsert_and_blank_row_deletes(store: Store) -> None:
    campaign_id = svc.create_campaign(store, name="x", start_day=START, end_day=START + dt.timedelta(days=2))
    daily(store, campaign_id, [(0, 10, 1, 1, 1, 1.0, 2.0), (1, 20, 2, 2, 2, 2.0, 4.0)])
    svc.save_daily_numbers(store, campaign_id, [
        {"day": START, "participants": 11, "shares": None, "new_followers": None, "conversions": None,
         "cost": None, "revenue": None},
        {"day": START + dt.timedelta(days=1)},
    ])
    rows = svc.daily_numbers(store, campaign_id)
    assert [(r["day"], r["participants"], r["shares"]) for r in rows] == [(START, 11, None)]
    with pytest.raises(svc.CampaignError):
        svc.save_daily_numbers(store, campaign_id, [{"day": START, "participants": -1}])
    assert svc.daily_numbers(store, campaign_id)[0]["participants"] == 11


def test_postmortem_fills_results_and_saves_lessons(store: Store) -> None:
    campaign_id = svc.create_campaign(
        store, name="周年庆直播", start_day=START, end_day=START + dt.timedelta(days=1), target_participants=500,
        target_followers=10000, target_conversions=200, target_revenue=20000.0, budget=3000.0, status="finished")
    daily(store, campaign_id, [(0, 400, 100, 6000, 150, 1500.0, 15000.0), (1, 200, 50, 5000, 60, 1000.5, 9000.5)])
    data = svc.postmortem(store, campaign_id)
    lines = {line["metric"]: line for line in data["lines"]}
    assert lines["followers"]["actual"] == 11000 and lines["followers"]["met"] is True
    assert lines["conversions"]["actual"] == 210 and lines["conversions"]["ratio"] == 1.05
    assert lines["participants"]["ratio"] == 1.2
    assert lines["revenue"]["actual"] == 24000.5 and lines["revenue"]["met"] is True
    assert lines["cost"]["actual"] == 2500.5 and lines["cost"]["met"] is True  # under budget
    assert data["share_rate"] == 0.25
    assert data["roi"] == round(24000.5 / 2500.5, 4) == 9.5983

    ids = svc.save_postmortem(store, campaign_id, "  直播节奏好 ", "奖品发放晚了 5 天", [
        {"kind": "failure", "title": "奖品要提前备货", "evidence": "晚发 5 天，差评 12 条"},
        {"kind": "success", "title": "提前一周社群预约"}])
    assert len(ids) == 2
    data = svc.postmortem(store, campaign_id)
    assert data["status"] == "reviewed"
    assert data["feedback"] == "直播节奏好" and data["problems"] == "奖品发放晚了 5 天"
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT month, kind, area, title, evidence, campaign_id FROM lesson ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [
        ("2026-12", "failure", "campaigns", "奖品要提前备货", "晚发 5 天，差评 12 条", campaign_id),
        ("2026-12", "success", "campaigns", "提前一周社群预约", None, campaign_id)]
    with store.engine.connect() as conn:  # linked to the campaign, so a campaign of its type shows them (issue 18)
        links = conn.execute(sa.text("SELECT source_kind, source_id, campaign_type FROM lesson")).all()
    assert [tuple(r) for r in links] == [("campaign", campaign_id, svc.campaign(store, campaign_id)["type"])] * 2
    guide = svc.optimisation_guide(store)
    assert [r["title"] for r in guide["avoid"]] == ["奖品要提前备货"]
    assert [r["title"] for r in guide["keep"]] == ["提前一周社群预约"]
    assert [c["name"] for c in guide["campaigns"]] == ["周年庆直播"]
    with pytest.raises(svc.CampaignError):
        svc.save_postmortem(store, campaign_id, None, None, [{"title": " "}])
    assert len(svc.lessons(store, campaign_id)) == 2


def test_save_promotion_feeds_the_ratios_and_flags(store: Store) -> None:
    losing = svc.save_promotion(store, name="亏钱的", tool="dou_plus", objective="conversion", spend=300.456,
                                impressions=20000, clicks=400, conversions=4, revenue=240.0)
    winning = svc.save_promotion(store, name="赚钱的", tool="shutiao", objective="conversion", spend=200.0,
                                 impressions=10000, clicks=500, conversions=5, revenue=600.0)
    rows = {r["id"]: r for r in promotion_figures(store)}
    assert rows[losing]["spend"] == 300.46 and rows[losing]["flag"] is True
    assert rows[losing]["roi"] == round(240.0 / 300.46, 4)
    assert rows[winning]["flag"] is False and rows[winning]["cpa"] == 40.0
    svc.save_promotion(store, losing, revenue=400.0)
    assert {r["id"]: r["flag"] for r in promotion_figures(store)}[losing] is False
    with pytest.raises(svc.CampaignError):
        svc.save_promotion(store, name="坏", impressions=10, clicks=11)
    svc.delete_promotion(store, winning)
    assert [r["id"] for r in promotion_figures(store)] == [losing]
