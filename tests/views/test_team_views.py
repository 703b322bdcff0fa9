"""Team store views (issue 21): stale saves ask before overwriting, who imported / saved shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.services import team, topics
from app.views.context import ViewContext
from app.views.topics_tab.editor import TopicEditor


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
