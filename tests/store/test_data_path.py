"""One data path (issue 17 item 1): the store's units of work are the only way to the data.

Read from the source's syntax trees, not grepped, so a comment or a docstring that names
`write_lock` does not count and an `import sqlalchemy as sa` inside a function does.
"""

from __future__ import annotations

import ast
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.models import Account
from app.store import Store
from app.store.writer import writing_here
from tests.store.unprivileged import as_unprivileged

APP = Path(__file__).resolve().parents[2] / "app"
#: Names that mean "I reach past the store": its engine, the driver, the process write lock.
STORE_ONLY = {"engine", "create_engine", "create_store_engine", "driver_connection", "write_lock", "write_session",
              "read_session"}
#: What a view or the CLI may not touch on a store: its engine or a unit of work (services do that).
DATA_ACCESS = {"engine", "reading", "writing", "holding_writes"}
SQL = re.compile(r"^\s*(SELECT\b.+\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b", re.S)


def _modules(*parts: str) -> list[Path]:
    return sorted(p for part in parts for p in (APP / part).rglob("*.py"))


def _outside_store() -> list[Path]:
    return [p for p in APP.rglob("*.py") if "store" not in p.relative_to(APP).parts[:1]]


def _names(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.alias):
            found.add(node.name.rsplit(".", 1)[-1])
    return found


def _sqlite3_connects(tree: ast.AST) -> int:
    return sum(1 for node in ast.walk(tree)
               if isinstance(node, ast.Attribute) and node.attr == "connect"
               and isinstance(node.value, ast.Name) and node.value.id == "sqlite3")


def _imports(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _relative(path: Path) -> str:
    return str(path.relative_to(APP.parent))


def test_nothing_outside_the_store_opens_a_connection_or_takes_the_lock() -> None:
    offenders = {}
    for path in _outside_store():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bad = sorted(_names(tree) & STORE_ONLY) + ["sqlite3.connect"] * _sqlite3_connects(tree)
        if bad:
            offenders[_relative(path)] = bad
    assert offenders == {}


def test_views_and_cli_call_services_only() -> None:
    offenders = {}
    for path in _modules("views", "cli"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bad = sorted(_imports(tree) & {"sqlalchemy", "sqlmodel", "sqlite3"})
        bad += sorted(f".{name}" for name in _names(tree) & DATA_ACCESS)
        bad += [f"SQL: {node.value.split()[0]} …" for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value)]
        if bad:
            offenders[_relative(path)] = bad
    assert offenders == {}


def test_the_checks_see_what_they_look_for() -> None:
    """The trees are read the way the two tests above need (so an empty result means something)."""
    tree = ast.parse("def f(store):\n    import sqlalchemy as sa\n    from app.store.writer import write_lock\n"
                     "    with write_lock(), store.engine.connect() as c:\n"
                     "        c.connection.driver_connection.cursor()\n    sqlite3.connect('x')\n"
                     "    q = 'SELECT id FROM account'\n")
    assert {"write_lock", "driver_connection", "engine"} <= _names(tree)
    assert _sqlite3_connects(tree) == 1
    assert "sqlalchemy" in _imports(tree)
    assert any(isinstance(n, ast.Constant) and SQL.match(str(n.value)) for n in ast.walk(tree))


INSERT = "INSERT INTO account (platform, name, is_own, created_at, updated_at)"
AT = "2026-12-01 09:00:00"


def _accounts(store: Store) -> list[str]:
    with store.reading() as uow:
        return [str(name) for name in uow.connection().execute(sa.text("SELECT name FROM account ORDER BY name")).scalars()]


def _write_three_ways(store: Store, fail: bool) -> None:
    """ORM, Core and a driver executemany, all in one write unit of work."""
    with store.writing() as uow:
        assert writing_here()
        uow.add(Account(platform="douyin", name="甲"))
        uow.flush()
        uow.connection().execute(sa.text(f"{INSERT} VALUES ('douyin', '乙', 1, :at, :at)"), {"at": AT})
        uow.cursor().executemany(f"{INSERT} VALUES ('douyin', ?, 1, ?, ?)", [("丙", AT, AT), ("丁", AT, AT)])
        if fail:
            raise RuntimeError("half-way")


def test_a_write_unit_of_work_is_one_transaction_for_orm_core_and_bulk(store: Store) -> None:
    with pytest.raises(RuntimeError):
        _write_three_ways(store, fail=True)
    assert _accounts(store) == []
    _write_three_ways(store, fail=False)
    assert _accounts(store) == sorted(["甲", "乙", "丙", "丁"])


def test_a_write_unit_of_work_holds_the_writer_lock_and_sqlites(store: Store) -> None:
    """Inside `writing()` this process's other writers wait and another connection cannot write."""
    entered = threading.Event()
    order: list[str] = []

    def other_writer() -> None:
        entered.wait(5)
        with store.writing():
            order.append("other")

    thread = threading.Thread(target=other_writer, daemon=True)
    thread.start()
    try:
        with store.writing() as uow:
            uow.connection()  # begun, nothing written yet: SQLite's write lock is taken at BEGIN
            entered.set()
            outsider = sqlite3.connect(store.db_file, timeout=0)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                outsider.execute("BEGIN IMMEDIATE")
            outsider.close()
            time.sleep(0.2)  # time enough for the other writer to get in, were it not kept waiting
            order.append("first")
    finally:
        entered.set()
        thread.join(5)
    assert order == ["first", "other"]


def test_a_read_unit_of_work_takes_no_lock(store: Store) -> None:
    with store.reading() as uow:
        assert not writing_here()
        assert uow.cursor().execute("SELECT count(*) FROM account").fetchone() == (0,)
        outsider = sqlite3.connect(store.db_file, timeout=0, isolation_level=None)
        outsider.execute("BEGIN IMMEDIATE")
        outsider.execute("ROLLBACK")
        outsider.close()


def test_upsert_is_the_dialects_own(store: Store) -> None:
    """One helper, SQLite's ON CONFLICT here and PostgreSQL's for the team store, from the same call."""
    from types import SimpleNamespace

    from sqlalchemy.dialects import postgresql

    from app.models import SegmentSnapshot
    from app.store.db import upsert

    table = SegmentSnapshot.__table__
    with store.writing() as uow:
        conn = uow.connection()
        for members in (5, 7):
            conn.execute(upsert(conn, table, ("month", "segment"), ("members",)),  # type: ignore[arg-type]
                         [{"month": "2026-11", "segment": "core", "members": members}])
        conn.execute(upsert(conn, table, ("month", "segment")),  # type: ignore[arg-type]
                     [{"month": "2026-11", "segment": "core", "members": 99}])
    with store.reading() as uow:
        assert uow.connection().execute(sa.text("SELECT month, segment, members FROM segment_snapshot")).all() == [
            ("2026-11", "core", 7)]
    server = SimpleNamespace(dialect=postgresql.dialect())
    sql = str(upsert(server, table, ("month", "segment"), ("members",)).compile(dialect=postgresql.dialect()))  # type: ignore[arg-type]
    assert "ON CONFLICT (month, segment) DO UPDATE SET members = excluded.members" in sql


def test_start_up_reads_go_through_the_stores_read_only_connection(store: Store, tmp_path: Path) -> None:
    """Settings and "is the store empty" read a WAL store on read-only media (a CD, a read-only share)
    the way the start-up checks do, without SQLAlchemy."""
    store.set_setting("ui.language", "en")
    store.close()
    media = tmp_path / "media"
    media.mkdir()
    copy = media / "opsdesk.db"
    shutil.copyfile(store.db_file, copy)
    assert copy.read_bytes()[18:20] == b"\x02\x02"  # WAL mode: a plain read-only open needs to write -shm
    copy.chmod(0o444)
    media.chmod(0o555)
    code = ("import sys; from pathlib import Path; from app.store import Store; "
            "from app.store.settings import read_setting; folder = Path(sys.argv[1]); "
            "print(read_setting(folder / 'opsdesk.db', 'ui.language'), Store(folder).is_empty(), "
            "'sqlalchemy' in sys.modules)")
    try:
        done = subprocess.run([*as_unprivileged(), sys.executable, "-c", code, str(media)], capture_output=True, text=True,
                              cwd=APP.parent, check=False, timeout=60)
    finally:
        media.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["en", "True", "False"]


def test_a_unit_of_work_writes_date_parts_in_its_dialect(store: Store) -> None:
    """Hour and weekday through `sa.extract`: SQLite's strftime here, EXTRACT on PostgreSQL."""
    published = sa.literal_column("published_at")
    with store.reading() as uow:
        hour = uow.sql(sa.cast(sa.extract("hour", published), sa.Integer))
        weekday = uow.sql(sa.cast(sa.extract("dow", published), sa.Integer))
        assert "STRFTIME" in hour.upper()
        row = uow.connection().execute(sa.text(
            f"SELECT {hour}, {weekday} FROM (SELECT '2026-12-06 21:30:00' AS published_at)")).one()
    assert tuple(row) == (21, 0)  # 6 December 2026 is a Sunday


def test_a_unit_of_work_inserts_a_row_and_hands_back_its_id(store: Store) -> None:
    """`insert` is the one add-flush-id step the services' create functions share."""
    with store.writing() as uow:
        first = uow.insert(Account(platform="douyin", name="甲", is_own=True))
        second = uow.insert(Account(platform="douyin", name="乙", is_own=True))
    assert second == first + 1
    with store.reading() as uow:
        account = uow.get(Account, second)
        assert account is not None and account.name == "乙"
