"""The one print preview every printable sheet opens (复盘, 运营手册, 活动优化指南, 品牌手册).

Qt's preview dialog paints on the QPrinter it is given for as long as it is shown; a printer that
dies before the dialog (a temporary, or a local of a function that returned) crashes the whole app
in Qt's print support. Here the printer is an attribute of the dialog object itself, so it lives
exactly as long as the dialog, and the dialog is owned by its parent window until it is closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


class PrintPreview(QPrintPreviewDialog):
    """Qt's preview dialog over its own high-resolution printer; deletes itself when closed.

    Signals: those of QPrintPreviewDialog (`paintRequested(QPrinter)` is connected to `render`).
    """

    def __init__(self, parent: QWidget, title: str, layout: QPageLayout,
                 render: Callable[[QPrinter], object]) -> None:
        self.sheet_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.sheet_printer.setPageLayout(layout)
        self.sheet_printer.setDocName(title)
        super().__init__(self.sheet_printer, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.paintRequested.connect(render)
        self.resize(900, 1000)


def show_print_preview(parent: QWidget, title: str, layout: QPageLayout,
                       render: Callable[[QPrinter], object]) -> PrintPreview:
    """Open the preview of the pages `render(printer)` paints, modal to `parent`'s window, without
    blocking (the dialog stays alive while shown and frees itself and its printer on close)."""
    dialog = PrintPreview(parent, title, layout, render)
    dialog.open()
    return dialog
