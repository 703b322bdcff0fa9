"""The shape of the 活动 tab's list pages (推广投放, 合作, 竞品): a row of buttons, a table, an empty state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views.base import EmptyState, make_table_view
from app.views.table_models import ListTableModel


def button_row(parent: QWidget, *specs: tuple[str, Any]) -> QHBoxLayout:
    """Buttons from (text, slot) pairs, left-aligned, room on the right for a count."""
    row = QHBoxLayout()
    for text, slot in specs:
        button = QPushButton(text, parent)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


class ListPage(QWidget):
    """A list page: buttons, a table and an empty state; subclasses fill `model` in `refresh()`.

    Signals:
        changed(set): tables written.
    """

    changed = Signal(set)

    def _selected(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _build(self, model: ListTableModel, empty: str, buttons: QHBoxLayout) -> None:
        self.model = model
        self.view = make_table_view(model, self, single_selection=True)
        self.stack = EmptyState(self.view, empty, self)
        self.count = QLabel(self)
        self.count.setObjectName("rowCount")
        buttons.addWidget(self.count)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.stack, 1)

    def _show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.stack.setEmpty(not rows)
