"""The 活动 tab's editable daily numbers: one row per campaign day, empty cells kept missing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.i18n import QT_TRANSLATE_NOOP

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


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
