"""品牌与舆情: the watch panel (alerts, mentions, watch words, reply templates, brand guide) in its
own window, and the main window's hooks (status-bar alert count, 工具 menu entry, alerts on start).

Every read and write goes through `app.services.watch` / `app.services.brand` on the task runner:
the first scan loads jieba (≈1 s), which must never happen on the UI thread. Highlighting uses the
terms stored with each mention, so painting needs no segmenter.

The printable brand guide follows STYLE.md's printing rule: one `render(printer, guide)`; the
preview calls it through `paintRequested`, the PDF path calls it directly.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMarginsF,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QFont, QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.base import PLATFORM_NAMES
from app.services import brand, watch, watch_text
from app.views.base import HeaderFitter
from app.views.context import ViewContext
from app.views.print_preview import PrintPreview, show_print_preview
from app.views.table_models import platform_name

#: A CJK font that renders Chinese in PDFs; Qt falls back to the system's otherwise.
FONT_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"]
HIGHLIGHT = "#FFE08A"
SENTIMENT_COLORS = {"negative": "#B42318", "neutral": "#4E5561", "positive": "#0E9F6E"}


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def highlight_html(text: str, terms: Sequence[str]) -> str:
    """The text as HTML with every occurrence of the found terms marked (longest first)."""
    marks: list[tuple[int, int]] = []
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            if not any(s < end and start < e for s, e in marks):
                marks.append((start, end))
            start = text.find(term, end)
    out, pos = [], 0
    for start, end in sorted(marks):
        out.append(html.escape(text[pos:start]))
        out.append(f"<span style='background:{HIGHLIGHT};font-weight:bold'>{html.escape(text[start:end])}</span>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br/>")


def load_watch(store: Any, scan: bool) -> dict[str, Any]:
    """Everything the panel shows, as plain values (runs on the writer: scanning adds mentions)."""
    if scan:
        watch.scan_store(store)
    else:
        watch.ensure_starter_keywords(store)
    return {
        "alerts": watch.alerts(store), "counts": watch.alert_counts(store), "spike": watch.spike_status(store),
        "mentions": watch.mentions(store), "keywords": watch.keywords(store),
        "templates": watch.reply_templates(store), "guide": brand.load_guide(store),
    }


def scan_for_notice(store: Any) -> dict[str, Any]:
    """The start-up job: warm jieba, collect new mentions, check the spike, count open alerts and
    take the ones no notice has told about yet."""
    watch_text.warm_up()
    watch.scan_store(store)
    return {"counts": watch.alert_counts(store), "fresh": watch.take_unannounced_alerts(store)}


class RowsModel(QAbstractTableModel):
    """A small read-only table over a list of dicts; `columns` are (header, text-of-row) pairs.

    `check_key` makes the first column a checkbox bound to that boolean key; `toggled(row, bool)`
    reports a click (the owner writes it and reloads).

    Signals:
        toggled(dict, bool): the row whose checkbox was clicked and its new state.
    """

    toggled = Signal(dict, bool)

    def __init__(self, columns: list[tuple[str, Callable[[dict[str, Any]], str]]], parent: QObject | None = None, *,
                 check_key: str | None = None, colors: Callable[[dict[str, Any], int], str | None] | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[dict[str, Any]] = []
        self._check_key = check_key
        self._colors = colors

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str, value: Any) -> int:
        return next((i for i, r in enumerate(self._rows) if r.get(key) == value), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](row)
        if role == Qt.ItemDataRole.CheckStateRole and self._check_key and index.column() == 0:
            return Qt.CheckState.Checked if row.get(self._check_key) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and self._colors is not None:
            color = self._colors(row, index.column())
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.get("text")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._check_key and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row())
        if row is None or role != Qt.ItemDataRole.CheckStateRole or not self._check_key:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        row[self._check_key] = checked
        self.dataChanged.emit(index, index)
        self.toggled.emit(row, checked)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        getter = self._columns[column][1]
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=getter, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _table(model: RowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    HeaderFitter(view)
    return view


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _hours_text(hours: float | None) -> str:
    if hours is None:
        return ""
    if hours < 1:
        return QCoreApplication.translate("WatchPanel", "{m} 分钟").format(m=round(hours * 60))
    return QCoreApplication.translate("WatchPanel", "{h} 小时").format(h=f"{hours:.1f}")


class WatchPanel(QWidget):
    """Alerts with replies, mentions and pasted text, watch words, reply templates and the brand guide.

    Signals:
        countsChanged(dict): alert counts after every reload ({"new", "responding", "open", …}).
    """

    countsChanged = Signal(dict)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict[str, Any] = {}
        self._scanned = False
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_alerts(), self.tr("预警"))
        self.tabs.addTab(self._build_mentions(), self.tr("提及"))
        self.tabs.addTab(self._build_keywords(), self.tr("监测词"))
        self.tabs.addTab(self._build_templates(), self.tr("回复模板"))
        self.tabs.addTab(self._build_guide(), self.tr("品牌手册"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        ctx.signals.dataChanged.connect(self._data_changed)

    # -- building --------------------------------------------------------------------------------
    def _build_alerts(self) -> QWidget:
        page = QWidget(self)
        self.status_filter = QComboBox(page)
        self.status_filter.setObjectName("alertStatusFilter")
        for code, text in ((None, self.tr("未解决")), ("new", self.tr("待处理")), ("responding", self.tr("处理中")),
                           ("resolved", self.tr("已解决")), ("all", self.tr("全部"))):
            self.status_filter.addItem(text, code)
        self.status_filter.currentIndexChanged.connect(self._show_alerts)
        self.alert_count = QLabel(page)
        self.alert_count.setObjectName("rowCount")
        rescan = QPushButton(self.tr("重新扫描评论和反馈"), page)
        rescan.clicked.connect(lambda: self.reload(scan=True))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("状态："), page))
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        bar.addWidget(self.alert_count)
        bar.addWidget(rescan)

        self.alert_model = RowsModel([
            (self.tr("状态"), lambda r: (self.tr("紧急·") if r["urgent"] else "") + _t("watch", watch.STATUS_NAMES.get(r["status"] or "new", ""))),
            (self.tr("内容"), lambda r: r["text"]),
            (self.tr("命中词"), lambda r: self.tr("、").join(r["terms"])),
            (self.tr("来源"), self._source_text),
            (self.tr("时间"), lambda r: _when(r["mentioned_at"])),
            (self.tr("首次响应用时"), lambda r: _hours_text(r["response_hours"])),
        ], self, colors=self._alert_color)
        self.alert_view = _table(self.alert_model, page)
        self.alert_view.setObjectName("alertTable")
        for col, width in enumerate((72, 230, 100, 95, 120)):
            self.alert_view.setColumnWidth(col, width)
        self.alert_view.selectionModel().currentRowChanged.connect(self._alert_selected)

        detail = QWidget(page)
        self.alert_text = QTextBrowser(detail)
        self.alert_text.setObjectName("alertText")
        self.template_pick = QComboBox(detail)
        self.template_pick.setObjectName("templatePick")
        self.template_pick.currentIndexChanged.connect(self._fill_reply)
        self.reply_edit = QPlainTextEdit(detail)
        self.reply_edit.setObjectName("replyEdit")
        self.reply_edit.setPlaceholderText(self.tr("选一个回复模板，或直接写回复。"))
        self.reply_button = QPushButton(self.tr("回复（复制并记录）"), detail)
        self.reply_button.setObjectName("replyButton")
        self.reply_button.setToolTip(self.tr("把回复复制到剪贴板，去平台粘贴发出；同时记下首次响应时间，预警转为“处理中”。"))
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(self.tr("标为已解决"), detail)
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.clicked.connect(self.resolve)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.alert_text, 2)
        dl.addWidget(QLabel(self.tr("回复模板："), detail))
        dl.addWidget(self.template_pick)
        dl.addWidget(self.reply_edit, 2)
        dl.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.addWidget(self.alert_view)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 420])
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._set_detail_enabled(False)
        return page

    def _build_mentions(self) -> QWidget:
        page = QWidget(self)
        self.sentiment_filter = QComboBox(page)
        self.sentiment_filter.addItem(self.tr("全部情感"), None)
        for code in ("negative", "neutral", "positive"):
            self.sentiment_filter.addItem(_t("watch", watch.SENTIMENT_NAMES[code]), code)
        self.sentiment_filter.currentIndexChanged.connect(self._show_mentions)
        self.mention_count = QLabel(page)
        self.mention_count.setObjectName("rowCount")
        bar = QHBoxLayout()
        bar.addWidget(self.sentiment_filter)
        bar.addStretch(1)
        bar.addWidget(self.mention_count)
        self.mention_model = RowsModel([
            (self.tr("情感"), lambda r: _t("watch", watch.SENTIMENT_NAMES.get(r["sentiment"], ""))),
            (self.tr("内容"), lambda r: r["text"]),
            (self.tr("命中词"), lambda r: self.tr("、").join(r["terms"])),
            (self.tr("来源"), self._source_text),
            (self.tr("时间"), lambda r: _when(r["mentioned_at"])),
        ], self, colors=lambda r, c: SENTIMENT_COLORS.get(r["sentiment"]) if c == 0 else None)
        self.mention_view = _table(self.mention_model, page)
        self.mention_view.setObjectName("mentionTable")
        for col, width in enumerate((60, 520, 160, 110)):
            self.mention_view.setColumnWidth(col, width)
        self.mention_text = QTextBrowser(page)
        self.mention_text.setObjectName("mentionText")
        self.mention_text.setMaximumHeight(90)
        self.mention_view.selectionModel().currentRowChanged.connect(self._mention_selected)

        self.paste_box = QPlainTextEdit(page)
        self.paste_box.setObjectName("pasteBox")
        self.paste_box.setPlaceholderText(self.tr("把从平台复制的评论粘贴在这里，一行一条。"))
        self.paste_box.setMaximumHeight(110)
        self.paste_platform = QComboBox(page)
        self.paste_platform.addItem(self.tr("平台（可不选）"), None)
        for code in PLATFORM_NAMES:
            self.paste_platform.addItem(platform_name(code), str(code))
        check = QPushButton(self.tr("检查并保存"), page)
        check.setObjectName("pasteButton")
        check.clicked.connect(self.check_pasted)
        self.paste_result = QTextBrowser(page)
        self.paste_result.setObjectName("pasteResult")
        self.paste_result.setMaximumHeight(110)
        self.paste_result.hide()
        paste_bar = QHBoxLayout()
        paste_bar.addWidget(QLabel(self.tr("粘贴评论："), page))
        paste_bar.addStretch(1)
        paste_bar.addWidget(self.paste_platform)
        paste_bar.addWidget(check)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.mention_view, 1)
        layout.addWidget(self.mention_text)
        layout.addLayout(paste_bar)
        layout.addWidget(self.paste_box)
        layout.addWidget(self.paste_result)
        return page

    def _build_keywords(self) -> QWidget:
        page = QWidget(self)
        self.keyword_model = RowsModel([
            (self.tr("监测词"), lambda r: r["term"]),
            (self.tr("种类"), lambda r: _t("watch", watch.KIND_NAMES.get(r["kind"], r["kind"]))),
            (self.tr("状态"), lambda r: self.tr("监测中") if r["enabled"] else self.tr("已停用")),
        ], self, check_key="enabled")
        self.keyword_model.toggled.connect(self._keyword_toggled)
        self.keyword_view = _table(self.keyword_model, page)
        self.keyword_view.setObjectName("keywordTable")
        self.keyword_view.setColumnWidth(0, 200)
        self.keyword_view.setColumnWidth(1, 90)
        self.term_edit = QLineEdit(page)
        self.term_edit.setObjectName("termEdit")
        self.term_edit.setPlaceholderText(self.tr("品牌名、产品名、人名或负面词"))
        self.term_edit.returnPressed.connect(self.add_keyword)
        self.kind_pick = QComboBox(page)
        for code in ("brand", "product", "person", "negative"):
            self.kind_pick.addItem(_t("watch", watch.KIND_NAMES[code]), code)
        add = QPushButton(self.tr("添加"), page)
        add.clicked.connect(self.add_keyword)
        remove = QPushButton(self.tr("删除所选"), page)
        remove.clicked.connect(self.remove_keyword)
        bar = QHBoxLayout()
        bar.addWidget(self.term_edit, 1)
        bar.addWidget(self.kind_pick)
        bar.addWidget(add)
        bar.addStretch(1)
        bar.addWidget(remove)
        hint = QLabel(self.tr("品牌和产品的负面提及会成为预警；勾掉的词保留但不再匹配。监测词按“词”匹配：加上“小美面膜”，它就作为一个词被认出来。"), page)
        hint.setWordWrap(True)
        hint.setObjectName("rowCount")
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(hint)
        layout.addWidget(self.keyword_view, 1)
        return page

    def _build_templates(self) -> QWidget:
        page = QWidget(self)
        self.template_list = QListWidget(page)
        self.template_list.setObjectName("templateList")
        self.template_list.currentItemChanged.connect(self._template_selected)
        self.template_name = QLineEdit(page)
        self.template_body = QPlainTextEdit(page)
        hint = QLabel(self.tr("可用占位符：{用户} {品牌} {产品} {平台} {评论}，回复时自动填好。"), page)
        hint.setObjectName("rowCount")
        new = QPushButton(self.tr("新建"), page)
        new.clicked.connect(self._template_new)
        save = QPushButton(self.tr("保存模板"), page)
        save.clicked.connect(self.save_template)
        delete = QPushButton(self.tr("删除"), page)
        delete.clicked.connect(self.delete_template)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(save)
        buttons.addStretch(1)
        buttons.addWidget(delete)
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.template_name)
        form.addRow(self.tr("内容"), self.template_body)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(hint)
        right.addLayout(buttons)
        layout = QHBoxLayout(page)
        layout.addWidget(self.template_list, 1)
        layout.addLayout(right, 2)
        return page

    def _build_guide(self) -> QWidget:
        page = QWidget(self)
        self.guide_fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()

        def line(key: str, label: str, placeholder: str) -> None:
            edit = QLineEdit(page)
            edit.setPlaceholderText(placeholder)
            self.guide_fields[key] = edit
            form.addRow(label, edit)

        def text(key: str, label: str, placeholder: str) -> None:
            edit = QPlainTextEdit(page)
            edit.setPlaceholderText(placeholder)
            edit.setMaximumHeight(70)
            self.guide_fields[key] = edit
            form.addRow(label, edit)

        line("brand", self.tr("品牌名"), self.tr("如：小美研究所"))
        self.tone_preset = QComboBox(page)
        self.tone_preset.addItem(self.tr("选一个语气模板…"), None)
        for name, body in brand.TONE_PRESETS.items():
            self.tone_preset.addItem(_t("brand", name), body)
        self.tone_preset.activated.connect(self._tone_preset_chosen)
        form.addRow(self.tr("语气模板"), self.tone_preset)
        text("tone", self.tr("语气"), self.tr("专业严谨，还是轻松活泼？写清楚怎么说话。"))
        line("avatar", self.tr("头像"), self.tr("如：品牌 logo 白底，各平台统一"))
        line("cover_style", self.tr("封面风格"), self.tr("如：大字标题 + 产品实拍，左上角固定品牌角标"))
        line("colors", self.tr("品牌色"), self.tr("如：主色 #2B64E3，辅色浅灰"))
        text("service_phrasing", self.tr("客服用语"), self.tr("如：称呼“宝子”；先道歉再给方案；不说“亲”"))
        line("taboo", self.tr("禁用词"), self.tr("用逗号或顿号分开；保存后写草稿时会提醒"))
        text("notes", self.tr("其他"), "")
        save = QPushButton(self.tr("保存品牌手册"), page)
        save.setObjectName("saveGuide")
        save.clicked.connect(self.save_guide)
        preview = QPushButton(self.tr("打印预览…"), page)
        preview.clicked.connect(self.print_preview)
        pdf = QPushButton(self.tr("导出 PDF…"), page)
        pdf.clicked.connect(self.export_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addStretch(1)
        buttons.addWidget(preview)
        buttons.addWidget(pdf)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    # -- data ------------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._scanned:
            self._scanned = True
            self.reload(scan=True)

    def _data_changed(self, changed: set[str]) -> None:
        if self.isVisible() and ("*" in changed or changed & {"feedback", "watch_keyword", "reply_template"}):
            self.reload(scan="*" in changed or "feedback" in changed)

    def reload(self, scan: bool = False) -> None:
        """Re-read everything on the writer (scanning first when asked)."""
        self.ctx.tasks.run(load_watch, self.ctx.store, scan, on_result=self._loaded, writes=True)

    def _loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        self._show_banner()
        self._show_alerts()
        self._show_mentions()
        self.keyword_model.set_rows(data["keywords"])
        self._show_templates()
        self._show_guide(data["guide"])
        self.countsChanged.emit(data["counts"])

    def _show_banner(self) -> None:
        spike, counts = self.data["spike"], self.data["counts"]
        parts = []
        if spike["spike"]:
            parts.append(self.tr("⚠ 负面提及激增：今天 {n} 条，前 {days} 天日均 {avg} 条。请尽快排查原因并统一回应。").format(
                n=spike["today"], days=int(spike["thresholds"]["window_days"]), avg=f"{spike['average']:g}"))
        elif counts["urgent"]:
            parts.append(self.tr("⚠ 有 {n} 条紧急预警（负面激增）还没处理完。").format(n=counts["urgent"]))
        self.banner.setText("".join(parts))
        self.banner.setVisible(bool(parts))

    def _source_text(self, row: dict[str, Any]) -> str:
        names = {"comment": self.tr("评论"), "feedback": self.tr("反馈"), "pasted": self.tr("粘贴"),
                 "spike": self.tr("激增")}
        source = names.get(row["source"], row["source"])
        return f"{platform_name(row['platform'])}·{source}" if row["platform"] else source

    def _alert_color(self, row: dict[str, Any], column: int) -> str | None:
        if column != 0:
            return None
        if row["urgent"] and row["status"] != "resolved":
            return "#B42318"
        return {"new": "#B42318", "responding": "#B26B00", "resolved": "#0E9F6E"}.get(row["status"] or "")

    def _show_alerts(self) -> None:
        if not self.data:
            return
        code = self.status_filter.currentData()
        rows = self.data["alerts"]
        if code is None:
            rows = [r for r in rows if r["status"] != "resolved"]
        elif code != "all":
            rows = [r for r in rows if r["status"] == code]
        current = self._current_alert()
        self.alert_model.set_rows(rows)
        counts = self.data["counts"]
        self.alert_count.setText(self.tr("待处理 {new} · 处理中 {responding} · 已解决 {resolved}").format(**counts))
        row = self.alert_model.row_of("id", current["id"]) if current else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.alert_view.selectRow(row)
        else:
            self._alert_selected(QModelIndex())

    def _show_mentions(self) -> None:
        if not self.data:
            return
        code = self.sentiment_filter.currentData()
        rows = [r for r in self.data["mentions"] if code is None or r["sentiment"] == code]
        self.mention_model.set_rows(rows)
        if rows:
            self.mention_view.selectRow(0)
        else:
            self._mention_selected(QModelIndex())
        self.mention_count.setText(self.tr("共 %n 条", "", len(rows)))

    def _show_templates(self) -> None:
        templates = self.data["templates"]
        chosen = self.template_pick.currentData()
        self.template_pick.blockSignals(True)
        self.template_pick.clear()
        self.template_pick.addItem(self.tr("不用模板，自己写"), None)
        for t in templates:
            self.template_pick.addItem(t["name"], t["id"])
        index = self.template_pick.findData(chosen)
        self.template_pick.setCurrentIndex(max(index, 0))
        self.template_pick.blockSignals(False)
        current = self.template_list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.template_list.blockSignals(True)
        self.template_list.clear()
        for t in templates:
            item = QListWidgetItem(t["name"])
            item.setData(Qt.ItemDataRole.UserRole, t["id"])
            self.template_list.addItem(item)
            if t["id"] == current_id:
                self.template_list.setCurrentItem(item)
        self.template_list.blockSignals(False)

    def _show_guide(self, guide: brand.BrandGuide) -> None:
        for key, edit in self.guide_fields.items():
            value = getattr(guide, key)
            value = "、".join(value) if isinstance(value, list) else value
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            else:
                edit.setPlainText(value)

    # -- alerts ----------------------------------------------------------------------------------
    def _current_alert(self) -> dict[str, Any] | None:
        index = self.alert_view.currentIndex()
        return self.alert_model.row_at(index.row()) if index.isValid() else None

    def _set_detail_enabled(self, enabled: bool) -> None:
        for widget in (self.template_pick, self.reply_edit, self.reply_button, self.resolve_button):
            widget.setEnabled(enabled)

    def _alert_selected(self, index: QModelIndex) -> None:
        row = self.alert_model.row_at(index.row()) if index.isValid() else None
        self._set_detail_enabled(row is not None)
        if row is None:
            nothing = html.escape(self.tr("没有需要处理的预警。"))
            self.alert_text.setHtml(f"<p style='color:#6B7280'>{nothing}</p>")
            self.reply_edit.clear()
            return
        self.resolve_button.setEnabled(row["status"] != "resolved")
        parts = [f"<p style='font-size:15px'>{highlight_html(row['text'], row['terms'])}</p>"]
        meta = [self._source_text(row), _when(row["mentioned_at"])]
        if row["author"]:
            meta.append(row["author"])
        parts.append(f"<p style='color:#6B7280'>{html.escape(' · '.join(meta))}</p>")
        if row["first_response_at"]:
            parts.append("<p style='color:#0E9F6E'>" + html.escape(self.tr("首次响应：{time}（用时 {took}）").format(
                time=_when(row["first_response_at"]), took=_hours_text(row["response_hours"]))) + "</p>")
        if row["response"]:
            replied = html.escape(self.tr("已回复："))
            parts.append(f"<p><b>{replied}</b><br/>{html.escape(row['response']).replace(chr(10), '<br/>')}</p>")
        self.alert_text.setHtml("".join(parts))
        self._fill_reply()

    def _fill_reply(self) -> None:
        row = self._current_alert()
        template_id = self.template_pick.currentData()
        if row is None or template_id is None:
            return
        body = next((t["body"] for t in self.data.get("templates", []) if t["id"] == template_id), "")
        kinds = {k["term"]: k["kind"] for k in self.data.get("keywords", [])}
        self.reply_edit.setPlainText(watch.fill_template(body, watch.values_for(row, kinds)))

    def reply(self) -> None:
        """Copy the reply to the clipboard and record it on the alert (first response time, status)."""
        row = self._current_alert()
        text = self.reply_edit.toPlainText().strip()
        if row is None:
            return
        if not text:
            QMessageBox.information(self, self.tr("回复"), self.tr("回复内容是空的：选一个回复模板或写几句话。"))
            return
        QGuiApplication.clipboard().setText(text)
        self.ctx.tasks.run(watch.respond, self.ctx.store, row["id"], None, text,
                           on_result=lambda _r: self._written(self.tr("回复已复制，去平台粘贴发出即可。")), writes=True)

    def resolve(self) -> None:
        row = self._current_alert()
        if row is not None:
            self.ctx.tasks.run(watch.set_alert_status, self.ctx.store, row["id"], "resolved",
                               on_result=lambda _r: self._written(self.tr("已标为已解决。")), writes=True)

    def _written(self, message: str, *tables: str) -> None:
        self.ctx.signals.notify("mention", *tables)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)
        self.reload()

    # -- mentions --------------------------------------------------------------------------------
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
        alert = html.escape(self.tr("【预警】"))
        not_saved = html.escape(self.tr("（没有监测词，未保存）"))
        for r in results:
            color = SENTIMENT_COLORS[r["sentiment"]]
            mark = f"<b style='color:#B42318'>{alert}</b>" if r["alert"] else ""
            sentiment = html.escape(_t("watch", watch.SENTIMENT_NAMES[r["sentiment"]]))
            note = "" if r["terms"] else f" <span style='color:#6B7280'>{not_saved}</span>"
            lines.append(f"{mark}<span style='color:{color}'>[{sentiment}]</span> {highlight_html(r['text'], r['terms'])}{note}")
        self.paste_result.setHtml("<br/>".join(lines))
        self.paste_result.show()
        if any(r["id"] for r in results):
            self.paste_box.clear()
            self._written(self.tr("已保存粘贴的评论。"))

    # -- keywords --------------------------------------------------------------------------------
    def add_keyword(self) -> None:
        term = self.term_edit.text().strip()
        if not term:
            return
        self.ctx.tasks.run(watch.add_keyword, self.ctx.store, term, self.kind_pick.currentData(),
                           on_result=lambda _r: (self.term_edit.clear(), self._keywords_written()), writes=True)

    def remove_keyword(self) -> None:
        row = self.keyword_model.row_at(self.keyword_view.currentIndex().row())
        if row is not None:
            self.ctx.tasks.run(watch.remove_keyword, self.ctx.store, row["id"],
                               on_result=lambda _r: self._keywords_written(), writes=True)

    def _keyword_toggled(self, row: dict[str, Any], enabled: bool) -> None:
        self.ctx.tasks.run(watch.set_keyword_enabled, self.ctx.store, row["id"], enabled,
                           on_result=lambda _r: self._keywords_written(), writes=True)

    def _keywords_written(self) -> None:
        self.ctx.signals.notify("watch_keyword")
        self.reload(scan=True)

    # -- templates -------------------------------------------------------------------------------
    def _template_selected(self, item: QListWidgetItem | None) -> None:
        template = next((t for t in self.data.get("templates", [])
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
                           on_result=lambda _r: (self.ctx.signals.notify("reply_template"), self.reload()),
                           writes=True)

    def delete_template(self) -> None:
        item = self.template_list.currentItem()
        if item is not None:
            self.ctx.tasks.run(watch.delete_template, self.ctx.store, item.data(Qt.ItemDataRole.UserRole),
                               on_result=lambda _r: (self.ctx.signals.notify("reply_template"), self.reload()),
                               writes=True)

    # -- brand guide -----------------------------------------------------------------------------
    def _tone_preset_chosen(self, index: int) -> None:
        body = self.tone_preset.itemData(index)
        if body:
            self.guide_fields["tone"].setPlainText(f"{self.tone_preset.itemText(index)}：{body}")

    def guide_from_form(self) -> brand.BrandGuide:
        values = {key: (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip()
                  for key, edit in self.guide_fields.items()}
        current = self.data.get("guide") or brand.BrandGuide()
        return brand.BrandGuide.from_value({**values, "taboo": values["taboo"], "synced_taboo": current.synced_taboo})

    def save_guide(self) -> None:
        self.ctx.tasks.run(brand.save_guide, self.ctx.store, self.guide_from_form(),
                           on_result=lambda _g: (self.ctx.signals.notify("setting"), self.reload()), writes=True)

    def print_preview(self) -> None:
        preview(self, self.guide_from_form())

    def export_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出品牌手册"), self.tr("品牌手册.pdf"), "PDF (*.pdf)")
        if path:
            save_pdf(Path(path), self.guide_from_form())


# ---------------------------------------------------------------------------------------------
# The printable brand guide


def guide_html(guide: brand.BrandGuide) -> str:
    """The brand guide as simple HTML for a QTextDocument."""
    e = html.escape
    title = QCoreApplication.translate("BrandGuide", "{brand}品牌手册").format(brand=guide.brand) if guide.brand else QCoreApplication.translate("BrandGuide", "品牌手册")
    parts = [f"<h1 style='color:#2B64E3'>{e(title)}</h1>"]
    sections = [
        (QCoreApplication.translate("BrandGuide", "一、语气"), guide.tone),
        (QCoreApplication.translate("BrandGuide", "二、视觉规范"), "\n".join(filter(None, [
            guide.avatar and QCoreApplication.translate("BrandGuide", "头像：{v}").format(v=guide.avatar),
            guide.cover_style and QCoreApplication.translate("BrandGuide", "封面：{v}").format(v=guide.cover_style),
            guide.colors and QCoreApplication.translate("BrandGuide", "品牌色：{v}").format(v=guide.colors)]))),
        (QCoreApplication.translate("BrandGuide", "三、客服用语"), guide.service_phrasing),
        (QCoreApplication.translate("BrandGuide", "四、禁用词"), "、".join(guide.taboo)),
        (QCoreApplication.translate("BrandGuide", "五、其他"), guide.notes),
    ]
    for heading, body in sections:
        if not body:
            continue
        parts.append(f"<h2>{e(heading)}</h2><p>{e(body).replace(chr(10), '<br/>')}</p>")
    if len(parts) == 1:
        empty = e(QCoreApplication.translate("BrandGuide", "还没有填写品牌手册。"))
        parts.append(f"<p>{empty}</p>")
    return "".join(parts)


def document(guide: brand.BrandGuide) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setHtml(guide_html(guide))
    return doc


def _a4() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)


def render(printer: QPrinter, guide: brand.BrandGuide) -> None:
    """Paint the guide on a printer (a real one, the preview or a PDF)."""
    doc = document(guide)
    doc.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
    doc.print_(printer)


def save_pdf(path: Path, guide: brand.BrandGuide) -> Path:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(_a4())
    render(printer, guide)
    return path


def preview(parent: QWidget, guide: brand.BrandGuide) -> PrintPreview:
    """Open the print preview (print from there); it stays open without blocking."""
    return show_print_preview(parent, QCoreApplication.translate("BrandGuide", "品牌手册 打印预览"), _a4(),
                              lambda printer: render(printer, guide))


# ---------------------------------------------------------------------------------------------
# The window and the main window's hooks


class AlertNotice(QDialog):
    """The start-up notice of new alerts: non-modal, shown without taking the focus from the main
    window, Esc closes it, and as high as the screen allows (the list scrolls beyond that).

    Signals: the dialog's own — `accepted` means 去处理."""

    def __init__(self, counts: dict[str, int], fresh: list[dict[str, Any]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("watchNotice")
        self.setWindowTitle(self.tr("舆情预警"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        layout = QVBoxLayout(self)
        text = self.tr("有 {open} 条舆情预警待处理（新 {new} 条，处理中 {responding} 条）。").format(**counts)
        if counts.get("urgent"):
            text += self.tr("\n其中有负面提及激增的紧急预警。")
        summary = QLabel(text + "\n" + self.tr("上次提醒以后新出现 %n 条：", "", len(fresh)), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        items = QWidget(self)
        rows = QVBoxLayout(items)
        rows.setContentsMargins(0, 0, 0, 0)
        self.rows: list[QLabel] = []
        for alert in fresh:
            label = QLabel(self._line(alert), items)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setProperty("alertText", alert["text"])
            if alert["urgent"]:
                label.setStyleSheet("color:#B42318;font-weight:bold")
            rows.addWidget(label)
            self.rows.append(label)
        rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(items)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(self)
        self.view_button = buttons.addButton(self.tr("去处理"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("稍后"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit_screen(items)

    def _line(self, alert: dict[str, Any]) -> str:
        text = " ".join(str(alert["text"] or "").split())
        text = text if len(text) <= 80 else text[:79] + "…"
        who = alert["author"] or (platform_name(alert["platform"]) if alert["platform"] else "")
        line = f"{who}：{text}" if who else text
        return self.tr("【紧急】{line}").format(line=line) if alert["urgent"] else f"· {line}"

    def _fit_screen(self, items: QWidget) -> None:
        """As tall as the alerts need, at most 80 % of the screen; wider lists wrap."""
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        width = min(520, int(room.width() * 0.8))
        items.setFixedWidth(width - 40)
        wanted = self.sizeHint().height() + items.sizeHint().height()
        self.resize(width, min(wanted, int(room.height() * 0.8)))
        self.setMaximumSize(room.size())

    def alert_texts(self) -> list[str]:
        """The texts of the alerts listed (for tests and accessibility)."""
        return [str(label.property("alertText")) for label in self.rows]


class WatchWindow(QMainWindow):
    """The 品牌与舆情 window: one `WatchPanel`, kept alive and re-shown by `WatchHook`."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("watchWindow")
        self.setWindowTitle(self.tr("品牌与舆情"))
        self.panel = WatchPanel(ctx, self)
        self.panel.setObjectName("watchPanel")
        self.setCentralWidget(self.panel)
        self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        event.ignore()


class WatchHook(QObject):
    """What the main window shows of the watch: an alert count in the status bar that opens the
    panel, the 工具 → 品牌与舆情 menu entry and, after start, a scan and a non-modal notice."""

    def __init__(self, window: QMainWindow, ctx: ViewContext) -> None:
        super().__init__(window)
        self.main = window
        self.ctx = ctx
        self.watch_window: WatchWindow | None = None
        self.notice: AlertNotice | None = None
        self.button = QPushButton(window)
        self.button.setObjectName("statusAlerts")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setToolTip(self.tr("打开品牌与舆情"))
        self.button.clicked.connect(self.open_panel)
        self.button.hide()
        window.statusBar().addPermanentWidget(self.button)
        bar = window.menuBar()
        menu = bar.findChild(QMenu, "toolsMenu")
        if menu is None:  # before 帮助, which is the last menu
            menu = QMenu(self.tr("工具(&T)"), bar)
            menu.setObjectName("toolsMenu")
            existing = bar.actions()
            if existing:
                bar.insertMenu(existing[-1], menu)
            else:
                bar.addMenu(menu)
        self.action = menu.addAction(self.tr("品牌与舆情…"))
        self.action.setObjectName("action_watch")
        self.action.triggered.connect(self.open_panel)
        ctx.signals.dataChanged.connect(self._data_changed)
        self.refresh_count()

    def refresh_count(self) -> None:
        self.ctx.tasks.run(watch.alert_counts, self.ctx.store, on_result=self.show_counts)

    def show_counts(self, counts: dict[str, int]) -> None:
        n = counts.get("open", 0)
        self.button.setText(self.tr("舆情预警 %n 条", "", n) if n else self.tr("舆情：无待处理预警"))
        self.button.setStyleSheet("color:#B42318;font-weight:bold" if n else "")
        self.button.show()

    def _data_changed(self, changed: set[str]) -> None:
        if "*" in changed or changed & {"mention", "feedback"}:
            self.refresh_count()

    def open_panel(self) -> WatchWindow:
        if self.watch_window is None:
            self.watch_window = WatchWindow(self.ctx, self.main)
            self.watch_window.panel.countsChanged.connect(self.show_counts)
        self.watch_window.show()
        self.watch_window.raise_()
        self.watch_window.activateWindow()
        return self.watch_window

    def after_start(self) -> None:
        """After the first paint: scan on the writer, then tell about alerts no notice told about yet."""
        self.ctx.tasks.run(scan_for_notice, self.ctx.store, on_result=self._scanned, writes=True)

    def _scanned(self, result: dict[str, Any]) -> None:
        self.show_counts(result["counts"])
        if not result["fresh"]:
            return
        if self.notice is not None:
            self.notice.deleteLater()
        box = AlertNotice(result["counts"], result["fresh"], self.main)
        box.accepted.connect(self.open_panel)
        box.show()
        self.notice = box


def install_watch(window: QMainWindow, ctx: ViewContext) -> WatchHook:
    """Add the watch's status-bar count and menu entry to the main window; call `after_start()` later."""
    return WatchHook(window, ctx)
