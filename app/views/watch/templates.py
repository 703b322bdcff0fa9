"""回复模板: the reply templates, with placeholders filled in when replying to an alert."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import watch
from app.views.context import ViewContext
from app.views.watch.display import translate


class TemplatesPage(QWidget):
    """The templates listed on the left, the chosen one edited on the right.

    Signals:
        stored(): a template was saved or deleted (the panel reloads).
    """

    stored = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.templates: list[dict[str, Any]] = []
        self.template_list = QListWidget(self)
        self.template_list.setObjectName("templateList")
        self.template_list.currentItemChanged.connect(self._template_selected)
        self.template_name = QLineEdit(self)
        self.template_body = QPlainTextEdit(self)
        hint = QLabel(translate("WatchPanel", "可用占位符：{用户} {品牌} {产品} {平台} {评论}，回复时自动填好。"), self)
        hint.setObjectName("rowCount")
        new = QPushButton(translate("WatchPanel", "新建"), self)
        new.clicked.connect(self._template_new)
        save = QPushButton(translate("WatchPanel", "保存模板"), self)
        save.clicked.connect(self.save_template)
        delete = QPushButton(translate("WatchPanel", "删除"), self)
        delete.clicked.connect(self.delete_template)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(save)
        buttons.addStretch(1)
        buttons.addWidget(delete)
        form = QFormLayout()
        form.addRow(translate("WatchPanel", "名称"), self.template_name)
        form.addRow(translate("WatchPanel", "内容"), self.template_body)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(hint)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.template_list, 1)
        layout.addLayout(right, 2)

    def show_data(self, data: dict[str, Any]) -> None:
        """List the templates `load_watch` read, keeping the chosen one chosen."""
        self.templates = data["templates"]
        current = self.template_list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.template_list.blockSignals(True)
        self.template_list.clear()
        for t in self.templates:
            item = QListWidgetItem(t["name"])
            item.setData(Qt.ItemDataRole.UserRole, t["id"])
            self.template_list.addItem(item)
            if t["id"] == current_id:
                self.template_list.setCurrentItem(item)
        self.template_list.blockSignals(False)

    def _template_selected(self, item: QListWidgetItem | None) -> None:
        template = next((t for t in self.templates
                         if item is not None and t["id"] == item.data(Qt.ItemDataRole.UserRole)), None)
        self.template_name.setText(template["name"] if template else "")
        self.template_body.setPlainText(template["body"] if template else "")

    def _template_new(self) -> None:
        self.template_list.setCurrentItem(None)
        self.template_list.clearSelection()
        self.template_name.clear()
        self.template_body.clear()
        self.template_name.setFocus()

    def save_template(self) -> None:
        item = self.template_list.currentItem()
        template_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.ctx.tasks.run(watch.save_template, self.ctx.store, self.template_name.text(),
                           self.template_body.toPlainText(), template_id,
                           on_result=lambda _r: self._written(), writes=True)

    def delete_template(self) -> None:
        item = self.template_list.currentItem()
        if item is not None:
            self.ctx.tasks.run(watch.delete_template, self.ctx.store, item.data(Qt.ItemDataRole.UserRole),
                               on_result=lambda _r: self._written(), writes=True)

    def _written(self) -> None:
        self.ctx.signals.notify("reply_template")
        self.stored.emit()
