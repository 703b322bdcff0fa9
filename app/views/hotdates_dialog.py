"""The hot-date calendar (热点日历) editor: the year's dates by kind, and the operator's own.

Generated dates (holidays, lunar festivals, solar terms, shopping days) come from the libraries
and `resources/`; the operator adds, edits and removes their own. Editing a generated date
saves a copy of it under the same day and name, which then replaces it (e.g. a longer lead time
for 双11); removing only applies to dates the operator saved.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import UserError
from app.models import HotDateKind
from app.services.hotdates import (
    DEFAULT_LEAD_DAYS,
    HotDateItem,
    add_hot_date,
    delete_hot_date,
    hot_dates,
    update_hot_date,
)
from app.views.base import dialog_buttons
from app.views.calendar_tab.grid import KIND_COLORS
from app.views.context import ViewContext
from app.views.errors import user_message
from app.views.language import year_suffix
from app.views.table_models import label


class HotDateEditor(QDialog):
    """Add or edit one hot date: day (and end day for spans), name, kind, lead time, note, every year or once."""

    def __init__(self, item: HotDateItem | None, default_day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotDateEditor")
        self.setWindowTitle(self.tr("修改热点") if item else self.tr("添加热点"))
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.has_end = QCheckBox(self.tr("持续到"), self)
        self.end = QDateEdit(self)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.has_end.toggled.connect(self.end.setEnabled)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("例如：品牌周年庆、新品上市"))
        self.kind = QComboBox(self)
        for kind in HotDateKind:
            self.kind.addItem(label("hot_date_kind", kind), kind.value)
        self.lead = QSpinBox(self)
        self.lead.setRange(0, 365)
        self.lead.setSuffix(self.tr(" 天"))
        self.note = QLineEdit(self)
        self.yearly = QCheckBox(self.tr("每年重复"), self)
        self.yearly.setToolTip(self.tr("每年同月同日都提醒，适合周年庆、店庆"))
        self.yearly.setChecked(bool(item and item.yearly))
        day = item.date if item else default_day
        self.day.setDate(QDate(day.year, day.month, day.day))
        end = item.end_date if item and item.end_date else day
        self.end.setDate(QDate(end.year, end.month, end.day))
        self.has_end.setChecked(bool(item and item.end_date))
        self.end.setEnabled(self.has_end.isChecked())
        self.name.setText(item.name if item else "")
        kind = item.kind if item else HotDateKind.own
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.lead.setValue(item.lead_days if item else DEFAULT_LEAD_DAYS[HotDateKind.own])
        self.note.setText((item.note or "") if item else "")
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.day)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end, 1)
        form.addRow("", end_row)
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("提前准备"), self.lead)
        form.addRow(self.tr("备注"), self.note)
        form.addRow("", self.yearly)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save, ok_text=self.tr("保存"),
                                 cancel_text=self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def values(self) -> dict[str, Any]:
        """The form as keyword arguments of `add_hot_date` / `update_hot_date`."""
        return {
            "day": self.day.date().toPython(),
            "end_day": self.end.date().toPython() if self.has_end.isChecked() else None,
            "name": self.name.text(),
            "kind": HotDateKind(self.kind.currentData()),
            "lead_days": self.lead.value(),
            "notes": self.note.text().strip() or None,
            "yearly": self.yearly.isChecked(),
        }


class HotDatesDialog(QDialog):
    """The year's hot dates with a kind filter; add, edit and remove the operator's own.

    `changed` is True once anything was written (the calendar then refreshes).
    """

    def __init__(self, ctx: ViewContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.items: list[HotDateItem] = []
        self.shown: list[HotDateItem] = []
        self.setObjectName("hotDatesDialog")
        self.setWindowTitle(self.tr("热点日历"))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setSuffix(year_suffix())
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("全部类型"), "")
        for kind in HotDateKind:
            self.kind.addItem(label("hot_date_kind", kind), kind.value)
        self.count = QLabel(self)
        self.count.setObjectName("rowCount")
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.count)
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("hotDatesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("添加…"), self)
        self.edit_button = QPushButton(self.tr("修改…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.message, 1)
        hint = QLabel(self.tr("节假日、农历节日、节气和电商大促每年自动生成；修改内置热点会另存一份你的版本。"), self)
        hint.setObjectName("rowCount")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.year.valueChanged.connect(self.reload)
        self.kind.currentIndexChanged.connect(self._fill)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        """Load the year on the worker (the first year in a process takes a second or so)."""
        year = self.year.value()
        self.count.setText(self.tr("正在加载…"))
        self.ctx.tasks.run(hot_dates, year, self.ctx.store,
                           on_result=lambda items: self._loaded(year, items), on_error=self._failed)

    def _loaded(self, year: int, items: list[HotDateItem]) -> None:
        if year != self.year.value():
            return
        self.items = items
        self._fill()

    def _fill(self) -> None:
        kind = self.kind.currentData()
        self.shown = [item for item in self.items if not kind or item.kind == kind]
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("日期"), self.tr("名称"), self.tr("类型"), self.tr("提前准备"),
                                              self.tr("来源"), self.tr("备注")])
        for item in self.shown:
            day = f"{item.date:%m-%d}" + (f" – {item.end_date:%m-%d}" if item.end_date else "")
            cells = [
                QStandardItem(day),
                QStandardItem(item.name + (self.tr("（每年）") if item.yearly else "")),
                QStandardItem(label("hot_date_kind", item.kind)),
                QStandardItem(self.tr("{n} 天").format(n=item.lead_days)),
                QStandardItem(self.tr("自己加的") if item.id is not None else self.tr("内置")),
                QStandardItem(item.note or ""),
            ]
            cells[2].setForeground(QColor(KIND_COLORS.get(item.kind, "#2B64E3")))
            self.model.appendRow(cells)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.count.setText(self.tr("共 %n 个", "", len(self.shown)))
        self._selection_changed()

    def selected(self) -> HotDateItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self, *_args: Any) -> None:
        item = self.selected()
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None and item.id is not None)
        self.delete_button.setToolTip("" if item is None or item.id is not None
                                      else self.tr("内置热点不能删除，可以修改"))

    def edit_values(self, item: HotDateItem | None) -> dict[str, Any] | None:
        """Show the editor; the entered values, or None when cancelled."""
        editor = HotDateEditor(item, dt.date(self.year.value(), 1, 1) if item is None else item.date, self)
        return editor.values() if editor.exec() else None

    def add(self) -> None:
        values = self.edit_values(None)
        if values is not None:
            day, name = values.pop("day"), values.pop("name")
            self._write(add_hot_date, self.ctx.store, day, name, **values)

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        values = self.edit_values(item)
        if values is None:
            return
        if item.id is not None:
            self._write(update_hot_date, self.ctx.store, item.id, **values)
        else:  # a generated date: the operator's version under the same day and name replaces it
            day, name = values.pop("day"), values.pop("name")
            self._write(add_hot_date, self.ctx.store, day, name, **values)

    def delete_selected(self) -> None:
        item = self.selected()
        if item is not None and item.id is not None:
            self._write(delete_hot_date, self.ctx.store, item.id)

    def _write(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        def done(_result: Any) -> None:
            self.changed = True
            self.say(self.tr("已保存"))
            self.reload()

        self.ctx.tasks.run(fn, *args, on_result=done, on_error=self._failed, writes=True, **kwargs)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.say(user_message(exc), error=True)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #D93025;" if error else "color: #2F9E44;")
        self.message.setText(text)
