"""The hot-date calendar (热点日历): dates worth riding, generated for any year plus the operator's own.

Public holidays come from `holidays` (China), lunar festivals and the 24 solar terms from
`lunar-python` (both imported on first use: they are slow to load), shopping days, industry days and seasons from `resources/hotdates/marketing.json`,
and the operator's own dates from the `hot_date` table. A holiday is one entry on the festival's
day (not one per day off); the days off around it are `rest_start`..`rest_end`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from calendar import isleap
from functools import cache
from typing import Any

from sqlmodel import select

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models import HotDate, HotDateKind
from app.resources import resource_path
from app.services.records import checked_fields
from app.store import Store

#: How long before a date an operator starts preparing, by kind (the data file may say otherwise).
DEFAULT_LEAD_DAYS: dict[HotDateKind, int] = {
    HotDateKind.holiday: 14,
    HotDateKind.festival: 7,
    HotDateKind.solar_term: 3,
    HotDateKind.shopping: 21,
    HotDateKind.season: 14,
    HotDateKind.industry: 7,
    HotDateKind.own: 7,
}

#: Public holidays as `holidays` names them in zh_CN; 农历除夕 comes from the lunar festivals instead.
PUBLIC_HOLIDAYS = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")

#: Lunar festivals operators ride: (name, lunar month, lunar day). 春节/端午节/中秋节 are public holidays;
#: 中元节 is left out on purpose (brands stay away from it).
LUNAR_FESTIVALS = (
    ("元宵节", 1, 15),
    ("龙抬头", 2, 2),
    ("七夕", 7, 7),
    ("重阳节", 9, 9),
    ("腊八节", 12, 8),
    ("小年", 12, 23),
)

#: Hint shown with an upcoming hot date; format with n=lead_days after translating.
LEAD_HINT = QT_TRANSLATE_NOOP("hotdates", "提前 {n} 天准备")


class HotDateSource:
    holidays = "holidays"
    lunar = "lunar"
    marketing = "marketing"
    store = "store"


@dataclasses.dataclass(frozen=True, kw_only=True)
class HotDateItem:
    """One hot date; `end_date` is set for spans (年货节, 开学季), `id` for rows of the hot_date table.

    A `yearly` row yields one item per year, each with the row's `id` and that year's `date`.
    """

    date: dt.date
    name: str
    kind: HotDateKind
    lead_days: int
    source: str
    end_date: dt.date | None = None
    id: int | None = None
    note: str | None = None
    rest_start: dt.date | None = None
    rest_end: dt.date | None = None
    yearly: bool = False

    @property
    def prepare_from(self) -> dt.date:
        """The day preparation should start."""
        return self.date - dt.timedelta(days=self.lead_days)

    @property
    def last_day(self) -> dt.date:
        return self.end_date or self.date

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class UpcomingHotDate:
    """A hot date offered as a topic idea: how far away it is and when to start preparing."""

    item: HotDateItem
    days_until: int
    prepare_from: dt.date
    start_now: bool


class HotDateError(UserError):
    pass


def spring_festival(year: int) -> dt.date:
    """春节 (lunar 1-1) of the lunar year that starts in `year`."""
    return lunar_to_solar(year, 1, 1)


def lunar_to_solar(lunar_year: int, month: int, day: int) -> dt.date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(lunar_year, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


@cache
def solar_terms(year: int) -> tuple[HotDateItem, ...]:
    """The 24 solar terms (小寒 … 冬至) falling in `year`, from lunar-python's table."""
    from lunar_python import Lunar, Solar

    table = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable()
    items = []
    for index, key in enumerate(Lunar.JIE_QI_IN_USE):
        solar = table[key]
        if solar.getYear() != year:
            continue
        items.append(HotDateItem(
            date=dt.date(year, solar.getMonth(), solar.getDay()),
            name=Lunar.JIE_QI[(index - 1) % 24],  # JIE_QI_IN_USE starts one term before JIE_QI
            kind=HotDateKind.solar_term,
            lead_days=DEFAULT_LEAD_DAYS[HotDateKind.solar_term],
            source=HotDateSource.lunar,
        ))
    return tuple(sorted(items, key=lambda item: item.date))


@cache
def public_holidays(year: int) -> tuple[HotDateItem, ...]:
    """One entry per public holiday, on its first named day, with the whole break as rest_start..rest_end.

    The first call in a process takes about a second (`holidays` loads its tables); run it off the UI thread.
    """
    import holidays

    calendar = holidays.China(years=year, language="zh_CN")
    first_day: dict[str, dt.date] = {}
    for day, name in sorted(calendar.items()):
        if name in PUBLIC_HOLIDAYS and name not in first_day:
            first_day[name] = day
    items = []
    for name, day in first_day.items():
        start = end = day
        while not calendar.is_working_day(start - dt.timedelta(days=1)):
            start -= dt.timedelta(days=1)
        while not calendar.is_working_day(end + dt.timedelta(days=1)):
            end += dt.timedelta(days=1)
        items.append(HotDateItem(
            date=day, name=name, kind=HotDateKind.holiday,
            lead_days=DEFAULT_LEAD_DAYS[HotDateKind.holiday], source=HotDateSource.holidays,
            rest_start=start, rest_end=end,
        ))
    return tuple(items)


@cache
def lunar_festivals(year: int) -> tuple[HotDateItem, ...]:
    """除夕 and the lunar festivals of LUNAR_FESTIVALS that fall in `year` (腊八/小年 may be either lunar year)."""
    lead = DEFAULT_LEAD_DAYS[HotDateKind.festival]
    days = []
    # One lunar year after the other: lunar-python keeps only the last year it computed (~8 ms each).
    for lunar_year in (year - 1, year):
        for name, month, day in LUNAR_FESTIVALS:
            solar = lunar_to_solar(lunar_year, month, day)
            if solar.year == year:
                days.append((name, solar))
    days.append(("除夕", spring_festival(year) - dt.timedelta(days=1)))
    return tuple(
        HotDateItem(date=day, name=name, kind=HotDateKind.festival, lead_days=lead, source=HotDateSource.lunar)
        for name, day in days
    )


@cache
def _marketing_rules() -> tuple[dict[str, Any], ...]:
    with resource_path("hotdates", "marketing.json").open(encoding="utf-8") as handle:
        return tuple(json.load(handle)["dates"])


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def _month_day(year: int, text: str) -> dt.date:
    month, day = (int(part) for part in text.split("-"))
    return dt.date(year, month, day)


def marketing_dates(year: int) -> tuple[HotDateItem, ...]:
    """Shopping days, festivals without a lunar date, industry days and seasons from the data file."""
    items = []
    for rule in _marketing_rules():
        if "date" in rule:
            base = _month_day(year, rule["date"])
        elif "lunar" in rule:
            month, day = (int(part) for part in rule["lunar"].split("-"))
            base = lunar_to_solar(year, month, day)
        else:
            spec = rule["nth_weekday"]
            base = _nth_weekday(year, spec["month"], spec["weekday"], spec["n"])
        start = base + dt.timedelta(days=rule.get("offset", 0))
        end = None
        if "end" in rule:
            end = _month_day(year, rule["end"])
        elif "end_offset" in rule:
            end = base + dt.timedelta(days=rule["end_offset"])
        kind = HotDateKind(rule["kind"])
        items.append(HotDateItem(
            date=start, name=rule["name"], kind=kind, end_date=end,
            lead_days=rule.get("lead_days", DEFAULT_LEAD_DAYS[kind]), source=HotDateSource.marketing,
            note=rule.get("note"),
        ))
    return tuple(items)


@cache
def longest_generated_lead() -> int:
    """The most days ahead any generated date asks to prepare (the data file may set its own)."""
    return max([*DEFAULT_LEAD_DAYS.values(), *(rule.get("lead_days", 0) for rule in _marketing_rules())])


def generated_hot_dates(year: int) -> list[HotDateItem]:
    """Every library- and file-generated hot date of `year`, sorted by date."""
    items = [*public_holidays(year), *lunar_festivals(year), *solar_terms(year), *marketing_dates(year)]
    return sorted(items, key=lambda item: (item.date, item.name))


def _row_item(row: HotDate, years: int = 0) -> HotDateItem:
    """The row as an item, moved `years` years on (a yearly row's occurrence in another year)."""
    return HotDateItem(
        date=_years_later(row.day, years), name=row.name, kind=HotDateKind(row.kind),
        end_date=None if row.end_day is None else _years_later(row.end_day, years),
        lead_days=row.lead_days, source=HotDateSource.store, id=row.id, note=row.notes, yearly=row.yearly,
    )


def _years_later(day: dt.date, years: int) -> dt.date:
    """The same month-day `years` years on; 29 Feb becomes 28 Feb in a year without one."""
    year = day.year + years
    if day.month == 2 and day.day == 29 and not isleap(year):
        return dt.date(year, 2, 28)
    return day.replace(year=year)


def stored_hot_date(store: Store, hot_date_id: int) -> HotDateItem | None:
    """One row of the hot_date table as stored (a topic's hot date, even one long past); None when gone."""
    with store.reading() as session:
        row = session.get(HotDate, hot_date_id)
        return None if row is None else _row_item(row)


def stored_hot_dates(store: Store, start: dt.date, end: dt.date) -> list[HotDateItem]:
    """Rows of the hot_date table overlapping start..end (inclusive), yearly rows once per year.

    A one-year row with the same day and name as a yearly row's occurrence replaces that occurrence.
    """
    with store.reading() as session:
        rows = session.exec(
            select(HotDate)
            .where(HotDate.yearly == False)  # noqa: E712 (SQL comparison)
            .where(HotDate.day <= end)
            .where(((HotDate.end_day.is_(None)) & (HotDate.day >= start)) | (HotDate.end_day >= start))  # type: ignore[union-attr]
            .order_by(HotDate.day, HotDate.id)
        ).all()
        yearly_rows = session.exec(
            select(HotDate).where(HotDate.yearly == True).order_by(HotDate.day, HotDate.id)  # noqa: E712
        ).all()
    items = [_row_item(row) for row in rows]
    taken = {(item.date, item.name) for item in items}
    for row in yearly_rows:
        for year in range(start.year - 1, end.year + 1):  # a span from the year before may reach into start
            item = _row_item(row, year - row.day.year)
            if item.date <= end and item.last_day >= start and (item.date, item.name) not in taken:
                items.append(item)
    return sorted(items, key=lambda item: (item.date, item.id or 0))


def _generated_between(start: dt.date, end: dt.date) -> list[HotDateItem]:
    return [
        item for year in range(start.year, end.year + 1) for item in generated_hot_dates(year)
        if item.date <= end and item.last_day >= start
    ]


def hot_dates_between(store: Store | None, start: dt.date, end: dt.date) -> list[HotDateItem]:
    """Hot dates overlapping start..end; a stored row with the same day and name replaces the generated one."""
    own = stored_hot_dates(store, start, end) if store is not None else []
    return _merged(_generated_between(start, end), own)


def _merged(generated: list[HotDateItem], own: list[HotDateItem]) -> list[HotDateItem]:
    replaced = {(item.date, item.name) for item in own}
    merged = [item for item in generated if (item.date, item.name) not in replaced] + own
    return sorted(merged, key=lambda item: (item.date, item.name))


def hot_dates(year: int, store: Store | None = None) -> list[HotDateItem]:
    """All hot dates starting in `year`: generated ones plus the operator's own when a store is given."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return [item for item in hot_dates_between(store, start, end) if item.date.year == year]


def upcoming_hot_dates(store: Store | None, today: dt.date, days: int = 30) -> list[UpcomingHotDate]:
    """Hot dates in the next `days` days, plus later ones whose preparation should start by then.

    Offered as topic ideas: `start_now` says the lead time has begun (show LEAD_HINT with lead_days).
    Only the generated dates that can qualify are computed (up to `generated_horizon`): a whole
    extra year of lunar and holiday tables made the calendar's list take seconds.
    """
    horizon = today + dt.timedelta(days=days)
    own = stored_hot_dates(store, today, horizon + dt.timedelta(days=366)) if store is not None else []
    candidates = _merged(_generated_between(today, generated_horizon(today, days)), own)
    upcoming = []
    for item in candidates:
        if item.date < today or (item.date > horizon and item.prepare_from > horizon):
            continue
        upcoming.append(UpcomingHotDate(
            item=item, days_until=(item.date - today).days, prepare_from=item.prepare_from,
            start_now=item.prepare_from <= today,
        ))
    return upcoming


def generated_horizon(today: dt.date, days: int) -> dt.date:
    """The last day whose generated hot dates `upcoming_hot_dates(today, days)` may list."""
    return today + dt.timedelta(days=days + longest_generated_lead())


def _checked(name: str, day: dt.date, end_day: dt.date | None, lead_days: int) -> str:
    name = name.strip()
    if not name:
        raise HotDateError(QT_TRANSLATE_NOOP("errors", "热点名称不能为空。"))
    if end_day is not None and end_day < day:
        raise HotDateError(QT_TRANSLATE_NOOP("errors", "结束日期 {end} 早于开始日期 {start}。"),
                           end=end_day.isoformat(), start=day.isoformat())
    if lead_days < 0:
        raise HotDateError(QT_TRANSLATE_NOOP("errors", "提前准备天数不能是负数。"))
    return name


def add_hot_date(
    store: Store, day: dt.date, name: str, *, kind: HotDateKind = HotDateKind.own,
    end_day: dt.date | None = None, lead_days: int | None = None, notes: str | None = None, yearly: bool = False,
) -> HotDateItem:
    """Add one of the operator's own dates (or, with the same day and name, override a generated one).

    `yearly` makes it come back every year on the same month-day (anniversary, 店庆).
    """
    kind = HotDateKind(kind)
    lead = DEFAULT_LEAD_DAYS[kind] if lead_days is None else lead_days
    row = HotDate(day=day, end_day=end_day, name=_checked(name, day, end_day, lead), kind=kind,
                  lead_days=lead, notes=notes, yearly=yearly)
    with store.writing() as session:
        session.add(row)
        session.flush()
        item = _row_item(row)
    return item


def update_hot_date(store: Store, hot_date_id: int, **changes: Any) -> HotDateItem:
    """Change fields of a stored hot date: day, end_day, name, kind, lead_days, notes, yearly."""
    checked_fields(changes, ("day", "end_day", "name", "kind", "lead_days", "notes", "yearly"), "hot date")
    with store.writing() as session:
        values = {key: HotDateKind(value) if key == "kind" else value for key, value in changes.items()}
        row = session.change((HotDate, hot_date_id), values, missing=HotDateError(
            QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的热点。"), id=hot_date_id))
        row.name = _checked(row.name, row.day, row.end_day, row.lead_days)
        session.flush()
        return _row_item(row)


def delete_hot_date(store: Store, hot_date_id: int) -> bool:
    """Remove a stored hot date; False when there was none with that id."""
    with store.writing() as session:
        row = session.get(HotDate, hot_date_id)
        if row is None:
            return False
        session.delete(row)
    return True


def hot_date_row(store: Store, item: HotDateItem) -> int:
    """The hot_date id for `item`, storing a generated item first, so a topic or campaign can point at it."""
    if item.id is not None:
        return item.id
    with store.writing() as session:
        existing = session.exec(
            select(HotDate).where(HotDate.day == item.date, HotDate.name == item.name)
        ).first()
        if existing is not None:
            assert existing.id is not None
            return existing.id
        return session.insert(HotDate(day=item.date, end_day=item.end_date, name=item.name, kind=item.kind,
                                      lead_days=item.lead_days, notes=item.note))
