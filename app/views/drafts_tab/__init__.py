"""草稿: one sub-tab per own platform, each with its unpublished drafts (by workflow status) and
an editor shaped for that platform, checking while the operator writes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import PostStatus
from app.services import drafts
from app.services.calendar import own_accounts
from app.services.queries import own_platforms
from app.views.base import DataTab, EmptyState, HeaderFitter
from app.views.context import ViewContext
from app.views.drafts_tab.editor import DraftEditor
from app.views.table_models import ListColumn, ListTableModel, label, platform_icon, platform_name

__all__ = ["DraftsTab", "PlatformDrafts"]

_ORDER = list(PostStatus)


class PlatformDrafts(QWidget):
    """One platform's drafts: the list (sortable; grouped by status by default) and the editor."""

    def __init__(self, ctx: ViewContext, platform: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.platform = platform
        self.opener: Callable[[str, int], None] | None = None

        def status_text(row: drafts.DraftRow) -> str:
            return label("post_status", row.status)

        self.model = ListTableModel([
            ListColumn(self.tr("状态"), lambda r: _ORDER.index(PostStatus(r.status)), status_text),
            ListColumn(self.tr("标题"), lambda r: r.title or ""),
            ListColumn(self.tr("账号"), lambda r: r.account_name),
            ListColumn(self.tr("排期"), lambda r: r.scheduled_at,
                       lambda r: f"{r.scheduled_at:%m-%d %H:%M}" if r.scheduled_at else ""),
            ListColumn(self.tr("最后修改"), lambda r: r.updated_at, lambda r: f"{r.updated_at:%m-%d %H:%M}"),
        ], self)
        self.view = QTableView(self)
        self.view.setObjectName("draftList")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((84, 200, 96, 90)):
            self.view.setColumnWidth(column, width)
        HeaderFitter(self.view)
        self.list_stack = EmptyState(self.view, self.tr(
            "这个平台没有未发布的草稿 — 在「选题库」里选一个选题，点「生成草稿…」"), self)
        self.editor = DraftEditor(ctx, platform, self)
        placeholder = QLabel(self.tr("在左边选一篇草稿开始写"), self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.addWidget(placeholder)
        self.editor_stack.addWidget(self.editor)
        splitter = QSplitter(self)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.editor_stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _: self._row_chosen(current.row()))
        self.editor.changed.connect(self.reload)
        self.editor.topicRequested.connect(lambda topic_id: self.opener and self.opener("topic", topic_id))

    def reload(self) -> None:
        """Query the platform's drafts again, keeping the open one selected."""
        current = self.editor.post_id
        self.model.set_rows(drafts.list_drafts(self.ctx.store, self.platform))
        self.list_stack.setEmpty(self.model.rowCount() == 0)
        if current is not None and self.select(current):
            if not self.editor.dirty and self.editor.post_id == current:
                self.editor.load(current)  # someone else's save shows; unsaved typing is never replaced
            return
        if self.model.rowCount():
            self.select(self.model.row_at(0).id)
        else:
            self.editor.post_id = None
            self.editor_stack.setCurrentIndex(0)

    def ids(self) -> list[int]:
        return [row.id for row in self.model.rows()]

    def select(self, post_id: int) -> bool:
        """Select and open a draft of this platform; False when it is not in the list."""
        rows = self.ids()
        if post_id not in rows:
            return False
        row = rows.index(post_id)
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(self.model.index(row, 0))
        if self.editor.post_id != post_id or self.editor_stack.currentIndex() == 0:
            self._open(post_id)
        return True

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            post_id = self.model.row_at(row).id
            if post_id != self.editor.post_id:
                self._open(post_id)

    def _open(self, post_id: int) -> None:
        if self.editor.dirty and self.editor.post_id is not None:
            self.editor.save()  # switching drafts never loses typing
        self.editor.load(post_id)
        self.editor_stack.setCurrentIndex(1)


class DraftsTab(DataTab):
    """Drafts per own platform (the content matrix).

    Signals:
        openItem(str, int): ("topic", id) when the user opens a draft's topic.
    """

    tables = frozenset({"post", "account", "topic", "post_revision", "setting"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.platforms = QTabWidget(self)
        self.platforms.setObjectName("platformTabs")
        self.platforms.setDocumentMode(True)
        self.platforms.tabBar().setDrawBase(False)
        self.stack = EmptyState(
            self.platforms, self.tr("还没有自己的账号 — 先添加你运营的公众号、抖音、小红书账号，再来写草稿"), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.pages: dict[str, PlatformDrafts] = {}

    def refresh(self) -> None:
        codes = own_platforms(self.ctx.store)
        if list(self.pages) != codes:
            self.platforms.clear()
            for page in self.pages.values():
                page.deleteLater()
            self.pages = {}
            for code in codes:
                page = PlatformDrafts(self.ctx, code, self.platforms)
                page.setObjectName(f"drafts_{code}")
                page.opener = self.openItem.emit
                self.pages[code] = page
                self.platforms.addTab(page, platform_icon(code), platform_name(code))
        for page in self.pages.values():
            page.editor.reload_wordlists()
            page.reload()
        self.stack.setEmpty(not codes)

    def show_item(self, post_id: int) -> bool:
        """Open a draft in its platform's sub-tab."""
        if self._stale:
            self._refresh_now()
        try:
            platform = drafts.post_platform(self.ctx.store, post_id)
        except drafts.DraftError:
            return False
        page = self.pages.get(platform)
        if page is None:
            return False
        self.platforms.setCurrentWidget(page)
        if not page.select(post_id):
            page.reload()
            return page.select(post_id)
        return True

    def new_draft(self) -> int | None:
        """Ctrl+Shift+N: a new draft on the shown platform (asks the title, and the account when there
        are several); returns its id, or None when cancelled or there is no own account yet."""
        if self._stale:
            self._refresh_now()
        page = self.platforms.currentWidget()
        if not isinstance(page, PlatformDrafts):
            return None  # the empty state says to add an account first
        accounts = [a for a in own_accounts(self.ctx.store) if a.platform == page.platform]
        title, ok = QInputDialog.getText(self, self.tr("新建草稿"), self.tr("{platform}草稿的标题：").format(
            platform=platform_name(page.platform)))
        if not ok or not title.strip() or not accounts:
            return None
        account = accounts[0]
        if len(accounts) > 1:
            names = [a.name for a in accounts]
            name, ok = QInputDialog.getItem(self, self.tr("新建草稿"), self.tr("发到哪个账号？"), names, 0, False)
            if not ok:
                return None
            account = accounts[names.index(name)]
        post_id = drafts.create_draft(self.ctx.store, account.id, title.strip())
        self.ctx.signals.notify("post")
        page.reload()
        page.select(post_id)
        return post_id

    def page(self, platform: str) -> PlatformDrafts:
        return self.pages[platform]
