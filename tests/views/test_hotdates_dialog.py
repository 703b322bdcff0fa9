"""The hot-date dialog: the year's dates by kind; the operator adds, edits and removes their own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.models import HotDateKind
from app.services.hotdates import hot_dates
from app.store import Store
from app.views.context import ViewContext
from app.views.hotdates_dialog import HotDateEditor, HotDatesDialog

YEAR = 2026


@pytest.fixture
def dialog(ctx: ViewContext, qtbot: object) -> HotDatesDialog:
    widget = HotDatesDialog(ctx, YEAR)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    return widget


def names(dialog: HotDatesDialog) -> list[str]:
    return [dialog.model.item(row, 1).text() for row in range(dialog.model.rowCount())]


def test_lists_the_year_and_filters_by_kind(dialog: HotDatesDialog) -> None:
    assert {"春节", "中秋节", "双11", "618", "冬至"} <= set(names(dialog))
    dialog.kind.setCurrentIndex(dialog.kind.findData(HotDateKind.shopping.value))
    shown = names(dialog)
    assert "双11" in shown and "春节" not in shown
    assert all(item.kind == HotDateKind.shopping for item in dialog.shown)


def test_add_edit_and_remove_an_own_date(dialog: HotDatesDialog, seeded_store: Store,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    values: dict[str, Any] = {"day": dt.date(YEAR, 9, 9), "end_day": None, "name": "品牌周年庆",
                              "kind": HotDateKind.own, "lead_days": 20, "notes": "直播加抽奖"}
    monkeypatch.setattr(dialog, "edit_values", lambda item: dict(values))
    dialog.add()
    assert "品牌周年庆" in names(dialog)
    dialog.select_row(names(dialog).index("品牌周年庆"))
    values["name"] = "品牌 3 周年庆"
    dialog.edit_selected()
    own = [h for h in hot_dates(YEAR, seeded_store) if h.id is not None]
    assert [(h.name, h.lead_days, h.note) for h in own] == [("品牌 3 周年庆", 20, "直播加抽奖")]
    dialog.select_row(names(dialog).index("品牌 3 周年庆"))
    assert dialog.delete_button.isEnabled()
    dialog.delete_selected()
    assert "品牌 3 周年庆" not in names(dialog)
    assert dialog.changed


def test_editing_a_built_in_date_saves_the_operators_version(dialog: HotDatesDialog, seeded_store: Store,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    row = names(dialog).index("双11")
    dialog.select_row(row)
    assert not dialog.delete_button.isEnabled()  # built-in dates cannot be removed
    item = dialog.selected()
    assert item is not None
    editor = HotDateEditor(item, item.date, dialog)
    values = editor.values()
    values["lead_days"] = 45
    monkeypatch.setattr(dialog, "edit_values", lambda _item: values)
    dialog.edit_selected()
    double11 = [h for h in hot_dates(YEAR, seeded_store) if h.name == "双11"]
    assert len(double11) == 1 and double11[0].lead_days == 45 and double11[0].id is not None


def test_the_yearly_checkbox_saves_a_date_that_repeats(dialog: HotDatesDialog, seeded_store: Store,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    editor = HotDateEditor(None, dt.date(YEAR, 8, 8), dialog)
    assert not editor.yearly.isChecked()
    editor.name.setText("店庆")
    editor.yearly.setChecked(True)
    monkeypatch.setattr(dialog, "edit_values", lambda _item: editor.values())
    dialog.add()
    assert [(h.date, h.yearly) for h in hot_dates(YEAR + 4, seeded_store) if h.name == "店庆"] == [
        (dt.date(YEAR + 4, 8, 8), True)]
    row = next(r for r, name in enumerate(names(dialog)) if name.startswith("店庆"))
    assert names(dialog)[row] != "店庆"  # the list marks it as repeating
    dialog.select_row(row)
    item = dialog.selected()
    assert item is not None and item.yearly
    assert HotDateEditor(item, item.date, dialog).yearly.isChecked()
