"""Pieces the 用户与社群 pages share: a list-backed query for `SqlTableModel`, headings, translated templates.

`ListQuery` lets the short lists of this tab (communities, feedback, needs, monthly history) go
through the same `SqlTableModel` as the 100,000-member table: it quacks like a `TableQuery`
but gets its rows from a service function, so the views hold no SQL and no second table model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.services.queries import Column

#: Loads the rows to show for a search text and the model's equality filters.
Loader = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


class ListQuery:
    """A `TableQuery` look-alike over a service function that returns a short list of dicts.

    Rows are keyed by `id_key` (or by their position when the rows have no id); sorting is done
    here in Python, which is fine for the hundreds of rows these lists hold.
    """

    def __init__(self, columns: Sequence[Column], load: Loader, id_key: str | None = "id") -> None:
        self.columns = tuple(columns)
        self._load = load
        self._id_key = id_key
        self._rows: dict[int, dict[str, Any]] = {}

    def ids(self, engine: Any, text: str = "", equals: dict[str, Any] | None = None,
            sort_key: str | None = None, descending: bool = False) -> list[int]:
        loaded = self._load(text, {k: v for k, v in (equals or {}).items() if v is not None})
        self._rows = {(row[self._id_key] if self._id_key else n): row for n, row in enumerate(loaded)}
        ids = list(self._rows)
        if sort_key is None:
            return ids
        known = [i for i in ids if self._rows[i].get(sort_key) is not None]
        known.sort(key=lambda i: self._rows[i][sort_key], reverse=descending)
        return known + [i for i in ids if self._rows[i].get(sort_key) is None]

    def rows(self, engine: Any, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        return {i: tuple(self._rows[i].get(c.key) for c in self.columns) for i in ids if i in self._rows}

    def record(self, row_id: int) -> dict[str, Any] | None:
        """The whole dict behind a row (more than the shown columns)."""
        return self._rows.get(row_id)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionHeading")
    return label


def translated(context: str, text: str, **params: Any) -> str:
    """A Qt-free module's marked template, translated, then filled in."""
    return QCoreApplication.translate(context, text).format(**params)
