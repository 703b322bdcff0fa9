"""The printable 活动优化指南: every campaign lesson (keep doing / avoid) and a line per past campaign.

One `render(printer, guide)` paints it; the print preview calls it through `paintRequested`
and the PDF path calls it directly (STYLE.md, Printing).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from app.views.print_preview import PrintPreview, show_print_preview
from app.views.table_models import label

#: A CJK font that renders Chinese in PDFs (fonts-noto-cjk); Qt falls back to the system's otherwise.
FONT_FAMILIES = ["Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"]


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def guide_html(guide: dict[str, Any], today: dt.date) -> str:
    """The guide as simple HTML for a QTextDocument."""
    e = html.escape
    parts = [
        "<h1 style='color:#2B64E3'>" + e(QCoreApplication.translate("CampaignGuide", "活动优化指南")) + "</h1>",
        "<p style='color:#6B7280'>" + e(QCoreApplication.translate("CampaignGuide", "整理自历次活动复盘，共 {n} 条经验。生成于 {day}。").format(
            n=len(guide["keep"]) + len(guide["avoid"]), day=today.isoformat())) + "</p>",
    ]
    if guide["campaigns"]:
        parts.append("<h2>" + e(QCoreApplication.translate("CampaignGuide", "一、历次活动结果")) + "</h2>")
        parts.append("<table width='100%' border='1' cellspacing='0' cellpadding='4' style='border-color:#DADDE3'>")
        heads = [QCoreApplication.translate("CampaignGuide", "活动"), QCoreApplication.translate("CampaignGuide", "类型"), QCoreApplication.translate("CampaignGuide", "时间"), QCoreApplication.translate("CampaignGuide", "参与/目标"), QCoreApplication.translate("CampaignGuide", "分享率"), QCoreApplication.translate("CampaignGuide", "涨粉"), QCoreApplication.translate("CampaignGuide", "ROI")]
        parts.append("<tr style='background:#F2F4F7'>" + "".join(f"<th>{e(h)}</th>" for h in heads) + "</tr>")
        for c in guide["campaigns"]:
            res, tgt = c["results"], c["targets"]
            participants = "—" if res["participants"] is None else f"{res['participants']:,}"
            target = "—" if tgt["participants"] is None else f"{tgt['participants']:,}"
            cells = [c["name"], label("campaign_type", c["type"]), f"{c['start_day']:%m-%d} ~ {c['end_day']:%m-%d}",
                     f"{participants} / {target}", _pct(c["ratios"]["share_rate"]),
                     "—" if res["new_followers"] is None else f"{res['new_followers']:,}",
                     "—" if c["roi"] is None else f"{c['roi']:.2f}"]
            parts.append("<tr>" + "".join(f"<td>{e(str(v))}</td>" for v in cells) + "</tr>")
        parts.append("</table>")
    for heading, rows, color in ((QCoreApplication.translate("CampaignGuide", "二、继续做（成功经验）"), guide["keep"], "#0E9F6E"),
                                 (QCoreApplication.translate("CampaignGuide", "三、要避免（失败教训）"), guide["avoid"], "#B42318")):
        parts.append(f"<h2 style='color:{color}'>" + e(heading) + "</h2>")
        if not rows:
            parts.append("<p>" + e(QCoreApplication.translate("CampaignGuide", "还没有。")) + "</p>")
            continue
        parts.append("<ol>")
        for row in rows:
            source = row["campaign_name"] or QCoreApplication.translate("CampaignGuide", "未关联活动")
            item = f"<b>{e(row['title'])}</b><br/><span style='color:#4E5561'>{e(source)} · {e(row['month'])}"
            if row.get("evidence"):
                item += " · " + e(QCoreApplication.translate("CampaignGuide", "依据：")) + e(row["evidence"])
            item += "</span>"
            parts.append(f"<li style='margin-bottom:6px'>{item}</li>")
        parts.append("</ol>")
    if guide["avoid"]:
        parts.append("<h2>" + e(QCoreApplication.translate("CampaignGuide", "四、下次活动前逐条检查")) + "</h2><p>")
        parts.append("<br/>".join("☐ " + e(row["title"]) for row in guide["avoid"]))
        parts.append("</p>")
    return "".join(parts)


def document(guide: dict[str, Any], today: dt.date) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setHtml(guide_html(guide, today))
    return doc


def render(printer: QPrinter, guide: dict[str, Any], today: dt.date) -> None:
    """Paint the guide on `printer` (A4 page size set by the caller or here)."""
    doc = document(guide, today)
    doc.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
    doc.print_(printer)


def _a4() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)


def save_pdf(path: Path, guide: dict[str, Any], today: dt.date) -> Path:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(QCoreApplication.translate("CampaignGuide", "活动优化指南"))
    printer.setPageLayout(_a4())
    render(printer, guide, today)
    return path


def preview(parent: QWidget, guide: dict[str, Any], today: dt.date) -> PrintPreview:
    """Open the print preview (print from there); it stays open without blocking."""
    return show_print_preview(parent, QCoreApplication.translate("CampaignGuide", "活动优化指南"), _a4(),
                              lambda printer: render(printer, guide, today))
