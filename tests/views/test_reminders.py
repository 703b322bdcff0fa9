"""Reminders list the posts due today that are not published, at start and when their time comes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QSystemTrayIcon

from app.views.context import ViewContext
from app.views.reminders import Reminders, banner_fallback
from tests.views.conftest import MONTH_START

#: Post 3 of the seeded store is scheduled at this time and not published.
DUE = dt.datetime.combine(MONTH_START + dt.timedelta(days=5), dt.time(20, 0))


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(autouse=True)
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


def test_start_lists_the_posts_due_today(ctx: ViewContext, qapp: object) -> None:
    shown: list[tuple[str, str]] = []
    clock = Clock(DUE.replace(hour=8))
    reminders = Reminders(ctx, QIcon(), fallback=lambda title, text: shown.append((title, text)), clock=clock)
    reminders.start()
    assert len(shown) == 1
    title, text = shown[0]
    assert "1 条" in title
    assert "20:00 小红书《烟酰胺怎么用不踩雷》" in text
    assert reminders.timer.isActive()
    assert reminders.next_due() == DUE


def test_a_day_without_due_posts_stays_quiet(ctx: ViewContext, qapp: object) -> None:
    shown: list[tuple[str, str]] = []
    reminders = Reminders(ctx, QIcon(), fallback=lambda t, x: shown.append((t, x)),
                          clock=Clock(DUE + dt.timedelta(days=1)))
    reminders.start()
    assert shown == []  # published posts and other days are not listed


def test_the_scheduled_time_brings_its_own_reminder(ctx: ViewContext, qapp: object) -> None:
    shown: list[tuple[str, str]] = []
    clock = Clock(DUE.replace(hour=8))
    reminders = Reminders(ctx, QIcon(), fallback=lambda t, x: shown.append((t, x)), clock=clock)
    reminders.start()
    clock.now = DUE - dt.timedelta(minutes=30)
    reminders.tick()
    assert len(shown) == 1  # not yet
    clock.now = DUE + dt.timedelta(seconds=1)
    reminders.tick()
    assert len(shown) == 2 and "到发布时间了" in shown[1][0] and "烟酰胺怎么用不踩雷" in shown[1][1]
    clock.now = DUE + dt.timedelta(minutes=5)
    reminders.tick()
    assert len(shown) == 2  # each time reminds once


def test_banner_fallback_keeps_the_existing_warning(qtbot: object) -> None:
    banner = QLabel("数据文件夹在同步盘里")
    qtbot.addWidget(banner)  # type: ignore[attr-defined]
    banner.show()
    banner_fallback(banner)("今天还有 1 条内容待发布", "20:00 小红书《a》\n21:00 抖音《b》")
    assert banner.text() == "数据文件夹在同步盘里\n今天还有 1 条内容待发布：20:00 小红书《a》；21:00 抖音《b》"
