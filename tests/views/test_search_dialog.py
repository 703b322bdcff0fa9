"""Ctrl+K: the popup finds topics, members and campaigns; arrow keys skip the group headings; Enter
routes the chosen result through `MainWindow.open_item` to its tab."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services.search import search
from app.views.context import ViewContext
from app.views.main_window import MainWindow
from app.views.search_dialog import ID_ROLE, KIND_ROLE, SearchDialog


@pytest.fixture
def dialog(ctx: ViewContext, qtbot: Any) -> SearchDialog:
    dlg = SearchDialog(ctx.store)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def results(dlg: SearchDialog) -> list[tuple[str, int] | str]:
    out: list[tuple[str, int] | str] = []
    for i in range(dlg.results.count()):
        item = dlg.results.item(i)
        out.append((item.data(KIND_ROLE), item.data(ID_ROLE)) if item.data(KIND_ROLE) else item.text())
    return out


def test_results_grouped_with_headings(dialog: SearchDialog) -> None:
    dialog.box.setText("敏感肌")
    dialog.run_search()
    assert results(dialog) == ["选题", ("topic", 1), "内容", ("post", 2), ("post", 1)]
    assert dialog.results.currentRow() == 1  # the first result, not the heading
    dialog.box.setText("用户00")
    dialog.run_search()
    shown = results(dialog)
    assert shown[0] == "用户（只显示前 8 条）" and len(shown) == 9
    dialog.box.setText("双11")
    dialog.run_search()
    assert results(dialog) == ["活动", ("campaign", 1)]
    dialog.box.setText("没有这个词")
    dialog.run_search()
    assert results(dialog) == [] and "没有找到" in dialog.hint.text()


def test_arrow_keys_skip_headings_and_enter_opens(dialog: SearchDialog, qtbot: Any) -> None:
    opened: list[tuple[str, int]] = []
    dialog.openItem.connect(lambda kind, item_id: opened.append((kind, item_id)))
    dialog.box.setText("敏感肌")  # as typed (keyClicks cannot type hanzi)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)  # topic 1 → (heading 内容 skipped) → post 2 → post 1
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # searches first: the 150 ms timer has not fired yet
    assert opened == [("post", 1)]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_ctrl_k_result_opens_in_its_tab(ctx: ViewContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    routed: list[tuple[str, int]] = []
    original = window.open_item

    def spy(kind: str, item_id: int) -> None:
        routed.append((kind, item_id))
        original(kind, item_id)

    window.open_item = spy  # type: ignore[method-assign]

    def choose(self: SearchDialog) -> int:
        self.box.setText(self.query)
        qtbot.keyClick(self.box, Qt.Key.Key_Return)
        return int(self.result())

    monkeypatch.setattr(SearchDialog, "exec", choose)
    for query, kind, item_id, tab in (("用户007", "member", 7, "communityTab"), ("双11", "campaign", 1, "campaignsTab"),
                                      ("烟酰胺入门", "topic", 2, "topicsTab")):
        SearchDialog.query = query  # type: ignore[attr-defined]
        window.actions["search"].trigger()
        assert routed[-1] == (kind, item_id)
        assert window.tabs.currentWidget() is window.tab_by_name[tab]
    community = window.tab_by_name["communityTab"]
    assert community.members.view.currentIndex().isValid()  # type: ignore[attr-defined]


def test_feedback_and_lessons_open_on_their_pages(ctx: ViewContext, qtbot: Any) -> None:
    import datetime as dt

    import sqlalchemy as sa
    from sqlmodel import SQLModel

    with ctx.store.engine.begin() as conn:
        conn.execute(sa.insert(SQLModel.metadata.tables["feedback"]).values(
            id=5, source="dm", text="想看烟酰胺的用法", category="content", status="new", tags=[],
            received_at=dt.datetime(2026, 11, 3, 10, 0)))
        conn.execute(sa.insert(SQLModel.metadata.tables["lesson"]).values(
            id=9, month="2026-10", kind="success", area="content", title="烟酰胺选题转化高",
            created_at=dt.datetime(2026, 11, 1, 9, 0)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    groups = {g.kind for g in search(ctx.store, "烟酰胺")}
    assert {"feedback", "lesson"} <= groups
    window.open_item("feedback", 5)
    community = window.tab_by_name["communityTab"]
    assert window.tabs.currentWidget() is community
    assert community.pages.currentWidget() is community.feedback  # type: ignore[attr-defined]
    assert community.feedback.current_id() == 5  # type: ignore[attr-defined]
    window.open_item("lesson", 9)
    review = window.tab_by_name["reviewTab"]
    assert window.tabs.currentWidget() is review
    assert review.pages.currentWidget() is review.manual  # type: ignore[attr-defined]
    assert review.manual.table.selected()["id"] == 9  # type: ignore[attr-defined]
