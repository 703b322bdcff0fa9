"""Upgrades (issue 16 item 5): a store made by the release (3f568ac) and one made by an earlier build
of 0001 open with today's code, reach head, and work; `check` compares the file with the models."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from app.cli import main
from app.store import Store, schema

FIXTURES = Path(__file__).with_name("fixtures")
ROOT = Path(__file__).resolve().parents[2]


def copied(fixture: str, folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copyfile(FIXTURES / fixture, folder / "opsdesk.db")
    return folder


def row_counts(db_file: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db_file)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names if n != "alembic_version"}


def columns(db_file: Path, table: str) -> set[str]:
    with closing(sqlite3.connect(db_file)) as conn:
        return {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}


def test_a_store_made_by_the_release_upgrades_to_head_and_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = copied("release-3f568ac.db", tmp_path / "data")
    assert schema.stored_revision(folder / "opsdesk.db") == "0001"
    before = row_counts(folder / "opsdesk.db")
    with Store.open(folder) as store:
        assert schema.stored_revision(store.db_file) == schema.head_revision()
    after = row_counts(folder / "opsdesk.db")
    assert {t: after[t] for t in before} == before  # no migration loses a row; new tables start empty
    assert all(n == 0 for t, n in after.items() if t not in before)
    code = main(["--data-dir", str(folder), "review", "--month", "2026-09", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())",
         "--data-dir", str(folder), "check", "--json"],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["integrity"] == "ok" and report["schema"] == []
    assert {t: n for t, n in report["tables"].items() if n == 0 and t in before} == {}


def test_the_repair_changes_nothing_on_a_release_store(tmp_path: Path) -> None:
    folder = copied("release-3f568ac.db", tmp_path / "data")
    with closing(sqlite3.connect(folder / "opsdesk.db")) as conn:
        before = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    store = Store(folder)
    config = Config()
    config.set_main_option("script_location", str(schema.VERSIONS_DIR.parent))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    store.dispose()
    assert schema.stored_revision(folder / "opsdesk.db") == "0002"
    with closing(sqlite3.connect(folder / "opsdesk.db")) as conn:
        after = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    assert after == before


def test_a_store_from_an_earlier_build_of_0001_is_repaired(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = copied("early-177a4af.db", tmp_path / "data")
    assert "yearly" not in columns(folder / "opsdesk.db", "hot_date")
    code = main(["--data-dir", str(folder), "check", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0, report
    assert report["schema"] == []
    assert {"yearly"} <= columns(folder / "opsdesk.db", "hot_date")
    assert {"extra", "import_batch_id"} <= columns(folder / "opsdesk.db", "feedback")
    with closing(sqlite3.connect(folder / "opsdesk.db")) as conn:
        assert conn.execute("SELECT name, yearly FROM hot_date").fetchall() == [("双11", 0)]
        assert conn.execute("SELECT text, extra, import_batch_id FROM feedback").fetchall() == [("早期的反馈", None, None)]
        fks = {r[3]: r[2] for r in conn.execute("PRAGMA foreign_key_list(feedback)")}
    assert fks["import_batch_id"] == "import_batch"
    code = main(["--data-dir", str(folder), "hotdates", "--year", "2026", "--json"])
    assert code == 0, capsys.readouterr()


def test_check_names_a_missing_column_and_exits_2(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    store.close()
    with closing(sqlite3.connect(store.db_file)) as conn:
        conn.execute("ALTER TABLE topic DROP COLUMN plan_rank")
        conn.execute("DROP TABLE lesson")
    code = main(["check"])
    out, _ = capsys.readouterr()
    assert code == 2
    assert "表 topic 缺少列 plan_rank" in out
    assert "缺少表 lesson" in out
    code = main(["check", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 2
    assert {(p["table"], p["column"]) for p in report["schema"]} == {("topic", "plan_rank"), ("lesson", "")}


def test_topics_scored_by_hand_before_0005_keep_their_scores_as_typed(tmp_path: Path) -> None:
    """0005 lets proposals refresh scores nobody typed; a release store's topics with scores other
    than the untouched 3/3/3 were typed, so they are marked manual and no proposal replaces them."""
    folder = copied("release-3f568ac.db", tmp_path / "data")
    with closing(sqlite3.connect(folder / "opsdesk.db")) as conn, conn:
        conn.execute("UPDATE topic SET score_timeliness = 3, score_value = 3, score_conversion = 3 WHERE id = 1")
        scored = {r[0] for r in conn.execute(
            "SELECT id FROM topic WHERE NOT (score_timeliness = 3 AND score_value = 3 AND score_conversion = 3)")}
        untouched = {r[0] for r in conn.execute("SELECT id FROM topic")} - scored
    assert scored and untouched
    Store.open(folder).close()
    with closing(sqlite3.connect(folder / "opsdesk.db")) as conn:
        manual = {r[0]: json.loads(r[1]) for r in conn.execute("SELECT id, scores_manual FROM topic")}
    assert all(manual[i] == ["timeliness", "value", "conversion"] for i in scored)
    assert all(manual[i] == [] for i in untouched)
