"""Every 打印预览 opens Qt's real preview dialog, paints its pages and closes without a crash.

The dialog is the real QPrintPreviewDialog, never a stand-in: a printer that dies while the
preview paints (the bug of issue 16 item 1) crashes this test process with a segfault. Preview
code that still calls exec() shows the dialog instead of blocking, so such a bug crashes rather
than hangs.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.report.sheet import a4_layout
from app.store import Store
from app.views.campaigns_tab import CampaignsTab
from app.views.print_preview import show_print_preview
from app.views.review_tab import ReviewTab
from app.views.watch.window import WatchWindow
from tests.views.conftest import make_ctx


def _button(owner: QWidget, text: str) -> QPushButton:
    return next(b for b in owner.findChildren(QPushButton) if b.text() == text and b.isVisibleTo(owner.window()))


def preview_pages(qtbot: Any, monkeypatch: pytest.MonkeyPatch, owner: QWidget, open_preview: Callable[[], object],
                  ) -> tuple[str, int]:
    """Open a preview the way the user does, let it paint, close it and collect garbage; returns
    the dialog's title and its page count."""
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: self.show() or 0)
    open_preview()
    gc.collect()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in owner.window().findChildren(QPrintPreviewDialog)))
    dialog = next(d for d in owner.window().findChildren(QPrintPreviewDialog) if d.isVisible())
    QApplication.processEvents()
    title, pages = dialog.windowTitle(), dialog.findChild(QPrintPreviewWidget).pageCount()
    dialog.close()
    for _ in range(2):
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    assert owner.window().findChildren(QPrintPreviewDialog) == []  # freed with its printer on close
    return title, pages


def test_review_sheet_preview(demo_store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = ReviewTab(make_ctx(demo_store))
    qtbot.addWidget(tab)
    tab.show()
    title, pages = preview_pages(qtbot, monkeypatch, tab, tab.preview_button.click)
    assert title == "月度复盘 · 打印预览" and pages >= 2


def test_ops_manual_preview(demo_store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = ReviewTab(make_ctx(demo_store))
    qtbot.addWidget(tab)
    tab.show()
    title, pages = preview_pages(qtbot, monkeypatch, tab, tab.manual.preview_button.click)
    assert title == "运营手册 · 打印预览" and pages >= 1


def test_campaign_guide_preview(demo_store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = CampaignsTab(make_ctx(demo_store))
    qtbot.addWidget(tab)
    tab.show()
    title, pages = preview_pages(qtbot, monkeypatch, tab, _button(tab, "活动优化指南…").click)
    assert title == "活动优化指南" and pages >= 1


def test_brand_guide_preview(demo_store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = WatchWindow(make_ctx(demo_store))
    qtbot.addWidget(window)
    window.show()
    title, pages = preview_pages(qtbot, monkeypatch, window, window.panel.guide.print_preview)
    assert title == "品牌手册 打印预览" and pages >= 1


def test_the_printer_lives_as_long_as_the_dialog(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The printer the pages are painted on is the dialog's own and keeps the layout it was given,
    however often the preview repaints after the opener's references are gone."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    painted: list[QPrinter] = []

    def render(printer: QPrinter) -> None:
        painted.append(printer)
        painter = QPainter(printer)
        painter.drawText(100, 100, "第一页")
        printer.newPage()
        painter.drawText(100, 100, "第二页")
        painter.end()

    show_print_preview(parent, "试印", a4_layout(), render)
    gc.collect()
    dialog = parent.findChild(QPrintPreviewDialog)
    qtbot.waitUntil(lambda: dialog.findChild(QPrintPreviewWidget).pageCount() == 2)
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    gc.collect()
    QApplication.processEvents()
    assert widget.pageCount() == 2 and len(painted) >= 2
    assert dialog.printer().pageLayout().pageSize().id() == a4_layout().pageSize().id()
    assert dialog.printer().resolution() >= 300  # printed from the preview at print resolution, not 96 dpi
    assert dialog.isModal() and dialog.isVisible()  # window-modal, yet the caller was not blocked
    dialog.close()
