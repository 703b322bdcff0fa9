"""Hot dates against the real calendar: holidays, lunar festivals, solar terms, marketing days and own dates."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import HotDateKind
from app.services import hotdates
from app.services.hotdates import (
    HotDateError,
    add_hot_date,
    delete_hot_date,
    hot_date_row,
    hot_dates,
    hot_dates_between,
    solar_terms,
    upcoming_hot_dates,
    update_hot_date,
)
from app.store import Store

D = dt.date


def by_name(year: int, store: Store | None = None) -> dict[str, list[dt.date]]:
    out: dict[str, list[dt.date]] = {}
    for item in hot_dates(year, store):
        out.setdefault(item.name, []).append(item.date)
    return out


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("春节", D(2024, 2, 10)), ("春节", D(2025, 1, 29)), ("春节", D(2026, 2, 17)), ("春节", D(2027, 2, 6)),
        ("中秋节", D(2024, 9, 17)), ("中秋节", D(2025, 10, 6)), ("中秋节", D(2026, 9, 25)), ("中秋节", D(2027, 9, 15)),
        ("端午节", D(2025, 5, 31)), ("端午节", D(2026, 6, 19)), ("端午节", D(2027, 6, 9)),
        ("清明节", D(2025, 4, 4)), ("清明节", D(2026, 4, 5)),
        ("元旦", D(2026, 1, 1)), ("劳动节", D(2026, 5, 1)), ("国庆节", D(2026, 10, 1)),
        ("除夕", D(2026, 2, 16)), ("元宵节", D(2025, 2, 12)), ("元宵节", D(2026, 3, 3)),
        ("七夕", D(2025, 8, 29)), ("七夕", D(2026, 8, 19)), ("重阳节", D(2025, 10, 29)), ("重阳节", D(2026, 10, 18)),
        ("腊八节", D(2025, 1, 7)), ("腊八节", D(2026, 1, 26)), ("小年", D(2026, 2, 10)),
        ("情人节", D(2026, 2, 14)), ("妇女节", D(2026, 3, 8)), ("315", D(2026, 3, 15)), ("520", D(2026, 5, 20)),
        ("618", D(2026, 6, 18)), ("99划算节", D(2026, 9, 9)), ("双11", D(2026, 11, 11)), ("双12", D(2026, 12, 12)),
        ("母亲节", D(2025, 5, 11)), ("母亲节", D(2026, 5, 10)), ("父亲节", D(2026, 6, 21)),
        ("感恩节", D(2026, 11, 26)), ("黑五", D(2026, 11, 27)), ("黑五", D(2025, 11, 28)), ("圣诞节", D(2026, 12, 25)),
    ],
)
def test_dates_match_the_real_calendar(name: str, day: dt.date) -> None:
    assert by_name(day.year)[name] == [day]


@pytest.mark.parametrize("year", [2024, 2025, 2026, 2027])
def test_each_public_holiday_is_one_entry_with_its_break(year: int) -> None:
    holidays = [i for i in hot_dates(year) if i.kind == HotDateKind.holiday]
    assert sorted(i.name for i in holidays) == sorted(["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"])
    for item in holidays:
        assert item.rest_start is not None and item.rest_end is not None
        assert item.rest_start <= item.date <= item.rest_end


def test_holiday_breaks_follow_the_official_schedule() -> None:
    items = {i.name: i for i in hot_dates(2026) if i.kind == HotDateKind.holiday}
    assert (items["春节"].rest_start, items["春节"].rest_end) == (D(2026, 2, 15), D(2026, 2, 23))
    assert (items["国庆节"].rest_start, items["国庆节"].rest_end) == (D(2026, 10, 1), D(2026, 10, 7))
    national_2025 = next(i for i in hot_dates(2025) if i.name == "国庆节")
    assert (national_2025.rest_start, national_2025.rest_end) == (D(2025, 10, 1), D(2025, 10, 8))


@pytest.mark.parametrize("year", range(2020, 2031))
def test_twenty_four_solar_terms_a_year(year: int) -> None:
    terms = solar_terms(year)
    assert len(terms) == 24
    assert len({t.name for t in terms}) == 24
    assert all(t.date.year == year and t.kind == HotDateKind.solar_term for t in terms)
    assert terms[0].name == "小寒" and terms[-1].name == "冬至"
    assert [t for t in hot_dates(year) if t.kind == HotDateKind.solar_term] == list(terms)


def test_solar_term_days() -> None:
    days = {t.name: t.date for t in solar_terms(2026)}
    assert days["立春"] == D(2026, 2, 4)
    assert days["清明"] == D(2026, 4, 5)
    assert days["冬至"] == D(2026, 12, 22)
    assert {t.name: t.date for t in solar_terms(2025)}["冬至"] == D(2025, 12, 21)


def test_spans_from_the_data_file() -> None:
    items = {i.name: i for i in hot_dates(2026)}
    new_year_goods = items["年货节"]
    assert new_year_goods.kind == HotDateKind.shopping
    assert new_year_goods.end_date is not None
    assert new_year_goods.date < new_year_goods.end_date < D(2026, 2, 17)
    assert (D(2026, 2, 17) - new_year_goods.date).days == 28
    assert (items["开学季"].date, items["开学季"].end_date) == (D(2026, 8, 20), D(2026, 9, 15))
    assert items["毕业季"].kind == HotDateKind.season
    assert items["双11"].lead_days == 30
    assert items["双11"].prepare_from == D(2026, 10, 12)


def test_hot_dates_without_a_store_are_generated_only() -> None:
    items = hot_dates(2026)
    assert all(i.id is None for i in items)
    assert items == sorted(items, key=lambda i: (i.date, i.name))


def test_own_dates_are_added_edited_and_removed(store: Store) -> None:
    item = add_hot_date(store, D(2026, 5, 18), " 品牌周年庆 ", lead_days=20)
    assert item.id is not None and item.name == "品牌周年庆" and item.kind == HotDateKind.own
    assert by_name(2026, store)["品牌周年庆"] == [D(2026, 5, 18)]
    assert "品牌周年庆" not in by_name(2027, store)

    edited = update_hot_date(store, item.id, day=D(2026, 5, 19), end_day=D(2026, 5, 25), kind="industry")
    assert (edited.date, edited.end_date, edited.kind, edited.lead_days) == (D(2026, 5, 19), D(2026, 5, 25),
                                                                           HotDateKind.industry, 20)
    assert [i for i in hot_dates(2026, store) if i.id == item.id] == [edited]
    assert hotdates.stored_hot_date(store, item.id) == edited

    assert delete_hot_date(store, item.id) is True
    assert delete_hot_date(store, item.id) is False
    assert hotdates.stored_hot_date(store, item.id) is None
    assert "品牌周年庆" not in by_name(2026, store)


def test_bad_own_dates_are_refused_and_nothing_written(store: Store) -> None:
    with pytest.raises(HotDateError):
        add_hot_date(store, D(2026, 5, 18), "活动", end_day=D(2026, 5, 1))
    with pytest.raises(HotDateError):
        add_hot_date(store, D(2026, 5, 18), "   ")
    item = add_hot_date(store, D(2026, 5, 18), "活动")
    with pytest.raises(HotDateError):
        update_hot_date(store, item.id, end_day=D(2026, 1, 1))
    assert [i.end_date for i in hot_dates(2026, store) if i.id == item.id] == [None]


def test_a_stored_row_replaces_the_generated_date(store: Store) -> None:
    add_hot_date(store, D(2026, 11, 11), "双11", kind=HotDateKind.shopping, lead_days=45)
    doubles = [i for i in hot_dates(2026, store) if i.name == "双11"]
    assert len(doubles) == 1 and doubles[0].lead_days == 45 and doubles[0].id is not None


def test_hot_date_row_stores_a_generated_date_once(store: Store) -> None:
    mid_autumn = next(i for i in hot_dates(2026) if i.name == "中秋节")
    first = hot_date_row(store, mid_autumn)
    assert hot_date_row(store, mid_autumn) == first
    assert [i.name for i in hot_dates(2026, store)].count("中秋节") == 1


def test_upcoming_hot_dates_with_lead_time(store: Store) -> None:
    add_hot_date(store, D(2026, 12, 31), "年度发布会", lead_days=60)
    upcoming = {u.item.name: u for u in upcoming_hot_dates(store, D(2026, 10, 20), days=30)}
    assert upcoming["双11"].days_until == 22 and upcoming["双11"].start_now is True
    assert upcoming["万圣节"].start_now is False
    assert "圣诞节" not in upcoming
    assert upcoming["年度发布会"].prepare_from == D(2026, 11, 1) and upcoming["年度发布会"].start_now is False
    assert "国庆节" not in upcoming


def test_a_yearly_date_comes_back_every_year(store: Store) -> None:
    item = add_hot_date(store, D(2026, 5, 18), "品牌周年庆", yearly=True, lead_days=20)
    add_hot_date(store, D(2026, 6, 1), "新品上市")
    assert item.yearly is True
    for year in (2025, 2026, 2030):
        occurrences = [i for i in hot_dates(year, store) if i.name == "品牌周年庆"]
        assert [(i.date, i.id, i.lead_days, i.yearly) for i in occurrences] == [(D(year, 5, 18), item.id, 20, True)]
    assert by_name(2026, store)["新品上市"] == [D(2026, 6, 1)]
    assert "新品上市" not in by_name(2027, store) and "新品上市" not in by_name(2025, store)


def test_a_yearly_29_february_falls_on_28_february_in_other_years(store: Store) -> None:
    add_hot_date(store, D(2024, 2, 29), "闰日店庆", yearly=True, end_day=D(2024, 3, 2))
    spans = {year: [(i.date, i.end_date) for i in hot_dates(year, store) if i.name == "闰日店庆"]
             for year in (2027, 2028)}
    assert spans == {2027: [(D(2027, 2, 28), D(2027, 3, 2))], 2028: [(D(2028, 2, 29), D(2028, 3, 2))]}


def test_a_yearly_span_from_last_year_reaches_into_the_range(store: Store) -> None:
    add_hot_date(store, D(2025, 12, 28), "年终店庆", yearly=True, end_day=D(2026, 1, 3))
    spans = [(i.date, i.end_date) for i in hot_dates_between(store, D(2030, 1, 1), D(2030, 1, 31))
             if i.name == "年终店庆"]
    assert spans == [(D(2029, 12, 28), D(2030, 1, 3))]


def test_yearly_rows_replace_generated_dates_and_one_year_rows_replace_yearly(store: Store) -> None:
    add_hot_date(store, D(2026, 11, 11), "双11", kind=HotDateKind.shopping, lead_days=45, yearly=True)
    doubles = [i for i in hot_dates(2030, store) if i.name == "双11"]
    assert len(doubles) == 1 and doubles[0].lead_days == 45 and doubles[0].yearly is True
    add_hot_date(store, D(2031, 11, 11), "双11", kind=HotDateKind.shopping, lead_days=60)
    doubles = [i for i in hot_dates(2031, store) if i.name == "双11"]
    assert len(doubles) == 1 and doubles[0].lead_days == 60 and doubles[0].yearly is False


def test_a_yearly_date_is_upcoming_across_the_new_year(store: Store) -> None:
    item = add_hot_date(store, D(2026, 1, 5), "周年庆", yearly=True, lead_days=20)
    upcoming = {u.item.name: u for u in upcoming_hot_dates(store, D(2027, 12, 20), days=30)}
    assert upcoming["周年庆"].item.date == D(2028, 1, 5) and upcoming["周年庆"].start_now is True
    assert update_hot_date(store, item.id, yearly=False).yearly is False
    assert "周年庆" not in {u.item.name for u in upcoming_hot_dates(store, D(2027, 12, 20), days=30)}


def test_upcoming_computes_only_the_years_its_window_reaches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: a whole extra year of lunar and holiday tables made 近 30 天热点 take seconds."""
    years: list[int] = []
    real = hotdates.generated_hot_dates
    monkeypatch.setattr(hotdates, "generated_hot_dates", lambda year: years.append(year) or real(year))
    upcoming_hot_dates(None, D(2026, 6, 6), days=30)
    assert set(years) == {2026}
    years.clear()
    upcoming = upcoming_hot_dates(None, D(2026, 12, 20), days=30)
    assert set(years) == {2026, 2027}
    assert {u.item.name for u in upcoming} >= {"元旦", "年货节"}
