"""Pieces the 选题库 and 草稿 tabs share: a small sortable list model, months and text offsets.

`ListTableModel` is for tables of at most a few thousand rows that a service hands over as a
list (what worked, a platform's drafts): it sorts in its own `sort()`, never through a
`QSortFilterProxyModel` (STYLE.md). Big tables use `app.views.table_models.SqlTableModel`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app import clock

_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class ListColumn:
    """A column of a `ListTableModel`: `value` gives the sort value, `text` what the cell reads."""

    title: str
    value: Callable[[Any], Any]
    text: Callable[[Any], str] | None = None
    numeric: bool = False


class ListTableModel(QAbstractTableModel):
    """A read-only table over a list of plain objects, sorted in `sort()` (missing values last)."""

    def __init__(self, columns: Sequence[ListColumn], parent: Any = None,
                 foreground: Callable[[Any, int], QColor | None] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._foreground = foreground
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def setRows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows = self._sorted(*self._sort)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN_RIGHT if self.columns[section].numeric else _ALIGN_LEFT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        obj = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.text is not None:
                return column.text(obj)
            value = column.value(obj)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(obj)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if column.numeric else _ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            return self._foreground(obj, index.column())
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._sorted(column, order)
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[Any]:
        value = self.columns[column].value
        known = [r for r in self._rows if value(r) is not None]
        missing = [r for r in self._rows if value(r) is None]
        known.sort(key=value, reverse=order == Qt.SortOrder.DescendingOrder)
        return known + missing


def month_choices(around: dt.date | None = None, before: int = 2, after: int = 10,
                  extra: Sequence[str] = ()) -> list[str]:
    """`YYYY-MM` months from `before` months ago to `after` months ahead, plus `extra`, newest last."""
    today = around or clock.today()
    months = set(extra)
    for shift in range(-before, after + 1):
        index = today.year * 12 + today.month - 1 + shift
        months.add(f"{index // 12:04d}-{index % 12 + 1:02d}")
    return sorted(months)


def utf16_offset(text: str, index: int) -> int:
    """A Python code-point offset into `text` as a Qt (UTF-16) position: emoji count twice in Qt."""
    head = text[: max(0, index)]
    return index + sum(1 for ch in head if ord(ch) > 0xFFFF)
