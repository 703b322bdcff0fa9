"""预警: the open alerts (overdue ones first, marked), one in detail with how long it has waited,
and a reply from the templates for its kind of complaint, copied and recorded."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services import watch
from app.views.base import make_table_view
from app.views.context import ViewContext
from app.views.table_models import ListColumn, ListTableModel, label
from app.views.watch.display import (
    highlight_html,
    hours_text,
    show_status,
    source_text,
    terms_text,
    translate,
    when,
)

STATUS_COLORS = {"new": "#B42318", "responding": "#B26B00", "resolved": "#0E9F6E"}
OVERDUE_COLOR = "#B42318"
#: The columns painted red while an alert waits beyond its response time: 状态, 已等.
_CLOCK_COLUMNS = (0, 5)


def alert_color(row: dict[str, Any], column: int) -> str | None:
    """The status column in red while new or urgent, amber while being handled, green when resolved;
    the status and waiting time in red while the alert waits beyond its response time."""
    if watch.is_waiting_overdue(row) and column in _CLOCK_COLUMNS:
        return OVERDUE_COLOR
    if column != 0:
        return None
    if row["urgent"] and row["status"] != "resolved":
        return STATUS_COLORS["new"]
    return STATUS_COLORS.get(row["status"] or "")


def status_text(row: dict[str, Any]) -> str:
    """超时·紧急·待处理: the alert's status, with what makes it pressing in front."""
    marks = translate("WatchPanel", "超时·") if watch.is_waiting_overdue(row) else ""
    marks += translate("WatchPanel", "紧急·") if row["urgent"] else ""
    return marks + label("alert_status", row["status"] or "new")


def waited_text(row: dict[str, Any]) -> str:
    """How long the alert waited for its first response (or has waited so far)."""
    return hours_text(row["waited_hours"])


class AlertsPage(QWidget):
    """The alert list (filtered by status) beside the chosen alert, a reply template and the reply.

    Signals:
        rescanRequested(): 重新扫描 was clicked.
        stored(): a reply or a status was written (the panel reloads).
    """

    rescanRequested = Signal()
    stored = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict[str, Any] = {}
        #: (alert id, templates) the template list was last ordered for: a reload keeps the pick.
        self._offered: tuple[Any, ...] | None = None
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("alertStatusFilter")
        for code, text in ((None, translate("WatchPanel", "未解决")), ("new", translate("WatchPanel", "待处理")),
                           ("responding", translate("WatchPanel", "处理中")),
                           ("resolved", translate("WatchPanel", "已解决")), ("all", translate("WatchPanel", "全部"))):
            self.status_filter.addItem(text, code)
        self.status_filter.currentIndexChanged.connect(self._show_alerts)
        self.alert_count = QLabel(self)
        self.alert_count.setObjectName("rowCount")
        rescan = QPushButton(translate("WatchPanel", "重新扫描评论和反馈"), self)
        rescan.clicked.connect(self.rescanRequested)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("WatchPanel", "状态："), self))
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        bar.addWidget(self.alert_count)
        bar.addWidget(rescan)

        self.alert_model = ListTableModel([
            ListColumn(translate("WatchPanel", "状态"),
                       lambda r: (watch.is_waiting_overdue(r), r["urgent"], r["status"] or "new"), status_text),
            ListColumn(translate("WatchPanel", "内容"), lambda r: r["text"]),
            ListColumn(translate("WatchPanel", "命中词"), terms_text),
            ListColumn(translate("WatchPanel", "来源"), source_text),
            ListColumn(translate("WatchPanel", "时间"), lambda r: r["mentioned_at"], lambda r: when(r["mentioned_at"])),
            ListColumn(translate("WatchPanel", "已等/响应用时"), lambda r: r["waited_hours"] or 0, waited_text),
        ], self, foreground=alert_color, tooltip=lambda r: r.get("text"))
        self.alert_view = make_table_view(self.alert_model, self, single_selection=True)
        self.alert_view.setObjectName("alertTable")
        for col, width in enumerate((110, 230, 100, 95, 120)):
            self.alert_view.setColumnWidth(col, width)
        self.alert_view.selectionModel().currentRowChanged.connect(self._alert_selected)

        detail = QWidget(self)
        self.alert_text = QTextBrowser(detail)
        self.alert_text.setObjectName("alertText")
        self.template_pick = QComboBox(detail)
        self.template_pick.setObjectName("templatePick")
        self.template_pick.currentIndexChanged.connect(self._fill_reply)
        self.reply_edit = QPlainTextEdit(detail)
        self.reply_edit.setObjectName("replyEdit")
        self.reply_edit.setPlaceholderText(translate("WatchPanel", "选一个回复模板，或直接写回复。"))
        self.reply_button = QPushButton(translate("WatchPanel", "回复（复制并记录）"), detail)
        self.reply_button.setObjectName("replyButton")
        self.reply_button.setToolTip(translate(
            "WatchPanel", "把回复复制到剪贴板，去平台粘贴发出；同时记下首次响应时间，预警转为“处理中”。"))
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(translate("WatchPanel", "标为已解决"), detail)
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.clicked.connect(self.resolve)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.alert_text, 2)
        dl.addWidget(QLabel(translate("WatchPanel", "回复模板："), detail))
        dl.addWidget(self.template_pick)
        dl.addWidget(self.reply_edit, 2)
        dl.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.alert_view)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._set_detail_enabled(False)

    def show_data(self, data: dict[str, Any]) -> None:
        """Show what `load_watch` read: the alerts, their counts, the templates to reply with."""
        self.data = data
        self._show_alerts()

    def _offer_templates(self, row: dict[str, Any] | None) -> None:
        """The templates for this alert's kind of complaint first (marked, the first one picked and
        filled in), then the general ones, then the rest. Kept as they are on a reload of the
        same alert, so a reply being written is not replaced."""
        templates = self.data.get("templates", [])
        key = (row["id"] if row else None, tuple((t["id"], t["name"], t["body"]) for t in templates))
        if key == self._offered:
            return
        self._offered = key
        offered = watch.templates_for(row, templates) if row else templates
        names = watch.kind_names(translate)
        self.template_pick.blockSignals(True)
        self.template_pick.clear()
        self.template_pick.addItem(translate("WatchPanel", "不用模板，自己写"), None)
        for t in offered:
            text = t["name"]
            if t.get("matched"):
                text = translate("WatchPanel", "{name}（适合{kind}）").format(name=t["name"], kind=names[t["kind"]])
            self.template_pick.addItem(text, t["id"])
        self.template_pick.setCurrentIndex(next((i + 1 for i, t in enumerate(offered) if t.get("matched")), 0))
        self.template_pick.blockSignals(False)
        self.reply_edit.clear()
        self._fill_reply()

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
        text = translate("WatchPanel", "待处理 {new} · 处理中 {responding} · 已解决 {resolved}").format(**counts)
        if counts.get("overdue"):
            text = translate("WatchPanel", "超时未回复 {overdue} · ").format(**counts) + text
        self.alert_count.setText(text)
        row = self.alert_model.row_of(current["id"]) if current else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.alert_view.selectRow(row)
        else:
            self._alert_selected(QModelIndex())

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
            nothing = html.escape(translate("WatchPanel", "没有需要处理的预警。"))
            self.alert_text.setHtml(f"<p style='color:#6B7280'>{nothing}</p>")
            self.reply_edit.clear()
            self._offered = None
            return
        self.resolve_button.setEnabled(row["status"] != "resolved")
        parts = [f"<p style='font-size:15px'>{highlight_html(row['text'], row['terms'])}</p>"]
        meta = [source_text(row), when(row["mentioned_at"])]
        if row["author"]:
            meta.append(row["author"])
        parts.append(f"<p style='color:#6B7280'>{html.escape(' · '.join(meta))}</p>")
        if row["kinds"]:
            names = watch.kind_names(translate)
            parts.append("<p>" + html.escape(translate("WatchPanel", "投诉类型：{kinds}").format(
                kinds=translate("WatchPanel", "、").join(names[k] for k in row["kinds"]))) + "</p>")
        if row["first_response_at"] is None and row["waited_hours"] is not None:
            level = label("sentiment", row["severity"])
            clock_text = html.escape(translate("WatchPanel", "已等 {took}：{level}预警应在 {limit} 小时内首次回复。").format(
                took=hours_text(row["waited_hours"]), level=level, limit=f"{row['limit_hours']:g}"))
            if watch.is_waiting_overdue(row):  # its own line: English needs a break between the sentences
                clock_text += "<br/>" + html.escape(translate("WatchPanel", "已超时，请先回复这一条。"))
            color = OVERDUE_COLOR if watch.is_waiting_overdue(row) else "#6B7280"
            parts.append(f"<p style='color:{color};font-weight:bold'>{clock_text}</p>")
        if row["first_response_at"]:
            parts.append("<p style='color:#0E9F6E'>" + html.escape(translate("WatchPanel", "首次响应：{time}（用时 {took}）").format(
                time=when(row["first_response_at"]), took=hours_text(row["response_hours"]))) + "</p>")
        if row["response"]:
            replied = html.escape(translate("WatchPanel", "已回复："))
            parts.append(f"<p><b>{replied}</b><br/>{html.escape(row['response']).replace(chr(10), '<br/>')}</p>")
        self.alert_text.setHtml("".join(parts))
        self._offer_templates(row)

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
            QMessageBox.information(self, translate("WatchPanel", "回复"),
                                    translate("WatchPanel", "回复内容是空的：选一个回复模板或写几句话。"))
            return
        QGuiApplication.clipboard().setText(text)
        self.ctx.tasks.run(watch.respond, self.ctx.store, row["id"], None, text,
                           on_result=lambda _r: self._written(translate("WatchPanel", "回复已复制，去平台粘贴发出即可。")),
                           writes=True)

    def resolve(self) -> None:
        row = self._current_alert()
        if row is not None:
            self.ctx.tasks.run(watch.set_alert_status, self.ctx.store, row["id"], "resolved",
                               on_result=lambda _r: self._written(translate("WatchPanel", "已标为已解决。")), writes=True)

    def _written(self, message: str) -> None:
        self.ctx.signals.notify("mention")
        show_status(self, message)
        self.stored.emit()
