"""抖店 order import speed against a bare CSV read of the same file (issue 20: target < 4×), whole processes.

Generates (once, cached in the temp dir) a 75-column 抖店 order export of 100,000 子订单 (UTF-8 with
BOM, ids with a leading `'`, `-` for empty, amounts with thousands separators), then times
`opsdesk-cli import` on it into a migrated store against a script that only decodes the file and
reads every row with the `csv` module. Prints both times and their ratio.

    uv run python bench/orders.py [--rows 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import io
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

_spec = importlib.util.spec_from_file_location("bench_import", Path(__file__).with_name("import.py"))
assert _spec is not None and _spec.loader is not None
bench_import = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_import)

CACHE = Path(tempfile.gettempdir()) / "opsdesk-bench-orders"


def _names(text: str) -> list[str]:
    return text.split(", ")


HEADERS = _names(
    "主订单编号, 子订单编号, 支付方式, 选购商品, 货号, 商品ID, 商家编码, 商品数量, 商品金额, 订单提交时间, 支付完成时间, 订单完成时间, "
    "承诺发货时间, 预约发货时间, 买家留言, 旗帜颜色, 商家备注, APP渠道, 订单状态, 取消原因, 售后状态, 订单类型, 发货时间, 车型, "
    "是否是以旧换新, 换新额外补贴, 换新额外补贴发放状态, 订单应付金额, 运费, 优惠总金额, 平台优惠, 商家优惠, 达人优惠, 商家改价, "
    "支付优惠, 手续费, 红包抵扣, 降价类优惠, 平台实际承担优惠金额, 商家实际承担优惠金额, 达人实际承担优惠金额, 收件人, 收件人手机号, "
    "省, 市, 区, 街道, 详细地址, 是否修改过地址, 快递信息, 序列号, 达人ID, 达人昵称, 拼团订单团编号, 商品单价是否含税, 税费, "
    "鲁班落地页ID, 所属门店ID, 流量来源, 仓库ID, 仓库名称, 是否安心购, 广告渠道, 流量类型, 流量体裁, 流量渠道, 发货主体, 发货主体明细, "
    "教育优惠, 预计送达时间, 是否平台仓自流转, 是否是渠道商品, 预约送达时间, 建议发货时间（起）, 建议发货时间（止）"
)
#: The floor: decoding the file and reading every row into Python lists, nothing else.
CSV_SCRIPT = """
import csv, io, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(io.StringIO(f.read())))
print(len(rows))
"""


def order_export(rows: int, seed: int = 1) -> Path:
    """An 抖店 export of `rows` 子订单 (two of every five 主订单 have a second 子订单)."""
    path = CACHE / f"doudian_orders_{rows}_{seed}.csv"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    start = dt.datetime(2026, 1, 1, 8, 0, 0)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    main = 0
    for i in range(rows):
        if i % 5 not in (1, 3):
            main += 1
        submitted = start + dt.timedelta(seconds=30 * i)
        status = rng.choice(["已完成"] * 6 + ["已发货", "待发货", "已取消", "已关闭"])
        paid = "-" if status in ("已取消", "已关闭") else f"{submitted + dt.timedelta(seconds=40):%Y-%m-%d %H:%M:%S}"
        values = {
            "主订单编号": f"'69{main:017d}", "子订单编号": f"'69{i:017d}", "支付方式": "支付宝",
            "选购商品": rng.choice(["修护面霜 50ml", "洁面乳", "防晒霜 SPF50", "面膜 10 片"]),
            "商品ID": f"'3{rng.randint(10**17, 10**18 - 1)}", "商品数量": str(rng.randint(1, 3)),
            "订单提交时间": f"{submitted:%Y-%m-%d %H:%M:%S}", "支付完成时间": paid, "订单状态": status,
            "售后状态": rng.choice(["-"] * 8 + ["退款成功", "售后关闭"]),
            "订单应付金额": f"{rng.uniform(9, 3000):,.2f}", "收件人": "张*", "收件人手机号": "138****0000",
            "省": rng.choice(["广东省", "浙江省", "四川省"]), "市": "某市", "详细地址": "某路 1 号",
            "达人昵称": rng.choice(["-", "小美护肤", "别家达人"]), "流量体裁": rng.choice(["直播", "短视频", "其他"]),
            "流量类型": rng.choice(["广告", "非广告"]), "流量来源": rng.choice(["-", "精选联盟"]),
        }
        writer.writerow([values.get(h, "-") for h in HEADERS])
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    tmp.rename(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="imports and bare reads, alternated; medians are printed")
    args = parser.parse_args()
    export = order_export(args.rows)
    cli = bench_import._cli()
    imports, reads = [], []
    with tempfile.TemporaryDirectory() as work:
        for run in range(args.runs):
            store = str(Path(work) / f"store{run}")
            subprocess.run([*cli, "--data-dir", store, "imports"], check=True, capture_output=True)
            imports.append(bench_import.timed([*cli, "--data-dir", store, "import", str(export), "--json"]))
            reads.append(bench_import.timed([sys.executable, "-c", CSV_SCRIPT, str(export)]))
    ours, ours_cpu, peak_kib = bench_import.median_run(imports)
    bare, bare_cpu, _ = bench_import.median_run(reads)
    ratio = ours / bare
    print(f"子订单: {args.rows:,}   (medians of {args.runs} runs; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} CPUs; CPU s in brackets)")
    print(f"opsdesk-cli import:          {ours:7.2f} s  ({ours_cpu:.2f} s CPU), peak {peak_kib / 1024:.0f} MB")
    print(f"bare CSV read, same file:    {bare:7.2f} s  ({bare_cpu:.2f} s CPU)")
    print(f"import / bare read:          {ratio:7.1f}x   (target < 4x) {'OK' if ratio < 4 else 'MISSED'}")


if __name__ == "__main__":
    main()
