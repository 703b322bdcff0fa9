"""The monthly review sheet (月度复盘) as plain data: every number the printed sheet shows.

`build_review(store, month)` gathers one month from the store into a dict of dates, numbers,
strings and lists — the printed sheet, the Excel workbook, the tab and `review --json` all show
this same structure, so a number on paper is always the number in the JSON.

Rules:
- A post counts in the month it was published (`published_at`), with its latest snapshot up to
  the cut-off `as_of` (default today): a post's lifetime numbers belong to the month it came out
  in, the same rule as `goals.goal_progress`. Posts without any snapshot count as published but
  add no numbers; the freshness line says how many of a platform's posts have data.
- Followers come from `account_daily`: gained = Σ new_follows, lost = Σ unfollows, net = Σ
  net_follows (else new − unfollows, else the change of followers_total); the churn rate is lost ÷
  followers at the start (the last followers_total before the month).
- Engagement rate of a group of posts = Σ interactions ÷ Σ views over the posts that have both
  (a weighted rate, so one tiny post cannot swing it); `avg_engagement_rate` is the plain mean of
  the posts' own rates. Averages are per post with the number, rounded to one decimal.
- Top / bottom 5 rank the month's posts by views (latest snapshot); the bottom list leaves out
  posts already in the top list, and live sessions are counted apart (`live_left_out`).
- Campaigns are those running in the month (their whole results from `campaigns.campaign_figures`);
  promotions those started in it (`promotions.promotion_figures`).
- `shop`: the month's 抖店 orders (`orders.month_summary`): valid orders and revenue (refunded and
  cancelled ones apart), and the part attributed to content, an estimate (估算).
- Highlights and shortfalls are found by the rules in `_highlights` (all-platform goals met, a
  platform's goals beaten by 10 % or more, every goal missed or behind its pace, posts
  converting far above the month's rate, campaigns against targets, boosts' ROI, net follower
  loss, posts without data); the month's diagnosis findings come along as they are.
- 上月行动项回顾 (`action_recap`): the action items planned for the month (`actions.recap`), done
  or not, with the metric each aimed at before (`baseline`) and after (its value in the month).

A value with no data behind it is None, never 0. Rates are fractions 0–1.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import select

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models import GoalMetric
from app.models.base import Platform, now
from app.models.review import MonthlyReview
from app.models.vocabulary import Month, label, platform_name
from app.services.campaigns import campaign_figures
from app.services.diagnosis import CAUSE_LABELS, CONFIDENCE_LABELS, RULE_LABELS, SEVERITY_LABELS, diagnose
from app.services.goals import goal_progress
from app.services.metrics import post_figures, safe_ratio
from app.services.promotions import money, promotion_figures
from app.services.segments import SEGMENTS, segment_history

if TYPE_CHECKING:
    from app.store import Store

#: Setting with the brand name printed in the sheet's header (else the own accounts' names).
BRAND_SETTING = "review.brand"
TOP_N = 5
#: A platform's goal makes a highlight from this ratio up (all-platform goals whenever met).
GOAL_HIGHLIGHT_RATIO = 1.1
#: A post's conversion rate this many times the month's rate makes a highlight.
HIGH_CONVERSION_FACTOR = 1.3
NOTE_FIELDS = ("highlights", "problems", "next_changes", "notes")

ALL_PLATFORMS = QT_TRANSLATE_NOOP("review", "合计")
STATUS_LABELS = {
    "achieved": QT_TRANSLATE_NOOP("review", "达成"),
    "missed": QT_TRANSLATE_NOOP("review", "未达成"),
    "on_track": QT_TRANSLATE_NOOP("review", "进度正常"),
    "behind": QT_TRANSLATE_NOOP("review", "进度落后"),
    "no_data": QT_TRANSLATE_NOOP("review", "无数据"),
}
FRESH = QT_TRANSLATE_NOOP("review", "{platform}数据截至 {date}，覆盖 {covered}/{posts} 篇")
NOT_FRESH = QT_TRANSLATE_NOOP("review", "{platform}还没有内容数据，覆盖 0/{posts} 篇")
FOLLOWERS_FRESH = QT_TRANSLATE_NOOP("review", "{platform}粉丝数据截至 {date}")
#: Joins one platform's coverage lines ("；" in Chinese, "; " in English).
COVERAGE_SEPARATOR = QT_TRANSLATE_NOOP("review", "；")

HL_GOAL = QT_TRANSLATE_NOOP("review", "{who}「{metric}」{actual}，超目标 {over}")
HL_GOAL_EXACT = QT_TRANSLATE_NOOP("review", "{who}「{metric}」{actual}，达成目标")
HL_POST = QT_TRANSLATE_NOOP("review", "《{title}》转化率 {rate}，超本月平均 {over}")
HL_CAMPAIGN = QT_TRANSLATE_NOOP("review", "「{name}」参与 {actual} 人，达成目标的 {ratio}")
HL_PROMOTION = QT_TRANSLATE_NOOP("review", "投放「{name}」ROI {roi}，花 {spend} 元带来 {revenue} 元成交")
SF_GOAL = QT_TRANSLATE_NOOP("review", "{who}「{metric}」{actual}，只完成目标的 {ratio}")
SF_CAMPAIGN = QT_TRANSLATE_NOOP("review", "「{name}」参与率仅 {ratio}（{actual}/{target} 人）")
SF_PROMOTION = QT_TRANSLATE_NOOP("review", "投放「{name}」ROI 仅 {roi}，花 {spend} 元只带来 {revenue} 元成交")
SF_FOLLOWERS = QT_TRANSLATE_NOOP("review", "{platform}净掉粉 {lost} 人")
SF_NO_DATA = QT_TRANSLATE_NOOP("review", "{platform}有 {n} 篇内容没有数据，导入最新的导出后再看")
SF_ALERTS_OPEN = QT_TRANSLATE_NOOP("review", "舆情预警 {alerts} 条，还有 {open} 条没处理完")
SF_ALERTS_SLOW = QT_TRANSLATE_NOOP("review", "舆情预警首次回复要 {hours} 小时（中位数），24 小时内回复的只有 {rate}")
SF_ALERTS_OVERDUE = QT_TRANSLATE_NOOP("review", "舆情预警有 {overdue} 条超过回复时限才回复或还没回复，最慢的首次回复用了 {worst} 小时")
#: Above this median time to first response (hours) a month's brand alerts count as a shortfall.
SLOW_RESPONSE_HOURS = 24


class ReviewError(UserError):
    pass


# -- formatting shared by the sheet, the tab and the texts -----------------------------------------

def fmt_count(value: float | None) -> str:
    """A count with thousands separators ("12,345"); "—" when missing."""
    return "—" if value is None else f"{round(value):,}"


def fmt_rate(value: float | None) -> str:
    """A fraction as a percentage with one decimal ("12.3%"), two under 1 % ("0.12%")."""
    if value is None:
        return "—"
    return f"{value:.2%}" if abs(value) < 0.01 else f"{value:.1%}"


def fmt_avg(value: float | None) -> str:
    """An average per post, to one decimal ("3,335.4"), as the JSON rounds it."""
    return "—" if value is None else f"{value:,.1f}"


def fmt_money(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def fmt_ratio(value: float | None) -> str:
    """ROI as a plain multiple ("2.35")."""
    return "—" if value is None else f"{value:.2f}"


def fmt_value(kind: str, value: float | None) -> str:
    """Format by kind: count, rate, money or ratio."""
    return {"count": fmt_count, "rate": fmt_rate, "money": fmt_money, "ratio": fmt_ratio}[kind](value)


def platform_label(code: str | None, translate: Translate = untranslated) -> str:
    if code is None:
        return translate("review", ALL_PLATFORMS)
    return platform_name(code, translate)


# -- pieces ------------------------------------------------------------------------------------------

def _sum(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _round(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(value, digits)


def _int(value: float | None) -> int | None:
    return None if value is None else round(value)


def brand_name(store: Store) -> str:
    """The name printed in the header: the setting, else the own accounts' distinct names."""
    saved = store.setting(BRAND_SETTING, None)
    if saved:
        return str(saved)
    with store.reading() as uow:
        conn = uow.connection()
        names = [r[0] for r in conn.execute(sa.text(
            "SELECT name FROM account WHERE is_own = TRUE GROUP BY name ORDER BY count(*) DESC, min(id)"))]
    return " / ".join(names[:3])


def _kpis(store: Store, month: str, as_of: dt.date, month_over: bool,
          translate: Translate) -> list[dict[str, Any]]:
    rows = goal_progress(store, month, today=as_of, as_of=as_of)
    out = []
    for row in rows:
        out.append({"account_id": row.account_id, "account": row.account, "platform": row.platform,
                    "metric": row.metric.value, "target": row.target, "actual": row.actual,
                    "expected": row.expected, "summed": False})
    overall = {r["metric"] for r in out if r["account_id"] is None}
    by_metric: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in out:
        if r["account_id"] is not None and r["metric"] not in overall:
            by_metric[r["metric"]].append(r)
    for metric, parts in by_metric.items():
        target = _sum(p["target"] for p in parts)
        out.append({"account_id": None, "account": None, "platform": None, "metric": metric, "target": target,
                    "actual": _sum(p["actual"] for p in parts), "expected": _sum(p["expected"] for p in parts),
                    "summed": True})
    order = {m.value: i for i, m in enumerate(GoalMetric)}
    out.sort(key=lambda r: (r["account_id"] is None, _platform_order(r["platform"]), r["account_id"] or 0,
                           order[r["metric"]]))
    for r in out:
        ratio = safe_ratio(r["actual"], r["target"])
        if r["actual"] is None or r["target"] is None:
            status = "no_data"
        elif r["actual"] >= r["target"]:
            status = "achieved"
        elif month_over:
            status = "missed"
        else:
            status = "on_track" if r["expected"] is not None and r["actual"] >= r["expected"] else "behind"
        is_money = r["metric"] == GoalMetric.revenue
        r.update(
            platform_name=platform_label(r["platform"], translate),
            metric_label=label("goal_metric", r["metric"], translate),
            kind="money" if is_money else "count",
            target=money(r["target"]) if is_money else _int(r["target"]),
            actual=money(r["actual"]) if is_money else _int(r["actual"]),
            expected=_round(r["expected"], 2),
            ratio=_round(ratio), achieved=None if ratio is None else ratio >= 1,
            status=status, status_label=translate("review", STATUS_LABELS[status]),
        )
    return out


def _post_row(p: Any) -> dict[str, Any]:
    latest = p.latest.values if p.latest else {}
    return {
        "post_id": p.post_id, "platform": p.platform, "title": p.title, "format": p.format,
        "published_at": p.published_at, "captured_on": p.latest.captured_on if p.latest else None,
        "views": _int(latest.get("views")), "interactions": _int(latest.get("interactions")),
        "engagement_rate": _round(latest.get("engagement_rate")),
        "follows_gained": _int(latest.get("follows_gained")), "conversions": _int(latest.get("conversions")),
        "conversion_rate": _round(latest.get("conversion_rate")), "revenue": money(latest.get("revenue")),
    }


def _content_totals(posts: list[dict[str, Any]]) -> dict[str, Any]:
    with_data = [p for p in posts if p["captured_on"] is not None]
    both = [p for p in with_data if p["views"] is not None and p["interactions"] is not None]
    rates = [p["engagement_rate"] for p in with_data if p["engagement_rate"] is not None]
    out: dict[str, Any] = {"posts": len(posts), "posts_with_data": len(with_data)}
    for key in ("views", "follows_gained", "conversions"):
        values = [p[key] for p in with_data if p[key] is not None]
        out[key] = sum(values) if values else None
        out[f"avg_{key}"] = _round(sum(values) / len(values), 1) if values else None
    out["revenue"] = money(_sum(p["revenue"] for p in with_data))
    out["engagement_rate"] = _round(safe_ratio(sum(p["interactions"] for p in both),
                                           sum(p["views"] for p in both))) if both else None
    out["avg_engagement_rate"] = _round(sum(rates) / len(rates)) if rates else None
    conv = [p for p in with_data if p["conversions"] is not None and p["views"] is not None]
    out["conversion_rate"] = _round(safe_ratio(sum(p["conversions"] for p in conv),
                                           sum(p["views"] for p in conv))) if conv else None
    return out


def _content(store: Store, first: dt.date, last: dt.date, as_of: dt.date,
             translate: Translate) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    posts = [_post_row(p) for p in post_figures(store, first, last, as_of=as_of)]
    by_platform: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in posts:
        by_platform[p["platform"]].append(p)
    platforms = []
    for code in sorted(by_platform, key=_platform_order):
        platforms.append({"platform": code, "platform_name": platform_label(code, translate),
                          **_content_totals(by_platform[code])})
    # A live session's views add up over hours: ranked among posts it would always lead (DESIGN §2).
    ranked = sorted((p for p in posts if p["views"] is not None and p["format"] != "live"),
                    key=lambda p: (-p["views"], p["post_id"]))
    top = ranked[:TOP_N]
    top_ids = {p["post_id"] for p in top}
    bottom = [p for p in reversed(ranked) if p["post_id"] not in top_ids][:TOP_N]
    for rank_list in (top, bottom):
        for p in rank_list:
            p["platform_name"] = platform_label(p["platform"], translate)
    content = {"platforms": platforms, "total": _content_totals(posts), "rank_metric": "views",
               "top": top, "bottom": bottom, "live_left_out": sum(p["format"] == "live" for p in posts)}
    return content, posts


def _platform_order(code: str | None) -> int:
    codes = [p.value for p in Platform]
    return codes.index(code) if code in codes else len(codes)


def _freshness(posts: list[dict[str, Any]], followers: list[dict[str, Any]],
               translate: Translate) -> list[dict[str, Any]]:
    by_platform: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in posts:
        by_platform[p["platform"]].append(p)
    through = {f["platform"]: f["followers_through"] for f in followers}
    out = []
    for code in sorted(set(by_platform) | set(through), key=_platform_order):
        items = by_platform.get(code, [])
        days = [p["captured_on"] for p in items if p["captured_on"] is not None]
        latest = max(days) if days else None
        name = platform_label(code, translate)
        texts = []
        if items:
            texts.append(translate("review", FRESH).format(platform=name, date=latest.strftime("%m-%d"),
                                                           covered=len(days), posts=len(items)) if latest
                         else translate("review", NOT_FRESH).format(platform=name, posts=len(items)))
        if through.get(code):
            texts.append(translate("review", FOLLOWERS_FRESH).format(platform=name,
                                                                     date=through[code].strftime("%m-%d")))
        out.append({"platform": code, "platform_name": name, "posts": len(items), "covered": len(days),
                    "latest": latest, "followers_through": through.get(code), "text": translate("review", COVERAGE_SEPARATOR).join(texts)})
    return out


_FOLLOWERS_SQL = """
WITH d AS (
    SELECT a.platform, d.account_id, d.day, d.new_follows, d.unfollows, d.net_follows, d.followers_total,
           lag(d.followers_total) OVER (PARTITION BY d.account_id ORDER BY d.day) AS prev_total
    FROM account_daily d JOIN account a ON a.id = d.account_id
    WHERE a.is_own = TRUE AND d.day < :next
)
SELECT platform, sum(new_follows), sum(unfollows),
       sum(coalesce(net_follows, new_follows - unfollows, followers_total - prev_total)), max(day)
FROM d WHERE day >= :first GROUP BY platform
"""

_FOLLOWERS_AT_SQL = """
SELECT a.platform, sum(d.followers_total) FROM account_daily d JOIN account a ON a.id = d.account_id
WHERE a.is_own = TRUE AND d.followers_total IS NOT NULL AND d.day = (
    SELECT max(d2.day) FROM account_daily d2 WHERE d2.account_id = d.account_id
    AND d2.followers_total IS NOT NULL AND d2.day < :before)
GROUP BY a.platform
"""


def _followers(store: Store, first: dt.date, nxt: dt.date, translate: Translate) -> dict[str, Any]:
    params = {"first": first.isoformat(), "next": nxt.isoformat()}
    with store.reading() as uow:
        conn = uow.connection()
        moves = conn.execute(sa.text(_FOLLOWERS_SQL), params).all()
        start = dict(conn.execute(sa.text(_FOLLOWERS_AT_SQL), {"before": params["first"]}).all())
        end = dict(conn.execute(sa.text(_FOLLOWERS_AT_SQL), {"before": params["next"]}).all())
    platforms = []
    for code, gained, lost, net, last_day in sorted(moves, key=lambda r: _platform_order(r[0])):
        platforms.append({
            "platform": code, "platform_name": platform_label(code, translate),
            "followers_start": start.get(code), "followers_end": end.get(code),
            "gained": _int(gained), "lost": _int(lost), "net": _int(net),
            "churn_rate": _round(safe_ratio(lost, start.get(code))),
            "followers_through": dt.date.fromisoformat(str(last_day)[:10]) if last_day else None,
        })
    total_start = _sum(p["followers_start"] for p in platforms)
    total_lost = _sum(p["lost"] for p in platforms)
    total = {"followers_start": total_start, "followers_end": _sum(p["followers_end"] for p in platforms),
             "gained": _sum(p["gained"] for p in platforms), "lost": total_lost,
             "net": _sum(p["net"] for p in platforms), "churn_rate": _round(safe_ratio(total_lost, total_start))}
    return {"platforms": platforms, "total": total}


def _segments(store: Store, month: str, translate: Translate) -> dict[str, Any]:
    history = segment_history(store)
    current = next((h for h in history if h["month"] == month), None)
    previous = None
    if current is not None:
        index = history.index(current)
        previous = history[index - 1] if index else None
    rows = []
    for seg in SEGMENTS:
        size = current[seg] if current else None
        before = previous[seg] if previous else None
        rows.append({"segment": seg, "label": label("segment", seg, translate), "members": size,
                     "previous": before, "change": None if size is None or before is None else size - before})
    return {
        "month": month if current else None, "previous_month": previous["month"] if previous else None,
        "rows": rows, "total": current["total"] if current else None,
        "churned_share": _round(current["churned_share"]) if current else None,
        "churn_rate": _round(current["churn_rate"]) if current else None,
    }


def _campaigns(store: Store, first: dt.date, last: dt.date, as_of: dt.date) -> list[dict[str, Any]]:
    out = []
    for fig in campaign_figures(store, today=as_of):
        if fig["start_day"] > last or fig["end_day"] < first:
            continue
        res, tgt, ratios = fig["results"], fig["targets"], fig["ratios"]
        out.append({
            "id": fig["id"], "name": fig["name"], "type": fig["type"], "status": fig["status"],
            "start_day": fig["start_day"], "end_day": fig["end_day"],
            "participants": res["participants"], "target_participants": tgt["participants"],
            "participants_vs_target": ratios["participants_vs_target"],
            "shares": res["shares"], "share_rate": ratios["share_rate"],
            "new_followers": res["new_followers"], "target_followers": tgt["followers"],
            "followers_vs_target": ratios["followers_vs_target"],
            "conversions": res["conversions"], "target_conversions": tgt["conversions"],
            "conversions_vs_target": ratios["conversions_vs_target"],
            "revenue": res["revenue"], "target_revenue": tgt["revenue"],
            "cost": res["cost"], "budget": tgt["budget"], "roi": fig["roi"],
        })
    out.sort(key=lambda c: (c["start_day"], c["id"]))
    return out


def _promotions(store: Store, first: dt.date, last: dt.date, translate: Translate) -> dict[str, Any]:
    rows = []
    for p in promotion_figures(store, first, last, translate=translate):
        rows.append({key: p[key] for key in ("id", "name", "post_title", "platform", "tool", "objective",
                                             "spend", "impressions", "clicks", "follows_gained", "conversions",
                                             "revenue", "ctr", "roi", "cost_per_follower", "flag",
                                             "stop_suggestion")})
        rows[-1]["platform_name"] = platform_label(p["platform"], translate) if p["platform"] else None
    spend = _sum(r["spend"] for r in rows)
    paired = [r for r in rows if r["spend"] is not None and r["revenue"] is not None]
    total = {"count": len(rows), "spend": money(spend), "revenue": money(_sum(r["revenue"] for r in rows)),
             "follows_gained": _int(_sum(r["follows_gained"] for r in rows)),
             "conversions": _int(_sum(r["conversions"] for r in rows)),
             "roi": _round(safe_ratio(sum(r["revenue"] for r in paired), sum(r["spend"] for r in paired)), 4)
             if paired else None}
    return {"rows": rows, "total": total}


def _item(kind: str, text: str, **subject: Any) -> dict[str, Any]:
    return {"kind": kind, "text": text, **subject}


def _highlights(review: dict[str, Any], posts: list[dict[str, Any]],
                translate: Translate) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    say = lambda template, **kw: translate("review", template).format(**kw)  # noqa: E731
    good: list[dict[str, Any]] = []
    bad: list[dict[str, Any]] = []
    for k in review["kpis"]:
        if k["ratio"] is None:
            continue
        who = k["platform_name"]
        actual = fmt_value(k["kind"], k["actual"])
        subject = {"platform": k["platform"], "metric": k["metric"], "value": k["ratio"]}
        if k["status"] == "achieved" and (k["ratio"] >= GOAL_HIGHLIGHT_RATIO or k["platform"] is None):
            text = (say(HL_GOAL, who=who, metric=k["metric_label"], actual=actual, over=fmt_rate(k["ratio"] - 1))
                    if k["ratio"] > 1 else say(HL_GOAL_EXACT, who=who, metric=k["metric_label"], actual=actual))
            good.append(_item("kpi", text, **subject))
        elif k["status"] in ("missed", "behind"):
            bad.append(_item("kpi", say(SF_GOAL, who=who, metric=k["metric_label"], actual=actual,
                                        ratio=fmt_rate(k["ratio"])), **subject))
    month_rate = review["content"]["total"]["conversion_rate"]
    if month_rate:
        strong = sorted((p for p in posts if p["conversion_rate"] and p["conversions"]
                         and p["conversion_rate"] >= month_rate * HIGH_CONVERSION_FACTOR),
                        key=lambda p: -p["conversion_rate"])[:3]
        for p in strong:
            good.append(_item("post", say(HL_POST, title=p["title"], rate=fmt_rate(p["conversion_rate"]),
                                          over=fmt_rate(p["conversion_rate"] / month_rate - 1)),
                              post_id=p["post_id"], value=p["conversion_rate"]))
    for c in review["campaigns"]:
        ratio = c["participants_vs_target"]
        if ratio is None:
            continue
        if ratio >= 1:
            good.append(_item("campaign", say(HL_CAMPAIGN, name=c["name"], actual=fmt_count(c["participants"]),
                                              ratio=fmt_rate(ratio)), campaign_id=c["id"], value=ratio))
        else:
            bad.append(_item("campaign", say(SF_CAMPAIGN, name=c["name"], ratio=fmt_rate(ratio),
                                             actual=fmt_count(c["participants"]),
                                             target=fmt_count(c["target_participants"])),
                             campaign_id=c["id"], value=ratio))
    for p in review["promotions"]["rows"]:
        if p["roi"] is None:
            continue
        name = p["name"] or p["post_title"] or f"#{p['id']}"
        params = {"name": name, "roi": fmt_ratio(p["roi"]), "spend": fmt_money(p["spend"]),
                  "revenue": fmt_money(p["revenue"])}
        if p["roi"] >= 1:
            good.append(_item("promotion", say(HL_PROMOTION, **params), promotion_id=p["id"], value=p["roi"]))
        else:
            bad.append(_item("promotion", say(SF_PROMOTION, **params), promotion_id=p["id"], value=p["roi"]))
    for f in review["users"]["platforms"]:
        if f["net"] is not None and f["net"] < 0:
            bad.append(_item("followers", say(SF_FOLLOWERS, platform=f["platform_name"], lost=fmt_count(-f["net"])),
                             platform=f["platform"], value=f["net"]))
    watch = review["watch"]
    if watch["open"]:
        bad.append(_item("watch", say(SF_ALERTS_OPEN, alerts=fmt_count(watch["alerts"]), open=fmt_count(watch["open"])),
                         value=watch["open"]))
    if watch["median_response_hours"] is not None and watch["median_response_hours"] > SLOW_RESPONSE_HOURS:
        bad.append(_item("watch", say(SF_ALERTS_SLOW, hours=fmt_avg(watch["median_response_hours"]),
                                      rate=fmt_rate(watch["within_24h_rate"])), value=watch["median_response_hours"]))
    if watch["overdue"]:
        worst = "—" if watch["worst_response_hours"] is None else fmt_avg(watch["worst_response_hours"])
        bad.append(_item("watch", say(SF_ALERTS_OVERDUE, overdue=fmt_count(watch["overdue"]), worst=worst),
                         value=watch["overdue"]))
    for fresh in review["freshness"]:
        missing = fresh["posts"] - fresh["covered"]
        if missing:
            bad.append(_item("data", say(SF_NO_DATA, platform=fresh["platform_name"], n=missing),
                             platform=fresh["platform"], value=missing))
    return good, bad


# -- the operator's notes -----------------------------------------------------------------------------

def review_notes(store: Store, month: str) -> dict[str, Any]:
    """The operator's saved sections of `month` (all None when nothing is saved yet)."""
    with store.reading() as session:
        row = session.exec(select(MonthlyReview).where(MonthlyReview.month == month)).first()
        if row is None:
            return {**dict.fromkeys(NOTE_FIELDS), "updated_at": None}
        return {**{f: getattr(row, f) for f in NOTE_FIELDS}, "updated_at": row.updated_at}


def save_notes(store: Store, month: str, **fields: str | None) -> None:
    """Save the operator's sections (highlights, problems, next_changes, notes) of `month`; blank → None."""
    Month.parse(month, ReviewError)
    unknown = set(fields) - set(NOTE_FIELDS)
    if unknown:
        raise ValueError(f"unknown review fields: {sorted(unknown)}")
    with store.writing() as session:
        row = session.exec(select(MonthlyReview).where(MonthlyReview.month == month)).first()
        session.change(row if row is not None else MonthlyReview(month=month),
                       {key: (value or "").strip() or None for key, value in fields.items()})


# -- the whole review ---------------------------------------------------------------------------------

def build_review(store: Store, month: str, *, as_of: dt.date | None = None,
                 translate: Translate = untranslated, with_diagnosis: bool = True) -> dict[str, Any]:
    """Everything the month's review sheet shows, as plain JSON-ready values (see the module doc)."""
    from app.services.actions import recap
    from app.services.manual import lessons
    from app.services.orders import month_summary
    from app.services.surveys import month_activity
    from app.services.watch import month_alert_summary

    period = Month.parse(month, ReviewError)
    first, nxt, last = period.first, period.end, period.last
    as_of = as_of or clock.today()
    content, posts = _content(store, first, last, as_of, translate)
    users = _followers(store, first, nxt, translate)
    review: dict[str, Any] = {
        "month": month, "start": first, "end": last, "as_of": as_of, "complete": as_of > last,
        "brand": brand_name(store), "generated_at": now().replace(microsecond=0),
        "freshness": _freshness(posts, users["platforms"], translate),
        "kpis": _kpis(store, month, as_of, as_of > last, translate),
        "content": content,
        "users": {**users, "segments": _segments(store, month, translate)},
        "campaigns": _campaigns(store, first, last, as_of),
        "promotions": _promotions(store, first, last, translate),
        "shop": month_summary(store, month),
        "watch": month_alert_summary(store, month),
        "community_activity": month_activity(store, first, last),
    }
    kpis = review["kpis"]
    review["kpi_summary"] = {"total": len(kpis), **{status: sum(k["status"] == status for k in kpis)
                                                    for status in STATUS_LABELS}}
    review["highlights"], review["shortfalls"] = _highlights(review, posts, translate)
    review["diagnosis"] = []
    if with_diagnosis:
        for f in diagnose(store, month, translate=translate, today=as_of):
            review["diagnosis"].append({
                "rule": f.rule, "rule_label": translate("diagnosis", RULE_LABELS[f.rule]),
                "severity": f.severity, "severity_label": translate("diagnosis", SEVERITY_LABELS[f.severity]),
                "subject": f.subject, "text": f.suggestion, "cause": f.cause,
                "cause_label": translate("diagnosis", CAUSE_LABELS[f.cause]), "confidence": f.confidence,
                "confidence_label": translate("diagnosis", CONFIDENCE_LABELS[f.confidence]), "missing": list(f.missing),
            })
    review["notes"] = review_notes(store, month)
    review["lessons"] = lessons(store, month=month, translate=translate)
    review["action_recap"] = recap(store, month, as_of=as_of, translate=translate)
    return review


def default_month(today: dt.date | None = None) -> str:
    """The last full month: what an operator reviews at the start of a month."""
    return str(Month.of(today or clock.today()).previous())
