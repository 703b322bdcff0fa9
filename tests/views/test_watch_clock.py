"""The 舆情 response clock in the GUI (clock fixed at 2026-11-18 10:30): overdue alerts first and
marked red, the templates for the complaint's kind offered first, the status-bar count, the
response times in 设置; and the search keywords a topic carries into the draft checks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel

from app.services import drafts, topics, watch
from app.store import Store
from app.views.context import ViewContext
from app.views.drafts_tab import DraftsTab
from app.views.main_window import MainWindow
from app.views.settings.dialog import SettingsDialog
from app.views.topics_tab import TopicsTab
from app.views.watch.window import WatchWindow
from tests.views.conftest import make_ctx

OVERDUE = "小美研究所的精华烂脸了"  # 07:00, a negative alert waited 3.5 h > 2 h
FRESH = "小美研究所退款一直不到账"  # 10:00, waited 0.5 h


def _alerts(store: Store) -> None:
    watch.add_keyword(store, "小美研究所", "brand")
    for name, body in (("感谢好评", "谢谢{用户}"), ("退款进度说明", "{用户}，退款已加急"), ("过敏安抚", "{用户}，请先停用")):
        watch.save_template(store, name, body)
    watch.add_pasted(store, FRESH, author="小李", at=dt.datetime(2026, 11, 18, 10, 0))
    watch.add_pasted(store, OVERDUE, author="小王", at=dt.datetime(2026, 11, 18, 7, 0))


def test_overdue_alert_first_marked_with_the_templates_for_its_kind(store: Store, qtbot: Any) -> None:
    _alerts(store)
    win = WatchWindow(make_ctx(store))
    qtbot.addWidget(win)
    win.show()
    page = win.panel.alerts
    model = page.alert_model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    assert [r["text"] for r in rows] == [OVERDUE, FRESH]
    first = model.index(0, 0)
    assert first.data() == "超时·待处理" and model.index(1, 0).data() == "待处理"
    assert model.index(0, 5).data() == "3.5 小时" and model.index(1, 5).data() == "30 分钟"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).name().upper() == "#B42318"
    assert model.index(1, 5).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.alert_count.text().startswith("超时未回复 1 · ")
    assert "超过回复时限" in win.panel.banner.text() and win.panel.banner.isVisible()
    # the first (overdue) alert is chosen: its clock, its kind, the 过敏 template picked and filled in
    detail = page.alert_text.toPlainText()
    assert "已等 3.5 小时" in detail and "已超时" in detail and "投诉类型：过敏" in detail
    assert page.template_pick.currentText() == "过敏安抚（适合过敏）"
    assert page.reply_edit.toPlainText() == "小王，请先停用"
    # the other alert offers the refund template first
    page.alert_view.selectRow(1)
    assert [page.template_pick.itemText(i) for i in range(page.template_pick.count())] == [
        "不用模板，自己写", "退款进度说明（适合退款）", "感谢好评", "过敏安抚"]
    assert page.reply_edit.toPlainText() == "小李，退款已加急"
    # answering the overdue one takes it off the top and out of the count
    page.alert_view.selectRow(0)
    page.reply_button.click()
    rows = [model.row_at(i) for i in range(model.rowCount())]
    assert rows[0]["text"] == FRESH and not page.alert_count.text().startswith("超时")
    assert not win.panel.banner.isVisible()


def test_status_bar_names_the_overdue_alerts(store: Store, qtbot: Any) -> None:
    _alerts(store)
    win = MainWindow(make_ctx(store))
    qtbot.addWidget(win)
    button = win.watch.button
    assert button.text() == "超时未回复 1 条 · 舆情预警 2 条"
    assert "超过了回复时限" in button.toolTip()
    store.set_setting(watch.RESPONSE_SETTING, {"negative": 4})
    win.ctx.signals.notify("setting")
    assert button.text() == "舆情预警 2 条"


def test_response_times_are_set_in_the_settings(ctx: ViewContext, qtbot: Any) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    negative = dialog.findChild(QDoubleSpinBox, "number_negative")
    neutral = dialog.findChild(QDoubleSpinBox, "number_neutral")
    assert (negative.value(), neutral.value()) == (2, 24)
    negative.setValue(1.5)
    dialog.apply()
    assert watch.response_limits(ctx.store) == {"negative": 1.5, "neutral": 24}


def test_search_keywords_typed_in_the_topic_reach_the_xhs_title_check(ctx: ViewContext, qtbot: Any) -> None:
    tab = TopicsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_item(2)
    tab.editor.search_keywords.setText("烟酰胺怎么用，新手护肤")
    tab.editor.save()
    row = topics.get_topic(ctx.store, 2)
    assert row.search_keywords == ["烟酰胺怎么用", "新手护肤"] and "烟酰胺怎么用" not in row.tags
    drafts_tab = DraftsTab(ctx)
    qtbot.addWidget(drafts_tab)
    drafts_tab.show()
    assert drafts_tab.show_item(3)
    editor = drafts_tab.pages["xiaohongshu"].editor
    assert drafts.get_draft(ctx.store, 3).topic_id == 2
    editor.fields["title"].setText("新手护肤：烟酰胺入门")
    editor.run_checks()
    advice = [f for f in editor.findings if f.rule == "title_keywords"]
    assert [f.text for f in advice] == ["烟酰胺怎么用"] and advice[0].message.startswith("建议")


def test_waits_read_in_minutes_hours_or_days() -> None:
    from app.views.watch.display import hours_text

    assert [hours_text(h) for h in (0.25, 3.5, 47.9, 159.05, None)] == ["15 分钟", "3.5 小时", "47.9 小时", "6.6 天", ""]


def test_demo_operator_has_answered_last_months_alerts(demo_store: Store, qtbot: Any) -> None:
    """A year in, old comment and complaint alerts are answered: the overdue ones are few and named."""
    open_alerts = [a for a in watch.alerts(demo_store) if watch.is_open(a)]
    old = dt.datetime(2026, 11, 18, 10, 30) - dt.timedelta(days=7)
    assert not [a for a in open_alerts if a["source"] == "comment" and a["feedback_id"] is None
                and a["mentioned_at"] < old]
    win = MainWindow(make_ctx(demo_store))
    qtbot.addWidget(win)
    late = watch.alert_counts(demo_store)["overdue"]
    assert 0 < late < 10 and win.watch.button.text().startswith(f"超时未回复 {late} 条")


def test_start_notice_says_how_many_are_overdue(store: Store, qtbot: Any) -> None:
    _alerts(store)
    win = MainWindow(make_ctx(store))
    qtbot.addWidget(win)
    win.watch.after_start()
    notice = win.watch.notice
    assert notice is not None
    texts = [label.text() for label in notice.findChildren(QLabel)]
    assert any("1 条已超过回复时限还没回复" in t for t in texts)
    notice.close()


def test_demo_topics_for_xiaohongshu_carry_search_keywords(demo_store: Store) -> None:
    rows = topics.ranked_topics(demo_store)
    xhs = [r for r in rows if "xiaohongshu" in r.platforms]
    assert xhs and all(r.search_keywords for r in xhs)
    assert not [r for r in rows if "xiaohongshu" not in r.platforms and r.search_keywords]


def test_english_clock_text_keeps_its_two_sentences_apart(store: Store, qtbot: Any) -> None:
    """In English the overdue sentence followed the clock's without a space ("within 2 hours.Overdue");
    it now stands on its own line."""
    from PySide6.QtWidgets import QApplication

    from app.views.language import install_translators, remove_translators

    _alerts(store)
    app = QApplication.instance()
    translators = install_translators(app, "en")
    try:
        win = WatchWindow(make_ctx(store))
        qtbot.addWidget(win)
        win.show()
        lines = win.panel.alerts.alert_text.toPlainText().splitlines()
        clock = next(i for i, line in enumerate(lines) if line.startswith("Waited 3.5"))
        assert lines[clock].endswith("hours.") and lines[clock + 1].startswith("Overdue")
    finally:
        remove_translators(app, translators)
