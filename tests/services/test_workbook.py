"""Whole-store Excel export (typed, formula-safe) and its round trip back into a store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import select

from app.cli import main
from app.models import Account, Platform, Post, PostMetrics, Setting, Topic
from app.services.importing import ImportRefusedError, analyse_file, execute
from app.services.maintenance import table_counts
from app.services.workbook import WorkbookError, export_store
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

DANGEROUS = ["=1+1", "+86 138", "-减肥误区", "@所有人 今晚直播", "\t缩进", "=HYPERLINK(\"http://x\")"]


def _data_counts(store: Store) -> dict[str, int]:
    """Rows per table, leaving out the import history the workbook's own import adds to."""
    return {name: n for name, n in table_counts(store).items() if name != "import_batch"}


def _fill(store: Store) -> None:
    with store.writing() as session:
        account = Account(platform=Platform.douyin, name="小美研究所")
        session.add(account)
        session.flush()
        for i, title in enumerate(DANGEROUS):
            post = Post(account_id=account.id, title=title, published_at=dt.datetime(2026, 11, 1 + i, 9, 30),
                        hashtags=["护肤", "成分党"])
            session.add(post)
            session.flush()
            session.add(PostMetrics(post_id=post.id, captured_on=dt.date(2026, 11, 20), views=1000 * (i + 1),
                                    completion_rate=0.452, likes=None))
        session.add(Topic(title="换季护肤", tags=["换季"], target_month="2026-12"))
        session.add(Setting(key="language", value="en"))


def test_export_writes_typed_safe_sheets(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "all.xlsx"
    counts = export_store(store, out)
    assert counts["post"] == len(DANGEROUS)
    assert "alembic_version" not in counts
    book = openpyxl.load_workbook(out)
    assert set(book.sheetnames) == set(counts)
    posts = book["post"]
    assert posts.freeze_panes == "A2"
    assert posts.auto_filter.ref is not None
    header = [c.value for c in posts[1]]
    title_col = header.index("title") + 1
    published_col = header.index("published_at") + 1
    for row in range(2, posts.max_row + 1):
        cell = posts.cell(row, title_col)
        assert cell.data_type == "s"
        assert cell.value in DANGEROUS
        assert cell.quotePrefix is True
        assert isinstance(posts.cell(row, published_col).value, dt.datetime)
    metrics = book["post_metrics"]
    mheader = [c.value for c in metrics[1]]
    rate = metrics.cell(2, mheader.index("completion_rate") + 1)
    assert rate.value == pytest.approx(0.452) and "%" in rate.number_format
    assert metrics.cell(2, mheader.index("likes") + 1).value is None
    assert isinstance(metrics.cell(2, mheader.index("captured_on") + 1).value, dt.datetime)
    assert json.loads(posts.cell(2, header.index("hashtags") + 1).value) == ["护肤", "成分党"]


def test_round_trip_into_an_empty_store_and_into_itself(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "all.xlsx"
    export_store(store, out)
    before = _data_counts(store)

    other = Store.open(tmp_path / "other")
    plan = analyse_file(other, out)  # the one way in: the import engine
    assert execute(other, plan).status == "imported"
    summary = plan.table_counts
    assert _data_counts(other) == before
    assert summary is not None and summary["post"] == {"inserted": len(DANGEROUS), "updated": 0, "unchanged": 0}
    with other.reading() as session:
        titles = sorted(p.title for p in session.exec(select(Post)))
        assert titles == sorted(DANGEROUS)
        assert session.get(Setting, "language").value == "en"
        assert session.exec(select(Topic)).one().tags == ["换季"]
    other.close()

    plan = analyse_file(store, out)
    assert execute(store, plan).status == "imported"
    again = plan.table_counts
    assert _data_counts(store) == before
    assert again is not None and again["post"] == {"inserted": 0, "updated": len(DANGEROUS), "unchanged": 0}


def test_bulk_edit_in_excel_comes_back(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "all.xlsx"
    export_store(store, out, tables=["topic"])
    book = openpyxl.load_workbook(out)
    sheet = book["topic"]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("title") + 1).value = "换季护肤：敏感肌怎么办"
    book.save(out)
    with pytest.raises(ImportRefusedError):  # only a topic sheet: not a whole-store workbook
        analyse_file(store, out)
    export_store(store, out)
    book = openpyxl.load_workbook(out)
    sheet = book["topic"]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("title") + 1).value = "换季护肤：敏感肌怎么办"
    book.save(out)
    execute(store, analyse_file(store, out))
    with store.reading() as session:
        assert session.exec(select(Topic)).one().title == "换季护肤：敏感肌怎么办"


def test_a_bad_cell_refuses_the_whole_workbook(store: Store, tmp_path: Path) -> None:
    _fill(store)
    out = tmp_path / "all.xlsx"
    export_store(store, out)
    book = openpyxl.load_workbook(out)
    sheet = book["post_metrics"]
    header = [c.value for c in sheet[1]]
    sheet.cell(3, header.index("views") + 1).value = "很多"
    book.save(out)
    other = Store.open(tmp_path / "other")
    with pytest.raises(WorkbookError) as caught:
        analyse_file(other, out)
    assert "第 3 行" in str(caught.value) and "views" in str(caught.value)
    assert other.is_empty()
    other.close()


def test_cli_export(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(store)
    out = tmp_path / "x.xlsx"
    code = main(["export", str(out), "--table", "post", "--table", "account", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["sheets"] == {"account": 1, "post": len(DANGEROUS)}
    code = main(["export", str(out), "--table", "nope", "--json"])
    assert code == 2 and "nope" in json.loads(capsys.readouterr().out)["error"]
