"""Live refresh on a team store: every write announces its tables, open windows listen (issue 21).

A write transaction on PostgreSQL ends with `pg_notify('opsdesk', '<sender>|table,table')`
(app/store/db.py, `_announce`); the server delivers it to every listening connection when the
transaction commits. `Listener` holds one such connection of its own (on the window's worker thread)
and hands the tables others wrote to a callback; the writes of the window's own store (`ignore`, its
engine's `sender_of`) are left out, the window having refreshed for them already. On the local
SQLite store nothing of this runs.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from app.store.db import CHANNEL

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine

    from app.store import Store

log = logging.getLogger(__name__)

#: This process's mark on what it announces (a pid alone repeats across computers).
PROCESS = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"


def sender_of(engine: Engine) -> str:
    """Who announces a write: one open store (its engine) of this process."""
    return f"{PROCESS}-{id(engine):x}"


def payload(tables: Iterable[str], sender: str) -> str:
    return f"{sender}|{','.join(sorted(tables))}"


def parse(message: str) -> tuple[str, set[str]]:
    """(sender, tables) of a notification's payload."""
    sender, _, names = message.partition("|")
    return sender, {name for name in names.split(",") if name}


class Listener:
    """LISTEN on the store's server until `stop()`; `run()` blocks (call it on a worker thread) and
    calls `on_tables` with the tables each other writer wrote ("*" for all); `ignore` is the sender
    whose writes are left out (the listening window's own store)."""

    def __init__(self, url: URL, on_tables: Callable[[set[str]], None], *, ignore: str | None = None,
                 poll_seconds: float = 0.5) -> None:
        self.url = url
        self.on_tables = on_tables
        self.ignore = ignore
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def _connect(self) -> object:
        import psycopg

        from app.store.server import CONNECT_TIMEOUT, _libpq_url

        return psycopg.connect(_libpq_url(self.url), password=self.url.password, autocommit=True,
                               connect_timeout=CONNECT_TIMEOUT)

    def run(self) -> None:
        """Listen, reconnecting after a dropped connection, until stopped."""
        while not self._stop.is_set():
            try:
                with self._connect() as conn:  # type: ignore[attr-defined]
                    conn.execute(f"LISTEN {CHANNEL}")
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=self.poll_seconds, stop_after=1):
                            sender, tables = parse(note.payload)
                            if sender != self.ignore and tables:
                                self.on_tables(tables)
            except Exception as exc:  # a dropped server: try again shortly, the window keeps working
                log.warning("live refresh paused: %s", exc)
                self._stop.wait(5)


def listener_for(store: Store, on_tables: Callable[[set[str]], None]) -> Listener | None:
    """A Listener for a team store's window, leaving out that store's own writes; None on SQLite."""
    if store.url is None:
        return None
    return Listener(store.url, on_tables, ignore=sender_of(store.engine))
