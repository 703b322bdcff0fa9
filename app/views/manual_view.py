"""运营手册: every lesson across months — filter by area and kind, search, edit, print, export.

Also holds `LessonDialog` (add / edit one lesson) and `LessonTable` (a small lessons table),
which the monthly review's own page uses for the month's lessons.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.manual import delete_lesson, manual, save_lesson
from app.views.base import dialog_buttons
from app.views.context import ViewContext
from app.views.export_actions import ask_save_path
from app.views.table_models import label_choices


class LessonDialog(QDialog):
    """Add or edit one lesson: kind, area, month, title, evidence and what to do."""

    def __init__(self, lesson: dict[str, Any] | None, month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑经验") if lesson else self.tr("记一条经验"))
        self.kind = QComboBox(self)
        for code, text in label_choices("lesson_kind"):
            self.kind.addItem(text, code)
        self.area = QComboBox(self)
        for code, text in label_choices("lesson_area"):
            self.area.addItem(text, code)
        self.month = QLineEdit(month, self)
        self.month.setPlaceholderText("2026-10")
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("一句话写清：什么做法，结果如何"))
        self.evidence = QPlainTextEdit(self)
        self.evidence.setPlaceholderText(self.tr("数据依据，如「打卡 3 天送资料，参与率只有 10%」"))
        self.detail = QPlainTextEdit(self)
        self.detail.setPlaceholderText(self.tr("下次怎么做，如「改成打卡 1 天就送资料」"))
        for edit in (self.evidence, self.detail):
            edit.setFixedHeight(70)
        if lesson:
            self.kind.setCurrentIndex(self.kind.findData(str(lesson["kind"])))
            self.area.setCurrentIndex(self.area.findData(str(lesson["area"])))
            self.month.setText(lesson["month"])
            self.title.setText(lesson["title"])
            self.evidence.setPlainText(lesson["evidence"] or "")
            self.detail.setPlainText(lesson["detail"] or "")
        form = QFormLayout()
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("领域"), self.area)
        form.addRow(self.tr("月份"), self.month)
        form.addRow(self.tr("经验"), self.title)
        form.addRow(self.tr("依据"), self.evidence)
        form.addRow(self.tr("做法与说明"), self.detail)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "area": self.area.currentData(), "month": self.month.text().strip(),
                "title": self.title.text(), "evidence": self.evidence.toPlainText(),
                "detail": self.detail.toPlainText()}


class LessonTable(QWidget):
    """Lessons in a small table with 新增 / 编辑 / 删除; saves through the manual service.

    Signals:
        changed(): a lesson was added, edited or deleted (after the write).
    """

    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None, *, show_month: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = ""
        self.rows: list[dict[str, Any]] = []
        self.model = QStandardItemModel(self)
        self.headers = ([self.tr("月份")] if show_month else []) + [
            self.tr("类型"), self.tr("领域"), self.tr("经验"), self.tr("依据"), self.tr("做法与说明")]
        self.show_month = show_month
        self.model.setHorizontalHeaderLabels(self.headers)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("新增经验…"), self)
        self.edit_button = QPushButton(self.tr("编辑…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            kind = QStandardItem(row["kind_label"])
            kind.setForeground(Qt.GlobalColor.darkGreen if row["kind"] == "success" else Qt.GlobalColor.darkRed)
            items = ([QStandardItem(row["month"])] if self.show_month else []) + [
                kind, QStandardItem(row["area_label"]), QStandardItem(row["title"]),
                QStandardItem(row["evidence"] or ""), QStandardItem(row["detail"] or "")]
            for item in items:
                item.setToolTip(item.text())
            self.model.appendRow(items)
        for col, width in enumerate(([80] if self.show_month else []) + [80, 60, 260, 220]):
            self.view.setColumnWidth(col, width)
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))

    def select_id(self, lesson_id: int) -> bool:
        """Select the row of one lesson; False when it is not shown."""
        row = next((i for i, r in enumerate(self.rows) if r["id"] == lesson_id), -1)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def selected(self) -> dict[str, Any] | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.rows[indexes[0].row()]

    def add(self) -> None:
        dialog = LessonDialog(None, self.month, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(None, dialog.values())

    def edit_selected(self) -> None:
        lesson = self.selected()
        if lesson is None:
            return
        dialog = LessonDialog(lesson, lesson["month"], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(lesson["id"], dialog.values())

    def delete_selected(self) -> None:
        lesson = self.selected()
        if lesson is None:
            return
        answer = QMessageBox.question(self, self.tr("删除经验"),
                                      self.tr("删除「{title}」？").format(title=lesson["title"]))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.tasks.run(delete_lesson, self.ctx.store, lesson["id"], writes=True,
                               on_result=lambda _r: self._written())

    def _save(self, lesson_id: int | None, values: dict[str, Any]) -> None:
        self.ctx.tasks.run(save_lesson, self.ctx.store, lesson_id, **values, writes=True,
                           on_result=lambda _r: self._written())

    def _written(self) -> None:
        self.ctx.signals.notify("lesson")
        self.changed.emit()


class ManualView(QWidget):
    """The ops manual page: filters, the lessons, print preview / PDF / Excel of what is shown."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict[str, Any] | None = None
        self.area = QComboBox(self)
        self.area.addItem(self.tr("全部领域"), None)
        for code, text in label_choices("lesson_area"):
            self.area.addItem(text, code)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("成功和失败"), None)
        for code, text in label_choices("lesson_kind"):
            self.kind.addItem(text, code)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索经验、依据、做法…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.preview_button = QPushButton(self.tr("打印预览…"), self)
        self.pdf_button = QPushButton(self.tr("导出 PDF…"), self)
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"), self)
        self.table = LessonTable(ctx, self)
        bar = QHBoxLayout()
        bar.addWidget(self.area)
        bar.addWidget(self.kind)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        self.table.buttons.addWidget(self.preview_button)
        self.table.buttons.addWidget(self.pdf_button)
        self.table.buttons.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.area.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.table.changed.connect(self.refresh)
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)

    def set_month(self, month: str) -> None:
        """The month a new lesson is written for by default."""
        self.table.month = month

    def refresh(self) -> None:
        self.data = manual(self.ctx.store, area=self.area.currentData(), kind=self.kind.currentData(),
                           search=self.search.text(), translate=QCoreApplication.translate)
        rows = [r for group in self.data["groups"] for r in group["lessons"]]
        self.table.set_rows(rows)
        self.count.setText(self.tr("共 %n 条", "", len(rows)))

    def show_lesson(self, lesson_id: int) -> bool:
        """Clear the filters and select one lesson (global search opens lessons here)."""
        for widget in (self.area, self.kind, self.search):
            widget.blockSignals(True)
        self.area.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.search.clear()
        for widget in (self.area, self.kind, self.search):
            widget.blockSignals(False)
        self.refresh()
        return self.table.select_id(lesson_id)

    def _brand(self) -> str:
        from app.services.review import brand_name

        return brand_name(self.ctx.store)

    def print_preview(self) -> None:
        from app.report.manual_sheet import render_manual
        from app.report.sheet import a4_layout
        from app.views.print_preview import show_print_preview

        if self.data is None:
            self.refresh()
        brand, manual = self._brand(), self.data
        show_print_preview(self, self.tr("运营手册 · 打印预览"), a4_layout(),
                           lambda device: render_manual(device, manual, brand, translate=QCoreApplication.translate))

    def export_pdf(self) -> None:
        from app.report.fonts import cjk_families
        from app.report.manual_sheet import write_manual_pdf

        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出运营手册 PDF"), self.tr("运营手册.pdf"),
                                              self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        if self.data is None:
            self.refresh()
        cjk_families()
        self.ctx.tasks.run(write_manual_pdf, path, self.data, self._brand(), translate=QCoreApplication.translate,
                           progress=self.tr("正在生成 PDF…"), parent=self, on_result=lambda pages: self._saved(path))

    def export_xlsx(self) -> None:
        from app.report.workbooks import write_manual_xlsx

        path = ask_save_path(self, self.tr("导出运营手册 Excel"), self.tr("运营手册.xlsx"))
        if path is None:
            return
        if self.data is None:
            self.refresh()
        self.ctx.tasks.run(write_manual_xlsx, self.data, path, translate=QCoreApplication.translate,
                           parent=self, on_result=lambda _n: self._saved(path))

    def _saved(self, path: str | Path) -> None:
        self.count.setText(self.tr("已保存：{path}").format(path=path))
