"""File → 导入记录…: every imported file (batch) and undoing one.

The batches come from `list_batches` (newest first) through the shared `SearchableTable`, so the
list searches, sorts and exports like every other table. 撤销这次导入 asks first, then runs
`undo_batch` on the writer thread: what the batch added is deleted and what it changed is put back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.services.importing import list_batches, undo_batch
from app.services.queries import Column
from app.views.base import SearchableTable
from app.views.context import ViewContext
from app.views.errors import user_message
from app.views.import_dialog import KIND_TABLES, profile_label
from app.views.mapping_editor import report_bug
from app.views.table_models import ListTableModel, query_columns

STATUS = {"imported": QT_TRANSLATE_NOOP("ImportHistory", "已导入"),
          "undone": QT_TRANSLATE_NOOP("ImportHistory", "已撤销"),
          "importing": QT_TRANSLATE_NOOP("ImportHistory", "未完成")}
COLUMNS = (
    Column("id", QT_TRANSLATE_NOOP("columns", "编号"), "", "int"),
    Column("imported_at", QT_TRANSLATE_NOOP("columns", "导入时间"), "", "datetime"),
    Column("imported_by", QT_TRANSLATE_NOOP("columns", "导入人"), ""),
    Column("file_name", QT_TRANSLATE_NOOP("columns", "文件"), ""),
    Column("platform", QT_TRANSLATE_NOOP("columns", "平台"), "", "platform"),
    Column("profile_label", QT_TRANSLATE_NOOP("columns", "格式"), ""),
    Column("captured_on", QT_TRANSLATE_NOOP("columns", "统计日期"), "", "date"),
    Column("rows", QT_TRANSLATE_NOOP("columns", "行数"), "", "int"),
    Column("inserted", QT_TRANSLATE_NOOP("columns", "新增"), "", "int"),
    Column("updated", QT_TRANSLATE_NOOP("columns", "更新"), "", "int"),
    Column("unchanged", QT_TRANSLATE_NOOP("columns", "未变"), "", "int"),
    Column("skipped", QT_TRANSLATE_NOOP("columns", "跳过"), "", "int"),
    Column("status_label", QT_TRANSLATE_NOOP("columns", "状态"), ""),
)


class ImportHistory(QDialog):
    """The import history with 撤销这次导入. Non-modal.

    Signals: none of its own; after an undo it calls `ctx.signals.notify(...)`.
    """

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importHistory")
        self.setWindowTitle(self.tr("导入记录"))
        self.resize(1180, 560)
        self.table = SearchableTable(ctx, ListTableModel(query_columns(COLUMNS), self, load=self._load), self.tr("还没有导入过文件 — 用“文件 → 导入…”或把文件拖到窗口上"), self,
                                     widths={"id": 50, "imported_at": 130, "imported_by": 80, "file_name": 240, "platform": 80,
                                             "profile_label": 160, "captured_on": 90, "rows": 60, "inserted": 60,
                                             "updated": 60, "unchanged": 60, "skipped": 60, "status_label": 70})
        self.table.setObjectName("historyTable")
        self.table.export_name = self.tr("导入记录")
        self.undo_button = QPushButton(self.tr("撤销这次导入…"), self)
        self.undo_button.setObjectName("undoBatch")
        self.undo_button.clicked.connect(self.undo_selected)
        self.note = QLabel(self)
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.model.reloaded.connect(lambda _n: self._selection_changed())
        ctx.signals.dataChanged.connect(self._data_changed)
        self.table.reload()

    def _load(self, text: str, _equals: dict[str, Any]) -> list[dict[str, Any]]:
        rows = list_batches(self.ctx.store)
        for row in rows:
            row["profile_label"] = profile_label(self.ctx.store, row["profile"] or "")
            row["status_label"] = QCoreApplication.translate("ImportHistory", STATUS.get(row["status"], row["status"]))
        needle = text.strip().lower()
        if needle:
            rows = [r for r in rows if needle in f"{r['file_name']} {r['profile_label']}".lower()]
        return rows

    def _data_changed(self, changed: set[str]) -> None:
        if "*" in changed or "import_batch" in changed:
            self.table.reload()

    def selected_batch(self) -> dict[str, Any] | None:
        rows = self.table.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.model.row_at(rows[0].row())

    def _selection_changed(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and batch["status"] == "imported")

    def confirm_undo(self, batch: dict[str, Any]) -> bool:
        """Ask before undoing (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("撤销导入"),
            self.tr("撤销导入记录 {id}（{file}）？\n这次导入新增的 {inserted} 条数据会被删除，改过的 {updated} 条会恢复成导入前的样子。").format(
                id=batch["id"], file=batch["file_name"], inserted=batch["inserted"], updated=batch["updated"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch["status"] != "imported" or not self.confirm_undo(batch):
            return
        self.undo_button.setEnabled(False)
        self.ctx.tasks.run(undo_batch, self.ctx.store, int(batch["id"]),
                           on_result=lambda summary: self._undone(batch, summary), on_error=self._failed,
                           progress=self.tr("正在撤销导入…"), parent=self, writes=True)

    def _undone(self, batch: dict[str, Any], summary: dict[str, Any]) -> None:
        self.note.setText(self.tr("已撤销导入记录 {batch_id}（{file}）：删除 {deleted} 行，恢复 {restored} 行。").format(**summary))
        tables = KIND_TABLES.get(batch.get("kind") or "")
        if tables is None:
            self.ctx.signals.notify()
        else:
            self.ctx.signals.notify("import_batch", *tables)

    def _failed(self, exc: BaseException) -> None:
        self._selection_changed()
        if isinstance(exc, UserError):
            self.note.setText(user_message(exc))
            return
        report_bug(exc)
