"""选题库: every topic idea with its source, status and three scores, sortable and searchable."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.queries import TOPICS
from app.views.base import DataTab, SearchableTable
from app.views.context import ViewContext


class TopicsTab(DataTab):
    """The topic library.

    Signals:
        openItem(str, int): ("topic", id) when a topic is opened.
    """

    tables = frozenset({"topic"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = SearchableTable(
            ctx,
            TOPICS,
            self.tr("还没有选题 — 把想到的选题记进来，或从热点日历里挑一个节点开始"),
            self,
            widths={"title": 320, "timeliness": 70, "value": 70, "conversion": 70, "total": 60, "platforms": 180},
        )
        self.table.activated.connect(lambda topic_id: self.openItem.emit("topic", topic_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.table.reload()

    def show_item(self, topic_id: int) -> bool:
        return self.table.select_id(topic_id)
