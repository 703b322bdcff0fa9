"""The single writer: one process-wide lock that every write to the store takes (DESIGN §3).

Its own module, free of SQLAlchemy, so taking it costs nothing at start-up. A transaction begun
while this thread holds the lock is a write and begins IMMEDIATE (app/store/db.py): it takes
SQLite's write lock at once, so writers in other processes (the CLI beside the window, a second
import) wait for each other through the busy timeout instead of failing half-way.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_write_lock = threading.RLock()
_held = threading.local()


@contextmanager
def write_lock() -> Iterator[None]:
    """Serialise writers in this process; only the store takes it (`Store.writing()` and its
    whole-file operations), so no writer can forget it."""
    with _write_lock:
        _held.depth = getattr(_held, "depth", 0) + 1
        try:
            yield
        finally:
            _held.depth -= 1


def writing_here() -> bool:
    """True when this thread holds the write lock (its transactions are writes)."""
    return getattr(_held, "depth", 0) > 0
