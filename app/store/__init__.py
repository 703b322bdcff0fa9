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
from app.store import schema, server
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


def choose_database_url(explicit_url: str | None, explicit_data_dir: object = None) -> str | None:
    """The server to open, if any: `--database-url`, then — unless `--data-dir` names a local folder —
    OPSDESK_DATABASE_URL. None opens the local store."""
    if explicit_url:
        return explicit_url
    if explicit_data_dir:
        return None
    return os.environ.get(server.ENV_DATABASE_URL) or None


class Store:
    """An open store: the SQLite file in a data directory, or a team store on a PostgreSQL server.

    A server store (`database_url`, `is_server`) still has a local `data_dir` for its logs and
    `pg_dump` backups; it has no `db_file`, no lock file and no file backups (app/store/server.py).
    """

    def __init__(self, data_dir: Path, database_url: str | None = None) -> None:
        self.data_dir = data_dir
        self.db_file = db_path(data_dir)
        self._engine: Engine | None = None
        self._lock: InstanceLock | None = None
        self.url = None if database_url is None else server.parse_url(database_url)

    @property
    def is_server(self) -> bool:
        """True for a team store on a PostgreSQL server."""
        return self.url is not None

    def describe(self) -> str:
        """Which store is open, for the title and status bars: "PostgreSQL opsdesk@db.example.com:5432"
        or the local data file's path."""
        return server.describe(self.url) if self.url is not None else str(self.db_file)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, *, exclusive: bool = False,
             database_url: str | None = None) -> Store:
        """Open (creating and migrating as needed); `exclusive` takes the one-instance lock.

        `database_url` (or, when neither it nor `data_dir` is given, OPSDESK_DATABASE_URL) opens the
        team store on that PostgreSQL server instead of the local file (`choose_database_url`).
        """
        url = choose_database_url(database_url, data_dir)
        if url is not None:
            return cls._open_server(resolve_data_dir(data_dir), url)
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

    @classmethod
    def _open_server(cls, data_dir: Path, url: str) -> Store:
        """A server store: no lock file and no file checks; the schema migrated to head on the server."""
        store = cls(data_dir, url)
        try:
            store.ensure_schema()
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
        if self._lock is not None or self.url is not None:
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
        if self._engine is None and self.url is not None:
            self._engine = server.create_server_engine(self.url)
        elif self._engine is None:
            from app.store.db import create_store_engine

            self._engine = create_store_engine(self.db_file)
        return self._engine

    def ensure_schema(self) -> bool:
        """Migrate when the file is behind the code; True when a migration ran."""
        if self.url is not None:
            return server.ensure_schema(self.engine, self.url)
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
        A team store's data is on its server, not in the folder: refused in plain words.
        """
        if self.url is not None:
            raise server.ServerStoreError(QT_TRANSLATE_NOOP(
                "errors", "现在打开的是团队数据库，数据在服务器上，不在数据文件夹里，没有移动。要带走一份，请用 opsdesk-cli pull。"))
        from app.store.db import BUSY_TIMEOUT_MS

        with write_lock(), closing(sqlite3.connect(self.db_file, timeout=BUSY_TIMEOUT_MS / 1000,
                                                   isolation_level=None)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            finally:
                conn.execute("ROLLBACK")

    def backup(self, dest: Path | None = None, *, reason: str = "manual") -> Path:
        """A checked copy of the data; for a server store a `pg_dump` file where pg_dump is installed,
        else the whole-store workbook (the one `import` reads back)."""
        if self.url is not None:
            return self._server_backup(dest, reason)
        keep = int(self.setting("backup.keep", backups.DEFAULT_KEEP))
        return backups.backup(self.db_file, dest, reason=reason, keep=keep)

    def _server_backup(self, dest: Path | None, reason: str) -> Path:
        from app import clock
        from app.store.paths import backups_dir

        dump = server.has_pg_dump()
        if dest is None:
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            dest = backups_dir(self.data_dir) / f"opsdesk-server-{stamp}-{reason}{'.dump' if dump else '.xlsx'}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dump and dest.suffix.lower() != ".xlsx":
            return server.pg_dump(self.url, dest)  # type: ignore[arg-type]
        from app.services.workbook import export_store

        export_store(self, dest, personal=True)
        return dest

    def backup_if_due(self) -> Path | None:
        """The daily automatic backup; run it on a worker, never on start-up's path. A team store's
        server keeps its own backups (its administrator's pg_dump or snapshots): none here."""
        if self.url is not None or not backups.backup_due(self.data_dir):
            return None
        return self.backup(reason="daily")

    def restore(self, source: Path) -> Path | None:
        """Replace the data with a backup (the current data is backed up first).

        Refused, changing nothing, while another OpsDesk (the window) has the folder open.
        """
        if self.url is not None:
            raise server.ServerStoreError(QT_TRANSLATE_NOOP(
                "errors", "团队数据库不能用这个备份恢复，数据没有改动。请让数据库管理员用 pg_restore 恢复。"))
        backups.check_restorable(source)
        with self.alone(QT_TRANSLATE_NOOP(
            "errors", "OpsDesk 窗口正开着这个数据文件夹 {folder}，没有恢复，数据没有改动。请先关掉窗口再恢复。"
        )):
            self.dispose()
            with write_lock():
                safety = backups.restore(self.db_file, source)
            self.ensure_schema()
        return safety

    def integrity(self) -> str:
        """SQLite's verdict on the data file ("ok" or what is wrong); a server checks its own pages,
        so a team store that answers a query is "ok"."""
        if self.url is not None:
            with self.reading() as uow:
                uow.connection().exec_driver_sql("SELECT 1")
            return "ok"
        return backups.integrity(self.db_file)

    def setting(self, key: str, default: Any = None) -> Any:
        if self.url is not None:
            return server.read_setting(self.engine, key, default)
        from app.store.settings import read_setting

        return read_setting(self.db_file, key, default)

    def set_setting(self, key: str, value: Any) -> None:
        from app.store.settings import set_setting

        set_setting(self.engine, key, value)

    def sync_folder(self) -> str | None:
        return sync_folder_of(self.data_dir)

    def is_empty(self) -> bool:
        """True when the operator has no content yet (no account, post or topic)."""
        if self.url is not None:
            return server.is_empty(self.engine)
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
