"""The store's other promises: one instance per folder, constraints, settings, paths, resources."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from app.models import Account, AccountDaily, Platform, Post, PostMetrics
from app.resources import resource_path, resources_root
from app.store import Store, StoreLockedError
from app.store.paths import resolve_data_dir, sync_folder_of


def test_a_second_instance_on_the_same_folder_is_refused(data_dir: Path) -> None:
    first = Store.open(data_dir, exclusive=True)
    try:
        with pytest.raises(StoreLockedError) as caught:
            Store.open(data_dir, exclusive=True)
        assert "已经在使用" in str(caught.value)
    finally:
        first.close()
    Store.open(data_dir, exclusive=True).close()


def test_the_lock_holds_across_processes(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from app.store import Store
            s = Store.open({str(data_dir)!r}, exclusive=True)
            print("locked", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreLockedError):
            Store.open(data_dir, exclusive=True)
    finally:
        holder.communicate("\n", timeout=30)
    Store.open(data_dir, exclusive=True).close()


def _account(store: Store) -> int:
    with store.writing() as session:
        account = Account(platform=Platform.douyin, name="小美研究所")
        session.add(account)
        session.flush()
        assert account.id is not None
        return account.id


def test_one_snapshot_per_post_per_date(store: Store) -> None:
    account_id = _account(store)
    with store.writing() as session:
        post = Post(account_id=account_id, title="第一条视频")
        session.add(post)
        session.flush()
        session.add(PostMetrics(post_id=post.id, captured_on=dt.date(2026, 11, 1), views=10))
    with pytest.raises(IntegrityError), store.writing() as session:
        session.add(PostMetrics(post_id=post.id, captured_on=dt.date(2026, 11, 1), views=20))


def test_one_daily_row_per_account_per_day(store: Store) -> None:
    account_id = _account(store)
    with store.writing() as session:
        session.add(AccountDaily(account_id=account_id, day=dt.date(2026, 11, 1), followers_total=100))
    with pytest.raises(IntegrityError), store.writing() as session:
        session.add(AccountDaily(account_id=account_id, day=dt.date(2026, 11, 1), followers_total=101))


def test_platform_ids_are_unique_per_account_but_may_be_missing(store: Store) -> None:
    account_id = _account(store)
    with store.writing() as session:
        session.add_all([Post(account_id=account_id, title="a"), Post(account_id=account_id, title="b")])
        session.add(Post(account_id=account_id, title="c", external_id="export/1"))
    with pytest.raises(IntegrityError), store.writing() as session:
        session.add(Post(account_id=account_id, title="d", external_id="export/1"))


def test_foreign_keys_are_enforced_and_failed_writes_leave_nothing(store: Store) -> None:
    with pytest.raises(IntegrityError), store.writing() as session:
        session.add(Account(platform=Platform.wechat, name="会回滚"))
        session.flush()
        session.add(Post(account_id=99999, title="没有账号"))
    assert store.is_empty()


def test_times_are_local_without_zone(store: Store) -> None:
    account_id = _account(store)
    when = dt.datetime(2026, 7, 26, 3, 33, 18)
    with store.writing() as session:
        session.add(Post(account_id=account_id, title="t", published_at=when))
    with store.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT published_at FROM post").scalar_one()
    assert stored.startswith("2026-07-26 03:33:18")


def test_settings_round_trip_through_the_store(store: Store) -> None:
    assert store.setting("topics.weights") is None
    store.set_setting("topics.weights", {"timeliness": 1, "value": 2, "conversion": 1})
    store.set_setting("language", "en")
    assert store.setting("topics.weights") == {"timeliness": 1, "value": 2, "conversion": 1}
    assert store.setting("language") == "en"


def test_data_dir_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OPSDESK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir() == (tmp_path / "env").resolve()
    assert resolve_data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()
    monkeypatch.delenv("OPSDESK_DATA_DIR")
    assert resolve_data_dir().name == "OpsDesk"


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("/home/a/OneDrive/OpsDesk", "OneDrive"),
        ("/Users/a/Library/Mobile Documents/com~apple~CloudDocs/x", "Mobile Documents"),
        ("/home/a/坚果云/运营", "坚果云"),
        ("/home/a/Dropbox/data", "Dropbox"),
        ("/home/a/Documents/OpsDesk", None),
    ],
)
def test_sync_folders_are_recognised(folder: str, expected: str | None) -> None:
    assert sync_folder_of(Path(folder)) == expected


def test_resources_are_found_from_the_source_tree() -> None:
    assert resources_root().is_dir()
    assert resource_path("i18n").parent == resources_root()


def test_numbers_and_texts_read_back_as_stored(store: Store) -> None:
    for key, value in [("backup.keep", 5), ("ratio", 1.5), ("language", "en"), ("flag", True),
                       ("empty", None), ("plan", {"douyin": 7}), ("list", [1, "二"])]:
        store.set_setting(key, value)
        assert store.setting(key, "missing") == value, key


def test_a_new_store_gets_16_kib_pages_and_an_older_store_keeps_its_own(store: Store, tmp_path: Path) -> None:
    import sqlite3

    from app.store.db import PAGE_SIZE

    def page_size(db_file: Path) -> int:
        with sqlite3.connect(db_file) as conn:
            return int(conn.execute("PRAGMA page_size").fetchone()[0])

    assert page_size(store.db_file) == PAGE_SIZE == 16384
    older = tmp_path / "older"
    older.mkdir()
    with sqlite3.connect(older / "opsdesk.db") as conn:  # a store made before: SQLite's 4 KiB pages
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("VACUUM")
    reopened = Store.open(older)
    try:
        assert page_size(reopened.db_file) == 4096
        assert reopened.setting("language", "zh") == "zh"  # migrated to head and usable
    finally:
        reopened.close()
