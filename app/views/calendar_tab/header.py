"""The calendar's month header: one card per platform with its goal progress and the posts it still needs."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.views.table_models import platform_icon

ON_TRACK = QColor("#2F9E44")
BEHIND = QColor("#F08C00")
TRACK = QColor("#E9EBEF")


class PaceBar(QWidget):
    """Actual against target, with a tick where an even pace would be today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ratio: float | None = None
        self.expected: float | None = None
        self.on_track: bool | None = None
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(120, 8)

    def set_values(self, ratio: float | None, expected: float | None, on_track: bool | None) -> None:
        """ratio and expected as fractions of the target (1.0 = the target)."""
        self.ratio, self.expected, self.on_track = ratio, expected, on_track
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(rect, 4, 4)
        if self.ratio is not None:
            fill = QRectF(rect.left(), rect.top(), rect.width() * min(max(self.ratio, 0.0), 1.0), rect.height())
            painter.setBrush(ON_TRACK if self.on_track is not False else BEHIND)
            painter.drawRoundedRect(fill, 4, 4)
        if self.expected is not None:
            x = rect.left() + rect.width() * min(max(self.expected, 0.0), 1.0)
            painter.setPen(QColor("#1F2329"))
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()


class PlatformCard(QFrame):
    """One platform in the header: name, goal bar with numbers, and "还需发 N 篇"."""

    def __init__(self, platform: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.setObjectName("platformCard")
        self.setStyleSheet("QFrame#platformCard { background: #FFFFFF; border: 1px solid #E4E6EB; border-radius: 6px; }"
                           "QLabel { border: none; background: transparent; }")
        self.name = QLabel(name, self)
        self.name.setStyleSheet("font-weight: bold;")
        icon = QLabel(self)
        icon.setPixmap(platform_icon(platform).pixmap(12, 12))
        self.goal = QLabel(self)
        self.goal.setObjectName("goalText")
        self.goal.setStyleSheet("color: #4E5561;")
        self.bar = PaceBar(self)
        self.plan = QLabel(self)
        self.plan.setObjectName("planText")
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(icon)
        top.addWidget(self.name)
        top.addStretch(1)
        top.addWidget(self.plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 5)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.goal)
        self.setMinimumWidth(150)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
