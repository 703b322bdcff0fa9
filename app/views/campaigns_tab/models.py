"""Small table models of the 活动 tab: read-only lists of dicts and the editable daily numbers.

These tables hold tens of rows (campaigns' days, boosts, partners, benchmarks), so the rows live
in a Python list and sort in the model's own `sort()`; big tables use `SqlTableModel` instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.i18n import QT_TRANSLATE_NOOP
from app.views.table_models import format_value, platform_icon

_NUMERIC = {"int", "float", "money", "rate", "ratio"}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
FLAG_BACKGROUND = QColor("#FDECEC")
FLAG_TEXT = QColor("#B42318")


@dataclass(frozen=True)
class Col:
    """A column: the row key, its header (translated by the page), and how to show the value."""

    key: str
    title: str
    kind: str = "text"


def show(kind: str, value: Any) -> str:
    """A cell's text; `ratio` is a plain number with two decimals (ROI)."""
    if kind == "ratio":
        return "" if value is None else f"{value:.2f}"
    return format_value(kind, value)


class RowsModel(QAbstractTableModel):
    """Read-only rows (dicts with an "id") under columns; rows where `flagged(row)` is true are
    highlighted in red, with `tooltip(row)` as their tooltip."""

    def __init__(self, columns: Sequence[Col], parent: Any = None, *,
                 flagged: Callable[[dict[str, Any]], bool] | None = None,
                 tooltip: Callable[[dict[str, Any]], str | None] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict[str, Any]] = []
        self._flagged = flagged
        self._tooltip = tooltip

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> dict[str, Any]:
        return self.rows[index]

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.get("id") == row_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.kind in _NUMERIC else _LEFT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        value = row.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return show(column.kind, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.kind in _NUMERIC else _LEFT
        if role == Qt.ItemDataRole.DecorationRole and column.kind == "platform" and value:
            return platform_icon(value)
        flagged = self._flagged is not None and self._flagged(row)
        if role == Qt.ItemDataRole.BackgroundRole and flagged:
            return QBrush(FLAG_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QBrush(FLAG_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tooltip is not None and (tip := self._tooltip(row)):
                return tip
            text = show(column.kind, value)
            return text if len(text) > 16 else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        key = self.columns[column].key
        self.layoutAboutToBeChanged.emit()
        known = [r for r in self.rows if r.get(key) is not None]
        known.sort(key=lambda r: r[key] if not hasattr(r[key], "value") else r[key].value,
                   reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = known + [r for r in self.rows if r.get(key) is None]
        self.layoutChanged.emit()


#: The editable daily columns: key, header, whole numbers (else money).
DAILY_COLUMNS = (
    ("participants", QT_TRANSLATE_NOOP("CampaignsTab", "参与人数"), True),
    ("shares", QT_TRANSLATE_NOOP("CampaignsTab", "分享人数"), True),
    ("new_followers", QT_TRANSLATE_NOOP("CampaignsTab", "新增关注"), True),
    ("conversions", QT_TRANSLATE_NOOP("CampaignsTab", "转化"), True),
    ("cost", QT_TRANSLATE_NOOP("CampaignsTab", "花费"), False),
    ("revenue", QT_TRANSLATE_NOOP("CampaignsTab", "成交金额"), False),
)
WEEKDAYS = (QT_TRANSLATE_NOOP("CampaignsTab", "周一"), QT_TRANSLATE_NOOP("CampaignsTab", "周二"),
            QT_TRANSLATE_NOOP("CampaignsTab", "周三"), QT_TRANSLATE_NOOP("CampaignsTab", "周四"),
            QT_TRANSLATE_NOOP("CampaignsTab", "周五"), QT_TRANSLATE_NOOP("CampaignsTab", "周六"),
            QT_TRANSLATE_NOOP("CampaignsTab", "周日"))


class DailyNumbersModel(QAbstractTableModel):
    """One row per campaign day (warm-up excluded), editable; empty cells stay missing (None).

    Signals:
        edited(): a cell changed (the page saves the changed days).
    """

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.days: list[dt.date] = []
        self.values: dict[dt.date, dict[str, Any]] = {}
        self.changed: set[dt.date] = set()

    def load(self, start: dt.date, end: dt.date, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        by_day = {r["day"]: r for r in rows}
        first = min([start, *by_day])
        last = max([end, *by_day])
        self.days = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
        self.values = {d: {k: by_day.get(d, {}).get(k) for k, _t, _i in DAILY_COLUMNS} for d in self.days}
        self.changed.clear()
        self.endResetModel()

    def changed_rows(self) -> list[dict[str, Any]]:
        return [{"day": d, **self.values[d]} for d in sorted(self.changed)]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DAILY_COLUMNS) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return QCoreApplication.translate("CampaignsTab", "日期")
            return QCoreApplication.translate("CampaignsTab", DAILY_COLUMNS[section - 1][1])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.days[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{day.isoformat()} {QCoreApplication.translate('CampaignsTab', WEEKDAYS[day.weekday()])}"
            return None
        key, _title, whole = DAILY_COLUMNS[index.column() - 1]
        value = self.values[day][key]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else (f"{int(value):,}" if whole else f"{value:,.2f}")
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else (str(int(value)) if whole else f"{value:.2f}")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        key, _title, whole = DAILY_COLUMNS[index.column() - 1]
        text = str(value).replace(",", "").replace("¥", "").strip()
        try:
            number: Any = None if text == "" else (int(text) if whole else round(float(text), 2))
        except ValueError:
            return False
        if number is not None and number < 0:
            return False
        day = self.days[index.row()]
        if self.values[day][key] == number:
            return True
        self.values[day][key] = number
        self.changed.add(day)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
