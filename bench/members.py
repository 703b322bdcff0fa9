"""Benchmark: the members list and segmentation at 100,000 members (DESIGN §6: open ≤ 0.5 s, ≤ 0.1 s per keystroke).

Run: `uv run python bench/members.py [--members 100000]`. Creates a throwaway store, bulk-inserts
members, and prints the time of: recompute_segments, opening the table (count + first page, no
filter), typing a search (nickname LIKE + a segment filter, one figure per keystroke), a tag
filter, sorting by spend, all ids for an id-holding model, the persona and a segment export.

Then the GUI (offscreen): the 用户与社群 tab's members page — time from switching to it until its
first rows are painted (target ≤ 0.5 s), and from a keystroke (after the 150 ms debounce, which
is deliberate waiting, not work) or a filter change until the new rows are painted (≤ 0.1 s).
`--no-gui` skips this part.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.i18n import untranslated  # noqa: E402
from app.report.workbooks import write_segment_xlsx  # noqa: E402
from app.services import community, segments  # noqa: E402
from app.services.community import MemberFilter  # noqa: E402
from app.store import Store  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
WORDS = ["小", "大", "阿", "花", "月", "星", "糖", "鱼", "猫", "风", "雨", "云", "木", "夏", "冬", "可", "乐", "甜"]
REGIONS = ["上海", "北京", "广东", "浙江", "江苏", "四川", "湖北", "山东", "福建", "湖南", "河南", "重庆", "天津"]
TAGS = ["干货", "职场", "副业", "穿搭", "美妆", "母婴", "读书", "健身", "理财", "面试", "简历", "摄影"]
PLATFORMS = ["wechat", "douyin", "xiaohongshu", "channels", "weibo"]


def fill(store: Store, n: int, today: dt.date, seed: int = 1) -> None:
    rng = random.Random(seed)
    communities = [community.create_community(store, f"社群{i}", channel="wechat_group") for i in range(1, 41)]
    rows = []
    for i in range(n):
        first = today - dt.timedelta(days=rng.randint(0, 1000))
        last = None if rng.random() < 0.05 else today - dt.timedelta(days=rng.randint(0, 400))
        rows.append((
            rng.choice(PLATFORMS), f"u{i}", rng.choice(SURNAMES) + "".join(rng.choices(WORDS, k=rng.randint(1, 3))),
            rng.choice(communities + [None]), rng.choice(REGIONS + [None]), rng.choice(["男", "女", None]),
            first.isoformat(), last.isoformat() if last else None, rng.randint(0, 30), round(rng.random() * 300, 1),
            rng.randint(0, 23), rng.choice([0, 0, 0, 1, 1, 2, 5, None]), round(rng.random() * 2000, 2),
            ",".join(rng.sample(TAGS, rng.randint(0, 3))) or None, "备注" if rng.random() < 0.1 else None,
        ))
    with store.writing() as uow:
        conn = uow.connection()
        conn.exec_driver_sql(
            "INSERT INTO member (platform, external_id, nickname, community_id, region, gender, first_seen, "
            "last_active, active_days_30, browse_minutes_30, active_hour, purchases, spend, tags, notes) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def timed(label: str, func: Callable[[], Any], repeat: int = 3) -> Any:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<52} {best * 1000:8.1f} ms")
    return result


def painted(app: Any, view: Any, action: Callable[[], Any]) -> float:
    """Seconds from `action()` until the table's viewport has painted rows again."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        seen = False

        def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and view.model().rowCount():
                self.seen = True
            return False

    watch = Watch()
    view.viewport().installEventFilter(watch)
    start = time.perf_counter()
    action()
    while not watch.seen:
        app.processEvents()
    elapsed = time.perf_counter() - start
    view.viewport().removeEventFilter(watch)
    return elapsed


def gui(store: Store) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.views.community_tab import CommunityTab
    from app.views.context import DataSignals, ViewContext
    from app.views.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    tab = CommunityTab(ViewContext(store, TaskRunner(synchronous=True), DataSignals()))
    tab.resize(1400, 860)
    tab.show()
    app.processEvents()
    page = tab.members

    def report(label: str, seconds: float) -> None:
        print(f"{label:<52} {seconds * 1000:8.1f} ms   rows {page.model.rowCount()}")

    report("GUI: open members page → first rows painted", painted(app, page.view, lambda: tab.show_page(page)))
    typed = ""
    for char in "王小花":
        typed += char

        def type_one(text: str = typed) -> None:
            page.search.setText(text)
            page.apply_search()  # what the debounce timer calls 150 ms after the last key

        report(f"GUI: keystroke '{typed}' → rows painted", painted(app, page.view, type_one))
    report("GUI: segment filter → rows painted", painted(app, page.view, lambda: page.set_filter("segment", "core")))
    report("GUI: clear search → rows painted", painted(app, page.view, lambda: (page.search.clear(), page.apply_search())))
    header = page.view.horizontalHeader()
    column = [c.key for c in page.model.query.columns].index("spend")
    where = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    for n in (1, 2):  # first click sorts ascending, the second descending
        report(f"GUI: click header 消费金额 ({n}) → sorted rows painted", painted(
            app, page.view, lambda: QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)))
    tab.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--no-gui", action="store_true", help="skip the members page timings")
    args = parser.parse_args()
    today = dt.date(2026, 11, 26)
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder)) as store:
        start = time.perf_counter()
        fill(store, args.members, today)
        print(f"{'bulk insert ' + str(args.members) + ' members':<52} {(time.perf_counter() - start) * 1000:8.1f} ms")
        start = time.perf_counter()
        counts = segments.recompute_segments(store, today)
        print(f"{'recompute_segments (first, every row changes)':<52} {(time.perf_counter() - start) * 1000:8.1f} ms")
        print("   ", counts, "total", sum(counts.values()))
        timed("recompute_segments (again, nothing changes)", lambda: segments.recompute_segments(store, today))
        timed("open: count + first page (200 rows), no filter", lambda: (
            community.count_members(store), community.member_page(store, limit=200)))
        typed = ""
        for char in "王小花":
            typed += char
            filters = MemberFilter(search=typed, segment="potential")
            n = timed(f"keystroke '{typed}' + segment: count + first page", lambda f=filters: (
                community.count_members(store, f), community.member_page(store, f, limit=200)))[0]
            print(f"    {n} matches")
        tag = MemberFilter(tag="副业")
        timed("tag filter: count + first page", lambda: (community.count_members(store, tag),
                                                          community.member_page(store, tag, limit=200)))
        timed("sort by spend desc: first page", lambda: community.member_page(
            store, order_by="spend", descending=True, limit=200))
        timed("sort by community: first page", lambda: community.member_page(store, order_by="community", limit=200))
        timed("member_ids, all, sorted by last_active", lambda: community.member_ids(store, order_by="last_active"))
        timed("persona (all members)", lambda: community.persona(store), repeat=1)
        with tempfile.TemporaryDirectory() as out:
            timed("write_segment_xlsx(potential)", lambda: write_segment_xlsx(
                Path(out) / "p.xlsx", "potential", segments.segment_members(store, "potential"), translate=untranslated),
                repeat=1)
        if not args.no_gui:
            gui(store)


if __name__ == "__main__":
    main()
