"""Paid promotions (Dou+, 广点通, 薯条, 粉丝通 …): their ratios and whether to stop them.

Ratios are derived, never stored: CTR = clicks ÷ impressions, CVR = conversions ÷ clicks,
CPA = spend ÷ conversions, ROI = revenue ÷ spend, cost per follower = spend ÷ follows gained;
each is None when its divisor is 0 or an input is missing.

A boost is flagged (should stop) when
- its objective is conversion and its ROI is below 1 (every yuan spent brings back less);
- its objective is followers and its cost per follower is above the account's usual — the
  median cost per follower of the account's *other* follower boosts (all time) times
  `follower_cost_factor` (default 1.5; needs at least `min_other_follower_boosts` others). An
  account with no other follower boost is measured against the operator's other follower boosts
  on any account, and with none at all against `max_cost_per_follower` yuan (default 10) — or
  it spent money and brought no follower at all.
Thresholds live in the setting `promotions.thresholds` ({"follower_cost_factor": 1.5,
"min_other_follower_boosts": 1, "max_cost_per_follower": 10}). Money is rounded to the cent in outputs; the flag is decided
on unrounded numbers.
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
}

STOP_ROI = QT_TRANSLATE_NOOP(
    "promotions",
    "投入产出比只有 {roi}（花 {spend} 元，成交 {revenue} 元），每花 1 元收不回 1 元。建议停投，先改落地页或换人群，再小额测试。",
)
STOP_FOLLOWER_COST = QT_TRANSLATE_NOOP(
    "promotions",
    "单个粉丝成本 {cost} 元，是这个账号平时（{usual} 元）的 {times} 倍。建议停投，换内容或人群后再试。",
)
STOP_NO_FOLLOWER = QT_TRANSLATE_NOOP("promotions", "花了 {spend} 元没有带来一个粉丝。建议停投，换内容或人群后再试。")

MONEY_FIELDS = ("budget", "spend", "revenue", "cpa", "cost_per_follower", "usual_cost_per_follower")


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
    ratios, `flag`, `flag_reason` (`roi_below_1`, `cost_per_follower_high`, `no_followers` or
    None), the account's usual cost per follower and a `stop_suggestion` text (None unless flagged).
    """
    limits = thresholds(store)
    with store.reading() as uow:
        conn = uow.connection()
        rows = [dict(row) for row in conn.execute(sa.text(_SQL)).mappings()]
    for row in rows:
        row["start_at"] = dt.datetime.fromisoformat(row["start_at"]) if row["start_at"] else None
        row.update(ratios(row["spend"], row["impressions"], row["clicks"], row["conversions"],
                          row["revenue"], row["follows_gained"]))
    follower_costs: dict[Any, list[tuple[int, float]]] = defaultdict(list)
    for row in rows:
        if row["objective"] == "followers" and row["cost_per_follower"] is not None:
            follower_costs[row["account_id"]].append((row["id"], row["cost_per_follower"]))
    everyone = [cost for costs in follower_costs.values() for cost in costs]
    for row in rows:
        _judge(row, follower_costs[row["account_id"]], everyone, limits, translate)
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


def _usual_cost(row_id: int, account_costs: list[tuple[int, float]], all_costs: list[tuple[int, float]],
                limits: dict[str, float]) -> tuple[float, float]:
    """The usual cost per follower to compare with, and the factor a boost may exceed it by."""
    for pool in (account_costs, all_costs):
        others = [cost for pid, cost in pool if pid != row_id]
        if others and len(others) >= limits["min_other_follower_boosts"]:
            return statistics.median(others), limits["follower_cost_factor"]
    return limits["max_cost_per_follower"], 1.0


def _judge(row: dict[str, Any], account_costs: list[tuple[int, float]], all_costs: list[tuple[int, float]],
           limits: dict[str, float], translate: Translate) -> None:
    usual, factor = _usual_cost(row["id"], account_costs, all_costs, limits)
    row["usual_cost_per_follower"] = usual if row["objective"] == "followers" else None
    row["flag"], row["flag_reason"], row["stop_suggestion"] = False, None, None
    spend = row["spend"]
    if row["objective"] == "conversion" and row["roi"] is not None and row["roi"] < 1:
        row["flag"], row["flag_reason"] = True, "roi_below_1"
        row["stop_suggestion"] = translate("promotions", STOP_ROI).format(
            roi=f"{row['roi']:.2f}", spend=f"{money(spend):.2f}", revenue=f"{money(row['revenue']):.2f}")
    elif row["objective"] == "followers" and spend and row["follows_gained"] == 0:
        row["flag"], row["flag_reason"] = True, "no_followers"
        row["stop_suggestion"] = translate("promotions", STOP_NO_FOLLOWER).format(spend=f"{money(spend):.2f}")
    elif (row["objective"] == "followers" and usual and row["cost_per_follower"] is not None
          and row["cost_per_follower"] > usual * factor):
        row["flag"], row["flag_reason"] = True, "cost_per_follower_high"
        row["stop_suggestion"] = translate("promotions", STOP_FOLLOWER_COST).format(
            cost=f"{row['cost_per_follower']:.2f}", usual=f"{usual:.2f}",
            times=f"{row['cost_per_follower'] / usual:.1f}")
