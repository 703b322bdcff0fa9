"""抖音 live sessions (罗盘 概览数据（日）, 百应 历史直播) → posts of format live; 抖店 orders attributed to them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app.services.accounts import add_own_accounts
from app.services.importing import ImportOptions, import_files, undo_batch
from tests.services.importing.conftest import DOUYIN_HEADERS, douyin_row
from tests.services.importing.test_doudian import OWN, V1, order_rows, write_csv

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def _headers(text: str) -> list[str]:
    return text.split(", ")


# 48 columns, the brackets mixed as in the real header (`发货前退款金额(订单）`).
COMPASS = _headers(
    "直播间名称, 日期, 直播时长(小时), 带货商品数, 成交金额, 时均GMV, 有效GMV, 时均有效GMV, 成交订单数, 成交件数, 成交人数, "
    "直播间退款金额, 直播间订单退款人数, 预估佣金收入, 成交件单价, 预售订单数, 预售创建金额, 退款率, 成交金额(订单), 退款金额(订单), "
    "有效GMV(订单), 时均有效GMV(订单), 退款率(订单), 发货前退款金额(订单）, 有效投产净值(订单), 直播间观看人数, 发货后退款金额(订单）, "
    "发货前退款率(订单), 发货后退款率(订单), 直播间观看人次, 最高在线人数, 平均在线人数, 人均看播时长, 评论次数, 点赞次数, 分享次数, "
    "新增粉丝数, 新加团人数, 取关粉丝数, 看播粉丝占比, 成交粉丝占比, 商品曝光人数, 商品点击人数, 商品点击率(人数), "
    "观看成交转化率(人数), 点击成交转化率(次数), 直播间观看-互动率(人数), 投放消耗")
BAIYING = _headers(
    "直播标题, 开播时间, 直播时长, 直播间观看人数, 单小时观看人数, 直播间观看人次, 最高在线人数, 平均在线人数, 人均观看时长, 评论次数, "
    "新加直播团人数, 新增粉丝数, 取关粉丝数, 看播粉丝占比, 成交粉丝占比, 带货商品数, 直播间商品曝光人数, 直播间商品点击人数, "
    "商品点击率(人数), 点击成交转化率(人数), 直播间成交订单数, 直播间成交金额, 单小时GMV, 直播间成交件数, 直播间成交人数, "
    "直播间退款金额, 直播间退款订单数, 直播间订单退款人数, 预估佣金收入, 直播间商品曝光次数, 直播间商品点击次数, 商品点击率(次数), "
    "点击成交转化率(次数), 成交件单价, 看播成交转化率(次数), 看播成交转化率(人数), 预售订单数, 预售定金金额, 预售全款金额, "
    "新加购物团人数, 发货金额, 发货件数, 结算有效成交金额, 结算有效成交订单量")


def compass_row(day: str, **values: str) -> list[str]:
    base = {"直播间名称": "小美护肤的直播间", "日期": day, "直播时长(小时)": "2.5", "成交金额": "12,345.60",
            "成交订单数": "88", "直播间观看人数": "5,210", "直播间观看人次": "9,876", "最高在线人数": "432",
            "平均在线人数": "120.5", "人均看播时长": "65", "评论次数": "300", "点赞次数": "25,000", "分享次数": "40",
            "新增粉丝数": "150", "商品曝光人数": "3000", "商品点击人数": "600", "商品点击率(人数)": "20.00%",
            "看播粉丝占比": "0.35", "发货前退款金额(订单）": "100.00"}
    base.update(values)
    return [base.get(h, "-") for h in COMPASS]


def imported(store: Any, path: Path, **options: Any) -> Any:
    (result,) = import_files(store, [path], ImportOptions(**options)).results
    return result


@pytest.fixture
def own(store: Any) -> int:
    return add_own_accounts(store, [("douyin", OWN)])[0]


def lives(db: Any) -> dict[str, dict[str, Any]]:
    return {r["published_at"][:16]: r for r in db(
        "SELECT p.title, p.format, p.published_at, p.account_id AS account, m.* FROM post p JOIN post_metrics m ON m.post_id = p.id "
        "WHERE p.format = 'live' ORDER BY p.published_at")}


@pytest.mark.parametrize(("encoding", "day1", "day2", "watch"), [
    ("utf-8", "2026-11-02", "2026-11-03", "65"),
    ("utf-8-sig", "2026/11/02", "2026/11/03", "1分5秒"),
    ("gb18030", "20261102", "20261103", "00:01:05"),
])
def test_compass_daily_overview_in_each_unsure_form(store, db, tmp_path, own, encoding, day1, day2, watch) -> None:
    rows = [COMPASS, compass_row(day1, 人均看播时长=watch),
            compass_row(day2, 最高在线人数="1,024", 成交金额="¥8,000", 直播时长="-", 人均看播时长=watch,
                        **{"直播时长(小时)": "1.25"})]
    result = imported(store, write_csv(tmp_path / "概览数据（日）.csv", rows, encoding))
    assert (result.status, result.profile, result.inserted) == ("imported", "douyin_live_compass", 2)
    got = lives(db)
    first, second = got["2026-11-02 00:00"], got["2026-11-03 00:00"]
    assert (first["title"], first["format"], first["account"]) == (
        "小美护肤的直播间", "live", own)
    assert (first["peak_online"], first["revenue"], first["conversions"], first["viewers"], first["views"]) == (
        432, 12345.6, 88, 5210, 9876)
    assert (first["avg_online"], first["avg_watch_seconds"], first["duration_seconds"]) == (120.5, 65.0, 9000.0)
    assert (first["likes"], first["comments"], first["shares"], first["follows_gained"]) == (25000, 300, 40, 150)
    assert (first["product_exposures"], first["product_clicks"]) == (3000, 600)
    assert (second["peak_online"], second["revenue"], second["duration_seconds"]) == (1024, 8000.0, 4500.0)
    extra = json.loads(first["extra"])
    assert extra["商品点击率(人数)"] == "20.00%" and extra["发货前退款金额(订单）"] == "100.00"
    assert imported(store, write_csv(tmp_path / "again.csv", rows, encoding)).unchanged == 2


def test_baiying_history_list_with_its_value_forms(store, db, make, own) -> None:
    def row(**values: str) -> list[str]:
        base = {"直播标题": "双11 面霜专场", "开播时间": "2026/11/08 19:30", "直播时长": "1小时21分5秒",
                "直播间观看人数": "3,456", "直播间观看人次": "6,000", "最高在线人数": "789", "平均在线人数": "95",
                "人均观看时长": "2分10秒", "评论次数": "210", "新增粉丝数": "66", "直播间商品曝光人数": "2,000",
                "直播间商品点击人数": "400", "直播间成交订单数": "31", "直播间成交金额": "¥49.9", "看播粉丝占比": "100.00%"}
        base.update(values)
        return [base.get(h, "-") for h in BAIYING]

    rows = [BAIYING, row(), row(直播标题="周三护肤课", 开播时间="2026/11/11 20:00", 直播时长="45分",
                               直播间成交金额="¥1,299.00", 最高在线人数="150")]
    result = imported(store, make.xlsx("历史直播.xlsx", rows))
    assert (result.status, result.profile, result.inserted) == ("imported", "douyin_live_baiying", 2)
    got = lives(db)
    first, second = got["2026-11-08 19:30"], got["2026-11-11 20:00"]
    assert (first["title"], first["peak_online"], first["revenue"], first["duration_seconds"]) == (
        "双11 面霜专场", 789, 49.9, 4865.0)
    assert (first["viewers"], first["views"], first["avg_watch_seconds"], first["conversions"]) == (3456, 6000, 130.0, 31)
    assert json.loads(first["extra"])["看播粉丝占比"] == "100.00%"
    assert (second["peak_online"], second["revenue"], second["duration_seconds"]) == (150, 1299.0, 2700.0)


def test_orders_are_attributed_to_the_live_covering_them_else_the_latest_video(store, db, make, tmp_path, own) -> None:
    def baiying(start: str, hours: str) -> list[str]:
        values = {"直播标题": "晚间专场", "开播时间": start, "直播时长": hours, "最高在线人数": "100"}
        return [values.get(h, "-") for h in BAIYING]

    imported(store, make.csv("lives.csv", [BAIYING, baiying("2026-11-02 09:30", "2小时")]))
    videos = imported(store, make.csv("works.csv", [DOUYIN_HEADERS, douyin_row("早八护肤", "2026-11-01 08:00"),
                                                    douyin_row("防晒怎么选", "2026-11-03 12:00")]))
    assert videos.inserted == 2

    def order(sub: str, paid: str, kind: str, creator: str = OWN) -> tuple[str, ...]:
        return (f"'9{sub}", f"'9{sub}1", "面霜", "1", "100.00", paid, paid, "已完成", "-", kind, creator)

    orders_ = [order("01", "2026-11-02 10:00:00", "直播"),       # inside the live (09:30–11:30)
               order("02", "2026-11-02 12:00:00", "直播"),       # after it: the latest video (11-01 08:00, 28 h)
               order("03", "2026-11-03 20:00:00", "短视频"),     # the 11-03 video
               order("04", "2026-11-09 20:00:00", "短视频"),     # 6 days after the last video: none
               order("05", "2026-11-02 10:00:00", "直播", "别家达人"),  # not an own account
               order("06", "2026-11-02 10:00:00", "其他")]       # own account, no content traffic
    result = imported(store, write_csv(tmp_path / "o.csv", order_rows(V1, orders_), "utf-8-sig"))
    assert result.status == "imported"
    posts = {r["title"]: r["id"] for r in db("SELECT id, title FROM post")}
    got = {r["sub_order_id"]: (r["account_id"], r["post_id"], r["attribution"])
           for r in db("SELECT * FROM shop_order")}
    assert got == {
        "9011": (own, posts["晚间专场"], "live"), "9021": (own, posts["早八护肤"], "video"),
        "9031": (own, posts["防晒怎么选"], "video"), "9041": (own, None, None), "9051": (None, None, None),
        "9061": (own, None, None)}
    from app.services.orders import post_orders

    assert post_orders(store) == {  # what diagnosis reads: each post's valid attributed orders, an estimate
        posts["晚间专场"]: {"conversions": 1, "revenue": 100.0, "estimated": True},
        posts["早八护肤"]: {"conversions": 1, "revenue": 100.0, "estimated": True},
        posts["防晒怎么选"]: {"conversions": 1, "revenue": 100.0, "estimated": True}}
    # A live imported after the orders takes them over; undoing it gives them back.
    later = imported(store, make.csv("lives2.csv", [BAIYING, baiying("2026-11-02 11:45", "1小时")]))
    assert db("SELECT attribution FROM shop_order WHERE sub_order_id = '9021'")[0]["attribution"] == "live"
    undo_batch(store, later.batch_id)
    assert db("SELECT post_id FROM shop_order WHERE sub_order_id = '9021'")[0]["post_id"] == posts["早八护肤"]


def test_lives_rank_among_lives_and_never_lead_posts_by_engagement(store, make, tmp_path, own) -> None:
    from app.services.dashboard import Period, live_ranking, top_bottom_posts

    rows = [COMPASS, compass_row("2026-11-02"),  # 25,000 likes on 9,876 views: engagement far over 100 %
            compass_row("2026-11-05", 成交金额="20,000.00", 最高在线人数="900", 点赞次数="3,000")]
    imported(store, write_csv(tmp_path / "概览.csv", rows, "utf-8-sig"), as_of=dt.date(2026, 11, 10))
    works = [DOUYIN_HEADERS] + [douyin_row(f"视频{i}", f"2026-11-0{i} 08:00", views="1000", 点赞量=str(40 + i))
                                for i in range(1, 4)]
    imported(store, make.csv("works.csv", works), as_of=dt.date(2026, 11, 10))
    posts = top_bottom_posts(store, Period.month("2026-11"), metric="engagement_rate")
    assert [p["title"] for p in posts["top"]][:1] == ["视频3"] and posts["live_left_out"] == 2
    assert all(p["value"] <= 1 for p in posts["top"])
    lives = live_ranking(store, Period.month("2026-11"))
    assert [(s["published_at"].day, s["revenue"]) for s in lives["sessions"]] == [(5, 20000.0), (2, 12345.6)]
    by_peak = live_ranking(store, Period.month("2026-11"), metric="peak_online")["sessions"]
    assert [s["peak_online"] for s in by_peak] == [900, 432]
    with pytest.raises(ValueError):
        live_ranking(store, Period.month("2026-11"), metric="engagement_rate")


def test_a_longer_session_in_a_newer_list_takes_the_orders_it_now_covers(store, db, make, tmp_path, own) -> None:
    def session(hours: str) -> list[list[str]]:
        values = {"直播标题": "晚间专场", "开播时间": "2026-11-02 09:30", "直播时长": hours}
        return [BAIYING, [values.get(h, "-") for h in BAIYING]]

    imported(store, make.csv("lives.csv", session("2小时")), as_of=dt.date(2026, 11, 2))
    order = ("'901", "'9011", "面霜", "1", "100.00", "2026-11-02 12:00:00", "2026-11-02 12:00:00", "已完成", "-", "直播",
             OWN)
    imported(store, write_csv(tmp_path / "o.csv", order_rows(V1, [order]), "utf-8-sig"))
    assert db("SELECT post_id FROM shop_order")[0]["post_id"] is None  # 12:00 is after 11:30
    longer = imported(store, make.csv("lives2.csv", session("3小时")), as_of=dt.date(2026, 11, 2))
    assert (longer.inserted, longer.updated) == (0, 1)
    assert db("SELECT attribution FROM shop_order")[0]["attribution"] == "live"
