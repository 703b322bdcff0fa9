"""The content calendar (日历): what goes out where and when, with hot dates, campaigns and community rituals.

Everything here is plain data for the calendar tab, the reminders and the `.ics` export:
`month_items`/`week_items` gather a window, `reschedule` moves a post (and says how to undo it),
`plan_gaps` compares the month with the per-platform posting plan, `due_today` feeds reminders.
Posts are those of own accounts, placed at `published_at`, or at `scheduled_at` while not out yet.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models import Platform, Post, PostStatus
from app.models.vocabulary import Month
from app.services.hotdates import HotDateItem, hot_dates_between
from app.store import Store
from app.store.sql import add_days

log = logging.getLogger(__name__)

#: Setting key of the posting plan: {"douyin": 7, "wechat": 3} posts per week per platform.
POSTING_PLAN_KEY = "calendar.posting_plan"

#: "还需发 N 篇" for the month header; format with n after translating.
REMAINING_HINT = QT_TRANSLATE_NOOP("calendar", "还需发 {n} 篇")


class CampaignPhase(StrEnum):
    warmup = "warmup"
    live = "live"


#: How a campaign bar is labelled; translate with context "calendar".
PHASE_LABELS: dict[CampaignPhase, str] = {
    CampaignPhase.warmup: QT_TRANSLATE_NOOP("calendar", "预热"),
    CampaignPhase.live: QT_TRANSLATE_NOOP("calendar", "活动中"),
}


@dataclasses.dataclass(frozen=True)
class CalendarPost:
    """A post on the calendar; `when` is published_at, or scheduled_at while it is not out yet."""

    id: int
    title: str
    platform: str
    account_id: int
    account: str
    status: PostStatus
    when: dt.datetime
    scheduled_at: dt.datetime | None
    published_at: dt.datetime | None

    @property
    def published(self) -> bool:
        return self.published_at is not None or self.status == PostStatus.published


@dataclasses.dataclass(frozen=True)
class CampaignSpan:
    """One bar of a campaign: its warm-up (start − warmup_days .. start − 1) or its live days (start..end)."""

    campaign_id: int
    name: str
    phase: CampaignPhase
    start: dt.date
    end: dt.date
    status: str


@dataclasses.dataclass(frozen=True)
class RitualEvent:
    """One occurrence of a community's recurring event; `time` None means all day."""

    community_id: int
    community: str
    index: int
    title: str
    day: dt.date
    time: dt.time | None
    minutes: int

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.day, self.time or dt.time())

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.minutes if self.time else 24 * 60)


@dataclasses.dataclass(frozen=True)
class Ritual:
    """A community's recurring weekly event as written in `community.rituals` (weekday 0 = Monday)."""

    community_id: int
    community: str
    index: int
    title: str
    weekday: int
    time: dt.time | None
    minutes: int


@dataclasses.dataclass
class CalendarItems:
    """Everything shown between `first` and `last` (inclusive)."""

    first: dt.date
    last: dt.date
    posts: list[CalendarPost]
    hot_dates: list[HotDateItem]
    campaigns: list[CampaignSpan]
    rituals: list[RitualEvent]

    def on(self, day: dt.date) -> CalendarItems:
        """The items of one day (spans that cover it included)."""
        return CalendarItems(
            first=day, last=day,
            posts=[p for p in self.posts if p.when.date() == day],
            hot_dates=[h for h in self.hot_dates if h.date <= day <= h.last_day],
            campaigns=[c for c in self.campaigns if c.start <= day <= c.end],
            rituals=[r for r in self.rituals if r.day == day],
        )


class CalendarError(UserError):
    pass


_POSTS_SQL = """
SELECT p.id, p.title, a.platform, a.id, a.name, p.status, p.scheduled_at, p.published_at
FROM post p JOIN account a ON a.id = p.account_id
WHERE a.is_own = TRUE AND coalesce(p.published_at, p.scheduled_at) >= :first
  AND coalesce(p.published_at, p.scheduled_at) < :next {extra}
ORDER BY coalesce(p.published_at, p.scheduled_at), p.id
"""


def _datetime(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _posts(store: Store, first: dt.date, last: dt.date, platforms: Iterable[str] | None, extra: str = "",
           params: Mapping[str, Any] | None = None) -> list[CalendarPost]:
    sql = sa.text(_POSTS_SQL.format(extra=extra + (" AND a.platform IN :platforms" if platforms is not None else "")))
    values: dict[str, Any] = {"first": first.isoformat(), "next": (last + dt.timedelta(days=1)).isoformat(),
                              **(params or {})}
    if platforms is not None:
        sql = sql.bindparams(sa.bindparam("platforms", expanding=True))
        values["platforms"] = list(platforms)
    with store.reading() as uow:
        conn = uow.connection()
        rows = conn.execute(sql, values).all()
    out = []
    for post_id, title, platform, account_id, account, status, scheduled, published in rows:
        scheduled_at, published_at = _datetime(scheduled), _datetime(published)
        when = published_at or scheduled_at
        assert when is not None
        out.append(CalendarPost(post_id, title or "", platform, account_id, account, PostStatus(status), when,
                                scheduled_at, published_at))
    return out


def posts_between(store: Store, first: dt.date, last: dt.date, platforms: Iterable[str] | None = None) -> list[CalendarPost]:
    """Own posts placed between first and last (of `platforms`, all when None), without the slow hot dates."""
    return _posts(store, first, last, None if platforms is None else list(platforms))


@dataclasses.dataclass(frozen=True)
class OwnAccount:
    """An own account the calendar can plan for (filter boxes, "new draft on this day")."""

    id: int
    platform: str
    name: str


def own_accounts(store: Store) -> list[OwnAccount]:
    """The operator's own accounts in use (archived ones left out), by platform then id."""
    with store.reading() as uow:
        conn = uow.connection()
        rows = conn.execute(sa.text("SELECT id, platform, name FROM account WHERE is_own = TRUE AND archived = FALSE "
                                    "ORDER BY platform, id")).all()
    return [OwnAccount(int(i), str(p), str(n)) for i, p, n in rows]


def campaign_spans(store: Store, first: dt.date, last: dt.date) -> list[CampaignSpan]:
    """Warm-up and live bars of the campaigns that touch first..last (not clipped to the window)."""
    with store.reading() as uow:
        warm_start = uow.sql(add_days("start_day", "-(CASE WHEN warmup_days > 0 THEN warmup_days ELSE 0 END)"))
        sql = sa.text("SELECT id, name, warmup_days, start_day, end_day, status FROM campaign "
                      f"WHERE {warm_start} <= :last AND end_day >= :first ORDER BY start_day, id")
        rows = uow.connection().execute(sql, {"first": first.isoformat(), "last": last.isoformat()}).all()
    spans = []
    for campaign_id, name, warmup_days, start, end, status in rows:
        start_day, end_day = dt.date.fromisoformat(str(start)), dt.date.fromisoformat(str(end))
        if warmup_days and warmup_days > 0:
            warm = CampaignSpan(campaign_id, name, CampaignPhase.warmup,
                                start_day - dt.timedelta(days=warmup_days), start_day - dt.timedelta(days=1), status)
            if warm.start <= last and warm.end >= first:
                spans.append(warm)
        if start_day <= last and end_day >= first:
            spans.append(CampaignSpan(campaign_id, name, CampaignPhase.live, start_day, end_day, status))
    return spans


def _parse_ritual(community_id: int, community: str, index: int, raw: Any) -> Ritual | None:
    try:
        weekday = int(raw["weekday"])
        if not 0 <= weekday <= 6:
            raise ValueError(weekday)
        time = dt.time.fromisoformat(raw["time"]) if raw.get("time") else None
        minutes = int(raw.get("minutes") or 60)
        title = str(raw.get("title") or community)
    except (KeyError, TypeError, ValueError):
        log.warning("community %s: skipping ritual %r", community_id, raw)
        return None
    return Ritual(community_id, community, index, title, weekday, time, minutes)


def rituals(store: Store) -> list[Ritual]:
    """The recurring events of the communities that are not archived; malformed entries are skipped."""
    with store.reading() as uow:
        conn = uow.connection()
        rows = conn.execute(sa.text("SELECT id, name, rituals FROM community WHERE archived = FALSE ORDER BY id")).all()
    out = []
    for community_id, name, raw in rows:
        entries = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(entries, list):
            continue
        for index, entry in enumerate(entries):
            ritual = _parse_ritual(community_id, name, index, entry)
            if ritual is not None:
                out.append(ritual)
    return out


def ritual_events(store: Store, first: dt.date, last: dt.date) -> list[RitualEvent]:
    """Rituals expanded onto their days between first and last."""
    events = []
    for ritual in rituals(store):
        day = first + dt.timedelta(days=(ritual.weekday - first.weekday()) % 7)
        while day <= last:
            events.append(RitualEvent(ritual.community_id, ritual.community, ritual.index, ritual.title, day,
                                      ritual.time, ritual.minutes))
            day += dt.timedelta(days=7)
    return sorted(events, key=lambda e: (e.start, e.community_id, e.index))


def items_between(store: Store, first: dt.date, last: dt.date, platforms: Iterable[str] | None = None) -> CalendarItems:
    """Posts (of `platforms`, all when None), hot dates, campaign spans and rituals between first and last."""
    return CalendarItems(
        first=first, last=last,
        posts=posts_between(store, first, last, platforms),
        hot_dates=hot_dates_between(store, first, last),
        campaigns=campaign_spans(store, first, last),
        rituals=ritual_events(store, first, last),
    )


def month_items(store: Store, year: int, month: int, platforms: Iterable[str] | None = None) -> CalendarItems:
    """The calendar of one month (the grid's days from neighbouring months: call items_between)."""
    shown = Month(year, month)
    return items_between(store, shown.first, shown.last, platforms)


def week_items(store: Store, day: dt.date, platforms: Iterable[str] | None = None) -> CalendarItems:
    """The Monday-to-Sunday week containing `day`; posts and rituals carry their times for the hour grid."""
    monday = day - dt.timedelta(days=day.weekday())
    return items_between(store, monday, monday + dt.timedelta(days=6), platforms)


@dataclasses.dataclass(frozen=True)
class Rescheduled:
    """What `reschedule` changed; `undo_reschedule(store, r)` puts it back."""

    post_id: int
    previous: dt.datetime | None
    current: dt.datetime | None


def reschedule(store: Store, post_id: int, new_datetime: dt.datetime | None) -> Rescheduled:
    """Move a not-yet-published post to `new_datetime` (None takes it off the calendar)."""
    with store.writing() as session:
        post = session.get(Post, post_id)
        if post is None:
            raise CalendarError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的内容。"), id=post_id)
        if post.published_at is not None or post.status == PostStatus.published:
            raise CalendarError(QT_TRANSLATE_NOOP("errors", "《{title}》已经发布，不能改期。"), title=post.title)
        previous = post.scheduled_at
        session.change(post, {"scheduled_at": new_datetime.replace(microsecond=0) if new_datetime else None})
        return Rescheduled(post_id, previous, post.scheduled_at)


def undo_reschedule(store: Store, change: Rescheduled) -> Rescheduled:
    """Put a rescheduled post back where it was."""
    return reschedule(store, change.post_id, change.previous)


def posting_plan(store: Store) -> dict[str, int]:
    """Posts per week per platform, as the user set them (platforms without a plan are absent)."""
    raw = store.setting(POSTING_PLAN_KEY, {}) or {}
    return {str(k): int(v) for k, v in raw.items() if isinstance(v, int | float) and v > 0}


def set_posting_plan(store: Store, plan: Mapping[str, int]) -> dict[str, int]:
    """Replace the posting plan; a platform with 0 has no plan. Unknown platforms are refused."""
    known = {p.value for p in Platform}
    clean: dict[str, int] = {}
    for platform, per_week in plan.items():
        if platform not in known:
            raise CalendarError(QT_TRANSLATE_NOOP("errors", "没有平台 {platform}。"), platform=platform)
        if int(per_week) < 0 or int(per_week) > 100:
            raise CalendarError(QT_TRANSLATE_NOOP("errors", "每周篇数要在 0 到 100 之间。"))
        if int(per_week) > 0:
            clean[platform] = int(per_week)
    store.set_setting(POSTING_PLAN_KEY, clean)
    return clean


@dataclasses.dataclass(frozen=True)
class WeekPlan:
    """A Monday-to-Sunday week touching the month: posts placed in the whole week against the plan."""

    week_start: dt.date
    planned: int
    count: int

    @property
    def short(self) -> int:
        return max(0, self.planned - self.count)


@dataclasses.dataclass(frozen=True)
class PlatformPlan:
    """One platform's month against its posting plan; `remaining` is the "还需发 N 篇" of the header."""

    platform: str
    per_week: int
    month_target: int
    published: int
    planned: int
    remaining: int
    weeks: list[WeekPlan]
    short_days: list[dt.date]


def plan_gaps(store: Store, year: int, month: int) -> list[PlatformPlan]:
    """Each planned platform's month: target (per_week × days / 7, rounded), posts placed, weeks and days short.

    Weeks count posts (published or scheduled) in the whole Monday–Sunday week. Days are marked
    short only for plans of 7 or more a week (a day then needs per_week // 7 posts); a plan of
    3 a week says nothing about a single day.
    """
    plan = posting_plan(store)
    if not plan:
        return []
    shown = Month(year, month)
    first, last = shown.first, shown.last
    grid_first = first - dt.timedelta(days=first.weekday())
    grid_last = last + dt.timedelta(days=6 - last.weekday())
    posts = _posts(store, grid_first, grid_last, list(plan))
    out = []
    for platform, per_week in plan.items():
        mine = [p for p in posts if p.platform == platform]
        in_month = [p for p in mine if first <= p.when.date() <= last]
        published = sum(1 for p in in_month if p.published)
        target = int(per_week * last.day / 7 + 0.5)
        weeks = []
        week = grid_first
        while week <= last:
            count = sum(1 for p in mine if week <= p.when.date() < week + dt.timedelta(days=7))
            weeks.append(WeekPlan(week, per_week, count))
            week += dt.timedelta(days=7)
        per_day = per_week // 7
        short_days = []
        if per_day:
            per_date: dict[dt.date, int] = {}
            for p in in_month:
                per_date[p.when.date()] = per_date.get(p.when.date(), 0) + 1
            short_days = [first + dt.timedelta(days=i) for i in range(last.day)
                          if per_date.get(first + dt.timedelta(days=i), 0) < per_day]
        out.append(PlatformPlan(platform, per_week, target, published, len(in_month) - published,
                                max(0, target - len(in_month)), weeks, short_days))
    return out


def due_today(store: Store, at: dt.datetime) -> list[CalendarPost]:
    """Posts scheduled on `at`'s day that are not published yet (for the reminders), earliest first."""
    day = at.date()
    return _posts(store, day, day, None,
                  extra=" AND p.published_at IS NULL AND p.status != :published",
                  params={"published": PostStatus.published.value})
