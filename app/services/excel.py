"""Writing Excel files the way operators expect: typed cells, formats, frozen header, filters, widths.

Text that begins with `= + - @` (or tab/CR) is written as a string with Excel's quote-prefix
style, so no spreadsheet runs it as a formula and the text itself stays exactly as it was.
Used by every export (the whole store, a table view, a segment, a review).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from app.store.files import saving_to

FORMULA_LEADERS = ("=", "+", "-", "@", "\t", "\r")
SAMPLE_ROWS_FOR_WIDTH = 200
MAX_WIDTH = 60

Progress = Callable[[int], None]


@dataclasses.dataclass(frozen=True)
class Column:
    """A column to write: its header and its kind (int, float, rate, money, date, datetime, bool, json, text)."""

    header: str
    kind: str = "text"


@dataclasses.dataclass(frozen=True)
class Cell:
    """A value written with its own kind, where a column mixes kinds (a rate in one row, a count in the next)."""

    value: Any
    kind: str


class Formats:
    """The cell formats of one workbook, made once."""

    def __init__(self, workbook: Workbook) -> None:
        self.header = workbook.add_format({"bold": True, "bg_color": "#EEF2F7", "bottom": 1})
        self.text = workbook.add_format({"quote_prefix": True})
        self.date = workbook.add_format({"num_format": "yyyy-mm-dd"})
        self.datetime = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self.rate = workbook.add_format({"num_format": "0.00%"})
        self.money = workbook.add_format({"num_format": "#,##0.00"})
        self.int = workbook.add_format({"num_format": "#,##0"})
        self.float = workbook.add_format({"num_format": "0.00"})


@contextmanager
def new_workbook(path: Path) -> Iterator[tuple[Workbook, Formats]]:
    """A workbook in constant-memory mode (rows stream to disk), with its formats, saved atomically.

    It lands at `path` only when the block ends without error: a full disk or a crash leaves nothing
    half-written at the user's path (`saving_to`).
    """
    with saving_to(path) as tmp:
        workbook = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                                   "strings_to_numbers": False, "strings_to_urls": False})
        try:
            yield workbook, Formats(workbook)
        finally:
            workbook.close()


def _display_width(value: Any) -> int:
    if isinstance(value, Cell):
        value = value.value
    text = value if isinstance(value, str) else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text.split("\n", 1)[0])


def _write_cell(sheet: Worksheet, formats: Formats, row: int, col: int, kind: str, value: Any) -> None:
    if isinstance(value, Cell):
        kind, value = value.kind, value.value
    if value is None:
        return
    if kind == "json":
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        if value.startswith(FORMULA_LEADERS):
            sheet.write_string(row, col, value, formats.text)
        else:
            sheet.write_string(row, col, value)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, dt.datetime):
        sheet.write_datetime(row, col, value, formats.datetime)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, col, dt.datetime.combine(value, dt.time()), formats.date)
    elif isinstance(value, int | float):
        fmt = {"rate": formats.rate, "money": formats.money, "int": formats.int, "float": formats.float}.get(kind)
        sheet.write_number(row, col, value, fmt)
    else:
        sheet.write_string(row, col, str(value))


def write_sheet(
    workbook: Workbook,
    formats: Formats,
    name: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    progress: Progress | None = None,
) -> int:
    """Write one sheet (header, typed rows, frozen header, filter, widths); returns the row count."""
    sheet = workbook.add_worksheet(name[:31])
    iterator = iter(rows)
    sample: list[Sequence[Any]] = []
    for row in iterator:
        sample.append(row)
        if len(sample) >= SAMPLE_ROWS_FOR_WIDTH:
            break
    for col, column in enumerate(columns):
        width = max([_display_width(column.header)] + [_display_width(r[col]) for r in sample if r[col] is not None])
        if column.kind in ("date",):
            width = max(width, 11)
        elif column.kind == "datetime":
            width = max(width, 19)
        sheet.set_column(col, col, min(width + 2, MAX_WIDTH))
    for col, column in enumerate(columns):
        sheet.write_string(0, col, column.header, formats.header)
    sheet.freeze_panes(1, 0)
    count = 0
    for source in (sample, iterator):
        for row in source:
            count += 1
            for col, column in enumerate(columns):
                _write_cell(sheet, formats, count, col, column.kind, row[col])
            if progress is not None and count % 5000 == 0:
                progress(count)
    sheet.autofilter(0, 0, max(count, 1), max(len(columns) - 1, 0))
    return count


def export_rows(path: Path, sheet_name: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
    """One sheet of rows (a table view as shown, a segment, a needs list) to its own workbook."""
    with new_workbook(path) as (workbook, formats):
        return write_sheet(workbook, formats, sheet_name, columns, rows)
