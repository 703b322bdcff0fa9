"""推广投放, 合作 and 竞品: the sub-views of the 活动 tab beside the campaigns themselves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.base import Platform
from app.services import campaigns as campaign_svc
from app.services import collaborations as collab_svc
from app.services import competitors as comp_svc
from app.services.promotions import promotion_figures
from app.views.base import EmptyState
from app.views.campaigns_tab.campaigns import (
    banner,
    run_template_import,
    save_template,
    set_banner,
    small_table,
    tell_import,
)
from app.views.campaigns_tab.dialogs import (
    CollaborationDialog,
    CompetitorDialog,
    PromotionDialog,
    SnapshotDialog,
)
from app.views.campaigns_tab.labels import (
    COLLABORATION_KINDS,
    OBJECTIVES,
    PARTNER_KINDS,
    TOOLS,
    TRAFFIC_SOURCES,
    code_label,
)
from app.views.campaigns_tab.models import Col, RowsModel
from app.views.context import ViewContext
from app.views.table_models import platform_name


def _buttons(parent: QWidget, *specs: tuple[str, Any]) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, slot in specs:
        button = QPushButton(text, parent)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


class _ListPage(QWidget):
    """A list page: buttons, a table and an empty state; subclasses fill `model` in `refresh()`.

    Signals:
        changed(set): tables written.
    """

    changed = Signal(set)

    def _selected(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _build(self, model: RowsModel, empty: str, buttons: QHBoxLayout) -> None:
        self.model = model
        self.view = small_table(model, self)
        self.stack = EmptyState(self.view, empty, self)
        self.count = QLabel(self)
        self.count.setObjectName("rowCount")
        buttons.addWidget(self.count)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.stack, 1)

    def _show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.stack.setEmpty(not rows)


# -- 推广投放 -------------------------------------------------------------------------------------
class PromotionsPage(_ListPage):
    """Paid boosts with CTR, CVR, CPA, ROI and cost per follower; the ones to stop in red."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            Col("title", self.tr("投放")), Col("platform", self.tr("平台"), "platform"), Col("tool_text", self.tr("工具")),
            Col("objective_text", self.tr("目标")), Col("start_at", self.tr("开始"), "datetime"),
            Col("spend", self.tr("花费"), "money"), Col("follows_gained", self.tr("涨粉"), "int"),
            Col("conversions", self.tr("转化"), "int"), Col("revenue", self.tr("成交金额"), "money"),
            Col("ctr", self.tr("点击率"), "rate"), Col("cvr", self.tr("转化率"), "rate"),
            Col("cpa", self.tr("单次转化成本"), "money"), Col("roi", "ROI", "ratio"),
            Col("cost_per_follower", self.tr("单粉成本"), "money"), Col("stop_suggestion", self.tr("建议")),
            Col("budget", self.tr("预算"), "money"), Col("hours", self.tr("时长(小时)"), "float"),
            Col("impressions", self.tr("曝光"), "int"), Col("clicks", self.tr("点击"), "int"),
            Col("audience", self.tr("人群")),
        ]
        model = RowsModel(columns, self, flagged=lambda r: r["flag"], tooltip=lambda r: r["stop_suggestion"])
        self._build(model, self.tr("还没有投放记录 — 点“新增投放…”记一笔 DOU+/薯条/广点通，或下载模板批量导入"), _buttons(
            self, (self.tr("新增投放…"), self.add), (self.tr("编辑…"), self.edit), (self.tr("删除"), self.delete),
            (self.tr("下载模板"), lambda: save_template(self, "promotions", self.tr("付费推广模板.xlsx"))),
            (self.tr("导入投放数据…"), self.import_file)))
        self.flags = banner(self)
        self.layout_.insertWidget(0, self.flags)
        self.view.horizontalHeader().setDefaultSectionSize(84)
        for column, width in ((0, 190), (1, 80), (2, 64), (3, 50), (4, 124), (11, 100), (14, 420)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _i: self.edit())

    def refresh(self) -> None:
        rows = promotion_figures(self.ctx.store, translate=QCoreApplication.translate)
        for row in rows:
            row["title"] = row["name"] or row["post_title"] or f"#{row['id']}"
            row["tool_text"] = code_label(TOOLS, row["tool"])
            row["objective_text"] = code_label(OBJECTIVES, row["objective"])
            row["audience"] = " ".join(v for v in (row["audience_age"], row["audience_gender"],
                                                    row["audience_regions"], row["audience_interests"]) if v)
        self._show_rows(rows)
        flagged = [r for r in rows if r["flag"]]
        self.count.setText(self.tr("共 %n 条", "", len(rows)))
        set_banner(self.flags, self.tr("%n 条投放建议停投（红色行，鼠标停在行上看原因）：", "", len(flagged))
                   + self.tr("、").join(r["title"] for r in flagged) if flagged else None)

    def _dialog(self, row: dict[str, Any] | None) -> dict[str, Any] | None:
        dialog = PromotionDialog(campaign_svc.promotion_choices(self.ctx.store), row, self)
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

    def import_file(self) -> None:
        title = self.tr("导入投放数据")
        run_template_import(self, self.ctx, "promotions", title,
                            lambda result: tell_import(self, title, result) and self.changed.emit({"promotion"}))


# -- 合作 ----------------------------------------------------------------------------------------
class CollaborationsPage(_ListPage):
    """KOL, brand and institution collaborations with what they cost and brought."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            Col("day", self.tr("日期"), "date"), Col("partner", self.tr("合作方")), Col("partner_text", self.tr("类型")),
            Col("platform", self.tr("平台"), "platform"), Col("kind_text", self.tr("合作方式")),
            Col("cost", self.tr("花费"), "money"), Col("new_followers", self.tr("新增关注"), "int"),
            Col("conversions", self.tr("转化"), "int"), Col("cost_per_follower", self.tr("单粉成本"), "money"),
            Col("cost_per_conversion", self.tr("单次转化成本"), "money"), Col("notes", self.tr("备注")),
        ]
        self._build(RowsModel(columns, self), self.tr("还没有合作记录 — 和博主互推、直播连麦、资源互换后，点“新增合作…”记下效果"),
                    _buttons(self, (self.tr("新增合作…"), self.add), (self.tr("编辑…"), self.edit),
                             (self.tr("删除"), self.delete)))
        self.view.setColumnWidth(1, 160)
        self.view.doubleClicked.connect(lambda _i: self.edit())

    def refresh(self) -> None:
        rows = collab_svc.collaborations(self.ctx.store)
        for row in rows:
            row["partner_text"] = code_label(PARTNER_KINDS, row["partner_kind"])
            row["kind_text"] = code_label(COLLABORATION_KINDS, row["kind"])
            row["partner_kind"], row["kind"] = str(row["partner_kind"]), str(row["kind"])
        self._show_rows(rows)
        self.count.setText(self.tr("共 %n 条", "", len(rows)))

    def _save(self, values: dict[str, Any], collaboration_id: int | None = None) -> None:
        self.ctx.tasks.run(collab_svc.save_collaboration, self.ctx.store, collaboration_id, **values, writes=True,
                           on_result=lambda _r: self.changed.emit({"collaboration"}))

    def add(self) -> None:
        dialog = CollaborationDialog(parent=self)
        if dialog.exec():
            self._save(dialog.values())

    def edit(self) -> None:
        row = self._selected()
        if row is not None:
            dialog = CollaborationDialog(row, self)
            if dialog.exec():
                self._save(dialog.values(), row["id"])

    def delete(self) -> None:
        row = self._selected()
        if row is not None and QMessageBox.question(self, self.tr("删除合作"), self.tr("删除和“%1”的合作记录？").replace(
                "%1", row["partner"])) == QMessageBox.StandardButton.Yes:
            self.ctx.tasks.run(collab_svc.delete_collaboration, self.ctx.store, row["id"], writes=True,
                               on_result=lambda _r: self.changed.emit({"collaboration"}))


# -- 竞品 ----------------------------------------------------------------------------------------
class _SideBySideModel(RowsModel):
    """Own accounts in bold on a light blue background."""

    def data(self, index: Any, role: int = 0) -> Any:
        if index.isValid() and self.rows[index.row()]["is_own"]:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#EEF3FF"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class CompetitorsPage(_ListPage):
    """Benchmark accounts (3–5 per platform) with profiles and follower snapshots, and the
    side-by-side table against the own accounts."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.platform = QComboBox(self)
        self.platform.addItem(self.tr("全部平台"), None)
        for code in Platform:
            self.platform.addItem(platform_name(code), code.value)
        self.platform.currentIndexChanged.connect(lambda _i: self.refresh())
        columns = [
            Col("platform", self.tr("平台"), "platform"), Col("name", self.tr("账号")),
            Col("followers", self.tr("粉丝"), "int"), Col("followers_30d", self.tr("近30天增长"), "int"),
            Col("content_types", self.tr("内容类型")), Col("update_frequency", self.tr("更新频率")),
            Col("interaction_style", self.tr("互动方式")), Col("traffic_text", self.tr("流量来源")),
            Col("reuse", self.tr("可借鉴")), Col("gaps", self.tr("可突破的空白")),
        ]
        buttons = _buttons(self, (self.tr("新增竞品…"), self.add), (self.tr("编辑…"), self.edit),
                           (self.tr("删除"), self.delete), (self.tr("记录粉丝数…"), self.snapshot),
                           (self.tr("下载粉丝数模板"), self.save_snapshot_template),
                           (self.tr("导入粉丝数…"), self.import_snapshots))
        buttons.insertWidget(0, self.platform)
        self._build(RowsModel(columns, self), self.tr("还没有竞品 — 每个平台挑 3–5 个对标账号，点“新增竞品…”记下他们的做法"),
                    buttons)
        self.coverage = banner(self)
        self.layout_.insertWidget(0, self.coverage)
        self.view.setColumnWidth(1, 150)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        side_columns = [
            Col("platform", self.tr("平台"), "platform"), Col("name", self.tr("账号")), Col("who", self.tr("自己/竞品")),
            Col("followers", self.tr("粉丝"), "int"), Col("followers_30d", self.tr("近30天增长"), "int"),
            Col("posts_per_week", self.tr("近4周周均发布"), "float"), Col("update_frequency", self.tr("更新频率")),
            Col("content_types", self.tr("内容类型")), Col("interaction_style", self.tr("互动方式")),
            Col("traffic_text", self.tr("流量来源")),
        ]
        self.side = _SideBySideModel(side_columns, self)
        self.side_view = small_table(self.side, self)
        self.side_view.setColumnWidth(1, 150)
        self.side_view.setColumnWidth(2, 60)
        heading = QLabel(self.tr("与自己的账号对比"), self)
        heading.setObjectName("sectionHeading")
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(heading)
        lower_layout.addWidget(self.side_view)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.layout_.removeWidget(self.stack)
        split.addWidget(self.stack)
        split.addWidget(lower)
        self.layout_.addWidget(split, 1)

    def refresh(self) -> None:
        platform = self.platform.currentData()
        today = clock.today()
        rows = comp_svc.competitors(self.ctx.store, platform, today)
        for row in rows:
            row["id"] = row["account_id"]
            row["traffic_text"] = code_label(TRAFFIC_SOURCES, row["traffic_source"])
        self._show_rows(rows)
        self.count.setText(self.tr("共 %n 个竞品", "", len(rows)))
        warnings = [c["warning"] for c in comp_svc.coverage(self.ctx.store, translate=QCoreApplication.translate)
                    if c["warning"] and (platform is None or c["platform"] == platform)]
        set_banner(self.coverage, " ".join(warnings) if warnings else None)
        side = comp_svc.side_by_side(self.ctx.store, platform, today)
        for row in side:
            row["id"] = row["account_id"]
            row["who"] = self.tr("自己") if row["is_own"] else self.tr("竞品")
            row["traffic_text"] = code_label(TRAFFIC_SOURCES, row["traffic_source"])
        self.side.set_rows(side)

    def _save(self, job: Any, *args: Any, **kwargs: Any) -> None:
        self.ctx.tasks.run(job, self.ctx.store, *args, **kwargs, writes=True,
                           on_result=lambda _r: self.changed.emit({"account", "competitor", "account_daily"}))

    def add(self) -> None:
        dialog = CompetitorDialog(platform=self.platform.currentData(), parent=self)
        if dialog.exec():
            values = dialog.values()
            self._save(comp_svc.add_competitor, values.pop("platform"), values.pop("name"), **values)

    def edit(self) -> None:
        row = self._selected()
        if row is None:
            return
        dialog = CompetitorDialog(row, parent=self)
        if dialog.exec():
            values = dialog.values()
            values.pop("platform")
            self._save(comp_svc.update_competitor, row["account_id"], values.pop("name"), **values)

    def delete(self) -> None:
        row = self._selected()
        if row is not None and QMessageBox.question(self, self.tr("删除竞品"), self.tr("删除“%1”和它的粉丝记录？").replace(
                "%1", row["name"])) == QMessageBox.StandardButton.Yes:
            self._save(comp_svc.delete_competitor, row["account_id"])

    def snapshot(self) -> None:
        row = self._selected()
        if row is None:
            QMessageBox.information(self, self.tr("记录粉丝数"), self.tr("先在表格里选一个竞品。"))
            return
        dialog = SnapshotDialog(row["name"], self)
        if dialog.exec() and dialog.values()["followers"] is not None:
            values = dialog.values()
            self._save(comp_svc.save_snapshot, row["account_id"], values["day"], values["followers"])

    def save_snapshot_template(self) -> None:
        from pathlib import Path

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存竞品粉丝数模板"), str(Path(folder) / self.tr("竞品粉丝数模板.xlsx")),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if name:
            path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
            comp_svc.write_snapshot_template(path)
            QMessageBox.information(self, self.tr("模板已保存"), self.tr("模板已保存到：") + f"\n{path}")

    def import_snapshots(self) -> None:
        from pathlib import Path

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("导入竞品粉丝数"), folder, self.tr("表格文件 (*.xlsx *.xls *.csv)"))
        if not name:
            return

        def done(result: dict[str, Any]) -> None:
            QMessageBox.information(self, self.tr("导入完成"), self.tr("已导入 %n 条粉丝记录。", "", result["rows"]))
            self.changed.emit({"account_daily"})

        self.ctx.tasks.run(comp_svc.import_snapshots, self.ctx.store, Path(name), writes=True, on_result=done,
                           progress=self.tr("正在导入…"), parent=self)
