"""The ops manual: lessons across months, filtered, searched, edited, grouped and exported."""

from __future__ import annotations

import datetime as dt

import pytest
from python_calamine import CalamineWorkbook

from app import clock
from app.i18n import untranslated
from app.report.workbooks import write_manual_xlsx
from app.services.campaigns import save_postmortem
from app.services.manual import (
    ManualError,
    delete_lesson,
    lessons,
    manual,
    matching_lessons,
    save_lesson,
    source_fields,
)
from app.store import Store
from tests.services.review_fixture import build_month

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


@pytest.fixture
def filled(store: Store) -> Store:
    build_month(store)  # two lessons: 2026-03 campaigns failure, 2026-02 content success
    save_lesson(store, month="2026-03", kind="success", area="channels", title="小红书早 8 点发布效果好",
                evidence="曝光高 40%")
    save_postmortem(store, 1, "参与的人说规则清楚", None, [{"kind": "success", "title": "奖品写清楚就有人参加"}])
    return store


def test_filters_and_search(filled: Store) -> None:
    assert len(lessons(filled)) == 4
    # Newest month first; within a month and area, successes before failures.
    assert [r["title"] for r in lessons(filled, area="campaigns")] == ["奖品写清楚就有人参加", "打卡 3 天门槛太高"]
    assert [r["title"] for r in lessons(filled, kind="success", month="2026-03")] == [
        "奖品写清楚就有人参加", "小红书早 8 点发布效果好"]
    assert [r["title"] for r in lessons(filled, search="参与率")] == ["打卡 3 天门槛太高"]  # found in the evidence
    assert [r["title"] for r in lessons(filled, search="打卡活动 奖品")] == ["奖品写清楚就有人参加"]  # campaign name
    assert lessons(filled, search="没有这个词") == []
    first = lessons(filled, area="content")[0]
    assert (first["area_label"], first["kind_label"], first["month"]) == ("内容", "成功经验", "2026-02")


def test_edit_and_delete(filled: Store) -> None:
    lesson_id = lessons(filled, area="channels")[0]["id"]
    save_lesson(filled, lesson_id, title="小红书早 8 点发", area="content", detail="  ")
    row = next(r for r in lessons(filled) if r["id"] == lesson_id)
    assert (row["title"], row["area"], row["detail"], row["evidence"]) == ("小红书早 8 点发", "content", None, "曝光高 40%")
    delete_lesson(filled, lesson_id)
    assert all(r["id"] != lesson_id for r in lessons(filled))


def test_bad_input_writes_nothing(filled: Store) -> None:
    before = len(lessons(filled))
    with pytest.raises(ManualError):
        save_lesson(filled, month="2026-03", title="  ")
    with pytest.raises(ManualError):
        save_lesson(filled, month="2026/03", title="标题")
    with pytest.raises(ManualError):
        save_lesson(filled, month="2026-03", title="标题", area="marketing")
    with pytest.raises(ManualError):
        lessons(filled, kind="maybe")
    with pytest.raises(ManualError):
        save_lesson(filled, 9999, title="不存在")
    assert len(lessons(filled)) == before


def test_manual_groups_by_area_and_exports(filled: Store, tmp_path) -> None:
    data = manual(filled)
    assert [g["area"] for g in data["groups"]] == ["content", "campaigns", "channels"]
    assert (data["count"], data["success"], data["failure"]) == (4, 3, 1)
    assert data["months"] == ["2026-02", "2026-03"]
    only = manual(filled, kind="failure")
    assert only["count"] == 1 and only["filters"]["kind"] == "failure"
    path = tmp_path / "manual.xlsx"
    assert write_manual_xlsx(data, path, translate=untranslated) == 4
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("运营手册").to_python()
    assert rows[0] == ["月份", "类型", "领域", "经验", "依据", "做法与说明", "活动"]
    assert ["2026-03", "成功经验", "活动", "奖品写清楚就有人参加", "", "", "打卡活动"] in rows


def test_lesson_from_a_promotion_takes_its_tool_platform_and_month(filled: Store) -> None:
    fields = source_fields(filled, "promotion", 1)
    assert fields == {"source_kind": "promotion", "source_id": 1, "source_ref": None, "area": "channels",
                      "tool": "dou_plus", "platform": "douyin", "campaign_id": None, "month": "2026-03"}
    lesson_id = save_lesson(filled, **fields, kind="failure", title="DOU+ 投涨粉成本过高，停", keywords="涨粉，投放")
    row = next(r for r in lessons(filled) if r["id"] == lesson_id)
    assert (row["source_kind"], row["source_id"], row["tool"], row["platform"]) == ("promotion", 1, "dou_plus", "douyin")
    campaign = source_fields(filled, "campaign", 1)
    assert (campaign["campaign_type"], campaign["campaign_id"], campaign["month"]) == ("checkin", 1, "2026-03")
    with pytest.raises(ManualError):
        source_fields(filled, "promotion", 99)
    with pytest.raises(ManualError):
        source_fields(filled, "rumour", 1)
    with pytest.raises(ManualError):
        save_lesson(filled, month="2026-03", title="标题", tool="rocket")


def test_matching_lessons_newest_three_of_same_tool_platform_type_or_keyword(filled: Store) -> None:
    for day, fields in enumerate([
        {"title": "薯条涨粉投放成本过高，停", "kind": "failure", "tool": "shutiao", "platform": "xiaohongshu"},
        {"title": "小红书封面要大字", "platform": "xiaohongshu", "keywords": ["封面"]},
        {"title": "打卡活动一天就够", "campaign_type": "checkin"},
        {"title": "防晒话题转化高", "keywords": ["防晒", "成分"]},
        {"title": "抖音开头要快", "platform": "douyin"},
    ]):
        clock.fix(dt.datetime(2026, 11, 1 + day, 9))
        save_lesson(filled, month="2026-10", **fields)
    titles = lambda **kw: [r["title"] for r in matching_lessons(filled, **kw)]  # noqa: E731
    assert titles(tool="shutiao") == ["薯条涨粉投放成本过高，停"]
    assert titles(tool="shutiao", platform="xiaohongshu") == ["小红书封面要大字", "薯条涨粉投放成本过高，停"]
    # The 复盘 lesson of the fixture's 打卡 campaign (saved at the fixed clock, newest) is of its type too.
    assert titles(campaign_type="checkin") == ["奖品写清楚就有人参加", "打卡活动一天就够"]
    assert titles(keywords=["成分", "早八"]) == ["防晒话题转化高"]
    assert titles(platform="douyin", tool="shutiao", campaign_type="checkin", keywords=["防晒"]) == [
        "奖品写清楚就有人参加", "抖音开头要快", "防晒话题转化高"]  # at most three, newest first
    assert titles() == []
    assert matching_lessons(filled, tool="shutiao")[0]["tool_label"] == "薯条"
