"""The timeline strip of a campaign: warm-up and live bars, pushes per channel, task due dates, today."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app import clock
from app.services.campaigns import TimelineItem

WARMUP = QColor("#F5B84A")
LIVE = QColor("#2B64E3")
PUSH = QColor("#4E5561")
DONE = QColor("#A3A8B0")
OVERDUE = QColor("#D92D20")
OPEN = QColor("#0E9F6E")
GRID = QColor("#E4E6EB")
TEXT = QColor("#4E5561")


class TimelineStrip(QWidget):
    """Draws one campaign's plan on a day axis: a bar row (预热 / 活动中), one row of push marks
    per channel, a row of task due dates (red when overdue, grey when done) and today's line."""

    ROW = 24
    LEFT = 96

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start = self.end = self.warm = clock.today()
        self.items: list[TimelineItem] = []
        self.channels: list[str] = []
        self.tasks: list[dict[str, Any]] = []
        self.today = clock.today()
        self.labels: dict[str, str] = {}

    def set_plan(self, start: dt.date, end: dt.date, warmup_days: int, items: list[TimelineItem],
                 channels: list[str], tasks: list[dict[str, Any]], today: dt.date, labels: dict[str, str]) -> None:
        """`labels`: translated "warmup", "live", "tasks", "today" and each item's text under its index."""
        self.start, self.end = start, end
        self.warm = start - dt.timedelta(days=max(warmup_days, 0))
        self.items, self.channels, self.tasks, self.today, self.labels = items, channels, tasks, today, labels
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, self.ROW * (len(self.channels) + 3) + 34)

    def _span(self) -> tuple[dt.date, dt.date]:
        days = [self.warm, self.end] + [t["due_date"] for t in self.tasks if t.get("due_date")]
        first, last = min(days) - dt.timedelta(days=1), max(days) + dt.timedelta(days=1)
        return first, last

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = self._span()
        n = (last - first).days + 1
        width = max(self.width() - self.LEFT - 12, 50)
        step = width / n

        def x(day: dt.date) -> float:
            return self.LEFT + (day - first).days * step

        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        painter.setFont(small)
        rows = [self.labels.get("phases", ""), *self.channels, self.labels.get("tasks", "")]
        for r, title in enumerate(rows):
            y = r * self.ROW
            painter.setPen(TEXT)
            painter.drawText(QRectF(0, y, self.LEFT - 6, self.ROW), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             title)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(self.LEFT, y + self.ROW), QPointF(self.LEFT + width, y + self.ROW))
        # phase bars
        if self.warm < self.start:
            self._bar(painter, x(self.warm), x(self.start), WARMUP, self.labels.get("warmup", ""))
        self._bar(painter, x(self.start), x(self.end + dt.timedelta(days=1)), LIVE, self.labels.get("live", ""))
        # pushes per channel
        for index, item in enumerate(self.items):
            if item.kind != "push" or item.channel not in self.channels:
                continue
            y = (self.channels.index(item.channel) + 1) * self.ROW + self.ROW / 2
            cx = x(item.day) + step / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PUSH)
            painter.drawEllipse(QPointF(cx, y), 4, 4)
            painter.setPen(TEXT)
            painter.drawText(QPointF(cx + 7, y + 4), self.labels.get(f"item{index}", ""))
        # task due dates
        y = (len(self.channels) + 1) * self.ROW + self.ROW / 2
        for task in self.tasks:
            if not task.get("due_date"):
                continue
            color = DONE if task["done"] else OVERDUE if task.get("overdue") else OPEN
            cx = x(task["due_date"]) + step / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawPolygon(QPolygonF([QPointF(cx, y - 6), QPointF(cx + 5, y + 4), QPointF(cx - 5, y + 4)]))
        # date axis
        axis_y = (len(self.channels) + 2) * self.ROW
        painter.setPen(TEXT)
        every = max(1, int(46 / step) + 1)
        for k in range(0, n, every):
            day = first + dt.timedelta(days=k)
            painter.drawText(QRectF(x(day) - 4, axis_y + 2, 50, 16), Qt.AlignmentFlag.AlignLeft, day.strftime("%m-%d"))
        # today
        if first <= self.today <= last:
            tx = x(self.today) + step / 2
            painter.setPen(QPen(OVERDUE, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(tx, 0), QPointF(tx, axis_y))
            painter.drawText(QPointF(tx + 3, axis_y + 30), self.labels.get("today", ""))
        painter.end()

    def _bar(self, painter: QPainter, x0: float, x1: float, color: QColor, text: str) -> None:
        rect = QRectF(x0, 4, max(x1 - x0, 3), self.ROW - 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
