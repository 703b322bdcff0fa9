"""Backups and restore (DESIGN §7): integrity-checked copies, pruning, a safe restore."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlmodel import select

from app import clock
from app.models import Account, Platform
from app.store import Store
from app.store import backup as backups
from tests.store.unprivileged import as_unprivileged


def _add_account(store: Store, name: str) -> None:
    with store.writing() as session:
        session.add(Account(platform=Platform.douyin, name=name))


def _account_names(store: Store) -> list[str]:
    with store.reading() as session:
        return sorted(a.name for a in session.exec(select(Account)))


def test_backup_copies_the_live_store_and_checks_it(store: Store) -> None:
    _add_account(store, "小美研究所")
    path = store.backup()
    assert path.parent == store.data_dir / "backups"
    assert backups.integrity(path) == "ok"
    copy = Store(path.parent)
    copy.db_file = path
    assert _account_names(copy) == ["小美研究所"]
    copy.dispose()


def test_backup_to_a_chosen_file(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "my.db"
    assert store.backup(target) == target
    assert backups.integrity(target) == "ok"


def test_only_the_newest_automatic_backups_are_kept(store: Store) -> None:
    for _ in range(backups.DEFAULT_KEEP + 3):
        store.backup(reason="daily")
    assert len(backups.list_backups(store.data_dir)) == backups.DEFAULT_KEEP


def test_daily_backup_is_due_once_a_day(store: Store) -> None:
    assert backups.backup_due(store.data_dir)
    assert store.backup_if_due() is not None
    assert store.backup_if_due() is None
    assert backups.backup_due(store.data_dir, today=clock.today() + dt.timedelta(days=1))


def test_restore_brings_back_the_backed_up_data(store: Store) -> None:
    _add_account(store, "早期账号")
    saved = store.backup()
    _add_account(store, "后来的账号")
    safety = store.restore(saved)
    assert _account_names(store) == ["早期账号"]
    assert safety is not None and backups.integrity(safety) == "ok"


def test_restore_refuses_a_bad_file_and_keeps_the_data(store: Store, tmp_path: Path) -> None:
    _add_account(store, "不能丢")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 500)
    with pytest.raises(backups.BackupError):
        store.restore(junk)
    with pytest.raises(backups.BackupError):
        store.restore(tmp_path / "missing.db")
    assert _account_names(store) == ["不能丢"]


def _wal_store_with_unsaved_rows(folder: Path, rows: int) -> tuple[Path, sqlite3.Connection]:
    """A store whose last rows are only in its `-wal` (a connection still open, no checkpoint)."""
    with Store.open(folder) as source:
        _add_account(source, "源账号")
    conn = sqlite3.connect(folder / "opsdesk.db", isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("BEGIN")
    for i in range(rows):
        conn.execute("INSERT INTO setting (key, value) VALUES (?, '1')", (f"选题{i}",))
    conn.execute("COMMIT")
    assert (folder / "opsdesk.db-wal").stat().st_size > 0
    return folder / "opsdesk.db", conn


def test_restore_keeps_rows_still_in_the_sources_wal(store: Store, tmp_path: Path) -> None:
    source, writer = _wal_store_with_unsaved_rows(tmp_path / "other", 380)
    try:
        store.restore(source)
    finally:
        writer.close()
    with closing(sqlite3.connect(store.db_file)) as conn:
        assert conn.execute("SELECT count(*) FROM setting").fetchone()[0] == 380
    assert _account_names(store) == ["源账号"]


def test_backup_of_a_store_with_wal_content_is_complete_and_alone(store: Store) -> None:
    for i in range(30):
        _add_account(store, f"账号{i}")
    path = store.backup(reason="daily")
    assert not [p for p in path.parent.iterdir() if p.name != path.name]  # no -wal, -shm or .part
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 30


def test_a_good_backup_on_read_only_media_is_restored(store: Store, tmp_path: Path) -> None:
    _add_account(store, "光盘里的账号")
    store.close()  # checkpointed: the whole store is in the file
    media = tmp_path / "media"
    media.mkdir()
    backup = media / "opsdesk.db"
    shutil.copyfile(store.db_file, backup)  # a WAL-mode file, as earlier builds left their backups
    assert backup.read_bytes()[18:20] == b"\x02\x02"
    with Store.open(store.data_dir) as later:
        _add_account(later, "之后加的")
    backup.chmod(0o444)
    media.chmod(0o555)
    try:
        done = subprocess.run(
            [*as_unprivileged(), sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())",
             "--data-dir", str(store.data_dir), "restore", str(backup)],
            capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], check=False, timeout=120,
        )
    finally:
        media.chmod(0o755)
    assert done.returncode == 0, done.stderr
    reopened = Store.open(store.data_dir)
    assert _account_names(reopened) == ["光盘里的账号"]
    reopened.close()


def test_leftovers_of_crashed_backups_and_restores_are_cleaned_at_start(data_dir: Path) -> None:
    Store.open(data_dir).close()
    folder = data_dir / "backups"
    folder.mkdir()
    leftovers = [folder / "opsdesk-20261101-090000-daily.db.part", folder / "opsdesk-20261101-090000-daily.db.part-wal",
                 folder / "my.db.part", data_dir / "opsdesk.db.restoring"]
    for path in leftovers:
        path.write_bytes(b"half")
    Store.open(data_dir).close()
    assert not [p for p in leftovers if p.exists()]


def test_leftovers_stay_while_another_opsdesk_has_the_folder(data_dir: Path) -> None:
    window = Store.open(data_dir, exclusive=True)
    try:
        part = data_dir / "backups" / "opsdesk-20261101-090000-daily.db.part"
        part.parent.mkdir()
        part.write_bytes(b"being written by the window")
        Store.open(data_dir).close()
        assert part.exists()
    finally:
        window.close()


def test_pruning_removes_old_backups_companions(store: Store) -> None:
    for _ in range(3):
        store.backup(reason="daily")
    oldest = backups.list_backups(store.data_dir)[-1]
    companions = [oldest.with_name(oldest.name + s) for s in ("-wal", "-shm")]
    for path in companions:
        path.write_bytes(b"")
    backups.prune(store.data_dir, keep=2)
    assert not oldest.exists()
    assert not [p for p in companions if p.exists()]


def test_backups_made_in_wal_mode_lose_their_companions_at_start(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        _add_account(store, "老备份")
    old = data_dir / "backups" / "opsdesk-20261101-090000-daily.db"
    old.parent.mkdir()
    shutil.copyfile(data_dir / "opsdesk.db", old)
    (old.parent / (old.name + "-shm")).write_bytes(b"")
    Store.open(data_dir).close()
    assert sorted(p.name for p in old.parent.iterdir()) == [old.name]
    assert backups.integrity(old) == "ok"


def test_daily_backup_due_by_the_time_in_the_backups_name(store: Store, fixed_clock: dt.datetime) -> None:
    path = store.backup(reason="daily")
    assert path.name == f"opsdesk-{fixed_clock:%Y%m%d-%H%M%S}-daily.db"
    os.utime(path, (0, 0))  # the file's time says 1970: it must not matter
    assert not backups.backup_due(store.data_dir, today=fixed_clock.date())
    assert backups.backup_due(store.data_dir, today=fixed_clock.date() + dt.timedelta(days=1))
    clock.fix(fixed_clock + dt.timedelta(days=1))
    assert store.backup_if_due() is not None
