"""合作: cross-promotions with other creators and what each brought."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from app.services import collaborations as collab_svc
from app.views.campaigns_tab.dialogs import (
    CollaborationDialog,
)
from app.views.campaigns_tab.list_page import ListPage, button_row
from app.views.context import ViewContext
from app.views.table_models import ListTableModel, key_column, label


class CollaborationsPage(ListPage):
    """KOL, brand and institution collaborations with what they cost and brought."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            key_column("day", self.tr("日期"), "date"), key_column("partner", self.tr("合作方")), key_column("partner_text", self.tr("类型")),
            key_column("platform", self.tr("平台"), "platform"), key_column("kind_text", self.tr("合作方式")),
            key_column("cost", self.tr("花费"), "money"), key_column("new_followers", self.tr("新增关注"), "int"),
            key_column("conversions", self.tr("转化"), "int"), key_column("cost_per_follower", self.tr("单粉成本"), "money"),
            key_column("cost_per_conversion", self.tr("单次转化成本"), "money"), key_column("notes", self.tr("备注")),
        ]
        self._build(ListTableModel(columns, self), self.tr("还没有合作记录 — 和博主互推、直播连麦、资源互换后，点“新增合作…”记下效果"),
                    button_row(self, (self.tr("新增合作…"), self.add), (self.tr("编辑…"), self.edit),
                             (self.tr("删除"), self.delete)))
        self.view.setColumnWidth(1, 160)
        self.view.doubleClicked.connect(lambda _i: self.edit())

    def refresh(self) -> None:
        rows = collab_svc.collaborations(self.ctx.store)
        for row in rows:
            row["partner_text"] = label("partner_kind", row["partner_kind"])
            row["kind_text"] = label("collaboration_kind", row["kind"])
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
