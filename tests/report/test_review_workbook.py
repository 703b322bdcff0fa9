"""The review workbook (`review --xlsx`) holds what `review --json` and the printed sheet hold: each
finding's cause and confidence, the action recap, 舆情's slowest first response and overdue count, the
shop's orders and the community's activity — read back with openpyxl from the demo store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.services.demo import fill_demo
from app.services.importing import ImportOptions, import_files
from app.store import Store
from tests.services.importing.test_doudian import V1, order_rows, write_csv
from tests.services.importing.test_other_sources import CONTACT, GROUPS

MONTH = "2026-10"
DEMO_DOUYIN = "小美研究所"
# (主订单, 子订单, 商品, 数量, 订单应付金额, 提交, 支付, 订单状态, 售后状态, 流量体裁, 达人昵称)
ORDERS = [
    ("6937000000000000110", "6937000000000000111", "修护面霜", "1", "299.00", "2026-10-12 20:00:00",
     "2026-10-12 20:01:00", "已完成", "-", "直播", DEMO_DOUYIN),
    ("6937000000000000120", "6937000000000000121", "面膜", "2", "120.00", "2026-10-13 09:00:00",
     "2026-10-13 09:00:10", "已完成", "退款成功", "其他", "-"),
    ("6937000000000000130", "6937000000000000131", "洁面乳", "1", "45.50", "2026-10-14 08:00:00",
     "-", "已关闭", "-", "其他", "-"),
    ("6937000000000000140", "6937000000000000141", "精华水", "1", "89.90", "2026-10-20 21:00:00",
     "2026-10-20 21:00:05", "待发货", "-", "其他", "-"),
]


def rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    """A sheet's data rows (the header row left out)."""
    return list(load_workbook(path, read_only=True)[sheet].iter_rows(min_row=2, values_only=True))


def cells(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """Numbers to 12 digits: a cell keeps 15 significant digits, JSON all of a float's."""
    return tuple(round(v, 12) if isinstance(v, float) else v for v in values)


def day(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


@pytest.fixture(scope="module")
def demo_like(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo store (its own orders and statistics) with more 抖店 orders and 企业微信 statistics imported."""
    folder = tmp_path_factory.mktemp("demo")
    store = Store.open(folder / "data")
    try:
        fill_demo(store)
        files = [write_csv(folder / "订单.csv", order_rows(V1, ORDERS), "utf-8-sig"),
                 write_csv(folder / "联系客户统计.csv", [CONTACT, ["2026-10-08", "王小二", "", 1, 3, 4, 8, 1, 3, 0],
                                                        ["2026-10-09", "王小二", "", 1, 2, 0, 0, 0, 0, 0]], "utf-8-sig"),
                 write_csv(folder / "群聊数据统计.csv", [GROUPS, ["2026-10-08", "王小二", "", 4, 0, 3, 480, 2, 30, 300],
                                                       ["2026-10-09", "王小二", "", 4, 0, 0, 480, 0, 0, 0],
                                                       ["2026-10-09", "李运营", "", 2, 0, 2, 100, 0, 10, 50]], "utf-8-sig")]
        run = import_files(store, files, ImportOptions())
        assert [r.status for r in run.results] == ["imported"] * 3
    finally:
        store.close()
    return folder / "data"


def test_the_workbook_holds_what_review_json_holds(demo_like: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    xlsx = tmp_path / "review.xlsx"
    assert main(["--data-dir", str(demo_like), "review", "--month", MONTH, "--json"]) == 0
    review = json.loads(capsys.readouterr().out)
    assert main(["--data-dir", str(demo_like), "review", "--month", MONTH, "--xlsx", str(xlsx), "--json"]) == 0
    capsys.readouterr()
    assert load_workbook(xlsx, read_only=True).sheetnames == [
        "KPI完成", "内容数据", "最高与最低", "用户数据", "用户分层", "社群活跃度", "活动", "推广投放", "店铺订单", "品牌舆情",
        "亮点与不足", "上月行动项回顾", "运营复盘", "经验教训"]

    causes = [(f["text"], f["cause_label"], f["confidence_label"]) for f in review["diagnosis"]]
    assert {"开头太慢", "原因不明"} <= {c for _t, c, _f in causes}  # the demo names causes, and says when it cannot
    assert [r[1:] for r in rows(xlsx, "亮点与不足") if r[2] is not None] == causes

    recap = review["action_recap"]
    assert any(a["done"] for a in recap) and any(not a["done"] for a in recap) and any(a["change"] for a in recap)
    assert [cells(r) for r in rows(xlsx, "上月行动项回顾")] == [cells(
        (a["platform_name"], a["text"], "已完成" if a["done"] else "未完成", day(a["done_at"]), a["metric_label"],
         a["baseline"], a["after"], a["change"])) for a in recap]
    # a rate reads as a percentage (23.8 %, not 0.238), a count as a whole number
    sheet = load_workbook(xlsx)["上月行动项回顾"]
    formats = {(a["metric_kind"], sheet.cell(row, 6).number_format) for row, a in enumerate(recap, start=2)
               if a["baseline"] is not None}
    assert ("rate", "0.00%") in formats and all(f == {"rate": "0.00%", "money": "#,##0.00", "count": "#,##0"}[k]
                                                for k, f in formats)

    w = review["watch"]
    assert w["worst_response_hours"] == 18.0 and w["overdue"] == 6
    assert rows(xlsx, "品牌舆情")[0][:9] == (w["alerts"], w["urgent"], w["resolved"], w["open"], w["median_response_hours"],
                                          w["worst_response_hours"], w["overdue"], w["within_24h_rate"],
                                          w["negative_mentions"])

    shop = review["shop"]  # the demo's own October orders and the 4 imported
    assert shop["sub_orders"] > 4 and shop["refunded_sub_orders"] > 1 and shop["cancelled_sub_orders"] > 1
    assert rows(xlsx, "店铺订单") == [(shop["sub_orders"], shop["conversions"], shop["revenue"],
                                     shop["refunded_sub_orders"], shop["refunded_amount"], shop["cancelled_sub_orders"],
                                     shop["attributed_conversions"], shop["attributed_revenue"])]

    staff = review["community_activity"]["staff"]  # the demo's two staff members and the two imported
    assert {s["staff"]: s["group_messages"] for s in staff}.items() >= {"王小二": 300, "李运营": 50}.items()
    assert len(staff) == 4
    assert rows(xlsx, "社群活跃度") == [
        (s["staff"], s["days"], s["active_days"], s["group_messages"], s["speakers_per_day"], s["new_customers"],
         day(s["quietest_day"]), s["quietest_messages"]) for s in staff]
