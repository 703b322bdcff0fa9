"""推广投放: paid boosts with their figures against break-even; the ones to stop in red, the reason
(and what "平时" was measured on) in the tooltip; below, 值得加热 — recent posts worth a boost, with
the suggested tool, budget, audience and why, one click from a prefilled new boost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.services import campaigns as campaign_svc
from app.services.promotions import boost_candidates, promotion_figures
from app.views.base import EmptyState, make_table_view
from app.views.campaigns_tab.campaigns import (
    banner,
    run_template_import,
    save_template,
    set_banner,
    tell_import,
)
from app.views.campaigns_tab.dialogs import (
    PromotionDialog,
)
from app.views.campaigns_tab.list_page import ListPage, button_row
from app.views.context import ViewContext
from app.views.loop_notes import record_lesson
from app.views.table_models import ListTableModel, key_column, label


class PromotionsPage(ListPage):
    """Paid boosts with CTR, CVR, CPA, ROI and cost per follower; the ones to stop in red."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            key_column("title", self.tr("投放")), key_column("platform", self.tr("平台"), "platform"), key_column("tool_text", self.tr("工具")),
            key_column("objective_text", self.tr("目标")), key_column("start_at", self.tr("开始"), "datetime"),
            key_column("spend", self.tr("花费"), "money"), key_column("follows_gained", self.tr("涨粉"), "int"),
            key_column("conversions", self.tr("转化"), "int"), key_column("revenue", self.tr("成交金额"), "money"),
            key_column("ctr", self.tr("点击率"), "rate"), key_column("cvr", self.tr("转化率"), "rate"),
            key_column("cpa", self.tr("单次转化成本"), "money"), key_column("roi", "ROI", "ratio"),
            key_column("break_even_roi", self.tr("保本ROI"), "ratio"),
            key_column("cost_per_follower", self.tr("单粉成本"), "money"), key_column("stop_suggestion", self.tr("建议")),
            key_column("budget", self.tr("预算"), "money"), key_column("hours", self.tr("时长(小时)"), "float"),
            key_column("impressions", self.tr("曝光"), "int"), key_column("clicks", self.tr("点击"), "int"),
            key_column("audience", self.tr("人群")),
        ]
        model = ListTableModel(columns, self, flagged=lambda r: r["flag"],
                               tooltip=lambda r: r["stop_suggestion"] or r["baseline_text"])
        self._build(model, self.tr("还没有投放记录 — 点“新增投放…”记一笔 DOU+/薯条/广点通，或下载模板批量导入"), button_row(
            self, (self.tr("新增投放…"), self.add), (self.tr("编辑…"), self.edit), (self.tr("删除"), self.delete),
            (self.tr("记入运营手册…"), self.record_lesson),
            (self.tr("下载模板"), lambda: save_template(self, "promotions", self.tr("付费推广模板.xlsx"))),
            (self.tr("导入投放数据…"), self.import_file)))
        self.flags = banner(self)
        self.layout_.insertWidget(0, self.flags)
        self.view.horizontalHeader().setDefaultSectionSize(84)
        for column, width in ((0, 190), (1, 80), (2, 64), (3, 50), (4, 124), (11, 100), (15, 420)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        model.modelReset.connect(self._fit_names)
        self._build_candidates()

    def _fit_names(self) -> None:
        """Widen 平台/工具/目标 to their names: English ones (Xiaohongshu, Followers gained) run longer
        than the widths set for Chinese."""
        for column in (1, 2, 3):
            self.view.setColumnWidth(column, max(self.view.columnWidth(column), self.view.sizeHintForColumn(column)))

    def _build_candidates(self) -> None:
        """值得加热: the list under the boosts, with its own button."""
        heading = QLabel(self.tr("值得加热：最近发布、开局的完播率/互动率/涨粉率高于账号同类内容中位数的内容"), self)
        heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        heading.setToolTip(self.tr("预算和人群取自你在这个账号过去的投放（花费中位数、单次转化成本最低那次的人群）；"
                                   "毛利率和保本线在 设置 → 投放、活动与舆情"))
        columns = [
            key_column("title", self.tr("内容")), key_column("platform", self.tr("平台"), "platform"),
            key_column("published_at", self.tr("发布"), "datetime"), key_column("tool_label", self.tr("建议工具")),
            key_column("budget", self.tr("建议预算"), "money"), key_column("audience", self.tr("建议人群")),
            key_column("why", self.tr("理由")),
        ]
        self.candidates = ListTableModel(columns, self, tooltip=lambda r: "\n".join(r["reasons"]))
        self.candidate_view = make_table_view(self.candidates, self, single_selection=True)
        self.candidate_view.setObjectName("boostCandidates")
        for column, width in ((0, 220), (1, 70), (2, 124), (3, 90), (4, 80), (5, 200)):
            self.candidate_view.setColumnWidth(column, width)
        self.candidate_view.horizontalHeader().setStretchLastSection(True)
        self.candidate_view.doubleClicked.connect(lambda _i: self.boost_candidate())
        self.candidate_stack = EmptyState(self.candidate_view, self.tr(
            "最近两周没有明显好于平时的内容 — 等新内容的数据导入后再看"), self)
        boost = QPushButton(self.tr("按建议新增投放…"), self)
        boost.clicked.connect(self.boost_candidate)
        row = button_row(self)
        row.insertWidget(0, heading)
        row.addWidget(boost)
        self.layout_.addLayout(row)
        self.candidate_stack.setMaximumHeight(220)  # a short list: the boosts keep the room
        self.layout_.addWidget(self.candidate_stack)

    def refresh(self) -> None:
        rows = promotion_figures(self.ctx.store, translate=QCoreApplication.translate)
        for row in rows:
            row["title"] = row["name"] or row["post_title"] or f"#{row['id']}"
            row["tool_text"] = label("promotion_tool", row["tool"])
            row["objective_text"] = label("promotion_objective", row["objective"])
            row["audience"] = " ".join(v for v in (row["audience_age"], row["audience_gender"],
                                                    row["audience_regions"], row["audience_interests"]) if v)
        self._show_rows(rows)
        flagged = [r for r in rows if r["flag"]]
        self.count.setText(self.tr("共 %n 条", "", len(rows)))
        set_banner(self.flags, self.tr("%n 条投放建议停投（红色行，鼠标停在行上看原因）：", "", len(flagged))
                   + self.tr("、").join(r["title"] for r in flagged) if flagged else None)
        self.ctx.tasks.run(boost_candidates, self.ctx.store, translate=QCoreApplication.translate,
                           on_result=self._show_candidates)

    def _show_candidates(self, rows: list[dict[str, Any]]) -> None:
        self.candidates.set_rows(rows)
        self.candidate_stack.setEmpty(not rows)

    def boost_candidate(self) -> None:
        """A new boost for the selected candidate, prefilled with its post, tool, budget and audience."""
        selected = self.candidate_view.selectionModel().selectedRows()
        candidate = self.candidates.row_at(selected[0].row()) if selected else None
        if candidate is None:
            return
        objective = "conversion" if candidate["past_cpa"] is not None else "followers"
        prefill = {"name": f"{candidate['tool_label']} {candidate['title']}", "post_id": candidate["post_id"],
                   "post_title": candidate["title"], "account_id": candidate["account_id"], "tool": candidate["tool"],
                   "objective": objective, "budget": candidate["budget"], **candidate["audience_fields"]}
        dialog = PromotionDialog(campaign_svc.promotion_choices(self.ctx.store), prefill, self, self.ctx)
        dialog.setWindowTitle(self.tr("按建议新增投放"))
        if dialog.exec():
            self._save(dialog.values())

    def _dialog(self, row: dict[str, Any] | None) -> dict[str, Any] | None:
        dialog = PromotionDialog(campaign_svc.promotion_choices(self.ctx.store), row, self, self.ctx)
        return dialog.values() if dialog.exec() else None

    def _save(self, values: dict[str, Any], promotion_id: int | None = None) -> None:
        self.ctx.tasks.run(campaign_svc.save_promotion, self.ctx.store, promotion_id, **values, writes=True,
                           on_result=lambda _r: self.changed.emit({"promotion"}))

    def add(self) -> None:
        values = self._dialog(None)
        if values:
            self._save(values)

    def edit(self) -> None:
        row = self._selected()
        if row is not None and (values := self._dialog(row)):
            self._save(values, row["id"])

    def delete(self) -> None:
        row = self._selected()
        if row is not None and QMessageBox.question(self, self.tr("删除投放"), self.tr("删除“%1”？").replace(
                "%1", row["title"])) == QMessageBox.StandardButton.Yes:
            self.ctx.tasks.run(campaign_svc.delete_promotion, self.ctx.store, row["id"], writes=True,
                               on_result=lambda _r: self.changed.emit({"promotion"}))

    def record_lesson(self) -> None:
        """A lesson from the selected boost (a flagged one as a failure: stop), linked to it, so the
        next boost with the same tool shows it."""
        row = self._selected()
        if row is None:
            return
        verdict = self.tr("效果差，停") if row["flag"] else self.tr("效果好，可以再投")
        evidence = self.tr("花费 ¥%1，ROI %2，单粉成本 %3").replace("%1", f"{row['spend'] or 0:,.0f}").replace(
            "%2", "—" if row["roi"] is None else f"{row['roi']:.2f}").replace(
            "%3", "—" if row["cost_per_follower"] is None else f"¥{row['cost_per_follower']:,.2f}")
        record_lesson(self, self.ctx, ("promotion", row["id"], None), kind="failure" if row["flag"] else "success",
                      title=self.tr("%1%2投放%3").replace("%1", row["tool_text"]).replace(
                          "%2", row["objective_text"]).replace("%3", verdict),
                      evidence=evidence, on_saved=lambda _id: self.changed.emit({"lesson"}))

    def import_file(self) -> None:
        title = self.tr("导入投放数据")
        run_template_import(self, self.ctx, "promotions", title,
                            lambda result: tell_import(self, title, result) and self.changed.emit({"promotion"}))
