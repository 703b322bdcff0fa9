"""The ops manual: lessons across months, filtered, searched, edited, grouped and exported."""

from __future__ import annotations

import pytest
from python_calamine import CalamineWorkbook

from app.i18n import untranslated
from app.report.workbooks import write_manual_xlsx
from app.services.campaigns import save_postmortem
from app.services.manual import ManualError, delete_lesson, lessons, manual, save_lesson
from app.store import Store
from tests.services.review_fixture import build_month


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
