"""The app's one clock: what "now" and "today" are, in local wall-clock time without a zone.

Every part of the app asks here instead of calling `date.today()` / `datetime.now()` (or Qt's
`currentDate()`), so one fixed moment — set by the tests, or a what-if run — moves all of it at
once: the demo data, the month a tab opens on, the time stamped on a saved row. Qt-free.
"""

from __future__ import annotations

import datetime as dt

_fixed: dt.datetime | None = None


def now() -> dt.datetime:
    """Local time without zone (DESIGN §4.1): the fixed moment when one is set, else the machine's."""
    return _fixed if _fixed is not None else dt.datetime.now()


def today() -> dt.date:
    """The local date of `now()`."""
    return now().date()


def fix(moment: dt.datetime | dt.date | None) -> None:
    """Stop the clock at `moment` (a date means its 09:00); `None` lets it follow the machine again."""
    global _fixed
    if moment is not None and not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(9, 0))
    _fixed = moment
