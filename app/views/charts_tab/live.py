"""直播场次: the period's live sessions ranked against each other, never among posts.

A live's likes are heart taps (many per viewer), so it is compared with other lives by what a
live is for — GMV, peak online, viewers — and shows the shop orders attributed to it, marked 估算.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.dashboard import LIVE_RANK_METRICS
from app.views.charts_tab.cards import ChartCard
from app.views.charts_tab.charts import fmt
from app.views.metric_help import metric_name, metric_tip
from app.views.table_models import platform_icon, platform_name

#: The widest the title column starts (the numbers beside it matter more).
TITLE_WIDTH = 220
#: Number columns of every session, in this order.
COLUMNS = ("revenue", "conversions", "peak_online", "viewers", "views", "avg_watch_seconds", "duration_seconds",
           "follows_gained", "product_clicks")


_DURATIONS = frozenset({"avg_watch_seconds", "duration_seconds"})


def _shown(key: str, value: Any) -> str:
    """A session's number as the table shows it: durations as h:mm:ss, the rest as the charts do."""
    if value is None:
        return ""
    if key in _DURATIONS:
        minutes, seconds = divmod(round(value), 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
    return fmt(key, value)


class LiveSessions(QObject):
    """One table of live sessions; double-click a row to open it.

    Signals:
        metricChanged(str): the user chose another ranking metric (the tab reloads the ranking).
        openItem(str, int): open a live session (a post).
    """

    metricChanged = Signal(str)
    openItem = Signal(str, int)
    name = "live"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = ChartCard(self.name, self.tr("直播场次（只和直播比）"), COLUMNS, parent, min_height=240)
        self.metric = self.card.metric_box(
            "liveRankMetric", ((self.tr("按%1排").replace("%1", metric_name(key)), key) for key in LIVE_RANK_METRICS))
        self.metric.currentIndexChanged.connect(lambda _i: self.metricChanged.emit(self.metric.currentData()))
        self.table = QTableWidget(self.card)
        self.table.setObjectName("liveSessions")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.itemActivated.connect(self._activated)
        self.card.set_body(self.table)
        self.items: list[dict[str, Any]] = []

    def draw(self, data: dict[str, Any]) -> None:
        sessions = self.items = data["sessions"]
        self.card.set_note(self.tr("直播的点赞是连点的爱心，会远超观看人数，所以直播只和直播比，不和短视频、图文放在一起排名。"
                                   "“店铺订单（估算）”是抖店订单里按达人和下单时间归到这一场的，仅供参考。"))
        if not sessions:
            self.card.set_empty(self.tr("这段时间没有导入直播场次（抖音罗盘“概览数据（日）”或百应“历史直播”）。"))
            return
        self.card.set_empty(None)
        heads = ([self.tr("直播"), self.tr("平台"), self.tr("开播时间")] + [metric_name(k) for k in COLUMNS]
                 + [self.tr("店铺订单（估算）"), self.tr("店铺成交额（估算）")])
        self.table.clear()
        self.table.setColumnCount(len(heads))
        self.table.setRowCount(len(sessions))
        self.table.setHorizontalHeaderLabels(heads)
        for r, live in enumerate(sessions):
            title = QTableWidgetItem(live["title"] or "")
            title.setData(Qt.ItemDataRole.UserRole, live["post_id"])
            self.table.setItem(r, 0, title)
            self.table.setItem(r, 1, QTableWidgetItem(platform_icon(live["platform"]), platform_name(live["platform"])))
            self.table.setItem(r, 2, QTableWidgetItem(f"{live['published_at']:%Y-%m-%d %H:%M}"))
            cells = [(key, live[key]) for key in COLUMNS]
            cells += [("conversions", live["shop_conversions"]), ("revenue", live["shop_revenue"])]
            for c, (key, value) in enumerate(cells, start=3):
                cell = QTableWidgetItem(_shown(key, value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setToolTip(metric_tip(key, live["platform"]))
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), TITLE_WIDTH))

    def post_id(self, row: int) -> int:
        return int(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def _activated(self, item: QTableWidgetItem) -> None:
        post_id = self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if post_id is not None:
            self.openItem.emit("post", int(post_id))
