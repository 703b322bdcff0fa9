"""日历: a month grid with each scheduled or published post as a chip in its platform's colour."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.queries import CalendarPost, calendar_posts
from app.views.base import DataTab, EmptyState, clear_layout
from app.views.context import ViewContext
from app.views.table_models import label, platform_color, platform_name

#: Chips shown in one day cell before "还有 n 条".
MAX_CHIPS = 4


class PostChip(QLabel):
    """One post on the calendar; double-click opens it.

    Signals:
        opened(int): the post id.
    """

    opened = Signal(int)

    def __init__(self, post: CalendarPost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.post_id = post.id
        self.setObjectName("postChip")
        colour = platform_color(post.platform).name()
        scheduled = post.status != "published"
        self.setProperty("scheduled", scheduled)
        if scheduled:  # not out yet: outlined in the platform colour
            style = f"color: {colour}; background: white; border: 1px dashed {colour};"
        else:
            style = f"color: white; background: {colour}; border: 1px solid {colour};"
        self.setStyleSheet(f"QLabel#postChip {{ {style} }}")
        self.full_text = f"{post.when:%H:%M} {post.title}"
        self.setText(self.full_text)
        self.setToolTip(
            f"{platform_name(post.platform)} · {post.account}\n{post.title}\n"
            f"{post.when:%Y-%m-%d %H:%M} · {label('post_status', post.status)}"
        )
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.contentsRect().width() - 12
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(room, 20)))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.opened.emit(self.post_id)
        super().mouseDoubleClickEvent(event)


class DayCell(QFrame):
    """One day of the month grid."""

    def __init__(self, day: dt.date, in_month: bool, today: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayCell")
        self.setProperty("outside", not in_month)
        self.setProperty("today", today)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 2, 4, 4)
        self.layout_.setSpacing(2)
        number = QLabel(str(day.day), self)
        number.setObjectName("dayNumber")
        self.layout_.addWidget(number)
        self.layout_.addStretch(1)

    def add_widget(self, widget: QWidget) -> None:
        self.layout_.insertWidget(self.layout_.count() - 1, widget)


class CalendarTab(DataTab):
    """The content calendar, month view.

    Signals:
        openItem(str, int): ("post", id) when a chip is double-clicked.
    """

    tables = frozenset({"post", "account"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = dt.date.today()
        self.month = dt.date(today.year, today.month, 1)
        self.title = QLabel(self)
        self.title.setObjectName("monthTitle")
        previous = QPushButton("◀", self)
        previous.setToolTip(self.tr("上个月"))
        following = QPushButton("▶", self)
        following.setToolTip(self.tr("下个月"))
        this_month = QPushButton(self.tr("本月"), self)
        for button in (previous, following):
            button.setObjectName("navButton")
        previous.clicked.connect(lambda: self.go(-1))
        following.clicked.connect(lambda: self.go(1))
        this_month.clicked.connect(self.go_today)
        self.summary = QLabel(self)
        self.summary.setObjectName("rowCount")
        bar = QHBoxLayout()
        bar.addWidget(previous)
        bar.addWidget(self.title)
        bar.addWidget(following)
        bar.addWidget(this_month)
        bar.addStretch(1)
        bar.addWidget(self.summary)

        self.grid_widget = QWidget(self)
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setSpacing(1)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.stack = EmptyState(
            self.grid_widget, self.tr("这个月还没有排期或发布的内容 — 给草稿排上发布时间，或导入本周的平台数据"), self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def go(self, months: int) -> None:
        index = self.month.year * 12 + self.month.month - 1 + months
        self.month = dt.date(index // 12, index % 12 + 1, 1)
        self.refresh()

    def go_today(self) -> None:
        today = dt.date.today()
        self.month = dt.date(today.year, today.month, 1)
        self.refresh()

    def refresh(self) -> None:
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(self.month.year, self.month.month)
        posts = calendar_posts(self.ctx.store.engine, weeks[0][0], weeks[-1][-1])
        self.title.setText(self.tr("{year} 年 {month} 月").format(year=self.month.year, month=self.month.month))
        in_month = [p for p in posts if (p.when.year, p.when.month) == (self.month.year, self.month.month)]
        self.summary.setText(self.tr("本月 %n 条内容", "", len(in_month)))
        self.stack.setEmpty(not in_month)
        clear_layout(self.grid)
        headers = [self.tr("周一"), self.tr("周二"), self.tr("周三"), self.tr("周四"),
                   self.tr("周五"), self.tr("周六"), self.tr("周日")]
        for col, text in enumerate(headers):
            head = QLabel(text, self.grid_widget)
            head.setObjectName("weekdayHeader")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(head, 0, col)
        by_day: dict[dt.date, list[CalendarPost]] = {}
        for post in posts:
            by_day.setdefault(post.when.date(), []).append(post)
        today = dt.date.today()
        for row, week in enumerate(weeks, start=1):
            self.grid.setRowStretch(row, 1)
            for col, day in enumerate(week):
                cell = DayCell(day, day.month == self.month.month, day == today, self.grid_widget)
                day_posts = by_day.get(day, [])
                for post in day_posts[:MAX_CHIPS]:
                    chip = PostChip(post, cell)
                    chip.opened.connect(lambda post_id: self.openItem.emit("post", post_id))
                    cell.add_widget(chip)
                if len(day_posts) > MAX_CHIPS:
                    more = QLabel(self.tr("还有 %n 条", "", len(day_posts) - MAX_CHIPS), cell)
                    more.setObjectName("moreChips")
                    cell.add_widget(more)
                self.grid.addWidget(cell, row, col)
        for col in range(7):
            self.grid.setColumnStretch(col, 1)
