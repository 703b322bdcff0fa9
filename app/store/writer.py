"""The single writer: one process-wide lock that every write to the store takes (DESIGN §3).

Its own module, free of SQLAlchemy, so taking it costs nothing at start-up.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_write_lock = threading.RLock()


@contextmanager
def write_lock() -> Iterator[None]:
    """Serialise writers in this process; bulk writers on raw connections take it too."""
    with _write_lock:
        yield
