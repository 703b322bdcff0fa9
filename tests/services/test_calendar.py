"""The content calendar: items of a month and a week, reschedule with undo, posting plan gaps, reminders, .ics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from app.models import Account, Campaign, Community, Post, PostStatus
from app.services.calendar import (
    CalendarError,
    CampaignPhase,
    due_today,
    month_items,
    plan_gaps,
    posting_plan,
    reschedule,
    set_posting_plan,
    undo_reschedule,
    week_items,
)
from app.services.hotdates import add_hot_date
from app.services.ics import export_month_ics
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

D = dt.date
T = dt.datetime


@pytest.fixture
def planned(store: Store) -> dict[str, int]:
    """March 2026: a few posts on douyin and wechat, a campaign with warm-up, a weekly live session."""
    with store.writing() as session:
        douyin = Account(platform="douyin", name="抖音号")
        wechat = Account(platform="wechat", name="公众号")
        rival = Account(platform="douyin", name="对手", is_own=False)
        session.add_all([douyin, wechat, rival])
        session.flush()
        posts = {
            "scheduled": Post(account_id=douyin.id, title="女神节口播", status=PostStatus.scheduled,
                              scheduled_at=T(2026, 3, 4, 20, 0)),
            "published": Post(account_id=wechat.id, title="三月选题", status=PostStatus.published,
                              scheduled_at=T(2026, 2, 27, 8), published_at=T(2026, 3, 2, 8, 30)),
            "draft": Post(account_id=douyin.id, title="没排期的草稿"),
            "april": Post(account_id=douyin.id, title="四月的", status=PostStatus.scheduled,
                          scheduled_at=T(2026, 4, 1, 9)),
            "rival": Post(account_id=rival.id, title="对手的", status=PostStatus.published,
                          published_at=T(2026, 3, 4, 9)),
            "today": Post(account_id=douyin.id, title="今天要发", status=PostStatus.revising,
                          scheduled_at=T(2026, 3, 10, 19)),
            "today_done": Post(account_id=wechat.id, title="今天已发", status=PostStatus.published,
                               scheduled_at=T(2026, 3, 10, 7), published_at=T(2026, 3, 10, 7, 5)),
        }
        session.add_all(posts.values())
        session.add(Campaign(name="女神节打卡", start_day=D(2026, 3, 6), end_day=D(2026, 3, 8), warmup_days=3))
        session.add(Campaign(name="三月底直播", start_day=D(2026, 4, 2), end_day=D(2026, 4, 2), warmup_days=5))
        session.add(Community(name="案例群", rituals=[
            {"title": "周三案例拆解直播", "weekday": 2, "time": "20:00", "minutes": 60},
            {"title": "周五答疑", "weekday": 4},
            {"title": "坏的", "weekday": 9},
        ]))
        session.add(Community(name="旧群", archived=True, rituals=[{"title": "停了", "weekday": 0, "time": "09:00"}]))
        session.flush()
        return {key: post.id for key, post in posts.items()}


def test_month_items(store: Store, planned: dict[str, int]) -> None:
    items = month_items(store, 2026, 3)
    assert [p.id for p in items.posts] == [planned["published"], planned["scheduled"], planned["today_done"],
                                           planned["today"]]
    published = items.posts[0]
    assert (published.platform, published.when, published.published) == ("wechat", T(2026, 3, 2, 8, 30), True)
    assert items.posts[1].when == T(2026, 3, 4, 20) and not items.posts[1].published

    spans = [(c.name, c.phase, c.start, c.end) for c in items.campaigns]
    assert spans == [
        ("女神节打卡", CampaignPhase.warmup, D(2026, 3, 3), D(2026, 3, 5)),
        ("女神节打卡", CampaignPhase.live, D(2026, 3, 6), D(2026, 3, 8)),
        ("三月底直播", CampaignPhase.warmup, D(2026, 3, 28), D(2026, 4, 1)),
    ]
    wednesdays = [r for r in items.rituals if r.title == "周三案例拆解直播"]
    assert [r.day for r in wednesdays] == [D(2026, 3, 4), D(2026, 3, 11), D(2026, 3, 18), D(2026, 3, 25)]
    assert wednesdays[0].start == T(2026, 3, 4, 20) and wednesdays[0].end == T(2026, 3, 4, 21)
    fridays = [r for r in items.rituals if r.title == "周五答疑"]
    assert len(fridays) == 4 and fridays[0].time is None
    assert len(items.rituals) == 8  # the malformed ritual and the archived group are left out

    names = {h.name for h in items.hot_dates}
    assert {"妇女节", "315", "植树节", "春分", "元宵节", "春招"} <= names
    assert "寒假" in names  # a span that began in January still covers early March

    day = items.on(D(2026, 3, 4))
    assert [p.title for p in day.posts] == ["女神节口播"]
    assert [c.phase for c in day.campaigns] == [CampaignPhase.warmup]
    assert [r.title for r in day.rituals] == ["周三案例拆解直播"]


def test_platform_filter_and_own_dates(store: Store, planned: dict[str, int]) -> None:
    add_hot_date(store, D(2026, 3, 18), "店铺周年庆")
    items = month_items(store, 2026, 3, platforms=["douyin"])
    assert {p.platform for p in items.posts} == {"douyin"}
    assert "店铺周年庆" in {h.name for h in items.hot_dates}


def test_week_items_are_monday_to_sunday(store: Store, planned: dict[str, int]) -> None:
    week = week_items(store, D(2026, 3, 6))
    assert (week.first, week.last) == (D(2026, 3, 2), D(2026, 3, 8))
    assert [p.when for p in week.posts] == [T(2026, 3, 2, 8, 30), T(2026, 3, 4, 20)]
    assert [r.start for r in week.rituals] == [T(2026, 3, 4, 20), T(2026, 3, 6)]


def test_reschedule_and_undo(store: Store, planned: dict[str, int]) -> None:
    post_id = planned["scheduled"]
    change = reschedule(store, post_id, T(2026, 3, 12, 21, 30, 15, 999))
    assert (change.previous, change.current) == (T(2026, 3, 4, 20), T(2026, 3, 12, 21, 30, 15))
    assert [p.when for p in month_items(store, 2026, 3).on(D(2026, 3, 12)).posts] == [T(2026, 3, 12, 21, 30, 15)]
    undo_reschedule(store, change)
    assert [p.id for p in month_items(store, 2026, 3).on(D(2026, 3, 4)).posts] == [post_id]

    draft = reschedule(store, planned["draft"], T(2026, 3, 20, 9))
    assert draft.previous is None
    undo_reschedule(store, draft)
    assert planned["draft"] not in {p.id for p in month_items(store, 2026, 3).posts}

    with pytest.raises(CalendarError):
        reschedule(store, planned["published"], T(2026, 3, 20, 9))
    with pytest.raises(CalendarError):
        reschedule(store, 9999, T(2026, 3, 20, 9))


def test_posting_plan_gaps(store: Store, planned: dict[str, int]) -> None:
    assert plan_gaps(store, 2026, 3) == []
    with pytest.raises(CalendarError):
        set_posting_plan(store, {"myspace": 3})
    set_posting_plan(store, {"douyin": 7, "wechat": 3, "weibo": 0})
    assert posting_plan(store) == {"douyin": 7, "wechat": 3}
    gaps = {g.platform: g for g in plan_gaps(store, 2026, 3)}
    douyin, wechat = gaps["douyin"], gaps["wechat"]
    assert (douyin.month_target, douyin.published, douyin.planned, douyin.remaining) == (31, 0, 2, 29)
    assert (wechat.month_target, wechat.published, wechat.planned, wechat.remaining) == (13, 2, 0, 11)
    assert [w.week_start for w in douyin.weeks] == [D(2026, 2, 23), D(2026, 3, 2), D(2026, 3, 9), D(2026, 3, 16),
                                                    D(2026, 3, 23), D(2026, 3, 30)]
    assert [w.count for w in douyin.weeks] == [0, 1, 1, 0, 0, 1]  # the last week includes April 1
    assert douyin.weeks[1].short == 6
    assert len(douyin.short_days) == 29 and D(2026, 3, 4) not in douyin.short_days
    assert wechat.short_days == []  # 3 a week says nothing about one day
    assert [w.count for w in wechat.weeks][:3] == [0, 1, 1]


def test_due_today(store: Store, planned: dict[str, int]) -> None:
    due = due_today(store, T(2026, 3, 10, 8))
    assert [p.id for p in due] == [planned["today"]]
    assert due_today(store, T(2026, 3, 11, 8)) == []


def test_ics_export_parses_back(store: Store, planned: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "march.ics"
    data = export_month_ics(store, 2026, 3, out)
    assert out.read_bytes() == data
    cal = Calendar.from_ical(data)
    events = cal.walk("VEVENT")
    items = month_items(store, 2026, 3)
    assert len(events) == len(items.posts) + len(items.hot_dates) + len(items.campaigns) + 2
    by_uid = {str(e["UID"]): e for e in events}
    assert len(by_uid) == len(events)

    post = by_uid[f"post-{planned['scheduled']}@opsdesk"]
    assert str(post["SUMMARY"]) == "[抖音] 女神节口播"
    start = post.decoded("DTSTART")
    assert start.replace(tzinfo=None) == T(2026, 3, 4, 20) and str(start.tzinfo) == "Asia/Shanghai"
    assert post["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert cal.walk("VTIMEZONE")[0]["TZID"] == "Asia/Shanghai"

    women = next(e for e in events if str(e["SUMMARY"]) == "妇女节")
    assert women.decoded("DTSTART") == D(2026, 3, 8) and women.decoded("DTEND") == D(2026, 3, 9)
    live = by_uid["campaign-1-live@opsdesk"]
    assert (live.decoded("DTSTART"), live.decoded("DTEND")) == (D(2026, 3, 6), D(2026, 3, 9))

    weekly = next(e for e in events if str(e["SUMMARY"]) == "周三案例拆解直播")
    assert weekly["RRULE"]["FREQ"] == ["WEEKLY"]
    assert weekly.decoded("DTSTART").replace(tzinfo=None) == T(2026, 3, 4, 20)

    again = Calendar.from_ical(export_month_ics(store, 2026, 3))
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(by_uid)
