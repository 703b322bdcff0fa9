"""How the import stays fast on 100,000-row exports (issue 17 item 4, `bench/import.py`): the
matching works on the parsed columns, not on a dict made per record."""

from __future__ import annotations

from typing import Any

import pytest

from app.services.importing import analyse_file, execute
from app.services.importing.rows import Records
from app.store import Store


def test_matching_an_export_makes_no_dict_per_record(store: Store, make: Any, db: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    real = Records.record
    monkeypatch.setattr(Records, "record", lambda self, at: (made.append(at), real(self, at))[1])
    rows = [make.douyin_row(f"第{i}条作品 干货分享", f"2026-07-{i + 1:02d} 10:00:00", views=str(100 + i))
            for i in range(20)]
    rows.append(make.douyin_row("第3条作品 干货分享", "2026-07-04 10:00:00", views="999"))  # the same work again
    plan = analyse_file(store, make.xlsx("a.xlsx", [make.douyin_headers, *rows]))
    result = execute(store, plan)
    assert made == []
    assert (result.status, result.inserted, result.updated) == ("imported", 20, 1)
    views = {r["title"]: r["views"] for r in db(
        "SELECT p.title, m.views FROM post p JOIN post_metrics m ON m.post_id = p.id")}
    assert len(views) == 20
    assert views["第3条作品 干货分享"] == 999  # the later row of the same work wins
    assert views["第4条作品 干货分享"] == 104


def test_new_rows_bind_only_what_varies_and_get_the_model_defaults_as_literals(
        store: Store, make: Any, db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.models import Post
    from app.services.importing import sqlrows, writer

    statements: list[str] = []
    real = writer.Changes._insert_sql
    monkeypatch.setattr(writer.Changes, "_insert_sql",
                        lambda self, table, bound: statements.append(real(self, table, bound)) or statements[-1])
    path = make.xlsx("a.xlsx", [make.douyin_headers, make.douyin_row("一", "2026-07-01 10:00:00"),
                                make.douyin_row("二", "2026-07-02 10:00:00")])
    result = execute(store, analyse_file(store, path))
    post_sql = next(s for s in statements if s.startswith("INSERT INTO post "))
    # id, title, key, time; the account, the status and the format (two videos) are the same for
    # every row and this export has no platform id or link: literals, like the model defaults
    assert post_sql.count("?") == 4
    assert "'[]'" in post_sql and f"{result.batch_id}" in post_sql and "'published'" in post_sql
    assert "'video'" in post_sql
    snapshot_sql = next(s for s in statements if s.startswith("INSERT INTO post_metrics "))
    assert f"'{result.captured_on}'" in snapshot_sql  # the snapshot day, once
    rows = db("SELECT * FROM post ORDER BY id")
    assert [r["title"] for r in rows] == ["一", "二"]
    assert {(r["account_id"], r["status"], r["format"], r["external_id"], r["url"]) for r in rows} == {
        (rows[0]["account_id"], "published", "video", None, None)}
    assert [r["captured_on"] for r in db("SELECT captured_on FROM post_metrics")] == [str(result.captured_on)] * 2
    for row in rows:
        assert row["import_batch_id"] == result.batch_id and row["created_at"] == row["updated_at"]
        assert row["scenes"] == sqlrows.encode(Post().scenes) and row["topic_id"] is None
    assert sqlrows.literal("it's") == "'it''s'" and sqlrows.literal(None) == "NULL" and sqlrows.literal(2.5) == "2.5"
    # another account's first export with a live among the videos: the format is bound row by row
    statements.clear()
    mixed = make.xlsx("b.xlsx", [make.douyin_headers, make.douyin_row("三", "2026-07-03 10:00:00"),
                                 make.douyin_row("四", "2026-07-04 20:00:00", **{"体裁": "直播"})])
    execute(store, analyse_file(store, mixed, platform="抖音", account="另一个号"))
    assert next(s for s in statements if s.startswith("INSERT INTO post ")).count("?") == 5
    assert {r["title"]: r["format"] for r in db("SELECT title, format FROM post WHERE title IN ('三', '四')")} == {
        "三": "video", "四": "live"}
    with pytest.raises(TypeError):
        sqlrows.literal(float("inf"))


def test_plain_number_columns_are_converted_whole(store: Store, make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.importing import values

    cells: list[Any] = []
    real, real_time = values.parse_count, values._parse_datetime
    monkeypatch.setattr(values, "parse_count", lambda raw: (cells.append(raw), real(raw))[1])
    monkeypatch.setattr(values, "_parse_datetime", lambda raw: (cells.append(raw), real_time(raw))[1])
    rows = [make.douyin_row(f"作品{i}", f"2026-07-{i + 1:02d} 10:00:00", views=str(i)) for i in range(20)]
    plan = analyse_file(store, make.xlsx("a.xlsx", [make.douyin_headers, *rows]))
    assert cells == []  # no cell of 播放量, 点赞量 … nor 发布时间 went through the cell parser
    assert [r["views"] for r in plan.records[0]] == list(range(20))
    rows[7] = make.douyin_row("作品7", "2026-07-08 10:00:00", views="1.2万")
    plan = analyse_file(store, make.xlsx("b.xlsx", [make.douyin_headers, *rows]))
    assert [r["views"] for r in plan.records[0]][6:9] == [6, 12000, 8]  # one odd cell: that column cell by cell


def test_titles_and_rates_with_dashes_are_converted_whole() -> None:
    """抖音 writes `-` for a missing 封面点击率, and every title differs: both columns still go whole."""
    from app.services.importing import rows

    titles = rows.converter("text", "作品名称", "title")
    assert rows._bulk(titles)(("第1条作品", " 暂无 ", "第2条")) == ["第1条作品", None, "第2条"]
    ctr = rows.converter("rate", "封面点击率", "cover_ctr")
    assert rows._bulk(ctr)(("0.05", "-", "0.2")) == [0.05, None, 0.2]


@pytest.mark.parametrize(("kind", "header", "cells"), [
    ("count", "点赞量", ("1", " 2 ", "３", "-1", "0")),
    ("count", "点赞量", ("1", "-1", "1_000", "1e3", "10w+")),
    ("count", "点赞量", ("1", str(10**15), "2")),
    ("count", "粉丝增量", ("-3", "4", "0")),
    ("rate", "完播率", ("0.5", " 0.25", "1", "0")),
    ("rate", "完播率", ("0.5", "nan", "0.2")),
    ("rate", "完播率", ("0.5", "inf", "0.2")),
    ("rate", "完播率", ("0.5", "45.2", "0.2")),
    ("rate", "完播率(%)", ("0.5", "45.2", "1")),
    ("seconds", "平均播放时长", ("6.5", "1e9", "0")),
    ("seconds", "平均播放时长", ("6.5", "-", "12")),
    ("seconds", "平均播放时长", ("-", "-")),
    ("rate", "封面点击率", ("0.05", "-", "0.2", "-")),
    ("rate", "封面点击率", ("0.05", "-", "1.5")),
    ("rate", "封面点击率", ("0.05", "--", "0.2")),
    ("text", "作品名称", ("第1条作品 干货", " 暂无 ", "null", "NULL", "", "-", " 前后有空格的标题 ", "\t\n", "作品")),
    ("text", "作品名称", ("第1条作品", "长" * 2001)),
    ("text", "作品名称", ("第1条作品", 20260701.0, "x")),
])
def test_a_column_converted_whole_gives_what_its_cells_give(kind: str, header: str, cells: tuple[str, ...]) -> None:
    from app.services.importing import rows
    from app.services.importing.values import BadValueError

    field = {"点赞量": "likes", "粉丝增量": "follows_gained", "作品名称": "title"}.get(header, "completion_rate")
    convert = rows.converter(kind, header, field)
    column = rows._Column(0, header, field, convert)
    errors: list[rows.RowError] = []
    whole = rows._convert_column(column, cells, list(range(2, 2 + len(cells))), errors, set())
    one_by_one, refused = [], 0
    for cell in cells:
        try:
            one_by_one.append(convert(cell))
        except BadValueError:
            one_by_one.append(None)
            refused += 1
    assert whole == one_by_one
    assert [type(x) for x in whole] == [type(x) for x in one_by_one]
    assert len(errors) == refused


def test_the_cli_reads_the_file_while_the_engine_and_the_store_load(tmp_path: Any, make: Any) -> None:
    """Registering the commands builds no table (their vocabulary is `app.vocabulary`), so the read starts
    before SQLAlchemy and the models load."""
    import subprocess
    import sys

    path = make.xlsx("a.xlsx", [make.douyin_headers, make.douyin_row("一", "2026-07-01 10:00:00")])
    script = """
import sys, threading
from python_calamine import CalamineWorkbook
import app.services.importing.reader as reader
real_ahead, real_open = reader.read_ahead, CalamineWorkbook.from_path
def ahead(path):
    loaded = any(name in sys.modules for name in ("app.services.importing.service", "app.store.db", "app.models",
                                                  "sqlalchemy"))
    print("ahead", path.name, "engine loaded" if loaded else "before the engine and the store")
    real_ahead(path)
reader.read_ahead = ahead
CalamineWorkbook.from_path = lambda p: (print("read on", threading.current_thread().name), real_open(p))[1]
from app.cli import main
main(sys.argv[1:])
"""
    done = subprocess.run([sys.executable, "-c", script, "--data-dir", str(tmp_path / "data"), "import", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == ["ahead a.xlsx before the engine and the store", "read on read-ahead"]
    assert "read on MainThread" not in lines  # the file was read once, by the worker
    assert "新增 1" in done.stdout


def test_opsdesk_cli_starts_reading_before_its_commands_load(tmp_path: Any, make: Any) -> None:
    """As its own process, `opsdesk-cli import` starts the read before even the command modules load,
    past options given before the file; the file is still read once and imported."""
    import subprocess
    import sys

    path = make.xlsx("a.xlsx", [make.douyin_headers, make.douyin_row("一", "2026-07-01 10:00:00")])
    script = """
import sys, threading
from python_calamine import CalamineWorkbook
import app.services.importing.reader as reader
real_ahead, real_open = reader.read_ahead, CalamineWorkbook.from_path
def ahead(path):
    print("ahead", path.name, "commands loaded" if "app.cli.import_commands" in sys.modules else "first")
    real_ahead(path)
reader.read_ahead = ahead
CalamineWorkbook.from_path = lambda p: (print("read on", threading.current_thread().name), real_open(p))[1]
from app.cli import main
sys.argv = ["opsdesk-cli", *sys.argv[1:]]
main()
"""
    done = subprocess.run([sys.executable, "-c", script, "--data-dir", str(tmp_path / "data"), "import",
                           "--platform", "抖音", str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == ["ahead a.xlsx first", "read on read-ahead"]
    assert "read on MainThread" not in lines and "新增 1" in done.stdout


def test_a_file_changed_after_its_read_ahead_is_read_again(tmp_path: Any, make: Any) -> None:
    import os

    from app.services.importing import reader

    path = make.xlsx("a.xlsx", [make.douyin_headers, make.douyin_row("一", "2026-07-01 10:00:00")])
    reader.read_ahead(path)
    changed = make.xlsx("b.xlsx", [make.douyin_headers, make.douyin_row("二", "2026-07-02 10:00:00")])
    os.replace(changed, path)
    book = reader.read_workbook(path)
    assert book.sheets[0].rows[1][0] == "二"
    assert reader.read_workbook(path).sheets[0].rows[1][0] == "二"  # no stale reading left behind
    reader.read_ahead(tmp_path / "missing.xlsx")
    with pytest.raises(reader.ImportRefusedError):
        reader.read_workbook(tmp_path / "missing.xlsx")


def test_an_accounts_first_export_is_inserted_in_bulk_as_the_matching_would(
        store: Store, make: Any, db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.importing import writer

    looked: list[int] = []
    real = writer._PostIndex.find
    monkeypatch.setattr(writer._PostIndex, "find", lambda self, *a: (looked.append(1), real(self, *a))[1])
    rows = [make.douyin_row(f"第{i}条作品", f"2026-07-01 {8 + i}:00:00", views=str(i), 分享量="-") for i in range(10)]
    rows.append(make.douyin_row("第0条作品", "2026-07-02 08:00:00", views="10w+"))  # same title, another day
    first = execute(store, analyse_file(store, make.xlsx("a.xlsx", [make.douyin_headers, *rows])))
    assert looked == []  # nothing stored and no two rows the same work: no record was looked up
    assert (first.inserted, first.updated) == (11, 0)
    snapshots = db("SELECT p.title, p.title_key, p.status, p.published_at, p.format, m.views, m.shares, m.capped, "
                   "m.extra, m.likes FROM post p JOIN post_metrics m ON m.post_id = p.id ORDER BY p.id")
    assert [s["views"] for s in snapshots] == [*range(10), 100000]
    assert snapshots[0]["published_at"].startswith("2026-07-01 08:00:00") and snapshots[0]["status"] == "published"
    assert (snapshots[0]["format"], snapshots[0]["shares"], snapshots[0]["likes"]) == ("video", None, 12)
    assert snapshots[-1]["capped"] == '["views"]' and snapshots[0]["capped"] is None
    assert snapshots[0]["extra"] == '{"审核状态": "公开"}'
    again = execute(store, analyse_file(store, make.xlsx("b.xlsx", [make.douyin_headers, *rows[:3]]), as_of=None))
    assert len(looked) == 3  # stored posts now: every record is matched
    assert again.inserted == 0


@pytest.mark.parametrize("cells", [
    ("2026-07-01 10:00:00", "2026-07-02T11:30:59", "2026-07-03 00:00:00"),
    ("2026-07-01 10:00:00", "2026-02-30 10:00:00"),
    ("2026-07-01 10:00:00", "1999-12-31 23:59:59"),
    ("2026-07-01 10:00:00", "2026-07-01 10:00+08"),
    ("2026-07-01 10:00:00", "2026/07/01 10:00:00", "2026年07月01日10时"),
    ("2026-07-01 10:00:00", "-"),
])
def test_a_time_column_converted_whole_gives_what_its_cells_give(cells: tuple[str, ...]) -> None:
    from app.services.importing import rows
    from app.services.importing.values import BadValueError

    convert = rows.converter("datetime", "发布时间", "published_at")
    errors: list[rows.RowError] = []
    whole = rows._convert_column(rows._Column(0, "发布时间", "published_at", convert), cells,
                                 list(range(2, 2 + len(cells))), errors, set())
    one_by_one, refused = [], 0
    for cell in cells:
        try:
            one_by_one.append(convert(cell))
        except BadValueError:
            one_by_one.append(None)
            refused += 1
    assert whole == one_by_one and len(errors) == refused
    assert all(x is None or x.tzinfo is None for x in whole)


def test_records_counted_in_bulk_still_report_progress_and_can_cancel() -> None:
    from app.services.importing.writer import PROGRESS_EVERY, Changes

    changes = Changes(cursor=None, batch_id=1)
    seen: list[int] = []
    changes.on_rows = seen.append
    changes.count("inserted", PROGRESS_EVERY + 500)  # one bulk count past a progress step
    changes.count("inserted", 10)
    changes.count("linked", PROGRESS_EVERY)
    assert seen == [PROGRESS_EVERY + 500]
    assert changes.counts["inserted"] == PROGRESS_EVERY + 510


def test_the_collector_rests_while_a_file_is_read_and_imported_and_is_back_after(
        tmp_path: Any, make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 100,000-row import makes about a million containers and no cycles: collections over them (and
    over the engine's objects) cost 0.3 s of CPU for nothing, so `opsdesk-cli import` and every read
    run with the collector off, and leave it as they found it."""
    import gc

    from app.cli import main
    from app.services.importing import reader, writer

    seen: list[tuple[str, bool]] = []
    real_read, real_write = reader._read_workbook, writer.Changes.write
    monkeypatch.setattr(reader, "_read_workbook", lambda path: (seen.append(("read", gc.isenabled())), real_read(path))[1])
    monkeypatch.setattr(writer.Changes, "write", lambda self, *a: (seen.append(("write", gc.isenabled())), real_write(self, *a))[1])
    real_open = Store.open.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(Store, "open", classmethod(
        lambda cls, *a, **k: (seen.append(("open", gc.isenabled())), real_open(cls, *a, **k))[1]))
    path = make.xlsx("a.xlsx", [make.douyin_headers, make.douyin_row("一", "2026-07-01 10:00:00")])
    assert gc.isenabled()
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(path)]) == 0
    assert seen == [("read", False), ("open", False), ("write", False)]
    assert gc.isenabled()
    reader.read_workbook(path)  # the import dialog's reading, on its worker
    assert seen[-1] == ("read", False) and gc.isenabled()


def test_the_collector_stays_off_until_the_last_pause_ends_in_any_thread() -> None:
    """A read-ahead thread that finishes while the command imports must not switch the collector back on."""
    import gc
    import threading

    from app.services.importing.reader import gc_paused

    assert gc.isenabled()
    entered, leave = threading.Event(), threading.Event()

    def read_ahead() -> None:
        with gc_paused():
            entered.set()
            leave.wait(10)

    reader = threading.Thread(target=read_ahead)
    reader.start()
    entered.wait(10)
    with gc_paused():  # the command's import, begun while the read is still going
        leave.set()
        reader.join(10)
        assert not gc.isenabled()  # the read ended inside the import: still off
    assert gc.isenabled()
