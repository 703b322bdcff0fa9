"""The local store: data directory, engine and sessions, schema migrations, backups, lock, settings.

`Store.open()` is the one way in for the GUI, the CLI and tests: it makes the directory, refuses a
corrupt or newer file, backs up and migrates when due, and hands out units of work: `reading()` and
`writing()` are the only ways to the data outside this package (one connection for the ORM, Core
and bulk cursors; `writing()` takes the single-writer lock itself).

Opening a store that needs no migration imports neither SQLAlchemy nor the models (only sqlite3):
the window paints first, the engine comes when a tab first asks for data (DESIGN §6 start-up).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.store import backup as backups
from app.store import schema
from app.store.paths import db_path, resolve_data_dir, sync_folder_of
from app.store.writer import write_lock

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from app.store.db import UnitOfWork
    from app.store.lock import InstanceLock

log = logging.getLogger(__name__)

__all__ = [
    "Store",
    "StoreLockedError",
    "UserError",
    "resolve_data_dir",
]


def __getattr__(name: str) -> Any:
    # StoreLockedError lives with filelock, which is imported only when a lock is taken.
    if name == "StoreLockedError":
        from app.store.lock import StoreLockedError

        return StoreLockedError
    raise AttributeError(name)


class DataDirError(UserError):
    pass


class Store:
    """An open store in one data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.db_file = db_path(data_dir)
        self._engine: Engine | None = None
        self._lock: InstanceLock | None = None

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, *, exclusive: bool = False) -> Store:
        """Open (creating and migrating as needed); `exclusive` takes the one-instance lock."""
        store = cls(resolve_data_dir(data_dir))
        try:
            store.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataDirError(
                QT_TRANSLATE_NOOP("errors", "无法创建数据文件夹 {folder}：{reason}。请换一个有写入权限的位置。"),
                folder=str(store.data_dir),
                reason=exc.strerror or str(exc),
            ) from exc
        if exclusive:
            from app.store.lock import InstanceLock

            store._lock = InstanceLock(store.data_dir)
            store._lock.acquire()
        try:
            store._clean_leftovers()
            schema.quick_check(store.db_file)
            store.ensure_schema()
        except UserError:
            store.close()
            raise
        except Exception as exc:
            store.close()
            # The folder or the file cannot be written (permissions, a read-only disk): not a bug.
            cause = getattr(exc, "orig", None) or exc
            if not isinstance(cause, OSError | sqlite3.OperationalError):
                raise
            raise DataDirError(
                QT_TRANSLATE_NOOP("errors", "数据文件夹 {folder} 用不了：{reason}。请检查它的写入权限，或换一个位置。"),
                folder=str(store.data_dir),
                reason=getattr(cause, "strerror", None) or str(cause),
            ) from exc
        except BaseException:
            store.close()
            raise
        return store

    def _clean_leftovers(self) -> None:
        """Remove what a crashed backup or restore left, when no other OpsDesk has the folder."""
        from app.store.lock import StoreLockedError

        try:
            with self.alone(QT_TRANSLATE_NOOP("errors", "OpsDesk 正在使用数据文件夹 {folder}。")):
                backups.clean_leftovers(self.data_dir)
        except StoreLockedError:
            return

    @contextmanager
    def alone(self, refusal: str) -> Iterator[None]:
        """Hold the folder's instance lock for a block that replaces the whole store.

        The window holds that lock while it is open, so a CLI `restore` or `demo --force` beside it is
        refused with `refusal` (a marked template with `{folder}`) before anything changes.
        """
        if self._lock is not None:
            yield
            return
        from app.store.lock import InstanceLock, StoreLockedError

        lock = InstanceLock(self.data_dir)
        try:
            lock.acquire()
        except StoreLockedError as exc:
            raise StoreLockedError(refusal, folder=str(self.data_dir)) from exc
        try:
            yield
        finally:
            lock.release()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from app.store.db import create_store_engine

            self._engine = create_store_engine(self.db_file)
        return self._engine

    def ensure_schema(self) -> bool:
        """Migrate when the file is behind the code; True when a migration ran."""
        if not schema.migration_due(self.db_file):
            return False
        if schema.stored_revision(self.db_file) is not None:
            backups.backup(self.db_file, reason="before-migration")
        log.info("migrating %s to %s", self.db_file, schema.head_revision())
        schema.upgrade(self.engine)
        return True

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A unit of work that reads (ORM, `connection()` for Core, `cursor()` for the driver's)."""
        from app.store.db import read_session

        with read_session(self.engine) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[UnitOfWork]:
        """One write transaction through the single writer: the lock taken, BEGIN IMMEDIATE, committed
        as a whole or rolled back as a whole."""
        from app.store.db import write_session

        with write_session(self.engine) as session:
            yield session

    @contextmanager
    def holding_writes(self) -> Iterator[None]:
        """Keep every writer, in this process and in others, waiting while the block runs.

        For copies that must match the original afterwards (moving the data folder): SQLite's own
        write lock is held, so a CLI import beside the window waits instead of landing in between.
        """
        from app.store.db import BUSY_TIMEOUT_MS

        with write_lock(), closing(sqlite3.connect(self.db_file, timeout=BUSY_TIMEOUT_MS / 1000,
                                                   isolation_level=None)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            finally:
                conn.execute("ROLLBACK")

    def backup(self, dest: Path | None = None, *, reason: str = "manual") -> Path:
        keep = int(self.setting("backup.keep", backups.DEFAULT_KEEP))
        return backups.backup(self.db_file, dest, reason=reason, keep=keep)

    def backup_if_due(self) -> Path | None:
        """The daily automatic backup; run it on a worker, never on start-up's path."""
        if not backups.backup_due(self.data_dir):
            return None
        return self.backup(reason="daily")

    def restore(self, source: Path) -> Path | None:
        """Replace the data with a backup (the current data is backed up first).

        Refused, changing nothing, while another OpsDesk (the window) has the folder open.
        """
        backups.check_restorable(source)
        with self.alone(QT_TRANSLATE_NOOP(
            "errors", "OpsDesk 窗口正开着这个数据文件夹 {folder}，没有恢复，数据没有改动。请先关掉窗口再恢复。"
        )):
            self.dispose()
            with write_lock():
                safety = backups.restore(self.db_file, source)
            self.ensure_schema()
        return safety

    def setting(self, key: str, default: Any = None) -> Any:
        from app.store.settings import read_setting

        return read_setting(self.db_file, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        from app.store.settings import set_setting

        set_setting(self.engine, key, value)

    def sync_folder(self) -> str | None:
        return sync_folder_of(self.data_dir)

    def is_empty(self) -> bool:
        """True when the operator has no content yet (no account, post or topic)."""
        with closing(backups.connect_source(self.db_file)) as conn:
            return not any(conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
                           for table in ("account", "post", "topic"))

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def close(self) -> None:
        self.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
