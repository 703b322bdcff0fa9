"""How long jobs (imports, exports, printing) report progress and learn they were cancelled.

A job takes `progress(done, total, text)` and `cancel() -> bool` callables; when `cancel()` turns
true it raises `CancelledError` before writing anything, so the store stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class CancelledError(Exception):
    """The user cancelled the job; nothing was written."""
