"""社群活跃 page: 企业微信 daily statistics (community_daily) — group messages, members who spoke
and new customers day by day over the last weeks, and each staff member's totals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app import clock
from app.services import surveys
from app.views.base import EmptyState, make_table_view
from app.views.community_tab.common import refill_communities
from app.views.table_models import ListTableModel, key_column

SPANS = (14, 30, 90)


class ActivityPage(QWidget):
    """Day-by-day activity of the 企业微信 groups and customer chats, by community."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.span = QComboBox()
        for days in SPANS:
            self.span.addItem(self.tr("最近 %n 天", "", days), days)
        self.span.setCurrentIndex(1)
        self.community = QComboBox()
        self.community.addItem(self.tr("全部社群"), None)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("看哪段：")))
        bar.addWidget(self.span)
        bar.addWidget(self.community)
        bar.addStretch(1)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.plot_holder = QVBoxLayout()
        body_layout.addLayout(self.plot_holder, 2)
        self.model = ListTableModel([
            key_column("staff", self.tr("成员")), key_column("group_messages", self.tr("群消息"), "int"),
            key_column("active_group_members", self.tr("发言群成员（人次）"), "int"),
            key_column("messages_sent", self.tr("私聊消息"), "int"), key_column("new_customers", self.tr("新增客户"), "int"),
            key_column("lost_customers", self.tr("流失客户"), "int"),
            key_column("active_days", self.tr("有消息的天数"), "int")], id_key="staff")
        self.table = make_table_view(self.model)  # its HeaderFitter keeps the (English) headers whole
        self.table.setObjectName("activityTable")
        body_layout.addWidget(self.table, 1)
        self.stack = EmptyState(self.body, self.tr(
            "还没有社群活跃数据 — 在企业微信管理后台导出“联系客户统计”或“群聊数据统计”，拖进“导入”即可"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.plot: Any = None
        self.span.currentIndexChanged.connect(self._redraw)
        self.community.currentIndexChanged.connect(self._redraw)

    def refresh(self) -> None:
        refill_communities(self.community, self.ctx.store)
        self._redraw()

    def _redraw(self) -> None:
        last = clock.today()
        first = last - dt.timedelta(days=self.span.currentData() - 1)
        self.data = surveys.daily_activity(self.ctx.store, first, last, self.community.currentData())
        self.stack.setEmpty(not self.data["days"])
        self.model.set_rows(self.data["staff"])
        if not self.data["days"]:
            return
        import pyqtgraph as pg  # heavy: only when there is something to draw

        if self.plot is None:
            pg.setConfigOptions(antialias=True, background="w", foreground="#333")
            self.plot = pg.PlotWidget(title=self.tr("每天的社群活跃"))
            self.plot.setObjectName("activityPlot")
            self.plot.setMouseEnabled(x=False, y=False)
            self.plot.hideButtons()
            self.plot.addLegend(offset=(10, 10))
            self.plot.getAxis("left").enableAutoSIPrefix(False)
            self.plot_holder.addWidget(self.plot)
        self.plot.clear()
        days = self.data["days"]
        xs = [(d["day"] - first).days for d in days]
        for field, name, color in (("group_messages", self.tr("群消息"), "#2F6FEB"),
                                   ("active_group_members", self.tr("发言群成员"), "#1A9E75"),
                                   ("new_customers", self.tr("新增客户"), "#E8A317")):
            self.plot.plot(xs, [d[field] for d in days], pen=pg.mkPen(color, width=2), symbol="o", symbolSize=5,
                           symbolBrush=color, name=name)
        step = max(1, len(range(self.span.currentData())) // 10)
        ticks = [(i, (first + dt.timedelta(days=i)).strftime("%m-%d")) for i in range(0, self.span.currentData(), step)]
        self.plot.getAxis("bottom").setTicks([ticks])
