"""The team store on a real PostgreSQL (issue 21): opening by URL, the CLI on it, many writers,
moving a store in and out, backups. The server is the test run's throwaway cluster (tests/postgres.py)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa

from app.cli import main
from app.store import Store, schema
from app.store.transfer import row_counts
from tests.postgres import Cluster

#: The test's store is the team store (the `store` fixture opens it, OPSDESK_DATABASE_URL points to it).
on_server = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)

HEADERS = ["作品名称", "发布时间", "体裁", "播放量", "完播率", "点赞量"]
MEMBERS = ["昵称", "平台", "社群", "首次关注时间", "最近活跃时间", "购买次数", "消费金额", "用户ID"]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_check_on_a_new_server_database_creates_the_schema_and_demo_fills_it(
        pg_cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPSDESK_DATA_DIR", str(tmp_path / "local"))
    url = pg_cluster.url(pg_cluster.create_database(template=None))  # a bare database, as an agency rents one
    code, report = cli(capsys, "--database-url", url, "check")
    assert code == 0 and report["integrity"] == "ok" and report["schema"] == []
    assert report["tables"]["post"] == 0 and "alembic_version" not in report["tables"]
    code, filled = cli(capsys, "demo", "--database-url", url)
    assert code == 0 and filled["tables"]["post"] > 100
    with Store.open(database_url=url) as team:
        assert team.is_server and not team.is_empty()
        assert team.describe().startswith("PostgreSQL opsdesk_test_")
        with team.reading() as uow:
            assert uow.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == \
                schema.head_revision()
    assert not (tmp_path / "local" / "opsdesk.db").exists()  # nothing written to a local file


@on_server
def test_the_environment_opens_the_server_unless_a_data_dir_is_named(store: Store, data_dir: Path) -> None:
    with Store.open() as chosen:
        assert chosen.is_server and chosen.describe() == store.describe()
    with Store.open(data_dir) as local:
        assert not local.is_server and local.describe() == str(data_dir.resolve() / "opsdesk.db")


@on_server
def test_settings_live_on_the_server(store: Store, tmp_path: Path, database_url: str) -> None:
    assert store.setting("language", "zh") == "zh"
    store.set_setting("language", "en")
    store.set_setting("segments.thresholds", {"churn_days": 45})
    with Store.open(tmp_path / "other-computer", database_url=database_url) as other:
        assert other.setting("language") == "en" and other.setting("segments.thresholds") == {"churn_days": 45}


@on_server
def test_a_server_written_by_a_newer_opsdesk_is_refused_untouched(store: Store, database_url: str) -> None:
    with store.writing() as uow:
        uow.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(schema.NewerStoreError, match="更新版本"):
        Store.open(database_url=database_url)


def test_an_unreachable_server_is_named_and_exits_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = cli(capsys, "--database-url", "postgresql+psycopg://opsdesk@127.0.0.1:9/opsdesk", "check")
    assert code == 2 and "连不上团队数据库 127.0.0.1:9" in doc["error"] and "opsdesk" in doc["error"]
    assert "Traceback" not in capsys.readouterr().err
    code, doc = cli(capsys, "--database-url", "mysql://someone@db/opsdesk", "check")
    assert code == 2 and "postgresql+psycopg://" in doc["error"]


def _weekly(tmp_path: Path, name: str, rows: list[tuple[str, str, int]]) -> Path:
    return xlsx(tmp_path / name, [HEADERS, *[[t, when, "视频", str(views), "0.3", "1"] for t, when, views in rows]])


def _members(tmp_path: Path, name: str, names: list[str]) -> Path:
    return xlsx(tmp_path / name, [MEMBERS, *[[n, "公众号", "干货交流1群", dt.datetime(2026, 3, 8), dt.datetime(2026, 7, 1),
                                              1, 99, f"u-{n}"] for n in names]])


def _overlapping_files(tmp_path: Path) -> list[tuple[Path, str]]:
    """Two weeks of one account's export that share two works, and two member lists that share one."""
    week1 = _weekly(tmp_path, "作品_第一周.xlsx", [("春季护肤", "2026-07-01 10:00:00", 100),
                                                  ("防晒误区", "2026-07-02 18:00:00", 200),
                                                  ("成分党必看", "2026-07-03 20:00:00", 300)])
    week2 = _weekly(tmp_path, "作品_第二周.xlsx", [("防晒误区", "2026-07-02 18:00:00", 260),
                                                  ("成分党必看", "2026-07-03 20:00:00", 380),
                                                  ("夏天控油", "2026-07-08 09:00:00", 50)])
    return [(week1, "2026-07-05"), (week2, "2026-07-12"),
            (_members(tmp_path, "会员_一.xlsx", ["小林", "阿珍"]), "2026-07-05"),
            (_members(tmp_path, "会员_二.xlsx", ["阿珍", "大熊"]), "2026-07-12")]


def _facts(store: Store) -> dict[str, Any]:
    """What the imports left, in a form that does not depend on which file came first."""
    with store.reading() as uow:
        cursor = uow.cursor()  # values as SQLite gives them, on both engines

        def rows(sql: str) -> list[tuple[Any, ...]]:
            cursor.execute(sql)
            return sorted(tuple(r) for r in cursor.fetchall())

        return {
            "accounts": rows("SELECT platform, name FROM account"),
            "posts": rows("SELECT title, published_at FROM post"),
            "snapshots": rows("SELECT p.title, m.captured_on, m.views FROM post_metrics m JOIN post p ON p.id = m.post_id"),
            "members": rows("SELECT platform, nickname, external_id FROM member"),
        }


def _import_process(files: list[tuple[Path, str]], env: dict[str, str]) -> subprocess.Popen[str]:
    """`opsdesk-cli import` in its own process: each file with its capture date, one after the other."""
    script = ("import sys; from app.cli import main\n"
              f"for path, day in {[(str(p), d) for p, d in files]!r}:\n"
              "    code = main(['import', path, '--as-of', day, '--json'])\n"
              "    if code: sys.exit(code)\n")
    return subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8")


@on_server
def test_two_imports_started_together_double_nothing(store: Store, database_url: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    files = _overlapping_files(tmp_path)
    env = {**os.environ, "OPSDESK_DATABASE_URL": database_url, "OPSDESK_DATA_DIR": str(tmp_path / "logs")}
    first, second = _import_process([files[0], files[2]], env), _import_process([files[1], files[3]], env)
    for process in (first, second):
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, err
    together = _facts(store)

    with Store.open(tmp_path / "one-after-the-other") as local:
        for path, day in files:
            assert main(["--data-dir", str(local.data_dir), "import", str(path), "--as-of", day]) == 0
        in_turn = _facts(local)
    capsys.readouterr()
    assert together == in_turn
    assert len(together["posts"]) == 4 and len(together["snapshots"]) == 6 and len(together["members"]) == 3

    again = [_import_process([f], env) for f in files]
    for process in again:
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, err
        assert json.loads(out)["files"][0]["status"] == "duplicate"
    assert _facts(store) == together


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    from app.services.demo import fill_demo

    folder = tmp_path / "demo"
    with Store.open(folder) as local:
        fill_demo(local)
    return folder


def test_push_copies_a_demo_store_and_review_figures_agree(
        qapp: object, pg_cluster: Cluster, demo_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`qapp` first, so `review --pdf` reuses the test's QApplication."""
    url = pg_cluster.url(pg_cluster.create_database())
    monkeypatch.delenv("OPSDESK_DATABASE_URL", raising=False)
    with Store.open(database_url=url) as team:  # opened once already: its own preferences do not count as data
        team.set_setting("language", "en")
    code, pushed = cli(capsys, "push", "--to", url, "--data-dir", str(demo_folder))
    assert code == 0 and pushed["tables"]["post"] > 100
    with Store.open(demo_folder) as local, Store.open(database_url=url) as team:
        assert row_counts(team) == row_counts(local)
        assert sum(row_counts(team).values()) == pushed["rows"]
        assert team.setting("language", "zh") == "zh"  # the pushed store's settings, not the server's
    code, from_file = cli(capsys, "--data-dir", str(demo_folder), "review", "--month", "2026-10")
    assert code == 0
    code, from_server = cli(capsys, "--database-url", url, "review", "--month", "2026-10")
    assert code == 0
    for doc in (from_file, from_server):
        doc.pop("generated_at", None)
    assert from_server == from_file
    assert from_server["kpis"]
    pages = []
    for where in (["--data-dir", str(demo_folder)], ["--database-url", url]):
        pdf = tmp_path / f"review-{len(pages)}.pdf"
        assert cli(capsys, *where, "review", "--month", "2026-10", "--pdf", str(pdf))[0] == 0
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        pages.append([line for line in text.splitlines() if "生成于" not in line])
    assert pages[0] == pages[1] and any("10-31" in line for line in pages[0]) and len(pages[0]) > 50

    code, refused = cli(capsys, "push", "--to", url, "--data-dir", str(demo_folder))
    assert code == 2 and "已经有数据" in refused["error"]


@on_server
def test_pull_makes_a_local_copy_and_refuses_a_folder_with_data(
        store: Store, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.services.demo import fill_demo

    fill_demo(store)
    copy = tmp_path / "laptop"
    code, pulled = cli(capsys, "pull", "--from", database_url, "--data-dir", str(copy))
    assert code == 0 and (copy / "opsdesk.db").exists()
    with Store.open(copy) as local:
        assert not local.is_server and row_counts(local) == row_counts(store)
        with local.writing() as uow:  # the copy takes new rows after the pulled ids
            from app.models import Topic

            assert uow.insert(Topic(title="回家写的选题")) > max(pulled["tables"]["topic"], 1)
    code, refused = cli(capsys, "pull", "--from", database_url, "--data-dir", str(copy))
    assert code == 2 and "已经有数据" in refused["error"]


@on_server
def test_new_rows_after_a_push_take_fresh_ids(store: Store, demo_folder: Path, capsys: pytest.CaptureFixture[str],
                                             database_url: str) -> None:
    assert cli(capsys, "push", "--to", database_url, "--data-dir", str(demo_folder))[0] == 0
    from app.models import Topic

    with store.writing() as uow:
        new_id = uow.insert(Topic(title="推上去之后的新选题"))
    with store.reading() as uow:
        highest = uow.connection().exec_driver_sql("SELECT max(id) FROM topic").scalar()
    assert new_id == highest and new_id > 1


@on_server
def test_backup_of_a_server_store_is_a_pg_dump_or_the_workbook(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.demo import fill_demo

    fill_demo(store)
    monkeypatch.setenv("PATH", f"{pg_dump_dir()}{os.pathsep}{os.environ.get('PATH', '')}")
    code, done = cli(capsys, "backup")
    dump = Path(done["backup"])
    assert code == 0 and dump.suffix == ".dump" and dump.read_bytes()[:5] == b"PGDMP"

    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    code, done = cli(capsys, "backup", "--to", str(tmp_path / "团队数据.xlsx"))
    book = openpyxl.load_workbook(done["backup"], read_only=True)
    assert code == 0 and {"account", "post", "member"} <= set(book.sheetnames)
    assert book["post"].max_row - 1 == row_counts(store)["post"]


def pg_dump_dir() -> str:
    from tests.postgres import server_binaries

    found = server_binaries()
    assert found is not None
    return str(found)


@on_server
def test_a_transaction_the_server_rolls_back_is_said_plainly(store: Store, pg_cluster: Cluster,
                                                           database_url: str) -> None:
    """Two operators locking the same two topics in opposite order: PostgreSQL rolls one back; ours
    hears "another write is going on, nothing was written" instead of a crash."""
    import threading

    import psycopg

    from app.models import Topic
    from app.store.errors import StoreBusyError

    with store.writing() as uow:
        first, second = uow.insert(Topic(title="甲")), uow.insert(Topic(title="乙"))
    name = sa.engine.make_url(database_url).database
    with psycopg.connect(host=str(pg_cluster.socket_dir), user=pg_cluster.user, dbname=name) as other:
        other.execute("UPDATE topic SET title = '甲（同事）' WHERE id = %s", (first,))
        later = threading.Timer(0.3, lambda: other.execute("UPDATE topic SET title = '乙（同事）' WHERE id = %s",
                                                           (second,)))
        later.start()
        with pytest.raises(StoreBusyError, match="没有写入"), store.writing() as uow:
            uow.connection().execute(sa.text("UPDATE topic SET title = '乙（我）' WHERE id = :id"), {"id": second})
            uow.connection().execute(sa.text("UPDATE topic SET title = '甲（我）' WHERE id = :id"), {"id": first})
        later.join()
        other.commit()
    with store.reading() as uow:
        titles = uow.connection().execute(sa.text("SELECT title FROM topic ORDER BY id")).scalars().all()
    assert titles == ["甲（同事）", "乙（同事）"]


@pytest.mark.parametrize(("ci", "outcome"), [("true", pytest.fail.Exception), ("", pytest.skip.Exception)])
def test_without_the_server_package_ci_fails_and_a_developer_skips(
        monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type[BaseException]) -> None:
    import tests.postgres

    monkeypatch.setattr(tests.postgres, "server_binaries", lambda: None)
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="postgresql"):
        next(tests.postgres.start_cluster())


@on_server
def test_a_colleagues_new_row_does_not_take_an_id_an_open_import_wrote(store: Store, pg_cluster: Cluster,
                                                                      database_url: str) -> None:
    """The import gives new rows ids of its own (after the highest); a topic a colleague adds while
    that import is still writing gets a later id at once, instead of waiting and then colliding."""
    import threading

    import psycopg

    from app.models import Topic
    from app.services.importing import sqlrows
    from app.store.pgcursor import ServerCursor

    with store.writing() as uow:
        for title in ("一", "二", "三"):
            uow.insert(Topic(title=title))
    base = {**sqlrows.defaults_of("topic"), "title": "选题"}
    insert = f"INSERT INTO topic ({', '.join(base)}) VALUES ({', '.join('?' * len(base))})"
    with_ids = f"INSERT INTO topic (id, {', '.join(base)}) VALUES (?, {', '.join('?' * len(base))})"
    added: list[int | None] = []
    name = sa.engine.make_url(database_url).database
    with psycopg.connect(host=str(pg_cluster.socket_dir), user=pg_cluster.user, dbname=name, autocommit=True) as other:

        def colleague_adds_a_topic() -> None:
            added.append(ServerCursor(other.cursor()).execute(insert, list(base.values())).lastrowid)

        with store.writing() as uow:
            uow.cursor().executemany(with_ids, [(row_id, *base.values()) for row_id in (4, 5)])
            worker = threading.Thread(target=colleague_adds_a_topic)
            worker.start()
            worker.join(timeout=5)
            assert added == [6]  # while the import's transaction is still open
    with store.reading() as uow:
        assert uow.connection().exec_driver_sql("SELECT count(*) FROM topic").scalar() == 6


@on_server
def test_restore_is_refused_on_a_team_store(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.models import Topic

    with store.writing() as uow:
        uow.insert(Topic(title="留着"))
    backup = tmp_path / "old.db"
    with Store.open(tmp_path / "old") as old:
        old.backup(backup)
    code, doc = cli(capsys, "restore", str(backup))
    assert code == 2 and "pg_restore" in doc["error"]
    assert row_counts(store)["topic"] == 1


@on_server
def test_moving_the_data_folder_of_a_team_store_is_refused(store: Store, tmp_path: Path, data_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.data_folder import copy_data_folder
    from app.store.server import ServerStoreError

    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # the safety backup is the workbook then
    with pytest.raises(ServerStoreError, match="pull"):
        copy_data_folder(store, tmp_path / "elsewhere")
    assert not (tmp_path / "elsewhere" / "opsdesk.db").exists() and not (data_dir / "opsdesk.db").exists()
