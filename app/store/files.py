"""Saving files the user asked for (backups, exported workbooks): atomic, and failures in plain words.

A file is written to `<name>.part` beside the target and renamed over it only when complete, so a
crash or a full disk never leaves a half-written workbook or backup at the user's path. The one
mapping from an operating-system error (disk full, no permission, read-only disk) to a `UserError`
lives here; whoever saves a file calls `saving_to` or `file_error` instead of its own wording.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, UserError

PART_SUFFIX = ".part"
#: Files SQLite keeps beside a database while it is open (or after a crash).
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}


class FileSaveError(UserError):
    pass


def _os_error(exc: BaseException) -> OSError | None:
    """The OSError behind `exc` (xlsxwriter wraps it in FileCreateError), if any."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        current = todo.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError):
            return current
        todo += [current.__cause__, current.__context__, *current.args[:1]]
    return None


def disk_full(exc: BaseException) -> bool:
    """True for a full disk, whether the OS said so or SQLite did (SQLITE_FULL)."""
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":
        return True
    found = _os_error(exc)
    return found is not None and found.errno in _DISK_FULL


def file_error(exc: BaseException, path: Path) -> UserError | None:
    """A plain-words UserError for a failed save of `path`, or None when `exc` is not about the disk."""
    if disk_full(exc):
        return FileSaveError(
            QT_TRANSLATE_NOOP("errors", "磁盘空间不足，{file} 没有保存。请清理出一些空间（或换一个磁盘）后再试，"
                                        "原有的数据没有改动。"),
            file=str(path),
        )
    found = _os_error(exc)
    if found is None:
        return None
    if found.errno in _NO_PERMISSION:
        return FileSaveError(
            QT_TRANSLATE_NOOP("errors", "没有权限写入 {file}（{reason}）。请换一个位置保存。"),
            file=str(path), reason=found.strerror or str(found),
        )
    return FileSaveError(QT_TRANSLATE_NOOP("errors", "{file} 没有保存成功：{reason}。"),
                         file=str(path), reason=found.strerror or str(found))


def remove_with_companions(path: Path) -> None:
    """Delete a database file and whatever SQLite left beside it."""
    for name in (path.name, *(path.name + s for s in SQLITE_COMPANIONS)):
        path.with_name(name).unlink(missing_ok=True)


@contextmanager
def saving_to(path: Path) -> Iterator[Path]:
    """Yield `<path>.part` to write; it replaces `path` only when the block ends without error.

    On any failure the part file (and SQLite companions of it) is removed, and a disk error is
    raised as a FileSaveError in plain words.
    """
    tmp = path.with_name(path.name + PART_SUFFIX)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_with_companions(tmp)
        yield tmp
        tmp.replace(path)
    except BaseException as exc:
        with suppress(OSError):  # the folder itself may be what failed: say that, not the clean-up
            remove_with_companions(tmp)
        plain = file_error(exc, path) if isinstance(exc, Exception) else None
        if plain is not None:
            raise plain from exc
        raise
