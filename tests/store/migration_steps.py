"""The steps the revision tests share: a store at a revision, the rows they start from, and what
SQLite says about its indexes and its plans."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.store import schema
from app.store.db import create_store_engine


@contextmanager
def store_at(folder: Path, revision: str) -> Iterator[tuple[sa.Connection, Config]]:
    """A connection to a new store migrated to `revision` (foreign keys on), and the Alembic
    config to upgrade or downgrade it further (each step in its own `conn.begin()`)."""
    engine = create_store_engine(folder / "opsdesk.db")
    config = Config()
    config.set_main_option("script_location", str(schema.VERSIONS_DIR.parent))
    try:
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            with conn.begin():
                command.upgrade(config, revision)
            yield conn, config
    finally:
        engine.dispose()


def add_account(conn: sa.Connection) -> None:
    """Own 抖音 account 1, the parent of the posts the tests add."""
    conn.execute(sa.text("INSERT INTO account (id, platform, name, is_own, created_at, updated_at) "
                         "VALUES (1, 'douyin', '主号', 1, '2026-03-01', '2026-03-01')"))


def add_post(conn: sa.Connection, post_id: int, *, title: str = "一", status: str = "published",
             scheduled_at: str | None = None) -> None:
    conn.execute(sa.text(
        "INSERT INTO post (id, account_id, title, title_key, format, status, scenes, hashtags, aux_channels, review, "
        "created_at, updated_at, scheduled_at) VALUES (:id, 1, :title, :title, 'video', :status, '[]', '[]', '[]', "
        "'{}', '2026-03-01', '2026-03-01', :scheduled_at)"),
        {"id": post_id, "title": title, "status": status, "scheduled_at": scheduled_at})


def indexes(conn: sa.Connection, *tables: str) -> dict[str, str | None]:
    """{index name: its CREATE statement} of the tables."""
    names = ", ".join(f"'{t}'" for t in tables)
    return dict(conn.execute(sa.text(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({names})")).all())


def plan(conn: sa.Connection, query: str, **params: object) -> str:
    """SQLite's plan for `query`, as one line."""
    return " ".join(str(row[-1]) for row in conn.execute(sa.text("EXPLAIN QUERY PLAN " + query), params))
