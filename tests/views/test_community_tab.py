"""The 用户与社群 tab on demo data: pages, member filters/sort/detail, segments, exports, feedback → topic,
communities with rituals and the members import — as a user would click through them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.services import community, feedback, segments
from app.services.community import MemberFilter
from app.services.importing.templates import write_template
from app.store import Store
from app.views.community_tab import CommunityTab
from app.views.community_tab.communities import CommunityDialog
from app.views.context import ViewContext
from tests.views.conftest import make_ctx


@pytest.fixture
def fresh_demo(tmp_path: Path) -> Iterator[Store]:
    """A demo store of its own, for tests that write."""
    from app.services.demo import fill_demo

    store = Store.open(tmp_path / "demo")
    fill_demo(store)
    yield store
    store.close()


def open_tab(qtbot: Any, store: Store) -> tuple[CommunityTab, ViewContext]:
    ctx = make_ctx(store)
    tab = CommunityTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    return tab, ctx


@pytest.fixture
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Information/warning boxes recorded instead of shown; questions answered Yes."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_tab_opens_on_demo_store_with_every_page(qtbot: Any, demo_store: Store) -> None:
    tab, _ = open_tab(qtbot, demo_store)
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == ["社群", "用户", "分层", "画像", "反馈与需求",
                                                                            "社群活跃", "问卷"]
    shown = community.list_communities(demo_store)
    assert tab.communities.model.rowCount() == len(shown) > 0
    names = {tab.communities.model.row_at(r)["name"] for r in range(len(shown))}
    assert names == {c["name"] for c in shown}
    assert not tab.communities.stack.isEmpty()

    tab.show_page(tab.members)
    total = community.count_members(demo_store)
    assert tab.members.model.rowCount() == total
    assert tab.members.count.text() == f"共 {total} 位用户"

    assert tab.personas.plots == {}  # pyqtgraph only once the page is shown
    tab.show_page(tab.personas)
    assert set(tab.personas.plots) == {"gender", "region", "hours", "tags"}
    assert tab.personas.data["members"] == total
    assert tab.personas.summary.text().startswith("需求：")

    tab.show_page(tab.feedback)
    assert tab.feedback.model.rowCount() == len(feedback.list_feedback(demo_store))
    assert tab.feedback.needs_model.rowCount() == len(feedback.needs_list(demo_store))


def test_segment_filter_and_search_update_the_count(qtbot: Any, demo_store: Store) -> None:
    tab, _ = open_tab(qtbot, demo_store)
    tab.show_page(tab.members)
    page = tab.members
    page.set_filter("segment", "core")
    core = community.count_members(demo_store, MemberFilter(segment="core"))
    assert 0 < core < community.count_members(demo_store)
    assert page.model.rowCount() == core
    assert page.count.text() == f"共 {core} 位用户"
    assert {page.model.row_values(r)["segment"] for r in range(min(core, 50))} == {"core"}

    nickname = page.model.row_values(0)["nickname"]
    page.search.setText(nickname[:2])  # typed text goes through the 150 ms debounce
    expected = community.count_members(demo_store, MemberFilter(search=nickname[:2], segment="core"))
    qtbot.waitUntil(lambda: page.model.rowCount() == expected, timeout=2000)
    assert page.count.text() == f"共 {expected} 位用户"
    assert page.current_filter() == MemberFilter(search=nickname[:2], segment="core")


def test_header_click_sorts_in_sql_and_detail_shows_the_member(qtbot: Any, demo_store: Store) -> None:
    tab, _ = open_tab(qtbot, demo_store)
    tab.show_page(tab.members)
    page = tab.members
    column = [c.key for c in page.model.query.columns].index("spend")
    page.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    spends = [page.model.row_values(r)["spend"] for r in range(20)]
    assert spends == sorted(spends, reverse=True)
    assert spends[0] == community.member_page(demo_store, order_by="spend", descending=True, limit=1)[0][12]
    assert (page.sort_key, page.descending) == ("spend", True)

    page.view.setCurrentIndex(page.model.index(0, 0))
    member_id = page.model.id_at(0)
    detail = community.member_detail(demo_store, member_id)
    assert detail is not None
    assert page.detail.member_id == member_id
    text = page.detail.toPlainText()
    assert detail["profile"]["nickname"] in text
    assert all(tag in text for tag in detail["tags"])
    assert "TA给过的反馈" in text


def test_show_item_clears_filters_that_hide_the_member(qtbot: Any, demo_store: Store) -> None:
    tab, _ = open_tab(qtbot, demo_store)
    tab.show_page(tab.members)
    tab.members.set_filter("segment", "new")
    hidden = community.member_ids(demo_store, MemberFilter(segment="core"))[0]
    assert tab.show_item(hidden)
    assert tab.members.model.id_at(tab.members.view.currentIndex().row()) == hidden
    assert tab.members.detail.member_id == hidden


def test_thresholds_change_recounts_the_segments(qtbot: Any, fresh_demo: Store) -> None:
    tab, ctx = open_tab(qtbot, fresh_demo)
    tab.show_page(tab.segments)
    before = segments.segment_counts(fresh_demo)
    assert tab.segments.cards["core"].size.text().startswith(f"{before['core']:,} 人")
    tab.segments.inputs["core_active_days"].setValue(1)
    tab.segments.inputs["core_purchases"].setValue(1)
    with qtbot.waitSignal(ctx.signals.dataChanged) as changed:
        tab.segments.save_button.click()
    assert "member" in changed.args[0]
    after = segments.segment_counts(fresh_demo)
    assert after["core"] > before["core"]
    assert sum(after.values()) == sum(before.values())
    assert segments.get_thresholds(fresh_demo)["core_purchases"] == 1
    assert tab.segments.cards["core"].size.text().startswith(f"{after['core']:,} 人")
    assert "≥ 1 次" in tab.segments.cards["core"].rule.text()


def test_export_a_segment_writes_a_readable_workbook(
    qtbot: Any, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_boxes: list[str]
) -> None:
    tab, _ = open_tab(qtbot, demo_store)
    tab.show_page(tab.segments)
    target = tmp_path / "流失用户"
    save_to(monkeypatch, target)
    tab.segments.cards["churned"].export_button.click()
    written = target.with_suffix(".xlsx")
    sheet = openpyxl.load_workbook(written, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("用户ID", "昵称", "平台")
    assert len(rows) - 1 == segments.segment_counts(demo_store)["churned"]
    assert {row[14] for row in rows[1:]} == {"流失用户"}
    assert str(written) in quiet_boxes[-1]


def test_export_current_member_view_keeps_the_filters(
    qtbot: Any, demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_boxes: list[str]
) -> None:
    tab, _ = open_tab(qtbot, demo_store)
    tab.show_page(tab.members)
    region = community.filter_choices(demo_store)["regions"][0]
    tab.members.set_filter("region", region)
    save_to(monkeypatch, tmp_path / "view.xlsx")
    tab.members.export_button.click()
    rows = list(openpyxl.load_workbook(tmp_path / "view.xlsx", read_only=True).active.iter_rows(values_only=True))
    assert len(rows) - 1 == tab.members.model.rowCount() == community.count_members(demo_store, MemberFilter(region=region))
    assert {row[4] for row in rows[1:]} == {region}


def test_members_template_and_import_from_the_app(
    qtbot: Any, fresh_demo: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_boxes: list[str]
) -> None:
    tab, ctx = open_tab(qtbot, fresh_demo)
    tab.show_page(tab.members)
    save_to(monkeypatch, tmp_path / "模板.xlsx")
    tab.members.template_button.click()
    headers = next(openpyxl.load_workbook(tmp_path / "模板.xlsx", read_only=True).active.iter_rows(values_only=True))
    assert {"昵称", "平台", "社群", "标签", "备注"} <= set(headers)

    filled = write_template("members", tmp_path / "名单.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(filled), ""))
    before = community.count_members(fresh_demo)
    with qtbot.waitSignal(ctx.signals.dataChanged):
        tab.members.import_button.click()
    assert community.count_members(fresh_demo) == before + 1
    assert tab.members.model.rowCount() == before + 1
    assert quiet_boxes[-1].startswith("新增 1 位用户")


def test_feedback_becomes_a_linked_topic_and_offers_to_open_it(
    qtbot: Any, fresh_demo: Store, quiet_boxes: list[str]
) -> None:
    tab, ctx = open_tab(qtbot, fresh_demo)
    tab.show_page(tab.feedback)
    page = tab.feedback
    page.filters["status"].setCurrentIndex(page.filters["status"].findData("new"))
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r)["topic_id"] is None)
    feedback_id = page.model.id_at(row)
    page.view.selectRow(row)
    with qtbot.waitSignal(tab.openItem) as opened:
        page.topic_button.click()
    kind, topic_id = opened.args
    assert kind == "topic"
    with fresh_demo.engine.connect() as conn:
        source, description = conn.execute(sa.text("SELECT source, description FROM topic WHERE id = :id"),
                                           {"id": topic_id}).one()
    assert source == "user_need"
    assert f"#{feedback_id}" in description
    linked = feedback.get_feedback(fresh_demo, feedback_id)
    assert linked["topic_id"] == topic_id
    assert linked["status"] == "planned"


def test_feedback_added_from_the_dialog_shows_in_the_log_and_needs(
    qtbot: Any, fresh_demo: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, _ = open_tab(qtbot, fresh_demo)
    tab.show_page(tab.feedback)

    def fill(dialog: QDialog) -> int:
        dialog.text.setPlainText("想看油皮夏天的护肤步骤")
        dialog.source.setCurrentIndex(dialog.source.findData("group"))
        dialog.tags.setText("油皮夏季、护肤步骤")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    from app.views.community_tab.feedback import FeedbackDialog

    monkeypatch.setattr(FeedbackDialog, "exec", fill)
    before = tab.feedback.model.rowCount()
    tab.feedback.add_button.click()
    assert tab.feedback.model.rowCount() == before + 1
    newest = feedback.list_feedback(fresh_demo, search="油皮夏天")
    assert [(f["source"], f["tags"]) for f in newest] == [("group", ["油皮夏季", "护肤步骤"])]
    themes = [tab.feedback.needs_model.row_at(r)["theme"] for r in range(tab.feedback.needs_model.rowCount())]
    assert "油皮夏季" in themes


def test_create_a_community_with_a_ritual(
    qtbot: Any, fresh_demo: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, ctx = open_tab(qtbot, fresh_demo)

    def fill(dialog: CommunityDialog) -> int:
        dialog.name.setText("油皮互助群")
        dialog.channel.setCurrentIndex(dialog.channel.findData("qq_group"))
        dialog.theme.setText("油皮护理")
        dialog.rituals.add_ritual({"title": "周三案例拆解直播", "weekday": 2, "time": "20:00", "minutes": 60})
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CommunityDialog, "exec", fill)
    with qtbot.waitSignal(ctx.signals.dataChanged) as changed:
        tab.communities.new_button.click()
    assert "community" in changed.args[0]
    made = next(c for c in community.list_communities(fresh_demo) if c["name"] == "油皮互助群")
    assert made["channel"] == "qq_group"
    assert made["rituals"] == [{"title": "周三案例拆解直播", "weekday": 2, "time": "20:00", "minutes": 60}]
    assert tab.communities.current_id() == made["id"]
    texts = [tab.communities.model.row_at(r)["rituals_text"] for r in range(tab.communities.model.rowCount())]
    assert "周三 20:00 周三案例拆解直播（60 分钟）" in texts


def test_a_refused_community_keeps_the_dialog_open(
    qtbot: Any, fresh_demo: Store, monkeypatch: pytest.MonkeyPatch, quiet_boxes: list[str]
) -> None:
    taken = community.list_communities(fresh_demo)[0]["name"]
    dialog = CommunityDialog(fresh_demo)
    qtbot.addWidget(dialog)
    dialog.name.setText(taken)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert taken in quiet_boxes[-1]


def test_archive_hides_a_community_until_shown_archived(
    qtbot: Any, fresh_demo: Store, quiet_boxes: list[str]
) -> None:
    tab, _ = open_tab(qtbot, fresh_demo)
    page = tab.communities
    before = page.model.rowCount()
    page.view.selectRow(0)
    archived = page.current_id()
    page.archive_button.click()
    assert page.model.rowCount() == before - 1
    page.show_archived.setChecked(True)
    assert page.model.rowCount() == before
    assert page.select(archived) and page.archive_button.text() == "恢复"


def test_feedback_for_the_selected_member_shows_in_their_detail(
    qtbot: Any, fresh_demo: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, ctx = open_tab(qtbot, fresh_demo)
    tab.show_page(tab.members)
    page = tab.members
    page.view.setCurrentIndex(page.model.index(3, 0))
    member_id = page.model.id_at(3)

    from app.views.community_tab.feedback import FeedbackDialog

    def fill(dialog: FeedbackDialog) -> int:
        dialog.text.setPlainText("群里答疑能不能固定在周三")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FeedbackDialog, "exec", fill)
    with qtbot.waitSignal(ctx.signals.dataChanged) as changed:
        page.feedback_button.click()
    assert changed.args[0] == {"feedback"}
    assert [f["text"] for f in feedback.list_feedback(fresh_demo, member_id=member_id)][0] == "群里答疑能不能固定在周三"
    assert page.detail.member_id == member_id  # still selected after the refresh
    assert "群里答疑能不能固定在周三" in page.detail.toPlainText()


def test_persona_filtered_to_nobody_says_so(qtbot: Any, fresh_demo: Store) -> None:
    empty = community.create_community(fresh_demo, "还没人的新群")
    tab, _ = open_tab(qtbot, fresh_demo)
    tab.show_page(tab.personas)
    assert not tab.personas.stack.isEmpty()
    tab.personas.community.setCurrentIndex(tab.personas.community.findData(empty))
    assert tab.personas.stack.isEmpty()
    assert "换一个分层或社群" in tab.personas.stack.message.text()


def test_main_window_opens_the_topic_made_from_feedback(
    qtbot: Any, fresh_demo: Store, quiet_boxes: list[str]
) -> None:
    from app.views.main_window import MainWindow

    window = MainWindow(make_ctx(fresh_demo))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    tab = window.tab_by_name["communityTab"]
    window.tabs.setCurrentWidget(tab)
    tab.show_page(tab.feedback)
    page = tab.feedback
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r)["topic_id"] is None)
    page.view.selectRow(row)
    page.topic_button.click()
    assert window.tabs.currentWidget().objectName() == "topicsTab"


class _EnglishChannels(QTranslator):
    """Stands in for the English .qm: answers the channel labels of the "labels" context."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        names = {"QQ群": "QQ group", "小红书群聊": "Xiaohongshu group chat", "微信群": "WeChat group"}
        return names.get(source) if context == "labels" else None


def test_community_channels_are_shown_in_the_ui_language(qtbot: Any, qapp: Any, fresh_demo: Store) -> None:
    """Issue 16 leftover: the channel column and the dialog's choices showed Chinese in the English UI."""
    community.create_community(fresh_demo, "QQ test group", channel="qq_group")
    english = _EnglishChannels()
    qapp.installTranslator(english)
    try:
        tab, _ctx = open_tab(qtbot, fresh_demo)
        page = tab.communities
        page.refresh()
        rows = {page.model.row_at(r)["name"]: r for r in range(page.model.rowCount())}
        column = [c.key for c in page.model.columns].index("channel")
        shown = page.model.data(page.model.index(rows["QQ test group"], column))
        assert shown == "QQ group"
        dialog = CommunityDialog(fresh_demo, None)
        qtbot.addWidget(dialog)
        choices = [dialog.channel.itemText(i) for i in range(dialog.channel.count())]
        assert choices[:3] == ["WeChat group", "企业微信群", "QQ group"]
        assert [dialog.channel.itemData(i) for i in range(3)] == ["wechat_group", "wecom_group", "qq_group"]
        listed = community.list_communities(fresh_demo, translate=QCoreApplication.translate)
        assert next(c for c in listed if c["name"] == "QQ test group")["channel_name"] == "QQ group"
    finally:
        qapp.removeTranslator(english)
    assert next(c for c in community.list_communities(fresh_demo)
                if c["name"] == "QQ test group")["channel_name"] == "QQ群"
