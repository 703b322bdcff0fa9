"""The 日历 tab on a small store: chips, drag to reschedule and undo, new drafts, filters, plan, hot dates, export."""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from app import clock
from app.models import Post, PostStatus
from app.services.calendar import OwnAccount, posts_between, set_posting_plan
from app.services.hotdates import add_hot_date
from app.store import Store
from app.views.calendar_tab import CalendarTab
from app.views.context import ViewContext
from tests.views.conftest import MONTH_START, make_ctx


@pytest.fixture
def tab(ctx: ViewContext, qtbot: object) -> CalendarTab:
    widget = CalendarTab(ctx)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1400, 900)
    widget.show()
    widget.go_to(MONTH_START, "month")
    return widget


def scheduled_at(store: Store, post_id: int) -> dt.datetime | None:
    with store.reading() as session:
        post = session.get(Post, post_id)
        assert post is not None
        return post.scheduled_at


def center(rect: object) -> QPoint:
    return rect.center().toPoint()  # type: ignore[attr-defined]


def test_month_shows_own_posts_as_chips_not_competitors(tab: CalendarTab) -> None:
    shown = {p.id for p in tab.visible_posts()}
    assert {1, 2, 3} <= shown
    assert 5 not in shown  # a competitor's post is not on my calendar
    assert 4 not in shown  # a draft without a date is not on the calendar
    assert tab.title.text() == f"{MONTH_START.year} 年 {MONTH_START.month} 月"
    assert not tab.stack.isEmpty()


def test_month_grid_shows_every_demo_post_of_the_month(demo_store: Store, qtbot: object) -> None:
    widget = CalendarTab(make_ctx(demo_store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1400, 900)
    widget.show()
    widget.go_to(MONTH_START, "month")
    first, last = widget.window_days()
    expected = posts_between(demo_store, first, last)
    assert expected, "the demo has posts this month"
    grid = widget.month_view
    chips = {p.id for p in widget.visible_posts()}
    overflow = {day: len(grid.data.posts_on(day)) - sum(1 for p in grid.shown_posts() if p.when.date() == day)
                for _rect, day in grid.more}
    # every post is a chip, or counted in its day's "还有 n 条"
    assert len(chips) + sum(overflow.values()) == len(expected)
    assert all(n > 0 for n in overflow.values())
    # the demo's campaigns and rituals are drawn too
    assert grid.ritual_lines


def test_drop_reschedules_and_undo_restores(tab: CalendarTab, seeded_store: Store) -> None:
    before = scheduled_at(seeded_store, 3)
    assert before is not None
    target = before + dt.timedelta(days=2)
    tab.move_post(3, target)
    assert scheduled_at(seeded_store, 3) == target
    assert any(p.id == 3 and p.when == target for p in tab.visible_posts())
    assert tab.undo_button.isEnabled()
    tab.undo_button.click()
    assert scheduled_at(seeded_store, 3) == before
    tab.undo_stack.redo()
    assert scheduled_at(seeded_store, 3) == target


def test_real_mouse_drag_moves_a_chip_to_another_day(tab: CalendarTab, seeded_store: Store) -> None:
    before = scheduled_at(seeded_store, 3)
    assert before is not None
    grid = tab.month_view
    chip = grid.chip_rect(3)
    assert chip is not None
    new_day = before.date() - dt.timedelta(days=1) if before.day > 1 else before.date() + dt.timedelta(days=1)
    drop = grid.cell_rect(new_day)
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center(chip))
    QTest.mouseMove(grid, center(chip) + QPoint(20, 0))
    QTest.mouseMove(grid, center(drop))
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center(drop))
    assert scheduled_at(seeded_store, 3) == dt.datetime.combine(new_day, before.time())
    tab.activateWindow()
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert scheduled_at(seeded_store, 3) == before


def test_click_on_a_chip_opens_the_post(tab: CalendarTab, qtbot: object) -> None:
    chip = tab.month_view.chip_rect(2)
    assert chip is not None
    with qtbot.waitSignal(tab.openItem) as blocker:  # type: ignore[attr-defined]
        QTest.mouseClick(tab.month_view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center(chip))
    assert blocker.args == ["post", 2]


def test_published_post_is_not_moved(tab: CalendarTab, seeded_store: Store) -> None:
    tab.move_post(1, dt.datetime.combine(MONTH_START + dt.timedelta(days=3), dt.time(9)))
    assert "已经发布" in tab.notice.text()
    assert not tab.undo_button.isEnabled()
    with seeded_store.reading() as session:
        post = session.get(Post, 1)
        assert post is not None and post.scheduled_at is None


def test_double_click_on_an_empty_day_starts_a_draft_there(tab: CalendarTab, seeded_store: Store,
                                                           monkeypatch: pytest.MonkeyPatch, qtbot: object) -> None:
    monkeypatch.setattr(tab, "choose_account", lambda when: OwnAccount(3, "xiaohongshu", "肌理小研"))
    day = MONTH_START + dt.timedelta(days=20)
    cell = tab.month_view.cell_rect(day)
    spot = QPoint(int(cell.center().x()), int(cell.bottom() - 6))
    with qtbot.waitSignal(tab.openItem) as blocker:  # type: ignore[attr-defined]
        QTest.mouseDClick(tab.month_view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
    kind, post_id = blocker.args
    assert kind == "post"
    with seeded_store.reading() as session:
        post = session.get(Post, post_id)
        assert post is not None
        assert post.account_id == 3 and post.status == PostStatus.drafting
        assert post.scheduled_at == dt.datetime.combine(day, dt.time(20, 0))
    assert any(p.id == post_id for p in tab.visible_posts())


def test_week_view_drag_changes_the_hour(tab: CalendarTab, seeded_store: Store) -> None:
    before = scheduled_at(seeded_store, 3)
    assert before is not None
    tab.go_to(before.date(), "week")
    grid = tab.week_view
    chip = grid.chip_rect(3)
    assert chip is not None and tab.week_header.data is not None
    start = chip.topLeft().toPoint() + QPoint(10, 5)
    down = start + QPoint(0, 3 * grid.HOUR)  # three hours later, same day
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(grid, start + QPoint(0, 20))
    QTest.mouseMove(grid, down)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, down)
    assert scheduled_at(seeded_store, 3) == before + dt.timedelta(hours=3)


def test_platform_filter_hides_chips(tab: CalendarTab) -> None:
    assert "douyin" in {p.platform for p in tab.visible_posts()}
    tab.platform_boxes["douyin"].setChecked(False)
    platforms = {p.platform for p in tab.visible_posts()}
    assert "douyin" not in platforms and "wechat" in platforms
    tab.platform_boxes["douyin"].setChecked(True)
    assert "douyin" in {p.platform for p in tab.visible_posts()}


def test_hot_dates_campaign_bars_and_upcoming(tab: CalendarTab, seeded_store: Store) -> None:
    day = MONTH_START + dt.timedelta(days=3)
    add_hot_date(seeded_store, day, "品牌会员日", lead_days=5)
    tab.ctx.signals.notify("hot_date")
    assert "品牌会员日" in [h.name for h in tab.month_view.data.hot_on(day)]  # type: ignore[union-attr]
    spans = {(span.campaign_id, span.phase.value) for _rect, span in tab.month_view.bars}
    assert spans >= {(1, "live")}
    live = next(rect for rect, span in tab.month_view.bars if span.phase == "live")
    start = MONTH_START + dt.timedelta(days=10)
    assert live.left() < tab.month_view.cell_rect(start).left() + 5  # the bar begins on the first live day
    assert tab.upcoming_list.count() > 0


def test_plan_gap_text_in_the_month_header(tab: CalendarTab, seeded_store: Store) -> None:
    set_posting_plan(seeded_store, {"douyin": 7})
    tab.refresh()
    card = tab.findChild(type(tab.cards_row.itemAt(0).widget()), "card_douyin")
    assert card is not None
    days = calendar.monthrange(MONTH_START.year, MONTH_START.month)[1]
    assert card.plan.text() == f"还需发 {days - 1} 篇"  # one douyin post placed this month
    short = tab.month_view.data.short_days  # type: ignore[union-attr]
    assert MONTH_START in short and short[MONTH_START] == ["douyin"]


def test_ics_export_of_the_shown_month(tab: CalendarTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "month.ics"
    monkeypatch.setattr(tab, "ics_path", lambda: str(out))
    tab.export_ics()
    cal = Calendar.from_ical(out.read_bytes())
    summaries = [str(event.get("summary")) for event in cal.walk("VEVENT")]
    assert any("烟酰胺怎么用不踩雷" in s for s in summaries)
    assert any("双11 打卡挑战" in s for s in summaries)
    assert str(out) in tab.notice.text()


def test_navigation_and_jump(tab: CalendarTab) -> None:
    tab.step(1)
    nxt = (MONTH_START + dt.timedelta(days=32)).replace(day=1)
    assert tab.title.text() == f"{nxt.year} 年 {nxt.month} 月"
    tab.picker.year.setValue(2025)
    tab.picker.findChild(QPushButton, "pickMonth2").click()
    assert tab.window_days() == (dt.date(2025, 1, 27), dt.date(2025, 3, 2))
    tab.go_today()
    assert tab.month_view.data.today == clock.today()  # type: ignore[union-attr]


def test_in_the_window_a_new_draft_opens_in_the_drafts_tab(ctx: ViewContext, qtbot: object,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from app.views.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1400, 900)
    window.show()
    cal = window.tab_by_name["calendarTab"]
    assert isinstance(cal, CalendarTab)
    cal.go_to(MONTH_START, "month")
    monkeypatch.setattr(cal, "choose_account", lambda when: OwnAccount(2, "douyin", "肌理研究所"))
    cal.new_draft_at(dt.datetime.combine(MONTH_START + dt.timedelta(days=12), dt.time(18, 30)))
    assert window.tabs.currentWidget() is window.tab_by_name["draftsTab"]
    window.tabs.setCurrentWidget(cal)
    titles = [p.title for p in cal.visible_posts()]
    assert f"{MONTH_START + dt.timedelta(days=12):%m-%d} 新草稿" in titles


def test_posting_plan_dialog_saves_the_plan(tab: CalendarTab, seeded_store: Store, qtbot: object) -> None:
    from app.services.calendar import posting_plan
    from app.views.calendar_tab.plan_dialog import PostingPlanDialog

    dialog = PostingPlanDialog(seeded_store, ["wechat", "douyin", "xiaohongshu"], tab)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.spins["douyin"].setValue(7)
    dialog.spins["wechat"].setValue(3)
    dialog.save()
    assert posting_plan(seeded_store) == {"douyin": 7, "wechat": 3}
    tab.refresh()
    assert {c.objectName() for c in tab.findChildren(QWidget) if c.objectName().startswith("card_")} >= {
        "card_douyin", "card_wechat"}


def test_upcoming_lists_the_next_30_days_and_later_preparations_apart(tab: CalendarTab) -> None:
    """Issue 16: 近 30 天热点 listed dates 41 days away among the near ones."""
    rows = [tab.upcoming_list.item(i) for i in range(tab.upcoming_list.count())]
    headings = [i for i, row in enumerate(rows) if row.data(Qt.ItemDataRole.UserRole) is None]
    assert len(headings) == 1 and "30 天以后" in rows[headings[0]].text()
    assert not rows[headings[0]].flags() & Qt.ItemFlag.ItemIsSelectable

    def days_away(row: object) -> int:
        return (dt.date.fromisoformat(row.data(Qt.ItemDataRole.UserRole)) - tab.today).days  # type: ignore[attr-defined]

    near, later = rows[:headings[0]], rows[headings[0] + 1:]
    assert near and all(0 <= days_away(row) <= 30 for row in near)
    assert later and all(days_away(row) > 30 for row in later)
    assert all("开始准备" in row.text() or "该准备了" in row.text() for row in later)


def test_the_months_open_action_items_show_on_the_calendar(seeded_store: Store, qtbot: object) -> None:
    """The calendar's reminders include what last month's review decided (issue 18); ticked, it goes."""
    from app.models.planning import ActionItem
    from tests.views.conftest import make_ctx

    with seeded_store.writing() as uow:
        uow.insert(ActionItem(month="2026-11", platform=None, text="推文发布当天同步到社群", applies_to=["calendar"]))
        uow.insert(ActionItem(month="2026-11", platform="douyin", text="开头 3 秒上痛点", applies_to=["drafts"]))
        uow.insert(ActionItem(month="2026-10", platform=None, text="上个月的事", applies_to=["calendar"]))
    widget = CalendarTab(make_ctx(seeded_store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()
    widget.refresh()
    ticks = widget.loop_notes.ticks
    assert widget.loop_notes.isVisibleTo(widget) and [t.text() for t in ticks] == ["全平台：推文发布当天同步到社群"]
    ticks[0].setChecked(True)
    assert not widget.loop_notes.isVisibleTo(widget)  # the tick reloads the tab: nothing left to do
