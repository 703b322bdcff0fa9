"""Backups (DESIGN §7): online copies via SQLite's backup API, each integrity-checked; restore.

Taken before every migration, restore and `demo --force`, once a day by the GUI on a worker, and
on demand; the newest `keep` (14 by default) automatic ones are kept.

Sources are read through SQLite (never copied as files), so rows still in a `-wal` are kept, and a
backup on read-only media is opened immutable. Backups are written in rollback-journal mode, so a
backup is one file with no `-wal`/`-shm` beside it. An automatic backup's time is the one in its
name (`opsdesk-YYYYMMDD-HHMMSS-reason.db`), taken from the app's clock like "today" is: file times
do not follow a moved clock.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from contextlib import closing
from pathlib import Path

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.store.files import PART_SUFFIX, SQLITE_COMPANIONS, remove_with_companions, saving_to
from app.store.paths import backups_dir

DEFAULT_KEEP = 14
PREFIX = "opsdesk-"
SUFFIX = ".db"
_STAMP = re.compile(r"^opsdesk-(\d{8}-\d{6})-")
#: What an interrupted restore by an earlier build left beside the data file.
RESTORING_SUFFIX = ".restoring"


class BackupError(UserError):
    pass


def connect_source(db_file: Path) -> sqlite3.Connection:
    """A read-only connection that sees the file's `-wal` too; immutable when the media is read-only."""
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL-mode file in a folder we may not write (CD, read-only share) cannot get its -shm.
        conn.close()
        return sqlite3.connect(f"file:{db_file}?mode=ro&immutable=1", uri=True)
    except BaseException:
        conn.close()
        raise
    return conn


def integrity(db_file: Path) -> str:
    """SQLite's own verdict on a file: "ok", or what is wrong."""
    try:
        with closing(connect_source(db_file)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "; ".join(str(r[0]) for r in rows)


def table_counts(db_file: Path) -> dict[str, int]:
    """Rows per table of a file, read-only: a copy must match its original before it is trusted."""
    with closing(connect_source(db_file)) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: int(conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0]) for n in names}


def _copy(source: Path, dest: Path) -> None:
    """Copy through the backup API into `dest` (atomically), in rollback-journal mode."""
    with saving_to(dest) as tmp:
        with closing(connect_source(source)) as src, closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        verdict = integrity(tmp)
        if verdict != "ok":
            raise BackupError(
                QT_TRANSLATE_NOOP("errors", "备份没有通过完整性检查（{verdict}），数据文件可能已损坏。"), verdict=verdict
            )


def backup(db_file: Path, dest: Path | None = None, *, reason: str = "manual", keep: int = DEFAULT_KEEP) -> Path:
    """Copy the live store (safe while it is open) and check the copy; prune old automatic ones."""
    if not db_file.exists():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "还没有数据文件 {file}，没有可备份的内容。"), file=str(db_file))
    automatic = dest is None
    if dest is None:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        dest = backups_dir(db_file.parent) / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
        n = 1
        while dest.exists():
            n += 1
            dest = dest.with_name(f"{PREFIX}{stamp}-{reason}-{n}{SUFFIX}")
    _copy(db_file, dest)
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
        remove_with_companions(old)
    return removed


def clean_leftovers(data_dir: Path) -> list[Path]:
    """Remove what crashed backups and restores left (`*.part`, `.restoring`, stray `-wal`/`-shm`).

    Call only while holding the folder's instance lock, so no other OpsDesk is writing a part file.
    """
    found = [p for p in backups_dir(data_dir).glob(f"*{PART_SUFFIX}*") if p.is_file()]
    found += [p for p in data_dir.glob(f"*{RESTORING_SUFFIX}*") if p.is_file()]
    for backup_file in list_backups(data_dir):
        if any(backup_file.with_name(backup_file.name + s).exists() for s in SQLITE_COMPANIONS):
            # A backup made in WAL mode by an earlier build: fold its companions back into it.
            try:
                with closing(sqlite3.connect(backup_file)) as conn:
                    conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            except sqlite3.Error:
                continue
    for leftover in found:
        leftover.unlink(missing_ok=True)
    return found


def backup_time(path: Path) -> dt.datetime | None:
    """When an automatic backup was taken, read from its name."""
    match = _STAMP.match(path.name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def last_backup_time(data_dir: Path) -> dt.datetime | None:
    times = [t for t in map(backup_time, list_backups(data_dir)) if t is not None]
    return max(times, default=None)


def backup_due(data_dir: Path, today: dt.date | None = None) -> bool:
    """True when no backup was taken today (the daily automatic backup), by the app's clock."""
    last = last_backup_time(data_dir)
    return last is None or last.date() < (today or clock.today())


def newest_good_backup(data_dir: Path) -> Path | None:
    """The newest backup in the data folder that passes SQLite's integrity check."""
    return next((p for p in list_backups(data_dir) if integrity(p) == "ok"), None)


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
    """Replace the store's content with `source` after backing the current one up; returns that backup.

    The content is copied into the live file through SQLite's backup API as one write transaction:
    a connection another process still has open waits for it and then sees the restored data,
    never a file swapped from under it.
    """
    check_restorable(source)
    safety = backup(db_file, reason="before-restore") if db_file.exists() else None
    from app.store.db import BUSY_TIMEOUT_MS

    with closing(connect_source(source)) as src, closing(sqlite3.connect(db_file, timeout=BUSY_TIMEOUT_MS / 1000)) as dst:
        src.backup(dst)
    return safety
