"""Import profiles (data in `resources/profiles/`) and finding which one a file's table is.

A profile names a platform, a kind (posts, account_daily, members …) and its columns, each with
the header aliases exports use. Detection scans the first rows of every sheet for a header row,
splits it into tables standing side by side (blank columns between), and scores each table
against every profile: the share of the file's columns it recognises and the share of the
profile's columns found. The best score wins and is reported as the confidence.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.resources import resource_path
from app.services.importing.reader import Sheet, Workbook, block_fields, block_table, split_blocks
from app.services.importing.values import BadValueError, header_key, json_value, parse_date
from app.services.metrics import DAILY_TABLE, METRICS, POST_TABLE, Unit, stored_columns

HEADER_SCAN_ROWS = 25
MIN_CONFIDENCE = 0.5
#: First cells that mark a subtotal row, not data (DESIGN §5).
SUBTOTAL_WORDS = frozenset({"合计", "总计", "累计", "全部", "汇总", "总体", "总和", "小计", "total", "sum"})
_UNIT_SUFFIX = re.compile(r"[(\[]([^()\[\]]*)[)\]]$")

#: Fields of each kind, i.e. what a user-defined mapping may point a column at.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "posts": ("title", "published_at", "external_id", "url", "format", *stored_columns(POST_TABLE)),
    "shop_orders": (
        "sub_order_id", "order_id", "product", "product_id", "quantity", "amount", "submitted_at", "paid_at",
        "finished_at", "status", "after_sale", "cancel_reason", "traffic_source", "traffic_kind", "traffic_type",
        "creator_id", "creator_name", "province", "city",
    ),
    "account_daily": ("day", "channel", *stored_columns(DAILY_TABLE)),
}
#: How a metric column of each unit is parsed (counts, the default, are whole numbers).
_UNIT_TYPES = {Unit.rate: "rate", Unit.seconds: "seconds", Unit.yuan: "money"}
#: The type of each field when a user maps a column to it.
FIELD_TYPES: dict[str, str] = {
    **{key: _UNIT_TYPES[entry.unit] for key, entry in METRICS.items() if entry.stored and entry.unit in _UNIT_TYPES},
    "title": "text", "published_at": "datetime", "external_id": "text", "url": "text", "format": "format",
    "day": "date", "channel": "text",
    "avg_online": "number", "amount": "money", "submitted_at": "datetime",
    "paid_at": "datetime", "finished_at": "datetime", **dict.fromkeys((
        "sub_order_id", "order_id", "product", "product_id", "status", "after_sale", "cancel_reason",
        "traffic_source", "traffic_kind", "traffic_type", "creator_id", "creator_name", "province", "city"), "text"),
}
#: What a user-defined mapping must include, per kind.
REQUIRED_FIELDS = {"posts": ("title", "published_at"), "account_daily": ("day",), "shop_orders": ("sub_order_id",)}


@dataclass(frozen=True)
class ColumnSpec:
    field: str
    type: str
    aliases: frozenset[str]
    header: str
    required: bool = False
    example: Any = None
    name: str | None = None  # the `extra` key when the stored unit differs from the header's (赞赏(分) → 赞赏(元))


@dataclass(frozen=True)
class SheetRule:
    match: str
    field: str
    type: str


@dataclass(frozen=True, eq=False)
class Profile:
    name: str
    label: str
    kind: str
    columns: tuple[ColumnSpec, ...]
    platform: str | None = None
    defaults: dict[str, Any] = field(default_factory=dict)
    list_key: str | None = None
    by_sheet: tuple[SheetRule, ...] = ()
    template: str | None = None
    min_columns: int = 2
    exact_headers: frozenset[str] | None = None  # user-defined: used for files with exactly these headers
    ignored: frozenset[str] = frozenset()
    stacked: dict[str, Any] | None = None  # a sheet of stacked sub-tables, flattened by `unstack` first


@dataclass
class TableMatch:
    """One table of a file recognised as a profile: where it is and which column is which."""

    profile: Profile
    sheet: Sheet
    header_row: int
    first_col: int
    last_col: int
    columns: dict[int, ColumnSpec]
    headers: dict[int, str]
    confidence: float
    sheet_rule: SheetRule | None = None


def _spec(raw: dict[str, Any]) -> list[ColumnSpec]:
    aliases = raw["aliases"]
    base = {"type": raw.get("type", "text"), "required": bool(raw.get("required")), "example": raw.get("example"),
            "name": raw.get("name")}
    if raw["field"] == "extra" and len(aliases) > 1:  # each extra column keeps its own name
        return [ColumnSpec("extra", aliases=frozenset({header_key(a)}), header=a, **base) for a in aliases]
    return [ColumnSpec(raw["field"], aliases=frozenset(header_key(a) for a in aliases), header=aliases[0], **base)]


def profile_from_dict(raw: dict[str, Any]) -> Profile:
    columns = tuple(spec for column in raw["columns"] for spec in _spec(column))
    rules = tuple(SheetRule(r["match"], r["field"], r["type"]) for r in raw.get("by_sheet", ()))
    exact = raw.get("exact_headers")
    return Profile(
        name=raw["name"], label=raw.get("label", raw["name"]), kind=raw["kind"], columns=columns,
        platform=raw.get("platform"), defaults=raw.get("defaults", {}), list_key=raw.get("list_key"),
        by_sheet=rules, template=raw.get("template"), min_columns=int(raw.get("min_columns", 2)),
        exact_headers=frozenset(exact) if exact else None,
        ignored=frozenset(raw.get("ignored", ())), stacked=raw.get("stacked"),
    )


@cache
def profiles_in(file_name: str) -> tuple[Profile, ...]:
    """The column profiles of one source (`resources/profiles/<file_name>`)."""
    data = json.loads(resource_path("profiles", file_name).read_text(encoding="utf-8"))
    return tuple(profile_from_dict(p) for p in data.get("profiles", ()))


@cache
def builtin_profiles() -> tuple[Profile, ...]:
    """Every registered source's column profiles (`sources.SOURCES`), in registry order."""
    from app.services.importing.sources import SOURCES

    return tuple(p for source in SOURCES if source.profiles for p in profiles_in(source.profiles))


def profile_by_name(name: str, extra: tuple[Profile, ...] = ()) -> Profile | None:
    return next((p for p in (*extra, *builtin_profiles()) if p.name == name), None)


def template_profiles() -> dict[str, Profile]:
    return {p.template: p for p in builtin_profiles() if p.template}


@cache
def vocab() -> dict[str, dict[str, str]]:
    """Each vocabulary as {normalised word: code}."""
    data = json.loads(resource_path("profiles", "vocab.json").read_text(encoding="utf-8"))
    tables: dict[str, dict[str, str]] = {}
    for name, groups in data.items():
        if not isinstance(groups, dict) or name == "format_prefix":
            continue
        table = {header_key(code): code for code in groups}
        for code, words in groups.items():
            table.update({header_key(w): code for w in words})
        tables[name] = table
    return tables


def lookup(vocabulary: str, word: Any) -> str | None:
    return vocab()[vocabulary].get(header_key(word))


def _unit_free(key: str) -> str:
    return _UNIT_SUFFIX.sub("", key)


def _segments(sheet: Sheet, row_index: int) -> list[tuple[int, int]]:
    """Column ranges of the tables side by side in this header row (split at columns empty in the header and below)."""
    row = sheet.rows[row_index]
    below = sheet.rows[row_index + 1 : row_index + 40]

    def empty_column(col: int) -> bool:
        return all(col >= len(r) or r[col] is None or r[col] == "" for r in below)

    segments: list[tuple[int, int]] = []
    start: int | None = None
    for col, cell in enumerate(row):
        blank = cell is None or cell == ""
        if not blank and start is None:
            start = col
        elif blank and start is not None and empty_column(col):
            segments.append((start, col - 1))
            start = None
    if start is not None:
        last = max(c for c, cell in enumerate(row) if cell is not None and cell != "")
        segments.append((start, last))
    return segments


@cache
def _alias_index(profile: Profile) -> dict[str, tuple[int, ...]]:
    """Alias → the profile's column specs that accept it, in profile order."""
    index: dict[str, list[int]] = {}
    for position, spec in enumerate(profile.columns):
        for alias in spec.aliases:
            index.setdefault(alias, []).append(position)
    return {alias: tuple(p) for alias, p in index.items()}


def _match(profile: Profile, keys: dict[int, str], sheet_name: str) -> tuple[float, dict[int, ColumnSpec], SheetRule | None]:
    """Score one table (its header keys by column) against one profile."""
    if profile.exact_headers is not None:
        if frozenset(k for k in keys.values() if k) != profile.exact_headers:
            return 0.0, {}, None
        by_header = {header_key(s.header): s for s in profile.columns}
        return 1.0, {col: by_header[k] for col, k in keys.items() if k in by_header}, None
    rule = None
    if profile.by_sheet:
        sheet_key = header_key(sheet_name)
        rule = next((r for r in profile.by_sheet if header_key(r.match) in sheet_key), None)
        if rule is None:
            return 0.0, {}, None
    aliases = _alias_index(profile)
    mapped: dict[int, ColumnSpec] = {}
    used: set[int] = set()
    for col, key in keys.items():
        for candidate in (key, _unit_free(key)):
            spec_index = next((i for i in aliases.get(candidate, ()) if i not in used), None)
            if spec_index is not None:
                used.add(spec_index)
                mapped[col] = profile.columns[spec_index]
                break
    if rule is not None and len(keys) == 2 and len(mapped) == 1:  # `日期 | 曝光` on a sheet named for the metric
        value_index = next(i for i, s in enumerate(profile.columns) if s.field == "value")
        if value_index not in used:
            mapped[next(c for c in keys if c not in mapped)] = profile.columns[value_index]
    required = [s for s in profile.columns if s.required]
    if required and not all(s in mapped.values() for s in required):
        return 0.0, {}, None
    if len(mapped) < min(profile.min_columns, len(profile.columns)):
        return 0.0, {}, None
    coverage = len(mapped) / max(len(keys), 1)
    fit = len(mapped) / len(profile.columns)
    return 0.6 * coverage + 0.4 * fit, mapped, rule


STACK_SEPARATOR = "·"
#: A sheet of stacked sub-tables is a page of figures; a longer sheet is a plain table, not scanned for blocks.
STACKED_MAX_ROWS = 2000


def _latest_date(cells: Iterable[Any]) -> dt.date | None:
    days = []
    for cell in cells:
        try:
            days.append(parse_date(cell))
        except BadValueError:
            continue
    return max((d for d in days if d is not None), default=None)


def unstack(book: Workbook, profiles: tuple[Profile, ...], fallback_title: str) -> Workbook:
    """A sheet of stacked sub-tables a profile knows, as one header row over one value row.

    Key-value blocks become `section·label` columns; table blocks (trends, distributions) become
    one column each holding their rows, so they land in `extra`. The title comes from the
    profile's title cell (else `fallback_title`, the file name); the latest date of its date
    section is the file's own date. Books no stacked profile recognises come back unchanged.
    """
    for profile in profiles:
        rule = profile.stacked
        if not rule:
            continue
        title_row, title_col = rule["title_cell"]
        sections = {header_key(s) for s in rule["sections"]}
        tables = {header_key(s) for s in rule.get("tables", ())}
        for sheet in book.sheets:
            if len(sheet.rows) > STACKED_MAX_ROWS:
                continue
            blocks = split_blocks(sheet.rows, title_row + 1)
            if len({header_key(b.title) for b in blocks} & sections) < rule.get("min_sections", 2):
                continue
            top = sheet.rows[title_row] if title_row < len(sheet.rows) else []
            title = top[title_col] if title_col < len(top) and top[title_col] not in (None, "") else fallback_title
            headers: list[str] = [rule["title_header"]]
            values: list[Any] = [str(title).strip()]
            latest = None
            for block in blocks:
                fields = None if header_key(block.title) in tables else block_fields(block)
                if fields is not None:
                    prefix = f"{block.title}{STACK_SEPARATOR}" if block.title else ""
                    headers += [prefix + label for label in fields]
                    values += list(fields.values())
                    continue
                rows = [{k: json_value(x) for k, x in row.items()} for row in block_table(block)]
                headers.append(block.title or f"{STACK_SEPARATOR}{block.first_row + 1}")
                values.append(rows)
                if header_key(block.title) == header_key(rule.get("date_section", "")):
                    latest = _latest_date(row.get(rule["date_column"]) for row in block_table(block))
            flat = Sheet(sheet.name, [headers, values])
            modified = dt.datetime.combine(latest, dt.time()) if latest else book.modified
            return Workbook(book.format, [flat], modified)
    return book


def _best_match(matches: list[TableMatch]) -> TableMatch | None:
    """The highest-scoring match, except that a template gives way to a platform profile of its kind
    recognising every column it does and more: a template's columns are a subset of that platform's
    export, so a file carrying more of them came from the platform (a 15-column 抖店 order export is
    not the 10-column 店铺订单 template, though the template's smaller size scores it higher)."""
    best = max(matches, key=lambda m: m.confidence, default=None)
    if best is None or best.profile.template is None:
        return best
    wider = [m for m in matches if m.profile.kind == best.profile.kind and m.profile.template is None
             and set(m.columns) > set(best.columns)]
    return max(wider, key=lambda m: m.confidence, default=best)


@dataclass
class Detection:
    tables: list[TableMatch]
    alternatives: list[tuple[str, float]]
    headers_seen: list[str]


def detect(
    book: Workbook,
    candidates: tuple[Profile, ...],
    forced: Profile | None = None,
) -> Detection:
    """The tables of `book` and their profiles (only `forced` when given); best confidence first."""
    pool = (forced,) if forced else candidates
    tables: list[TableMatch] = []
    scores: dict[str, float] = {}
    headers_seen: list[str] = []
    for sheet in book.sheets:
        best_for_sheet: list[TableMatch] = []
        best_total = 0.0
        for row_index in range(min(HEADER_SCAN_ROWS, len(sheet.rows))):
            row = sheet.rows[row_index]
            filled = [c for c in row if c is not None and c != ""]
            if len(filled) < 2:
                continue
            if not headers_seen:
                headers_seen = [str(c).strip() for c in filled][:30]
            found: list[TableMatch] = []
            for first, last in _segments(sheet, row_index):
                headers = {
                    c: str(row[c]).strip() for c in range(first, last + 1) if row[c] is not None and row[c] != ""
                }
                keys = {c: k for c, k in ((c, header_key(h)) for c, h in headers.items()) if k}
                matches: list[TableMatch] = []
                for profile in pool:
                    score, mapped, rule = _match(profile, keys, sheet.name)
                    if score <= 0:
                        continue
                    scores[profile.name] = max(scores.get(profile.name, 0.0), score)
                    matches.append(TableMatch(profile, sheet, row_index, first, last, mapped, headers, score, rule))
                best = _best_match(matches)
                if best is not None and (forced or best.confidence >= MIN_CONFIDENCE):
                    found.append(best)
            total = sum(t.confidence * len(t.columns) for t in found)
            if total > best_total:
                best_total, best_for_sheet = total, found
        tables += best_for_sheet
    tables.sort(key=lambda t: (-t.confidence, -len(t.columns)))
    main = tables[0].profile.name if tables else None
    alternatives = sorted(((n, round(s, 3)) for n, s in scores.items() if n != main), key=lambda x: -x[1])
    return Detection(tables, alternatives[:5], headers_seen)


def user_profile(
    name: str,
    headers: list[str],
    mapping: dict[str, str],
    platform: str | None,
    kind: str,
    *,
    exact: bool = True,
) -> Profile:
    """A profile from a user's column mapping ({header: field or "ignore"}).

    Fields outside the kind's own go to `extra` under the header. A saved profile (`exact`) is
    used for files with exactly these headers; an ad-hoc one needs every mapped header present.
    """
    fields = KIND_FIELDS.get(kind, ())
    columns = []
    for header, target in mapping.items():
        if not target or target == "ignore":
            continue
        own = target in fields
        columns.append({
            "field": target if own else "extra",
            "type": FIELD_TYPES.get(target, "count") if own else "text",
            "aliases": [header],
            "required": not exact,
        })
    ignored = [header_key(h) for h, t in mapping.items() if not t or t == "ignore"]
    keys = [header_key(h) for h in headers if header_key(h)] if exact else None
    return profile_from_dict({
        "name": name, "label": name, "platform": platform, "kind": kind, "columns": columns,
        "exact_headers": keys, "min_columns": 1, "ignored": ignored,
    })
