"""品牌与舆情 window: opens on the demo store, a reply copied and recorded, pasted comments, words,
the brand guide printed, and the main window's count, menu entry and start-up notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QScrollArea

from app.services import brand, watch
from app.services.watch_text import complaint_kinds
from app.store import Store
from app.views.main_window import MainWindow
from app.views.watch.display import highlight_html
from app.views.watch.window import WatchWindow
from tests.views.conftest import make_ctx


@pytest.fixture
def window(store: Store, qtbot: object) -> WatchWindow:
    watch.add_keyword(store, "小美研究所", "brand")
    watch.save_template(store, "致歉", "{用户}你好，{品牌}非常抱歉！")
    watch.add_pasted(store, "小美研究所的精华烂脸了", author="小王")
    win = WatchWindow(make_ctx(store))
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    return win


def test_opens_on_the_demo_store(demo_store: Store, qtbot: object) -> None:
    win = WatchWindow(make_ctx(demo_store))
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    panel = win.panel
    counts = watch.alert_counts(demo_store)
    assert panel.alerts.alert_model.rowCount() == counts["open"] > 0
    assert panel.mentions.mention_model.rowCount() >= 53
    assert panel.keywords.keyword_model.rowCount() >= 14
    assert panel.alerts.template_pick.count() == 1 + len(watch.reply_templates(demo_store))
    assert "<span" in panel.alerts.alert_text.toHtml()
    assert panel.mentions.mention_count.text()


def test_reply_with_a_template_copies_and_records(window: WatchWindow) -> None:
    panel = window.panel
    panel.alerts.template_pick.setCurrentIndex(panel.alerts.template_pick.findText("致歉"))
    assert panel.alerts.reply_edit.toPlainText() == "小王你好，小美研究所非常抱歉！"
    panel.alerts.reply_button.click()
    assert QGuiApplication.clipboard().text() == "小王你好，小美研究所非常抱歉！"
    alert = watch.alerts(panel.ctx.store)[0]
    assert alert["status"] == "responding" and alert["first_response_at"] is not None
    assert alert["response"] == "小王你好，小美研究所非常抱歉！"
    panel.alerts.resolve_button.click()
    assert watch.alerts(panel.ctx.store)[0]["status"] == "resolved"
    assert panel.alerts.alert_model.rowCount() == 0  # the default filter shows open alerts only


def test_empty_reply_is_refused(window: WatchWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a))
    window.panel.alerts.reply_edit.clear()
    window.panel.alerts.reply_button.click()
    assert shown and watch.alerts(window.panel.ctx.store)[0]["status"] == "new"


def test_paste_box_and_keywords(window: WatchWindow) -> None:
    panel = window.panel
    panel.mentions.paste_box.setPlainText("小美研究所是假货\n今天好热")
    panel.mentions.check_pasted()
    assert "【预警】" in panel.mentions.paste_result.toPlainText()
    assert panel.alerts.alert_model.rowCount() == 2
    panel.keywords.term_edit.setText("小美面膜")
    panel.keywords.kind_pick.setCurrentIndex(panel.keywords.kind_pick.findData("product"))
    panel.keywords.add_keyword()
    kinds = {k["term"]: k["kind"] for k in watch.keywords(panel.ctx.store)}
    assert kinds["小美面膜"] == "product"
    row = panel.keywords.keyword_model.row_of("小美面膜", "term")
    panel.keywords.keyword_model.setData(panel.keywords.keyword_model.index(row, 0), Qt.CheckState.Unchecked.value,
                                         Qt.ItemDataRole.CheckStateRole)
    assert not {k["term"]: k["enabled"] for k in watch.keywords(panel.ctx.store)}["小美面膜"]


def test_brand_guide_saves_and_prints(window: WatchWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = window.panel
    panel.guide.guide_fields["brand"].setText("小美研究所")
    panel.guide.guide_fields["taboo"].setText("白菜价、地摊货")
    panel.guide.tone_preset.setCurrentIndex(1)
    panel.guide._tone_preset_chosen(1)
    panel.guide.save_guide()
    guide = brand.load_guide(panel.ctx.store)
    assert guide.taboo == ["白菜价", "地摊货"] and guide.tone.startswith("专业严谨")
    pdf = tmp_path / "guide.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "PDF (*.pdf)"))
    panel.guide.export_pdf()  # the printed guide of app/report, with the bundled font
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 2000


def test_highlight_marks_terms() -> None:
    html = highlight_html("小美研究所<b>烂脸", ["烂脸", "小美研究所"])
    assert html.count("<span") == 2 and "&lt;b&gt;" in html


def test_main_window_count_menu_and_notice(store: Store, qtbot: object) -> None:
    watch.add_keyword(store, "小美研究所", "brand")
    watch.add_pasted(store, "小美研究所的精华过敏了")
    win = MainWindow(make_ctx(store))
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    hook = win.watch
    assert hook.button.text() == "舆情预警 1 条"
    assert win.findChild(type(hook.action), "action_watch") is hook.action
    hook.after_start()
    assert hook.notice is not None and not hook.notice.isModal()
    hook.notice.close()
    hook.button.click()
    assert hook.watch_window is not None and hook.watch_window.isVisible()
    assert hook.watch_window.panel.alerts.alert_model.rowCount() == 1


def test_start_notice_tells_each_new_alert_once_without_taking_focus(store: Store, qtbot: object) -> None:
    """Issue 16: the 舆情 pop-up came back on every start, took the focus and could outgrow the screen."""
    watch.add_keyword(store, "小美研究所", "brand")
    watch.add_pasted(store, "小美研究所的精华过敏了")

    def start() -> MainWindow:
        win = MainWindow(make_ctx(store))
        qtbot.addWidget(win)  # type: ignore[attr-defined]
        win.watch.after_start()
        return win

    notice = start().watch.notice
    assert notice is not None and notice.isVisible() and not notice.isModal()
    assert notice.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert "小美研究所的精华过敏了" in notice.alert_texts()
    QTest.keyClick(notice, Qt.Key.Key_Escape)
    assert not notice.isVisible()

    assert start().watch.notice is None  # the same open alert: told once, the status bar still counts it

    for i in range(40):
        watch.add_pasted(store, f"小美研究所第 {i} 批货发错了，太差了")
    notice = start().watch.notice
    assert notice is not None
    texts = notice.alert_texts()
    assert texts[0].startswith("负面提及激增")  # the spike these 40 raise comes first
    assert len(texts) == 41 and "小美研究所的精华过敏了" not in texts
    screen = notice.screen().availableGeometry()
    assert notice.height() <= screen.height() and notice.width() <= screen.width()
    assert notice.findChild(QScrollArea) is not None
    notice.close()


def test_each_page_is_its_own_module_and_keeps_its_translations(store: Store, qtbot: object) -> None:
    """Issue 17: the five pages live in app/views/watch/, one module each, and still speak English
    with the translations written for the panel they came from (context "WatchPanel")."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton

    from app.views.language import install_translators, remove_translators

    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_translators(app, "en")
    try:
        win = WatchWindow(make_ctx(store))
        qtbot.addWidget(win)  # type: ignore[attr-defined]
        panel = win.panel
        pages = [panel.tabs.widget(i) for i in range(panel.tabs.count())]
        assert [type(p).__module__ for p in pages] == [f"app.views.watch.{m}" for m in
                                                       ("alerts", "mentions", "keywords", "templates", "guide")]
        assert panel.tabs.tabText(0) == "Alerts"
        buttons = {w.text() for page in pages for w in page.findChildren(QPushButton)}
        assert len(buttons) >= 10
        assert not [w for w in buttons if any("\u4e00" <= ch <= "\u9fff" for ch in w)]
        labels = {w.text() for page in pages for w in page.findChildren(QLabel)}
        assert "状态：" not in labels and "粘贴评论：" not in labels
        assert panel.alerts.alert_model.headerData(0, Qt.Orientation.Horizontal) == "Status"
    finally:
        remove_translators(app, translators)


def test_complaint_kinds_show_in_the_chosen_language(store: Store, qtbot: object) -> None:
    """The kind names (过敏, 效果 …) come from a word list; they showed in Chinese in the English UI.
    They go through the "labels" context like every other stored code's word."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    english = {"退款": "Refund", "客服": "Customer service"}

    class Labels(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str | None:  # None: no translation here, ask the next translator
            return english.get(source) if context == "labels" else None

    assert set(english) <= set(watch.KIND_NAMES)
    assert {k.name for k in complaint_kinds()} <= set(watch.KIND_NAMES)  # every kind in the word list is marked
    watch.add_keyword(store, "小美研究所", "brand")
    watch.save_template(store, "退款致歉", "{用户}你好，马上为您处理。")
    watch.add_pasted(store, "小美研究所退款申请一周没人理，要投诉了", author="小王")
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    labels = Labels()
    app.installTranslator(labels)
    try:
        win = WatchWindow(make_ctx(store))
        qtbot.addWidget(win)  # type: ignore[attr-defined]
        win.show()
        alerts = win.panel.alerts
        text = alerts.alert_text.toPlainText()
        assert "投诉类型：Refund、Customer service" in text  # the text's own words stay as written
        assert alerts.template_pick.itemText(1) == "退款致歉（适合Refund）"
    finally:
        app.removeTranslator(labels)
