"""The services whose SQL moved to `app.store.sql` (issue 17 item 1) still answer as before on SQLite:
months with data, works published at the same minute when merging accounts, lesson search with
LIKE's own characters in it, and campaigns whose warm-up reaches into a window."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Account, AccountDaily, Campaign, Post
from app.services.accounts import merge_accounts
from app.services.calendar import campaign_spans
from app.services.manual import lessons, save_lesson
from app.services.queries import months_with_data
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def _accounts(store: Store) -> tuple[int, int]:
    with store.writing() as uow:
        return uow.insert(Account(platform="douyin", name="主号")), uow.insert(Account(platform="douyin", name="主号2"))


def test_months_with_data_come_from_posts_and_follower_days(store: Store) -> None:
    keep, _dup = _accounts(store)
    with store.writing() as uow:
        uow.add_all([Post(account_id=keep, title="三月", title_key="三月", published_at=dt.datetime(2026, 3, 31, 23, 59)),
                     Post(account_id=keep, title="草稿", title_key="草稿"),
                     AccountDaily(account_id=keep, day=dt.date(2026, 1, 1), followers_total=10),
                     AccountDaily(account_id=keep, day=dt.date(2026, 3, 2), followers_total=12)])
    assert months_with_data(store) == ["2026-03", "2026-01"]


def test_a_merge_lists_works_of_the_same_title_published_in_the_same_minute(store: Store) -> None:
    keep, dup = _accounts(store)
    with store.writing() as uow:
        uow.add_all([
            Post(account_id=keep, title="作品甲", title_key="作品甲", published_at=dt.datetime(2026, 3, 1, 18, 0, 5)),
            Post(account_id=keep, title="作品乙", title_key="作品乙", published_at=dt.datetime(2026, 3, 1, 18, 0)),
            Post(account_id=dup, title="作品甲", title_key="作品甲", published_at=dt.datetime(2026, 3, 1, 18, 0, 50)),
            Post(account_id=dup, title="作品乙", title_key="作品乙", published_at=dt.datetime(2026, 3, 1, 18, 1)),
        ])
    report = merge_accounts(store, dup, keep)
    assert [(p["title"], p["same_platform_id"]) for p in report["same_work"]] == [("作品甲", False)]


def test_lesson_search_takes_percent_and_underscore_as_typed(store: Store) -> None:
    save_lesson(store, month="2026-03", kind="success", area="channels", title="早 8 点发布", evidence="曝光高 40%")
    save_lesson(store, month="2026-03", kind="success", area="channels", title="晚上发布", evidence="曝光 400 次")
    save_lesson(store, month="2026-02", kind="failure", area="content", title="标题带 A_B 测试")
    save_lesson(store, month="2026-02", kind="failure", area="content", title="标题带 AxB 测试")
    assert [r["title"] for r in lessons(store, search="40%")] == ["早 8 点发布"]
    assert [r["title"] for r in lessons(store, search="a_b")] == ["标题带 A_B 测试"]
    assert len(lessons(store, search="曝光 发布")) == 2


def test_a_campaign_shows_when_its_warm_up_reaches_the_window(store: Store) -> None:
    with store.writing() as uow:
        for name, warmup in (("十天预热", 10), ("三天预热", 3), ("负数当作不预热", -5)):
            uow.add(Campaign(name=name, warmup_days=warmup, start_day=dt.date(2026, 12, 5), end_day=dt.date(2026, 12, 9)))
        uow.add(Campaign(name="月初开始", warmup_days=-5, start_day=dt.date(2026, 11, 30), end_day=dt.date(2026, 12, 2)))
    november = {s.name for s in campaign_spans(store, dt.date(2026, 11, 1), dt.date(2026, 11, 30))}
    assert november == {"十天预热", "月初开始"}
    december = {s.name for s in campaign_spans(store, dt.date(2026, 12, 1), dt.date(2026, 12, 3))}
    assert december == {"十天预热", "三天预热", "月初开始"}
