"""图表: follower growth per platform; pyqtgraph is imported when the tab is first shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.queries import followers_by_platform
from app.views.base import DataTab, EmptyState
from app.views.context import ViewContext
from app.views.table_models import platform_color, platform_name


def _timestamp(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day).timestamp()


class ChartsTab(DataTab):
    """Charts of the imported numbers (first: followers per platform).

    Signals:
        openItem(str, int): not emitted yet.
    """

    tables = frozenset({"account", "account_daily"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = QLabel(self.tr("各平台粉丝数"), self)
        self.title.setObjectName("sectionHeading")
        self.holder = QWidget(self)
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = EmptyState(
            self.holder, self.tr("还没有粉丝数据 — 导入各平台后台的粉丝数据，这里就会画出每天的粉丝变化"), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.plot: Any = None

    def _make_plot(self) -> Any:
        import pyqtgraph as pg  # heavy: only when the charts are first shown

        pg.setConfigOptions(antialias=True, background="w", foreground="#333")
        plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        plot.setObjectName("followersPlot")
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.addLegend(offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 220), pen=pg.mkPen("#DADDE3"))
        self.holder_layout.addWidget(plot)
        return plot

    def refresh(self) -> None:
        series = followers_by_platform(self.ctx.store.engine)
        self.stack.setEmpty(not series)
        if not series:
            return
        if self.plot is None:
            self.plot = self._make_plot()
        import pyqtgraph as pg

        self.plot.clear()
        for code, (days, values) in series.items():
            pen = pg.mkPen(platform_color(code), width=2)
            self.plot.plot([_timestamp(d) for d in days], values, pen=pen, name=platform_name(code))
