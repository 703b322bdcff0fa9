"""`community.member_export_rows` written by `write_members_xlsx`: the members list as filtered and sorted, in the import template's columns."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.i18n import untranslated
from app.report.workbooks import MEMBER_COLUMNS, write_members_xlsx
from app.services import community as cs
from app.services.community import MemberFilter
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
    rows = cs.member_export_rows(store, MemberFilter(region="上海"), "spend", descending=False)
    written = write_members_xlsx(tmp_path / "sh.xlsx", rows, translate=untranslated)
    rows = read(tmp_path / "sh.xlsx")
    assert written == 2
    assert list(rows[0]) == [header for header, _kind in MEMBER_COLUMNS]
    assert [(r[1], r[2], r[3], r[11], r[14]) for r in rows[1:]] == [
        ("小明", "抖音", "职场干货1群", 50, "潜力用户"), ("阿花", "公众号", "职场干货1群", 800, "核心用户")]
    assert write_members_xlsx(tmp_path / "all.xlsx", cs.member_export_rows(store), translate=untranslated) == 3
    assert [r[1] for r in read(tmp_path / "all.xlsx")[1:]] == ["阿花", "小明", "花花"]
