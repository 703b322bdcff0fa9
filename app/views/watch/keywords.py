"""监测词: the watch words, each on or off, added and removed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services import watch
from app.views.base import make_table_view
from app.views.context import ViewContext
from app.views.table_models import ListColumn, ListTableModel, label, label_choices
from app.views.watch.display import translate


class KeywordsPage(QWidget):
    """The watch words; the checkbox turns one off without forgetting it.

    Signals:
        stored(): a word was added, removed or switched (the panel scans again).
    """

    stored = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        on, off = translate("WatchPanel", "监测中"), translate("WatchPanel", "已停用")
        self.keyword_model = ListTableModel([
            ListColumn(translate("WatchPanel", "监测词"), lambda r: r["term"]),
            ListColumn(translate("WatchPanel", "种类"), lambda r: r["kind"],
                       lambda r: label("watch_kind", r["kind"])),
            ListColumn(translate("WatchPanel", "状态"), lambda r: r["enabled"], lambda r: on if r["enabled"] else off),
        ], self, check_key="enabled")
        self.keyword_model.toggled.connect(self._keyword_toggled)
        self.keyword_view = make_table_view(self.keyword_model, self, single_selection=True)
        self.keyword_view.setObjectName("keywordTable")
        self.keyword_view.setColumnWidth(0, 200)
        self.keyword_view.setColumnWidth(1, 90)
        self.term_edit = QLineEdit(self)
        self.term_edit.setObjectName("termEdit")
        self.term_edit.setPlaceholderText(translate("WatchPanel", "品牌名、产品名、人名或负面词"))
        self.term_edit.returnPressed.connect(self.add_keyword)
        self.kind_pick = QComboBox(self)
        for code, text in label_choices("watch_kind"):
            self.kind_pick.addItem(text, code)
        add = QPushButton(translate("WatchPanel", "添加"), self)
        add.clicked.connect(self.add_keyword)
        remove = QPushButton(translate("WatchPanel", "删除所选"), self)
        remove.clicked.connect(self.remove_keyword)
        bar = QHBoxLayout()
        bar.addWidget(self.term_edit, 1)
        bar.addWidget(self.kind_pick)
        bar.addWidget(add)
        bar.addStretch(1)
        bar.addWidget(remove)
        hint = QLabel(translate("WatchPanel", "品牌和产品的负面提及会成为预警；勾掉的词保留但不再匹配。监测词按“词”匹配：加上“小美面膜”，它就作为一个词被认出来。"), self)
        hint.setWordWrap(True)
        hint.setObjectName("rowCount")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(hint)
        layout.addWidget(self.keyword_view, 1)

    def show_data(self, data: dict[str, Any]) -> None:
        self.keyword_model.set_rows(data["keywords"])

    def add_keyword(self) -> None:
        term = self.term_edit.text().strip()
        if not term:
            return
        self.ctx.tasks.run(watch.add_keyword, self.ctx.store, term, self.kind_pick.currentData(),
                           on_result=lambda _r: (self.term_edit.clear(), self._written()), writes=True)

    def remove_keyword(self) -> None:
        row = self.keyword_model.row_at(self.keyword_view.currentIndex().row())
        if row is not None:
            self.ctx.tasks.run(watch.remove_keyword, self.ctx.store, row["id"],
                               on_result=lambda _r: self._written(), writes=True)

    def _keyword_toggled(self, row: dict[str, Any], enabled: bool) -> None:
        self.ctx.tasks.run(watch.set_keyword_enabled, self.ctx.store, row["id"], enabled,
                           on_result=lambda _r: self._written(), writes=True)

    def _written(self) -> None:
        self.ctx.signals.notify("watch_keyword")
        self.stored.emit()
