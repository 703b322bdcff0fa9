"""A damaged store and a folder OpsDesk cannot write (issue 16 item 7): plain words pointing to a backup.

The quick check at start catches damage past the header; the CLI and the window both name the
newest good backup, never "已保存的数据不受影响"; failures before the log exists are plain too.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from app.cli import main
from app.models import Account, Platform
from app.store import Store, schema
from app.store.errors import plain_error
from tests.store.unprivileged import as_unprivileged

ROOT = Path(__file__).resolve().parents[2]


def damaged_store_with_a_backup(folder: Path) -> Path:
    """A store whose `account` table page is overwritten (the header still reads), and a good backup."""
    with Store.open(folder) as store:
        with store.writing() as session:
            session.add_all([Account(platform=Platform.douyin, name=f"账号{i}") for i in range(50)])
        backup = store.backup(reason="daily")
    with closing(sqlite3.connect(folder / "opsdesk.db")) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'account'").fetchone()[0]
    with open(folder / "opsdesk.db", "r+b") as raw:
        raw.seek((root - 1) * page_size)
        raw.write(b"\xa5" * page_size)
    return backup


def test_damage_past_the_header_is_caught_at_start(data_dir: Path) -> None:
    backup = damaged_store_with_a_backup(data_dir)
    assert schema.stored_revision(data_dir / "opsdesk.db") is not None  # the header alone looks fine
    with pytest.raises(schema.CorruptStoreError) as caught:
        Store.open(data_dir)
    message = str(caught.value)
    assert "已损坏" in message and "从备份恢复" in message and str(backup) in message


def test_the_cli_points_to_the_newest_good_backup(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = damaged_store_with_a_backup(data_dir)
    code = main(["check", "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    error = json.loads(out)["error"]
    assert "从备份恢复" in error and str(backup) in error
    assert "出错了" not in err and "Traceback" not in err


def test_damage_met_on_a_raw_connection_is_plain(data_dir: Path) -> None:
    damaged = sqlite3.DatabaseError("database disk image is malformed")
    damaged.sqlite_errorname = "SQLITE_CORRUPT"  # type: ignore[attr-defined]
    plain = plain_error(damaged, data_dir / "opsdesk.db")
    assert plain is not None and "从备份恢复" in str(plain)
    assert plain_error(ValueError("a bug"), data_dir / "opsdesk.db") is None


def test_a_logs_folder_that_cannot_be_made_is_said_plainly(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir.mkdir()
    (data_dir / "logs").write_text("a file where the logs folder should be")
    code = main(["check", "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "写日志" in json.loads(out)["error"]
    assert "Traceback" not in err and "出错了" not in err


def test_a_folder_that_cannot_be_written_is_said_plainly(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        done = subprocess.run(
            [*as_unprivileged(), sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())",
             "--data-dir", str(folder), "check"],
            capture_output=True, text=True, cwd=ROOT, check=False, timeout=120,
        )
    finally:
        folder.chmod(0o755)
    assert done.returncode == 2
    assert "用不了" in done.stderr and str(folder) in done.stderr
    assert "Traceback" not in done.stderr and "出错了" not in done.stderr
