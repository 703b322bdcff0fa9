"""用户与社群: the communities on the left, the members (lazy, fine at 100,000 rows) on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QVBoxLayout, QWidget

from app.models.base import PLATFORM_NAMES
from app.services.queries import COMMUNITIES, LABELS, MEMBERS
from app.views.base import DataTab, SearchableTable
from app.views.context import ViewContext
from app.views.table_models import label, platform_icon


class CommunityTab(DataTab):
    """Members and communities; selecting a community filters the members.

    Signals:
        openItem(str, int): ("member", id) or ("community", id).
    """

    tables = frozenset({"member", "community"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.communities = SearchableTable(
            ctx,
            COMMUNITIES,
            self.tr("还没有社群 — 把你的粉丝群、会员群记进来"),
            widths={"name": 140, "platform": 80, "theme": 100, "owner": 60, "members": 60},
        )
        self.members = SearchableTable(
            ctx,
            MEMBERS,
            self.tr("还没有用户数据 — 导入各平台后台导出的粉丝/会员表"),
            widths={"nickname": 150, "community": 150, "region": 80, "gender": 50},
        )
        self.platform = QComboBox(self)
        self.platform.addItem(self.tr("全部平台"), None)
        for code, name in PLATFORM_NAMES.items():
            self.platform.addItem(platform_icon(code.value), name, code.value)
        self.segment = QComboBox(self)
        self.segment.addItem(self.tr("全部分层"), None)
        for code in LABELS["segment"]:
            self.segment.addItem(label("segment", code), code)
        self.members.toolbar.insertWidget(1, self.platform)
        self.members.toolbar.insertWidget(2, self.segment)
        self.platform.currentIndexChanged.connect(
            lambda: self.members.model.setEquals("platform", self.platform.currentData())
        )
        self.segment.currentIndexChanged.connect(
            lambda: self.members.model.setEquals("segment", self.segment.currentData())
        )
        self.communities.view.selectionModel().selectionChanged.connect(self._community_selected)
        self.communities.activated.connect(lambda cid: self.openItem.emit("community", cid))
        self.members.activated.connect(lambda mid: self.openItem.emit("member", mid))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._heading(self.tr("社群")))
        left_layout.addWidget(self.communities)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._heading(self.tr("用户")))
        right_layout.addWidget(self.members)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 940])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    @staticmethod
    def _heading(text: str) -> QLabel:
        heading = QLabel(text)
        heading.setObjectName("sectionHeading")
        return heading

    def _community_selected(self) -> None:
        rows = self.communities.view.selectionModel().selectedRows()
        name = self.communities.model.row_values(rows[0].row())["name"] if rows else None
        self.members.model.setEquals("community", name)

    def refresh(self) -> None:
        self.communities.reload()
        self.members.reload()

    def show_item(self, member_id: int) -> bool:
        return self.members.select_id(member_id)
