"""A works export's rows that name no work (no title, time, id or link) are reported by their Excel
row and left out, the others imported — the column-wise check of issue 17 finds the same rows."""

from __future__ import annotations

from typing import Any

from app.services.importing import analyse_file, execute
from app.services.importing.service import NO_IDENTITY


def test_rows_naming_no_work_are_reported_by_row_and_the_rest_imported(store: Any, make: Any, db: Any) -> None:
    path = make.xlsx("works.xlsx", [
        make.douyin_headers,
        make.douyin_row("有标题", "2026-07-01 10:00:00"),
        make.douyin_row("", ""),
        make.douyin_row("", "2026-07-03 10:00:00"),
        make.douyin_row("", "", views="99"),
    ])
    plan = analyse_file(store, path)
    assert [(e.row, e.column, e.message) for e in plan.errors] == [(3, "作品名称", NO_IDENTITY),
                                                                   (5, "作品名称", NO_IDENTITY)]
    done = execute(store, plan, skip_bad_rows=True)
    assert (done.status, done.inserted, done.skipped) == ("imported", 2, 2)
    assert sorted(r["title"] for r in db("SELECT title FROM post")) == ["", "有标题"]
