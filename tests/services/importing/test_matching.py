"""Which stored post an imported row is (issue 16 item 2): the platform's id, else title *and* time.

Two different works published a minute apart stay two posts; a platform's truncated title is
still the same work; an existing post is never renamed after a different work.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.models import Account, Post, PostStatus
from app.services.importing import analyse_file, execute

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def run(store: Any, path: Any, **options: Any) -> Any:
    return execute(store, analyse_file(store, path, **options))


def douyin(make: Any, name: str, rows: list[tuple[str, str, str]]) -> Any:
    return make.xlsx(name, [make.douyin_headers] + [make.douyin_row(t, p, views=v) for t, p, v in rows])


def posts(db: Any) -> list[tuple[str, str, int]]:
    return [(r["title"], r["published_at"][:16], r["views"]) for r in db(
        "SELECT p.title, p.published_at, m.views FROM post p JOIN post_metrics m ON m.post_id = p.id "
        "ORDER BY p.published_at, m.captured_on")]


def test_two_works_a_minute_apart_stay_two_posts(store, make, db) -> None:
    path = douyin(make, "a.xlsx", [("作品甲", "2026-07-01 18:00:00", "100"), ("作品乙", "2026-07-01 18:01:00", "200")])
    plan = analyse_file(store, path, as_of=dt.date(2026, 7, 2))
    assert plan.counts == {"inserted": 2, "updated": 0, "unchanged": 0, "linked": 0}
    result = execute(store, plan)
    assert (result.inserted, result.updated) == (2, 0)
    assert posts(db) == [("作品甲", "2026-07-01 18:00", 100), ("作品乙", "2026-07-01 18:01", 200)]
    again = run(store, douyin(make, "b.xlsx", [("作品乙", "2026-07-01 18:01:00", "250"),
                                               ("作品甲", "2026-07-01 18:00:00", "150")]), as_of=dt.date(2026, 7, 9))
    assert (again.inserted, again.updated) == (0, 2)
    assert posts(db) == [("作品甲", "2026-07-01 18:00", 100), ("作品甲", "2026-07-01 18:00", 150),
                         ("作品乙", "2026-07-01 18:01", 200), ("作品乙", "2026-07-01 18:01", 250)]


def test_a_work_a_minute_after_an_existing_post_does_not_rename_it(store, make, db) -> None:
    with store.writing() as session:
        account = Account(platform="douyin", name="我的抖音")
        session.add(account)
        session.flush()
        session.add(Post(account_id=account.id, title="演示：夏天的第一杯奶茶", title_key="演示夏天的第一杯奶茶",
                         status=PostStatus.published, published_at=dt.datetime(2026, 7, 1, 18, 0)))
    result = run(store, douyin(make, "a.xlsx", [("秋天的第一杯咖啡", "2026-07-01 18:01:00", "9")]))
    assert (result.inserted, result.updated) == (1, 0)
    assert [r["title"] for r in db("SELECT title FROM post ORDER BY id")] == ["演示：夏天的第一杯奶茶", "秋天的第一杯咖啡"]


def test_same_file_again_under_another_name_changes_nothing(store, make, db) -> None:
    rows = [("作品甲", "2026-07-01 18:00:00", "100"), ("作品乙", "2026-07-01 18:01:00", "200")]
    run(store, douyin(make, "a.xlsx", rows), as_of=dt.date(2026, 7, 2))
    before = db("SELECT * FROM post ORDER BY id"), db("SELECT * FROM post_metrics ORDER BY id")
    copy = make.csv("a-copy.csv", [make.douyin_headers] + [make.douyin_row(t, p, views=v) for t, p, v in rows])
    result = run(store, copy, as_of=dt.date(2026, 7, 2))
    assert (result.status, result.inserted, result.updated, result.unchanged) == ("imported", 0, 0, 2)
    assert (db("SELECT * FROM post ORDER BY id"), db("SELECT * FROM post_metrics ORDER BY id")) == before


def test_later_weekly_export_with_truncated_titles_updates_the_same_posts(store, make, db) -> None:
    long_title = "夏天防晒的三个误区，第二个很多人都中招了 #防晒 #夏日护肤"
    run(store, douyin(make, "w1.xlsx", [(long_title, "2026-07-01 18:00:00", "100"),
                                        ("作品乙", "2026-07-01 18:01:00", "200")]), as_of=dt.date(2026, 7, 5))
    week2 = douyin(make, "w2.xlsx", [("夏天防晒的三个误区，第二个很多…", "2026-07-01 18:00:00", "180"),
                                     ("作品乙", "2026-07-01 18:01:00", "260")])
    plan = analyse_file(store, week2, as_of=dt.date(2026, 7, 12))
    assert plan.counts == {"inserted": 0, "updated": 2, "unchanged": 0, "linked": 0}
    execute(store, plan)
    assert [r["title"] for r in db("SELECT title FROM post ORDER BY id")] == [long_title, "作品乙"]
    assert [(r["post_id"], r["captured_on"], r["views"]) for r in db(
        "SELECT post_id, captured_on, views FROM post_metrics ORDER BY post_id, captured_on")] == [
        (1, "2026-07-05", 100), (1, "2026-07-12", 180), (2, "2026-07-05", 200), (2, "2026-07-12", 260)]
    week3 = douyin(make, "w3.xlsx", [(long_title, "2026-07-01 18:00:00", "200")])
    assert run(store, week3, as_of=dt.date(2026, 7, 19)).updated == 1
    assert len(db("SELECT * FROM post")) == 2


def test_same_title_a_year_later_is_a_new_post(store, make, db) -> None:
    run(store, douyin(make, "2025.xlsx", [("年度总结", "2025-12-31 20:00:00", "100")]), as_of=dt.date(2026, 1, 2))
    result = run(store, douyin(make, "2026.xlsx", [("年度总结", "2026-12-31 20:00:00", "300")]), as_of=dt.date(2027, 1, 2))
    assert (result.inserted, result.updated) == (1, 0)
    assert [r["published_at"][:10] for r in db("SELECT published_at FROM post ORDER BY id")] == ["2025-12-31", "2026-12-31"]


def test_platform_ids_decide_when_both_sides_have_one(store, make, db) -> None:
    channels = ["视频描述", "视频ID", "发布时间", "播放量"]
    run(store, make.csv("c1.csv", [channels, ["早安", "export/1", "2026-06-23 08:00:00", "5"]]), as_of=dt.date(2026, 6, 24))
    renamed = run(store, make.csv("c2.csv", [channels, ["早安（改了标题）", "export/1", "2026-06-23 08:00:00", "9"],
                                             ["早安", "export/2", "2026-06-23 08:01:00", "7"]]), as_of=dt.date(2026, 6, 25))
    assert (renamed.inserted, renamed.updated) == (1, 1)
    assert [(r["external_id"], r["title"]) for r in db("SELECT external_id, title FROM post ORDER BY id")] == [
        ("export/1", "早安（改了标题）"), ("export/2", "早安")]


def test_the_same_work_twice_in_one_file_is_one_post_counted_once(store, make, db) -> None:
    path = douyin(make, "a.xlsx", [("作品甲", "2026-07-01 18:00:00", "100"), ("作品甲", "2026-07-01 18:00:00", "120")])
    result = run(store, path, as_of=dt.date(2026, 7, 2))
    assert result.inserted == 1
    assert posts(db) == [("作品甲", "2026-07-01 18:00", 120)]


def test_a_draft_with_another_title_is_not_linked(store, make, db) -> None:
    with store.writing() as session:
        account = Account(platform="douyin", name="我的抖音")
        session.add(account)
        session.flush()
        session.add(Post(account_id=account.id, title="夏日防晒三步", title_key="夏日防晒三步", status=PostStatus.scheduled,
                         scheduled_at=dt.datetime(2026, 7, 1, 20, 0)))
        session.add(Post(account_id=account.id, title="秋季穿搭", title_key="秋季穿搭", status=PostStatus.drafting))
    result = run(store, douyin(make, "a.xlsx", [("完全不同的一条", "2026-07-01 20:03:00", "100"),
                                                ("秋季穿搭 #穿搭", "2026-09-01 08:00:00", "50")]))
    assert (result.inserted, result.linked) == (1, 1)
    rows = db("SELECT title, status FROM post ORDER BY id")
    assert rows == [{"title": "夏日防晒三步", "status": "scheduled"}, {"title": "秋季穿搭 #穿搭", "status": "published"},
                    {"title": "完全不同的一条", "status": "published"}]


def test_an_archived_own_account_is_not_offered_for_a_new_export(store, make, db) -> None:
    with store.writing() as session:
        session.add(Account(platform="douyin", name="旧号", archived=True))
        session.add(Account(platform="douyin", name="现在的号"))
    result = run(store, douyin(make, "a.xlsx", [("作品甲", "2026-07-01 18:00:00", "100")]))
    assert (result.status, result.account) == ("imported", "现在的号")
