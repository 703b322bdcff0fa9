"""A recognised table's rows → records in store units, and the rows that cannot be read.

Each column gets one converter chosen from its profile type and header hint (`(%)`, `(分钟)`,
`(分)`), so the hot loop over 100,000 rows is a plain call per cell. Columns the profile does not
name go to the record's `extra` as exported, so nothing a file carried is lost.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing import values as v
from app.services.importing.profiles import SUBTOTAL_WORDS, ColumnSpec, TableMatch, lookup
from app.services.importing.values import BadValueError, Capped


@dataclass
class RowError:
    """A cell (or row) that cannot be imported, named as the operator sees it in Excel."""

    row: int
    column: str
    value: Any
    message: str

    def as_dict(self, translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
        message = translate("import", self.message) if translate else self.message
        return {"row": self.row, "column": self.column, "value": v.json_value(self.value), "message": message}


def _vocab(name: str, message: str) -> Callable[[Any], Any]:
    @functools.lru_cache(maxsize=4096)
    def convert(raw: Any) -> str | None:
        text = v.parse_text(raw)
        if text is None:
            return None
        code = lookup(name, text)
        if code is None:
            raise BadValueError(message)
        return code

    return convert


@functools.lru_cache(maxsize=4096)
def _format(raw: Any) -> str | None:
    text = v.parse_text(raw)
    if text is None:
        return None
    code = lookup("format", text)
    if code:
        return code
    for word, code in (("直播", "live"), ("视频", "video"), ("min", "video"), ("图文", "image"), ("文章", "article")):
        if word in text:
            return code
    return "other"


@functools.lru_cache(maxsize=4096)
def _platform(raw: Any) -> str | None:
    """A platform as operators write it → its code; other channels (企业微信, 社群 …) stay as written."""
    text = v.parse_text(raw)
    if text is None:
        return None
    return lookup("platform", text) or text.strip()


def _split(raw: Any) -> list[str] | None:
    text = v.parse_text(raw)
    if text is None:
        return None
    for sep in ("，", "、", ";", "；", "|", "/", "\n"):
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def _platforms(raw: Any) -> list[str] | None:
    parts = _split(raw)
    return None if parts is None else [lookup("platform", p) or p for p in parts]


def _score(raw: Any) -> int | None:
    value = v.parse_number(raw)
    if value is None:
        return None
    if not 1 <= value <= 5 or float(value) != int(value):
        raise BadValueError(QT_TRANSLATE_NOOP("import", "应是 1 到 5 的整数"))
    return int(value)


def _fen(raw: Any) -> float | None:
    value = v.parse_number(raw)
    return None if value is None else round(float(value) / 100, 2)


#: Counts that can fall as well as rise (net follower change); every other count is never negative.
SIGNED_COUNTS = frozenset({"net_follows", "follows_gained"})
#: A title longer than this is a whole article pasted into the cell (Douyin's caption limit is 1,000).
MAX_TITLE_CHARS = 2_000
NEGATIVE = QT_TRANSLATE_NOOP("import", "不能是负数")
TITLE_TOO_LONG = QT_TRANSLATE_NOOP("import", "标题超过 2,000 个字，不像标题（是不是把正文贴进来了？）")


def _unsigned_count(raw: Any) -> int | None:
    value = v.parse_count(raw)
    if value is not None and value < 0:
        raise BadValueError(NEGATIVE)
    return value


def _title(raw: Any) -> str | None:
    text = v.parse_text(raw)
    if text is not None and len(text) > MAX_TITLE_CHARS:
        raise BadValueError(TITLE_TOO_LONG)
    return text


def _number(raw: Any) -> float | None:
    value = v.parse_number(raw)
    return None if value is None else (value if isinstance(value, Capped) else float(value))


def _hours(raw: Any) -> float | None:
    """`直播时长(小时)` → seconds: a bare number is hours; `1小时21分5秒` or `02:00:00` are what they say."""
    value = v.parse_seconds(raw)
    bare = isinstance(raw, int | float) or (isinstance(raw, str) and raw.strip().replace(".", "", 1).isdigit())
    return round(value * 3600, 1) if value is not None and bare else value


#: Excel shows a 19-digit id as `3.71234E+18` and saves it so: the last digits are gone for good.
ID_LOST_DIGITS = QT_TRANSLATE_NOOP(
    "import", "编号被 Excel 改成了科学计数法（E+），后几位已经丢失：请用后台导出的原始 CSV，不要用 Excel 另存过的文件")
_SCIENTIFIC = re.compile(r"^\d+(\.\d+)?[eE]\+?\d+$")


def _long_id(raw: Any) -> str | None:
    """A long id (抖店 订单编号) without the `'` or backtick that kept Excel off it; an `E+` one is refused."""
    text = v.parse_text(raw)
    if text is None:
        return None
    text = text.strip().lstrip("'`").strip()
    if _SCIENTIFIC.match(text):
        raise BadValueError(ID_LOST_DIGITS)
    return None if text.lower() in v.MISSING else text


def _long_ids(cells: Sequence[Any]) -> list[Any] | None:
    """`_long_id` for a whole column of text (None when a cell needs it one by one, to be named)."""
    if not cells or not _plain_text(cells):
        return None
    ids = list(map(str.strip, map(str.lstrip, map(str.strip, cells), itertools.repeat("'`"))))
    joined = "\x00".join(ids)
    if "e" in joined or "E" in joined:  # maybe `E+` ids: read one by one, to name them
        return None
    lowered = joined.lower().split("\x00")
    if len(lowered) != len(ids) or not v.MISSING.isdisjoint(lowered):
        missing = v.MISSING
        return [None if i.lower() in missing else i for i in ids]
    return ids


_SIMPLE: dict[str, Callable[[Any], Any]] = {
    "text": v.parse_text,
    "datetime": v.parse_datetime,
    "date": v.parse_date,
    "month": v.parse_month,
    "count": v.parse_count,
    "number": _number,
    "money": v.parse_money,
    "hours": _hours,
    "long_id": _long_id,
    "format": _format,
    "platform": _platform,
    "platforms": _platforms,
    "list": _split,
    "score": _score,
    "topic_source": _vocab("topic_source", QT_TRANSLATE_NOOP("import", "不认识的选题来源")),
    "topic_status": _vocab("topic_status", QT_TRANSLATE_NOOP("import", "不认识的选题状态")),
    "goal_metric": _vocab("goal_metric", QT_TRANSLATE_NOOP("import", "不认识的指标（可写：涨粉、阅读、发布、转化、成交金额）")),
    "promotion_tool": lambda raw: None if v.parse_text(raw) is None else (lookup("promotion_tool", raw) or "other"),
    "promotion_objective": _vocab("promotion_objective", QT_TRANSLATE_NOOP("import", "不认识的推广目标（可写：涨粉、互动、转化）")),
}


#: Converters whose results can be a `Capped` lower bound (`10w+`).
_MAY_CAP = {v.parse_count, _unsigned_count, _number}


def converter(type_name: str, header: str, field: str = "extra") -> Callable[[Any], Any]:
    """The parser for one column, taking the unit its header carries (and the field it fills) into account."""
    key = v.header_key(header)
    if field == "title" and type_name == "text":
        return _title
    if type_name == "count" and field != "extra" and field not in SIGNED_COUNTS and not v.PERCENT_HEADER.search(key):
        return _unsigned_count
    if type_name == "rate":
        return functools.partial(v.parse_rate, percent_header=bool(v.PERCENT_HEADER.search(key)))
    if type_name == "seconds":
        return functools.partial(v.parse_seconds, minutes_header=bool(v.MINUTES_HEADER.search(key)))
    if type_name == "money" and v.FEN_HEADER.search(key):
        return _fen
    if type_name in ("count", "number") and v.PERCENT_HEADER.search(key):
        return functools.partial(v.parse_rate, percent_header=True)
    return _SIMPLE.get(type_name, v.parse_text)


@dataclass
class _Column:
    index: int
    header: str
    field: str
    convert: Callable[[Any], Any]
    name: str | None = None  # the `extra` key, when not the header


def _columns(table: TableMatch) -> list[_Column]:
    columns = []
    for col, header in table.headers.items():
        spec: ColumnSpec | None = table.columns.get(col)
        if spec is None:
            if v.header_key(header) in table.profile.ignored:
                continue
            columns.append(_Column(col, header, "extra", v.json_value))
            continue
        field, type_name = spec.field, spec.type
        if spec.field == "value" and table.sheet_rule is not None:
            field, type_name = table.sheet_rule.field, table.sheet_rule.type
            if field == "extra":
                header = table.sheet.name
        columns.append(_Column(col, header, field, converter(type_name, header, field), spec.name))
    return columns


BLOCK_ROWS = 5000


def _data_rows(table: TableMatch, start: int, stop: int) -> tuple[list[int], list[list[Any]]]:
    """Excel row numbers and cells of the data rows in sheet rows [start, stop), blank and subtotal rows left out."""
    first, last = table.first_col, table.last_col + 1
    width = last - first
    rows = table.sheet.rows
    block = rows[start:stop]
    if not first and set(map(len, block)) == {width}:
        leads = [row[0] for row in block]
        if set(map(type, leads)) == {str} and min(map(len, leads)) > 8:  # a title or an id in every first cell
            return list(range(start + 1, stop + 1)), block
    numbers: list[int] = []
    kept: list[list[Any]] = []
    for index in range(start, stop):
        row = rows[index]
        cells = row if first == 0 and len(row) == width else row[first:last]
        lead = cells[0] if cells else None
        if lead is None or lead == "":
            lead = next((c for c in cells if c is not None and c != ""), None)
        if lead is None:
            continue
        if type(lead) is str and len(lead) <= 8 and v.header_key(lead) in SUBTOTAL_WORDS:
            continue
        if len(cells) < width:
            cells = cells + [None] * (width - len(cells))
        numbers.append(index + 1)
        kept.append(cells)
    return numbers, kept


def _plain_text(cells: Sequence[Any], kinds: frozenset[type] = frozenset({str})) -> bool:
    return set(map(type, cells)) <= kinds


def _whole_numbers(cells: Sequence[Any], unsigned: bool) -> list[Any] | None:
    """A count column of plain digits (numbers stored as text, as most exports do) at C speed."""
    if not cells or not _plain_text(cells, frozenset({str, int})):
        return None
    try:
        values = list(map(int, cells))
    except ValueError:
        return None
    low, high = min(values), max(values)
    if low < (0 if unsigned else 1 - v.MAX_NUMBER) or high >= v.MAX_NUMBER:
        return None
    return values


def _fractions(cells: Sequence[Any], high: float) -> list[Any] | None:
    """A rate or seconds column of plain decimals in [0, high] (`-` where there is none, as 抖音 writes
    a missing 封面点击率) at C speed: what the cell parsers take first."""
    if not cells or not _plain_text(cells):
        return None
    given = [c for c in cells if c != "-"] if "-" in cells else cells
    try:
        values = list(map(float, given))
    except ValueError:
        return None
    if values and (not math.isfinite(math.fsum(values)) or min(values) < 0.0 or max(values) > high):
        return None
    if len(values) == len(cells):
        return values
    parsed = iter(values)
    return [None if c == "-" else next(parsed) for c in cells]


#: The longest text that may mean "no value" (`暂无`, `null` …): a longer cell with no space at either end is text.
_LONGEST_MISSING = max(map(len, v.MISSING))


def _titles(cells: Sequence[Any]) -> list[Any] | None:
    """A title column (all different, so `_texts` saves nothing) at C speed: what `_title` gives."""
    if not cells or not _plain_text(cells):
        return None
    lengths = list(map(len, cells))
    if min(lengths) > _LONGEST_MISSING and not any(map(str.isspace, map(operator.itemgetter(0), cells))) \
            and not any(map(str.isspace, map(operator.itemgetter(-1), cells))):
        # every title long and unpadded (an export's usual column): none can mean "no value"
        return None if max(lengths) > MAX_TITLE_CHARS else list(cells)
    missing = v.parse_text
    values = [c if len(c) > _LONGEST_MISSING and not c[0].isspace() and not c[-1].isspace() else missing(c)
              for c in cells]
    return None if max(map(len, filter(None, values)), default=0) > MAX_TITLE_CHARS else values


def _iso_times(cells: Sequence[Any]) -> list[Any] | None:
    """A time column of `YYYY-MM-DD hh:mm:ss` text (`-` where there is none), to the second, in the
    years taken, at C speed."""
    if not cells or not _plain_text(cells):
        return None
    given = [c for c in cells if c != "-"] if "-" in cells else cells
    if not given:
        return [None] * len(cells)
    if not v.ISO_SECONDS_LINES.fullmatch("\n".join(given)):
        return None
    try:
        values = list(map(dt.datetime.fromisoformat, given))
    except ValueError:  # no such day (02-30) or hour: read one by one, to be named
        return None
    if min(values).year < v.FIRST_YEAR or max(values).year > v.LAST_YEAR:
        return None
    if len(given) == len(cells):
        return values
    parsed = iter(values)
    return [None if c == "-" else next(parsed) for c in cells]


#: Converters of text columns that repeat a few values down an export (体裁, 平台, 审核状态 …): each
#: distinct cell is converted once (`_texts`). None of them refuses a cell.
_FEW_VALUES = frozenset({v.parse_text, v.json_value, _format, _platform})


def _texts(cells: Sequence[Any], convert: Callable[[Any], Any]) -> list[Any] | None:
    """A text column with each distinct cell read once: exports repeat `-` and a few words down a column."""
    try:
        distinct = set(cells)  # a non-text cell never merges into a text one here, so checking these is enough
    except TypeError:  # a cell a reshaped sheet holds as a dict (问卷星 answers)
        return None
    if not distinct or not all(type(cell) is str for cell in distinct):
        return None
    parsed = {cell: convert(cell) for cell in distinct}
    if len(parsed) == 1:  # a column of `-` (most of an 抖店 export's)
        return [parsed.popitem()[1]] * len(cells)
    return list(map(parsed.__getitem__, cells))


_AMOUNT_CHARS = frozenset("0123456789.,")


def _amounts(cells: Sequence[Any]) -> list[Any] | None:
    """A money column of plain amounts (`1,299.00`) at C speed: what `parse_money` gives them."""
    if not cells or not _plain_text(cells):
        return None
    used = set("".join(cells))
    if not used <= _AMOUNT_CHARS:
        return None
    plain = map(str.replace, cells, itertools.repeat(","), itertools.repeat("")) if "," in used else cells
    try:
        values = list(map(round, map(float, plain), itertools.repeat(2)))
    except ValueError:
        return None
    return values if max(values) < v.MAX_NUMBER else None


def _times_of_day(cells: Sequence[Any]) -> list[bool]:
    """`has_time` of a publish-time column, at C speed where every cell is text holding a `:`."""
    if _plain_text(cells):
        found = list(map(operator.contains, cells, itertools.repeat(":")))
        if all(found):
            return found
    return list(map(v.has_time, cells))


def _bulk(convert: Callable[[Any], Any]) -> Callable[[Sequence[Any]], list[Any] | None] | None:
    """The whole-column shortcut of a cell converter, giving exactly what it gives cell by cell, or
    None for a column it cannot take whole (then every cell goes through the converter)."""
    if convert is v.parse_count or convert is _unsigned_count:
        return functools.partial(_whole_numbers, unsigned=convert is _unsigned_count)
    if convert is v.parse_datetime:
        return _iso_times
    if convert in _FEW_VALUES:
        return functools.partial(_texts, convert=convert)
    if convert is _title:
        return _titles
    if convert is _long_id:
        return _long_ids
    if convert is v.parse_money:
        return _amounts
    if isinstance(convert, functools.partial) and not any(convert.keywords.values()):
        if convert.func is v.parse_rate:
            return functools.partial(_fractions, high=1.0)
        if convert.func is v.parse_seconds:
            return functools.partial(_fractions, high=math.nextafter(1e9, 0))
    return None


def _convert_column(column: _Column, cells: Sequence[Any], numbers: list[int], errors: list[RowError],
                    bad: set[int]) -> list[Any]:
    """The whole column at C speed (`_bulk`, else its converter mapped); cell by cell only to name the bad ones."""
    convert = column.convert
    bulk = _bulk(convert)
    if bulk is not None:
        values = bulk(cells)
        if values is not None:
            return values
    try:
        return list(map(convert, cells))
    except BadValueError:
        pass
    out: list[Any] = []
    for position, raw in enumerate(cells):
        try:
            out.append(convert(raw))
        except BadValueError as exc:
            errors.append(RowError(numbers[position], column.header, raw, str(exc)))
            bad.add(position)
            out.append(None)
    return out


class Records:
    """A table's parsed rows, held column by column; iterating yields one dict per row, made on the fly.

    A dict per row for 100,000 rows costs over 200 MB; columns of values cost a third of that, and
    the writer only ever looks at one row at a time.
    """

    def __init__(self, fields: list[str]) -> None:
        self.fields = fields
        self.columns: list[list[Any]] = [[] for _ in fields]
        self.rows: list[int] = []
        self.extra_keys: list[str] = []  # the `extra` keys, column by column beside `columns`
        self.extra_columns: list[list[Any]] = []
        self.capped: dict[int, list[str]] = {}
        self.timed: list[bool] | None = None
        self.dropped: set[int] = set()

    def __len__(self) -> int:
        return len(self.rows) - len(self.dropped)

    def record(self, position: int) -> dict[str, Any]:
        record = {f: column[position] for f, column in zip(self.fields, self.columns, strict=True)}
        record["_row"] = self.rows[position]
        record["_extra"] = self.extra(position)
        record["_capped"] = self.capped.get(position, [])
        if self.timed is not None:
            record["_timed"] = self.timed[position]
        return record

    def extra(self, position: int) -> dict[str, Any]:
        """The row's `extra`: each extra column that holds a value there (a repeated header: the last)."""
        return {k: x for k, column in zip(self.extra_keys, self.extra_columns, strict=True)
                if (x := column[position]) is not None}

    def column(self, field: str) -> list[Any]:
        """One field's values by position (all None when the table has no such column)."""
        if field in self.fields:
            return self.columns[self.fields.index(field)]
        return [None] * len(self.rows)

    def positions(self) -> Iterator[int]:
        dropped = self.dropped
        return (i for i in range(len(self.rows)) if i not in dropped)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (self.record(i) for i in self.positions())

    def __getitem__(self, index: int) -> dict[str, Any]:
        for count, position in enumerate(self.positions()):
            if count == index:
                return self.record(position)
        raise IndexError(index)

    def head(self, limit: int) -> list[dict[str, Any]]:
        return [r for _, r in zip(range(limit), self, strict=False)]

    def drop_rows(self, excel_rows: set[int]) -> None:
        self.dropped.update(i for i, row in enumerate(self.rows) if row in excel_rows)


def parse_table(table: TableMatch, errors: list[RowError], release: bool = False) -> Records:
    """The table's data rows as `Records` ({field: value, "_row": Excel row, "_extra", "_capped"} each).

    Blank rows and subtotal rows (合计/总计/累计/全部 … in the first cell) are skipped; a row with
    any unreadable cell is reported in `errors` and left out. Columns are converted whole, block by
    block, which keeps 100,000-row files fast; with `release` the raw rows are dropped as they are
    read, so the cells and the records are not both held in memory.
    """
    columns = _columns(table)
    records = Records([c.field for c in columns if c.field != "extra"])
    if any(c.field == "published_at" for c in columns):
        records.timed = []
    rows = table.sheet.rows
    for start in range(table.header_row + 1, len(rows), BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, len(rows))
        numbers, kept = _data_rows(table, start, stop)
        if kept:
            _add_block(records, table, columns, numbers, kept, errors)
        if release:
            rows[start:stop] = [[]] * (stop - start)
    return records


def _add_block(records: Records, table: TableMatch, columns: list[_Column], numbers: list[int],
               kept: list[list[Any]], errors: list[RowError]) -> None:
    first = table.first_col
    offset = len(records.rows)
    # the columns read, each pulled out whole (three times faster than transposing every cell with zip)
    by_column = {at: [row[at] for row in kept] for at in {c.index - first for c in columns}}
    bad: set[int] = set()
    problems = table.sheet.problems
    if problems:  # rows the reader could not split or hold (an unclosed quote, an oversized cell)
        for position, number in enumerate(numbers):
            found = problems.get(number - 1)
            if found is not None:
                col, message = found
                inside = col is not None and first <= col <= table.last_col
                errors.append(RowError(number, table.headers.get(col, "") if col is not None else "",
                                       kept[position][col - first] if inside else None, message))
                bad.add(position)
    extra_headers: list[str] = []
    extra_values: list[list[Any]] = []
    field_at = 0
    for column in columns:
        values = _convert_column(column, by_column[column.index - first], numbers, errors, bad)
        name = (column.name or column.header) if column.field == "extra" else column.field
        if column.convert in _MAY_CAP and Capped in set(map(type, values)):
            for position, value in enumerate(values):
                if type(value) is Capped:
                    records.capped.setdefault(offset + position, []).append(name)
                    values[position] = int(value)
        if column.field == "extra":
            extra_headers.append(column.name or column.header)
            extra_values.append(values)
        else:
            records.columns[field_at] += values
            field_at += 1
    if records.timed is not None:
        timed = next(c for c in columns if c.field == "published_at")
        records.timed += _times_of_day(by_column[timed.index - first])
    if not offset:
        records.extra_keys, records.extra_columns = extra_headers, [[] for _ in extra_headers]
    for held, values in zip(records.extra_columns, extra_values, strict=True):
        held += values
    records.rows += numbers
    records.dropped.update(offset + position for position in bad)
