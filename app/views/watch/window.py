"""The 品牌与舆情 window: a banner for spikes over five tabs, one page module each.

Every read and write goes through `app.services.watch` / `app.services.brand` on the task runner:
the first scan loads jieba (≈1 s), which must never happen on the UI thread. The panel reads
everything at once (`load_watch`) and hands each page its part.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from app.services import brand, watch
from app.views.context import ViewContext
from app.views.watch.alerts import AlertsPage
from app.views.watch.guide import GuidePage
from app.views.watch.keywords import KeywordsPage
from app.views.watch.mentions import MentionsPage
from app.views.watch.templates import TemplatesPage


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
        # the tab bar first in the focus chain: the window opens with the focus on it, not in a page
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.alerts = AlertsPage(ctx, self)
        self.alerts.rescanRequested.connect(lambda: self.reload(scan=True))
        self.alerts.stored.connect(self.reload)
        self.mentions = MentionsPage(ctx, self)
        self.mentions.stored.connect(self.reload)
        self.keywords = KeywordsPage(ctx, self)
        self.keywords.stored.connect(lambda: self.reload(scan=True))
        self.templates = TemplatesPage(ctx, self)
        self.templates.stored.connect(self.reload)
        self.guide = GuidePage(ctx, self)
        self.guide.stored.connect(self.reload)
        self.tabs.addTab(self.alerts, self.tr("预警"))
        self.tabs.addTab(self.mentions, self.tr("提及"))
        self.tabs.addTab(self.keywords, self.tr("监测词"))
        self.tabs.addTab(self.templates, self.tr("回复模板"))
        self.tabs.addTab(self.guide, self.tr("品牌手册"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        ctx.signals.dataChanged.connect(self._data_changed)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._scanned:
            self._scanned = True
            self.reload(scan=True)

    def _data_changed(self, changed: set[str]) -> None:
        if self.isVisible() and ("*" in changed or changed & {"feedback", "watch_keyword", "reply_template", "setting"}):
            self.reload(scan="*" in changed or "feedback" in changed)

    def reload(self, scan: bool = False) -> None:
        """Re-read everything on the writer (scanning first when asked)."""
        self.ctx.tasks.run(load_watch, self.ctx.store, scan, on_result=self._loaded, writes=True)

    def _loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        self._show_banner()
        self.alerts.show_data(data)
        self.mentions.show_data(data)
        self.keywords.show_data(data)
        self.templates.show_data(data)
        self.guide.show_guide(data["guide"])
        self.countsChanged.emit(data["counts"])

    def _show_banner(self) -> None:
        spike, counts = self.data["spike"], self.data["counts"]
        parts = []
        if spike["spike"]:
            parts.append(self.tr("⚠ 负面提及激增：今天 {n} 条，前 {days} 天日均 {avg} 条。请尽快排查原因并统一回应。").format(
                n=spike["today"], days=int(spike["thresholds"]["window_days"]), avg=f"{spike['average']:g}"))
        elif counts["urgent"]:
            parts.append(self.tr("⚠ 有 {n} 条紧急预警（负面激增）还没处理完。").format(n=counts["urgent"]))
        if counts.get("overdue"):
            parts.append(self.tr("⏰ {n} 条预警超过回复时限还没回复，已排在列表最前。").format(n=counts["overdue"]))
        self.banner.setText("\n".join(parts))
        self.banner.setVisible(bool(parts))


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
