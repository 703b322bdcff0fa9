"""The plan stage's products: what a file is and what importing it would do, and what it did.

`ImportPlan` is made once per file by `service.analyse_file` (read, recognise, parse, match) and
carries the matched changes to `service.apply`, which writes them as they are unless the store
changed in between (`ReadLog` says so). `ImportResult` is what one file's import came to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import UserError
from app.services.importing.profiles import TableMatch
from app.services.importing.rows import Records, RowError
from app.services.importing.values import Capped

if TYPE_CHECKING:
    import sqlalchemy as sa

    from app.services.importing.writer import Changes

PARSER_VERSION = "opsdesk-import-1"
PREVIEW_ROWS = 20


class ReadLog:
    """A read cursor that remembers every query the matching ran and a digest of its answer.

    The plan matches a file against the store on a read connection; `still_valid()` re-runs those
    queries inside the write transaction: the same answers mean the plan still holds and is written
    as it is, without matching again.
    """

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        self._query: tuple[str, tuple[Any, ...]] = ("", ())
        self.reads: list[tuple[str, tuple[Any, ...], int]] = []

    def execute(self, sql: str, params: Any = ()) -> ReadLog:
        self._query = (sql, tuple(params))
        self._cursor.execute(sql, self._query[1])
        return self

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchall(self) -> list[Any]:
        rows = self._cursor.fetchall()
        self.reads.append((*self._query, hash(tuple(rows))))
        return rows

    def fetchone(self) -> Any:
        rows = self.fetchall()
        return rows[0] if rows else None

    def still_valid(self, cursor: Any) -> bool:
        """Whether every query answers as it did when the plan was made (run on the write cursor)."""
        for sql, params, digest in self.reads:
            cursor.execute(sql, params)
            if hash(tuple(cursor.fetchall())) != digest:
                return False
        return True


@dataclass
class ImportPlan:
    """What a file is and what importing it would do; handed to `apply` unchanged."""

    path: Path
    file_name: str
    sha256: str
    format: str
    platform: str | None
    profile: str
    profile_label: str
    kind: str
    confidence: float
    alternatives: list[tuple[str, float]]
    header_row: int
    mapping: dict[str, str]
    headers: list[str]
    tables: list[TableMatch]
    records: list[Records]
    errors: list[RowError]
    rows: int
    captured_on: dt.date
    captured_on_source: str  # option, file or today
    account_name: str | None
    account_id: int | None
    duplicate_of: int | None = None
    #: The day the earlier import of this same file (`duplicate_of`) was made.
    duplicate_on: dt.date | None = None
    #: The platform's own accounts when there are several and none was named: the operator picks one.
    account_choices: list[str] = field(default_factory=list)
    counts: dict[str, int] | None = None
    #: The matched changes (with `reads`, the queries they rest on): what `apply` writes.
    changes: Changes | None = None
    reads: ReadLog | None = None
    #: An OpsDesk whole-store workbook: its prepared rows per table, and what they would change.
    workbook: list[tuple[sa.Table, list[dict[str, Any]]]] | None = None
    table_counts: dict[str, dict[str, int]] | None = None
    #: The community the operator links this file's customers or statistics to (`--community`).
    community: str | None = None

    @property
    def bad_rows(self) -> int:
        return len({e.row for e in self.errors})

    @property
    def needs_account(self) -> bool:
        """Several own accounts of the platform and none chosen yet: nothing can be written."""
        return bool(self.account_choices) and self.account_name is None

    def preview(self, limit: int = PREVIEW_ROWS) -> list[dict[str, Any]]:
        """The first rows as they will be stored: Excel row number, fields, then other columns.

        A value the export gave as a lower bound (`10w+`) comes back as `Capped`, so it can be shown as `≥`.
        """
        out = []
        for record in self.records[0].head(limit) if self.records else []:
            row = {"row": record["_row"]}
            row.update({k: v for k, v in record.items() if not k.startswith("_")})
            row.update(record["_extra"])
            for name in record["_capped"]:
                if isinstance(row.get(name), int):
                    row[name] = Capped(row[name])
            out.append(row)
        return out


@dataclass
class ImportResult:
    file: str
    platform: str | None
    profile: str | None
    kind: str | None
    rows: int
    status: str  # imported, refused, duplicate, dry_run
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    linked: int = 0
    batch_id: int | None = None
    captured_on: dt.date | None = None
    account: str | None = None
    errors: list[RowError] = field(default_factory=list)
    #: Why a file was refused before it could be planned or written (unreadable, unknown shape …).
    refusal: UserError | None = None
    confidence: float | None = None
    profile_label: str | None = None

    def as_dict(self, translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
        out = {
            "file": self.file, "platform": self.platform, "profile": self.profile, "kind": self.kind,
            "rows": self.rows, "inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
            "skipped": self.skipped, "linked": self.linked, "status": self.status, "batch_id": self.batch_id,
            "captured_on": self.captured_on, "account": self.account,
            "errors": [e.as_dict(translate) for e in self.errors],
        }
        if self.refusal is not None:
            out["message"] = self.refusal.message(translate) if translate else str(self.refusal)
        if self.confidence is not None:
            out["confidence"] = self.confidence
        return out


def result_of(plan: ImportPlan, status: str, **counts: Any) -> ImportResult:
    return ImportResult(
        file=plan.file_name, platform=plan.platform, profile=plan.profile, kind=plan.kind, rows=plan.rows,
        status=status, captured_on=plan.captured_on, account=plan.account_name, errors=list(plan.errors),
        confidence=plan.confidence, profile_label=plan.profile_label, **counts,
    )


def dry_run_result(plan: ImportPlan) -> ImportResult:
    """What `--dry-run` reports: the counts the plan simulated."""
    if plan.duplicate_of is not None:
        return result_of(plan, "duplicate", batch_id=plan.duplicate_of, unchanged=plan.rows)
    counts = plan.counts or {}
    return result_of(plan, "dry_run", inserted=counts.get("inserted", 0), updated=counts.get("updated", 0),
                     unchanged=counts.get("unchanged", 0), linked=counts.get("linked", 0), skipped=plan.bad_rows)


def imported_on(cursor: Any, batch_id: int) -> dt.date | None:
    cursor.execute("SELECT imported_at FROM import_batch WHERE id = ?", (batch_id,))
    row = cursor.fetchone()
    return dt.date.fromisoformat(str(row[0])[:10]) if row and row[0] else None


def duplicate_of(cursor: Any, sha256: str) -> int | None:
    cursor.execute("SELECT id FROM import_batch WHERE sha256 = ? AND status = 'imported' ORDER BY id DESC LIMIT 1", (sha256,))
    row = cursor.fetchone()
    return int(row[0]) if row else None


def mark_duplicate(plan: ImportPlan, cursor: Any) -> None:
    """Note an earlier import of this very file (and when it was made)."""
    plan.duplicate_of = duplicate_of(cursor, plan.sha256)
    if plan.duplicate_of is not None:
        plan.duplicate_on = imported_on(cursor, plan.duplicate_of)
