"""图表: the dashboard of the imported numbers, in sub-tabs 概览 / 内容 / 发布时间 / 投放与活动 / 用户 / 诊断.

The datasets (`app.services.dashboard.dashboard_data`) are computed on the task runner's pool and
drawn on the UI thread; pyqtgraph is imported when the first chart is drawn (the tab's first show),
never at start-up. A period (month, quarter, year, custom dates) and a platform filter apply to
every chart; the diagnosis list diagnoses one month of the period.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.vocabulary import Month
from app.services import dashboard
from app.services.calendar import own_accounts
from app.services.dashboard import Period
from app.store import Store
from app.views.base import DataTab, EmptyState
from app.views.charts_tab.findings import FindingsPanel
from app.views.context import ViewContext
from app.views.metric_help import MetricHelpDialog
from app.views.table_models import platform_icon, platform_name


def load_dashboard(store: Store, period: Period | None, platforms: Sequence[str] | None) -> dict[str, Any]:
    """Every chart's dataset (worker side). Without a period: `dashboard.default_period` (the
    latest post's month, or the last complete one while the current month is young)."""
    began = time.perf_counter()
    period = period or dashboard.default_period(store)
    data = dashboard.dashboard_data(store, period, platforms)
    if len(period.months()) < SEGMENT_MONTHS:
        data["segments"] = dashboard.segment_sizes(store, Period(_months_before(period.end, SEGMENT_MONTHS),
                                                                 period.end))
    return {
        "period": period,
        "platforms": list(platforms) if platforms else None,
        "own_platforms": sorted({account.platform for account in own_accounts(store)}),
        "data": data,
        "seconds": time.perf_counter() - began,
    }


#: Segment sizes are a trend: a short period shows the months up to its end.
SEGMENT_MONTHS = 12
#: The ranking charts, each with the service that ranks the period by another metric.
RANKINGS = {"top_bottom": dashboard.top_bottom_posts, "live": dashboard.live_ranking}


def _months_before(end: dt.date, months: int) -> dt.date:
    """The first day of the month `months - 1` months before `end`'s month."""
    year, month = _shift_month(end.year, end.month, 1 - months)
    return dt.date(year, month, 1)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


class ChartsTab(DataTab):
    """The dashboard. Public for tests and the benchmark: `set_period()`, `set_platforms()`,
    `charts` (name → chart), `findings` (the diagnosis list), `timing` (seconds of the last
    load and draw).

    Signals:
        openItem(str, int): a post clicked on a chart or table, or a finding's subject.
    """

    tables = frozenset({"account", "account_daily", "post", "post_metrics", "goal", "campaign",
                        "campaign_daily", "promotion", "segment_snapshot", "conversion", "topic", "setting",
                        "shop_order"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.period: Period | None = None
        self.platforms: list[str] | None = None
        self.charts: dict[str, Any] = {}
        self.result: dict[str, Any] | None = None
        self.timing: dict[str, float] = {}
        self._generation = 0

        self.kind = QComboBox(self)
        self.kind.setObjectName("periodKind")
        for text, kind in ((self.tr("按月"), "month"), (self.tr("按季度"), "quarter"), (self.tr("按年"), "year"),
                           (self.tr("自定义"), "custom")):
            self.kind.addItem(text, kind)
        self.back = QToolButton(self)
        self.back.setText("◀")
        self.back.setToolTip(self.tr("上一期"))
        self.forward = QToolButton(self)
        self.forward.setText("▶")
        self.forward.setToolTip(self.tr("下一期"))
        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        self.period_label.setMinimumWidth(130)
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.hide()
        self.to_label = QLabel(self.tr("至"), self)
        self.to_label.hide()
        self.platform_button = QPushButton(self)  # a push button leaves room for its menu arrow beside the text
        self.platform_button.setObjectName("platformFilter")
        self.platform_menu = QMenu(self.platform_button)
        self.platform_button.setMenu(self.platform_menu)
        self.help_button = QPushButton(self.tr("指标说明"), self)
        self.help_button.setToolTip(self.tr("每个指标怎么算、各平台的口径有什么不同"))
        self.status = QLabel(self)
        self.status.setObjectName("chartsStatus")
        self._update_platform_button()

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("周期"), self))
        bar.addWidget(self.kind)
        bar.addWidget(self.back)
        bar.addWidget(self.period_label)
        bar.addWidget(self.forward)
        bar.addWidget(self.start_edit)
        bar.addWidget(self.to_label)
        bar.addWidget(self.end_edit)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("平台"), self))
        bar.addWidget(self.platform_button)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.help_button)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("chartPages")
        self.grids: dict[str, QGridLayout] = {}
        for key, title in (("overview", self.tr("概览")), ("content", self.tr("内容")),
                           ("timing", self.tr("发布时间")), ("money", self.tr("投放与活动")),
                           ("members", self.tr("用户"))):
            area = QScrollArea(self.pages)
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            inner = QWidget(area)
            grid = QGridLayout(inner)
            grid.setContentsMargins(8, 8, 8, 8)
            grid.setSpacing(10)
            area.setWidget(inner)
            self.pages.addTab(area, title)
            self.grids[key] = grid
        self.findings = FindingsPanel(ctx, self.pages)
        self.findings.openItem.connect(self.openItem)
        self.pages.addTab(self.findings, self.tr("诊断"))
        self._findings_stale = True

        self.stack = EmptyState(self.pages, self.tr(
            "还没有可以画图的数据 — 从各平台后台导出内容和账号数据，用“导入”放进来，这里就会画出粉丝、内容和投放的图表。"),
            self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.back.clicked.connect(lambda: self._step(-1))
        self.forward.clicked.connect(lambda: self._step(1))
        self._custom_timer = QTimer(self, singleShot=True, interval=400)
        self._custom_timer.timeout.connect(self._custom_changed)
        self.start_edit.dateChanged.connect(self._custom_timer.start)
        self.end_edit.dateChanged.connect(self._custom_timer.start)
        self.help_button.clicked.connect(self.show_metric_help)
        self.pages.currentChanged.connect(lambda _i: self._maybe_diagnose())

    # -- filters ------------------------------------------------------------------------------

    def set_period(self, period: Period) -> None:
        """Show this period (month, quarter, year or custom) on every chart."""
        self.period = period
        self._show_period()
        self.refresh()

    def set_platforms(self, platforms: Sequence[str] | None) -> None:
        """Only these platform codes (None or empty: all)."""
        self.platforms = sorted(platforms) if platforms else None
        self._update_platform_button()
        self.refresh()

    def _show_period(self) -> None:
        period = self.period
        if period is None:
            return
        widgets = (self.kind, self.start_edit, self.end_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(period.kind), 0))
        custom = period.kind == "custom"
        for widget in (self.start_edit, self.end_edit, self.to_label):
            widget.setVisible(custom)
        for widget in (self.back, self.forward, self.period_label):
            widget.setVisible(not custom)
        self.start_edit.setDate(_qdate(period.start))
        self.end_edit.setDate(_qdate(period.end))
        for widget in widgets:
            widget.blockSignals(False)
        if period.kind == "month":
            text = self.tr("%1年%2月").replace("%1", str(period.start.year)).replace("%2", str(period.start.month))
        elif period.kind == "quarter":
            text = self.tr("%1年第%2季度").replace("%1", str(period.start.year)) \
                .replace("%2", str((period.start.month - 1) // 3 + 1))
        elif period.kind == "year":
            text = self.tr("%1年").replace("%1", str(period.start.year))
        else:
            text = f"{period.start} – {period.end}"
        self.period_label.setText(text)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        anchor = self.period.end if self.period else clock.today()
        if kind == "month":
            period = Period.month(Month.of(anchor))
        elif kind == "quarter":
            period = Period.quarter(anchor.year, (anchor.month - 1) // 3 + 1)
        elif kind == "year":
            period = Period.year(anchor.year)
        else:
            start = self.period.start if self.period else anchor - dt.timedelta(days=29)
            period = Period.custom(start, max(anchor, start))
        self.set_period(period)

    def _step(self, delta: int) -> None:
        period = self.period
        if period is None or period.kind == "custom":
            return
        if period.kind == "month":
            year, month = _shift_month(period.start.year, period.start.month, delta)
            self.set_period(Period.month(Month(year, month)))
        elif period.kind == "quarter":
            year, month = _shift_month(period.start.year, period.start.month, 3 * delta)
            self.set_period(Period.quarter(year, (month - 1) // 3 + 1))
        else:
            self.set_period(Period.year(period.start.year + delta))

    def _custom_changed(self) -> None:
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        if end < start:
            self.end_edit.blockSignals(True)
            self.end_edit.setDate(self.start_edit.date())
            self.end_edit.blockSignals(False)
            end = start
        self.set_period(Period.custom(start, end))

    def _fill_platform_menu(self, codes: Sequence[str]) -> None:
        self.platform_menu.clear()
        everything = QAction(self.tr("全部平台"), self.platform_menu)
        everything.triggered.connect(lambda: self.set_platforms(None))
        self.platform_menu.addAction(everything)
        self.platform_menu.addSeparator()
        chosen = set(self.platforms or ())
        for code in codes:
            action = QAction(platform_icon(code), platform_name(code), self.platform_menu)
            action.setCheckable(True)
            action.setChecked(code in chosen)
            action.setData(code)
            action.toggled.connect(self._platform_toggled)
            self.platform_menu.addAction(action)

    def _platform_toggled(self) -> None:
        chosen = [a.data() for a in self.platform_menu.actions() if a.isCheckable() and a.isChecked()]
        self.set_platforms(chosen)

    def _update_platform_button(self) -> None:
        if not self.platforms:
            self.platform_button.setText(self.tr("全部平台"))
        else:
            self.platform_button.setText(self.tr("、").join(platform_name(code) for code in self.platforms))

    def show_metric_help(self) -> MetricHelpDialog:
        dialog = MetricHelpDialog(self, self.platforms[0] if self.platforms and len(self.platforms) == 1 else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute every dataset on the worker; the newest request wins."""
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("正在计算…"))
        self._findings_stale = True
        self.ctx.tasks.run(load_dashboard, self.ctx.store, self.period, self.platforms,
                           on_result=lambda result: self._loaded(generation, result))

    def _loaded(self, generation: int, result: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        began = time.perf_counter()
        self.result = result
        self.period = result["period"]
        self._show_period()
        self._fill_platform_menu(result["own_platforms"])
        data = result["data"]
        empty = not result["own_platforms"]
        self.stack.setEmpty(empty)
        self.status.clear()
        if empty:
            return
        self._ensure_charts()
        charts = self.charts
        charts["followers"].draw(data["followers"])
        charts["net_follows"].draw(data["net_follows"])
        charts["comparison"].draw(data["comparison"])
        charts["content"].draw(data["content"])
        charts["scatter"].draw(data["scatter"])
        for name in RANKINGS:
            if charts[name].metric.currentData() == data[name]["metric"]:
                charts[name].draw(data[name])
            else:
                self._rank(name, charts[name].metric.currentData())
        charts["best_time"].draw(data["best_time"])
        charts["campaign_roi"].draw(data["roi"])
        charts["shop"].draw(data["shop"])
        charts["promotion_roi"].draw(data["roi"])
        charts["segments"].draw(data["segments"])
        self.timing = {"data": result["seconds"], "draw": time.perf_counter() - began}
        self._maybe_diagnose()

    def _rank(self, name: str, metric: str) -> None:
        """Re-rank one ranking chart by the metric just chosen, on the pool; an answer for an older
        period or metric is dropped."""
        if self.result is None:
            return
        result = self.result
        self.ctx.tasks.run(RANKINGS[name], self.ctx.store, result["period"], result["platforms"], metric,
                           on_result=lambda data: self._ranked(name, result, data))

    def _ranked(self, name: str, result: dict[str, Any], data: dict[str, Any]) -> None:
        if result is self.result and data["metric"] == self.charts[name].metric.currentData():
            self.charts[name].draw(data)

    def _maybe_diagnose(self) -> None:
        if not self._findings_stale or self.period is None or self.pages.currentWidget() is not self.findings:
            return
        self._findings_stale = False
        today = clock.today()
        months = [m for m in self.period.months() if m <= str(Month.of(today))] or self.period.months()
        self.findings.set_months(months, months[-1])

    def _ensure_charts(self) -> None:
        if self.charts:
            return
        from app.views.charts_tab.charts import (
            BestTimeChart,
            CampaignRoiChart,
            ComparisonChart,
            ContentChart,
            FollowersChart,
            NetFollowsChart,
            PromotionRoiChart,
            ScatterChart,
            SegmentsChart,
        )
        from app.views.charts_tab.live import LiveSessions
        from app.views.charts_tab.posts import TopBottomPosts
        from app.views.charts_tab.shop import ShopOrdersChart

        layout = {
            "overview": [(FollowersChart, 0, 0, 1, 2), (NetFollowsChart, 1, 0, 1, 1), (ComparisonChart, 1, 1, 1, 1)],
            "content": [(ContentChart, 0, 0, 1, 1), (ScatterChart, 1, 0, 1, 1), (TopBottomPosts, 2, 0, 1, 1),
                        (LiveSessions, 3, 0, 1, 1)],
            "timing": [(BestTimeChart, 0, 0, 1, 1)],
            "money": [(CampaignRoiChart, 0, 0, 1, 1), (PromotionRoiChart, 0, 1, 1, 1), (ShopOrdersChart, 1, 0, 1, 2)],
            "members": [(SegmentsChart, 0, 0, 1, 1)],
        }
        for page, specs in layout.items():
            grid = self.grids[page]
            for cls, row, column, rows, columns in specs:
                chart = cls(grid.parentWidget())
                chart.openItem.connect(self.openItem)
                grid.addWidget(chart.card, row, column, rows, columns)
                self.charts[chart.name] = chart
                grid.setRowStretch(row, 1)
        for name in RANKINGS:
            self.charts[name].metricChanged.connect(functools.partial(self._rank, name))
