"""日历: the content calendar tab — month and week views, plan and goal header, hot dates, export.

Posts, campaigns, rituals, the posting plan and goals are cheap SQL and load on the UI thread;
hot dates need the `holidays` and `lunar-python` libraries (about 1.5 s the first time in a
process, 0.1–0.3 s for each new year), so a year's first load runs on the worker and fills the
grid when it arrives; later loads of the same years are instant.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QCursor,
    QKeySequence,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app import clock
from app.i18n import UserError
from app.models import GoalMetric
from app.models.vocabulary import Month
from app.services.calendar import (
    REMAINING_HINT,
    CalendarPost,
    OwnAccount,
    PlatformPlan,
    Rescheduled,
    campaign_spans,
    own_accounts,
    plan_gaps,
    posts_between,
    reschedule,
    ritual_events,
    undo_reschedule,
)
from app.services.goals import GoalProgress, goal_progress
from app.services.hotdates import (
    LEAD_HINT,
    HotDateItem,
    UpcomingHotDate,
    generated_horizon,
    hot_dates_between,
    upcoming_hot_dates,
)
from app.views.base import DataTab, EmptyState, clear_layout
from app.views.calendar_tab.grid import KIND_COLORS, GridData, MonthGrid, WeekGrid, WeekHeader
from app.views.calendar_tab.header import PlatformCard
from app.views.context import ViewContext
from app.views.errors import user_message
from app.views.language import year_suffix
from app.views.loop_notes import LoopNotes
from app.views.table_models import label, platform_icon, platform_name, swatch_icon

#: Years whose generated hot dates are already computed in this process (then a load is instant).
_WARM_YEARS: set[int] = set()

#: How far ahead "近期热点" looks.
UPCOMING_DAYS = 30


def load_hot_dates(store: Any, first: dt.date, last: dt.date, today: dt.date) -> tuple[list[HotDateItem],
                                                                                        list[UpcomingHotDate]]:
    """The window's hot dates and the upcoming ones (slow the first time for a year: run it on the worker)."""
    return hot_dates_between(store, first, last), upcoming_hot_dates(store, today, UPCOMING_DAYS)


def _years_needed(first: dt.date, last: dt.date, today: dt.date) -> set[int]:
    horizon = generated_horizon(today, UPCOMING_DAYS)
    return set(range(first.year, last.year + 1)) | set(range(today.year, horizon.year + 1))


class RescheduleCommand(QUndoCommand):
    """A drag that moved a post; undo puts it back (through the writer, like the move itself)."""

    def __init__(self, tab: CalendarTab, change: Rescheduled, title: str) -> None:
        super().__init__(QCoreApplication.translate("CalendarTab", "改期《{title}》").format(title=title))
        self.tab, self.change, self._done = tab, change, True

    def redo(self) -> None:
        if self._done:  # the move already happened when the chip was dropped
            self._done = False
            return
        self.tab.write(reschedule, self.tab.ctx.store, self.change.post_id, self.change.current)

    def undo(self) -> None:
        self.tab.write(undo_reschedule, self.tab.ctx.store, self.change)


class MonthPicker(QWidget):
    """Year spin box and twelve month buttons, shown in the title's drop-down to jump to any month."""

    def __init__(self, on_pick: Callable[[int, int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setSuffix(year_suffix())
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.addWidget(self.year, 0, 0, 1, 4)
        for m in range(1, 13):
            button = QPushButton(self.tr("{m} 月").format(m=m), self)
            button.setObjectName(f"pickMonth{m}")
            button.clicked.connect(lambda _=False, m=m: on_pick(self.year.value(), m))
            grid.addWidget(button, 1 + (m - 1) // 4, (m - 1) % 4)


class CalendarTab(DataTab):
    """The content calendar: month view (default) and week view with hours.

    Click a chip to open the post, drag it to reschedule (Ctrl+Z undoes), double-click an empty
    day (or hour) to start a draft there.

    Signals:
        openItem(str, int): ("post", id) when a chip is clicked or a draft was created.
    """

    tables = frozenset({"post", "account", "hot_date", "campaign", "community", "goal", "account_daily",
                        "post_metrics", "conversion", "action_item"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = clock.today()
        self.anchor = self.today
        self.mode = "month"
        self.accounts: list[OwnAccount] = []
        self.data: GridData | None = None
        self.plans: list[PlatformPlan] = []
        self.goals: list[GoalProgress] = []
        self.upcoming: list[UpcomingHotDate] = []
        self.platform_boxes: dict[str, QCheckBox] = {}
        self.undo_stack = QUndoStack(self)
        self._hot_key: tuple[dt.date, dt.date] | None = None
        self._scrolled = False  # the week view opens at 07:00 once, then keeps where the user scrolled
        self._build()

    # -- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        previous = QPushButton("◀", self)
        previous.setObjectName("navButton")
        previous.setToolTip(self.tr("上一页"))
        following = QPushButton("▶", self)
        following.setObjectName("navButton")
        following.setToolTip(self.tr("下一页"))
        today = QPushButton(self.tr("今天"), self)
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        today.clicked.connect(self.go_today)
        self.title = QToolButton(self)
        self.title.setObjectName("monthTitle")
        self.title.setStyleSheet("QToolButton#monthTitle { font-size: 17px; font-weight: bold; border: none;"
                                 " padding: 2px 8px; } QToolButton#monthTitle:hover { color: #2B64E3; }")
        self.title.setToolTip(self.tr("跳转到某个月"))
        self.title.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.jump_menu = QMenu(self.title)
        self.picker = MonthPicker(self._pick_month, self.jump_menu)
        action = QWidgetAction(self.jump_menu)
        action.setDefaultWidget(self.picker)
        self.jump_menu.addAction(action)
        self.jump_menu.aboutToShow.connect(lambda: self.picker.year.setValue(self.anchor.year))
        self.title.setMenu(self.jump_menu)

        self.month_button = QPushButton(self.tr("月"), self)
        self.week_button = QPushButton(self.tr("周"), self)
        self.mode_group = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
        self.month_button.setChecked(True)
        for button in (self.month_button, self.week_button):
            button.setStyleSheet("QPushButton:checked { background: #EEF3FF; color: #2B64E3; border-color: #2B64E3;"
                                 " font-weight: bold; }")
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.undo_button = QPushButton(self.tr("撤销"), self)
        self.undo_button.setToolTip(self.tr("撤销上一次改期（Ctrl+Z）"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(self.tr("撤销：{what}（Ctrl+Z）").format(what=text) if text
                                                     else self.tr("撤销上一次改期（Ctrl+Z）")))
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.plan_button = QPushButton(self.tr("发布计划…"), self)
        self.plan_button.clicked.connect(self.edit_plan)
        self.goals_button = QPushButton(self.tr("目标…"), self)
        self.goals_button.clicked.connect(self.edit_goals)
        self.hot_button = QPushButton(self.tr("热点日历…"), self)
        self.hot_button.clicked.connect(self.edit_hot_dates)
        self.ics_button = QPushButton(self.tr("导出日历文件 (.ics)"), self)
        self.ics_button.setToolTip(self.tr("把这个月的内容、热点、活动和社群活动导出，手机和电脑日历都能导入"))
        self.ics_button.clicked.connect(self.export_ics)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(previous)
        bar.addWidget(self.title)
        bar.addWidget(following)
        bar.addWidget(today)
        bar.addSpacing(12)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)
        bar.addSpacing(12)
        bar.addWidget(self.undo_button)
        bar.addStretch(1)
        for button in (self.plan_button, self.goals_button, self.hot_button, self.ics_button):
            bar.addWidget(button)

        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(10)
        self.filters_label = filters_label = QLabel(self.tr("平台："), self)
        self.filter_boxes_row = QHBoxLayout()
        self.filter_boxes_row.setSpacing(10)
        legend = QLabel(self.tr("实心 = 已发布　浅色 = 已排期　虚线 = 草稿中　◆ 社群活动　橙点 = 没达到发布计划"), self)
        legend.setObjectName("rowCount")
        self.filter_row.addWidget(filters_label)
        self.filter_row.addLayout(self.filter_boxes_row)
        self.filter_row.addStretch(1)
        self.filter_row.addWidget(legend)

        self.metric_box = QComboBox(self)
        for metric in GoalMetric:
            self.metric_box.addItem(label("goal_metric", metric), metric.value)
        self.metric_box.setCurrentIndex(self.metric_box.findData(GoalMetric.followers_gained.value))
        self.metric_box.currentIndexChanged.connect(self._fill_header)
        self.metric_box.setToolTip(self.tr("月度目标按哪个指标显示"))
        self.cards_row = QHBoxLayout()
        self.cards_row.setSpacing(6)
        self.header_hint = QLabel(self)
        self.header_hint.setObjectName("rowCount")
        self.header_hint.setWordWrap(True)
        header = QHBoxLayout()
        header.setSpacing(8)
        goal_label = QLabel(self.tr("本月目标："), self)
        header.addWidget(goal_label)
        header.addWidget(self.metric_box)
        header.addLayout(self.cards_row)
        header.addWidget(self.header_hint, 1)

        self.month_view = MonthGrid(self)
        self.month_view.setObjectName("monthGrid")
        self.week_header = WeekHeader(self)
        self.week_view = WeekGrid(self)
        self.week_view.setObjectName("weekGrid")
        self.week_scroll = QScrollArea(self)
        self.week_scroll.setWidget(self.week_view)
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.week_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        week_page = QWidget(self)
        week_layout = QVBoxLayout(week_page)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.setSpacing(0)
        week_layout.addWidget(self.week_header)
        week_layout.addWidget(self.week_scroll, 1)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.month_view)
        self.views.addWidget(week_page)
        for view in (self.month_view, self.week_view):
            view.postOpened.connect(lambda post_id: self.openItem.emit("post", post_id))
            view.postMoved.connect(self.move_post)
            view.newDraftRequested.connect(self.new_draft_at)
        self.month_view.dayOpened.connect(self.show_week_of)
        self.stack = EmptyState(
            self.views, self.tr("还没有自有账号 — 用「文件 → 导入…」导入平台后台的数据，日历上就能排内容了"), self)

        self.upcoming_list = QListWidget(self)
        self.upcoming_list.setObjectName("upcomingHotDates")
        self.upcoming_list.setWordWrap(True)
        self.upcoming_list.setSpacing(2)
        self.upcoming_list.itemActivated.connect(self._upcoming_activated)
        self.upcoming_list.addItem(self.tr("正在加载热点…"))
        upcoming_title = QLabel(self.tr("近 30 天热点"), self)
        upcoming_title.setStyleSheet("font-weight: bold;")
        manage = QPushButton(self.tr("管理热点…"), self)
        manage.clicked.connect(self.edit_hot_dates)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(upcoming_title)
        side.addWidget(self.upcoming_list, 1)
        side.addWidget(manage)
        self.side = QWidget(self)
        self.side.setLayout(side)
        self.side.setFixedWidth(230)

        body = QHBoxLayout()
        body.setSpacing(10)
        body.addWidget(self.stack, 1)
        body.addWidget(self.side)

        self.notice = QLabel(self)
        self.notice.setObjectName("calendarNotice")
        self.notice.setWordWrap(True)
        self._notice_timer = QTimer(self, singleShot=True, interval=10_000)
        self._notice_timer.timeout.connect(self.notice.clear)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addLayout(self.filter_row)
        layout.addLayout(header)
        self.loop_notes = LoopNotes(self.ctx, "calendar", self)
        layout.addWidget(self.loop_notes)
        layout.addLayout(body, 1)
        layout.addWidget(self.notice)

    # -- navigation -------------------------------------------------------------------------------
    def window_days(self) -> tuple[dt.date, dt.date]:
        """First and last day the current view shows (whole weeks, Monday first)."""
        if self.mode == "week":
            monday = self.anchor - dt.timedelta(days=self.anchor.weekday())
            return monday, monday + dt.timedelta(days=6)
        shown = Month.of(self.anchor)
        first, last = shown.first, shown.last
        return first - dt.timedelta(days=first.weekday()), last + dt.timedelta(days=6 - last.weekday())

    def shown_month(self) -> tuple[int, int]:
        """The month the header, the plan and the .ics export are about."""
        if self.mode == "week":
            thursday = self.anchor - dt.timedelta(days=self.anchor.weekday()) + dt.timedelta(days=3)
            return thursday.year, thursday.month
        return self.anchor.year, self.anchor.month

    def go_to(self, day: dt.date, mode: str | None = None) -> None:
        self.anchor = day
        if mode is not None:
            self.mode = mode
            (self.month_button if mode == "month" else self.week_button).setChecked(True)
        self.refresh()

    def step(self, n: int) -> None:
        if self.mode == "week":
            self.go_to(self.anchor + dt.timedelta(days=7 * n))
        else:
            index = self.anchor.year * 12 + self.anchor.month - 1 + n
            self.go_to(dt.date(index // 12, index % 12 + 1, 1))

    def go_today(self) -> None:
        self.today = clock.today()
        self.go_to(self.today)

    def set_mode(self, mode: str) -> None:
        self.go_to(self.anchor, mode)

    def show_week_of(self, day: dt.date) -> None:
        self.go_to(day, "week")

    def _pick_month(self, year: int, month: int) -> None:
        self.jump_menu.close()
        self.go_to(dt.date(year, month, 1), "month")

    # -- loading ----------------------------------------------------------------------------------
    def selected_platforms(self) -> list[str] | None:
        """Checked platforms, None when all are (so new platforms show up without a click)."""
        checked = [code for code, box in self.platform_boxes.items() if box.isChecked()]
        return None if len(checked) == len(self.platform_boxes) else checked

    def _sync_platform_boxes(self) -> None:
        codes = list(dict.fromkeys(a.platform for a in self.accounts))
        self.filters_label.setVisible(bool(codes))
        if codes == list(self.platform_boxes):
            return
        previous = {code: box.isChecked() for code, box in self.platform_boxes.items()}
        clear_layout(self.filter_boxes_row)
        self.platform_boxes = {}
        for code in codes:
            box = QCheckBox(platform_name(code), self)
            box.setObjectName(f"platform_{code}")
            box.setIcon(platform_icon(code))
            box.setChecked(previous.get(code, True))
            box.toggled.connect(self.refresh)
            self.filter_boxes_row.addWidget(box)
            self.platform_boxes[code] = box

    def refresh(self) -> None:
        store = self.ctx.store
        self.today = clock.today()
        self.loop_notes.show_for()  # this month's open action items for the calendar
        self.accounts = own_accounts(store)
        self._sync_platform_boxes()
        first, last = self.window_days()
        year, month = self.shown_month()
        platforms = self.selected_platforms()
        data = GridData(
            first=first, last=last, today=self.today,
            month=dt.date(year, month, 1) if self.mode == "month" else None,
            posts=posts_between(store, first, last, platforms),
            campaigns=campaign_spans(store, first, last),
            rituals=ritual_events(store, first, last),
        )
        self.plans = [p for p in plan_gaps(store, year, month) if platforms is None or p.platform in platforms]
        for plan in self.plans:
            for day in plan.short_days:
                data.short_days.setdefault(day, []).append(plan.platform)
            for week in plan.weeks:
                if week.short and first <= week.week_start <= last:
                    data.short_weeks.setdefault(week.week_start, []).append((plan.platform, week.short))
        self.goals = goal_progress(store, str(Month(year, month)), self.today)
        if self.data is not None and self._hot_key == (first, last):
            data.hot_dates = self.data.hot_dates
        self.data = data
        if _years_needed(first, last, self.today) <= _WARM_YEARS:
            self._hot_loaded((first, last), load_hot_dates(store, first, last, self.today))
        else:
            key = (first, last)
            self.ctx.tasks.run(load_hot_dates, store, first, last, self.today,
                               on_result=lambda result: self._hot_loaded(key, result))
        self._show()

    def _hot_loaded(self, key: tuple[dt.date, dt.date], result: tuple[list[HotDateItem], list[UpcomingHotDate]]) -> None:
        _WARM_YEARS.update(_years_needed(key[0], key[1], self.today))
        hot, self.upcoming = result
        self._fill_upcoming()
        if self.data is None or (self.data.first, self.data.last) != key:
            return
        self._hot_key = key
        self.data.hot_dates = hot
        self._show_grid()

    def _show(self) -> None:
        year, month = self.shown_month()
        if self.mode == "month":
            self.title.setText(self.tr("{year} 年 {month} 月").format(year=year, month=month))
        else:
            assert self.data is not None
            self.title.setText(self.tr("{first} – {last}").format(
                first=self.data.first.strftime("%Y-%m-%d"), last=self.data.last.strftime("%m-%d")))
        self.stack.setEmpty(not self.accounts)
        self.views.setCurrentIndex(0 if self.mode == "month" else 1)
        self._show_grid()
        self._fill_header()

    def _show_grid(self) -> None:
        assert self.data is not None
        if self.mode == "month":
            self.month_view.set_data(self.data)
        else:
            self.week_header.right_margin = self.week_scroll.verticalScrollBar().sizeHint().width()
            self.week_header.set_data(self.data)
            self.week_view.set_data(self.data)
            if not self._scrolled:
                self._scrolled = True
                QTimer.singleShot(0, lambda: self.week_scroll.verticalScrollBar().setValue(7 * WeekGrid.HOUR))

    def visible_posts(self) -> list[CalendarPost]:
        """The posts drawn as chips in the current view (for tests and the main window's checks)."""
        view = self.month_view if self.mode == "month" else self.week_view
        return view.shown_posts()

    # -- header -----------------------------------------------------------------------------------
    def _fill_header(self) -> None:
        clear_layout(self.cards_row)
        metric = GoalMetric(self.metric_box.currentData())
        goals = {g.account_id: g for g in self.goals if g.metric == metric}
        plans = {p.platform: p for p in self.plans}
        platforms = self.selected_platforms()
        shown = 0
        for account in self.accounts:
            if platforms is not None and account.platform not in platforms:
                continue
            goal, plan = goals.get(account.id), plans.get(account.platform)
            if goal is None and plan is None:
                continue
            card = PlatformCard(account.platform, platform_name(account.platform), self)
            card.setObjectName(f"card_{account.platform}")
            self._fill_card(card, goal, plan, metric)
            self.cards_row.addWidget(card)
            shown += 1
        total = goals.get(None)
        if total is not None:
            card = PlatformCard("", self.tr("全部账号"), self)
            card.setObjectName("card_all")
            self._fill_card(card, total, None, metric)
            self.cards_row.addWidget(card)
            shown += 1
        if shown:
            self.header_hint.setText("")
        else:
            self.header_hint.setText(self.tr("这个月还没有设{metric}目标，也没有发布计划 — 点「目标…」或「发布计划…」设置")
                                     .format(metric=self.metric_box.currentText()))

    def _fill_card(self, card: PlatformCard, goal: GoalProgress | None, plan: PlatformPlan | None,
                   metric: GoalMetric) -> None:
        if goal is not None and goal.target:
            actual = "–" if goal.actual is None else _number(goal.actual, metric)
            percent = "" if goal.ratio is None else f" · {goal.ratio * 100:.0f}%"
            card.goal.setText(f"{actual} / {_number(goal.target, metric)}{percent}")
            card.bar.set_values(goal.ratio, None if goal.expected is None else goal.expected / goal.target,
                                goal.on_track)
            card.setToolTip(self.tr("目标 {target}，实际 {actual}，按进度今天应到 {expected}").format(
                target=_number(goal.target, metric), actual=actual,
                expected="–" if goal.expected is None else _number(goal.expected, metric)))
        else:
            card.goal.setText(self.tr("未设目标"))
            card.bar.set_values(None, None, None)
        if plan is not None:
            if plan.remaining:
                card.plan.setText(QCoreApplication.translate("calendar", REMAINING_HINT).format(n=plan.remaining))
                card.plan.setStyleSheet("color: #E8590C; font-weight: bold;")
            else:
                card.plan.setText(self.tr("已排满"))
                card.plan.setStyleSheet("color: #2F9E44;")
            card.plan.setToolTip(self.tr("计划每周 {per_week} 篇，本月共 {target} 篇：已发 {published}，已排 {planned}")
                                 .format(per_week=plan.per_week, target=plan.month_target, published=plan.published,
                                         planned=plan.planned))

    def _fill_upcoming(self) -> None:
        """The dates of the next 30 days; after them, under their own heading, later dates whose
        preparation starts within those 30 days (a list titled 近 30 天 never mixes them in)."""
        self.upcoming_list.clear()
        near = [up for up in self.upcoming if up.days_until <= UPCOMING_DAYS]
        later = [up for up in self.upcoming if up.days_until > UPCOMING_DAYS]
        for up in near:
            self.upcoming_list.addItem(self._upcoming_row(up))
        if not near:
            self.upcoming_list.addItem(self.tr("接下来 30 天没有热点"))
        if later:
            heading = QListWidgetItem(self.tr("30 天以后、但 30 天内要开始准备："))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not greyed
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.upcoming_list.addItem(heading)
            for up in later:
                self.upcoming_list.addItem(self._upcoming_row(up))

    def _upcoming_row(self, up: UpcomingHotDate) -> QListWidgetItem:
        item = up.item
        when = self.tr("今天") if up.days_until == 0 else self.tr("还有 %n 天", "", up.days_until)
        hint = QCoreApplication.translate("hotdates", LEAD_HINT).format(n=item.lead_days)
        if up.start_now:
            hint = self.tr("该准备了 · {hint}").format(hint=hint)
        elif up.days_until > UPCOMING_DAYS:
            hint = self.tr("{start} 开始准备 · {hint}").format(
                start=f"{up.prepare_from.month}/{up.prepare_from.day}", hint=hint)
        row = QListWidgetItem(f"{item.date.month}/{item.date.day} {item.name} · {when}\n{hint}")
        row.setData(Qt.ItemDataRole.UserRole, item.date.isoformat())
        row.setToolTip(self.tr("{name}（{kind}）从 {start} 开始准备").format(
            name=item.name, kind=label("hot_date_kind", item.kind),
            start=up.prepare_from.strftime("%m-%d")))
        if up.start_now:
            row.setForeground(QColor("#C2410C"))
        row.setIcon(swatch_icon(KIND_COLORS.get(item.kind, "#2B64E3"), 10))
        return row

    def _upcoming_activated(self, item: QListWidgetItem) -> None:
        day = item.data(Qt.ItemDataRole.UserRole)
        if day:
            self.go_to(dt.date.fromisoformat(day))

    # -- writing ----------------------------------------------------------------------------------
    def write(self, fn: Callable[..., Any], *args: Any, on_result: Callable[[Any], None] | None = None,
              **kwargs: Any) -> None:
        """Run a store write on the writer thread; refresh every tab that shows posts when it is done."""
        def done(result: Any) -> None:
            self.ctx.signals.notify("post")
            if on_result is not None:
                on_result(result)

        self.ctx.tasks.run(fn, *args, on_result=done, on_error=self.failed, writes=True, **kwargs)

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.say(user_message(exc), error=True)
            self.refresh()
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def say(self, text: str, *, error: bool = False) -> None:
        self.notice.setStyleSheet("color: #D93025;" if error else "color: #2F9E44;")
        self.notice.setText(text)
        self._notice_timer.start()

    def move_post(self, post_id: int, when: dt.datetime) -> None:
        """Reschedule a post (what a drop does); pushes an undo step once the store has it."""
        post = next((p for p in (self.data.posts if self.data else []) if p.id == post_id), None)
        title = post.title if post else str(post_id)

        def moved(change: Rescheduled) -> None:
            self.undo_stack.push(RescheduleCommand(self, change, title))
            self.say(self.tr("《{title}》改到 {when}，按 Ctrl+Z 或「撤销」可以改回去").format(
                title=title, when=when.strftime("%m-%d %H:%M")))

        self.write(reschedule, self.ctx.store, post_id, when, on_result=moved)

    def choose_account(self, when: dt.datetime) -> OwnAccount | None:
        """Which account a new draft is for: the only one shown, else a menu at the mouse."""
        platforms = self.selected_platforms()
        candidates = [a for a in self.accounts if platforms is None or a.platform in platforms]
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        menu = QMenu(self)
        menu.addSection(self.tr("{when} 新建草稿：发到哪个账号？").format(when=when.strftime("%m-%d %H:%M")))
        for account in candidates:
            menu.addAction(platform_icon(account.platform), f"{platform_name(account.platform)} · {account.name}") \
                .setData(account.id)
        chosen = menu.exec(QCursor.pos())
        return next((a for a in candidates if chosen is not None and a.id == chosen.data()), None)

    def new_draft_at(self, when: dt.datetime) -> None:
        """Double-click on an empty day or hour: a blank draft planned there, opened in 草稿."""
        account = self.choose_account(when)
        if account is None:
            if not self.accounts:
                self.say(self.tr("还没有自有账号，先导入平台数据或载入演示数据"), error=True)
            return
        from app.services.drafts import create_draft  # its HTML checks are not needed to show the calendar

        title = self.tr("{date} 新草稿").format(date=when.strftime("%m-%d"))
        self.write(create_draft, self.ctx.store, account.id, title, scheduled_at=when,
                   on_result=lambda post_id: self.openItem.emit("post", post_id))

    # -- dialogs and export -----------------------------------------------------------------------
    def edit_plan(self) -> None:
        from app.views.calendar_tab.plan_dialog import PostingPlanDialog

        dialog = PostingPlanDialog(self.ctx.store, [a.platform for a in self.accounts], self)
        if dialog.exec():
            self.refresh()

    def edit_goals(self) -> None:
        from app.views.goals_dialog import GoalsDialog

        dialog = GoalsDialog(self.ctx, self.shown_month()[0], self)
        dialog.exec()
        if dialog.changed:
            self.ctx.signals.notify("goal")

    def edit_hot_dates(self) -> None:
        from app.views.hotdates_dialog import HotDatesDialog

        dialog = HotDatesDialog(self.ctx, self.shown_month()[0], self)
        dialog.exec()
        if dialog.changed:
            self.ctx.signals.notify("hot_date")

    def ics_path(self) -> str:
        """Ask where to save the month's .ics file ("" when cancelled)."""
        year, month = self.shown_month()
        folder = QSettings().value("calendar/icsFolder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出日历文件"), str(Path(str(folder)) / f"OpsDesk-{Month(year, month)}.ics"),
            self.tr("日历文件 (*.ics)"))
        if path:
            QSettings().setValue("calendar/icsFolder", str(Path(path).parent))
        return path

    def export_ics(self) -> None:
        from app.services.ics import export_month_ics  # icalendar costs ~0.1 s to import: not at start-up

        path = self.ics_path()
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
        year, month = self.shown_month()
        self.ctx.tasks.run(
            export_month_ics, self.ctx.store, year, month, path, self.selected_platforms(),
            translate=QCoreApplication.translate,
            on_result=lambda _data: self.say(self.tr("已导出到 {path}，用手机或电脑日历打开即可导入").format(path=path)),
            on_error=self.failed, progress=self.tr("正在导出日历…"), parent=self,
        )

    def sizeHint(self) -> QSize:
        return QSize(1200, 800)


def _number(value: float, metric: GoalMetric) -> str:
    if metric == GoalMetric.revenue:
        return f"¥{value:,.0f}"
    return f"{value:,.0f}"
