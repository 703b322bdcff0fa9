"""问卷 page: an imported survey's choice questions as bars (the printed sheet's own charts), the
count of free answers (which went to 反馈与需求), and a print preview of the results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app import clock
from app.services import surveys
from app.views.base import EmptyState
from app.views.community_tab.common import heading


class SurveysPage(QWidget):
    """Results of one imported survey at a time, printable."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: dict[str, Any] | None = None
        self.survey = QComboBox()
        self.survey.setMinimumContentsLength(24)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_preview)
        self.summary = QLabel()
        self.summary.setObjectName("rowCount")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("问卷：")))
        bar.addWidget(self.survey)
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.stack = EmptyState(scroll, self.tr(
            "还没有问卷 — 在问卷星“下载答卷数据”（按选项文本或按选项序号），把文件拖进“导入”，这里就能看到每道题的统计"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.survey.currentIndexChanged.connect(self._show)

    def refresh(self) -> None:
        current = self.survey.currentData()
        self.survey.blockSignals(True)
        self.survey.clear()
        for item in surveys.list_surveys(self.ctx.store):
            self.survey.addItem(self.tr("%1（%2 份）").replace("%1", item["title"]).replace("%2", str(item["responses"])),
                                item["id"])
        self.survey.setCurrentIndex(max(self.survey.findData(current), 0) if current is not None else 0)
        self.survey.blockSignals(False)
        self._show()

    def _show(self) -> None:
        from app.report.survey_sheet import survey_charts

        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        survey_id = self.survey.currentData()
        self.stack.setEmpty(survey_id is None)
        self.print_button.setEnabled(survey_id is not None)
        if survey_id is None:
            self.results = None
            self.summary.clear()
            return
        self.results = surveys.survey_results(self.ctx.store, survey_id)
        self.summary.setText(self.tr("共 %n 份答卷", "", self.results["responses"]))
        charts = survey_charts(self.results)
        for question in self.results["questions"]:
            self.body_layout.addWidget(heading(f"{question['no']}. {question['text']}"))
            if question["no"] in charts:
                chart = QLabel()
                chart.setObjectName(f"surveyChart{question['no']}")
                chart.setPixmap(QPixmap.fromImage(charts[question["no"]]).scaledToWidth(640))
                self.body_layout.addWidget(chart)
            else:
                self.body_layout.addWidget(QLabel(self.tr("%n 条文字回答，已记入“反馈与需求”", "", question.get("free", 0))))
        self.body_layout.addStretch(1)

    def print_preview(self) -> None:
        from app.report.sheet import a4_layout
        from app.report.survey_sheet import render_survey
        from app.views.print_preview import show_print_preview

        if self.results is None:
            return
        results, today = self.results, clock.today()
        show_print_preview(self, self.tr("问卷结果 · 打印预览"), a4_layout(),
                           lambda device: render_survey(device, results, today, translate=QCoreApplication.translate))
