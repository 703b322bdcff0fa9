"""复盘: the month's review sheet, the operator's own sections and lessons, and the ops manual.

The sheet on screen is the printed sheet (`app.report.review_sheet`), built from the same review
data (`app.services.review.build_review`) that the PDF, the Excel workbook and `review --json`
carry. Printing: 打印预览 (`QPrintPreviewDialog`), 打印 (`QPrintDialog`; also File → 打印复盘…
through `print_review`), 导出 PDF and 导出 Excel (both written on a worker thread).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.vocabulary import Month
from app.report.review_sheet import kpi_summary_text
from app.services.queries import months_with_data
from app.views.base import DataTab, EmptyState
from app.views.context import ViewContext
from app.views.export_actions import ask_save_path
from app.views.manual_view import LessonTable, ManualView

NOTE_FIELDS = ("highlights", "problems", "next_changes", "notes")


class ReviewTab(DataTab):
    """The monthly review (月度复盘) and the ops manual (运营手册).

    Signals:
        openItem(str, int): not emitted.
    """

    tables = frozenset({
        "post", "post_metrics", "account", "account_daily", "goal", "conversion", "campaign", "campaign_daily",
        "promotion", "segment_snapshot", "member", "monthly_review", "lesson", "setting", "action_item",
    })

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.review: dict[str, Any] | None = None
        self._doc: Any = None
        self._notes_month: str | None = None
        self.month = QComboBox(self)
        self.month.setObjectName("reviewMonth")
        self.month.setMinimumWidth(140)
        self.month.currentIndexChanged.connect(self._month_changed)
        self.preview_button = QPushButton(self.tr("打印预览…"), self)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.pdf_button = QPushButton(self.tr("导出 PDF…"), self)
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"), self)
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button.clicked.connect(self.print_review)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.plan_button = QPushButton(self.tr("生成下月计划…"), self)
        self.plan_button.setObjectName("planButton")
        self.plan_button.clicked.connect(self.open_plan)
        self.plan_dialog: Any = None
        self.status = QLabel(self)
        self.status.setObjectName("reviewStatus")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("复盘月份"), self))
        bar.addWidget(self.month)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.plan_button)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.xlsx_button):
            bar.addWidget(button)

        self.sheet = QTextBrowser(self)
        self.sheet.setObjectName("reviewSheet")
        self.sheet.setOpenLinks(False)
        self.notes_page = self._build_notes_page()
        self.manual = ManualView(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.sheet, self.tr("复盘表"))
        self.pages.addTab(self.notes_page, self.tr("我的复盘与经验"))
        self.pages.addTab(self.manual, self.tr("运营手册"))
        self.pages.currentChanged.connect(self._page_changed)
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(bar)
        content_layout.addWidget(self.pages, 1)
        self.stack = EmptyState(
            content, self.tr("还没有可以复盘的数据 — 导入本月各平台的内容数据和粉丝数据"), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)

    def _build_notes_page(self) -> QWidget:
        page = QWidget(self)
        self.notes: dict[str, QPlainTextEdit] = {}
        placeholders = {
            "highlights": self.tr("这个月做得好的地方，如「打卡活动带来 1,180 人参与」"),
            "problems": self.tr("没做好的地方和原因，如「打卡 3 天门槛太高，参与率只有 10%」"),
            "next_changes": self.tr("下个月要改的做法，如「打卡 3 天送资料 → 打卡 1 天送资料」"),
            "notes": self.tr("其他备注"),
        }
        labels = {"highlights": self.tr("本月亮点"), "problems": self.tr("问题与不足"),
                  "next_changes": self.tr("下月策略调整"), "notes": self.tr("备注")}
        form = QFormLayout()
        for key in NOTE_FIELDS:
            edit = QPlainTextEdit(page)
            edit.setObjectName(f"note_{key}")
            edit.setPlaceholderText(placeholders[key])
            edit.setFixedHeight(64)
            self.notes[key] = edit
            form.addRow(labels[key], edit)
        self.save_button = QPushButton(self.tr("保存复盘"), page)
        self.save_button.clicked.connect(self.save_notes)
        self.saved_label = QLabel(page)
        self.lesson_button = QPushButton(self.tr("从亮点/不足记入运营手册…"), page)
        self.lesson_button.setToolTip(self.tr("选一条自动发现的亮点或不足，写成经验，记入运营手册"))
        self.lesson_button.clicked.connect(self.lesson_menu)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        save_row.addWidget(self.lesson_button)
        self.lessons = LessonTable(self.ctx, page, show_month=False)
        self.lessons.changed.connect(self._load)
        heading = QLabel(self.tr("本月经验教训（会汇入运营手册）"), page)
        heading.setObjectName("sectionHeading")
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(save_row)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.lessons, 1)
        return page

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from app.services.review import default_month

        current = self.month.currentData()
        months = months_with_data(self.ctx.store)
        self.month.blockSignals(True)
        self.month.clear()
        for month in months:
            shown = Month.parse(month)
            self.month.addItem(self.tr("{year} 年 {month} 月").format(year=shown.year, month=shown.number), month)
        last_full = default_month()
        default = current if current in months else next((m for m in months if m <= last_full), None)
        if default is None and months:
            default = months[-1]
        if default is not None:
            self.month.setCurrentIndex(months.index(default))
        self.month.blockSignals(False)
        self.stack.setEmpty(not months)
        if months:
            self._load()

    def _month_changed(self) -> None:
        self._save_if_edited()
        self._load()

    def _load(self) -> None:
        from app.services.review import build_review

        month = self.month.currentData()
        if month is None:
            return
        self.status.setText(self.tr("正在汇总 {month} 的数据…").format(month=month))
        self.ctx.tasks.run(build_review, self.ctx.store, month, translate=QCoreApplication.translate,
                           on_result=self._show)

    def _show(self, review: dict[str, Any]) -> None:
        if review["month"] != self.month.currentData():
            return
        self.review = review
        self._render_sheet()
        self.status.setText(kpi_summary_text(review, QCoreApplication.translate))
        if self._notes_month != review["month"] or not self._notes_edited():
            for key in NOTE_FIELDS:
                self.notes[key].setPlainText(review["notes"][key] or "")
            self._notes_month = review["month"]
            self._mark_clean()
        self.lessons.month = review["month"]
        self.lessons.set_rows(review["lessons"])
        self.manual.set_month(review["month"])
        if self.pages.currentWidget() is self.manual:
            self.manual.refresh()

    def _render_sheet(self) -> None:
        from app.report.review_sheet import review_html
        from app.report.sheet import make_document

        if self.review is None:
            return
        width = self._sheet_width()
        html, images = review_html(self.review, width, QCoreApplication.translate)
        self._doc = make_document(html, images, width)
        self._doc.setDocumentMargin(12)
        self.sheet.setDocument(self._doc)

    def _sheet_width(self) -> float:
        """Charts as wide as the view (less the margins and scroll bar), at most a sheet's width."""
        return float(min(900, max(560, self.sheet.viewport().width() - 48)))

    def open_plan(self) -> None:
        """下月计划 for the month after the one on screen (the notes saved first: they feed its action items)."""
        from app.views.plan_dialog import PlanDialog

        month = self.month.currentData()
        if month is None:
            return
        self._save_if_edited()
        self.plan_dialog = PlanDialog(self.ctx, str(Month.parse(month).next()), self)
        self.plan_dialog.open()

    def _page_changed(self) -> None:
        on_manual = self.pages.currentWidget() is self.manual
        for button in (self.preview_button, self.print_button, self.pdf_button, self.xlsx_button):
            button.setVisible(not on_manual)  # the manual page has its own print and export buttons
        if on_manual:
            self.manual.refresh()

    # -- the operator's sections --------------------------------------------------------------------
    def _notes_values(self) -> dict[str, str]:
        return {key: self.notes[key].toPlainText() for key in NOTE_FIELDS}

    def _notes_edited(self) -> bool:
        return any(self.notes[key].document().isModified() for key in NOTE_FIELDS)

    def _mark_clean(self) -> None:
        for key in NOTE_FIELDS:
            self.notes[key].document().setModified(False)

    def _save_if_edited(self) -> None:
        if self._notes_month and self._notes_edited():
            self._write_notes(self._notes_month)

    def lesson_menu(self) -> None:
        """记入运营手册 from one of the month's highlights (a success) or shortfalls (a failure)."""
        if self.review is None:
            return
        menu = self.lesson_choices = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for part, sign, kind in (("highlights", "+", "success"), ("shortfalls", "−", "failure")):
            for item in self.review[part]:
                action = menu.addAction(f"{sign} {item['text']}")
                action.triggered.connect(lambda _on=False, p=part, i=item, k=kind: self.record_from(p, i, k))
        if menu.isEmpty():
            menu.addAction(self.tr("这个月没有自动发现的亮点或不足")).setEnabled(False)
        menu.popup(self.lesson_button.mapToGlobal(self.lesson_button.rect().bottomLeft()))

    def record_from(self, part: str, item: dict[str, Any], kind: str) -> None:
        from app.views.loop_notes import record_lesson

        assert self.review is not None
        record_lesson(self, self.ctx, ("review", None, part), title=item["text"], kind=kind, evidence=item["text"],
                      month=self.review["month"], platform=item.get("platform"),
                      on_saved=lambda _id: self.ctx.signals.notify("lesson"))

    @Slot()
    def show_lesson(self, lesson_id: int) -> bool:
        """Open the 运营手册 page on one lesson (the main window routes "lesson" items here)."""
        self.pages.setCurrentWidget(self.manual)
        return self.manual.show_lesson(lesson_id)

    def save_notes(self) -> None:
        """Save the four sections of the month shown."""
        month = self.month.currentData()
        if month is not None:
            self._write_notes(month)

    def _write_notes(self, month: str) -> None:
        from app.services.review import save_notes

        values = self._notes_values()
        self._mark_clean()

        def saved(_result: object) -> None:
            self.saved_label.setText(self.tr("已保存 {time}").format(time=clock.now().strftime("%H:%M")))
            self.ctx.signals.notify("monthly_review")

        self.ctx.tasks.run(save_notes, self.ctx.store, month, **values, writes=True, on_result=saved)

    # -- printing -----------------------------------------------------------------------------------
    def _ready_review(self) -> dict[str, Any] | None:
        """The review of the month shown; built here when the worker has not delivered it yet."""
        from app.services.review import build_review

        month = self.month.currentData()
        if month is None:
            return None
        if self.review is None or self.review["month"] != month:
            self.review = build_review(self.ctx.store, month, translate=QCoreApplication.translate)
        return self.review

    def _printer(self) -> Any:
        from PySide6.QtPrintSupport import QPrinter

        from app.report.sheet import a4_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setDocName(self.tr("月度复盘"))
        return printer

    @Slot()
    def print_preview(self) -> None:
        """打印预览: the sheet's pages in Qt's preview dialog, printable from there."""
        from app.report.review_sheet import render
        from app.report.sheet import a4_layout
        from app.views.print_preview import show_print_preview

        review = self._ready_review()
        if review is None:
            return
        show_print_preview(self, self.tr("月度复盘 · 打印预览"), a4_layout(), lambda device: render(device, review, translate=QCoreApplication.translate))

    @Slot()
    def print_review(self) -> None:
        """打印: choose a printer and print the sheet (File → 打印复盘… ends here)."""
        from PySide6.QtPrintSupport import QPrintDialog

        from app.report.review_sheet import render

        review = self._ready_review()
        if review is None:
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印月度复盘"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            pages = render(printer, review, translate=QCoreApplication.translate)
            self.status.setText(self.tr("已发送到打印机（共 %n 页）", "", pages))

    @Slot()
    def export_pdf(self) -> None:
        from app.report.fonts import cjk_families
        from app.report.review_sheet import write_pdf

        review = self._ready_review()
        if review is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出复盘 PDF"), self.tr("{month} 月度复盘.pdf").format(month=review["month"]),
            self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        cjk_families()  # register the shipped fonts on the GUI thread before the worker paints

        def done(pages: int) -> None:
            self.status.setText(self.tr("PDF 已保存：{path}（{pages} 页）").format(path=path, pages=pages))

        self.ctx.tasks.run(write_pdf, path, review, translate=QCoreApplication.translate, progress=self.tr("正在生成 PDF…"), parent=self, on_result=done)

    @Slot()
    def export_xlsx(self) -> None:
        from app.report.workbooks import write_review_xlsx

        review = self._ready_review()
        if review is None:
            return
        path = ask_save_path(self, self.tr("导出复盘 Excel"), self.tr("{month} 月度复盘.xlsx").format(month=review["month"]))
        if path is None:
            return
        self.ctx.tasks.run(write_review_xlsx, review, path, translate=QCoreApplication.translate, parent=self,
                           on_result=lambda _n: self.status.setText(self.tr("Excel 已保存：{path}").format(path=path)))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.review is not None and self._doc is not None:
            width = self._sheet_width()
            if abs(self._doc.textWidth() - width) > 40:
                self._render_sheet()

    def hideEvent(self, event: Any) -> None:
        self._save_if_edited()
        super().hideEvent(event)
