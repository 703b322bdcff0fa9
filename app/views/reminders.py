"""Reminders: posts due today that are not published yet, as a tray (desktop) notification.

At start the operator gets the day's list; while the app runs, each post's scheduled time brings
a notification of its own. Without a system tray (some Linux desktops, offscreen) the message
goes to `fallback(title, text)` — the main window shows it in its non-modal banner. Never a
modal dialog, and never in `--screenshot` mode (the window only starts reminders after a normal
start).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QSystemTrayIcon

from app import clock as app_clock
from app.services.calendar import CalendarPost, due_today
from app.views.context import ViewContext
from app.views.table_models import platform_name

#: Longest wait between two looks at the clock (survives sleep and clock changes).
MAX_WAIT = dt.timedelta(hours=1)

#: How long a tray message stays up, in milliseconds.
MESSAGE_MS = 15_000


def post_line(post: CalendarPost) -> str:
    return f"{post.when:%H:%M} {platform_name(post.platform)}《{post.title}》"


class Reminders(QObject):
    """Tells the operator what still has to go out today.

    Signals:
        reminded(str, str): title and text of each notification shown (tests, logs).
    """

    reminded = Signal(str, str)

    def __init__(self, ctx: ViewContext, icon: QIcon, *, fallback: Callable[[str, str], None] | None = None,
                 clock: Callable[[], dt.datetime] = app_clock.now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.clock, self.fallback = ctx, clock, fallback
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(QCoreApplication.translate("Reminders", "OpsDesk 运营台"))
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.tick)
        self._seen_until: dt.datetime | None = None
        ctx.signals.dataChanged.connect(lambda _tables: self._arm())

    def start(self) -> None:
        """The day's list now, then one reminder at each post's time."""
        now = self.clock()
        due = due_today(self.ctx.store, now)
        if due:
            self.notify(
                self.tr("今天还有 %n 条内容待发布", "", len(due)),
                "\n".join(post_line(p) for p in due),
            )
        self._seen_until = now
        self._arm()

    def tick(self) -> None:
        """A scheduled time came (or an hour passed): remind of the posts whose time has come since last look."""
        now = self.clock()
        since = self._seen_until or now
        if since.date() != now.date():
            since = dt.datetime.combine(now.date(), dt.time())
        arrived = [p for p in due_today(self.ctx.store, now) if since < p.when <= now]
        if arrived:
            self.notify(
                self.tr("到发布时间了：%n 条内容", "", len(arrived)),
                "\n".join(post_line(p) for p in arrived),
            )
        self._seen_until = now
        self._arm()

    def next_due(self) -> dt.datetime | None:
        """The next scheduled time today still ahead of the clock."""
        now = self.clock()
        times = [p.when for p in due_today(self.ctx.store, now) if p.when > now]
        return min(times) if times else None

    def _arm(self) -> None:
        if self._seen_until is None:  # not started
            return
        now = self.clock()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        target = min(self.next_due() or midnight, midnight, now + MAX_WAIT)
        self.timer.start(max(1000, int((target - now).total_seconds() * 1000) + 500))

    def notify(self, title: str, text: str) -> None:
        """A tray message where there is a tray, else the window's banner; never a modal dialog."""
        if self.tray is not None:
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        elif self.fallback is not None:
            self.fallback(title, text)
        self.reminded.emit(title, text)


def banner_fallback(banner: QLabel) -> Callable[[str, str], None]:
    """Show reminders in a window's banner label, below whatever warning it already shows."""
    original = banner.text() if banner.isVisibleTo(banner.parentWidget()) else ""

    def show(title: str, text: str) -> None:
        message = QCoreApplication.translate("Reminders", "{title}：{text}").format(
            title=title, text=QCoreApplication.translate("Reminders", "；").join(text.splitlines()))
        banner.setText(f"{original}\n{message}" if original else message)
        banner.show()

    return show


def start_reminders(window: QMainWindow) -> Reminders:
    """Start reminders for the main window (`window.ctx`, and `window.banner` where there is no tray)."""
    ctx: ViewContext = window.ctx  # type: ignore[attr-defined]
    banner = getattr(window, "banner", None)
    reminders = Reminders(ctx, window.windowIcon(), fallback=banner_fallback(banner) if banner is not None else None,
                          parent=window)
    reminders.start()
    return reminders
