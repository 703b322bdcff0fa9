"""What every tab is given: the open store, the background task runner and the data-change signal.

Tabs get a `ViewContext` and nothing else — never the main window — so a tab module can be
replaced wholesale without touching the others (see the contract in `app.views`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.store import Store
from app.views.tasks import TaskRunner


class DataSignals(QObject):
    """The app-wide "the data changed" bus.

    Signals:
        dataChanged(set): names of the tables that changed (e.g. {"post", "post_metrics"});
            the set `ALL_TABLES` means "everything" (after a restore or demo data).
    """

    dataChanged = Signal(set)

    def notify(self, *tables: str) -> None:
        """Tell every tab that these tables changed (call on the UI thread after a write)."""
        self.dataChanged.emit(set(tables) or set(ALL_TABLES))


#: Sent after a restore, demo data or anything that replaces the whole store.
ALL_TABLES = frozenset({"*"})


@dataclass(frozen=True)
class ViewContext:
    """The services a tab may use. Plain values; tabs keep a reference, never a copy of the data."""

    store: Store
    tasks: TaskRunner
    signals: DataSignals
