"""OpsDesk's own whole-store workbook coming back in through the import engine (a registered source).

`opsdesk-cli export` (File → 导出…) writes one sheet per table; that file dropped on the import
dialog or given to `opsdesk-cli import` is claimed whole by this source (the "OpsDesk 工作簿"
profile): its already-read sheets are typed by `app.services.workbook` and written by primary key
inside the engine's transaction, with its `import_batch` row and duplicate check. This is also how
bulk edits made in Excel (topics, members, goals) come back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from app import clock
from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing import sqlrows as sq
from app.services.importing.plan import (
    PARSER_VERSION,
    ImportPlan,
    ImportResult,
    mark_duplicate,
    result_of,
)
from app.services.importing.reader import Workbook
from app.services.workbook import is_opsdesk_workbook, workbook_tables, write_workbook_tables
from app.store import Store
from app.store.operator import operator_name

PROFILE = "opsdesk_workbook"
LABEL = QT_TRANSLATE_NOOP("import", "OpsDesk 工作簿")
KIND = "workbook"
NO_UNDO = QT_TRANSLATE_NOOP(
    "import",
    "导入记录 {batch_id} 是整库工作簿，改动遍布所有表，不能单独撤销。请用“文件 → 从备份恢复…”回到导入前的备份。",
)

Prepared = list[tuple[sa.Table, list[dict[str, Any]]]]


def claims(book: Workbook) -> bool:
    """Whether a read file is an OpsDesk whole-store workbook (its sheets are OpsDesk's tables)."""
    return is_opsdesk_workbook([sheet.name for sheet in book.sheets])


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


def plan(store: Store, path: Path, book: Workbook, simulate: bool) -> ImportPlan:
    """Every sheet typed for its table from the rows already read, and (with `simulate`) what they would change."""
    prepared = workbook_tables({sheet.name: sheet.rows for sheet in book.sheets})
    for sheet in book.sheets:  # the prepared rows carry everything now
        sheet.rows = []
    made = ImportPlan(
        path=path, file_name=path.name, sha256=book.sha256, format=book.format, platform=None,
        profile=PROFILE, profile_label=LABEL, kind=KIND, confidence=1.0, alternatives=[], header_row=1, mapping={},
        headers=[t.name for t, _ in prepared], tables=[], records=[], errors=[], rows=sum(len(r) for _, r in prepared),
        captured_on=clock.today(), captured_on_source="today", account_name=None, account_id=None, workbook=prepared,
    )
    with store.reading() as uow:
        mark_duplicate(made, uow.cursor())
        if simulate and made.duplicate_of is None:
            made.table_counts = changes(uow.connection(), prepared)
            made.counts = totals(made.table_counts)
    return made


def apply(uow: Any, made: ImportPlan, tick: Callable[[int, int], None]) -> ImportResult:
    """Inside the engine's write unit of work: upsert every sheet and record the batch (no undo data:
    the changes reach every table, too wide to undo; a backup is the way back)."""
    assert made.workbook is not None
    conn, cursor = uow.connection(), uow.cursor()
    made.table_counts = changes(conn, made.workbook)
    counts = totals(made.table_counts)
    write_workbook_tables(conn, made.workbook, lambda done, total, _table: tick(done, total))
    tick(made.rows, made.rows)
    cursor.execute(
        "INSERT INTO import_batch (file_name, sha256, platform, kind, profile, parser_version, confidence, "
        "captured_on, rows, inserted, updated, unchanged, skipped, status, imported_at, imported_by) "
        "VALUES (?, ?, NULL, ?, ?, ?, 1.0, ?, ?, ?, ?, ?, 0, 'imported', ?, ?)",
        (made.file_name, made.sha256, made.kind, made.profile, PARSER_VERSION, made.captured_on.isoformat(),
         made.rows, counts["inserted"], counts["updated"], counts["unchanged"],
         sq.encode(clock.now().replace(microsecond=0)), operator_name()),
    )
    return result_of(made, "imported", inserted=counts["inserted"], updated=counts["updated"],
                     unchanged=counts["unchanged"], batch_id=int(cursor.lastrowid))
