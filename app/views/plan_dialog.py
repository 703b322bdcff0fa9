"""下月计划: the proposed goals, topic slate and action items of a month, to tick and accept (or take back).

Opened from 复盘 ("生成下月计划…") and 选题库 → 本月计划. The plan is computed on the worker
(`services.plan.month_plan`); accepting and taking back run on the writer. Each row shows what it
rests on — the basis of a goal, the reason, sources and score lines of a topic, the finding or note
behind an action item.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.vocabulary import label, platform_name
from app.services import plan as plans
from app.views.base import make_table_view
from app.views.context import ViewContext
from app.views.table_models import ListColumn, ListTableModel


def _load(store: Any, month: str | None) -> plans.Plan:
    return plans.month_plan(store, month, translate=QCoreApplication.translate)


class PlanDialog(QDialog):
    """The month plan page.

    Signals:
        planChanged(str): the month whose plan was accepted or taken back.
    """

    planChanged = Signal(str)

    def __init__(self, ctx: ViewContext, month: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = month
        self.plan: plans.Plan | None = None
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("下月计划"))
        self.resize(1180, 780)
        self.heading = QLabel(self.tr("正在生成计划…"), self)
        self.heading.setObjectName("sectionHeading")
        self.status = QLabel(self)
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        everyone = self.tr("全部账号")
        yes, no = self.tr("已设"), self.tr("新建议")
        self.goal_model = ListTableModel([
            ListColumn(self.tr("平台"), lambda r: r["goal"].platform or "",
                       lambda r: platform_name(r["goal"].platform, QCoreApplication.translate) or everyone),
            ListColumn(self.tr("指标"), lambda r: r["goal"].metric,
                       lambda r: label("goal_metric", r["goal"].metric, QCoreApplication.translate)),
            ListColumn(self.tr("目标"), lambda r: r["goal"].target, lambda r: f"{r['goal'].target:,.{2 if r['goal'].target % 1 else 0}f}",
                       numeric=True),
            ListColumn(self.tr("状态"), lambda r: r["goal"].existing, lambda r: yes if r["goal"].existing else no),
            ListColumn(self.tr("依据"), lambda r: r["goal"].basis.get("text", "")),
        ], self, check_key="chosen", tooltip=lambda r: r["goal"].basis.get("text"))
        self.topic_model = ListTableModel([
            ListColumn(self.tr("排名"), lambda r: r["rank"], numeric=True),
            ListColumn(self.tr("理由"), lambda r: plans.reason_label(r["topic"].reason, QCoreApplication.translate)),
            ListColumn(self.tr("选题"), lambda r: r["topic"].title),
            ListColumn(self.tr("时效性"), lambda r: r["topic"].scores["timeliness"], numeric=True),
            ListColumn(self.tr("价值度"), lambda r: r["topic"].scores["value"], numeric=True),
            ListColumn(self.tr("转化力"), lambda r: r["topic"].scores["conversion"], numeric=True),
            ListColumn(self.tr("来源"), lambda r: len(r["topic"].sources), lambda r: self._sources(r["topic"])),
            ListColumn(self.tr("说明"), lambda r: r["topic"].explain),
        ], self, check_key="chosen", tooltip=lambda r: r["topic"].explain)
        self.action_model = ListTableModel([
            ListColumn(self.tr("平台"), lambda r: r["action"].platform or "",
                       lambda r: platform_name(r["action"].platform, QCoreApplication.translate) or everyone),
            ListColumn(self.tr("行动项"), lambda r: r["action"].text),
            ListColumn(self.tr("用在"), lambda r: ", ".join(r["action"].applies_to),
                       lambda r: self.tr("、").join(plans.applies_label(w, QCoreApplication.translate)
                                                   for w in r["action"].applies_to)),
            ListColumn(self.tr("截止"), lambda r: r["action"].due_date, kind="date"),
            ListColumn(self.tr("来自"), lambda r: r["action"].source.get("kind"), lambda r: self._origin(r["action"])),
        ], self, check_key="chosen", tooltip=lambda r: r["action"].text)
        boxes = QSplitter(self)
        boxes.setOrientation(Qt.Orientation.Vertical)
        boxes.setChildrenCollapsible(False)
        self.views = {}
        for key, title, model in (("goals", self.tr("目标（各平台之和就是总目标）"), self.goal_model),
                                  ("topics", self.tr("选题（10–15 个，按建议分排序）"), self.topic_model),
                                  ("actions", self.tr("行动项（来自上月诊断和复盘）"), self.action_model)):
            box = QGroupBox(title, boxes)
            view = make_table_view(model, box)
            view.setObjectName(f"plan_{key}")
            self.views[key] = view
            QVBoxLayout(box).addWidget(view)
            boxes.addWidget(box)
        self.views["topics"].setColumnWidth(2, 320)
        for column in (1, 3, 4, 5):
            self.views["topics"].setColumnWidth(column, 72 if column != 1 else 110)
        self.views["goals"].setColumnWidth(4, 520)
        self.views["actions"].setColumnWidth(1, 520)
        self.accept_button = QPushButton(self.tr("接受计划"), self)
        self.accept_button.setObjectName("acceptPlan")
        self.accept_button.setDefault(True)
        self.take_back_button = QPushButton(self.tr("撤回"), self)
        self.take_back_button.setObjectName("takeBackPlan")
        self.accept_button.clicked.connect(self.accept_plan)
        self.take_back_button.clicked.connect(self.take_back)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.take_back_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(boxes, 1)
        layout.addLayout(row)
        self._set_busy(True)
        self.refresh()

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._set_busy(True)
        self.ctx.tasks.run(_load, self.ctx.store, self.month, on_result=self._show, parent=self,
                           progress=self.tr("正在生成下月计划…"))

    def _show(self, plan: plans.Plan) -> None:
        self.plan = plan
        self.month = plan.month
        done = plan.accepted_at is not None
        self.heading.setText(self.tr("{month} 计划（依据 {reviewed} 的复盘和近三个月的数据）").format(
            month=plan.month, reviewed=plan.reviewed_month))
        if done:
            self.status.setText(self.tr("已于 {at} 接受：选题已排进 {month}，目标和行动项已写入。要重新生成，先撤回。").format(
                at=f"{plan.accepted_at:%Y-%m-%d %H:%M}", month=plan.month))
        else:
            self.status.setText(self.tr("勾选要采用的部分，再点「接受计划」。已设的目标保留不动；选题会排进 {month}。").format(
                month=plan.month))
        self.goal_model.set_rows([{"goal": g, "index": i, "chosen": not g.existing} for i, g in enumerate(plan.goals)])
        self.topic_model.set_rows([{"topic": t, "index": i, "rank": i + 1, "chosen": True}
                                   for i, t in enumerate(plan.topics)])
        self.action_model.set_rows([{"action": a, "index": i, "chosen": True} for i, a in enumerate(plan.actions)])
        for view in self.views.values():
            view.resizeRowsToContents()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        accepted = self.plan is not None and self.plan.accepted_at is not None
        self.accept_button.setEnabled(not busy and self.plan is not None and not accepted)
        self.take_back_button.setEnabled(not busy and accepted)

    def _sources(self, topic: plans.TopicProposal) -> str:
        kinds: dict[str, int] = {}
        for source in topic.sources:
            kinds[source["kind"]] = kinds.get(source["kind"], 0) + 1
        words = {"post": self.tr("内容"), "feedback": self.tr("反馈"), "hot_date": self.tr("热点"),
                 "competitor": self.tr("竞品"), "lesson": self.tr("经验"), "topic": self.tr("选题"),
                 "finding": self.tr("诊断")}
        return self.tr("、").join(f"{words.get(kind, kind)} {n}" for kind, n in kinds.items())

    def _origin(self, action: plans.ActionProposal) -> str:
        month = action.source.get("month") or ""
        if action.source.get("kind") == "review":
            return self.tr("{month} 复盘·下月策略调整").format(month=month)
        return self.tr("{month} 诊断").format(month=month)

    def chosen(self) -> dict[str, list[int]]:
        """Indexes of the ticked rows of each part (into the plan's lists)."""
        return {part: [r["index"] for r in model.rows() if r["chosen"]]
                for part, model in (("goals", self.goal_model), ("topics", self.topic_model),
                                    ("actions", self.action_model))}

    # -- actions ---------------------------------------------------------------------------------
    def accept_plan(self) -> None:
        if self.plan is None:
            return
        self._set_busy(True)
        self.ctx.tasks.run(plans.accept_plan, self.ctx.store, self.plan, **self.chosen(), writes=True,
                           on_result=self._written, parent=self)

    def take_back(self) -> None:
        if self.plan is None:
            return
        self._set_busy(True)
        self.ctx.tasks.run(plans.take_back_plan, self.ctx.store, self.plan.month, writes=True,
                           on_result=self._written, parent=self)

    def _written(self, _result: object) -> None:
        self.ctx.signals.notify("goal", "topic", "action_item", "month_plan", "hot_date")
        assert self.plan is not None
        self.planChanged.emit(self.plan.month)
        self.refresh()
