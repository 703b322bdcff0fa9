"""店铺成交: the 抖店 orders that count (not cancelled, closed or refunded), day by day."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from app.views.charts_tab.charts import Chart, _pg, fmt, timestamp

BAR_COLOR = "#F97316"
DAY = 86_400


class ShopOrdersChart(Chart):
    name = "shop"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("店铺成交（抖店订单）"), ("revenue", "conversions"), date_axis=True, parent=parent)
        self.plot.setLabel("left", self.tr("成交金额（元）"))

    def draw(self, data: dict[str, Any]) -> None:
        pg = _pg()
        self.clear()
        days: list[dt.date] = data["days"]
        if not days:
            self.card.set_empty(self.tr("这段时间没有抖店订单 — 导入抖店“导出查询订单”的文件后，这里按天画出成交。"))
            return
        self.card.set_empty(None)
        xs = [timestamp(d) + DAY / 2 for d in days]
        self.add(pg.BarGraphItem(x=xs, height=data["revenue"], width=DAY * 0.8, brush=BAR_COLOR, pen=None),
                 legend=(self.tr("成交金额"), BAR_COLOR))
        self.series = {"revenue": list(data["revenue"]), "conversions": list(data["conversions"])}
        self.card.set_note(self.tr("只算有效订单：已取消、已关闭和退款成功的不算。合计 {orders} 单、{revenue}。").format(
            orders=fmt("conversions", data["total_conversions"]), revenue=fmt("revenue", data["total_revenue"])))
        texts = [f"{d.isoformat()}\n{fmt('revenue', r)}  ·  " + self.tr("%n 单", "", c)
                 for d, r, c in zip(days, data["revenue"], data["conversions"], strict=True)]
        self.hover.set_points(xs, [0] * len(xs), texts, "x", radius=30)
        self.plot.setXRange(timestamp(data["start"]), timestamp(data["end"]) + DAY, padding=0.01)
        self.plot.enableAutoRange(axis="y")
