"""竞品: benchmark accounts per platform, their follower snapshots, and a side-by-side table against the own accounts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.base import Platform
from app.services import competitors as comp_svc
from app.views.base import make_table_view
from app.views.campaigns_tab.campaigns import (
    banner,
    set_banner,
)
from app.views.campaigns_tab.dialogs import (
    CompetitorDialog,
    SnapshotDialog,
)
from app.views.campaigns_tab.list_page import ListPage, button_row
from app.views.context import ViewContext
from app.views.export_actions import ask_save_path
from app.views.table_models import ListTableModel, key_column, label, platform_name


class CompetitorsPage(ListPage):
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
            key_column("platform", self.tr("平台"), "platform"), key_column("name", self.tr("账号")),
            key_column("followers", self.tr("粉丝"), "int"), key_column("followers_30d", self.tr("近30天增长"), "int"),
            key_column("content_types", self.tr("内容类型")), key_column("update_frequency", self.tr("更新频率")),
            key_column("interaction_style", self.tr("互动方式")), key_column("traffic_text", self.tr("流量来源")),
            key_column("reuse", self.tr("可借鉴")), key_column("gaps", self.tr("可突破的空白")),
        ]
        buttons = button_row(self, (self.tr("新增竞品…"), self.add), (self.tr("编辑…"), self.edit),
                           (self.tr("删除"), self.delete), (self.tr("记录粉丝数…"), self.snapshot),
                           (self.tr("下载粉丝数模板"), self.save_snapshot_template),
                           (self.tr("导入粉丝数…"), self.import_snapshots))
        buttons.insertWidget(0, self.platform)
        self._build(ListTableModel(columns, self), self.tr("还没有竞品 — 每个平台挑 3–5 个对标账号，点“新增竞品…”记下他们的做法"),
                    buttons)
        self.coverage = banner(self)
        self.layout_.insertWidget(0, self.coverage)
        self.view.setColumnWidth(1, 150)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        side_columns = [
            key_column("platform", self.tr("平台"), "platform"), key_column("name", self.tr("账号")), key_column("who", self.tr("自己/竞品")),
            key_column("followers", self.tr("粉丝"), "int"), key_column("followers_30d", self.tr("近30天增长"), "int"),
            key_column("posts_per_week", self.tr("近4周周均发布"), "float"), key_column("update_frequency", self.tr("更新频率")),
            key_column("content_types", self.tr("内容类型")), key_column("interaction_style", self.tr("互动方式")),
            key_column("traffic_text", self.tr("流量来源")),
        ]
        self.side = ListTableModel(side_columns, self, highlighted=lambda r: r["is_own"])
        self.side_view = make_table_view(self.side, self, single_selection=True)
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
            row["traffic_text"] = label("traffic_source", row["traffic_source"])
        self._show_rows(rows)
        self.count.setText(self.tr("共 %n 个竞品", "", len(rows)))
        warnings = [c["warning"] for c in comp_svc.coverage(self.ctx.store, translate=QCoreApplication.translate)
                    if c["warning"] and (platform is None or c["platform"] == platform)]
        set_banner(self.coverage, " ".join(warnings) if warnings else None)
        side = comp_svc.side_by_side(self.ctx.store, platform, today)
        for row in side:
            row["id"] = row["account_id"]
            row["who"] = self.tr("自己") if row["is_own"] else self.tr("竞品")
            row["traffic_text"] = label("traffic_source", row["traffic_source"])
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
        path = ask_save_path(self, self.tr("保存竞品粉丝数模板"), self.tr("竞品粉丝数模板.xlsx"))
        if path is not None:
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
