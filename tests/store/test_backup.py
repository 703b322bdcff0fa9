"""Backups and restore (DESIGN §7): integrity-checked copies, pruning, a safe restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import select

from app.models import Account, Platform
from app.store import Store
from app.store import backup as backups


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
    assert backups.backup_due(store.data_dir, today=dt.date.today() + dt.timedelta(days=1))


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
