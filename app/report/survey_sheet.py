"""A survey's results (问卷结果): one bar chart per choice question, the count of free answers.

`survey_charts(results, width)` draws the bars once, for the 问卷结果 page and the printed sheet
alike; `render_survey(device, results, today, translate=…)` paints the sheet on the preview's
printer or a PDF (`write_survey_pdf`). `results` is `app.services.surveys.survey_results`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage, QPagedPaintDevice

from app.i18n import Translate
from app.report.charts import Bar, BarRow, bar_chart
from app.report.html import heading, image, para, text
from app.report.sheet import make_document, paint_pages, pdf_writer

BAR_COLOR = "#2F6FEB"
CHART_WIDTH = 640.0


def survey_charts(results: dict[str, Any], width: float = CHART_WIDTH) -> dict[str, QImage]:
    """A bar chart per choice question (option, count and share of those who answered), by question no."""
    charts = {}
    for question in results["questions"]:
        counts = question.get("counts")
        if not counts:
            continue
        answered = question["answered"] or 1
        rows = [BarRow(option, [Bar(n, BAR_COLOR, f"{n}（{n / answered:.0%}）")]) for option, n in counts]
        charts[question["no"]] = bar_chart(rows, width, label_share=0.32)
    return charts


def survey_title(results: dict[str, Any], translate: Translate) -> str:
    return translate("SurveySheet", "问卷结果：{title}").format(title=results["title"])


def survey_html(results: dict[str, Any], charts: dict[str, QImage], translate: Translate) -> str:
    """The sheet as the HTML a sheet document renders."""
    span = ""
    if results["first"]:
        span = translate("SurveySheet", "，{first} 至 {last} 提交").format(first=results["first"], last=results["last"])
    parts = [heading(survey_title(results, translate), 1),
             para(text(translate("SurveySheet", "共 {n} 份答卷").format(n=results["responses"]) + span),
                  small=True, color="#555555")]
    for question in results["questions"]:
        parts.append(heading(f"{question['no']}. {text(question['text'])}", 3))
        if question["no"] in charts:
            parts.append(para(text(translate("SurveySheet", "{n} 人作答").format(n=question["answered"])),
                              small=True, color="#555555"))
            parts.append(image(f"q{question['no']}", charts[question["no"]]))
        else:
            parts.append(para(text(translate("SurveySheet", "{n} 条文字回答，已记入“反馈与需求”。").format(
                n=question.get("free", 0))), small=True, color="#555555"))
    return "".join(parts)


def render_survey(device: QPagedPaintDevice, results: dict[str, Any], today: dt.date, *, translate: Translate) -> int:
    """Paint the results on `device` (its page layout set by the caller); returns the page count."""
    footer = translate("SurveySheet", "OpsDesk 运营台 · 问卷结果")

    def build(width: float) -> Any:
        charts = survey_charts(results, min(width, CHART_WIDTH))
        return make_document(survey_html(results, charts, translate), {f"q{no}": c for no, c in charts.items()}, width)

    return paint_pages(device, build, survey_title(results, translate), today.isoformat(), footer, translate)


def write_survey_pdf(path: str | Path, results: dict[str, Any], today: dt.date, *, translate: Translate) -> int:
    """The results as an A4 PDF at `path`; returns the page count."""
    with pdf_writer(path, survey_title(results, translate)) as writer:
        return render_survey(writer, results, today, translate=translate)
