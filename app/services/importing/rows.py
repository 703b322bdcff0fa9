"""A recognised table's rows → records in store units, and the rows that cannot be read.

Each column gets one converter chosen from its profile type and header hint (`(%)`, `(分钟)`,
`(分)`), so the hot loop over 100,000 rows is a plain call per cell. Columns the profile does not
name go to the record's `extra` as exported, so nothing a file carried is lost.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
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
    def convert(raw: Any) -> str | None:
        text = v.parse_text(raw)
        if text is None:
            return None
        code = lookup(name, text)
        if code is None:
            raise BadValueError(message)
        return code

    return convert


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


def _number(raw: Any) -> float | None:
    value = v.parse_number(raw)
    return None if value is None else (value if isinstance(value, Capped) else float(value))


_SIMPLE: dict[str, Callable[[Any], Any]] = {
    "text": v.parse_text,
    "datetime": v.parse_datetime,
    "date": v.parse_date,
    "month": v.parse_month,
    "count": v.parse_count,
    "number": _number,
    "money": v.parse_money,
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


def converter(type_name: str, header: str) -> Callable[[Any], Any]:
    """The parser for one column, taking the unit its header carries into account."""
    key = v.header_key(header)
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
        columns.append(_Column(col, header, field, converter(type_name, header)))
    return columns


def iter_records(table: TableMatch, errors: list[RowError]) -> Iterator[dict[str, Any]]:
    """Yield one record per data row: {field: value, "_row": Excel row, "_extra": {...}, "_capped": [...]}.

    Blank rows and subtotal rows (合计/总计/累计/全部 … in the first cell) are skipped; a row with
    any unreadable cell is reported in `errors` and not yielded.
    """
    columns = _columns(table)
    first, last = table.first_col, table.last_col + 1
    timed_column = next((c for c in columns if c.field == "published_at"), None)
    for index in range(table.header_row + 1, len(table.sheet.rows)):
        row = table.sheet.rows[index]
        cells = row[first:last]
        lead = next((c for c in cells if c is not None and c != ""), None)
        if lead is None:
            continue
        if isinstance(lead, str) and v.header_key(lead) in SUBTOTAL_WORDS:
            continue
        record: dict[str, Any] = {"_row": index + 1}
        extra: dict[str, Any] = {}
        capped: list[str] = []
        bad = False
        for column in columns:
            raw = row[column.index] if column.index < len(row) else None
            if raw is None or raw == "":
                if column.field != "extra":
                    record.setdefault(column.field, None)
                continue
            try:
                value = column.convert(raw)
            except BadValueError as exc:
                errors.append(RowError(index + 1, column.header, raw, str(exc)))
                bad = True
                continue
            if isinstance(value, Capped):
                capped.append(column.header if column.field == "extra" else column.field)
                value = int(value)
            if column.field == "extra":
                if value is not None:
                    extra[column.header] = value
            else:
                record[column.field] = value
        if bad:
            continue
        if timed_column is not None:
            raw = row[timed_column.index] if timed_column.index < len(row) else None
            record["_timed"] = v.has_time(raw)
        record["_extra"] = extra
        record["_capped"] = capped
        yield record
