"""Import speed against the naive pandas route (DESIGN §6), whole processes, same run.

Generates (once, cached in the temp dir) a 100,000-row Douyin works export and a 10,000-row weekly
one, then times `opsdesk-cli import` on each against a script doing
`pandas.read_excel(engine="openpyxl")` + `DataFrame.to_sql` on the same file and against a bare
python-calamine read of it. Prints the times, the ratio to pandas (target ≥ 6×), the import over
the bare read (target ≤ 2×), the import's peak memory (target ≤ 400 MB) and the 10,000-row time
(target ≤ 1.5 s).

    uv run python bench/import.py [--rows 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "opsdesk-bench-import"
HEADERS = ["作品名称", "发布时间", "体裁", "审核状态", "播放量", "完播率", "5s完播率", "封面点击率", "2s跳出率",
           "平均播放时长", "点赞量", "分享量", "评论量", "收藏量", "主页访问量", "粉丝增量"]
PANDAS_SCRIPT = """
import sqlite3, sys
import pandas as pd
frame = pd.read_excel(sys.argv[1], engine="openpyxl")
with sqlite3.connect(sys.argv[2]) as conn:
    frame.to_sql("works", conn, if_exists="replace", index=False)
"""
#: The floor: python-calamine reading every cell of the same file into Python lists, nothing else.
CALAMINE_SCRIPT = """
import sys
from python_calamine import CalamineWorkbook
with CalamineWorkbook.from_path(sys.argv[1]) as book:
    rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
print(len(rows))
"""


def douyin_export(rows: int, seed: int = 1) -> Path:
    """A Douyin 作品列表导出 of `rows` works, numbers stored as text like the real one."""
    import openpyxl

    path = CACHE / f"douyin_works_{rows}_{seed}.xlsx"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Sheet1")
    sheet.append(HEADERS)
    start = dt.datetime(2020, 1, 1, 8, 0, 0)
    for i in range(rows):
        published = start + dt.timedelta(minutes=10 * i + rng.randint(0, 5))
        is_image = rng.random() < 0.2
        sheet.append([
            f"第{i}条作品 {rng.choice(['干货', '开箱', '测评', '日常'])}分享\n#话题{i % 50} #{seed}",
            published.strftime("%Y-%m-%d %H:%M:%S"),
            "图文" if is_image else "1-3min视频",
            "公开",
            str(rng.randint(100, 2_000_000)),
            f"{rng.uniform(0.14, 0.24) if is_image else rng.uniform(0, 0.1):.6f}",
            f"{rng.uniform(0.2, 0.7):.6f}",
            "-" if rng.random() < 0.3 else f"{rng.uniform(0.01, 0.2):.6f}",
            f"{rng.uniform(0.1, 0.6):.6f}",
            f"{rng.uniform(2, 60):.1f}",
            str(rng.randint(0, 50_000)),
            str(rng.randint(0, 5_000)),
            str(rng.randint(0, 5_000)),
            str(rng.randint(0, 10_000)),
            str(rng.randint(0, 3_000)),
            str(rng.randint(0, 2_000)),
        ])
    tmp = path.with_suffix(".tmp.xlsx")
    book.save(tmp)
    tmp.rename(path)
    return path


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("opsdesk-cli")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from app.cli import main; main()"]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds and CPU seconds a child process took, and the largest child peak RSS so far (KiB)."""
    cpu = _cpu()
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if completed.returncode not in (0,):
        print(completed.stdout[-2000:], completed.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"failed ({completed.returncode}): {' '.join(command[:3])} …")
    return elapsed, _cpu() - cpu, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def median_run(runs: list[tuple[float, float, int]]) -> tuple[float, float, int]:
    """The median wall and CPU seconds of several timed runs, and the largest peak RSS among them."""
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), max(r[2] for r in runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="imports and bare reads, alternated; medians are printed")
    args = parser.parse_args()

    big, weekly = douyin_export(args.rows), douyin_export(10_000, seed=2)
    with tempfile.TemporaryDirectory() as work:
        imports, reads, weeks = [], [], []
        for run in range(args.runs):
            # an operator imports into an existing store: create and migrate it first
            for store in (f"big{run}", f"week{run}"):
                subprocess.run([*_cli(), "--data-dir", str(Path(work) / store), "imports"], check=True,
                               capture_output=True)
            imports.append(timed([*_cli(), "--data-dir", str(Path(work) / f"big{run}"), "import", str(big), "--json"]))
            reads.append(timed([sys.executable, "-c", CALAMINE_SCRIPT, str(big)]))
            weeks.append(timed([*_cli(), "--data-dir", str(Path(work) / f"week{run}"), "import", str(weekly),
                                "--json"]))
        naive, naive_cpu, _ = timed([sys.executable, "-c", PANDAS_SCRIPT, str(big), str(Path(work) / "pandas.db")])
    ours, ours_cpu, peak_kib = median_run(imports)
    bare, bare_cpu, _ = median_run(reads)
    week, week_cpu, _ = median_run(weeks)
    load = os.getloadavg()[0]
    ratio = naive / ours
    over_read = ours / bare
    peak_mb = peak_kib / 1024
    print(f"rows: {args.rows:,}   (medians of {args.runs} runs; load average {load:.1f} on {os.cpu_count()} CPUs; "
          "CPU seconds in brackets)")
    print(f"opsdesk-cli import:              {ours:7.2f} s  ({ours_cpu:.2f} s CPU)")
    print(f"pandas read_excel + to_sql:      {naive:7.2f} s  ({naive_cpu:.2f} s CPU)")
    print(f"bare calamine read, same file:   {bare:7.2f} s  ({bare_cpu:.2f} s CPU)")
    print(f"ratio to pandas:                 {ratio:7.1f}x   (target >= 6x) {'OK' if ratio >= 6 else 'MISSED'}")
    print(f"import / bare read:              {over_read:7.1f}x   (target <= 2x) {'OK' if over_read <= 2 else 'MISSED'}")
    print(f"import peak memory:              {peak_mb:7.0f} MB  (target <= 400 MB) {'OK' if peak_mb <= 400 else 'MISSED'}")
    print(f"10,000-row weekly import:        {week:7.2f} s  ({week_cpu:.2f} s CPU)  (target <= 1.5 s) "
          f"{'OK' if week <= 1.5 else 'MISSED'}")

if __name__ == "__main__":
    main()
