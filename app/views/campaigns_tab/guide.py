"""The 活动优化指南's print preview: the sheet itself is `app.report.campaign_guide`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.report.campaign_guide import campaign_guide_title, render_campaign_guide
from app.report.sheet import a4_layout
from app.views.print_preview import PrintPreview, show_print_preview


def preview(parent: QWidget, guide: dict[str, Any], today: dt.date) -> PrintPreview:
    """Open the print preview (print from there); it stays open without blocking."""
    translate = QCoreApplication.translate
    return show_print_preview(parent, campaign_guide_title(translate), a4_layout(),
                              lambda printer: render_campaign_guide(printer, guide, today, translate=translate))
