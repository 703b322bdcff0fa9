"""Proposed topic scores (时效性, 价值度, 转化力), each with the one line it rests on.

Shared by the month plan's topic slate and the topic library, whose proposed scores refresh as
dates pass and results come in (scores the operator typed stay: `Topic.scores_manual`).

- timeliness: from the distance to the topic's date — rising while the date comes closer (5 once
  its preparation time has begun), falling after it has passed; 3 for a topic without a date.
- value: from how many users asked — open feedback whose tags or text name one of its keywords.
- conversion: how posts sharing its keywords converted against their account's median (their
  engagement where the account has no conversions); 3 when no such post exists.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from app.services.metrics import PostFigures

#: Feedback asks → value score: fewer than 3 → 2, 3+ → 3, 6+ → 4, 12+ → 5.
VALUE_STEPS = ((12, 5), (6, 4), (3, 3))
#: A post's rate ÷ its account's median → conversion score.
CONVERSION_STEPS = ((2.5, 5), (1.5, 4), (0.8, 3), (0.4, 2))

T_NO_DATE = QT_TRANSLATE_NOOP("plan", "没有对应的日期，不赶时间")
T_PREPARE_NOW = QT_TRANSLATE_NOOP("plan", "{name} 在 {date}，还有 {days} 天，已到提前 {lead} 天准备的时候")
T_COMING = QT_TRANSLATE_NOOP("plan", "{name} 在 {date}，还有 {days} 天（提前 {lead} 天准备）")
T_PASSED = QT_TRANSLATE_NOOP("plan", "{name} 已过去 {days} 天")
T_ASKED = QT_TRANSLATE_NOOP("plan", "{count} 条用户反馈问到")
T_NOT_ASKED = QT_TRANSLATE_NOOP("plan", "还没有用户反馈问到")
T_SIMILAR = QT_TRANSLATE_NOOP("plan", "{count} 篇相近内容的{metric}平均是账号中位数的 {times} 倍")
T_NO_SIMILAR = QT_TRANSLATE_NOOP("plan", "没有相近的历史内容，按中等估计")
METRIC_WORDS = {
    "conversion_rate": QT_TRANSLATE_NOOP("plan", "转化率"),
    "engagement_rate": QT_TRANSLATE_NOOP("plan", "互动率"),
}


@dataclass(frozen=True)
class Score:
    value: int
    reason: str


def timeliness(day: dt.date | None, lead_days: int, today: dt.date, name: str = "",
               translate: Translate = untranslated) -> Score:
    """5 from the start of the preparation time to the day, 4 within two weeks before that, 3 within
    a month, 2 further out; after the day 2 for three days, then 1."""
    if day is None:
        return Score(3, translate("plan", T_NO_DATE))
    days = (day - today).days
    if days < 0:
        return Score(2 if days >= -3 else 1, translate("plan", T_PASSED).format(name=name, days=-days))
    early = days - lead_days
    value = 5 if early <= 0 else 4 if early <= 14 else 3 if early <= 30 else 2
    template = T_PREPARE_NOW if early <= 0 else T_COMING
    return Score(value, translate("plan", template).format(name=name, date=day.isoformat(), days=days, lead=lead_days))


def value_from_asks(count: int, translate: Translate = untranslated) -> Score:
    """How many users asked, as a 1–5 value score."""
    value = next((score for at_least, score in VALUE_STEPS if count >= at_least), 2)
    text = translate("plan", T_ASKED).format(count=count) if count else translate("plan", T_NOT_ASKED)
    return Score(value, text)


def asks(keywords: Iterable[str], feedback: Sequence[dict[str, object]]) -> list[int]:
    """Ids of the feedback whose tags hold one of `keywords` or whose text names one."""
    words = [w for w in dict.fromkeys(keywords) if w]
    if not words:
        return []
    return [int(f["id"]) for f in feedback  # type: ignore[call-overload]
            if any(w in (f.get("tags") or ()) or w in str(f.get("text") or "") for w in words)]


@dataclass(frozen=True)
class PostRatio:
    """A post's rate against its account's median: conversion rate, or engagement where the account
    has no conversions."""

    post: PostFigures
    metric: str
    rate: float
    median: float

    @property
    def times(self) -> float:
        return self.rate / self.median


def _rate(post: PostFigures, key: str) -> float | None:
    for snap in (post.latest, post.at_age):
        if snap is not None and snap[key] is not None:
            return float(snap[key])
    return None


def post_ratios(posts: Sequence[PostFigures]) -> list[PostRatio]:
    """Every post with a rate, against the median of its own account's posts."""
    by_account: dict[int, list[PostFigures]] = defaultdict(list)
    for post in posts:
        by_account[post.account_id].append(post)
    out: list[PostRatio] = []
    for account_posts in by_account.values():
        for key in ("conversion_rate", "engagement_rate"):
            rates = [(p, r) for p in account_posts if (r := _rate(p, key)) is not None]
            median = statistics.median(r for _p, r in rates) if rates else 0
            if median > 0:
                out.extend(PostRatio(p, key, r, median) for p, r in rates)
                break
    return out


def conversion_from_similar(similar: Sequence[PostRatio], translate: Translate = untranslated) -> Score:
    """How posts sharing the topic's keywords did against their accounts' medians."""
    if not similar:
        return Score(3, translate("plan", T_NO_SIMILAR))
    times = statistics.mean(r.times for r in similar)
    value = next((score for at_least, score in CONVERSION_STEPS if times >= at_least), 1)
    metric = translate("plan", METRIC_WORDS[similar[0].metric])
    return Score(value, translate("plan", T_SIMILAR).format(count=len(similar), metric=metric, times=f"{times:.1f}"))


def similar_posts(keywords: Iterable[str], ratios: Sequence[PostRatio], topic_tags: dict[int, list[str]]
                  ) -> list[PostRatio]:
    """Posts whose topic carries one of `keywords` as a tag or whose title names one."""
    words = [w for w in dict.fromkeys(keywords) if w]
    return [r for r in ratios
            if any(w in r.post.title or w in topic_tags.get(r.post.topic_id or 0, ()) for w in words)]
