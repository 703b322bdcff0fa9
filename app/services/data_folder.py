"""Moving the data folder safely (设置 → 数据 → 移动到…).

The old folder is never touched beyond a safety backup: the database is copied with SQLite's
backup API (consistent while open), checked with `PRAGMA integrity_check` and row counts against
the original, and the rest of the folder (backups, logs, …) is copied beside it. Only then may the
caller remember the new location; the next start opens it. A refused move leaves nothing behind
in the target.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.store import Store
from app.store import backup as backups
from app.store.lock import LOCK_NAME
from app.store.paths import DB_NAME

#: Files that belong to the open database or the running instance, never copied as they are.
_LIVE_FILES = {DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal", LOCK_NAME}


class MoveError(UserError):
    pass


def check_target(store: Store, target: Path) -> Path:
    """The resolved target, or a plain-words refusal (same folder, inside the current one, not empty)."""
    target = Path(target).expanduser().resolve()
    current = store.data_dir.resolve()
    if target == current:
        raise MoveError(QT_TRANSLATE_NOOP("errors", "新位置和现在的数据文件夹是同一个。"))
    if current in target.parents:
        raise MoveError(QT_TRANSLATE_NOOP("errors", "新位置不能在现在的数据文件夹里面：{folder}"), folder=str(target))
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise MoveError(QT_TRANSLATE_NOOP("errors", "{folder} 不是空文件夹。请选一个空文件夹，或新建一个。"),
                        folder=str(target))
    return target


def copy_data_folder(store: Store, target: Path) -> Path:
    """Copy the whole data folder to `target` (empty or new) and verify it; returns the new folder.

    A safety backup of the current data is taken first (in the current folder's backups).
    """
    target = check_target(store, target)
    created = not target.exists()
    store.backup(reason="before-move")
    try:
        target.mkdir(parents=True, exist_ok=True)
        with store.holding_writes():  # no write, from any process, lands between the copy and the comparison
            backups.backup(store.db_file, target / DB_NAME)
            expected, copied = backups.table_counts(store.db_file), backups.table_counts(target / DB_NAME)
        if expected != copied:
            raise MoveError(QT_TRANSLATE_NOOP("errors", "复制后的数据和原来的不一致，没有移动。原来的数据没有改动。"))
        for entry in store.data_dir.iterdir():
            if entry.name in _LIVE_FILES or entry.name.endswith(".part"):
                continue
            if entry.is_dir():
                shutil.copytree(entry, target / entry.name, dirs_exist_ok=True)
            else:
                shutil.copy2(entry, target / entry.name)
    except OSError as exc:
        _clean(target, created)
        raise MoveError(QT_TRANSLATE_NOOP("errors", "复制到 {folder} 没有成功：{reason}。原来的数据没有改动。"),
                        folder=str(target), reason=exc.strerror or str(exc)) from exc
    except UserError:
        _clean(target, created)
        raise
    return target


def _clean(target: Path, created: bool) -> None:
    """Undo a failed copy: the target goes back to how it was (it was empty or did not exist)."""
    if not target.exists():
        return
    if created:
        shutil.rmtree(target, ignore_errors=True)
        return
    for entry in target.iterdir():
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
