"""`opsdesk-cli hotdates`, `goals` and `calendar`: one JSON document, real numbers, exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from app.cli import main
from app.models import Account, AccountDaily, Post, PostStatus
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main([*argv, "--json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def test_hotdates_year(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, data = run_json(capsys, "hotdates", "--year", "2026")
    assert code == 0 and isinstance(data, list)
    assert {"date": "2026-02-17", "name": "春节", "kind": "holiday"}.items() <= next(
        d for d in data if d["name"] == "春节").items()
    days = {d["name"]: d["date"] for d in data}
    assert days["中秋节"] == "2026-09-25" and days["端午节"] == "2026-06-19" and days["双11"] == "2026-11-11"
    assert sum(d["kind"] == "solar_term" for d in data) == 24
    assert [d["date"] for d in data] == sorted(d["date"] for d in data)

    code, shopping = run_json(capsys, "hotdates", "--year", "2027", "--kind", "shopping")
    assert code == 0 and {d["kind"] for d in shopping} == {"shopping"}
    assert next(d for d in shopping if d["name"] == "年货节")["end_date"] < "2027-02-06"

    code, error = run_json(capsys, "hotdates", "--year", "2026", "--kind", "nope")
    assert code == 2 and "nope" in error["error"]


def test_hotdates_add_and_remove(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, added = run_json(capsys, "hotdates", "add", "--date", "2026-05-18", "--name", "品牌日", "--lead", "20")
    assert code == 0 and added["id"] and added["kind"] == "own" and added["lead_days"] == 20
    _, data = run_json(capsys, "hotdates", "--year", "2026", "--kind", "own")
    assert [(d["date"], d["name"], d["id"]) for d in data] == [("2026-05-18", "品牌日", added["id"])]
    assert run_json(capsys, "hotdates", "remove", str(added["id"]))[0] == 0
    assert run_json(capsys, "hotdates", "--year", "2026", "--kind", "own")[1] == []
    assert run_json(capsys, "hotdates", "remove", str(added["id"]))[0] == 2
    assert run_json(capsys, "hotdates", "add", "--date", "2026-13-01", "--name", "x")[0] == 2


def _accounts(store: Store) -> None:
    with store.writing() as session:
        douyin = Account(platform="douyin", name="抖音号")
        session.add_all([douyin, Account(platform="wechat", name="公众号一"), Account(platform="wechat", name="公众号二")])
        session.flush()
        session.add_all([
            AccountDaily(account_id=douyin.id, day=dt.date(2026, 3, d), net_follows=25) for d in range(1, 5)
        ])
        session.add_all([
            Post(account_id=douyin.id, title=f"视频{d}", status=PostStatus.published,
                 published_at=dt.datetime(2026, 3, d, 12)) for d in (2, 9, 16)
        ])


def test_goals_set_and_progress(capsys: pytest.CaptureFixture[str], data_dir: Path, store: Store) -> None:
    _accounts(store)
    code, saved = run_json(capsys, "goals", "set", "--year", "2026", "--metric", "followers_gained",
                           "--target", "2400", "--platform", "douyin", "--weights", "1,1,2,1,1,1,1,1,1,1,1,1")
    assert code == 0 and sum(saved["months"].values()) == 2400 and saved["months"]["2026-03"] == 369
    code, _ = run_json(capsys, "goals", "set", "--month", "2026-03", "--metric", "posts_published", "--target", "12")
    assert code == 0

    code, data = run_json(capsys, "goals", "--month", "2026-03", "--today", "2026-03-31")
    assert code == 0 and data["month"] == "2026-03"
    rows = {(g["platform"], g["metric"]): g for g in data["goals"]}
    followers = rows[("douyin", "followers_gained")]
    assert followers["account"] == "抖音号" and followers["actual"] == 100
    assert followers["ratio"] == pytest.approx(100 / followers["target"])
    posts = rows[(None, "posts_published")]
    assert (posts["target"], posts["actual"], posts["ratio"], posts["on_track"]) == (12, 3, 0.25, False)


def test_goals_refusals(capsys: pytest.CaptureFixture[str], data_dir: Path, store: Store) -> None:
    _accounts(store)
    code, error = run_json(capsys, "goals", "set", "--year", "2026", "--metric", "views", "--target", "10",
                           "--platform", "wechat")
    assert code == 2 and "公众号一" in error["error"]
    assert run_json(capsys, "goals", "set", "--year", "2026", "--metric", "likes", "--target", "10")[0] == 2
    assert run_json(capsys, "goals", "--month", "2026-3")[0] == 2
    assert run_json(capsys, "goals", "--month", "2026-03")[1]["goals"] == []


def test_calendar_month_and_ics(capsys: pytest.CaptureFixture[str], data_dir: Path, store: Store,
                                tmp_path: Path) -> None:
    _accounts(store)
    assert run_json(capsys, "calendar", "plan", "douyin=7", "wechat=3")[1] == {"douyin": 7, "wechat": 3}
    out = tmp_path / "march.ics"
    code, data = run_json(capsys, "calendar", "--month", "2026-03", "--ics", str(out))
    assert code == 0 and Path(data["ics"]) == out.resolve()
    assert [p["title"] for p in data["posts"]] == ["视频2", "视频9", "视频16"]
    plan = {g["platform"]: g for g in data["plan"]}
    assert plan["douyin"]["remaining"] == 31 - 3 and plan["wechat"]["remaining"] == 13
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == len(data["posts"]) + len(data["hot_dates"])
    assert run_json(capsys, "calendar", "--month", "March")[0] == 2


def test_hotdates_upcoming(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, data = run_json(capsys, "hotdates", "upcoming", "--today", "2026-10-20", "--days", "30")
    assert code == 0
    double11 = next(d for d in data if d["name"] == "双11")
    assert (double11["days_until"], double11["prepare_from"], double11["start_now"]) == (22, "2026-10-12", True)
    assert all(d["date"] >= "2026-10-20" for d in data)
    assert "圣诞节" not in {d["name"] for d in data}


def test_hotdates_add_yearly(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    code, added = run_json(capsys, "hotdates", "add", "--date", "2026-08-08", "--name", "店庆", "--yearly")
    assert code == 0 and added["yearly"] is True
    _, once = run_json(capsys, "hotdates", "add", "--date", "2026-09-01", "--name", "新品上市")
    assert once["yearly"] is False
    for year in ("2026", "2029"):
        _, data = run_json(capsys, "hotdates", "--year", year, "--kind", "own")
        assert [(d["date"], d["name"], d["id"], d["yearly"]) for d in data if d["name"] == "店庆"] == [
            (f"{year}-08-08", "店庆", added["id"], True)]
    _, data = run_json(capsys, "hotdates", "--year", "2029", "--kind", "own")
    assert "新品上市" not in {d["name"] for d in data}
    out = tmp_path / "august.ics"
    assert run_json(capsys, "calendar", "--month", "2029-08", "--ics", str(out))[0] == 0
    starts = {str(e["summary"]): e.decoded("dtstart") for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    assert starts["店庆"] == dt.date(2029, 8, 8)
