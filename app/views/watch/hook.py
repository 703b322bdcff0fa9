"""What the main window shows of the watch: the status-bar alert count, the 工具 → 品牌与舆情 entry,
and after start a scan on the writer followed by the notice of new alerts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton

from app.services import watch, watch_text
from app.views.context import ViewContext
from app.views.watch.notice import AlertNotice

if TYPE_CHECKING:
    from app.views.watch.window import WatchWindow


def scan_for_notice(store: Any) -> dict[str, Any]:
    """The start-up job: warm jieba, collect new mentions, check the spike, count open alerts and
    take the ones no notice has told about yet."""
    watch_text.warm_up()
    watch.scan_store(store)
    return {"counts": watch.alert_counts(store), "fresh": watch.take_unannounced_alerts(store)}


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
        """The open alerts, overdue ones named first (超时 2 条 · 舆情预警 5 条)."""
        n, late = counts.get("open", 0), counts.get("overdue", 0)
        text = self.tr("舆情预警 %n 条", "", n) if n else self.tr("舆情：无待处理预警")
        if late:
            text = self.tr("超时未回复 %n 条 · ", "", late) + text
        self.button.setText(text)
        self.button.setToolTip(self.tr("有预警超过了回复时限，打开品牌与舆情先回复它们") if late
                               else self.tr("打开品牌与舆情"))
        self.button.setStyleSheet("color:#B42318;font-weight:bold" if n else "")
        self.button.show()

    def _data_changed(self, changed: set[str]) -> None:
        if "*" in changed or changed & {"mention", "feedback", "setting"}:
            self.refresh_count()

    def open_panel(self) -> WatchWindow:
        from app.views.watch.window import WatchWindow  # its pages and print code: not at start-up

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
