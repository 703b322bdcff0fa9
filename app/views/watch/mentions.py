"""提及: every mention found, filtered by sentiment, and comments pasted from a platform checked and saved."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.vocabulary import PLATFORM_NAMES
from app.services import watch
from app.views.base import make_table_view
from app.views.context import ViewContext
from app.views.table_models import ListColumn, ListTableModel, label, label_choices, platform_name
from app.views.watch.display import (
    SENTIMENT_COLORS,
    highlight_html,
    show_status,
    source_text,
    terms_text,
    translate,
    when,
)


class MentionsPage(QWidget):
    """The mentions with their terms highlighted, and a box to paste comments into.

    Signals:
        stored(): pasted comments were saved (the panel reloads).
    """

    stored = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mentions: list[dict[str, Any]] = []
        self.sentiment_filter = QComboBox(self)
        self.sentiment_filter.addItem(translate("WatchPanel", "全部情感"), None)
        for code, text in label_choices("sentiment"):
            self.sentiment_filter.addItem(text, code)
        self.sentiment_filter.currentIndexChanged.connect(self._show_mentions)
        self.mention_count = QLabel(self)
        self.mention_count.setObjectName("rowCount")
        bar = QHBoxLayout()
        bar.addWidget(self.sentiment_filter)
        bar.addStretch(1)
        bar.addWidget(self.mention_count)
        self.mention_model = ListTableModel([
            ListColumn(translate("WatchPanel", "情感"), lambda r: r["sentiment"],
                       lambda r: label("sentiment", r["sentiment"])),
            ListColumn(translate("WatchPanel", "内容"), lambda r: r["text"]),
            ListColumn(translate("WatchPanel", "命中词"), terms_text),
            ListColumn(translate("WatchPanel", "来源"), source_text),
            ListColumn(translate("WatchPanel", "时间"), lambda r: r["mentioned_at"], lambda r: when(r["mentioned_at"])),
        ], self, foreground=lambda r, c: SENTIMENT_COLORS.get(r["sentiment"]) if c == 0 else None,
            tooltip=lambda r: r.get("text"))
        self.mention_view = make_table_view(self.mention_model, self, single_selection=True)
        self.mention_view.setObjectName("mentionTable")
        for col, width in enumerate((60, 520, 160, 110)):
            self.mention_view.setColumnWidth(col, width)
        self.mention_text = QTextBrowser(self)
        self.mention_text.setObjectName("mentionText")
        self.mention_text.setMaximumHeight(90)
        self.mention_view.selectionModel().currentRowChanged.connect(self._mention_selected)

        self.paste_box = QPlainTextEdit(self)
        self.paste_box.setObjectName("pasteBox")
        self.paste_box.setPlaceholderText(translate("WatchPanel", "把从平台复制的评论粘贴在这里，一行一条。"))
        self.paste_box.setMaximumHeight(110)
        self.paste_platform = QComboBox(self)
        self.paste_platform.addItem(translate("WatchPanel", "平台（可不选）"), None)
        for code in PLATFORM_NAMES:
            self.paste_platform.addItem(platform_name(code), str(code))
        check = QPushButton(translate("WatchPanel", "检查并保存"), self)
        check.setObjectName("pasteButton")
        check.clicked.connect(self.check_pasted)
        self.paste_result = QTextBrowser(self)
        self.paste_result.setObjectName("pasteResult")
        self.paste_result.setMaximumHeight(110)
        self.paste_result.hide()
        paste_bar = QHBoxLayout()
        paste_bar.addWidget(QLabel(translate("WatchPanel", "粘贴评论："), self))
        paste_bar.addStretch(1)
        paste_bar.addWidget(self.paste_platform)
        paste_bar.addWidget(check)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.mention_view, 1)
        layout.addWidget(self.mention_text)
        layout.addLayout(paste_bar)
        layout.addWidget(self.paste_box)
        layout.addWidget(self.paste_result)

    def show_data(self, data: dict[str, Any]) -> None:
        """Show the mentions `load_watch` read."""
        self.mentions = data["mentions"]
        self._show_mentions()

    def _show_mentions(self) -> None:
        code = self.sentiment_filter.currentData()
        rows = [r for r in self.mentions if code is None or r["sentiment"] == code]
        self.mention_model.set_rows(rows)
        if rows:
            self.mention_view.selectRow(0)
        else:
            self._mention_selected(QModelIndex())
        self.mention_count.setText(self.tr("共 %n 条", "", len(rows)))  # tr: lupdate sees the plural form

    def _mention_selected(self, index: QModelIndex) -> None:
        row = self.mention_model.row_at(index.row()) if index.isValid() else None
        self.mention_text.setHtml(highlight_html(row["text"], row["terms"]) if row else "")

    def check_pasted(self) -> None:
        text = self.paste_box.toPlainText()
        if not text.strip():
            return
        self.ctx.tasks.run(watch.add_pasted, self.ctx.store, text, self.paste_platform.currentData(),
                           on_result=self._pasted, writes=True)

    def _pasted(self, results: list[dict[str, Any]]) -> None:
        lines = []
        alert = html.escape(translate("WatchPanel", "【预警】"))
        not_saved = html.escape(translate("WatchPanel", "（没有监测词，未保存）"))
        for r in results:
            color = SENTIMENT_COLORS[r["sentiment"]]
            mark = f"<b style='color:#B42318'>{alert}</b>" if r["alert"] else ""
            sentiment = html.escape(label("sentiment", r["sentiment"]))
            note = "" if r["terms"] else f" <span style='color:#6B7280'>{not_saved}</span>"
            lines.append(f"{mark}<span style='color:{color}'>[{sentiment}]</span> {highlight_html(r['text'], r['terms'])}{note}")
        self.paste_result.setHtml("<br/>".join(lines))
        self.paste_result.show()
        if any(r["id"] for r in results):
            self.paste_box.clear()
            self.ctx.signals.notify("mention")
            show_status(self, translate("WatchPanel", "已保存粘贴的评论。"))
            self.stored.emit()
