"""Import engine: every platform export and OpsDesk template in, nothing lost, nothing doubled.

The stages (read → recognise → parse → plan → apply) and where each kind of file is registered
are described in `sources`. Call `import_files()` to import files (progress, cancel, dry run);
`analyse_file()` to recognise one file and see what importing it would do, `execute()` to write
that plan (one transaction); `undo_batch()` to take a batch back, `list_batches()` for history and
`save_mapping_profile()` to remember a column mapping for files of unknown shape.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.importing.errors import ImportRefusedError
    from app.services.importing.files import ImportOptions, ImportRun, import_files
    from app.services.importing.plan import ImportPlan, ImportResult, dry_run_result
    from app.services.importing.rows import RowError
    from app.services.importing.service import (
        analyse_file,
        execute,
        list_batches,
        platform_code,
        save_mapping_profile,
        saved_profiles,
        undo_batch,
    )

#: Where each name lives. Loaded on first use, so `reader.read_ahead` can start reading a file
#: (calamine lets go of the GIL) before the engine, SQLAlchemy and the models are imported.
_HOMES = {
    "ImportRefusedError": "errors", "ImportOptions": "files", "ImportRun": "files", "import_files": "files",
    "ImportPlan": "plan", "ImportResult": "plan", "dry_run_result": "plan", "RowError": "rows",
    "analyse_file": "service", "execute": "service", "list_batches": "service", "platform_code": "service",
    "save_mapping_profile": "service", "saved_profiles": "service", "undo_batch": "service",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)


__all__ = [
    "ImportOptions",
    "ImportPlan",
    "ImportRefusedError",
    "ImportResult",
    "ImportRun",
    "RowError",
    "analyse_file",
    "dry_run_result",
    "execute",
    "import_files",
    "list_batches",
    "platform_code",
    "save_mapping_profile",
    "saved_profiles",
    "undo_batch",
]
