"""The whole-store workbook back in through the import engine (the "OpsDesk 工作簿" profile).

Demo store → export → import into an empty store gives the same rows in every table; into the
same store it doubles nothing; a topic title edited in Excel comes back with its matching key.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.services.importing import ImportRefusedError, analyse_file, execute, undo_batch
from app.services.maintenance import table_counts
from app.services.text import title_key
from app.services.workbook import export_store
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    """A demo store and its whole-store export (made once for the module)."""
    from app.services.demo import fill_demo

    store = Store.open(tmp_path_factory.mktemp("demo"))
    fill_demo(store)
    out = tmp_path_factory.mktemp("export") / "OpsDesk.xlsx"
    export_store(store, out)
    yield store, out
    store.close()


def rows(store: Store, sql: str) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.exec_driver_sql(sql)]


def test_into_an_empty_store_every_table_has_the_same_rows(demo: tuple[Store, Path], store: Store) -> None:
    source, out = demo
    plan = analyse_file(store, out)
    assert (plan.profile, plan.profile_label, plan.kind, plan.confidence) == ("opsdesk_workbook", "OpsDesk 工作簿",
                                                                              "workbook", 1.0)
    expected = table_counts(source)
    assert plan.counts["inserted"] == sum(n for t, n in expected.items() if t != "alembic_version")
    assert plan.counts["updated"] == plan.counts["unchanged"] == 0
    result = execute(store, plan)
    assert result.status == "imported" and result.batch_id is not None
    after = table_counts(store)
    for table, n in expected.items():
        if table not in ("import_batch", "alembic_version"):
            assert after[table] == n, table
    assert after["import_batch"] == expected["import_batch"] + 1  # the round trip's own batch row
    batch = rows(store, f"SELECT * FROM import_batch WHERE id = {result.batch_id}")[0]
    assert (batch["profile"], batch["status"], batch["inserted"]) == ("opsdesk_workbook", "imported", result.inserted)
    titles = "SELECT id, title, title_key FROM post ORDER BY id"
    assert rows(store, titles) == rows(source, titles)


def test_into_the_same_store_nothing_is_doubled_and_the_same_file_is_a_duplicate(tmp_path: Path) -> None:
    from app.services.demo import fill_demo

    store = Store.open(tmp_path / "same")
    fill_demo(store)
    out = tmp_path / "all.xlsx"
    export_store(store, out)
    before = table_counts(store)
    plan = analyse_file(store, out)
    assert plan.counts["inserted"] == 0 and plan.counts["unchanged"] > 0
    result = execute(store, plan)
    assert result.status == "imported" and result.inserted == 0
    after = table_counts(store)
    assert {t: n for t, n in after.items() if t != "import_batch"} == {t: n for t, n in before.items() if t != "import_batch"}
    assert after["import_batch"] == before["import_batch"] + 1
    again = execute(store, analyse_file(store, out))
    assert again.status == "duplicate" and again.batch_id == result.batch_id
    assert table_counts(store) == after
    with pytest.raises(ImportRefusedError, match="备份"):
        undo_batch(store, result.batch_id)
    store.close()


def test_a_topic_title_edited_in_excel_comes_back_with_its_key(demo: tuple[Store, Path], store: Store,
                                                              tmp_path: Path) -> None:
    source, out = demo
    execute(store, analyse_file(store, out))
    book = openpyxl.load_workbook(out)
    sheet = book["topic"]
    header = [c.value for c in sheet[1]]
    title_col = header.index("title") + 1
    topic_id = sheet.cell(2, header.index("id") + 1).value
    sheet.cell(2, title_col).value = "换季敏感肌：３个误区（Excel 里改的）"
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    plan = analyse_file(store, edited)
    assert plan.table_counts["topic"]["updated"] == 1 and plan.counts["inserted"] == 0
    result = execute(store, plan)
    assert result.status == "imported" and result.updated >= 1
    topic = rows(store, f"SELECT title, title_key FROM topic WHERE id = {topic_id}")[0]
    assert topic["title"] == "换季敏感肌：３个误区（Excel 里改的）"
    assert topic["title_key"] == title_key(topic["title"]) == "换季敏感肌3个误区excel里改的"
    assert table_counts(store)["topic"] == table_counts(source)["topic"]


def test_cli_import_reads_the_workbook(demo: tuple[Store, Path], store: Store,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    _source, out = demo
    code = main(["import", str(out), "--json"])
    entry = json.loads(capsys.readouterr().out)["files"][0]
    assert code == 0
    assert (entry["profile"], entry["status"], entry["errors"], entry["platform"]) == (
        "opsdesk_workbook", "imported", [], None)
    assert entry["inserted"] == entry["rows"] > 0 and entry["batch_id"]
    code = main(["import", str(out), "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out)["files"][0]["status"] == "duplicate"
