"""Backups (DESIGN §7): online copies via SQLite's backup API, each integrity-checked; restore.

Taken before every migration, restore and `demo --force`, once a day by the GUI on a worker, and
on demand; the newest `keep` (14 by default) automatic ones are kept.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.store.paths import backups_dir

DEFAULT_KEEP = 14
PREFIX = "opsdesk-"
SUFFIX = ".db"


class BackupError(UserError):
    pass


def integrity(db_file: Path) -> str:
    """SQLite's own verdict on a file: "ok", or what is wrong."""
    try:
        with closing(sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "; ".join(str(r[0]) for r in rows)


def _copy(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src, closing(sqlite3.connect(tmp)) as dst:
        src.backup(dst)
    tmp.replace(dest)


def backup(db_file: Path, dest: Path | None = None, *, reason: str = "manual", keep: int = DEFAULT_KEEP) -> Path:
    """Copy the live store (safe while it is open) and check the copy; prune old automatic ones."""
    if not db_file.exists():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "还没有数据文件 {file}，没有可备份的内容。"), file=str(db_file))
    automatic = dest is None
    if dest is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = backups_dir(db_file.parent) / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
        n = 1
        while dest.exists():
            n += 1
            dest = dest.with_name(f"{PREFIX}{stamp}-{reason}-{n}{SUFFIX}")
    _copy(db_file, dest)
    verdict = integrity(dest)
    if verdict != "ok":
        dest.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "备份没有通过完整性检查（{verdict}），数据文件可能已损坏。"), verdict=verdict
        )
    if automatic:
        prune(db_file.parent, keep)
    return dest


def list_backups(data_dir: Path) -> list[Path]:
    """Automatic and manual backups in the data directory, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), key=lambda p: p.name, reverse=True)


def prune(data_dir: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    removed = list_backups(data_dir)[keep:]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def last_backup_time(data_dir: Path) -> dt.datetime | None:
    backups = list_backups(data_dir)
    return dt.datetime.fromtimestamp(backups[0].stat().st_mtime).replace(microsecond=0) if backups else None


def backup_due(data_dir: Path, today: dt.date | None = None) -> bool:
    """True when no backup was taken today (the daily automatic backup)."""
    last = last_backup_time(data_dir)
    return last is None or last.date() < (today or dt.date.today())


def check_restorable(source: Path) -> None:
    """Refuse anything that is not a healthy OpsDesk store before touching the live one."""
    from app.store.schema import known_revisions, stored_revision

    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "找不到备份文件 {file}。"), file=str(source))
    verdict = integrity(source)
    if verdict != "ok":
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "{file} 不是完好的数据库文件（{verdict}），没有恢复，现有数据没有改动。"),
            file=str(source),
            verdict=verdict,
        )
    revision = stored_revision(source)
    if revision is not None and revision not in known_revisions():
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "{file} 是更新版本的 OpsDesk 做的备份，这个版本恢复不了。请先升级 OpsDesk。"),
            file=str(source),
        )
    if revision is None:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "{file} 不是 OpsDesk 的备份（没有版本信息），没有恢复，现有数据没有改动。"),
            file=str(source),
        )


def restore(db_file: Path, source: Path) -> Path | None:
    """Replace the store with `source` after backing the current one up; returns that backup.

    The caller must have closed every connection to `db_file` (dispose the engine) first.
    """
    check_restorable(source)
    safety = backup(db_file, reason="before-restore") if db_file.exists() else None
    for suffix in ("-wal", "-shm"):
        Path(str(db_file) + suffix).unlink(missing_ok=True)
    tmp = db_file.with_name(db_file.name + ".restoring")
    shutil.copyfile(source, tmp)
    tmp.replace(db_file)
    return safety
