"""前 5 / 后 5: the best and worst posts of the period by a chosen metric, as two small tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.views.charts_tab.cards import ChartCard
from app.views.charts_tab.charts import fmt
from app.views.metric_help import metric_name, metric_tip
from app.views.table_models import platform_icon, platform_name

#: Metrics the ranking can use (all accepted by `dashboard.top_bottom_posts`).
RANK_METRICS = ("views", "engagement_rate", "comment_rate", "wows", "follows_gained", "conversions", "conversion_rate",
                "completion_rate")
#: Number columns every row shows; a ranking metric not among them gets its own column.
NUMBER_COLUMNS = ("views", "engagement_rate", "follows_gained", "conversions")


class TopBottomPosts(QObject):
    """Two tables in one card; double-click a row to open the post.

    Signals:
        metricChanged(str): the user chose another ranking metric (the tab reloads the ranking).
        openItem(str, int): open a post.
    """

    metricChanged = Signal(str)
    openItem = Signal(str, int)
    name = "top_bottom"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = ChartCard(self.name, self.tr("表现最好和最差的内容"), NUMBER_COLUMNS, parent, min_height=280)
        self.metric = self.card.metric_box(
            "rankMetric", ((self.tr("按%1排").replace("%1", metric_name(key)), key) for key in RANK_METRICS))
        self.metric.currentIndexChanged.connect(lambda _i: self.metricChanged.emit(self.metric.currentData()))
        body = QWidget(self.card)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        self.tables: dict[str, QTableWidget] = {}
        for side, heading in (("top", self.tr("前 5 名")), ("bottom", self.tr("后 5 名"))):
            column = QVBoxLayout()
            label = QLabel(heading, body)
            label.setStyleSheet("font-weight: bold; color: #374151;")
            table = self._table(body)
            table.setObjectName(f"{side}Posts")
            table.itemActivated.connect(self._activated)
            column.addWidget(label)
            column.addWidget(table, 1)
            row.addLayout(column, 1)
            self.tables[side] = table
        self.card.set_body(body)
        self.items: list[Any] = []

    @staticmethod
    def _table(parent: QWidget) -> QTableWidget:
        table = QTableWidget(parent)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setHighlightSections(False)
        return table

    def draw(self, data: dict[str, Any]) -> None:
        metric = data["metric"]
        keys = NUMBER_COLUMNS if metric in NUMBER_COLUMNS else (*NUMBER_COLUMNS, metric)
        heads = [self.tr("标题"), self.tr("平台")] + [metric_name(k) for k in keys]
        self.items = data["top"] + data["bottom"]
        self.card.set_metrics(keys)
        note = self.tr("按发布后约 7 天的数据排名；双击一行打开这篇内容。")
        if data.get("live_left_out"):
            note += " " + self.tr("另有 %n 场直播不参与排名（直播的点赞、评论按场累计，会超过观看人数，和内容放在一起比不公平）。",
                                  "", data["live_left_out"])
        self.card.set_note(note)
        if not self.items:
            self.card.set_empty(self.tr("这段时间没有带这个指标的已发布内容。"))
            return
        self.card.set_empty(None)
        for side in ("top", "bottom"):
            table, rows = self.tables[side], data[side]
            table.clear()
            table.setColumnCount(len(heads))
            table.setRowCount(len(rows))
            table.setHorizontalHeaderLabels(heads)
            for c, key in enumerate(keys, start=2):
                table.horizontalHeaderItem(c).setToolTip(metric_tip(key))
            for r, post in enumerate(rows):
                title = QTableWidgetItem(post["title"] or "")
                title.setData(Qt.ItemDataRole.UserRole, post["post_id"])
                title.setToolTip(f"{post['title']}\n{post['published_at']:%Y-%m-%d %H:%M}")
                table.setItem(r, 0, title)
                platform = QTableWidgetItem(platform_icon(post["platform"]), platform_name(post["platform"]))
                table.setItem(r, 1, platform)
                for c, key in enumerate(keys, start=2):
                    value = post["value"] if key == metric else post.get(key)
                    cell = QTableWidgetItem(fmt(key, value) if value is not None else "")
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    cell.setToolTip(metric_tip(key, post["platform"]))
                    table.setItem(r, c, cell)
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for c in range(1, len(heads)):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

    def post_id(self, side: str, row: int) -> int:
        return int(self.tables[side].item(row, 0).data(Qt.ItemDataRole.UserRole))

    def _activated(self, item: QTableWidgetItem) -> None:
        table = item.tableWidget()
        post_id = table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if post_id is not None:
            self.openItem.emit("post", int(post_id))
