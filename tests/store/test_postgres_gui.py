"""The window on a team store (issue 21): `opsdesk --database-url` opens it and paints every tab with
its data; a server that cannot be reached is named, and the operator may open the local store instead."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import gui
from app.store import Store
from app.store.server import ServerUnreachableError
from tests.postgres import Cluster

UNREACHABLE = "postgresql+psycopg://opsdesk@127.0.0.1:9/opsdesk"
TAB_NAMES = ["calendarTab", "topicsTab", "draftsTab", "communityTab", "chartsTab", "campaignsTab", "reviewTab"]


def run_gui(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, check=False,
                          env={**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"}, timeout=240)


def test_the_window_opens_a_demo_team_store_and_paints_every_tab(pg_cluster: Cluster, tmp_path: Path) -> None:
    from app.services.demo import fill_demo

    url = pg_cluster.url(pg_cluster.create_database())
    with Store.open(tmp_path / "logs", database_url=url) as team:
        fill_demo(team)
    out = tmp_path / "shots"
    result = run_gui("--database-url", url, "--screenshot", str(out), env={"OPSDESK_DATA_DIR": str(tmp_path / "logs")})
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.png" for n in TAB_NAMES)
    assert not (tmp_path / "logs" / "opsdesk.db").exists()


def test_an_unreachable_server_at_start_is_named_and_exits_2(tmp_path: Path) -> None:
    result = run_gui("--database-url", UNREACHABLE, "--screenshot", str(tmp_path / "shots"),
                     env={"OPSDESK_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "连不上团队数据库 127.0.0.1:9" in result.stderr
    assert not (tmp_path / "shots").exists()


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _answer(button, seen))
        return
    seen.append(box.text())
    box.button(button).click()


@pytest.mark.parametrize("button", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_the_operator_may_open_the_local_store_instead(qapp: QApplication, data_dir: Path,
                                                       button: QMessageBox.StandardButton) -> None:
    args = argparse.Namespace(data_dir=None, database_url=UNREACHABLE)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer(button, seen))
    if button == QMessageBox.StandardButton.No:
        with pytest.raises(ServerUnreachableError):
            gui.open_chosen_store(args, quiet=False)
        assert not (data_dir / "opsdesk.db").exists()
    else:
        store = gui.open_chosen_store(args, quiet=False)
        try:
            assert not store.is_server and store.db_file == data_dir.resolve() / "opsdesk.db"
        finally:
            store.close()
    assert len(seen) == 1 and "127.0.0.1:9" in seen[0] and "本地数据" in seen[0]
