"""One way to import files, for the import dialog and `opsdesk-cli import` alike.

`import_files` takes paths (planned here) or plans the dialog already made and previewed, and
applies them one by one, each in its own transaction, with the same rules everywhere: a file that
cannot be imported at all is refused with its reason and the next one goes on; bad rows refuse
their file unless `skip_bad_rows`; `dry_run` reports what would happen and writes nothing; an
ambiguous account is refused unless the plan names one; a cancel rolls back the file being
written and stops.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n import UserError
from app.services.importing.plan import ImportPlan, ImportResult, dry_run_result
from app.services.importing.service import analyse_file, execute
from app.services.progress import Cancel, CancelledError
from app.store import Store

#: progress(file index, done, total, text): where the run is, file by file.
FilesProgress = Callable[[int, int, int, str], None]


@dataclass(frozen=True)
class ImportOptions:
    """What the operator chose for the files (`--platform`, `--account`, … or the dialog's boxes)."""

    platform: str | None = None
    account: str | None = None
    as_of: dt.date | None = None
    profile: str | None = None
    kind: str | None = None
    skip_bad_rows: bool = False
    dry_run: bool = False
    community: str | None = None


@dataclass
class ImportRun:
    """The results in file order; `cancelled` when a cancel stopped the run (that file wrote nothing)."""

    results: list[ImportResult] = field(default_factory=list)
    cancelled: bool = False


def refused(path: Path, exc: UserError) -> ImportResult:
    """The result of a file that could not be planned at all (unreadable, unknown shape …)."""
    return ImportResult(file=path.name, platform=None, profile=None, kind=None, rows=0, status="refused",
                        refusal=exc)


def import_files(
    store: Store,
    files: Sequence[str | Path | ImportPlan],
    options: ImportOptions | None = None,
    progress: FilesProgress | None = None,
    cancel: Cancel | None = None,
) -> ImportRun:
    """Plan (unless given a plan) and apply each file in turn; see the module docstring for the rules."""
    options = options or ImportOptions()
    run = ImportRun()
    for index, item in enumerate(files):
        if cancel is not None and cancel():
            run.cancelled = True
            return run

        def report(done: int, total: int, text: str, index: int = index) -> None:
            if progress is not None:
                progress(index, done, total, text)

        try:
            plan = item if isinstance(item, ImportPlan) else analyse_file(
                store, item, platform=options.platform, account=options.account, as_of=options.as_of,
                profile=options.profile, kind=options.kind, community=options.community)
            result = dry_run_result(plan) if options.dry_run else execute(
                store, plan, skip_bad_rows=options.skip_bad_rows, progress=report, cancel=cancel)
        except CancelledError:
            run.cancelled = True
            return run
        except UserError as exc:
            path = item.path if isinstance(item, ImportPlan) else Path(item).expanduser()
            run.results.append(refused(path, exc))
            continue
        run.results.append(result)
    return run
