"""The 选题库 tab on a small store: creating and ranking, filters, bulk month and the plan counter,
drag reorder, ideas from hot dates, what worked and drafts from a topic."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from app.services import drafts, topics
from app.views.context import ViewContext
from app.views.drafts_tab import DraftsTab
from app.views.main_window import MainWindow
from app.views.topics_tab import TopicsTab, WeightsDialog, priority_text
from tests.views.conftest import MONTH_START

MONTH = MONTH_START.strftime("%Y-%m")


@pytest.fixture
def tab(ctx: ViewContext, qtbot: object) -> TopicsTab:
    widget = TopicsTab(ctx)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1300, 800)
    widget.show()
    return widget


def table_titles(tab: TopicsTab) -> list[str]:
    model = tab.table.model
    return [model.row_values(row)["title"] for row in range(model.rowCount())]


def row_priority(tab: TopicsTab, topic_id: int) -> str:
    values = tab.table.model.row_values(tab.table.model.row_of(topic_id))
    return priority_text(values["priority"], values["override"])


def test_topic_created_in_the_editor_is_ranked_first(tab: TopicsTab) -> None:
    tab.new_topic()
    editor = tab.editor
    editor.title.setText("双11 敏感肌囤货清单")
    for spin in editor.scores.values():
        spin.setValue(5)
    editor.tags.setText("敏感肌, 双11")
    editor.platform_boxes["xiaohongshu"].setChecked(True)
    editor.month.setCurrentText(MONTH)
    editor.save()

    ranked = topics.ranked_topics(tab.ctx.store)
    assert ranked[0].title == "双11 敏感肌囤货清单"
    assert ranked[0].weighted_score == 5.0 and ranked[0].tags == ["敏感肌", "双11"]
    assert ranked[0].platforms == ["xiaohongshu"] and ranked[0].month == MONTH
    # The table's default order is the ranking (priority, then weighted score).
    assert table_titles(tab) == [r.title for r in ranked]
    assert editor.topic_id == ranked[0].id
    assert row_priority(tab, ranked[0].id) == "高"


def test_manual_priority_shows_as_manual_and_ranks(tab: TopicsTab) -> None:
    tab.show_item(3)
    tab.editor.priority.setCurrentIndex(tab.editor.priority.findData("high"))
    tab.editor.save()
    assert row_priority(tab, 3) == "高（手动）"
    assert row_priority(tab, 2) == "中"  # 2, 5, 4 → 3.67
    assert [r.id for r in topics.ranked_topics(tab.ctx.store)] == [1, 3, 2]
    assert tab.table.model.id_at(1) == 3


def test_similar_title_warning_while_typing(tab: TopicsTab) -> None:
    tab.new_topic()
    tab.editor.title.setText("换季敏感肌如何护理")
    tab.editor.check_similar()
    assert tab.editor.similar.isVisibleTo(tab)
    assert "换季敏感肌怎么护理" in tab.editor.similar.text()
    tab.editor.title.setText("完全不同的选题")
    tab.editor.check_similar()
    assert not tab.editor.similar.isVisibleTo(tab)


def test_filters_by_status_source_month_tag_and_platform(tab: TopicsTab) -> None:
    assert tab.table.model.rowCount() == 3
    tab.set_filter("status", "idea")
    assert sorted(table_titles(tab)) == sorted(["成分党必看：烟酰胺入门", "100% 防晒 的误区"])
    tab.set_filter("status", None)
    tab.set_filter("source", "hot_date")
    assert table_titles(tab) == ["换季敏感肌怎么护理"]
    tab.set_filter("source", None)
    tab.set_filter("month", "")
    assert tab.table.model.rowCount() == 2
    tab.set_filter("month", MONTH)
    assert table_titles(tab) == ["换季敏感肌怎么护理"]
    tab.set_filter("month", None)
    tab.set_filter("tag", "防晒")
    assert table_titles(tab) == ["100% 防晒 的误区"]
    tab.set_filter("tag", None)
    tab.set_filter("platform", "xiaohongshu")
    assert table_titles(tab) == ["成分党必看：烟酰胺入门"]
    assert not tab.table.stack.isEmpty()


def select_ids(tab: TopicsTab, ids: list[int]) -> None:
    view = tab.table.view
    view.clearSelection()
    for topic_id in ids:
        row = tab.table.model.row_of(topic_id)
        view.selectionModel().select(
            tab.table.model.index(row, 0),
            view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows)


def test_bulk_set_month_updates_the_plan_counter(tab: TopicsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    tab.pages.setCurrentWidget(tab.plan)
    tab.plan.set_month(MONTH)
    assert tab.plan.counter.text() == "本月选题 1（建议 10–15）"
    assert tab.plan.counter.property("outsideRange") is True
    select_ids(tab, [2, 3])
    assert tab.selected_ids() == sorted(tab.selected_ids()) and set(tab.selected_ids()) == {2, 3}
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (MONTH, True))
    tab.bulk_set_month()
    assert {r.id for r in topics.month_plan(tab.ctx.store, MONTH).topics} == {1, 2, 3}
    assert tab.plan.counter.text() == "本月选题 3（建议 10–15）"
    assert tab.plan.plan_ids() and set(tab.plan.plan_ids()) == {1, 2, 3}


def test_bulk_tags_status_and_shelve(tab: TopicsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    select_ids(tab, [2, 3])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("夏季 防晒", True))
    tab.bulk_add_tags()
    assert topics.get_topic(tab.ctx.store, 3).tags == ["防晒", "夏季"]
    select_ids(tab, [2])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("已排进计划", True))
    tab.bulk_set_status()
    assert topics.get_topic(tab.ctx.store, 2).status == "planned"
    select_ids(tab, [2, 3])
    tab.bulk_shelve()
    assert {topics.get_topic(tab.ctx.store, i).status for i in (2, 3)} == {"shelved"}


def test_dragging_the_plan_saves_the_order(tab: TopicsTab) -> None:
    topics.bulk_set_month(tab.ctx.store, [2, 3], MONTH)
    tab.pages.setCurrentWidget(tab.plan)
    tab.plan.set_month(MONTH)
    before = tab.plan.plan_ids()
    assert len(before) == 3
    model = tab.plan.list.model()
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    expected = [before[2], before[0], before[1]]
    assert [r.id for r in topics.month_plan(tab.ctx.store, MONTH).topics] == expected
    assert tab.plan.plan_ids() == expected
    assert tab.plan.list.item(0).text().startswith("1. ")


def test_hot_date_of_the_month_becomes_a_topic(tab: TopicsTab) -> None:
    tab.pages.setCurrentWidget(tab.plan)
    tab.plan.set_month(MONTH)
    assert tab.plan.hot_list.count() > 0  # every month has at least its two solar terms
    tab.plan.hot_list.setCurrentRow(0)
    hot = tab.plan.hot_list.item(0).data(Qt.ItemDataRole.UserRole)
    tab.plan.create_from_hot_date()
    made = [r for r in topics.ranked_topics(tab.ctx.store) if r.title == hot.name]
    assert made and made[0].source == "hot_date" and made[0].month == MONTH and made[0].hot_date_id
    assert tab.editor.topic_id == made[0].id  # opened in the editor
    # The editor shows the topic's stored hot date (read through the hot-dates service) as chosen.
    assert tab.editor.hot_date.currentData() == ("id", made[0].hot_date_id)
    assert tab.editor.hot_date.currentText() == f"{hot.date:%m-%d} {hot.name}"


def test_what_worked_marks_the_best_directions(tab: TopicsTab) -> None:
    tab.pages.setCurrentWidget(tab.worked)
    model = tab.worked.model
    assert model.rowCount() == 1
    assert model.row_at(0).topic_id == 1
    assert model.data(model.index(0, 0)) == ""  # interactions incomplete: no engagement rate, no marker
    tab.worked.metric.setCurrentIndex(tab.worked.metric.findData("views"))
    assert model.data(model.index(0, 4)) == "51,200"
    assert model.data(model.index(0, 0)) == "★ 可复用"
    picker = tab.worked.metric
    assert [picker.itemText(i) for i in range(picker.count())] == ["互动率", "浏览量", "涨粉", "转化"]
    assert "阅读人数代替" in picker.itemData(1, Qt.ItemDataRole.ToolTipRole)  # the dictionary's 口径


def test_drafts_from_a_topic_appear_in_the_platform_tabs(ctx: ViewContext, tab: TopicsTab, qtbot: object,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    drafts_tab = DraftsTab(ctx)
    qtbot.addWidget(drafts_tab)  # type: ignore[attr-defined]
    drafts_tab.show()
    before = set(drafts_tab.pages["xiaohongshu"].ids())
    opened: list[tuple[str, int]] = []
    tab.openItem.connect(lambda kind, item: opened.append((kind, item)))
    monkeypatch.setattr(tab, "ask_platforms", lambda topic, own: ["xiaohongshu", "douyin"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.show_item(3)
    tab.editor.drafts_button.click()

    made = [d for d in drafts.list_drafts(ctx.store) if d.topic_id == 3]
    assert sorted(d.platform for d in made) == ["douyin", "xiaohongshu"]
    xhs = next(d.id for d in made if d.platform == "xiaohongshu")
    assert set(drafts_tab.pages["xiaohongshu"].ids()) == before | {xhs}
    assert next(d.id for d in made if d.platform == "douyin") in drafts_tab.pages["douyin"].ids()
    assert opened == [("post", xhs)]  # the first chosen platform's draft
    assert topics.get_topic(ctx.store, 3).status == "in_production"
    assert drafts_tab.show_item(xhs)
    assert drafts_tab.platforms.currentWidget() is drafts_tab.pages["xiaohongshu"]
    assert drafts_tab.pages["xiaohongshu"].editor.post_id == xhs
    assert drafts_tab.pages["xiaohongshu"].editor.fields["title"].text() == "100% 防晒 的误区"


def test_due_date_and_description_round_trip(tab: TopicsTab) -> None:
    tab.show_item(2)
    tab.editor.description.setPlainText("从后台私信整理")
    tab.editor.due_enabled.setChecked(True)
    tab.editor.due.setDate(dt.date(2030, 5, 1))
    tab.editor.save()
    row = topics.get_topic(tab.ctx.store, 2)
    assert row.description == "从后台私信整理" and row.due_date == dt.date(2030, 5, 1)


def test_weights_change_the_score_and_the_order(tab: TopicsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WeightsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(WeightsDialog, "weights", lambda self: {"timeliness": 0.0, "value": 1.0, "conversion": 1.0})
    tab.edit_weights()
    assert topics.topic_weights(tab.ctx.store) == {"timeliness": 0.0, "value": 1.0, "conversion": 1.0}
    # 烟酰胺 (2, 5, 4) → 4.5 now outranks 换季敏感肌 (5, 4, 3) → 3.5.
    assert table_titles(tab)[0] == "成分党必看：烟酰胺入门"
    assert tab.table.model.row_values(0)["weighted"] == 4.5
    assert row_priority(tab, 2) == "高"


def test_end_to_end_in_the_main_window(ctx: ViewContext, qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    win = MainWindow(ctx)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1400, 900)
    win.show()
    tab = win.tab_by_name["topicsTab"]
    win.tabs.setCurrentWidget(tab)
    assert isinstance(tab, TopicsTab)
    tab.new_topic()
    tab.editor.title.setText("敏感肌换季急救")
    tab.editor.save()
    topic_id = tab.editor.topic_id
    assert topic_id is not None
    monkeypatch.setattr(tab, "ask_platforms", lambda topic, own: ["xiaohongshu"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.create_drafts(topic_id)
    drafts_tab = win.tabs.currentWidget()
    assert drafts_tab.objectName() == "draftsTab"
    editor = drafts_tab.pages["xiaohongshu"].editor  # type: ignore[attr-defined]
    assert editor.fields["title"].text() == "敏感肌换季急救"
    editor.topic_button.click()
    assert win.tabs.currentWidget() is tab and tab.editor.topic_id == topic_id


def answer_unsaved(tab: TopicsTab, monkeypatch: pytest.MonkeyPatch, answer: str) -> list[int]:
    """Make the unsaved-edits question answer `answer`; the list records how often it was asked."""
    asked: list[int] = []
    monkeypatch.setattr(tab.editor, "ask_unsaved", lambda: asked.append(1) or answer)
    return asked


@pytest.mark.parametrize(("answer", "stored"), [("save", "改过的标题"), ("discard", None)])
def test_selecting_another_topic_asks_about_unsaved_edits(tab: TopicsTab, monkeypatch: pytest.MonkeyPatch,
                                                          answer: str, stored: str | None) -> None:
    original = topics.get_topic(tab.ctx.store, 2).title
    tab.show_item(2)
    assert not tab.editor.dirty
    tab.editor.title.setText("改过的标题")
    assert tab.editor.dirty
    asked = answer_unsaved(tab, monkeypatch, answer)
    tab.table.select_id(3)
    assert asked == [1]
    assert topics.get_topic(tab.ctx.store, 2).title == (stored or original)
    assert tab.editor.topic_id == 3 and not tab.editor.dirty
    assert tab.editor.title.text() == topics.get_topic(tab.ctx.store, 3).title
    assert tab.selected_ids() == [3]


def test_cancel_keeps_the_selection_and_the_edit(tab: TopicsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    original = topics.get_topic(tab.ctx.store, 2).title
    tab.show_item(2)
    tab.editor.title.setText("改过的标题")
    asked = answer_unsaved(tab, monkeypatch, "cancel")
    tab.table.select_id(3)
    assert tab.selected_ids() == [2] and tab.editor.topic_id == 2
    assert tab.editor.title.text() == "改过的标题" and tab.editor.dirty
    tab.new_topic()
    assert tab.editor.topic_id == 2 and tab.editor.title.text() == "改过的标题"
    tab.pages.setCurrentWidget(tab.plan)
    assert tab.pages.currentWidget() is tab.splitter and tab.editor.title.text() == "改过的标题"
    assert asked == [1, 1, 1]
    assert topics.get_topic(tab.ctx.store, 2).title == original


def test_leaving_for_the_plan_can_save(tab: TopicsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    tab.show_item(2)
    tab.editor.tags.setText("私信")
    answer_unsaved(tab, monkeypatch, "save")
    tab.pages.setCurrentWidget(tab.plan)
    assert tab.pages.currentWidget() is tab.plan
    assert topics.get_topic(tab.ctx.store, 2).tags == ["私信"]


def test_clean_editor_is_not_asked_and_follows_data_changes(tab: TopicsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_unsaved(tab, monkeypatch, "cancel")
    tab.show_item(2)
    topics.update_topic(tab.ctx.store, 2, title="别处改的标题")
    tab.ctx.signals.notify("topic")
    assert tab.editor.title.text() == "别处改的标题" and tab.selected_ids() == [2]
    tab.table.select_id(3)
    assert tab.editor.topic_id == 3 and asked == []


def test_data_refresh_keeps_a_dirty_editor(tab: TopicsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_unsaved(tab, monkeypatch, "cancel")
    tab.show_item(2)
    tab.editor.title.setText("还没保存的标题")
    topics.update_topic(tab.ctx.store, 3, title="别的选题改了")
    tab.ctx.signals.notify("topic")
    assert tab.editor.topic_id == 2 and tab.editor.dirty
    assert tab.editor.title.text() == "还没保存的标题"
    assert tab.selected_ids() == [2] and asked == []
    tab.editor.save()
    assert not tab.editor.dirty
    assert topics.get_topic(tab.ctx.store, 2).title == "还没保存的标题"


def test_a_topic_shows_lessons_sharing_its_keywords(tab: TopicsTab) -> None:
    """Typing a keyword a lesson carries brings that lesson up in the editor (issue 18)."""
    from app.services.manual import save_lesson

    save_lesson(tab.ctx.store, month="2026-10", title="防晒话题要配实测图", keywords=["防晒", "实测"])
    save_lesson(tab.ctx.store, month="2026-10", title="抖音开头要快", platform="douyin")
    tab.new_topic()
    editor = tab.editor
    assert not editor.loop_notes.isVisibleTo(editor)
    editor.search_keywords.setText("防晒霜推荐、防晒")
    editor.search_keywords.editingFinished.emit()
    assert editor.loop_notes.isVisibleTo(editor)
    assert [x.text() for x in editor.loop_notes.lesson_labels] == ["✓ 2026-10 防晒话题要配实测图"]
