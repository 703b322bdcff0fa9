"""Month arithmetic for the demo year (months are "YYYY-MM" keys, as goals and topics store them)."""

from __future__ import annotations

import datetime as dt


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_end(day: dt.date) -> dt.date:
    return add_months(day, 1) - dt.timedelta(days=1)


def latest(today: dt.date, month: int, day: int, *, lead_days: int = 0) -> dt.date:
    """The latest `month`-`day` (e.g. 11-11 for 双11) whose run-up of `lead_days` has begun by
    `today`: this year's once its warm-up started, else last year's."""
    this_year = dt.date(today.year, month, day)
    return this_year if this_year - dt.timedelta(days=lead_days) <= today else dt.date(today.year - 1, month, day)
