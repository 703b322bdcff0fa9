"""The `opsdesk` entry point: --screenshot, one instance per data folder, unusable stores."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from app.store import Store
from app.store.lock import InstanceLock
from tests.views.conftest import seed_store

TAB_NAMES = ["calendarTab", "topicsTab", "draftsTab", "communityTab", "chartsTab", "campaignsTab", "reviewTab"]


def run_gui(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          timeout=timeout, check=False)


def test_screenshot_saves_every_tab_and_exits_0(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        seed_store(store)
    out = tmp_path / "shots"
    result = run_gui("--data-dir", str(tmp_path / "data"), "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.png" for n in TAB_NAMES)
    for name in TAB_NAMES:
        image = QImage(str(out / f"{name}.png"))
        assert (image.width(), image.height()) == (1400, 900), name
    # the tabs differ from one another: each screenshot shows its own page
    sizes = {(out / f"{n}.png").read_bytes() for n in TAB_NAMES}
    assert len(sizes) == 7


def test_screenshot_on_an_empty_store_asks_nothing(tmp_path: Path) -> None:
    result = run_gui("--data-dir", str(tmp_path / "data"), "--screenshot", str(tmp_path / "shots"))
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "shots").glob("*.png"))) == 7


def test_second_instance_on_the_same_folder_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        result = run_gui("--data-dir", str(folder), "--screenshot", str(tmp_path / "shots"))
    finally:
        lock.release()
    assert result.returncode == 1
    assert "已经在使用数据文件夹" in result.stderr
    assert not (tmp_path / "shots").exists()


def test_unusable_store_exits_2_with_a_plain_message(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "opsdesk.db").write_bytes(b"this is not a database" * 100)
    result = run_gui("--data-dir", str(folder), "--screenshot", str(tmp_path / "shots"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_a_damaged_store_points_to_the_newest_backup(tmp_path: Path) -> None:
    from tests.store.test_damage import damaged_store_with_a_backup

    folder = tmp_path / "data"
    backup = damaged_store_with_a_backup(folder)
    result = run_gui("--data-dir", str(folder), "--screenshot", str(tmp_path / "shots"))
    assert result.returncode == 2
    assert "从备份恢复" in result.stderr and str(backup) in result.stderr
    assert "已保存的数据不受影响" not in result.stderr and "Traceback" not in result.stderr


def test_a_logs_folder_that_cannot_be_made_exits_2_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "logs").write_text("not a folder")
    result = run_gui("--data-dir", str(folder), "--screenshot", str(tmp_path / "shots"))
    assert result.returncode == 2
    assert "写日志" in result.stderr
    assert "Traceback" not in result.stderr


def test_damage_found_while_running_is_not_called_a_bug(tmp_path: Path, monkeypatch) -> None:
    import sqlite3

    from app.views import errors

    shown: list[str] = []
    monkeypatch.setattr(errors, "show_user_error", lambda exc, parent=None: shown.append(str(exc)))
    monkeypatch.setattr(errors.ExceptionHook, "_show", lambda self, exc: shown.append("已保存的数据不受影响"))
    hook = errors.ExceptionHook(tmp_path / "opsdesk.log", db_file=tmp_path / "opsdesk.db")
    damaged = sqlite3.DatabaseError("database disk image is malformed")
    damaged.sqlite_errorname = "SQLITE_CORRUPT"
    hook(type(damaged), damaged, None)
    assert len(shown) == 1 and "从备份恢复" in shown[0]


START_UP_PROBE = """
import gc, sys
from app import gui

LATER = ("app.views.watch.window", "app.report", "xlsxwriter", "holidays", "lunar_python", "jieba", "pandas",
         "pyqtgraph", "openpyxl", "app.views.topics_tab")
bench_hook = gui._quit_after_first_paint

def probe(app, window):
    window.contentReady.connect(lambda: print("collector while building:", gc.isenabled()))
    bench_hook(app, window)
    window.firstTabPainted.connect(lambda: print(
        "imported at first tab paint:", ",".join(m for m in ("app.views.calendar_tab", *LATER) if m in sys.modules),
        "| collector:", gc.isenabled(), "| frozen:", gc.get_freeze_count() > 10_000))

gui._quit_after_first_paint = probe
sys.exit(gui.main(["--data-dir", sys.argv[1], "--quit-after-paint"]))
"""


def test_start_up_paints_the_calendar_before_loading_what_other_tabs_and_background_work_need(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        seed_store(store)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", START_UP_PROBE, str(tmp_path / "data")], capture_output=True,
                            text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "collector while building: False" in result.stdout
    # the watch window, printed documents, hot-date libraries, jieba and the other tabs come after
    assert "imported at first tab paint: app.views.calendar_tab | collector: True | frozen: True" in result.stdout
    assert re.search(r"first paint after [0-9.]+ s \(cpu [0-9.]+ s\); first tab filled after [0-9.]+ s",
                     result.stdout)
