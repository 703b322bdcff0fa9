"""Import history: the batches listed, and undoing one from there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.importing import analyse_file, execute
from app.views.context import ViewContext
from app.views.import_history import ImportHistory
from tests.services.importing.conftest import DOUYIN_HEADERS, Files, douyin_row, rows_of


def test_history_lists_batches_and_undo_removes_the_batch_rows(ctx: ViewContext, tmp_path: Path, qtbot: object,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    make = Files(tmp_path)
    store = ctx.store
    posts_before = rows_of(store, "SELECT count(*) AS n FROM post")[0]["n"]
    first = make.xlsx("第一周.xlsx", [DOUYIN_HEADERS, douyin_row("第一周作品", "2026-07-01 10:00:00")])
    second = make.xlsx("第二周.xlsx", [DOUYIN_HEADERS, douyin_row("第二周作品A", "2026-07-08 10:00:00"),
                                      douyin_row("第二周作品B", "2026-07-09 10:00:00")])
    for path in (first, second):
        assert execute(store, analyse_file(store, path)).status == "imported"
    notified: list[set[str]] = []
    ctx.signals.dataChanged.connect(notified.append)

    history = ImportHistory(ctx)
    qtbot.addWidget(history)  # type: ignore[attr-defined]
    model = history.table.model
    assert model.rowCount() == 2
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    cell = {title: model.data(model.index(0, c)) for c, title in enumerate(columns)}
    assert cell["文件"] == "第二周.xlsx" and cell["平台"] == "抖音" and cell["格式"] == "抖音 作品列表"
    assert (cell["新增"], cell["状态"]) == ("2", "已导入") and cell["导入时间"]
    assert not history.undo_button.isEnabled()  # nothing selected yet

    asked: list[dict] = []
    monkeypatch.setattr(history, "confirm_undo", lambda batch: asked.append(batch) or True)
    history.table.view.selectRow(0)
    assert history.undo_button.isEnabled()
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert asked and asked[0]["file_name"] == "第二周.xlsx"
    titles = {r["title"] for r in rows_of(store, "SELECT title FROM post")}
    assert "第一周作品" in titles and not {"第二周作品A", "第二周作品B"} & titles
    assert rows_of(store, "SELECT count(*) AS n FROM post")[0]["n"] == posts_before + 1
    assert any("post" in tables for tables in notified)
    statuses = [model.data(model.index(r, columns.index("状态"))) for r in range(model.rowCount())]
    assert statuses == ["已撤销", "已导入"]
    assert "已撤销导入记录" in history.note.text()
    history.table.view.selectRow(0)
    assert not history.undo_button.isEnabled()  # an undone batch cannot be undone twice


def test_declining_the_question_changes_nothing(ctx: ViewContext, tmp_path: Path, qtbot: object,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    make = Files(tmp_path)
    path = make.xlsx("一周.xlsx", [DOUYIN_HEADERS, douyin_row("作品", "2026-07-01 10:00:00")])
    execute(ctx.store, analyse_file(ctx.store, path))
    history = ImportHistory(ctx)
    qtbot.addWidget(history)  # type: ignore[attr-defined]
    monkeypatch.setattr(history, "confirm_undo", lambda batch: False)
    history.table.view.selectRow(0)
    history.undo_selected()
    assert rows_of(ctx.store, "SELECT status FROM import_batch")[0]["status"] == "imported"


def test_history_searches_and_exports_what_it_shows(ctx: ViewContext, tmp_path: Path, qtbot: object,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The history is a list model behind the shared searchable table: search and 导出到 Excel work on it."""
    import openpyxl
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    make = Files(tmp_path)
    for name, title in (("第一周.xlsx", "第一周作品"), ("第二周.xlsx", "第二周作品")):
        path = make.xlsx(name, [DOUYIN_HEADERS, douyin_row(title, "2026-07-01 10:00:00")])
        assert execute(ctx.store, analyse_file(ctx.store, path)).status == "imported"
    history = ImportHistory(ctx)
    qtbot.addWidget(history)  # type: ignore[attr-defined]
    table = history.table
    table.model.setSearchText("第一周")
    assert table.model.rowCount() == 1 and history.selected_batch() is None
    table.view.selectRow(0)
    assert history.selected_batch()["file_name"] == "第一周.xlsx"
    out = tmp_path / "history.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    table.export_button.click()
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert "文件" in rows[0] and len(rows) == 2 and rows[1][rows[0].index("文件")] == "第一周.xlsx"
