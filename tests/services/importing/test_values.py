"""Chinese number, rate, duration and date forms → store units; missing stays NULL, never 0."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.importing import values as v


@pytest.mark.parametrize(("raw", "expected"), [
    ("1.2万", 12_000), ("3.5w", 35_000), ("1.1亿", 110_000_000), ("1,234", 1234), ("1234", 1234),
    (1234.0, 1234), ("  56 ", 56), ("１２３", 123),
])
def test_counts(raw: object, expected: int) -> None:
    assert v.parse_count(raw) == expected


@pytest.mark.parametrize("raw", ["10w+", "10万+", "100000+"])
def test_capped_counts_are_lower_bounds(raw: str) -> None:
    value = v.parse_count(raw)
    assert value == 100_000
    assert isinstance(value, v.Capped)


@pytest.mark.parametrize("raw", [None, "", "-", "--", "暂无", "N/A", "n/a", float("nan")])
def test_missing_is_none_not_zero(raw: object) -> None:
    assert v.parse_count(raw) is None
    assert v.parse_rate(raw) is None
    assert v.parse_seconds(raw) is None
    assert v.parse_datetime(raw) is None


def test_not_a_number_is_reported() -> None:
    with pytest.raises(v.BadValueError):
        v.parse_count("很多")


@pytest.mark.parametrize(("raw", "percent_header", "expected"), [
    ("45.2%", False, 0.452), ("0.452", False, 0.452), (0.452, False, 0.452), ("45.2", True, 0.452),
    ("6.50%", False, 0.065), ("28.64%", False, 0.2864), (0, False, 0.0), ("45.2", False, 0.452),
])
def test_rates_become_fractions(raw: object, percent_header: bool, expected: float) -> None:
    assert v.parse_rate(raw, percent_header=percent_header) == pytest.approx(expected)


def test_rate_over_100_percent_is_bad() -> None:
    with pytest.raises(v.BadValueError):
        v.parse_rate("250%")


@pytest.mark.parametrize(("raw", "expected"), [
    ("14.73秒", 14.73), ("1分23秒", 83), ("00:01:23", 83), ("01:23", 83), ("6.5", 6.5), (6.5, 6.5), ("15.20秒", 15.2),
])
def test_durations_become_seconds(raw: object, expected: float) -> None:
    assert v.parse_seconds(raw) == pytest.approx(expected)


def test_minutes_header_converts() -> None:
    assert v.parse_seconds("2", minutes_header=True) == 120


@pytest.mark.parametrize(("raw", "expected"), [
    ("2026-08-01", dt.datetime(2026, 8, 1)),
    ("2026-07-26 03:33:18", dt.datetime(2026, 7, 26, 3, 33, 18)),
    ("2026-07-26 03:33", dt.datetime(2026, 7, 26, 3, 33)),
    ("2026/06/23", dt.datetime(2026, 6, 23)),
    (20250815, dt.datetime(2025, 8, 15)),
    ("20250815", dt.datetime(2025, 8, 15)),
    ("2026年03月25日09时49分34秒", dt.datetime(2026, 3, 25, 9, 49, 34)),
    ("2026年03月25日20时", dt.datetime(2026, 3, 25, 20)),
    ("2026年09月26日", dt.datetime(2026, 9, 26)),
    (46233, dt.datetime(2026, 7, 30)),
    (46233.5, dt.datetime(2026, 7, 30, 12)),
    (dt.date(2026, 1, 2), dt.datetime(2026, 1, 2)),
])
def test_dates(raw: object, expected: dt.datetime) -> None:
    assert v.parse_datetime(raw) == expected


def test_impossible_date_is_bad() -> None:
    with pytest.raises(v.BadValueError):
        v.parse_datetime("2026-02-30")


def test_has_time_tells_date_only_exports_apart() -> None:
    assert v.has_time("2026-07-26 03:33:18")
    assert v.has_time("2026年03月25日20时")
    assert not v.has_time("2026/06/23")
    assert not v.has_time(20250815)


def test_header_key_normalises_width_brackets_and_spaces() -> None:
    assert v.header_key("封面点击率（%）") == v.header_key("封面点击率(%)")
    assert v.header_key(" 作品\n名称 ") == "作品名称"
    assert v.header_key("ＡＢＣ") == "abc"


def test_month() -> None:
    assert v.parse_month("2026年9月") == "2026-09"
    assert v.parse_month("2026-12") == "2026-12"
    assert v.parse_month("2026-12-05") == "2026-12"
