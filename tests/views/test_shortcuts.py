"""Keyboard: every shortcut of the table is on an action that sits in a menu, no key is bound twice,
the actions do what they say, and the help page lists them with the monthly loop."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from app.views.context import ViewContext
from app.views.help_dialog import HelpDialog
from app.views.main_window import MainWindow
from app.views.settings.dialog import SettingsDialog
from app.views.shortcuts import SHORTCUTS, install_shortcuts


@pytest.fixture
def window(ctx: ViewContext, qtbot: Any) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    return win


def test_every_shortcut_is_on_an_action_in_a_menu(window: MainWindow) -> None:
    for shortcut in SHORTCUTS:
        action = window.actions[shortcut.action]
        assert action.shortcut() == QKeySequence(shortcut.keys[0]), shortcut.action
        assert [k.toString() for k in action.shortcuts()] == list(shortcut.keys)
        assert action.isEnabled(), shortcut.action
        assert any(isinstance(o, QMenu) for o in action.associatedObjects()), shortcut.action
    keys = [k.toString() for a in window.actions.values() for k in a.shortcuts()]
    assert len(keys) == len(set(keys)), "a key bound twice"


def test_menus_in_order_and_installing_twice_adds_nothing(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["文件(&F)", "工具(&T)", "前往(&G)", "帮助(&H)"]
    go = window.menuBar().actions()[2].menu()
    assert [a.text() for a in go.actions() if a.text()] == ["搜索…", "日历", "选题库", "草稿", "用户与社群", "图表",
                                                          "活动", "复盘"]
    file_menu = window.menuBar().actions()[0].menu()
    count = len(file_menu.actions())
    install_shortcuts(window)
    assert len(file_menu.actions()) == count and len(window.menuBar().actions()) == 4


def test_tab_shortcuts_switch_tabs(window: MainWindow) -> None:
    for i in (7, 2, 4, 1):
        window.actions[f"tab_{i}"].trigger()
        assert window.tabs.currentIndex() == i - 1


def test_new_topic_and_new_draft(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    window.actions["new_topic"].trigger()
    topics = window.tab_by_name["topicsTab"]
    assert window.tabs.currentWidget() is topics
    assert topics.editor.topic_id is None  # type: ignore[attr-defined]  # a blank editor for a new topic
    window.actions["new_draft"].trigger()
    assert window.tabs.currentWidget() is window.tab_by_name["draftsTab"]


def test_settings_and_help_open_from_their_actions(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self.objectName()) or 0)
    monkeypatch.setattr(HelpDialog, "exec", lambda self: opened.append(self.objectName()) or 0)
    window.actions["settings"].trigger()
    window.actions["help"].trigger()
    assert opened == ["settingsDialog", "helpDialog"]


def test_help_page_has_the_loop_the_tabs_and_every_shortcut(window: MainWindow, qtbot: Any) -> None:
    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for words in ("计划", "生产", "分发", "复盘", "运营手册", "Ctrl+K", "Ctrl+Shift+N", "Ctrl+I / Ctrl+O", "F1",
                  "切换到「用户与社群」", "Esc"):
        assert words in text, words
    html = dialog.page_html()
    assert 'href="tab:reviewTab"' in html
    from PySide6.QtCore import QUrl

    dialog._link(QUrl("tab:campaignsTab"))
    assert window.tabs.currentWidget() is window.tab_by_name["campaignsTab"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_new_draft_shortcut_creates_a_draft_on_the_shown_platform(window: MainWindow,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from app.services.drafts import get_draft, post_platform

    drafts_tab = window.tab_by_name["draftsTab"]
    window.tabs.setCurrentWidget(drafts_tab)
    drafts_tab.platforms.setCurrentWidget(drafts_tab.page("xiaohongshu"))  # type: ignore[attr-defined]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("早C晚A怎么搭", True))
    window.actions["new_draft"].trigger()
    page = drafts_tab.page("xiaohongshu")  # type: ignore[attr-defined]
    post_id = page.editor.post_id
    assert post_id is not None and post_platform(window.ctx.store, post_id) == "xiaohongshu"
    assert get_draft(window.ctx.store, post_id).title == "早C晚A怎么搭"
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    assert drafts_tab.new_draft() is None  # type: ignore[attr-defined]
