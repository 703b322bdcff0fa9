"""Other operators' changes appear in an open window within a few seconds (team store, issue 21).

On a team store every write announces the tables it wrote (app/store/db.py); `LiveRefresh` listens
on a thread of its own (app/store/notify.Listener, blocking on the server's notifications) and hands
what other windows and CLIs wrote to the UI thread, gathered for a moment so one burst of saves is
one refresh, through the same `dataChanged` signal a local save or import uses: the tabs showing
those tables refresh, a hidden tab on its next show, an editor with unsaved typing keeps it. On the
local SQLite store it does nothing.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from app.views.context import ViewContext

#: How long notifications are gathered before the tabs are told (ms).
GATHER_MS = 300


class LiveRefresh(QObject):
    """Start with `start()` (no-op on a local store), stop with `stop()` (the window's close)."""

    arrived = Signal(set)

    def __init__(self, ctx: ViewContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._flush)
        self.arrived.connect(self._gather)  # queued: emitted on the listening thread
        self._listener: object | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        """Listen when the store is a team store; True when listening."""
        if self.ctx.store.url is None or self._thread is not None:
            return False
        from app.store.notify import listener_for

        listener = listener_for(self.ctx.store, self.arrived.emit)
        assert listener is not None
        self._listener = listener
        self._thread = threading.Thread(target=listener.run, name="opsdesk-live-refresh", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()  # type: ignore[attr-defined]
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._listener = self._thread = None

    def _gather(self, tables: set[str]) -> None:
        self._pending |= tables
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        tables, self._pending = self._pending, set()
        if tables:
            self.ctx.signals.notify(*tables)
