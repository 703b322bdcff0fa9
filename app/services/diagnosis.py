"""Diagnosis (数据诊断): rules that read a month's numbers the way an operator does, name the cause
the numbers point to, and say the one change to try.

`diagnose(store, month)` returns `Finding`s about the posts published in that month, that month's
promotions and goals, and its account numbers. Posts are compared at the same age (the snapshot
nearest `age_days` after publishing) against the *same account's* posts *of the same format*
(a live session only with live sessions, an image post only with image posts) published in the
`history_days` before the month's end (the month included). A post whose nearest snapshot is
younger than `min_age_days` (5, its settle time) is neither judged nor part of the medians (one
`too_fresh` info finding per account lists them). Where a rule's input is missing the rule emits
an `info` finding saying so (e.g. "无转化数据") instead of judging.

Every finding carries `cause` (a code of `CAUSE_LABELS`), `confidence` (`high`: two independent
signals agree, or the numbers are exact counts; `medium`: one signal beyond its threshold;
`low`: a guess by elimination) and `missing` (the columns that would settle an `unknown` cause).
Its suggestion is written for the cause.

Rules (ids, causes, and the thresholds of the setting `diagnosis.thresholds` that drive them):
- `high_views_low_conversion`: views ≥ median × `high_views_factor` (1.5) and conversion rate
  ≤ median × `low_conversion_factor` (0.5). Cause `weak_product_link` when product clicks per
  view (else profile visits per view) ≤ median × `low_click_factor` (0.5); `landing_page` when
  clicks per view are normal and conversions per click ≤ median × `low_click_factor`; else
  `unknown`, missing `product_clicks` (the conversions template has the column).
- `low_completion`: completion rate ≤ median × `low_completion_factor` (0.7). Cause
  `slow_opening` when 2s bounce ≥ median × `opening_bounce_factor` (1.2) or 5s completion ≤
  median × `opening_5s_factor` (0.85); `off_topic` when the opening holds (the 2s/5s numbers
  there are normal); `unknown`, missing `bounce_2s`/`completion_5s`, when neither exists.
- `reuse_direction` (`proven_direction`): conversion rate > 0 and ≥ median ×
  `high_conversion_factor` (2.0) → reuse the topic and format.
- `low_interaction`: engagement rate ≤ median × `low_interaction_factor` (0.5). Cause
  `no_prompt` when likes per view are normal but the comment rate is low (viewers liked it and
  were not asked to talk), `weak_resonance` when likes per view are low too.
  Medians need `min_baseline_posts` (5) posts of the account and format with the metric.
- `reach_collapsed`: views at `early_days` (2) ≥ the early median × `good_start_factor` (1.0)
  but the views added from then to `age_days` ≤ the median gain × `collapse_factor` (0.3).
  Cause `retention_drop` (completion or 5s completion below median × `opening_5s_factor`),
  `engagement_drop` (engagement below median × `opening_5s_factor`), `platform_limit` (both
  normal: the platform stopped pushing), `unknown` missing `completion_rate`/`engagement_rate`.
- `main_channel` (`main_source`): one WeChat traffic channel (account_daily.extra["channels"] =
  {渠道: 阅读人数}) or one platform (share of the month's post views) brings ≥ `channel_share`
  (0.5) → invest there.
- `promotion_roi` (`below_break_even`) / `promotion_follower_cost` (`follower_cost_high`,
  `no_followers`): the stop flags of `promotions.promotion_figures` (ROI against break-even).
- `churn_spike`: a day's unfollows ≥ `churn_factor` (3) × the average of the `churn_trailing_days`
  (28) days before and ≥ `churn_min_unfollows` (10); needs `churn_min_trailing_days` (7) days.
  Cause `after_post` when the account published within `churn_post_days` (1) before the day
  (the post is named), `external` when it published nothing then (舆情, a platform clean-up).
- `posting_below_plan` (`under_posting`): posts published < plan (setting
  `calendar.posting_plan`, per week × days / 7, pro rata for the current month) ×
  `posting_plan_ratio` (0.9).
- `goal_off_track`: the actual below the even-pace expectation × `goal_pace_ratio` (0.9): for a
  finished month the whole target, for the current month the share due by today
  (`goals.goal_progress`); a slight miss (e.g. 95 %) is left to the monthly review. Cause
  `under_posting` when the goal's platform published below plan (or the goal is the post count
  itself), `weak_posts` when it posted to plan, `unknown` missing `calendar.posting_plan` without
  a plan.
- `too_fresh` (`too_fresh`); an info finding saying a rule could not run has cause `no_data`
  and names the column in `missing`.

The queries are SQLAlchemy Core over the models (no SQLite-only functions); dates, windows and
JSON are worked out in Python, so the same code runs on a PostgreSQL store.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from app.models import Account, AccountDaily, Goal, Post
from app.models.vocabulary import Month, label, platform_name
from app.services.dashboard import Period
from app.services.metrics import PostFigures, Snapshot, post_figures, safe_ratio
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
    "opening_bounce_factor": 1.2,
    "opening_5s_factor": 0.85,
    "low_click_factor": 0.5,
    "early_days": 2,
    "good_start_factor": 1.0,
    "collapse_factor": 0.3,
    "churn_post_days": 1,
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
    "reach_collapsed": QT_TRANSLATE_NOOP("diagnosis", "开局好后劲断"),
}

#: What a finding says caused it; `unknown` when the data cannot tell (then `missing` says what would).
CAUSE_LABELS = {
    "slow_opening": QT_TRANSLATE_NOOP("diagnosis", "开头太慢"),
    "off_topic": QT_TRANSLATE_NOOP("diagnosis", "选题跑偏"),
    "weak_product_link": QT_TRANSLATE_NOOP("diagnosis", "产品引导弱"),
    "landing_page": QT_TRANSLATE_NOOP("diagnosis", "落地页不顺"),
    "no_prompt": QT_TRANSLATE_NOOP("diagnosis", "缺互动引导"),
    "weak_resonance": QT_TRANSLATE_NOOP("diagnosis", "内容没打动人"),
    "retention_drop": QT_TRANSLATE_NOOP("diagnosis", "留不住人，推荐停了"),
    "engagement_drop": QT_TRANSLATE_NOOP("diagnosis", "没人互动，推荐停了"),
    "platform_limit": QT_TRANSLATE_NOOP("diagnosis", "流量池到顶或限流"),
    "after_post": QT_TRANSLATE_NOOP("diagnosis", "发布后掉粉"),
    "external": QT_TRANSLATE_NOOP("diagnosis", "内容以外的原因"),
    "under_posting": QT_TRANSLATE_NOOP("diagnosis", "发得不够"),
    "weak_posts": QT_TRANSLATE_NOOP("diagnosis", "单篇效果弱"),
    "proven_direction": QT_TRANSLATE_NOOP("diagnosis", "验证过的方向"),
    "main_source": QT_TRANSLATE_NOOP("diagnosis", "主要来源"),
    "below_break_even": QT_TRANSLATE_NOOP("diagnosis", "低于保本线"),
    "follower_cost_high": QT_TRANSLATE_NOOP("diagnosis", "涨粉太贵"),
    "no_followers": QT_TRANSLATE_NOOP("diagnosis", "没带来粉丝"),
    "too_fresh": QT_TRANSLATE_NOOP("diagnosis", "数据还没稳定"),
    "no_data": QT_TRANSLATE_NOOP("diagnosis", "缺数据"),
    "unknown": QT_TRANSLATE_NOOP("diagnosis", "原因不明"),
}
HIGH, MEDIUM, LOW = "high", "medium", "low"
CONFIDENCE_LABELS = {
    HIGH: QT_TRANSLATE_NOOP("diagnosis", "把握大"),
    MEDIUM: QT_TRANSLATE_NOOP("diagnosis", "有一定把握"),
    LOW: QT_TRANSLATE_NOOP("diagnosis", "推测"),
}

T_HIGH_VIEWS = QT_TRANSLATE_NOOP("diagnosis", "《{title}》浏览量 {views} 是账号同类内容中位数的 {times} 倍，但转化率只有 {rate}（中位数 {median}）。")
T_CAUSE_LINK = QT_TRANSLATE_NOOP("diagnosis", "{signals}：看的人没点到产品，是产品引导弱。把商品卡/链接放得更醒目，口播和文案里直接说「点这里买」。")
T_CAUSE_LANDING = QT_TRANSLATE_NOOP("diagnosis", "{signals}：人点进去了却没下单，问题在落地页。检查价格、详情页首屏和下单步骤，先改落地页。")
T_CAUSE_CONVERSION_UNKNOWN = QT_TRANSLATE_NOOP("diagnosis", "没有商品点击数据，分不清是产品引导弱还是落地页不顺：在转化数据模板里填上「商品点击」再看。")
T_LOW_COMPLETION = QT_TRANSLATE_NOOP("diagnosis", "《{title}》完播率 {rate}，明显低于账号同类内容中位数 {median}。")
T_CAUSE_OPENING = QT_TRANSLATE_NOOP("diagnosis", "{signals}：人在开头几秒就走了，是开头太慢。前 3 秒直接抛出痛点或结果，删掉寒暄和铺垫。")
T_CAUSE_OFF_TOPIC = QT_TRANSLATE_NOOP("diagnosis", "{signals}：开头留住了人，中后段才走，是选题或内容没接住开头的承诺。换更贴近粉丝关心的选题，把承诺的干货提前给。")
T_CAUSE_COMPLETION_UNKNOWN = QT_TRANSLATE_NOOP("diagnosis", "没有 2秒跳出率和 5秒完播率，分不清是开头太慢还是选题跑偏：导出作品数据时勾选这两列再导入。")
T_REUSE = QT_TRANSLATE_NOOP("diagnosis", "《{title}》转化率 {rate}，是账号中位数 {median} 的 {times} 倍（选题：{topic}；形式：{format}）。这个方向值得复用：同一选题换角度再做几篇，沿用这种形式。")
T_THEN = QT_TRANSLATE_NOOP("diagnosis", "{finding}{cause}")
T_SIGNAL = QT_TRANSLATE_NOOP("diagnosis", "{metric} {value}（中位数 {median}）")
T_LOW_INTERACTION = QT_TRANSLATE_NOOP("diagnosis", "《{title}》互动率 {rate}，明显低于账号同类内容中位数 {median}。")
T_CAUSE_PROMPT = QT_TRANSLATE_NOOP("diagnosis", "{signals}：大家看了、也点了赞，只是没被邀请说话。结尾抛一个具体问题让大家留言，或做评论区抽奖。")
T_CAUSE_RESONANCE = QT_TRANSLATE_NOOP("diagnosis", "{signals}：点赞和评论都少，内容没打动人。回看选题是否戳中粉丝痛点，换个角度或加入真实案例。")
T_CAUSE_INTERACTION_UNKNOWN = QT_TRANSLATE_NOOP("diagnosis", "历史内容缺点赞或评论数，分不清是缺互动引导还是内容没打动人。")
T_COLLAPSED = QT_TRANSLATE_NOOP("diagnosis", "《{title}》前 {early} 天浏览 {early_views}（中位数 {early_median}），之后只多了 {gain}（同类内容一般再涨 {gain_median}）。")
T_CAUSE_RETENTION = QT_TRANSLATE_NOOP("diagnosis", "{signals}：平台试推后发现留不住人，就停了推荐。下次把开头和节奏做紧。")
T_CAUSE_ENGAGEMENT = QT_TRANSLATE_NOOP("diagnosis", "{signals}：试推的人没有互动，推荐就停了。加强互动引导，发布后第一时间回复评论。")
T_CAUSE_PLATFORM = QT_TRANSLATE_NOOP("diagnosis", "完播和互动都正常，可能是流量池到顶或被限流：看看有没有违规提示；同一选题换个角度再发一篇。")
T_CAUSE_COLLAPSE_UNKNOWN = QT_TRANSLATE_NOOP("diagnosis", "没有完播率和互动数据，分不清推荐为什么停了。")
T_CHANNEL = QT_TRANSLATE_NOOP("diagnosis", "本月 {share} 的流量来自「{name}」。这是主要流量来源，多投入：优先在这里发、花心思做。")
T_CHURN = QT_TRANSLATE_NOOP("diagnosis", "{name}在 {day} 取消关注 {unfollows} 人，是此前 {days} 天平均（{average}）的 {times} 倍。")
T_CAUSE_AFTER_POST = QT_TRANSLATE_NOOP("diagnosis", "前一天到当天发了《{title}》：回看这篇是否偏离粉丝期待、标题党或广告过重，下次同类内容先小范围试。")
T_CAUSE_EXTERNAL = QT_TRANSLATE_NOOP("diagnosis", "前后没有发布内容，原因多在内容以外：查当天的评论、私信和舆情，或平台是否清理了异常粉。")
T_PLAN = QT_TRANSLATE_NOOP("diagnosis", "{name}本月发了 {published} 篇，计划应发 {expected} 篇（每周 {per_week} 篇）。发布不足，提前备稿、排进日历。")
T_GOAL_MISSED = QT_TRANSLATE_NOOP("diagnosis", "{name}「{metric}」目标 {target}，实际 {actual}，完成 {ratio}。")
T_GOAL_BEHIND = QT_TRANSLATE_NOOP("diagnosis", "{name}「{metric}」目标 {target}，到今天按进度应有 {expected}，实际 {actual}。")
T_CAUSE_GOAL_POSTS = QT_TRANSLATE_NOOP("diagnosis", "{where}只发了 {published} 篇，计划 {expected} 篇：先把篇数补上，提前备稿排进日历。")
T_ALL_PLATFORMS = QT_TRANSLATE_NOOP("diagnosis", "有计划的平台合计")
T_CAUSE_GOAL_COUNT = QT_TRANSLATE_NOOP("diagnosis", "篇数就是这个目标：提前备稿，把差的篇数排进日历。")
T_CAUSE_GOAL_WEAK = QT_TRANSLATE_NOOP("diagnosis", "篇数按计划发了（{published} 篇），是单篇效果弱：多做验证过的高转化选题，或用活动、投放追一追。")
T_CAUSE_GOAL_UNKNOWN = QT_TRANSLATE_NOOP("diagnosis", "没有发布计划，分不清是发得少还是单篇效果弱：在日历里设好每周发几篇。")
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
    "bounce_2s": QT_TRANSLATE_NOOP("diagnosis", "2秒跳出率"),
    "completion_5s": QT_TRANSLATE_NOOP("diagnosis", "5秒完播率"),
    "click_rate": QT_TRANSLATE_NOOP("diagnosis", "每次浏览的商品点击"),
    "profile_rate": QT_TRANSLATE_NOOP("diagnosis", "每次浏览的主页访问"),
    "conversions_per_click": QT_TRANSLATE_NOOP("diagnosis", "每次点击的转化"),
    "like_rate": QT_TRANSLATE_NOOP("diagnosis", "点赞率"),
    "comment_rate": QT_TRANSLATE_NOOP("diagnosis", "评论率"),
}
NO_TOPIC = QT_TRANSLATE_NOOP("diagnosis", "未关联选题")
ALL_ACCOUNTS = QT_TRANSLATE_NOOP("diagnosis", "全部账号")


@dataclasses.dataclass(frozen=True)
class Finding:
    """One thing the numbers say: which rule, how urgent, about what, on which numbers, what to do.

    `subject` is {"kind": post|account|platform|channel|promotion|goal|plan, "id", "title",
    "platform"}; `evidence` holds the numbers compared (rates as fractions, dates as dates);
    `cause` is a code of `CAUSE_LABELS`, `confidence` high/medium/low, `missing` the columns
    that would tell an `unknown` cause.
    """

    rule: str
    severity: str
    subject: dict[str, Any]
    evidence: dict[str, Any]
    suggestion: str
    cause: str = "unknown"
    confidence: str = LOW
    missing: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def thresholds(store: Store) -> dict[str, float]:
    """The defaults overlaid with the operator's edits (unknown keys are ignored)."""
    edited = store.setting(SETTING_KEY, {}) or {}
    return {**DEFAULT_THRESHOLDS, **{k: float(v) for k, v in edited.items() if k in DEFAULT_THRESHOLDS}}


def default_month(store: Store, today: dt.date | None = None) -> str:
    """The month of the latest published own post (what there is to diagnose), else this month."""
    with store.reading() as uow:
        latest = uow.connection().execute(
            sa.select(sa.func.max(Post.published_at)).join(Account, Account.id == Post.account_id)
            .where(Account.is_own)).scalar()
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
    grown_in_month = [p for p in grown if p.published_at.date() >= period.start]
    findings += _post_rules(grown, grown_in_month, accounts, limits, say)
    early = {p.post_id: p.at_age for p in post_figures(store, history_start, period.end,
                                                       age_days=int(limits["early_days"]))}
    findings += _collapse_rule(grown, grown_in_month, early, limits, say)
    findings += _channel_rule(store, period, in_month, limits, say)
    findings += _promotion_rules(store, period, translate, say)
    findings += _churn_rule(store, period, in_month, accounts, limits, say)
    plan = _plan_counts(store, period, in_month, today)
    findings += _plan_rule(plan, limits, say)
    findings += _goal_rule(store, period, plan, limits, say, today)
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

    def then(self, finding: str, cause: str) -> str:
        """A finding followed by its cause: Chinese runs the sentences on, English needs a space."""
        return self(T_THEN, finding=finding, cause=cause)

    def platform(self, code: str) -> str:
        """A platform's name in the reader's language (codes it does not know as they are)."""
        return platform_name(code, self.translate)

    def account(self, platform: str, name: str) -> str:
        return self(T_ACCOUNT, platform=self.platform(platform), name=name)

    def signals(self, *items: tuple[str, float, float]) -> str:
        """"2秒跳出率 45.0%（中位数 20.0%），…": the numbers a cause rests on."""
        return self.word(T_LIST_SEPARATOR).join(
            self(T_SIGNAL, metric=self.word(METRIC_WORDS[key]), value=_pct(value), median=_pct(median))
            for key, value, median in items)


T_LIST_SEPARATOR = QT_TRANSLATE_NOOP("diagnosis", "，")


def _pct(value: float) -> str:
    return f"{value:.1%}"


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 100 else f"{value:,.1f}"


def _accounts(store: Store) -> dict[int, dict[str, Any]]:
    with store.reading() as uow:
        rows = uow.connection().execute(
            sa.select(Account.id, Account.platform, Account.name).where(Account.is_own)).mappings()
        return {r["id"]: {"id": r["id"], "platform": str(r["platform"]), "name": r["name"]} for r in rows}


def _account_name(account: dict[str, Any], say: _Say) -> str:
    return say.account(account["platform"], account["name"])


def _account_subject(account: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "account", "id": account["id"], "title": account["name"], "platform": account["platform"]}


def _post_subject(post: PostFigures) -> dict[str, Any]:
    return {"kind": "post", "id": post.post_id, "title": post.title, "platform": post.platform}


# --- Posts against the account's own history of the same format --------------------------------

#: Rates the causes rest on that the metric dictionary does not store: (numerator, denominator).
_DERIVED = {
    "click_rate": ("product_clicks", "views"),
    "profile_rate": ("profile_visits", "views"),
    "conversions_per_click": ("conversions", "product_clicks"),
    "like_rate": ("likes", "views"),
}


def _get(snap: Snapshot | None, key: str) -> float | None:
    """A metric of a snapshot, the derived rates of `_DERIVED` included."""
    if snap is None:
        return None
    if key in _DERIVED:
        numerator, denominator = _DERIVED[key]
        return safe_ratio(snap[numerator], snap[denominator])
    value: float | None = snap[key]
    return value


def _values(posts: list[PostFigures], key: str) -> list[tuple[PostFigures, float]]:
    return [(p, value) for p in posts if (value := _get(p.at_age, key)) is not None]


class _Baseline:
    """The medians of one account's posts of one format (its history), `needed` values at least."""

    def __init__(self, posts: list[PostFigures], needed: int) -> None:
        self.posts = posts
        self.needed = needed
        self._medians: dict[str, float | None] = {}

    def count(self, key: str) -> int:
        return len(_values(self.posts, key))

    def median(self, key: str) -> float | None:
        if key not in self._medians:
            values = [v for _p, v in _values(self.posts, key)]
            self._medians[key] = statistics.median(values) if len(values) >= self.needed else None
        return self._medians[key]


def _format_word(post_format: str, say: _Say) -> str:
    return label("post_format", post_format, say.translate)


def _account_median(key: str, rule: str, missing: str, base: _Baseline, posts: list[PostFigures],
                    account: dict[str, Any], post_format: str, say: _Say) -> tuple[float | None, Finding | None]:
    """The median of `key` over the account's history of this format, or None and an info finding saying why not."""
    name = _account_name(account, say)
    if not _values(posts, key):
        return None, Finding(rule, INFO, _account_subject(account),
                             {"missing": key, "posts": len(posts), "format": post_format},
                             say(missing, name=name), "no_data", HIGH, (key,))
    median = base.median(key)
    if median is None:
        return None, Finding(rule, INFO, _account_subject(account),
                             {"metric": key, "baseline_posts": base.count(key), "needed": base.needed,
                              "format": post_format},
                             say(T_THIN, name=name, count=base.count(key), metric=say.word(METRIC_WORDS[key]),
                                 needed=base.needed), "no_data", HIGH, (key,))
    return median, None


def _fresh_posts(in_month: list[PostFigures], accounts: dict[int, dict[str, Any]], limits: dict[str, float],
                 say: _Say) -> list[Finding]:
    young: dict[int, list[PostFigures]] = defaultdict(list)
    for post in in_month:
        if post.at_age is not None and post.at_age.age_days < limits["min_age_days"]:
            young[post.account_id].append(post)
    days = int(limits["min_age_days"])
    return [Finding("too_fresh", INFO, _account_subject(accounts[account_id]),
                    {"posts": [p.post_id for p in posts], "min_age_days": days},
                    say(T_FRESH, name=_account_name(accounts[account_id], say), count=len(posts), days=days),
                    "too_fresh", HIGH)
            for account_id, posts in young.items()]


def _groups(posts: list[PostFigures]) -> dict[tuple[int, str], list[PostFigures]]:
    """Posts by (account, format): a live session is only compared with live sessions."""
    out: dict[tuple[int, str], list[PostFigures]] = defaultdict(list)
    for post in posts:
        out[(post.account_id, str(post.format))].append(post)
    return out


def _evidence(post: PostFigures, **numbers: Any) -> dict[str, Any]:
    snap = post.at_age
    assert snap is not None
    return {**numbers, "format": str(post.format), "snapshot_on": snap.captured_on, "age_days": snap.age_days,
            "published_at": post.published_at}


def _compare(snap: Snapshot, base: _Baseline, key: str) -> tuple[float, float] | None:
    """(value, median) of `key` when both are known."""
    value, median = _get(snap, key), base.median(key)
    return None if value is None or median is None else (value, median)


def _opening_cause(snap: Snapshot, base: _Baseline, limits: dict[str, float], say: _Say,
                   ) -> tuple[str, str, tuple[str, ...], str, dict[str, Any]]:
    """slow_opening / off_topic / unknown for a post that loses viewers: (cause, confidence, missing, text, numbers)."""
    bounce, five = _compare(snap, base, "bounce_2s"), _compare(snap, base, "completion_5s")
    numbers = {f"{key}{suffix}": pair[i] for key, pair in (("bounce_2s", bounce), ("completion_5s", five)) if pair
               for i, suffix in enumerate(("", "_median"))}
    lost = [("bounce_2s", *bounce)] if bounce and bounce[0] >= bounce[1] * limits["opening_bounce_factor"] else []
    if five and five[0] <= five[1] * limits["opening_5s_factor"]:
        lost.append(("completion_5s", *five))
    if lost:
        return ("slow_opening", HIGH if len(lost) == 2 else MEDIUM, (), say(T_CAUSE_OPENING, signals=say.signals(*lost)),
                numbers)
    held = [(key, *pair) for key, pair in (("bounce_2s", bounce), ("completion_5s", five)) if pair]
    if held:
        return ("off_topic", HIGH if len(held) == 2 else MEDIUM, (), say(T_CAUSE_OFF_TOPIC, signals=say.signals(*held)),
                numbers)
    missing = tuple(key for key, pair in (("bounce_2s", bounce), ("completion_5s", five)) if not pair)
    return "unknown", LOW, missing, say(T_CAUSE_COMPLETION_UNKNOWN), numbers


def _conversion_cause(snap: Snapshot, base: _Baseline, limits: dict[str, float], say: _Say,
                      ) -> tuple[str, str, tuple[str, ...], str, dict[str, Any]]:
    """weak_product_link / landing_page / unknown for a post many saw and few bought from."""
    factor = limits["low_click_factor"]
    clicks, profile = _compare(snap, base, "click_rate"), _compare(snap, base, "profile_rate")
    per_click = _compare(snap, base, "conversions_per_click")
    numbers = {f"{key}{suffix}": pair[i] for key, pair in (("click_rate", clicks), ("profile_rate", profile),
                                                           ("conversions_per_click", per_click)) if pair
               for i, suffix in enumerate(("", "_median"))}
    if clicks and clicks[0] <= clicks[1] * factor:
        confirmed = profile is not None and profile[0] <= profile[1] * factor
        signals = [("click_rate", *clicks)] + ([("profile_rate", *profile)] if confirmed else [])
        return ("weak_product_link", HIGH if confirmed else MEDIUM, (),
                say(T_CAUSE_LINK, signals=say.signals(*signals)), numbers)
    if clicks:
        signals = [("click_rate", *clicks)] + ([("conversions_per_click", *per_click)] if per_click else [])
        sure = per_click is not None and per_click[0] <= per_click[1] * factor
        return ("landing_page", HIGH if sure else MEDIUM, (), say(T_CAUSE_LANDING, signals=say.signals(*signals)),
                numbers)
    if profile and profile[0] <= profile[1] * factor:
        return ("weak_product_link", LOW, ("product_clicks",),
                say(T_CAUSE_LINK, signals=say.signals(("profile_rate", *profile))), numbers)
    return "unknown", LOW, ("product_clicks",), say(T_CAUSE_CONVERSION_UNKNOWN), numbers


def _interaction_cause(snap: Snapshot, base: _Baseline, limits: dict[str, float], say: _Say,
                       ) -> tuple[str, str, tuple[str, ...], str, dict[str, Any]]:
    """no_prompt / weak_resonance for a post few interacted with."""
    likes, comments = _compare(snap, base, "like_rate"), _compare(snap, base, "comment_rate")
    numbers = {f"{key}{suffix}": pair[i] for key, pair in (("like_rate", likes), ("comment_rate", comments)) if pair
               for i, suffix in enumerate(("", "_median"))}
    if likes is None or comments is None:
        missing = tuple(k for k, pair in (("likes", likes), ("comments", comments)) if pair is None)
        return "unknown", LOW, missing, say(T_CAUSE_INTERACTION_UNKNOWN), numbers
    factor = limits["low_interaction_factor"]
    if likes[0] > likes[1] * factor:
        sure = comments[0] <= comments[1] * factor
        return ("no_prompt", HIGH if sure else MEDIUM, (),
                say(T_CAUSE_PROMPT, signals=say.signals(("like_rate", *likes), ("comment_rate", *comments))), numbers)
    return ("weak_resonance", HIGH if comments[0] <= comments[1] * factor else MEDIUM, (),
            say(T_CAUSE_RESONANCE, signals=say.signals(("like_rate", *likes), ("comment_rate", *comments))), numbers)


def _post_rules(history: list[PostFigures], in_month: list[PostFigures], accounts: dict[int, dict[str, Any]],
                limits: dict[str, float], say: _Say) -> list[Finding]:
    bases = _groups(history)
    out: list[Finding] = []
    needed = int(limits["min_baseline_posts"])
    for (account_id, post_format), posts in _groups(in_month).items():
        account = accounts[account_id]
        base = _Baseline(bases[(account_id, post_format)], needed)

        def median_of(key: str, rule: str, missing: str, base: _Baseline = base, posts: list[PostFigures] = posts,
                      account: dict[str, Any] = account, post_format: str = post_format) -> float | None:
            median, finding = _account_median(key, rule, missing, base, posts, account, post_format, say)
            if finding:
                out.append(finding)
            return median

        conv_median = median_of("conversion_rate", "high_views_low_conversion", T_NO_CONVERSION)
        views_median = base.median("views")
        if conv_median is not None and views_median:
            for post, rate in _values(posts, "conversion_rate"):
                snap = post.at_age
                assert snap is not None
                views = snap["views"]
                if (views >= views_median * limits["high_views_factor"]
                        and rate <= conv_median * limits["low_conversion_factor"]):
                    cause, confidence, missing, why, numbers = _conversion_cause(snap, base, limits, say)
                    out.append(Finding("high_views_low_conversion", WARNING, _post_subject(post), _evidence(
                        post, views=views, views_median=views_median, conversion_rate=rate,
                        conversion_rate_median=conv_median, conversions=snap["conversions"],
                        product_clicks=snap["product_clicks"], profile_visits=snap["profile_visits"], **numbers,
                        high_views_factor=limits["high_views_factor"],
                        low_conversion_factor=limits["low_conversion_factor"]),
                        say.then(say(T_HIGH_VIEWS, title=post.title, views=_num(views), times=f"{views / views_median:.1f}",
                                     rate=_pct(rate), median=_pct(conv_median)), why), cause, confidence, missing))
        if conv_median is not None:
            for post, rate in _values(posts, "conversion_rate"):
                if rate > 0 and rate >= conv_median * limits["high_conversion_factor"]:
                    snap = post.at_age
                    assert snap is not None
                    times = f"{rate / conv_median:.1f}" if conv_median else "∞"
                    out.append(Finding("reuse_direction", SUGGESTION, _post_subject(post), _evidence(
                        post, conversion_rate=rate, conversion_rate_median=conv_median,
                        conversions=snap["conversions"], views=snap["views"],
                        topic_id=post.topic_id, topic=post.topic,
                        high_conversion_factor=limits["high_conversion_factor"]),
                        say(T_REUSE, title=post.title, rate=_pct(rate), median=_pct(conv_median), times=times,
                            topic=post.topic or say.word(NO_TOPIC), format=_format_word(post.format, say)),
                        "proven_direction", HIGH if base.count("conversion_rate") >= 2 * needed else MEDIUM))
        rules: tuple[tuple[str, str, str, str, Callable[..., Any], str], ...] = (
            ("completion_rate", "low_completion", "low_completion_factor", T_LOW_COMPLETION, _opening_cause,
             T_NO_COMPLETION),
            ("engagement_rate", "low_interaction", "low_interaction_factor", T_LOW_INTERACTION, _interaction_cause,
             T_NO_ENGAGEMENT),
        )
        for key, rule, factor, template, find_cause, missing_text in rules:
            median = median_of(key, rule, missing_text)
            if median is None:
                continue
            for post, rate in _values(posts, key):
                if rate <= median * limits[factor]:
                    snap = post.at_age
                    assert snap is not None
                    cause, confidence, missing, why, numbers = find_cause(snap, base, limits, say)
                    out.append(Finding(rule, WARNING, _post_subject(post), _evidence(
                        post, **{key: rate, f"{key}_median": median, **numbers, factor: limits[factor]}),
                        say.then(say(template, title=post.title, rate=_pct(rate), median=_pct(median)), why),
                        cause, confidence, missing))
    return out


def _collapse_rule(history: list[PostFigures], in_month: list[PostFigures], early: dict[int, Snapshot | None],
                   limits: dict[str, float], say: _Say) -> list[Finding]:
    """Posts that started well and then stopped growing, against the same account and format."""

    def start_and_gain(post: PostFigures) -> tuple[float, float] | None:
        first, later = early.get(post.post_id), post.at_age
        if first is None or later is None or first.captured_on >= later.captured_on:
            return None
        if first["views"] is None or later["views"] is None or not first["views"]:
            return None
        return first["views"], later["views"] - first["views"]

    needed = int(limits["min_baseline_posts"])
    bases = _groups(history)
    out: list[Finding] = []
    for group, posts in _groups(in_month).items():
        base_posts = bases[group]
        pairs = [pair for p in base_posts if (pair := start_and_gain(p)) is not None]
        if len(pairs) < needed:
            continue
        start_median = statistics.median(a for a, _g in pairs)
        gain_median = statistics.median(g for _a, g in pairs)
        if gain_median <= 0:
            continue
        base = _Baseline(base_posts, needed)
        factor = limits["opening_5s_factor"]
        for post in posts:
            pair = start_and_gain(post)
            if pair is None or pair[0] < start_median * limits["good_start_factor"]:
                continue
            if pair[1] > gain_median * limits["collapse_factor"]:
                continue
            snap = post.at_age
            first = early[post.post_id]
            assert snap is not None and first is not None
            held = [(k, *c) for k in ("completion_rate", "completion_5s") if (c := _compare(snap, base, k))]
            engaged = _compare(snap, base, "engagement_rate")
            lost = [s for s in held if s[1] <= s[2] * factor]
            if lost:
                cause, confidence, missing, why = ("retention_drop", HIGH if len(lost) == 2 else MEDIUM, (),
                                                   say(T_CAUSE_RETENTION, signals=say.signals(*lost)))
            elif engaged and engaged[0] <= engaged[1] * factor:
                cause, confidence, missing, why = ("engagement_drop", MEDIUM, (),
                                                   say(T_CAUSE_ENGAGEMENT,
                                                       signals=say.signals(("engagement_rate", *engaged))))
            elif held or engaged:
                cause, confidence, missing, why = "platform_limit", LOW, (), say(T_CAUSE_PLATFORM)
            else:
                cause, confidence, missing, why = ("unknown", LOW, ("completion_rate", "engagement_rate"),
                                                   say(T_CAUSE_COLLAPSE_UNKNOWN))
            out.append(Finding("reach_collapsed", WARNING, _post_subject(post), _evidence(
                post, early_views=pair[0], early_views_median=start_median, early_age_days=first.age_days,
                views_gained_after=pair[1], views_gained_after_median=gain_median,
                collapse_factor=limits["collapse_factor"]),
                say.then(say(T_COLLAPSED, title=post.title, early=first.age_days, early_views=_num(pair[0]),
                             early_median=_num(start_median), gain=_num(pair[1]), gain_median=_num(gain_median)), why),
                cause, confidence, missing))
    return out


# --- Channels and platforms ---------------------------------------------------------------------

def _channel_readers(store: Store, period: Period) -> dict[str, dict[str, float]]:
    """Readers per WeChat traffic channel (account_daily.extra["channels"]) per platform over the period."""
    with store.reading() as uow:
        rows = uow.connection().execute(
            sa.select(Account.platform, AccountDaily.extra).join(Account, Account.id == AccountDaily.account_id)
            .where(Account.is_own, AccountDaily.day.between(period.start, period.end),
                   AccountDaily.extra.is_not(None))).all()
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for platform, extra in rows:
        channels = extra.get("channels") if isinstance(extra, dict) else None
        if not isinstance(channels, dict):
            continue
        for channel, readers in channels.items():
            if channel in {"全部", "all"} or isinstance(readers, bool) or not isinstance(readers, int | float):
                continue
            shares = out[str(platform)]
            shares[channel] = shares.get(channel, 0) + readers
    return out


def _channel_rule(store: Store, period: Period, in_month: list[PostFigures], limits: dict[str, float],
                  say: _Say) -> list[Finding]:
    out: list[Finding] = []
    for platform, shares in _channel_readers(store, period).items():
        total = sum(shares.values())
        name, value = max(shares.items(), key=lambda kv: kv[1])
        if total and len(shares) > 1 and value / total >= limits["channel_share"]:
            out.append(Finding("main_channel", SUGGESTION,
                               {"kind": "channel", "id": name, "title": name, "platform": platform},
                               {"source": "channels", "share": value / total, "readers": value, "total": total,
                                "channels": shares, "channel_share": limits["channel_share"]},
                               say(T_CHANNEL, share=_pct(value / total), name=name), "main_source", HIGH))
    views: dict[str, float] = defaultdict(float)
    for post in in_month:
        if post.latest is not None and post.latest["views"] is not None:
            views[post.platform] += post.latest["views"]
    if in_month and not views:
        out.append(Finding("main_channel", INFO, {"kind": "platform", "id": None, "title": None, "platform": None},
                           {"missing": "views", "posts": len(in_month)}, say(T_NO_VIEWS), "no_data", HIGH,
                           ("views",)))
    total = sum(views.values())
    if len(views) > 1 and total:
        platform, value = max(views.items(), key=lambda kv: kv[1])
        if value / total >= limits["channel_share"]:
            title = platform_name(platform)
            out.append(Finding("main_channel", SUGGESTION,
                               {"kind": "platform", "id": platform, "title": title, "platform": platform},
                               {"source": "platform_views", "share": value / total, "views": value, "total": total,
                                "platforms": dict(views), "channel_share": limits["channel_share"]},
                               say(T_CHANNEL, share=_pct(value / total), name=say.platform(platform)),
                               "main_source", HIGH))
    return out


# --- Promotions ---------------------------------------------------------------------------------

#: The stop flag of a promotion → the rule and cause its finding carries.
_PROMOTION_FLAGS = {
    "below_break_even": ("promotion_roi", CRITICAL, "below_break_even"),
    "cost_per_follower_high": ("promotion_follower_cost", WARNING, "follower_cost_high"),
    "no_followers": ("promotion_follower_cost", WARNING, "no_followers"),
}


def _promotion_rules(store: Store, period: Period, translate: Translate, say: _Say) -> list[Finding]:
    out: list[Finding] = []
    for promo in promotion_figures(store, period.start, period.end, translate=translate):
        title = promo["name"] or promo["post_title"] or f"#{promo['id']}"
        subject = {"kind": "promotion", "id": promo["id"], "title": title, "platform": promo["platform"]}
        numbers = {key: promo[key] for key in ("objective", "tool", "spend", "revenue", "roi", "break_even_roi",
                                               "gross_margin", "follows_gained", "cost_per_follower",
                                               "usual_cost_per_follower", "baseline", "conversions")}
        if promo["flag"]:
            rule, severity, cause = _PROMOTION_FLAGS[promo["flag_reason"]]
            out.append(Finding(rule, severity, subject, {**numbers, "reason": promo["flag_reason"]},
                               promo["stop_suggestion"], cause, HIGH))
        elif promo["objective"] == "conversion" and promo["roi"] is None:
            out.append(Finding("promotion_roi", INFO, subject, {**numbers, "missing": "roi"},
                               say(T_NO_REVENUE, name=title), "no_data", HIGH, ("spend", "revenue")))
    return out


# --- Followers, plan, goals ---------------------------------------------------------------------

def _unfollow_days(store: Store, start: dt.date, end: dt.date) -> dict[int, dict[dt.date, int]]:
    """Unfollows per own account and day (new − net where the export gives no unfollows)."""
    with store.reading() as uow:
        rows = uow.connection().execute(
            sa.select(AccountDaily.account_id, AccountDaily.day, AccountDaily.unfollows, AccountDaily.new_follows,
                      AccountDaily.net_follows).join(Account, Account.id == AccountDaily.account_id)
            .where(Account.is_own, AccountDaily.day.between(start, end))).all()
    out: dict[int, dict[dt.date, int]] = defaultdict(dict)
    for account_id, day, unfollows, new, net in rows:
        value = unfollows if unfollows is not None else (new - net if new is not None and net is not None else None)
        if value is not None:
            out[account_id][day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))] = value
    return out


def _churn_rule(store: Store, period: Period, in_month: list[PostFigures], accounts: dict[int, dict[str, Any]],
                limits: dict[str, float], say: _Say) -> list[Finding]:
    trailing = int(limits["churn_trailing_days"])
    known_days = _unfollow_days(store, period.start - dt.timedelta(days=trailing), period.end)
    active = set(known_days) | {p.account_id for p in in_month}
    out: list[Finding] = []
    for account_id in sorted(active):
        account = accounts[account_id]
        by_day = known_days.get(account_id, {})
        month_days = sorted(d for d in by_day if d >= period.start)
        if not month_days:
            out.append(Finding("churn_spike", INFO, _account_subject(account), {"missing": "unfollows"},
                               say(T_NO_UNFOLLOWS, name=_account_name(account, say)), "no_data", HIGH,
                               ("unfollows",)))
            continue
        spikes = []
        for day in month_days:
            before = [by_day[d] for i in range(1, trailing + 1) if (d := day - dt.timedelta(days=i)) in by_day]
            average = sum(before) / len(before) if before else 0.0
            if (len(before) >= limits["churn_min_trailing_days"] and by_day[day] >= limits["churn_min_unfollows"]
                    and by_day[day] >= limits["churn_factor"] * average):
                spikes.append((day, by_day[day], average))
        if not spikes:
            continue
        day, unfollows, average = max(spikes, key=lambda s: s[1] / max(s[2], 1e-9))
        window = dt.timedelta(days=int(limits["churn_post_days"]))
        posts = [p for p in in_month if p.account_id == account_id and day - window <= p.published_at.date() <= day]
        evidence = {"day": day, "unfollows": unfollows, "trailing_average": average, "trailing_days": trailing,
                    "churn_factor": limits["churn_factor"], "spike_days": [s[0] for s in spikes],
                    "posts": [p.post_id for p in posts]}
        text = say(T_CHURN, name=_account_name(account, say), day=day.isoformat(), unfollows=unfollows, days=trailing,
                   average=f"{average:.1f}", times=f"{unfollows / average:.1f}" if average else "∞")
        if posts:
            text += say(T_CAUSE_AFTER_POST, title=say.word(T_TITLE_SEPARATOR).join(p.title for p in posts))
            cause, confidence = "after_post", MEDIUM if len(posts) == 1 else LOW
        else:
            text += say(T_CAUSE_EXTERNAL)
            cause, confidence = "external", LOW
        out.append(Finding("churn_spike", WARNING, _account_subject(account), evidence, text, cause, confidence))
    return out


T_TITLE_SEPARATOR = QT_TRANSLATE_NOOP("diagnosis", "》《")


@dataclasses.dataclass(frozen=True)
class _PlanCounts:
    """The posting plan per platform and how the month went against it (empty `plan`: none set)."""

    plan: dict[str, int]
    published: dict[str, int]
    days: int

    def expected(self, platform: str) -> float:
        return self.plan[platform] * self.days / 7


def _plan_counts(store: Store, period: Period, in_month: list[PostFigures], today: dt.date) -> _PlanCounts | None:
    """None before the month starts."""
    from app.services.calendar import posting_plan

    if today < period.start:
        return None
    published: dict[str, int] = defaultdict(int)
    for post in in_month:
        published[post.platform] += 1
    return _PlanCounts(posting_plan(store), published, (min(today, period.end) - period.start).days + 1)


def _plan_rule(counts: _PlanCounts | None, limits: dict[str, float], say: _Say) -> list[Finding]:
    if counts is None:
        return []
    if not counts.plan:
        return [Finding("posting_below_plan", INFO, {"kind": "plan", "id": None, "title": None, "platform": None},
                        {"missing": "calendar.posting_plan"}, say(T_NO_PLAN), "no_data", HIGH,
                        ("calendar.posting_plan",))]
    out = []
    for platform, per_week in counts.plan.items():
        expected = counts.expected(platform)
        if counts.published[platform] < expected * limits["posting_plan_ratio"]:
            title = platform_name(platform)
            out.append(Finding("posting_below_plan", WARNING,
                               {"kind": "platform", "id": platform, "title": title, "platform": platform},
                               {"published": counts.published[platform], "expected": round(expected, 1),
                                "per_week": per_week, "days": counts.days,
                                "posting_plan_ratio": limits["posting_plan_ratio"]},
                               say(T_PLAN, name=say.platform(platform), published=counts.published[platform],
                                   expected=f"{expected:.0f}", per_week=per_week), "under_posting", HIGH))
    return out


def _goal_cause(platform: str | None, counts: _PlanCounts, limits: dict[str, float], say: _Say,
                ) -> tuple[str, str, tuple[str, ...], str]:
    """under_posting / weak_posts / unknown for a goal behind: did the platform post to plan?"""
    platforms = [platform] if platform else list(counts.plan)
    planned = [p for p in platforms if p in counts.plan]
    if not planned:
        return "unknown", LOW, ("calendar.posting_plan",), say(T_CAUSE_GOAL_UNKNOWN)
    published = sum(counts.published[p] for p in planned)
    expected = sum(counts.expected(p) for p in planned)
    if published < expected * limits["posting_plan_ratio"]:
        where = say.platform(platform) if platform else say.word(T_ALL_PLATFORMS)
        return "under_posting", MEDIUM, (), say(T_CAUSE_GOAL_POSTS, where=where, published=published,
                                                expected=f"{expected:.0f}")
    return "weak_posts", MEDIUM, (), say(T_CAUSE_GOAL_WEAK, published=published)


def _goal_rule(store: Store, period: Period, counts: _PlanCounts | None, limits: dict[str, float], say: _Say,
               today: dt.date) -> list[Finding]:
    from app.services.goals import goal_progress

    month = period.months()[0]
    if counts is None:
        return []
    with store.reading() as uow:
        ids = {(r[0], str(r[1])): r[2] for r in uow.connection().execute(
            sa.select(Goal.account_id, Goal.metric, Goal.id).where(Goal.month == month))}
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
                               say(T_NO_GOAL_DATA, name=name, metric=metric_name), "no_data", HIGH, (metric,)))
            continue
        if finished and actual < goal.target * limits["goal_pace_ratio"]:
            text = say(T_GOAL_MISSED, name=name, metric=metric_name, target=_num(goal.target), actual=_num(actual),
                       ratio=_pct(actual / goal.target) if goal.target else "-")
        elif not finished and actual < goal.expected * limits["goal_pace_ratio"]:
            text = say(T_GOAL_BEHIND, name=name, metric=metric_name, target=_num(goal.target),
                       expected=_num(goal.expected), actual=_num(actual))
        else:
            continue
        if metric == "posts_published":
            cause, confidence, missing, why = "under_posting", HIGH, (), say(T_CAUSE_GOAL_COUNT)
        else:
            cause, confidence, missing, why = _goal_cause(goal.platform, counts, limits, say)
        out.append(Finding("goal_off_track", WARNING, subject, evidence, say.then(text, why), cause, confidence,
                           missing))
    return out
