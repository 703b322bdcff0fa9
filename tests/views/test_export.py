"""Excel out: a table view exactly as shown (filters and sort applied, typed cells), and the whole store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services import queries
from app.services.maintenance import table_counts
from app.services.queries import TableQuery
from app.services.workbook import exportable_tables
from app.views import export_actions
from app.views.base import SearchableTable
from app.views.context import DataSignals, ViewContext
from app.views.main_window import MainWindow
from app.views.tasks import TaskRunner
from tests.views.conftest import make_ctx


@pytest.fixture
def saves(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Every "save as" answers a file in tmp_path; every information box is recorded, not shown."""
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(tmp_path / "out"), "")))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _parent, _title, text, *a: told.append(text)))
    return told


def test_table_view_export_writes_the_rows_shown(ctx: ViewContext, qtbot: Any, saves: list[str],
                                                 tmp_path: Path) -> None:
    table = SearchableTable(ctx, queries.TOPICS, "空")
    qtbot.addWidget(table)
    table.export_name = "选题库"
    table.reload()
    assert table.model.rowCount() == 3
    table.model.setSearchText("烟酰胺 ")  # only one topic matches
    table.model.setSearchText("")
    table.model.setEquals("status", "idea")  # two ideas
    table.model.sort(7, Qt.SortOrder.DescendingOrder)  # 总分, highest first
    qtbot.mouseClick(table.export_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "out.xlsx"
    assert out.exists() and "已导出 2 行" in saves[-1]
    sheet = openpyxl.load_workbook(out)["选题库"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:8] == ("选题", "来源", "状态", "计划月份", "时效性", "价值度", "转化力", "总分")
    assert [r[0] for r in rows[1:]] == ["成分党必看：烟酰胺入门", "100% 防晒 的误区"]  # total 11, then 8
    assert rows[1][7] == 11 and isinstance(rows[1][7], int)  # a number, not the text "11"
    assert rows[1][2] == "想法"  # the label the view shows, not the code
    assert rows[1][8] == "小红书" and rows[2][8] is None  # platform names, an empty list stays empty
    assert sheet.freeze_panes == "A2"


def test_export_keeps_dates_typed_and_rates_formatted(ctx: ViewContext, qtbot: Any, saves: list[str],
                                                      tmp_path: Path) -> None:
    query = TableQuery(
        source="post_metrics m", id_sql="m.id",
        columns=(queries.Column("day", "日期", "m.captured_on", "date"),
                 queries.Column("views", "播放", "m.views", "int"),
                 queries.Column("rate", "完播率", "m.completion_rate", "rate")))
    table = SearchableTable(ctx, query, "空")
    qtbot.addWidget(table)
    table.reload()
    table.export_to_excel()
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    first = [c for c in sheet[2]]
    assert isinstance(first[0].value, dt.datetime) and first[0].number_format == "yyyy-mm-dd"
    assert isinstance(first[1].value, int)
    assert first[2].value is None  # missing stays empty, never 0


def test_whole_store_export_runs_on_the_worker(seeded_store: Any, qapp: Any, qtbot: Any, saves: list[str],
                                               tmp_path: Path) -> None:
    runner = TaskRunner()
    ctx = ViewContext(seeded_store, runner, DataSignals())
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "whole.xlsx"
    export_actions.export_store_as(ctx, parent, out)
    assert runner.wait(60_000)
    qtbot.waitUntil(lambda: bool(saves))
    book = openpyxl.load_workbook(out, read_only=True)
    assert set(book.sheetnames) == {t.name for t in exportable_tables()}
    counts = table_counts(seeded_store)
    assert book["topic"].max_row - 1 == counts["topic"] and book["member"].max_row - 1 == counts["member"]
    assert "导回来" in saves[-1]


def test_file_export_menu_and_cancel_leave_no_file(seeded_store: Any, qapp: Any, qtbot: Any, saves: list[str],
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class CancelAtOnce(export_actions.QProgressDialog):
        def setMaximum(self, maximum: int) -> None:  # the first progress report: the user presses 取消
            super().setMaximum(maximum)
            self.canceled.emit()

    window = MainWindow(make_ctx(seeded_store))
    qtbot.addWidget(window)
    window.actions["export"].trigger()
    assert (tmp_path / "out.xlsx").exists() and "张表" in saves[-1]

    (tmp_path / "out.xlsx").unlink()
    monkeypatch.setattr(export_actions, "QProgressDialog", CancelAtOnce)
    window.actions["export"].trigger()
    assert not (tmp_path / "out.xlsx").exists() and not list(tmp_path.glob("*.part"))
    assert "已取消" in saves[-1]
