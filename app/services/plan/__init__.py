"""下月计划: next month's goals, topic slate and action items, proposed from what the store knows.

The month's loop closes here: the reviewed month's numbers, diagnosis findings and "下月怎么改"
notes, the feedback nobody has answered yet, the best posts of the last three months, the hot
dates and campaigns of the month, competitors' gaps and the lessons marked keep-doing become a
plan for month M (default: the month after the last reviewed one). Every proposal carries the
numbers it rests on and the ids of the rows it came from.

- Goals per own account and metric: the mean of the last three complete months, moved by their
  trend (±20 % a month at most), times last year's seasonality for M where the store has it (else
  the hot-date uplift), plus the campaign uplift. The total is the sum of its accounts. Goals
  already set for M stay (`existing`); a hand-set total is filled by the proposals left open.
- Topics: 10–15 ranked by their proposed scores (`scoring`), none a near-duplicate of a library
  topic, each with a reason code (REASONS) and sources [{kind, id}].
- Action items from the reviewed month's findings and notes, with the metric each aims at and
  where it stood (`baseline`, from `month_metric`) so the next review can show before and after.

`accept_plan` writes the chosen parts in one transaction and records a MonthPlan row; accepting
again writes nothing; `take_back_plan` deletes exactly what the accept wrote.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import statistics
from collections.abc import Collection, Iterable
from difflib import SequenceMatcher
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models import (
    Account,
    ActionItem,
    Campaign,
    Goal,
    GoalMetric,
    HotDate,
    HotDateKind,
    Lesson,
    MonthlyReview,
    MonthPlan,
    Topic,
    TopicSource,
    TopicStatus,
)
from app.models.vocabulary import PLATFORM_NAMES, Month, label, platform_name
from app.services.plan import scoring
from app.services.text import title_key
from app.store import Store

#: Joiners between clauses, list items and sentences: Chinese runs on with full-width marks, English
#: needs its own ("; ", ", ", ". ").
SEP_CLAUSE = QT_TRANSLATE_NOOP("plan", "；")
SEP_ITEM = QT_TRANSLATE_NOOP("plan", "、")
SEP_SENTENCE = QT_TRANSLATE_NOOP("plan", "。")
REASONS = ("reuse", "need", "hot_date", "competitor_gap", "lesson", "carry_over")
REASON_LABELS = {
    "reuse": QT_TRANSLATE_NOOP("plan", "复用高转化方向"),
    "need": QT_TRANSLATE_NOOP("plan", "用户需求"),
    "hot_date": QT_TRANSLATE_NOOP("plan", "热点"),
    "competitor_gap": QT_TRANSLATE_NOOP("plan", "竞品空白"),
    "lesson": QT_TRANSLATE_NOOP("plan", "运营手册"),
    "carry_over": QT_TRANSLATE_NOOP("plan", "上月未发"),
}
#: Where an action item shows.
APPLIES_LABELS = {
    "drafts": QT_TRANSLATE_NOOP("plan", "草稿"),
    "promotions": QT_TRANSLATE_NOOP("plan", "投放"),
    "campaigns": QT_TRANSLATE_NOOP("plan", "活动"),
    "calendar": QT_TRANSLATE_NOOP("plan", "日历"),
}
#: How many topics of each reason may enter the slate before the others are ranked.
QUOTAS = {"reuse": 4, "need": 4, "hot_date": 4, "competitor_gap": 2, "lesson": 2, "carry_over": 15}
SLATE_MIN, SLATE_MAX = 10, 15
#: Two titles at least this similar (0–1, of their title keys) are the same topic.
SIMILAR = 0.7
#: A post at least this many times its account's median (conversion, else engagement) is worth reusing.
REUSE_FACTOR = 1.5
#: Feedback themes asked fewer times than this are not yet a need.
NEED_MIN = 3
GROWTH_CAP, SEASON_CAP = 0.2, (0.5, 2.0)
HOT_UPLIFT, HOT_UPLIFT_CAP, CAMPAIGN_UPLIFT, CAMPAIGN_UPLIFT_CAP = 0.05, 0.15, 0.1, 0.2
#: Hot dates that move a month's numbers (solar terms and seasons do not).
UPLIFT_KINDS = (HotDateKind.shopping, HotDateKind.holiday, HotDateKind.own)
HOT_ORDER = (HotDateKind.shopping, HotDateKind.own, HotDateKind.holiday, HotDateKind.festival,
             HotDateKind.industry, HotDateKind.season, HotDateKind.solar_term)
_TOPIC_SOURCE = {"need": TopicSource.user_need, "hot_date": TopicSource.hot_date,
                 "competitor_gap": TopicSource.competitor}

T_REUSE_TAGS = QT_TRANSLATE_NOOP("plan", "「{keywords}」方向再出一篇：换个角度讲")
T_REUSE_POST = QT_TRANSLATE_NOOP("plan", "沿用「{head}」的打法，换个切入点")
T_NEED = QT_TRANSLATE_NOOP("plan", "{theme}：大家问得最多的问题一次讲清")
T_HOT = QT_TRANSLATE_NOOP("plan", "{name}借势内容")
T_GAP = QT_TRANSLATE_NOOP("plan", "补竞品空白：{gap}")
T_LESSON = QT_TRANSLATE_NOOP("plan", "延续有效做法：{title}")
E_REUSE = QT_TRANSLATE_NOOP("plan", "{count} 篇内容的{metric}是账号中位数的 {times} 倍")
E_NEED = QT_TRANSLATE_NOOP("plan", "{count} 条反馈提到「{theme}」，还没有选题")
E_HOT = QT_TRANSLATE_NOOP("plan", "{name} {date}，提前 {lead} 天准备")
E_GAP = QT_TRANSLATE_NOOP("plan", "{name}的空白：{gap}")
E_LESSON = QT_TRANSLATE_NOOP("plan", "运营手册标记为继续做（{month}）")
E_CARRY = QT_TRANSLATE_NOOP("plan", "{month} 计划了还没发布")
E_SCORES = QT_TRANSLATE_NOOP("plan", "时效性 {t}：{tr}；价值度 {v}：{vr}；转化力 {c}：{cr}")
B_MEAN = QT_TRANSLATE_NOOP("plan", "近三个月平均 {mean}，趋势每月 {growth}")
B_LAST_YEAR = QT_TRANSLATE_NOOP("plan", "去年 {month} 是前三个月平均的 {factor} 倍")
B_HOT = QT_TRANSLATE_NOOP("plan", "本月有 {names}，上调 {uplift}")
B_CAMPAIGNS = QT_TRANSLATE_NOOP("plan", "本月有活动 {names}，上调 {uplift}")
B_SUM = QT_TRANSLATE_NOOP("plan", "各平台目标之和")
B_FILLED = QT_TRANSLATE_NOOP("plan", "按已设的总目标 {total} 分配")
B_EXISTING = QT_TRANSLATE_NOOP("plan", "已设的目标，保留")
B_EXISTING_PROPOSED = QT_TRANSLATE_NOOP("plan", "已设的目标，保留（按数据建议 {proposed}）")

#: Action item per finding rule: the change to make and where it shows.
ACTIONS: dict[str, tuple[str, tuple[str, ...], str | None]] = {
    "low_completion": (QT_TRANSLATE_NOOP("plan", "{platform}：前 3 秒直接抛出痛点或结果，提高完播率（上月 {n} 条完播率明显偏低）"),
                       ("drafts",), "completion_rate"),
    "high_views_low_conversion": (QT_TRANSLATE_NOOP("plan", "{platform}：流量大的内容把产品链接和引导放醒目，接住流量（上月 {n} 条高阅读低转化）"),
                                  ("drafts",), "conversion_rate"),
    "reuse_direction": (QT_TRANSLATE_NOOP("plan", "{platform}：复用高转化的选题和形式，同方向换角度再做（上月 {n} 条转化突出）"),
                        ("drafts",), "conversion_rate"),
    "low_interaction": (QT_TRANSLATE_NOOP("plan", "{platform}：结尾抛一个问题、评论区多回复，提高互动率（上月 {n} 条互动偏少）"),
                        ("drafts",), "engagement_rate"),
    "main_channel": (QT_TRANSLATE_NOOP("plan", "{platform}：主要流量来源，优先在这里发、多花心思"), ("drafts", "calendar"), None),
    "promotion_roi": (QT_TRANSLATE_NOOP("plan", "{platform}：亏损的投放先停，预算挪给回报高的（上月 {n} 个投放不划算）"),
                      ("promotions",), None),
    "promotion_follower_cost": (QT_TRANSLATE_NOOP("plan", "{platform}：涨粉成本过高的投放先停，换定向或素材再试（上月 {n} 个）"),
                                ("promotions",), None),
    "churn_spike": (QT_TRANSLATE_NOOP("plan", "{platform}：控制推送频率，避开引起反感的内容（上月出现掉粉异常）"),
                    ("drafts", "calendar"), None),
    "posting_below_plan": (QT_TRANSLATE_NOOP("plan", "{platform}：提前备稿、排进日历，按计划发布（上月发布不足）"),
                           ("calendar",), "posts_published"),
    "goal_off_track": (QT_TRANSLATE_NOOP("plan", "{platform}：「{metric}」目标没达成，加推高转化内容或用活动追进度"),
                       ("campaigns", "promotions"), None),
}
ALL_PLATFORMS = QT_TRANSLATE_NOOP("plan", "全部平台")
_APPLIES_WORDS = {
    "promotions": ("投放", "投流", "薯条", "dou+", "广点通", "粉丝通", "预算"),
    "campaigns": ("活动", "打卡", "裂变", "抽奖", "直播", "大促", "奖品"),
    "calendar": ("更新", "日更", "发布", "节奏", "排期", "日历", "提前"),
}
_SPLIT_NOTES = re.compile(r"[\n；;]+")


class PlanError(UserError):
    pass


@dataclasses.dataclass
class GoalProposal:
    account_id: int | None
    platform: str | None
    account: str | None
    metric: str
    target: float
    basis: dict[str, Any]
    existing: bool

    def to_dict(self) -> dict[str, Any]:
        return {"account_id": self.account_id, "platform": self.platform, "metric": self.metric,
                "target": self.target, "basis": self.basis, "existing": self.existing}


@dataclasses.dataclass
class TopicProposal:
    title: str
    reason: str
    sources: list[dict[str, Any]]
    scores: dict[str, int]
    explain: str
    score_reasons: dict[str, str]
    tags: list[str] = dataclasses.field(default_factory=list)
    platforms: list[str] = dataclasses.field(default_factory=list)
    due_date: dt.date | None = None
    #: carry_over: the library topic itself; hot_date: the date (stored at accept when generated).
    topic_id: int | None = None
    hot_date: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "reason": self.reason, "sources": self.sources, "scores": self.scores,
                "explain": self.explain}


@dataclasses.dataclass
class ActionProposal:
    platform: str | None
    text: str
    applies_to: list[str]
    source: dict[str, Any]
    due_date: dt.date | None = None
    metric: str | None = None
    baseline: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"platform": self.platform, "text": self.text, "applies_to": self.applies_to, "source": self.source}


@dataclasses.dataclass
class Plan:
    """A month's proposals; `accepted_at`/`written` once the plan was accepted (then the topics and
    actions are the rows the accept wrote)."""

    month: str
    reviewed_month: str
    goals: list[GoalProposal]
    topics: list[TopicProposal]
    actions: list[ActionProposal]
    accepted_at: dt.datetime | None = None
    written: dict[str, list[int]] = dataclasses.field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of `opsdesk-cli plan --json`."""
        return {"month": self.month, "goals": [g.to_dict() for g in self.goals],
                "topics": [t.to_dict() for t in self.topics], "actions": [a.to_dict() for a in self.actions]}


# --- months ---------------------------------------------------------------------------------------

def last_reviewed_month(store: Store) -> str | None:
    with store.reading() as session:
        return session.exec(sa.select(sa.func.max(MonthlyReview.month))).scalar()  # type: ignore[call-overload,no-any-return]


def default_month(store: Store, today: dt.date | None = None) -> str:
    """The month after the last reviewed one; with nothing reviewed, the month after the last complete one."""
    reviewed = last_reviewed_month(store)
    if reviewed:
        return str(Month.parse(reviewed).next())
    return str(Month.of(today or clock.today()))


def _check_month(month: str | None, store: Store, today: dt.date) -> Month:
    return Month.parse(month, PlanError) if month else Month.parse(default_month(store, today))


def _reviewed_month(store: Store, month: Month) -> Month:
    """The review the plan follows: the latest one before M, else M−1."""
    with store.reading() as session:
        latest = session.exec(sa.select(sa.func.max(MonthlyReview.month))  # type: ignore[call-overload]
                              .where(MonthlyReview.month < str(month))).scalar()
    return Month.parse(latest) if latest else month.previous()


def _months_back(end: Month, n: int) -> list[Month]:
    months = [end]
    for _ in range(n - 1):
        months.insert(0, months[0].previous())
    return months


# --- goals ----------------------------------------------------------------------------------------

def _own_accounts(store: Store) -> list[dict[str, Any]]:
    with store.reading() as session:
        rows = session.exec(select(Account).where(Account.is_own, sa.not_(Account.archived))
                            .order_by(Account.platform, Account.id)).all()  # type: ignore[arg-type]
        return [{"id": a.id, "platform": str(a.platform), "name": a.name} for a in rows]


def _month_uplifts(store: Store, month: Month) -> tuple[list[str], list[dict[str, Any]]]:
    from app.services.hotdates import hot_dates_between

    hot = [h.name for h in hot_dates_between(store, month.first, month.last) if h.kind in UPLIFT_KINDS]
    with store.reading() as session:
        rows = session.exec(select(Campaign).where(Campaign.start_day <= month.last,
                                                   Campaign.end_day >= month.first)).all()
        campaigns = [{"id": c.id, "name": c.name} for c in rows]
    return list(dict.fromkeys(hot)), campaigns


def _has_data(values: dict[GoalMetric, float | None], metric: GoalMetric) -> bool:
    """A month counts for a metric when it had something: posts for post metrics, any followers figure."""
    if metric == GoalMetric.followers_gained:
        return values.get(metric) is not None
    if metric in (GoalMetric.views, GoalMetric.posts_published):
        return bool(values.get(GoalMetric.posts_published))
    return values.get(metric) is not None


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:,.2f}"


def propose_goals(store: Store, month: str, *, today: dt.date | None = None,
                  translate: Translate = untranslated) -> list[GoalProposal]:
    """Goals for every own account and metric with data behind them, then the totals (sum of accounts)."""
    from app.services.goals import DECIMALS, month_actuals, split_target

    today = today or clock.today()
    period = Month.parse(month, PlanError)
    end = min(period.previous(), Month.of(today).previous())
    base = _months_back(end, 3)
    last_year = Month(period.year - 1, period.number)
    ly_base = _months_back(last_year.previous(), 3)
    actuals = {m: month_actuals(store, str(m)) for m in [*base, last_year, *ly_base] if m.first < today}
    hot, campaigns = _month_uplifts(store, period)
    hot_uplift = min(HOT_UPLIFT * len(hot), HOT_UPLIFT_CAP)
    campaign_uplift = min(CAMPAIGN_UPLIFT * len(campaigns), CAMPAIGN_UPLIFT_CAP)
    with store.reading() as session:
        existing = {(g.account_id, str(g.metric)): (g.target, g.basis)
                    for g in session.exec(select(Goal).where(Goal.month == month))}
    say = lambda template, **kw: translate("plan", template).format(**kw)  # noqa: E731
    out: list[GoalProposal] = []
    for metric in GoalMetric:
        parts: list[GoalProposal] = []
        for account in _own_accounts(store):
            key = (account["id"], metric.value)
            values = {str(m): actuals[m][account["id"]][metric] if m in actuals and account["id"] in actuals[m]
                      and _has_data(actuals[m][account["id"]], metric) else None for m in base}
            known = [v for v in values.values() if v is not None]
            if not known:
                if key in existing:
                    parts.append(GoalProposal(account["id"], account["platform"], account["name"], metric.value,
                                              existing[key][0], existing[key][1] or {"text": say(B_EXISTING)}, True))
                continue
            mean = statistics.mean(known)
            slope = (known[-1] - known[0]) / (len(known) - 1) if len(known) > 1 else 0.0
            growth = max(-GROWTH_CAP, min(GROWTH_CAP, slope / mean)) if mean else 0.0
            target = mean * (1 + growth)
            basis: dict[str, Any] = {"months": values, "mean": round(mean, 2), "growth": round(growth, 4)}
            texts = [say(B_MEAN, mean=_fmt(mean), growth=f"{growth:+.0%}")]
            if metric != GoalMetric.posts_published:
                ly = actuals.get(last_year, {}).get(account["id"])
                ly_known = [actuals[m][account["id"]][metric] for m in ly_base
                            if m in actuals and account["id"] in actuals[m] and _has_data(actuals[m][account["id"]], metric)]
                if ly is not None and _has_data(ly, metric) and ly_known and statistics.mean(ly_known) > 0:
                    factor = max(SEASON_CAP[0], min(SEASON_CAP[1], float(ly[metric] or 0) / statistics.mean(ly_known)))
                    target *= factor
                    basis["last_year"] = {"month": str(last_year), "value": ly[metric], "factor": round(factor, 3)}
                    texts.append(say(B_LAST_YEAR, month=str(last_year), factor=f"{factor:.2f}"))
                elif hot_uplift:
                    target *= 1 + hot_uplift
                    basis["hot_dates"] = hot
                    basis["hot_uplift"] = hot_uplift
                    texts.append(say(B_HOT, names=say(SEP_ITEM).join(hot), uplift=f"{hot_uplift:.0%}"))
                if campaign_uplift:
                    target *= 1 + campaign_uplift
                    basis["campaigns"] = campaigns
                    basis["campaign_uplift"] = campaign_uplift
                    texts.append(say(B_CAMPAIGNS, names=say(SEP_ITEM).join(c["name"] for c in campaigns),
                                     uplift=f"{campaign_uplift:.0%}"))
            basis["text"] = say(SEP_CLAUSE).join(texts)
            proposed = round(max(target, 0.0), DECIMALS[metric])
            if key in existing:  # kept as set; the basis says what the numbers would have proposed
                target_set, stored = existing[key]
                parts.append(GoalProposal(account["id"], account["platform"], account["name"], metric.value,
                                          target_set, stored or {**basis, "proposed": proposed, "text": say(
                                              B_EXISTING_PROPOSED, proposed=_fmt(proposed)) + say(SEP_CLAUSE) + basis["text"]},
                                          True))
                continue
            parts.append(GoalProposal(account["id"], account["platform"], account["name"], metric.value,
                                      proposed, basis, False))
        total, stored_total = existing.get((None, metric.value), (None, None))
        free = [p for p in parts if not p.existing]
        if total is not None:
            remainder = total - sum(p.target for p in parts if p.existing)
            if free and remainder >= 0:
                weights = [p.target for p in free] if sum(p.target for p in free) > 0 else None
                shares = split_target(remainder, weights or [1.0] * len(free), decimals=DECIMALS[metric])
                for proposal, share in zip(free, shares, strict=True):
                    proposal.target = share
                    proposal.basis["filled_to_total"] = total
                    proposal.basis["text"] += say(SEP_CLAUSE) + say(B_FILLED, total=_fmt(total))
            out.extend(parts)
            out.append(GoalProposal(None, None, None, metric.value, total, stored_total or {
                "text": say(B_EXISTING), "sum_of_accounts": round(sum(p.target for p in parts), DECIMALS[metric])}, True))
        elif parts:
            out.extend(parts)
            out.append(GoalProposal(None, None, None, metric.value,
                                    round(sum(p.target for p in parts), DECIMALS[metric]),
                                    {"sum_of": [p.account_id for p in parts], "text": say(B_SUM)}, False))
    return out


# --- topics ---------------------------------------------------------------------------------------

@dataclasses.dataclass
class _Library:
    keys: list[str]
    tags: dict[int, list[str]]
    covered: set[str]
    titles: list[str]

    def near(self, title: str, slate: Iterable[str]) -> bool:
        key = title_key(title)
        matcher = SequenceMatcher(autojunk=False)
        matcher.set_seq2(key)
        for other in [*self.keys, *(title_key(t) for t in slate)]:
            matcher.set_seq1(other)
            if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR:
                return True
        return False

    def covers(self, theme: str) -> bool:
        return theme in self.covered or any(theme in t for t in self.titles)


def _library(store: Store) -> _Library:
    with store.reading() as session:
        rows = session.execute(sa.select(Topic.id, Topic.title, Topic.title_key, Topic.tags)).all()
    tags = {r.id: list(r.tags or []) for r in rows}
    return _Library([r.title_key or title_key(r.title) for r in rows], tags,
                    {t for ts in tags.values() for t in ts}, [r.title for r in rows])


def _open_feedback(store: Store) -> list[dict[str, Any]]:
    from app.services.feedback import list_feedback

    return [f for f in list_feedback(store) if f["status"] not in ("done", "wont_do")]


def _scored(reason: str, title: str, sources: list[dict[str, Any]], keywords: list[str], *, explain: str,
            ctx: dict[str, Any], day: dt.date | None = None, lead: int = 0, name: str = "",
            conversion: scoring.Score | None = None, **extra: Any) -> TopicProposal:
    translate = ctx["translate"]
    t = scoring.timeliness(day, lead, ctx["today"], name, translate)
    asked = scoring.asks(keywords, ctx["feedback"])
    v = scoring.value_from_asks(len(asked), translate)
    c = conversion or scoring.conversion_from_similar(
        scoring.similar_posts(keywords, ctx["ratios"], ctx["library"].tags), translate)
    scores = {"timeliness": t.value, "value": v.value, "conversion": c.value}
    reasons = {"timeliness": t.reason, "value": v.reason, "conversion": c.reason}
    line = explain + translate("plan", SEP_SENTENCE) + translate("plan", E_SCORES).format(t=t.value, tr=t.reason, v=v.value, vr=v.reason,
                                                               c=c.value, cr=c.reason)
    return TopicProposal(title, reason, sources, scores, line, reasons, tags=keywords, due_date=day, **extra)


def _reuse(ctx: dict[str, Any]) -> list[TopicProposal]:
    translate = ctx["translate"]
    strong = sorted((r for r in ctx["ratios"] if r.times > 1), key=lambda r: -r.times)
    groups: dict[tuple[str, ...], list[scoring.PostRatio]] = {}
    for r in strong:
        tags = tuple(ctx["library"].tags.get(r.post.topic_id or 0, ())[:2])
        groups.setdefault(tags or ("#post", str(r.post.post_id)), []).append(r)
    out = []
    for key, members in groups.items():
        lead = members[0]
        if key[0] == "#post":
            title = translate("plan", T_REUSE_POST).format(head=lead.post.title[:14])
            keywords: list[str] = []
        else:
            title = translate("plan", T_REUSE_TAGS).format(keywords=translate("plan", SEP_ITEM).join(key))
            keywords = list(key)
        times = statistics.mean(m.times for m in members)
        metric = translate("plan", scoring.METRIC_WORDS[lead.metric])
        conversion = scoring.conversion_from_similar(members, translate)
        if lead.times < REUSE_FACTOR:  # above the median but not far: ranked below the strong ones
            conversion = dataclasses.replace(conversion, value=min(conversion.value, 3))
        out.append(_scored("reuse", title, [{"kind": "post", "id": m.post.post_id} for m in members[:5]], keywords,
                           explain=translate("plan", E_REUSE).format(count=len(members), metric=metric,
                                                                     times=f"{times:.1f}"),
                           ctx=ctx, conversion=conversion, platforms=sorted({m.post.platform for m in members})))
    return out


def _needs(ctx: dict[str, Any]) -> list[TopicProposal]:
    themes: dict[str, list[int]] = {}
    for f in ctx["feedback"]:
        for tag in dict.fromkeys(f["tags"]):
            themes.setdefault(tag, []).append(f["id"])
    out = []
    for theme, ids in sorted(themes.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(ids) < NEED_MIN or ctx["library"].covers(theme):
            continue
        out.append(_need(theme, ids, ctx))
    return out


def _need(theme: str, ids: list[int], ctx: dict[str, Any]) -> TopicProposal:
    translate = ctx["translate"]
    return _scored("need", translate("plan", T_NEED).format(theme=theme),
                   [{"kind": "feedback", "id": i} for i in ids], [theme],
                   explain=translate("plan", E_NEED).format(count=len(ids), theme=theme), ctx=ctx)


def _hot_dates(store: Store, period: Month, ctx: dict[str, Any]) -> list[TopicProposal]:
    from app.services.hotdates import hot_dates_between

    translate = ctx["translate"]
    with store.reading() as session:
        linked = set(session.exec(select(Topic.hot_date_id).where(Topic.hot_date_id.is_not(None))).all())  # type: ignore[union-attr]
    items = [h for h in hot_dates_between(store, period.first, period.last)
             if h.date >= period.first and (h.id is None or h.id not in linked) and not ctx["library"].covers(h.name)]
    items.sort(key=lambda h: (HOT_ORDER.index(h.kind) if h.kind in HOT_ORDER else len(HOT_ORDER), h.date))
    return [_scored("hot_date", translate("plan", T_HOT).format(name=h.name),
                    [{"kind": "hot_date", "id": h.id, "name": h.name, "date": h.date.isoformat()}], [h.name],
                    explain=translate("plan", E_HOT).format(name=h.name, date=h.date.isoformat(), lead=h.lead_days),
                    ctx=ctx, day=h.date, lead=h.lead_days, name=h.name, hot_date=h) for h in items]


def _competitor_gaps(store: Store, ctx: dict[str, Any]) -> list[TopicProposal]:
    from app.services.competitors import competitors

    translate = ctx["translate"]
    out = []
    for row in competitors(store, today=ctx["today"]):
        for gap in dict.fromkeys(part.strip() for part in re.split(r"[\n；;。]", row.get("gaps") or "")):
            if gap:
                out.append(_scored("competitor_gap", translate("plan", T_GAP).format(gap=gap[:24]),
                                   [{"kind": "competitor", "id": row["account_id"]}], [],
                                   explain=translate("plan", E_GAP).format(name=row["name"], gap=gap), ctx=ctx,
                                   platforms=[row["platform"]]))
    return out


def _lessons(store: Store, period: Month, ctx: dict[str, Any]) -> list[TopicProposal]:
    translate = ctx["translate"]
    since = str(_months_back(period.previous(), 6)[0])
    with store.reading() as session:
        rows = session.exec(select(Lesson).where(Lesson.keep_doing, Lesson.month >= since)
                            .order_by(Lesson.month.desc(), Lesson.id.desc())).all()  # type: ignore[attr-defined]
        found = [(r.id, r.title, r.month, list(r.keywords or []), r.platform) for r in rows]
    return [_scored("lesson", translate("plan", T_LESSON).format(title=title), [{"kind": "lesson", "id": lesson_id}],
                    keywords, explain=translate("plan", E_LESSON).format(month=month), ctx=ctx,
                    platforms=[platform] if platform else [])
            for lesson_id, title, month, keywords, platform in found]


def _carry_over(store: Store, period: Month, ctx: dict[str, Any]) -> list[TopicProposal]:
    translate = ctx["translate"]
    previous = str(period.previous())
    with store.reading() as session:
        rows = session.exec(select(Topic).where(
            Topic.target_month == previous,
            Topic.status.in_([TopicStatus.planned, TopicStatus.in_production]))).all()  # type: ignore[attr-defined]
    return [TopicProposal(
        t.title, "carry_over", [{"kind": "topic", "id": t.id}],
        {"timeliness": t.score_timeliness, "value": t.score_value, "conversion": t.score_conversion},
        translate("plan", E_CARRY).format(month=previous), dict(t.score_reasons or {}), list(t.tags or []),
        list(t.platforms or []), t.due_date, topic_id=t.id) for t in rows]


def propose_topics(store: Store, month: str, *, today: dt.date | None = None,
                   translate: Translate = untranslated) -> list[TopicProposal]:
    """The ranked slate of 10–15 topics for `month` (fewer only when the store offers fewer)."""
    from app.services.metrics import post_figures
    from app.services.topics import topic_weights, weighted_score

    today = today or clock.today()
    period = Month.parse(month, PlanError)
    base = _months_back(min(period.previous(), Month.of(today).previous()), 3)
    library = _library(store)
    ctx = {"translate": translate, "today": today, "library": library, "feedback": _open_feedback(store),
           "ratios": scoring.post_ratios(post_figures(store, base[0].first, base[-1].last))}
    candidates = (_carry_over(store, period, ctx) + _needs(ctx) + _reuse(ctx) + _hot_dates(store, period, ctx)
                  + _competitor_gaps(store, ctx) + _lessons(store, period, ctx))
    weights = topic_weights(store)

    def rank(t: TopicProposal) -> tuple[float, int, int, str]:
        s = t.scores
        return (-weighted_score(s["timeliness"], s["value"], s["conversion"], weights), -s["value"],
                REASONS.index(t.reason), t.title)

    slate: list[TopicProposal] = []
    overflow: list[TopicProposal] = []
    taken = dict.fromkeys(REASONS, 0)
    for topic in sorted(candidates, key=rank):
        if topic.reason != "carry_over" and library.near(topic.title, (t.title for t in slate + overflow)):
            continue
        if taken[topic.reason] < QUOTAS[topic.reason]:
            taken[topic.reason] += 1
            slate.append(topic)
        else:
            overflow.append(topic)
    slate = sorted(slate + overflow[:max(0, SLATE_MIN - len(slate))], key=rank)
    return [_stored_hot_date(store, t) for t in slate[:SLATE_MAX]]


def _stored_hot_date(store: Store, topic: TopicProposal) -> TopicProposal:
    """A generated date (holiday library) the slate cites is stored as a hot_date row, so every source
    of a plan is a row of the store; a row stored once is found again, never doubled."""
    from app.services.hotdates import hot_date_row

    if topic.hot_date is None or topic.hot_date.id is not None:
        return topic
    day = dataclasses.replace(topic.hot_date, id=hot_date_row(store, topic.hot_date))
    sources = [{**src, "id": day.id} if src["kind"] == "hot_date" else src for src in topic.sources]
    return dataclasses.replace(topic, hot_date=day, sources=sources)


# --- action items ---------------------------------------------------------------------------------

def month_metric(store: Store, month: str, platform: str | None, metric: str, *,
                 as_of: dt.date | None = None) -> float | None:
    """Where `metric` stood in `month` for a platform's own accounts (all of them for None): the
    median over its posts published in the month (at the comparison age) for a post rate, or the
    goal actual for a goal metric, from snapshots captured up to `as_of` (default: all so far, so a
    review printed for a past date counts what was known then). The before/after figure of an action item."""
    from app.services.goals import month_actuals
    from app.services.metrics import post_figures

    period = Month.parse(month, PlanError)
    if metric in GoalMetric.__members__:
        accounts = {a["id"] for a in _own_accounts(store) if platform is None or a["platform"] == platform}
        values = [v[GoalMetric(metric)] for k, v in month_actuals(store, month, as_of).items() if k in accounts]
        known = [v for v in values if v is not None]
        return float(sum(known)) if known else None
    posts = post_figures(store, period.first, period.last, [platform] if platform else None, as_of=as_of)
    values = [float(p.at_age[metric]) for p in posts if p.at_age is not None and p.at_age[metric] is not None]
    return round(statistics.median(values), 6) if values else None


def _applies(text: str) -> list[str]:
    lowered = text.lower()
    found = [where for where, words in _APPLIES_WORDS.items() if any(w in lowered for w in words)]
    return found or ["drafts"]


def _platform_in(text: str) -> str | None:
    return next((str(code) for code, name in PLATFORM_NAMES.items() if name in text or str(code) in text.lower()), None)


def propose_actions(store: Store, month: str, *, today: dt.date | None = None,
                    translate: Translate = untranslated) -> list[ActionProposal]:
    """Action items for `month` from the reviewed month's findings (one per rule and platform) and
    its "下月策略调整" lines; items already stored for the month are left out."""
    from app.services.diagnosis import diagnose
    from app.services.review import review_notes

    today = today or clock.today()
    period = Month.parse(month, PlanError)
    reviewed = str(_reviewed_month(store, period))
    due = period.first + dt.timedelta(days=14)
    groups: dict[tuple[str, str | None], list[Any]] = {}
    for finding in diagnose(store, reviewed, translate=translate, today=today):
        if finding.severity == "info" or finding.rule not in ACTIONS:
            continue
        goal_metric = finding.evidence.get("metric") if finding.rule == "goal_off_track" else None
        groups.setdefault((finding.rule, finding.subject.get("platform"), goal_metric), []).append(finding)
    out: list[ActionProposal] = []
    for (rule, platform, goal_metric), findings in groups.items():
        template, applies, metric = ACTIONS[rule]
        metric = metric or goal_metric
        name = platform_name(platform, translate) or translate("plan", ALL_PLATFORMS)
        baseline = month_metric(store, reviewed, platform, metric) if metric else None
        ids = [f.subject.get("id") for f in findings if f.subject.get("id") is not None]
        out.append(ActionProposal(platform, translate("plan", template).format(
            platform=name, n=len(findings), metric=label("goal_metric", goal_metric, translate) if goal_metric else ""),
                                  list(applies), {"kind": "finding", "ref": rule, "month": reviewed, "ids": ids},
                                  due, metric, baseline))
    notes = review_notes(store, reviewed).get("next_changes") or ""
    for line in (part.strip() for part in _SPLIT_NOTES.split(notes)):
        if line:
            out.append(ActionProposal(_platform_in(line), line, _applies(line),
                                      {"kind": "review", "ref": "next_changes", "month": reviewed}, due))
    with store.reading() as session:
        stored = set(session.exec(select(ActionItem.text).where(ActionItem.month == month)).all())
    return [a for a in out if a.text not in stored]


# --- the plan -------------------------------------------------------------------------------------

def _accepted(store: Store, month: str) -> MonthPlan | None:
    with store.reading() as session:
        return session.exec(select(MonthPlan).where(MonthPlan.month == month)).first()


def _written_topics(store: Store, ids: list[int]) -> list[TopicProposal]:
    with store.reading() as session:
        rows = session.exec(select(Topic).where(Topic.id.in_(ids))).all()  # type: ignore[union-attr]
    order = {topic_id: i for i, topic_id in enumerate(ids)}
    return [TopicProposal(t.title, t.plan_reason or "carry_over", list(t.plan_sources or []),
                          {"timeliness": t.score_timeliness, "value": t.score_value, "conversion": t.score_conversion},
                          t.description or "", dict(t.score_reasons or {}), list(t.tags or []), list(t.platforms or []),
                          t.due_date, topic_id=t.id) for t in sorted(rows, key=lambda t: order[t.id or 0])]


def _written_actions(store: Store, ids: list[int]) -> list[ActionProposal]:
    with store.reading() as session:
        rows = session.exec(select(ActionItem).where(ActionItem.id.in_(ids)).order_by(ActionItem.id)).all()  # type: ignore[union-attr]
    return [ActionProposal(a.platform, a.text, list(a.applies_to or []),
                           {"kind": a.source_kind, "ref": a.source_ref, "month": a.review_month},
                           a.due_date, a.metric, a.baseline) for a in rows]


def month_plan(store: Store, month: str | None = None, *, today: dt.date | None = None,
               translate: Translate = untranslated) -> Plan:
    """The plan of `month` (default `default_month`): proposals, or what was accepted once it was."""
    today = today or clock.today()
    period = _check_month(month, store, today)
    key = str(period)
    reviewed = str(_reviewed_month(store, period))
    goals = propose_goals(store, key, today=today, translate=translate)
    accepted = _accepted(store, key)
    if accepted is not None:
        written = accepted.written
        return Plan(key, reviewed, goals, _written_topics(store, written.get("topic", []) + written.get("carried", [])),
                    _written_actions(store, written.get("action_item", [])), accepted.accepted_at, written)
    return Plan(key, reviewed, goals, propose_topics(store, key, today=today, translate=translate),
                propose_actions(store, key, today=today, translate=translate))


@dataclasses.dataclass(frozen=True)
class Accepted:
    month: str
    written: dict[str, list[int]]
    #: False when the month's plan had been accepted before (nothing was written).
    new: bool

    def counts(self) -> dict[str, int]:
        return {kind: len(self.written.get(kind, [])) for kind in ("goal", "topic", "carried", "action_item")}


def _chosen(items: list[Any], chosen: Collection[int] | None) -> list[Any]:
    return [item for i, item in enumerate(items) if chosen is None or i in chosen]


def accept_plan(store: Store, plan: Plan, *, goals: Collection[int] | None = None,
                topics: Collection[int] | None = None, actions: Collection[int] | None = None) -> Accepted:
    """Write the chosen parts of `plan` (indexes into its lists; None = all) in one transaction.

    New goals only (existing ones stay as they are), topics planned for the month with their reason,
    sources and proposed scores (a carried-over topic moves to the month), action items; a MonthPlan
    row records the ids. A month accepted before writes nothing."""
    written: dict[str, list[int]] = {"goal": [], "topic": [], "carried": [], "action_item": [], "hot_date": []}
    with store.writing() as session:
        before = session.exec(select(MonthPlan).where(MonthPlan.month == plan.month)).first()
        if before is not None:
            return Accepted(plan.month, before.written, False)
        for g in _chosen(plan.goals, goals):
            if g.existing or session.exec(select(Goal).where(
                    Goal.month == plan.month, Goal.metric == g.metric,
                    Goal.account_id.is_(None) if g.account_id is None else Goal.account_id == g.account_id)).first():  # type: ignore[union-attr]
                continue
            written["goal"].append(session.insert(Goal(month=plan.month, account_id=g.account_id, metric=g.metric,
                                                       target=g.target, basis=g.basis)))
        for t in _chosen(plan.topics, topics):
            if t.reason == "carry_over" and t.topic_id is not None:
                row = session.get(Topic, t.topic_id)
                if row is not None and row.target_month != plan.month:
                    row.target_month = plan.month
                    session.add(row)
                    written["carried"].append(t.topic_id)
                continue
            sources = [dict(s) for s in t.sources]
            hot_date_id = None
            if t.hot_date is not None:
                hot_date_id = t.hot_date.id or _hot_date_id(session, t.hot_date, written)
                for source in sources:
                    if source["kind"] == "hot_date":
                        source["id"] = hot_date_id
            written["topic"].append(session.insert(Topic(
                title=t.title, title_key=title_key(t.title), description=t.explain,
                source=_TOPIC_SOURCE.get(t.reason, TopicSource.other), hot_date_id=hot_date_id, tags=t.tags,
                platforms=t.platforms, target_month=plan.month, due_date=t.due_date, status=TopicStatus.planned,
                score_timeliness=t.scores["timeliness"], score_value=t.scores["value"],
                score_conversion=t.scores["conversion"], score_reasons=t.score_reasons, scores_manual=[],
                plan_reason=t.reason, plan_sources=sources)))
        for a in _chosen(plan.actions, actions):
            written["action_item"].append(session.insert(ActionItem(
                month=plan.month, review_month=plan.reviewed_month, platform=a.platform, text=a.text,
                applies_to=a.applies_to, due_date=a.due_date, metric=a.metric, baseline=a.baseline,
                source_kind=a.source["kind"], source_ref=a.source.get("ref"))))
        session.insert(MonthPlan(month=plan.month, written=written))
    return Accepted(plan.month, written, True)


def _hot_date_id(session: Any, item: Any, written: dict[str, list[int]]) -> int:
    """The stored row of a generated hot date, added (and recorded as written) when missing."""
    row = session.exec(select(HotDate).where(HotDate.day == item.date, HotDate.name == item.name)).first()
    if row is not None:
        return int(row.id)
    new_id = session.insert(HotDate(day=item.date, end_day=item.end_date, name=item.name, kind=item.kind,
                                    lead_days=item.lead_days, notes=item.note))
    written["hot_date"].append(new_id)
    return int(new_id)


def take_back_plan(store: Store, month: str) -> dict[str, int]:
    """Delete exactly what accepting `month`'s plan wrote (carried-over topics go back to M−1)."""
    period = Month.parse(month, PlanError)
    with store.writing() as session:
        row = session.exec(select(MonthPlan).where(MonthPlan.month == str(period))).first()
        if row is None:
            raise PlanError(QT_TRANSLATE_NOOP("errors", "{month} 的计划还没有接受，没有可撤回的。"), month=str(period))
        written = row.written
        for model, kind in ((ActionItem, "action_item"), (Topic, "topic"), (Goal, "goal"), (HotDate, "hot_date")):
            ids = written.get(kind, [])
            if ids:
                session.execute(sa.delete(model).where(model.id.in_(ids)))  # type: ignore[attr-defined]
        carried = written.get("carried", [])
        if carried:
            session.execute(sa.update(Topic).where(Topic.id.in_(carried), Topic.target_month == str(period))  # type: ignore[union-attr]
                            .values(target_month=str(period.previous())))
        session.delete(row)
    return {kind: len(ids) for kind, ids in written.items()}


def reason_label(reason: str, translate: Translate = untranslated) -> str:
    return translate("plan", REASON_LABELS.get(reason, reason))


def applies_label(where: str, translate: Translate = untranslated) -> str:
    return translate("plan", APPLIES_LABELS.get(where, where))
