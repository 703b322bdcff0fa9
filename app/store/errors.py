"""SQLite's failures that are not bugs, in plain words: another writer is busy, the file is damaged.

One mapping for every path that reaches the store: SQLAlchemy's (app/store/db.py), raw sqlite3
connections (the CLI frame and the window's exception hook ask here too).
"""

from __future__ import annotations

from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, UserError


class StoreBusyError(UserError):
    pass


def busy() -> StoreBusyError:
    """Another writer holds the store (SQLite), or the team server rolled this transaction back."""
    return StoreBusyError(
        QT_TRANSLATE_NOOP("errors", "另一个导入或写入正在进行（在另一个 OpsDesk 窗口或命令行里），"
                                    "这次没有写入，数据没有改动。请稍后再试。")
    )


def is_damage(exc: BaseException) -> bool:
    """True when SQLite says the file itself is damaged or not a database."""
    return getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def plain_error(exc: BaseException, db_file: Path) -> UserError | None:
    """The UserError for a busy or damaged store behind `exc` (also when wrapped), else None."""
    original = getattr(exc, "orig", None) or exc
    name = getattr(original, "sqlite_errorname", "")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return busy()
    if is_damage(original):
        from app.store.schema import damaged_store

        return damaged_store(db_file, str(original))
    return None


class StaleEditError(UserError):
    """A save from a copy someone else changed meanwhile (the row's `version` moved on): nothing was
    written. Carries who changed it, when, and the version now stored, so the editor can offer to
    overwrite (save again against `version`), reload or cancel."""

    def __init__(self, updated_by: str | None, updated_at: object, version: int) -> None:
        when = updated_at.strftime("%Y-%m-%d %H:%M") if hasattr(updated_at, "strftime") else str(updated_at or "")
        if updated_by and when:
            super().__init__(QT_TRANSLATE_NOOP("errors", "{who} 在 {when} 改过这一条，你看到的是改之前的内容，这次没有保存。"),
                             who=updated_by, when=when)
        elif updated_by:
            super().__init__(QT_TRANSLATE_NOOP("errors", "{who} 刚改过这一条，你看到的是改之前的内容，这次没有保存。"),
                             who=updated_by)
        elif when:
            super().__init__(QT_TRANSLATE_NOOP("errors", "这一条在 {when} 被别人改过，你看到的是改之前的内容，这次没有保存。"),
                             when=when)
        else:
            super().__init__(QT_TRANSLATE_NOOP("errors", "这一条刚被别人改过，你看到的是改之前的内容，这次没有保存。"))
        self.updated_by = updated_by
        self.updated_at = updated_at
        self.version = version
