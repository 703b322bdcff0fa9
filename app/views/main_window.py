"""The main window: seven tabs, the File and Help menus, the status bar, backup and restore.

It builds the tabs from their modules, routes their `openItem` signals, and tells them when the
data changed (`ctx.signals.notify(...)`); it never reaches into a tab's widgets.

At start-up the window is built `deferred`: the frame paints first; then the tab the operator
left open is built (importing SQLAlchemy, the models and its module) with the menus and status bar,
and `contentReady` fires. Background work started meanwhile (hot dates, alert count) is held so the
UI thread has the interpreter to itself until that tab has painted with its data
(`firstTabPainted`); then the held work starts and the other tabs are built one per event-loop turn
(at once when the operator picks one, or when `tab(name)` asks for it).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.resources import resource_path
from app.services.team import store_place
from app.store.backup import last_backup_time
from app.store.paths import backups_dir, log_file
from app.views.context import ViewContext
from app.views.errors import open_path
from app.views.live_refresh import LiveRefresh
from app.views.restore import confirm_and_restore

if TYPE_CHECKING:
    from app.views.base import DataTab
    from app.views.import_dialog import ImportDialog
    from app.views.import_history import ImportHistory

log = logging.getLogger(__name__)

#: Which tab shows an item of each kind (for `openItem` routing).
ITEM_TABS = {
    "post": "draftsTab",
    "topic": "topicsTab",
    "member": "communityTab",
    "community": "communityTab",
    "campaign": "campaignsTab",
    "feedback": "communityTab",
    "lesson": "reviewTab",
}
#: The seven tabs in order: module, class, object name, icon (titles are in `_tab_titles`).
TAB_SPECS = (
    ("app.views.calendar_tab", "CalendarTab", "calendarTab", "calendar"),
    ("app.views.topics_tab", "TopicsTab", "topicsTab", "topics"),
    ("app.views.drafts_tab", "DraftsTab", "draftsTab", "drafts"),
    ("app.views.community_tab", "CommunityTab", "communityTab", "community"),
    ("app.views.charts_tab", "ChartsTab", "chartsTab", "charts"),
    ("app.views.campaigns_tab", "CampaignsTab", "campaignsTab", "campaigns"),
    ("app.views.review_tab", "ReviewTab", "reviewTab", "review"),
)
#: The tab method that shows an item of a kind that is not the tab's main kind (default `show_item`).
ITEM_METHODS = {"feedback": "show_feedback", "lesson": "show_lesson"}


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class MainWindow(QMainWindow):
    """OpsDesk's window. `actions` maps names ("import", "import_history", "export", "print_review",
    "backup", "restore", "settings", "quit", "about", "open_data", "open_log") to the menu actions, so
    a later feature enables its entry and connects it. Files dropped anywhere on it open the import
    dialog.

    Signals:
        contentReady(): the tabs, menus and status bar exist (at once, or after the first paint
            when built with `deferred=True`).
        firstTabPainted(): (deferred windows only) the current tab has painted with its data; what
            start-up put off (held background work, the other tabs) goes on from here.
    """

    contentReady = Signal()
    firstTabPainted = Signal()

    #: How long a deferred window waits for its first tab's paint (hidden or minimised at once) before going on.
    FIRST_TAB_PAINT_WAIT_MS = 1000

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None, *, deferred: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.store_title())
        self.setWindowIcon(icon("opsdesk"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setDrawBase(False)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.tab_by_name: dict[str, DataTab] = {}
        self.actions: dict[str, QAction] = {}
        self.import_dialog: ImportDialog | None = None
        self.import_history: ImportHistory | None = None
        self._pending_tab: str | None = None
        self._deferred = deferred
        self._placeholders: dict[str, QWidget] = {}
        self._first_tab_done = False
        self.live_refresh: LiveRefresh | None = None
        self.setAcceptDrops(True)
        if deferred:
            _FirstPaint(self, self._build_content)
        else:
            self._build_content()

    def store_title(self) -> str:
        """The window title names the store that is open: this computer's folder or the team's server."""
        team, where = store_place(self.ctx.store)
        return (self.tr("OpsDesk 运营台 — 团队 {where}") if team else self.tr("OpsDesk 运营台 — 本地 {where}")).format(where=where)

    def _tab_titles(self) -> dict[str, str]:
        return {
            "calendarTab": self.tr("日历"), "topicsTab": self.tr("选题库"), "draftsTab": self.tr("草稿"),
            "communityTab": self.tr("用户与社群"), "chartsTab": self.tr("图表"), "campaignsTab": self.tr("活动"),
            "reviewTab": self.tr("复盘"),
        }

    def _build_content(self) -> None:
        if self._deferred:
            self.ctx.tasks.pause()  # until the first tab has painted: see the module docstring
        try:
            self._build_tabs_and_chrome()
        finally:
            if self._deferred:  # also when building failed: then nothing stays held
                _FirstPaint(self.tabs, self._first_tab_painted)
                QTimer.singleShot(self.FIRST_TAB_PAINT_WAIT_MS, self, self._first_tab_painted)
        self.contentReady.emit()

    def _build_tabs_and_chrome(self) -> None:
        """The tabs (their modules import the data layer), menus, status bar, watch and shortcuts."""
        from app.views.shortcuts import install_shortcuts
        from app.views.watch.hook import install_watch

        titles = self._tab_titles()
        first = self._pending_tab if self._pending_tab in titles else TAB_SPECS[0][2]
        for _module, _class, name, icon_name in TAB_SPECS:
            if self._deferred and name != first:
                placeholder = QWidget(self.tabs)
                placeholder.setObjectName(name)
                self._placeholders[name] = placeholder
                self.tabs.addTab(placeholder, icon(icon_name), titles[name])
            else:
                self.tabs.addTab(self._make_tab(name), icon(icon_name), titles[name])
        self.tabs.setCurrentIndex(self._index_of(first))
        self.tabs.currentChanged.connect(lambda index: self.tab(self.tabs.widget(index).objectName()))
        self._build_menus()
        self._build_status_bar()
        self._warn_sync_folder()
        # 品牌与舆情: open-alert count in the status bar, 工具 → 品牌与舆情, scan + notice via after_start().
        self.watch = install_watch(self, self.ctx)
        # Ctrl+K search, Ctrl+N/Ctrl+Shift+N, Ctrl+1..7, F1 help; keys on the File actions; 前往 menu.
        install_shortcuts(self)
        # A team store: other operators' saves refresh the tabs within seconds (nothing on SQLite).
        self.live_refresh = LiveRefresh(self.ctx, self)
        self.live_refresh.start()

    def _first_tab_painted(self) -> None:
        """Start the held background work and build the other tabs (once, whichever comes first:
        the first tab's paint or the wait running out)."""
        if self._first_tab_done:
            return
        self._first_tab_done = True
        self.ctx.tasks.resume()
        self.firstTabPainted.emit()
        if self._placeholders:
            QTimer.singleShot(0, self._build_next_tab)

    def _index_of(self, name: str) -> int:
        return next(i for i, spec in enumerate(TAB_SPECS) if spec[2] == name)

    def _make_tab(self, name: str) -> DataTab:
        import importlib

        module, class_name, _name, _icon = TAB_SPECS[self._index_of(name)]
        tab: DataTab = getattr(importlib.import_module(module), class_name)(self.ctx, self.tabs)
        tab.setObjectName(name)
        tab.openItem.connect(self.open_item)
        self.tab_by_name[name] = tab
        return tab

    def tab(self, name: str) -> DataTab:
        """The tab with this object name, built now if it is still waiting behind a placeholder."""
        placeholder = self._placeholders.pop(name, None)
        if placeholder is not None:
            index = self.tabs.indexOf(placeholder)
            current = self.tabs.currentIndex()
            title, tab_icon = self.tabs.tabText(index), self.tabs.tabIcon(index)
            blocked = self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, self._make_tab(name), tab_icon, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            placeholder.deleteLater()
        return self.tab_by_name[name]

    def _build_next_tab(self) -> None:
        if self._placeholders:
            self.tab(next(iter(self._placeholders)))
            QTimer.singleShot(0, self._build_next_tab)

    # -- chrome -------------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: object = None, *, shortcut: QKeySequence | str | None = None,
                icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is None:
            action.setEnabled(False)
            action.setToolTip(self.tr("下一版提供"))
        else:
            action.triggered.connect(slot)
        self.actions[name] = action
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self._action("import", self.tr("导入…"), self.open_import, icon_name="import",
                                         shortcut=QKeySequence.StandardKey.Open))
        file_menu.addAction(self._action("import_history", self.tr("导入记录…"), self.open_import_history,
                                         icon_name="log"))
        file_menu.addAction(self._action("export", self.tr("导出…"), self.export_all, icon_name="export"))
        file_menu.addAction(self._action("print_review", self.tr("打印复盘…"), self.print_review, icon_name="print",
                                         shortcut=QKeySequence.StandardKey.Print))
        file_menu.addSeparator()
        file_menu.addAction(self._action("backup", self.tr("立即备份"), self.backup_now, icon_name="backup"))
        file_menu.addAction(self._action("restore", self.tr("从备份恢复…"), self.restore_backup, icon_name="restore"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("settings", self.tr("设置…"), self.open_settings, icon_name="settings",
                                         shortcut=QKeySequence.StandardKey.Preferences))
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", self.tr("退出"), self.close, shortcut=QKeySequence.StandardKey.Quit))
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action("about", self.tr("关于 OpsDesk"), self.about, icon_name="opsdesk"))
        help_menu.addAction(self._action("open_data", self.tr("打开数据文件夹"), self.open_data_folder,
                                         icon_name="folder"))
        help_menu.addAction(self._action("open_log", self.tr("打开日志"), self.open_log, icon_name="log"))

    def _build_status_bar(self) -> None:
        team, where = store_place(self.ctx.store)
        self.data_label = QLabel((self.tr("团队数据库：{where}") if team else self.tr("本地数据：{where}")).format(where=where))
        self.data_label.setObjectName("statusDataDir")
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("statusBackup")
        self.statusBar().addWidget(self.data_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.update_backup_label()

    def update_backup_label(self) -> None:
        last = last_backup_time(self.ctx.store.data_dir)
        self.backup_label.setText(
            self.tr("上次备份：{time}").format(time=last.strftime("%Y-%m-%d %H:%M")) if last
            else self.tr("还没有备份")
        )

    def _warn_sync_folder(self) -> None:
        folder = self.ctx.store.sync_folder()
        if folder is None:
            return
        self.banner.setText(
            self.tr("数据文件夹在同步盘「{folder}」里。同步软件可能在写入时复制数据库，把它弄坏。"
                    "建议把数据文件夹放到同步盘以外，用「立即备份」把备份放进同步盘。").format(folder=folder)
        )
        self.banner.show()

    # -- tabs ---------------------------------------------------------------------------------
    def print_review(self) -> None:
        """File → 打印复盘…: show the 复盘 tab and run its print action (issue 11)."""
        tab = self.tab("reviewTab")
        self.tabs.setCurrentWidget(tab)
        tab.print_review()  # type: ignore[attr-defined]

    def open_item(self, kind: str, item_id: int) -> None:
        """Route a tab's `openItem(kind, id)` to the tab that shows that kind of item."""
        name = ITEM_TABS.get(kind)
        if name is None:
            log.warning("no tab shows %s items", kind)
            return
        tab = self.tab(name)
        self.tabs.setCurrentWidget(tab)
        show_item = getattr(tab, ITEM_METHODS.get(kind, "show_item"), None)
        if show_item is not None:
            show_item(item_id)

    def restore_state(self, settings: QSettings) -> None:
        """Window geometry and the last tab (QSettings holds only view state, DESIGN §3)."""
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        last = settings.value("mainWindow/tab")
        if settings.value("mainWindow/tabFolder") != self._folder_key():
            last = None  # another data folder's last tab means nothing here: open on the first
        if isinstance(last, str) and last in self.tab_by_name:
            self.tabs.setCurrentWidget(self.tab(last))
        elif isinstance(last, str):
            self._pending_tab = last  # the tabs are built after the first paint

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/tab", self.tabs.currentWidget().objectName())
        settings.setValue("mainWindow/tabFolder", self._folder_key())

    def _folder_key(self) -> str:
        """Which data folder the remembered tab belongs to."""
        return str(Path(self.ctx.store.data_dir).resolve())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state(QSettings())
        if self.live_refresh is not None:
            self.live_refresh.stop()
        self.ctx.tasks.shutdown()
        super().closeEvent(event)

    # -- import and export --------------------------------------------------------------------
    def open_import(self, paths: list[Path] | None = None) -> ImportDialog:
        """The import dialog (one at a time, non-modal), with `paths` added to it."""
        from app.views.import_dialog import ImportDialog

        if self.import_dialog is None or not self.import_dialog.isVisible():
            self.import_dialog = ImportDialog(self.ctx, self)
            self.import_dialog.show()
        self.import_dialog.raise_()
        self.import_dialog.activateWindow()
        if paths:
            self.import_dialog.add_files(paths)
        return self.import_dialog

    def open_import_history(self) -> ImportHistory:
        from app.views.import_history import ImportHistory

        if self.import_history is None or not self.import_history.isVisible():
            self.import_history = ImportHistory(self.ctx, self)
            self.import_history.show()
        self.import_history.raise_()
        return self.import_history

    def export_all(self) -> None:
        from app.views.export_actions import export_store_as

        export_store_as(self.ctx, self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files dropped anywhere on the window go to the import dialog."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_import(paths)

    # -- backups ------------------------------------------------------------------------------
    def backup_now(self) -> None:
        self.ctx.tasks.run(
            self.ctx.store.backup,
            on_result=self._backed_up,
            progress=self.tr("正在备份…"),
            parent=self,
        )

    def _backed_up(self, path: Path | None) -> None:
        self.update_backup_label()
        if path is not None:
            self.statusBar().showMessage(self.tr("已备份到 {path}").format(path=path), 10_000)

    def daily_backup(self) -> None:
        """The automatic daily backup, on the worker; start-up never waits for it."""
        self.ctx.tasks.run(self.ctx.store.backup_if_due, on_result=self._backed_up, on_error=self._daily_failed)

    def _daily_failed(self, exc: BaseException) -> None:
        log.error("daily backup failed: %s", exc, exc_info=exc)
        self.statusBar().showMessage(self.tr("每日自动备份没有成功，详情见日志。"))

    def restore_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择要恢复的备份"), str(backups_dir(self.ctx.store.data_dir)),
            self.tr("OpsDesk 备份 (*.db);;所有文件 (*)"),
        )
        if not path or not confirm_and_restore(self, self.ctx, Path(path)):
            return
        self.update_backup_label()
        self.statusBar().showMessage(self.tr("已从 {file} 恢复，所有页面已刷新。").format(file=Path(path).name), 10_000)

    # -- settings, search, help, new items (issue 13) -------------------------------------------
    def open_settings(self, page: str | None = None) -> None:
        """File → 设置…: the settings dialog (modal); `page` opens one section (e.g. "data")."""
        from app.views.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        if page:
            dialog.show_page(page)
        dialog.exec()

    def open_search(self) -> None:
        """Ctrl+K: the search popup; the chosen result opens in its tab."""
        from app.views.search_dialog import SearchDialog

        dialog = SearchDialog(self.ctx.store, self)
        dialog.openItem.connect(self.open_item)
        dialog.exec()

    def open_help(self) -> None:
        """F1: the monthly loop, where each step lives, and the shortcuts."""
        from app.views.help_dialog import HelpDialog

        HelpDialog(self).exec()

    def new_topic(self) -> None:
        """Ctrl+N: a new topic in the 选题库 tab."""
        self._tab_call("topicsTab", "new_topic")

    def new_draft(self) -> None:
        """Ctrl+Shift+N: a new draft in the 草稿 tab (the tab alone when it has no `new_draft()`)."""
        self._tab_call("draftsTab", "new_draft")

    def _tab_call(self, name: str, method: str) -> None:
        tab = self.tab(name)
        self.tabs.setCurrentWidget(tab)
        call = getattr(tab, method, None)
        if call is not None:
            call()

    # -- help ---------------------------------------------------------------------------------
    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于 OpsDesk"),
            self.tr("<h3>OpsDesk 运营台 {version}</h3><p>新媒体运营的本地工作台：计划、制作、分发、复盘。</p>"
                    "<p>数据只存在这台电脑上：{path}</p>").format(version=__version__, path=self.ctx.store.data_dir),
        )

    def open_data_folder(self) -> None:
        open_path(self.ctx.store.data_dir)

    def open_log(self) -> None:
        path = log_file(self.ctx.store.data_dir)
        if not path.exists():
            self.statusBar().showMessage(self.tr("还没有日志文件。"), 5000)
            return
        open_path(path)



class _FirstPaint(QObject):
    """Calls `then` once, in the event-loop turn after the widget's first paint (so the paint of
    its children is done too)."""

    def __init__(self, widget: QWidget, then: object) -> None:
        super().__init__(widget)
        self._then = then
        self._seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # type: ignore[arg-type]
        return False
