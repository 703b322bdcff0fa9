"""Chart cards: a titled frame around one chart or table, with the 口径 tooltip, hover values and
PNG export. pyqtgraph is imported by `make_plot()` only, i.e. when the first chart is drawn."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.views.metric_help import metric_tip

_CARD_STYLE = """
QFrame#chartCard { background: #FFFFFF; border: 1px solid #E4E6EB; border-radius: 8px; }
QFrame#chartCard QLabel { color: #1F2329; }
QLabel#chartTitle { font-size: 14px; font-weight: bold; color: #1F2329; }
QLabel#chartInfo { color: #8A8F98; }
QLabel#chartNote { color: #6B7280; }
QLabel#chartEmpty { color: #8A8F98; padding: 24px; }
"""


class _Compact(QWidget):
    """Holds a chart body without asking for room: the grid's stretch, not pyqtgraph's 480-pixel
    size hint (nor a wrapped label's height-for-width), decides a card's height."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)
        self.content = content

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 120)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 80)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False


class ChartCard(QFrame):
    """One chart (or table) with a title, an ⓘ tooltip of the metrics' 口径, optional controls,
    a note line, an empty-state message and "导出 PNG"."""

    def __init__(self, name: str, title: str, metric_keys: Sequence[str] = (), parent: QWidget | None = None,
                 *, min_height: int = 300) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setStyleSheet(_CARD_STYLE)
        self.name = name
        self.title = QLabel(title, self)
        self.title.setObjectName("chartTitle")
        self.info = QLabel("ⓘ", self)
        self.info.setObjectName("chartInfo")
        self.info.setVisible(bool(metric_keys))
        self.set_metrics(metric_keys)
        self.controls = QHBoxLayout()
        self.controls.setSpacing(6)
        self.export_button = QToolButton(self)
        self.export_button.setText(QCoreApplication.translate("ChartCard", "导出 PNG"))
        self.export_button.setToolTip(QCoreApplication.translate("ChartCard", "把这张图保存成 PNG 图片"))
        self.export_button.clicked.connect(self.ask_export)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.info)
        header.addStretch(1)
        header.addLayout(self.controls)
        header.addWidget(self.export_button)
        self.note = QLabel(self)
        self.note.setObjectName("chartNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.stack = QStackedWidget(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("chartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty_page = _Compact(self.empty, self)
        self.stack.addWidget(self.empty_page)
        self.body: QWidget | None = None
        self.body_page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_metrics(self, keys: Sequence[str], platform: str | None = None) -> None:
        """Show the 口径 of these metrics on the ⓘ and the title."""
        tip = "\n".join(metric_tip(key, platform) for key in keys)
        if tip:
            tip += "\n" + QCoreApplication.translate("ChartCard", "各平台的口径见「指标说明」。")
        self.info.setToolTip(tip)
        self.title.setToolTip(tip)

    def metric_box(self, object_name: str, items: Iterable[tuple[str, str]]) -> QComboBox:
        """A metric chooser among the card's controls: (text, metric key) items, each key's 口径 as
        its tooltip."""
        box = QComboBox(self)
        box.setObjectName(object_name)
        for text, key in items:
            box.addItem(text, key)
            box.setItemData(box.count() - 1, metric_tip(key), Qt.ItemDataRole.ToolTipRole)
        self.controls.addWidget(box)
        return box

    def set_body(self, widget: QWidget) -> None:
        self.body = widget
        self.body_page = _Compact(widget, self)
        self.stack.addWidget(self.body_page)
        self.stack.setCurrentWidget(self.body_page)

    def set_note(self, text: str | None) -> None:
        self.note.setText(text or "")
        self.note.setVisible(bool(text))

    def set_empty(self, message: str | None) -> None:
        """Show `message` in place of the chart (None shows the chart)."""
        if message:
            self.empty.setText(message)
            self.stack.setCurrentWidget(self.empty_page)
        elif self.body_page is not None:
            self.stack.setCurrentWidget(self.body_page)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_page

    def image(self) -> QPixmap:
        """The chart with its title above it, as the PNG shows it."""
        body = self.stack.currentWidget().grab()
        ratio = body.devicePixelRatio()
        title_h = 36
        out = QPixmap(int(body.width()), int(body.height() + title_h * ratio))
        out.setDevicePixelRatio(ratio)
        out.fill(QColor("#FFFFFF"))
        painter = QPainter(out)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 11))
        painter.setFont(font)
        painter.setPen(QColor("#1F2329"))
        width = int(body.width() / ratio)
        painter.drawText(QRect(10, 0, width - 20, title_h), int(Qt.AlignmentFlag.AlignVCenter), self.title.text())
        painter.drawPixmap(0, title_h, body)
        painter.end()
        return out

    def export_png(self, path: str | Path) -> bool:
        return self.image().save(str(path), "PNG")

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ChartCard", "导出 PNG"), f"{self.title.text()}.png", "PNG (*.png)")
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.export_png(path):
            QMessageBox.warning(self, QCoreApplication.translate("ChartCard", "导出 PNG"), QCoreApplication.translate("ChartCard", "无法保存到这个位置，请换一个文件夹再试。"))


def date_tick(value: float, spacing: float) -> str:
    """A date-axis label in the UI language, as precise as the tick spacing (seconds) needs."""
    try:
        moment = dt.datetime.fromtimestamp(value)
    except (OverflowError, OSError, ValueError):
        return ""
    if spacing >= 300 * 86400:
        return QCoreApplication.translate("ChartCard", "{year}年").format(year=moment.year)
    if spacing >= 28 * 86400:
        month_name = QLocale().monthName(moment.month, QLocale.FormatType.ShortFormat)
        if moment.month == 1:
            return QCoreApplication.translate("ChartCard", "{year}年1月").format(year=moment.year, month_name=month_name)
        return QCoreApplication.translate("ChartCard", "{month}月").format(month=moment.month, month_name=month_name)
    if spacing >= 86400:
        return f"{moment.month}/{moment.day}"
    return f"{moment:%H:%M}"


@functools.cache
def _date_axis_class() -> type:
    """pyqtgraph's DateAxisItem with Chinese labels (made on first use: pyqtgraph is imported lazily)."""
    import pyqtgraph as pg

    class ChineseDateAxis(pg.DateAxisItem):
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
            return [date_tick(v, spacing) for v in values]

    return ChineseDateAxis


def number_tick(value: float, spacing: float) -> str:
    """A number-axis label with thousands separators (no 1e+04, no SI prefix)."""
    if spacing >= 1 or spacing <= 0:
        return f"{value:,.0f}"
    decimals = max(0, -math.floor(math.log10(spacing)))
    return f"{value:,.{decimals}f}"


def log_tick(exponent: float) -> str:
    """The label of a log-axis tick: the plain number (2,000 rather than 2·10³), only at 1, 2 and 5
    times a power of ten so that the minor ticks between them do not run into each other."""
    try:
        value = 10.0 ** exponent
    except OverflowError:
        return ""
    if value <= 0:
        return ""
    mantissa = value / 10.0 ** math.floor(math.log10(value))
    if min(abs(mantissa - m) for m in (1, 2, 5, 10)) > 0.01:
        return ""
    return f"{value:,.0f}" if value >= 1 else f"{value:g}"


@functools.cache
def _number_axis_class() -> type:
    """pyqtgraph's AxisItem with plain numbers (made on first use). Tick labels are made while
    painting, where an exception would crash the app, so the helpers never raise."""
    import pyqtgraph as pg

    class NumberAxis(pg.AxisItem):
        #: Appended to every label: "%" on an axis of rates plotted in percent.
        suffix = ""

        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
            if self.logMode:
                return self.logTickStrings(values, scale, spacing)
            return [number_tick(v * scale, spacing * scale) + self.suffix for v in values]

        def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
            return [log_tick(v) for v in values]

    return NumberAxis


def make_plot(*, dates: bool = False, name: str = "") -> Any:
    """A pyqtgraph PlotWidget styled like the rest of the app (white, light grid, no SI prefixes)."""
    import pyqtgraph as pg  # heavy: only when the first chart is drawn

    pg.setConfigOptions(antialias=True, background="w", foreground="#4B5563")
    number = _number_axis_class()
    axes = {"left": number(orientation="left"),
            "bottom": _date_axis_class()(orientation="bottom") if dates else number(orientation="bottom")}
    plot = pg.PlotWidget(axisItems=axes)
    plot.setObjectName(name)
    plot.showGrid(x=False, y=True, alpha=0.15)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.enableAutoSIPrefix(False)
        axis.setPen("#C9CDD4")
        axis.setTextPen("#4B5563")  # after setPen, which also colours the axis title: the title stays readable
    return plot


class Hover:
    """Shows the values under the mouse in a small box on a plot.

    `set_points(xs, ys, texts, mode)`: in "x" mode the point nearest the mouse horizontally
    (time series and bars: all series of a day in one text), in "y" mode vertically (horizontal
    bars), in "xy" mode the nearest point within
    `radius` pixels (scatter plots, heat-map cells).
    """

    def __init__(self, plot: Any) -> None:
        import pyqtgraph as pg

        self.plot = plot
        self.label = pg.TextItem(color="#1F2329", anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 235),
                                 border=pg.mkPen("#C9CDD4"))
        self.label.setZValue(1000)
        self.label.hide()
        self.xs: list[float] = []
        self.ys: list[float] = []
        self.texts: Sequence[str] | Callable[[int], str] = []
        self.mode = "x"
        self.radius = 24.0
        plot.scene().sigMouseMoved.connect(self.moved)

    def set_points(self, xs: Sequence[float], ys: Sequence[float], texts: Sequence[str] | Callable[[int], str],
                   mode: str = "x", radius: float = 24.0) -> None:
        """`texts` is a list, or a function of the point's index (texts are then made on hover only)."""
        self.xs, self.ys = list(xs), list(ys)
        self.texts = texts
        self.mode, self.radius = mode, radius
        self.label.hide()
        if self.label.scene() is None:
            self.plot.addItem(self.label, ignoreBounds=True)

    def text_at(self, x: float, y: float) -> str | None:
        """The text shown for the mouse at view coordinates (x, y), or None."""
        if not self.xs:
            return None
        px, py = self.plot.getViewBox().viewPixelSize()
        px, py = abs(px) or 1.0, abs(py) or 1.0
        if self.mode == "x":
            distances = [abs(v - x) / px for v in self.xs]
        elif self.mode == "y":
            distances = [abs(v - y) / py for v in self.ys]
        else:
            distances = [math.hypot((a - x) / px, (b - y) / py) for a, b in zip(self.xs, self.ys, strict=True)]
        best = min(range(len(distances)), key=distances.__getitem__)
        if distances[best] > self.radius:
            return None
        return self.texts(best) if callable(self.texts) else self.texts[best]

    def moved(self, pos: Any) -> None:
        box = self.plot.getViewBox()
        if not box.sceneBoundingRect().contains(pos):
            self.label.hide()
            return
        point = box.mapSceneToView(pos)
        text = self.text_at(point.x(), point.y())
        if text is None:
            self.label.hide()
            return
        self.label.setText(text)
        (x0, x1), (y0, y1) = box.viewRange()
        right = point.x() > (x0 + x1) / 2
        low = (point.y() < (y0 + y1) / 2) != box.yInverted()
        self.label.setAnchor((1.05 if right else -0.05, 1.1 if low else -0.1))
        self.label.setPos(point.x(), point.y())
        self.label.show()
