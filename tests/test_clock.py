"""The app's one clock: fixed in tests, followed by everything that stamps or defaults a date."""

from __future__ import annotations

import datetime as dt

from app import clock
from app.models import now
from app.services.review import default_month


def test_tests_run_at_the_fixed_moment(fixed_clock: dt.datetime) -> None:
    assert clock.now() == fixed_clock and clock.today() == fixed_clock.date()


def test_a_moved_clock_moves_every_default_date() -> None:
    clock.fix(dt.datetime(2028, 2, 29, 23, 50, 30, 999))
    assert now() == dt.datetime(2028, 2, 29, 23, 50, 30)  # row stamps, to the second
    assert default_month() == "2028-01"  # the review's last complete month
    clock.fix(dt.date(2027, 1, 1))
    assert clock.now() == dt.datetime(2027, 1, 1, 9, 0)


def test_an_unfixed_clock_follows_the_machine() -> None:
    clock.fix(None)
    before = dt.datetime.now()
    assert before <= clock.now() <= dt.datetime.now()
