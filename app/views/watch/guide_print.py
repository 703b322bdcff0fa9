"""The printable brand guide (品牌手册), following STYLE.md's printing rule: one
`render(printer, guide)`; the preview calls it through `paintRequested`, the PDF path calls it
directly."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from app.services import brand
from app.views.print_preview import PrintPreview, show_print_preview

#: A CJK font that renders Chinese in PDFs; Qt falls back to the system's otherwise.
FONT_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"]


def guide_html(guide: brand.BrandGuide) -> str:
    """The brand guide as simple HTML for a QTextDocument."""
    e = html.escape
    title = QCoreApplication.translate("BrandGuide", "{brand}品牌手册").format(brand=guide.brand) if guide.brand else QCoreApplication.translate("BrandGuide", "品牌手册")
    parts = [f"<h1 style='color:#2B64E3'>{e(title)}</h1>"]
    sections = [
        (QCoreApplication.translate("BrandGuide", "一、语气"), guide.tone),
        (QCoreApplication.translate("BrandGuide", "二、视觉规范"), "\n".join(filter(None, [
            guide.avatar and QCoreApplication.translate("BrandGuide", "头像：{v}").format(v=guide.avatar),
            guide.cover_style and QCoreApplication.translate("BrandGuide", "封面：{v}").format(v=guide.cover_style),
            guide.colors and QCoreApplication.translate("BrandGuide", "品牌色：{v}").format(v=guide.colors)]))),
        (QCoreApplication.translate("BrandGuide", "三、客服用语"), guide.service_phrasing),
        (QCoreApplication.translate("BrandGuide", "四、禁用词"), "、".join(guide.taboo)),
        (QCoreApplication.translate("BrandGuide", "五、其他"), guide.notes),
    ]
    for heading, body in sections:
        if not body:
            continue
        parts.append(f"<h2>{e(heading)}</h2><p>{e(body).replace(chr(10), '<br/>')}</p>")
    if len(parts) == 1:
        empty = e(QCoreApplication.translate("BrandGuide", "还没有填写品牌手册。"))
        parts.append(f"<p>{empty}</p>")
    return "".join(parts)


def document(guide: brand.BrandGuide) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setHtml(guide_html(guide))
    return doc


def _a4() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)


def render(printer: QPrinter, guide: brand.BrandGuide) -> None:
    """Paint the guide on a printer (a real one, the preview or a PDF)."""
    doc = document(guide)
    doc.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
    doc.print_(printer)


def save_pdf(path: Path, guide: brand.BrandGuide) -> Path:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(_a4())
    render(printer, guide)
    return path


def preview(parent: QWidget, guide: brand.BrandGuide) -> PrintPreview:
    """Open the print preview (print from there); it stays open without blocking."""
    return show_print_preview(parent, QCoreApplication.translate("BrandGuide", "品牌手册 打印预览"), _a4(),
                              lambda printer: render(printer, guide))
