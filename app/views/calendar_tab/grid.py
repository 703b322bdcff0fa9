"""Painted calendar grids: the month view and the week view with hours.

Painted rather than built from one widget per day: campaign bars run across days, chips are
dragged between days or hours, and a month repaints in a millisecond. Both grids share
`CalendarCanvas`, which owns the press / drag / drop / double-click logic; a subclass lays out
its chips (`_layout`) and says which day or time a point is (`target_at`, `slot_at`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from app import clock
from app.models import HotDateKind, PostStatus
from app.services.calendar import CalendarPost, CampaignPhase, CampaignSpan, RitualEvent
from app.services.hotdates import HotDateItem
from app.views.table_models import label, platform_color, platform_name

#: Text colour of a hot date, by kind.
KIND_COLORS: dict[HotDateKind, str] = {
    HotDateKind.holiday: "#D93025",
    HotDateKind.festival: "#C2185B",
    HotDateKind.solar_term: "#2E7D32",
    HotDateKind.shopping: "#E8590C",
    HotDateKind.season: "#00897B",
    HotDateKind.industry: "#5E35B1",
    HotDateKind.own: "#2B64E3",
}

#: Campaign bar colours, picked by campaign id; the warm-up uses the same hue, lighter.
CAMPAIGN_COLORS = ("#7E57C2", "#0097A7", "#F4511E", "#43A047", "#3949AB", "#D81B60")

ACCENT = QColor("#2B64E3")
GRID_LINE = QColor("#E4E6EB")
MUTED = QColor("#8A8F98")
TEXT = QColor("#1F2329")
SHORT = QColor("#F08C00")
TODAY_FILL = QColor("#EEF3FF")
OUTSIDE_FILL = QColor("#F6F7F9")


def weekday_names() -> list[str]:
    return [QCoreApplication.translate("CalendarGrid", "周一"), QCoreApplication.translate("CalendarGrid", "周二"),
            QCoreApplication.translate("CalendarGrid", "周三"), QCoreApplication.translate("CalendarGrid", "周四"),
            QCoreApplication.translate("CalendarGrid", "周五"), QCoreApplication.translate("CalendarGrid", "周六"),
            QCoreApplication.translate("CalendarGrid", "周日")]


@dataclasses.dataclass
class GridData:
    """What a grid shows: plain values gathered by the tab (posts already filtered by platform)."""

    first: dt.date
    last: dt.date
    today: dt.date
    month: dt.date | None = None
    posts: list[CalendarPost] = dataclasses.field(default_factory=list)
    hot_dates: list[HotDateItem] = dataclasses.field(default_factory=list)
    campaigns: list[CampaignSpan] = dataclasses.field(default_factory=list)
    rituals: list[RitualEvent] = dataclasses.field(default_factory=list)
    #: day → platform codes below their daily posting plan
    short_days: dict[dt.date, list[str]] = dataclasses.field(default_factory=dict)
    #: Monday → [(platform, posts missing)] for weeks below plan
    short_weeks: dict[dt.date, list[tuple[str, int]]] = dataclasses.field(default_factory=dict)

    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    def posts_on(self, day: dt.date) -> list[CalendarPost]:
        return [p for p in self.posts if p.when.date() == day]

    def hot_on(self, day: dt.date) -> list[HotDateItem]:
        """Hot dates on their own day (spans only on their first day, so 开学季 is not written 30 times)."""
        return [h for h in self.hot_dates if h.date == day or (day == self.first and h.date < day <= h.last_day)]

    def rituals_on(self, day: dt.date) -> list[RitualEvent]:
        """One entry per (time, title): two groups with the same live session read as one line."""
        seen: dict[tuple[dt.time | None, str], RitualEvent] = {}
        for r in self.rituals:
            if r.day == day:
                seen.setdefault((r.time, r.title), r)
        return list(seen.values())


def post_tooltip(post: CalendarPost) -> str:
    return (f"{platform_name(post.platform)} · {post.account}\n{post.title}\n"
            f"{post.when:%Y-%m-%d %H:%M} · {label('post_status', post.status)}")


def paint_chip(painter: QPainter, rect: QRectF, post: CalendarPost, text: str, *, ghost: bool = False) -> None:
    """A post chip: solid in the platform colour when published, tinted when scheduled, dashed while a draft."""
    colour = platform_color(post.platform)
    painter.save()
    if ghost:
        painter.setOpacity(0.75)
    if post.published:
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        fg = QColor("#FFFFFF")
    elif post.status == PostStatus.scheduled:
        tint = QColor(colour)
        tint.setAlpha(40)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(tint)
        fg = TEXT
    else:
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#FFFFFF"))
        fg = TEXT
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    if not post.published:  # a coloured edge so the platform reads at a glance
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left() + 1, rect.top() + 1, 3, rect.height() - 2), 1.5, 1.5)
    painter.setPen(fg)
    inner = rect.adjusted(6, 0, -3, 0)
    elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
    painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)
    painter.restore()


def campaign_color(span: CampaignSpan) -> QColor:
    colour = QColor(CAMPAIGN_COLORS[span.campaign_id % len(CAMPAIGN_COLORS)])
    if span.phase == CampaignPhase.warmup:
        colour.setAlpha(80)
    return colour


def campaign_text(span: CampaignSpan) -> str:
    if span.phase == CampaignPhase.warmup:
        return QCoreApplication.translate("CalendarGrid", "预热：{name}").format(name=span.name)
    return span.name


def lanes(spans: list[CampaignSpan], first: dt.date, last: dt.date) -> list[tuple[CampaignSpan, int]]:
    """Spans touching first..last, each on the lowest free lane (so overlapping bars stack)."""
    placed: list[tuple[CampaignSpan, int]] = []
    ends: list[dt.date] = []
    for span in sorted((s for s in spans if s.start <= last and s.end >= first), key=lambda s: (s.start, s.end)):
        for lane, end in enumerate(ends):
            if end < span.start:
                ends[lane] = span.end
                placed.append((span, lane))
                break
        else:
            ends.append(span.end)
            placed.append((span, len(ends) - 1))
    return placed


class CalendarCanvas(QWidget):
    """Shared mouse handling of the grids: click a chip to open, drag it to reschedule, double-click to add.

    Signals:
        postOpened(int): a chip was clicked (post id).
        postMoved(int, object): a chip was dropped on a new time (post id, datetime).
        newDraftRequested(object): an empty place was double-clicked (the datetime it stands for).
        dayOpened(object): "还有 n 条" was clicked (the date), so the tab can show that week.
    """

    postOpened = Signal(int)
    postMoved = Signal(int, object)
    newDraftRequested = Signal(object)
    dayOpened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: GridData | None = None
        self.chips: list[tuple[QRectF, CalendarPost]] = []
        self.more: list[tuple[QRectF, dt.date]] = []
        self.tips: list[tuple[QRectF, str]] = []
        self._pressed: tuple[CalendarPost, QPointF, QRectF] | None = None
        self._drag_pos: QPointF | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # so Ctrl+Z reaches the tab after a drag
        self.setMinimumSize(QSize(560, 360))

    # -- for subclasses --------------------------------------------------------------------------
    def _layout(self) -> None:
        """Fill `chips`, `more` and `tips` for the current size and data."""
        raise NotImplementedError

    def target_at(self, pos: QPointF, post: CalendarPost, grab: QPointF) -> dt.datetime | None:
        """Where a dragged post would land; `grab` is the offset of the mouse inside the chip."""
        raise NotImplementedError

    def slot_at(self, pos: QPointF) -> dt.datetime | None:
        """The time an empty place stands for (double-click adds a draft there)."""
        raise NotImplementedError

    # -- public ----------------------------------------------------------------------------------
    def set_data(self, data: GridData) -> None:
        self.data = data
        self._relayout()

    def chip_rect(self, post_id: int) -> QRectF | None:
        """Where the chip of this post is drawn (None when not shown)."""
        return next((rect for rect, post in self.chips if post.id == post_id), None)

    def shown_posts(self) -> list[CalendarPost]:
        return [post for _rect, post in self.chips]

    def _relayout(self) -> None:
        self.chips, self.more, self.tips = [], [], []
        if self.data is not None:
            self._layout()
        self.update()

    def resizeEvent(self, event: object) -> None:
        self._relayout()

    def _chip_at(self, pos: QPointF) -> tuple[QRectF, CalendarPost] | None:
        return next(((rect, post) for rect, post in reversed(self.chips) if rect.contains(pos)), None)

    # -- mouse -------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        hit = self._chip_at(pos)
        self._pressed = (hit[1], pos, hit[0]) if hit else None
        self._drag_pos = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._pressed is not None:
            start = self._pressed[1]
            if self._drag_pos is not None or (pos - start).manhattanLength() >= QApplication.startDragDistance():
                self._drag_pos = pos
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.update()
            return
        over_chip = self._chip_at(pos) is not None or any(rect.contains(pos) for rect, _ in self.more)
        self.setCursor(Qt.CursorShape.PointingHandCursor if over_chip else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pressed, dragged = self._pressed, self._drag_pos is not None
        self._pressed, self._drag_pos = None, None
        self.unsetCursor()
        self.update()
        pos = event.position()
        if pressed is None:
            day = next((d for rect, d in self.more if rect.contains(pos)), None)
            if day is not None:
                self.dayOpened.emit(day)
            return
        post, start, rect = pressed
        if not dragged:
            self.postOpened.emit(post.id)
            return
        target = self.target_at(pos, post, start - rect.topLeft())
        if target is not None and target != post.when.replace(second=0, microsecond=0):
            self.postMoved.emit(post.id, target)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._chip_at(pos) is not None or any(rect.contains(pos) for rect, _ in self.more):
            return
        slot = self.slot_at(pos)
        if slot is not None:
            self.newDraftRequested.emit(slot)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            pos = QPointF(event.pos())
            hit = self._chip_at(pos)
            text = post_tooltip(hit[1]) if hit else next((t for r, t in reversed(self.tips) if r.contains(pos)), "")
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _paint_drag(self, painter: QPainter, chip_text: str) -> None:
        """The chip under the mouse while dragging, and the place it would land."""
        if self._pressed is None or self._drag_pos is None:
            return
        post, start, rect = self._pressed
        grab = start - rect.topLeft()
        target = self.target_at(self._drag_pos, post, grab)
        if target is not None:
            self._paint_target(painter, target, post)
        ghost = QRectF(self._drag_pos - grab, rect.size())
        paint_chip(painter, ghost, post, chip_text, ghost=True)

    def _paint_target(self, painter: QPainter, target: dt.datetime, post: CalendarPost) -> None:
        """Outline where a dragged chip would land."""


def small_font(widget: QWidget, delta: float = -1.0) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() + delta))
    return font


class MonthGrid(CalendarCanvas):
    """The month view: six (or five) weeks of day cells, Monday first."""

    HEADER = 26

    def weeks(self) -> list[list[dt.date]]:
        assert self.data is not None
        days = self.data.days()
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def _geometry(self) -> tuple[float, float, int]:
        assert self.data is not None
        rows = max(1, -(-((self.data.last - self.data.first).days + 1) // 7))  # len(self.weeks()), without the list
        return (self.width() - 1) / 7, (self.height() - self.HEADER - 1) / rows, rows

    def cell_rect(self, day: dt.date) -> QRectF:
        assert self.data is not None
        index = (day - self.data.first).days
        cw, ch, _rows = self._geometry()
        return QRectF(index % 7 * cw, self.HEADER + index // 7 * ch, cw, ch)

    def day_at(self, pos: QPointF) -> dt.date | None:
        if self.data is None or pos.y() < self.HEADER:
            return None
        cw, ch, rows = self._geometry()
        col, row = int(pos.x() // cw), int((pos.y() - self.HEADER) // ch)
        if not (0 <= col < 7 and 0 <= row < rows):
            return None
        return self.data.first + dt.timedelta(days=row * 7 + col)

    def target_at(self, pos: QPointF, post: CalendarPost, grab: QPointF) -> dt.datetime | None:
        day = self.day_at(pos)
        return None if day is None else dt.datetime.combine(day, post.when.time().replace(second=0, microsecond=0))

    def slot_at(self, pos: QPointF) -> dt.datetime | None:
        day = self.day_at(pos)
        return None if day is None else dt.datetime.combine(day, dt.time(20, 0))

    def _line(self) -> float:
        return self.fontMetrics().height() + 3

    def _lane_count(self, week: list[dt.date]) -> int:
        assert self.data is not None
        placed = lanes(self.data.campaigns, week[0], week[-1])
        return max((lane + 1 for _s, lane in placed), default=0)

    def _layout(self) -> None:
        assert self.data is not None
        self.bars: list[tuple[QRectF, CampaignSpan]] = []
        self.ritual_lines: list[tuple[QRectF, dt.date]] = []
        line = self._line()
        small = self.fontMetrics().height() - 1
        for week in self.weeks():
            for span, lane in lanes(self.data.campaigns, week[0], week[-1]):
                left = self.cell_rect(max(span.start, week[0]))
                right = self.cell_rect(min(span.end, week[-1]))
                rect = QRectF(left.left() + 2, left.top() + line + 1 + lane * (small + 2),
                              right.right() - left.left() - 4, small)
                self.bars.append((rect, span))
                self.tips.append((rect, f"{campaign_text(span)}\n{span.start:%m-%d} – {span.end:%m-%d}"))
            top_extra = line + self._lane_count(week) * (small + 2)
            for day in week:
                cell = self.cell_rect(day)
                y = cell.top() + top_extra + 2
                posts = self.data.posts_on(day)
                chips_without = int((cell.bottom() - 2 - y) // (line + 1))
                chips_with = int((cell.bottom() - 3 - small - y) // (line + 1))
                # rituals give way to posts when the cell is short
                if self.data.rituals_on(day) and (chips_with >= len(posts) or chips_with >= 2
                                                  or chips_without == chips_with):
                    rect = QRectF(cell.left() + 5, y, cell.width() - 10, small)
                    self.ritual_lines.append((rect, day))
                    self.tips.append((rect, "\n".join(
                        f"{r.time:%H:%M} {r.title}（{r.community}）" if r.time else f"{r.title}（{r.community}）"
                        for r in self.data.rituals if r.day == day)))
                    y += small + 1
                bottom = cell.bottom() - 2
                room = max(0, int((bottom - y) // (line + 1)))
                shown = posts if len(posts) <= room else posts[:max(0, room - 1)]
                for post in shown:
                    self.chips.append((QRectF(cell.left() + 3, y, cell.width() - 6, line), post))
                    y += line + 1
                if len(shown) < len(posts):
                    self.more.append((QRectF(cell.left() + 3, y, cell.width() - 6, line), day))
                if self.data.short_days.get(day):
                    names = QCoreApplication.translate("CalendarGrid", "、").join(
                    platform_name(p) for p in self.data.short_days[day])
                    self.tips.append((QRectF(cell.right() - 14, cell.top(), 14, 14),
                                      QCoreApplication.translate("CalendarGrid", "{platforms} 这天没达到发布计划").format(platforms=names)))
            monday = week[0]
            if self.data.short_weeks.get(monday):
                first_cell = self.cell_rect(monday)
                text = QCoreApplication.translate("CalendarGrid", "；").join(QCoreApplication.translate("CalendarGrid", "{platform} 本周少 {n} 篇").format(platform=platform_name(p), n=n)
                                for p, n in self.data.short_weeks[monday])
                self.tips.append((QRectF(first_cell.left(), first_cell.top(), 5, first_cell.height()), text))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        cw, ch, _rows = self._geometry()
        painter.setPen(MUTED)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for col, name in enumerate(weekday_names()):
            painter.drawText(QRectF(col * cw, 0, cw, self.HEADER), int(Qt.AlignmentFlag.AlignCenter), name)
        painter.setFont(self.font())
        line = self._line()
        small_f = small_font(self)
        for week in self.weeks():
            for day in week:
                self._paint_cell(painter, day, line, small_f)
        painter.setPen(QPen(GRID_LINE, 1))
        for col in range(8):
            painter.drawLine(QPointF(col * cw, self.HEADER), QPointF(col * cw, self.height() - 1))
        for row in range(len(self.weeks()) + 1):
            y = self.HEADER + row * ch
            painter.drawLine(QPointF(0, y), QPointF(self.width() - 1, y))
        painter.setFont(small_f)
        self._paint_bars(painter)
        self._paint_rituals(painter)
        painter.setFont(self.font())
        for monday, _short in self.data.short_weeks.items():
            if self.data.first <= monday <= self.data.last:
                r = self.cell_rect(monday)
                painter.fillRect(QRectF(r.left() + 1, r.top() + 1, 3, r.height() - 2), SHORT)
        for rect, post in self.chips:
            paint_chip(painter, rect, post, f"{post.when:%H:%M} {post.title}")
        painter.setFont(small_f)
        for rect, day in self.more:
            n = len(self.data.posts_on(day)) - sum(1 for _r, p in self.chips if p.when.date() == day)
            painter.setPen(ACCENT)
            painter.drawText(rect.adjusted(4, 0, 0, 0), int(Qt.AlignmentFlag.AlignVCenter),
                             self.tr("还有 %n 条…", "", n))
        painter.setFont(self.font())
        if self._drag_pos is not None and self._pressed is not None:
            post = self._pressed[0]
            self._paint_drag(painter, f"{post.when:%H:%M} {post.title}")
        painter.end()

    def _paint_cell(self, painter: QPainter, day: dt.date, line: float, small_f: QFont) -> None:
        assert self.data is not None
        cell = self.cell_rect(day)
        in_month = self.data.month is None or day.month == self.data.month.month
        if day == self.data.today:
            painter.fillRect(cell, TODAY_FILL)
        elif not in_month:
            painter.fillRect(cell, OUTSIDE_FILL)
        number_rect = QRectF(cell.left() + 4, cell.top() + 2, line + 4, line)
        if day == self.data.today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ACCENT)
            painter.drawRoundedRect(number_rect, line / 2, line / 2)
            painter.setPen(QColor("#FFFFFF"))
        else:
            painter.setPen(TEXT if in_month else MUTED)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(number_rect, int(Qt.AlignmentFlag.AlignCenter), str(day.day))
        painter.setFont(small_f)
        hot = self.data.hot_on(day)
        if hot:
            x = number_rect.right() + 4
            room = cell.right() - 4 - x - (12 if self.data.short_days.get(day) else 0)
            for item in hot:
                text = item.name
                width = painter.fontMetrics().horizontalAdvance(text)
                if width > room:
                    text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(room))
                    width = room
                if width <= 8:
                    break
                painter.setPen(QColor(KIND_COLORS.get(item.kind, "#2B64E3")))
                painter.drawText(QRectF(x, cell.top() + 2, width + 1, line), int(Qt.AlignmentFlag.AlignVCenter), text)
                x += width + 6
                room -= width + 6
        if self.data.short_days.get(day):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SHORT)
            painter.drawEllipse(QRectF(cell.right() - 11, cell.top() + 5, 7, 7))
        painter.setFont(self.font())

    def _paint_rituals(self, painter: QPainter) -> None:
        assert self.data is not None
        painter.setPen(MUTED)
        for rect, day in self.ritual_lines:
            rituals = self.data.rituals_on(day)
            first = rituals[0]
            text = f"{first.time:%H:%M} {first.title}" if first.time else first.title
            if len(rituals) > 1:
                text += QCoreApplication.translate("CalendarGrid", " 等 {n} 项").format(n=len(rituals))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter),
                             painter.fontMetrics().elidedText("◆ " + text, Qt.TextElideMode.ElideRight,
                                                              int(rect.width())))

    def _paint_bars(self, painter: QPainter) -> None:
        for rect, span in self.bars:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(campaign_color(span))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("#FFFFFF") if span.phase == CampaignPhase.live else TEXT)
            painter.drawText(rect.adjusted(5, 0, -3, 0), int(Qt.AlignmentFlag.AlignVCenter),
                             painter.fontMetrics().elidedText(campaign_text(span), Qt.TextElideMode.ElideRight,
                                                              int(rect.width() - 8)))

    def _paint_target(self, painter: QPainter, target: dt.datetime, post: CalendarPost) -> None:
        painter.save()
        painter.setPen(QPen(ACCENT, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.cell_rect(target.date()).adjusted(2, 2, -2, -2))
        painter.restore()


class WeekHeader(QWidget):
    """The top of the week view: dates, hot dates, campaign bars and plan marks (all-day things)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: GridData | None = None
        self.gutter = 52
        self.right_margin = 0
        self.tips: list[tuple[QRectF, str]] = []

    def set_data(self, data: GridData) -> None:
        self.data = data
        line = self.fontMetrics().height()
        hot_rows = max((len(data.hot_on(d)) for d in data.days()), default=0)
        lane_count = max((lane + 1 for _s, lane in lanes(data.campaigns, data.first, data.last)), default=0)
        self.setFixedHeight(int(line + 10 + hot_rows * (line + 1) + lane_count * (line + 2) + 6))
        self.update()

    def column(self, index: int) -> QRectF:
        width = (self.width() - self.gutter - self.right_margin) / 7
        return QRectF(self.gutter + index * width, 0, width, self.height())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = next((t for r, t in self.tips if r.contains(QPointF(event.pos()))), "")
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        self.tips = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        line = self.fontMetrics().height()
        bold = QFont(self.font())
        bold.setBold(True)
        y_hot = line + 10
        hot_rows = max((len(self.data.hot_on(d)) for d in self.data.days()), default=0)
        y_bars = y_hot + hot_rows * (line + 1)
        for i, day in enumerate(self.data.days()):
            col = self.column(i)
            if day == self.data.today:
                painter.fillRect(col, TODAY_FILL)
            painter.setFont(bold)
            painter.setPen(ACCENT if day == self.data.today else TEXT)
            painter.drawText(QRectF(col.left(), 4, col.width(), line + 2), int(Qt.AlignmentFlag.AlignCenter),
                             f"{weekday_names()[i]} {day.month}/{day.day}")
            painter.setFont(self.font())
            for j, item in enumerate(self.data.hot_on(day)):
                painter.setPen(QColor(KIND_COLORS.get(item.kind, "#2B64E3")))
                rect = QRectF(col.left() + 4, y_hot + j * (line + 1), col.width() - 8, line)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                                 painter.fontMetrics().elidedText(item.name, Qt.TextElideMode.ElideRight,
                                                                  int(rect.width())))
            if self.data.short_days.get(day):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(SHORT)
                dot = QRectF(col.right() - 12, 8, 7, 7)
                painter.drawEllipse(dot)
                names = QCoreApplication.translate("CalendarGrid", "、").join(
                    platform_name(p) for p in self.data.short_days[day])
                self.tips.append((dot.adjusted(-3, -3, 3, 3), QCoreApplication.translate("CalendarGrid", "{platforms} 这天没达到发布计划").format(platforms=names)))
        painter.setPen(QPen(GRID_LINE, 1))
        painter.drawLine(QPointF(0, self.height() - 1), QPointF(self.width(), self.height() - 1))
        for i in range(8):
            x = self.column(0).left() + i * self.column(0).width()
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        small_f = small_font(self)
        painter.setFont(small_f)
        for span, lane in lanes(self.data.campaigns, self.data.first, self.data.last):
            start, end = max(span.start, self.data.first), min(span.end, self.data.last)
            left, right = self.column((start - self.data.first).days), self.column((end - self.data.first).days)
            rect = QRectF(left.left() + 2, y_bars + lane * (line + 2), right.right() - left.left() - 4, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(campaign_color(span))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("#FFFFFF") if span.phase == CampaignPhase.live else TEXT)
            text = campaign_text(span)
            painter.drawText(rect.adjusted(5, 0, -3, 0), int(Qt.AlignmentFlag.AlignVCenter),
                             painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 8)))
            self.tips.append((rect, f"{text}\n{span.start:%m-%d} – {span.end:%m-%d}"))
        short = self.data.short_weeks.get(self.data.first)
        if short:
            painter.setPen(SHORT)
            painter.drawText(QRectF(2, 4, self.gutter - 4, self.height() - 8),
                             int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                             QCoreApplication.translate("CalendarGrid", "本周未达计划"))
            self.tips.append((QRectF(0, 0, self.gutter, self.height()), QCoreApplication.translate("CalendarGrid", "；").join(
                QCoreApplication.translate("CalendarGrid", "{platform} 本周少 {n} 篇").format(platform=platform_name(p), n=n) for p, n in short)))
        painter.end()


class WeekGrid(CalendarCanvas):
    """The hours of the week view: posts at their times, rituals as grey blocks; drag to a new day or hour."""

    HOUR = 44
    GUTTER = 52
    SNAP_MINUTES = 15

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(self.HOUR * 24 + 1)
        self.rituals: list[tuple[QRectF, RitualEvent]] = []

    def col_width(self) -> float:
        return (self.width() - self.GUTTER - 1) / 7

    def y_of(self, time: dt.time) -> float:
        return (time.hour + time.minute / 60) * self.HOUR

    def _when_at(self, x: float, y: float) -> dt.datetime | None:
        if self.data is None or x < self.GUTTER:
            return None
        col = int((x - self.GUTTER) // self.col_width())
        if not 0 <= col < 7:
            return None
        minutes = int(max(0.0, min(y, self.HOUR * 24 - 1)) / self.HOUR * 60)
        minutes = min(minutes // self.SNAP_MINUTES * self.SNAP_MINUTES, 24 * 60 - self.SNAP_MINUTES)
        return dt.datetime.combine(self.data.first + dt.timedelta(days=col), dt.time(minutes // 60, minutes % 60))

    def target_at(self, pos: QPointF, post: CalendarPost, grab: QPointF) -> dt.datetime | None:
        top = pos.y() - grab.y() + self.SNAP_MINUTES / 60 * self.HOUR / 2  # round to the nearest slot
        return self._when_at(pos.x(), top)

    def slot_at(self, pos: QPointF) -> dt.datetime | None:
        when = self._when_at(pos.x(), pos.y())
        return None if when is None else when.replace(minute=0)

    def _layout(self) -> None:
        assert self.data is not None
        self.rituals = []
        height = max(self.fontMetrics().height() + 4, self.HOUR / 2)
        cw = self.col_width()
        for i, day in enumerate(self.data.days()):
            x = self.GUTTER + i * cw
            events: list[tuple[float, float, object]] = []
            for post in self.data.posts_on(day):
                top = self.y_of(post.when.time())
                events.append((top, top + height, post))
            for ritual in self.data.rituals_on(day):
                top = self.y_of(ritual.time or dt.time())
                events.append((top, top + max(height, ritual.minutes / 60 * self.HOUR), ritual))
            events.sort(key=lambda e: (e[0], isinstance(e[2], RitualEvent)))
            for top, bottom, item, lane, count in _columns(events):
                rect = QRectF(x + 2 + lane * (cw - 4) / count, top, (cw - 4) / count - 1, bottom - top - 1)
                if isinstance(item, RitualEvent):
                    self.rituals.append((rect, item))
                    self.tips.append((rect, f"{item.time:%H:%M} {item.title}（{item.community}）"
                                      if item.time else f"{item.title}（{item.community}）"))
                else:
                    assert isinstance(item, CalendarPost)
                    self.chips.append((rect, item))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        cw = self.col_width()
        for i, day in enumerate(self.data.days()):
            if day == self.data.today:
                painter.fillRect(QRectF(self.GUTTER + i * cw, 0, cw, self.height()), TODAY_FILL)
        painter.setFont(small_font(self))
        for hour in range(24):
            y = hour * self.HOUR
            painter.setPen(QPen(GRID_LINE, 1))
            painter.drawLine(QPointF(self.GUTTER, y), QPointF(self.width(), y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y + 1, self.GUTTER - 6, 16), int(Qt.AlignmentFlag.AlignRight), f"{hour:02d}:00")
        painter.setPen(QPen(GRID_LINE, 1))
        for i in range(8):
            painter.drawLine(QPointF(self.GUTTER + i * cw, 0), QPointF(self.GUTTER + i * cw, self.height()))
        for rect, ritual in self.rituals:
            painter.setPen(QPen(QColor("#C9CDD4"), 1))
            painter.setBrush(QColor("#F2F3F5"))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(MUTED)
            text = f"{ritual.time:%H:%M} {ritual.title}" if ritual.time else ritual.title
            painter.drawText(rect.adjusted(4, 1, -2, 0), int(Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), text)
        painter.setFont(self.font())
        for rect, post in self.chips:
            paint_chip(painter, rect, post, f"{post.when:%H:%M} {post.title}")
        if self.data.first <= self.data.today <= self.data.last:
            now = clock.now().time()
            x = self.GUTTER + (self.data.today - self.data.first).days * cw
            painter.setPen(QPen(QColor("#D93025"), 2))
            painter.drawLine(QPointF(x, self.y_of(now)), QPointF(x + cw, self.y_of(now)))
        if self._drag_pos is not None and self._pressed is not None:
            post = self._pressed[0]
            self._paint_drag(painter, f"{post.when:%H:%M} {post.title}")
        painter.end()

    def _paint_target(self, painter: QPainter, target: dt.datetime, post: CalendarPost) -> None:
        assert self.data is not None
        cw = self.col_width()
        x = self.GUTTER + (target.date() - self.data.first).days * cw
        y = self.y_of(target.time())
        painter.save()
        painter.setPen(QPen(ACCENT, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x + 1, y, cw - 2, max(self.fontMetrics().height() + 4, self.HOUR / 2)))
        painter.setPen(ACCENT)
        painter.drawText(QRectF(x + 4, y - self.fontMetrics().height() - 2, cw, self.fontMetrics().height() + 2),
                         int(Qt.AlignmentFlag.AlignLeft), f"{target:%H:%M}")
        painter.restore()


def _columns(events: list[tuple[float, float, object]]) -> list[tuple[float, float, object, int, int]]:
    """Side-by-side columns for overlapping events (each cluster of overlaps shares the day's width)."""
    out: list[tuple[float, float, object, int, int]] = []
    cluster: list[tuple[float, float, object, int]] = []
    lane_ends: list[float] = []
    cluster_end = -1.0

    def flush() -> None:
        count = max(1, len(lane_ends))
        out.extend((top, bottom, item, lane, count) for top, bottom, item, lane in cluster)

    for top, bottom, item in events:
        if cluster and top >= cluster_end:
            flush()
            cluster, lane_ends = [], []
        for lane, end in enumerate(lane_ends):
            if end <= top:
                lane_ends[lane] = bottom
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(bottom)
        cluster.append((top, bottom, item, lane))
        cluster_end = max(cluster_end, bottom) if len(cluster) > 1 else bottom
    if cluster:
        flush()
    return out
