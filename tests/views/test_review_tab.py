"""The 复盘 tab: opens on demo data, prints through preview / printer / PDF (dialogs patched), saves
the operator's sections and lessons, and shows the ops manual."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtPrintSupport
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from app.services.manual import lessons
from app.services.review import default_month, review_notes
from app.store import Store
from app.views.main_window import MainWindow
from app.views.manual_view import LessonDialog
from app.views.review_tab import ReviewTab
from tests.services.review_fixture import MONTH, build_month
from tests.views.conftest import make_ctx


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def fake_dialogs(monkeypatch: pytest.MonkeyPatch, out: Path) -> dict[str, int]:
    """A print dialog that prints to a PDF file at `out` instead of showing itself (the preview is
    the real dialog: tests/views/test_print_preview.py)."""
    shown = {"print": 0}

    class PrintDialog:
        def __init__(self, printer: QPrinter, _parent: Any = None) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def setWindowTitle(self, _title: str) -> None: ...

        def exec(self) -> QDialog.DialogCode:
            shown["print"] += 1
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", PrintDialog)
    return shown


@pytest.fixture
def demo_tab(demo_store: Store, qtbot: Any) -> ReviewTab:
    tab = ReviewTab(make_ctx(demo_store))
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    return tab


def test_opens_on_the_last_full_month_of_the_demo(demo_tab: ReviewTab) -> None:
    assert demo_tab.month.count() > 6
    assert demo_tab.month.currentData() == default_month()
    assert demo_tab.review is not None and demo_tab.review["month"] == default_month()
    sheet = demo_tab.sheet.toPlainText()
    assert "运营复盘" in sheet and "KPI 完成情况" in sheet and "用户分层" in sheet
    assert demo_tab.status.text().startswith("共 ")


def test_print_and_pdf(demo_tab: ReviewTab, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shown = fake_dialogs(monkeypatch, tmp_path / "printed.pdf")
    demo_tab.print_button.click()
    assert shown["print"] == 1
    year, month = default_month().split("-")
    assert f"{year} 年 {int(month)} 月运营复盘" in pdf_text(tmp_path / "printed.pdf")
    target = tmp_path / "export.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    demo_tab.pdf_button.click()
    assert "PDF 已保存" in demo_tab.status.text()
    assert "KPI 完成情况" in pdf_text(target)
    xlsx = tmp_path / "export.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(xlsx), "")))
    demo_tab.xlsx_button.click()
    assert xlsx.stat().st_size > 0


def test_file_menu_print_ends_in_the_tab(demo_store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    shown = fake_dialogs(monkeypatch, tmp_path / "menu.pdf")
    window = MainWindow(make_ctx(demo_store))
    qtbot.addWidget(window)
    window.show()
    action = window.actions["print_review"]
    assert action.isEnabled()
    action.trigger()
    assert window.tabs.currentWidget().objectName() == "reviewTab"
    assert shown["print"] == 1 and "运营复盘" in pdf_text(tmp_path / "menu.pdf")


@pytest.fixture
def month_tab(store: Store, qtbot: Any) -> ReviewTab:
    build_month(store)
    tab = ReviewTab(make_ctx(store))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_notes_are_saved_and_reloaded(month_tab: ReviewTab, store: Store) -> None:
    assert month_tab.month.currentData() == MONTH
    month_tab.notes["highlights"].setPlainText("打卡带来 100 人参与")
    month_tab.notes["next_changes"].setPlainText("打卡 3 天送资料 → 打卡 1 天送资料")
    month_tab.save_button.click()
    saved = review_notes(store, MONTH)
    assert saved["highlights"] == "打卡带来 100 人参与"
    assert saved["next_changes"] == "打卡 3 天送资料 → 打卡 1 天送资料"
    assert "打卡 3 天送资料 → 打卡 1 天送资料" in month_tab.sheet.toPlainText()
    month_tab.notes["problems"].insertPlainText("门槛太高")  # typed, not saved by hand: saved when the month changes
    month_tab.month.setCurrentIndex(month_tab.month.findData("2026-02"))
    assert review_notes(store, MONTH)["problems"] == "门槛太高"
    assert month_tab.notes["problems"].toPlainText() == ""


def test_lessons_go_into_the_manual(month_tab: ReviewTab, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def accept(dialog: LessonDialog) -> QDialog.DialogCode:
        dialog.title.setText("评论区置顶活动入口")
        dialog.area.setCurrentIndex(dialog.area.findData("channels"))
        dialog.evidence.setPlainText("活动参与翻倍")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LessonDialog, "exec", accept)
    month_tab.lessons.add_button.click()
    added = lessons(store, search="评论区置顶")
    assert [(r["month"], r["area"], r["kind"]) for r in added] == [(MONTH, "channels", "success")]
    assert month_tab.lessons.model.rowCount() == 2
    assert "评论区置顶活动入口" in month_tab.sheet.toPlainText()
    month_tab.pages.setCurrentWidget(month_tab.manual)
    assert month_tab.manual.table.model.rowCount() == 3
    month_tab.manual.area.setCurrentIndex(month_tab.manual.area.findData("channels"))
    assert month_tab.manual.table.model.rowCount() == 1
    assert month_tab.manual.table.model.item(0, 3).text() == "评论区置顶活动入口"


def test_a_shortfall_goes_into_the_manual_in_one_click(month_tab: ReviewTab, store: Store,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """记入运营手册 from the month's shortfalls: a failure lesson linked to the review (issue 18)."""
    from PySide6.QtWidgets import QMenu

    from app.views.loop_notes import RecordLessonDialog

    monkeypatch.setattr(RecordLessonDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    month_tab.lesson_button.click()
    menu: QMenu = month_tab.lesson_choices
    assert menu.isVisible()
    offered = [a.text() for a in menu.actions()]
    next(a for a in menu.actions() if a.text().startswith("− 投放")).trigger()
    assert any(t.startswith("+ ") for t in offered) and any(t.startswith("− ") for t in offered)
    saved = next(r for r in lessons(store) if r["source_kind"] == "review")
    assert (saved["month"], saved["kind"], saved["source_ref"]) == (MONTH, "failure", "shortfalls")
    assert saved["title"].startswith("投放「Dou+ 抖音视频C」ROI 仅 0.60")
    assert saved["title"] in [month_tab.lessons.model.item(r, 2).text() for r in range(month_tab.lessons.model.rowCount())]


def test_the_sheet_recaps_last_months_action_items(demo_tab: ReviewTab) -> None:
    sheet = demo_tab.sheet
    text = sheet.toPlainText()
    assert "上月行动项回顾" in text and "口播开头3秒直接抛痛点，砍掉自我介绍" in text and "已完成" in text
    assert sheet.find("上月行动项回顾")
    bar = sheet.verticalScrollBar()
    bar.setValue(bar.value() + sheet.cursorRect().top() - 8)
    demo_tab.grab().save("/tmp/h3_review_recap.png")
