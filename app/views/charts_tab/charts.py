"""The charts of the 图表 tab, one class per chart: each builds its card and plot once and
`draw(dataset)`s the plain values of `app.services.dashboard` on the UI thread.

Every chart keeps what it plotted in `self.items` (the graphics items with data) and
`self.series` (the numbers, for tests and hover), so a redraw replaces both.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.services.dashboard import COMPARISON_METRICS
from app.views.charts_tab.cards import ChartCard, Hover, make_plot
from app.views.metric_help import metric_name, metric_tip
from app.views.table_models import format_value, platform_color, platform_name
from app.views.table_models import label as code_label

#: Colours of member segments (the same order the 用户与社群 tab lists them).
SEGMENT_COLORS = {"core": "#2F6FEB", "potential": "#1A9E75", "new": "#E8A317", "churned": "#9CA3AF"}
#: Rate metrics are plotted in percent.
RATE_KEYS = {"engagement_rate", "conversion_rate", "follow_rate", "completion_rate"}


def timestamp(day: dt.date | dt.datetime) -> float:
    """Seconds for pyqtgraph's DateAxisItem (local time, as the store keeps it)."""
    if not isinstance(day, dt.datetime):
        day = dt.datetime(day.year, day.month, day.day)
    return day.timestamp()


def fmt(key: str, value: Any) -> str:
    """A number as a card shows it; a missing value reads 无数据."""
    if value is None:
        return QCoreApplication.translate("ChartsTab", "无数据")
    if key in RATE_KEYS:
        return format_value("rate", value)
    if key in {"revenue", "spend", "cost"}:
        return format_value("money", value)
    if key == "roi":
        return f"{value:.2f}"
    return format_value("int", round(value))


def plotted(key: str, value: float) -> float:
    return value * 100 if key in RATE_KEYS else value


def short(text: str | None, n: int = 16) -> str:
    text = text or ""
    return text if len(text) <= n else text[: n - 1] + "…"


def md(day: dt.date) -> str:
    """"3月5日" in Chinese; the English template uses the short month name."""
    return QCoreApplication.translate("ChartsTab", "{month}月{day}日").format(
        month=day.month, day=day.day, month_name=QLocale().monthName(day.month, QLocale.FormatType.ShortFormat))


class Chart(QObject):
    """One chart card with a pyqtgraph plot. Subclasses set `name` and implement `draw()`.

    Signals:
        openItem(str, int): the user clicked something that has a page of its own (a post).
    """

    openItem = Signal(str, int)
    name = ""

    def __init__(self, title: str, metric_keys: Sequence[str] = (), *, date_axis: bool = False,
                 min_height: int = 300, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = ChartCard(self.name, title, metric_keys, parent, min_height=min_height)
        self.plot = make_plot(dates=date_axis, name=f"{self.name}Plot")
        body = QWidget(self.card)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.legend_label = QLabel(body)
        self.legend_label.setObjectName("chartLegend")
        self.legend_label.setWordWrap(True)
        column.addWidget(self.legend_label)
        column.addWidget(self.plot, 1)
        self.card.set_body(body)
        self.legend_entries: list[tuple[str, str, str]] = []
        self.hover = Hover(self.plot)
        self.items: list[Any] = []
        #: Items a chart reuses from one draw to the next (cheaper than making them again).
        self.kept: list[Any] = []
        self.series: dict[str, Any] = {}

    def clear(self) -> None:
        for item in self.items:
            if item not in self.kept:
                self.plot.removeItem(item)
        self.items, self.series, self.legend_entries = [], {}, []
        self.legend_label.clear()
        self.hover.set_points([], [], [])

    def add(self, item: Any, *, legend: tuple[str, QColor | str] | None = None, mark: str = "■") -> Any:
        """Plot an item; `legend` = (name, colour) adds an entry to the legend line above the plot."""
        self.plot.addItem(item)
        self.items.append(item)
        if legend is not None:
            self.legend(*legend, mark=mark)
        return item

    def legend(self, name: str, color: QColor | str, mark: str = "■") -> None:
        """A legend line of coloured marks above the plot (never over the data, unlike an in-plot legend)."""
        self.legend_entries.append((name, QColor(color).name(), mark))
        self.legend_label.setText("&nbsp;&nbsp;&nbsp;".join(
            f"<span style='color:{c}'>{m}</span>&nbsp;{escape(n)}" for n, c, m in self.legend_entries))

    def draw(self, data: Any) -> None:
        raise NotImplementedError

    def percent_axis(self, side: str, on: bool) -> None:
        """Label the ticks of this axis "12%" (rates are plotted ×100) or as plain numbers."""
        axis = self.plot.getAxis(side)
        if axis.suffix != ("%" if on else ""):
            axis.suffix = "%" if on else ""
            axis.picture = None  # pyqtgraph caches the drawn labels
            axis.update()

    def open_post(self, post_id: int) -> None:
        """Ask for the post to be opened (what a click on its dot does)."""
        self.openItem.emit("post", int(post_id))

    def clicked(self, _item: Any, points: Sequence[Any], _event: Any = None) -> None:
        """A ScatterPlotItem's sigClicked: open the post of the dot clicked (its data is the post id)."""
        if len(points):
            self.open_post(points[0].data())


def _pg() -> Any:
    import pyqtgraph as pg

    return pg


def _dashed(color: QColor | str, width: float = 1.5) -> Any:
    pg = _pg()
    return pg.mkPen(color, width=width, style=pg.QtCore.Qt.PenStyle.DashLine)


# --- 概览 ---------------------------------------------------------------------------------------

class FollowersChart(Chart):
    name = "followers"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("各平台粉丝数"), ("followers_total",), date_axis=True, min_height=340, parent=parent)
        self.plot.setLabel("left", self.tr("粉丝数"))

    def draw(self, data: dict[str, Any]) -> None:
        pg = _pg()
        self.clear()
        platforms = data["platforms"]
        if not platforms:
            self.card.set_empty(self.tr("这段时间没有粉丝数据 — 导入各平台的账号数据（粉丝数），这里会画出每天的粉丝变化。"))
            return
        self.card.set_empty(None)
        values: dict[dt.date, list[tuple[str, str, float]]] = {}
        has_goal = False
        goal = self.tr("%1 目标")
        for code, entry in platforms.items():
            color = platform_color(code)
            name = platform_name(code)
            xs = [timestamp(d) for d in entry["days"]]
            self.add(pg.PlotDataItem(xs, entry["followers"], pen=pg.mkPen(color, width=2)),
                     legend=(name, color), mark="━")
            self.series[code] = list(entry["followers"])
            for day, value in zip(entry["days"], entry["followers"], strict=True):
                values.setdefault(day, []).append((name, "", value))
            if entry["goal"]:
                has_goal = True
                goal_x = [timestamp(p["day"]) for p in entry["goal"]]
                goal_y = [p["target"] for p in entry["goal"]]
                self.add(pg.PlotDataItem(goal_x, goal_y, pen=_dashed(color), symbol="o", symbolSize=5,
                                         symbolBrush=color, symbolPen=None))
                for point in entry["goal"]:
                    values.setdefault(point["day"], []).append((goal.replace("%1", name), "", point["target"]))
        if has_goal:
            self.legend(self.tr("目标（虚线）"), "#6B7280", mark="┅")
        self.card.set_note(self.tr("虚线是目标线：期初粉丝数加上每月涨粉目标的累计。") if has_goal else
                           self.tr("这段时间没有设涨粉目标，所以没有目标线。"))
        days = sorted(values)

        def text(i: int) -> str:
            return f"{days[i].isoformat()}\n" + "\n".join(f"{name}  {fmt('followers_total', value)}"
                                                           for name, _, value in values[days[i]])

        self.hover.set_points([timestamp(d) for d in days], [0] * len(days), text, "x", radius=30)
        self.plot.autoRange()


class NetFollowsChart(Chart):
    name = "net_follows"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("每周净增关注"), ("net_follows",), parent=parent)
        self.plot.setLabel("left", self.tr("净增关注（人）"))
        self.plot.setLabel("bottom", self.tr("每周（周一起）"))

    def draw(self, data: dict[str, Any]) -> None:
        pg = _pg()
        self.clear()
        weeks, platforms = data["weeks"], data["platforms"]
        if not weeks:
            self.card.set_empty(self.tr("这段时间没有关注数据 — 导入账号每日数据（新增/取消关注）后显示每周净增。"))
            return
        self.card.set_empty(None)
        width = 0.8 / max(len(platforms), 1)
        texts = {w: [self.tr("%1 起的一周").replace("%1", md(w))] for w in weeks}
        for i, (code, values) in enumerate(platforms.items()):
            offset = -0.4 + width * (i + 0.5)
            xs = [n + offset for n, v in enumerate(values) if v is not None]
            hs = [v for v in values if v is not None]
            self.add(pg.BarGraphItem(x=xs, height=hs, width=width, brush=platform_color(code), pen=None),
                     legend=(platform_name(code), platform_color(code)))
            self.series[code] = list(values)
            for w, v in zip(weeks, values, strict=True):
                if v is not None:
                    texts[w].append(f"{platform_name(code)}  {v:+,}")
        self.add(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#9CA3AF")))
        self.plot.getAxis("bottom").setTicks([week_ticks(weeks)])
        self.hover.set_points(list(range(len(weeks))), [0] * len(weeks),
                              ["\n".join(texts[w]) for w in weeks], "x", radius=60)
        self.plot.setXRange(-0.6, len(weeks) - 0.4, padding=0)
        self.plot.enableAutoRange(axis="y")


def week_ticks(weeks: Sequence[dt.date], most: int = 14) -> list[tuple[int, str]]:
    """Bar positions and labels of the weeks' Mondays ("11月3日"), every k-th one when there are
    more than `most`, so the labels never run into each other."""
    step = max(1, math.ceil(len(weeks) / most))
    return [(i, md(week)) for i, week in enumerate(weeks) if i % step == 0]


#: The metric-dictionary entry behind each comparison metric (for the 口径 tooltip).
COMPARISON_DEFINITIONS = {"posts": None, "views": "views", "avg_views": "views", "engagement_rate": "engagement_rate",
                          "follows_gained": "follows_gained", "net_follows": "net_follows",
                          "followers_end": "followers_total", "conversions": "conversions"}


class ComparisonChart(Chart):
    name = "comparison"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("平台对比：本期与上期"), ("views",), parent=parent)
        self.metric = QComboBox(self.card)
        self.metric.setObjectName("comparisonMetric")
        names = {
            "posts": self.tr("发布篇数"), "views": self.tr("浏览量"), "avg_views": self.tr("篇均浏览量"),
            "engagement_rate": self.tr("互动率"), "follows_gained": self.tr("内容涨粉"),
            "net_follows": self.tr("净增关注"), "followers_end": self.tr("期末粉丝数"), "conversions": self.tr("转化"),
        }
        for key in COMPARISON_METRICS:
            self.metric.addItem(names[key], key)
            if COMPARISON_DEFINITIONS[key]:
                self.metric.setItemData(self.metric.count() - 1, metric_tip(COMPARISON_DEFINITIONS[key]),
                                        Qt.ItemDataRole.ToolTipRole)
        self.card.controls.addWidget(self.metric)
        self.metric.currentIndexChanged.connect(lambda _i: self.draw(self.data))
        self.data: dict[str, Any] | None = None

    def draw(self, data: dict[str, Any] | None) -> None:
        pg = _pg()
        self.clear()
        self.data = data
        if data is None:
            return
        key = self.metric.currentData()
        definition = COMPARISON_DEFINITIONS[key]
        self.card.set_metrics([definition] if definition else [])
        rows = [r for r in data["rows"] if r["metric"] == key]
        if not any(r["current"] is not None or r["previous"] is not None for r in rows) or not rows:
            self.card.set_empty(self.tr("这两期都没有这个指标的数据。"))
            return
        self.card.set_empty(None)
        cur, prev = data["current"], data["previous"]
        if data.get("to_date"):
            note = self.tr("本期还没过完，只比同样的天数：深色是本期截至今天 %1 至 %2，浅色是上期同期 %3 至 %4。"
                           "柱子上方是变化幅度。")
        else:
            note = self.tr("深色：本期 %1 至 %2；浅色：上期 %3 至 %4。柱子上方是变化幅度。")
        self.card.title.setText(self.tr("平台对比：本期至今与上期同期") if data.get("to_date")
                                else self.tr("平台对比：本期与上期"))
        self.card.set_note(note.replace("%1", str(cur["start"])).replace("%2", str(cur["end"]))
                           .replace("%3", str(prev["start"])).replace("%4", str(prev["end"])))
        ticks, texts, top, bottom = [], [], 0.0, 0.0
        for i, row in enumerate(rows):
            color = platform_color(row["platform"])
            light = QColor(color)
            light.setAlpha(80)
            for value, dx, brush in ((row["previous"], -0.2, light), (row["current"], 0.2, color)):
                if value is not None:
                    self.add(pg.BarGraphItem(x=[i + dx], height=[plotted(key, value)], width=0.36, brush=brush, pen=None))
                    top, bottom = max(top, plotted(key, value)), min(bottom, plotted(key, value))
            ticks.append((i, platform_name(row["platform"])))
            self.series[row["platform"]] = (row["current"], row["previous"])
            change = row["change"]
            text = self.tr("%1\n本期 %2\n上期 %3").replace("%1", platform_name(row["platform"])) \
                .replace("%2", fmt(key, row["current"])).replace("%3", fmt(key, row["previous"]))
            if change is not None:
                text += "\n" + self.tr("变化 %1").replace("%1", f"{change:+.1%}")
                height = plotted(key, row["current"] or 0)
                label = pg.TextItem(f"{change:+.0%}", color="#15803D" if change >= 0 else "#B91C1C",
                                    anchor=(0.5, 1 if height >= 0 else 0))
                label.setPos(i + 0.2, height)
                self.add(label)
            texts.append(text)
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setLabel("left", self.metric.currentText())
        self.percent_axis("left", key in RATE_KEYS)
        self.hover.set_points(list(range(len(rows))), [0] * len(rows), texts, "x", radius=80)
        self.plot.setXRange(-0.6, len(rows) - 0.4, padding=0)
        self.plot.setYRange(bottom * 1.15, top * 1.15 or 1, padding=0)


# --- 内容 ---------------------------------------------------------------------------------------

class ContentChart(Chart):
    name = "content"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("内容表现（每篇发布后 7 天）"), ("views",), date_axis=True, min_height=320,
                         parent=parent)
        self.metric = self.card.metric_box("contentMetric", (
            (self.tr("浏览量"), "views"), (self.tr("互动率"), "engagement_rate"), (self.tr("涨粉"), "follows_gained")))
        self.metric.currentIndexChanged.connect(lambda _i: self.draw(self.data))
        self.data: list[dict[str, Any]] | None = None

    def draw(self, data: list[dict[str, Any]] | None) -> None:
        pg = _pg()
        self.clear()
        self.data = data
        if data is None:
            return
        key = self.metric.currentData()
        self.card.set_metrics([key])
        log = key == "views"
        self.plot.setLogMode(x=False, y=log)
        self.plot.setLabel("left", self.metric.currentText() + (self.tr("（对数刻度）") if log else ""))
        self.percent_axis("left", key in RATE_KEYS)
        posts = [p for p in data if p[key] is not None and (not log or p[key] > 0)]
        if not posts:
            self.card.set_empty(self.tr("这段时间发布的内容没有这个指标的数据 — 导入内容数据后再看。"))
            return
        self.card.set_empty(None)
        missing = len(data) - len(posts)
        self.card.set_note(self.tr("每个点是一篇内容，取发布后约 7 天的数据；点一下打开这篇内容。")
                           + (self.tr("另有 %n 篇缺少这个指标，没有画出。", "", missing) if missing else ""))
        xs, ys, shown = [], [], []
        metric_text = self.metric.currentText()
        for code in sorted({p["platform"] for p in posts}):
            mine = [p for p in posts if p["platform"] == code]
            px = [timestamp(p["published_at"]) for p in mine]
            py = [math.log10(p[key]) if log else plotted(key, p[key]) for p in mine]
            color = platform_color(code)
            scatter = pg.ScatterPlotItem(x=px, y=py, data=[p["post_id"] for p in mine], size=8, brush=color,
                                         pen=pg.mkPen("w", width=0.5))
            scatter.sigClicked.connect(self.clicked)
            self.add(scatter, legend=(platform_name(code), color), mark="●")
            self.series[code] = [p[key] for p in mine]
            xs += px
            ys += py
            shown += mine

        def text(i: int) -> str:
            p = shown[i]
            return (f"{short(p['title'], 24)}\n{platform_name(p['platform'])} · {p['published_at']:%Y-%m-%d %H:%M}\n"
                    f"{metric_text} {fmt(key, p[key])}")

        self.hover.set_points(xs, ys, text, "xy")
        self.plot.autoRange()


#: Height in pixels of the empty bands above and below the dots that hold the quadrant names
#: (a line of text, its padding and a dot).
QUADRANT_BAND_PIXELS = 38


class ScatterChart(Chart):
    """Views against conversion (or engagement) rate; median lines split the four quadrants,
    named in empty bands above and below the dots (`quadrant_labels`)."""

    name = "scatter"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("浏览量与转化"), ("views", "conversion_rate"), min_height=380, parent=parent)
        self.plot.setLabel("bottom", self.tr("浏览量（对数刻度）"))
        self.plot.setLogMode(x=True, y=False)
        self.quadrant_labels: list[Any] = []
        #: The dots' x range (padded) and y range, for `place_quadrants`.
        self.extent: tuple[float, float, float, float] | None = None
        self.plot.getViewBox().sigResized.connect(lambda _box: self.place_quadrants())

    def draw(self, data: dict[str, Any]) -> None:
        pg = _pg()
        self.clear()
        self.extent = None
        y_key = data["y_metric"]
        self.card.set_metrics(["views", y_key])
        y_name = metric_name(y_key)
        self.plot.setLabel("left", y_name)
        self.percent_axis("left", True)
        points = [p for p in data["points"] if p["x"] and p["x"] > 0]
        if not points:
            self.card.set_empty(self.tr("这段时间没有同时有浏览量和转化（或互动）数据的内容。"))
            return
        self.card.set_empty(None)
        median_x, median_y = data["median_x"], data["median_y"]
        notes = [self.tr("每个点是一篇内容（发布后约 7 天），虚线是中位数，把内容分成四类；点一下打开这篇内容。")]
        if median_x and median_y is not None:
            notes.append(self.tr("浏览中位数 %1，%2中位数 %3。").replace("%1", fmt("views", median_x))
                         .replace("%2", y_name).replace("%3", fmt(y_key, median_y)))
        if y_key != "conversion_rate":
            notes.append(self.tr("这段时间没有转化数据，纵轴改用互动率。"))
        left_out = data["left_out"] + len(data["points"]) - len(points)
        if left_out:
            notes.append(self.tr("%n 篇缺少数据，没有画出。", "", left_out))
        self.card.set_note(" ".join(notes))
        xs, ys, shown = [], [], []
        for code in sorted({p["platform"] for p in points}):
            mine = [p for p in points if p["platform"] == code]
            px = [math.log10(p["x"]) for p in mine]
            py = [p["y"] * 100 for p in mine]
            color = platform_color(code)
            scatter = pg.ScatterPlotItem(x=px, y=py, data=[p["post_id"] for p in mine], size=9, brush=color,
                                         pen=pg.mkPen("w", width=0.5))
            scatter.sigClicked.connect(self.clicked)
            self.add(scatter, legend=(platform_name(code), color), mark="●")
            self.series[code] = [(p["x"], p["y"], p["post_id"]) for p in mine]
            xs += px
            ys += py
            shown += mine
        views_text = self.tr("浏览量 %1 · %2 %3")

        def text(i: int) -> str:
            p = shown[i]
            return (f"{short(p['title'], 24)}\n{platform_name(p['platform'])}\n"
                    + views_text.replace("%1", fmt("views", p["x"])).replace("%2", y_name).replace("%3", fmt(y_key, p["y"])))

        grey = "#6B7280"
        if median_x:
            self.add(pg.InfiniteLine(pos=math.log10(median_x), angle=90, pen=_dashed(grey, 1)))
        if median_y is not None:
            self.add(pg.InfiniteLine(pos=median_y * 100, angle=0, pen=_dashed(grey, 1)))
        self.hover.set_points(xs, ys, text, "xy")
        x_pad = (max(xs) - min(xs)) * 0.04 or 0.5
        self.extent = (min(xs) - x_pad, max(xs) + x_pad, min(ys), max(ys))
        self.quadrant_labels = []
        if median_x and median_y is not None:
            for text, anchor in (
                (self.tr("浏览高 · 转化高：值得复用"), (1, 0)),
                (self.tr("浏览高 · 转化低：流量没接住"), (1, 1)),
                (self.tr("浏览低 · 转化高：可以加推"), (0, 0)),
                (self.tr("浏览低 · 转化低"), (0, 1)),
            ):
                if y_key != "conversion_rate":
                    text = text.replace(self.tr("转化"), self.tr("互动"))
                label = pg.TextItem(text, color=grey, anchor=anchor, fill=pg.mkBrush(255, 255, 255, 220))
                self.add(label)
                self.quadrant_labels.append(label)
        self.place_quadrants()

    def place_quadrants(self) -> None:
        """Fit the view to the dots plus an empty band above and below them as tall as a
        quadrant name, and put the names in the band's corners (again whenever the plot resizes,
        since the names keep their pixel size)."""
        if self.extent is None:
            return
        x0, x1, low, high = self.extent
        span = (high - low) or max(abs(high), 1.0)
        pixels = self.plot.getViewBox().height()
        share = min(0.3, QUADRANT_BAND_PIXELS / pixels) if pixels > 3 * QUADRANT_BAND_PIXELS else 0.3
        band = span * share / (1 - 2 * share)
        y0, y1 = low - band, high + band
        self.plot.setXRange(x0, x1, padding=0)
        self.plot.setYRange(y0, y1, padding=0)
        for label, (x, y) in zip(self.quadrant_labels, ((x1, y1), (x1, y0), (x0, y1), (x0, y0)), strict=True):
            label.setPos(x, y)


# --- 发布时间 -------------------------------------------------------------------------------------

class BestTimeChart(Chart):
    """Average engagement by weekday × time slot; cells with too few posts stay grey."""

    name = "best_time"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("最佳发布时间（平均互动率）"), ("engagement_rate",), min_height=460, parent=parent)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=False, y=False)
        self.plot.getViewBox().invertY(True)
        self.plot.getAxis("left").setWidth(48)
        self.labels: list[list[Any]] = []

    def _cells(self, columns: int, rows: int) -> tuple[Any, list[list[Any]]]:
        """The image and one text per cell, made on the first draw and reused after."""
        if not self.kept:
            pg = _pg()
            image = pg.ImageItem()
            image.setZValue(-10)
            self.plot.addItem(image)
            labels = []
            for w in range(rows):
                row = []
                for s in range(columns):
                    label = pg.TextItem(anchor=(0.5, 0.5))
                    label.setPos(s + 0.5, w + 0.5)
                    self.plot.addItem(label)
                    row.append(label)
                labels.append(row)
            self.kept = [image, *(label for row in labels for label in row)]
            self.labels = labels
        return self.kept[0], self.labels

    def draw(self, data: dict[str, Any]) -> None:
        import numpy as np

        self.clear()
        if not data["posts"]:
            self.card.set_empty(self.tr("还没有带互动数据的已发布内容 — 导入过去一年的内容数据后，这里会显示哪天几点发效果最好。"))
            return
        self.card.set_empty(None)
        weekdays = [QCoreApplication.translate("dashboard", d) for d in data["weekdays"]]
        slots = [QCoreApplication.translate("dashboard", s) for s in data["slots"]]
        means, counts = data["mean"], data["counts"]
        image_item, labels = self._cells(len(slots), len(weekdays))
        ranked = sorted(v for row in means for v in row if v is not None)
        start, end = QColor("#EAF1FF"), QColor("#1D4ED8")
        image = np.zeros((len(slots), len(weekdays), 4), dtype=np.ubyte)
        xs, ys, texts = [], [], []
        best: tuple[float, int, int] | None = None
        for w, row in enumerate(means):
            for s, mean in enumerate(row):
                n = counts[w][s]
                if mean is None:
                    image[s, w] = (242, 243, 245, 255)
                    cell = self.tr("%n 篇", "", n) if n else "—"
                    tip = self.tr("%1 %2\n%n 篇，太少，不显示", "", n) if n else self.tr("%1 %2\n没有发过")
                    color = "#9CA3AF"
                else:
                    t = ranked.index(mean) / (len(ranked) - 1) if len(ranked) > 1 else 0.5
                    image[s, w] = [round(a + (b - a) * t) for a, b in (
                        (start.red(), end.red()), (start.green(), end.green()), (start.blue(), end.blue()))] + [255]
                    cell = f"{mean:.1%}\n" + self.tr("%n 篇", "", n)
                    tip = self.tr("%1 %2\n平均互动率 %3（%n 篇）", "", n).replace("%3", f"{mean:.2%}")
                    color = "#FFFFFF" if t > 0.55 else "#1F2329"
                    if best is None or mean > best[0]:
                        best = (mean, w, s)
                labels[w][s].setText(cell, color=color)
                xs.append(s + 0.5)
                ys.append(w + 0.5)
                texts.append(tip.replace("%1", weekdays[w]).replace("%2", slots[s]))
        image_item.setImage(image)
        self.items = list(self.kept)
        self.series = {"mean": means, "counts": counts}
        self.plot.getAxis("bottom").setTicks([[(s + 0.5, name) for s, name in enumerate(slots)]])
        self.plot.getAxis("left").setTicks([[(w + 0.5, name) for w, name in enumerate(weekdays)]])
        self.plot.setXRange(0, len(slots), padding=0)
        self.plot.setYRange(0, len(weekdays), padding=0)
        self.hover.set_points(xs, ys, texts, "xy", radius=400)
        note = self.tr("按截至本期末的 12 个月里自己发布的内容统计（发布后约 7 天的互动率）；少于 %n 篇的时段是灰色，不下结论。",
                       "", data["min_posts"])
        if best is not None:
            note += " " + self.tr("目前最好的时段：%1 %2（平均互动率 %3）。").replace("%1", weekdays[best[1]]) \
                .replace("%2", slots[best[2]]).replace("%3", f"{best[0]:.1%}")
        if data["thin"]:
            note += " " + self.tr("历史内容还太少（共 %n 篇有互动数据），结果只能参考，多发一段时间再看。", "", data["posts"])
        self.card.set_note(note)


# --- 投放与活动 -----------------------------------------------------------------------------------

class RoiChart(Chart):
    """Horizontal ROI bars (names on the left), green from break-even up (ROI 1 ÷ gross margin, 1 at
    100 %), red below; the break-even line dashed.
    Subclasses set `kind`, the list of `roi_bars()` they draw."""

    kind = ""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, ("roi",), min_height=360, parent=parent)
        self.plot.setLabel("bottom", QCoreApplication.translate("ChartsTab", "ROI（成交 ÷ 花费）"))
        self.plot.getAxis("left").setWidth(190)
        self.plot.showGrid(x=True, y=False, alpha=0.15)

    def draw(self, data: dict[str, Any]) -> None:
        pg = _pg()
        self.clear()
        rows = data[self.kind]
        cost_key = "cost" if self.kind == "campaigns" else "spend"
        shown = [r for r in rows if r["roi"] is not None]
        if not shown:
            self.card.set_empty(self.nothing() if not rows else RoiChart.tr(
                "%n 项没有花费或成交数据，算不出 ROI — 补上花费和成交金额后再看。", "", len(rows)))
            return
        self.card.set_empty(None)
        missing = len(rows) - len(shown)
        gaps = " " + RoiChart.tr("另有 %n 项缺花费或成交数据。", "", missing) if missing else ""
        even = data["break_even"]
        line = "ROI = 1" if even == 1 else QCoreApplication.translate("ChartsTab", "保本 ROI = %1").replace(
            "%1", f"{even:.2f}")
        self.card.set_note(QCoreApplication.translate("ChartsTab", "ROI = 成交金额 ÷ 花费；虚线是保本线（%1，按设置里的毛利率），红柱在亏钱。")
                           .replace("%1", line) + gaps)
        slots = max(len(shown), 6)
        ys = [slots - 1 - i for i in range(len(shown))]
        good = [(y, r) for y, r in zip(ys, shown, strict=True) if r["roi"] >= even]
        bad = [(y, r) for y, r in zip(ys, shown, strict=True) if r["roi"] < even]
        for group, color in ((good, "#1A9E75"), (bad, "#E5484D")):
            if group:
                self.add(pg.BarGraphItem(x0=0, y=[y for y, _ in group], width=[r["roi"] for _, r in group],
                                         height=0.6, brush=color, pen=None))
        self.add(pg.InfiniteLine(pos=even, angle=90, pen=_dashed("#374151"), label=line,
                                 labelOpts={"position": 0.03, "color": "#374151", "anchors": [(0, 1), (0, 1)]}))
        self.plot.getAxis("left").setTicks([[(y, short(r["name"] or r.get("post_title"), 14))
                                             for y, r in zip(ys, shown, strict=True)]])
        texts = []
        for r in shown:
            texts.append(f"{r['name'] or r.get('post_title') or ''}\n"
                         + QCoreApplication.translate("ChartsTab", "花费 %1 · 成交 %2\nROI %3").replace("%1", fmt("spend", r[cost_key]))
                         .replace("%2", fmt("revenue", r["revenue"])).replace("%3", fmt("roi", r["roi"])))
        self.series = {r["id"]: r["roi"] for r in shown}
        self.hover.set_points([r["roi"] for r in shown], ys, texts, "y", radius=20)
        top = max(max(r["roi"] for r in shown), even)
        self.plot.setXRange(0, top * 1.1, padding=0)
        self.plot.setYRange(-1.2, slots - 0.4, padding=0)
        self.card.setMinimumHeight(max(300, 120 + 30 * len(shown)))

    def nothing(self) -> str:
        raise NotImplementedError


class CampaignRoiChart(RoiChart):
    name = "campaign_roi"
    kind = "campaigns"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ChartsTab", "活动投入产出比"), parent)

    def nothing(self) -> str:
        return self.tr("这段时间没有进行中的活动 — 在“活动”里建活动、记每日花费和成交。")


class PromotionRoiChart(RoiChart):
    name = "promotion_roi"
    kind = "promotions"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ChartsTab", "投放投入产出比"), parent)

    def nothing(self) -> str:
        return self.tr("这段时间没有开始的投放 — 记下 Dou+、薯条等投放的花费和成交，这里会算出 ROI。")


# --- 用户 ---------------------------------------------------------------------------------------

class SegmentsChart(Chart):
    name = "segments"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("用户分层人数（按月）"), (), min_height=380, parent=parent)
        self.plot.setLabel("left", self.tr("人数"))

    def draw(self, data: dict[str, Any]) -> None:
        pg = _pg()
        self.clear()
        months, segments = data["months"], data["segments"]
        if not any(v is not None for values in segments.values() for v in values):
            self.card.set_empty(self.tr("这段时间没有用户分层记录 — 在“用户与社群”里导入用户，每月会记下各分层的人数。"))
            return
        self.card.set_empty(None)
        order = [s for s in SEGMENT_COLORS if s in segments] + sorted(set(segments) - set(SEGMENT_COLORS))
        width = 0.8 / len(order)
        texts = [[m] for m in months]
        for i, segment in enumerate(order):
            values = segments[segment]
            name = code_label("segment", segment)
            xs = [m + -0.4 + width * (i + 0.5) for m, v in enumerate(values) if v is not None]
            self.add(pg.BarGraphItem(x=xs, height=[v for v in values if v is not None], width=width,
                                     brush=SEGMENT_COLORS.get(segment, "#8A8F98"), pen=None),
                     legend=(name, SEGMENT_COLORS.get(segment, "#8A8F98")))
            self.series[segment] = list(values)
            for m, v in enumerate(values):
                texts[m].append(f"{name}  {fmt('members', v)}")
        self.card.set_note(self.tr("%1 至 %2 每月记录的各分层人数（分层规则在“用户与社群”里设置）。")
                           .replace("%1", months[0]).replace("%2", months[-1]))
        same_year = len({m[:4] for m in months}) == 1
        self.plot.getAxis("bottom").setTicks([[(i, f"{int(m[5:])}月" if same_year else m)
                                               for i, m in enumerate(months)]])
        self.hover.set_points(list(range(len(months))), [0] * len(months), ["\n".join(t) for t in texts], "x",
                              radius=80)
        self.plot.setXRange(-0.6, len(months) - 0.4, padding=0)
        self.plot.enableAutoRange(axis="y")
