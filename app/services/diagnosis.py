"""Diagnosis (数据诊断): rules that read a month's numbers the way an operator does, and say what to do.

`diagnose(store, month)` returns `Finding`s about the posts published in that month, that month's
promotions and goals, and its account numbers. Posts are compared at the same age (the snapshot
nearest `age_days` after publishing) against the *same account's* history: the posts it
published in the `history_days` before the month's end (the month included). A post whose
nearest snapshot is younger than `min_age_days` (5) is neither judged nor part of the medians
(one `too_fresh` info finding per account lists them). Where a rule's
input is missing the rule emits an `info` finding saying so (e.g. "无转化数据") instead of judging.

Rules (ids, and the thresholds of the setting `diagnosis.thresholds` that drive them):
- `high_views_low_conversion`: views ≥ median × `high_views_factor` (1.5) and conversion rate
  ≤ median × `low_conversion_factor` (0.5) → weak link to the product or a poor landing page.
- `low_completion`: completion rate ≤ median × `low_completion_factor` (0.7) → slow opening or
  off-target topic.
- `reuse_direction`: conversion rate > 0 and ≥ median × `high_conversion_factor` (2.0) → reuse
  the topic and format.
- `low_interaction`: engagement rate ≤ median × `low_interaction_factor` (0.5) → stronger prompts.
  Medians need `min_baseline_posts` (5) posts of the account with the metric.
- `main_channel`: one WeChat traffic channel (account_daily.extra["channels"] = {渠道: 阅读人数})
  or one platform (share of the month's post views) brings ≥ `channel_share` (0.5) → invest there.
- `promotion_roi` / `promotion_follower_cost`: the stop flags of `promotions.promotion_figures`.
- `churn_spike`: a day's unfollows ≥ `churn_factor` (3) × the average of the `churn_trailing_days`
  (28) days before and ≥ `churn_min_unfollows` (10); needs `churn_min_trailing_days` (7) days.
- `posting_below_plan`: posts published < plan (setting `calendar.posting_plan`, per week × days
  / 7, pro rata for the current month) × `posting_plan_ratio` (0.9).
- `goal_off_track`: the actual below the even-pace expectation × `goal_pace_ratio` (0.9): for a
  finished month the whole target, for the current month the share due by today
  (`goals.goal_progress`); a slight miss (e.g. 95 %) is left to the monthly review.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from app.models.vocabulary import Month, label, platform_name
from app.services.dashboard import Period
from app.services.metrics import PostFigures, post_figures
from app.services.promotions import promotion_figures

if TYPE_CHECKING:
    from app.store import Store

SETTING_KEY = "diagnosis.thresholds"

DEFAULT_THRESHOLDS: dict[str, float] = {
    "age_days": 7,
    "min_age_days": 5,
    "history_days": 180,
    "min_baseline_posts": 5,
    "high_views_factor": 1.5,
    "low_conversion_factor": 0.5,
    "low_completion_factor": 0.7,
    "high_conversion_factor": 2.0,
    "low_interaction_factor": 0.5,
    "channel_share": 0.5,
    "churn_factor": 3.0,
    "churn_min_unfollows": 10,
    "churn_trailing_days": 28,
    "churn_min_trailing_days": 7,
    "posting_plan_ratio": 0.9,
    "goal_pace_ratio": 0.9,
}

INFO, SUGGESTION, WARNING, CRITICAL = "info", "suggestion", "warning", "critical"
#: Severities from least to most urgent (the tab sorts and filters by them).
SEVERITIES = (INFO, SUGGESTION, WARNING, CRITICAL)
SEVERITY_LABELS = {
    INFO: QT_TRANSLATE_NOOP("diagnosis", "提示"),
    SUGGESTION: QT_TRANSLATE_NOOP("diagnosis", "机会"),
    WARNING: QT_TRANSLATE_NOOP("diagnosis", "问题"),
    CRITICAL: QT_TRANSLATE_NOOP("diagnosis", "紧急"),
}

RULE_LABELS = {
    "high_views_low_conversion": QT_TRANSLATE_NOOP("diagnosis", "高阅读低转化"),
    "low_completion": QT_TRANSLATE_NOOP("diagnosis", "完播率低"),
    "reuse_direction": QT_TRANSLATE_NOOP("diagnosis", "高转化方向"),
    "low_interaction": QT_TRANSLATE_NOOP("diagnosis", "互动少"),
    "main_channel": QT_TRANSLATE_NOOP("diagnosis", "主要流量来源"),
    "promotion_roi": QT_TRANSLATE_NOOP("diagnosis", "投放亏损"),
    "promotion_follower_cost": QT_TRANSLATE_NOOP("diagnosis", "涨粉成本高"),
    "churn_spike": QT_TRANSLATE_NOOP("diagnosis", "掉粉异常"),
    "posting_below_plan": QT_TRANSLATE_NOOP("diagnosis", "发布不足"),
    "goal_off_track": QT_TRANSLATE_NOOP("diagnosis", "目标落后"),
    "too_fresh": QT_TRANSLATE_NOOP("diagnosis", "数据太新"),
}

T_HIGH_VIEWS_LOW_CONV = QT_TRANSLATE_NOOP("diagnosis", "《{title}》浏览量 {views} 是账号中位数的 {times} 倍，但转化率只有 {rate}（中位数 {median}）。流量来了没接住：检查产品链接是否醒目、落地页是否顺畅，文中把引导说得更直接。")
T_LOW_COMPLETION = QT_TRANSLATE_NOOP("diagnosis", "《{title}》完播率 {rate}，明显低于账号中位数 {median}。开头太慢或选题跑偏：前 3 秒直接抛出痛点或结果，选题贴近粉丝关心的事。")
T_REUSE = QT_TRANSLATE_NOOP("diagnosis", "《{title}》转化率 {rate}，是账号中位数 {median} 的 {times} 倍（选题：{topic}；形式：{format}）。这个方向值得复用：同一选题换角度再做几篇，沿用这种形式。")
T_LOW_INTERACTION = QT_TRANSLATE_NOOP("diagnosis", "《{title}》互动率 {rate}，明显低于账号中位数 {median}。加强互动引导：结尾抛一个问题让大家留言，或做评论区抽奖。")
T_CHANNEL = QT_TRANSLATE_NOOP("diagnosis", "本月 {share} 的流量来自「{name}」。这是主要流量来源，多投入：优先在这里发、花心思做。")
T_CHURN = QT_TRANSLATE_NOOP("diagnosis", "{name}在 {day} 取消关注 {unfollows} 人，是此前 {days} 天平均（{average}）的 {times} 倍。回看当天发了什么、有没有推送过多或引起反感的内容。")
T_PLAN = QT_TRANSLATE_NOOP("diagnosis", "{name}本月发了 {published} 篇，计划应发 {expected} 篇（每周 {per_week} 篇）。发布不足，提前备稿、排进日历。")
T_GOAL_MISSED = QT_TRANSLATE_NOOP("diagnosis", "{name}「{metric}」目标 {target}，实际 {actual}，完成 {ratio}。目标没达成：复盘原因，调整下月打法或目标。")
T_GOAL_BEHIND = QT_TRANSLATE_NOOP("diagnosis", "{name}「{metric}」目标 {target}，到今天按进度应有 {expected}，实际 {actual}。进度落后：加推高转化内容或活动追一追。")
T_NO_CONVERSION = QT_TRANSLATE_NOOP("diagnosis", "无转化数据：{name}本月的内容没有转化数，无法判断高阅读低转化和高转化方向。导入订单/线索数据后再看。")
T_NO_COMPLETION = QT_TRANSLATE_NOOP("diagnosis", "无完播率数据：{name}本月的内容没有完播率，无法判断完播问题。")
T_NO_ENGAGEMENT = QT_TRANSLATE_NOOP("diagnosis", "无互动数据：{name}本月的内容缺少点赞/评论/分享/收藏中的一项，无法计算互动率。")
T_THIN = QT_TRANSLATE_NOOP("diagnosis", "历史数据太少：{name}只有 {count} 篇内容有{metric}，至少要 {needed} 篇才能和账号平时比较。")
T_NO_UNFOLLOWS = QT_TRANSLATE_NOOP("diagnosis", "无取关数据：{name}本月没有取消关注人数，无法判断掉粉异常。")
T_NO_VIEWS = QT_TRANSLATE_NOOP("diagnosis", "无浏览数据：本月的内容没有浏览量，无法判断主要流量来源。")
T_NO_PLAN = QT_TRANSLATE_NOOP("diagnosis", "未设置发布计划：在日历里设定每个平台每周发几篇，才能判断发布是否不足。")
T_NO_GOAL_DATA = QT_TRANSLATE_NOOP("diagnosis", "无实际数据：{name}「{metric}」有目标，但本月还没有导入相应数据，无法判断进度。")
T_FRESH = QT_TRANSLATE_NOOP("diagnosis", "{name}有 {count} 篇内容的数据还不满 {days} 天，暂不和老内容比较，等数据更新后再看。")
T_NO_REVENUE = QT_TRANSLATE_NOOP("diagnosis", "无成交数据：投放「{name}」是转化目标，但没有花费或成交金额，无法计算投入产出比。")
#: How a finding names one of the operator's accounts: the platform, then the account's own name.
T_ACCOUNT = QT_TRANSLATE_NOOP("diagnosis", "{platform}「{name}」")

METRIC_WORDS = {
    "views": QT_TRANSLATE_NOOP("diagnosis", "浏览量"),
    "conversion_rate": QT_TRANSLATE_NOOP("diagnosis", "转化率"),
    "completion_rate": QT_TRANSLATE_NOOP("diagnosis", "完播率"),
    "engagement_rate": QT_TRANSLATE_NOOP("diagnosis", "互动率"),
}
NO_TOPIC = QT_TRANSLATE_NOOP("diagnosis", "未关联选题")
ALL_ACCOUNTS = QT_TRANSLATE_NOOP("diagnosis", "全部账号")


@dataclasses.dataclass(frozen=True)
class Finding:
    """One thing the numbers say: which rule, how urgent, about what, on which numbers, what to do.

    `subject` is {"kind": post|account|platform|channel|promotion|goal|plan, "id", "title",
    "platform"}; `evidence` holds the numbers compared (rates as fractions, dates as dates).
    """

    rule: str
    severity: str
    subject: dict[str, Any]
    evidence: dict[str, Any]
    suggestion: str

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def thresholds(store: Store) -> dict[str, float]:
    """The defaults overlaid with the operator's edits (unknown keys are ignored)."""
    edited = store.setting(SETTING_KEY, {}) or {}
    return {**DEFAULT_THRESHOLDS, **{k: float(v) for k, v in edited.items() if k in DEFAULT_THRESHOLDS}}


def default_month(store: Store, today: dt.date | None = None) -> str:
    """The month of the latest published own post (what there is to diagnose), else this month."""
    with store.reading() as uow:
        conn = uow.connection()
        latest = conn.execute(sa.text(
            "SELECT MAX(p.published_at) FROM post p JOIN account a ON a.id = p.account_id WHERE a.is_own = 1"
        )).scalar()
    day = dt.date.fromisoformat(str(latest)[:10]) if latest else (today or clock.today())
    return str(Month.of(day))


def diagnose(store: Store, month: str | None = None, *, translate: Translate = untranslated,
             today: dt.date | None = None) -> list[Finding]:
    """Every finding of `month` (`YYYY-MM`; default `default_month`), most urgent first."""
    today = today or clock.today()
    period = Period.month(month or default_month(store, today))
    limits = thresholds(store)
    say = _Say(translate)
    history_start = period.end - dt.timedelta(days=int(limits["history_days"]))
    history = post_figures(store, history_start, period.end, age_days=int(limits["age_days"]))
    in_month = [p for p in history if p.published_at.date() >= period.start]
    accounts = _accounts(store)
    findings: list[Finding] = []
    findings += _fresh_posts(in_month, accounts, limits, say)
    grown = [p for p in history if p.at_age is not None and p.at_age.age_days >= limits["min_age_days"]]
    findings += _post_rules(grown, [p for p in grown if p.published_at.date() >= period.start], accounts,
                            limits, say)
    findings += _channel_rule(store, period, in_month, limits, say)
    findings += _promotion_rules(store, period, translate, say)
    findings += _churn_rule(store, period, in_month, accounts, limits, say)
    findings += _plan_rule(store, period, in_month, limits, say, today)
    findings += _goal_rule(store, period, limits, say, today)
    order = {severity: i for i, severity in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: -order[f.severity])


class _Say:
    """Translate a marked template, then fill it in."""

    def __init__(self, translate: Translate) -> None:
        self.translate = translate

    def __call__(self, template: str, **params: Any) -> str:
        return self.translate("diagnosis", template).format(**params)

    def word(self, text: str) -> str:
        return self.translate("diagnosis", text)

    def platform(self, code: str) -> str:
        """A platform's name in the reader's language (codes it does not know as they are)."""
        return platform_name(code, self.translate)

    def account(self, platform: str, name: str) -> str:
        return self(T_ACCOUNT, platform=self.platform(platform), name=name)


def _pct(value: float) -> str:
    return f"{value:.1%}"


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 100 else f"{value:,.1f}"


def _accounts(store: Store) -> dict[int, dict[str, Any]]:
    with store.reading() as uow:
        conn = uow.connection()
        rows = conn.execute(sa.text("SELECT id, platform, name FROM account WHERE is_own = 1")).mappings()
        return {r["id"]: {"id": r["id"], "platform": r["platform"], "name": r["name"]} for r in rows}


def _account_name(account: dict[str, Any], say: _Say) -> str:
    return say.account(account["platform"], account["name"])


def _account_subject(account: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "account", "id": account["id"], "title": account["name"], "platform": account["platform"]}


def _post_subject(post: PostFigures) -> dict[str, Any]:
    return {"kind": "post", "id": post.post_id, "title": post.title, "platform": post.platform}


# --- Posts against the account's own history ---------------------------------------------------

def _values(posts: list[PostFigures], key: str) -> list[tuple[PostFigures, float]]:
    return [(p, p.at_age[key]) for p in posts if p.at_age is not None and p.at_age[key] is not None]


def _account_median(key: str, rule: str, missing: str, base: list[PostFigures], posts: list[PostFigures],
                    account: dict[str, Any], needed: int, say: _Say) -> tuple[float | None, Finding | None]:
    """The account's median of `key` over its history, or None and an info finding saying why not."""
    name = _account_name(account, say)
    if not _values(posts, key):
        return None, Finding(rule, INFO, _account_subject(account), {"missing": key, "posts": len(posts)},
                             say(missing, name=name))
    values = [v for _p, v in _values(base, key)]
    if len(values) < needed:
        return None, Finding(rule, INFO, _account_subject(account),
                             {"metric": key, "baseline_posts": len(values), "needed": needed},
                             say(T_THIN, name=name, count=len(values), metric=say.word(METRIC_WORDS[key]),
                                 needed=needed))
    return statistics.median(values), None


def _fresh_posts(in_month: list[PostFigures], accounts: dict[int, dict[str, Any]], limits: dict[str, float],
                 say: _Say) -> list[Finding]:
    young: dict[int, list[PostFigures]] = defaultdict(list)
    for post in in_month:
        if post.at_age is not None and post.at_age.age_days < limits["min_age_days"]:
            young[post.account_id].append(post)
    days = int(limits["min_age_days"])
    return [Finding("too_fresh", INFO, _account_subject(accounts[account_id]),
                    {"posts": [p.post_id for p in posts], "min_age_days": days},
                    say(T_FRESH, name=_account_name(accounts[account_id], say), count=len(posts), days=days))
            for account_id, posts in young.items()]


def _post_rules(history: list[PostFigures], in_month: list[PostFigures], accounts: dict[int, dict[str, Any]],
                limits: dict[str, float], say: _Say) -> list[Finding]:
    by_account: dict[int, list[PostFigures]] = defaultdict(list)
    for post in history:
        by_account[post.account_id].append(post)
    month_by_account: dict[int, list[PostFigures]] = defaultdict(list)
    for post in in_month:
        month_by_account[post.account_id].append(post)
    out: list[Finding] = []
    needed = int(limits["min_baseline_posts"])
    for account_id, posts in month_by_account.items():
        account = accounts[account_id]
        base = by_account[account_id]

        def evidence(post: PostFigures, **numbers: Any) -> dict[str, Any]:
            snap = post.at_age
            assert snap is not None
            return {**numbers, "snapshot_on": snap.captured_on, "age_days": snap.age_days,
                    "published_at": post.published_at}

        def median_of(key: str, rule: str, missing: str, base: list[PostFigures] = base,
                      posts: list[PostFigures] = posts, account: dict[str, Any] = account) -> float | None:
            median, finding = _account_median(key, rule, missing, base, posts, account, needed, say)
            if finding:
                out.append(finding)
            return median

        conv_median = median_of("conversion_rate", "high_views_low_conversion", T_NO_CONVERSION)
        views_median = statistics.median(v for _p, v in _values(base, "views")) if _values(base, "views") else None
        if conv_median is not None and views_median:
            for post, rate in _values(posts, "conversion_rate"):
                views = post.at_age["views"]
                if (views >= views_median * limits["high_views_factor"]
                        and rate <= conv_median * limits["low_conversion_factor"]):
                    out.append(Finding("high_views_low_conversion", WARNING, _post_subject(post), evidence(
                        post, views=views, views_median=views_median, conversion_rate=rate,
                        conversion_rate_median=conv_median, conversions=post.at_age["conversions"],
                        high_views_factor=limits["high_views_factor"],
                        low_conversion_factor=limits["low_conversion_factor"]),
                        say(T_HIGH_VIEWS_LOW_CONV, title=post.title, views=_num(views),
                            times=f"{views / views_median:.1f}", rate=_pct(rate), median=_pct(conv_median))))
        if conv_median is not None:
            for post, rate in _values(posts, "conversion_rate"):
                if rate > 0 and rate >= conv_median * limits["high_conversion_factor"]:
                    times = f"{rate / conv_median:.1f}" if conv_median else "∞"
                    out.append(Finding("reuse_direction", SUGGESTION, _post_subject(post), evidence(
                        post, conversion_rate=rate, conversion_rate_median=conv_median,
                        conversions=post.at_age["conversions"], views=post.at_age["views"],
                        topic_id=post.topic_id, topic=post.topic, format=post.format,
                        high_conversion_factor=limits["high_conversion_factor"]),
                        say(T_REUSE, title=post.title, rate=_pct(rate), median=_pct(conv_median), times=times,
                            topic=post.topic or say.word(NO_TOPIC),
                            format=label("post_format", post.format, say.translate))))
        for key, rule, severity, factor, template, missing in (
            ("completion_rate", "low_completion", WARNING, "low_completion_factor", T_LOW_COMPLETION, T_NO_COMPLETION),
            ("engagement_rate", "low_interaction", WARNING, "low_interaction_factor", T_LOW_INTERACTION,
             T_NO_ENGAGEMENT),
        ):
            median = median_of(key, rule, missing)
            if median is None:
                continue
            for post, rate in _values(posts, key):
                if rate <= median * limits[factor]:
                    out.append(Finding(rule, severity, _post_subject(post), evidence(
                        post, **{key: rate, f"{key}_median": median, factor: limits[factor]}),
                        say(template, title=post.title, rate=_pct(rate), median=_pct(median))))
    return out


# --- Channels and platforms ---------------------------------------------------------------------

def _channel_rule(store: Store, period: Period, in_month: list[PostFigures], limits: dict[str, float],
                  say: _Say) -> list[Finding]:
    out: list[Finding] = []
    with store.reading() as uow:
        conn = uow.connection()
        channels = conn.execute(sa.text("""
            SELECT a.platform, j.key AS channel, SUM(j.value) AS readers
            FROM account_daily d JOIN account a ON a.id = d.account_id,
                 json_each(d.extra, '$.channels') j
            WHERE a.is_own = 1 AND d.day BETWEEN :start AND :end AND json_valid(d.extra)
              AND json_type(d.extra, '$.channels') = 'object' AND j.key NOT IN ('全部', 'all')
            GROUP BY a.platform, j.key"""), {"start": period.start.isoformat(), "end": period.end.isoformat()}).all()
    by_platform: dict[str, dict[str, float]] = defaultdict(dict)
    for platform, channel, readers in channels:
        if readers is not None:
            by_platform[platform][channel] = readers
    for platform, shares in by_platform.items():
        total = sum(shares.values())
        name, value = max(shares.items(), key=lambda kv: kv[1])
        if total and len(shares) > 1 and value / total >= limits["channel_share"]:
            out.append(Finding("main_channel", SUGGESTION,
                               {"kind": "channel", "id": name, "title": name, "platform": platform},
                               {"source": "channels", "share": value / total, "readers": value, "total": total,
                                "channels": shares, "channel_share": limits["channel_share"]},
                               say(T_CHANNEL, share=_pct(value / total), name=name)))
    views: dict[str, float] = defaultdict(float)
    for post in in_month:
        if post.latest is not None and post.latest["views"] is not None:
            views[post.platform] += post.latest["views"]
    if in_month and not views:
        out.append(Finding("main_channel", INFO, {"kind": "platform", "id": None, "title": None, "platform": None},
                           {"missing": "views", "posts": len(in_month)}, say(T_NO_VIEWS)))
    total = sum(views.values())
    if len(views) > 1 and total:
        platform, value = max(views.items(), key=lambda kv: kv[1])
        if value / total >= limits["channel_share"]:
            title = platform_name(platform)
            out.append(Finding("main_channel", SUGGESTION,
                               {"kind": "platform", "id": platform, "title": title, "platform": platform},
                               {"source": "platform_views", "share": value / total, "views": value, "total": total,
                                "platforms": dict(views), "channel_share": limits["channel_share"]},
                               say(T_CHANNEL, share=_pct(value / total), name=say.platform(platform))))
    return out


# --- Promotions ---------------------------------------------------------------------------------

def _promotion_rules(store: Store, period: Period, translate: Translate, say: _Say) -> list[Finding]:
    out: list[Finding] = []
    for promo in promotion_figures(store, period.start, period.end, translate=translate):
        title = promo["name"] or promo["post_title"] or f"#{promo['id']}"
        subject = {"kind": "promotion", "id": promo["id"], "title": title, "platform": promo["platform"]}
        numbers = {key: promo[key] for key in ("objective", "spend", "revenue", "roi", "follows_gained",
                                               "cost_per_follower", "usual_cost_per_follower", "conversions")}
        if promo["flag"]:
            rule = "promotion_roi" if promo["flag_reason"] == "roi_below_1" else "promotion_follower_cost"
            severity = CRITICAL if rule == "promotion_roi" else WARNING
            out.append(Finding(rule, severity, subject, {**numbers, "reason": promo["flag_reason"]},
                               promo["stop_suggestion"]))
        elif promo["objective"] == "conversion" and promo["roi"] is None:
            out.append(Finding("promotion_roi", INFO, subject, {**numbers, "missing": "roi"},
                               say(T_NO_REVENUE, name=title)))
    return out


# --- Followers, plan, goals ---------------------------------------------------------------------

_CHURN_SQL = """
SELECT account_id, day, unfollows, trailing_average, trailing_days FROM (
  SELECT d.account_id, d.day, COALESCE(d.unfollows, d.new_follows - d.net_follows) AS unfollows,
         AVG(COALESCE(d.unfollows, d.new_follows - d.net_follows)) OVER w AS trailing_average,
         COUNT(COALESCE(d.unfollows, d.new_follows - d.net_follows)) OVER w AS trailing_days
  FROM account_daily d JOIN account a ON a.id = d.account_id
  WHERE a.is_own = 1 AND d.day BETWEEN :history_start AND :end
  WINDOW w AS (PARTITION BY d.account_id ORDER BY julianday(d.day)
               RANGE BETWEEN :trailing PRECEDING AND 1 PRECEDING)
) WHERE day >= :start
"""


def _churn_rule(store: Store, period: Period, in_month: list[PostFigures], accounts: dict[int, dict[str, Any]],
                limits: dict[str, float], say: _Say) -> list[Finding]:
    trailing = int(limits["churn_trailing_days"])
    params = {"start": period.start.isoformat(), "end": period.end.isoformat(), "trailing": trailing,
              "history_start": (period.start - dt.timedelta(days=trailing)).isoformat()}
    with store.reading() as uow:
        conn = uow.connection()
        rows = conn.execute(sa.text(_CHURN_SQL), params).mappings().all()
    days: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        days[row["account_id"]].append(row)
    active = set(days) | {p.account_id for p in in_month}
    out: list[Finding] = []
    for account_id in sorted(active):
        account = accounts[account_id]
        known = [r for r in days.get(account_id, []) if r["unfollows"] is not None]
        if not known:
            out.append(Finding("churn_spike", INFO, _account_subject(account), {"missing": "unfollows"},
                               say(T_NO_UNFOLLOWS, name=_account_name(account, say))))
            continue
        spikes = [r for r in known
                  if r["trailing_days"] >= limits["churn_min_trailing_days"]
                  and r["unfollows"] >= limits["churn_min_unfollows"]
                  and r["unfollows"] >= limits["churn_factor"] * r["trailing_average"]]
        if not spikes:
            continue
        worst = max(spikes, key=lambda r: r["unfollows"] / max(r["trailing_average"], 1e-9))
        day = dt.date.fromisoformat(worst["day"])
        out.append(Finding("churn_spike", WARNING, _account_subject(account), {
            "day": day, "unfollows": worst["unfollows"], "trailing_average": worst["trailing_average"],
            "trailing_days": trailing, "churn_factor": limits["churn_factor"],
            "spike_days": [dt.date.fromisoformat(r["day"]) for r in spikes],
        }, say(T_CHURN, name=_account_name(account, say), day=day.isoformat(), unfollows=worst["unfollows"],
               days=trailing, average=f"{worst['trailing_average']:.1f}",
               times=f"{worst['unfollows'] / worst['trailing_average']:.1f}" if worst["trailing_average"] else "∞")))
    return out


def _plan_rule(store: Store, period: Period, in_month: list[PostFigures], limits: dict[str, float], say: _Say,
               today: dt.date) -> list[Finding]:
    from app.services.calendar import posting_plan

    if today < period.start:
        return []
    plan = posting_plan(store)
    if not plan:
        return [Finding("posting_below_plan", INFO, {"kind": "plan", "id": None, "title": None, "platform": None},
                        {"missing": "calendar.posting_plan"}, say(T_NO_PLAN))]
    days = (min(today, period.end) - period.start).days + 1
    published: dict[str, int] = defaultdict(int)
    for post in in_month:
        published[post.platform] += 1
    out = []
    for platform, per_week in plan.items():
        expected = per_week * days / 7
        if published[platform] < expected * limits["posting_plan_ratio"]:
            title = platform_name(platform)
            out.append(Finding("posting_below_plan", WARNING,
                               {"kind": "platform", "id": platform, "title": title, "platform": platform},
                               {"published": published[platform], "expected": round(expected, 1),
                                "per_week": per_week, "days": days,
                                "posting_plan_ratio": limits["posting_plan_ratio"]},
                               say(T_PLAN, name=say.platform(platform), published=published[platform], expected=f"{expected:.0f}",
                                   per_week=per_week)))
    return out


def _goal_rule(store: Store, period: Period, limits: dict[str, float], say: _Say, today: dt.date) -> list[Finding]:
    from app.services.goals import goal_progress

    month = period.months()[0]
    if today < period.start:
        return []
    with store.reading() as uow:
        conn = uow.connection()
        ids = {(r[0], r[1]): r[2] for r in conn.execute(
            sa.text("SELECT account_id, metric, id FROM goal WHERE month = :month"), {"month": month})}
    finished = today > period.end
    out = []
    for goal in goal_progress(store, month, today):
        metric = str(goal.metric)
        if goal.target is None or goal.expected is None:
            continue
        name = (say.account(goal.platform, goal.account)
                if goal.account_id is not None and goal.platform else say.word(ALL_ACCOUNTS))
        subject = {"kind": "goal", "id": ids.get((goal.account_id, metric)),
                   "title": f"{name} {label('goal_metric', metric, say.translate)} {month}", "platform": goal.platform}
        evidence = {"month": month, "metric": metric, "target": goal.target, "actual": goal.actual,
                    "expected": goal.expected, "ratio": goal.ratio, "finished": finished,
                    "goal_pace_ratio": limits["goal_pace_ratio"]}
        metric_name = label("goal_metric", metric, say.translate)
        actual = goal.actual
        if actual is None:
            out.append(Finding("goal_off_track", INFO, subject, {**evidence, "missing": metric},
                               say(T_NO_GOAL_DATA, name=name, metric=metric_name)))
        elif finished and actual < goal.target * limits["goal_pace_ratio"]:
            out.append(Finding("goal_off_track", WARNING, subject, evidence, say(
                T_GOAL_MISSED, name=name, metric=metric_name, target=_num(goal.target), actual=_num(actual), ratio=_pct(actual / goal.target) if goal.target else "-")))
        elif not finished and actual < goal.expected * limits["goal_pace_ratio"]:
            out.append(Finding("goal_off_track", WARNING, subject, evidence, say(
                T_GOAL_BEHIND, name=name, metric=metric_name, target=_num(goal.target),
                expected=_num(goal.expected), actual=_num(actual))))
    return out
