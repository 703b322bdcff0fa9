"""Paid promotions (Dou+, 广点通, 薯条, 粉丝通 …): their ratios and whether to stop them.

Ratios are derived, never stored: CTR = clicks ÷ impressions, CVR = conversions ÷ clicks,
CPA = spend ÷ conversions, ROI = revenue ÷ spend, cost per follower = spend ÷ follows gained;
each is None when its divisor is 0 or an input is missing.

ROI here is revenue ROI (成交 ÷ 花费). With a gross margin m (setting `gross_margin`, default 1.0 =
100 %, i.e. revenue ROI as it is) a boost breaks even at ROI 1 ÷ m: at 40 % margin a boost must
bring back 2.5 yuan of sales per yuan spent.

A boost is flagged (should stop) when
- its objective is conversion and its ROI is below the break-even ROI;
- its objective is followers and its cost per follower is above the usual ("平时") — the median
  cost per follower of the *same account's* other follower boosts *with the same tool* (all time)
  times `follower_cost_factor` (default 1.5; needs at least `min_other_follower_boosts` others).
  With no such boost there is no baseline (`baseline` = "none", and the text says so): it is
  measured against `max_cost_per_follower` yuan (default 10) — or it spent money and brought no
  follower at all.
Thresholds live in the setting `promotions.thresholds` ({"follower_cost_factor": 1.5,
"min_other_follower_boosts": 1, "max_cost_per_follower": 10, "gross_margin": 1.0, …}). Money is
rounded to the cent in outputs; the flag is decided on unrounded numbers.

`boost_candidates` lists what is worth boosting (值得加热): recent posts whose first days beat
the same account's median (same format) on completion, engagement and follows, with the tool of
their platform, a budget and audience taken from the operator's own past boosts and their CPA.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from app.services.metrics import safe_ratio

if TYPE_CHECKING:
    from app.store import Store

SETTING_KEY = "promotions.thresholds"
DEFAULT_THRESHOLDS: dict[str, float] = {
    "follower_cost_factor": 1.5, "min_other_follower_boosts": 1, "max_cost_per_follower": 10.0,
    "gross_margin": 1.0, "candidate_days": 14, "candidate_max_age_days": 3, "candidate_min_posts": 5,
    "candidate_factor": 1.1,
    "default_budget": 100.0,
}

STOP_ROI = QT_TRANSLATE_NOOP(
    "promotions",
    "投入产出比只有 {roi}（花 {spend} 元，成交 {revenue} 元），低于保本线 {break_even}（毛利率 {margin}）：赚回的毛利抵不上花费。建议停投，先改落地页或换人群，再小额测试。",
)
STOP_FOLLOWER_COST = QT_TRANSLATE_NOOP(
    "promotions",
    "单个粉丝成本 {cost} 元，是平时（同账号、同工具其他 {count} 次涨粉投放的中位数 {usual} 元）的 {times} 倍。建议停投，换内容或人群后再试。",
)
STOP_FOLLOWER_CEILING = QT_TRANSLATE_NOOP(
    "promotions",
    "单个粉丝成本 {cost} 元，超过上限 {usual} 元（这个账号用这个工具还没有别的涨粉投放可比，没有平时数据）。建议停投，换内容或人群后再试。",
)
#: How the usual cost per follower was found, for the table's tooltip.
BASELINE_SAME = QT_TRANSLATE_NOOP("promotions", "平时 = 同账号、同工具其他 {count} 次涨粉投放的中位数")
BASELINE_NONE = QT_TRANSLATE_NOOP("promotions", "没有同账号、同工具的涨粉投放可比（无平时数据），按上限 {ceiling} 元判断")
STOP_NO_FOLLOWER = QT_TRANSLATE_NOOP("promotions", "花了 {spend} 元没有带来一个粉丝。建议停投，换内容或人群后再试。")

MONEY_FIELDS = ("budget", "spend", "revenue", "cpa", "cost_per_follower", "usual_cost_per_follower")


def break_even_roi(limits: dict[str, float]) -> float:
    """The revenue ROI at which a boost pays for itself: 1 ÷ gross margin (a margin of 0 or less counts as 100 %)."""
    margin = limits["gross_margin"]
    return 1 / margin if 0 < margin <= 1 else 1.0


def money(value: float | None) -> float | None:
    """Yuan rounded half-up to the cent (from the decimal text, so 2.675 becomes 2.68)."""
    if value is None:
        return None
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def ratios(
    spend: float | None,
    impressions: int | None,
    clicks: int | None,
    conversions: int | None,
    revenue: float | None,
    follows_gained: int | None,
) -> dict[str, float | None]:
    """CTR, CVR, CPA, ROI and cost per follower, unrounded; None where a divisor is 0 or missing."""
    return {
        "ctr": safe_ratio(clicks, impressions),
        "cvr": safe_ratio(conversions, clicks),
        "cpa": safe_ratio(spend, conversions),
        "roi": safe_ratio(revenue, spend),
        "cost_per_follower": safe_ratio(spend, follows_gained),
    }


def thresholds(store: Store) -> dict[str, float]:
    """The defaults overlaid with the operator's edits in the setting."""
    edited = store.setting(SETTING_KEY, {}) or {}
    return {**DEFAULT_THRESHOLDS, **{k: float(v) for k, v in edited.items() if k in DEFAULT_THRESHOLDS}}


_SQL = """
SELECT pr.id, pr.name, pr.post_id, p.title AS post_title,
       COALESCE(pr.account_id, p.account_id) AS account_id, a.platform, a.name AS account_name,
       pr.campaign_id, pr.tool, pr.objective, pr.audience_age, pr.audience_gender,
       pr.audience_regions, pr.audience_interests, pr.start_at, pr.hours, pr.budget, pr.spend,
       pr.impressions, pr.clicks, pr.follows_gained, pr.conversions, pr.revenue, pr.notes
FROM promotion pr
LEFT JOIN post p ON p.id = pr.post_id
LEFT JOIN account a ON a.id = COALESCE(pr.account_id, p.account_id)
ORDER BY pr.start_at IS NULL, pr.start_at, pr.id
"""


def promotion_figures(
    store: Store,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    translate: Translate = untranslated,
) -> list[dict[str, Any]]:
    """Every promotion (started from `start` to `end` inclusive, when given) with its fields,
    ratios, `break_even_roi` and `gross_margin`, `flag`, `flag_reason` (`below_break_even`,
    `cost_per_follower_high`, `no_followers` or None), for follower boosts the usual cost per
    follower with `baseline` ("same_account_tool" or "none") and `baseline_text`, and a
    `stop_suggestion` text (None unless flagged).
    """
    limits = thresholds(store)
    with store.reading() as uow:
        conn = uow.connection()
        rows = [dict(row) for row in conn.execute(sa.text(_SQL)).mappings()]
    for row in rows:
        row["start_at"] = dt.datetime.fromisoformat(str(row["start_at"])) if row["start_at"] else None
        row.update(ratios(row["spend"], row["impressions"], row["clicks"], row["conversions"],
                          row["revenue"], row["follows_gained"]))
    follower_costs: dict[Any, list[tuple[int, float]]] = defaultdict(list)
    for row in rows:
        if row["objective"] == "followers" and row["cost_per_follower"] is not None:
            follower_costs[(row["account_id"], row["tool"])].append((row["id"], row["cost_per_follower"]))
    for row in rows:
        _judge(row, follower_costs[(row["account_id"], row["tool"])], limits, translate)
    if start or end:
        lo = start or dt.date.min
        hi = end or dt.date.max
        rows = [r for r in rows if r["start_at"] is not None and lo <= r["start_at"].date() <= hi]
    for row in rows:
        for key in MONEY_FIELDS:
            row[key] = money(row[key])
        for key in ("ctr", "cvr"):
            row[key] = None if row[key] is None else round(row[key], 6)
        row["roi"] = None if row["roi"] is None else round(row["roi"], 4)
    return rows


def _usual_cost(row_id: int, same: list[tuple[int, float]], limits: dict[str, float]) -> tuple[float, float, int]:
    """The usual cost per follower (the same account's and tool's other follower boosts), the factor
    a boost may exceed it by and how many boosts it rests on (0: no baseline, the ceiling)."""
    others = [cost for pid, cost in same if pid != row_id]
    if others and len(others) >= limits["min_other_follower_boosts"]:
        return statistics.median(others), limits["follower_cost_factor"], len(others)
    return limits["max_cost_per_follower"], 1.0, 0


def _judge(row: dict[str, Any], same: list[tuple[int, float]], limits: dict[str, float],
           translate: Translate) -> None:
    usual, factor, count = _usual_cost(row["id"], same, limits)
    followers = row["objective"] == "followers"
    row["usual_cost_per_follower"] = usual if followers else None
    row["baseline"] = None if not followers else "same_account_tool" if count else "none"
    row["baseline_text"] = None if not followers else (
        translate("promotions", BASELINE_SAME).format(count=count) if count
        else translate("promotions", BASELINE_NONE).format(ceiling=f"{usual:.2f}"))
    row["gross_margin"] = limits["gross_margin"]
    row["break_even_roi"] = round(break_even_roi(limits), 4)
    row["flag"], row["flag_reason"], row["stop_suggestion"] = False, None, None
    spend = row["spend"]
    if row["objective"] == "conversion" and row["roi"] is not None and row["roi"] < break_even_roi(limits):
        row["flag"], row["flag_reason"] = True, "below_break_even"
        row["stop_suggestion"] = translate("promotions", STOP_ROI).format(
            roi=f"{row['roi']:.2f}", spend=f"{money(spend):.2f}", revenue=f"{money(row['revenue']):.2f}",
            break_even=f"{break_even_roi(limits):.2f}", margin=f"{limits['gross_margin']:.0%}")
    elif followers and spend and row["follows_gained"] == 0:
        row["flag"], row["flag_reason"] = True, "no_followers"
        row["stop_suggestion"] = translate("promotions", STOP_NO_FOLLOWER).format(spend=f"{money(spend):.2f}")
    elif followers and usual and row["cost_per_follower"] is not None and row["cost_per_follower"] > usual * factor:
        row["flag"], row["flag_reason"] = True, "cost_per_follower_high"
        template = STOP_FOLLOWER_COST if count else STOP_FOLLOWER_CEILING
        row["stop_suggestion"] = translate("promotions", template).format(
            cost=f"{row['cost_per_follower']:.2f}", usual=f"{usual:.2f}", count=count,
            times=f"{row['cost_per_follower'] / usual:.1f}")


# --- 值得加热: what to boost ---------------------------------------------------------------------

#: The paid boost each platform sells for one post: (stored tool code, the operator's name for it).
BOOST_TOOLS: dict[str, tuple[str, str]] = {
    "douyin": ("dou_plus", QT_TRANSLATE_NOOP("promotions", "DOU+")),
    "xiaohongshu": ("shutiao", QT_TRANSLATE_NOOP("promotions", "薯条")),
    "channels": ("other", QT_TRANSLATE_NOOP("promotions", "视频号加热")),
    "wechat": ("guangdiantong", QT_TRANSLATE_NOOP("promotions", "广点通")),
    "weibo": ("fensitong", QT_TRANSLATE_NOOP("promotions", "粉丝通")),
    "kuaishou": ("other", QT_TRANSLATE_NOOP("promotions", "快手粉条")),
    "bilibili": ("other", QT_TRANSLATE_NOOP("promotions", "B站起飞")),
    "zhihu": ("other", QT_TRANSLATE_NOOP("promotions", "知+")),
    "toutiao": ("other", QT_TRANSLATE_NOOP("promotions", "头条加热")),
}
AUDIENCE_FIELDS = ("audience_age", "audience_gender", "audience_regions", "audience_interests")
#: The first-days numbers a candidate must beat its account's median on.
CANDIDATE_METRICS = ("completion_rate", "engagement_rate", "follow_rate")
CANDIDATE_WORDS = {
    "completion_rate": QT_TRANSLATE_NOOP("promotions", "完播率"),
    "engagement_rate": QT_TRANSLATE_NOOP("promotions", "互动率"),
    "follow_rate": QT_TRANSLATE_NOOP("promotions", "涨粉率"),
}
WHY_METRIC = QT_TRANSLATE_NOOP("promotions", "前 {days} 天{metric} {value}，高于账号同类内容中位数 {median}")
WHY_PAST = QT_TRANSLATE_NOOP("promotions", "按你过去 {count} 次{tool}投放：花费中位数 {budget} 元，单次转化成本 {cpa}，单粉成本 {cpf}")
WHY_NO_PAST = QT_TRANSLATE_NOOP("promotions", "这个账号还没有投放记录，先按 {budget} 元小额测试，看单次转化成本再加")
WHY_SEPARATOR = QT_TRANSLATE_NOOP("promotions", "；")


def boost_candidates(store: Store, today: dt.date | None = None, *,
                     translate: Translate = untranslated) -> list[dict[str, Any]]:
    """Recent own posts worth a paid boost, best first: published in the last `candidate_days`,
    not boosted yet, whose numbers at most `candidate_max_age_days` after publishing beat the
    median of the same account's posts of the same format (at least `candidate_min_posts` of
    them) × `candidate_factor` (1.1) on every first-days metric they have (two at least). Each carries the suggested tool,
    budget and audience from the account's past boosts (their CPA and cost per follower) and why.
    """
    from app import clock
    from app.services.metrics import post_figures

    limits = thresholds(store)
    today = today or clock.today()
    early = int(limits["candidate_max_age_days"])
    history = post_figures(store, today - dt.timedelta(days=180), today, age_days=early, as_of=today)
    recent_from = today - dt.timedelta(days=int(limits["candidate_days"]))
    boosts = promotion_figures(store, translate=translate)
    boosted = {row["post_id"] for row in boosts if row["post_id"] is not None}
    groups: dict[tuple[int, str], list[Any]] = defaultdict(list)
    for post in history:
        if post.at_age is not None and str(post.format) != "live":
            groups[(post.account_id, str(post.format))].append(post)
    separator = translate("promotions", WHY_SEPARATOR)
    out = []
    for posts in groups.values():
        base = [p for p in posts if p.at_age.age_days <= early]
        if len(base) < limits["candidate_min_posts"]:
            continue
        medians = {}
        for key in CANDIDATE_METRICS:
            values = [p.at_age[key] for p in base if p.at_age[key] is not None]
            if len(values) >= limits["candidate_min_posts"]:
                medians[key] = statistics.median(values)
        for post in posts:
            snap = post.at_age
            if post.published_at.date() < recent_from or post.post_id in boosted or snap.age_days > early:
                continue
            compared = {k: (snap[k], m) for k, m in medians.items() if snap[k] is not None}
            factor = limits["candidate_factor"]
            if len(compared) < 2 or not all(value > median * factor for value, median in compared.values()):
                continue
            reasons = [translate("promotions", WHY_METRIC).format(
                days=max(snap.age_days, 1), metric=translate("promotions", CANDIDATE_WORDS[k]),
                value=f"{value:.1%}", median=f"{median:.1%}") for k, (value, median) in compared.items()]
            plan = _boost_plan(post.platform, post.account_id, boosts, limits, translate)
            score = sum(value / median if median else 2.0 for value, median in compared.values()) / len(compared)
            out.append({
                "post_id": post.post_id, "title": post.title, "platform": post.platform,
                "account_id": post.account_id, "format": str(post.format), "published_at": post.published_at,
                "age_days": snap.age_days, "score": round(score, 3),
                "figures": {k: v for k, (v, _m) in compared.items()},
                "medians": {k: m for k, (_v, m) in compared.items()},
                **plan, "reasons": [*reasons, plan["budget_reason"]],
                "why": separator.join([*reasons, plan["budget_reason"]]),
            })
    return sorted(out, key=lambda c: (-c["score"], c["post_id"]))


def _boost_plan(platform: str, account_id: int, boosts: list[dict[str, Any]], limits: dict[str, float],
                translate: Translate) -> dict[str, Any]:
    """Tool, budget and audience for boosting a post of this account: from its own past boosts with
    the platform's tool (else any of its boosts) — the median spend, and the audience of the one
    with the lowest CPA (else the lowest cost per follower), also as `audience_fields` for a new boost."""
    tool, tool_name = BOOST_TOOLS.get(platform, ("other", QT_TRANSLATE_NOOP("promotions", "平台加热")))
    mine = [b for b in boosts if b["account_id"] == account_id and b["spend"]]
    past = [b for b in mine if b["tool"] == tool] or mine
    tool_label = translate("promotions", tool_name)
    if not past:
        budget = limits["default_budget"]
        return {"tool": tool, "tool_label": tool_label, "budget": money(budget), "audience": None,
                "audience_fields": {}, "past_boosts": 0, "past_cpa": None, "past_cost_per_follower": None,
                "budget_reason": translate("promotions", WHY_NO_PAST).format(budget=f"{budget:.0f}")}
    budget = statistics.median(b["spend"] for b in past)
    cpas = [b["cpa"] for b in past if b["cpa"] is not None]
    cpfs = [b["cost_per_follower"] for b in past if b["cost_per_follower"] is not None]
    best = (min((b for b in past if b["cpa"] is not None), key=lambda b: b["cpa"], default=None)
            or min((b for b in past if b["cost_per_follower"] is not None), key=lambda b: b["cost_per_follower"],
                   default=None))
    fields = {key: best[key] for key in AUDIENCE_FIELDS} if best is not None else {}
    audience = " ".join(str(v) for v in fields.values() if v) or None
    cpa = money(statistics.median(cpas)) if cpas else None
    cpf = money(statistics.median(cpfs)) if cpfs else None
    return {"tool": tool, "tool_label": tool_label, "budget": money(budget), "audience": audience,
            "audience_fields": fields, "past_boosts": len(past), "past_cpa": cpa, "past_cost_per_follower": cpf,
            "budget_reason": translate("promotions", WHY_PAST).format(
                count=len(past), tool=tool_label, budget=f"{budget:.0f}",
                cpa="-" if cpa is None else f"¥{cpa:.2f}", cpf="-" if cpf is None else f"¥{cpf:.2f}")}
