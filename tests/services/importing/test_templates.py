"""OpsDesk's own templates: written with Chinese headers and an example row, and imported into their tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.services.importing import analyse_file, execute, undo_batch
from app.services.importing.templates import write_template

KINDS = ("members", "topics", "goals", "campaign_daily", "promotions", "comments", "conversions")


def run(store: Any, path: Path, **options: Any) -> Any:
    result = execute(store, analyse_file(store, path, **options))
    assert result.status == "imported", [e.as_dict() for e in result.errors]
    return result


@pytest.mark.parametrize("kind", KINDS)
def test_each_template_round_trips_through_its_profile(store, tmp_path: Path, kind: str) -> None:
    path = write_template(kind, tmp_path / f"{kind}.xlsx")
    sheet = openpyxl.load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    assert all(isinstance(h, str) and any("\u4e00" <= ch <= "\u9fff" for ch in h) for h in headers)
    assert sheet.max_row == 2
    plan = analyse_file(store, path)
    assert (plan.profile, plan.kind, plan.confidence) == (kind, kind, 1.0)
    assert run(store, path).inserted == 1


def test_members_import_update_and_segments(store, make, db) -> None:
    headers = ["昵称", "平台", "社群", "地区", "性别", "首次关注时间", "最近活跃时间", "近30天活跃天数", "近30天浏览分钟",
               "购买次数", "消费金额", "标签", "备注", "用户ID"]
    rows = [headers,
            ["小林", "公众号", "干货1群", "广东 深圳", "女", "2026-01-05", "2026-11-20", "20", "300", "5", "1,299.5", "爱收藏", "", "u1"],
            ["阿强", "抖音", "干货1群", "浙江", "男", "2025-03-01", "2025-06-01", "0", "0", "0", "0", "", "", ""],
            ["阿强", "小红书", "新人群", "浙江", "男", "2026-11-20", "2026-11-21", "1", "5", "0", "-", "", "", ""]]
    first = run(store, make.xlsx("members.xlsx", rows))
    assert first.inserted == 3
    members = {(m["nickname"], m["platform"]): m for m in db("SELECT * FROM member")}
    assert members[("小林", "wechat")]["spend"] == 1299.5 and members[("小林", "wechat")]["external_id"] == "u1"
    assert members[("阿强", "xiaohongshu")]["spend"] is None
    assert {c["name"] for c in db("SELECT name FROM community")} == {"干货1群", "新人群"}
    assert all(m["segment"] in ("core", "potential", "churned", "new") for m in members.values())
    update = [headers,
              ["小林（改名）", "微信", "干货1群", "广东 深圳", "女", "2026-01-05", "2026-11-25", "22", "320", "6", "1500", "爱收藏", "续费", "u1"],
              ["阿强", "抖音", "干货1群", "浙江", "男", "2025-03-01", "2025-06-01", "0", "0", "1", "99", "", "", ""]]
    second = run(store, make.xlsx("members2.xlsx", update))
    assert (second.inserted, second.updated) == (0, 2)
    assert len(db("SELECT * FROM member")) == 3
    renamed = db("SELECT * FROM member WHERE external_id = 'u1'")[0]
    assert renamed["nickname"] == "小林（改名）" and renamed["purchases"] == 6
    undo_batch(store, second.batch_id)
    assert db("SELECT nickname FROM member WHERE external_id = 'u1'")[0]["nickname"] == "小林"


def test_comments_link_to_posts(store, make, db) -> None:
    run(store, make.xlsx("a.xlsx", [make.douyin_headers, make.douyin_row("秋冬护肤的5个误区 #护肤", "2026-11-01 10:00:00")]))
    rows = [["平台", "内容标题或链接", "用户", "评论内容", "时间"],
            ["抖音", "秋冬护肤的5个误区", "猫", "用了过敏了，怎么退款？", "2026-11-21 21:15"],
            ["抖音", "别的内容", "狗", "好用", "2026-11-21 22:00"]]
    result = run(store, make.xlsx("comments.xlsx", rows))
    assert result.inserted == 2
    feedback = db("SELECT * FROM feedback ORDER BY id")
    assert feedback[0]["source"] == "comment" and feedback[0]["text"] == "用了过敏了，怎么退款？"
    extra = json.loads(feedback[0]["extra"])
    post_id = db("SELECT id FROM post")[0]["id"]
    assert (extra["platform"], extra["post_id"], extra["user"]) == ("douyin", post_id, "猫")
    assert json.loads(feedback[1]["extra"])["post_id"] is None
    again = execute(store, analyse_file(store, make.xlsx("comments2.xlsx", rows[:2])))
    assert (again.inserted, again.unchanged) == (0, 1)


def test_conversions_goals_campaign_daily_promotions(store, make, db) -> None:
    run(store, make.xlsx("a.xlsx", [make.douyin_headers, make.douyin_row("年终总结怎么写", "2026-11-01 10:00:00")]))
    run(store, make.xlsx("conv.xlsx", [["日期", "平台", "内容标题或链接", "渠道", "线索", "订单", "成交金额", "商品点击"],
                                       ["2026-11-21", "抖音", "年终总结怎么写", "小黄车", "18", "6", "594", "85"],
                                       ["2026-11-22", "公众号", "没有这篇", "文末", "-", "1", "99.9", ""]]))
    conv = db("SELECT * FROM conversion ORDER BY day")
    assert conv[0]["post_id"] == db("SELECT id FROM post")[0]["id"] and conv[0]["revenue"] == 594
    assert (conv[0]["clicks"], conv[1]["clicks"]) == (85, None)
    assert conv[1]["post_id"] is None and conv[1]["leads"] is None and conv[1]["platform"] == "wechat"
    run(store, make.xlsx("goals.xlsx", [["月份", "平台/账号", "指标", "目标"], ["2026-12", "抖音", "涨粉", "2000"],
                                        ["2026年12月", "全部", "成交金额", "5万"]]))
    goals = {(g["account_id"] is None, g["metric"]): g["target"] for g in db("SELECT * FROM goal")}
    assert goals == {(False, "followers_gained"): 2000, (True, "revenue"): 50000}
    run(store, make.xlsx("camp.xlsx", [["活动名称", "日期", "参与人数", "分享人数", "新增关注", "转化", "花费"],
                                       ["7天打卡", "2026-12-01", "320", "85", "140", "12", "200"],
                                       ["7天打卡", "2026-12-02", "300", "80", "100", "9", "--"]]))
    campaign = db("SELECT * FROM campaign")[0]
    assert (campaign["name"], campaign["start_day"], campaign["end_day"]) == ("7天打卡", "2026-12-01", "2026-12-02")
    assert [d["cost"] for d in db("SELECT cost FROM campaign_daily ORDER BY day")] == [200, None]
    run(store, make.xlsx("promo.xlsx", [
        ["工具", "目标", "关联内容", "开始时间", "时长(小时)", "预算", "花费", "曝光", "点击", "涨粉", "转化", "成交金额", "人群年龄", "人群地域"],
        ["DOU+", "转化", "年终总结怎么写", "2026-11-20 20:00", "24", "300", "286.5", "5.2万", "1800", "95", "14", "1380", "25-35", "广东,浙江"]]))
    promo = db("SELECT * FROM promotion")[0]
    assert (promo["tool"], promo["objective"], promo["impressions"], promo["spend"]) == ("dou_plus", "conversion", 52000, 286.5)
    assert promo["post_id"] == db("SELECT id FROM post")[0]["id"]


def test_template_row_errors_name_row_and_column(store, make) -> None:
    plan = analyse_file(store, make.xlsx("goals.xlsx", [["月份", "平台/账号", "指标", "目标"], ["2026-12", "抖音", "好评率", "10"],
                                                        ["2026-12", "火星", "涨粉", "10"]]))
    assert [(e.row, e.column) for e in plan.errors] == [(2, "指标"), (3, "平台/账号")]
    assert execute(store, plan).status == "refused"
    skipped = execute(store, plan, skip_bad_rows=True)
    assert (skipped.status, skipped.inserted, skipped.skipped, len(skipped.errors)) == ("imported", 0, 2, 2)
