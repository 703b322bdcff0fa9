"""Matching, snapshots, accounts, bad rows, undo, templates and user mappings — read back from the store."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from app.models import Account, Post, PostStatus
from app.services.importing import (
    ImportRefusedError,
    analyse_file,
    execute,
    list_batches,
    save_mapping_profile,
    undo_batch,
)
from app.services.progress import CancelledError

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def run(store: Any, path: Any, **options: Any) -> Any:
    skip = options.pop("skip_bad_rows", False)
    return execute(store, analyse_file(store, path, **options), skip_bad_rows=skip)


def dump(db: Any) -> dict[str, list[dict[str, Any]]]:
    tables = ("account", "post", "post_metrics", "account_daily", "member", "community", "feedback", "conversion",
              "goal", "topic", "campaign", "campaign_daily", "promotion")
    out = {}
    for t in tables:
        rows = db(f"SELECT * FROM {t} ORDER BY id")
        for row in rows:
            row.pop("import_batch_id", None)
        out[t] = rows
    return out


def douyin(make: Any, name: str, rows: list[tuple[str, str, str]]) -> Any:
    return make.xlsx(name, [make.douyin_headers] + [make.douyin_row(t, p, views=v) for t, p, v in rows])


def test_same_file_twice_is_a_duplicate_and_changes_nothing(store, make, db) -> None:
    path = douyin(make, "a.xlsx", [("一", "2026-07-01 10:00:00", "10")])
    first = run(store, path)
    before = dump(db)
    second = run(store, path)
    assert (first.status, second.status, second.batch_id) == ("imported", "duplicate", first.batch_id)
    assert dump(db) == before
    assert len(list_batches(store)) == 1


def test_weekly_snapshots_keep_history_and_replace_same_date(store, make, db) -> None:
    week1 = douyin(make, "w1.xlsx", [("一", "2026-07-01 10:00:00", "10"), ("二", "2026-07-02 10:00:00", "20")])
    week2 = douyin(make, "w2.xlsx", [("一", "2026-07-01 10:00:00", "15"), ("二", "2026-07-02 10:00:00", "20"),
                                     ("三", "2026-07-08 10:00:00", "5")])
    run(store, week1, as_of=dt.date(2026, 7, 5))
    result = run(store, week2, as_of=dt.date(2026, 7, 12))
    assert (result.inserted, result.updated) == (1, 2)
    assert len(db("SELECT * FROM post")) == 3
    history = db("SELECT p.title, m.captured_on, m.views FROM post_metrics m JOIN post p ON p.id = m.post_id "
                 "WHERE p.title = '一' ORDER BY captured_on")
    assert [(h["captured_on"], h["views"]) for h in history] == [("2026-07-05", 10), ("2026-07-12", 15)]
    again = douyin(make, "w2b.xlsx", [("一", "2026-07-01 10:00:00", "16")])
    redo = run(store, again, as_of=dt.date(2026, 7, 12))
    assert (redo.updated, redo.inserted) == (1, 0)
    assert len(db("SELECT * FROM post_metrics WHERE captured_on = '2026-07-12'")) == 3
    assert db("SELECT views FROM post_metrics WHERE captured_on = '2026-07-12' ORDER BY post_id")[0]["views"] == 16


def test_matching_by_time_window_title_key_and_platform_id(store, make, db) -> None:
    run(store, douyin(make, "a.xlsx", [("春天来了，一起去踏…", "2026-07-01 10:00:00", "10")]), as_of=dt.date(2026, 7, 2))
    result = run(store, douyin(make, "b.xlsx", [("春天来了，一起去踏青 #话题", "2026-07-01 10:01:30", "11")]),
                 as_of=dt.date(2026, 7, 3))
    assert result.inserted == 0 and len(db("SELECT * FROM post")) == 1
    assert db("SELECT title FROM post")[0]["title"] == "春天来了，一起去踏青 #话题"
    other = run(store, douyin(make, "c.xlsx", [("春天（另一条）", "2026-07-01 10:01:00", "3")]), as_of=dt.date(2026, 7, 3))
    assert other.inserted == 1 and len(db("SELECT * FROM post")) == 2
    wechat = ["内容标题", "发表日期", "阅读人数"]
    run(store, make.csv("t1.csv", [wechat, ["立秋｜喝奶茶", "20260807", "10"]]), as_of=dt.date(2026, 8, 8))
    second = run(store, make.csv("t2.csv", [wechat, ["立秋 喝奶茶", "20260807", "30"]]), as_of=dt.date(2026, 8, 9))
    assert second.inserted == 0 and len(db("SELECT * FROM post p JOIN account a ON a.id = p.account_id WHERE a.platform = 'wechat'")) == 1
    channels = ["视频描述", "视频ID", "发布时间", "播放量"]
    run(store, make.csv("c1.csv", [channels, ["同名", "export/1", "2026/06/23", "5"], ["同名", "export/2", "2026/06/23", "6"]]))
    assert len(db("SELECT * FROM post WHERE external_id LIKE 'export/%'")) == 2


def test_scheduled_draft_is_linked_not_duplicated(store, make, db) -> None:
    with store.writing() as session:
        account = Account(platform="douyin", name="我的抖音")
        session.add(account)
        session.flush()
        session.add(Post(account_id=account.id, title="夏日防晒三步", status=PostStatus.scheduled,
                         scheduled_at=dt.datetime(2026, 7, 1, 20, 0), body="草稿正文"))
    result = run(store, douyin(make, "a.xlsx", [("夏日防晒三步 #防晒 #夏天", "2026-07-01 20:03:00", "100")]))
    assert (result.linked, result.inserted, result.updated) == (1, 0, 1)
    post = db("SELECT * FROM post")[0]
    assert post["status"] == "published" and post["body"] == "草稿正文"
    assert post["published_at"].startswith("2026-07-01 20:03")
    undo_batch(store, result.batch_id)
    post = db("SELECT * FROM post")[0]
    assert (post["status"], post["published_at"], post["title"]) == ("scheduled", None, "夏日防晒三步")


def test_undo_restores_exactly(store, make, db) -> None:
    run(store, douyin(make, "a.xlsx", [("一二三四五六…", "2026-07-01 10:00:00", "10")]), as_of=dt.date(2026, 7, 5))
    before = dump(db)
    second = run(store, douyin(make, "b.xlsx", [("一二三四五六七", "2026-07-01 10:00:00", "99"), ("二", "2026-07-02 10:00:00", "5")]),
                 as_of=dt.date(2026, 7, 5))
    assert (second.updated, second.inserted) == (1, 1)
    summary = undo_batch(store, second.batch_id)
    assert summary["status"] == "undone"
    after = dump(db)
    for table in after:
        for row in after[table]:
            row.pop("updated_at", None)
        for row in before[table]:
            row.pop("updated_at", None)
    assert after == before
    assert [b["status"] for b in list_batches(store)] == ["undone", "imported"]
    with pytest.raises(ImportRefusedError, match="已经撤销"):
        undo_batch(store, second.batch_id)
    with pytest.raises(ImportRefusedError, match="没有编号"):
        undo_batch(store, 999)


def test_undo_of_an_older_batch_is_refused_when_a_later_one_built_on_it(store, make) -> None:
    first = run(store, douyin(make, "a.xlsx", [("一", "2026-07-01 10:00:00", "10")]), as_of=dt.date(2026, 7, 5))
    run(store, douyin(make, "b.xlsx", [("一", "2026-07-01 10:00:00", "20")]), as_of=dt.date(2026, 7, 12))
    with pytest.raises(ImportRefusedError, match="之后又导入了"):
        undo_batch(store, first.batch_id)


def test_account_choice(store, make, db) -> None:
    path = douyin(make, "a.xlsx", [("一", "2026-07-01 10:00:00", "10")])
    run(store, path)
    assert [a["name"] for a in db("SELECT name FROM account")] == ["抖音"]
    with store.writing() as session:
        session.add(Account(platform="douyin", name="第二个号"))
        session.add(Account(platform="douyin", name="同行", is_own=False))
    other = douyin(make, "b.xlsx", [("二", "2026-07-02 10:00:00", "10")])
    with pytest.raises(ImportRefusedError) as caught:
        analyse_file(store, other)
    assert "抖音" in str(caught.value) and "第二个号" in str(caught.value) and caught.value.exit_code == 2
    with pytest.raises(ImportRefusedError, match="对标账号"):
        analyse_file(store, other, account="同行")
    result = run(store, other, account="第二个号")
    assert result.account == "第二个号"
    assert db("SELECT a.name FROM post p JOIN account a ON a.id = p.account_id WHERE p.title = '二'")[0]["name"] == "第二个号"


def test_bad_rows_refuse_the_whole_file_or_are_skipped(store, make, db) -> None:
    rows = [make.douyin_headers, make.douyin_row("好", "2026-07-01 10:00:00"),
            make.douyin_row("坏", "2026-07-02 10:00:00", views="很多"),
            make.douyin_row("也坏", "2026-13-45", **{"完播率": "abc"})]
    path = make.xlsx("bad.xlsx", rows)
    plan = analyse_file(store, path)
    assert [(e.row, e.column, e.value) for e in plan.errors] == [(3, "播放量", "很多"), (4, "发布时间", "2026-13-45"),
                                                                 (4, "完播率", "abc")]
    refused = execute(store, plan)
    assert refused.status == "refused" and refused.batch_id is None
    assert db("SELECT * FROM post") == [] and list_batches(store) == []
    skipped = execute(store, plan, skip_bad_rows=True)
    assert (skipped.status, skipped.inserted, skipped.skipped, skipped.rows) == ("imported", 1, 2, 3)


def test_unknown_shape_names_the_columns(store, make, db) -> None:
    with pytest.raises(ImportRefusedError) as caught:
        analyse_file(store, make.csv("x.csv", [["姓名", "电话"], ["张三", "123"]]))
    assert "姓名、电话" in str(caught.value)
    assert caught.value.params["headers"] == ["姓名", "电话"]
    with pytest.raises(ImportRefusedError, match="只有表头"):
        analyse_file(store, make.csv("h.csv", [make.douyin_headers]))
    with pytest.raises(ImportRefusedError, match="看起来不是"):
        analyse_file(store, douyin(make, "a.xlsx", [("一", "2026-07-01 10:00:00", "10")]), platform="小红书")
    assert db("SELECT * FROM import_batch") == []


def test_cancel_leaves_the_store_untouched(store, make, db) -> None:
    plan = analyse_file(store, douyin(make, "a.xlsx", [(f"作品{i}", f"2026-07-01 {i % 24:02d}:{i % 60:02d}:00", "1")
                                                       for i in range(50)]))
    seen: list[tuple[int, int]] = []
    with pytest.raises(CancelledError):
        execute(store, plan, progress=lambda done, total, _text: seen.append((done, total)), cancel=lambda: bool(seen))
    assert seen and db("SELECT * FROM post") == [] and db("SELECT * FROM import_batch") == []
    assert execute(store, plan).status == "imported"


def test_plan_says_what_would_happen(store, make) -> None:
    run(store, douyin(make, "a.xlsx", [("一", "2026-07-01 10:00:00", "10")]), as_of=dt.date(2026, 7, 5))
    plan = analyse_file(store, douyin(make, "b.xlsx", [("一", "2026-07-01 10:00:00", "10"), ("二", "2026-07-03 10:00:00", "1")]),
                        as_of=dt.date(2026, 7, 5))
    assert plan.counts == {"inserted": 1, "updated": 0, "unchanged": 1, "linked": 0}
    assert plan.preview()[1]["title"] == "二" and plan.preview()[1]["row"] == 3
    assert plan.alternatives and plan.alternatives[0][0] == "kuaishou_works"


def test_user_mapping_then_saved_profile_used_automatically(store, make, db) -> None:
    headers = ["视频标题", "上线日期", "总播放", "硬币"]
    path = make.csv("bili.csv", [headers, ["我的视频", "2026-08-01", "300", "4"]])
    with pytest.raises(ImportRefusedError):
        analyse_file(store, path)
    mapping = {"视频标题": "title", "上线日期": "published_at", "总播放": "views", "硬币": "投币"}
    plan = analyse_file(store, path, platform="B站", mapping=mapping, kind="posts")
    assert plan.mapping["总播放"] == "views"
    save_mapping_profile(store, "我的B站格式", headers, mapping, "bilibili", "posts")
    result = run(store, make.csv("bili2.csv", [headers, ["第二个视频", "2026-08-02", "500", "9"]]))
    assert (result.profile, result.platform, result.inserted) == ("我的B站格式", "bilibili", 1)
    m = db("SELECT * FROM post_metrics")[0]
    assert m["views"] == 500 and json.loads(m["extra"]) == {"硬币": "9"}


def test_a_user_mapping_may_point_at_every_metric_the_dictionary_stores(store, make, db) -> None:
    """The import's field lists come from the metric dictionary: each stored column is a mapping target,
    parsed by its unit (a rate's % and a duration's 小时/分/秒 too), and lands in its own column."""
    from app.services.metrics import DAILY_TABLE, POST_TABLE, Unit, metric, stored_columns

    cells = {Unit.count: ("1,234", 1234), Unit.rate: ("35%", 0.35), Unit.seconds: ("1小时21分5秒", 4865),
             Unit.yuan: ("¥1,234.50", 1234.5)}
    columns = stored_columns(POST_TABLE)
    assert {"viewers", "peak_online", "avg_online", "product_exposures", "duration_seconds"} <= set(columns)
    headers = ["标题", "日期", *(f"列{key}" for key in columns)]
    row = ["直播回放", "2026-08-01", *(cells[metric(key).unit][0] for key in columns)]
    mapping = {"标题": "title", "日期": "published_at", **{f"列{key}": key for key in columns}}
    run(store, make.csv("all.csv", [headers, row]), platform="抖音", mapping=mapping, kind="posts")
    stored = db("SELECT * FROM post_metrics")[0]
    assert {key: stored[key] for key in columns} == {key: cells[metric(key).unit][1] for key in columns}
    assert stored["extra"] is None

    daily = stored_columns(DAILY_TABLE)
    headers = ["日期", *(f"列{key}" for key in daily)]
    mapping = {"日期": "day", **{f"列{key}": key for key in daily}}
    run(store, make.csv("daily.csv", [headers, ["2026-08-01", *("1,234" for _ in daily)]]),
        platform="抖音", mapping=mapping, kind="account_daily")
    assert {key: db("SELECT * FROM account_daily")[0][key] for key in daily} == dict.fromkeys(daily, 1234)
