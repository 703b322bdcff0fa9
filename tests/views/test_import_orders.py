"""抖店 orders and live sessions in the import dialog: preview, import, 导入记录 and undo; an unknown
order layout through the mapping editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.views.context import ViewContext
from app.views.import_dialog import ImportDialog
from app.views.import_history import ImportHistory
from tests.services.importing.conftest import Files, rows_of
from tests.services.importing.test_doudian import ORDERS, V2, order_rows, write_csv


def test_orders_preview_import_history_and_undo(ctx: ViewContext, tmp_path: Path, qtbot: object,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "1763000000_订单.csv", order_rows(V2, ORDERS), "gb18030")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([path])
    entry = dialog.entries[0]
    assert entry.plan is not None and entry.plan.kind == "shop_orders" and entry.plan.counts["inserted"] == 8
    assert dialog.profile_box.currentText().startswith("抖店 订单")
    dialog.grab().save("/tmp/h20_import_orders.png")
    headers = [dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())]
    assert "子订单编号" in headers and "订单应付金额" in headers
    row = {h: dialog.preview.item(0, c).text() for c, h in enumerate(headers)}
    assert row["子订单编号"] == "6937000000000000011" and row["订单应付金额"] == "¥1,299.00"
    dialog.start_import()
    assert entry.result.status == "imported" and entry.result.inserted == 8
    assert rows_of(ctx.store, "SELECT count(*) AS n FROM shop_order")[0]["n"] == 8

    history = ImportHistory(ctx)
    qtbot.addWidget(history)  # type: ignore[attr-defined]
    model = history.table.model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    cell = {title: model.data(model.index(0, c)) for c, title in enumerate(columns)}
    assert (cell["文件"], cell["格式"], cell["新增"]) == ("1763000000_订单.csv", "抖店 订单", "8")
    monkeypatch.setattr(history, "confirm_undo", lambda batch: True)
    history.table.view.selectRow(0)
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert rows_of(ctx.store, "SELECT count(*) AS n FROM shop_order")[0]["n"] == 0


def test_an_unknown_order_layout_is_mapped_once_and_imported(ctx: ViewContext, tmp_path: Path,
                                                             qtbot: object) -> None:
    make = Files(tmp_path)
    headers = ["单号", "下单时刻", "实付款", "状态"]
    path = make.xlsx("别家店铺订单.xlsx", [headers, ["A-1", "2026-11-02 10:00", "88.00", "已完成"],
                                         ["A-2", "2026-11-02 11:00", "12.50", "已取消"]])
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.add_files([path])
    assert dialog.entries[0].unknown_shape
    dialog.edit_mapping()
    editor = dialog.mapping_editor
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("shop_orders"))
    editor.update_preview()
    assert "子订单编号" in editor.status.text()
    editor.set_field("单号", "sub_order_id")
    editor.set_field("下单时刻", "submitted_at")
    editor.set_field("实付款", "amount")
    editor.set_field("状态", "status")
    editor.name_edit.setText("别家店铺订单")
    editor.save()
    dialog.start_import()
    entry = dialog.entries[0]
    assert entry.result.status == "imported" and entry.result.inserted == 2
    stored = {r["sub_order_id"]: (r["amount"], r["valid"]) for r in rows_of(ctx.store, "SELECT * FROM shop_order")}
    assert stored == {"A-1": (88.0, 1), "A-2": (12.5, 0)}
