"""WeChat single-article detail (详情 → 下载数据明细): stacked sub-tables in one BIFF sheet → one post snapshot."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.models import Account, Post, PostStatus
from app.services.importing import analyse_file, execute, undo_batch
from app.services.importing.reader import Block, block_fields, block_table, split_blocks
from app.services.text import title_key

TITLE = "立秋｜第一杯奶茶的正确打开方式"


def _kv(section: str, pairs: list[tuple[str, Any]]) -> list[list[Any]]:
    return [["", section], *[["", label, value] for label, value in pairs], []]


def _table(section: str, header: list[str], rows: list[list[Any]]) -> list[list[Any]]:
    return [["", section], ["", *header], *[["", *row] for row in rows], []]


def readers_variant() -> list[list[Any]]:
    """The "人数" version: full-width brackets, (人) labels, distribution shares as "69.42%" strings."""
    return [
        ["", TITLE], [],
        *_kv("数据概况", [("阅读（人）", 1234), ("平均停留时长（秒）", "48.5"), ("完读率", "35.2%"),
                       ("阅读后关注（人）", 12), ("分享（人）", 56), ("在看（次）", 7), ("点赞（次）", 30),
                       ("收藏（人）", 9), ("赞赏（分）", 1250), ("评论（条）", 4), ("互动率", "8.1%")]),
        *_kv("阅读转化", [("送达人数", 5000), ("公众号消息阅读人数", 800), ("首次分享人数", 40),
                       ("总分享人数", 56), ("分享产生的阅读人数", 210)]),
        ["", "推荐转化"], ["", "曝光次数", "阅读次数", "关注人数"], ["", 8000, 300, 3], [],
        *_table("数据趋势明细", ["日期", "传播渠道", "阅读人数", "阅读次数", "分享人数", "分享次数"],
                [["2026-08-07", "全部", 900, 1000, 40, 45], ["2026-08-07", "公众号消息", 600, 650, 30, 33],
                 ["2026-08-09", "全部", 334, 400, 16, 20]]),
        *_table("性别分布", ["性别", "人数", "占比"], [["男", 375, "30.58%"], ["女", 851, "69.42%"]]),
        *_table("年龄分布", ["年龄", "人数", "占比"], [["18-25", 400, "32.6%"], ["56-65", 20, "1.6%"], ["65岁以上", 5, "0.4%"]]),
        *_table("地域分布", ["地区", "人数", "占比"], [["全国", 1226, "100%"], ["广东", 300, "24.47%"]]),
    ]


def views_variant() -> list[list[Any]]:
    """The "次数" version: half-width brackets, (次) labels, absolute counts, a header-row 数据概况."""
    return [
        ["", TITLE], [],
        ["", "数据概况"],
        ["", "阅读(次)", "平均停留时长(秒)", "完读率", "阅读后关注(人)", "分享(次)", "在看(次)", "点赞(次)", "收藏(人)",
         "赞赏(分)", "评论(条)", "互动率"],
        ["", 2000, 61, 0.41, 15, 80, 9, 44, 11, 300, "-", 0.05], [],
        *_kv("阅读转化", [("送达人数", 6000), ("公众号消息阅读次数", 1500), ("首次分享次数", 50),
                       ("总分享次数", 80), ("分享产生的阅读次数", 350)]),
        *_kv("推荐转化", [("曝光次数", 9000), ("阅读次数", 420), ("关注人数", 5)]),
        *_table("数据趋势明细", ["日期", "传播渠道", "阅读人数", "阅读次数", "分享人数", "分享次数"],
                [["2026-08-10", "全部", 1500, 2000, 60, 80]]),
        *_table("年龄分布", ["年龄", "人数", "占比"], [["46-60", 100, 100], ["60岁以上", 20, 20]]),
    ]


def run(store: Any, path: Path, **options: Any) -> Any:
    return execute(store, analyse_file(store, path, **options))


def test_split_blocks_and_key_values() -> None:
    rows = readers_variant()
    blocks = split_blocks(rows, 1)
    assert [b.title for b in blocks] == ["数据概况", "阅读转化", "推荐转化", "数据趋势明细", "性别分布", "年龄分布", "地域分布"]
    assert block_fields(blocks[2]) == {"曝光次数": 8000, "阅读次数": 300, "关注人数": 3}
    assert block_fields(blocks[1])["送达人数"] == 5000
    assert block_table(blocks[4]) == [{"性别": "男", "人数": 375, "占比": "30.58%"}, {"性别": "女", "人数": 851, "占比": "69.42%"}]
    assert blocks[3].first_row == 27 and block_fields(Block("x", 0, [["", "a", 1, 2], ["", "b", 3, 4], ["", "c", 5, 6]])) is None


def test_readers_variant_matches_existing_post(store, make, db) -> None:
    with store.writing() as session:
        account = Account(platform="wechat", name="我的公众号")
        session.add(account)
        session.flush()
        session.add(Post(account_id=account.id, title=TITLE, title_key=title_key(TITLE), status=PostStatus.published))
    path = make.xls(f"{TITLE}.xls", readers_variant())
    plan = analyse_file(store, path)
    assert (plan.profile, plan.platform, plan.kind, plan.captured_on) == ("wechat_article_detail", "wechat", "posts",
                                                                          dt.date(2026, 8, 9))
    result = execute(store, plan)
    assert (result.status, result.inserted, result.updated) == ("imported", 0, 1)
    assert len(db("SELECT * FROM post")) == 1
    m = db("SELECT * FROM post_metrics")[0]
    assert m["captured_on"] == "2026-08-09"
    assert (m["views"], m["readers"], m["shares"], m["wows"], m["likes"], m["saves"], m["comments"]) == (
        None, 1234, 56, 7, 30, 9, 4)
    assert (m["follows_gained"], m["delivered"], m["exposures"]) == (12, 5000, 8000)
    assert m["completion_rate"] == pytest.approx(0.352) and m["avg_watch_seconds"] == pytest.approx(48.5)
    extra = json.loads(m["extra"])
    assert extra["赞赏(元)"] == 12.5 and extra["数据概况·互动率"] == pytest.approx(0.081)
    assert extra["阅读转化·公众号消息阅读人数"] == 800 and extra["推荐转化·阅读次数"] == 300
    assert extra["性别分布"][1] == {"性别": "女", "人数": 851, "占比": "69.42%"}
    assert extra["地域分布"][0]["地区"] == "全国" and len(extra["数据趋势明细"]) == 3

    again = run(store, path)
    assert (again.status, again.batch_id) == ("duplicate", result.batch_id)
    assert len(db("SELECT * FROM post_metrics")) == 1
    undo_batch(store, result.batch_id)
    assert db("SELECT * FROM post_metrics") == [] and [p["title"] for p in db("SELECT * FROM post")] == [TITLE]


def test_views_variant_creates_post_and_honours_as_of(store, make, db) -> None:
    result = run(store, make.xls("detail.xls", views_variant()), as_of=dt.date(2026, 8, 20))
    assert (result.status, result.profile, result.inserted) == ("imported", "wechat_article_detail", 1)
    post = db("SELECT p.*, a.platform FROM post p JOIN account a ON a.id = p.account_id")[0]
    assert (post["title"], post["platform"], post["format"]) == (TITLE, "wechat", "article")
    m = db("SELECT * FROM post_metrics")[0]
    assert m["captured_on"] == "2026-08-20"
    assert (m["views"], m["readers"], m["shares"], m["comments"], m["exposures"], m["delivered"]) == (
        2000, None, 80, None, 9000, 6000)
    assert m["completion_rate"] == pytest.approx(0.41) and m["avg_watch_seconds"] == 61
    extra = json.loads(m["extra"])
    assert extra["赞赏(元)"] == 3.0 and extra["年龄分布"][1] == {"年龄": "60岁以上", "人数": 20, "占比": 20}
    undo_batch(store, result.batch_id)
    assert db("SELECT * FROM post") == [] and db("SELECT * FROM post_metrics") == []


def test_title_falls_back_to_file_name(store, make, db) -> None:
    rows = readers_variant()
    rows[0] = []
    run(store, make.xls("标题来自文件名.xls", rows))
    assert [p["title"] for p in db("SELECT title FROM post")] == ["标题来自文件名"]


def test_cli_reports_imported(make, data_dir: Path, capsys) -> None:
    path = make.xls(f"{TITLE}.xls", readers_variant())
    code = main(["--data-dir", str(data_dir), "import", str(path), "--json"])
    entry = json.loads(capsys.readouterr().out)["files"][0]
    assert code == 0
    assert (entry["status"], entry["profile"], entry["platform"], entry["rows"], entry["inserted"]) == (
        "imported", "wechat_article_detail", "wechat", 1, 1)
