"""Pieces the 选题库 and 草稿 tabs share: months to choose from and text offsets.

Their list tables use the shared `app.views.table_models.ListTableModel`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app import clock


def month_choices(around: dt.date | None = None, before: int = 2, after: int = 10,
                  extra: Sequence[str] = ()) -> list[str]:
    """`YYYY-MM` months from `before` months ago to `after` months ahead, plus `extra`, newest last."""
    today = around or clock.today()
    months = set(extra)
    for shift in range(-before, after + 1):
        index = today.year * 12 + today.month - 1 + shift
        months.add(f"{index // 12:04d}-{index % 12 + 1:02d}")
    return sorted(months)


def utf16_offset(text: str, index: int) -> int:
    """A Python code-point offset into `text` as a Qt (UTF-16) position: emoji count twice in Qt."""
    head = text[: max(0, index)]
    return index + sum(1 for ch in head if ord(ch) > 0xFFFF)
