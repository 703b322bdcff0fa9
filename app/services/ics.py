"""A month of the calendar as an `.ics` file that phone and desktop calendars import.

Posts are timed events (30 minutes) in Asia/Shanghai with a TZID and a VTIMEZONE; hot dates and
campaign spans are all-day events; community rituals are weekly series (RRULE) ending with the
month. UIDs are stable (`post-12@opsdesk` …), so importing the same month again updates the
events instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from app.models.vocabulary import Month, platform_name
from app.services.calendar import CalendarItems, CampaignPhase, month_items, rituals
from app.store import Store

TZ = ZoneInfo("Asia/Shanghai")
UID_DOMAIN = "opsdesk"
POST_MINUTES = 30
SPAN_TITLES = {
    CampaignPhase.warmup: QT_TRANSLATE_NOOP("ics", "预热：{name}"),
    CampaignPhase.live: QT_TRANSLATE_NOOP("ics", "活动：{name}"),
}


def _uid(*parts: object) -> str:
    return "-".join(str(p) for p in parts) + "@" + UID_DOMAIN


def _event(uid: str, summary: str, stamp: dt.datetime, categories: list[str]) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstamp", stamp)
    event.add("categories", categories)
    return event


def build_calendar(store: Store, items: CalendarItems, *, name: str, translate: Translate = untranslated) -> Calendar:
    """The icalendar object for `items`; rituals become weekly series bounded by the window."""
    stamp = clock.now().astimezone(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//OpsDesk//运营台//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Shanghai")
    for post in items.posts:
        event = _event(_uid("post", post.id), f"[{platform_name(post.platform)}] {post.title}", stamp,
                       ["post", post.platform])
        start = post.when.replace(tzinfo=TZ)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=POST_MINUTES))
        event.add("description", f"{post.account} · {post.status.value}")
        cal.add_component(event)
    for hot in items.hot_dates:
        key = hashlib.sha1(f"{hot.kind}|{hot.name}".encode()).hexdigest()[:10]
        event = _event(_uid("hotdate", hot.date.isoformat(), key), hot.name, stamp, ["hot_date", hot.kind.value])
        event.add("dtstart", hot.date)
        event.add("dtend", hot.last_day + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        if hot.note:
            event.add("description", hot.note)
        cal.add_component(event)
    for span in items.campaigns:
        title = translate("ics", SPAN_TITLES[span.phase]).format(name=span.name)
        event = _event(_uid("campaign", span.campaign_id, span.phase.value), title, stamp,
                       ["campaign", span.phase.value])
        event.add("dtstart", span.start)
        event.add("dtend", span.end + dt.timedelta(days=1))
        cal.add_component(event)
    for ritual in rituals(store):
        first = items.first + dt.timedelta(days=(ritual.weekday - items.first.weekday()) % 7)
        if first > items.last:
            continue
        event = _event(_uid("ritual", ritual.community_id, ritual.index, items.first.strftime("%Y%m")),
                       ritual.title, stamp, ["ritual", ritual.community])
        if ritual.time is None:
            event.add("dtstart", first)
            event.add("dtend", first + dt.timedelta(days=1))
            until: dt.date | dt.datetime = items.last
        else:
            start = dt.datetime.combine(first, ritual.time, tzinfo=TZ)
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(minutes=ritual.minutes))
            until = dt.datetime.combine(items.last, dt.time(23, 59, 59), tzinfo=TZ).astimezone(dt.UTC)
        event.add("rrule", {"freq": "weekly", "until": until})
        event.add("description", ritual.community)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal


def export_month_ics(
    store: Store, year: int, month: int, path: str | Path | None = None, platforms: Iterable[str] | None = None,
    translate: Translate = untranslated,
) -> bytes:
    """The month's posts, hot dates, campaigns and rituals as .ics bytes; written to `path` when given."""
    items = month_items(store, year, month, platforms)
    data = build_calendar(store, items, name=f"OpsDesk {Month(year, month)}", translate=translate).to_ical()
    if path is not None:
        Path(path).write_bytes(data)
    return data
