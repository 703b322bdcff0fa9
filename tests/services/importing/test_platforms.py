"""Every platform's export shape (PLATFORM_EXPORTS.md) recognised and stored in the store's units."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from app.services.importing import analyse_file, execute

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def load(store: Any, path: Any, **options: Any) -> Any:
    plan = analyse_file(store, path, **options)
    result = execute(store, plan)
    assert result.status == "imported", result.errors
    return plan, result


def test_douyin_works_list(store, make, db) -> None:
    rows = [make.douyin_headers,
            make.douyin_row("标题一 描述\n#话题 #春天", "2026-07-26 03:33:18", views="1,234", **{"封面点击率": "0.05"}),
            make.douyin_row("图文作品", "2026-07-27 10:00", **{"体裁": "图文", "完播率": "0.18", "播放量": "1.2万"})]
    plan, result = load(store, make.xlsx("作品列表导出.xlsx", rows))
    assert (plan.platform, plan.profile, plan.header_row) == ("douyin", "douyin_works", 1)
    assert plan.confidence > 0.9
    assert result.inserted == 2
    posts = db("SELECT * FROM post ORDER BY id")
    assert posts[0]["title"] == "标题一 描述\n#话题 #春天"
    assert posts[0]["title_key"] == "标题一描述话题春天"
    assert [p["format"] for p in posts] == ["video", "image"]
    metrics = db("SELECT * FROM post_metrics ORDER BY post_id")
    first, second = metrics
    assert first["views"] == 1234 and second["views"] == 12000
    assert first["completion_rate"] == pytest.approx(0.352941)
    assert first["cover_ctr"] == pytest.approx(0.05) and second["cover_ctr"] is None
    assert first["avg_watch_seconds"] == 6.5
    assert (first["likes"], first["shares"], first["comments"], first["saves"]) == (12, 3, 4, 5)
    assert (first["profile_visits"], first["follows_gained"]) == (6, 7)
    assert json.loads(first["extra"]) == {"审核状态": "公开"}


def test_wechat_articles_2024_layout_from_xls(store, make, db) -> None:
    headers = ["内容标题", "发表时间", "总阅读人数", "总阅读次数", "总分享人数", "总分享次数", "阅读后关注人数", "送达人数",
               "公众号消息阅读次数", "送达阅读率", "首次分享次数", "分享产生阅读次数", "首次分享率", "首次分享带来阅读次数",
               "阅读完成率", "内容url"]
    row = ["秋天的第一杯奶茶", 20250815, 900, 1200, 30, 45, 8, 5000, 700, 0.14, 20, 150, 0.02, 7.5, 0.61, "https://mp.weixin.qq.com/s/abc"]
    plan, _ = load(store, make.xls("已通知内容.xls", [headers, row], sheet="Sheet1"))
    assert plan.profile == "wechat_articles"
    post = db("SELECT * FROM post")[0]
    assert post["published_at"].startswith("2025-08-15") and post["url"] == "https://mp.weixin.qq.com/s/abc"
    m = db("SELECT * FROM post_metrics")[0]
    assert (m["readers"], m["views"], m["shares"], m["follows_gained"], m["delivered"]) == (900, 1200, 45, 8, 5000)
    assert m["completion_rate"] == pytest.approx(0.61)
    extra = json.loads(m["extra"])
    assert extra["送达阅读率"] == pytest.approx(0.14) and extra["总分享人数"] == 30


def test_wechat_articles_2026_layout_header_below_banner(store, make, db) -> None:
    rows = [["数据明细"], [], ["导出时间 2026-09-20"],
            ["数据来源概况", "内容标题", "发表日期", "阅读人数", "分享人数", "阅读后关注人数", "送达人数", "送达完成率", "阅读完成率", "内容url"],
            ["贴图", "九月贴图", "20260911", "532", "0", "3", "4100", "0.401869148015976", "0", "https://mp.weixin.qq.com/s/x"]]
    plan, _ = load(store, make.xlsx("total.xlsx", rows))
    assert (plan.profile, plan.header_row) == ("wechat_articles_2026", 4)
    post = db("SELECT * FROM post")[0]
    assert post["format"] == "image" and post["published_at"].startswith("2026-09-11")
    m = db("SELECT * FROM post_metrics")[0]
    assert m["readers"] == 532 and m["shares"] == 0 and m["completion_rate"] == 0.0
    assert json.loads(m["extra"])["送达完成率"] == pytest.approx(0.401869148015976)


def test_wechat_trend_three_blocks_side_by_side(store, make, db) -> None:
    rows = [["", "数据趋势概况"],
            ["", "日期", "渠道", "阅读人数", "", "日期", "分享人数", "跳转阅读原文人数", "微信收藏人数", "发表篇数", "",
             "传播渠道", "发表日期", "内容标题", "阅读人数", "阅读人数占比"],
            ["", "2026-08-01", "全部", "100", "", "2026-08-01", "5", "2", "3", "1", "", "朋友圈", "20260801", "立秋", "20", "0.2"],
            ["", "2026-08-01", "朋友圈", "40", "", "2026-08-02", "6", "1", "0", "0", "", "公众号消息", "20260801", "立秋", "80", "0.8"],
            ["", "2026-08-01", "公众号消息", "60", "", "", "", "", "", "", "", "", "", "", "", ""],
            ["", "2026-08-02", "全部", "90", "", "", "", "", "", "", "", "", "", "", "", ""]]
    plan, result = load(store, make.xls("tendency_1788678582_1791184182.xls", rows))
    assert {t.profile.name for t in plan.tables} == {"wechat_trend_channels", "wechat_trend_daily", "wechat_trend_articles"}
    assert plan.captured_on == dt.date(2026, 8, 2)
    days = {d["day"]: d for d in db("SELECT * FROM account_daily")}
    assert days["2026-08-01"]["readers"] == 100  # the 全部 row, channels not added up
    assert days["2026-08-02"]["readers"] == 90
    assert days["2026-08-01"]["saves"] == 3 and days["2026-08-01"]["posts_published"] == 1
    extra = json.loads(days["2026-08-01"]["extra"])
    assert extra["渠道"]["朋友圈"]["readers"] == 40
    assert extra["分享人数"] == 5
    assert [item["title"] for item in extra["内容来源"]] == ["立秋", "立秋"]


def test_wechat_user_growth_html(store, make, db) -> None:
    rows = [["用户增长"], ["时间", "新关注人数", "取消关注人数", "净增关注人数", "累积关注人数"],
            ["2026-08-29", "10", "2", "8", "1008"], ["2026-08-30", "5", "1", "4", "1012"]]
    plan, _ = load(store, make.html_xls("user_analysis.xls", rows))
    assert plan.format == "html" and plan.profile == "wechat_user_growth"
    day = db("SELECT * FROM account_daily WHERE day = '2026-08-30'")[0]
    assert (day["new_follows"], day["unfollows"], day["net_follows"], day["followers_total"]) == (5, 1, 4, 1012)


def test_xiaohongshu_note_list_with_banner(store, make, db) -> None:
    headers = ["笔记标题", "首次发布时间", "体裁", "曝光", "观看量", "封面点击率", "点赞", "评论", "收藏", "涨粉", "分享", "人均观看时长", "弹幕"]
    rows = [["最多导出排序后前1000条笔记，如需更多请缩小时间范围"] + [""] * 12, headers,
            ["秋冬护肤", "2026年03月25日09时49分34秒", "图文", "10000", "800", "6.50%", "50", "5", "30", "4", "2", "15.20秒", "0"],
            ["", "2026年03月26日20时", "视频", "5000", "300", "0.05", "10", "1", "3", "0", "1", "45.0", "2"]]
    plan, result = load(store, make.xlsx("笔记列表明细表.xlsx", rows, merged="A1:M1"))
    assert (plan.profile, plan.header_row, result.inserted) == ("xiaohongshu_notes", 2, 2)
    posts = db("SELECT * FROM post ORDER BY id")
    assert posts[0]["published_at"].startswith("2026-03-25 09:49:34") and posts[1]["title"] == ""
    m = db("SELECT * FROM post_metrics ORDER BY post_id")
    assert m[0]["cover_ctr"] == pytest.approx(0.065) and m[1]["cover_ctr"] == pytest.approx(0.05)
    assert m[0]["avg_watch_seconds"] == pytest.approx(15.2) and m[0]["exposures"] == 10000 and m[0]["saves"] == 30


def test_xiaohongshu_account_workbook(store, make, db) -> None:
    summary = [["指标", "数值"], ["曝光", "12000"], ["封面点击率(%)", "6.5"]]
    sheets = {
        "观看趋势": [["日期", "数值"], ["2026年09月25日", "300"], ["2026年09月26日", "450"]],
        "封面点击率趋势": [["日期", "数值"], ["2026年09月25日", "5.5%"], ["2026年09月26日", "6%"]],
    }
    plan, _ = load(store, make.xlsx("近30日观看数据.xlsx", summary, sheet="账号总体观看数据", sheets=sheets))
    assert plan.captured_on == dt.date(2026, 9, 26)
    days = {d["day"]: d for d in db("SELECT * FROM account_daily")}
    assert days["2026-09-25"]["views"] == 300 and days["2026-09-26"]["views"] == 450
    assert json.loads(days["2026-09-25"]["extra"])["封面点击率趋势"] == pytest.approx(0.055)
    assert json.loads(days["2026-09-26"]["extra"])["账号总体"]["曝光"] == "12000"


def test_channels_csv_with_bom(store, make, db) -> None:
    headers = ["视频描述", "视频ID", "发布时间", "完播率", "平均播放时长", "播放量", "推荐", "喜欢", "评论量", "分享量", "关注量",
               "转发聊天和朋友圈", "设为铃声", "设为状态", "设为朋友圈封面"]
    row = ["视频一", "export/abc123", "2026/06/23", "28.64%", "14.73秒", "1000", "12", "34", "5", "6", "7", "8", "0", "0", "1"]
    plan, _ = load(store, make.csv("视频数据.csv", [headers, row]))
    assert plan.profile == "channels_videos"
    post = db("SELECT * FROM post")[0]
    assert post["external_id"] == "export/abc123" and post["published_at"].startswith("2026-06-23")
    m = db("SELECT * FROM post_metrics")[0]
    assert (m["wows"], m["likes"], m["follows_gained"]) == (12, 34, 7)
    assert m["completion_rate"] == pytest.approx(0.2864) and m["avg_watch_seconds"] == pytest.approx(14.73)
    assert m["saves"] is None and m["exposures"] is None


@pytest.mark.parametrize(("headers", "row", "profile"), [
    (["标题", "发布时间", "链接", "阅读", "点赞", "喜欢", "评论", "收藏", "分享"],
     ["如何写周报", "2026-08-01", "https://zhuanlan.zhihu.com/p/1", "100", "5", "2", "1", "9", "0"], "zhihu_articles"),
    (["标题", "发布时间", "链接", "阅读", "播放", "点赞", "喜欢", "评论", "收藏", "分享"],
     ["为什么…？", "2026-08-01", "https://www.zhihu.com/question/1/answer/2", "100", "0", "5", "2", "1", "9", "0"], "zhihu_answers"),
    (["作品", "发布时间", "播放量", "完播率", "评论量", "点赞量", "收藏量", "涨粉量"],
     ["快手作品", "2026-08-01 12:00", "1000", "20.6%", "--", "5", "2", "1"], "kuaishou_works"),
    (["标题", "发布时间", "BV号", "播放", "点赞", "投币", "收藏", "分享", "弹幕", "评论", "涨粉"],
     ["B站视频", "2026-08-01 18:00", "BV1xx", "1000", "50", "20", "30", "5", "8", "9", "3"], "bilibili_videos"),
    (["发布时间", "微博内容", "阅读数", "转评赞数", "点击数", "URL"],
     ["2026-08-01 09:00", "今天上新", "3000", "40", "12", "https://weibo.com/1/2"], "weibo_posts"),
    (["标题", "发布时间", "ID", "展现量", "粉丝展现量", "阅读量", "点击率", "平均阅读时长", "点赞量", "评论量", "分享量", "收藏量"],
     ["头条文章", "2026-08-01 08:00", "7300000001", "9000", "100", "800", "8.9%", "35", "10", "2", "1", "4"], "toutiao_works"),
])
def test_other_platform_post_lists(store, make, db, headers: list[str], row: list[str], profile: str) -> None:
    plan, result = load(store, make.csv(f"{profile}.csv", [headers, row]))
    assert plan.profile == profile and result.inserted == 1
    m = db("SELECT * FROM post_metrics")[0]
    assert m["views"] is not None or m["readers"] is not None
    if profile == "kuaishou_works":
        assert m["comments"] is None and m["completion_rate"] == pytest.approx(0.206)


def test_toutiao_trend_written_by_wps_skips_the_top_total_row(store, make, db) -> None:
    rows = [["时间", "展现量", "粉丝展现量", "阅读(播放)量", "粉丝阅读(播放)量", "点赞量", "评论量"],
            ["累计", 900, 100, 80, 10, 5, 1], ["2026-08-01", 300, 30, 20, 2, 1, 0], ["2026-08-02", 600, 70, 60, 8, 4, 1]]
    plan, result = load(store, make.wps_xlsx("数据趋势_123_20260801-20260802.xlsx", rows))
    assert plan.profile == "toutiao_trend" and result.inserted == 2
    days = {d["day"]: d for d in db("SELECT * FROM account_daily")}
    assert set(days) == {"2026-08-01", "2026-08-02"}
    assert days["2026-08-02"]["exposures"] == 600 and days["2026-08-02"]["views"] == 60


def test_douyin_account_trend_and_zhihu_daily(store, make, db) -> None:
    load(store, make.xlsx("播放量.xlsx", [["日期", "播放量"], ["2026-08-01", "1.5w"], ["2026-08-02", "2w"]]))
    assert [d["views"] for d in db("SELECT views FROM account_daily ORDER BY day")] == [15000, 20000]
    plan, _ = load(store, make.csv("日报表.xls", [["日期", "阅读", "播放", "点赞", "喜欢", "评论", "收藏", "分享"],
                                                 ["2026-08-01", "10", "0", "1", "0", "0", "2", "0"]]))
    assert plan.profile == "zhihu_daily"


def test_full_width_brackets_and_english_spacing_in_headers(store, make) -> None:
    plan = analyse_file(store, make.csv("t.csv", [["时间", "展现量", "阅读（播放）量"], ["2026-08-01", "1", "2"]]))
    assert plan.profile == "toutiao_trend"
    assert plan.mapping["阅读（播放）量"] == "views"
