"""Benchmark: global search (Ctrl+K) on the demo store and with 100,000 members added.

Run: `uv run python bench/search.py [--members 100000]`. Prints, per query, the median wall time
of `app.services.search.search()` over 5 runs (a query that matches little and one that matches
a lot; the cap per group keeps both short).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.demo import fill_demo  # noqa: E402
from app.services.search import search  # noqa: E402
from app.store import Store  # noqa: E402

QUERIES = ("敏感", "小", "双11", "zzz-没有这个词", "王 花")


def timed(store: Store, text: str, runs: int = 5) -> tuple[float, int]:
    times, hits = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        groups = search(store, text)
        times.append(time.perf_counter() - start)
        hits = sum(len(g.hits) for g in groups)
    return statistics.median(times), hits


def report(store: Store, label: str) -> None:
    for text in QUERIES:
        seconds, hits = timed(store, text)
        print(f"{label:>18}  {text!r:>18}  {seconds * 1000:7.1f} ms  {hits:3d} hits")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        fill_demo(store)
        report(store, "demo store")
        from members import fill  # bench/members.py: the same 100k-member generator

        fill(store, args.members, dt.date.today())
        report(store, f"+{args.members:,} members")
        store.close()


if __name__ == "__main__":
    main()
