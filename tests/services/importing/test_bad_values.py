"""Bad values are bad rows with their Excel row and column, never a crash or "damaged" (issue 16 item 7)."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from app.services.importing import ImportRefusedError, analyse_file, execute, list_batches
from app.services.importing import reader as reader_module

AS_OF = dt.date(2026, 7, 10)


def bad_cells(plan: Any) -> list[tuple[int, str]]:
    return [(e.row, e.column) for e in plan.errors]


def douyin_file(make: Any, name: str, bad: list[list[Any]]) -> Path:
    rows = [make.douyin_headers, make.douyin_row("好的一条", "2026-07-01 10:00:00"), *bad,
            make.douyin_row("也好的一条", "2026-07-03 10:00:00")]
    return make.xlsx(name, rows)


def test_negative_counts_are_bad_rows_but_a_net_follower_loss_is_not(store, make, db) -> None:
    path = douyin_file(make, "neg.xlsx", [make.douyin_row("负播放", "2026-07-02 10:00:00", views="-5"),
                                          make.douyin_row("负点赞", "2026-07-02 11:00:00", **{"点赞量": -3}),
                                          make.douyin_row("掉粉", "2026-07-02 12:00:00", **{"粉丝增量": "-2"})])
    plan = analyse_file(store, path, as_of=AS_OF)
    assert bad_cells(plan) == [(3, "播放量"), (4, "点赞量")]
    assert {e.message for e in plan.errors} == {"不能是负数"}
    refused = execute(store, plan)
    assert refused.status == "refused" and db("SELECT * FROM post") == []
    done = execute(store, plan, skip_bad_rows=True)
    assert (done.status, done.inserted, done.skipped) == ("imported", 3, 2)
    assert db("SELECT m.follows_gained FROM post_metrics m JOIN post p ON p.id = m.post_id WHERE p.title = '掉粉'") == [
        {"follows_gained": -2}]


def test_years_outside_2000_to_2100_are_bad_rows(store, make) -> None:
    path = douyin_file(make, "years.xlsx", [make.douyin_row("太早", "1999-12-31 10:00:00"),
                                            make.douyin_row("太晚", "2101-01-01 10:00:00"),
                                            make.douyin_row("序号当日期", 5)])
    plan = analyse_file(store, path, as_of=AS_OF)
    assert bad_cells(plan) == [(3, "发布时间"), (4, "发布时间"), (5, "发布时间")]
    assert {e.message for e in plan.errors} == {"年份不在 2000–2100 之间"}


def test_numbers_too_large_to_store_are_bad_rows(store, make, db) -> None:
    path = make.csv("big.csv", [make.douyin_headers, make.douyin_row("好的一条", "2026-07-01 10:00:00"),
                                make.douyin_row("23位", "2026-07-02 10:00:00", views="12345678901234567890123"),
                                make.douyin_row("浮点", "2026-07-02 11:00:00", **{"点赞量": "1e400"}),
                                make.douyin_row("万亿万", "2026-07-02 12:00:00", **{"评论量": "9999999999亿"})])
    plan = analyse_file(store, path, as_of=AS_OF)
    assert bad_cells(plan) == [(3, "播放量"), (4, "点赞量"), (5, "评论量")]
    assert execute(store, plan, skip_bad_rows=True).inserted == 1
    big_xlsx = douyin_file(make, "big.xlsx", [make.douyin_row("23位", "2026-07-02 10:00:00", views=1.2345678901234568e22)])
    assert bad_cells(analyse_file(store, big_xlsx, as_of=AS_OF)) == [(3, "播放量")]


def test_overlong_csv_field_and_title_are_bad_rows(store, make) -> None:
    huge = "长" * (200 * 1024)
    path = make.csv("long.csv", [make.douyin_headers, make.douyin_row("好的一条", "2026-07-01 10:00:00"),
                                 make.douyin_row("备注超长", "2026-07-02 10:00:00", **{"审核状态": huge}),
                                 make.douyin_row("标" * 2_001, "2026-07-02 11:00:00"),
                                 make.douyin_row("也好的一条", "2026-07-03 10:00:00")])
    plan = analyse_file(store, path, as_of=AS_OF)
    assert bad_cells(plan) == [(3, "审核状态"), (4, "作品名称")]
    assert len(str(plan.errors[0].value)) < 50
    result = execute(store, plan, skip_bad_rows=True)
    assert (result.inserted, result.skipped) == (2, 2)


def test_unclosed_quote_is_one_bad_row_and_the_rest_still_reads(store, make, db) -> None:
    lines = [",".join(make.douyin_headers), ",".join(make.douyin_row("好的一条", "2026-07-01 10:00:00")),
             ",".join(make.douyin_row('"引号没关上', "2026-07-02 10:00:00")),
             ",".join(make.douyin_row("后面的一条", "2026-07-03 10:00:00")),
             ",".join(make.douyin_row("最后一条", "2026-07-04 10:00:00"))]
    path = make.path("quote.csv")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = analyse_file(store, path, as_of=AS_OF)
    assert bad_cells(plan)[0] == (3, "作品名称")
    assert {e.row for e in plan.errors} == {3}
    assert execute(store, plan).status == "refused" and list_batches(store) == []
    result = execute(store, plan, skip_bad_rows=True)
    assert (result.inserted, result.skipped) == (3, 1)
    assert [r["title"] for r in db("SELECT title FROM post ORDER BY published_at")] == ["好的一条", "后面的一条", "最后一条"]


def test_too_many_rows_says_so_for_csv_and_xlsx(store, make, monkeypatch) -> None:
    monkeypatch.setattr(reader_module, "MAX_ROWS", 30)
    rows = [make.douyin_headers] + [make.douyin_row(f"作品{i}", "2026-07-01 10:00:00") for i in range(40)]
    for path in (make.csv("many.csv", rows), make.xlsx("many.xlsx", rows), make.wps_xlsx("many-wps.xlsx", rows)):
        with pytest.raises(ImportRefusedError) as caught:
            analyse_file(store, path)
        assert "超过 30 行" in str(caught.value) and "损坏" not in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_fifo_named_csv_is_refused_at_once(store, tmp_path) -> None:
    fifo = tmp_path / "x.csv"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _catch(outcome, lambda: analyse_file(store, fifo)), daemon=True)
    worker.start()
    worker.join(timeout=5)
    if worker.is_alive():  # release the blocked open() so the test run can end
        with open(fifo, "wb"):
            pass
        pytest.fail("opening the FIFO hung")
    assert len(outcome) == 1 and isinstance(outcome[0], ImportRefusedError)
    assert "不是普通文件" in str(outcome[0])


def _catch(outcome: list[BaseException], call: Any) -> None:
    try:
        call()
    except BaseException as exc:  # noqa: BLE001 - the test inspects whatever was raised
        outcome.append(exc)
