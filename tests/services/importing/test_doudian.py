"""抖店 order exports, in every shape the formats note describes, through the real import path."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app import cli
from app.services import goals, orders
from app.services.accounts import add_own_accounts
from app.services.importing import ImportOptions, import_files, undo_batch

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def _headers(text: str) -> list[str]:
    return text.split(", ")


# The two layouts as recorded from real exports (PLATFORM_EXPORTS.md, 抖店 订单导出).
V1 = _headers("主订单编号, 子订单编号, 支付方式, 选购商品, 货号, 商品ID, 商家编码, 商品数量, 商品金额, 订单提交时间, 支付完成时间, "
      "订单完成时间, 承诺发货时间, 预约发货时间, 买家留言, 旗帜颜色, 商家备注, APP渠道, 订单状态, 取消原因, 售后状态, 订单类型, "
      "发货时间, 车型, 是否是以旧换新, 换新额外补贴, 换新额外补贴发放状态, 订单应付金额, 运费, 优惠总金额, 平台优惠, 商家优惠, "
      "达人优惠, 商家改价, 支付优惠, 手续费, 红包抵扣, 降价类优惠, 平台实际承担优惠金额, 商家实际承担优惠金额, 达人实际承担优惠金额, "
      "收件人, 收件人手机号, 省, 市, 区, 街道, 详细地址, 是否修改过地址, 快递信息, 序列号, 达人ID, 达人昵称, 拼团订单团编号, "
      "商品单价是否含税, 税费, 鲁班落地页ID, 所属门店ID, 流量来源, 仓库ID, 仓库名称, 是否安心购, 广告渠道, 流量类型, 流量体裁, "
      "流量渠道, 发货主体, 发货主体明细, 教育优惠, 预计送达时间, 是否平台仓自流转, 是否是渠道商品, 预约送达时间, "
      "建议发货时间（起）, 建议发货时间（止）")
V2 = _headers("主订单编号, 子订单编号, 选购商品, 商品规格, 商品数量, 商品ID, 商家编码, 商品单价, 订单应付金额, 运费, 优惠总金额, 平台优惠, "
      "商家优惠, 达人优惠, 商家改价, 支付优惠, 红包抵扣, 支付方式, 手续费, 收件人, 收件人手机号, 省, 市, 区, 街道, 详细地址, "
      "是否修改过地址, 地址修改时段, 买家留言, 订单提交时间, 旗帜颜色, 商家备注, 订单完成时间, 支付完成时间, APP渠道, 流量来源, "
      "订单状态, 承诺发货时间, 订单类型, 鲁班落地页ID, 达人ID, 达人昵称, 所属门店ID, 售后状态, 取消原因, 预约发货时间, 仓库ID, "
      "仓库名称, 序列号, 是否安心购, 广告渠道, 流量类型, 流量体裁, 流量渠道, 发货主体, 发货主体明细, 发货时间, 降价类优惠, "
      "平台实际承担优惠金额, 商家实际承担优惠金额, 达人实际承担优惠金额, 预计送达时间, 是否平台仓自流转, 车型, 商品69码, 发货SN码, "
      "发货IMEI码1, 发货IMEI码2, 预约送达时间, 建议发货时间（起）, 建议发货时间（止）, 物流SN码, 物流IMEI码1, 物流IMEI码2")
OWN = "小美护肤"

# (主订单, 子订单, 商品, 数量, 订单应付金额, 提交, 支付, 订单状态, 售后状态, 流量体裁, 达人昵称)
ORDERS = [
    ("'6937000000000000010", "'6937000000000000011", "修护面霜", "1", "1,299.00", "2026-11-02 10:00:00",
     "2026-11-02 10:01:00", "已完成", "-", "直播", OWN),
    ("'6937000000000000010", "'6937000000000000012", "洁面乳", "1", "99.00", "2026-11-02 10:00:00",
     "2026-11-02 10:01:00", "已完成", "-", "直播", OWN),
    ("`6937000000000000020", "`6937000000000000021", "精华水", "1", "59.00", "2026-11-02 11:00:00", "-",
     "已取消", "-", "其他", "-"),
    ("6937000000000000030", "6937000000000000031", "面膜", "2", "199.00", "2026-11-02 12:00:00",
     "2026-11-02 12:00:30", "已完成", "退款成功", "短视频", OWN),
    ("6937000000000000040", "6937000000000000041", "面膜", "1", "80.00", "2026-11-03 09:00:00",
     "2026-11-03 09:00:10", "已发货", "同意退款，退款成功", "其他", "-"),
    ("6937000000000000050", "6937000000000000051", "防晒霜", "1", "150.00", "2026-11-03 20:00:00",
     "2026-11-03 20:00:05", "已完成", "售后关闭", "短视频", OWN),
    ("6937000000000000060", "6937000000000000061", "修护面霜", "1", "300.00", "2026-11-03 21:00:00",
     "2026-11-03 21:00:09", "待发货", "-", "直播", "别家达人"),
    ("6937000000000000070", "6937000000000000071", "洁面乳", "1", "45.50", "2026-11-04 08:00:00",
     "-", "已关闭", "-", "其他", "-"),
]
VALID_REVENUE = 1299.00 + 99.00 + 150.00 + 300.00
FIELDS = ("主订单编号", "子订单编号", "选购商品", "商品数量", "订单应付金额", "订单提交时间", "支付完成时间", "订单状态", "售后状态",
          "流量体裁", "达人昵称")


def order_rows(layout: list[str], orders_: list[tuple[str, ...]], **fill: str) -> list[list[str]]:
    """A header row in `layout` and one row per order; columns the test does not set hold `-` (or `fill`)."""
    rows = [list(layout)]
    for order in orders_:
        values = dict(zip(FIELDS, order, strict=True))
        values.setdefault("收件人", "张*")
        values.setdefault("收件人手机号", "138****0000")
        values.setdefault("详细地址", "某路 1 号")
        values.setdefault("达人ID", "-")
        values.setdefault("流量来源", "精选联盟" if order[-1] == "别家达人" else "-")
        values.setdefault("省", "广东省")
        rows.append([values.get(h, fill.get(h, "-")) for h in layout])
    return rows


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def imported(store: Any, path: Path, **options: Any) -> Any:
    run = import_files(store, [path], ImportOptions(**options))
    (result,) = run.results
    return result


@pytest.fixture
def own(store: Any) -> int:
    return add_own_accounts(store, [("douyin", OWN)])[0]


def stored(db: Any) -> dict[str, dict[str, Any]]:
    return {r["sub_order_id"]: r for r in db("SELECT * FROM shop_order")}


def test_v1_with_bom_imports_exact_values_and_counts_only_valid_orders(store, db, tmp_path, own) -> None:
    assert (len(V1), len(V2)) == (75, 74)
    path = write_csv(tmp_path / "1763000000_订单导出.csv", order_rows(V1, ORDERS, 商家编码="MX-01"), "utf-8-sig")
    result = imported(store, path)
    assert (result.status, result.profile, result.kind, result.inserted) == ("imported", "doudian_orders",
                                                                            "shop_orders", 8)
    rows = stored(db)
    first = rows["6937000000000000011"]  # the leading ' is gone, all 19 digits kept
    assert (first["order_id"], first["product"], first["quantity"], first["amount"]) == (
        "6937000000000000010", "修护面霜", 1, 1299.0)
    assert first["paid_at"].startswith("2026-11-02 10:01:00") and first["status"] == "已完成"
    assert first["after_sale"] is None and first["traffic_kind"] == "直播" and first["creator_name"] == OWN
    assert rows["6937000000000000021"]["paid_at"] is None  # `-` is empty, never 0 or a date
    assert {k for k, r in rows.items() if not r["valid"]} == {
        "6937000000000000021", "6937000000000000031", "6937000000000000041", "6937000000000000071"}
    # The buyer's name, phone and address are not stored anywhere.
    assert not any("138****0000" in json.dumps(r["extra"], ensure_ascii=False) for r in db(
        "SELECT extra FROM shop_order")) and "收件人" not in json.dumps(first["extra"], ensure_ascii=False)
    assert json.loads(first["extra"]) == {"商家编码": "MX-01"}  # what the file carried beyond the columns
    actual = goals.month_actuals(store, "2026-11")
    assert actual[None][goals.GoalMetric.revenue] == pytest.approx(VALID_REVENUE)
    assert actual[None][goals.GoalMetric.conversions] == 3  # two 子订单 of one 主订单 are one order
    assert actual[own][goals.GoalMetric.revenue] == pytest.approx(1299.0 + 99.0 + 150.0)
    summary = orders.month_summary(store, "2026-11")
    assert (summary["sub_orders"], summary["valid_sub_orders"], summary["revenue"]) == (8, 4, VALID_REVENUE)
    assert summary["refunded_amount"] == 279.0 and summary["cancelled_sub_orders"] == 2

    again = imported(store, path)
    assert again.status == "duplicate"
    recoded = imported(store, write_csv(tmp_path / "same_gb.csv", order_rows(V1, ORDERS, 商家编码="MX-01"),
                                        "gb18030"))
    assert (recoded.status, recoded.inserted, recoded.updated, recoded.unchanged) == ("imported", 0, 0, 8)


def test_v2_in_gb18030_a_zip_and_a_custom_subset_give_the_same_orders(store, db, tmp_path, own) -> None:
    result = imported(store, write_csv(tmp_path / "v2.csv", order_rows(V2, ORDERS), "gb18030"))
    assert (result.status, result.inserted) == ("imported", 8)
    first = stored(db)
    undo_batch(store, result.batch_id)
    assert db("SELECT count(*) AS n FROM shop_order")[0]["n"] == 0

    inner = write_csv(tmp_path / "1763000000_订单.csv", order_rows(V1, ORDERS), "utf-8-sig")
    archive = tmp_path / "订单导出.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(inner, inner.name)
    zipped = imported(store, archive)
    assert (zipped.status, zipped.inserted) == ("imported", 8)
    fields = ("order_id", "amount", "quantity", "paid_at", "status", "after_sale", "valid", "traffic_kind")
    assert {k: [r[f] for f in fields] for k, r in stored(db).items()} == {
        k: [r[f] for f in fields] for k, r in first.items()}
    undo_batch(store, zipped.batch_id)

    custom = ["订单状态", "子订单编号", "订单应付金额", "主订单编号", "支付完成时间", "售后状态", "选购商品"]
    rows = [custom] + [[dict(zip(FIELDS, o, strict=True))[h] for h in custom] for o in ORDERS]
    subset = imported(store, write_csv(tmp_path / "custom.csv", rows, "utf-8-sig"))
    assert (subset.status, subset.profile, subset.inserted) == ("imported", "doudian_orders", 8)
    assert goals.month_actuals(store, "2026-11")[None][goals.GoalMetric.revenue] == pytest.approx(VALID_REVENUE)


def test_an_export_of_only_the_columns_every_parser_reads_is_named_as_doudian(store, db, tmp_path, own) -> None:
    """These 15 columns hold all 10 of the 店铺订单 template's, which alone scored higher: the file
    imported right but the import record named the template as its source."""
    parsers = _headers("主订单编号, 子订单编号, 选购商品, 商品ID, 商品数量, 订单应付金额, 订单提交时间, 支付完成时间, 订单状态, "
                       "售后状态, 取消原因, 流量来源, 流量体裁, 达人昵称, 达人ID")
    result = imported(store, write_csv(tmp_path / "1763000000_订单.csv", order_rows(parsers, ORDERS), "utf-8-sig"))
    assert (result.status, result.profile, result.profile_label, result.inserted) == (
        "imported", "doudian_orders", "抖店 订单", 8)
    assert goals.month_actuals(store, "2026-11")[None][goals.GoalMetric.revenue] == pytest.approx(VALID_REVENUE)


def test_excel_resaved_times_and_bad_ids_are_named_by_row(store, db, tmp_path, own) -> None:
    resaved = [list(o) for o in ORDERS[:2]]
    for order in resaved:
        order[5], order[6] = "2026/11/2 10:00", "2026/11/2 10:01"
    ok = imported(store, write_csv(tmp_path / "resaved.csv", order_rows(V1, resaved), "utf-8-sig"))
    assert ok.status == "imported"
    assert stored(db)["6937000000000000012"]["paid_at"].startswith("2026-11-02 10:01:00")

    broken = [list(o) for o in ORDERS]
    broken[3][1] = "6.937E+18"
    bad = imported(store, write_csv(tmp_path / "broken.csv", order_rows(V1, broken), "utf-8-sig"))
    assert bad.status == "refused"
    (error,) = bad.errors
    assert (error.row, error.column, error.value) == (5, "子订单编号", "6.937E+18")  # header is row 1
    assert "E+" in error.message
    assert db("SELECT count(*) AS n FROM shop_order")[0]["n"] == 2  # nothing of the refused file


def test_a_newer_export_turning_an_order_refunded_lowers_that_days_revenue(store, db, tmp_path, own) -> None:
    imported(store, write_csv(tmp_path / "week1.csv", order_rows(V1, ORDERS), "utf-8-sig"))
    by_day = {(r["day"], r["account_id"]): r["revenue"]
              for r in orders.daily(store, dt.date(2026, 11, 1), dt.date(2026, 11, 30))}
    assert by_day == {(dt.date(2026, 11, 2), own): 1398.0, (dt.date(2026, 11, 3), own): 150.0,
                      (dt.date(2026, 11, 3), None): 300.0}
    before = sum(r["revenue"] for r in orders.daily(store, dt.date(2026, 11, 3), dt.date(2026, 11, 3)))
    assert before == 450.0
    newer = [list(o) for o in ORDERS]
    newer[5][8] = "退款成功"
    result = imported(store, write_csv(tmp_path / "week2.csv", order_rows(V1, newer), "utf-8-sig"))
    assert (result.inserted, result.updated, result.unchanged) == (0, 1, 7)
    after = sum(r["revenue"] for r in orders.daily(store, dt.date(2026, 11, 3), dt.date(2026, 11, 3)))
    assert after == 300.0
    assert goals.month_actuals(store, "2026-11")[None][goals.GoalMetric.revenue] == pytest.approx(VALID_REVENUE - 150)
    undo_batch(store, result.batch_id)
    assert stored(db)["6937000000000000051"]["valid"] == 1
    assert goals.month_actuals(store, "2026-11")[None][goals.GoalMetric.revenue] == pytest.approx(VALID_REVENUE)


def test_cli_import_and_review_revenue_equal_the_valid_orders(store, tmp_path, own, capsys) -> None:
    path = write_csv(tmp_path / "orders.csv", order_rows(V1, ORDERS), "utf-8-sig")
    assert cli.main(["import", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["files"][0]["kind"], out["files"][0]["inserted"]) == ("shop_orders", 8)
    assert cli.main(["review", "--month", "2026-11", "--json"]) == 0
    review = json.loads(capsys.readouterr().out)
    assert review["shop"]["revenue"] == VALID_REVENUE and review["shop"]["conversions"] == 3
    assert review["shop"]["refunded_amount"] == 279.0
    assert cli.main(["goals", "set", "--month", "2026-11", "--metric", "revenue", "--target", "3000", "--json"]) == 0
    capsys.readouterr()
    assert cli.main(["goals", "--month", "2026-11", "--json"]) == 0
    (goal,) = json.loads(capsys.readouterr().out)["goals"]
    assert (goal["metric"], goal["actual"]) == ("revenue", VALID_REVENUE)


@pytest.mark.parametrize(("kind", "cells", "whole"), [
    ("text", ("-", "支付宝", "-", " 微信 ", "N/A", "支付宝"), True),
    ("text", ("-", 3.0, "x"), False),
    ("long_id", ("'6937000000000000011", "`6937000000000000012", "6937000000000000013", "-", "'-"), True),
    ("long_id", ("'6937000000000000011", "6.937E+18", "-"), False),
    ("money", ("1,299.00", "99.00", "0.5", "12"), True),
    ("money", ("1,299.00", "-", "¥9.90", "1e3"), False),
    ("datetime", ("2026-11-02 10:01:00", "-", "2026-11-03 00:00:00"), True),
    ("datetime", ("-", "-"), True),
])
def test_order_columns_converted_whole_give_what_their_cells_give(kind: str, cells: tuple[Any, ...],
                                                                   whole: bool) -> None:
    from app.services.importing import rows
    from app.services.importing.values import BadValueError

    convert = rows.converter(kind, "列", "amount" if kind == "money" else "order_id")
    bulk = rows._bulk(convert)
    assert bulk is not None and (bulk(cells) is not None) == whole  # the fast path takes plain columns only
    errors: list[rows.RowError] = []
    got = rows._convert_column(rows._Column(0, "列", "x", convert), cells, list(range(2, 2 + len(cells))), errors,
                               set())
    one_by_one, refused = [], 0
    for cell in cells:
        try:
            one_by_one.append(convert(cell))
        except BadValueError:
            one_by_one.append(None)
            refused += 1
    assert got == one_by_one and [type(x) for x in got] == [type(x) for x in one_by_one]
    assert len(errors) == refused


def test_the_shop_orders_template_comes_back_in_as_orders(store, db, tmp_path, capsys) -> None:
    out = tmp_path / "店铺订单.xlsx"
    assert cli.main(["template", "shop_orders", str(out), "--json"]) == 0
    capsys.readouterr()
    result = imported(store, out)
    assert (result.status, result.profile, result.kind, result.inserted) == ("imported", "shop_orders",
                                                                            "shop_orders", 1)
    (row,) = db("SELECT * FROM shop_order")
    assert (row["sub_order_id"], row["order_id"], row["amount"], row["valid"]) == (
        "6937000000000000011", "6937000000000000010", 129.0, 1)
    assert row["paid_at"].startswith("2026-11-21 20:15:00")


def test_orders_make_the_round_trip_through_the_whole_store_workbook(store, db, tmp_path, own) -> None:
    from app.services.workbook import export_store
    from app.store import Store
    from tests.services.importing.conftest import rows_of

    imported(store, write_csv(tmp_path / "o.csv", order_rows(V1, ORDERS, 商家编码="MX-01"), "utf-8-sig"))
    book = tmp_path / "全部数据.xlsx"
    export_store(store, book)
    other = Store.open(tmp_path / "other")
    try:
        assert imported(other, book).status == "imported"
        fields = "sub_order_id, order_id, amount, paid_at, status, after_sale, valid, account_id, extra"

        def read(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return [{**r, "extra": json.loads(r["extra"]) if r["extra"] else None} for r in rows]

        sql = f"SELECT {fields} FROM shop_order ORDER BY 1"
        assert read(rows_of(other, sql)) == read(db(sql)) and len(db(sql)) == 8
    finally:
        other.close()


def test_the_review_sheet_says_what_the_orders_came_to(store, tmp_path, own, qapp) -> None:
    from app.report.review_sheet import review_html
    from app.services.review import build_review

    imported(store, write_csv(tmp_path / "o.csv", order_rows(V1, ORDERS), "utf-8-sig"))
    html, _images = review_html(build_review(store, "2026-11", with_diagnosis=False), 700, lambda _c, s: s)
    assert "店铺订单（抖店）" in html
    assert "有效订单 3 单，成交 1,848.00 元；退款 2 笔（279.00 元），取消或关闭 2 笔。</p>" in html  # none attributed
