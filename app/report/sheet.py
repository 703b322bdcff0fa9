"""Paint an HTML sheet onto A4 pages: header, footer with 第 x / y 页, tables whose header rows repeat.

The document is laid out at 96 layout pixels per inch (a QImage of that resolution is its paint
device, so fonts measure the same on every machine) and the painter is scaled to the device, so
one function serves the preview, a printer and a PDF. Tables use `<thead>`, which gives
QTextTable a `headerRowCount`: QTextDocument repeats those rows on every page the table reaches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from app.i18n import Translate
from app.report.fonts import cjk_font, css_families
from app.store.files import saving_to

LAYOUT_DPI = 96
MARGINS_MM = QMarginsF(15, 14, 15, 12)
HEADER_PX = 30.0
FOOTER_PX = 24.0
PDF_DPI = 300


def a4_layout() -> QPageLayout:
    """A4 portrait with the sheet's margins."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _layout_device() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_meter = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    return image


def make_document(html: str, images: dict[str, QImage], width: float) -> QTextDocument:
    """A document of `html` laid out `width` layout pixels wide, with its chart images as resources."""
    doc = QTextDocument()
    device = _layout_device()
    doc.documentLayout().setPaintDevice(device)
    doc.setProperty("_layout_device", device)  # keeps the QImage alive as long as the document
    doc.setDocumentMargin(0)
    doc.setDefaultFont(cjk_font(12.5))
    doc.setDefaultStyleSheet(f"body, td, th, p, li, h1, h2, h3 {{ font-family: {css_families()}; }}")
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def paint_pages(
    device: QPagedPaintDevice,
    build: Callable[[float], QTextDocument],
    header_left: str,
    header_right: str,
    footer_left: str,
    translate: Translate,
) -> int:
    """Lay out the document `build(width)` makes onto the device's pages; returns the page count.

    The device must already carry its page layout (A4 portrait, margins): the painter's origin
    is the top-left of the printable area.
    """
    dpi = device.logicalDpiY()
    scale = dpi / LAYOUT_DPI
    rect = device.pageLayout().paintRectPixels(dpi)
    width, height = rect.width() / scale, rect.height() / scale
    body_h = height - HEADER_PX - FOOTER_PX
    doc = build(width)
    doc.setPageSize(QSizeF(width, body_h))
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the print device")
    try:
        painter.scale(scale, scale)
        for page in range(pages):
            if page:
                device.newPage()
            _chrome(painter, width, height, header_left, header_right, footer_left, page + 1, pages, translate)
            painter.save()
            painter.translate(0, HEADER_PX - page * body_h)
            clip = QRectF(0, page * body_h, width, body_h)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            doc.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    return pages


def _chrome(
    painter: QPainter, width: float, height: float, left: str, right: str, footer: str, page: int, pages: int,
    translate: Translate,
) -> None:
    painter.setPen(QColor("#555555"))
    painter.setFont(cjk_font(11))
    painter.drawText(
        QRectF(0, 0, width * 0.6, HEADER_PX - 10),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        left,
    )
    painter.drawText(
        QRectF(width * 0.4, 0, width * 0.6, HEADER_PX - 10),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        right,
    )
    painter.setPen(QPen(QColor("#999999"), 0.6))
    painter.drawLine(0, round(HEADER_PX - 8), round(width), round(HEADER_PX - 8))
    painter.drawLine(0, round(height - FOOTER_PX + 6), round(width), round(height - FOOTER_PX + 6))
    painter.setPen(QColor("#555555"))
    footer_rect = QRectF(0, height - FOOTER_PX + 8, width, FOOTER_PX - 8)
    painter.drawText(footer_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, footer)
    painter.drawText(
        footer_rect,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        translate("ReviewSheet", "第 {page} / {pages} 页").format(page=page, pages=pages),
    )


@contextmanager
def pdf_writer(path: str | Path, title: str) -> Iterator[QPdfWriter]:
    """A PDF writer at 300 dpi with the A4 layout and the document title set, for one `with` block.

    It writes `<path>.part` (`store.files.saving_to`), renamed over `path` only when the block ends
    without error: a failed or cancelled print never leaves half a PDF, nor spoils an older one,
    and a folder that cannot be written is said in plain words before anything is painted.
    """
    with saving_to(Path(path)) as part:
        part.open("wb").close()
        writer = QPdfWriter(str(part))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(a4_layout())
        writer.setTitle(title)
        writer.setCreator("OpsDesk")
        try:
            yield writer
        finally:
            shiboken6.delete(writer)  # closes the file, so the rename also works on Windows


def offscreen_app() -> Any:
    """A QGuiApplication for headless rendering (the CLI's `--pdf`), on the offscreen platform
    unless a display platform was chosen; reuses the running one. Translation is not its business:
    every sheet is given its translator."""
    import os
    import sys

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        import shiboken6

        shiboken6.delete(app)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0]])
