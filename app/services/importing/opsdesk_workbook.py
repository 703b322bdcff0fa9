"""OpsDesk's own whole-store workbook coming back in through the import engine.

`opsdesk-cli export` (File → 导出…) writes one sheet per table; that file dropped on the import
dialog or given to `opsdesk-cli import` is recognised here as the "OpsDesk 工作簿" profile and
handed to `app.services.workbook`, inside the engine's transaction with its `import_batch` row and
duplicate check. This is also how bulk edits made in Excel (topics, members, goals) come back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing.reader import Workbook
from app.services.progress import Progress
from app.services.workbook import is_opsdesk_workbook, read_workbook_tables, write_workbook_tables

PROFILE = "opsdesk_workbook"
LABEL = QT_TRANSLATE_NOOP("import", "OpsDesk 工作簿")
KIND = "workbook"
NO_UNDO = QT_TRANSLATE_NOOP(
    "import",
    "导入记录 {batch_id} 是整库工作簿，改动遍布所有表，不能单独撤销。请用“文件 → 从备份恢复…”回到导入前的备份。",
)

Prepared = list[tuple[sa.Table, list[dict[str, Any]]]]


def is_workbook(book: Workbook) -> bool:
    """Whether a read file is an OpsDesk whole-store workbook (its sheets are OpsDesk's tables)."""
    return is_opsdesk_workbook([sheet.name for sheet in book.sheets])


prepare = read_workbook_tables


def _plain(value: Any) -> Any:
    """Excel keeps whole seconds; compare stored values the way the workbook can hold them."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    return value


def changes(conn: sa.Connection, prepared: Prepared) -> dict[str, dict[str, int]]:
    """Per table, how many rows are new, differ from the store, or are already there unchanged."""
    out: dict[str, dict[str, int]] = {}
    for table, records in prepared:
        keys = [c.name for c in table.primary_key.columns]
        existing = {tuple(row[k] for k in keys): row for row in conn.execute(sa.select(table)).mappings()}
        counts = {"inserted": 0, "updated": 0, "unchanged": 0}
        for record in records:
            old = existing.get(tuple(record.get(k) for k in keys))
            if old is None:
                counts["inserted"] += 1
            elif all(_plain(old[name]) == _plain(value) for name, value in record.items()):
                counts["unchanged"] += 1
            else:
                counts["updated"] += 1
        out[table.name] = counts
    return out


def totals(per_table: dict[str, dict[str, int]]) -> dict[str, int]:
    """The plan's counts (as for any file): inserted, updated, unchanged, linked."""
    summed = {"inserted": 0, "updated": 0, "unchanged": 0, "linked": 0}
    for counts in per_table.values():
        for key, n in counts.items():
            summed[key] += n
    return summed


def write(conn: sa.Connection, prepared: Prepared, progress: Progress | None = None) -> None:
    """Upsert every sheet inside the engine's transaction."""
    write_workbook_tables(conn, prepared, progress)
