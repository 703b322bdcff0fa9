"""活动 list and detail: 策划 (plan, with type templates), 时间线与任务, 实时数据 (daily numbers,
import, progress charts, below-plan hint) and 复盘 (results vs targets, feedback, lessons)."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.campaigns import CampaignGoal, CampaignStatus, CampaignType
from app.services import campaigns as svc
from app.services.hotdates import upcoming_hot_dates
from app.services.queries import CAMPAIGNS
from app.views.base import EmptyState, SearchableTable, make_table_view
from app.views.campaigns_tab.daily_numbers import DailyNumbersModel
from app.views.campaigns_tab.dialogs import (
    LessonDialog,
    NewCampaignDialog,
    NumberEdit,
    TaskDialog,
    date_edit,
    pydate,
    qdate,
)
from app.views.campaigns_tab.timeline import TimelineStrip
from app.views.context import ViewContext
from app.views.export_actions import ask_save_path
from app.views.stale import on_stale_save
from app.views.table_models import ListTableModel, key_column, label


def banner(parent: QWidget) -> QLabel:
    """A yellow warning line (hidden while empty)."""
    widget = QLabel(parent)
    widget.setObjectName("banner")
    widget.setWordWrap(True)
    widget.hide()
    return widget


def set_banner(widget: QLabel, text: str | None) -> None:
    widget.setText(text or "")
    widget.setVisible(bool(text))


def run_template_import(page: QWidget, ctx: ViewContext, kind: str, title: str, done: Any) -> None:
    """Ask for a filled-in OpsDesk template of `kind`, show what importing it would do, then
    import it on the writer thread with progress and cancel; `done(result)` runs after."""
    from app.services.importing import analyse_file

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getOpenFileName(page, title, folder,
                                          QCoreApplication.translate("CampaignsTab", "表格文件 (*.xlsx *.xls *.csv)"))
    if not name:
        return
    ctx.tasks.run(analyse_file, ctx.store, Path(name), kind=kind, parent=page,
                  progress=QCoreApplication.translate("CampaignsTab", "正在读取文件…"),
                  on_result=lambda plan: _confirm_import(page, ctx, plan, title, done))


def _confirm_import(page: QWidget, ctx: ViewContext, plan: Any, title: str, done: Any) -> None:
    from app.services.importing import execute

    if plan.duplicate_of is not None:
        QMessageBox.information(page, title, QCoreApplication.translate("CampaignsTab", "这个文件已经导入过了，没有再导一次。"))
        return
    counts = plan.counts or {}
    text = QCoreApplication.translate("CampaignsTab", "“%1”共 %2 行：新增 %3 条，更新 %4 条，%5 条没有变化。").replace("%1", plan.file_name).replace(
        "%2", str(plan.rows)).replace("%3", str(counts.get("inserted", 0))).replace(
        "%4", str(counts.get("updated", 0))).replace("%5", str(counts.get("unchanged", 0)))
    skip = bool(plan.errors)
    if skip:
        lines = []
        for error in plan.errors[:5]:
            row = error.as_dict(QCoreApplication.translate)
            lines.append(f"· {row['row']} {row['column']}: {row['message']}")
        text += "\n\n" + CampaignsPage.tr("有 %n 行读不出来，会跳过：", "", len(plan.errors)) + "\n" + "\n".join(lines)
    if QMessageBox.question(page, title, text + "\n\n" + QCoreApplication.translate("CampaignsTab", "现在导入吗？")) != QMessageBox.StandardButton.Yes:
        return
    holder: dict[str, Any] = {}

    def report(n: int, total: int, message: str) -> None:
        if "task" in holder:
            holder["task"].progressed.emit(n, total, QCoreApplication.translate("import", message))

    def cancelled() -> bool:
        return "task" in holder and holder["task"].is_cancelled

    def failed(error: BaseException) -> None:
        from app.services.importing.service import CancelledError

        if isinstance(error, CancelledError):
            QMessageBox.information(page, title, QCoreApplication.translate("CampaignsTab", "导入已取消，什么也没有改。"))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    job = functools.partial(execute, progress=report, cancel=cancelled)
    holder["task"] = ctx.tasks.run(job, ctx.store, plan, skip_bad_rows=skip, on_result=done, on_error=failed,
                                   progress=QCoreApplication.translate("CampaignsTab", "正在导入…"), parent=page, writes=True)


def tell_import(page: QWidget, title: str, result: Any) -> bool:
    """Say how an import went; True when it wrote something."""
    if result.status == "imported":
        QMessageBox.information(page, title, QCoreApplication.translate("CampaignsTab", "导入完成：新增 %1 条，更新 %2 条，跳过 %3 行。").replace(
            "%1", str(result.inserted)).replace("%2", str(result.updated)).replace("%3", str(result.skipped)))
        return True
    if result.status == "duplicate":
        QMessageBox.information(page, title, QCoreApplication.translate("CampaignsTab", "这个文件已经导入过了，没有再导一次。"))
    else:
        QMessageBox.warning(page, title, QCoreApplication.translate("CampaignsTab", "文件里有读不出来的行，什么也没有改。"))
    return False


def save_template(page: QWidget, kind: str, file_name: str) -> None:
    """Write the import engine's template of `kind` where the operator chooses."""
    from app.services.importing.templates import write_template

    path = ask_save_path(page, QCoreApplication.translate("CampaignsTab", "保存导入模板"), file_name)
    if path is None:
        return
    write_template(kind, path)
    QMessageBox.information(page, QCoreApplication.translate("CampaignsTab", "模板已保存"),
                            QCoreApplication.translate("CampaignsTab", "模板已保存到：") + f"\n{path}")


# -- 策划 ------------------------------------------------------------------------------------------
class PlanPage(QScrollArea):
    """The plan fields of one campaign; 保存 writes them.

    Signals:
        saved(): the plan was written.
    """

    saved = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: int | None = None
        #: The loaded campaign's version (a save is checked against it) and the day it was shown on.
        self.version: int | None = None
        self._today = clock.today()
        self._hot_dates: dict[str, int | None] = {}
        self._hot_date_id: int | None = None
        self._occasion = ""
        self._upcoming: list[Any] = []
        self._expected = CampaignStatus.planning.value
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        self.name = QLineEdit(body)
        self.type = QComboBox(body)
        for code in CampaignType:
            self.type.addItem(label("campaign_type", code.value), code.value)
        self.occasion = QComboBox(body)
        self.occasion.setEditable(True)
        self.occasion.lineEdit().setPlaceholderText(self.tr("热点或纪念日，如：双11、品牌周年庆"))
        self.goal = QComboBox(body)
        for code in CampaignGoal:
            self.goal.addItem(label("campaign_goal", code.value), code.value)
        self.targets = {key: NumberEdit(key == "target_revenue", body) for key in (
            "target_participants", "target_followers", "target_conversions", "target_reach", "target_revenue")}
        self.rules = QPlainTextEdit(body)
        self.rules.setFixedHeight(64)
        self.rules.setPlaceholderText(self.tr("一句话说清：做什么、得什么"))
        self.rules_warning = banner(body)
        self.prizes = QLineEdit(body)
        self.budget = NumberEdit(True, body)
        self.channels = QLineEdit(body)
        self.channels.setPlaceholderText(self.tr("用顿号或逗号隔开，如：公众号、社群、朋友圈"))
        self.warmup = QSpinBox(body)
        self.warmup.setRange(0, 60)
        self.warmup.setSuffix(self.tr(" 天"))
        self.start = date_edit(None, body)
        self.end = date_edit(None, body)
        self.status = QComboBox(body)
        for code in CampaignStatus:
            self.status.addItem(label("campaign_status", code.value), code.value)
        self.status_hint = QLabel(body)
        self.status_hint.setObjectName("rowCount")
        self.apply_status = QPushButton(body)
        self.apply_status.clicked.connect(self._apply_status)
        self.notes = QPlainTextEdit(body)
        self.notes.setFixedHeight(56)
        self.save_button = QPushButton(self.tr("保存策划"), body)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        #: True once the operator changed a field since the last load or save: a refresh (another
        #: operator's save arriving) then leaves the page alone instead of replacing the typing.
        self.dirty = False
        self._loading = False
        for line in (self.name, self.prizes, self.channels, self.budget, self.occasion.lineEdit(), *self.targets.values()):
            line.textEdited.connect(self._mark_dirty)
        for combo in (self.type, self.goal, self.status, self.occasion):
            combo.activated.connect(self._mark_dirty)
        for text in (self.rules, self.notes):
            text.textChanged.connect(self._mark_dirty)
        self.warmup.valueChanged.connect(self._mark_dirty)
        self.start.dateChanged.connect(self._mark_dirty)
        self.end.dateChanged.connect(self._mark_dirty)

        targets = QGridLayout()
        names = (self.tr("参与人数"), self.tr("新增关注"), self.tr("转化（订单）"), self.tr("曝光"), self.tr("成交金额"))
        for i, (edit, text) in enumerate(zip(self.targets.values(), names, strict=True)):
            targets.addWidget(QLabel(text, body), i // 3, (i % 3) * 2)
            targets.addWidget(edit, i // 3, (i % 3) * 2 + 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.status_hint)
        status_row.addWidget(self.apply_status)
        status_row.addStretch(1)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("至"), body))
        dates.addWidget(self.end)
        dates.addWidget(QLabel(self.tr("提前预热"), body))
        dates.addWidget(self.warmup)
        dates.addStretch(1)
        outer = QVBoxLayout(body)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self.tr("活动名称"), self.name)
        form.addRow(self.tr("类型"), self.type)
        form.addRow(self.tr("借势节点"), self.occasion)
        form.addRow(self.tr("目标类型"), self.goal)
        form.addRow(self.tr("目标数"), targets)
        form.addRow(self.tr("活动规则"), self.rules)
        form.addRow("", self.rules_warning)
        form.addRow(self.tr("奖品"), self.prizes)
        form.addRow(self.tr("预算（元）"), self.budget)
        form.addRow(self.tr("推广渠道"), self.channels)
        form.addRow(self.tr("活动时间"), dates)
        form.addRow(self.tr("状态"), status_row)
        form.addRow(self.tr("备注"), self.notes)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow("", save_row)
        self.rules.textChanged.connect(self._rules_changed)

    def _mark_dirty(self) -> None:
        if not self._loading:
            self.dirty = True

    def load(self, info: dict[str, Any], today: dt.date) -> None:
        self._loading = True
        try:
            self._load(info, today)
        finally:
            self._loading = False
        self.dirty = False

    def _load(self, info: dict[str, Any], today: dt.date) -> None:
        self.campaign_id = info["id"]
        self.version = info["version"]
        self._today = today
        self.name.setText(info["name"])
        self.type.setCurrentIndex(max(self.type.findData(str(info["type"])), 0))
        self._hot_date_id = info["hot_date_id"]
        self._occasion = info["occasion"] or ""
        self._fill_occasions(self._occasion)
        self.goal.setCurrentIndex(max(self.goal.findData(str(info["goal_type"])), 0))
        for key, edit in self.targets.items():
            edit.setValue(info[key])
        self.rules.setPlainText(info["rules"] or "")
        self.prizes.setText(info["prizes"] or "")
        self.budget.setValue(info["budget"])
        self.channels.setText("、".join(info["channels"] or []))
        self.warmup.setValue(info["warmup_days"])
        self.start.setDate(qdate(info["start_day"]))
        self.end.setDate(qdate(info["end_day"]))
        self.status.setCurrentIndex(max(self.status.findData(str(info["status"])), 0))
        self.notes.setPlainText(info["notes"] or "")
        expected = svc.status_by_date(info["start_day"], info["end_day"], info["warmup_days"], today,
                                      str(info["status"]))
        self._expected = expected.value
        differs = expected.value != str(info["status"])
        self.status_hint.setText(self.tr("按日期应为：%1").replace("%1", label("campaign_status", expected.value))
                                 if differs else "")
        self.apply_status.setText(self.tr("改为“%1”").replace("%1", label("campaign_status", expected.value)))
        self.apply_status.setVisible(differs)
        self._rules_changed()

    def set_occasions(self, upcoming: list[Any]) -> None:
        """The upcoming hot dates offered as occasions (computed on the pool: lunar dates are slow)."""
        self._upcoming = upcoming
        self._fill_occasions(self.occasion.currentText())

    def _fill_occasions(self, text: str) -> None:
        self.occasion.clear()
        self._hot_dates.clear()
        for item in self._upcoming:
            self.occasion.addItem(self.tr("{name}（{date}）").format(name=item.item.name, date=f"{item.item.date:%m-%d}"),
                                  item.item.name)
            self._hot_dates[item.item.name] = item.item.id
        self.occasion.setEditText(text)

    def _rules_changed(self) -> None:
        limit = int(svc.thresholds(self.ctx.store)["rules_max_chars"])
        set_banner(self.rules_warning, svc.rules_warning(self.rules.toPlainText(), limit, QCoreApplication.translate))

    def _apply_status(self) -> None:
        self.status.setCurrentIndex(self.status.findData(self._expected))
        self.save()

    def values(self) -> dict[str, Any]:
        channels = [c for c in self.channels.text().replace("，", "、").replace(",", "、").split("、") if c.strip()]
        out: dict[str, Any] = {key: edit.value() for key, edit in self.targets.items()}
        occasion = self.occasion.currentText().split("（")[0].strip()
        hot_date_id = self._hot_dates.get(occasion, self._hot_date_id if occasion == self._occasion else None)
        out.update(name=self.name.text(), type=self.type.currentData(), occasion=occasion, hot_date_id=hot_date_id,
                   goal_type=self.goal.currentData(), rules=self.rules.toPlainText(), prizes=self.prizes.text(),
                   budget=self.budget.value(), channels=channels, warmup_days=self.warmup.value(),
                   start_day=pydate(self.start), end_day=pydate(self.end), status=self.status.currentData(),
                   notes=self.notes.toPlainText())
        return out

    def save(self, seen_version: int | None = None) -> None:
        """Save against the version loaded (or `seen_version`, after 覆盖): a campaign someone else
        saved meanwhile asks before it is overwritten (app/views/stale.py)."""
        if self.campaign_id is None:
            return
        seen = seen_version if seen_version is not None else self.version
        self.ctx.tasks.run(svc.update_campaign, self.ctx.store, self.campaign_id, **self.values(), seen_version=seen,
                           writes=True, on_result=lambda _r: self._saved(),
                           on_error=on_stale_save(self, self.save, self.reload))

    def _saved(self) -> None:
        self.dirty = False
        self.saved.emit()

    def reload(self) -> None:
        """Show the campaign as stored (someone else's save), dropping what was typed here."""
        info = None if self.campaign_id is None else svc.campaign(self.ctx.store, self.campaign_id)
        if info is not None:
            self.load(info, self._today)


# -- 时间线与任务 ---------------------------------------------------------------------------------
class TimelinePage(QWidget):
    """The strip and the task checklist with overdue warnings.

    Signals:
        changed(): a task was added, edited or removed.
    """

    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: int | None = None
        self.start = clock.today()
        self.strip = TimelineStrip(self)
        self.warning = banner(self)
        self.model = ListTableModel([
            key_column("title", self.tr("任务")), key_column("owner", self.tr("负责人")), key_column("due_date", self.tr("截止"), "date"),
            key_column("state", self.tr("状态")),
        ], self, flagged=lambda r: r["overdue"])
        self.view = make_table_view(self.model, self, single_selection=True)
        self.view.setColumnWidth(0, 260)
        self.view.doubleClicked.connect(lambda _i: self.edit_task())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("添加任务…"), self.add_task), (self.tr("编辑…"), self.edit_task),
                           (self.tr("完成/未完成"), self.toggle_done), (self.tr("删除"), self.delete_task)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.strip)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def load(self, info: dict[str, Any], today: dt.date) -> None:
        self.campaign_id = info["id"]
        self.start = info["start_day"]
        items = svc.timeline(info["start_day"], info["end_day"], info["warmup_days"], info["channels"] or [])
        tasks = svc.tasks(self.ctx.store, info["id"], today)
        for task in tasks:
            task["state"] = self.tr("已完成") if task["done"] else (
                self.tr("过期 %n 天", "", task["days_overdue"]) if task["overdue"] else self.tr("待办"))
        labels = {"phases": self.tr("阶段"), "tasks": self.tr("任务截止"), "today": self.tr("今天"),
                  "warmup": self.tr("预热"), "live": self.tr("活动中")}
        labels.update({f"item{i}": item.label(QCoreApplication.translate) for i, item in enumerate(items)})
        self.strip.set_plan(info["start_day"], info["end_day"], info["warmup_days"], items, info["channels"] or [],
                            tasks, today, labels)
        self.strip.setToolTip("\n".join(f"{i.day:%m-%d}  {i.label(QCoreApplication.translate)}" for i in items))
        self.model.set_rows(tasks)
        overdue = [t for t in tasks if t["overdue"]]
        nobody = self.tr("未指定负责人")
        set_banner(self.warning, self.tr("%n 项任务已过期：", "", len(overdue)) + self.tr("、").join(
            self.tr("{title}（{owner}）").format(title=t["title"], owner=t["owner"] or nobody) for t in overdue)
            if overdue else None)

    def _selected(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _save(self, values: dict[str, Any], task_id: int | None = None) -> None:
        assert self.campaign_id is not None
        self.ctx.tasks.run(svc.save_task, self.ctx.store, self.campaign_id, task_id=task_id, **values, writes=True,
                           on_result=lambda _r: self.changed.emit())

    def add_task(self) -> None:
        if self.campaign_id is None:
            return
        dialog = TaskDialog(default_due=self.start - dt.timedelta(days=3), parent=self)
        if dialog.exec():
            self._save(dialog.values())

    def edit_task(self) -> None:
        task = self._selected()
        if task is None:
            return
        dialog = TaskDialog(task, parent=self)
        if dialog.exec():
            self._save(dialog.values(), task["id"])

    def toggle_done(self) -> None:
        task = self._selected()
        if task is not None:
            self.ctx.tasks.run(svc.set_task_done, self.ctx.store, task["id"], not task["done"], writes=True,
                               on_result=lambda _r: self.changed.emit())

    def delete_task(self) -> None:
        task = self._selected()
        if task is not None:
            self.ctx.tasks.run(svc.delete_task, self.ctx.store, task["id"], writes=True,
                               on_result=lambda _r: self.changed.emit())


# -- 实时数据 -------------------------------------------------------------------------------------
class LivePage(QWidget):
    """Daily numbers (typed in or imported), progress against targets as charts, the pace hint.

    Signals:
        changed(): daily numbers were saved or imported.
    """

    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: int | None = None
        self.hint = banner(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = DailyNumbersModel(self)
        self.view = make_table_view(self.model, self)  # type: ignore[arg-type]
        self.view.setSortingEnabled(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("保存数据"), self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.model.edited.connect(lambda: self.save_button.setEnabled(True))
        import_button = QPushButton(self.tr("导入每日数据…"), self)
        import_button.clicked.connect(self.import_daily)
        template_button = QPushButton(self.tr("下载模板"), self)
        template_button.clicked.connect(lambda: save_template(self, "campaign_daily", self.tr("活动每日数据模板.xlsx")))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("双击格子录入当天数字，留空表示没有数据"), self))
        buttons.addStretch(1)
        buttons.addWidget(template_button)
        buttons.addWidget(import_button)
        buttons.addWidget(self.save_button)
        self.charts = QWidget(self)
        self.charts.setMinimumHeight(220)
        self._plots: list[Any] = []
        self._progress: dict[str, Any] = {}
        split = QSplitter(Qt.Orientation.Vertical, self)
        table_box = QWidget(split)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(buttons)
        table_layout.addWidget(self.view)
        split.addWidget(table_box)
        split.addWidget(self.charts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def load(self, info: dict[str, Any], figures: dict[str, Any]) -> None:
        self.campaign_id = info["id"]
        self.model.load(info["start_day"], info["end_day"], svc.daily_numbers(self.ctx.store, info["id"]))
        self.save_button.setEnabled(False)
        set_banner(self.hint, figures["pace"]["hint"])
        res, tgt, r = figures["results"], figures["targets"], figures["ratios"]

        def n(v: Any) -> str:
            return "—" if v is None else f"{v:,}"

        def pct(v: float | None) -> str:
            return "—" if v is None else f"{v * 100:.1f}%"

        self.summary.setText(self.tr("参与 %1 / 目标 %2（%3）· 新增关注 %4 / %5 · 转化 %6 / %7 · 分享率 %8 · 花费 ¥%9 · ROI %10")
                             .replace("%10", "—" if figures["roi"] is None else f"{figures['roi']:.2f}")
                             .replace("%1", n(res["participants"])).replace("%2", n(tgt["participants"]))
                             .replace("%3", pct(r["participants_vs_target"])).replace("%4", n(res["new_followers"]))
                             .replace("%5", n(tgt["followers"])).replace("%6", n(res["conversions"]))
                             .replace("%7", n(tgt["conversions"])).replace("%8", pct(r["share_rate"]))
                             .replace("%9", "—" if res["cost"] is None else f"{res['cost']:,.2f}"))
        self._progress = svc.cumulative_progress(self.ctx.store, info["id"])
        if self.isVisible():
            self.draw_charts()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.draw_charts()

    def draw_charts(self) -> None:
        """Cumulative participants, followers and conversions against their targets (pyqtgraph,
        imported the first time the charts are shown)."""
        if not self._progress:
            return
        import pyqtgraph as pg  # heavy: only when the live page is first shown

        if not self._plots:
            layout = QHBoxLayout(self.charts)
            layout.setContentsMargins(0, 0, 0, 0)
            for title in (self.tr("累计参与人数"), self.tr("累计新增关注"), self.tr("累计转化")):
                plot = pg.PlotWidget(background="w")
                plot.setTitle(title, color="#1F2329", size="10pt")
                plot.showGrid(x=True, y=True, alpha=0.2)
                plot.setMouseEnabled(False, False)
                plot.getAxis("bottom").setLabel(self.tr("第几天"))
                layout.addWidget(plot)
                self._plots.append(plot)
        progress = self._progress
        for plot, key in zip(self._plots, ("participants", "new_followers", "conversions"), strict=True):
            plot.clear()
            target = progress["targets"][key]
            if target:
                plot.plot([0, progress["days"]], [0, target], pen=pg.mkPen("#A3A8B0", width=1.5,
                                                                          style=Qt.PenStyle.DashLine))
                plot.addItem(pg.InfiniteLine(pos=target, angle=0, pen=pg.mkPen("#F5B84A", width=1)))
            if progress["x"]:
                plot.plot(progress["x"], progress["cumulative"][key], pen=pg.mkPen("#2B64E3", width=2.5),
                          symbol="o", symbolSize=5, symbolBrush="#2B64E3")
            plot.setXRange(0, progress["days"] + 0.5, padding=0.02)

    def save(self) -> None:
        if self.campaign_id is None:
            return
        rows = self.model.changed_rows()
        self.ctx.tasks.run(svc.save_daily_numbers, self.ctx.store, self.campaign_id, rows, writes=True,
                           on_result=lambda _n: self.changed.emit())

    def import_daily(self) -> None:
        title = self.tr("导入活动每日数据")
        run_template_import(self, self.ctx, "campaign_daily", title,
                            lambda result: tell_import(self, title, result) and self.changed.emit())


# -- 复盘 ----------------------------------------------------------------------------------------
class ReviewPage(QWidget):
    """Results against targets filled in from the daily numbers, feedback, problems and lessons.

    Signals:
        changed(): the post-mortem or a lesson was saved.
    """

    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: int | None = None
        self.lines = ListTableModel([
            key_column("label", self.tr("指标")), key_column("target", self.tr("目标"), "num"), key_column("actual", self.tr("实际"), "num"),
            key_column("ratio", self.tr("完成率"), "rate"), key_column("verdict", self.tr("结论")),
        ], self, flagged=lambda r: r["met"] is False)
        self.lines_view = make_table_view(self.lines, self, single_selection=True)
        self.lines_view.setSortingEnabled(False)
        self.lines_view.setMaximumHeight(190)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.feedback = QPlainTextEdit(self)
        self.feedback.setPlaceholderText(self.tr("用户怎么说：好评、抱怨、建议"))
        self.problems = QPlainTextEdit(self)
        self.problems.setPlaceholderText(self.tr("执行中的问题，如：奖品发放晚了、二维码失效"))
        self.lessons = ListTableModel([key_column("kind_text", self.tr("类型")), key_column("title", self.tr("经验")),
                                  key_column("evidence", self.tr("依据"))], self,
                                 flagged=lambda r: r["kind"] == "failure")
        self.lessons_view = make_table_view(self.lessons, self, single_selection=True)
        self.lessons_view.setColumnWidth(0, 80)
        self.lessons_view.setColumnWidth(1, 320)
        add = QPushButton(self.tr("记入运营手册…"), self)
        add.clicked.connect(self.add_lesson)
        remove = QPushButton(self.tr("删除经验"), self)
        remove.clicked.connect(self.delete_lesson)
        self.save_button = QPushButton(self.tr("保存复盘，标为已复盘"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        texts = QGridLayout()
        texts.addWidget(QLabel(self.tr("用户反馈"), self), 0, 0)
        texts.addWidget(QLabel(self.tr("执行问题"), self), 0, 1)
        texts.addWidget(self.feedback, 1, 0)
        texts.addWidget(self.problems, 1, 1)
        lesson_buttons = QHBoxLayout()
        lesson_buttons.addWidget(QLabel(self.tr("经验教训（写进运营手册和活动优化指南）"), self))
        lesson_buttons.addStretch(1)
        lesson_buttons.addWidget(add)
        lesson_buttons.addWidget(remove)
        lesson_buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines_view)
        layout.addWidget(self.figures)
        layout.addLayout(texts, 1)
        layout.addLayout(lesson_buttons)
        layout.addWidget(self.lessons_view, 1)

    def load(self, campaign_id: int, today: dt.date) -> None:
        self.campaign_id = campaign_id
        data = svc.postmortem(self.ctx.store, campaign_id, today, translate=QCoreApplication.translate)
        for line in data["lines"]:
            line["verdict"] = "" if line["met"] is None else (self.tr("达成") if line["met"] else self.tr("未达成"))
            for key in ("target", "actual"):
                if line[key] is not None:
                    line[key] = f"¥{line[key]:,.2f}" if line["kind"] == "money" else f"{line[key]:,}"
            line["id"] = line["metric"]
        self.lines.set_rows(data["lines"])
        r = data["ratios"]

        def pct(v: float | None) -> str:
            return "—" if v is None else f"{v * 100:.1f}%"

        def yuan(v: float | None) -> str:
            return "—" if v is None else f"¥{v:,.2f}"

        self.figures.setText(self.tr("分享率 %1 · 关注转化率 %2 · ROI %3 · 单个参与成本 %4 · 单粉成本 %5 · 单次转化成本 %6")
                             .replace("%1", pct(r["share_rate"])).replace("%2", pct(r["follow_rate"]))
                             .replace("%3", "—" if data["roi"] is None else f"{data['roi']:.2f}")
                             .replace("%4", yuan(r["cost_per_participant"])).replace("%5", yuan(r["cost_per_follower"]))
                             .replace("%6", yuan(r["cost_per_conversion"])))
        self.feedback.setPlainText(data["feedback"] or "")
        self.problems.setPlainText(data["problems"] or "")
        for lesson in data["lessons"]:
            lesson["kind_text"] = self.tr("成功") if lesson["kind"] == "success" else self.tr("教训")
        self.lessons.set_rows(data["lessons"])

    def save(self, *, lessons: list[dict[str, Any]] | None = None, reviewed: bool = True) -> None:
        if self.campaign_id is None:
            return
        self.ctx.tasks.run(svc.save_postmortem, self.ctx.store, self.campaign_id, self.feedback.toPlainText(),
                           self.problems.toPlainText(), lessons or [], reviewed, writes=True,
                           on_result=lambda _ids: self.changed.emit())

    def add_lesson(self) -> None:
        if self.campaign_id is None:
            return
        dialog = LessonDialog(self)
        if dialog.exec():
            self.save(lessons=[dialog.values()], reviewed=False)

    def delete_lesson(self) -> None:
        rows = self.lessons_view.selectionModel().selectedRows()
        if rows:
            lesson = self.lessons.row_at(rows[0].row())
            self.ctx.tasks.run(svc.delete_lesson, self.ctx.store, lesson["id"], writes=True,
                               on_result=lambda _r: self.changed.emit())


# -- the page ------------------------------------------------------------------------------------
class CampaignsPage(QWidget):
    """The campaign list on the left, the chosen campaign's four pages on the right.

    Signals:
        changed(set): tables written (the tab forwards them to `ctx.signals.notify`).
    """

    changed = Signal(set)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = clock.today()
        self.campaign_id: int | None = None
        self._occasions_day: dt.date | None = None
        self.table = SearchableTable(ctx, CAMPAIGNS, self.tr("还没有活动 — 点“新建活动…”，选一个模板（裂变、打卡、抽奖、直播）开始策划"),
                                     self, widths={"name": 220, "type": 70, "status": 70, "start_day": 90, "end_day": 90})
        self.table.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        new = QPushButton(self.tr("新建活动…"), self)
        new.clicked.connect(self.new_campaign)
        delete = QPushButton(self.tr("删除活动"), self)
        delete.clicked.connect(self.delete_campaign)
        self.table.toolbar.insertWidget(1, new)
        self.table.toolbar.insertWidget(2, delete)
        self.overdue = banner(self)

        self.plan = PlanPage(ctx, self)
        self.timeline = TimelinePage(ctx, self)
        self.live = LivePage(ctx, self)
        self.review = ReviewPage(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("campaignPages")
        self.pages.addTab(self.plan, self.tr("策划"))
        self.pages.addTab(self.timeline, self.tr("时间线与任务"))
        self.pages.addTab(self.live, self.tr("实时数据"))
        self.pages.addTab(self.review, self.tr("复盘"))
        self.title = QLabel(self)
        self.title.setObjectName("sectionHeading")
        self.title.setContentsMargins(16, 0, 0, 0)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.pages, 1)
        self.detail = EmptyState(detail, self.tr("在左边选一个活动，查看策划、时间线、实时数据和复盘"), self)
        self.detail.setEmpty(True)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([520, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overdue)
        layout.addWidget(split, 1)

        self.plan.saved.connect(lambda: self.changed.emit({"campaign"}))
        self.timeline.changed.connect(lambda: self.changed.emit({"campaign_task"}))
        self.live.changed.connect(lambda: self.changed.emit({"campaign_daily", "campaign"}))
        self.review.changed.connect(lambda: self.changed.emit({"campaign", "lesson"}))

    def refresh(self) -> None:
        self.today = clock.today()
        if self._occasions_day != self.today:
            self._occasions_day = self.today
            self.ctx.tasks.run(upcoming_hot_dates, self.ctx.store, self.today, 60, on_result=self.plan.set_occasions)
        keep = self.campaign_id
        self.table.reload()
        overdue = svc.overdue_tasks(self.ctx.store, self.today, translate=QCoreApplication.translate)
        set_banner(self.overdue, self.tr("%n 项活动任务已过期：", "", len(overdue)) + self.tr("；").join(
            f"{t['campaign']} · {t['title']}" for t in overdue[:4]) + ("…" if len(overdue) > 4 else "")
            if overdue else None)
        if keep is not None and self.table.select_id(keep):
            self.show_campaign(keep)
        elif self.table.model.rowCount():
            self.table.view.selectRow(0)
        else:
            self.campaign_id = None
            self.detail.setEmpty(True)

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.show_campaign(self.table.model.id_at(current.row()))

    def show_campaign(self, campaign_id: int) -> None:
        info = svc.campaign(self.ctx.store, campaign_id)
        if info is None:
            self.detail.setEmpty(True)
            return
        self.campaign_id = campaign_id
        figures = svc.campaign_figures(self.ctx.store, campaign_id, self.today,
                                       translate=QCoreApplication.translate)[0]
        self.title.setText(f"{info['name']}  ·  {label('campaign_status', str(info['status']))}")
        if not (self.plan.dirty and self.plan.campaign_id == campaign_id):  # unsaved typing stays
            self.plan.load(info, self.today)
        self.timeline.load(info, self.today)
        self.live.load(info, figures)
        self.review.load(campaign_id, self.today)
        self.detail.setEmpty(False)

    def select(self, campaign_id: int) -> bool:
        if self.table.select_id(campaign_id):
            self.show_campaign(campaign_id)
            return True
        return False

    def new_campaign(self) -> None:
        dialog = NewCampaignDialog(self, self.today, self.ctx)
        if not dialog.exec():
            return
        values = dialog.values()
        self.create(values["template"], values["name"], values["start_day"])

    def create(self, template: str | None, name: str, start_day: dt.date) -> None:
        """Create the campaign (from the template when given) on the writer, then show it."""
        overrides = {"name": name} if name else {}
        if template:
            job: Any = functools.partial(svc.create_from_template, self.ctx.store, template, start_day, **overrides)
        else:
            job = functools.partial(svc.create_campaign, self.ctx.store, name=name, start_day=start_day,
                                    end_day=start_day)
        self.ctx.tasks.run(job, writes=True, on_result=self._created)

    def _created(self, campaign_id: int) -> None:
        self.campaign_id = campaign_id
        self.changed.emit({"campaign", "campaign_task"})
        self.pages.setCurrentIndex(0)

    def delete_campaign(self) -> None:
        if self.campaign_id is None:
            return
        info = svc.campaign(self.ctx.store, self.campaign_id) or {}
        if QMessageBox.question(self, self.tr("删除活动"), self.tr("删除“%1”和它的每日数据、任务？经验教训会保留。")
                                .replace("%1", info.get("name", ""))) != QMessageBox.StandardButton.Yes:
            return
        campaign_id, self.campaign_id = self.campaign_id, None
        self.ctx.tasks.run(svc.delete_campaign, self.ctx.store, campaign_id, writes=True,
                           on_result=lambda _r: self.changed.emit({"campaign", "campaign_daily", "campaign_task"}))
