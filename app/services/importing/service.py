"""The import engine's plan and apply stages, and batch history (see `sources` for the stages).

`analyse_file` reads a file once, recognises it through the registered sources, parses it and
matches it against the store once, giving an `ImportPlan` (what the dialog previews, what
`--dry-run` reports); `execute` applies that plan in one transaction (refusing bad rows unless told
to skip them, honouring cancel), matching again only when the store changed since the plan was
made. `undo_batch` puts back exactly what a batch inserted or changed. `files.import_files` drives
these for the import dialog and `opsdesk-cli import` alike.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models.base import Platform
from app.models.vocabulary import PLATFORM_NAMES, platform_name
from app.services.importing import errors
from app.services.importing import sqlrows as sq
from app.services.importing.errors import ImportRefusedError
from app.services.importing.plan import (
    PARSER_VERSION,
    ImportPlan,
    ImportResult,
    ReadLog,
    duplicate_of,
    mark_duplicate,
    result_of,
)
from app.services.importing.profiles import (
    KIND_FIELDS,
    REQUIRED_FIELDS,
    Detection,
    Profile,
    TableMatch,
    builtin_profiles,
    detect,
    lookup,
    profile_by_name,
    profiles_in,
    user_profile,
)
from app.services.importing.reader import Workbook, gc_paused, read_workbook
from app.services.importing.rows import Records, RowError, parse_table
from app.services.importing.sources import PLAN_RESOLVERS, SOURCES, run_after_import
from app.services.importing.writer import (
    TEMPLATE_RESOLVERS,
    Changes,
    own_accounts,
    platform_account,
    resolve_daily,
    resolve_posts,
)
from app.services.progress import Cancel, CancelledError, Progress
from app.store import Store
from app.store.operator import operator_name

PROFILES_SETTING = "import.profiles"
#: SQLite page cache while importing: index inserts for 100,000 rows stay in memory.
IMPORT_CACHE_KIB = 64 * 1024
DEFAULT_CACHE = -2000
PLATFORM_KINDS = frozenset({"posts", "account_daily", "summary"})
_FILE_STAMPS = re.compile(r"_(\d{10})_(\d{10})(?:\D|$)")

MISSING_VALUE = QT_TRANSLATE_NOOP("import", "这一列不能为空")
NO_IDENTITY = QT_TRANSLATE_NOOP("import", "没有标题、发布时间或作品编号，无法对应到具体内容")
NEEDS_PLATFORM = QT_TRANSLATE_NOOP("import", "请指定这个文件是哪个平台的数据（--platform）。")


def platform_code(value: str) -> str:
    """`抖音`, `douyin`, `公众号` … → the platform code; a plain error otherwise."""
    code = value if value in Platform.__members__ else lookup("platform", value)
    if code is None:
        raise ImportRefusedError(errors.UNKNOWN_PLATFORM, value=value, names="、".join(PLATFORM_NAMES.values()))
    return code


def saved_profiles(store: Store) -> tuple[Profile, ...]:
    """The operator's own column mappings (setting `import.profiles`), used for files with those headers."""
    saved = store.setting(PROFILES_SETTING, []) or []
    return tuple(
        user_profile(p["name"], p["headers"], p["mapping"], p.get("platform"), p.get("kind", "posts"))
        for p in saved
    )


def save_mapping_profile(
    store: Store, name: str, headers: list[str], mapping: dict[str, str], platform: str | None, kind: str = "posts"
) -> None:
    """Remember a mapping by name; the next file with exactly these headers uses it automatically."""
    required = REQUIRED_FIELDS.get(kind, ())
    if kind not in KIND_FIELDS or not all(f in mapping.values() for f in required):
        raise ImportRefusedError(errors.MAPPING_NEEDS, fields="、".join(required) or kind, file=name)
    code = platform_code(platform) if platform else None
    saved = [p for p in (store.setting(PROFILES_SETTING, []) or []) if p.get("name") != name]
    saved.append({"name": name, "headers": list(headers), "mapping": dict(mapping), "platform": code, "kind": kind})
    store.set_setting(PROFILES_SETTING, saved)


def _detect(book: Workbook, path: Path, store: Store, platform: str | None, profile: str | None,
            mapping: dict[str, str] | None, kind: str | None) -> Detection:
    saved = saved_profiles(store)
    everything = (*saved, *builtin_profiles())
    forced = None
    if mapping:
        chosen_kind = kind or "posts"
        required = REQUIRED_FIELDS.get(chosen_kind, ())
        if not all(f in mapping.values() for f in required):
            raise ImportRefusedError(errors.MAPPING_NEEDS, fields="、".join(required), file=path.name)
        forced = user_profile("自定义", [], mapping, platform, chosen_kind, exact=False)
    elif profile:
        forced = profile_by_name(profile, saved)
        if forced is None:
            raise ImportRefusedError(errors.UNKNOWN_PROFILE, name=profile)
    candidates = tuple(p for p in everything if platform is None or p.platform in (None, platform))
    detection = detect(book, candidates, forced)
    if detection.tables:
        return detection
    columns = "、".join(detection.headers_seen) or "—"
    if platform and not forced and detect(book, everything).tables:
        raise ImportRefusedError(errors.PROFILE_PLATFORM_MISMATCH, file=path.name, columns=columns,
                                 platform=platform_name(platform))
    # `headers` (in the error's params) is what a mapping editor offers to map.
    raise ImportRefusedError(errors.UNKNOWN_SHAPE, file=path.name, columns=columns, headers=detection.headers_seen)


def _whole_file_source(book: Workbook, profile: str | None) -> Any:
    """The registered source that takes this file whole (the OpsDesk workbook), if any."""
    for source in SOURCES:
        whole = source.whole
        if whole is not None and profile in (None, whole.PROFILE) and whole.claims(book):
            return whole
    return None


def _whole_source_of(*, profile: str | None = None, kind: str | None = None) -> Any:
    """The whole-file source whose plans carry `profile` (or whose batches are of `kind`)."""
    return next((s.whole for s in SOURCES if s.whole is not None and profile in (None, s.whole.PROFILE)
                 and kind in (None, s.whole.KIND)), None)


def _reshape(book: Workbook, path: Path) -> Workbook:
    """Sheets a source must reshape before its profiles can see them (stacked sub-tables → one row)."""
    for source in SOURCES:
        if source.reshape is not None and source.profiles:
            reshaped: Workbook = source.reshape(book, profiles_in(source.profiles), path.stem)
            if reshaped is not book:
                return reshaped
    return book


def _group(kind: str) -> str:
    return "daily" if kind in ("account_daily", "summary") else kind


def _check_values(table: TableMatch, records: Records, errs: list[RowError]) -> Records:
    """Leave out (and report) records missing what their kind cannot do without."""
    kind = table.profile.kind
    if kind == "summary":
        return records
    header_of = {spec.field: table.headers[col] for col, spec in table.columns.items()}
    if kind == "posts":
        needed: tuple[str, ...] = ()
    elif kind == "account_daily":
        needed = ("day",)
    else:
        needed = tuple(s.field for s in table.profile.columns if s.required)
    missing_rows: set[int] = set()
    column = {f: records.columns[i] for i, f in enumerate(records.fields)}
    if kind == "posts":  # column-wise: a row-by-row check costs a 100,000-work export a tenth of a second
        identity = [column[f] for f in ("title", "external_id", "published_at", "url") if f in column]
        named = list(map(any, zip(*identity, strict=True))) if identity else [False] * len(records.rows)
        for position in [p for p in records.positions() if not named[p]]:
            row = records.rows[position]
            errs.append(RowError(row, header_of.get("title", ""), None, NO_IDENTITY))
            missing_rows.add(row)
    for position in records.positions() if needed else ():
        row = records.rows[position]
        missing = [f for f in needed if column.get(f) is None or column[f][position] in (None, "")]
        if missing:
            errs.extend(RowError(row, header_of.get(f, f), None, MISSING_VALUE) for f in missing)
            missing_rows.add(row)
    if missing_rows:
        records.drop_rows(missing_rows)
    return records


def _captured_on(book: Workbook, path: Path, kind: str, records: list[Records],
                 as_of: dt.date | None) -> tuple[dt.date, str]:
    if as_of is not None:
        return as_of, "option"
    if _group(kind) == "daily":
        days = [r["day"] for table in records for r in table if r.get("day")]
        if days:
            return max(days), "file"
    if book.modified is not None:
        return book.modified.date(), "file"
    stamps = _FILE_STAMPS.search(path.name)
    if stamps:
        return dt.datetime.fromtimestamp(int(stamps.group(2)), tz=dt.timezone(dt.timedelta(hours=8))).date(), "file"
    return clock.today(), "today"


def _choose_account(store: Store, platform: str, name: str | None,
                    ask: bool = False) -> tuple[int | None, str | None, list[str]]:
    """`--account NAME`; else the platform's only own account; else a new one; several → refuse, or with
    `ask` no account yet and the names to choose from."""
    with store.reading() as uow:
        cursor = uow.cursor()
        if name:
            found = sq.fetch_dicts(cursor, "SELECT id, is_own FROM account WHERE platform = ? AND name = ?", (platform, name))
            if found and not found[0]["is_own"]:
                raise ImportRefusedError(errors.ACCOUNT_NOT_OWN, name=name)
            return (int(found[0]["id"]) if found else None), name, []
        own = own_accounts(cursor, platform)
    if len(own) == 1:
        return int(own[0]["id"]), str(own[0]["name"]), []
    label = platform_name(platform)
    if not own:
        return None, label, []
    if ask:
        return None, None, [str(a["name"]) for a in own]
    raise ImportRefusedError(errors.AMBIGUOUS_ACCOUNT, platform=label, names="、".join(a["name"] for a in own))


def analyse_file(
    store: Store,
    path: str | Path,
    platform: str | None = None,
    account: str | None = None,
    as_of: dt.date | None = None,
    profile: str | None = None,
    mapping: dict[str, str] | None = None,
    kind: str | None = None,
    simulate: bool = True,
    ask_account: bool = False,
    community: str | None = None,
) -> ImportPlan:
    """Read, recognise and parse a file and (with `simulate`) match it against the store: the plan
    holds the changes `execute` will write and their counts; writes nothing.

    Raises `ImportRefusedError` for a file that cannot be imported at all; rows that cannot be
    read are in `plan.errors` with their Excel row number, header and value. With several own
    accounts of the platform and none named, `ask_account` (the dialog) still gives the plan,
    without counts, and `plan.account_choices`; otherwise (the CLI) that is refused. `community`
    links the file's customers or statistics to that community (made when new).
    """
    path = Path(path).expanduser()
    code = platform_code(platform) if platform else None
    book = read_workbook(path)
    whole = _whole_file_source(book, profile) if mapping is None else None
    if whole is not None:
        return whole.plan(store, path, book, simulate)
    if mapping is None:
        book = _reshape(book, path)
    detection = _detect(book, path, store, code, profile, mapping, kind)
    main = detection.tables[0]
    tables = [
        t for t in detection.tables
        if _group(t.profile.kind) == _group(main.profile.kind) and t.profile.platform in (None, main.profile.platform)
    ]
    plan_platform = main.profile.platform or code
    errs: list[RowError] = []
    shared = {id(t.sheet) for t in detection.tables if sum(o.sheet is t.sheet for o in detection.tables) > 1}
    with gc_paused():
        records = [_check_values(t, parse_table(t, errs, release=id(t.sheet) not in shared), errs) for t in tables]
    for sheet in book.sheets:  # the records carry everything now; let the raw cells go
        sheet.rows = []
    errs.sort(key=lambda e: e.row)
    good = sum(len(r) for r in records)
    if not good and not errs:
        raise ImportRefusedError(errors.NO_DATA_ROWS, file=path.name)
    captured_on, source = _captured_on(book, path, main.profile.kind, records, as_of)
    account_id, account_name, choices = None, None, []
    if main.profile.kind in PLATFORM_KINDS:
        if plan_platform is None:
            raise ImportRefusedError(NEEDS_PLATFORM)
        account_id, account_name, choices = _choose_account(store, plan_platform, account, ask_account)
    plan = ImportPlan(
        path=path, file_name=path.name, sha256=book.sha256, format=book.format, platform=plan_platform,
        profile=main.profile.name, profile_label=main.profile.label, kind=main.profile.kind,
        confidence=round(main.confidence, 3), alternatives=detection.alternatives, header_row=main.header_row + 1,
        mapping={h: main.columns[c].field if c in main.columns else "extra" for c, h in main.headers.items()},
        headers=list(main.headers.values()), tables=tables, records=records, errors=errs,
        rows=good + len({e.row for e in errs}), captured_on=captured_on, captured_on_source=source,
        account_name=account_name, account_id=account_id, account_choices=choices,
        community=(community or "").strip() or None,
    )
    with store.reading() as uow:
        cursor = uow.cursor()
        mark_duplicate(plan, cursor)
        if simulate and plan.duplicate_of is None and not plan.needs_account:
            _match(plan, ReadLog(cursor))
    return plan


def _next_batch_id(cursor: Any) -> int:
    cursor.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM import_batch")
    return int(cursor.fetchone()[0])


def _match(plan: ImportPlan, reads: ReadLog) -> None:
    """Match the plan's records against the store once: the changes `execute` writes, and their counts."""
    changes = Changes(reads, _next_batch_id(reads))
    changes.errors = list(plan.errors)
    with gc_paused():
        _resolve(changes, plan)
    plan.changes, plan.reads = changes, reads
    plan.counts = dict(changes.counts)
    _merge_errors(plan, changes.errors)


def _merge_errors(plan: ImportPlan, found: list[RowError]) -> None:
    known = {(e.row, e.column, e.message) for e in plan.errors}
    fresh = [e for e in found if (e.row, e.column, e.message) not in known]
    if fresh:
        plan.errors = sorted(plan.errors + fresh, key=lambda e: e.row)


def _resolve(changes: Changes, plan: ImportPlan) -> None:
    if plan.kind in PLATFORM_KINDS:
        assert plan.platform is not None
        account_id = plan.account_id or platform_account(changes, plan.platform, plan.account_name)
        if plan.kind == "posts":
            for table, records in zip(plan.tables, plan.records, strict=True):
                fields = {s.field for s in table.columns.values()} & set(KIND_FIELDS["posts"])
                metric_fields = fields - {"title", "published_at", "external_id", "url", "format"}
                resolve_posts(changes, records, account_id, plan.captured_on, table.profile.defaults, metric_fields)
        else:
            resolve_daily(changes, [(t.profile, r) for t, r in zip(plan.tables, plan.records, strict=True)],
                          account_id, plan.captured_on)
        return
    if plan.kind in PLAN_RESOLVERS:
        PLAN_RESOLVERS[plan.kind](changes, plan)
        return
    resolver = TEMPLATE_RESOLVERS[plan.kind]
    bad_rows = {e.row for e in changes.errors}
    for records in plan.records:
        resolver(changes, [r for r in records if r["_row"] not in bad_rows])


class _RefusedInsideError(Exception):
    def __init__(self, found: list[RowError]) -> None:
        super().__init__("bad rows")
        self.found = found


def execute(
    store: Store,
    plan: ImportPlan,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Import the plan in one transaction: `imported`, or `refused` (bad rows) / `duplicate` writing nothing.

    `progress(done, total, text)` is called as rows are written; when `cancel()` turns true the
    transaction is rolled back and `CancelledError` raised, leaving the store as it was.
    """
    if plan.duplicate_of is not None:
        return result_of(plan, "duplicate", batch_id=plan.duplicate_of, unchanged=plan.rows)
    if plan.needs_account:
        assert plan.platform is not None
        raise ImportRefusedError(errors.AMBIGUOUS_ACCOUNT, platform=platform_name(plan.platform),
                                 names="、".join(plan.account_choices))
    if plan.errors and not skip_bad_rows:
        return result_of(plan, "refused", skipped=0)

    def ticker(text: str) -> Callable[[int, int], None]:
        def tick(done: int, total: int) -> None:
            if cancel is not None and cancel():
                raise CancelledError()
            if progress is not None:
                progress(done, total, text)

        return tick

    whole = _whole_source_of(profile=plan.profile)
    try:
        with gc_paused(), store.writing() as uow:
            uow.one_at_a_time("import")
            conn = uow.connection()
            cursor = uow.cursor()
            duplicate = duplicate_of(cursor, plan.sha256)
            if duplicate is not None:
                return result_of(plan, "duplicate", batch_id=duplicate, unchanged=plan.rows)
            if whole is not None:
                return whole.apply(uow, plan, ticker(QT_TRANSLATE_NOOP("import", "正在写入")))
            cursor.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
            try:
                changes, skipped = _write(cursor, conn, plan, skip_bad_rows, ticker)
            finally:
                cursor.execute(f"PRAGMA cache_size = {DEFAULT_CACHE}")
    except _RefusedInsideError as refused:
        result = result_of(plan, "refused")
        result.errors = sorted(refused.found, key=lambda e: e.row)
        return result
    counts = changes.counts
    result = result_of(plan, "imported", inserted=counts["inserted"], updated=counts["updated"],
                       unchanged=counts["unchanged"], linked=counts["linked"], skipped=skipped,
                       batch_id=changes.batch_id)
    result.errors = sorted(changes.errors, key=lambda e: e.row)
    return result


def _rematch(cursor: Any, plan: ImportPlan, skip_bad_rows: bool,
             ticker: Callable[[str], Callable[[int, int], None]]) -> Changes:
    """The store changed since the plan was made (or it was made without matching): match again, here."""
    changes = Changes(cursor, _next_batch_id(cursor))
    changes.errors = list(plan.errors)
    checking = ticker(QT_TRANSLATE_NOOP("import", "正在核对"))
    changes.on_rows = lambda done: checking(done, plan.rows)
    _resolve(changes, plan)
    known = {(e.row, e.column, e.message) for e in plan.errors}
    found = [e for e in changes.errors[len(plan.errors):] if (e.row, e.column, e.message) not in known]
    changes.errors = plan.errors + found
    if found and not skip_bad_rows:
        raise _RefusedInsideError(changes.errors)
    return changes


def _write(cursor: Any, conn: Any, plan: ImportPlan, skip_bad_rows: bool,
           ticker: Callable[[str], Callable[[int, int], None]]) -> tuple[Changes, int]:
    """Inside the transaction: the plan's changes (matched again only if the store changed), the batch
    row, the writes, the after-import hooks, the counts."""
    changes = plan.changes
    if changes is None or plan.reads is None or not plan.reads.still_valid(cursor):
        changes = _rematch(cursor, plan, skip_bad_rows, ticker)
    changes.cursor = cursor
    cursor.execute(
        "INSERT INTO import_batch (id, file_name, sha256, platform, kind, profile, parser_version, confidence, "
        "captured_on, rows, inserted, updated, unchanged, skipped, status, imported_at, imported_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 'importing', ?, ?)",
        (changes.batch_id, plan.file_name, plan.sha256, plan.platform, plan.kind, plan.profile, PARSER_VERSION,
         plan.confidence, plan.captured_on.isoformat(), plan.rows, sq.encode(clock.now().replace(microsecond=0)),
         operator_name()),
    )
    writing = ticker(QT_TRANSLATE_NOOP("import", "正在写入"))
    writing(0, 1)
    undo = changes.write(writing)
    run_after_import(conn, {*undo["inserted"], *undo["updated"]})
    skipped = len({e.row for e in changes.errors})
    counts = changes.counts
    cursor.execute(
        "UPDATE import_batch SET inserted = ?, updated = ?, unchanged = ?, skipped = ?, status = 'imported', "
        "undo = ? WHERE id = ?",
        (counts["inserted"], counts["updated"], counts["unchanged"], skipped, json.dumps(undo), changes.batch_id),
    )
    return changes, skipped


#: Children whose rows would vanish (or lose their parent) if a batch's new parents were deleted.
_CHILDREN = (("post_metrics", "post_id", "post"), ("post", "account_id", "account"),
             ("account_daily", "account_id", "account"), ("campaign_daily", "campaign_id", "campaign"),
             ("survey_response", "survey_id", "survey"))


def undo_batch(store: Store, batch_id: int) -> dict[str, Any]:
    """Remove what batch `batch_id` inserted and put back what it changed; the batch is kept as `undone`."""
    with store.writing() as uow:
        uow.one_at_a_time("import")
        conn = uow.connection()
        cursor = uow.cursor()
        rows = sq.fetch_dicts(cursor, "SELECT * FROM import_batch WHERE id = ?", (batch_id,))
        if not rows:
            raise ImportRefusedError(errors.BATCH_NOT_FOUND, batch_id=batch_id)
        batch = rows[0]
        if batch["status"] != "imported":
            raise ImportRefusedError(errors.BATCH_ALREADY_UNDONE, batch_id=batch_id)
        whole = _whole_source_of(kind=batch["kind"])
        if whole is not None:  # a whole-file source's changes reach too far to undo
            raise ImportRefusedError(whole.NO_UNDO, batch_id=batch_id)
        undo = json.loads(batch["undo"] or "{}")
        inserted = {t: set(sq.from_ranges(r)) for t, r in undo.get("inserted", {}).items()}
        updated = undo.get("updated", {})
        touched = {t: set(ids) for t, ids in inserted.items()}
        for table, items in updated.items():
            touched.setdefault(table, set()).update(i["id"] for i in items)
        blockers = set()
        for later in sq.fetch_dicts(cursor, "SELECT id, file_name, undo FROM import_batch WHERE id > ? AND status = 'imported'", (batch_id,)):
            later_undo = json.loads(later["undo"] or "{}")
            for table, items in later_undo.get("updated", {}).items():
                if touched.get(table, set()) & {i["id"] for i in items}:
                    blockers.add(later["file_name"])
        for child, column, parent in _CHILDREN:
            parents = sorted(inserted.get(parent, ()))
            mine = inserted.get(child, set())
            for part in sq.chunks(parents):
                cursor.execute(f"SELECT id FROM {child} WHERE {column} IN ({', '.join('?' * len(part))})", part)
                if any(row[0] not in mine for row in cursor.fetchall()):
                    blockers.add(QT_TRANSLATE_NOOP("import", "后来的导入或手工录入"))
                    break
        if blockers:
            raise ImportRefusedError(errors.BATCH_UNDO_BLOCKED, batch_id=batch_id, later="、".join(sorted(blockers)))
        restored = 0
        for table, items in updated.items():
            for item in items:
                old = item["old"]
                sets = ", ".join(f"{k} = ?" for k in old)
                cursor.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*old.values(), item["id"]))
                restored += 1
        deleted = 0
        for table in reversed(sq.TABLE_ORDER):
            ids = sorted(inserted.get(table, ()))
            for part in sq.chunks(ids):
                cursor.execute(f"DELETE FROM {table} WHERE id IN ({', '.join('?' * len(part))})", part)
                deleted += len(part)
        run_after_import(conn, set(touched))
        cursor.execute("UPDATE import_batch SET status = 'undone' WHERE id = ?", (batch_id,))
    return {"batch_id": batch_id, "file": batch["file_name"], "deleted": deleted, "restored": restored,
            "status": "undone"}


def list_batches(store: Store) -> list[dict[str, Any]]:
    """Import history, newest first (undone batches stay listed with status `undone`)."""
    with store.reading() as uow:
        cursor = uow.cursor()
        rows = sq.fetch_dicts(
            cursor,
            "SELECT id, file_name, platform, kind, profile, confidence, captured_on, rows, inserted, updated, unchanged, "
            "skipped, status, imported_at, imported_by FROM import_batch ORDER BY id DESC",
        )
    for row in rows:
        row["imported_at"] = row["imported_at"][:19] if row["imported_at"] else None
    return rows
