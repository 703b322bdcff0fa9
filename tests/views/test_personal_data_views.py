"""设置 → 个人信息 and the 用户 page as an operator uses them: the checkbox decides whether a 企业微信
客户列表's phones are stored, the list and detail show them masked (in full once chosen), the export
asks, and unticking offers to erase what is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from app.services import privacy
from app.services.importing import ImportOptions, import_files
from app.store import Store
from app.views.community_tab import CommunityTab
from app.views.context import ViewContext
from app.views.settings.dialog import SettingsDialog
from tests.services.importing.test_other_sources import customer, new_layout
from tests.views.conftest import make_ctx

PHONE = "13812345678"


def import_customers(store: Store, folder: Path, name: str = "客户列表.xlsx", *newer: str) -> None:
    """A 客户列表 with 张三's phone; `newer` customers make it a later export (another file to the import)."""
    book = openpyxl.Workbook()
    for row in new_layout(customer("张三", "WangXiaoEr", "2026/11/02 09:15", phone=PHONE),
                          customer("李四", "WangXiaoEr", "2026/11/03 20:01"),
                          *(customer(n, "WangXiaoEr", "2026/11/10 10:00") for n in newer)):
        book.active.append(row)
    path = folder / name
    book.save(path)
    [result] = import_files(store, [path], ImportOptions()).results
    assert result.status == "imported"


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def set_privacy(ctx: ViewContext, qtbot: Any, *, keep: bool | None = None, show: bool | None = None) -> None:
    """Tick or untick on 设置 → 个人信息 and press 确定, as the operator would."""
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show_page("privacy")
    if keep is not None:
        dialog.findChild(QCheckBox, "keepPersonalData").setChecked(keep)
    if show is not None:
        dialog.findChild(QCheckBox, "showPersonalData").setChecked(show)
    dialog.accept()


def test_checkbox_decides_whether_the_import_stores_phones_and_unticking_erases(
        store: Store, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_ctx(store)
    import_customers(store, tmp_path, "off.xlsx")  # never ticked: nothing stored
    assert privacy.stored_personal_data(store) == 0
    set_privacy(ctx, qtbot, keep=True)
    assert privacy.keeps_personal_data(store)
    import_customers(store, tmp_path, "on.xlsx", "王五")  # a newer export: 张三 gains the phone
    assert privacy.stored_personal_data(store) == 1

    asked = answer(monkeypatch, QMessageBox.StandardButton.No)  # unticked, but keep what is stored
    set_privacy(ctx, qtbot, keep=False)
    assert "1 位客户" in asked[0]
    assert not privacy.keeps_personal_data(store) and privacy.stored_personal_data(store) == 1

    set_privacy(ctx, qtbot, keep=True)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    set_privacy(ctx, qtbot, keep=False)
    assert len(asked) == 1
    assert not privacy.keeps_personal_data(store) and privacy.stored_personal_data(store) == 0


def test_member_list_masks_phones_shows_them_in_full_once_chosen_and_export_asks(
        store: Store, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    privacy.set_personal_data(store, True)
    import_customers(store, tmp_path)
    ctx = make_ctx(store)
    tab = CommunityTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1400, 700)
    tab.show()
    tab.show_page(tab.members)
    page = tab.members
    phone_column = [c.key for c in page.model.query.columns].index("phone")
    email_column = phone_column + 1
    assert page.model.headerData(phone_column, Qt.Orientation.Horizontal) == "手机"
    assert not page.view.isColumnHidden(phone_column) and not page.view.isColumnHidden(email_column)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_values(r)["nickname"] == "张三")
    shown = page.model.index(row, phone_column).data()
    assert (shown, page.model.index(row, email_column).data()) == ("138****5678", "a***@b.cn")
    page.view.setCurrentIndex(page.model.index(row, 0))
    assert "138****5678" in page.detail.toPlainText() and PHONE not in page.detail.toPlainText()
    tab.grab().save("/tmp/helper20_members_masked.png")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "名单.xlsx"), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.export_view()
    assert "1 位用户" in asked[0] and not (tmp_path / "名单.xlsx").exists()
    for button, expected in ((QMessageBox.StandardButton.No, "138****5678"), (QMessageBox.StandardButton.Yes, PHONE)):
        answer(monkeypatch, button)
        page.export_view()
        rows = list(openpyxl.load_workbook(tmp_path / "名单.xlsx").active.iter_rows(values_only=True))
        assert {r[-2] for r in rows[1:]} == {expected, None}

    segment = page.model.row_values(row)["segment"]  # 导出这一层… asks the same question
    (tmp_path / "名单.xlsx").unlink()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.segments.export_segment(segment)
    rows = list(openpyxl.load_workbook(tmp_path / "名单.xlsx").active.iter_rows(values_only=True))
    assert PHONE in {r[-2] for r in rows[1:]}

    set_privacy(ctx, qtbot, show=True)  # the dialog tells the tab; the list re-reads
    row = next(r for r in range(page.model.rowCount()) if page.model.row_values(r)["nickname"] == "张三")
    assert page.model.index(row, phone_column).data() == PHONE
    page.view.setCurrentIndex(page.model.index(row, 0))
    assert PHONE in page.detail.toPlainText()

    privacy.set_personal_data(store, False, erase=True)
    page.refresh()  # nobody has them any more: the two empty columns go
    assert page.view.isColumnHidden(phone_column) and page.view.isColumnHidden(email_column)


def test_file_export_asks_whether_phones_go_into_the_whole_store_workbook(
        store: Store, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.views.export_actions import export_store_as

    ctx = make_ctx(store)
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    export_store_as(ctx, parent, tmp_path / "none.xlsx")
    assert asked == []  # nobody's phone stored: nothing to ask
    privacy.set_personal_data(store, True)
    import_customers(store, tmp_path)
    for button, name in ((QMessageBox.StandardButton.Cancel, "cancel.xlsx"), (QMessageBox.StandardButton.No, "no.xlsx"),
                         (QMessageBox.StandardButton.Yes, "yes.xlsx")):
        answer(monkeypatch, button)
        export_store_as(ctx, parent, tmp_path / name)
    qtbot.waitUntil(lambda: (tmp_path / "yes.xlsx").exists() and (tmp_path / "no.xlsx").exists(), timeout=20_000)
    assert not (tmp_path / "cancel.xlsx").exists()
    headers = {name: next(openpyxl.load_workbook(tmp_path / name)["member"].iter_rows(values_only=True))
               for name in ("no.xlsx", "yes.xlsx")}
    assert "phone" not in headers["no.xlsx"] and "phone" in headers["yes.xlsx"]
