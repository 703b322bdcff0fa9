"""Cell values as platforms export them → the store's units (DESIGN §4.1).

Every parser takes one raw cell (str, int, float, date, datetime, bool or None) and returns the
value in store units, `None` for a missing value (`-`, `--`, `暂无`, `N/A`, empty — never 0), or
raises `BadValueError` with a plain Chinese reason. Counts may come back as `Capped(n)` for `10w+`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP

MISSING = frozenset({"", "-", "--", "—", "——", "－", "暂无", "无", "n/a", "na", "null", "none", "nan", "/"})

#: Excel's day 0 (with the 1900 leap-year bug folded in, as every reader does).
EXCEL_EPOCH = dt.datetime(1899, 12, 30)


class BadValueError(ValueError):
    """A cell that cannot be read as what its column holds; the message is a marked Chinese string."""


#: The largest number a cell may hold: far above any real count or amount, far below what SQLite
#: stores (2**63 - 1) and exactly representable as a float.
MAX_NUMBER = 10**15
#: Publish times, days and months outside these years are typing or export errors, not data.
FIRST_YEAR, LAST_YEAR = 2000, 2100
TOO_LARGE = QT_TRANSLATE_NOOP("import", "数字太大，不像真实数据（最多 1,000 万亿）")
YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("import", "年份不在 2000–2100 之间")


class Capped(int):
    """A lower bound such as `10w+`: the platform shows at least this many."""



def _clean(raw: str) -> str:
    return unicodedata.normalize("NFKC", raw).strip().replace(",", "").replace(" ", "")


_UNITS = {"万": 10_000, "w": 10_000, "W": 10_000, "亿": 100_000_000, "k": 1_000, "K": 1_000, "千": 1_000}
_NUMBER = re.compile(r"^([+-]?\d+(?:\.\d+)?)(万|w|W|亿|k|K|千)?(\+)?$")
_RANGE = re.compile(r"^([^~～]+)[~～]([^~～]+)$")


def parse_number(raw: Any) -> float | None:
    """`1,234`, `1.2万`, `3.5w`, `1.1亿`, `10w+` (a `Capped` lower bound), numbers stored as text."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise BadValueError(QT_TRANSLATE_NOOP("import", "不是数字"))
    if isinstance(raw, int | float):
        if isinstance(raw, float) and math.isnan(raw):
            return None
        return _sized(raw)
    if isinstance(raw, dt.date | dt.time | dt.timedelta):
        raise BadValueError(QT_TRANSLATE_NOOP("import", "不是数字"))
    text = _clean(str(raw))
    if text.lower() in MISSING:
        return None
    match = _NUMBER.match(text)
    if match is None:
        ranged = _RANGE.match(text)
        if ranged:  # third-party tools give `7.5w~10w`: keep the lower bound, flagged as capped
            low = parse_number(ranged.group(1))
            return None if low is None else Capped(round(low))
        raise BadValueError(QT_TRANSLATE_NOOP("import", "不是数字"))
    value = _sized(float(match.group(1)) * (_UNITS[match.group(2)] if match.group(2) else 1))
    if match.group(3):
        return Capped(round(value))
    return value


def _sized(value: float) -> float:
    """`value`, unless it is too large to be real (or to store): 23-digit numbers, `1e400`."""
    if not -MAX_NUMBER < value < MAX_NUMBER:
        raise BadValueError(TOO_LARGE)
    return value


def parse_count(raw: Any) -> int | None:
    """A whole count; `Capped` survives so the caller can flag it."""
    kind = type(raw)
    whole: int | None = None
    if kind is int:
        whole = raw
    elif kind is str:
        try:
            whole = int(raw)
        except ValueError:
            whole = None
    elif kind is float and raw.is_integer():
        whole = int(raw)
    if whole is not None:  # the common case, kept to one comparison per cell
        if -MAX_NUMBER < whole < MAX_NUMBER:
            return whole
        raise BadValueError(TOO_LARGE)
    value = parse_number(raw)
    if value is None or isinstance(value, Capped):
        return value
    rounded = round(value)
    if abs(value - rounded) > 0.01 and abs(value) < 1000:
        raise BadValueError(QT_TRANSLATE_NOOP("import", "应是整数"))
    return rounded


def parse_money(raw: Any) -> float | None:
    """Yuan; `¥1,234.50`, `1.2万元` too."""
    if isinstance(raw, str):
        raw = raw.replace("¥", "").replace("￥", "").replace("元", "").strip()
    value = parse_number(raw)
    return None if value is None else round(float(value), 2)


def parse_rate(raw: Any, percent_header: bool = False) -> float | None:
    """`45.2%` / `0.452` / a bare `45.2` under a `(%)` header → 0.452."""
    if type(raw) is str:
        try:
            quick = float(raw)
        except ValueError:
            quick = None
        if quick is not None and 0.0 <= quick <= 1.0 and not percent_header:
            return quick
    if isinstance(raw, str):
        text = _clean(raw)
        if text.lower() in MISSING:
            return None
        if text.endswith("%"):
            value = parse_number(text[:-1])
            if value is None:
                return None
            if not 0 <= value <= 100:
                raise BadValueError(QT_TRANSLATE_NOOP("import", "比率不在 0–100% 之间"))
            return float(value) / 100
        value = parse_number(text)
    else:
        value = parse_number(raw)
    if value is None:
        return None
    value = float(value)
    if percent_header or value > 1.0:
        value /= 100
    if value < 0 or value > 1.0 + 1e-9:
        raise BadValueError(QT_TRANSLATE_NOOP("import", "比率不在 0–100% 之间"))
    return value


_DURATION_PARTS = re.compile(r"^(?:(\d+(?:\.\d+)?)(?:小时|时|h))?(?:(\d+(?:\.\d+)?)(?:分钟|分|min|m))?(?:(\d+(?:\.\d+)?)(?:秒|s|sec))?$")


def parse_seconds(raw: Any, minutes_header: bool = False) -> float | None:
    """`14.73秒`, `1分23秒`, `00:01:23`, `01:23`, `6.5` (seconds, or minutes under a minutes header)."""
    if type(raw) is str and not minutes_header:
        try:
            quick = float(raw)
        except ValueError:
            quick = None
        if quick is not None and 0.0 <= quick < 1e9:
            return quick
    if isinstance(raw, dt.timedelta):
        return raw.total_seconds()
    if isinstance(raw, dt.time):
        return raw.hour * 3600 + raw.minute * 60 + raw.second + raw.microsecond / 1e6
    if isinstance(raw, str):
        text = _clean(raw).lower()
        if text in MISSING:
            return None
        if ":" in text:
            parts = text.split(":")
            try:
                numbers = [float(p) for p in parts]
            except ValueError:
                raise BadValueError(QT_TRANSLATE_NOOP("import", "不是时长")) from None
            if len(numbers) > 3:
                raise BadValueError(QT_TRANSLATE_NOOP("import", "不是时长"))
            total = 0.0
            for number in numbers:
                total = total * 60 + number
            return total
        match = _DURATION_PARTS.match(text)
        if match and any(match.groups()):
            h, m, s = (float(g) if g else 0.0 for g in match.groups())
            return h * 3600 + m * 60 + s
        try:
            value = float(text)
        except ValueError:
            raise BadValueError(QT_TRANSLATE_NOOP("import", "不是时长")) from None
    else:
        number = parse_number(raw)
        if number is None:
            return None
        value = float(number)
    if value < 0:
        raise BadValueError(QT_TRANSLATE_NOOP("import", "时长不能是负数"))
    return _sized(value * 60 if minutes_header else value)


_CN_DATETIME = re.compile(
    r"^(\d{4})年(\d{1,2})月(\d{1,2})日(?:(\d{1,2})(?:时|点)(?:(\d{1,2})分(?:(\d{1,2})秒)?)?)?$"
)
_ISO = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$")
_MONTH = re.compile(r"^(\d{4})(?:[-/.]|年)(\d{1,2})月?$")


def _from_parts(parts: tuple[str | None, ...]) -> dt.datetime:
    numbers = [int(p) if p else 0 for p in parts]
    while len(numbers) < 6:
        numbers.append(0)
    try:
        return dt.datetime(*numbers[:6])
    except ValueError:
        raise BadValueError(QT_TRANSLATE_NOOP("import", "日期不存在")) from None


def _excel_serial(value: float) -> dt.datetime:
    if not 1 <= value < 2_958_466:
        raise BadValueError(QT_TRANSLATE_NOOP("import", "不是日期"))
    return (EXCEL_EPOCH + dt.timedelta(days=value)).replace(microsecond=0)


def parse_datetime(raw: Any) -> dt.datetime | None:
    """Every form exports use: ISO with `-`/`/`, `20250815` (int or text), `2026年03月25日09时49分34秒`,
    `…日20时`, Excel serial numbers; local Asia/Shanghai time without zone; years 2000–2100 only."""
    value = _parse_datetime(raw)
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise BadValueError(YEAR_OUT_OF_RANGE)
    return value


def _parse_datetime(raw: Any) -> dt.datetime | None:
    if raw is None:
        return None
    if isinstance(raw, dt.datetime):
        return raw.replace(tzinfo=None, microsecond=0)
    if isinstance(raw, dt.date):
        return dt.datetime(raw.year, raw.month, raw.day)
    if isinstance(raw, bool):
        raise BadValueError(QT_TRANSLATE_NOOP("import", "不是日期"))
    if isinstance(raw, int | float):
        if isinstance(raw, float) and math.isnan(raw):
            return None
        if 19000101 <= raw <= 21001231 and float(raw).is_integer():
            match = _COMPACT.match(str(int(raw)))
            if match:
                return _from_parts(match.groups())
        return _excel_serial(float(raw))
    if type(raw) is str and len(raw) >= 10 and raw[4] == "-":
        try:
            value = dt.datetime.fromisoformat(raw)
        except ValueError:
            pass
        else:
            return value.replace(tzinfo=None, microsecond=0) if value.tzinfo or value.microsecond else value
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if text.lower() in MISSING:
        return None
    text = re.sub(r"\s+", " ", text)
    for pattern in (_ISO, _CN_DATETIME):
        match = pattern.match(text) or pattern.match(text.replace(" ", ""))
        if match:
            return _from_parts(match.groups())
    match = _COMPACT.match(text.replace(" ", ""))
    if match:
        return _from_parts(match.groups())
    try:
        return _excel_serial(float(text))
    except ValueError:
        pass
    raise BadValueError(QT_TRANSLATE_NOOP("import", "不是日期"))


def parse_date(raw: Any) -> dt.date | None:
    value = parse_datetime(raw)
    return None if value is None else value.date()


def parse_month(raw: Any) -> str | None:
    """`2026-09`, `2026年9月`, or any date → `YYYY-MM`."""
    if isinstance(raw, str):
        text = unicodedata.normalize("NFKC", raw).strip()
        if text.lower() in MISSING:
            return None
        match = _MONTH.match(text)
        if match:
            month = int(match.group(2))
            if not 1 <= month <= 12:
                raise BadValueError(QT_TRANSLATE_NOOP("import", "不是月份"))
            if not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
                raise BadValueError(YEAR_OUT_OF_RANGE)
            return f"{int(match.group(1)):04d}-{month:02d}"
    value = parse_datetime(raw)
    return None if value is None else value.strftime("%Y-%m")


def parse_text(raw: Any) -> str | None:
    """Text exactly as exported (numbers Excel turned into floats come back as integers)."""
    if raw is None:
        return None
    if isinstance(raw, float):
        if math.isnan(raw):
            return None
        return str(int(raw)) if raw.is_integer() else repr(raw)
    if isinstance(raw, dt.datetime):
        return raw.strftime("%Y-%m-%d %H:%M:%S")
    text = raw if isinstance(raw, str) else str(raw)
    return None if text.strip().lower() in MISSING else text


#: Lines of `YYYY-MM-DD hh:mm:ss` (or with `T`): what `fromisoformat` reads to the second, without a
#: zone — a whole export column of them is checked at once (`rows._iso_times`).
ISO_SECONDS_LINES = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\n\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d)*", re.ASCII)


def has_time(raw: Any) -> bool:
    """Whether a publish-time cell carries a time of day (date-only exports cannot match on minutes)."""
    if isinstance(raw, dt.datetime):
        return bool(raw.hour or raw.minute or raw.second)
    if isinstance(raw, float):
        return not raw.is_integer() and raw < 2_958_466
    if isinstance(raw, str):
        if ":" in raw or "时" in raw or "点" in raw:
            return True
        stripped = raw.strip()
        return len(stripped) == 14 and stripped.isdigit()
    return False


def json_value(raw: Any) -> Any:
    """A raw cell as it can sit in `extra` JSON (dates as ISO text)."""
    if isinstance(raw, dt.datetime):
        return raw.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(raw, dt.date | dt.time):
        return raw.isoformat()
    if isinstance(raw, dt.timedelta):
        return raw.total_seconds()
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        stripped = raw.strip()
        return None if stripped.lower() in MISSING else raw
    return raw


def header_key(label: Any) -> str:
    """A header label for matching: NFKC (full-width brackets become half-width), no spaces or newlines, lower case."""
    if label is None:
        return ""
    text = unicodedata.normalize("NFKC", str(label)).lower()
    text = text.replace("【", "[").replace("】", "]").replace("（", "(").replace("）", ")")
    return re.sub(r"\s+", "", text).strip("*:：")


PERCENT_HEADER = re.compile(r"[(\[](%|％|百分比)[)\]]|%$")
MINUTES_HEADER = re.compile(r"[(\[](分|分钟|min)[)\]]|分钟$")
FEN_HEADER = re.compile(r"[(\[]分[)\]]")
