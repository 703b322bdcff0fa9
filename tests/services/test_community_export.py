"""`community.export_members`: the members list as filtered and sorted, in the import template's columns."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.services import community as cs
from app.services.community import MemberFilter
from app.services.segments import EXPORT_COLUMNS
from app.store import Store
from tests.services.test_community import insert_members


def read(path: Path) -> list[tuple[object, ...]]:
    return list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))


def test_export_keeps_filters_and_order(store: Store, tmp_path: Path) -> None:
    group = cs.create_community(store, "职场干货1群")
    insert_members(store, [
        {"nickname": "阿花", "platform": "wechat", "community_id": group, "segment": "core", "region": "上海",
         "tags": "干货,职场", "spend": 800},
        {"nickname": "小明", "platform": "douyin", "community_id": group, "segment": "potential", "region": "上海",
         "spend": 50},
        {"nickname": "花花", "platform": "xiaohongshu", "segment": "churned", "region": "北京", "spend": 300},
    ])
    written = cs.export_members(store, tmp_path / "sh.xlsx", MemberFilter(region="上海"), "spend", descending=False)
    rows = read(tmp_path / "sh.xlsx")
    assert written == 2
    assert list(rows[0]) == [c.header for c in EXPORT_COLUMNS]
    assert [(r[1], r[2], r[3], r[11], r[14]) for r in rows[1:]] == [
        ("小明", "抖音", "职场干货1群", 50, "潜力用户"), ("阿花", "公众号", "职场干货1群", 800, "核心用户")]
    assert cs.export_members(store, tmp_path / "all.xlsx") == 3
    assert [r[1] for r in read(tmp_path / "all.xlsx")[1:]] == ["阿花", "小明", "花花"]
