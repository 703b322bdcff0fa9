"""Schema under Alembic: migrations from empty, no drift from the models, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.store import Store, schema
from app.store.backup import list_backups


def test_new_store_is_migrated_to_head(store: Store) -> None:
    with sqlite3.connect(store.db_file) as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert version == schema.head_revision()
    assert {"account", "post", "post_metrics", "account_daily", "member", "import_batch", "setting"} <= tables


def test_file_names_agree_with_alembic_history() -> None:
    config = Config()
    config.set_main_option("script_location", str(schema.VERSIONS_DIR.parent))
    script = ScriptDirectory.from_config(config)
    assert script.get_heads() == [schema.head_revision()]
    assert sorted(rev.revision for rev in script.walk_revisions()) == schema.known_revisions()


@pytest.mark.both_engines
def test_models_and_migrations_do_not_differ(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_wal_and_foreign_keys_are_on(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_reopening_a_current_store_does_not_migrate(store: Store) -> None:
    assert schema.migration_due(store.db_file) is False
    assert store.ensure_schema() is False


def test_store_from_a_newer_version_is_refused_untouched(store: Store) -> None:
    store.close()
    with sqlite3.connect(store.db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = store.db_file.read_bytes()
    with pytest.raises(schema.NewerStoreError) as caught:
        Store.open(store.data_dir)
    assert "更新版本" in str(caught.value)
    assert store.db_file.read_bytes() == before


def test_corrupt_file_is_refused_with_plain_words(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "opsdesk.db").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(schema.CorruptStoreError) as caught:
        Store.open(data_dir)
    assert "已损坏" in str(caught.value)


def test_foreign_sqlite_file_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    with sqlite3.connect(data_dir / "opsdesk.db") as conn:
        conn.execute("CREATE TABLE something_else (x)")
    with pytest.raises(schema.CorruptStoreError):
        Store.open(data_dir)


def test_backup_is_taken_before_a_migration(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.close()
    with sqlite3.connect(store.db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000'")
    monkeypatch.setattr(schema, "known_revisions", lambda: ["0000", "0001"])
    upgraded: list[bool] = []
    monkeypatch.setattr(schema, "upgrade", lambda engine: upgraded.append(True))
    reopened = Store.open(store.data_dir)
    reopened.close()
    assert upgraded == [True]
    assert any("before-migration" in p.name for p in list_backups(store.data_dir))
