"""The datasets behind the 图表 tab: every chart's numbers, aggregated in SQL, as plain values.

Each function takes a `Period` (a month, a quarter, a year or custom dates) and an optional list
of platform codes, and returns lists and dicts of dates, ints, floats and None (a gap, never 0),
ready to hand to pyqtgraph. Post numbers come from `post_figures_cte`: the snapshot nearest
7 days after publishing for comparisons between posts, the latest one for totals.
`dashboard_data()` builds them all at once (what the tab and `bench/dashboard.py` call).

Live sessions (format `live`) are counted apart from posts: their likes are taps that can exceed
the viewers many times over, so ranking them among posts by engagement would mislead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models.vocabulary import Month
from app.services.metrics import platform_filter, post_figures_cte
from app.services.promotions import break_even_roi, promotion_figures
from app.services.promotions import thresholds as promotion_thresholds
from app.store.sql import week_start

if TYPE_CHECKING:
    from app.store import Store
    from app.store.db import UnitOfWork

#: Monday first, as Chinese calendars show the week (SQLite's %w counts Sunday as 0).
WEEKDAYS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("dashboard", "周一"), QT_TRANSLATE_NOOP("dashboard", "周二"),
    QT_TRANSLATE_NOOP("dashboard", "周三"), QT_TRANSLATE_NOOP("dashboard", "周四"),
    QT_TRANSLATE_NOOP("dashboard", "周五"), QT_TRANSLATE_NOOP("dashboard", "周六"),
    QT_TRANSLATE_NOOP("dashboard", "周日"),
)

#: Time slots of the best-time heat map: (first hour, hour after the last, label).
TIME_SLOTS: tuple[tuple[int, int, str], ...] = (
    (0, 7, QT_TRANSLATE_NOOP("dashboard", "凌晨 0–7点")),
    (7, 9, QT_TRANSLATE_NOOP("dashboard", "早上 7–9点")),
    (9, 12, QT_TRANSLATE_NOOP("dashboard", "上午 9–12点")),
    (12, 14, QT_TRANSLATE_NOOP("dashboard", "中午 12–14点")),
    (14, 18, QT_TRANSLATE_NOOP("dashboard", "下午 14–18点")),
    (18, 21, QT_TRANSLATE_NOOP("dashboard", "晚上 18–21点")),
    (21, 24, QT_TRANSLATE_NOOP("dashboard", "深夜 21–24点")),
)

#: Metrics the platform comparison shows, in order.
COMPARISON_METRICS: tuple[str, ...] = (
    "posts", "views", "avg_views", "engagement_rate", "follows_gained", "net_follows",
    "followers_end", "conversions",
)


#: A month is "young" before this day: the tab then opens on the last complete month, since a
#: few days of numbers (and posts whose 7-day figures are not in yet) say little.
YOUNG_MONTH_DAYS = 10

#: SQL condition on `pf`/`pp` rows: posts, not live sessions.
NOT_LIVE = "(format IS NULL OR format <> 'live')"


class PeriodError(UserError):
    pass


@dataclass(frozen=True)
class Period:
    """Dates from `start` to `end`, both inclusive; `kind` is month, quarter, year or custom."""

    start: dt.date
    end: dt.date
    kind: str = "custom"

    @classmethod
    def month(cls, month: str | Month) -> Period:
        """A calendar month, given as `Month` or as the `YYYY-MM` text a user typed."""
        if not isinstance(month, Month):
            month = Month.parse(month, PeriodError)
        return cls(month.first, month.last, "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        last = first + 2
        return cls(dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1]), "quarter")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    @classmethod
    def custom(cls, start: dt.date, end: dt.date) -> Period:
        if end < start:
            raise PeriodError(QT_TRANSLATE_NOOP("errors", "结束日期 {end} 早于开始日期 {start}。"), start=start, end=end)
        return cls(start, end, "custom")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period just before, of the same kind (same length for custom periods)."""
        if self.kind == "month":
            return Period.month(Month.of(self.start).previous())
        if self.kind == "quarter":
            before = self.start - dt.timedelta(days=1)
            return Period.quarter(before.year, (before.month - 1) // 3 + 1)
        if self.kind == "year":
            return Period.year(self.start.year - 1)
        return Period(self.start - dt.timedelta(days=self.days), self.start - dt.timedelta(days=1), "custom")

    def months(self) -> list[str]:
        """The `YYYY-MM` months the period touches."""
        out, month = [], Month.of(self.start)
        while month <= Month.of(self.end):
            out.append(str(month))
            month = month.next()
        return out


def default_period(store: Store, today: dt.date | None = None) -> Period:
    """The month the 图表 tab opens on: the month of the latest own post (today's month when there
    is none), but the month before while today's month is younger than `YOUNG_MONTH_DAYS` days."""
    today = today or clock.today()
    latest = _rows(store, "SELECT MAX(p.published_at) AS latest FROM post p JOIN account a ON a.id = p.account_id "
                          "WHERE a.is_own = TRUE AND p.published_at < :tomorrow",
                   {"tomorrow": (today + dt.timedelta(days=1)).isoformat()})[0]["latest"]
    day = _date(latest) if latest else today
    if (day.year, day.month) == (today.year, today.month) and today.day < YOUNG_MONTH_DAYS:
        day = today.replace(day=1) - dt.timedelta(days=1)
    return Period.month(Month.of(day))


def like_for_like(period: Period, today: dt.date | None = None) -> tuple[Period, Period, bool]:
    """The period and the one to compare it with, over the same days: while `period` is still
    running, both stop after as many days as have passed (1–12 Dec against 1–12 Nov), so a
    month-to-date is never set against a whole month. The flag says whether they were cut."""
    today = today or clock.today()
    previous = period.previous()
    if not period.start <= today < period.end:
        return period, previous, False
    elapsed = today - period.start
    return (Period(period.start, today, "custom"),
            Period(previous.start, min(previous.start + elapsed, previous.end), "custom"), True)


def _rows(store: Store, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    with store.reading() as uow:
        return _query(uow, sql, params)


def _query(uow: UnitOfWork, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in uow.connection().execute(sa.text(sql), params).mappings()]


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _period_params(period: Period) -> dict[str, Any]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


# --- Followers --------------------------------------------------------------------------------

def followers_over_time(store: Store, period: Period, platforms: Sequence[str] | None = None) -> dict[str, Any]:
    """Followers per day per platform (own accounts summed) and in total, each with its goal
    line: the followers before the period plus the cumulative `followers_gained` targets, one
    point at the period start and one at each month's end that has a goal.

    `{"platforms": {code: {"days", "followers", "goal": [{"day", "target"}]}}, "total": {…}}`.
    """
    params = _period_params(period)
    where = platform_filter("a.platform", platforms, params)
    daily = _rows(store, f"""
        SELECT a.platform, d.day, SUM(d.followers_total) AS followers
        FROM account_daily d JOIN account a ON a.id = d.account_id
        WHERE a.is_own = TRUE AND d.day BETWEEN :start AND :end AND d.followers_total IS NOT NULL{where}
        GROUP BY a.platform, d.day ORDER BY a.platform, d.day""", params)
    base = {r["platform"]: r["followers"] for r in _rows(store, f"""
        SELECT a.platform, SUM(d.followers_total) AS followers
        FROM account_daily d JOIN account a ON a.id = d.account_id
        WHERE a.is_own = TRUE{where} AND d.day = (
            SELECT MAX(d2.day) FROM account_daily d2
            WHERE d2.account_id = d.account_id AND d2.day < :start AND d2.followers_total IS NOT NULL)
        GROUP BY a.platform""", params)}
    goal_params = {**params, "m0": period.months()[0], "m1": period.months()[-1]}
    goal_where = platform_filter("a.platform", platforms, goal_params)
    goals = _rows(store, f"""
        SELECT a.platform, g.month, SUM(g.target) AS target
        FROM goal g LEFT JOIN account a ON a.id = g.account_id
        WHERE g.metric = 'followers_gained' AND g.month BETWEEN :m0 AND :m1
          AND (g.account_id IS NULL OR (a.is_own = TRUE{goal_where}))
        GROUP BY a.platform, g.month ORDER BY g.month""", goal_params)

    series: dict[str, dict[str, Any]] = {}
    for row in daily:
        entry = series.setdefault(row["platform"], {"days": [], "followers": [], "goal": []})
        entry["days"].append(_date(row["day"]))
        entry["followers"].append(row["followers"])
    total_days: dict[dt.date, int] = {}
    for entry in series.values():
        for day, value in zip(entry["days"], entry["followers"], strict=True):
            total_days[day] = total_days.get(day, 0) + value
    total = {"days": sorted(total_days), "followers": [total_days[d] for d in sorted(total_days)], "goal": []}

    def goal_line(start_value: float | None, targets: dict[str, float]) -> list[dict[str, Any]]:
        if start_value is None or not targets:
            return []
        points, cumulative = [{"day": period.start, "target": float(start_value)}], 0.0
        for month in period.months():
            if month in targets:
                cumulative += targets[month]
                points.append({"day": min(Month.parse(month).last, period.end),
                               "target": float(start_value) + cumulative})
        return points

    for code, entry in series.items():
        targets = {g["month"]: g["target"] for g in goals if g["platform"] == code}
        start_value = base.get(code, entry["followers"][0] if entry["followers"] else None)
        entry["goal"] = goal_line(start_value, targets)
    overall = {g["month"]: g["target"] for g in goals if g["platform"] is None}
    if overall:
        start_total = sum(base.values()) if base else (total["followers"][0] if total["followers"] else None)
        total["goal"] = goal_line(start_total, overall)
    return {"platforms": series, "total": total}


def net_follows_weekly(store: Store, period: Period, platforms: Sequence[str] | None = None) -> dict[str, Any]:
    """Net follows per week (weeks start on Monday) per platform: `{"weeks": [date], "platforms":
    {code: [int | None per week]}}`; net = net_follows, else new follows − unfollows."""
    params = _period_params(period)
    where = platform_filter("a.platform", platforms, params)
    with store.reading() as uow:
        rows = _query(uow, f"""
            SELECT a.platform, {uow.sql(week_start("d.day"))} AS week,
                   SUM(COALESCE(d.net_follows, d.new_follows - d.unfollows)) AS net
            FROM account_daily d JOIN account a ON a.id = d.account_id
            WHERE a.is_own = TRUE AND d.day BETWEEN :start AND :end{where}
            GROUP BY a.platform, week ORDER BY week""", params)
    weeks = sorted({_date(r["week"]) for r in rows})
    index = {week: i for i, week in enumerate(weeks)}
    out: dict[str, list[int | None]] = {}
    for row in rows:
        out.setdefault(row["platform"], [None] * len(weeks))[index[_date(row["week"])]] = row["net"]
    return {"weeks": weeks, "platforms": out}


# --- Content ----------------------------------------------------------------------------------

def _post_rows(store: Store, period: Period, platforms: Sequence[str] | None, select: str,
               kinds: Sequence[str] = ("age",), **extra: Any) -> list[dict[str, Any]]:
    with store.reading() as uow:
        cte, params = post_figures_cte(uow, period.start, period.end, platforms, kinds=kinds)
        return _query(uow, cte + select, params | extra)


def content_performance(store: Store, period: Period, platforms: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Each post published in the period, oldest first, with its views, engagement rate, follows
    gained, conversions and conversion rate at the comparison age (7 days)."""
    rows = _post_rows(store, period, platforms, f"""
        SELECT post_id, title, platform, published_at, captured_on, age_days, views, engagement_rate,
               follows_gained, conversions, conversion_rate, completion_rate
        FROM pf WHERE kind = 'age' AND {NOT_LIVE} ORDER BY published_at, post_id""")
    for row in rows:
        row["published_at"] = dt.datetime.fromisoformat(str(row["published_at"]))
        row["captured_on"] = _date(row["captured_on"])
    return rows


def live_sessions(store: Store, period: Period, platforms: Sequence[str] | None = None) -> int:
    """Own live sessions held in the period (left out of post charts and rankings)."""
    return int(_post_rows(store, period, platforms, "SELECT COUNT(*) AS n FROM pp WHERE format = 'live'",
                          kinds=("latest",))[0]["n"])


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def views_vs_conversion(store: Store, period: Period, platforms: Sequence[str] | None = None,
                        posts: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One dot per post: views (x) against conversion rate (y) — or engagement rate when no post
    in the selection has conversion data — with the medians that split the quadrants.

    `{"y_metric", "points": [{"post_id", "title", "platform", "x", "y"}], "median_x", "median_y",
    "left_out"}`; `left_out` counts posts lacking x or y.
    """
    posts = content_performance(store, period, platforms) if posts is None else posts
    has_conversions = any(p["conversion_rate"] is not None for p in posts)
    y_metric = "conversion_rate" if has_conversions else "engagement_rate"
    points = [{"post_id": p["post_id"], "title": p["title"], "platform": p["platform"],
               "x": p["views"], "y": p[y_metric]}
              for p in posts if p["views"] is not None and p[y_metric] is not None]
    return {
        "y_metric": y_metric,
        "points": points,
        "median_x": _median([p["x"] for p in points]),
        "median_y": _median([p["y"] for p in points]),
        "left_out": len(posts) - len(points),
    }


def top_bottom_posts(store: Store, period: Period, platforms: Sequence[str] | None = None,
                     metric: str = "views", n: int = 5) -> dict[str, Any]:
    """The `n` best and worst posts of the period by `metric` at the comparison age (posts
    without the metric and live sessions are left out): `{"metric", "top": [...], "bottom":
    [...], "live_left_out": n}`."""
    if metric not in {"views", "engagement_rate", "follows_gained", "conversions", "conversion_rate",
                      "follow_rate", "completion_rate", "comment_rate", "wows"}:
        raise ValueError(f"not a rankable metric: {metric}")
    rows = _post_rows(store, period, platforms, f"""
        SELECT * FROM (
          SELECT post_id, title, platform, published_at, views, engagement_rate, follows_gained,
                 conversions, {metric} AS value,
                 ROW_NUMBER() OVER (ORDER BY {metric} DESC, post_id) AS top_rank,
                 ROW_NUMBER() OVER (ORDER BY {metric} ASC, post_id) AS bottom_rank
          FROM pf WHERE kind = 'age' AND {metric} IS NOT NULL AND {NOT_LIVE}) AS ranked
        WHERE top_rank <= :n OR bottom_rank <= :n""", n=n)
    for row in rows:
        row["published_at"] = dt.datetime.fromisoformat(str(row["published_at"]))
    return {
        "metric": metric,
        "top": sorted((r for r in rows if r["top_rank"] <= n), key=lambda r: r["top_rank"]),
        "bottom": sorted((r for r in rows if r["bottom_rank"] <= n), key=lambda r: r["bottom_rank"]),
        "live_left_out": live_sessions(store, period, platforms),
    }


def best_time_to_post(store: Store, period: Period | None = None, platforms: Sequence[str] | None = None,
                      *, min_posts: int = 3, min_history: int = 30, history_days: int = 365) -> dict[str, Any]:
    """Average engagement rate (at 7 days) by weekday × time slot over the operator's own posts of
    the `history_days` up to the period's end (today without a period): recent habits, not
    those of years ago. Cells with fewer than `min_posts` posts are None in `mean` (their
    `counts` stay); `thin` is True when fewer than `min_history` posts have an engagement rate.
    """
    end = period.end if period else clock.today()
    published = sa.literal_column("published_at")
    with store.reading() as uow:
        cte, params = post_figures_cte(uow, end - dt.timedelta(days=history_days - 1), end, platforms, kinds=("age",))
        hour = uow.sql(sa.cast(sa.extract("hour", published), sa.Integer))
        sunday_first = uow.sql(sa.cast(sa.extract("dow", published), sa.Integer))
        slot_case = " ".join(f"WHEN {hour} < {hi} THEN {i}" for i, (_lo, hi, _label) in enumerate(TIME_SLOTS))
        rows = _query(uow, cte + f"""
            SELECT ({sunday_first} + 6) % 7 AS weekday,
                   CASE {slot_case} END AS slot, AVG(engagement_rate) AS mean, COUNT(*) AS posts
            FROM pf WHERE kind = 'age' AND engagement_rate IS NOT NULL AND {NOT_LIVE}
            GROUP BY weekday, slot""", params)
    counts = [[0] * len(TIME_SLOTS) for _ in WEEKDAYS]
    means: list[list[float | None]] = [[None] * len(TIME_SLOTS) for _ in WEEKDAYS]
    for row in rows:
        counts[row["weekday"]][row["slot"]] = row["posts"]
        if row["posts"] >= min_posts:
            means[row["weekday"]][row["slot"]] = row["mean"]
    total = sum(map(sum, counts))
    return {
        "weekdays": list(WEEKDAYS),
        "slots": [label for _lo, _hi, label in TIME_SLOTS],
        "mean": means,
        "counts": counts,
        "posts": total,
        "min_posts": min_posts,
        "thin": total < min_history,
    }


# --- Platforms, money, members ----------------------------------------------------------------

def _platform_totals(store: Store, period: Period, platforms: Sequence[str] | None) -> dict[str, dict[str, Any]]:
    """Per platform: posts published (whether or not their numbers are in yet) and their figures,
    live sessions left out; net follows and the last follower count of the period."""
    published = _post_rows(store, period, platforms, f"""
        SELECT platform, COUNT(*) AS posts FROM pp WHERE {NOT_LIVE} GROUP BY platform""", kinds=("latest",))
    posts = _post_rows(store, period, platforms, f"""
        SELECT platform,
               SUM(CASE WHEN kind = 'latest' THEN views END) AS views,
               AVG(CASE WHEN kind = 'latest' THEN views END) AS avg_views,
               AVG(CASE WHEN kind = 'age' THEN engagement_rate END) AS engagement_rate,
               SUM(CASE WHEN kind = 'latest' THEN follows_gained END) AS follows_gained,
               SUM(CASE WHEN kind = 'latest' THEN conversions END) AS conversions
        FROM pf WHERE {NOT_LIVE} GROUP BY platform""", kinds=("age", "latest"))
    params = _period_params(period)
    where = platform_filter("a.platform", platforms, params)
    daily = _rows(store, f"""
        SELECT a.platform, SUM(COALESCE(d.net_follows, d.new_follows - d.unfollows)) AS net_follows
        FROM account_daily d JOIN account a ON a.id = d.account_id
        WHERE a.is_own = TRUE AND d.day BETWEEN :start AND :end{where}
        GROUP BY a.platform""", params)
    ends = _rows(store, f"""
        WITH last AS (
          SELECT account_id, MAX(day) AS day FROM account_daily
          WHERE day BETWEEN :start AND :end AND followers_total IS NOT NULL GROUP BY account_id)
        SELECT a.platform, SUM(d.followers_total) AS followers_end
        FROM last JOIN account_daily d ON d.account_id = last.account_id AND d.day = last.day
        JOIN account a ON a.id = d.account_id
        WHERE a.is_own = TRUE{where}
        GROUP BY a.platform""", params)
    out: dict[str, dict[str, Any]] = {}
    for row in published + posts + daily + ends:
        out.setdefault(row["platform"], {}).update({k: v for k, v in row.items() if k != "platform"})
    return out


def platform_comparison(store: Store, period: Period, platforms: Sequence[str] | None = None,
                        today: dt.date | None = None) -> dict[str, Any]:
    """Core metrics per platform for this period and the previous one over the same days
    (`like_for_like`), with the relative change (None where the previous value is missing or 0):
    `{"current": {"start","end"}, "previous": {…}, "to_date": bool, "rows": [{"platform",
    "metric", "current", "previous", "change"}]}`."""
    period, previous, to_date = like_for_like(period, today)
    now, before = _platform_totals(store, period, platforms), _platform_totals(store, previous, platforms)
    rows = []
    for code in sorted(set(now) | set(before)):
        for key in COMPARISON_METRICS:
            cur, prev = now.get(code, {}).get(key), before.get(code, {}).get(key)
            if key == "posts":
                cur, prev = cur or 0, prev or 0
            change = (cur - prev) / prev if cur is not None and prev else None
            rows.append({"platform": code, "metric": key, "current": cur, "previous": prev, "change": change})
    return {
        "current": {"start": period.start, "end": period.end},
        "previous": {"start": previous.start, "end": previous.end},
        "to_date": to_date,
        "rows": rows,
    }


def roi_bars(store: Store, period: Period) -> dict[str, Any]:
    """Campaigns running in the period (cost and revenue summed from their daily numbers) and
    promotions started in it, each with ROI (None without cost or revenue), and `break_even` (1 ÷
    the gross margin of the promotion settings, 1 at 100 %) where the chart draws its line."""
    campaigns = _rows(store, """
        SELECT c.id, c.name, c.start_day, c.end_day, SUM(d.cost) AS cost, SUM(d.revenue) AS revenue,
               CAST(SUM(d.revenue) AS FLOAT) / NULLIF(SUM(d.cost), 0) AS roi
        FROM campaign c LEFT JOIN campaign_daily d ON d.campaign_id = c.id
        WHERE c.start_day <= :end AND c.end_day >= :start
        GROUP BY c.id ORDER BY c.start_day, c.id""", _period_params(period))
    for row in campaigns:
        row["start_day"], row["end_day"] = _date(row["start_day"]), _date(row["end_day"])
    promotions = [{key: p[key] for key in ("id", "name", "post_title", "platform", "objective", "spend",
                                           "revenue", "roi", "flag")}
                  for p in promotion_figures(store, period.start, period.end)]
    return {"campaigns": campaigns, "promotions": promotions,
            "break_even": break_even_roi(promotion_thresholds(store))}


def segment_sizes(store: Store, period: Period) -> dict[str, Any]:
    """Member segment sizes by month from `segment_snapshot`: `{"months", "segments": {segment:
    [int | None per month]}}`."""
    months = period.months()
    rows = _rows(store, """
        SELECT month, segment, members FROM segment_snapshot
        WHERE month BETWEEN :m0 AND :m1 ORDER BY month""", {"m0": months[0], "m1": months[-1]})
    index = {month: i for i, month in enumerate(months)}
    segments: dict[str, list[int | None]] = {}
    for row in rows:
        segments.setdefault(row["segment"], [None] * len(months))[index[row["month"]]] = row["members"]
    return {"months": months, "segments": segments}


def dashboard_data(store: Store, period: Period, platforms: Sequence[str] | None = None) -> dict[str, Any]:
    """Every chart's dataset for one period and platform filter."""
    posts = content_performance(store, period, platforms)
    return {
        "period": {"start": period.start, "end": period.end, "kind": period.kind},
        "followers": followers_over_time(store, period, platforms),
        "net_follows": net_follows_weekly(store, period, platforms),
        "content": posts,
        "scatter": views_vs_conversion(store, period, platforms, posts=posts),
        "comparison": platform_comparison(store, period, platforms),
        "top_bottom": top_bottom_posts(store, period, platforms),
        "live": live_ranking(store, period, platforms),
        "shop": shop_orders(store, period, platforms),
        "best_time": best_time_to_post(store, period, platforms),
        "roi": roi_bars(store, period),
        "segments": segment_sizes(store, period),
    }


#: What live sessions are ranked by among themselves (never by engagement: a live's likes are taps).
LIVE_RANK_METRICS = ("revenue", "peak_online", "viewers", "views", "conversions", "follows_gained",
                     "avg_watch_seconds", "product_clicks")
_LIVE_NUMBERS = ("views", "viewers", "peak_online", "avg_online", "avg_watch_seconds", "duration_seconds", "likes",
                 "comments", "follows_gained", "product_exposures", "product_clicks", "conversions", "revenue")


def live_ranking(store: Store, period: Period, platforms: Sequence[str] | None = None,
                 metric: str = "revenue") -> dict[str, Any]:
    """The period's own live sessions ranked against each other by `metric` (their latest numbers;
    sessions without it last), with the shop orders attributed to each (`orders.post_orders`, an
    estimate): `{"metric", "sessions": [...]}`."""
    from app.services.orders import post_orders

    if metric not in LIVE_RANK_METRICS:
        raise ValueError(f"not a live ranking metric: {metric}")
    params = _period_params(period) | {"end_excl": (period.end + dt.timedelta(days=1)).isoformat()}
    where = platform_filter("a.platform", platforms, params)
    numbers = ", ".join(f"m.{key}" for key in _LIVE_NUMBERS)
    sessions = _rows(store, f"""
        SELECT p.id AS post_id, p.title, a.platform, p.published_at, {numbers}
        FROM post p JOIN account a ON a.id = p.account_id
        LEFT JOIN post_metrics m ON m.id = (SELECT m2.id FROM post_metrics m2 WHERE m2.post_id = p.id
                                            ORDER BY m2.captured_on DESC LIMIT 1)
        WHERE a.is_own = TRUE AND p.format = 'live' AND p.published_at >= :start
          AND p.published_at < :end_excl{where}""", params)
    attributed = post_orders(store, period.start, period.end) if sessions else {}
    for row in sessions:
        row["published_at"] = dt.datetime.fromisoformat(str(row["published_at"]))
        shop = attributed.get(row["post_id"])
        row["shop_conversions"] = shop["conversions"] if shop else None
        row["shop_revenue"] = shop["revenue"] if shop else None
        row["estimated"] = shop is not None
    sessions.sort(key=lambda r: (r[metric] is None, -(r[metric] or 0), r["published_at"]))
    return {"metric": metric, "sessions": sessions}


def shop_orders(store: Store, period: Period, platforms: Sequence[str] | None = None) -> dict[str, Any]:
    """The 抖店 orders that count, day by day over the period (`orders.period_figures`, with the period's
    `start` and `end`); no days when 抖音 is filtered out."""
    from app.services.orders import period_figures

    span = {"start": period.start, "end": period.end}
    if platforms and "douyin" not in platforms:
        return {**span, "days": [], "conversions": [], "revenue": [], "total_conversions": None, "total_revenue": None}
    return {**span, **period_figures(store, period.start, period.end)}
