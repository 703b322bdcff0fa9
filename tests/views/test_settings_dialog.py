"""设置: each page's change takes effect (scores, plan, language, theme, backups, thresholds, word
lists, data folder), refused values keep the dialog open, and Esc drops unsaved numbers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QLabel, QMessageBox, QSpinBox

from app.services import checks, diagnosis, segments, topics
from app.services.calendar import posting_plan
from app.store import Store
from app.store.backup import list_backups
from app.views.context import ViewContext
from app.views.settings.dialog import SettingsDialog


@pytest.fixture
def dialog(ctx: ViewContext, qtbot: Any) -> SettingsDialog:
    dlg = SettingsDialog(ctx)
    qtbot.addWidget(dlg)
    return dlg


@pytest.fixture
def changes(ctx: ViewContext) -> list[set[str]]:
    seen: list[set[str]] = []
    ctx.signals.dataChanged.connect(seen.append)
    return seen


def number(dlg: SettingsDialog, key: str) -> QDoubleSpinBox:
    box = dlg.findChild(QDoubleSpinBox, f"number_{key}")
    assert box is not None, key
    return box


def choose(box: QComboBox, data: str) -> None:
    box.setCurrentIndex(box.findData(data))


def test_sections_in_order(dialog: SettingsDialog) -> None:
    titles = [dialog.sections.item(i).text() for i in range(dialog.sections.count())]
    assert titles == ["通用", "我的账号", "数据与备份", "团队数据库", "选题评分", "用户分层", "个人信息", "数据诊断",
                      "投放、活动与舆情", "词库", "发布计划"]
    dialog.show_page("plan")
    assert dialog.stack.currentIndex() == 10


def test_topic_weights_change_the_weighted_score(dialog: SettingsDialog, ctx: ViewContext,
                                                 changes: list[set[str]]) -> None:
    store = ctx.store
    before = {t.id: t.weighted_score for t in [topics.get_topic(store, i) for i in (1, 2, 3)]}
    assert before[2] == pytest.approx((2 + 5 + 4) / 3, abs=0.01)
    dialog.show_page("topics")
    number(dialog, "timeliness").setValue(1)
    number(dialog, "value").setValue(0)
    number(dialog, "conversion").setValue(0)
    assert "2" in dialog.pages["topics"].example.text()  # the example follows the boxes
    dialog.accept()
    assert topics.topic_weights(store) == {"timeliness": 1.0, "value": 0.0, "conversion": 0.0}
    after = {t.id: t.weighted_score for t in [topics.get_topic(store, i) for i in (1, 2, 3)]}
    assert after[2] == 2.0 and after[1] == 5.0
    assert any("topic" in c for c in changes)


def test_all_zero_weights_are_refused_and_the_dialog_stays(dialog: SettingsDialog, ctx: ViewContext,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("app.views.settings.dialog.show_user_error", lambda exc, _parent: shown.append(str(exc)))
    dialog.show_page("general")
    for key in ("timeliness", "value", "conversion"):
        number(dialog, key).setValue(0)
    dialog.accept()
    assert shown and "不能" in shown[0]
    assert dialog.result() == 0 and dialog.sections.currentRow() == 4  # opened on 选题评分
    assert topics.topic_weights(ctx.store) == topics.DEFAULT_WEIGHTS


def test_posting_plan_saved(dialog: SettingsDialog, ctx: ViewContext, changes: list[set[str]]) -> None:
    dialog.findChild(QSpinBox, "plan_douyin").setValue(7)
    dialog.findChild(QSpinBox, "plan_wechat").setValue(3)
    assert dialog.apply()
    assert posting_plan(ctx.store) == {"douyin": 7, "wechat": 3}
    assert {"setting"} in changes
    dialog.findChild(QSpinBox, "plan_douyin").setValue(0)
    dialog.apply()
    assert posting_plan(ctx.store) == {"wechat": 3}


def test_language_stored_and_theme_applied_at_once(dialog: SettingsDialog, ctx: ViewContext) -> None:
    choose(dialog.findChild(QComboBox, "languageBox"), "en")
    choose(dialog.findChild(QComboBox, "themeBox"), "dark")
    dialog.apply()
    app = QApplication.instance()
    try:
        assert ctx.store.setting("language") == "en"
        assert ctx.store.setting("theme") == "dark"
        assert app.property("opsdeskTheme") == "dark"
        assert "#1E1F22" in app.styleSheet()
    finally:
        choose(dialog.findChild(QComboBox, "themeBox"), "light")
        dialog.apply()
    assert app.property("opsdeskTheme") == "light"


def test_cancel_drops_unsaved_numbers(dialog: SettingsDialog, ctx: ViewContext, qtbot: Any) -> None:
    dialog.show()
    dialog.findChild(QSpinBox, "plan_douyin").setValue(9)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert posting_plan(ctx.store) == {}


def test_backup_keep_count_prunes_automatic_backups(dialog: SettingsDialog, ctx: ViewContext) -> None:
    dialog.findChild(QSpinBox, "backupKeep").setValue(2)
    dialog.apply()
    assert ctx.store.setting("backup.keep") == 2
    for _ in range(4):
        ctx.store.backup(reason="daily")
    assert len(list_backups(ctx.store.data_dir)) == 2
    page = dialog.pages["data"]
    page.reload_backups()
    assert page.list.rowCount() == 2


def test_restore_the_selected_backup(dialog: SettingsDialog, ctx: ViewContext, monkeypatch: pytest.MonkeyPatch,
                                     changes: list[set[str]]) -> None:
    store = ctx.store
    page = dialog.pages["data"]
    page.backup_now()
    page.reload_backups()
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM topic")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    page.list.selectRow(0)
    page.restore_selected()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM topic").scalar_one() == 3
    assert {"*"} in changes


def test_segment_thresholds_recompute(dialog: SettingsDialog, ctx: ViewContext, changes: list[set[str]]) -> None:
    number(dialog, "churn_days").setValue(400)
    dialog.apply()
    assert segments.get_thresholds(ctx.store)["churn_days"] == 400
    assert any("member" in c for c in changes)


def test_percent_thresholds_are_stored_as_fractions(dialog: SettingsDialog, ctx: ViewContext) -> None:
    box = number(dialog, "channel_share")
    assert box.value() == 50 and box.suffix() == " %"
    box.setValue(60)
    number(dialog, "spike_min").setValue(8)
    dialog.apply()
    assert diagnosis.thresholds(ctx.store)["channel_share"] == pytest.approx(0.6)
    assert ctx.store.setting("watch.thresholds")["spike_min"] == 8
    assert ctx.store.setting("promotions.thresholds") is None  # untouched groups are not written


def test_word_lists_add_remove_reset(dialog: SettingsDialog, ctx: ViewContext, monkeypatch: pytest.MonkeyPatch) -> None:
    page = dialog.pages["wordlists"]
    choose(page.category, "ad_law")
    page.word.setText("宇宙第一")
    page.suggestion.setText("很受欢迎")
    page.add_word()
    entries = {e.word: e for e in checks.load_wordlists(ctx.store).entries("ad_law")}
    assert entries["宇宙第一"].suggestion == "很受欢迎" and entries["宇宙第一"].user
    builtin = next(w for w, e in entries.items() if not e.user)
    row = next(r for r in range(page.words.rowCount()) if page.words.item(r, 0).text() == builtin)
    page.words.selectRow(row)
    page.remove_selected()
    words = {e.word for e in checks.load_wordlists(ctx.store).entries("ad_law")}
    assert builtin not in words
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page.reset_category()
    words = {e.word for e in checks.load_wordlists(ctx.store).entries("ad_law")}
    assert builtin in words and "宇宙第一" not in words


def test_move_remembers_the_new_folder_for_the_next_start(dialog: SettingsDialog, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from app.gui import chosen_data_dir

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    moved = dialog.pages["data"].move_to(tmp_path / "new-home")
    assert moved == (tmp_path / "new-home").resolve()
    assert QSettings().value("dataDir") == str(moved)
    # --data-dir > OPSDESK_DATA_DIR > QSettings 'dataDir'
    assert chosen_data_dir("/explicit") == "/explicit"
    assert chosen_data_dir(None) == os.environ["OPSDESK_DATA_DIR"]
    monkeypatch.delenv("OPSDESK_DATA_DIR")
    assert chosen_data_dir(None) == str(moved)


def test_accounts_page_lists_and_adds_own_accounts(dialog: SettingsDialog, ctx: ViewContext,
                                                   changes: list[set[str]]) -> None:
    page = dialog.pages["accounts"]
    assert page.list.rowCount() == 3  # the seeded own accounts; the competitor is not listed
    choose(page.platform, "bilibili")
    page.name.setText("肌理实验室")
    page.add_account()
    assert page.list.rowCount() == 4
    shown = {(page.list.item(r, 0).text(), page.list.item(r, 1).text()) for r in range(4)}
    assert ("B站", "肌理实验室") in shown
    assert {"account"} in changes


def test_accounts_page_renames_merges_and_archives(dialog: SettingsDialog, ctx: ViewContext,
                                                   changes: list[set[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from app.services.calendar import own_accounts

    page = dialog.pages["accounts"]
    choose(page.platform, "douyin")
    page.name.setText("肌理研究所官方")
    page.add_account()
    added = page.selected()
    assert added is not None and added["name"] == "肌理研究所官方" and page.rename_button.isEnabled()
    # rename
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("肌理官方号", True))
    page.rename_button.click()
    assert page.selected()["name"] == "肌理官方号"  # type: ignore[index]
    # a name the platform already has is refused in plain words and nothing changes
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("肌理研究所", True))
    page.rename_button.click()
    assert "已经有一个叫「肌理研究所」" in warnings[0] and page.selected()["name"] == "肌理官方号"  # type: ignore[index]
    # merge into the seeded Douyin account: its posts move, the account is gone
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[0], True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    page.merge_button.click()
    assert shown == ["已把「肌理官方号」并入「肌理研究所」。"]
    assert [a["name"] for a in page.accounts if a["platform"] == "douyin"] == ["肌理研究所"]
    # archive: shown as 已归档 here, gone from the pickers, back after 取消归档
    page.select(2)
    page.archive_button.click()
    row = next(r for r in range(page.list.rowCount()) if page.accounts[r]["id"] == 2)
    assert page.list.item(row, 3).text() == "已归档" and page.archive_button.text() == "取消归档"
    assert 2 not in [a.id for a in own_accounts(ctx.store)]
    page.archive_button.click()
    assert 2 in [a.id for a in own_accounts(ctx.store)]
    assert changes.count({"account"}) >= 5


def test_switch_to_an_empty_folder_is_the_clean_start_the_welcome_promises(
        dialog: SettingsDialog, ctx: ViewContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.views.welcome import WelcomeDialog

    page = dialog.pages["data"]
    assert "「换一个数据文件夹…」" in WelcomeDialog().findChild(QLabel, "settingsNote").text()
    assert page.switch_button.text() == "换一个数据文件夹…"
    reopened: list[Path] = []
    monkeypatch.setattr(page, "reopen_in", reopened.append)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    other = tmp_path / "papers"
    other.mkdir()
    (other / "note.txt").write_text("x")
    assert page.switch_to(other) is None and "不是 OpsDesk 的数据文件夹" in warnings[0] and reopened == []
    fresh = page.switch_to(tmp_path / "clean")
    assert fresh == (tmp_path / "clean").resolve() and reopened == [fresh]
    assert QSettings().value("dataDir") == str(fresh)
    with Store.open(fresh) as new:
        assert new.is_empty()  # the next start shows the welcome on an empty store
    assert not ctx.store.is_empty()  # the old folder is untouched
    assert page.switch_to(fresh) == fresh and reopened == [fresh, fresh]  # an OpsDesk folder opens as it is


def test_one_module_per_page(dialog: SettingsDialog) -> None:
    """Issue 17: 设置 is a package, each page in a module of its own named for it; the dialog lists them."""
    from app.views.settings.dialog import PAGES

    modules = [type(page).__module__ for page in dialog.pages.values()]
    assert [cls.__module__ for cls in PAGES] == modules
    assert len(set(modules)) == len(modules) == 11
    assert all(m.startswith("app.views.settings.") and m != "app.views.settings.dialog" for m in modules)


def test_english_number_pages_keep_every_box_in_view(ctx: ViewContext, qtbot: Any) -> None:
    """English labels run long ("Follower cost too high: cost per follower ≥ the median of …"): a long
    row puts its box under the label instead of pushing the boxes out of the page."""
    from app.views.language import install_translators, remove_translators

    app = QApplication.instance()
    translators = install_translators(app, "en")
    try:
        dlg = SettingsDialog(ctx)
        qtbot.addWidget(dlg)
        dlg.show()
        for key in ("alerts", "diagnosis", "segments"):
            dlg.show_page(key)
            page = dlg.pages[key]
            viewport = dlg.stack.currentWidget().viewport()

            def boxes_in_view(page: Any = page, viewport: Any = viewport) -> bool:
                return all(box.mapTo(viewport, box.rect().topRight()).x() <= viewport.width()
                           for box in page.findChildren(QDoubleSpinBox))

            qtbot.waitUntil(boxes_in_view, timeout=2000)
    finally:
        remove_translators(app, translators)
