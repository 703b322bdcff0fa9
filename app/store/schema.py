"""Schema versions: a cheap start-up check, and Alembic only when a migration is due.

Revision ids are zero-padded sequence numbers that start each file name in
`migrations/versions/` (`0002_add_x.py` has revision "0002"), so the code's head revision is
known from the file names without importing Alembic (DESIGN §3).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.store.errors import is_damage

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"


class NewerStoreError(UserError):
    pass


class CorruptStoreError(UserError):
    pass


class UnreadableStoreError(UserError):
    pass


def known_revisions() -> list[str]:
    return sorted(p.name.split("_", 1)[0] for p in VERSIONS_DIR.glob("[0-9]*_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


def stored_revision(db_file: Path) -> str | None:
    """The revision the file was last migrated to; None for a new or empty store."""
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    from app.store.backup import connect_source

    try:
        with closing(connect_source(db_file)) as conn:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                user_tables = conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                ).fetchone()[0]
                if user_tables:
                    raise CorruptStoreError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{file} 不是 OpsDesk 的数据文件（里面的表不认识）。请换一个数据文件夹，或从备份恢复。",
                        ),
                        file=str(db_file),
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise _unusable(db_file, exc) from exc


def quick_check(db_file: Path) -> None:
    """Refuse a damaged file at start, before a half-read screen or a write makes it worse.

    `PRAGMA quick_check` skips the index-content checks of `integrity_check`: about 0.06 s on a
    38 MB store of 130,000 rows, against 0.7 s.
    """
    if not db_file.exists() or db_file.stat().st_size == 0:
        return
    from app.store.backup import connect_source

    try:
        with closing(connect_source(db_file)) as conn:
            verdict = "; ".join(str(r[0]) for r in conn.execute("PRAGMA quick_check(3)"))
    except sqlite3.DatabaseError as exc:
        raise _unusable(db_file, exc) from exc
    if verdict != "ok":
        raise damaged_store(db_file, verdict)


def _unusable(db_file: Path, exc: sqlite3.DatabaseError) -> UserError:
    """Damage points to a backup; anything else SQLite refuses is about permissions."""
    if is_damage(exc):
        return damaged_store(db_file, str(exc))
    return UnreadableStoreError(
        QT_TRANSLATE_NOOP("errors", "数据文件 {file} 打不开（{reason}）。请检查它和数据文件夹的读写权限。"),
        file=str(db_file), reason=str(exc),
    )


def damaged_store(db_file: Path, reason: str) -> CorruptStoreError:
    """The refusal for a damaged data file: it points to 从备份恢复 and names the newest good backup."""
    from app.store.backup import newest_good_backup

    backup = newest_good_backup(db_file.parent)
    if backup is None:
        return CorruptStoreError(
            QT_TRANSLATE_NOOP("errors", "数据文件 {file} 已损坏，打不开（{reason}）。数据文件夹里没有备份；"
                                        "如果别处有备份，请从备份恢复：opsdesk-cli restore 备份文件。"),
            file=str(db_file), reason=reason,
        )
    return CorruptStoreError(
        QT_TRANSLATE_NOOP("errors", "数据文件 {file} 已损坏，打不开（{reason}）。请从备份恢复，"
                                    "最新的完好备份是 {backup}：opsdesk-cli restore \"{backup}\""),
        file=str(db_file), reason=reason, backup=str(backup),
    )


def migration_due(db_file: Path) -> bool:
    """True when the store needs migrating; refuses a store written by a newer OpsDesk."""
    stored = stored_revision(db_file)
    if stored is None:
        return True
    known = known_revisions()
    if stored not in known:
        raise NewerStoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "数据文件 {file} 是更新版本的 OpsDesk 写的（版本 {stored}），这个版本打不开。"
                "请升级 OpsDesk 后再打开，数据没有改动。",
            ),
            file=str(db_file),
            stored=stored,
        )
    return stored != known[-1]


def upgrade(engine: Engine) -> None:
    """Run every pending migration in one transaction (imports Alembic only now).

    Foreign keys are off while it runs (SQLite's recipe for changing tables): a migration that
    rebuilds a table (Alembic's batch mode) drops the old one, and with foreign keys on that drop
    would cascade and delete every row pointing at it. What the tables hold is checked before commit.
    """
    from alembic import command
    from alembic.config import Config

    from app.store.writer import write_lock

    config = Config()
    config.set_main_option("script_location", str(VERSIONS_DIR.parent))
    with write_lock(), engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, or SQLite ignores it
        try:
            with connection.begin():
                dangling = len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()) - dangling
                if broken > 0:
                    raise CorruptStoreError(
                        QT_TRANSLATE_NOOP("errors", "升级数据文件时有 {count} 行会失去它们引用的数据，没有升级，数据没有改动。"
                                                    "请把数据文件夹发给开发者。"),
                        count=broken,
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
