"""The topic library (选题库): topics, their weighted score and priority, the monthly plan, what worked.

Every function takes the store and hands back plain dataclasses (never live ORM objects), so the
GUI and the CLI call the same code. A topic's weighted score combines its three 1–5 scores
(时效性 timeliness, 价值度 value, 转化力 conversion) with the weights in the setting
`topics.weights` (equal by default); the priority follows from the score (high ≥ 4.0,
medium ≥ 3.0, else low) unless the operator overrides it, which `priority_is_override` shows.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models import Platform, Priority, Topic, TopicSource, TopicStatus, now
from app.models.vocabulary import Month
from app.services.hotdates import HotDateItem, hot_date_row, hot_dates_between
from app.services.metrics import interactions_sql, ratio_sql, views_sql
from app.services.queries import Column, TableQuery
from app.services.text import title_key
from app.store import Store
from app.store.operator import operator_name

WEIGHTS_SETTING = "topics.weights"
SCORE_KEYS = ("timeliness", "value", "conversion")
DEFAULT_WEIGHTS: dict[str, float] = dict.fromkeys(SCORE_KEYS, 1.0)
HIGH_AT, MEDIUM_AT = 4.0, 3.0
#: The monthly plan's suggested size (DESIGN §2: 10–15 topics a month).
PLAN_MIN, PLAN_MAX = 10, 15
#: Statuses that count as "in the month's plan".
PLAN_STATUSES = (TopicStatus.planned, TopicStatus.in_production, TopicStatus.published)
#: What `what_worked` may rank by (dictionary keys), in the order the plan's picker offers them.
WORKED_METRICS = ("engagement_rate", "views", "follows_gained", "conversions")
_PRIORITY_ORDER = {Priority.high: 0, Priority.medium: 1, Priority.low: 2}
_FIELDS = {
    "title", "description", "source", "hot_date_id", "tags", "platforms", "target_month", "due_date",
    "score_timeliness", "score_value", "score_conversion", "priority_override", "status", "plan_rank",
    "search_keywords",
}


class TopicError(UserError):
    pass


@dataclass(frozen=True)
class TopicRow:
    """A topic as the table, the editor and the CLI show it."""

    id: int
    title: str
    description: str | None
    source: TopicSource
    hot_date_id: int | None
    tags: list[str]
    platforms: list[str]
    month: str | None
    due_date: dt.date | None
    status: TopicStatus
    score_timeliness: int
    score_value: int
    score_conversion: int
    weighted_score: float
    computed_priority: Priority
    effective_priority: Priority
    priority_is_override: bool
    plan_rank: int | None
    updated_at: dt.datetime
    #: The words people search for (小红书 title check), apart from the tags that sort the library.
    search_keywords: list[str] = field(default_factory=list)
    #: Scores the operator typed (never refreshed) and the one-line reasons of the proposed ones.
    scores_manual: list[str] = field(default_factory=list)
    score_reasons: dict[str, str] = field(default_factory=dict)
    #: The row's version (an editor saves against it, so a stale copy is noticed) and who last changed it.
    version: int = 1
    updated_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `opsdesk-cli topics`."""
        data = asdict(self)
        data["scores"] = {key: data.pop(f"score_{key}") for key in SCORE_KEYS}
        data["priority"] = data["effective_priority"]
        return data


# ---------------------------------------------------------------------------------------------
# Scoring


def topic_weights(store: Store) -> dict[str, float]:
    """The weights of the three scores (setting `topics.weights`; equal when unset or unusable)."""
    stored = store.setting(WEIGHTS_SETTING, None)
    if not isinstance(stored, Mapping):
        return dict(DEFAULT_WEIGHTS)
    try:
        weights = {key: float(stored.get(key, 1.0)) for key in SCORE_KEYS}
    except (TypeError, ValueError):
        return dict(DEFAULT_WEIGHTS)
    if any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0:
        return dict(DEFAULT_WEIGHTS)
    return weights


def set_topic_weights(store: Store, weights: Mapping[str, float]) -> None:
    """Save the weights; they must be ≥ 0 and not all 0."""
    try:
        clean = {key: float(weights.get(key, 1.0)) for key in SCORE_KEYS}
    except (TypeError, ValueError) as exc:
        raise TopicError(QT_TRANSLATE_NOOP("errors", "权重必须是数字。")) from exc
    if any(w < 0 for w in clean.values()) or sum(clean.values()) <= 0:
        raise TopicError(QT_TRANSLATE_NOOP("errors", "权重不能是负数，也不能全部为 0。"))
    store.set_setting(WEIGHTS_SETTING, clean)


def weighted_score(timeliness: int, value: int, conversion: int, weights: Mapping[str, float] | None = None) -> float:
    """The weighted mean of the three scores, to two decimals."""
    w = weights or DEFAULT_WEIGHTS
    total = sum(w[k] for k in SCORE_KEYS)
    score = (w["timeliness"] * timeliness + w["value"] * value + w["conversion"] * conversion) / total
    return round(score, 2)


def priority_for(score: float) -> Priority:
    """high ≥ 4.0, medium ≥ 3.0, else low."""
    if score >= HIGH_AT:
        return Priority.high
    if score >= MEDIUM_AT:
        return Priority.medium
    return Priority.low


def topic_row(topic: Topic, weights: Mapping[str, float] | None = None) -> TopicRow:
    score = weighted_score(topic.score_timeliness, topic.score_value, topic.score_conversion, weights)
    computed = priority_for(score)
    override = Priority(topic.priority_override) if topic.priority_override else None
    assert topic.id is not None
    return TopicRow(
        id=topic.id, title=topic.title, description=topic.description, source=TopicSource(topic.source),
        hot_date_id=topic.hot_date_id, tags=list(topic.tags or []), platforms=list(topic.platforms or []),
        month=topic.target_month, due_date=topic.due_date, status=TopicStatus(topic.status),
        score_timeliness=topic.score_timeliness, score_value=topic.score_value,
        score_conversion=topic.score_conversion, weighted_score=score, computed_priority=computed,
        effective_priority=override or computed, priority_is_override=override is not None,
        plan_rank=topic.plan_rank, updated_at=topic.updated_at, search_keywords=list(topic.search_keywords or []),
        scores_manual=list(topic.scores_manual or []), score_reasons=dict(topic.score_reasons or {}),
        version=topic.version, updated_by=topic.updated_by,
    )


def rank_key(row: TopicRow) -> tuple[int, float, int]:
    """Effective priority first (so an override counts), then weighted score, then oldest first."""
    return (_PRIORITY_ORDER[row.effective_priority], -row.weighted_score, row.id)


# ---------------------------------------------------------------------------------------------
# Validation


def check_month(month: str | None) -> str | None:
    """A `YYYY-MM` month, or None; anything else is the user's mistake."""
    if month is None or month == "":
        return None
    return str(Month.parse(month, TopicError))


def _clean(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - _FIELDS
    if unknown:
        raise TypeError(f"unknown topic fields: {sorted(unknown)}")
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "title":
            value = (value or "").strip()
            if not value:
                raise TopicError(QT_TRANSLATE_NOOP("errors", "选题标题不能为空。"))
            out["title_key"] = title_key(value)
        elif name.startswith("score_"):
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
                raise TopicError(QT_TRANSLATE_NOOP("errors", "评分必须是 1 到 5 的整数（现在是“{value}”）。"), value=str(value))
        elif name == "target_month":
            value = check_month(value)
        elif name == "due_date" and isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value) if value else None
            except ValueError as exc:
                raise TopicError(QT_TRANSLATE_NOOP("errors", "截止日期“{value}”不对，请写成 2025-03-15。"), value=value) from exc
        elif name in ("tags", "platforms", "search_keywords"):
            value = list(dict.fromkeys(str(v).strip() for v in (value or []) if str(v).strip()))
            if name == "platforms":
                bad = [v for v in value if v not in Platform.__members__]
                if bad:
                    raise TopicError(QT_TRANSLATE_NOOP("errors", "不认识平台“{platform}”。"), platform=bad[0])
        elif name == "source":
            value = _enum(TopicSource, value)
        elif name == "status":
            value = _enum(TopicStatus, value)
        elif name == "priority_override":
            value = _enum(Priority, value) if value else None
        out[name] = value
    return out


def _enum(kind: type[Any], value: Any) -> Any:
    try:
        return kind(value)
    except ValueError as exc:
        raise TopicError(QT_TRANSLATE_NOOP("errors", "“{value}”不是可选的值。"), value=str(value)) from exc


class TopicNotFoundError(TopicError):
    pass


def _load(session: Any, topic_id: int) -> Topic:
    topic = session.get(Topic, topic_id)
    if topic is None:
        raise TopicNotFoundError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的选题，可能已被删除。"), id=topic_id)
    return topic


# ---------------------------------------------------------------------------------------------
# Create, update, delete, bulk


def _typed_scores(topic: Topic, values: Mapping[str, Any]) -> list[str]:
    """`topic.scores_manual` plus the scores `values` changes: a score typed by hand stays."""
    typed = [key for key in SCORE_KEYS
             if f"score_{key}" in values and values[f"score_{key}"] != getattr(topic, f"score_{key}")]
    return list(dict.fromkeys([*(topic.scores_manual or []), *typed]))


def create_topic(store: Store, title: str, **fields: Any) -> int:
    """Add a topic; `fields` are Topic columns (source, tags, platforms, target_month, scores …).
    A score given other than the default 3 counts as typed by hand (`scores_manual`)."""
    values = _clean({"title": title, **fields})
    values["scores_manual"] = _typed_scores(Topic(title=values["title"]), values)
    with store.writing() as session:
        return session.insert(Topic(**values))


def update_topic(store: Store, topic_id: int, *, seen_version: int | None = None, **fields: Any) -> TopicRow:
    """Change some fields of a topic; `priority_override=None` goes back to the computed priority.
    A score changed here is the operator's (`scores_manual`): proposed scores no longer replace it.
    `seen_version` (the editor's copy) refuses with StaleEditError when someone saved since."""
    values = _clean(fields)
    with store.writing() as session:
        topic = _load(session, topic_id)
        topic = session.change(topic, {**values, "scores_manual": _typed_scores(topic, values)},
                               seen_version=seen_version)
    return topic_row(topic, topic_weights(store))


#: Statuses whose proposed scores still matter (the topic is yet to be made).
OPEN_STATUSES = (TopicStatus.idea, TopicStatus.planned, TopicStatus.in_production)
#: The day proposed scores were last refreshed (so the library refreshes once a day).
SCORES_REFRESHED_SETTING = "topics.scores_refreshed"


def refresh_proposed_scores(store: Store, *, today: dt.date | None = None, translate: Translate = untranslated,
                            once_a_day: bool = False) -> int:
    """Propose again the scores the operator did not type, for topics yet to be made: timeliness from
    their hot date (else their due date, a week's lead), value from the open feedback asking about
    their tags and search words, conversion from how the last three months' posts sharing them did
    against their account's median. Each proposed score keeps its one-line reason in `score_reasons`.
    Returns how many topics changed; with `once_a_day`, does nothing when already run today."""
    from app.services.feedback import list_feedback
    from app.services.hotdates import stored_hot_date
    from app.services.metrics import post_figures
    from app.services.plan import scoring

    today = today or clock.today()
    if once_a_day and store.setting(SCORES_REFRESHED_SETTING) == today.isoformat():
        return 0
    with store.reading() as session:
        rows = session.exec(select(Topic).where(Topic.status.in_(OPEN_STATUSES))).all()  # type: ignore[attr-defined]
        tags = {topic_id: list(t or []) for topic_id, t in session.execute(sa.select(Topic.id, Topic.tags))}
    ratios = scoring.post_ratios(post_figures(store, today - dt.timedelta(days=92), today))
    feedback = [f for f in list_feedback(store) if f["status"] not in ("done", "wont_do")]
    params = []
    for topic in rows:
        manual = set(topic.scores_manual or [])
        scored_by_hand = not topic.score_reasons and any(getattr(topic, f"score_{k}") != 3 for k in SCORE_KEYS)
        if manual >= set(SCORE_KEYS) or scored_by_hand:  # scored before proposals existed (as revision 0005 marks them)
            continue
        keywords = [*(topic.tags or []), *(topic.search_keywords or [])]
        hot = stored_hot_date(store, topic.hot_date_id) if topic.hot_date_id else None
        day, lead, name = (hot.date, hot.lead_days, hot.name) if hot else (topic.due_date, 7, topic.title)
        proposed = {
            "timeliness": scoring.timeliness(day, lead, today, name, translate),
            "value": scoring.value_from_asks(len(scoring.asks(keywords, feedback)), translate),
            "conversion": scoring.conversion_from_similar(scoring.similar_posts(keywords, ratios, tags), translate),
        }
        scores = {key: getattr(topic, f"score_{key}") for key in SCORE_KEYS}
        reasons = dict(topic.score_reasons or {})
        for key, score in proposed.items():
            if key not in manual:
                scores[key], reasons[key] = score.value, score.reason
        if any(scores[k] != getattr(topic, f"score_{k}") for k in SCORE_KEYS) or reasons != (topic.score_reasons or {}):
            params.append({"b_id": topic.id, **{f"s_{k}": v for k, v in scores.items()}, "reasons": reasons})
    table = Topic.__table__  # type: ignore[attr-defined]
    if params:
        with store.writing() as session:
            session.execute(sa.update(table).where(table.c.id == sa.bindparam("b_id")).values(
                score_timeliness=sa.bindparam("s_timeliness"), score_value=sa.bindparam("s_value"),
                score_conversion=sa.bindparam("s_conversion"), score_reasons=sa.bindparam("reasons")), params)
    store.set_setting(SCORES_REFRESHED_SETTING, today.isoformat())
    return len(params)


def delete_topic(store: Store, topic_id: int) -> None:
    """Delete a topic; its drafts and posts stay (their topic link is cleared)."""
    with store.writing() as session:
        session.delete(_load(session, topic_id))


def get_topic(store: Store, topic_id: int) -> TopicRow:
    with store.reading() as session:
        topic = _load(session, topic_id)
    return topic_row(topic, topic_weights(store))


def _bulk_stamp() -> dict[str, Any]:
    """What a change of many topics at once sets besides its values: when, who, and a new version
    (so an editor still holding one of them is told before it overwrites the change)."""
    return {"updated_at": now(), "updated_by": operator_name(), "version": Topic.version + 1}


def _bulk_update(store: Store, ids: Iterable[int], values: Mapping[str, Any]) -> int:
    id_list = sorted(set(ids))
    if not id_list:
        return 0
    with store.writing() as session:
        result = session.execute(
            sa.update(Topic).where(Topic.id.in_(id_list))  # type: ignore[union-attr]
            .values(**values, **_bulk_stamp())
        )
        return int(result.rowcount or 0)


def bulk_set_month(store: Store, ids: Iterable[int], month: str | None) -> int:
    """Put topics into a month's plan (ideas become planned) or take them out (planned become ideas)."""
    month = check_month(month)
    id_list = sorted(set(ids))
    if not id_list:
        return 0
    if month is None:
        new_status = sa.case((Topic.status == TopicStatus.planned.value, TopicStatus.idea.value), else_=Topic.status)
    else:
        new_status = sa.case((Topic.status == TopicStatus.idea.value, TopicStatus.planned.value), else_=Topic.status)
    with store.writing() as session:
        result = session.execute(
            sa.update(Topic).where(Topic.id.in_(id_list))  # type: ignore[union-attr]
            .values(target_month=month, status=new_status, plan_rank=None, **_bulk_stamp())
        )
        return int(result.rowcount or 0)


def bulk_set_status(store: Store, ids: Iterable[int], status: TopicStatus | str) -> int:
    return _bulk_update(store, ids, {"status": _enum(TopicStatus, status).value})


def bulk_shelve(store: Store, ids: Iterable[int]) -> int:
    """Put topics aside (搁置) without deleting them."""
    return bulk_set_status(store, ids, TopicStatus.shelved)


def bulk_set_tags(store: Store, ids: Iterable[int], *, add: Iterable[str] = (), remove: Iterable[str] = (),
                  replace: Iterable[str] | None = None) -> int:
    """Add and remove tags on many topics at once (or replace their tags)."""
    add_list = [t.strip() for t in add if t.strip()]
    remove_set = {t.strip() for t in remove}
    replace_list = None if replace is None else [t.strip() for t in replace if t.strip()]
    id_list = sorted(set(ids))
    if not id_list:
        return 0
    with store.writing() as session:
        rows = session.execute(sa.select(Topic.id, Topic.tags).where(Topic.id.in_(id_list))).all()  # type: ignore[union-attr]
        params = []
        for topic_id, tags in rows:
            base = list(replace_list) if replace_list is not None else list(tags or [])
            merged = [t for t in dict.fromkeys(base + add_list) if t not in remove_set]
            params.append({"b_id": topic_id, "tags": merged, "updated_at": now()})
        if params:
            session.execute(
                sa.update(Topic.__table__).where(Topic.__table__.c.id == sa.bindparam("b_id"))  # type: ignore[attr-defined]
                .values(tags=sa.bindparam("tags"), updated_at=sa.bindparam("updated_at")),
                params,
            )
        return len(params)


# ---------------------------------------------------------------------------------------------
# Listing and similar titles


def ranked_topics(store: Store, month: str | None = None, *, statuses: Sequence[TopicStatus | str] | None = None,
                  ) -> list[TopicRow]:
    """Topics ranked by effective priority, then weighted score (all of them, or one month's)."""
    month = check_month(month)
    query = select(Topic)
    if month is not None:
        query = query.where(Topic.target_month == month)
    if statuses:
        query = query.where(Topic.status.in_([_enum(TopicStatus, s).value for s in statuses]))  # type: ignore[attr-defined]
    weights = topic_weights(store)
    with store.reading() as session:
        rows = [topic_row(t, weights) for t in session.exec(query)]
    return sorted(rows, key=rank_key)


@dataclass(frozen=True)
class SimilarTitle:
    id: int
    title: str
    ratio: float


def similar_titles(store: Store, title: str, exclude_id: int | None = None, threshold: float = 0.7,
                   limit: int = 5) -> list[SimilarTitle]:
    """Existing topics whose title is close to `title` (0–1 similarity of the normalised titles).

    For the "close to an existing title" warning in the editor; fast enough to call while typing
    on a library of a few thousand topics (quick ratios prune before the full comparison).
    """
    key = title_key(title)
    if not key:
        return []
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    with store.reading() as session:
        rows = session.execute(sa.select(Topic.id, Topic.title, Topic.title_key)).all()
    found = []
    for topic_id, other_title, other_key in rows:
        if topic_id == exclude_id:
            continue
        matcher.set_seq1(other_key or title_key(other_title))
        if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
            continue
        ratio = matcher.ratio()
        if ratio >= threshold:
            found.append(SimilarTitle(topic_id, other_title, round(ratio, 3)))
    found.sort(key=lambda s: (-s.ratio, s.id))
    return found[:limit]


# ---------------------------------------------------------------------------------------------
# Monthly plan


@dataclass(frozen=True)
class MonthPlan:
    """A month's planned topics in plan order, with the 10–15 counter and its warning."""

    month: str
    topics: list[TopicRow]
    count: int
    suggested_min: int
    suggested_max: int
    warning: str | None
    warning_template: str | None
    #: The month's hot dates, offered as ideas (`create_topic_from_hot_date`).
    hot_dates: list[HotDateItem]

    @property
    def counter_template(self) -> str:
        return QT_TRANSLATE_NOOP("topics", "本月选题 {count}（建议 {low}–{high}）")

    @property
    def counter(self) -> str:
        """"本月选题 N（建议 10–15）" in Chinese; views translate `counter_template` and format."""
        return self.counter_template.format(count=self.count, low=self.suggested_min, high=self.suggested_max)


def month_plan(store: Store, month: str) -> MonthPlan:
    """The month's planned topics (planned, in production, published): by the operator's order
    (`plan_rank`, set by dragging) and then by rank."""
    if not month:
        raise TopicError(QT_TRANSLATE_NOOP("errors", "请先选择月份。"))
    period = Month.parse(month, TopicError)
    checked = str(period)
    rows = ranked_topics(store, checked, statuses=PLAN_STATUSES)
    rows.sort(key=lambda r: (r.plan_rank is None, r.plan_rank or 0, *rank_key(r)))
    count = len(rows)
    template = None
    if count < PLAN_MIN:
        template = QT_TRANSLATE_NOOP("topics", "本月只排了 {count} 个选题，建议 {low}–{high} 个，再从选题库里挑几个吧。")
    elif count > PLAN_MAX:
        template = QT_TRANSLATE_NOOP("topics", "本月排了 {count} 个选题，超过建议的 {high} 个，忙不过来时先搁置低优先级的。")
    warning = template.format(count=count, low=PLAN_MIN, high=PLAN_MAX) if template else None
    hot = hot_dates_between(store, period.first, period.last)
    return MonthPlan(checked, rows, count, PLAN_MIN, PLAN_MAX, warning, template, hot)


def create_topic_from_hot_date(store: Store, item: HotDateItem, title: str | None = None, **fields: Any) -> int:
    """A planned topic riding a hot date: linked to it, in its month, due on the day."""
    values = {"source": TopicSource.hot_date, "target_month": str(Month.of(item.date)),
              "status": TopicStatus.planned, "due_date": item.date, **fields}
    values["hot_date_id"] = hot_date_row(store, item)
    return create_topic(store, title or item.name, **values)


def reorder_plan(store: Store, month: str, ordered_ids: Sequence[int]) -> None:
    """Store the order the operator dragged the month's plan into (`topic.plan_rank` 1, 2, …).

    Plan topics missing from `ordered_ids` keep their relative order after the given ones; an id
    that is not in the month's plan is refused and nothing changes.
    """
    plan = month_plan(store, month)
    in_plan = [r.id for r in plan.topics]
    foreign = [i for i in ordered_ids if i not in set(in_plan)]
    if foreign:
        raise TopicError(QT_TRANSLATE_NOOP("errors", "选题 {id} 不在 {month} 的计划里，无法调整顺序。"),
                         id=foreign[0], month=plan.month)
    order = list(dict.fromkeys(ordered_ids)) + [i for i in in_plan if i not in set(ordered_ids)]
    params = [{"b_id": topic_id, "rank": rank} for rank, topic_id in enumerate(order, start=1)]
    if not params:
        return
    table = Topic.__table__  # type: ignore[attr-defined]
    with store.writing() as session:
        session.execute(
            sa.update(table).where(table.c.id == sa.bindparam("b_id")).values(plan_rank=sa.bindparam("rank")),
            params,
        )


# ---------------------------------------------------------------------------------------------
# What worked


@dataclass(frozen=True)
class TopicPerformance:
    """A topic's published posts rolled up from each post's latest snapshot.

    engagement_rate = interactions ÷ views over the posts whose interaction parts are all known
    (metrics.py's definition); NULL when no post has them. conversions = orders recorded in the
    `conversion` table for the topic's posts; leads and revenue come from the same rows.
    """

    topic_id: int
    title: str
    status: TopicStatus
    month: str | None
    posts: int
    views: int | None
    engagement_rate: float | None
    follows_gained: int | None
    conversions: int | None
    leads: int | None
    revenue: float | None
    reuse: bool


_WORKED_SQL = f"""
WITH latest AS (
  SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.post_id ORDER BY m.captured_on DESC) AS rn
  FROM post_metrics m
),
fig AS (
  SELECT p.id AS post_id, p.topic_id, {views_sql('m')} AS views,
         {interactions_sql('m', 'a.platform')} AS interactions, m.follows_gained
  FROM post p
  JOIN account a ON a.id = p.account_id
  LEFT JOIN latest m ON m.post_id = p.id AND m.rn = 1
  WHERE p.topic_id IS NOT NULL AND (p.status = 'published' OR p.published_at IS NOT NULL)
),
conv AS (
  SELECT post_id, SUM(orders) AS orders, SUM(leads) AS leads, SUM(revenue) AS revenue
  FROM conversion WHERE post_id IS NOT NULL GROUP BY post_id
)
SELECT t.id, t.title, t.status, t.target_month, COUNT(f.post_id) AS posts, SUM(f.views) AS views,
       {ratio_sql('SUM(CASE WHEN f.interactions IS NOT NULL THEN f.interactions END)',
                  'SUM(CASE WHEN f.interactions IS NOT NULL THEN f.views END)')} AS engagement_rate,
       SUM(f.follows_gained) AS follows_gained, SUM(c.orders) AS conversions, SUM(c.leads) AS leads,
       SUM(c.revenue) AS revenue
FROM topic t
JOIN fig f ON f.topic_id = t.id
LEFT JOIN conv c ON c.post_id = f.post_id
WHERE (:month IS NULL OR t.target_month = :month)
GROUP BY t.id
"""


def what_worked(store: Store, *, metric: str = "engagement_rate", month: str | None = None) -> list[TopicPerformance]:
    """Topics with published posts, best first by `metric`; the top quarter is marked `reuse`
    ("reuse this direction"). Topics without a value for the metric come last, never marked."""
    if metric not in WORKED_METRICS:
        raise TopicError(QT_TRANSLATE_NOOP("errors", "不能按“{metric}”排序。"), metric=metric)
    month = check_month(month)
    with store.reading() as uow:
        conn = uow.connection()
        # Typed, so PostgreSQL knows what `:month IS NULL` compares.
        worked = sa.text(_WORKED_SQL).bindparams(sa.bindparam("month", type_=sa.String()))
        rows = conn.execute(worked, {"month": month}).mappings().all()
    valued = sorted((r for r in rows if r[metric] is not None), key=lambda r: (-r[metric], r["id"]))
    unvalued = sorted((r for r in rows if r[metric] is None), key=lambda r: r["id"])
    top = math.ceil(len(valued) / 4)
    cutoff = valued[top - 1][metric] if top else None
    out = []
    for r in valued + unvalued:
        out.append(TopicPerformance(
            topic_id=r["id"], title=r["title"], status=TopicStatus(r["status"]), month=r["target_month"],
            posts=r["posts"], views=r["views"], engagement_rate=r["engagement_rate"],
            follows_gained=r["follows_gained"], conversions=r["conversions"], leads=r["leads"],
            revenue=r["revenue"], reuse=cutoff is not None and r[metric] is not None and r[metric] >= cutoff,
        ))
    return out


# ---------------------------------------------------------------------------------------------
# The library table (SQL for the GUI's lazily fetched table model)


def topics_table(weights: Mapping[str, float] | None = None, *, status: str | None = None,
                 source: str | None = None, month: str | None = None, tag: str | None = None,
                 platform: str | None = None) -> TableQuery:
    """The topic library as a browsable `TableQuery`: scores, weighted score and priority in SQL.

    Column `priority` holds a sort key (priority band × 10 + 5 − weighted score), so sorting it
    ascending gives `ranked_topics`' order; column `override` holds the manual priority or NULL.
    `month=""` keeps topics without a month. Filters go into the query's fixed WHERE clause.
    """
    w = {k: float(v) for k, v in (weights or DEFAULT_WEIGHTS).items()}
    total = sum(w[k] for k in SCORE_KEYS)
    score = (f"ROUND(({w['timeliness']!r} * t.score_timeliness + {w['value']!r} * t.score_value"
             f" + {w['conversion']!r} * t.score_conversion) / {total!r}, 2)")
    computed = f"(CASE WHEN {score} >= {HIGH_AT!r} THEN 'high' WHEN {score} >= {MEDIUM_AT!r} THEN 'medium' ELSE 'low' END)"
    band = f"(CASE COALESCE(t.priority_override, {computed}) WHEN 'high' THEN 0 WHEN 'medium' THEN 10 ELSE 20 END)"
    query = TableQuery(
        source="topic t",
        id_sql="t.id",
        columns=(
            Column("title", QT_TRANSLATE_NOOP("columns", "选题"), "t.title"),
            Column("priority", QT_TRANSLATE_NOOP("columns", "优先级"), f"({band} + 5 - {score})", "float"),
            Column("weighted", QT_TRANSLATE_NOOP("columns", "加权分"), score, "float"),
            Column("timeliness", QT_TRANSLATE_NOOP("columns", "时效性"), "t.score_timeliness", "int"),
            Column("value", QT_TRANSLATE_NOOP("columns", "价值度"), "t.score_value", "int"),
            Column("conversion", QT_TRANSLATE_NOOP("columns", "转化力"), "t.score_conversion", "int"),
            Column("status", QT_TRANSLATE_NOOP("columns", "状态"), "t.status", "label:topic_status"),
            Column("source", QT_TRANSLATE_NOOP("columns", "来源"), "t.source", "label:topic_source"),
            Column("target_month", QT_TRANSLATE_NOOP("columns", "计划月份"), "t.target_month"),
            Column("due_date", QT_TRANSLATE_NOOP("columns", "截止日期"), "t.due_date", "date"),
            Column("platforms", QT_TRANSLATE_NOOP("columns", "适合平台"), "t.platforms", "platform_list"),
            Column("tags", QT_TRANSLATE_NOOP("columns", "标签"), "t.tags", "json_list"),
            Column("override", QT_TRANSLATE_NOOP("columns", "手动优先级"), "t.priority_override"),
        ),
        search=("t.title", "t.description", "t.tags"),
    )
    conditions: list[tuple[str, dict[str, Any]]] = []
    if status:
        conditions.append(("t.status = :f_status", {"f_status": _enum(TopicStatus, status).value}))
    if source:
        conditions.append(("t.source = :f_source", {"f_source": _enum(TopicSource, source).value}))
    if month == "":
        conditions.append(("t.target_month IS NULL", {}))
    elif month is not None:
        conditions.append(("t.target_month = :f_month", {"f_month": check_month(month)}))
    if tag:
        conditions.append(_json_list_has("t.tags", tag, "f_tag"))
    if platform:
        conditions.append(_json_list_has("t.platforms", platform, "f_platform"))
    for where, params in conditions:
        query = query.filtered(where, **params)
    return query


def _json_list_has(column: str, value: str, key: str) -> tuple[str, dict[str, Any]]:
    """A JSON list column that holds `value` as one element, in SQL that SQLite and PostgreSQL both
    read: the list's text contains the element as JSON writes it (`"双11"`, quotes included, so a
    longer element does not match), with non-ASCII characters written out or escaped."""
    import json

    from app.store.sql import like_pattern

    text = f"CAST({column} AS TEXT)"
    return (f"({text} LIKE :{key}_a ESCAPE '\\' OR {text} LIKE :{key}_b ESCAPE '\\')",
            {f"{key}_a": like_pattern(json.dumps(value, ensure_ascii=False)), f"{key}_b": like_pattern(json.dumps(value))})


def topic_tags(store: Store) -> list[str]:
    """Every tag used on a topic, most used first (for the tag filter)."""
    with store.reading() as uow:
        conn = uow.connection()
        # The JSON list's elements as text: json_each on SQLite, json_array_elements_text on PostgreSQL.
        each = ("json_array_elements_text(t.tags::json) AS j(value)" if conn.dialect.name == "postgresql"
                else "json_each(t.tags) j")
        sql = f"SELECT j.value, COUNT(*) AS n FROM topic t, {each} GROUP BY j.value ORDER BY n DESC, j.value"
        return [str(row[0]) for row in conn.execute(sa.text(sql))]


def topic_months(store: Store) -> list[str]:
    """The target months topics are planned for, newest first (for the month filter)."""
    sql = "SELECT DISTINCT target_month FROM topic WHERE target_month IS NOT NULL ORDER BY target_month DESC"
    with store.reading() as uow:
        conn = uow.connection()
        return [str(row[0]) for row in conn.execute(sa.text(sql))]
