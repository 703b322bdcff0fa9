"""Printed sheets: the monthly review (月度复盘) and the ops manual (运营手册).

`render(device, review)` paints a review built by `app.services.review.build_review` onto any
paged device — the preview dialog's QPrinter (`paintRequested`), a real printer, or a QPdfWriter
(`write_pdf`) — so preview, paper and PDF are the same pages. `render_manual` does the same for
the manual (`app.services.manual.manual`). Both need a QGuiApplication (fonts); QPdfWriter and
QImage charts work off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QPagedPaintDevice

from app.i18n import Translate
from app.report.fonts import FontMissingError, cjk_families, cjk_family
from app.report.manual_sheet import manual_html, manual_title
from app.report.review_sheet import review_html, title
from app.report.sheet import a4_layout, make_document, paint_pages, pdf_writer

__all__ = [
    "FontMissingError",
    "a4_layout",
    "cjk_families",
    "cjk_family",
    "render",
    "render_manual",
    "write_manual_pdf",
    "write_pdf",
]


def render(device: QPagedPaintDevice, review: dict[str, Any], *, translate: Translate) -> int:
    """Paint the review on `device` (its page layout set by the caller); returns the page count."""

    def build(width: float) -> Any:
        html, images = review_html(review, width, translate)
        return make_document(html, images, width)

    footer = translate("ReviewSheet", "OpsDesk 运营台 · 月度复盘")
    return paint_pages(device, build, review["brand"], title(review, translate), footer, translate)


def render_manual(device: QPagedPaintDevice, manual: dict[str, Any], brand: str, *, translate: Translate) -> int:
    """Paint the ops manual on `device`; returns the page count."""

    def build(width: float) -> Any:
        return make_document(manual_html(manual, brand, translate), {}, width)

    footer = translate("ReviewSheet", "OpsDesk 运营台 · 运营手册")
    return paint_pages(device, build, brand, manual_title(translate), footer, translate)


def write_pdf(path: str | Path, review: dict[str, Any], *, translate: Translate) -> int:
    """The review as an A4 PDF at `path`; returns the page count."""
    writer = pdf_writer(path, f"{review['brand']} {title(review, translate)}")
    return render(writer, review, translate=translate)


def write_manual_pdf(path: str | Path, manual: dict[str, Any], brand: str, *, translate: Translate) -> int:
    writer = pdf_writer(path, f"{brand} {manual_title(translate)}")
    return render_manual(writer, manual, brand, translate=translate)


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
