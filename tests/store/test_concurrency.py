"""Several processes on one data folder (issue 16 items 3 and 4): real processes, real files.

The window holds the folder's instance lock for its lifetime; writers in any process begin
IMMEDIATE and wait for one another; restore and `demo --force` refuse beside an open window.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import select

from app.cli import main
from app.models import Account, Platform
from app.store import Store
from app.store import db as store_db
from app.store.lock import InstanceLock

HEADERS = ["作品名称", "发布时间", "体裁", "播放量", "完播率", "点赞量"]
ROOT = Path(__file__).resolve().parents[2]


def cli_process(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    """`opsdesk-cli` as its own process, as the operator starts it from a terminal."""
    return subprocess.Popen(
        [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())",
         "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )


def export_file(path: Path, prefix: str, rows: int) -> Path:
    book = openpyxl.Workbook()
    book.active.append(HEADERS)
    for i in range(rows):
        book.active.append([f"{prefix}作品{i}", f"2026-07-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00",
                            "视频", str(100 + i), "0.3", str(i)])
    book.save(path)
    return path


def count(db_file: Path, table: str) -> int:
    with sqlite3.connect(db_file) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def hold_write_transaction(db_file: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process that writes and keeps its write transaction open for `seconds`."""
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, time
            conn = sqlite3.connect({str(db_file)!r}, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO setting (key, value) VALUES ('held', '1')")
            print("holding", flush=True)
            time.sleep({seconds})
            conn.execute("COMMIT")
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


def test_restore_beside_an_open_window_refuses_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        saved = store.backup(tmp_path / "saved.db")
        store.set_setting("after.backup", 1)
    before = count(folder / "opsdesk.db", "setting")
    window = InstanceLock(folder)
    window.acquire()
    try:
        restore = cli_process(folder, "restore", str(saved))
        out, err = restore.communicate(timeout=120)
    finally:
        window.release()
    assert restore.returncode == 2, err
    assert "窗口正开着这个数据文件夹" in err and "请先关掉窗口再恢复" in err
    assert "Traceback" not in err
    assert count(folder / "opsdesk.db", "setting") == before
    assert not list((folder / "backups").glob("*before-restore*"))


def test_demo_force_beside_an_open_window_refuses(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store, store.writing() as session:
        session.add(Account(platform=Platform.douyin, name="我的号"))
    window = InstanceLock(folder)
    window.acquire()
    try:
        demo = cli_process(folder, "demo", "--force")
        _, err = demo.communicate(timeout=120)
    finally:
        window.release()
    assert demo.returncode == 2, err
    assert "请先关掉窗口" in err
    assert count(folder / "opsdesk.db", "account") == 1


def test_an_import_waits_for_another_process_writing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.open(folder).close()
    export = export_file(tmp_path / "作品列表导出.xlsx", "甲", 20)
    holder = hold_write_transaction(folder / "opsdesk.db", 2.0)
    try:
        importer = cli_process(folder, "import", str(export), "--json")
        out, err = importer.communicate(timeout=120)
    finally:
        holder.wait(timeout=60)
    assert importer.returncode == 0, err
    assert json.loads(out)["files"][0]["inserted"] == 20
    assert count(folder / "opsdesk.db", "post") == 20


def test_two_imports_at_once_both_land(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store, store.writing() as session:
        session.add(Account(platform=Platform.douyin, name="小美", is_own=True))
    first = export_file(tmp_path / "甲作品列表导出.xlsx", "甲", 1500)
    second = export_file(tmp_path / "乙作品列表导出.xlsx", "乙", 1500)
    runs = [cli_process(folder, "import", str(f), "--json", "--account", "小美") for f in (first, second)]
    results = [(p.communicate(timeout=300), p.returncode) for p in runs]
    for (out, err), code in results:
        assert code == 0, err
        assert "出错了" not in err
        assert json.loads(out)["files"][0]["status"] == "imported"
    assert count(folder / "opsdesk.db", "post") == 3000


def test_a_write_that_waits_too_long_says_busy_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    Store.open(folder).close()
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 300)
    holder = hold_write_transaction(folder / "opsdesk.db", 3.0)
    try:
        code = main(["--data-dir", str(folder), "import", str(export_file(tmp_path / "作品列表导出.xlsx", "丙", 3)),
                     "--json"])
    finally:
        holder.wait(timeout=60)
    out, err = capsys.readouterr()
    assert code == 2
    refused = json.loads(out)["files"][0]  # a busy store refuses that file, like any unusable file
    assert refused["status"] == "refused"
    assert "另一个导入或写入正在进行" in refused["message"]
    assert "另一个导入或写入正在进行" in err
    assert "出错了" not in err
    assert count(folder / "opsdesk.db", "post") == 0


def test_commits_are_durable_before_success_is_reported(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_reads_do_not_take_the_write_lock(store: Store) -> None:
    """A read beside a writer in another process neither waits nor fails."""
    holder = hold_write_transaction(store.db_file, 3.0)
    try:
        started = time.monotonic()
        with store.reading() as session:
            assert list(session.exec(select(Account))) == []
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=60)
    assert waited < 2.0


def test_moving_the_folder_keeps_other_processes_writers_waiting(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import data_folder

    attempts: list[str] = []
    real_backup = data_folder.backups.backup

    def copy_while_another_process_writes(source: Path, dest: Path | None = None, **kwargs: object) -> Path:
        if dest is not None and dest.name == "opsdesk.db":  # the copy into the new folder
            other = subprocess.run(
                [sys.executable, "-c", textwrap.dedent(f"""
                    import sqlite3
                    conn = sqlite3.connect({str(source)!r}, timeout=0.3, isolation_level=None)
                    try:
                        conn.execute("BEGIN IMMEDIATE")
                        conn.execute("INSERT INTO setting (key, value) VALUES ('between', '1')")
                        conn.execute("COMMIT")
                        print("wrote")
                    except sqlite3.OperationalError as exc:
                        print(exc)
                """)],
                capture_output=True, text=True, check=True, timeout=60,
            )
            attempts.append(other.stdout.strip())
        return real_backup(source, dest, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(data_folder.backups, "backup", copy_while_another_process_writes)
    data_folder.copy_data_folder(store, tmp_path / "moved")
    assert attempts == ["database is locked"]
