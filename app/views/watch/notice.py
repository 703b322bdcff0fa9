"""The start-up notice of alerts no notice told about yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.views.table_models import platform_name


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
        if counts.get("overdue"):
            text += self.tr("\n%n 条已超过回复时限还没回复，请先处理。", "", counts["overdue"])
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
