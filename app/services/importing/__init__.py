"""Import engine: every platform export and OpsDesk template in, nothing lost, nothing doubled.

Call `analyse_file()` to recognise a file and see what importing it would do, `execute()` to
write it (one transaction), `undo_batch()` to take a batch back, `list_batches()` for history and
`save_mapping_profile()` to remember a column mapping for files of unknown shape.
"""

from app.services.importing.errors import ImportRefusedError
from app.services.importing.rows import RowError
from app.services.importing.service import (
    ImportPlan,
    ImportResult,
    analyse_file,
    dry_run_result,
    execute,
    list_batches,
    platform_code,
    save_mapping_profile,
    saved_profiles,
    undo_batch,
)

__all__ = [
    "ImportPlan",
    "ImportRefusedError",
    "ImportResult",
    "RowError",
    "analyse_file",
    "dry_run_result",
    "execute",
    "list_batches",
    "platform_code",
    "save_mapping_profile",
    "saved_profiles",
    "undo_batch",
]
