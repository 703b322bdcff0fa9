"""本月计划 (the month's ranked plan, drag to reorder, hot dates and user needs as ideas) and
效果回看 (what worked: published topics rolled up, the best quarter marked 可复用)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.services import topics
from app.services.feedback import make_topic_from_feedback, needs_list
from app.services.hotdates import HotDateItem
from app.store import Store
from app.views.base import EmptyState, HeaderFitter
from app.views.content_common import month_choices
from app.views.context import ViewContext
from app.views.metric_help import metric_name, metric_tip
from app.views.table_models import ListColumn, ListTableModel, format_value, label

WARN_COLOR = "#C0392B"
OK_COLOR = "#1E8449"


def _load_plan(store: Store, month: str) -> tuple[topics.MonthPlan, list[dict[str, Any]]]:
    """The month's plan and the open user needs (read pool: hot dates import lunar-python)."""
    return topics.month_plan(store, month), needs_list(store)


class PlanView(QWidget):
    """The month's planned topics in the operator's order, with ideas for more.

    Signals:
        topicActivated(int): the user double-clicked a planned topic (open it in the editor).
    """

    topicActivated = Signal(int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: topics.MonthPlan | None = None
        self.month = QComboBox(self)
        self.month.setObjectName("planMonth")
        self.counter = QLabel(self)
        self.counter.setObjectName("planCounter")
        font = self.counter.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.counter.setFont(font)
        self.warning = QLabel(self)
        self.warning.setObjectName("planWarning")
        self.warning.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("planList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.plan_stack = EmptyState(self.list, self.tr(
            "这个月还没有排选题 — 在「选题库」里选中选题，用「设月份」排进来，或者用右边的热点和用户需求建选题"), self)
        hint = QLabel(self.tr("拖动调整顺序；双击打开选题"), self)
        hint.setObjectName("hint")

        self.hot_list = QListWidget(self)
        self.hot_list.setObjectName("planHotDates")
        self.hot_button = QPushButton(self.tr("用这个热点建选题"), self)
        self.needs = QListWidget(self)
        self.needs.setObjectName("planNeeds")
        self.need_button = QPushButton(self.tr("用这个需求建选题"), self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份"), self))
        top.addWidget(self.month)
        top.addSpacing(16)
        top.addWidget(self.counter)
        top.addStretch(1)
        self.plan_button = QPushButton(self.tr("生成本月计划…"), self)
        self.plan_button.setObjectName("planButton")
        self.plan_button.setToolTip(self.tr("依据复盘、数据和用户需求，建议这个月的目标、选题和行动项"))
        self.plan_button.clicked.connect(self.open_plan)
        self.plan_dialog: Any = None
        top.addWidget(self.plan_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.warning)
        left_layout.addWidget(self.plan_stack, 1)
        left_layout.addWidget(hint)
        hot_box = QGroupBox(self.tr("本月热点（可做选题）"), self)
        hot_layout = QVBoxLayout(hot_box)
        hot_layout.addWidget(self.hot_list, 1)
        hot_layout.addWidget(self.hot_button)
        need_box = QGroupBox(self.tr("用户需求清单"), self)
        need_layout = QVBoxLayout(need_box)
        need_layout.addWidget(self.needs, 1)
        need_layout.addWidget(self.need_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(hot_box, 1)
        right_layout.addWidget(need_box, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._fill_months(clock.today().strftime("%Y-%m"))
        self.month.currentIndexChanged.connect(self.refresh)
        self.list.model().rowsMoved.connect(self._rows_moved)
        self.list.itemDoubleClicked.connect(lambda item: self.topicActivated.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.hot_button.clicked.connect(self.create_from_hot_date)
        self.hot_list.itemDoubleClicked.connect(lambda _: self.create_from_hot_date())
        self.need_button.clicked.connect(self.create_from_need)
        self.needs.itemDoubleClicked.connect(lambda _: self.create_from_need())
        self.hot_list.currentRowChanged.connect(lambda row: self.hot_button.setEnabled(row >= 0))
        self.needs.currentRowChanged.connect(lambda row: self.need_button.setEnabled(row >= 0))

    def open_plan(self) -> None:
        """下月计划 for the month picked here; accepting it refreshes this list."""
        from app.views.plan_dialog import PlanDialog

        self.plan_dialog = PlanDialog(self.ctx, self.current_month(), self)
        self.plan_dialog.planChanged.connect(lambda _month: self.refresh())
        self.plan_dialog.open()

    def _fill_months(self, current: str) -> None:
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItems(month_choices(extra=[current]))
        self.month.setCurrentText(current)
        self.month.blockSignals(False)

    def current_month(self) -> str:
        return self.month.currentText()

    def set_month(self, month: str) -> None:
        if self.month.findText(month) < 0:
            self._fill_months(month)
        self.month.setCurrentText(month)

    def refresh(self) -> None:
        self.ctx.tasks.run(_load_plan, self.ctx.store, self.current_month(), on_result=self._show, parent=self)

    def _show(self, result: tuple[topics.MonthPlan, list[dict[str, Any]]]) -> None:
        plan, needs = result
        if plan.month != self.current_month():
            return
        self.plan = plan
        counter = self.tr("本月选题 {count}（建议 {low}–{high}）").format(
            count=plan.count, low=plan.suggested_min, high=plan.suggested_max)
        self.counter.setText(counter)
        outside = plan.warning is not None
        self.counter.setStyleSheet(f"color: {WARN_COLOR if outside else OK_COLOR};")
        self.counter.setProperty("outsideRange", outside)
        self.warning.setText(
            QCoreApplication.translate("topics", plan.warning_template).format(count=plan.count, low=plan.suggested_min, high=plan.suggested_max)
            if plan.warning_template else "")
        self.warning.setVisible(outside)
        self.list.blockSignals(True)
        self.list.clear()
        for rank, row in enumerate(plan.topics, start=1):
            priority = label("priority", row.effective_priority.value)
            if row.priority_is_override:
                priority = self.tr("{priority}（手动）").format(priority=priority)
            item = QListWidgetItem(self.tr("{rank}. {title}    {priority} · {score:.2f} 分 · {status}").format(
                rank=rank, title=row.title, priority=priority, score=row.weighted_score,
                status=label("topic_status", row.status.value)))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.title)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.plan_stack.setEmpty(not plan.topics)
        self.hot_list.clear()
        for hot in plan.hot_dates:
            span = f" – {hot.end_date:%m-%d}" if hot.end_date else ""
            item = QListWidgetItem(f"{hot.date:%m-%d}{span}  {hot.name}")
            item.setData(Qt.ItemDataRole.UserRole, hot)
            self.hot_list.addItem(item)
        self.hot_button.setEnabled(False)
        self.needs.clear()
        for need in needs:
            if not need["open"]:
                continue
            item = QListWidgetItem(self.tr("{theme}（{count} 条反馈，{open} 条待处理）").format(
                theme=need["theme"], count=need["count"], open=need["open"]))
            example = next((e for e in need["latest"] if e["topic_id"] is None), None) or need["latest"][0]
            item.setData(Qt.ItemDataRole.UserRole, example["id"])
            item.setToolTip("\n".join(f"· {e['text']}" for e in need["latest"]))
            self.needs.addItem(item)
        self.need_button.setEnabled(False)

    def plan_ids(self) -> list[int]:
        """The topic ids in the order the list shows them."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _rows_moved(self, *_: Any) -> None:
        self.ctx.tasks.run(topics.reorder_plan, self.ctx.store, self.current_month(), self.plan_ids(),
                           on_result=lambda _: self.ctx.signals.notify("topic"), parent=self, writes=True)

    def create_from_hot_date(self) -> None:
        item = self.hot_list.currentItem()
        if item is None:
            return
        hot: HotDateItem = item.data(Qt.ItemDataRole.UserRole)
        self.ctx.tasks.run(topics.create_topic_from_hot_date, self.ctx.store, hot,
                           on_result=self._created, parent=self, writes=True)

    def create_from_need(self) -> None:
        item = self.needs.currentItem()
        if item is None:
            return
        self.ctx.tasks.run(self._topic_from_need, self.ctx.store, item.data(Qt.ItemDataRole.UserRole),
                           self.current_month(), on_result=self._created, parent=self, writes=True)

    @staticmethod
    def _topic_from_need(store: Store, feedback_id: int, month: str) -> int:
        topic_id = make_topic_from_feedback(store, feedback_id)
        topics.bulk_set_month(store, [topic_id], month)
        return topic_id

    def _created(self, topic_id: int) -> None:
        self.ctx.signals.notify("topic", "hot_date", "feedback")
        self.topicActivated.emit(topic_id)


class WorkedView(QWidget):
    """效果回看: topics with published posts and their numbers; the top quarter marked 可复用."""

    topicActivated = Signal(int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.metric = QComboBox(self)
        self.metric.setObjectName("workedMetric")
        for code in topics.WORKED_METRICS:
            self.metric.addItem(metric_name(code), code)
            self.metric.setItemData(self.metric.count() - 1, metric_tip(code), Qt.ItemDataRole.ToolTipRole)
        reuse = self.tr("★ 可复用")
        self.model = ListTableModel([
            ListColumn(self.tr("方向"), lambda r: 0 if r.reuse else 1, lambda r: reuse if r.reuse else ""),
            ListColumn(self.tr("选题"), lambda r: r.title),
            ListColumn(self.tr("月份"), lambda r: r.month),
            ListColumn(self.tr("已发"), lambda r: r.posts, lambda r: format_value("int", r.posts), True),
            ListColumn(self.tr("阅读/播放"), lambda r: r.views, lambda r: format_value("int", r.views), True),
            ListColumn(self.tr("互动率"), lambda r: r.engagement_rate,
                       lambda r: format_value("rate", r.engagement_rate), True),
            ListColumn(self.tr("涨粉"), lambda r: r.follows_gained,
                       lambda r: format_value("int", r.follows_gained), True),
            ListColumn(self.tr("转化"), lambda r: r.conversions, lambda r: format_value("int", r.conversions), True),
            ListColumn(self.tr("收入"), lambda r: r.revenue, lambda r: format_value("money", r.revenue), True),
        ], self, foreground=lambda r, col: QColor(OK_COLOR) if r.reuse and col == 0 else None)
        self.view = QTableView(self)
        self.view.setObjectName("workedTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 80)
        self.view.setColumnWidth(1, 300)
        HeaderFitter(self.view)
        self.stack = EmptyState(self.view, self.tr(
            "还没有已发布的选题数据 — 草稿标记已发布、导入平台数据后，这里会告诉你哪些方向值得再做"), self)
        explain = QLabel(self.tr("按所选指标排在前 1/4 的选题标为「可复用」：这个方向值得换个角度再做一次。"), self)
        explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("按"), self))
        top.addWidget(self.metric)
        top.addWidget(QLabel(self.tr("排名"), self))
        top.addSpacing(16)
        top.addWidget(explain, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.metric.currentIndexChanged.connect(self.refresh)
        self.view.doubleClicked.connect(self._activated)

    def refresh(self) -> None:
        metric = self.metric.currentData()
        self.ctx.tasks.run(topics.what_worked, self.ctx.store, metric=metric,
                           on_result=lambda rows: self._show(metric, rows), parent=self)

    def _show(self, metric: str, rows: list[topics.TopicPerformance]) -> None:
        if metric != self.metric.currentData():
            return
        self.model.set_rows(rows)
        self.stack.setEmpty(not rows)

    def _activated(self, index: QModelIndex) -> None:
        self.topicActivated.emit(self.model.row_at(index.row()).topic_id)
