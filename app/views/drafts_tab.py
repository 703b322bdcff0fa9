"""草稿: one sub-tab per own platform listing the posts that are not published yet."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.queries import DRAFTS, own_platforms
from app.views.base import DataTab, EmptyState, SearchableTable
from app.views.context import ViewContext
from app.views.table_models import platform_icon, platform_name


class DraftsTab(DataTab):
    """Drafts per platform (the content matrix).

    Signals:
        openItem(str, int): ("post", id) when a draft is opened.
    """

    tables = frozenset({"post", "account", "topic"})

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
        self._tables: dict[str, SearchableTable] = {}

    def refresh(self) -> None:
        codes = own_platforms(self.ctx.store.engine)
        if list(self._tables) != codes:
            self.platforms.clear()
            for table in self._tables.values():
                table.deleteLater()
            self._tables = {}
            for code in codes:
                table = SearchableTable(
                    self.ctx,
                    DRAFTS.filtered("a.platform = :platform", platform=code),
                    self.tr("这个平台没有未发布的草稿 — 从选题库挑一个选题，写成这个平台的草稿"),
                    widths={"title": 340, "account": 120, "scheduled_at": 130, "topic": 220},
                )
                table.activated.connect(lambda post_id: self.openItem.emit("post", post_id))
                self._tables[code] = table
                self.platforms.addTab(table, platform_icon(code), platform_name(code))
        for table in self._tables.values():
            table.reload()
        self.stack.setEmpty(not codes)

    def show_item(self, post_id: int) -> bool:
        for i, table in enumerate(self._tables.values()):
            if table.select_id(post_id):
                self.platforms.setCurrentIndex(i)
                return True
        return False
