"""Team store views (issue 21): stale saves ask before overwriting, who imported / saved shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.services import campaigns, drafts, team, topics
from app.services.importing import analyse_file, execute
from app.views.campaigns_tab.campaigns import PlanPage
from app.views.context import ViewContext
from app.views.drafts_tab.dialogs import HistoryDialog
from app.views.drafts_tab.editor import DraftEditor
from app.views.import_history import ImportHistory
from app.views.topics_tab.editor import TopicEditor
from tests.services.importing.conftest import DOUYIN_HEADERS, Files, douyin_row
from tests.views.conftest import TODAY, make_ctx, seed_store


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("OPSDESK_CONFIG_DIR", str(tmp_path / "config"))


def answer_stale(button: str, seen: list[str], shot: str | None = None) -> None:
    """Click `button` of the stale-save question once it is up (it runs modally), noting its text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "staleSaveQuestion":
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        if shot:
            box.grab().save(shot)
        box.findChild(QPushButton, button).click()

    QTimer.singleShot(0, click)


def two_editors(ctx: ViewContext, qtbot: object) -> tuple[TopicEditor, TopicEditor]:
    first, second = TopicEditor(ctx), TopicEditor(ctx)
    for editor in (first, second):
        qtbot.addWidget(editor)  # type: ignore[attr-defined]
        editor.load(1)
    return first, second


def saved_elsewhere(first: TopicEditor, title: str) -> None:
    team.set_my_name("小美")
    first.title.setText(title)
    first.save()
    team.set_my_name("阿强")


@pytest.mark.parametrize(("button", "stored", "shown"), [
    ("reload", "小美的标题", "小美的标题"),      # 重新载入: the other's save is shown, ours dropped
    ("overwrite", "阿强的标题", "阿强的标题"),   # 覆盖: ours replaces it, knowingly
    ("cancel", "小美的标题", "阿强的标题"),      # 取消: nothing saved, our typing stays
])
def test_a_stale_topic_save_asks_and_does_what_was_chosen(ctx: ViewContext, qtbot: object, button: str,
                                                          stored: str, shown: str) -> None:
    first, second = two_editors(ctx, qtbot)
    saved_elsewhere(first, "小美的标题")
    second.title.setText("阿强的标题")
    asked: list[str] = []
    answer_stale(button, asked, "/tmp/h11_stale.png" if button == "reload" else None)
    second.save()
    assert len(asked) == 1 and "小美" in asked[0] and "2026-11-18 10:30" in asked[0]
    assert topics.get_topic(ctx.store, 1).title == stored
    assert second.title.text() == shown
    if button == "overwrite":
        assert topics.get_topic(ctx.store, 1).updated_by == "阿强"


def test_a_fresh_save_asks_nothing(ctx: ViewContext, qtbot: object) -> None:
    first, second = two_editors(ctx, qtbot)
    saved_elsewhere(first, "小美的标题")
    second.load(1)  # a window that reloaded after the other's save holds the new version
    second.title.setText("阿强的标题")
    second.save()
    assert topics.get_topic(ctx.store, 1).title == "阿强的标题"


def test_a_stale_draft_save_asks_and_overwrite_saves_ours(ctx: ViewContext, qtbot: object) -> None:
    first, second = DraftEditor(ctx, "wechat"), DraftEditor(ctx, "wechat")
    for editor in (first, second):
        qtbot.addWidget(editor)  # type: ignore[attr-defined]
        editor.load(4)
    team.set_my_name("小美")
    first.fields["title"].setText("小美改的标题")
    first.save()
    team.set_my_name("阿强")
    second.fields["title"].setText("阿强改的标题")
    asked: list[str] = []
    answer_stale("cancel", asked)
    second.save()
    assert "小美" in asked[0]
    assert drafts.get_draft(ctx.store, 4).title == "小美改的标题"
    assert second.fields["title"].text() == "阿强改的标题"  # 取消 keeps the typing
    answer_stale("overwrite", asked)
    second.save()
    assert drafts.get_draft(ctx.store, 4).title == "阿强改的标题"
    history = drafts.revisions(ctx.store, 4)
    assert [r.saved_by for r in history[:2]] == ["阿强", "小美"]


def test_the_draft_history_shows_who_saved_each_version(ctx: ViewContext, qtbot: object) -> None:
    team.set_my_name("小美")
    drafts.save_draft(ctx.store, 4, {"title": "第一稿"})
    team.set_my_name("阿强")
    drafts.save_draft(ctx.store, 4, {"title": "第二稿"})
    dialog = HistoryDialog(ctx.store, 4)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "阿强" in lines[0] and "小美" in lines[1]


def test_a_stale_campaign_plan_save_asks_and_reload_shows_theirs(ctx: ViewContext, qtbot: object) -> None:
    first, second = PlanPage(ctx), PlanPage(ctx)
    for page in (first, second):
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        page.load(campaigns.campaign(ctx.store, 1), TODAY)
    team.set_my_name("小美")
    first.name.setText("双11 打卡挑战（小美）")
    first.save()
    team.set_my_name("阿强")
    second.name.setText("双11 打卡挑战（阿强）")
    asked: list[str] = []
    answer_stale("reload", asked)
    second.save()
    assert "小美" in asked[0]
    assert campaigns.campaign(ctx.store, 1)["name"] == "双11 打卡挑战（小美）"
    assert second.name.text() == "双11 打卡挑战（小美）"
    second.name.setText("双11 打卡挑战（阿强）")
    second.save()  # after reloading it holds the stored version: saved without a question
    assert campaigns.campaign(ctx.store, 1)["name"] == "双11 打卡挑战（阿强）"
    assert len(asked) == 1


@pytest.mark.both_engines
def test_import_history_shows_who_imported_each_file(store: Any, tmp_path: Path, qtbot: object) -> None:
    seed_store(store)
    ctx = make_ctx(store)
    make = Files(tmp_path)
    team.set_my_name("小美")
    first = make.xlsx("第一周.xlsx", [DOUYIN_HEADERS, douyin_row("第一周作品", "2026-07-01 10:00:00")])
    assert execute(store, analyse_file(store, first)).status == "imported"
    team.set_my_name("阿强")
    second = make.xlsx("第二周.xlsx", [DOUYIN_HEADERS, douyin_row("第二周作品", "2026-07-08 10:00:00")])
    assert execute(store, analyse_file(store, second)).status == "imported"
    history = ImportHistory(ctx)
    qtbot.addWidget(history)  # type: ignore[attr-defined]
    model = history.table.model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    who = [model.data(model.index(r, columns.index("导入人"))) for r in range(model.rowCount())]
    assert who == ["阿强", "小美"]
    history.show()
    history.grab().save("/tmp/h11_import_history.png")


def test_a_stale_month_goal_asks_and_overwrite_writes_ours(ctx: ViewContext, qtbot: object) -> None:
    from app.models import GoalMetric
    from app.services.goals import annual_targets
    from app.views.goals_dialog import GoalsDialog

    first, second = GoalsDialog(ctx, 2026), GoalsDialog(ctx, 2026)
    for dialog in (first, second):
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    metric = first.current_metric()
    team.set_my_name("小美")
    first.model.item(0, 2).setText("50000")  # 3月, all accounts
    team.set_my_name("阿强")
    asked: list[str] = []
    answer_stale("cancel", asked)
    second.model.item(0, 2).setText("60000")  # this window still showed 3月 unset
    assert len(asked) == 1 and "小美" in asked[0]
    assert annual_targets(ctx.store, 2026)[(None, GoalMetric(metric))][2] == 50000
    answer_stale("overwrite", asked)
    second.model.item(0, 2).setText("70000")  # asked again (nothing was reloaded): 覆盖 this time
    assert len(asked) == 2 and "小美" in asked[1]
    assert annual_targets(ctx.store, 2026)[(None, GoalMetric(metric))][2] == 70000
    second.model.item(0, 3).setText("80000")  # 4月, unset in both: no question
    assert len(asked) == 2


def test_splitting_a_year_over_a_month_someone_set_since_asks_first(ctx: ViewContext, qtbot: object) -> None:
    from app.models import GoalMetric
    from app.services.goals import annual_targets
    from app.views.goals_dialog import GoalsDialog

    first, second = GoalsDialog(ctx, 2026), GoalsDialog(ctx, 2026)
    for dialog in (first, second):
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    views = (None, GoalMetric(first.current_metric()))
    team.set_my_name("小美")
    first.model.item(0, 4).setText("9000")  # 5月, while the other window shows an empty year
    team.set_my_name("阿强")
    second.total.setValue(120000)
    asked: list[str] = []
    answer_stale("cancel", asked)
    second.apply_button.click()  # 拆分到各月
    assert len(asked) == 1 and "小美" in asked[0]
    assert annual_targets(ctx.store, 2026)[views] == [None] * 4 + [9000] + [None] * 7  # nothing written
    answer_stale("overwrite", asked)
    second.apply_button.click()
    assert len(asked) == 2
    assert sum(annual_targets(ctx.store, 2026)[views]) == 120000  # the split, 5月 included


def test_an_open_draft_shows_another_operators_save_unless_it_has_unsaved_typing(ctx: ViewContext,
                                                                                 qtbot: object) -> None:
    from app.views.drafts_tab import DraftsTab

    tab = DraftsTab(ctx)
    qtbot.addWidget(tab)  # type: ignore[attr-defined]
    tab.show()
    editor = tab.pages["wechat"].editor
    assert editor.post_id == 4
    drafts.save_draft(ctx.store, 4, {"title": "小美改的标题"})  # another window or operator
    ctx.signals.notify("post")
    assert editor.fields["title"].text() == "小美改的标题"
    editor.fields["title"].setText("阿强在写")
    drafts.save_draft(ctx.store, 4, {"title": "小美又改了"})
    ctx.signals.notify("post")
    assert editor.fields["title"].text() == "阿强在写"


def test_an_open_campaign_plan_shows_another_operators_save_unless_it_has_unsaved_typing(ctx: ViewContext,
                                                                                         qtbot: object) -> None:
    from app.views.campaigns_tab import CampaignsTab

    tab = CampaignsTab(ctx)
    qtbot.addWidget(tab)  # type: ignore[attr-defined]
    tab.show()
    page = tab.campaigns
    assert page.select(1)
    plan = page.plan
    campaigns.update_campaign(ctx.store, 1, name="双11 打卡挑战（小美改）")  # another operator
    ctx.signals.notify("campaign")
    assert plan.name.text() == "双11 打卡挑战（小美改）" and not plan.dirty
    qtbot.keyClicks(plan.name, " v2")  # type: ignore[attr-defined]
    assert plan.dirty
    campaigns.update_campaign(ctx.store, 1, notes="小美的备注")
    ctx.signals.notify("campaign")
    assert plan.name.text() == "双11 打卡挑战（小美改） v2"  # the typing stays
    asked: list[str] = []
    answer_stale("overwrite", asked)
    plan.save()
    assert len(asked) == 1 and not plan.dirty
    assert campaigns.campaign(ctx.store, 1)["name"] == "双11 打卡挑战（小美改） v2"
