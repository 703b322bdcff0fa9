"""下月计划 page: opened by the real 复盘 button, rows ticked, accepted and taken back."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import Qt

from app.models import ActionItem, Goal, MonthPlan, Topic, TopicStatus
from app.store import Store
from app.views.plan_dialog import PlanDialog
from app.views.review_tab import ReviewTab
from tests.services.test_plan import MONTH, world  # noqa: F401 - the fixture
from tests.views.conftest import make_ctx


def planned(store: Store) -> list[str]:
    with store.reading() as s:
        return list(s.execute(sa.select(Topic.title).where(Topic.target_month == MONTH,
                                                           Topic.status == TopicStatus.planned)).scalars())


def test_review_tab_opens_the_plan_and_accepts_the_ticked_rows(store: Store, world: dict[str, Any],  # noqa: F811
                                                               qtbot: Any) -> None:
    ctx = make_ctx(store)
    tab = ReviewTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    dialog = tab.plan_dialog
    assert isinstance(dialog, PlanDialog) and dialog.isVisible()
    assert dialog.plan is not None and dialog.plan.month == MONTH
    assert dialog.topic_model.rowCount() == len(dialog.plan.topics) >= 10
    assert dialog.goal_model.rowCount() == len(dialog.plan.goals)
    assert dialog.action_model.rowCount() == len(dialog.plan.actions) > 0
    assert dialog.accept_button.isEnabled() and not dialog.take_back_button.isEnabled()
    titles = [t.title for t in dialog.plan.topics]
    # untick the second topic and every action item
    dialog.topic_model.setData(dialog.topic_model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    for row in range(dialog.action_model.rowCount()):
        dialog.action_model.setData(dialog.action_model.index(row, 0), Qt.CheckState.Unchecked.value,
                                    Qt.ItemDataRole.CheckStateRole)
    new_goals = sum(not g.existing for g in dialog.plan.goals)
    with qtbot.waitSignal(dialog.planChanged):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    written = planned(store)
    assert titles[1] not in written and titles[0] in written
    with store.reading() as s:
        assert s.execute(sa.select(sa.func.count()).select_from(ActionItem)).scalar_one() == 0
        assert s.execute(sa.select(sa.func.count()).select_from(Goal).where(Goal.month == MONTH)).scalar_one() == 1 + new_goals
        assert s.execute(sa.select(MonthPlan.month)).scalar_one() == MONTH
    assert dialog.plan.accepted_at is not None
    assert not dialog.accept_button.isEnabled() and dialog.take_back_button.isEnabled()
    assert "已于" in dialog.status.text()

    qtbot.mouseClick(dialog.take_back_button, Qt.MouseButton.LeftButton)
    assert planned(store) == []  # the carried-over topic went back to October
    with store.reading() as s:
        assert s.execute(sa.select(sa.func.count()).select_from(MonthPlan)).scalar_one() == 0
    assert dialog.accept_button.isEnabled()
    dialog.grab().save("/tmp/h3_plan_test.png")


def test_topics_month_plan_opens_the_plan_of_its_month_and_shows_the_accepted_topics(
        store: Store, world: dict[str, Any], qtbot: Any) -> None:  # noqa: F811
    from app.views.topics_tab.plan import PlanView

    view = PlanView(make_ctx(store))
    qtbot.addWidget(view)
    view.set_month(MONTH)
    view.refresh()
    before = view.list.count()
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    dialog = view.plan_dialog
    assert dialog.plan.month == MONTH
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert view.list.count() == before + len(dialog.plan.topics)


def test_topic_library_proposes_scores_and_marks_the_typed_ones(store: Store, world: dict[str, Any],  # noqa: F811
                                                                 qtbot: Any) -> None:
    from app.services import topics
    from app.views.topics_tab import TopicsTab

    topic_id = topics.create_topic(store, "换季敏感肌护理", tags=["敏感肌"])
    tab = TopicsTab(make_ctx(store))
    qtbot.addWidget(tab)
    tab.refresh()  # proposed scores refresh when the library opens (once a day)
    assert topics.get_topic(store, topic_id).score_value == 5  # 30 open asks on 敏感肌
    tab.show_item(topic_id)
    spin = tab.editor.scores["value"]
    assert spin.value() == 5 and "30" in spin.toolTip() and spin.suffix() == ""
    spin.setValue(2)
    tab.editor.save()
    assert tab.editor.scores["value"].suffix() == "（手动）"
    assert topics.get_topic(store, topic_id).scores_manual == ["value"]
    assert tab.editor.scores["timeliness"].suffix() == ""


def test_goals_dialog_warns_where_a_total_contradicts_its_accounts(store: Store, world: dict[str, Any],  # noqa: F811
                                                                   qtbot: Any) -> None:
    from app.services.goals import set_month_target
    from app.views.goals_dialog import GoalsDialog

    set_month_target(store, MONTH, "followers_gained", 500)
    dialog = GoalsDialog(make_ctx(store), 2026)
    qtbot.addWidget(dialog)
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("followers_gained"))
    assert not dialog.conflicts.isHidden() and "2026-11" in dialog.conflicts.text() and "999" in dialog.conflicts.text()
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("views"))
    assert dialog.conflicts.isHidden()
