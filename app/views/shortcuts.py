"""Keyboard shortcuts: one table that the menus, the help page and the tests all read.

`install_shortcuts(window)` puts the keys on the main window's existing actions (import, export,
print review, settings, quit), adds the actions that did not exist (new topic, new draft, search,
switch to tab 1–7, help) to `window.actions`, and lays out the menus so every shortcut shows
next to its entry. It never duplicates an action another feature already added.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.views.main_window import MainWindow


@dataclass(frozen=True)
class Shortcut:
    """An action name in `window.actions`, its keys (first one is shown in menus) and what it does."""

    action: str
    keys: tuple[str, ...]
    text: str  # translated with context "Shortcuts"


#: Every shortcut of the main window, in the order the help page lists them.
SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("search", ("Ctrl+K",), QT_TRANSLATE_NOOP("Shortcuts", "搜索选题、内容、用户、活动、反馈和经验")),
    Shortcut("new_topic", ("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "新建选题（在选题库）")),
    Shortcut("new_draft", ("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("Shortcuts", "新建草稿（在草稿页）")),
    Shortcut("import", ("Ctrl+I", "Ctrl+O"), QT_TRANSLATE_NOOP("Shortcuts", "导入平台数据")),
    Shortcut("export", ("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "导出全部数据到 Excel")),
    Shortcut("print_review", ("Ctrl+P",), QT_TRANSLATE_NOOP("Shortcuts", "打印本月复盘")),
    Shortcut("settings", ("Ctrl+,",), QT_TRANSLATE_NOOP("Shortcuts", "打开设置")),
    Shortcut("help", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "使用帮助和快捷键")),
    Shortcut("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("Shortcuts", "退出")),
    *(Shortcut(f"tab_{i}", (f"Ctrl+{i}",), QT_TRANSLATE_NOOP("Shortcuts", "切换到第 {n} 个页面")) for i in range(1, 8)),
)

#: Keys that work inside dialogs and tables everywhere (shown on the help page, not bound here).
GENERAL_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "对话框里确认（默认按钮）；表格里打开选中的一行")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "关闭对话框，不保存")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "在输入框和按钮之间前后移动")),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("Shortcuts", "切换到下一个页面")),
)


def shortcut_text(shortcut: Shortcut, tab_titles: list[str] | None = None) -> str:
    """What a shortcut does, in the UI language (tab shortcuts name their tab when titles are given)."""
    text = QCoreApplication.translate("Shortcuts", shortcut.text)
    if shortcut.action.startswith("tab_"):
        index = int(shortcut.action.removeprefix("tab_"))
        if tab_titles and index <= len(tab_titles):
            return QCoreApplication.translate("Shortcuts", "切换到「{tab}」").format(tab=tab_titles[index - 1])
        return text.format(n=index)
    return text


def native_keys(shortcut: Shortcut) -> str:
    """The keys as this system writes them (⌘ on macOS), alternatives joined by " / "."""
    return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in shortcut.keys)


def _menu_of(action: QAction) -> QMenu | None:
    return next((o for o in action.associatedObjects() if isinstance(o, QMenu)), None)


def install_shortcuts(window: MainWindow) -> None:
    """Bind every key of `SHORTCUTS` on the window and put the new actions into its menus."""
    actions = window.actions

    def add(name: str, text: str, slot: object, icon_name: str | None = None) -> QAction:
        if name in actions:  # another feature made it already: reuse, never duplicate
            return actions[name]
        return window._action(name, text, slot, icon_name=icon_name)

    add("new_topic", QCoreApplication.translate("Shortcuts", "新建选题"), window.new_topic, "topics")
    add("new_draft", QCoreApplication.translate("Shortcuts", "新建草稿"), window.new_draft, "drafts")
    add("search", QCoreApplication.translate("Shortcuts", "搜索…"), window.open_search, "search")
    add("help", QCoreApplication.translate("Shortcuts", "使用帮助"), window.open_help, "help")
    for index in range(window.tabs.count()):
        add(f"tab_{index + 1}", window.tabs.tabText(index),
            lambda _checked=False, i=index: window.tabs.setCurrentIndex(i))
        actions[f"tab_{index + 1}"].setIcon(window.tabs.tabIcon(index))

    for shortcut in SHORTCUTS:
        action = actions.get(shortcut.action)
        if action is not None:
            action.setShortcuts([QKeySequence(k) for k in shortcut.keys])

    file_menu = _menu_of(actions["import"])
    if file_menu is not None and _menu_of(actions["new_topic"]) is None:
        first = file_menu.actions()[0]
        file_menu.insertActions(first, [actions["new_topic"], actions["new_draft"]])
        file_menu.insertSeparator(first)
    help_menu = _menu_of(actions["about"])
    if help_menu is not None and _menu_of(actions["search"]) is None:
        go_menu = QMenu(QCoreApplication.translate("Shortcuts", "前往(&G)"), window)
        go_menu.setObjectName("goMenu")
        go_menu.addAction(actions["search"])
        go_menu.addSeparator()
        for index in range(window.tabs.count()):
            go_menu.addAction(actions[f"tab_{index + 1}"])
        window.menuBar().insertMenu(help_menu.menuAction(), go_menu)
        help_menu.insertAction(help_menu.actions()[0], actions["help"])
        help_menu.insertSeparator(help_menu.actions()[1])
